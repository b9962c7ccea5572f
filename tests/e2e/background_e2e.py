#!/usr/bin/python3
"""End-to-end: reminders outlive the window, and the first start's question, on X11 or Wayland.

The real app (windowed, as started from the menu) on a private desktop: Xvfb with openbox (no
tray, like GNOME without an AppIndicator extension) or weston's headless compositor with
QT_QPA_PLATFORM=wayland; a private D-Bus session bus with a mock notification daemon
(python3-dbusmock); a wall clock moved by libfaketime. The user's actions go through the window
manager and the keyboard on X11 (wmctrl, xdotool), through the accessibility bus on Wayland
(pyatspi: weston's headless backend has no input devices), as a screen reader user's would.

1. First start, the clock 20 s before the morning slot: the question comes; answered "no": no
   autostart entry. The window is closed before the slot: FootCoach keeps running and says once
   where it went; exactly one Notify at the slot (no earlier, within a second). Its "start" action
   opens the window on a session, which runs to its end and is saved. Closing again says nothing
   more. A second launch exits 0 and the running instance opens its window. File > Quit ends it
   with status 0.
2. Another first start answered "yes": the autostart entry starts `footcoach --background` with
   this data directory.

Screenshots of the question and the first close's message go to ARTEFACTS.

usage: background_e2e.py x11|wayland FOOTCOACH_BINARY ARTEFACTS ROUTINE
"""
import datetime
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Desktop  # noqa: E402
from reminders_e2e import FAKETIME_LIB, Lines, NotifyWatch, SKIP, in_ci, start_bus  # noqa: E402

AT_SLOT_S = 1.0
TITLE = "FootCoach"
QUESTION_TITLE = "Reminders"  # the question's and the first close's window title


class AppLog:
    """The app's log lines (standard error), each read once, with deadlines."""

    def __init__(self, app):
        self.lines, self.seen = Lines(app.stderr), []

    def wait_for(self, needle, timeout):
        deadline = time.monotonic() + timeout
        while True:
            line = self.lines.next(max(0.0, deadline - time.monotonic()))
            if not line:
                return None
            self.seen.append(line.rstrip())
            if needle in line:
                return line

    def tail(self):
        return "\n".join(self.seen[-20:])


class X11User:
    """A user at an X11 desktop: keyboard and window manager."""

    def __init__(self, desktop):
        self.d = desktop

    def screenshot(self, name):
        self.d.screenshot(name)

    def _xdo(self, *args):
        return subprocess.run(["xdotool", *args], env=self.d.env, timeout=30, check=False,
                              capture_output=True, text=True)

    def _find(self, title):
        """The id of the visible window whose title starts with title, or "". xdotool stops at an
        X error, as when a window goes while it looks, so one failed look is not an answer."""
        r = self._xdo("search", "--onlyvisible", "--name", f"^{title}")
        return r.stdout.split()[0] if r.returncode == 0 and r.stdout.strip() else ""

    def wait_window(self, title):
        return until(lambda: self._find(title) != "", 20)

    def window_visible(self, title):
        return self._find(title + "$") != ""

    def keys_to(self, title, *keys):
        def sent():
            window = self._find(title)
            return window != "" and self._xdo("windowactivate", "--sync", window, "key", "--delay",
                                              "100", *keys).returncode == 0
        return until(sent, 20)

    def answer_question(self, yes):
        if not self.wait_window(QUESTION_TITLE):
            return False
        self.screenshot("question.png")
        # Enter takes the default button, yes; Alt+N is the mnemonic of no.
        self.keys_to(QUESTION_TITLE, "Return" if yes else "alt+n")
        return True

    def close_window(self):
        # As the title bar's close button: the window manager asks the window to close.
        subprocess.run(["wmctrl", "-F", "-c", TITLE], env=self.d.env, timeout=30, check=False)

    def dismiss_explanation(self):
        if not self.wait_window(QUESTION_TITLE):
            return False
        self.screenshot("first-close.png")
        self.keys_to(QUESTION_TITLE, "Return")
        return True

    def quit(self):
        self.keys_to(TITLE + "$", "ctrl+q")


