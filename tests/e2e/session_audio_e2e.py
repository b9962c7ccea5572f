#!/usr/bin/env python3
"""End-to-end: the real app runs a short routine on a null sound card of PulseAudio or PipeWire;
every cue the engine logs must be heard, its onset within 50 ms of the instant it was due (the
median is printed; its 20 ms target is the benchmark's), and the history must hold every
completed hold.

usage: session_audio_e2e.py FOOTCOACH_BINARY ARTEFACT_DIR [ROUTINE_FILE [quit|kill
                            [pulseaudio|pipewire]]]
       session_audio_e2e.py --replay ARTEFACT_DIR/cue-timing-SERVER

Timing is absolute: the app logs each cue with the monotonic instant it was due, and the
recorder (at the server's default latency, so it lowers no latency for the app) places every
recorded sample on the same clock from the server's own timing reports (harness.Recording).
A cue that sounds late by a constant amount fails as surely as one out of step.

At the end the user either quits at once with Ctrl+Q, while the last cue still sounds (the app
must end with status 0 and no warning about its sound thread), or the app is killed (everything
done must already be on disk).
"""
import json
import statistics
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import APP_LOG_PATTERN, Desktop, Recording, cue_due_instants, onsets  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
# Each cue's onset at most this long after it was due. Sound cannot come before its cue is
# played: an onset more than EARLY_LIMIT early is misaligned. The median's target,
# MEDIAN_TARGET, is a speed goal: printed here, judged by the benchmark (bench/, two minutes of
# cues), not by this test. On PipeWire the 14 cues' median came at 19-21 ms from run to run on
# the same build, the minute's at 15-19 ms: a test judging it failed by the luck of the run.
TOLERANCE = 0.050
MEDIAN_TARGET = 0.020
EARLY_LIMIT = 0.005
# The sanitizer run's app is two to three times slower, and its sound server with it: there the
# test is for memory errors on the sound path, so every cue must still be heard, in order and
# with nothing extra, but how late is printed and not judged. The build users get, in the ci
# run, is held to the limits above.
TIMED = "ASAN_OPTIONS" not in os.environ
# The cues' sounds are half a second long at most (resources/sounds; the session's end, last,
# 1.2 s).
CUE_SOUND_S = 0.5
# How late a sound may be and still be taken for its cue (in the sanitizer run, beyond the
# common lateness below). Less than the second between cues, so that no sound fits two.
MATCH_LATE = 0.5 if TIMED else 0.8
# In the sanitizer run the cues can be placed late all alike: in one CI run, after the two cues
# not checked, every sound came 1.01-1.03 s after a cue was due, spread as in a good run (10-28
# ms), and the last cue had none, the recording ending 0.8 s after it. Cues come a second apart
# there: either each was a second late or the third went unheard, and the recording alone did
# not tell. So there the cues are matched in step with one another, at the common lateness (up
# to this) that leaves the fewest cues unheard and sounds unexplained, which is printed, and the
# recording goes on this much longer, so that a late last cue is in it.
IN_STEP_MAX_S = 1.5
# Cues due while the sink dropped what it had prepared ahead (Recording.rewound_spans) are not
# checked: the recording there is not what was played (two cues due 2 s apart were 1.05 s
# apart in it, and a cue was missing from it altogether). The test fails if that leaves fewer
# than two thirds of the cues checked (the short routine's first four of 14 fall there).
RATE = 48000
DUE_FILE = "cues-due.tsv"
APP_LOG_FILE = "app.log"  # the session's and the sound stream's log lines


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


def check_cues(desk, recorder, log, expected):
    """Every planned cue logged, each heard within TOLERANCE of its due instant: failures. On a
    failure the evidence is kept in the artefacts, to be replayed with --replay."""
    due = cue_due_instants(log, time.monotonic())
    # The last cue's sound must be in the recording: it plays in real time, and the server may
    # hand it to the recorder later still; in the sanitizer run, a last cue late with the rest.
    tail = 0.8 + (0 if TIMED else IN_STEP_MAX_S)
    recorder.stop(covering=due[-1][0] + tail if due else None)
    failures = judge_cues(desk.server, recorder, due, len(expected))
    if failures and desk.artefacts:
        folder = os.path.join(desk.artefacts, f"cue-timing-{desk.server}")
        recorder.keep(folder)
        with open(os.path.join(folder, DUE_FILE), "w") as f:
            f.write(f"# planned {len(expected)}\n# due (monotonic s)\tcue\n")
            f.writelines(f"{at:.6f}\t{name}\n" for at, name in due)
        with open(os.path.join(folder, APP_LOG_FILE), "w") as f:
            f.write("\n".join(log) + "\n")
        print(f"{desk.server}: the recording, its timing reports and the cues' due instants are "
              f"kept in {folder}; replay: {os.path.basename(__file__)} --replay {folder}")
    if failures:
        print_stream_log(desk.server, log)
    return failures


