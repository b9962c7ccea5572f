#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_history_open: a small history made by FootCoach's own store
(through the storage test child), a format-1 history from the migration fixture, and damaged,
foreign and newer variants of them.

    tests/fuzz/make-history-seeds.py BUILD/tests/storage/footcoach_storage_child

Pages are shrunk to 512 bytes so that the seeds stay small enough to fuzz quickly."""
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "corpus", "fuzz_history_open")
fixtures = os.path.join(here, "..", "storage", "fixtures")


def shrink(path):
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=DELETE")
    db.execute("PRAGMA page_size=512")
    db.execute("VACUUM")
    db.execute("PRAGMA journal_mode=WAL")
    db.close()
    for suffix in ("-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def made_by_the_app(child, work):
    data = os.path.join(work, "app")
    os.makedirs(data)
    script = "open\nbegin\nhold 1 1\nhold 1 2\nhold 1 3\nbegin\nhold 2 1\nquit\n"
    run = subprocess.run([child, "script", data], input=script, capture_output=True, text=True,
                         timeout=60)
    if run.returncode != 0 or "ERR" in run.stdout:
        sys.exit("the storage child failed:\n" + run.stdout + run.stderr)
    path = os.path.join(data, "history.db")
    db = sqlite3.connect(path)
    # What the child cannot do: a finished session, a check-in, reminders, a prescription.
    db.execute("UPDATE sessions SET status='complete', ended_at_ms=started_at_ms+480000 WHERE id=1")
    db.execute("INSERT INTO checkins VALUES (1, 6, 4, '=cmd|'' /C calc''!A0, \"tingling\"', 0)")
    db.execute("INSERT INTO reminders VALUES ('2026-01-05', 'morning', 'fired', 0)")
    db.execute("INSERT INTO reminders VALUES ('2026-01-05', 'evening', 'missed', 0)")
    db.execute("INSERT INTO prescription_changes VALUES (1, 'numb-feet-stretches', 1, '2026-01-01', "
               "'{\"reps\":3}', 0)")
    db.commit()
    db.close()
    shrink(path)
    with open(path, "rb") as f:
        return f.read()


def from_fixture(work):
    path = os.path.join(work, "format1.db")
    db = sqlite3.connect(path)
    with open(os.path.join(fixtures, "history-v1.sql")) as f:
        db.executescript(f.read())
    db.close()
    shrink(path)
    with open(path, "rb") as f:
        return f.read()


def variant(base, sql):
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "v.db")
        with open(path, "wb") as f:
            f.write(base)
        db = sqlite3.connect(path)
        db.executescript(sql)
        db.close()
        for suffix in ("-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)
        with open(path, "rb") as f:
            return f.read()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        valid = made_by_the_app(sys.argv[1], work)
        format1 = from_fixture(work)
    seeds = {
        "valid.db": valid,
        "format1.db": format1,
        "newer-version.db": variant(valid, "PRAGMA user_version=99;"),
        "foreign-app.db": variant(valid, "PRAGMA application_id=0;"),
        "bad-row.db": variant(valid, "PRAGMA ignore_check_constraints=ON;"
                                     "UPDATE holds SET side='sideways', rep=-1 WHERE rep=2;"
                                     "UPDATE sessions SET local_date='2026-13-45', slot='noon' WHERE id=2;"),
        "truncated.db": valid[: len(valid) // 2],
        "cut-mid-page.db": valid[:1000],
        "header-only.db": valid[:100],
        "garbage-header.db": b"\xde\xad\xbe\xef" * 25 + valid[100:],
        "flipped-page.db": valid[:1536] + bytes(b ^ 0x5A for b in valid[1536:2048]) + valid[2048:],
        "text-file.db": b"local_date,slot\r\n2026-01-05,morning\r\n",
    }
    for name, data in seeds.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