class WaylandUser:
    """A user at a Wayland desktop with no input devices: through the accessibility bus, the
    way a screen reader presses buttons and menu items."""

    def __init__(self, desktop):
        self.d = desktop
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = desktop.env["DBUS_SESSION_BUS_ADDRESS"]
        import pyatspi  # connects to the accessibility bus of the session bus above
        self.atspi = pyatspi

    def screenshot(self, name):
        self.d.wayland_screenshot(name)

    def _app(self):
        desktop = self.atspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            if desktop[i] is not None and desktop[i].name == "footcoach":
                return desktop[i]
        return None

    def _find(self, role, name, timeout=20):
        """The first accessible of this role and name in the app, waiting for it to appear
        (the accessibility tree has no change signal this test can wait on across processes
        without an event loop, so it is looked at again every 50 ms up to the deadline)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            app = self._app()
            if app is not None:
                found = self.atspi.findDescendant(
                    app, lambda a: a is not None and a.getRoleName() == role and a.name == name)
                if found is not None:
                    return found
            time.sleep(0.05)
        return None

    def _press(self, role, name):
        item = self._find(role, name)
        if item is None:
            return False
        action = item.queryAction()
        for i in range(action.nActions):
            if action.getName(i) == "Press":
                return action.doAction(i)
        return False

    def wait_window(self, title):
        return self._find("frame", title) is not None

    def window_visible(self, title):
        frame = self._find("frame", title, timeout=0.5)
        return frame is not None and frame.getState().contains(self.atspi.STATE_SHOWING)

    def answer_question(self, yes):
        if self._find("alert", QUESTION_TITLE) is None:
            return False
        self.screenshot("question.png")
        return self._press("push button", "Yes, remind me" if yes else "No, only while FootCoach runs")

    def close_window(self):
        self._press("menu item", "Close window")

    def dismiss_explanation(self):
        if self._find("alert", QUESTION_TITLE) is None:
            return False
        self.screenshot("first-close.png")
        return self._press("push button", "OK, keep reminding me")

    def quit(self):
        self._press("menu item", "Quit")


def start_desktop(platform, artefacts):
    d = Desktop(os.path.join(artefacts, "background-" + platform))
    bus, address = start_bus(d.tmp, "session")
    d.procs.append(bus)
    d.env["DBUS_SESSION_BUS_ADDRESS"] = address
    d.env["TZ"] = "UTC"
    if platform == "x11":
        d.start_display()
        d.start_window_manager()
    else:
        d.start_wayland(f"footcoach-e2e-{os.getpid()}")
        # What a screen reader does when it starts: turn the desktop's accessibility on.
        subprocess.run(["gdbus", "call", "--session", "-d", "org.a11y.Bus", "-o", "/org/a11y/bus",
                        "-m", "org.freedesktop.DBus.Properties.Set", "org.a11y.Status",
                        "IsEnabled", "<true>"], env=d.env, check=True, timeout=30,
                       stdout=subprocess.DEVNULL)
    notifier = subprocess.Popen(["/usr/bin/python3", "-m", "dbusmock", "--template",
                                 "notification_daemon"], env=d.env, stdout=subprocess.DEVNULL)
    d.procs.append(notifier)
    if subprocess.run(["gdbus", "wait", "--session", "--timeout", "30",
                       "org.freedesktop.Notifications"], env=d.env, timeout=40).returncode != 0:
        raise RuntimeError("the mock notification daemon did not appear")
    return d


def until(condition, timeout):
    """Whether condition() came true within timeout s: for what another process writes or shows,
    which sends this test no signal (looked at every 50 ms)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def set_clock(clock_file, target):
    """libfaketime's offset from real time, in a file the app re-reads."""
    offset = int((target - datetime.datetime.now(datetime.timezone.utc)).total_seconds())
    with open(clock_file + ".new", "w") as f:
        f.write(f"{offset:+d}\n")
    os.replace(clock_file + ".new", clock_file)
    return offset


