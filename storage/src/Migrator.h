#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace footcoach {

class SqlConnection;

// One schema step: the SQL that takes a history from toVersion - 1 to toVersion.
struct Migration {
    int toVersion = 0;
    QStringList statements;
};

// Runs schema migrations in order, each in its own BEGIN IMMEDIATE transaction that also sets
// user_version, so a crash or a failed step leaves the history at the last whole version.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(footcoach::Migrator)

public:
    // Called once before the first step on a history that already has data; returning false
    // stops the migration (no step runs without a verified backup).
    using BackupStep = std::function<bool(int fromVersion, int toVersion)>;

    Migrator(QList<Migration> steps, int applicationId, QString writtenBy);

    int targetVersion() const;
    // Brings db up to targetVersion(). On failure error() says which step failed and why.
    bool run(SqlConnection& db, const BackupStep& backup);
    QString error() const { return m_error; }
    // SQLite result code of the failure, 0 when it was not an SQL error.
    int errorCode() const { return m_errorCode; }

private:
    bool runStep(SqlConnection& db, const Migration& step);

    QList<Migration> m_steps;
    int m_applicationId;
    QString m_writtenBy;
    QString m_error;
    int m_errorCode = 0;
};

} // namespace footcoach
