#include "Schema.h"

namespace footcoach {

namespace {

// Format 1: sessions, holds, check-ins, reminders and the first change of each program.
// Instants are UTC milliseconds since the epoch (compact, ordered); local dates are YYYY-MM-DD
// text; enum values are the stable names from Types.h.
Migration formatOne() {
    return {
        1,
        {
            QStringLiteral("CREATE TABLE meta ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL"
                           ") WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE sessions ("
                           " id INTEGER PRIMARY KEY,"
                           " routine_id TEXT NOT NULL,"
                           " routine_version INTEGER NOT NULL,"
                           " local_date TEXT NOT NULL"
                           "  CHECK (local_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
                           " slot TEXT NOT NULL CHECK (slot IN ('morning', 'evening')),"
                           " started_at_ms INTEGER NOT NULL,"
                           " utc_offset_s INTEGER NOT NULL,"
                           " ended_at_ms INTEGER,"
                           // NULL while the session runs, or when the app died during it.
                           " status TEXT CHECK (status IN ('complete', 'partial', 'abandoned'))"
                           ")"),
            QStringLiteral("CREATE INDEX sessions_by_local_date"
                           " ON sessions(local_date, slot)"),
            QStringLiteral("CREATE TABLE holds ("
                           " session_id INTEGER NOT NULL"
                           "  REFERENCES sessions(id) ON DELETE CASCADE,"
                           " exercise_id TEXT NOT NULL,"
                           " side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),"
                           " rep INTEGER NOT NULL CHECK (rep >= 1),"
                           " exercise_index INTEGER NOT NULL,"
                           " planned_s INTEGER NOT NULL,"
                           " held_ms INTEGER NOT NULL,"
                           " result TEXT NOT NULL CHECK (result IN ('done', 'skipped')),"
                           " at_ms INTEGER NOT NULL,"
                           " PRIMARY KEY (session_id, exercise_id, side, rep)"
                           ") WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE checkins ("
                           " session_id INTEGER PRIMARY KEY"
                           "  REFERENCES sessions(id) ON DELETE CASCADE,"
                           " numbness_before INTEGER"
                           "  CHECK (numbness_before BETWEEN 0 AND 10),"
                           " numbness_after INTEGER"
                           "  CHECK (numbness_after BETWEEN 0 AND 10),"
                           " note TEXT NOT NULL DEFAULT '',"
                           " recorded_at_ms INTEGER NOT NULL"
                           ")"),
            QStringLiteral(
                "CREATE TABLE reminders ("
                " local_date TEXT NOT NULL,"
                " slot TEXT NOT NULL CHECK (slot IN ('morning', 'evening')),"
                " kind TEXT NOT NULL"
                "  CHECK (kind IN ('fired', 'snoozed', 'started', 'dismissed', 'missed')),"
                " at_ms INTEGER NOT NULL,"
                " PRIMARY KEY (local_date, slot, kind)"
                ") WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE prescription_changes ("
                           " id INTEGER PRIMARY KEY,"
                           " routine_id TEXT NOT NULL,"
                           " routine_version INTEGER NOT NULL,"
                           " effective_date TEXT NOT NULL,"
                           " details_json TEXT NOT NULL DEFAULT '{}',"
                           " recorded_at_ms INTEGER NOT NULL,"
                           " UNIQUE (routine_id, routine_version)"
                           ")"),
        }};
}

// Format 2: a routine's prescription may change many times (a new hold time, more reps);
// format 1 kept only the first change per routine version. Identical repeats on the same
// day are still recorded once.
Migration formatTwo() {
    return {
        2,
        {
            QStringLiteral("CREATE TABLE prescription_changes_v2 ("
                           " id INTEGER PRIMARY KEY,"
                           " routine_id TEXT NOT NULL,"
                           " routine_version INTEGER NOT NULL,"
                           " effective_date TEXT NOT NULL,"
                           " details_json TEXT NOT NULL DEFAULT '{}',"
                           " recorded_at_ms INTEGER NOT NULL,"
                           " UNIQUE (routine_id, routine_version, effective_date, details_json)"
                           ")"),
            QStringLiteral("INSERT INTO prescription_changes_v2"
                           " SELECT id, routine_id, routine_version, effective_date, details_json,"
                           " recorded_at_ms FROM prescription_changes"),
            QStringLiteral("DROP TABLE prescription_changes"),
            QStringLiteral("ALTER TABLE prescription_changes_v2 RENAME TO prescription_changes"),
            QStringLiteral("CREATE INDEX prescription_changes_by_routine"
                           " ON prescription_changes(routine_id, effective_date)"),
        }};
}

// Format 3: each session keeps what it asked for (session_plans: per move, legs and
// repetitions and the planned hold), so that a later change of the program does not rewrite
// the past; each prescription record keeps the program before it (before_json; NULL for the
// program as first seen, which is no change). Sessions of earlier formats get the plan their
// own holds show: a move's legs and repetitions as recorded in any session of the same routine
// version, its repetitions raised to those in force that day where a record kept them, its
// hold as the session planned it (else as the routine version did). A session started outside
// every slot's window is marked extra: it counts for no slot (earlier formats had none).
Migration formatThree() {
    return {
        3,
        {
            QStringLiteral("ALTER TABLE sessions ADD COLUMN"
                           " extra INTEGER NOT NULL DEFAULT 0 CHECK (extra IN (0, 1))"),
            QStringLiteral("CREATE TABLE session_plans ("
                           " session_id INTEGER NOT NULL"
                           "  REFERENCES sessions(id) ON DELETE CASCADE,"
                           " exercise_id TEXT NOT NULL,"
                           " exercise_index INTEGER NOT NULL,"
                           " sides INTEGER NOT NULL CHECK (sides BETWEEN 1 AND 3),"
                           " reps INTEGER NOT NULL CHECK (reps >= 1),"
                           " planned_s INTEGER NOT NULL,"
                           " PRIMARY KEY (session_id, exercise_id)"
                           ") WITHOUT ROWID"),
            QStringLiteral(
                "INSERT INTO session_plans"
                " (session_id, exercise_id, exercise_index, sides, reps, planned_s)"
                " WITH moves AS ("
                "  SELECT s.routine_id, s.routine_version, h.exercise_id,"
                "   min(h.exercise_index) AS exercise_index,"
                "   CASE WHEN max(h.side = 'both') THEN 1 ELSE count(DISTINCT h.side) END AS sides,"
                "   max(h.rep) AS reps, max(h.planned_s) AS planned_s"
                "  FROM holds h JOIN sessions s ON s.id = h.session_id"
                "  GROUP BY s.routine_id, s.routine_version, h.exercise_id),"
                " in_force AS ("
                "  SELECT s.id AS session_id, ("
                "   SELECT CASE WHEN json_valid(p.details_json)"
                "    THEN json_extract(p.details_json, '$.reps') END"
                "   FROM prescription_changes p"
                "   WHERE p.routine_id = s.routine_id AND p.effective_date <= s.local_date"
                "   ORDER BY p.effective_date DESC, p.id DESC LIMIT 1) AS reps"
                "  FROM sessions s),"
                " own AS ("
                "  SELECT session_id, exercise_id, max(rep) AS reps, max(planned_s) AS planned_s"
                "  FROM holds GROUP BY session_id, exercise_id)"
                " SELECT s.id, m.exercise_id, m.exercise_index, m.sides,"
                "  max(coalesce(CASE WHEN typeof(f.reps) = 'integer' THEN f.reps END, m.reps),"
                "      coalesce(o.reps, 1)),"
                "  coalesce(o.planned_s, m.planned_s)"
                " FROM sessions s"
                " JOIN moves m ON m.routine_id = s.routine_id"
                "  AND m.routine_version = s.routine_version"
                " JOIN in_force f ON f.session_id = s.id"
                " LEFT JOIN own o ON o.session_id = s.id AND o.exercise_id = m.exercise_id"),
            QStringLiteral("CREATE TABLE prescription_changes_v3 ("
                           " id INTEGER PRIMARY KEY,"
                           " routine_id TEXT NOT NULL,"
                           " routine_version INTEGER NOT NULL,"
                           " effective_date TEXT NOT NULL,"
                           " before_json TEXT,"
                           " details_json TEXT NOT NULL DEFAULT '{}',"
                           " recorded_at_ms INTEGER NOT NULL"
                           ")"),
            // Formats 1 and 2 kept snapshots: each one's "before" is the one recorded before
            // it, whatever its routine; the first is the program as first seen.
            QStringLiteral("INSERT INTO prescription_changes_v3"
                           " SELECT id, routine_id, routine_version, effective_date,"
                           " lag(details_json) OVER (ORDER BY effective_date, id),"
                           " details_json, recorded_at_ms FROM prescription_changes"),
            QStringLiteral("DROP TABLE prescription_changes"),
            QStringLiteral("ALTER TABLE prescription_changes_v3 RENAME TO prescription_changes"),
            QStringLiteral("CREATE INDEX prescription_changes_by_date"
                           " ON prescription_changes(effective_date, id)"),
        }};
}

} // namespace

QList<Migration> Schema::migrations() {
    return {formatOne(), formatTwo(), formatThree()};
}

} // namespace footcoach
