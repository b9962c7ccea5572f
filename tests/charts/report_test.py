#!/usr/bin/env python3
"""The physician's report against the CSV export: for the same range, every figure the report
prints (sessions done, partly done, missed, adherence, stretches held, average numbness before
and after, per week and in total, and the count of missed or partly done sessions) is worked out
here from `--export-csv` alone and must appear in the PDF's text (pdftotext -layout)."""
import csv
import datetime
import io
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import history_fixture  # noqa: E402

binary = sys.argv[1]
failures = []
env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TZ="UTC", LC_ALL="C.UTF-8")


def check(name, condition, detail=""):
    print(("ok   " if condition else "FAIL ") + name)
    if not condition:
        failures.append(f"{name}: {detail}")


def run(*args):
    return subprocess.run([binary] + list(args), capture_output=True, text=True, timeout=120,
                          env=env)


def export(data, table):
    r = run("--data-dir", data, "--export-csv", "-", "--table", table)
    assert r.returncode == 0, r
    return list(csv.DictReader(io.StringIO(r.stdout)))


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                          check=True).stdout


def half_up(part, whole):
    return (200 * part + whole) // (2 * whole)


def tenths(total, count):
    if count == 0:
        return "–"
    t = (20 * total + count) // (2 * count)
    return f"{t // 10}.{t % 10}"


def figures(holds, checkins, first, last):
    """One table row, from the CSV alone. Every fixture session has a check-in row, so the
    check-in table lists every session with its status."""
    best = {}
    before, after = [], []
    for row in checkins:
        day = datetime.date.fromisoformat(row["local_date"])
        if not first <= day <= last:
            continue
        key = (day, row["slot"])
        rank = {"complete": 2, "partial": 1}.get(row["session_status"], 0)
        best[key] = max(best.get(key, 0), rank)
        if row["numbness_before"]:
            before.append(int(row["numbness_before"]))
        if row["numbness_after"]:
            after.append(int(row["numbness_after"]))
    slots = 2 * ((last - first).days + 1)
    done = sum(1 for v in best.values() if v == 2)
    partial = sum(1 for v in best.values() if v == 1)
    held = sum(1 for row in holds if row["status"] == "done"
               and first <= datetime.date.fromisoformat(row["local_date"]) <= last)
    numb = "–" if not before and not after else \
        f"{tenths(sum(before), len(before))} → {tenths(sum(after), len(after))}"
    return {"done": done, "slots": slots, "partial": partial, "missed": slots - done - partial,
            "percent": half_up(done, slots), "held": held, "numbness": numb}


ROW = re.compile(r"(\d+) of (\d+)\s+(\d+)\s+(\d+)\s+(\d+)%\s+(\d+)\s+(\S+(?: → \S+)?)\s*$")


def table_rows(text):
    rows = []
    for line in text.splitlines():
        m = ROW.search(line)
        if m:
            rows.append({"done": int(m[1]), "slots": int(m[2]), "partial": int(m[3]),
                         "missed": int(m[4]), "percent": int(m[5]), "held": int(m[6]),
                         "numbness": m[7]})
    return rows


