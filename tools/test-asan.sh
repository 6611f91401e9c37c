#!/usr/bin/env bash
# The whole test suite once more, built with AddressSanitizer and
# UndefinedBehaviorSanitizer (g++) in build-asan/: what CI runs after
# tools/test.sh (.ci/run). Any sanitizer report fails the test that hit it.
set -euo pipefail
cd "$(dirname "$0")/.."
flags="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
# -O1 -g1: fast enough to run the suite, symbols enough for the reports.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DCMAKE_CXX_FLAGS="$flags" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DORGMAP_TEST_TIMEOUT=1200 >/dev/null
cmake --build build-asan -j2
cd build-asan
# detect_leaks=0: Qt, fontconfig and the platform plugins keep allocations
# until exit that LeakSanitizer reports by the hundred (not OrgMap's); memory
# errors, overflows and undefined behaviour are what this run is for.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=0:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
# Sanitized code runs several times slower: ORGMAP_TEST_TIMEOUT above gives each
# test 1200 s. The catalogue check runs no OrgMap code: tools/test.sh has it.
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 -E '^tst_translations_complete$'
