#!/usr/bin/python3
"""End-to-end: what a screen reader user hears of a session.

The real app runs a short routine on a private X display, a private D-Bus session bus and a
private AT-SPI bus (at-spi2-core's bus launcher; the registry is started by the bus), with Qt's
bridge always on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1). Two listeners follow it:

- a recorder (this script with --record, Debian's pyatspi) that logs the AT-SPI events a screen
  reader acts on without focus or with it: a notification that comes to show, focus changes;
- Orca itself, headless (speech and braille disabled, so nothing sounds), whose debug log says
  what it would speak ("SPEECH OUTPUT: ...").

The user tabs to Back, as someone following the session by keyboard would, and stays there.
Then, for the whole session:
1. exactly one notification per phase, with the phase's words, in order (AT-SPI);
2. no focus event from the moment Back has the keyboard until the summary takes it at the end
   (the step list used to claim it at every phase);
3. Orca says each of those announcements exactly once, and says nothing else meanwhile: no
   step read out, no lost place, no progress-bar report ("40 percent") cutting one off.

Every wait reads a pipe with a deadline. A missing prerequisite fails under CI=true and skips
(exit 77, naming it) elsewhere.

usage: screen_reader_e2e.py FOOTCOACH_BINARY ROUTINE_FILE
       screen_reader_e2e.py --record          (the recorder; prints one JSON line per event)
       screen_reader_e2e.py --orca ARGS...     (Orca with a line-buffered debug log)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reminders_e2e import refuse_missing  # noqa: E402
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
REGISTRY = "/usr/libexec/at-spi2-registryd"
ORCA = "/usr/bin/orca"
# The AT-SPI events the recorder logs.
EVENTS = ["object:state-changed:showing", "object:state-changed:focused", "focus:",
          "window:activate"]


def record():
    """The recorder: one JSON line per event, flushed, after a first line "ready"."""
    import pyatspi

    def on_event(event):
        try:
            role, name = event.source.getRoleName(), event.source.name
        except Exception:  # the source is gone already
            role, name = "", ""
        print(json.dumps({"t": time.monotonic(), "type": event.type, "d1": event.detail1,
                          "role": role, "name": name}), flush=True)

    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(on_event, kind)
    print("ready", flush=True)
    pyatspi.Registry.start()  # until its parent ends it


def orca(args):
    """Orca as installed, except that its debug log is written line by line (Orca opens it
    block-buffered, so its last lines would arrive only when it exits)."""
    import builtins
    import runpy
    real_open = builtins.open

    def open_line_buffered(file, mode="r", *rest, **kw):
        if file == "/dev/stdout" and "w" in mode:
            kw["buffering"] = 1
        return real_open(file, mode, *rest, **kw)

    builtins.open = open_line_buffered
    sys.argv = [ORCA] + args
    runpy.run_path(ORCA, run_name="__main__")


class Lines:
    """A child's output lines, read by a thread as they come; waits have deadlines."""

    def __init__(self, pipe, name):
        self.lines, self.name, self.done = [], name, False
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._read, args=(pipe,), daemon=True)
        self._thread.start()

    def _read(self, pipe):
        for raw in iter(pipe.readline, b""):
            with self._cond:
                self.lines.append(raw.decode("utf-8", "replace").rstrip("\n"))
                self._cond.notify_all()
        with self._cond:
            self.done = True
            self._cond.notify_all()

    def wait_for(self, test, timeout, start=0):
        """The index of the first line from start on that passes test, or None at the deadline
        or the end of the output."""
        deadline = time.monotonic() + timeout
        with self._cond:
            i = start
            while True:
                while i < len(self.lines):
                    if test(self.lines[i]):
                        return i
                    i += 1
                left = deadline - time.monotonic()
                if self.done or left <= 0:
                    return None
                self._cond.wait(left)


def seconds(n):
    return f"{n} second" if n == 1 else f"{n} seconds"


def planned_announcements(routine):
    """What the app says at each phase, in English, as core's Words::phaseAnnouncement words it
    and SessionPlan orders the phases (phases of no seconds are left out)."""
    said = []
    if routine.get("prepareSeconds", 5) > 0:
        said.append(f"Get ready: the session starts in {seconds(routine.get('prepareSeconds', 5))}")
    for e in routine["exercises"]:
        for s, side in enumerate(e["sides"]):
            leg = {"left": "Left leg", "right": "Right leg", "both": "Both legs"}[side]
            if e.get("positionSeconds", 8) > 0:
                if s == 0:
                    said.append(f"{e['title']}. {leg}: get into position")
                else:
                    said.append(f"Switch to the {side} leg" if side != "both" else "Switch legs")
            for rep in range(1, e["reps"] + 1):
                said.append(f"{leg}, rep {rep} of {e['reps']}: hold for {seconds(e['holdSeconds'])}")
                if rep < e["reps"] and e.get("restSeconds", 5) > 0:
                    said.append(f"Relax for {seconds(e.get('restSeconds', 5))}")
    said.append("All done: the session is over")
    return said


