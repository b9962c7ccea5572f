#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace footcoach {

// The words the user sees when the history has a problem. They name the problem and what to
// do, and never show SQLite's own texts such as "database is locked".
class PlainMessages {
    Q_DECLARE_TR_FUNCTIONS(footcoach::PlainMessages)

public:
    // action finishes "FootCoach could not ...", e.g. "save the hold you just finished".
    static QString forSqlError(int sqliteCode, const QString& action, const QString& dataDir,
                               const QString& detail);
    static QString cannotUseFolder(const QString& dataDir);
    static QString newerHistory(const QString& path, int fileVersion, int supportedVersion,
                                const QString& writtenBy);
    static QString restoredBackup(const QString& reason, const QString& asidePath,
                                  const QDate& backupDate);
    static QString startedFresh(const QString& reason, const QString& asidePath);
    static QString cannotMoveAside(const QString& path, const QString& reason);
    static QString backupFailed(const QString& why);
    static QString upgradeFailed(const QString& why, const QString& backupDir);
    static QString notOpen();
    static QString invalidInput(const QString& action, const QString& why);
};

} // namespace footcoach
