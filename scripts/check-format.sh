#!/usr/bin/env bash
# Fails, naming the files, when clang-format (the repository's .clang-format) would change any
# tracked C++ source. Fix with: clang-format -i FILE...
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(git ls-files '*.cpp' '*.h')
unformatted=()
for f in "${sources[@]}"; do
    if ! clang-format --dry-run -Werror "$f" >/dev/null 2>&1; then
        unformatted+=("$f")
    fi
done
if [ ${#unformatted[@]} -gt 0 ]; then
    echo "clang-format would change ${#unformatted[@]} file(s):"
    printf '  %s\n' "${unformatted[@]}"
    echo "Run: clang-format -i ${unformatted[*]}"
    exit 1
fi
echo "clang-format: all ${#sources[@]} C++ files are formatted"
