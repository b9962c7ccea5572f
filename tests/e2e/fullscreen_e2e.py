#!/usr/bin/python3
"""End-to-end on X11: a reminder due while the active window is fullscreen waits, and
FootCoach's own reminder window (no notification service runs) never covers the fullscreen
window; it appears once the window leaves fullscreen.

A private Xvfb with openbox (which keeps _NET_ACTIVE_WINDOW), an xmessage window made
fullscreen with wmctrl, a private session bus without a notification daemon, and the app in
--background with libfaketime's clock 4 s before the morning slot.

usage: fullscreen_e2e.py FOOTCOACH_BINARY
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reminders_e2e import FAKETIME_LIB, Lines, refuse_missing, start_bus, stop_all, wait_for_line  # noqa: E402

REMINDER_TITLE = "FootCoach reminder"
HELD_S = 3.0


def windows(env):
    out = subprocess.run(["wmctrl", "-l"], env=env, capture_output=True, text=True, timeout=10)
    return out.stdout


def wait_until(predicate, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)  # an outside process's state, read from the test (not from the app)
    return predicate()


def start_xvfb(procs):
    """A private Xvfb on a free display; its name, once a client can open it. Once, in a fresh
    clone's sanitizer run, the display Xvfb reported could not be opened (xmessage: "Can't open
    display: :0") right after the previous test's server on it had ended; that server is then
    started afresh, once, and what happened is said."""
    for attempt in (1, 2):
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24",
                                 "-nolisten", "tcp"], pass_fds=(write_end,), stderr=subprocess.DEVNULL)
        procs.append(xvfb)
        os.close(write_end)
        display = ":" + Lines(os.fdopen(read_end, "rb")).next(30).strip()
        if display == ":":
            raise RuntimeError("Xvfb did not start")
        env = dict(os.environ, DISPLAY=display)
        if wait_until(lambda: subprocess.run(["xwininfo", "-root"], env=env, capture_output=True,
                                             timeout=10).returncode == 0, 10):
            return display
        print(f"Xvfb reported display {display}, which could not be opened (Xvfb "
              f"{'running' if xvfb.poll() is None else f'ended with {xvfb.poll()}'}; socket "
              f"{'there' if os.path.exists('/tmp/.X11-unix/X' + display[1:]) else 'missing'}); "
              f"attempt {attempt} of 2")
        xvfb.terminate()
        xvfb.wait(timeout=10)
    raise RuntimeError("no Xvfb display could be opened")


def main():
    binary = sys.argv[1]
    missing = [what for what, there in (
        (f"libfaketime ({FAKETIME_LIB})", os.path.exists(FAKETIME_LIB)),
        ("Xvfb (apt-get install xvfb)", shutil.which("Xvfb")),
        ("openbox (apt-get install openbox)", shutil.which("openbox")),
        ("wmctrl (apt-get install wmctrl)", shutil.which("wmctrl")),
        ("xmessage (apt-get install x11-utils)", shutil.which("xmessage")),
        ("xwininfo (apt-get install x11-utils)", shutil.which("xwininfo")),
        ("dbus-daemon (apt-get install dbus-daemon)", shutil.which("dbus-daemon"))) if not there]
    refused = refuse_missing(missing)
    if refused is not None:
        return refused
    tmp = tempfile.mkdtemp(prefix="footcoach-fullscreen-")
    procs, failures, log = [], [], []
    try:
        display = start_xvfb(procs)
        session, session_addr = start_bus(tmp, "session")
        procs.append(session)
        env = dict(os.environ, DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=session_addr,
                   DBUS_SYSTEM_BUS_ADDRESS="unix:path=" + os.path.join(tmp, "no-system-bus"),
                   HOME=tmp, XDG_CONFIG_HOME=os.path.join(tmp, "config"), XDG_RUNTIME_DIR=tmp,
                   QT_QPA_PLATFORM="xcb", TZ="UTC", LC_ALL="C.UTF-8")
        env.pop("WAYLAND_DISPLAY", None)
        # The window first: openbox adopts the windows already there when it starts (one mapped
        # while it was still starting up was sometimes left unmanaged).
        film_log = open(os.path.join(tmp, "xmessage.log"), "w")
        film = subprocess.Popen(["xmessage", "-name", "film", "-title", "film", "A film plays here"],
                                env=env, stderr=film_log)
        procs.append(film)
        # Mapped before openbox starts, so that openbox finds it among the windows already there
        # rather than in the moment it is setting itself up.
        if not wait_until(lambda: "IsViewable" in subprocess.run(
                ["xwininfo", "-name", "film"], env=env, capture_output=True, text=True,
                timeout=10).stdout, 30):
            raise RuntimeError(f"the xmessage window was not mapped (xmessage status {film.poll()}: "
                               f"{open(film_log.name).read().strip()!r})")
        procs.append(subprocess.Popen(["openbox"], env=env, stderr=subprocess.DEVNULL))
        if not wait_until(lambda: subprocess.run(["wmctrl", "-m"], env=env, capture_output=True).returncode == 0, 20):
            raise RuntimeError("openbox did not start")
        if not wait_until(lambda: " film" in windows(env), 30):
            raise RuntimeError(f"the xmessage window did not appear (xmessage status {film.poll()}; "
                               f"wmctrl -l: {windows(env)!r})")
        subprocess.run(["wmctrl", "-a", "film"], env=env, check=True, timeout=10)
        subprocess.run(["wmctrl", "-r", "film", "-b", "add,fullscreen"], env=env, check=True, timeout=10)

        data = os.path.join(tmp, "data")
        subprocess.run([binary, "--data-dir", data, "--reminders", "07:30,19:30"], env=env, check=True,
                       stdout=subprocess.DEVNULL, timeout=60)
        clock_file = os.path.join(tmp, "faketime")
        slot = datetime.datetime.now(datetime.timezone.utc).replace(hour=7, minute=30, second=0, microsecond=0)
        offset = int((slot - datetime.timedelta(seconds=4) - datetime.datetime.now(datetime.timezone.utc)).total_seconds())
        with open(clock_file, "w") as f:
            f.write(f"{offset:+d}\n")
        app = subprocess.Popen([binary, "--data-dir", data, "--background"],
                               env=dict(env, LD_PRELOAD=FAKETIME_LIB, FAKETIME_TIMESTAMP_FILE=clock_file,
                                        DONT_FAKE_MONOTONIC="1", QT_LOGGING_RULES="footcoach.reminders.info=true"),
                               stderr=subprocess.PIPE)
        procs.append(app)
        lines = Lines(app.stderr)
        line = wait_for_line(lines, "waiting", 60, log)
        if not line or "x11-fullscreen" not in line:
            failures.append("the reminder did not wait for the fullscreen window; log:\n" + "\n".join(log[-15:]))
        elif wait_until(lambda: REMINDER_TITLE in windows(env), HELD_S):
            failures.append("the reminder window appeared over the fullscreen window")
        else:
            subprocess.run(["wmctrl", "-r", "film", "-b", "remove,fullscreen"], env=env, check=True, timeout=10)
            if not wait_for_line(lines, "after-waiting", 30, log):
                failures.append("nothing was shown after fullscreen ended; log:\n" + "\n".join(log[-15:]))
            elif not wait_until(lambda: REMINDER_TITLE in windows(env), 20):
                failures.append("the reminder window did not appear after fullscreen ended:\n" + windows(env))
            else:
                shown = [w for w in windows(env).splitlines() if REMINDER_TITLE in w]
                print(f"held while fullscreen, then shown: {shown}")
                if len(shown) != 1:
                    failures.append(f"expected one reminder window, got {shown}")
    finally:
        stop_all(procs, tmp)
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
