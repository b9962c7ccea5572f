#include "services/commands/HistoryForCommand.h"

#include "footcoach/HistoryStore.h"

#include <QTextStream>

namespace footcoach {

bool openHistoryForCommand(HistoryStore& store, QTextStream& err) {
    if (!store.open() || !store.finishMaintenance()) {
        err << "footcoach: cannot open the history: " << store.lastError() << Qt::endl;
        return false;
    }
    for (const QString& notice : store.takeNotices())
        err << "footcoach: " << notice << Qt::endl;
    return true;
}

} // namespace footcoach