def print_stream_log(server, log):
    """The sound stream's own account, for a failure seen only in CI's printed output: its
    openings, settling and failures as logged, its underruns counted."""
    stream = [line.strip() for line in log if " footcoach.audio " in line]
    underruns = [line for line in stream if "underrun" in line]
    for line in stream:
        if line not in underruns:
            print(f"{server}: app: {line}")
    if underruns:
        print(f"{server}: app: {len(underruns)} underruns, the last: {underruns[-1]}")


def judge_cues(server, recorder, due, planned):
    """The recording's sounds matched to the cues due (monotonic s, name): failures."""
    failures = []
    runs = recorder.segments()
    print(f"{server}: recording aligned from {sum(r[3] for r in runs)} timing reports in "
          f"{len(runs)} runs (each report within {recorder.spread_ms():.1f} ms of its run's); "
          f"monitor latency {recorder.sink_latency_ms():.0f} ms")
    heard = [recorder.played_at(t) for t in onsets(recorder.samples(), RATE)]
    if len(due) != planned:
        failures.append(f"the app logged {len(due)} cues, the routine plans {planned}")
    spans = recorder.rewound_spans()
    shift = 0.0 if TIMED else in_step_shift(heard, due, spans)
    errors, lost, untimed, resumed, extra = match_cues(heard, due, spans, shift)
    # From here on each error is the cue's whole lateness, the common part included.
    errors = [(e + shift, name, when) for e, name, when in errors]
    print(f"{server}: {len(errors)} of {len(due) - len(untimed)} cues heard; onset after due "
          f"(ms): " + " ".join(f"{e * 1000:+.0f}" for e, _, _ in errors))
    if shift:
        print(f"{server}: sanitizer build: the cues matched in step at a common lateness of "
              f"{shift * 1000:.0f} ms")
    if untimed:
        print(f"{server}: not checked, due while the sink dropped what it had prepared ahead "
              f"or just after (the recording there is not what was played): {untimed}")
    if resumed:
        print(f"{server}: sanitizer build: sound resumed inside a cue after a gap, not "
              f"judged (s into the session): " + " ".join(f"{o - due[0][0]:.3f}" for o in resumed))
    if len(untimed) * 3 > len(due):
        failures.append(f"only {len(due) - len(untimed)} of {len(due)} cues could be checked")
    if lost:
        failures.append(f"cues not heard: {lost}")
    if extra:
        failures.append("sounds where no cue was due (s into the session): "
                        + " ".join(f"{o - due[0][0]:.3f}" for o in extra))
    off = [f"{name} at {when:.3f} s: {e * 1000:+.1f} ms" for e, name, when in errors
           if e < -EARLY_LIMIT or (TIMED and e > TOLERANCE)]
    if off:
        failures.append(f"cues heard more than {TOLERANCE * 1000:.0f} ms after (or "
                        f"{EARLY_LIMIT * 1000:.0f} ms before) they were due: {off}")
    if errors:
        med = statistics.median(e for e, _, _ in errors)
        print(f"{server}: median {med * 1000:.1f} ms (target {MEDIAN_TARGET * 1000:.0f} ms, "
              f"judged by the benchmark), worst {max(e for e, _, _ in errors) * 1000:.1f} ms "
              f"(limit {TOLERANCE * 1000:.0f} ms)")
        if not TIMED:
            print(f"{server}: sanitizer build: lateness printed, not judged")
    return failures


