#!/usr/bin/env python3
"""End-to-end: the sound device disappears in the middle of a session. The session must go on
to the end on time, say so once, and record every hold.

usage: device_removed_e2e.py FOOTCOACH_BINARY ARTEFACT_DIR
"""
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Desktop  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    binary, artefacts = sys.argv[1], sys.argv[2]
    desk = Desktop(artefacts)
    failures = []
    try:
        desk.start_display()
        desk.start_audio()
        data = os.path.join(desk.tmp, "data")
        env = dict(desk.env, QT_LOGGING_RULES="footcoach.session.info=true;footcoach.audio.info=true")
        start = time.monotonic()
        app = subprocess.Popen([binary, "--data-dir", data, "--routine", os.path.join(HERE, "short-routine.json"),
                                "--start-session", "--slot", "evening"], env=env, stderr=subprocess.PIPE, text=True)
        desk.procs.append(app)
        log, removed, gone, finished = [], False, 0, False
        for line in app.stderr:
            log.append(line.rstrip())
            if os.environ.get("FOOTCOACH_E2E_VERBOSE"):
                print(line.rstrip())
            if not removed and " hold " in line:
                # The sound card vanishes during the first hold.
                subprocess.run(["pactl", "unload-module", "module-null-sink"], env=desk.env, check=True, timeout=30)
                removed = True
            if "sound device gone" in line:
                gone += 1
            if "session finished" in line:
                finished = True
                break
        elapsed = time.monotonic() - start
        desk.screenshot("session-without-sound.png")
        # Quitting must not hang on the sound thread that the vanished device left stuck.
        failures += desk.quit_with_ctrl_q(app, "after the device was removed")
        if not finished:
            failures.append("the session did not finish after the device was removed:\n" + "\n".join(log[-15:]))
        if gone != 1:
            failures.append(f"expected the app to notice the missing device once, it did {gone} times")
        print(f"session with the device removed finished after {elapsed:.1f} s (plan 13 s + start-up)")
        done = [r for r in desk.history_rows(binary, data) if r["status"] == "done"]
        if len(done) != 4:
            failures.append(f"expected 4 completed holds in the history, found {len(done)}")
    finally:
        desk.close()
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
