#!/usr/bin/env bash
# Builds the Debian package the way a release is built, installs it on this machine, and checks
# what a user gets: the installed binary runs, the installed app starts and shows its window,
# the SQLite plugin it needs is there (it creates its history), and the installed desktop file,
# metainfo, icons and man page are valid. Ends with a lintian report, which does not fail CI.
#
# Usage: scripts/package-and-install-check.sh   (run by .ci/run; needs root or sudo for apt-get)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=$root/build/package
app_id=io.github.footcoach.FootCoach

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
step() { printf '\n== %s\n' "$*"; }
fail() {
    echo "package-and-install-check: $*" >&2
    exit 1
}

step "Release build in $build, with Debian's hardening flags"
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFOOTCOACH_BUILD_TESTS=OFF \
    -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
    -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" \
    -DCMAKE_MODULE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)"
cmake --build "$build" -j2
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "cannot read the project version from $build/CMakeCache.txt"

step "cpack -G DEB"
rm -f "$build"/footcoach_*.deb
(cd "$build" && cpack -G DEB)
deb=$(ls "$build"/footcoach_"$version"_*.deb)
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"

step "The package's file tree validates as a whole (desktop file, metainfo, icons)"
tree=$(mktemp -d)
dpkg-deb -x "$deb" "$tree"
appstreamcli validate-tree --no-net "$tree"
rm -rf "$tree"

step "apt-get install $deb"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "$deb"

step "The installed files"
/usr/bin/footcoach --version
[ "$(/usr/bin/footcoach --version)" = "footcoach $version" ] ||
    fail "/usr/bin/footcoach --version does not print 'footcoach $version'"
desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
icon=$(sed -n 's/^Icon=//p' "/usr/share/applications/$app_id.desktop")
[ -f "/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "no scalable icon named $icon"
[ -f "/usr/share/icons/hicolor/48x48/apps/$icon.png" ] || fail "no 48x48 icon named $icon"
man -w footcoach
man_warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$(man -w footcoach)" 2>&1 >/dev/null)
[ -z "$man_warnings" ] || fail "the installed man page renders with warnings: $man_warnings"

step "The installed app starts offscreen from /usr/bin/footcoach and shows its window"
scratch=$(mktemp -d)
data=$scratch/data
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"
log=$scratch/footcoach.log
fifo=$scratch/stderr
mkfifo "$fifo"
HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_DATA_HOME=$scratch/home/.local/share \
XDG_RUNTIME_DIR=$scratch/runtime QT_QPA_PLATFORM=offscreen \
QT_LOGGING_RULES="footcoach.window.info=true" \
    /usr/bin/footcoach --data-dir "$data" 2>"$fifo" &
pid=$!
stop_app() { kill "$pid" 2>/dev/null || true; }
trap stop_app EXIT
# Read the app's log as it comes (read blocks; no sleeping) until the window is up, for at most
# 60 s; then keep draining it so the app never writes into a closed pipe.
exec 3<"$fifo"
shown=no
deadline=$((SECONDS + 60))
while [ $SECONDS -lt $deadline ] && IFS= read -r -t $((deadline - SECONDS)) line <&3; do
    printf '%s\n' "$line" >>"$log"
    case $line in
    *"footcoach.window: main window shown"*)
        shown=yes
        break
        ;;
    esac
done
cat <&3 >>"$log" &
cat "$log"
[ $shown = yes ] || fail "the installed app did not show its window within 60 s (log above)"
kill -0 "$pid" 2>/dev/null || fail "the installed app exited after showing its window"
[ -s "$data/history.db" ] || fail "the installed app created no history in $data: is the SQLite driver (libqt6sql6-sqlite) there?"
if grep -qiE "driver not loaded|could not load the Qt platform plugin" "$log"; then
    fail "the installed app reported a missing plugin (log above)"
fi
kill "$pid"
wait "$pid" 2>/dev/null || true
trap - EXIT
exec 3<&-
echo "ok: window shown, history created, stopped"

step "The installed app writes a report: its charts module (Qt Charts) is installed and loads"
HOME=$scratch/home QT_QPA_PLATFORM=offscreen /usr/bin/footcoach --data-dir "$data" \
    --report-pdf "$scratch/report.pdf" || fail "the installed footcoach --report-pdf failed"
pdfinfo "$scratch/report.pdf" | grep -q "^Pages:" || fail "the installed app's report is not a PDF"
echo "ok: report written"
rm -rf "$scratch"

step "lintian (a report: warnings do not fail CI)"
if command -v lintian >/dev/null 2>&1; then
    lintian --display-info --fail-on none "$deb" || true
else
    echo "lintian is not installed: skipped"
fi
echo
ls -l "$deb"
echo "Depends: $(dpkg-deb --field "$deb" Depends)"
