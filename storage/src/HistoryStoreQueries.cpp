#include "footcoach/HistoryStore.h"

#include "CsvWriter.h"
#include "PlainMessages.h"
#include "SqlConnection.h"
#include "StoreText.h"

#include <QSqlError>
#include <QSqlQuery>

// The reading half of HistoryStore: lookups for reminders, adherence, the history screen, the
// report and the CSV export. Writes, opening and recovery are in HistoryStore.cpp.
namespace footcoach {

bool HistoryStore::hasReminder(const SlotKey& key, std::optional<ReminderKind> kind) const {
    QVariantList binds{isoDate(key.date), toString(key.slot)};
    if (kind)
        binds << toString(*kind);
    auto query = select(kind ? QStringLiteral("SELECT 1 FROM reminders WHERE local_date = ? AND "
                                              "slot = ? AND kind = ?")
                             : QStringLiteral("SELECT 1 FROM reminders WHERE local_date = ? AND "
                                              "slot = ? LIMIT 1"),
                        binds, tr("read your reminders"));
    return query && query->next();
}

QList<SessionRecord> HistoryStore::sessionRecords(const QDate& from, const QDate& to) const {
    QList<SessionRecord> records;
    // An unfinished session (status NULL) counts as partial once a hold in it was done. Extra
    // sessions count for no slot, so they are not among these.
    auto query = select(
        QStringLiteral("SELECT local_date, slot, status, status IS NULL AND EXISTS ("
                       " SELECT 1 FROM holds h WHERE h.session_id = s.id AND h.result = 'done')"
                       " FROM sessions s WHERE local_date BETWEEN ? AND ? AND NOT %1"
                       " ORDER BY local_date, slot, id")
            .arg(isExtraSql()),
        {isoDate(from), isoDate(to)}, tr("read your history"));
    if (!query)
        return records;
    while (query->next()) {
        SessionRecord record;
        record.localDate = QDate::fromString(query->value(0).toString(), Qt::ISODate);
        record.slot = slotFromString(query->value(1).toString()).value_or(Slot::Morning);
        if (const auto status = sessionStatusFromString(query->value(2).toString()))
            record.status = *status;
        else
            record.status =
                query->value(3).toBool() ? SessionStatus::Partial : SessionStatus::Abandoned;
        records.append(record);
    }
    return records;
}

QList<SessionSummary> HistoryStore::sessionSummaries(const QDate& from, const QDate& to) const {
    QList<SessionSummary> summaries;
    // The hold counts are correlated subqueries on the holds primary key (session_id first):
    // each one reads only that session's rows.
    auto query = select(
        QStringLiteral(
            "SELECT s.id, s.local_date, s.slot, s.status, s.routine_id, s.routine_version,"
            " s.started_at_ms, s.utc_offset_s, c.numbness_before, c.numbness_after,"
            " (SELECT count(*) FROM holds h WHERE h.session_id = s.id AND h.result = 'done'),"
            " (SELECT count(*) FROM holds h WHERE h.session_id = s.id AND h.result = 'skipped'),"
            " (SELECT coalesce(sum(p.sides * p.reps), 0) FROM session_plans p"
            "  WHERE p.session_id = s.id),"
            " %1"
            " FROM sessions s LEFT JOIN checkins c ON c.session_id = s.id"
            " WHERE s.local_date BETWEEN ? AND ? ORDER BY s.started_at_ms, s.id")
            .arg(isExtraSql()),
        {isoDate(from), isoDate(to)}, tr("read your history"));
    if (!query)
        return summaries;
    while (query->next()) {
        SessionSummary s;
        s.id = query->value(0).toLongLong();
        s.localDate = QDate::fromString(query->value(1).toString(), Qt::ISODate);
        s.slot = slotFromString(query->value(2).toString()).value_or(Slot::Morning);
        s.routineId = query->value(4).toString();
        s.routineVersion = query->value(5).toInt();
        s.startedAtUtc = QDateTime::fromMSecsSinceEpoch(query->value(6).toLongLong(), Qt::UTC);
        s.utcOffsetSeconds = query->value(7).toInt();
        if (!query->value(8).isNull())
            s.numbnessBefore = query->value(8).toInt();
        if (!query->value(9).isNull())
            s.numbnessAfter = query->value(9).toInt();
        s.holdsDone = query->value(10).toInt();
        s.holdsSkipped = query->value(11).toInt();
        s.holdsPlanned = query->value(12).toInt();
        s.extra = query->value(13).toBool();
        // The same rule as sessionRecords(), so the grid and the list never disagree.
        const auto status = sessionStatusFromString(query->value(3).toString());
        s.finished = status.has_value();
        s.status =
            status.value_or(s.holdsDone > 0 ? SessionStatus::Partial : SessionStatus::Abandoned);
        summaries.append(s);
    }
    return summaries;
}

QList<ExerciseTally> HistoryStore::exerciseTallies(const QDate& from, const QDate& to) const {
    QList<ExerciseTally> tallies;
    // The moves each session asked for, and any move it has holds of beside them.
    auto query = select(
        QStringLiteral(
            "SELECT x.session_id, x.exercise_id, min(x.exercise_index),"
            " sum(x.done), sum(x.skipped), sum(x.planned)"
            " FROM sessions s JOIN ("
            "  SELECT session_id, exercise_id, exercise_index, result = 'done' AS done,"
            "   result = 'skipped' AS skipped, 0 AS planned FROM holds"
            "  UNION ALL SELECT session_id, exercise_id, exercise_index, 0, 0, sides * reps"
            "   FROM session_plans"
            " ) x ON x.session_id = s.id"
            " WHERE s.local_date BETWEEN ? AND ?"
            " GROUP BY x.session_id, x.exercise_id"
            " ORDER BY min(s.started_at_ms), x.session_id, min(x.exercise_index), x.exercise_id"),
        {isoDate(from), isoDate(to)}, tr("read your history"));
    if (!query)
        return tallies;
    while (query->next()) {
        tallies.append({query->value(0).toLongLong(), query->value(1).toString(),
                        query->value(2).toInt(), query->value(3).toInt(), query->value(4).toInt(),
                        query->value(5).toInt()});
    }
    return tallies;
}

std::optional<QDateTime> HistoryStore::beganAt() const {
    auto query = select(QStringLiteral("SELECT value FROM meta WHERE key = 'began_at_ms'"), {},
                        tr("read your history"));
    if (!query || !query->next())
        return std::nullopt;
    const QVariant value = query->value(0);
    bool ok = false;
    const qint64 ms = value.toString().toLongLong(&ok);
    if (value.isNull() || !ok)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

std::optional<QDate> HistoryStore::firstSessionDate() const {
    // min() over the local-date index reads one entry.
    auto query =
        select(QStringLiteral("SELECT min(local_date) FROM sessions"), {}, tr("read your history"));
    if (!query || !query->next() || query->value(0).isNull())
        return std::nullopt;
    return QDate::fromString(query->value(0).toString(), Qt::ISODate);
}

QList<HoldRecord> HistoryStore::holds(qint64 sessionId) const {
    QList<HoldRecord> records;
    auto query = select(QStringLiteral("SELECT exercise_index, exercise_id, side, rep, planned_s, "
                                       "held_ms, result, at_ms FROM holds WHERE session_id = ? "
                                       "ORDER BY at_ms, exercise_index, rep"),
                        {sessionId}, tr("read your history"));
    if (!query)
        return records;
    while (query->next()) {
        HoldRecord record;
        record.sessionId = sessionId;
        record.outcome.exerciseIndex = query->value(0).toInt();
        record.outcome.exerciseId = query->value(1).toString();
        record.outcome.side = sideFromString(query->value(2).toString()).value_or(Side::Both);
        record.outcome.rep = query->value(3).toInt();
        record.outcome.plannedSeconds = query->value(4).toInt();
        record.outcome.heldMs = query->value(5).toLongLong();
        record.outcome.result =
            holdResultFromString(query->value(6).toString()).value_or(HoldResult::Skipped);
        record.atUtc = QDateTime::fromMSecsSinceEpoch(query->value(7).toLongLong(), Qt::UTC);
        records.append(record);
    }
    return records;
}

std::optional<CheckIn> HistoryStore::checkIn(qint64 sessionId) const {
    auto query = select(QStringLiteral("SELECT numbness_before, numbness_after, note FROM checkins "
                                       "WHERE session_id = ?"),
                        {sessionId}, tr("read your check-ins"));
    if (!query || !query->next())
        return std::nullopt;
    CheckIn result;
    result.sessionId = sessionId;
    if (!query->value(0).isNull())
        result.numbnessBefore = query->value(0).toInt();
    if (!query->value(1).isNull())
        result.numbnessAfter = query->value(1).toInt();
    result.note = query->value(2).toString();
    return result;
}

QList<PrescriptionChange> HistoryStore::prescriptionChanges() const {
    QList<PrescriptionChange> changes;
    auto query = select(QStringLiteral("SELECT routine_id, routine_version, effective_date, "
                                       "details_json, before_json FROM prescription_changes "
                                       "ORDER BY effective_date, id"),
                        {}, tr("read your history"));
    if (!query)
        return changes;
    while (query->next()) {
        changes.append({query->value(0).toString(), query->value(1).toInt(),
                        QDate::fromString(query->value(2).toString(), Qt::ISODate),
                        query->value(3).toString(),
                        query->value(4).isNull() ? QString() : query->value(4).toString()});
    }
    return changes;
}

namespace {

QStringList holdsHeader() {
    return {QStringLiteral("local_date"),
            QStringLiteral("slot"),
            QStringLiteral("session_started_at"),
            QStringLiteral("routine_id"),
            QStringLiteral("exercise_id"),
            QStringLiteral("side"),
            QStringLiteral("rep"),
            QStringLiteral("planned_hold_s"),
            QStringLiteral("held_s"),
            QStringLiteral("status")};
}
QStringList checkInsHeader() {
    return {QStringLiteral("local_date"),         QStringLiteral("slot"),
            QStringLiteral("session_started_at"), QStringLiteral("routine_id"),
            QStringLiteral("session_status"),     QStringLiteral("numbness_before"),
            QStringLiteral("numbness_after"),     QStringLiteral("note")};
}

QString holdsSql() {
    return QStringLiteral("SELECT s.local_date, %1, s.started_at_ms, s.utc_offset_s, s.routine_id,"
                          " h.exercise_id, h.side, h.rep, h.planned_s, h.held_ms, h.result"
                          " FROM holds h JOIN sessions s ON s.id = h.session_id"
                          " ORDER BY s.started_at_ms, s.id, h.at_ms, h.exercise_index, h.rep")
        .arg(slotTextSql());
}
QString checkInsSql() {
    return QStringLiteral("SELECT s.local_date, %1, s.started_at_ms, s.utc_offset_s, s.routine_id,"
                          " s.status, c.numbness_before, c.numbness_after, c.note"
                          " FROM checkins c JOIN sessions s ON s.id = c.session_id"
                          " ORDER BY s.started_at_ms, s.id")
        .arg(slotTextSql());
}

void writeHoldRow(const QSqlQuery& row, CsvWriter& csv) {
    csv.writeRow({row.value(0).toString(), row.value(1).toString(),
                  isoWithOffset(row.value(2).toLongLong(), row.value(3).toInt()),
                  row.value(4).toString(), row.value(5).toString(), row.value(6).toString(),
                  row.value(7).toString(), row.value(8).toString(),
                  QString::number(row.value(9).toDouble() / 1000.0, 'f', 1),
                  row.value(10).toString()});
}

void writeCheckInRow(const QSqlQuery& row, CsvWriter& csv) {
    auto number = [&](int column) {
        return row.value(column).isNull() ? QString() : row.value(column).toString();
    };
    csv.writeRow({row.value(0).toString(), row.value(1).toString(),
                  isoWithOffset(row.value(2).toLongLong(), row.value(3).toInt()),
                  row.value(4).toString(), row.value(5).toString(), number(6), number(7),
                  row.value(8).toString()});
}

} // namespace

bool HistoryStore::exportCsv(QIODevice& out, CsvTable table) const {
    const QString action = tr("export your history");
    if (!m_db)
        return fail(PlainMessages::notOpen());
    const bool holds = table == CsvTable::Holds;
    CsvWriter csv(out);
    csv.writeRow(holds ? holdsHeader() : checkInsHeader());
    auto query = select(holds ? holdsSql() : checkInsSql(), {}, action);
    if (!query)
        return false;
    while (query->next())
        holds ? writeHoldRow(*query, csv) : writeCheckInRow(*query, csv);
    if (query->lastError().isValid())
        return failSql(action, query->lastError());
    if (!csv.ok())
        return fail(
            tr("FootCoach could not write the exported history: %1").arg(out.errorString()));
    m_lastError.clear();
    return true;
}

std::optional<QSqlQuery> HistoryStore::select(const QString& sql, const QVariantList& binds,
                                              const QString& action) const {
    if (!m_db) {
        fail(PlainMessages::notOpen());
        return std::nullopt;
    }
    QSqlQuery query(m_db->db());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        failSql(action, query.lastError());
        return std::nullopt;
    }
    return query;
}

} // namespace footcoach
