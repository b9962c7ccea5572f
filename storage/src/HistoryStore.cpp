#include "footcoach/HistoryStore.h"

#include "BackupManager.h"
#include "CsvWriter.h"
#include "DatabaseFile.h"
#include "Migrator.h"
#include "OpenLock.h"
#include "PlainMessages.h"
#include "Schema.h"
#include "SqlConnection.h"
#include "StoreText.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QWaitCondition>

#include <atomic>

namespace footcoach {

namespace {

constexpr int kLockWaitMs = 15000;

QString writtenBy() {
    return QStringLiteral("FootCoach " FOOTCOACH_VERSION);
}

bool isDamage(int sqliteCode) {
    return sqliteCode == 11 || sqliteCode == 26; // SQLITE_CORRUPT, SQLITE_NOTADB
}

// When this history began: the reminder planner records no missed slot before it. A history
// kept before the key existed takes its first session's start. Not fatal if it cannot be written
// now (a full disk): the next start tries again.
void recordBeganAt(SqlConnection& db, qint64 nowMs) {
    db.exec(QStringLiteral("INSERT OR IGNORE INTO meta(key, value)"
                           " SELECT 'began_at_ms', CAST(coalesce(min(started_at_ms), ?) AS TEXT)"
                           " FROM sessions"),
            {nowMs});
}

} // namespace

// The maintenance job that open() leaves (quick_check, then the day's backup) and what it found.
// The worker thread writes the state under the mutex; the store's thread reads it.
struct HistoryStore::Maintenance {
    enum class Check { Pending, Passed, Damaged, Failed };

    bool needCheck = true; // false when open() checked the file already (new, restored, migrated)
    quint64 serial = 0;
    std::unique_ptr<QThread> thread;

    QMutex mutex;
    QWaitCondition changed;
    Check check = Check::Pending;
    bool done = false;
    QString damage;      // why the file is damaged, when Damaged
    QString error;       // plain words, when Failed
    QStringList notices; // for the user (a backup that failed)

    void setCheck(Check to, const QString& why = {}) {
        const QMutexLocker locker(&mutex);
        check = to;
        (to == Check::Damaged ? damage : error) = why;
        changed.wakeAll();
    }

    // On the worker thread, with its own connection; the lock keeps other processes' recovery,
    // migration and backup out meanwhile.
    void run(const QString& dataDir, const QString& path, const QString& backupDir,
             const QDate& today, qint64 nowMs) {
        const OpenLock lock(path + QStringLiteral(".lock"), kLockWaitMs);
        if (lock.result() != OpenLock::Result::Locked) {
            if (needCheck)
                setCheck(Check::Failed,
                         PlainMessages::forSqlError(5, tr("check your history"), dataDir, {}));
            return;
        }
        SqlConnection db(path, SqlConnection::Mode::ReadWrite);
        if (!db.isOpen()) {
            setCheck(Check::Failed,
                     PlainMessages::forSqlError(db.errorCode(), tr("check your history"), dataDir,
                                                db.error().databaseText()));
            return;
        }
        if (needCheck) {
            const auto result = db.check(false);
            if (!result) {
                if (isDamage(db.errorCode()))
                    setCheck(Check::Damaged, tr("is damaged (it cannot be read)"));
                else
                    setCheck(Check::Failed,
                             PlainMessages::forSqlError(db.errorCode(), tr("check your history"),
                                                        dataDir, db.error().databaseText()));
                return;
            }
            if (*result != QLatin1String("ok")) {
                setCheck(Check::Damaged, tr("is damaged (its integrity check failed)"));
                return;
            }
            // The file has shown it is whole: from here on it may be written.
            db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
            db.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(SqlConnection::kBusyTimeoutMs));
            recordBeganAt(db, nowMs);
            setCheck(Check::Passed);
        }
        BackupManager backups(backupDir, Schema::kApplicationId);
        const QString name = BackupManager::dailyName(today);
        if (backups.exists(name))
            return;
        if (!backups.create(db, name)) {
            const QMutexLocker locker(&mutex);
            notices << PlainMessages::backupFailed(PlainMessages::forSqlError(
                backups.errorCode(), tr("save today's backup"), backupDir, backups.error()));
            return;
        }
        backups.prune();
    }
};

