#!/usr/bin/env python3
"""One instance per data directory: ten simultaneous launches leave exactly one running; a
killed instance's lock is taken over in under a second; one-shot commands work meanwhile."""
import os
import select
import signal
import subprocess
import sys
import tempfile
import time

binary = sys.argv[1]
failures = []


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

    for p in running:
        p.send_signal(signal.SIGKILL)
        p.wait()
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
    successor.terminate()
    successor.wait(timeout=30)
    for p in launches:
        if p.stderr:
            p.stderr.close()

for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
