#include "services/commands/ExportCommand.h"
#include "services/commands/HistoryForCommand.h"

#include "footcoach/HistoryStore.h"

#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace footcoach {

int runExportCsv(const QString& dataDir, const QString& target, const QString& table,
                 const WallClock& clock) {
    QTextStream err(stderr);
    HistoryStore store(dataDir, clock);
    if (!openHistoryForCommand(store, err))
        return 2;
    const CsvTable which =
        table == QLatin1String("checkins") ? CsvTable::CheckIns : CsvTable::Holds;

    if (target == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !store.exportCsv(out, which)) {
            err << "footcoach: writing to standard output failed" << Qt::endl;
            return 2;
        }
        out.flush();
        return 0;
    }
    // Written to a temporary file and renamed, so a failed export never leaves half a file.
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        err << "footcoach: cannot write " << target << ": " << out.errorString() << Qt::endl;
        return 2;
    }
    if (!store.exportCsv(out, which) || !out.commit()) {
        err << "footcoach: writing " << target << " failed: " << out.errorString() << Qt::endl;
        return 2;
    }
    return 0;
}

} // namespace footcoach
