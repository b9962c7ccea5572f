#!/usr/bin/env python3
"""FootCoach's benchmarks against a floor: a bare Qt Widgets program (a QApplication and a
shown QLabel, bench/floor/main.cpp) measured the same way on the same machine.

usage: bench/run-benchmarks.py [--build-dir DIR] [--no-build] [--runs N] [--only PARTS] [--markdown]
                               [--footcoach PATH]

Builds the targets it needs with the default preset (unless --no-build), then runs everything
on a private desktop: Xvfb, a private D-Bus session bus and a PulseAudio null sink (the session
part runs once on PulseAudio and once on PipeWire, each on a desktop of its own).

  startup  time from exec to the first mapped top-level window (footcoach-bench-mapwait, from
           the X server's MapNotify) in four cases, each against the floor of the same run: an
           empty history and ten generated years (footcoach-bench-history --keep), each on an
           everyday start (today's backup there) and on a day's first start (a fresh copy
           without today's backup, so it is due); PSS from /proc/PID/smaps_rollup ten seconds
           after start (empty history). The floor and the four cases alternately, one unmeasured
           warm-up each, then N runs with PSS and 9N runs for the first window (a start takes
           milliseconds, and this machine's noise is of the same size or larger: with 15 runs
           the same binary's ratio moved by up to 0.3 between runs minutes apart)
  idle     footcoach --background and the floor side by side for 60 idle seconds (after 5 s to
           settle): CPU time and context switches summed over all threads (/proc/PID/task/*/sched)
  session  a two-minute routine (bench/session-routine.json) in real time with both cores busy
           (two spinning processes, started before and stopped after), on a PulseAudio null
           sink and on a PipeWire one (pipewire, wireplumber, pipewire-pulse), recorded at the
           server's default latency (tests/e2e/harness.py's Recording): the session's end
           against the plan, and each cue's latency, its onset in the recording against the
           instant the engine logged it due (median and maximum)
  history  ten generated years: store open, one week's grid (footcoach-bench-history), the
           History screen's week switch (footcoach-bench-history-view) and `footcoach
           --report-pdf` over the whole ten years

Prints one table: figure, footcoach median (min-max), floor median (min-max), ratio, target,
pass or miss. These are benchmarks, not tests: the exit status is 0 unless something broke.
"""
import argparse
import datetime
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(SOURCE, "tests", "e2e"))
from harness import (APP_LOG_PATTERN, LOG_LINE, SOUND_SERVERS, Desktop,  # noqa: E402
                     cue_due_instants, onsets, unwrap_ms)
from session_audio_e2e import planned_cues  # noqa: E402

RATE = 48000
SETTLE_S = 5
PSS_AFTER_S = 10
TARGETS = ["footcoach", "footcoach-bench-floor", "footcoach-bench-mapwait",
           "footcoach-bench-history", "footcoach-bench-history-view"]


