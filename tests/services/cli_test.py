#!/usr/bin/env python3
"""The command-line contract: exit statuses and messages of the real binary."""
import os
import shutil
import subprocess
import sys
import tempfile

binary = sys.argv[1]
failures = []


def run(*args, data=None):
    cmd = [binary] + list(args)
    if data:
        cmd += ["--data-dir", data]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60)


def check(name, condition, detail=""):
    print(("ok   " if condition else "FAIL ") + name)
    if not condition:
        failures.append(f"{name}: {detail}")


with tempfile.TemporaryDirectory() as tmp:
    # A copy of the executable without its charts module beside it (a damaged installation):
    # the report is refused with a message naming the module, exit status 2.
    lonely = os.path.join(tmp, "lonely", "bin", "footcoach")
    os.makedirs(os.path.dirname(lonely))
    shutil.copy2(binary, lonely)
    r = subprocess.run([lonely, "--data-dir", os.path.join(tmp, "d0"), "--report-pdf",
                        os.path.join(tmp, "r0.pdf")], capture_output=True, text=True, timeout=60,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    check("--report-pdf without the charts module exits 2 and names it",
          r.returncode == 2 and "missing" in r.stderr and "libfootcoach-charts.so" in r.stderr
          and not os.path.exists(os.path.join(tmp, "r0.pdf")), r)
    r = run("--version")
    check("--version exits 0 and names the version", r.returncode == 0 and r.stdout.startswith("footcoach "), r)
    r = run("--help")
    check("--help exits 0 and lists options", r.returncode == 0 and "--export-csv" in r.stdout, r)
    r = run("--no-such-option")
    check("unknown option exits 2 and names it", r.returncode == 2 and "no-such-option" in r.stderr, r)
    r = run("--start-session", "--slot", "noon")
    check("bad --slot exits 2", r.returncode == 2 and "noon" in r.stderr, r)

    bad = os.path.join(tmp, "broken-routine.json")
    with open(bad, "w") as f:
        f.write('{"format": "footcoach-routine", "version": 1, "id": "x", "title": "X", '
                '"exercises": [{"id": "a", "title": "A", "sides": ["left"], "reps": 0, '
                '"holdSeconds": 20, "steps": [{"text": "t"}]}]}')
    r = run("--routine", bad, data=os.path.join(tmp, "d1"))
    check("bad routine exits 2 naming file, path and problem",
          r.returncode == 2 and "broken-routine.json" in r.stderr and "$.exercises[0].reps" in r.stderr, r)
    r = run("--routine", os.path.join(tmp, "missing.json"), data=os.path.join(tmp, "d1"))
    check("missing routine exits 2", r.returncode == 2 and "missing.json" in r.stderr, r)

    data = os.path.join(tmp, "d2")
    r = run("--export-csv", "-", data=data)
    header = "local_date,slot,session_started_at,routine_id,exercise_id,side,rep,planned_hold_s,held_s,status"
    check("--export-csv - on an empty history prints the header", r.returncode == 0 and r.stdout.splitlines()[:1] == [header], r)
    check("every file lands in the data directory", os.path.exists(os.path.join(data, "history.db")), os.listdir(tmp))
    out = os.path.join(tmp, "out.csv")
    r = run("--export-csv", out, data=data)
    check("--export-csv FILE writes the file", r.returncode == 0 and open(out).readline().strip() == header, r)
    r = run("--export-csv", os.path.join(tmp, "no", "such", "dir", "x.csv"), data=data)
    check("--export-csv to an impossible path exits 2", r.returncode == 2 and "x.csv" in r.stderr, r)
    r = run("--export-csv", "-", "--table", "checkins", data=data)
    check("--table checkins exits 0", r.returncode == 0 and r.stdout.count("\n") >= 1, r)
    rdata = os.path.join(tmp, "d3")
    r = run("--reminders", "07:15,19:45", data=rdata)
    ini = open(os.path.join(rdata, "settings.ini")).read() if os.path.exists(os.path.join(rdata, "settings.ini")) else ""
    check("--reminders HH:MM,HH:MM exits 0 and saves both times",
          r.returncode == 0 and "morning=07:15" in ini and "evening=19:45" in ini, (r, ini))
    for bad in ("25:00,19:00", "07:30", "19:30,07:30", "7.30,19.30", "soon"):
        before = open(os.path.join(rdata, "settings.ini")).read()
        r = run("--reminders", bad, data=rdata)
        after = open(os.path.join(rdata, "settings.ini")).read()
        check(f"--reminders {bad} exits 2 with a message and changes nothing",
              r.returncode == 2 and "--reminders" in r.stderr and before == after, r)
    r = run("--reminders", "off", data=rdata)
    ini = open(os.path.join(rdata, "settings.ini")).read()
    check("--reminders off turns both off", r.returncode == 0 and "morningEnabled=false" in ini
          and "eveningEnabled=false" in ini, ini)
    blocker = os.path.join(tmp, "a-file")
    open(blocker, "w").close()
    r = run("--export-csv", "-", data=blocker)
    check("a data dir that is a file exits 2", r.returncode == 2 and "a-file" in r.stderr, r)

    # --report-pdf: bad ranges are refused before anything is written.
    data = os.path.join(tmp, "d3")
    pdf = os.path.join(tmp, "report.pdf")
    for args, mention in (
            (["--report-pdf", pdf, "--from", "2026-02-30"], "2026-02-30"),
            (["--report-pdf", pdf, "--to", "soon"], "soon"),
            (["--report-pdf", pdf, "--from", "2026-01-10", "--to", "2026-01-01"], "after"),
            (["--from", "2026-01-01"], "--report-pdf"),
            (["--to", "2026-01-01", "--export-csv", "-"], "--report-pdf")):
        r = run(*args, data=data)
        check("%s exits 2 naming %s" % (" ".join(args[-2:]), mention),
              r.returncode == 2 and mention in r.stderr and not os.path.exists(pdf), r)
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)  # no display at all: the report still works
    r = subprocess.run([binary, "--data-dir", data, "--report-pdf", pdf], capture_output=True,
                       text=True, timeout=60, env=env)
    check("--report-pdf on an empty history exits 0 with no display and writes a PDF",
          r.returncode == 0 and open(pdf, "rb").read(5) == b"%PDF-", r)
    r = run("--report-pdf", os.path.join(tmp, "no", "such", "dir", "r.pdf"), data=data)
    check("--report-pdf to an impossible path exits 2", r.returncode == 2 and "r.pdf" in r.stderr, r)

