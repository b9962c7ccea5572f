#!/usr/bin/python3
"""End-to-end reminders: the real app in --background on private D-Bus buses, with a mock
notification daemon and a mock logind (python3-dbusmock), and a wall clock moved by libfaketime.

1. The clock starts 5 s before the morning slot: exactly one Notify, with the three actions, at
   the slot and not before (it fires no earlier than the slot, and within a second after it).
2. PrepareForSleep(true), the clock jumps past the evening slot (within its grace), then
   PrepareForSleep(false): exactly one late evening reminder, its Notify within a second of the
   wake-up. A second wake-up reminds no more.

The Notify calls are watched with dbus-monitor on the private session bus: every wait is on a
pipe with a deadline. A missing prerequisite fails under CI=true and skips (exit 77, naming it)
elsewhere.

usage: reminders_e2e.py FOOTCOACH_BINARY
"""
import datetime
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time

import dbus  # Debian's python3-dbus, pulled in by python3-dbusmock

FAKETIME_LIB = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"
SKIP = 77  # SKIP_RETURN_CODE in CMakeLists.txt
# "At the slot": the reminder fires no earlier than the slot and at most this long after it;
# "within a second of waking": its Notify arrives at most this long after PrepareForSleep(false).
AT_SLOT_S = 1.0
AFTER_WAKING_S = 1.0


def in_ci():
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def stop_all(procs, tmp):
    """Ends the test's processes, newest first, and removes its folder."""
    for p in reversed(procs):
        if p.poll() is None:
            p.terminate()
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
    shutil.rmtree(tmp, ignore_errors=True)


def refuse_missing(missing):
    """None when nothing is missing; else the exit status, said with what is missing: a failure
    under CI=true, a skip elsewhere."""
    if not missing:
        return None
    if in_ci():
        print("FAIL: missing prerequisite (CI=true, so this fails rather than skips):",
              ", ".join(missing))
        return 1
    print("SKIP: missing prerequisite:", ", ".join(missing))
    return SKIP


def start_bus(tmp, name):
    proc = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                            stdout=subprocess.PIPE, text=True, cwd=tmp)
    address = proc.stdout.readline().strip()
    if not address:
        raise RuntimeError(f"the {name} bus did not start")
    return proc, address


class Lines:
    """A pipe's lines with deadlines. Reads the bytes itself: a buffered readline would keep
    lines that select() then cannot see."""

    def __init__(self, pipe):
        self.pipe, self.pending = pipe, b""

    def next(self, timeout):
        """The next line, or "" at the deadline or the end of the pipe."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.pending:
            ready, _, _ = select.select([self.pipe], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                return ""
            chunk = os.read(self.pipe.fileno(), 65536)
            if not chunk:
                return ""
            self.pending += chunk
        line, self.pending = self.pending.split(b"\n", 1)
        return line.decode("utf-8", "replace") + "\n"


def wait_for_line(lines, needle, timeout, seen):
    """Reads lines until one contains needle; returns it, or None at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        line = lines.next(deadline - time.monotonic())
        if not line:
            return None
        seen.append(line.rstrip())
        if needle in line:
            return line


class NotifyWatch:
    """dbus-monitor on the session bus, reporting each Notify method call once all its eight
    arguments have been printed (one text per call: summary, body, actions...)."""

    def __init__(self, address, env):
        self.proc = subprocess.Popen(
            ["dbus-monitor", "--address", address,
             "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"],
            stdout=subprocess.PIPE, env=env)
        self._lines = Lines(self.proc.stdout)
        self.calls, self._block, self._args, self.last_at = [], None, 0, None
        # It prints its own NameAcquired signal once it is monitoring.
        if not self._lines.next(10):
            raise RuntimeError("dbus-monitor did not start")

    def wait_for(self, count, timeout):
        """Reads until count Notify calls have been seen; returns the monotonic time the last one
        arrived at, or None at the deadline."""
        deadline = time.monotonic() + timeout
        while len(self.calls) < count:
            line = self._lines.next(deadline - time.monotonic())
            if not line:
                return None
            if line.startswith("method call") and "member=Notify" in line:
                self._block, self._args = [line], 0
            elif self._block is not None:
                self._block.append(line)
                # The eight arguments are the lines indented by exactly three spaces, bar the
                # closing brackets of the two arrays.
                if line.startswith("   ") and not line.startswith("    ") and line.strip() != "]":
                    self._args += 1
                    if self._args == 8:
                        self.calls.append("".join(self._block))
                        self._block = None
                        self.last_at = time.monotonic()
        return self.last_at


