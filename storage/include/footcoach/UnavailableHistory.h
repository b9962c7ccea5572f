#pragma once

#include "footcoach/HistoryMaintenance.h"
#include "footcoach/HistoryReader.h"
#include "footcoach/PrescriptionLog.h"
#include "footcoach/ReminderLog.h"
#include "footcoach/SessionRecorder.h"

namespace footcoach {

// Stands in for a history that cannot be opened (one from a newer FootCoach, a folder that
// cannot be written...), so that sessions and reminders go on without it and no caller checks
// for null. Every write fails with the reason the history could not be opened; every read is
// empty. With no shared log, each reminder is this process's own: recordReminder() reports it
// as new, and the scheduler keeps it to once per slot by itself.
class UnavailableHistory final : public SessionRecorder,
                                 public ReminderLog,
                                 public HistoryReader,
                                 public PrescriptionLog,
                                 public HistoryMaintenance {
public:
    explicit UnavailableHistory(QString reason);

    std::optional<qint64> beginSession(const SessionStart& start) override;
    bool recordHold(qint64 sessionId, const HoldOutcome& outcome, const QDateTime& atUtc) override;
    bool finishSession(qint64 sessionId, SessionStatus status,
                       const QDateTime& endedAtUtc) override;
    bool recordCheckIn(const CheckIn& checkIn) override;

    bool recordReminder(const SlotKey& key, ReminderKind kind, const QDateTime& atUtc) override;
    bool hasReminder(const SlotKey& key, std::optional<ReminderKind> kind) const override;
    std::optional<QDateTime> beganAt() const override;

    QList<SessionRecord> sessionRecords(const QDate& from, const QDate& to) const override;
    QList<SessionSummary> sessionSummaries(const QDate& from, const QDate& to) const override;
    QList<ExerciseTally> exerciseTallies(const QDate& from, const QDate& to) const override;
    std::optional<QDate> firstSessionDate() const override;
    QList<HoldRecord> holds(qint64 sessionId) const override;
    std::optional<CheckIn> checkIn(qint64 sessionId) const override;
    bool exportCsv(QIODevice& out, CsvTable table) const override;

    bool recordPrescriptionChange(const PrescriptionChange& change) override;
    QList<PrescriptionChange> prescriptionChanges() const override;

    bool backupIfDue() override;

    QString lastError() const override { return m_reason; }

private:
    QString m_reason;
};

} // namespace footcoach