with tempfile.TemporaryDirectory() as tmp:
    today = datetime.date.today()
    # Five whole weeks of history ending last Sunday, and a report on the last four of them:
    # every slot in the range is in the past, so none is "still to come".
    last_sunday = today - datetime.timedelta(days=today.isoweekday())
    first_day = last_sunday - datetime.timedelta(days=34)
    data = os.path.join(tmp, "month")
    history_fixture.create_store(binary, data, env)
    history_fixture.fill(os.path.join(data, "history.db"), first_day, 35)
    holds, checkins = export(data, "holds"), export(data, "checkins")

    start = last_sunday - datetime.timedelta(days=27)
    pdf = os.path.join(tmp, "report.pdf")
    r = run("--data-dir", data, "--report-pdf", pdf, "--from", start.isoformat(),
            "--to", last_sunday.isoformat())
    check("--report-pdf with a range exits 0", r.returncode == 0, r)
    text = pdf_text(pdf)
    pages = text.count("\f")
    check("the report has one or two pages", 1 <= pages <= 2, pages)

    expected = [figures(holds, checkins, start + datetime.timedelta(days=7 * w),
                        start + datetime.timedelta(days=7 * w + 6)) for w in range(4)]
    total = figures(holds, checkins, start, last_sunday)
    got = table_rows(text)
    check("the table has four weeks and a total", len(got) == 5, got)
    for w in range(min(4, len(got))):
        check(f"week {w + 1} agrees with the CSV", got[w] == expected[w],
              f"pdf {got[w]} csv {expected[w]}")
    if len(got) == 5:
        check("the total agrees with the CSV", got[4] == total, f"pdf {got[4]} csv {total}")
    check("the headline carries the total",
          f"Sessions done: {total['done']} of {total['slots']} ({total['percent']}%)" in text,
          text[:600])
    problems = total["missed"] + total["partial"]
    check("the list counts every missed or partly done session",
          f"Missed or partly done sessions: {problems}" in text, problems)
    check("the hand-worked fixture has misses and partials to list",
          total["missed"] > 0 and total["partial"] > 0, total)
    check("the prescribed program is named with its dose",
          "Calf stretch: 3 times on each leg, hold 20 s" in text and "Twice a day" in text, text)
    # A range that starts before the first session counts from that session.
    early = start - datetime.timedelta(days=40)
    r = run("--data-dir", data, "--report-pdf", pdf, "--from", early.isoformat(),
            "--to", last_sunday.isoformat())
    text = pdf_text(pdf)
    check("days before the first session are not counted as missed",
          r.returncode == 0 and "The record starts on" in text, text[:800])

    # A change from 3 to 2 reps in the middle of the range: every session is counted against
    # what it asked for, the table still agrees with the CSV, the program shown is the one at
    # the end of the range and the change is told in words.
    changed = os.path.join(tmp, "changed")
    change_day = start + datetime.timedelta(days=14)
    history_fixture.create_store(binary, changed, env)
    history_fixture.fill(os.path.join(changed, "history.db"), first_day, 35, change_day)
    holds, checkins = export(changed, "holds"), export(changed, "checkins")
    r = run("--data-dir", changed, "--report-pdf", pdf, "--from", start.isoformat(),
            "--to", last_sunday.isoformat())
    text = pdf_text(pdf)
    got = table_rows(text)
    expected = [figures(holds, checkins, start + datetime.timedelta(days=7 * w),
                        start + datetime.timedelta(days=7 * w + 6)) for w in range(4)]
    check("with a change of reps the weeks agree with the CSV",
          r.returncode == 0 and got[:4] == expected, f"pdf {got} csv {expected}")
    check("held stretches count 12 a session after the change, 18 before",
          expected[3]["held"] < expected[0]["held"], expected)
    when = f"{change_day.day} {change_day.strftime('%B')} {change_day.year}"
    check("the change is told in words with its date",
          f"From {when}: 2 times on each leg (was 3)" in text, text[:1500])
    check("the program shown is the one at the end of the range",
          "Calf stretch: 2 times on each leg, hold 20 s" in text
          and "3 times on each leg" not in text.split("(was 3)")[1], text[:1500])
    partly = re.findall(r"(\w{3}), (\d+) (\w{3}) (?:morning|evening): (\d+) of (\d+)", text)
    check("partly done sessions are counted against what each asked for",
          partly and {p[4] for p in partly} <= {"18", "12"} and "12" in {p[4] for p in partly},
          partly)

    # One session only: still a readable report.
    one = os.path.join(tmp, "one")
    history_fixture.create_store(binary, one, env)
    history_fixture.fill(os.path.join(one, "history.db"), today - datetime.timedelta(days=1), 1)
    r = run("--data-dir", one, "--report-pdf", pdf)
    text = pdf_text(pdf)
    check("a report of one day of history exits 0 and shows it",
          r.returncode == 0 and "Sessions done:" in text and text.count("\f") <= 2, r)

    # In the user's language, as the windows are: the system's, or the one chosen in settings.
    r = subprocess.run([binary, "--data-dir", one, "--report-pdf", pdf], capture_output=True,
                       text=True, timeout=120, env=dict(env, LC_ALL="es_ES.UTF-8", LANG="es_ES.UTF-8"))
    text = pdf_text(pdf)
    check("the report follows a Spanish system locale",
          r.returncode == 0 and "Registro de estiramientos" in text and "Stretching record" not in text,
          text[:400])
    with open(os.path.join(one, "settings.ini"), "a") as settings:
        settings.write("[app]\nlanguage=de\n")
    r = run("--data-dir", one, "--report-pdf", pdf)
    text = pdf_text(pdf)
    check("the report follows the language chosen in the settings",
          r.returncode == 0 and "Dehnprotokoll" in text and "Stretching record" not in text,
          text[:400])

for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
