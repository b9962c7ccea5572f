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
# short-routine.json: get ready 1 s, then on each leg position 1 s and two holds of 2 s with a
# 1 s rest between them: 1 + 2 * (1 + 2 + 1 + 2) = 13 s from the first phase to the end.
PLAN_S = 13.0
# "On time": the engine keeps its deadlines whatever happens to the sound, so only the reading
# of the log lines (and a loaded or sanitized machine) may add to the plan.
LATE_S, EARLY_S = 0.5, 0.1


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
        began = ended = None
        for line in app.stderr:
            log.append(line.rstrip())
            if began is None and "footcoach.session: phase 0 " in line:
                began = time.monotonic()
            if os.environ.get("FOOTCOACH_E2E_VERBOSE"):
                print(line.rstrip())
            if not removed and " hold " in line:
                # The sound card vanishes during the first hold.
                subprocess.run(["pactl", "unload-module", "module-null-sink"], env=desk.env, check=True, timeout=30)
                removed = True
            if "sound device gone" in line:
                gone += 1
            if "session finished" in line:
                ended = time.monotonic()
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
        print(f"session with the device removed finished after {elapsed:.1f} s (plan {PLAN_S:.0f} s + start-up)")
        if began is None:
            failures.append("the session's first phase was never logged:\n" + "\n".join(log[-15:]))
        elif finished:
            took = ended - began
            print(f"first phase to the end: {took:.2f} s (plan {PLAN_S:.0f} s)")
            if not PLAN_S - EARLY_S <= took <= PLAN_S + LATE_S:
                failures.append(f"the session did not end on time: {took:.2f} s from its first phase, "
                                f"planned {PLAN_S:.0f} s (-{EARLY_S} s / +{LATE_S} s)")
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