HistoryStore::HistoryStore(QString dataDir, const WallClock& clock)
    : m_dataDir(std::move(dataDir))
    , m_clock(clock)
    , m_events(std::make_unique<HistoryStoreEvents>()) {}

HistoryStore::~HistoryStore() {
    close();
}

QString HistoryStore::databasePath() const {
    return QDir(m_dataDir).filePath(QStringLiteral("history.db"));
}

QString HistoryStore::backupDirectory() const {
    return QDir(m_dataDir).filePath(QStringLiteral("backups"));
}

bool HistoryStore::isOpen() const {
    return m_db != nullptr;
}

void HistoryStore::close() {
    // The last connection to close checkpoints the WAL into the file, which is a write: a file
    // still unchecked is checked first (an app that quits before its job started).
    if (m_maintenance && m_maintenance->needCheck && m_db)
        startMaintenance();
    if (m_maintenance && m_maintenance->thread)
        m_maintenance->thread->wait();
    m_maintenance.reset();
    m_db.reset();
}

void HistoryStore::startMaintenance() {
    if (!m_maintenance || m_maintenance->thread)
        return;
    Maintenance* job = m_maintenance.get();
    const quint64 serial = job->serial;
    const QDateTime now = m_clock.nowUtc();
    job->thread.reset(
        QThread::create([this, job, serial, dataDir = m_dataDir, path = databasePath(),
                         backupDir = backupDirectory(), today = now.toLocalTime().date(),
                         nowMs = now.toMSecsSinceEpoch()] {
            job->run(dataDir, path, backupDir, today, nowMs);
            {
                const QMutexLocker locker(&job->mutex);
                job->done = true;
                job->changed.wakeAll();
            }
            // Handled on the store's thread; dropped if the store is gone by then.
            QMetaObject::invokeMethod(
                m_events.get(),
                [this, serial] {
                    if (m_maintenance && m_maintenance->serial == serial)
                        settleMaintenance();
                },
                Qt::QueuedConnection);
        }));
    job->thread->setObjectName(QStringLiteral("footcoach-history-check"));
    job->thread->start(QThread::LowPriority);
}

bool HistoryStore::checkPending() const {
    if (!m_maintenance || !m_maintenance->needCheck)
        return false;
    const QMutexLocker locker(&m_maintenance->mutex);
    return m_maintenance->check == Maintenance::Check::Pending;
}

bool HistoryStore::finishMaintenance() {
    if (m_maintenance) {
        startMaintenance();
        {
            const QMutexLocker locker(&m_maintenance->mutex);
            while (!m_maintenance->done)
                m_maintenance->changed.wait(&m_maintenance->mutex);
        }
        settleMaintenance();
    }
    return isOpen();
}

// A write may go ahead once the file has passed its check. Before that it waits for the job
// (starting it if nobody has); damage is set aside and replaced here, before anything is written.
bool HistoryStore::checkedForWrite() {
    if (!m_maintenance || !m_maintenance->needCheck)
        return true;
    {
        const QMutexLocker locker(&m_maintenance->mutex);
        if (m_maintenance->check == Maintenance::Check::Passed)
            return true;
    }
    startMaintenance();
    Maintenance& job = *m_maintenance;
    {
        QMutexLocker locker(&job.mutex);
        if (job.check == Maintenance::Check::Pending && m_writeWaitsHook) {
            locker.unlock();
            m_writeWaitsHook();
            locker.relock();
        }
        // The job first waits for the lock (another process opening the history), then checks.
        const QDeadlineTimer deadline(kLockWaitMs + 15000);
        while (job.check == Maintenance::Check::Pending)
            if (!job.changed.wait(&job.mutex, deadline))
                break;
        if (job.check == Maintenance::Check::Passed)
            return true;
        if (job.check == Maintenance::Check::Pending)
            return fail(PlainMessages::forSqlError(5, tr("save to your history"), m_dataDir, {}));
        // Damaged or failed: the job ends right after saying so.
        while (!job.done)
            job.changed.wait(&job.mutex);
    }
    settleMaintenance();
    return m_db != nullptr || fail(m_lastError.isEmpty() ? PlainMessages::notOpen() : m_lastError);
}

