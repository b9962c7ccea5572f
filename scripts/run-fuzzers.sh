#!/usr/bin/env bash
# Builds the libFuzzer targets (CMake preset `fuzz`, clang) and runs each for FUZZ_SECONDS
# (default 60) on a copy of its seed corpus in tests/fuzz/corpus/, so the repository is never
# modified. Fails on any crash, sanitizer report, leak, timeout or out-of-memory.
#
# Limits per input, enforced on every input libFuzzer runs, not only on the corpus it keeps:
#   - 100 ms: each target times every input (tests/fuzz/InputBudget.h: this thread's CPU time,
#     so builds running beside it cause no false alarms) and aborts past 100 ms; libFuzzer then
#     saves the input as a crash. libFuzzer's own -timeout counts whole seconds: -timeout=1 is
#     the wall-clock backstop for hangs (a lock wait, a sleep).
#   - 64 MB: the same guard counts the heap through the sanitizer's malloc hooks and aborts when
#     an input grows it by more than 64 MB; -malloc_limit_mb=64 catches any single larger
#     allocation. -rss_limit_mb bounds the whole process at 256 MB: that also holds ASan's shadow
#     memory and quarantine, Qt and the corpus (about 50-80 MB before any input), so 64 MB of
#     RSS would fail before the first input.
#
# Usage: scripts/run-fuzzers.sh [target...]   (default: all three)
# Environment: FUZZ_SECONDS (60), FUZZ_KEEP (set to keep the grown corpora under build/fuzz/run).
# Found inputs are written to build/fuzz/artifacts/; replay one with build/fuzz/tests/fuzz/TARGET FILE.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${FUZZ_SECONDS:-60}"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz_routine_loader fuzz_history_open fuzz_settings_loader)
fi

cmake --preset fuzz
cmake --build --preset fuzz

build=build/fuzz
run="$build/run"
artifacts="$build/artifacts"
rm -rf "$run" "$artifacts"
mkdir -p "$run" "$artifacts"
# The targets' scratch files (history.db, settings.ini) live on tmpfs, removed even after a crash.
scratch=$(mktemp -d /dev/shm/footcoach-fuzz-run.XXXXXX 2>/dev/null || mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export FOOTCOACH_FUZZ_SCRATCH="$scratch"

# Reports go to the run's standard error; a leak fails the run.
# A small quarantine keeps the process's memory near what the inputs really use.
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:quarantine_size_mb=16:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"

failed=()
summary=()
for target in "${targets[@]}"; do
    extra=()
    case "$target" in
    fuzz_routine_loader) extra=(-max_len=8192 -dict=tests/fuzz/json.dict) ;;
    fuzz_history_open) extra=(-max_len=16384) ;;
    fuzz_settings_loader) extra=(-max_len=2048) ;;
    *) echo "unknown fuzz target: $target" >&2; exit 2 ;;
    esac
    corpus="$run/$target"
    cp -r "tests/fuzz/corpus/$target" "$corpus"
    log="$run/$target.log"
    echo "== $target: ${seconds} s on a copy of tests/fuzz/corpus/$target ($(ls "$corpus" | wc -l) seeds)"
    status=0
    # timeout: a fuzzer stuck while reporting (it happens on out-of-memory) fails instead of
    # holding up CI; it kills the fuzzer's whole process group.
    timeout --kill-after=10 $((seconds + 120)) "$build/tests/fuzz/$target" "$corpus" "${extra[@]}" \
        -max_total_time="$seconds" -timeout=1 -rss_limit_mb=256 -malloc_limit_mb=64 \
        -report_slow_units=1 -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
        >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -n1)
    slowest=$(sed -n 's/^==footcoach== slowest input: \([0-9.]*\) ms.*/\1/p' "$log" | tail -n1)
    heap=$(sed -n 's/^==footcoach== .*largest heap growth: \([0-9.]*\) MB.*/\1/p' "$log" | tail -n1)
    line="$target: ${execs:-?} runs, ${rate:-?} execs/s, corpus $(ls "$corpus" | wc -l) files, $(cat "$corpus"/* | wc -c) bytes, slowest input ${slowest:-?} ms CPU, largest heap growth ${heap:-?} MB, peak RSS ${rss:-?} MB"
    if [ "$status" -ne 0 ] || [ -n "$(ls "$artifacts" | grep "^$target-" || true)" ]; then
        echo "FAILED (exit status $status): $line"
        tail -n 60 "$log"
        failed+=("$target")
    else
        echo "ok: $line"
    fi
    summary+=("$line")
done

echo
echo "== Fuzzing summary (${seconds} s each)"
printf '%s\n' "${summary[@]}"
if [ -z "${FUZZ_KEEP:-}" ] && [ ${#failed[@]} -eq 0 ]; then
    rm -rf "$run"
fi
echo "fuzz: $((${#targets[@]} - ${#failed[@]})) passed, ${#failed[@]} failed"
if [ ${#failed[@]} -ne 0 ]; then
    echo "fuzzing failed: ${failed[*]}; inputs in $artifacts/, logs in $run/" >&2
    exit 1
fi
