#pragma once

#include "footcoach/Adherence.h"
#include "footcoach/Clock.h"
#include "footcoach/HistoryRecords.h"
#include "footcoach/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSqlError;

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
// thread: every call is short.
class HistoryStore {
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
    QString lastError() const;

    std::optional<qint64> beginSession(const SessionStart& start);
    // Committed before returning. Recording the same (session, exercise, side, rep) again
    // replaces the earlier row.
    bool recordHold(qint64 sessionId, const HoldOutcome& outcome, const QDateTime& atUtc);
    bool finishSession(qint64 sessionId, SessionStatus status, const QDateTime& endedAtUtc);
    // Fills in what the check-in gives and keeps what an earlier check-in for the session gave.
    bool recordCheckIn(const CheckIn& checkIn);
    // true only when this call created the row: exactly once across processes.
    bool recordReminder(const SlotKey& key, ReminderKind kind, const QDateTime& atUtc);
    bool hasReminder(const SlotKey& key, std::optional<ReminderKind> kind = std::nullopt) const;
    // Recording the same (routine, version) again keeps the first row and returns true.
    bool recordPrescriptionChange(const QString& routineId, int routineVersion,
                                  const QDate& effective, const QString& detailsJson);

    // Sessions whose local date is in [from, to], for the adherence grid. A session that never
    // finished (the app died) counts as partial if it has a done hold, else as abandoned.
    QList<SessionRecord> sessionRecords(const QDate& from, const QDate& to) const;
    // Sessions whose local date is in [from, to] with their hold counts and check-in, in the
    // order they started. Indexed by local date: a week of ten years' history is one short read.
    QList<SessionSummary> sessionSummaries(const QDate& from, const QDate& to) const;
    // Done and skipped holds per session and exercise for sessions in [from, to], ordered by
    // session start and exercise index.
    QList<ExerciseTally> exerciseTallies(const QDate& from, const QDate& to) const;
    // When this history was first opened (or, for one older than that record, its first
    // session began); nullopt if unknown.
    std::optional<QDateTime> beganAt() const;
    // The local date of the earliest recorded session; nullopt for an empty history.
    std::optional<QDate> firstSessionDate() const;
    QList<HoldRecord> holds(qint64 sessionId) const;
    std::optional<CheckIn> checkIn(qint64 sessionId) const;
    QList<PrescriptionChange> prescriptionChanges(const QString& routineId) const;

    // RFC 4180, UTF-8, CRLF line ends; see CsvWriter.h for the headers.
    bool exportCsv(QIODevice& out, CsvTable table) const;

    // Takes today's verified backup if there is none yet and prunes old ones. The maintenance
    // job takes it after open() (this returns true while that job is pending or running); a
    // long-running app may call it again after midnight.
    bool backupIfDue();

    QString databasePath() const;
    QString backupDirectory() const;

private:
    struct Maintenance;
    enum class CheckMode { Deferred, Now };

    bool openLocked(CheckMode mode);
    bool openChecked(CheckMode mode);
    bool checkedForWrite();
    void settleMaintenance();
    bool createFresh();
    bool recoverDamaged(const QString& reason);
    bool connect();
    bool configureConnection();
    bool fail(const QString& message) const;
    bool failSql(const QString& what, const QSqlError& error) const;

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
