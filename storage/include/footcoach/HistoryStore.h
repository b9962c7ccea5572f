#pragma once

#include "footcoach/Clock.h"
#include "footcoach/HistoryMaintenance.h"
#include "footcoach/HistoryReader.h"
#include "footcoach/PrescriptionLog.h"
#include "footcoach/ReminderLog.h"
#include "footcoach/SessionRecorder.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;

namespace footcoach {

class SqlConnection;

// Tells the store's thread that the start-up checks (see HistoryStore::startMaintenance) are done.
class HistoryStoreEvents : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    // The check and the day's backup are done (or the check found damage and the file has been
    // moved aside and replaced). takeNotices() holds what the user must be told.
    void maintenanceFinished();
};

// The adherence history: one SQLite file, history.db, in the data directory. Every write is one
// short BEGIN IMMEDIATE transaction that is on disk (WAL, synchronous=FULL) before the call
// returns, so several processes may write at once and nothing the user saw as done is lost.
// open() does only what the first window needs: the lock, the header, the application id and the
// schema version (a damaged header is set aside at once; a schema upgrade, rare, runs its check
// and migration there). quick_check and the daily backup are the maintenance job: it runs on a
// worker thread with its own connection (startMaintenance(), after the window is shown). Reads
// are served at once; a write waits until the check has passed, and if it found damage the file
// is set aside (and the newest good backup restored) before anything is written. Runs on the GUI
// thread: every call is short. Each part of the app sees it through the one role it uses
// (SessionRecorder, ReminderLog, HistoryReader, PrescriptionLog, HistoryMaintenance; see
// HistoryRoles).
class HistoryStore final : public SessionRecorder,
                           public ReminderLog,
                           public HistoryReader,
                           public PrescriptionLog,
                           public HistoryMaintenance {
    Q_DECLARE_TR_FUNCTIONS(footcoach::HistoryStore)

public:
    HistoryStore(QString dataDir, const WallClock& clock);
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    // Creates or opens dataDir/history.db. false means the store is unusable (for example a
    // history from a newer FootCoach); lastError() says why in plain words.
    bool open();
    bool isOpen() const;
    void close();

    // Starts the maintenance job that open() left: quick_check, then the day's backup, on a
    // worker thread with its own connection. Nothing happens when there is none or it runs.
    // events()->maintenanceFinished() is emitted on this thread when it is done.
    void startMaintenance();
    // Runs the maintenance job to its end (starting it if needed) and handles what it found:
    // what open() used to do in one call. For command-line use and tests. false when the store
    // became unusable.
    bool finishMaintenance();
    // true until the job's check has passed (or found damage that was then handled).
    bool checkPending() const;
    HistoryStoreEvents* events() const { return m_events.get(); }
    // Tests only: called on the writing thread when a write finds the check still running and
    // is about to wait for it.
    void setWriteWaitsHook(std::function<void()> hook) { m_writeWaitsHook = std::move(hook); }

    // Plain-words messages for the user produced by open() and the maintenance job (damage,
    // restored backup...), each returned once.
    QStringList takeNotices();
    // Plain words that name the problem, e.g. "The disk is full ...". Empty after a success.
    QString lastError() const override;

    // SessionRecorder
    std::optional<qint64> beginSession(const SessionStart& start) override;
    bool recordHold(qint64 sessionId, const HoldOutcome& outcome, const QDateTime& atUtc) override;
    bool finishSession(qint64 sessionId, SessionStatus status,
                       const QDateTime& endedAtUtc) override;
    bool recordCheckIn(const CheckIn& checkIn) override;

    // ReminderLog
    bool recordReminder(const SlotKey& key, ReminderKind kind, const QDateTime& atUtc) override;
    bool hasReminder(const SlotKey& key,
                     std::optional<ReminderKind> kind = std::nullopt) const override;
    // When this history was first opened (or, for one older than that record, its first
    // session began); nullopt if unknown.
    std::optional<QDateTime> beganAt() const override;

    // HistoryReader. Indexed by local date: a week of ten years' history is one short read.
    QList<SessionRecord> sessionRecords(const QDate& from, const QDate& to) const override;
    QList<SessionSummary> sessionSummaries(const QDate& from, const QDate& to) const override;
    QList<ExerciseTally> exerciseTallies(const QDate& from, const QDate& to) const override;
    std::optional<QDate> firstSessionDate() const override;
    QList<HoldRecord> holds(qint64 sessionId) const override;
    std::optional<CheckIn> checkIn(qint64 sessionId) const override;
    bool exportCsv(QIODevice& out, CsvTable table) const override;

    // PrescriptionLog
    bool recordPrescriptionChange(const PrescriptionChange& change) override;
    QList<PrescriptionChange> prescriptionChanges() const override;

    // HistoryMaintenance: today's verified backup if there is none yet, and pruning. The
    // maintenance job takes it after open() (this returns true while that job is pending or
    // running); a long-running app calls it again after midnight.
    bool backupIfDue() override;

    QString databasePath() const;
    QString backupDirectory() const;

private:
    struct Maintenance;
    enum class CheckMode { Deferred, Now };

    bool openLocked(CheckMode mode);
    bool openChecked(CheckMode mode);
    enum class FileVerdict { Whole, Replaced, Refused };
    bool prepareFile(bool* fresh);
    bool verifyFile(bool mayDefer, qsizetype noticesBefore, bool* deferred);
    FileVerdict lookAtFile(bool mayDefer, bool* deferred);
    bool inWalMode() const;
    void refuseNewer(int fileVersion);
    bool migrate();
    bool checkedForWrite();
    void settleMaintenance();
    bool createFresh();
    bool recoverDamaged(const QString& reason);
    bool connect();
    bool configureConnection();
    bool fail(const QString& message) const;
    bool failSql(const QString& what, const QSqlError& error) const;
    // The statement prepared, bound and run, ready to read; nullopt after fail()/failSql(),
    // with `action` naming what could not be done.
    std::optional<QSqlQuery> select(const QString& sql, const QVariantList& binds,
                                    const QString& action) const;
    // Checks that the history is open, runs body in one BEGIN IMMEDIATE transaction and
    // reports a failure in plain words naming `action`. body returns false on a failed
    // statement.
    bool write(const QString& action, const std::function<bool()>& body);

    QString m_dataDir;
    const WallClock& m_clock;
    std::unique_ptr<SqlConnection> m_db;
    QStringList m_notices;
    mutable QString m_lastError;
    std::unique_ptr<HistoryStoreEvents> m_events;
    std::unique_ptr<Maintenance> m_maintenance;
    std::function<void()> m_writeWaitsHook;
};

} // namespace footcoach
