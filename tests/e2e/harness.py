"""A private desktop for end-to-end tests: Xvfb, a null sink on PulseAudio or on PipeWire
(pipewire + wireplumber + pipewire-pulse), a recorder of that sink.

Everything is started fresh in a temporary directory and torn down afterwards, so tests never
touch the user's display, sound or data. Readiness is awaited through the tools' own signals
(Xvfb's -displayfd, pulseaudio's daemonize handshake, the PipeWire server answering `pactl
info`, data arriving from parec), never by sleeping a guessed time.
"""
import csv
import io
import os
import re
import shutil
import signal
import statistics
import subprocess
import tempfile
import threading
import time

SOUND_SERVERS = ("pulseaudio", "pipewire")


class Desktop:
    def __init__(self, artefacts=None, server="pulseaudio"):
        if server not in SOUND_SERVERS:
            raise ValueError(f"unknown sound server {server!r}")
        self.server = server
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
        """A null sink named "null", the default sink, on this desktop's sound server."""
        if self.server == "pipewire":
            self._start_pipewire()
            return
        subprocess.run(["pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "-n",
                        "--load=module-null-sink sink_name=null",
                        "--load=module-native-protocol-unix", "--log-target=stderr"],
                       env=self.env, check=True, stderr=subprocess.DEVNULL, timeout=30)
        subprocess.run(["pactl", "set-default-sink", "null"], env=self.env, check=True, timeout=30)

    def _start_pipewire(self):
        # The three daemons a desktop runs, on their own configuration in the private
        # XDG_RUNTIME_DIR; the null sink is made through the PulseAudio protocol, as a user's
        # `pactl load-module` does.
        env = dict(self.env, PIPEWIRE_RUNTIME_DIR=self.env["XDG_RUNTIME_DIR"],
                   PIPEWIRE_LOG_SYSTEMD="false", DISABLE_RTKIT="1")
        self.env["PIPEWIRE_RUNTIME_DIR"] = env["PIPEWIRE_RUNTIME_DIR"]
        for daemon in ("pipewire", "wireplumber", "pipewire-pulse"):
            proc = subprocess.Popen([daemon], env=env, stdout=subprocess.DEVNULL,
                                    stderr=open(os.path.join(self.tmp, daemon + ".log"), "wb"))
            self.procs.append(proc)
        deadline = time.monotonic() + 30
        while subprocess.run(["pactl", "info"], env=self.env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, timeout=30).returncode != 0:
            if time.monotonic() > deadline:
                raise RuntimeError("pipewire-pulse did not answer within 30 s")
            time.sleep(0.05)  # until its socket exists; each try is a failed connect
        subprocess.run(["pactl", "load-module", "module-null-sink", "sink_name=null"],
                       env=self.env, check=True, timeout=30, stdout=subprocess.DEVNULL)
        # The module is loaded before its sink is known to the server: until then the sink
        # cannot be made the default (seen once in twenty starts).
        deadline = time.monotonic() + 30
        while subprocess.run(["pactl", "set-default-sink", "null"], env=self.env, timeout=30,
                             stderr=subprocess.DEVNULL).returncode != 0:
            if time.monotonic() > deadline:
                raise RuntimeError("PipeWire's null sink did not appear within 30 s")
            time.sleep(0.05)  # each try asks the server once

    def start_recording(self, path, rate=48000):
        """Records the null sink's monitor into path at the server's default latency (no
        latency of its own asked for, so it never lowers the sink's). Returns a Recording that
        places each recorded sample on the monotonic clock."""
        rec = Recording(self.env, path, rate)
        self.procs.append(rec.proc)
        rec.wait_flowing()
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
        if isinstance(rest, bytes):  # a pipe read without text mode (voice_e2e reads raw)
            rest = rest.decode("utf-8", "replace")
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
        if self.server == "pulseaudio":
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