// On the store's thread once the job is done: what it found becomes notices, and a damaged file
// is set aside and replaced as open() does it, then the main connection is opened again.
void HistoryStore::settleMaintenance() {
    if (!m_maintenance)
        return;
    {
        const QMutexLocker locker(&m_maintenance->mutex);
        if (!m_maintenance->done)
            return;
    }
    m_maintenance->thread->wait();
    const std::unique_ptr<Maintenance> job = std::move(m_maintenance);
    m_notices << job->notices;
    if (job->needCheck && job->check == Maintenance::Check::Damaged) {
        m_db.reset();
        const OpenLock lock(databasePath() + QStringLiteral(".lock"), kLockWaitMs);
        const bool reopened =
            lock.result() == OpenLock::Result::Locked
                ? recoverDamaged(job->damage) && openChecked(CheckMode::Now)
                : fail(PlainMessages::forSqlError(5, tr("open your history"), m_dataDir, {}));
        if (!reopened) {
            m_db.reset();
            m_notices << m_lastError;
        }
    } else if (job->needCheck && job->check == Maintenance::Check::Failed) {
        m_db.reset();
        m_lastError = job->error;
        m_notices << job->error;
    }
    Q_EMIT m_events->maintenanceFinished();
}

QStringList HistoryStore::takeNotices() {
    return std::exchange(m_notices, {});
}

QString HistoryStore::lastError() const {
    return m_lastError;
}

bool HistoryStore::fail(const QString& message) const {
    m_lastError = message;
    return false;
}

bool HistoryStore::failSql(const QString& action, const QSqlError& error) const {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return fail(PlainMessages::forSqlError(ok ? (code & 0xff) : 0, action, m_dataDir,
                                           error.databaseText()));
}

bool HistoryStore::open() {
    close();
    m_lastError.clear();
    if (!QDir().mkpath(m_dataDir))
        return fail(PlainMessages::cannotUseFolder(m_dataDir));
    // Recovery, migration and the daily backup must not run in two processes at once.
    const OpenLock lock(databasePath() + QStringLiteral(".lock"), kLockWaitMs);
    if (lock.result() == OpenLock::Result::Busy)
        return fail(PlainMessages::forSqlError(5, tr("open your history"), m_dataDir, {}));
    if (lock.result() == OpenLock::Result::CannotCreate)
        return fail(PlainMessages::cannotUseFolder(m_dataDir));
    if (!openChecked(CheckMode::Deferred)) {
        close();
        return false;
    }
    m_lastError.clear();
    return true;
}

bool HistoryStore::openChecked(CheckMode mode) {
    // A file made or restored here was checked already; only one found as it was is checked
    // late (by the maintenance job).
    const qsizetype noticesBefore = m_notices.size();
    bool fresh = false;
    if (!prepareFile(&fresh))
        return false;
    const bool mayDefer = mode == CheckMode::Deferred && !fresh;
    bool deferred = false;
    if (!verifyFile(mayDefer, noticesBefore, &deferred) || !configureConnection() || !migrate())
        return false;
    if (!deferred)
        recordBeganAt(*m_db, m_clock.nowUtc().toMSecsSinceEpoch());
    if (mode == CheckMode::Deferred) {
        // The check (unless done above) and the day's backup: startMaintenance().
        static std::atomic<quint64> serials{0};
        m_maintenance = std::make_unique<Maintenance>();
        m_maintenance->needCheck = deferred;
        m_maintenance->serial = ++serials;
        return true;
    }
    if (!backupIfDue())
        m_notices << PlainMessages::backupFailed(m_lastError);
    return true;
}