def match_cues(heard, due, spans, shift):
    """Each cue due outside the rewound spans paired with the nearest sound from just before it
    to MATCH_LATE after, the sounds taken shift s earlier: (errors as (s late, name, s into
    the session), cues lost, cues not checked, sounds resumed, sounds unexplained)."""
    remaining = [o - shift for o in heard]
    errors, lost, untimed, matched = [], [], [], []
    for at, name in due:
        if any(start <= at <= end for start, end in spans):
            untimed.append(f"{name} at {at - due[0][0]:.3f} s")
            continue
        near = [o for o in remaining if -EARLY_LIMIT - 0.1 <= o - at <= MATCH_LATE]
        if not near:
            lost.append(f"{name} at {at - due[0][0]:.3f} s")
            continue
        best = min(near, key=lambda o: abs(o - at))
        remaining.remove(best)
        matched.append(best)
        errors.append((best - at, name, at - due[0][0]))
    # An unchecked cue's sound can be placed up to MATCH_LATE past the span's end (the
    # recording there is squeezed): it is no extra sound.
    remaining = [o for o in remaining
                 if not any(start <= o <= end + MATCH_LATE for start, end in spans)]
    resumed = []
    if not TIMED:
        # The sanitizer run's server now and then finds the stream empty inside a cue (an
        # underrun: that app is two to three times slower), and the rest of the cue's sound then
        # counts as a new onset (once at 0.48 s into a 0.5 s cue). Printed, not judged.
        resumed = [o for o in remaining if any(0 < o - h <= CUE_SOUND_S for h in matched)]
        remaining = [o for o in remaining if o not in resumed]
    return errors, lost, untimed, resumed, remaining


def in_step_shift(heard, due, spans):
    """The common lateness (s) at which the fewest cues go unheard and the fewest sounds are
    unexplained: the smallest of equals, then the median of the cues' lateness there if that
    matches as well. 0 when the recording's line is right."""
    candidates = {0.0} | {o - at for o in heard for at, _ in due if 0 < o - at <= IN_STEP_MAX_S}

    def cost(shift):
        errors, lost, _, _, extra = match_cues(heard, due, spans, shift)
        return len(lost) + len(extra), errors

    costs = {c: cost(c) for c in candidates}
    shift = min(candidates, key=lambda c: (costs[c][0], c))
    worst, errors = costs[shift]
    if shift and errors:
        centred = shift + statistics.median(e for e, _, _ in errors)
        if cost(centred)[0] <= worst:
            return centred
    return shift


def replay(folder):
    """The check of a failed run again, from what it kept (check_cues): for finding out
    offline whether a cue played late or the recording was placed wrongly."""
    recorder = Recording.kept(folder)
    due, planned = [], 0
    with open(os.path.join(folder, DUE_FILE)) as f:
        for line in f:
            if line.startswith("# planned "):
                planned = int(line.split()[2])
            elif not line.startswith("#"):
                at, name = line.rstrip("\n").split("\t")
                due.append((float(at), name))
    for run in recorder.segments():
        print(f"run: stream {run[0]:.3f}-{run[1]:.3f} s, position 0 played at {run[2]:.4f}, "
              f"{run[3]} reports, largest deviation {run[4] * 1000:.1f} ms")
    failures = judge_cues("replay", recorder, due, planned)
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--replay":
        return replay(sys.argv[2])
    binary, artefacts = sys.argv[1], sys.argv[2]
    routine_path = sys.argv[3] if len(sys.argv) > 3 else os.path.join(HERE, "short-routine.json")
    ending = sys.argv[4] if len(sys.argv) > 4 else "quit"
    server = sys.argv[5] if len(sys.argv) > 5 else "pulseaudio"
    with open(routine_path) as f:
        routine = json.load(f)
    expected = planned_cues(routine)

    desk = Desktop(artefacts, server)
    failures = []
    try:
        desk.start_display()
        desk.start_audio()
        data = os.path.join(desk.tmp, "data")
        recording = os.path.join(desk.tmp, "monitor.raw")
        recorder = desk.start_recording(recording, RATE)
        env = dict(desk.env, QT_LOGGING_RULES="footcoach.session.info=true\nfootcoach.audio.info=true",
                   QT_MESSAGE_PATTERN=APP_LOG_PATTERN)
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

        # The timing is checked after the home screen's picture: that step needs the app to
        # start again at once after the quit.

        # The home screen after the session, for the artefacts: today's morning is done.
        home = subprocess.Popen([binary, "--data-dir", data, "--routine", routine_path], env=desk.env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        desk.procs.append(home)
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "FootCoach"],
                       env=desk.env, stdout=subprocess.DEVNULL, timeout=60, check=False)
        desk.screenshot("home-screen.png")
        home.terminate()
        home.wait(timeout=30)

        failures += check_cues(desk, recorder, log, expected)
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
