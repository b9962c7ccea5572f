#!/usr/bin/env bash
# Synthesise FootCoach's audio cues with SoX.
#
# Every cue is built from soft sine "bell" notes (fundamental plus a quiet
# octave and a faint twelfth), each with a 12 ms half-sine attack (no click),
# an exponential decay and a 30 ms half-sine tail to silence. Notes may overlap so
# chimes ring into each other. Each finished cue is normalised to a -12 dBFS
# peak and written as 16-bit signed PCM, mono, 44100 Hz (what QSoundEffect
# expects). Sound starts at sample 0: there is no leading silence.
#
# Usage: ./make-cues.sh            (writes the WAVs next to this script)
# Requires: sox
set -euo pipefail

OUT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RATE=44100
PEAK_DB=-12
ATTACK=0.012     # s, half-sine fade-in of every note
TAIL=0.030       # s, half-sine fade-out at the very end of every note
DECAY_DB=36      # dB the fundamental decays over the length of a note

command -v sox >/dev/null 2>&1 || { echo "error: sox not found" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/footcoach-cues.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# Intermediate format: 32-bit float mono, so mixing never clips or quantises.
FLOAT=(-r "$RATE" -c 1 -e floating-point -b 32)

# note OUT FREQ DUR [START]
#   One bell-like note of length DUR seconds, preceded by START seconds of
#   silence (used to place notes inside a cue). The fundamental decays
#   exponentially by about DECAY_DB over the note; the overtones die away
#   two and three times faster, like a struck bell. A short half-sine tail
#   fade takes the last few dB smoothly to zero so the note never clicks.
note() {
    local out=$1 freq=$2 dur=$3 start=${4:-0}
    local f2 f3 len
    f2=$(awk -v f="$freq" 'BEGIN { printf "%.3f", f * 2 }')
    f3=$(awk -v f="$freq" 'BEGIN { printf "%.3f", f * 3 }')
    # SoX's logarithmic fade falls 100 dB over its length; stretch it so
    # that only DECAY_DB of that happens within DUR.
    len=$(awk -v d="$dur" -v db="$DECAY_DB" 'BEGIN { printf "%.4f", d * 100 / db }')

    sox -n "${FLOAT[@]}" "$WORK/p1.wav" synth "$len" sine "$freq" \
        fade l 0 "$len" "$len"
    sox -n "${FLOAT[@]}" "$WORK/p2.wav" synth "$len" sine "$f2" \
        fade l 0 "$len" "$len" fade l 0 "$len" "$len"
    sox -n "${FLOAT[@]}" "$WORK/p3.wav" synth "$len" sine "$f3" \
        fade l 0 "$len" "$len" fade l 0 "$len" "$len" fade l 0 "$len" "$len"
    sox -m -v 1.0 "$WORK/p1.wav" -v 0.18 "$WORK/p2.wav" -v 0.05 "$WORK/p3.wav" \
        "${FLOAT[@]}" "$WORK/mix.wav" \
        trim 0 "$dur" fade h "$ATTACK" "$dur" "$TAIL" pad "$start" 0
    mv "$WORK/mix.wav" "$out"
}

# finish NAME PART...
#   Mix the note files, normalise to PEAK_DB and write NAME as 16-bit PCM.
finish() {
    local name=$1; shift
    local inputs=()
    local part
    if [ "$#" -eq 1 ]; then
        inputs=("$1")
    else
        inputs=(-m)
        for part in "$@"; do inputs+=(-v 1.0 "$part"); done
    fi
    sox "${inputs[@]}" "${FLOAT[@]}" "$WORK/sum.wav"
    # -D: no dither, so output is reproducible and the tail is true silence.
    sox "$WORK/sum.wav" -D -r "$RATE" -c 1 -e signed-integer -b 16 \
        "$OUT_DIR/$name" gain -n "$PEAK_DB"
    echo "wrote $OUT_DIR/$name"
}

# pad_to NAME SECONDS
#   Append digital silence to NAME until it lasts SECONDS.
pad_to() {
    local name=$1 total=$2 have
    have=$(soxi -D "$OUT_DIR/$name")
    sox "$OUT_DIR/$name" -D "$WORK/padded.wav" pad 0 "$(awk -v t="$total" -v h="$have" \
        'BEGIN { printf "%.4f", (t > h ? t - h : 0) }')"
    mv "$WORK/padded.wav" "$OUT_DIR/$name"
}

# Pitches (Hz).
C5=523.25; D5=587.33; E5=659.26; G5=783.99; A5=880.00; C6=1046.50; D6=1174.66; E6=1318.51

# get-ready: gentle rising fourth-then-ring, C5 -> G5 (~0.5 s).
note "$WORK/gr1.wav" "$C5" 0.30 0.00
note "$WORK/gr2.wav" "$G5" 0.34 0.16
finish get-ready.wav "$WORK/gr1.wav" "$WORK/gr2.wav"

# hold-start: one warm, clear bell tone, E5 (~0.4 s).
note "$WORK/hs1.wav" "$E5" 0.40 0.00
finish hold-start.wav "$WORK/hs1.wav"

# countdown: very short soft blips (~0.12 s), one file per second left, rising a step each
# time (3: C6, 2: D6, 1: E6) so the last seconds are heard as going towards the end. Separate
# files also keep Qt's sound effects from dropping a blip that follows the same one a second
# later.
# Each blip is followed by silence up to 0.5 s: Qt 6.4's sound effect stops its stream as soon as
# it has handed the last sample to PulseAudio, which throws away what is still buffered, so a
# sound shorter than the server's buffer was now and then not heard at all (1 to 3 of 62 cues
# in a two-minute session under load). With the tail it is the silence that gets cut.
note "$WORK/cd3.wav" "$C6" 0.12 0.00
finish countdown-3.wav "$WORK/cd3.wav"
pad_to countdown-3.wav 0.5
note "$WORK/cd2.wav" "$D6" 0.12 0.00
finish countdown-2.wav "$WORK/cd2.wav"
pad_to countdown-2.wav 0.5
note "$WORK/cd1.wav" "$E6" 0.12 0.00
finish countdown-1.wav "$WORK/cd1.wav"
pad_to countdown-1.wav 0.5

# hold-end: descending A5 -> D5, "release" (~0.5 s).
note "$WORK/he1.wav" "$A5" 0.30 0.00
note "$WORK/he2.wav" "$D5" 0.34 0.16
finish hold-end.wav "$WORK/he1.wav" "$WORK/he2.wav"

# switch-side: two quick identical G5 notes, "switch legs" (~0.5 s).
note "$WORK/ss1.wav" "$G5" 0.20 0.00
note "$WORK/ss2.wav" "$G5" 0.26 0.24
finish switch-side.wav "$WORK/ss1.wav" "$WORK/ss2.wav"

# session-complete: rising major arpeggio C5 -> E5 -> G5, last note rings (~1.2 s).
note "$WORK/sc1.wav" "$C5" 0.40 0.00
note "$WORK/sc2.wav" "$E5" 0.40 0.22
note "$WORK/sc3.wav" "$G5" 0.76 0.44
finish session-complete.wav "$WORK/sc1.wav" "$WORK/sc2.wav" "$WORK/sc3.wav"
