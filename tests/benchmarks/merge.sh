#!/usr/bin/env bash
# `orgmap-cli merge` of three 10,000-asset maps as a whole process (target:
# under 1 s). BASE is a generated map; OURS and THEIRS are edited copies with
# changes on both sides: owners, descriptions, geometry, removals, additions,
# and some conflicting edits. Prints a Markdown table row.
# Usage: tests/benchmarks/merge.sh [BUILD_DIR] [ASSETS]
set -euo pipefail
build=${1:-build}
n=${2:-10000}
cli=$build/app/cli/orgmap-cli
work=$(mktemp -d)
[ -n "${KEEP:-}" ] && work=$KEEP && mkdir -p "$work" || trap 'rm -rf "$work"' EXIT

"$cli" generate --assets "$n" --seed 1 "$work/base.orgmap.json"
/usr/bin/python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
base = json.load(open(f"{work}/base.orgmap.json"))
teams = [t["id"] for t in base["teams"]]

def edited(side):
    m = json.loads(json.dumps(base))
    assets = m["assets"]
    for i, a in enumerate(assets):
        if side == "ours" and i % 10 == 0:
            a["owner"] = teams[(i // 10) % len(teams)]
        if side == "theirs" and i % 5 == 0:
            a["description"] = f"edited by theirs {i}"
        if i % 7 == 0 and "geometry" in a:   # both move: geometry takes ours
            a["geometry"]["x"] += 10 if side == "ours" else -10
        if side == "theirs" and i % 50 == 0:  # conflicts with ours' owner
            a["owner"] = teams[(i // 10 + 1) % len(teams)]
    if side == "theirs":  # remove 100 assets and their links
        gone = {a["id"] for a in assets[1::100]}
        m["assets"] = [a for a in assets if a["id"] not in gone]
        m["links"] = [l for l in m["links"] if l["from"] not in gone and l["to"] not in gone]
    else:  # add 100 assets with links
        for k in range(100):
            m["assets"].append({"id": f"new-{k:03}", "kind": "service", "name": f"New {k}"})
            m["links"].append({"from": f"new-{k:03}", "to": assets[k]["id"], "kind": "api"})
    json.dump(m, open(f"{work}/{side}.orgmap.json", "w"))

for side in ("ours", "theirs"):
    edited(side)
PY

times=()
for _ in 1 2 3 4 5; do
  cp "$work/ours.orgmap.json" "$work/out.orgmap.json"
  /usr/bin/time -f "%e %M" -o "$work/t" "$cli" merge "$work/base.orgmap.json" \
    "$work/out.orgmap.json" "$work/theirs.orgmap.json" 2>"$work/err" || [ $? -eq 1 ]
  times+=("$(tail -n 1 "$work/t")")
done
read -r t m < <(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
conflicts=$(grep -c '^conflict:' "$work/err" || true)
geometry=$(grep -c '^geometry:' "$work/err" || true)
links=$(grep -c '"from"' "$work/out.orgmap.json" || true)
echo "| assets | links | conflicts | geometry taken from ours | merge (whole process, median of 5) | peak RSS |"
echo "| --- | --- | --- | --- | --- | --- |"
echo "| $n | $links | $conflicts | $geometry | ${t} s | $((m / 1024)) MB |"
