#!/usr/bin/env python3
"""End-to-end: the real app runs a short routine on a null sound card; the recorded cue onsets
must keep the routine's spacing within 50 ms, and the history must hold every completed hold.

usage: session_audio_e2e.py FOOTCOACH_BINARY ARTEFACT_DIR [ROUTINE_FILE [MIN_SHARE_HEARD [quit|kill]]]

At the end the user either quits at once with Ctrl+Q, while the last cue still sounds (the app
must end with status 0 and no warning about its sound thread), or the app is killed (everything
done must already be on disk).
"""
import array
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Desktop, onsets  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TOLERANCE = 0.050
# Share of planned cues that must be heard on time: all of them, unless a test says otherwise.
MIN_HEARD = 1.0
RATE = 48000


def planned_cues(routine):
    """Boundary and countdown cue times (s) of a routine, as the engine plans them."""
    t, cues = 0, []
    if routine.get("prepareSeconds", 5) > 0:
        cues.append(0)
        t += routine.get("prepareSeconds", 5)
    for e in routine["exercises"]:
        for s, _side in enumerate(e["sides"]):
            if e.get("positionSeconds", 8) > 0:
                cues.append(t)
                t += e.get("positionSeconds", 8)
            for rep in range(1, e["reps"] + 1):
                cues.append(t)  # hold start
                hold = e["holdSeconds"]
                for k in range(min(3, hold - 1), 0, -1):
                    cues.append(t + hold - k)  # countdown
                t += hold
                if rep < e["reps"] and e.get("restSeconds", 5) > 0:
                    cues.append(t)
                    t += e.get("restSeconds", 5)
    cues.append(t)  # session done
    return cues


def main():
    global MIN_HEARD
    binary, artefacts = sys.argv[1], sys.argv[2]
    routine_path = sys.argv[3] if len(sys.argv) > 3 else os.path.join(HERE, "short-routine.json")
    if len(sys.argv) > 4:
        MIN_HEARD = float(sys.argv[4])
    ending = sys.argv[5] if len(sys.argv) > 5 else "quit"
    with open(routine_path) as f:
        routine = json.load(f)
    expected = planned_cues(routine)

    desk = Desktop(artefacts)
    failures = []
    try:
        desk.start_display()
        desk.start_audio()
        data = os.path.join(desk.tmp, "data")
        recording = os.path.join(desk.tmp, "monitor.raw")
        desk.start_recording(recording, RATE)
        env = dict(desk.env, QT_LOGGING_RULES="footcoach.session.info=true")
        app = subprocess.Popen([binary, "--data-dir", data, "--routine", routine_path, "--start-session",
                                "--slot", "morning"], env=env, stderr=subprocess.PIPE, text=True)
        desk.procs.append(app)
        log, shot = [], False
        deadline = time.monotonic() + 300
        finished = False
        for line in app.stderr:
            log.append(line.rstrip())
            if not shot and " hold " in line and line.rstrip().endswith(" 1"):
                desk.screenshot("session-view.png")
                shot = True
            if "session finished" in line:
                finished = True
                break
            if time.monotonic() > deadline:
                break
        if not finished:
            failures.append("the session did not finish; log:\n" + "\n".join(log[-20:]))
        desk.screenshot("session-summary.png")
        if ending == "kill":
            # The user closes the app abruptly: everything done must already be on disk.
            app.kill()
            app.wait(timeout=30)
        else:
            # The user quits while the last cue still sounds: the sound thread and its effects
            # must be taken down cleanly (on their own thread), with nothing left over.
            failures += desk.quit_with_ctrl_q(app, "right after the session")

        samples = array.array("h")
        with open(recording, "rb") as f:
            samples.frombytes(f.read())
        found = onsets(samples, RATE)
        print(f"planned cues: {len(expected)}, onsets found: {len(found)}")
        # Match each planned cue to an onset at the same offset from the first one.
        matched, worst, unmatched = 0, 0.0, []
        offset = (found[0] - expected[0]) if found else 0.0
        remaining = list(found)
        for want in expected:
            near = [o for o in remaining if abs(o - offset - want) <= TOLERANCE]
            if near:
                best = min(near, key=lambda o: abs(o - offset - want))
                worst = max(worst, abs(best - offset - want))
                remaining.remove(best)
                matched += 1
            else:
                unmatched.append(want)
        print(f"cues heard on time: {matched} of {len(expected)}; worst cue spacing error: "
              f"{worst * 1000:.1f} ms (limit {TOLERANCE * 1000:.0f} ms)")
        if remaining:
            failures.append(f"sounds at unplanned times (or more than 50 ms off): {remaining}")
        if matched < MIN_HEARD * len(expected):
            failures.append(f"only {matched} of {len(expected)} cues heard on time; missing at {unmatched}")

        # The home screen after the session, for the artefacts: today's morning is done.
        home = subprocess.Popen([binary, "--data-dir", data, "--routine", routine_path], env=desk.env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        desk.procs.append(home)
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "FootCoach"],
                       env=desk.env, stdout=subprocess.DEVNULL, timeout=60, check=False)
        desk.screenshot("home-screen.png")
        home.terminate()
        home.wait(timeout=30)

        rows = desk.history_rows(binary, data)
        holds = sum(e["reps"] * len(e["sides"]) for e in routine["exercises"])
        done = [r for r in rows if r["status"] == "done"]
        print(f"history rows: {len(rows)}, done: {len(done)} of {holds}")
        if len(done) != holds:
            failures.append(f"history has {len(done)} completed holds, expected {holds}:\n{rows}")
        sides = [r["side"] for r in done]
        expected_sides = [side for e in routine["exercises"] for side in e["sides"] for _ in range(e["reps"])]
        if sides != expected_sides:
            failures.append(f"holds recorded in the wrong order of legs: {sides}")
    finally:
        desk.close()

    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
