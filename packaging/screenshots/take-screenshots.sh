#!/usr/bin/env bash
# Retakes the metainfo's screenshots (home.png, session.png in this folder) from a built app,
# on a private X display with a null sound card, in English, with a fresh data directory.
# Usage: packaging/screenshots/take-screenshots.sh [path/to/footcoach]   (default: build/default)
# Needs: Xvfb, xdotool, imagemagick, pulseaudio (all in scripts/install-deps.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app=${1:-$here/../../build/default/app/footcoach}
[ -x "$app" ] || { echo "no footcoach binary at $app: build first" >&2; exit 2; }

scratch=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    pulseaudio --kill 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
# Qt takes the language from LANG even where the C library lacks that locale.
unset LC_ALL LC_MESSAGES LANGUAGE
export HOME=$scratch/home XDG_RUNTIME_DIR=$scratch/runtime LANG=en_US.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# Xvfb tells us its display number once it accepts connections.
exec 4< <(Xvfb -displayfd 1 -screen 0 1280x900x24 -nolisten tcp 2>/dev/null)
pids+=($!)
read -r display <&4
export DISPLAY=:$display
# A null sink, so the session screen shows no "no sound" notice.
pulseaudio --daemonize=yes --exit-idle-time=-1 -n "--load=module-null-sink sink_name=null" \
    --load=module-native-protocol-unix 2>/dev/null
pactl set-default-sink null

# Starts the app and returns once the line matching $1 is in its log; sets $app_pid.
start_and_wait() {
    local pattern=$1 log=$2
    shift 2
    mkfifo "$log.fifo"
    QT_LOGGING_RULES="footcoach.window.info=true;footcoach.session.info=true" "$app" "$@" \
        2>"$log.fifo" &
    app_pid=$!
    pids+=("$app_pid")
    exec 3<"$log.fifo"
    while IFS= read -r -t 60 line <&3; do
        printf '%s\n' "$line" >>"$log"
        [[ $line == *$pattern* ]] && break
    done
    [[ $line == *$pattern* ]] || { cat "$log" >&2; echo "gave up waiting for: $pattern" >&2; exit 1; }
    cat <&3 >>"$log" &
    exec 3<&-
}
shoot() {
    local window
    window=$(xdotool search --all --pid "$app_pid" --name '^FootCoach$' | head -1)
    import -window "$window" "$here/$1"
    echo "wrote $here/$1 ($(identify -format '%wx%h' "$here/$1"))"
}

# Home: a first run, with the safety note the user sees then.
start_and_wait "main window shown" "$scratch/home.log" --data-dir "$scratch/home-data"
xdotool search --sync --onlyvisible --pid "$app_pid" --name '^FootCoach$' >/dev/null
shoot home.png
kill "$app_pid"

# Session: the note already acknowledged, a few seconds into the first hold.
mkdir -p "$scratch/session-data"
printf '[safety]\nacknowledged=true\n' >"$scratch/session-data/settings.ini"
start_and_wait "hold" "$scratch/session.log" --data-dir "$scratch/session-data" \
    --start-session --slot morning
sleep 6 # the countdown part-way down reads better than a full ring
shoot session.png
