#include "PlainMessages.h"

#include <QLocale>

namespace footcoach {

QString PlainMessages::forSqlError(int sqliteCode, const QString& action, const QString& dataDir,
                                   const QString& detail) {
    switch (sqliteCode) {
    case 13: // SQLITE_FULL
        return tr("The disk is full, so FootCoach could not %1. Free some space on the "
                  "disk that holds %2 and try again; everything saved before is safe.")
            .arg(action, dataDir);
    case 3:  // SQLITE_PERM
    case 8:  // SQLITE_READONLY
    case 23: // SQLITE_AUTH
        return tr("FootCoach is not allowed to write in %2 (the folder or the history "
                  "file is read-only), so it could not %1. Everything saved before is "
                  "safe.")
            .arg(action, dataDir);
    case 14: // SQLITE_CANTOPEN
        return tr("FootCoach could not open its history in %2, so it could not %1. "
                  "Check that the folder exists and that you may write in it.")
            .arg(action, dataDir);
    case 10: // SQLITE_IOERR
        return tr("The disk reported an error, so FootCoach could not %1. Everything "
                  "saved before is safe; if this keeps happening, check the disk that "
                  "holds %2.")
            .arg(action, dataDir);
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("Another FootCoach window kept the history busy for too long, so "
                  "FootCoach could not %1. Please try again.")
            .arg(action);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return tr("FootCoach found damage in its history file while trying to %1. "
                  "Restart FootCoach: it will set the damaged file aside and restore "
                  "the latest backup.")
            .arg(action);
    default:
        return tr("FootCoach could not %1 (%2).").arg(action, detail);
    }
}

QString PlainMessages::cannotUseFolder(const QString& dataDir) {
    return tr("FootCoach cannot write in its data folder %1, so it cannot save your "
              "history. Check that the folder exists, that the disk is not full and "
              "that you may write in it.")
        .arg(dataDir);
}

QString PlainMessages::newerHistory(const QString& path, int fileVersion, int supportedVersion,
                                    const QString& writtenBy) {
    const QString by =
        writtenBy.isEmpty() ? QString() : tr(" (it was last written by %1)").arg(writtenBy);
    return tr("Your history %1 was saved by a newer FootCoach%2 in history format %3; "
              "this FootCoach reads history format %4 and older. Install a FootCoach "
              "that reads history format %3 to open it. The file has not been "
              "changed.")
        .arg(path, by)
        .arg(fileVersion)
        .arg(supportedVersion);
}

QString PlainMessages::restoredBackup(const QString& reason, const QString& asidePath,
                                      const QDate& backupDate) {
    return tr("FootCoach could not use your history file because it %1. It moved the "
              "file aside to %2 and restored the backup from %3. Anything recorded "
              "after that backup is not in the restored history; the old file is kept "
              "in case you need it.")
        .arg(reason, asidePath,
             QLocale().toString(backupDate, tr("d MMMM yyyy", "the date of a backup")));
}

QString PlainMessages::startedFresh(const QString& reason, const QString& asidePath) {
    return tr("FootCoach could not use your history file because it %1. It moved the "
              "file aside to %2 and started a new, empty history, because there was no "
              "backup to restore. The old file is kept in case you need it.")
        .arg(reason, asidePath);
}

QString PlainMessages::cannotMoveAside(const QString& path, const QString& reason) {
    return tr("FootCoach cannot use your history file %1 because it %2, and it could "
              "not move the file aside to start again. Check that you may write in "
              "its folder.")
        .arg(path, reason);
}

QString PlainMessages::backupFailed(const QString& why) {
    return tr("FootCoach could not save today's backup of your history: %1 Your "
              "history itself is fine; FootCoach will try again next time.")
        .arg(why);
}

QString PlainMessages::upgradeFailed(const QString& why, const QString& backupDir) {
    return tr("FootCoach could not update your history to its new format (%1). The "
              "history was left as it was; a copy is in %2.")
        .arg(why, backupDir);
}

QString PlainMessages::notOpen() {
    return tr("The history is not open, so nothing can be saved.");
}

QString PlainMessages::invalidInput(const QString& action, const QString& why) {
    return tr("FootCoach could not %1: %2.").arg(action, why);
}

} // namespace footcoach