class Recording:
    """parec on the null sink's monitor, with its own timing report (-v): 20 times a second it
    prints the stream's time, the position in the recording of the sample the sink is playing
    at that moment, as the server accounts for it (for a monitor, the data delivered minus what
    the sink still holds before playing it). Each report is stamped with CLOCK_MONOTONIC as it
    arrives, so stamp - time is the instant the recording's position 0 was (or would have been)
    played; its median over a run of reports places the recorded samples on the clock the app
    logs with. This needs no trust in the app (its own logs give only when each cue was due)
    and no low latency from the recorder, and a cue that plays late is seen late by exactly
    that much; a stamp can only be late, which makes sounds look later, never earlier.

    The recording is not one straight line: a sink that ran at a long latency hands its monitor
    what it prepared ahead (up to 2 s of silence on an idle PulseAudio null sink), and when a
    client then asks for a short latency the sink drops that and plays the new sound instead.
    The recording keeps the dropped part, so its time jumps there. Reports are therefore split
    into runs of one offset, and each sample is placed by the run around it."""

    NEAR_S = 1.0
    TIME_LINE = re.compile(rb"Time: ([\d.]+) sec; Latency: (-?\d+) usec")

    def __init__(self, env, path, rate):
        self.path, self.rate = path, rate
        self.out = open(path, "wb")
        self.proc = subprocess.Popen(["parec", "-v", "-d", "null.monitor", "--format=s16le",
                                      "--channels=1", f"--rate={rate}", "--raw"],
                                     env=env, stdout=self.out, stderr=subprocess.PIPE)
        self.reports = []  # (monotonic s on arrival, stream time s, latency s)
        self.thread = threading.Thread(target=self._read_reports, daemon=True)
        self.thread.start()

    def _read_reports(self):
        pending = b""
        fd = self.proc.stderr.fileno()
        while True:
            chunk = os.read(fd, 4096)
            now = time.monotonic()
            if not chunk:
                return
            pending += chunk
            *lines, pending = re.split(rb"[\r\n]", pending)
            for line in lines:
                m = self.TIME_LINE.search(line)
                # Before the stream runs its time stays 0: such reports place nothing.
                if m and float(m.group(1)) > 0:
                    self.reports.append((now, float(m.group(1)), int(m.group(2)) / 1e6))

    def wait_flowing(self, timeout=20):
        deadline = time.monotonic() + timeout
        while len(self.reports) < 5:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("parec did not start recording")
            time.sleep(0.01)

    def stop(self, covering=None, timeout=10):
        """Ends the recording; with covering (monotonic s), once the samples played by then are
        in the file (a server may hand a monitor's data over seconds late, in large pieces)."""
        deadline = time.monotonic() + timeout
        while covering is not None and time.monotonic() < deadline and self.reports:
            self.out.flush()
            recorded = os.path.getsize(self.path) / 2 / self.rate
            if self.played_at(recorded) >= covering:
                break
            time.sleep(0.05)
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)  # parec writes out what it holds, then ends
            self.proc.wait(timeout=10)
        self.thread.join(timeout=10)
        self.out.close()

    def segments(self):
        """Runs of reports with one offset: a list of (first stream s, last stream s, offset s,
        reports, largest deviation s), where offset = when position 0 played. Reports whose stream time stood still
        (nothing flowing, e.g. once the recording stopped) place nothing and are left out."""
        runs, last_t = [], None
        for now, t, _ in self.reports:
            if last_t is not None and abs(t - last_t) < 1e-6:
                continue  # stood still; a step back (the sink rewound) starts a new run
            last_t = t
            offset = now - t
            if runs and abs(offset - statistics.median(runs[-1][1][-9:])) < 0.02:
                runs[-1][0].append(t)
                runs[-1][1].append(offset)
            else:
                runs.append(([t], [offset]))
        out = []
        for ts, offs in runs:
            if len(ts) >= 3:
                mid = statistics.median(offs)
                out.append((ts[0], ts[-1], mid, len(ts), max(abs(o - mid) for o in offs),
                            list(zip(ts, offs))))
        return out

    def played_at(self, position_s):
        """Monotonic s at which the sample at position_s (s into the recording) was played."""
        runs = self.segments()
        if not runs:
            raise RuntimeError("parec reported no timing")
        inside = [run for run in runs if run[0] <= position_s <= run[1]]
        if inside:
            # Where runs overlap (the sink stepped back), the later one is what was played.
            run = inside[-1]
        else:
            # Between runs the timeline had just jumped: the sink dropped what it had prepared
            # ahead for the new sound, and the client's smoothed time slid to the new line over
            # a second, too unsteady to make a run. What was recorded after the drop is on the
            # new line, the next run's (cues due while the reports slid are not checked at
            # all: rewound_spans).
            later = [run for run in runs if run[0] > position_s]
            run = later[0] if later else runs[-1]
            return position_s + run[2]
        # Within the run, the reports of the seconds around the sample: a busy machine makes
        # a stream's clock wander against the monotonic one by tens of ms over minutes.
        near = [off for t, off in run[5] if abs(t - position_s) <= self.NEAR_S]
        return position_s + (statistics.median(near) if near else run[2])

    # A jump of the timeline this large is the sink dropping what it had prepared ahead.
    REWIND_S = 0.2
    # Reports this close to their run's line are on it; parec reports every REPORT_S.
    STEADY_S = 0.010
    REPORT_S = 0.05
    # The recording stays squeezed this long after the reports are steady: the first cues'
    # sounds were 0.62 s apart in it though due a second apart, placed about 1.1, 0.75 and
    # 0.35 s late, the next on time, in the four runs looked into (sanitizer and ci builds);
    # the cue due a second after steady came 0.26-0.39 s late in eleven, and failed the ci
    # build once.
    SQUEEZED_S = 2.0

    def rewound_spans(self):
        """Monotonic (start, end) around each drop of what the sink had prepared ahead where the
        reports slid to the new line instead of jumping: from the last report before the drop
        to SQUEEZED_S after the reports are steady on the new line. What the monitor records
        there is not what was played: on PulseAudio's null sink, as the app's stream came, two
        cues due 2 s apart were 1.05 s apart in the recording while the reports slid for 1.5 s,
        so no sound there can be placed in time. Where the line jumped at once, nothing is
        left out."""
        runs, spans = self.segments(), []
        for before, after in zip(runs, runs[1:]):
            if abs(after[2] - before[2]) <= self.REWIND_S:
                continue
            last_t, last_off = before[5][-1]
            steady = [(t, off) for t, off in after[5] if abs(off - after[2]) <= self.STEADY_S]
            first_t, first_off = steady[0] if steady else after[5][0]
            start, steady_at = last_t + last_off, first_t + first_off
            if steady_at - start > 3 * self.REPORT_S:  # reports came between: they slid
                spans.append((start, steady_at + self.SQUEEZED_S))
        return spans

    def spread_ms(self):
        """How far single reports stray from the offset of the reports around them (ms): the
        alignment's own error."""
        worst = 0.0
        for run in self.segments():
            for t, off in run[5]:
                near = [o for u, o in run[5] if abs(u - t) <= self.NEAR_S]
                worst = max(worst, abs(off - statistics.median(near)))
        return worst * 1000.0

    REPORTS_FILE = "timing-reports.tsv"
    RAW_FILE = "monitor.raw"

    def keep(self, folder):
        """Copies the recording and its raw timing reports into folder, so that a failed check
        can be looked at again offline (Recording.kept(folder) reads them back)."""
        os.makedirs(folder, exist_ok=True)
        shutil.copyfile(self.path, os.path.join(folder, self.RAW_FILE))
        with open(os.path.join(folder, self.REPORTS_FILE), "w") as f:
            f.write(f"# rate {self.rate}\n# arrival (monotonic s)\tstream time (s)\tlatency (s)\n")
            for now, t, latency in self.reports:
                f.write(f"{now:.6f}\t{t:.6f}\t{latency:.6f}\n")

    @classmethod
    def kept(cls, folder):
        """A recording kept by keep(), with no parec behind it: for replaying its alignment."""
        recording = cls.__new__(cls)
        recording.path = os.path.join(folder, cls.RAW_FILE)
        recording.reports = []
        with open(os.path.join(folder, cls.REPORTS_FILE)) as f:
            for line in f:
                if line.startswith("# rate "):
                    recording.rate = int(line.split()[2])
                elif not line.startswith("#"):
                    now, t, latency = (float(v) for v in line.split("\t"))
                    recording.reports.append((now, t, latency))
        return recording

    def sink_latency_ms(self):
        """The monitor's latency as parec last saw it (negative: the sink plays it later)."""
        return self.reports[-1][2] * 1000.0 if self.reports else float("nan")

    def samples(self):
        import array
        s = array.array("h")
        with open(self.path, "rb") as f:
            data = f.read()
        s.frombytes(data[:len(data) // 2 * 2])
        return s


def unwrap_ms(stamp_ms, now_s):
    """Qt's %{time boot} is CLOCK_MONOTONIC in ms, truncated to 32 bits: undo the wrap."""
    now_ms = now_s * 1000.0
    return (now_ms - ((now_ms - stamp_ms) % 2**32)) / 1000.0


LOG_LINE = re.compile(r"\s*(\d+\.\d+) footcoach\.session (.*)")
APP_LOG_PATTERN = "%{time boot} %{category} %{message}"


def cue_due_instants(lines, now_s):
    """The engine's cues from the app's log (QT_MESSAGE_PATTERN=APP_LOG_PATTERN): a list of
    (monotonic s the cue was due, cue name). Each line is stamped when logged; it says how late
    the cue was then, so the cue was due at stamp - late."""
    cues = []
    for line in lines:
        m = LOG_LINE.match(line)
        if not m or not m.group(2).startswith("cue "):
            continue
        words = m.group(2).split()
        late = int(words[words.index("late_ms") + 1])
        cues.append((unwrap_ms(float(m.group(1)) * 1000.0, now_s) - late / 1000.0, words[1]))
    return cues


def onsets(samples, rate, threshold=0.01, quiet_ms=150, window_ms=5):
    """Start times (s) of sounds: the first window above threshold after quiet_ms of quiet.
    Window peaks are taken by C builtins, so that minutes of recording take a moment."""
    win = max(1, rate * window_ms // 1000)
    level = int(threshold * 32768)
    need_quiet = quiet_ms // window_ms
    found, quiet = [], need_quiet
    for start in range(0, len(samples) - win, win):
        w = samples[start:start + win]
        if max(w) >= level or -min(w) >= level:
            if quiet >= need_quiet:
                # Refine to the first sample above threshold inside the window.
                found.append(next(i for i in range(start, start + win)
                                  if abs(samples[i]) >= level) / rate)
            quiet = 0
        else:
            quiet += 1
    return found