def launch(d, binary, data, routine, clock_file):
    env = dict(d.env, LD_PRELOAD=FAKETIME_LIB, FAKETIME_TIMESTAMP_FILE=clock_file,
               FAKETIME_NO_CACHE="1", DONT_FAKE_MONOTONIC="1",
               QT_LOGGING_RULES="footcoach.window.info=true;footcoach.reminders.info=true;"
                                "footcoach.session.info=true;footcoach.app.info=true")
    app = subprocess.Popen([binary, "--data-dir", data, "--routine", routine], env=env,
                           stderr=subprocess.PIPE)
    d.procs.append(app)
    return app


def settings_text(data):
    path = os.path.join(data, "settings.ini")
    return open(path).read() if os.path.exists(path) else ""


def autostart_entry(d):
    path = os.path.join(d.env["XDG_CONFIG_HOME"], "autostart", "io.github.footcoach.FootCoach.desktop")
    return open(path).read() if os.path.exists(path) else None


def answered_no_and_closed(d, user, binary, routine, failures):
    data = os.path.join(d.tmp, "data")
    clock_file = os.path.join(d.tmp, "faketime")
    now = datetime.datetime.now(datetime.timezone.utc)
    morning = now.replace(hour=7, minute=30, second=0, microsecond=0)
    offset = set_clock(clock_file, morning - datetime.timedelta(seconds=20))
    slot_in_real_time = morning.timestamp() - offset
    watch = NotifyWatch(d.env["DBUS_SESSION_BUS_ADDRESS"], d.env)
    d.procs.append(watch.proc)
    app = launch(d, binary, data, routine, clock_file)
    log = AppLog(app)
    if not log.wait_for("main window shown", 60):
        return failures.append("the window did not open; log:\n" + log.tail())
    if not user.answer_question(False):
        failures.append("the first start did not ask about reminders")  # the rest still runs
    if not until(lambda: "remindersQuestionAnswered=true" in settings_text(data), 10):
        failures.append("the answer no was not kept: " + settings_text(data))
    if autostart_entry(d) is not None:
        failures.append("no wrote an autostart entry")

    user.close_window()
    if not user.dismiss_explanation():
        failures.append("the first close did not say where FootCoach went")
    if app.poll() is not None:
        return failures.append(f"closing the window ended FootCoach (status {app.returncode}); "
                               "log:\n" + log.tail())
    if not until(lambda: not user.window_visible(TITLE), 10):
        failures.append("the window is still shown after closing it")
    user.screenshot("closed.png")

    if not log.wait_for("fire", 60):
        return failures.append("no reminder fired with the window closed; log:\n" + log.tail())
    fired = time.time() - slot_in_real_time
    watch.wait_for(1, 20)
    print(f"window closed: {len(watch.calls)} Notify call(s); fired {fired:+.3f} s from the slot")
    if fired < 0 or fired > AT_SLOT_S:
        failures.append(f"the reminder fired {fired:+.3f} s from its slot, not at it")
    # Nothing more comes within the next 3 s (a second Notify would be a duplicate).
    if watch.wait_for(2, 3) is not None or len(watch.calls) != 1:
        failures.append(f"expected exactly one Notify, got {len(watch.calls)}: {watch.calls}")

    # The reminder's "start": the window comes back on a session, which runs to its end.
    subprocess.run(["gdbus", "call", "--session", "-d", "org.freedesktop.Notifications",
                    "-o", "/org/freedesktop/Notifications", "-m", "org.freedesktop.DBus.Mock.EmitSignal",
                    "org.freedesktop.Notifications", "ActionInvoked", "us", "[<uint32 1>, <'start'>]"],
                   env=d.env, check=True, timeout=30, stdout=subprocess.DEVNULL)
    if not log.wait_for("main window shown", 20):
        failures.append("the notification's start did not open the window")
    if not log.wait_for("session finished", 90):
        return failures.append("the session started from the notification did not finish; log:\n"
                               + log.tail())
    rows = d.history_rows(binary, data)
    if len(rows) != 4 or any(r["status"] != "done" or r["slot"] != "morning" for r in rows):
        failures.append(f"the session's holds are not all in the history: {rows}")

    # Closing again says nothing more; a second launch opens the window of the running one.
    user.close_window()
    time_closed = time.monotonic()
    second = subprocess.run([binary, "--data-dir", data], env=d.env, timeout=60,
                            capture_output=True, text=True)
    if second.returncode != 0:
        failures.append(f"the second launch gave status {second.returncode}: {second.stderr}")
    if not log.wait_for("main window shown", 20):
        failures.append("a second launch did not open the running instance's window; log:\n"
                        + log.tail())
    elif not user.wait_window(TITLE):
        failures.append("the window reopened by a second launch is not on screen")
    print(f"second launch: status {second.returncode}, window back "
          f"{time.monotonic() - time_closed:.2f} s after closing it")
    if app.poll() is not None:
        return failures.append("FootCoach ended before File > Quit")
    user.screenshot("reopened.png")

    user.quit()
    try:
        app.wait(timeout=20)
        if app.returncode != 0:
            failures.append(f"File > Quit gave status {app.returncode}")
    except subprocess.TimeoutExpired:
        failures.append("File > Quit did not end FootCoach within 20 s")
    watch.proc.terminate()