def missing_prerequisites():
    missing = [what for what, there in (
        ("Xvfb (apt-get install xvfb)", shutil.which("Xvfb")),
        ("xdotool (apt-get install xdotool)", shutil.which("xdotool")),
        ("dbus-daemon (apt-get install dbus-daemon)", shutil.which("dbus-daemon")),
        ("gdbus (apt-get install libglib2.0-bin)", shutil.which("gdbus")),
        (f"{BUS_LAUNCHER} and {REGISTRY} (apt-get install at-spi2-core)",
         os.path.exists(BUS_LAUNCHER) and os.path.exists(REGISTRY)),
        (f"Orca ({ORCA}, apt-get install orca)", os.path.exists(ORCA))) if not there]
    # Found, not imported: importing pyatspi connects to an accessibility bus.
    probe = subprocess.run(["/usr/bin/python3", "-c", "import importlib.util as u; "
                            "assert u.find_spec('pyatspi') and u.find_spec('orca.orca')"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        why = (probe.stderr.strip().splitlines() or ["?"])[-1]
        missing.append(f"pyatspi and Orca for /usr/bin/python3 (apt-get install python3-pyatspi "
                       f"orca): {why}")
    return missing


def start_accessibility_bus(desk):
    """A private session bus and, on it, the AT-SPI bus launcher; returns the bus processes."""
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                           env=desk.env, cwd=desk.tmp)
    desk.procs.append(bus)
    address = bus.stdout.readline().strip()
    if not address:
        raise RuntimeError("the private session bus did not start")
    desk.env["DBUS_SESSION_BUS_ADDRESS"] = address
    desk.env["GSETTINGS_BACKEND"] = "memory"  # Orca's settings stay in this run
    desk.env.pop("AT_SPI_BUS_ADDRESS", None)
    launcher = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately", "--a11y=1"], env=desk.env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    desk.procs.append(launcher)
    if subprocess.run(["gdbus", "wait", "--address", address, "--timeout", "30", "org.a11y.Bus"],
                      env=desk.env, timeout=40).returncode != 0:
        raise RuntimeError("the AT-SPI bus launcher did not appear on the session bus")


def press(desk, key):
    subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "FootCoach",
                    "windowfocus", "--sync", "key", key], env=desk.env, check=False, timeout=30,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def events(recorder, start=0):
    return [json.loads(line) for line in recorder.lines[start:] if line.startswith("{")]


def is_focus(e):
    return e["type"] == "focus:" or (e["type"] == "object:state-changed:focused" and e["d1"] == 1)


def phases_entered(log):
    """The app's "phase N ..." log lines (footcoach.session.info)."""
    return [line for line in log.lines if re.search(r"\bphase \d+ ", line)]


def is_shown(e, name=None):
    """A notification came to show (what Orca speaks), with that name if one is given."""
    return (e["type"] == "object:state-changed:showing" and e["d1"] == 1 and
            e["role"] == "notification" and (name is None or e["name"] == name))


def spoken(orca_lines):
    """What Orca would have said, in order, without its trailing full stop."""
    said = []
    for line in orca_lines:
        # SPEECH OUTPUT: 'words'{voice settings}, maybe with " voice=NAME" between
        m = re.search(r"SPEECH OUTPUT: '(.*)'(?: voice=\S+)?(?:\{.*\})?\s*$", line)
        if m:
            said.append(m.group(1).rstrip(".").strip())
    return said


