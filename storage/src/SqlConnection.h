#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace footcoach {

// One named QSQLITE connection that removes itself from Qt's registry when destroyed, so that
// tests and helpers can open several databases side by side.
class SqlConnection {
public:
    enum class Mode { ReadWrite, ReadOnly };

    SqlConnection(const QString& path, Mode mode);
    ~SqlConnection();
    SqlConnection(const SqlConnection&) = delete;
    SqlConnection& operator=(const SqlConnection&) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase& db() { return m_db; }
    const QSqlError& error() const { return m_error; }
    QString path() const { return m_path; }

    // Runs one statement; on failure error() holds the reason. rowsAffected() and
    // lastInsertId() describe the last successful one.
    bool exec(const QString& sql, std::initializer_list<QVariant> binds = {});
    int rowsAffected() const { return m_rowsAffected; }
    qint64 lastInsertId() const { return m_lastInsertId; }
    // Runs a statement and returns the first column of its first row.
    std::optional<QVariant> scalar(const QString& sql, std::initializer_list<QVariant> binds = {});
    // PRAGMA quick_check (structure only) or integrity_check (structure and constraints): "ok",
    // the problems found, or nullopt when the check itself failed (error() says why).
    std::optional<QString> check(bool full);

    // Primary SQLite result code of error(), e.g. 13 for SQLITE_FULL.
    int errorCode() const;
    void setError(const QSqlError& error) { m_error = error; }

    // Milliseconds SQLite waits for another process's write lock before giving up.
    static constexpr int kBusyTimeoutMs = 5000;

private:
    std::optional<QString> runCheck(bool full);

    QString m_name;
    QString m_path;
    QSqlDatabase m_db;
    QSqlError m_error;
    int m_rowsAffected = 0;
    qint64 m_lastInsertId = 0;
};

} // namespace footcoach
