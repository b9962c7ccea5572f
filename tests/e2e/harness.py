"""A private desktop for end-to-end tests: Xvfb, a PulseAudio null sink, a recorder.

Everything is started fresh in a temporary directory and torn down afterwards, so tests never
touch the user's display, sound or data. Readiness is awaited through the tools' own signals
(Xvfb's -displayfd, pulseaudio's daemonize handshake, data arriving from parec), never by sleeping.
"""
import csv
import io
import os
import shutil
import signal
import subprocess
import tempfile
import time


class Desktop:
    def __init__(self, artefacts=None):
        self.tmp = tempfile.mkdtemp(prefix="footcoach-e2e-")
        self.env = dict(os.environ)
        self.env.update({
            "HOME": os.path.join(self.tmp, "home"),
            "XDG_RUNTIME_DIR": os.path.join(self.tmp, "run"),
            "XDG_CONFIG_HOME": os.path.join(self.tmp, "home", ".config"),
            "XDG_DATA_HOME": os.path.join(self.tmp, "home", ".local", "share"),
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
        })
        self.env.pop("QT_QPA_PLATFORM", None)
        self.env.pop("PULSE_SERVER", None)
        os.makedirs(self.env["HOME"])
        os.makedirs(self.env["XDG_RUNTIME_DIR"], mode=0o700)
        self.procs = []
        self.artefacts = artefacts

    def start_display(self):
        r, w = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
                                pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(w)
        self.procs.append(xvfb)
        number = b""
        with os.fdopen(r, "rb") as pipe:
            while not number.endswith(b"\n"):
                chunk = pipe.read(1)
                if not chunk:
                    raise RuntimeError("Xvfb exited before it was ready")
                number += chunk
        self.env["DISPLAY"] = ":" + number.decode().strip()

    def start_audio(self):
        subprocess.run(["pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "-n",
                        "--load=module-null-sink sink_name=null",
                        "--load=module-native-protocol-unix", "--log-target=stderr"],
                       env=self.env, check=True, stderr=subprocess.DEVNULL, timeout=30)
        subprocess.run(["pactl", "set-default-sink", "null"], env=self.env, check=True, timeout=30)

    def start_recording(self, path, rate=48000):
        out = open(path, "wb")
        rec = subprocess.Popen(["parec", "-d", "null.monitor", "--format=s16le", "--channels=1",
                                f"--rate={rate}", "--latency-msec=10"],
                               env=self.env, stdout=out, stderr=subprocess.DEVNULL)
        self.procs.append(rec)
        deadline = time.monotonic() + 20
        while os.path.getsize(path) < rate // 10:  # 50 ms of samples: the stream is flowing
            if rec.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("parec did not start recording")
            time.sleep(0.01)
        return rec

    def screenshot(self, name):
        if not self.artefacts:
            return None
        os.makedirs(self.artefacts, exist_ok=True)
        path = os.path.join(self.artefacts, name)
        subprocess.run(["import", "-window", "root", path], env=self.env, check=False, timeout=30)
        return path

    def quit_with_ctrl_q(self, app, what):
        """Quits the app as a user does (Ctrl+Q in its window) and returns a list of failures:
        it did not quit within 20 s, it ended with a status other than 0, or Qt warned about
        objects taken down from another thread than theirs. `what` says when, for the messages."""
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "FootCoach",
                        "windowfocus", "--sync", "key", "ctrl+q"], env=self.env, check=False,
                       timeout=30, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait(timeout=30)
            return [f"the app did not quit within 20 s of Ctrl+Q {what}"]
        rest = app.stderr.read() if app.stderr else ""
        print(f"quit with status {app.returncode}")
        failures = []
        if app.returncode != 0:
            failures.append(f"quitting {what} gave status {app.returncode}:\n{rest[-2000:]}")
        if "different thread" in rest:
            failures.append(f"objects of the sound thread were taken down from another thread on "
                            f"quitting {what}:\n{rest[-2000:]}")
        return failures

    def history_rows(self, binary, data):
        """The holds in the history, as `footcoach --export-csv -` gives them."""
        out = subprocess.run([binary, "--data-dir", data, "--export-csv", "-"], env=self.env,
                             capture_output=True, text=True, timeout=60, check=True).stdout
        return list(csv.DictReader(io.StringIO(out)))

    def close(self):
        subprocess.run(["pulseaudio", "--kill"], env=self.env, check=False, timeout=30,
                       stderr=subprocess.DEVNULL)
        for p in reversed(self.procs):
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
                try:
                    p.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    p.kill()
        shutil.rmtree(self.tmp, ignore_errors=True)


    def start_window_manager(self):
        """Openbox on the display, so that windows are managed as on a desktop: closing one by
        its window manager (wmctrl -c) asks the app, as the title bar's close button does. It
        has no tray, like GNOME without an AppIndicator extension."""
        wm = subprocess.Popen(["openbox", "--sm-disable"], env=self.env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.procs.append(wm)
        # Openbox owns the WM_S0 selection once it manages the screen; wmctrl -m says so.
        deadline = time.monotonic() + 20
        while subprocess.run(["wmctrl", "-m"], env=self.env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL).returncode != 0:
            if wm.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("openbox did not start")
            time.sleep(0.05)

    def start_wayland(self, name):
        """Weston's headless backend (no screen, no input devices) with its socket NAME in the
        private XDG_RUNTIME_DIR; the app runs on it with QT_QPA_PLATFORM=wayland. Pixman renders,
        so that weston-screenshooter (allowed by --debug) can take pictures."""
        log = open(os.path.join(self.tmp, "weston.log"), "w")
        weston = subprocess.Popen(["weston", "--backend=headless-backend.so", f"--socket={name}",
                                   "--use-pixman", "--debug", "--width=1280", "--height=900",
                                   "--idle-time=0"], env=self.env, stdout=log, stderr=log)
        self.procs.append(weston)
        socket = os.path.join(self.env["XDG_RUNTIME_DIR"], name)
        deadline = time.monotonic() + 20
        while not os.path.exists(socket):
            if weston.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("weston did not start")
            time.sleep(0.02)
        self.env["WAYLAND_DISPLAY"] = name
        self.env["QT_QPA_PLATFORM"] = "wayland"
        self.env.pop("DISPLAY", None)

    def wayland_screenshot(self, name):
        """A picture of weston's output in the artefacts folder (weston-screenshooter)."""
        if not self.artefacts:
            return None
        os.makedirs(self.artefacts, exist_ok=True)
        shots = tempfile.mkdtemp(dir=self.tmp)
        subprocess.run(["weston-screenshooter"], env=self.env, cwd=shots, check=False, timeout=30,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for f in os.listdir(shots):
            shutil.move(os.path.join(shots, f), os.path.join(self.artefacts, name))
            return os.path.join(self.artefacts, name)
        return None


def answer_reminders_question(data_dir, start_at_login=False):
    """Pre-sets the first start's answer in DATA_DIR/settings.ini, as a user who has answered it
    has it, so that a test that is about something else is not asked. start_at_login=False is
    "no" (a "yes" also needs the autostart entry, which only the app writes)."""
    os.makedirs(data_dir, exist_ok=True)
    with open(os.path.join(data_dir, "settings.ini"), "a") as f:
        f.write("[app]\nremindersQuestionAnswered=true\n"
                f"startAtLogin={'true' if start_at_login else 'false'}\n")


def onsets(samples, rate, threshold=0.01, quiet_ms=150, window_ms=5):
    """Start times (s) of sounds: the first window above threshold after quiet_ms of quiet."""
    win = max(1, rate * window_ms // 1000)
    need_quiet = quiet_ms // window_ms
    found, quiet = [], need_quiet
    for start in range(0, len(samples) - win, win):
        peak = max(abs(s) for s in samples[start:start + win]) / 32768.0
        if peak >= threshold:
            if quiet >= need_quiet:
                # Refine to the first sample above threshold inside the window.
                first = next(i for i in range(start, start + win) if abs(samples[i]) / 32768.0 >= threshold)
                found.append(first / rate)
            quiet = 0
        else:
            quiet += 1
    return found
