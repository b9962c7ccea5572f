#!/usr/bin/env bash
# Installs the Debian 12 packages FootCoach needs to build, run and test, if any are missing.
# Safe to run again: it installs nothing when everything is there.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev qt6-multimedia-dev qt6-svg-dev qt6-speech-dev qt6-declarative-dev
    qt6-charts-dev libqt6opengl6-dev qt6-l10n-tools qt6-tools-dev libsqlite3-dev
    libgtest-dev libgmock-dev
    # run
    libqt6sql6-sqlite qt6-qpa-plugins gstreamer1.0-plugins-base tzdata qt6-translations-l10n
    # run: the voice, in the user's language through speech-dispatcher (espeak-ng), flite else
    qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng qt6-speech-flite-plugin
    # test: a virtual display, a null sound card, audio analysis, fault injection
    xvfb xauth xdotool imagemagick poppler-utils fonts-dejavu-core pulseaudio pulseaudio-utils sox python3 fiu-utils libfiu-dev
    # test and bench: the same on PipeWire (the daemon, its PulseAudio server, the session manager)
    pipewire pipewire-pulse wireplumber pipewire-bin
    # test: private D-Bus buses with mock services, a fake clock for whole processes
    dbus dbus-bin python3-dbusmock libfaketime faketime libglib2.0-bin
    # test: a screen reader: the AT-SPI bus and registry, its Python client, Orca
    at-spi2-core python3-pyatspi orca
    # test: a window manager without a tray that keeps _NET_ACTIVE_WINDOW, a window to make
    # fullscreen (xmessage), a headless Wayland compositor with Qt's Wayland plugin
    openbox wmctrl x11-utils weston qt6-wayland
    # the X11 reminder sources (xcb) and the bench's first-mapped-window timer; libXss at run time
    libxcb1-dev libxss1
    # sanitizers and fuzzing: clang with libFuzzer and its sanitizer runtimes, llvm-symbolizer
    clang libclang-rt-dev llvm
    # packaging: validators, the man page renderer, the .deb (dpkg-shlibdeps) and its checks
    desktop-file-utils appstream groff-base man-db gzip dpkg-dev lintian
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
