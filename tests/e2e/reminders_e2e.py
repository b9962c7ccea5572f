#!/usr/bin/python3
"""End-to-end reminders: the real app in --background on private D-Bus buses, with a mock
notification daemon and a mock logind (python3-dbusmock), and a wall clock moved by libfaketime.

1. The clock starts 5 s before the morning slot: exactly one Notify, with the three actions.
2. PrepareForSleep(true), the clock jumps past the evening slot (within its grace), then
   PrepareForSleep(false): exactly one late evening reminder within 60 s.

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


def start_bus(tmp, name):
    proc = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                            stdout=subprocess.PIPE, text=True, cwd=tmp)
    address = proc.stdout.readline().strip()
    if not address:
        raise RuntimeError(f"the {name} bus did not start")
    return proc, address


def wait_for_line(proc, needle, timeout, seen):
    """Reads the process's stderr until a line contains needle; returns it or None."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stderr], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        line = proc.stderr.readline()
        if not line:
            break
        seen.append(line.rstrip())
        if needle in line:
            return line
    return None


def notify_calls(mock_log):
    with open(mock_log) as f:
        return [line for line in f if " Notify " in line]


def main():
    binary = sys.argv[1]
    if not os.path.exists(FAKETIME_LIB) or shutil.which("dbus-daemon") is None:
        print("SKIP: libfaketime or dbus-daemon missing")
        return 1
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
        session_bus = dbus.bus.BusConnection(session_addr)
        system_bus = dbus.bus.BusConnection(system_addr)
        deadline = time.monotonic() + 30
        while not (session_bus.name_has_owner("org.freedesktop.Notifications")
                   and system_bus.name_has_owner("org.freedesktop.login1")):
            if time.monotonic() > deadline:
                raise RuntimeError("the mock services did not appear on their buses")
            time.sleep(0.05)
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

        set_clock(morning - datetime.timedelta(seconds=5))
        app_env = dict(env, LD_PRELOAD=FAKETIME_LIB, FAKETIME_TIMESTAMP_FILE=clock_file,
                       FAKETIME_NO_CACHE="1", DONT_FAKE_MONOTONIC="1",
                       QT_LOGGING_RULES="footcoach.reminders.info=true;footcoach.app.info=true")
        app = subprocess.Popen([binary, "--data-dir", data, "--background"], env=app_env,
                               stderr=subprocess.PIPE, text=True)
        procs.append(app)
        log = []
        if not wait_for_line(app, "fire", 60, log):
            failures.append("no morning reminder fired; log:\n" + "\n".join(log[-15:]))
        else:
            # The notification arrives asynchronously after the log line.
            deadline = time.monotonic() + 20
            while len(notify_calls(mock_log)) < 1 and time.monotonic() < deadline:
                time.sleep(0.05)
            calls = notify_calls(mock_log)
            print(f"after the morning slot: {len(calls)} Notify call(s)")
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
            line = wait_for_line(app, "fire", 60, log)
            deadline = time.monotonic() + 20
            while len(notify_calls(mock_log)) < 2 and time.monotonic() < deadline:
                time.sleep(0.05)
            calls = notify_calls(mock_log)
            for c in calls:
                print("  " + c.strip()[:300])
            print(f"after waking: {len(calls)} Notify call(s), {time.monotonic() - woke:.2f} s after resume")
            if not line or "evening" not in line or "late" not in line:
                failures.append("no late evening reminder after waking; log:\n" + "\n".join(log[-15:]))
            if len(calls) != 2 or "evening" not in calls[-1]:
                failures.append(f"expected one more Notify (evening), got: {calls}")
            # A skipped wake-up must not remind again: emit another resume and expect nothing new.
            login1.EmitSignal("org.freedesktop.login1.Manager", "PrepareForSleep", "b", [False],
                              dbus_interface="org.freedesktop.DBus.Mock")
            line = wait_for_line(app, "next", 10, log)
            if len(notify_calls(mock_log)) != 2:
                failures.append("a second resume reminded again")
    finally:
        for p in reversed(procs):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    p.kill()
        shutil.rmtree(tmp, ignore_errors=True)
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
