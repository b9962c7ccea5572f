#!/bin/sh
# The manual page renders without a single groff or man warning (as lintian checks it), and
# documents every option that `footcoach --help` lists, so the two cannot drift apart.
# Usage: check-manpage.sh MANPAGE FOOTCOACH_BINARY
set -u
page=$1
binary=$2
failed=0

if command -v man >/dev/null 2>&1; then
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
else
    warnings=$(LC_ALL=C.UTF-8 groff -man -ww -Tutf8 -z "$page" 2>&1)
fi
if [ -n "$warnings" ]; then
    printf '%s\n' "$warnings"
    echo "FAILED: $page renders with warnings" >&2
    failed=1
fi

# What the man page shows, with groff's escapes resolved ("\-\-data\-dir" is "--data-dir").
text=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -P-cbou "$page" 2>/dev/null | sed 's/\xe2\x80\x90/-/g; s/\xe2\x88\x92/-/g')
options=$(QT_QPA_PLATFORM=offscreen "$binary" --help | grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z][a-z-]*')
if [ -z "$options" ]; then
    echo "FAILED: found no options in '$binary --help'" >&2
    exit 1
fi
for option in $options; do
    if ! printf '%s\n' "$text" | grep -qe "$option\\b"; then
        echo "FAILED: $option is in 'footcoach --help' but not in the manual page $page" >&2
        failed=1
    fi
done
# shellcheck disable=SC2086 # split on purpose: the options on one line
[ $failed -eq 0 ] && echo "The manual page renders cleanly and documents:" $options
exit $failed