bool HistoryStore::prepareFile(bool* fresh) {
    const QString path = databasePath();
    // Leftovers of a creation or a restore that was interrupted; never the live file.
    DatabaseFile::removeWithCompanions(path + QStringLiteral(".new"));
    DatabaseFile::removeWithCompanions(path + QStringLiteral(".restoring"));
    BackupManager(backupDirectory(), Schema::kApplicationId).removeStaleTemporaries();
    if (!QFileInfo::exists(path)) {
        *fresh = true;
        return createFresh();
    }
    if (const auto problem = DatabaseFile::headerProblem(path))
        return recoverDamaged(*problem);
    return true;
}

// Nothing is written until the file has shown it is ours, not newer, and whole. A damaged one
// is set aside (and a backup restored) and the new one is looked at again, three times at most.
bool HistoryStore::verifyFile(bool mayDefer, qsizetype noticesBefore, bool* deferred) {
    for (int attempt = 0; attempt < 3; ++attempt) {
        // Deferring is for the file as it was found, in use and untouched.
        const bool asFound = mayDefer && m_notices.size() == noticesBefore;
        switch (lookAtFile(asFound, deferred)) {
        case FileVerdict::Whole:
            return true;
        case FileVerdict::Replaced:
            continue;
        case FileVerdict::Refused:
            return false;
        }
    }
    return fail(PlainMessages::cannotMoveAside(databasePath(), tr("is damaged")));
}

HistoryStore::FileVerdict HistoryStore::lookAtFile(bool mayDefer, bool* deferred) {
    auto replaced = [this](const QString& why) {
        return recoverDamaged(why) ? FileVerdict::Replaced : FileVerdict::Refused;
    };
    if (!connect())
        return FileVerdict::Refused;
    const auto applicationId = m_db->scalar(QStringLiteral("PRAGMA application_id"));
    const auto version =
        applicationId ? m_db->scalar(QStringLiteral("PRAGMA user_version")) : std::nullopt;
    if (!applicationId || !version) {
        if (!isDamage(m_db->errorCode())) {
            failSql(tr("open your history"), m_db->error());
            return FileVerdict::Refused;
        }
        return replaced(tr("is damaged (it cannot be read)"));
    }
    if (applicationId->toInt() != Schema::kApplicationId)
        return replaced(tr("is not a FootCoach history"));
    if (version->toInt() > Schema::kCurrentVersion) {
        refuseNewer(version->toInt());
        return FileVerdict::Refused;
    }
    // Nothing else needs the check before the first window: a file in the current format and
    // in WAL mode is only read until the job has checked it. An upgrade is checked here.
    if (mayDefer && version->toInt() == Schema::kCurrentVersion && inWalMode()) {
        *deferred = true;
        return FileVerdict::Whole;
    }
    const auto result = m_db->check(false);
    if (!result) {
        if (!isDamage(m_db->errorCode())) {
            failSql(tr("check your history"), m_db->error());
            return FileVerdict::Refused;
        }
        return replaced(tr("is damaged (it cannot be read)"));
    }
    if (*result != QLatin1String("ok"))
        return replaced(tr("is damaged (its integrity check failed)"));
    return FileVerdict::Whole;
}

bool HistoryStore::inWalMode() const {
    const auto journal = m_db->scalar(QStringLiteral("PRAGMA journal_mode"));
    return journal && journal->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
}

