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

} // namespace

QList<Migration> Schema::migrations() {
    return {formatOne(), formatTwo()};
}

} // namespace footcoach
