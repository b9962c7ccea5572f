#include "Migrator.h"

#include "SqlConnection.h"

#include <QSqlError>

#include <algorithm>

namespace footcoach {

Migrator::Migrator(QList<Migration> steps, int applicationId, QString writtenBy)
    : m_steps(std::move(steps))
    , m_applicationId(applicationId)
    , m_writtenBy(std::move(writtenBy)) {
    std::sort(m_steps.begin(), m_steps.end(),
              [](const Migration& a, const Migration& b) { return a.toVersion < b.toVersion; });
}

int Migrator::targetVersion() const {
    return m_steps.isEmpty() ? 0 : m_steps.constLast().toVersion;
}

bool Migrator::run(SqlConnection& db, const BackupStep& backup) {
    m_error.clear();
    m_errorCode = 0;
    const auto current = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!current) {
        m_error = db.error().text();
        m_errorCode = db.errorCode();
        return false;
    }
    const int from = current->toInt();
    if (from >= targetVersion())
        return true;
    // A brand-new file has nothing to lose; anything else is backed up before it changes.
    if (from > 0 && backup && !backup(from, targetVersion())) {
        m_error = tr("no verified backup could be taken before the upgrade");
        return false;
    }
    for (const Migration& step : std::as_const(m_steps)) {
        if (step.toVersion <= from)
            continue;
        if (!runStep(db, step))
            return false;
    }
    return true;
}

bool Migrator::runStep(SqlConnection& db, const Migration& step) {
    auto failed = [&](const QString& what) {
        m_error = tr("step to format %1 failed: %2").arg(step.toVersion).arg(what);
        m_errorCode = db.errorCode();
        db.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (!db.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = db.error().text();
        m_errorCode = db.errorCode();
        return false;
    }
    // Another process may have migrated while this one waited for the write lock.
    const auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return failed(db.error().text());
    if (version->toInt() >= step.toVersion)
        return db.exec(QStringLiteral("COMMIT")) || failed(db.error().text());

    for (const QString& sql : step.statements) {
        if (!db.exec(sql))
            return failed(db.error().text());
    }
    const auto dangling =
        db.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
    if (!dangling)
        return failed(db.error().text());
    if (dangling->toInt() != 0)
        return failed(tr("rows point at missing rows after the step"));
    // PRAGMA values cannot be bound, but both are integers we own.
    if (!db.exec(QStringLiteral("PRAGMA application_id = %1").arg(m_applicationId)) ||
        !db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion)) ||
        !db.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('written_by', ?) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                 {m_writtenBy}))
        return failed(db.error().text());
    if (!db.exec(QStringLiteral("COMMIT")))
        return failed(db.error().text());
    return true;
}

} // namespace footcoach
