#!/usr/bin/python3
"""End-to-end: a reminder waits until the user can act on it, and an extra session leaves the
next reminder in place. The real app on private D-Bus buses with mock services
(python3-dbusmock) and a wall clock moved by libfaketime, as in reminders_e2e.py.

1. org.freedesktop.ScreenSaver says active (locked) at the morning slot: no Notify until it
   emits ActiveChanged(false), then exactly one.
2. logind's session has LockedHint true at the morning slot: no Notify until the hint is
   cleared (PropertiesChanged), then exactly one.
3. GNOME's idle monitor says the user has been idle for 11 minutes: no Notify until its
   user-active watch fires, then exactly one.
4. KDE's GetSessionIdleTime says 11 minutes: no Notify until it says the user is back (asked
   again while the reminder waits), then exactly one.
5. A session started at 14:00, outside both slots' windows, is an extra one: the evening
   reminder still comes at 19:30 (before, it counted for the evening and cancelled it).

usage: availability_e2e.py FOOTCOACH_BINARY
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import time

import dbus

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reminders_e2e import FAKETIME_LIB, Lines, NotifyWatch, refuse_missing, start_bus, wait_for_line  # noqa: E402

MOCK = "org.freedesktop.DBus.Mock"
# How long "no Notify while locked" is watched for after the reminder was held back.
HELD_S = 3.0


class Desktop:
    """Private session and system buses with a mock notification daemon and logind, plus
    whatever mock the case adds; and a fake clock file for the app."""

    def __init__(self, tmp):
        self.tmp, self.procs = tmp, []
        session, self.session_addr = start_bus(tmp, "session")
        system, self.system_addr = start_bus(tmp, "system")
        self.procs += [session, system]
        self.env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=self.session_addr,
                        DBUS_SYSTEM_BUS_ADDRESS=self.system_addr, HOME=tmp,
                        XDG_CONFIG_HOME=os.path.join(tmp, "config"), XDG_RUNTIME_DIR=tmp,
                        QT_QPA_PLATFORM="offscreen", TZ="UTC", LC_ALL="C.UTF-8")
        self.env.pop("DISPLAY", None)
        self.env.pop("XDG_SESSION_ID", None)
        self.mock("--template", "notification_daemon")
        self.mock("--system", "--template", "logind")
        self.wait_for_name(self.session_addr, "org.freedesktop.Notifications")
        self.wait_for_name(self.system_addr, "org.freedesktop.login1")
        self.watch = NotifyWatch(self.session_addr, self.env)
        self.procs.append(self.watch.proc)
        self.clock_file = os.path.join(tmp, "faketime")

    def mock(self, *args):
        self.procs.append(subprocess.Popen(["/usr/bin/python3", "-m", "dbusmock", *args],
                                           env=self.env, stdout=subprocess.DEVNULL))

    def wait_for_name(self, address, name):
        if subprocess.run(["gdbus", "wait", "--address", address, "--timeout", "30", name],
                          env=self.env, timeout=40).returncode != 0:
            raise RuntimeError(f"the mock service {name} did not appear on its bus")

    def set_clock(self, target):
        offset = int((target - datetime.datetime.now(datetime.timezone.utc)).total_seconds())
        with open(self.clock_file + ".new", "w") as f:
            f.write(f"{offset:+d}\n")
        os.replace(self.clock_file + ".new", self.clock_file)

    def start_app(self, binary, data, *args, extra_env=None):
        subprocess.run([binary, "--data-dir", data, "--reminders", "07:30,19:30"], env=self.env,
                       check=True, stdout=subprocess.DEVNULL, timeout=60)
        app_env = dict(self.env, LD_PRELOAD=FAKETIME_LIB, FAKETIME_TIMESTAMP_FILE=self.clock_file,
                       FAKETIME_NO_CACHE="1", DONT_FAKE_MONOTONIC="1",
                       QT_LOGGING_RULES="footcoach.reminders.info=true")
        app_env.update(extra_env or {})
        app = subprocess.Popen([binary, "--data-dir", data, *args], env=app_env,
                               stderr=subprocess.PIPE)
        self.procs.append(app)
        return Lines(app.stderr)

    def close(self):
        for p in reversed(self.procs):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    p.kill()


def slot(hour, minute):
    return datetime.datetime.now(datetime.timezone.utc).replace(hour=hour, minute=minute, second=0,
                                                                microsecond=0)


def held_then_shown(desktop, lines, unlock, what):
    """The reminder must be held back (logged "waiting", no Notify), then shown exactly once
    after unlock(). Returns the failures."""
    failures, log = [], []
    if not wait_for_line(lines, "waiting", 60, log):
        return [f"{what}: the reminder did not wait; log:\n" + "\n".join(log[-15:])]
    if desktop.watch.wait_for(1, HELD_S) is not None:
        return [f"{what}: a Notify came while locked: {desktop.watch.calls}"]
    unlocked = time.monotonic()
    unlock()
    if not wait_for_line(lines, "after-waiting", 30, log):
        failures.append(f"{what}: nothing was shown after unlocking; log:\n" + "\n".join(log[-15:]))
    shown = desktop.watch.wait_for(1, 20)
    if shown is None:
        failures.append(f"{what}: no Notify after unlocking")
    else:
        print(f"{what}: held back, then one Notify {shown - unlocked:.3f} s after it ended")
    if desktop.watch.wait_for(2, 2) is not None:
        failures.append(f"{what}: more than one Notify: {desktop.watch.calls}")
    elif desktop.watch.calls and "morning" not in desktop.watch.calls[0]:
        failures.append(f"{what}: the Notify is not the morning's: {desktop.watch.calls[0]}")
    return failures


def screensaver_case(binary, tmp):
    desktop = Desktop(tmp)
    try:
        desktop.mock("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                     "org.freedesktop.ScreenSaver")
        desktop.wait_for_name(desktop.session_addr, "org.freedesktop.ScreenSaver")
        saver = dbus.bus.BusConnection(desktop.session_addr).get_object(
            "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver")
        saver.AddMethod("org.freedesktop.ScreenSaver", "GetActive", "", "b", "ret = True",
                        dbus_interface=MOCK)
        desktop.set_clock(slot(7, 30) - datetime.timedelta(seconds=4))
        lines = desktop.start_app(binary, os.path.join(tmp, "data"), "--background")

        def unlock():
            saver.AddMethod("org.freedesktop.ScreenSaver", "GetActive", "", "b", "ret = False",
                            dbus_interface=MOCK)
            saver.EmitSignal("org.freedesktop.ScreenSaver", "ActiveChanged", "b", [False],
                             dbus_interface=MOCK)
        return held_then_shown(desktop, lines, unlock, "ScreenSaver active")
    finally:
        desktop.close()


def logind_case(binary, tmp):
    desktop = Desktop(tmp)
    try:
        system = dbus.bus.BusConnection(desktop.system_addr)
        login1 = system.get_object("org.freedesktop.login1", "/org/freedesktop/login1")
        path = login1.AddSession("c7", "seat0", dbus.UInt32(os.getuid()), "user", True,
                                 dbus_interface=MOCK)
        session = system.get_object("org.freedesktop.login1", path)
        session.SetLockedHint(True, dbus_interface="org.freedesktop.login1.Session")
        desktop.set_clock(slot(7, 30) - datetime.timedelta(seconds=4))
        lines = desktop.start_app(binary, os.path.join(tmp, "data"), "--background",
                                  extra_env={"XDG_SESSION_ID": "c7"})

        def unlock():
            session.SetLockedHint(False, dbus_interface="org.freedesktop.login1.Session")
        return held_then_shown(desktop, lines, unlock, "logind LockedHint")
    finally:
        desktop.close()


def mutter_idle_case(binary, tmp):
    desktop = Desktop(tmp)
    try:
        iface = "org.gnome.Mutter.IdleMonitor"
        desktop.mock(iface, "/org/gnome/Mutter/IdleMonitor/Core", iface)
        desktop.wait_for_name(desktop.session_addr, iface)
        monitor = dbus.bus.BusConnection(desktop.session_addr).get_object(
            iface, "/org/gnome/Mutter/IdleMonitor/Core")
        monitor.AddMethods(iface, [("AddIdleWatch", "t", "u", "ret = dbus.UInt32(1)"),
                                   ("AddUserActiveWatch", "", "u", "ret = dbus.UInt32(2)"),
                                   ("GetIdletime", "", "t", "ret = dbus.UInt64(11 * 60 * 1000)")],
                           dbus_interface=MOCK)
        desktop.set_clock(slot(7, 30) - datetime.timedelta(seconds=4))
        lines = desktop.start_app(binary, os.path.join(tmp, "data"), "--background")

        def back():
            monitor.EmitSignal(iface, "WatchFired", "u", [dbus.UInt32(2)], dbus_interface=MOCK)
        return held_then_shown(desktop, lines, back, "GNOME idle monitor")
    finally:
        desktop.close()


def kde_idle_case(binary, tmp):
    desktop = Desktop(tmp)
    try:
        iface = "org.freedesktop.ScreenSaver"
        desktop.mock(iface, "/ScreenSaver", iface)
        desktop.wait_for_name(desktop.session_addr, iface)
        saver = dbus.bus.BusConnection(desktop.session_addr).get_object(iface, "/ScreenSaver")
        saver.AddMethod(iface, "GetSessionIdleTime", "", "u", "ret = dbus.UInt32(11 * 60 * 1000)",
                        dbus_interface=MOCK)
        desktop.set_clock(slot(7, 30) - datetime.timedelta(seconds=4))
        lines = desktop.start_app(binary, os.path.join(tmp, "data"), "--background")

        def back():
            saver.AddMethod(iface, "GetSessionIdleTime", "", "u", "ret = dbus.UInt32(200)",
                            dbus_interface=MOCK)
        # Asked again every 15 s while the reminder waits.
        return held_then_shown(desktop, lines, back, "KDE idle time")
    finally:
        desktop.close()


def extra_session_case(binary, tmp):
    desktop = Desktop(tmp)
    failures, log = [], []
    try:
        login1 = dbus.bus.BusConnection(desktop.system_addr).get_object(
            "org.freedesktop.login1", "/org/freedesktop/login1")
        desktop.set_clock(slot(14, 0))
        lines = desktop.start_app(binary, os.path.join(tmp, "data"), "--start-session",
                                  extra_env={"QT_LOGGING_RULES":
                                             "footcoach.reminders.info=true;footcoach.session.info=true"})
        if not wait_for_line(lines, "phase 0", 60, log):
            return ["the session did not start; log:\n" + "\n".join(log[-15:])]
        if not wait_for_line(lines, "next", 30, log):
            return ["no reminder was planned; log:\n" + "\n".join(log[-15:])]
        # Five seconds before the evening slot; a wake-up makes the app plan again from there.
        desktop.set_clock(slot(19, 30) - datetime.timedelta(seconds=5))
        for going in (True, False):
            login1.EmitSignal("org.freedesktop.login1.Manager", "PrepareForSleep", "b", [going],
                              dbus_interface=MOCK)
        line = wait_for_line(lines, "fire", 30, log)
        if not line or "evening" not in line:
            failures.append("after an extra session at 14:00 no evening reminder came; log:\n"
                            + "\n".join(log[-15:]))
        if desktop.watch.wait_for(1, 20) is None or "evening" not in desktop.watch.calls[0]:
            failures.append(f"no evening Notify after the extra session: {desktop.watch.calls}")
        else:
            print("extra session at 14:00: the evening reminder still came")
    finally:
        desktop.close()
    return failures


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
    failures = []
    for case in (screensaver_case, logind_case, mutter_idle_case, kde_idle_case, extra_session_case):
        tmp = tempfile.mkdtemp(prefix="footcoach-availability-")
        try:
            failures += case(binary, tmp)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
