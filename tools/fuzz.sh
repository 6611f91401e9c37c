#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, ASan+UBSan, build-fuzz/) and runs
# each for SECONDS (default 60, what CI runs through .ci/run); any crash,
# sanitizer report, leak, hang (> 25 s on one input) or out-of-memory fails.
# A longer run is one command: tools/fuzz.sh 3600. Findings are written to
# build-fuzz/findings/<target>/; the grown corpus stays in build-fuzz/corpus/.
# Targets come from tests/fuzz/CMakeLists.txt (one orgmap_add_fuzzer line each).
#   tools/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
command -v clang++-14 >/dev/null || {
  echo "fuzz.sh: clang++-14 is missing (tools/install-deps.sh --fuzz)" >&2
  exit 2
}
CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DORGMAP_FUZZ=ON >/dev/null
# Only the fuzz targets and the model libraries they link.
cmake --build build-fuzz -j2 --target $(cut -d' ' -f1 build-fuzz/fuzz-targets.txt)
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
status=0
while read -r name binary seeds; do
  [ -n "$name" ] || continue
  if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
  corpus="build-fuzz/corpus/$name"
  findings="build-fuzz/findings/$name"
  mkdir -p "$corpus" "$findings"
  # Seeds: every file of the listed files and folders (the fixtures).
  for seed in $seeds; do
    find "$seed" -type f -exec cp -n {} "$corpus/" \;
  done
  echo "== $name: ${seconds} s, $(ls "$corpus" | wc -l) inputs in the corpus"
  if ! "$binary" "$corpus" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
    -max_len=65536 -artifact_prefix="$findings/" -print_final_stats=1 2>"build-fuzz/$name.log"; then
    echo "fuzz.sh: $name found a problem; the input is in $findings/:" >&2
    tail -n 60 "build-fuzz/$name.log" >&2
    status=1
  else
    grep -E "^stat::number_of_executed_units|^Done" "build-fuzz/$name.log" || true
  fi
done <build-fuzz/fuzz-targets.txt
exit $status