# --handout-pdf: the exercise sheet, with no display; a bad path or routine exits 2.
def pdf_words(path, first=None):
    args = ["pdftotext"] + (["-f", str(first), "-l", str(first)] if first else []) + [path, "-"]
    out = subprocess.run(args, capture_output=True, text=True, timeout=60).stdout
    return " ".join(unicodedata.normalize("NFKC", out).split())


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, timeout=60).stdout
    return int(next(line.split()[1] for line in out.splitlines() if line.startswith("Pages:")))


import unicodedata
with tempfile.TemporaryDirectory() as tmp:
    have = shutil.which("pdftotext") and shutil.which("pdfinfo")
    check("pdftotext and pdfinfo are installed (poppler-utils)", have or os.environ.get("CI") != "true")
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    data = os.path.join(tmp, "h")
    sheet = os.path.join(tmp, "sheet.pdf")
    r = subprocess.run([binary, "--data-dir", data, "--handout-pdf", sheet], capture_output=True,
                       text=True, timeout=120, env=env)
    check("--handout-pdf exits 0 with no display and writes a PDF",
          r.returncode == 0 and open(sheet, "rb").read(5) == b"%PDF-", r)
    if have:
        words = pdf_words(sheet)
        check("the sheet is two pages with the three moves and the week to tick",
              pdf_pages(sheet) == 2 and "Calf stretch" in words and "Seated hamstring stretch" in words
              and "Plantar fascia stretch" in words and "Tick off your sessions" in words, words[:300])
    bad_target = os.path.join(tmp, "no", "such", "dir", "sheet.pdf")
    r = run("--handout-pdf", bad_target, data=data)
    check("--handout-pdf to an impossible path exits 2 naming it",
          r.returncode == 2 and "sheet.pdf" in r.stderr and not os.path.exists(bad_target), r)
    r = run("--handout-pdf", sheet, "--report-pdf", os.path.join(tmp, "r.pdf"), data=data)
    check("--handout-pdf with --report-pdf exits 2", r.returncode == 2 and "--handout-pdf" in r.stderr, r)
    r = run("--handout-pdf", sheet, "--routine", os.path.join(tmp, "missing.json"), data=data)
    check("--handout-pdf with a missing routine exits 2", r.returncode == 2 and "missing.json" in r.stderr, r)
    custom = os.path.join(tmp, "toes.json")
    with open(custom, "w") as f:
        f.write('{"format": "footcoach-routine", "version": 1, "id": "toes", "title": "Toe curls", '
                '"exercises": [{"id": "curl", "title": "Towel curl", "sides": ["both"], "reps": 4, '
                '"holdSeconds": 12, "steps": [{"text": "Pull the towel in with your toes.", '
                '"illustration": "plantar-2"}]}]}')
    r = run("--handout-pdf", sheet, "--routine", custom, data=data)
    check("--handout-pdf --routine FILE writes that routine's sheet", r.returncode == 0, r)
    if have:
        words = pdf_words(sheet)
        check("the custom sheet is one page with its move, step and times",
              pdf_pages(sheet) == 1 and "Toe curls" in words and "Towel curl" in words
              and "Pull the towel in with your toes." in words and "4 times · hold each stretch 12 s" in words
              and "Calf stretch" not in words, words[:400])
    # The program in force and the language chosen in the settings.
    with open(os.path.join(data, "settings.ini"), "w") as f:
        f.write("[app]\nlanguage=es\n[program]\nreps=2\n")
    r = run("--handout-pdf", sheet, data=data)
    if have:
        words = pdf_words(sheet)
        check("the sheet follows the settings' language and program",
              r.returncode == 0 and "Estiramiento de gemelos" in words and "2 veces con cada pierna" in words
              and "Calf stretch" not in words, (r, words[:400]))

# A damaged settings file: the running app says so (and keeps the old file) instead of losing it.
import select
import time
with tempfile.TemporaryDirectory() as tmp:
    data = os.path.join(tmp, "data")
    os.makedirs(data)
    with open(os.path.join(data, "settings.ini"), "wb") as f:
        f.write(b"[reminders]\nmorning=07:30\n\x00\xff garbage")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="footcoach.app.info=true",
               HOME=tmp, XDG_RUNTIME_DIR=tmp)
    app = subprocess.Popen([binary, "--data-dir", data, "--background"], env=env, stderr=subprocess.PIPE,
                           text=True)
    said, deadline = "", time.monotonic() + 30
    while time.monotonic() < deadline:
        ready, _, _ = select.select([app.stderr], [], [], max(0.0, deadline - time.monotonic()))
        line = app.stderr.readline() if ready else ""
        if not line:
            break
        if "notice:" in line:
            said = line
            break
    app.kill()
    app.wait()
    kept = [n for n in os.listdir(data) if n.startswith("settings.ini.damaged-")]
    check("a damaged settings file is reported once the app runs, and kept aside",
          "settings file" in said and len(kept) == 1 and kept[0] in said, (said, kept))

for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
