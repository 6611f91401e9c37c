#!/usr/bin/env bash
# `orgmap-cli diff` of two 10,000-asset maps as a whole process (issue 11:
# target under 0.5 s). Two pairs: the seed-1 map against a copy with a few
# edits (the usual review of a change), and against the seed-2 map (every
# asset, link and name differs: the worst case, ~76,000 change entries).
# Uses hyperfine when installed (Debian package `hyperfine`), else the median
# of /usr/bin/time runs. Usage: tests/benchmarks/diff.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build=${1:-build}
runs=${2:-10}
cli=$(realpath "$build/app/cli/orgmap-cli")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
"$cli" generate --assets 10000 --seed 1 a.orgmap.json
"$cli" generate --assets 10000 --seed 2 b.orgmap.json
# The edited copy: renamed map, one asset moved to another domain, one asset
# unowned, one link removed and one added.
python3 - <<'PY'
import json
d = json.load(open("a.orgmap.json"))
d["name"] = "Synthetic organisation, edited"
d["assets"][100]["domain"] = d["assets"][7]["domain"]
d["assets"][5].pop("owner", None)
del d["links"][10]
d["links"].append({"from": d["assets"][1]["id"], "to": d["assets"][2]["id"], "kind": "event"})
json.dump(d, open("e.orgmap.json", "w"), indent=2)
PY
# Canonical form, so both files are what orgmap writes.
"$cli" convert e.orgmap.json e.orgmap.json

# For scale on the machine of the day: reading one map (and writing it out).
ref="$cli convert a.orgmap.json -"
if command -v hyperfine >/dev/null; then
  hyperfine -N -i -w 2 -r "$runs" --export-json h.json "$ref" >/dev/null 2>&1
  echo "reference: \`orgmap-cli convert a.orgmap.json -\` median $(python3 -c "import json; print('%.3f' % json.load(open('h.json'))['results'][0]['median'])") s"
  echo
fi

cases=("edited:e" "seed 2:b")
echo "| pair | format | changes | median | min | peak RSS |"
echo "| --- | --- | --- | --- | --- | --- |"
for c in "${cases[@]}"; do
  label=${c%%:*}; other=${c#*:}
  changes=$("$cli" diff a.orgmap.json "$other.orgmap.json" --format json | grep -c '"op"' || true)
  for format in text json; do
    cmd="$cli diff a.orgmap.json $other.orgmap.json --format $format"
    /usr/bin/time -f "%M" -o rss $cmd >/dev/null 2>&1 || true
    rss=$(( $(tail -n 1 rss) / 1024 ))
    if command -v hyperfine >/dev/null; then
      hyperfine -N -i -w 2 -r "$runs" --export-json h.json "$cmd" >/dev/null 2>&1
      read -r median min < <(python3 -c "import json; r=json.load(open('h.json'))['results'][0]; print('%.3f %.3f' % (r['median'], r['min']))")
    else
      times=()
      for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e" -o t $cmd >/dev/null 2>&1 || true
        times+=("$(tail -n 1 t)")
      done
      median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
      min=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
    fi
    echo "| a vs $label | $format | $changes | ${median} s | ${min} s | ${rss} MB |"
  done
done
