#!/usr/bin/env python3
"""One instance per data directory: ten simultaneous launches leave exactly one running; a
killed instance's lock is taken over in under a second, its stale socket file replaced; one-shot
commands work meanwhile. The channel is private: another user squatting the old abstract name is
sent nothing, and cannot connect to the socket."""
import hashlib
import os
import shutil
import stat
import select
import signal
import subprocess
import sys
import tempfile
import time

binary = sys.argv[1]
failures = []
in_ci = os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")

# Runs as another user (nobody): binds the abstract name the channel used to have, answers "ok"
# as the instance would, and when its stdin closes prints how many bytes launches sent it.
SQUATTER = r"""
import select, socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.bind("\0" + sys.argv[1])
s.listen(16)
print("ready", flush=True)
got = 0
while True:
    ready, _, _ = select.select([s, sys.stdin], [], [], 60)
    if not ready or sys.stdin in ready:
        break
    c, _ = s.accept()
    c.settimeout(2)
    try:
        while True:
            data = c.recv(4096)
            if not data:
                break
            got += len(data)
            if b"\n" in data:
                c.sendall(b"ok\n")
                break
    except OSError:
        pass
    c.close()
print("got", got, flush=True)
"""
CONNECT = r"""
import socket, sys
try:
    socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).connect(sys.argv[1])
    print("connected")
except PermissionError:
    print("EACCES")
except OSError as e:
    print("other", e)
"""


def as_nobody():
    """The command prefix that runs a process as nobody, or None (a failure under CI=true)."""
    setpriv = shutil.which("setpriv")
    if os.geteuid() == 0 and setpriv:
        return [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    why = "needs root and setpriv to run a process as another user"
    if in_ci:
        failures.append("missing prerequisite (CI=true): " + why)
        print("FAIL " + why)
    else:
        print("skip " + why)
    return None


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + (f" ({detail})" if detail and ok else ""))
    if not ok:
        failures.append(f"{name}: {detail}")


def wait_for(proc, needle, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stderr], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            return False
        line = proc.stderr.readline()
        if not line:
            return False
        if needle in line:
            return True
    return False


with tempfile.TemporaryDirectory() as tmp:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=tmp, XDG_RUNTIME_DIR=tmp,
               XDG_CONFIG_HOME=os.path.join(tmp, "config"), QT_LOGGING_RULES="footcoach.app.info=true",
               DBUS_SESSION_BUS_ADDRESS="unix:path=" + os.path.join(tmp, "no-bus"))
    data = os.path.join(tmp, "data")
    os.makedirs(data)
    nobody = as_nobody()
    squatter = None
    if nobody:
        old_name = "footcoach-" + hashlib.sha256(
            f"{os.getuid()}\0{os.path.realpath(data)}".encode()).hexdigest()[:24]
        squatter = subprocess.Popen(nobody + [sys.executable, "-c", SQUATTER, old_name], stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE, text=True)
        check("another user squats the old abstract name", squatter.stdout.readline().strip() == "ready")
    launches = [subprocess.Popen([binary, "--data-dir", data, "--background"], env=env,
                                 stderr=subprocess.PIPE, text=True) for _ in range(10)]
    exited = []
    deadline = time.monotonic() + 60
    while len(exited) < 9 and time.monotonic() < deadline:
        for p in launches:
            if p not in exited and p.poll() is not None:
                exited.append(p)
        time.sleep(0.02)
    running = [p for p in launches if p.poll() is None]
    check("ten simultaneous launches leave exactly one running", len(running) == 1, f"{len(running)} running")
    check("the other nine hand over and exit 0", len(exited) == 9 and all(p.returncode == 0 for p in exited),
          [p.returncode for p in exited])

    r = subprocess.run([binary, "--data-dir", data, "--export-csv", "-"], env=env, capture_output=True,
                       text=True, timeout=60)
    check("--export-csv works while an instance runs", r.returncode == 0 and r.stdout.startswith("local_date,"), r.stderr)
    r = subprocess.run([binary, "--data-dir", data, "--reminders", "08:00,20:00"], env=env,
                       capture_output=True, text=True, timeout=60)
    check("--reminders works while an instance runs", r.returncode == 0, r.stderr)

    if squatter:
        squatter.stdin.close()
        report = squatter.stdout.readline().strip()
        squatter.wait(timeout=30)
        check("the squatter on the old abstract name was sent nothing", report == "got 0", report)

    for p in running:
        p.send_signal(signal.SIGKILL)
        p.wait()
    sockets = os.path.join(tmp, "footcoach")
    names = os.listdir(sockets) if os.path.isdir(sockets) else []
    stale = [os.path.join(sockets, n) for n in names if stat.S_ISSOCK(os.lstat(os.path.join(sockets, n)).st_mode)]
    check("a killed instance leaves its socket file in $XDG_RUNTIME_DIR/footcoach", len(stale) == 1, names)
    start = time.monotonic()
    successor = subprocess.Popen([binary, "--data-dir", data, "--background"], env=env,
                                 stderr=subprocess.PIPE, text=True)
    took_over = wait_for(successor, "running as the only instance", 30)
    elapsed = time.monotonic() - start
    check("a killed instance's lock is recovered", took_over, f"{elapsed:.2f} s from launch")
    check("recovery takes under a second", took_over and elapsed < 1.0, f"{elapsed:.2f} s")
    late = subprocess.run([binary, "--data-dir", data, "--background"], env=env, capture_output=True,
                          text=True, timeout=60)
    check("a later launch hands over to the successor", late.returncode == 0 and successor.poll() is None, late.stderr)
    if stale:
        mode = stat.S_IMODE(os.lstat(sockets).st_mode)
        check("the successor listens at the same path, in a 0700 directory",
              stat.S_ISSOCK(os.lstat(stale[0]).st_mode) and mode == 0o700, oct(mode))
        if nobody:
            r = subprocess.run(nobody + [sys.executable, "-c", CONNECT, stale[0]], capture_output=True,
                               text=True, timeout=30)
            check("another user cannot connect to the instance's socket", r.stdout.strip() == "EACCES",
                  (r.stdout + r.stderr).strip())
    successor.terminate()
    successor.wait(timeout=30)
    for p in launches:
        if p.stderr:
            p.stderr.close()

for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