def main():
    binary = sys.argv[1]
    missing = [what for what, there in (
        (f"libfaketime ({FAKETIME_LIB}, apt-get install libfaketime)", os.path.exists(FAKETIME_LIB)),
        ("dbus-daemon (apt-get install dbus-daemon)", shutil.which("dbus-daemon")),
        ("dbus-monitor (apt-get install dbus-bin)", shutil.which("dbus-monitor")),
        ("gdbus (apt-get install libglib2.0-bin)", shutil.which("gdbus"))) if not there]
    refused = refuse_missing(missing)
    if refused is not None:
        return refused
    tmp = tempfile.mkdtemp(prefix="footcoach-reminders-")
    procs, failures = [], []
    try:
        session, session_addr = start_bus(tmp, "session")
        system, system_addr = start_bus(tmp, "system")
        procs += [session, system]
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=session_addr, DBUS_SYSTEM_BUS_ADDRESS=system_addr,
                   HOME=tmp, XDG_CONFIG_HOME=os.path.join(tmp, "config"), XDG_RUNTIME_DIR=tmp,
                   QT_QPA_PLATFORM="offscreen", TZ="UTC", LC_ALL="C.UTF-8")
        env.pop("DISPLAY", None)
        mock_log = os.path.join(tmp, "notifications.log")
        notifier = subprocess.Popen(["/usr/bin/python3", "-m", "dbusmock", "--template", "notification_daemon",
                                     "-l", mock_log], env=env, stdout=subprocess.DEVNULL)
        logind = subprocess.Popen(["/usr/bin/python3", "-m", "dbusmock", "--system", "--template", "logind"],
                                  env=env, stdout=subprocess.DEVNULL)
        procs += [notifier, logind]
        for address, name in ((session_addr, "org.freedesktop.Notifications"),
                              (system_addr, "org.freedesktop.login1")):
            if subprocess.run(["gdbus", "wait", "--address", address, "--timeout", "30", name],
                              env=env, timeout=40).returncode != 0:
                raise RuntimeError(f"the mock service {name} did not appear on its bus")
        system_bus = dbus.bus.BusConnection(system_addr)
        watch = NotifyWatch(session_addr, env)
        procs.append(watch.proc)
        login1 = system_bus.get_object("org.freedesktop.login1", "/org/freedesktop/login1")

        data = os.path.join(tmp, "data")
        subprocess.run([binary, "--data-dir", data, "--reminders", "07:30,19:30"], env=env, check=True,
                       stdout=subprocess.DEVNULL, timeout=60)

        # The fake clock: an offset from real time, in a file the app's libfaketime re-reads.
        now = datetime.datetime.now(datetime.timezone.utc)
        morning = now.replace(hour=7, minute=30, second=0, microsecond=0)
        clock_file = os.path.join(tmp, "faketime")

        def set_clock(target):
            offset = int((target - datetime.datetime.now(datetime.timezone.utc)).total_seconds())
            with open(clock_file + ".new", "w") as f:
                f.write(f"{offset:+d}\n")
            os.replace(clock_file + ".new", clock_file)
            return offset

        # The app's clock is the real one plus offset: it reaches the slot when the real clock
        # reaches the slot minus offset.
        offset = set_clock(morning - datetime.timedelta(seconds=5))
        slot_in_real_time = morning.timestamp() - offset
        app_env = dict(env, LD_PRELOAD=FAKETIME_LIB, FAKETIME_TIMESTAMP_FILE=clock_file,
                       FAKETIME_NO_CACHE="1", DONT_FAKE_MONOTONIC="1",
                       QT_LOGGING_RULES="footcoach.reminders.info=true;footcoach.app.info=true")
        app = subprocess.Popen([binary, "--data-dir", data, "--background"], env=app_env,
                               stderr=subprocess.PIPE)
        app_lines = Lines(app.stderr)
        procs.append(app)
        log = []
        if not wait_for_line(app_lines, "fire", 60, log):
            failures.append("no morning reminder fired; log:\n" + "\n".join(log[-15:]))
        else:
            fired = time.time() - slot_in_real_time
            # The notification arrives asynchronously after the log line.
            watch.wait_for(1, 20)
            calls = watch.calls
            print(f"after the morning slot: {len(calls)} Notify call(s); fired {fired:+.3f} s from the slot")
            if fired < 0:
                failures.append(f"the morning reminder fired {-fired:.3f} s before its slot")
            elif fired > AT_SLOT_S:
                failures.append(f"the morning reminder fired {fired:.3f} s after its slot, not at it "
                                f"(at most {AT_SLOT_S} s)")
            if len(calls) != 1:
                failures.append(f"expected exactly one Notify, got {len(calls)}: {calls}")
            elif not all(a in calls[0] for a in ("start", "snooze", "skip")) or "morning" not in calls[0]:
                failures.append(f"the Notify call lacks the three actions or the slot: {calls[0]}")

            # Asleep across the evening slot; wake 10 minutes after it, within the grace window.
            login1.EmitSignal("org.freedesktop.login1.Manager", "PrepareForSleep", "b", [True],
                              dbus_interface="org.freedesktop.DBus.Mock")
            evening = morning.replace(hour=19, minute=40)
            set_clock(evening)
            woke = time.monotonic()
            login1.EmitSignal("org.freedesktop.login1.Manager", "PrepareForSleep", "b", [False],
                              dbus_interface="org.freedesktop.DBus.Mock")
            line = wait_for_line(app_lines, "fire", 60, log)
            notified = watch.wait_for(2, 20)
            calls = watch.calls
            for c in calls:
                print("  " + " ".join(c.split())[:300])
            after = None if notified is None else notified - woke
            print(f"after waking: {len(calls)} Notify call(s)"
                  + ("" if after is None else f", the last {after:.3f} s after resume"))
            if after is not None and after > AFTER_WAKING_S:
                failures.append(f"the late reminder's Notify came {after:.3f} s after waking, not within "
                                f"{AFTER_WAKING_S} s")
            if not line or "evening" not in line or "late" not in line:
                failures.append("no late evening reminder after waking; log:\n" + "\n".join(log[-15:]))
            if len(calls) != 2 or "evening" not in calls[-1]:
                failures.append(f"expected one more Notify (evening), got: {calls}")
            # A skipped wake-up must not remind again: emit another resume and expect nothing new.
            login1.EmitSignal("org.freedesktop.login1.Manager", "PrepareForSleep", "b", [False],
                              dbus_interface="org.freedesktop.DBus.Mock")
            line = wait_for_line(app_lines, "next", 10, log)
            if watch.wait_for(3, 2) is not None or len(watch.calls) != 2:
                failures.append("a second resume reminded again")
    finally:
        stop_all(procs, tmp)
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
