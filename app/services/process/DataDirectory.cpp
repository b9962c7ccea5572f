#include "services/process/DataDirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace footcoach {

QString DataDirectory::prepare(const QString& requested, QString* error) {
    const QString path = requested.isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                             : QDir(requested).absolutePath();
    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        *error = QStringLiteral("The data directory %1 is a file, not a directory.").arg(path);
        return {};
    }
    if (!QDir().mkpath(path)) {
        *error = QStringLiteral("Cannot create the data directory %1.").arg(path);
        return {};
    }
    return path;
}

} // namespace footcoach
