#!/usr/bin/env bash
# OrgMap benchmarks: generated maps of 1k, 10k (and with --full 100k) assets.
# Prints a Markdown report (the figures in docs/benchmarks.md come from it).
# Usage: tests/benchmarks/run.sh [--full] [BUILD_DIR]
set -euo pipefail
full=0
[ "${1:-}" = "--full" ] && { full=1; shift; }
build=${1:-build}
cli=$build/app/cli/orgmap-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sizes=(1000 10000)
[ $full -eq 1 ] && sizes+=(100000)

# Wall seconds and peak RSS (MB) of a whole command, median of N runs.
measure() { # runs cmd...
  local runs=$1; shift
  local times=() mems=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || true
    read -r t m < <(tail -n 1 "$work/t")
    times+=("$t"); mems+=("$((m / 1024))")
  done
  local mt mm
  mt=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
  mm=$(printf '%s\n' "${mems[@]}" | sort -n | tail -1)
  echo "$mt $mm"
}

echo "| assets | links | JSON load+validate | SQLite save | SQLite open | check (whole process) | check peak RSS | igraph betweenness | check / igraph |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for n in "${sizes[@]}"; do
  map=$work/gen-$n.orgmap.json
  "$cli" generate --assets "$n" --seed 1 "$map"
  json=$("$build/tests/bench_json" "$map" 5 | awk '/^read\+validate/ {print $3 " ms"}')
  storage=$("$build/tests/bench_storage" "$map" 5)
  save=$(echo "$storage" | awk '/^save/ {print $3 " ms"}')
  open=$(echo "$storage" | awk '/^open/ {print $3 " ms"}')
  runs=3; [ "$n" -ge 100000 ] && runs=1
  read -r ct cm < <(measure $runs "$cli" check "$map" --format json)
  if [ "$n" -le 10000 ]; then
    ig=$(/usr/bin/python3 "$(dirname "$0")/igraph_betweenness.py" "$map")
    ratio=$(awk -v a="$ct" -v b="$ig" 'BEGIN { printf "%.2f", a / b }')
  else
    ig="(hours: not run)"; ratio="-"
  fi
  echo "| $n | $((n * 3)) | $json | $save | $open | ${ct} s | ${cm} MB | ${ig} s | $ratio |"
done
