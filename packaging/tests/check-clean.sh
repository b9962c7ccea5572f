#!/bin/sh
# Runs a validator and fails unless it succeeds AND prints nothing but its success line:
# desktop-file-validate exits 0 on hints, groff exits 0 on warnings, and we want neither.
# Usage: check-clean.sh ALLOWED_LINES_REGEX COMMAND [ARG...]  ("^$": no output at all)
set -u
allowed=$1
shift
output=$("$@" 2>&1)
status=$?
if [ -n "$allowed" ]; then
    rest=$(printf '%s\n' "$output" | grep -Ev "$allowed" | grep -v '^[[:space:]]*$')
else
    rest=$output
fi
if [ $status -ne 0 ] || [ -n "$rest" ]; then
    printf '%s\n' "$output"
    echo "FAILED (exit status $status): $*" >&2
    exit 1
fi
printf '%s\n' "$output"
exit 0