def answered_yes(d, user, binary, routine, failures):
    data = os.path.join(d.tmp, "data-yes")
    d.env["XDG_CONFIG_HOME"] = os.path.join(d.tmp, "config-yes")
    clock_file = os.path.join(d.tmp, "faketime-yes")
    set_clock(clock_file, datetime.datetime.now(datetime.timezone.utc))
    app = launch(d, binary, data, routine, clock_file)
    log = AppLog(app)
    if not log.wait_for("main window shown", 60):
        return failures.append("the window did not open for the second first start")
    if not user.answer_question(True):
        return failures.append("the second first start did not ask about reminders")
    until(lambda: autostart_entry(d) is not None, 10)  # written as the answer is given
    entry = autostart_entry(d)
    expected = f"Exec=footcoach --background --data-dir \"{data}\""
    if entry is None or expected not in entry:
        failures.append(f"yes did not write the autostart entry with {expected!r}: {entry!r}")
    if not until(lambda: "startAtLogin=true" in settings_text(data), 10):
        failures.append("yes was not kept in the settings: " + settings_text(data))
    user.quit()
    try:
        app.wait(timeout=20)
    except subprocess.TimeoutExpired:
        failures.append("File > Quit did not end the second FootCoach")


def main():
    platform, binary, artefacts, routine = sys.argv[1:5]
    needs = [("libfaketime", os.path.exists(FAKETIME_LIB)), ("dbus-daemon", shutil.which("dbus-daemon")),
             ("gdbus", shutil.which("gdbus"))]
    if platform == "x11":
        needs += [(tool, shutil.which(tool)) for tool in ("Xvfb", "openbox", "wmctrl", "xdotool")]
    else:
        needs += [(tool, shutil.which(tool)) for tool in ("weston", "weston-screenshooter")]
        needs += [("qt6-wayland", any(os.path.exists(os.path.join(p, "libqwayland-generic.so")) for p in (
            "/usr/lib/x86_64-linux-gnu/qt6/plugins/platforms",))),
                  ("at-spi2-core", os.path.exists("/usr/libexec/at-spi-bus-launcher")),
                  ("python3-pyatspi", os.path.exists("/usr/lib/python3/dist-packages/pyatspi"))]
    missing = [what for what, there in needs if not there]
    if missing:
        print(("FAIL" if in_ci() else "SKIP") + ": missing prerequisite:", ", ".join(missing))
        return 1 if in_ci() else SKIP
    failures = []
    d = start_desktop(platform, artefacts)
    try:
        user = X11User(d) if platform == "x11" else WaylandUser(d)
        answered_no_and_closed(d, user, binary, routine, failures)
        answered_yes(d, user, binary, routine, failures)
    finally:
        d.close()
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