// A history from a newer FootCoach is left as it is, and the user is told which version it needs.
void HistoryStore::refuseNewer(int fileVersion) {
    QString by;
    if (const auto text =
            m_db->scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'written_by'")))
        by = text->toString();
    m_db.reset();
    fail(PlainMessages::newerHistory(databasePath(), fileVersion, Schema::kCurrentVersion, by));
}

// Upgrades an older format step by step, each after a verified backup.
bool HistoryStore::migrate() {
    BackupManager backups(backupDirectory(), Schema::kApplicationId);
    Migrator migrator(Schema::migrations(), Schema::kApplicationId, writtenBy());
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    const bool migrated = migrator.run(*m_db, [&](int, int toVersion) {
        return backups.create(*m_db, BackupManager::preMigrationName(today, toVersion)).has_value();
    });
    if (migrated)
        return true;
    const QString why =
        migrator.errorCode() != 0
            ? PlainMessages::forSqlError(migrator.errorCode(), tr("update the history"), m_dataDir,
                                         migrator.error())
            : migrator.error();
    return fail(PlainMessages::upgradeFailed(why, backupDirectory()));
}

bool HistoryStore::connect() {
    m_db.reset();
    m_db = std::make_unique<SqlConnection>(databasePath(), SqlConnection::Mode::ReadWrite);
    if (!m_db->isOpen()) {
        const QSqlError error = m_db->error();
        m_db.reset();
        return failSql(tr("open your history"), error);
    }
    return true;
}

bool HistoryStore::configureConnection() {
    // journal_mode is stored in the file (new files are created in WAL); the rest is per
    // connection. FULL makes each commit durable before it returns.
    const auto mode = m_db->scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return failSql(tr("open your history"), m_db->error());
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(
            PlainMessages::forSqlError(8, tr("open your history"), m_dataDir, mode->toString()));
    if (!m_db->exec(QStringLiteral("PRAGMA synchronous = FULL")) ||
        !m_db->exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
        !m_db->exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(SqlConnection::kBusyTimeoutMs)))
        return failSql(tr("open your history"), m_db->error());
    return true;
}

bool HistoryStore::createFresh() {
    // Built under another name and renamed into place, so a crash never leaves a half-made
    // history.db that the next start would take for damage.
    const QString path = databasePath();
    const QString temporary = path + QStringLiteral(".new");
    DatabaseFile::removeWithCompanions(temporary);
    {
        SqlConnection fresh(temporary, SqlConnection::Mode::ReadWrite);
        if (!fresh.isOpen())
            return failSql(tr("create your history"), fresh.error());
        Migrator migrator(Schema::migrations(), Schema::kApplicationId, writtenBy());
        if (!fresh.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
            !fresh.exec(QStringLiteral("PRAGMA synchronous = FULL"))) {
            const QSqlError error = fresh.error();
            return failSql(tr("create your history"), error);
        }
        if (!migrator.run(fresh, {})) {
            const QString why = PlainMessages::forSqlError(
                migrator.errorCode(), tr("create your history"), m_dataDir, migrator.error());
            DatabaseFile::removeWithCompanions(temporary);
            return fail(why);
        }
    }
    if (!DatabaseFile::replace(temporary, path)) {
        DatabaseFile::removeWithCompanions(temporary);
        return fail(PlainMessages::cannotUseFolder(m_dataDir));
    }
    return true;
}

bool HistoryStore::recoverDamaged(const QString& reason) {
    m_db.reset();
    const QString path = databasePath();
    const QString stamp = m_clock.nowUtc().toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const auto aside = DatabaseFile::moveAside(path, stamp);
    if (!aside)
        return fail(PlainMessages::cannotMoveAside(path, reason));
    BackupManager backups(backupDirectory(), Schema::kApplicationId);
    for (const QString& backup : backups.newestFirst()) {
        if (!backups.restore(backup, path))
            continue; // a backup that does not verify is skipped, never used
        const QDate date = QDate::fromString(QFileInfo(backup).fileName().mid(8, 10), Qt::ISODate);
        m_notices << PlainMessages::restoredBackup(reason, *aside, date);
        return true;
    }
    if (!createFresh())
        return false;
    m_notices << PlainMessages::startedFresh(reason, *aside);
    return true;
}

bool HistoryStore::backupIfDue() {
    if (!m_db)
        return fail(PlainMessages::notOpen());
    if (m_maintenance)
        return true; // the maintenance job takes it
    BackupManager backups(backupDirectory(), Schema::kApplicationId);
    const QString name = BackupManager::dailyName(m_clock.nowUtc().toLocalTime().date());
    if (backups.exists(name))
        return true;
    if (!backups.create(*m_db, name)) {
        return fail(PlainMessages::forSqlError(backups.errorCode(), tr("save today's backup"),
                                               backupDirectory(), backups.error()));
    }
    backups.prune();
    return true;
}

} // namespace footcoach
