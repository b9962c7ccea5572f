#include "footcoach/HistoryStore.h"

#include "PlainMessages.h"
#include "SqlConnection.h"
#include "StoreText.h"

#include <QSqlError>

#include <algorithm>

// The writing half of HistoryStore: each write one short BEGIN IMMEDIATE transaction,
// committed before it returns, and none before the start-up check has passed. Opening, the
// maintenance job and recovery are in HistoryStore.cpp, the reads in HistoryStoreQueries.cpp.
namespace footcoach {

namespace {

// A numbness that was not given is stored as NULL.
QVariant optionalInt(const std::optional<int>& value) {
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

// Runs body inside BEGIN IMMEDIATE ... COMMIT; rolls back on any failure.
std::optional<QSqlError> inTransaction(SqlConnection& db, const std::function<bool()>& body) {
    if (!db.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return db.error();
    if (!body()) {
        const QSqlError error = db.error();
        db.exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    if (!db.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = db.error();
        db.exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> HistoryStore::beginSession(const SessionStart& start) {
    const QString action = tr("save the start of your session");
    const bool planValid = std::all_of(start.planned.cbegin(), start.planned.cend(), [](auto& m) {
        return !m.exerciseId.isEmpty() && m.sides >= 1 && m.sides <= 3 && m.reps >= 1;
    });
    if (start.routineId.isEmpty() || !start.slot.date.isValid() || !start.startedAtUtc.isValid() ||
        !planValid) {
        fail(PlainMessages::invalidInput(action, tr("the session has no routine, "
                                                    "date, start time or moves")));
        return std::nullopt;
    }
    qint64 id = 0;
    const bool written = write(action, [&] {
        if (!m_db->exec(QStringLiteral("INSERT INTO sessions(routine_id, routine_version, "
                                       "local_date, slot, started_at_ms, utc_offset_s, extra) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {start.routineId, start.routineVersion, isoDate(start.slot.date),
                         toString(start.slot.slot), start.startedAtUtc.toMSecsSinceEpoch(),
                         start.utcOffsetSeconds, start.extra ? 1 : 0}))
            return false;
        id = m_db->lastInsertId();
        // What the session asks for, in the same transaction as the session itself.
        for (const PlannedMove& move : start.planned) {
            if (!m_db->exec(QStringLiteral("INSERT INTO session_plans(session_id, exercise_id, "
                                           "exercise_index, sides, reps, planned_s) "
                                           "VALUES (?, ?, ?, ?, ?, ?)"),
                            {id, move.exerciseId, move.exerciseIndex, move.sides, move.reps,
                             move.plannedSeconds}))
                return false;
        }
        return true;
    });
    return written ? std::optional<qint64>(id) : std::nullopt;
}

bool HistoryStore::recordHold(qint64 sessionId, const HoldOutcome& outcome,
                              const QDateTime& atUtc) {
    const QString action = tr("save the hold you just finished");
    if (outcome.exerciseId.isEmpty() || outcome.rep < 1 || !atUtc.isValid())
        return fail(PlainMessages::invalidInput(action, tr("the hold is incomplete")));
    return write(action, [&] {
        return m_db->exec(
            QStringLiteral(
                "INSERT INTO holds(session_id, exercise_id, side, rep, exercise_index, "
                "planned_s, held_ms, result, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(session_id, exercise_id, side, rep) DO UPDATE SET "
                "exercise_index = excluded.exercise_index, planned_s = excluded.planned_s, "
                "held_ms = excluded.held_ms, result = excluded.result, at_ms = excluded.at_ms"),
            {sessionId, outcome.exerciseId, toString(outcome.side), outcome.rep,
             outcome.exerciseIndex, outcome.plannedSeconds, outcome.heldMs,
             toString(outcome.result), atUtc.toMSecsSinceEpoch()});
    });
}

bool HistoryStore::finishSession(qint64 sessionId, SessionStatus status,
                                 const QDateTime& endedAtUtc) {
    const QString action = tr("save the end of your session");
    if (!endedAtUtc.isValid())
        return fail(PlainMessages::invalidInput(action, tr("the end time is missing")));
    bool found = false;
    const bool written = write(action, [&] {
        if (!m_db->exec(QStringLiteral("UPDATE sessions SET ended_at_ms = ?, status = ? "
                                       "WHERE id = ?"),
                        {endedAtUtc.toMSecsSinceEpoch(), toString(status), sessionId}))
            return false;
        found = m_db->rowsAffected() == 1;
        return true;
    });
    if (written && !found)
        return fail(PlainMessages::invalidInput(action, tr("that session is not in "
                                                           "the history")));
    return written;
}

bool HistoryStore::recordCheckIn(const CheckIn& checkIn) {
    const QString action = tr("save your check-in");
    auto inRange = [](const std::optional<int>& value) {
        return !value || (*value >= 0 && *value <= 10);
    };
    if (!inRange(checkIn.numbnessBefore) || !inRange(checkIn.numbnessAfter))
        return fail(PlainMessages::invalidInput(action, tr("numbness is rated from "
                                                           "0 to 10")));
    return write(action, [&] {
        return m_db->exec(
            QStringLiteral("INSERT INTO checkins(session_id, numbness_before, numbness_after, "
                           "note, recorded_at_ms) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT(session_id) DO UPDATE SET "
                           "numbness_before = coalesce(excluded.numbness_before, numbness_before),"
                           " numbness_after = coalesce(excluded.numbness_after, numbness_after),"
                           " note = CASE WHEN excluded.note <> '' THEN excluded.note ELSE note END,"
                           " recorded_at_ms = excluded.recorded_at_ms"),
            {checkIn.sessionId, optionalInt(checkIn.numbnessBefore),
             optionalInt(checkIn.numbnessAfter),
             // A null QString would bind as NULL; the column holds '' for "no note".
             checkIn.note.isNull() ? QString::fromLatin1("") : checkIn.note,
             m_clock.nowUtc().toMSecsSinceEpoch()});
    });
}

bool HistoryStore::recordReminder(const SlotKey& key, ReminderKind kind, const QDateTime& atUtc) {
    const QString action = tr("save the reminder");
    if (!key.date.isValid() || !atUtc.isValid())
        return fail(PlainMessages::invalidInput(action, tr("the date is missing")));
    bool created = false;
    const bool written = write(action, [&] {
        if (!m_db->exec(
                QStringLiteral("INSERT INTO reminders(local_date, slot, kind, at_ms) "
                               "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                {isoDate(key.date), toString(key.slot), toString(kind), atUtc.toMSecsSinceEpoch()}))
            return false;
        created = m_db->rowsAffected() == 1;
        return true;
    });
    return written && created;
}

bool HistoryStore::recordPrescriptionChange(const PrescriptionChange& change) {
    const QString action = tr("save the change of prescription");
    if (change.routineId.isEmpty() || !change.effective.isValid())
        return fail(PlainMessages::invalidInput(action, tr("the routine or the date "
                                                           "is missing")));
    return write(action, [&] {
        return m_db->exec(
            QStringLiteral("INSERT INTO prescription_changes(routine_id, routine_version, "
                           "effective_date, before_json, details_json, recorded_at_ms) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {change.routineId, change.routineVersion, isoDate(change.effective),
             change.beforeJson.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(change.beforeJson),
             change.detailsJson.isEmpty() ? QStringLiteral("{}") : change.detailsJson,
             m_clock.nowUtc().toMSecsSinceEpoch()});
    });
}

bool HistoryStore::write(const QString& action, const std::function<bool()>& body) {
    if (!m_db)
        return fail(PlainMessages::notOpen());
    // Nothing is written before the check has passed (see the maintenance job).
    if (!checkedForWrite())
        return false;
    if (const auto error = inTransaction(*m_db, body))
        return failSql(action, *error);
    m_lastError.clear();
    return true;
}

} // namespace footcoach
