"""A month or more of hand-made history, written straight into history.db with sqlite3.

The pattern is fixed (no randomness) so that every figure can be worked out by hand:
for day index i (0 = the first day),
  morning: missed when i % 9 == 3, partial (7 holds done) when i % 11 == 5, else complete;
  evening: missed when i % 7 == 2, partial (10 holds done) when i % 13 == 4, else complete;
  a complete session has 18 holds (3 moves x 2 legs x 3 reps; 12 with 2 reps from change_day
  on, when given), one of them skipped when i % 5 == 0 (the session still counts as done);
  each session keeps what it asked for (session_plans), and the program is on record from the
  first day (and its change to 2 reps on change_day), as FootCoach writes them;
  every session has a check-in row; numbness before = 6 + i % 3 - i // 10 (at least 0), after =
  before - 1 - i % 2 (at least 0), both left empty when i % 8 == 7.
"""
import datetime
import sqlite3
import subprocess

MOVES = ["calf-stretch", "seated-hamstring-stretch", "plantar-fascia-stretch"]


def create_store(binary, data_dir, env):
    """Lets FootCoach create an empty history in data_dir (schema, pragmas, application id)."""
    subprocess.run([binary, "--data-dir", data_dir, "--export-csv", "-"], env=env,
                   capture_output=True, check=True, timeout=60)


def program(reps):
    """A program record as formats 1 and 2 kept it: the first move's values."""
    return ('{"exercises":3,"holdSeconds":20,"minHoldSeconds":15,"reps":%d,"restSeconds":5,'
            '"routineFile":""}' % reps)


def fill(db_path, first_day, days, change_day=None):
    db = sqlite3.connect(db_path)
    db.execute("INSERT INTO prescription_changes(routine_id, routine_version, effective_date,"
               " before_json, details_json, recorded_at_ms) VALUES ('numb-feet-stretches', 1, ?,"
               " NULL, ?, 0)", (first_day.isoformat(), program(3)))
    if change_day:
        db.execute("INSERT INTO prescription_changes(routine_id, routine_version, effective_date,"
                   " before_json, details_json, recorded_at_ms) VALUES ('numb-feet-stretches', 1,"
                   " ?, ?, ?, 0)", (change_day.isoformat(), program(3), program(2)))
    for i in range(days):
        day = first_day + datetime.timedelta(days=i)
        reps = 2 if change_day and day >= change_day else 3
        for slot, hour, missed, partial, partial_holds in (
                ("morning", 7, i % 9 == 3, i % 11 == 5, 7),
                ("evening", 19, i % 7 == 2, i % 13 == 4, 10)):
            if missed:
                continue
            start = datetime.datetime(day.year, day.month, day.day, hour, 5,
                                      tzinfo=datetime.timezone.utc)
            start_ms = int(start.timestamp() * 1000)
            done_holds = partial_holds if partial else 6 * reps
            status = "partial" if partial else "complete"
            cur = db.execute(
                "INSERT INTO sessions(routine_id, routine_version, local_date, slot, started_at_ms,"
                " utc_offset_s, ended_at_ms, status) VALUES (?, 1, ?, ?, ?, 0, ?, ?)",
                ("numb-feet-stretches", day.isoformat(), slot, start_ms, start_ms + 480000,
                 status))
            sid = cur.lastrowid
            for move_index, move in enumerate(MOVES):
                db.execute("INSERT INTO session_plans(session_id, exercise_id, exercise_index,"
                           " sides, reps, planned_s) VALUES (?, ?, ?, 2, ?, 20)",
                           (sid, move, move_index, reps))
            n = 0
            for move_index, move in enumerate(MOVES):
                for side in ("left", "right"):
                    for rep in range(1, reps + 1):
                        if n >= done_holds:
                            break
                        skipped = (not partial) and i % 5 == 0 and n == 4
                        db.execute(
                            "INSERT INTO holds(session_id, exercise_id, side, rep, exercise_index,"
                            " planned_s, held_ms, result, at_ms) VALUES (?, ?, ?, ?, ?, 20, ?, ?, ?)",
                            (sid, move, side, rep, move_index, 6000 if skipped else 20000,
                             "skipped" if skipped else "done", start_ms + 25000 * (n + 1)))
                        n += 1
            if i % 8 == 7:
                before = after = None
            else:
                before = max(0, 6 + i % 3 - i // 10)
                after = max(0, before - 1 - i % 2)
            db.execute(
                "INSERT INTO checkins(session_id, numbness_before, numbness_after, note,"
                " recorded_at_ms) VALUES (?, ?, ?, '', ?)", (sid, before, after, start_ms + 480000))
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