def main():
    binary, routine_path = sys.argv[1], sys.argv[2]
    missing = missing_prerequisites()
    refused = refuse_missing(missing)
    if refused is not None:
        return refused
    from harness import Desktop

    with open(routine_path) as f:
        routine = json.load(f)
    planned = planned_announcements(routine)
    desk = Desktop()
    failures, children = [], []
    try:
        desk.start_display()
        start_accessibility_bus(desk)
        me = os.path.abspath(__file__)
        rec = subprocess.Popen(["/usr/bin/python3", me, "--record"], env=desk.env,
                               stdout=subprocess.PIPE)
        children.append(rec)
        recorder = Lines(rec.stdout, "recorder")
        if recorder.wait_for(lambda l: l == "ready", 60) is None:
            raise RuntimeError("the AT-SPI recorder did not start")
        prefs = os.path.join(desk.tmp, "orca")
        os.makedirs(prefs)
        screen_reader = subprocess.Popen(
            ["/usr/bin/python3", me, "--orca", "-u", prefs, "-d", "speech", "-d", "braille",
             "--debug-file", "/dev/stdout"], env=desk.env, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL)
        children.append(screen_reader)
        heard = Lines(screen_reader.stdout, "orca")
        if heard.wait_for(lambda l: "Startup complete" in l, 60) is None:
            raise RuntimeError("Orca did not start:\n" + "\n".join(heard.lines[-20:]))

        env = dict(desk.env, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                   QT_LOGGING_RULES="footcoach.session.info=true")
        app = subprocess.Popen([binary, "--data-dir", os.path.join(desk.tmp, "data"), "--routine",
                                routine_path, "--start-session", "--slot", "morning"],
                               env=env, stderr=subprocess.PIPE)
        children.append(app)
        log = Lines(app.stderr, "app")

        # The window is up with the session screen focused; the user tabs to Back.
        if recorder.wait_for(lambda l: '"window:activate"' in l, 60) is None:
            raise RuntimeError("the app's window never became active")
        on_back = None
        for presses in range(1, 9):
            seen = len(recorder.lines)
            press(desk, "Tab")
            on_back = recorder.wait_for(
                lambda l: l.startswith("{") and is_focus(json.loads(l)) and
                json.loads(l)["name"] == "Back", 5, seen)
            if on_back is not None:
                break
        if on_back is None:
            raise RuntimeError("Tab never reached the Back button")
        print(f"Back has the keyboard after {presses} Tab presses, in phase "
              f"{len(phases_entered(log)) - 1}")
        back_said = heard.wait_for(lambda l: "SPEECH OUTPUT: 'Back" in l, 20)

        if log.wait_for(lambda l: "session finished" in l, 120) is None:
            failures.append("the session did not finish; log:\n" + "\n".join(log.lines[-20:]))
        done = planned[-1]
        recorder.wait_for(lambda l: l.startswith("{") and is_shown(json.loads(l), done), 30)
        heard.wait_for(lambda l: "SPEECH OUTPUT: 'notification " + done in l, 30)
        phases = phases_entered(log)

        # 1. One notification per phase, each with its words.
        shown = [e["name"] for e in events(recorder) if is_shown(e)]
        print(f"phases entered: {len(phases)}; notifications shown: {len(shown)}")
        for s in shown:
            print("  notification:", s)
        if len(phases) != len(planned):
            failures.append(f"the app went through {len(phases)} phases, the routine plans "
                            f"{len(planned)}")
        if shown != planned:
            failures.append(f"notifications shown {shown}, expected one per phase: {planned}")

        # 2. No focus event while Back has the keyboard; the summary takes it at the end only.
        after = events(recorder, on_back + 1)
        done_at = next((i for i, e in enumerate(after) if is_shown(e, done)), len(after))
        jumps = [f"{e['role']} '{e['name']}'" for e in after[:done_at]
                 if is_focus(e) and e["name"] != "Back"]
        print(f"focus events while Back had the keyboard: {len(jumps)}")
        if jumps:
            failures.append(f"focus moved by itself during the session: {jumps}")

        # 3. What Orca says: each announcement once, and nothing else from the first
        # announcement after it read out Back until the last one.
        said = spoken(heard.lines[back_said + 1:] if back_said is not None else heard.lines)
        begin = next((i for i, s in enumerate(said) if s.startswith("notification ")), 0)
        end = next((i for i, s in enumerate(said) if s == "notification " + done), len(said))
        during = said[begin:end + 1]
        print("Orca said, from Back on:")
        for s in during:
            print("  " + s)
        announced = [s[len("notification "):] for s in spoken(heard.lines)
                     if s.startswith("notification ")]
        if announced != planned:
            failures.append(f"Orca announced {announced}, expected each phase once: {planned}")
        other = [s for s in during if not s.startswith("notification ")]
        if other:
            failures.append(f"Orca said more than the phases while Back had the keyboard: {other}")
    finally:
        for child in reversed(children):
            if child.poll() is None:
                child.terminate()
                try:
                    child.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    child.kill()
                    child.wait(timeout=10)
        desk.close()

    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--record":
        record()
    elif len(sys.argv) > 1 and sys.argv[1] == "--orca":
        orca(sys.argv[2:])
    else:
        sys.exit(main())
