#include "footcoach/UnavailableHistory.h"

namespace footcoach {

UnavailableHistory::UnavailableHistory(QString reason)
    : m_reason(std::move(reason)) {}

std::optional<qint64> UnavailableHistory::beginSession(const SessionStart&) {
    return std::nullopt;
}

bool UnavailableHistory::recordHold(qint64, const HoldOutcome&, const QDateTime&) {
    return false;
}

bool UnavailableHistory::finishSession(qint64, SessionStatus, const QDateTime&) {
    return false;
}

bool UnavailableHistory::recordCheckIn(const CheckIn&) {
    return false;
}

bool UnavailableHistory::recordReminder(const SlotKey&, ReminderKind, const QDateTime&) {
    return true;
}

bool UnavailableHistory::hasReminder(const SlotKey&, std::optional<ReminderKind>) const {
    return false;
}

std::optional<QDateTime> UnavailableHistory::beganAt() const {
    return std::nullopt;
}

QList<SessionRecord> UnavailableHistory::sessionRecords(const QDate&, const QDate&) const {
    return {};
}

QList<SessionSummary> UnavailableHistory::sessionSummaries(const QDate&, const QDate&) const {
    return {};
}

QList<ExerciseTally> UnavailableHistory::exerciseTallies(const QDate&, const QDate&) const {
    return {};
}

std::optional<QDate> UnavailableHistory::firstSessionDate() const {
    return std::nullopt;
}

QList<HoldRecord> UnavailableHistory::holds(qint64) const {
    return {};
}

std::optional<CheckIn> UnavailableHistory::checkIn(qint64) const {
    return std::nullopt;
}

bool UnavailableHistory::exportCsv(QIODevice&, CsvTable) const {
    return false;
}

bool UnavailableHistory::recordPrescriptionChange(const PrescriptionChange&) {
    return false;
}

QList<PrescriptionChange> UnavailableHistory::prescriptionChanges() const {
    return {};
}

bool UnavailableHistory::backupIfDue() {
    return false;
}

} // namespace footcoach
