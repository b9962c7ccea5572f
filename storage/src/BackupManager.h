#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace footcoach {

class SqlConnection;

// Verified backups of the history in one folder. Copies are made with VACUUM INTO (a
// consistent snapshot even while another process writes, never a plain file copy), checked
// with integrity_check, and only then given their final name:
//   history-YYYY-MM-DD.db                 the daily copy (local date)
//   history-YYYY-MM-DD-before-formatN.db  taken before migrating to schema version N
// Daily copies are pruned to the 7 newest plus the newest of each of 4 older weeks.
class BackupManager {
    Q_DECLARE_TR_FUNCTIONS(footcoach::BackupManager)

public:
    BackupManager(QString directory, int applicationId);

    static QString dailyName(const QDate& date);
    static QString preMigrationName(const QDate& date, int toVersion);

    QString directory() const { return m_directory; }
    bool exists(const QString& fileName) const;

    // Writes a verified copy of source as fileName. Returns its path.
    std::optional<QString> create(SqlConnection& source, const QString& fileName);
    // Removes half-written copies left by processes that died while backing up.
    void removeStaleTemporaries() const;
    // Every backup, newest first.
    QStringList newestFirst() const;
    // Removes daily copies beyond 7 daily and 4 weekly. Returns the removed file names.
    QStringList prune();
    // nullopt when path is a whole FootCoach history; otherwise what is wrong with it.
    std::optional<QString> problemWith(const QString& path) const;
    // Writes a verified copy of the backup at target (which must not be open). The restored
    // file replaces target in one rename.
    bool restore(const QString& backupPath, const QString& target);

    QString error() const { return m_error; }
    int errorCode() const { return m_errorCode; }

private:
    bool fail(const QString& message, int code = 0);

    QString m_directory;
    int m_applicationId;
    QString m_error;
    int m_errorCode = 0;
};

} // namespace footcoach