def log(*args):
    print(*args, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# The private desktop


class BenchDesktop(Desktop):
    """The end-to-end tests' desktop plus a private D-Bus session bus."""

    def start_dbus(self):
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                               env=self.env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
        self.procs.append(bus)
        address = bus.stdout.readline().strip()
        if not address:
            raise RuntimeError("dbus-daemon did not print its address")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address

    def app_env(self, **extra):
        env = dict(self.env, QT_QPA_PLATFORM="xcb")
        env.update(extra)
        return env


# ---------------------------------------------------------------------------------------------
# Figures


class Figure:
    def __init__(self, name, unit, ours, floor=None, target="", passed=None, note="",
                 digits=1):
        self.name, self.unit, self.ours, self.floor = name, unit, ours, floor
        self.target, self.passed, self.note, self.digits = target, passed, note, digits

    @staticmethod
    def spread(values, digits):
        if values is None:
            return "—"
        if isinstance(values, str):
            return values
        if len(values) == 1:
            return f"{values[0]:.{digits}f}"
        return (f"{statistics.median(values):.{digits}f} "
                f"({min(values):.{digits}f}-{max(values):.{digits}f})")

    def ratio(self):
        if not self.floor or isinstance(self.floor, str) or isinstance(self.ours, str) \
                or not self.ours:
            return ""
        f = statistics.median(self.floor)
        return f"{statistics.median(self.ours) / f:.2f}x" if f else ""

    def row(self):
        verdict = "" if self.passed is None else ("pass" if self.passed else "MISS")
        name = f"{self.name} ({self.unit})" if self.unit else self.name
        return [name, self.spread(self.ours, self.digits), self.spread(self.floor, self.digits),
                self.ratio(), self.target, verdict]


def median(values):
    return statistics.median(values)


# ---------------------------------------------------------------------------------------------
# Startup and memory


def pss_kib(pid):
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            if line.startswith("Pss:"):
                return int(line.split()[1])
    raise RuntimeError(f"no Pss in /proc/{pid}/smaps_rollup")


def launch_mapped(desk, mapwait, command, wait_pss):
    """Runs command under mapwait; returns (ms to first map, PSS KiB at 10 s or None)."""
    proc = subprocess.Popen([mapwait, "--timeout", "60", "--"] + command, env=desk.app_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        m = re.match(r"pid (\d+) start_s ([\d.]+) map_ms ([\d.]+)", line)
        if not m:
            proc.wait(timeout=30)
            raise RuntimeError(f"{command[0]}: no window: {line} {proc.stderr.read()}")
        pid, start, map_ms = int(m.group(1)), float(m.group(2)), float(m.group(3))
        pss = None
        if wait_pss:
            time.sleep(max(0.0, start + PSS_AFTER_S - time.monotonic()))
            pss = pss_kib(pid)
        os.kill(pid, signal.SIGTERM)
        proc.wait(timeout=30)
        return map_ms, pss
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def today_backup(data):
    """Today's daily backup in a data directory (the app names it by the local date)."""
    return os.path.join(data, "backups", f"history-{datetime.date.today().isoformat()}.db")


def fresh_copy(template, target, first_of_day):
    """A fresh copy of a data directory; without today's backup for a day's first start."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(template, target)
    if first_of_day:
        backup = today_backup(target)
        if os.path.exists(backup):
            os.remove(backup)


def ten_year_template(desk, bins):
    """Ten generated years (footcoach-bench-history --keep): its data directory."""
    env = dict(desk.env, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([bins["footcoach-bench-history"], "--keep"], env=env,
                         capture_output=True, text=True, timeout=600, check=True).stdout
    kept = re.search(r"data directory: (.*)", out).group(1).strip()
    template = os.path.join(desk.tmp, "ten-years-template")
    shutil.rmtree(template, ignore_errors=True)
    shutil.move(kept, template)
    return template


STARTUP_CASES = [
    # (key, figure name, history, day's first start)
    ("empty", "first window, empty history, everyday start", "empty", False),
    ("empty-first", "first window, empty history, day's first start", "empty", True),
    ("ten", "first window, ten years, everyday start", "ten", False),
    ("ten-first", "first window, ten years, day's first start", "ten", True),
]


# First-window starts per --runs: each is a few tens of milliseconds, and a start now and then is
# twice as long for reasons outside both programs.
MAP_RUNS_PER_RUN = 9


def bench_startup(desk, bins, runs):
    mapwait = bins["footcoach-bench-mapwait"]
    floor = [bins["footcoach-bench-floor"]]
    templates = {"empty": os.path.join(desk.tmp, "empty-template"),
                 "ten": ten_year_template(desk, bins)}
    # Warm-up: the page cache, and each template started once (its day's backup taken, the
    # program change and any missed reminders recorded), so that every measured start is alike.
    # The measured programs are killed (SIGTERM) once their window is mapped, so the day's
    # backup of a template is taken by a command, which opens the history to the end.
    launch_mapped(desk, mapwait, floor, wait_pss=False)
    for template in templates.values():
        launch_mapped(desk, mapwait, [bins["footcoach"], "--data-dir", template], wait_pss=False)
        subprocess.run([bins["footcoach"], "--data-dir", template, "--export-csv", os.devnull],
                       env=desk.app_env(QT_QPA_PLATFORM="offscreen"), check=True, timeout=120,
                       capture_output=True)
        if not os.path.exists(today_backup(template)):
            raise RuntimeError(f"no backup of today in {template}")
    maps = {key: [] for key, *_ in STARTUP_CASES}
    maps["floor"] = []
    pss = {"footcoach": [], "floor": []}
    map_runs = MAP_RUNS_PER_RUN * runs
    for i in range(map_runs):
        with_pss = i < runs
        m, p = launch_mapped(desk, mapwait, floor, wait_pss=with_pss)
        maps["floor"].append(m)
        if with_pss:
            pss["floor"].append(p / 1024.0)
        line = f"  startup run {i + 1}/{map_runs}: floor {m:.1f} ms"
        for key, _, history, first_of_day in STARTUP_CASES:
            data = os.path.join(desk.tmp, f"startup-{key}")
            # Everyday starts reuse their copy (its day's backup is there); a day's first start
            # gets a fresh one without today's backup, so the backup is due.
            if first_of_day or i == 0:
                fresh_copy(templates[history], data, first_of_day)
            case_pss = with_pss and key == "empty"
            m, p = launch_mapped(desk, mapwait, [bins["footcoach"], "--data-dir", data],
                                 wait_pss=case_pss)
            maps[key].append(m)
            if case_pss:
                pss["footcoach"].append(p / 1024.0)
            line += f", {key} {m:.1f} ms"
        log(line)
    figures = []
    for key, name, _, _ in STARTUP_CASES:
        ratio = median(maps[key]) / median(maps["floor"])
        log(f"  {name}: {ratio:.2f}x the floor")
        figures.append(Figure(f"{name}, exec to MapNotify", "ms", maps[key], maps["floor"],
                              "≤ 1.3x floor", ratio <= 1.3))
    ratio_pss = median(pss["footcoach"]) / median(pss["floor"])
    figures.append(Figure("PSS 10 s after start (empty history)", "MiB", pss["footcoach"],
                          pss["floor"], "≤ 1.6x floor", ratio_pss <= 1.6))
    return figures


# ---------------------------------------------------------------------------------------------
# Idle in the background


def thread_counters(pid):
    """{tid: (name, cpu ms, context switches)} for every thread of pid."""
    out = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/sched") as f:
                text = f.read()
        except OSError:
            continue  # the thread ended just now
        name = text.split("\n", 1)[0].rsplit(" (", 1)[0]
        cpu = float(re.search(r"se\.sum_exec_runtime\s*:\s*([\d.]+)", text).group(1))
        switches = int(re.search(r"^nr_switches\s*:\s*(\d+)", text, re.M).group(1))
        out[tid] = (name, cpu, switches)
    return out


def idle_delta(before, after):
    cpu = switches = 0.0
    per_thread = []
    for tid, (name, c, s) in after.items():
        c0, s0 = (before[tid][1], before[tid][2]) if tid in before else (0.0, 0)
        cpu += c - c0
        switches += s - s0
        per_thread.append((name, c - c0, s - s0))
    return cpu, switches, per_thread


def bench_idle(desk, bins, seconds):
    data = os.path.join(desk.tmp, "idle-data")
    procs = {
        "footcoach": subprocess.Popen([bins["footcoach"], "--data-dir", data, "--background"],
                                      env=desk.app_env(), stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL),
        "floor": subprocess.Popen([bins["footcoach-bench-floor"]], env=desk.app_env(),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
    }
    desk.procs.extend(procs.values())
    try:
        time.sleep(SETTLE_S)
        for name, p in procs.items():
            if p.poll() is not None:
                raise RuntimeError(f"{name} ended during the idle benchmark ({p.returncode})")
        before = {k: thread_counters(p.pid) for k, p in procs.items()}
        t0 = time.monotonic()
        time.sleep(seconds)
        after = {k: thread_counters(p.pid) for k, p in procs.items()}
        minutes = (time.monotonic() - t0) / 60.0
    finally:
        for p in procs.values():
            p.terminate()
            p.wait(timeout=30)
    result = {}
    for k in procs:
        cpu, switches, per_thread = idle_delta(before[k], after[k])
        result[k] = (cpu / minutes, switches / minutes)
        busy = ", ".join(f"{n} {s}" for n, c, s in sorted(per_thread, key=lambda t: -t[2]) if s)
        log(f"  idle {k}: {cpu / minutes:.2f} ms CPU/min, {switches / minutes:.1f} switches/min"
            f" ({len(per_thread)} threads; switches by thread: {busy or 'none'})")
    ours_cs, floor_cs = result["footcoach"][1], result["floor"][1]
    return [
        Figure(f"background, {seconds} s idle: context switches, all threads", "per min",
               [ours_cs], [floor_cs], "≤ floor + 10/min", ours_cs <= floor_cs + 10),
        Figure(f"background, {seconds} s idle: CPU time, all threads", "ms per min",
               [result["footcoach"][0]], [result["floor"][0]], "< 10 ms/min",
               result["footcoach"][0] < 10, digits=2),
    ]


# ---------------------------------------------------------------------------------------------
# The two-minute session under load


def bench_session(bins, server, load=True, keep=None):
    """The two-minute routine on a fresh desktop with a null sink on `server`, recorded at the
    server's default latency; each cue's onset against the instant the engine logged it due."""
    routine_path = os.path.join(HERE, "session-routine.json")
    with open(routine_path) as f:
        routine = json.load(f)
    planned = planned_cues(routine)
    total = planned[-1]
    desk = BenchDesktop(server=server)
    hogs, app = [], None
    try:
        desk.start_display()
        desk.start_dbus()
        desk.start_audio()
        data = os.path.join(desk.tmp, "session-data")
        recorder = desk.start_recording(os.path.join(desk.tmp, "monitor.raw"), RATE)
        hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
                for _ in range(2 if load else 0)]
        desk.procs.extend(hogs)
        env = desk.app_env(QT_LOGGING_RULES="footcoach.session.info=true",
                           QT_MESSAGE_PATTERN=APP_LOG_PATTERN)
        app = subprocess.Popen([bins["footcoach"], "--data-dir", data, "--routine",
                                routine_path, "--start-session", "--slot", "morning"],
                               env=env, stderr=subprocess.PIPE, text=True)
        desk.procs.append(app)
        phases, finished_at, lines = [], None, []
        deadline = time.monotonic() + total + 90
        for line in app.stderr:
            now = time.monotonic()
            lines.append(line.rstrip())
            m = LOG_LINE.match(line)
            if m:
                at = unwrap_ms(float(m.group(1)) * 1000.0, now)
                what = m.group(2)
                if what.startswith("phase "):
                    phases.append((at, what))
                elif what.startswith("session finished"):
                    finished_at = at
                    break
            if now > deadline:
                break
        for h in hogs:
            h.terminate()
        for h in hogs:
            h.wait(timeout=10)
        if finished_at is None or not phases:
            raise RuntimeError(f"the session did not finish (exit status {app.poll()}):\n"
                               + "\n".join(lines[-20:]))
        due = cue_due_instants(lines, time.monotonic())
        recorder.stop(covering=due[-1][0] + 0.8)
        if app.poll() is None:
            app.terminate()
            app.wait(timeout=30)
        heard = [recorder.played_at(t) for t in onsets(recorder.samples(), RATE)]
        spread = recorder.spread_ms()
        if keep:
            os.makedirs(keep, exist_ok=True)
            shutil.copy(recorder.path, os.path.join(keep, f"session-monitor-{server}.raw"))
            with open(os.path.join(keep, f"session-{server}.log"), "w") as f:
                f.write("\n".join(lines) + "\n")
                f.write("timing runs: " + repr(recorder.segments()) + "\n")
                f.write("onsets (monotonic s): " + " ".join(f"{t:.4f}" for t in heard) + "\n")
    finally:
        for h in hogs:
            if h.poll() is None:
                h.kill()
        if app is not None and app.poll() is None:
            app.kill()
            app.wait(timeout=30)
        desk.close()

    start = phases[0][0]
    # The session ends when the engine enters its last phase, "done"; "session finished" is
    # logged after the last hold is committed to disk, so it is later by a write.
    done_at = next((at for at, what in phases if " done " in what), finished_at)
    end_error_ms = (done_at - start - total) * 1000.0
    errors, lost, remaining = [], [], list(heard)
    for at, name in due:
        near = [o for o in remaining if -0.1 <= o - at <= 0.5]
        if not near:
            lost.append(f"{name}@{at - start:.1f}s")
            continue
        best = min(near, key=lambda o: abs(o - at))
        remaining.remove(best)
        errors.append((best - at) * 1000.0)
    log(f"  session on {server}: planned {total} s, ended {end_error_ms:+.1f} ms off plan; "
        f"{len(planned)} cues planned, {len(due)} logged, {len(errors)} heard, "
        f"{len(remaining)} extra sounds; alignment within {spread:.1f} ms; onset after due (ms): "
        + " ".join(f"{e:+.0f}" for e in errors) + (f"; not heard: {' '.join(lost)}" if lost else ""))
    label = {"pulseaudio": "PulseAudio", "pipewire": "PipeWire (pipewire-pulse)"}[server]
    med = median(errors) if errors else float("nan")
    worst = max(errors, default=float("nan"))
    whole = len(due) == len(planned) and not lost and not remaining
    busy = "both cores busy" if load else "idle machine"
    return [
        Figure(f"{label}: session end vs plan ({total} s, {busy})", "ms",
               [end_error_ms], None, "within 20 ms", abs(end_error_ms) <= 20),
        Figure(f"{label}: cue latency, onset after due ({len(errors)} of {len(planned)} cues "
               f"heard, recorder at default latency, {busy})", "ms", errors, None,
               "median ≤ 20 ms, each ≤ 50 ms, none lost",
               whole and med <= 20 and worst <= 50,
               note=f"median {med:.1f} ms, maximum {worst:.1f} ms; {len(lost)} lost, "
                    f"{len(remaining)} extra; alignment within {spread:.1f} ms"),
    ]


# ---------------------------------------------------------------------------------------------
# Ten years of history


def parse_bench(text, label):
    m = re.search(re.escape(label) + r".*?median\s+([\d.]+) ms\s+min\s+([\d.]+)\s+max\s+([\d.]+)",
                  text)
    if not m:
        raise RuntimeError(f"no '{label}' in:\n{text}")
    return [float(m.group(1)), float(m.group(2)), float(m.group(3))]



def spread3(values, digits):
    med, lo, hi = values
    return f"{med:.{digits}f} ({lo:.{digits}f}-{hi:.{digits}f})"


def bench_history(desk, bins, runs):
    figures = []
    env = dict(desk.env, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([bins["footcoach-bench-history"]], env=env, capture_output=True,
                         text=True, timeout=600, check=True).stdout
    log("  " + out.strip().replace("\n", "\n  "))
    store = parse_bench(out, "open (GUI thread")
    grid = parse_bench(out, "one week:")
    figures.append(Figure("ten years: opening the store", "ms", spread3(store, 1), None,
                          "< 20 ms", store[0] < 20))
    figures.append(Figure("ten years: one week's records and adherence grid", "ms",
                          spread3(grid, 3), None, "< 5 ms", grid[0] < 5))

    out = subprocess.run([bins["footcoach-bench-history-view"], "--keep"], env=env,
                         capture_output=True, text=True, timeout=600, check=True).stdout
    log("  " + out.strip().replace("\n", "\n  "))
    data = re.search(r"data directory: (.*)", out).group(1).strip()
    try:
        first = parse_bench(out, "history view: first open")
        prev = parse_bench(out, "history view: previous week")
        jump = parse_bench(out, "history view: any week")
        figures.append(Figure("ten years: History screen, first open and paint", "ms",
                              spread3(first, 1), None, "", None))
        figures.append(Figure("ten years: History screen, previous week and paint", "ms",
                              spread3(prev, 1), None, "< 50 ms", prev[0] < 50))
        figures.append(Figure("ten years: History screen, any week and paint", "ms",
                              spread3(jump, 1), None, "< 50 ms", jump[0] < 50))

        if "report: all ten years" in out:
            inner = parse_bench(out, "report: all ten years")
            figures.append(Figure("ten years: report built and written, in process", "ms",
                                  spread3(inner, 1), None, "< 1 s", inner[0] < 1000))

        # The whole ten years in one report, as a process from exec to exit.
        pdf = os.path.join(desk.tmp, "report.pdf")
        first_day = subprocess.run(
            [bins["footcoach"], "--data-dir", data, "--export-csv", "-", "--table", "checkins"],
            env=env, capture_output=True, text=True, timeout=120, check=True
        ).stdout.splitlines()[1].split(",")[0]
        command = [bins["footcoach"], "--data-dir", data, "--report-pdf", pdf, "--from",
                   first_day]
        subprocess.run(command, env=env, check=True, timeout=120, capture_output=True)  # warm
        times = []
        for _ in range(runs):
            t = time.monotonic()
            subprocess.run(command, env=env, check=True, timeout=120, capture_output=True)
            times.append((time.monotonic() - t) * 1000.0)
        log(f"  report from {first_day}: {os.path.getsize(pdf)} bytes; ms: "
            + " ".join(f"{t:.0f}" for t in times))
        figures.append(Figure(f"ten years: --report-pdf from {first_day}, exec to exit", "ms",
                              times, None, "< 1 s", median(times) < 1000, digits=0))
    finally:
        shutil.rmtree(data, ignore_errors=True)
    return figures


# ---------------------------------------------------------------------------------------------


def build(build_dir):
    if not os.path.exists(os.path.join(build_dir, "build.ninja")):
        subprocess.run(["cmake", "--preset", "default"] if build_dir == default_build_dir()
                       else ["cmake", "-S", SOURCE, "-B", build_dir, "-G", "Ninja",
                             "-DCMAKE_BUILD_TYPE=RelWithDebInfo"], cwd=SOURCE, check=True,
                       stdout=sys.stderr)
    subprocess.run(["cmake", "--build", build_dir, "-j2", "--target"] + TARGETS, cwd=SOURCE,
                   check=True, stdout=sys.stderr)


def default_build_dir():
    return os.path.join(SOURCE, "build", "default")


def binaries(build_dir, parts):
    where = {"footcoach": "app"}
    needs = {"footcoach"} | ({"footcoach-bench-floor", "footcoach-bench-mapwait",
                              "footcoach-bench-history"} if "startup" in parts else set()) \
        | ({"footcoach-bench-floor"} if "idle" in parts else set()) \
        | ({"footcoach-bench-history", "footcoach-bench-history-view"} if "history" in parts
           else set())
    found = {}
    for t in TARGETS:
        path = os.path.join(build_dir, where.get(t, "bench"), t)
        if os.access(path, os.X_OK):
            found[t] = path
        elif t in needs:
            raise RuntimeError(f"{path} is missing: build it, or drop --no-build")
    return found


def print_table(figures, markdown):
    header = ["figure", "footcoach median (min-max)", "floor median (min-max)",
              "ratio", "target", "result"]
    rows = [f.row() for f in figures]
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("| " + " | ".join("---" for _ in header) + " |")
        for r in rows:
            print("| " + " | ".join(c or "" for c in r) + " |")
    else:
        widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
        for r in [header] + rows:
            print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    for f in figures:
        if f.note:
            print(f"{'* ' if markdown else ''}{f.name}: {f.note}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build-dir", default=default_build_dir())
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--idle-seconds", type=int, default=60)
    parser.add_argument("--only", default="startup,idle,session,history")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--no-load", action="store_true",
                        help="run the session without the CPU hogs (for comparison)")
    parser.add_argument("--footcoach", metavar="PATH",
                        help="measure this footcoach binary instead of the build's (e.g. an "
                             "older commit's, for a before-and-after)")
    parser.add_argument("--servers", default=",".join(SOUND_SERVERS),
                        help="sound servers for the session (default: pulseaudio,pipewire)")
    parser.add_argument("--keep", metavar="DIR",
                        help="keep the session's recording and log in DIR")
    args = parser.parse_args()
    parts = args.only.split(",")

    if not args.no_build:
        build(args.build_dir)
    bins = binaries(args.build_dir, parts)
    if args.footcoach:
        bins["footcoach"] = os.path.abspath(args.footcoach)
    with open("/proc/loadavg") as f:
        load = f.read().split()[:3]
    log(f"load average before: {' '.join(load)} on {os.cpu_count()} cores")
    began = time.monotonic()

    desk = BenchDesktop()
    figures = []
    try:
        desk.start_display()
        desk.start_dbus()
        desk.start_audio()
        if "startup" in parts:
            log("startup and memory ...")
            figures += bench_startup(desk, bins, args.runs)
        if "idle" in parts:
            log(f"background idle, {args.idle_seconds} s ...")
            figures += bench_idle(desk, bins, args.idle_seconds)
        if "session" in parts:
            for server in args.servers.split(","):
                log(f"two-minute session on {server} ...")
                figures += bench_session(bins, server, not args.no_load, args.keep)
        if "history" in parts:
            log("ten years of history ...")
            figures += bench_history(desk, bins, args.runs)
    finally:
        desk.close()
    with open("/proc/loadavg") as f:
        load_after = f.read().split()[:3]
    print_table(figures, args.markdown)
    print(f"{'* ' if args.markdown else ''}{MAP_RUNS_PER_RUN * args.runs} runs for the first window and "
          f"{args.runs} for PSS, each program; "
          f"{time.monotonic() - began:.0f} s in all; load average before "
          f"{' '.join(load)}, after {' '.join(load_after)} ({os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
