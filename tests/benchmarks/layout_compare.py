#!/usr/bin/env python3
"""Layout quality side by side: OrgMap's layout, Graphviz dot (domains as
nested clusters, from `orgmap-cli convert X.dot`) and sfdp, on the same maps.

From asset centres joined by straight links it reports: crossings (pairs of
link segments that cross, links sharing an asset excluded), links through
boxes (links whose segment passes through the box of an asset other than its
two ends), mean link length (in the layout's units and in box widths, so that
layouts of different scale compare), and the wall time of the layout process.

Usage: tests/benchmarks/layout_compare.py [--cli build/app/cli/orgmap-cli]
           [--bench-routing build/tests/bench_routing] [--sizes 1000,10000]
           [--dot-timeout 120]
Maps: resources/examples/acme.orgmap.json with its geometry removed, and
`orgmap-cli generate --assets N --no-geometry` maps.

Routed paths: OrgMap draws links routed around boxes (model/layout/linkrouter,
as the canvas does). The "orgmap routed" rows measure those routes on the
laid-out map with build/tests/bench_routing (--bench-routing): crossings (up
to 6,000 links, else "-"), links through other boxes (asset and team boxes,
every link), mean routed length, and the routing time.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ASSET_W, ASSET_H = 192.0, 64.0  # model/layout/autolayout.h kAssetSize


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def strip_geometry(doc):
    for key in ("domains", "teams", "assets"):
        for e in doc.get(key, []):
            e.pop("geometry", None)
    return doc


def links_of(doc):
    ids = {a["id"] for a in doc.get("assets", [])}
    seen = set()
    out = []
    for link in doc.get("links", []):
        a, b = link["from"], link["to"]
        if a in ids and b in ids and a != b and (a, b) not in seen:
            seen.add((a, b))
            out.append((a, b))
    return out


# ---- geometry -----------------------------------------------------------

def orient(ax, ay, bx, by, cx, cy):
    v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
    return (v > 1e-9) - (v < -1e-9)


def segments_cross(p, q):
    (x1, y1), (x2, y2) = p
    (x3, y3), (x4, y4) = q
    d1 = orient(x3, y3, x4, y4, x1, y1)
    d2 = orient(x3, y3, x4, y4, x2, y2)
    d3 = orient(x1, y1, x2, y2, x3, y3)
    d4 = orient(x1, y1, x2, y2, x4, y4)
    return d1 * d2 < 0 and d3 * d4 < 0


def segment_hits_box(p, box):
    """Liang-Barsky: does segment p enter the open rectangle box?"""
    (x1, y1), (x2, y2) = p
    left, top, right, bottom = box
    dx, dy = x2 - x1, y2 - y1
    t0, t1 = 0.0, 1.0
    for pp, qq in ((-dx, x1 - left), (dx, right - x1), (-dy, y1 - top), (dy, bottom - y1)):
        if abs(pp) < 1e-12:
            if qq <= 0:
                return False
        else:
            t = qq / pp
            if pp < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
            if t0 >= t1:
                return False
    return t1 - t0 > 1e-9


class Grid:
    """Uniform buckets over bounding boxes, so that 10,000 assets stay fast."""

    def __init__(self, cell):
        self.cell = cell
        self.cells = {}

    def keys(self, x0, y0, x1, y1):
        c = self.cell
        for gx in range(int(math.floor(min(x0, x1) / c)), int(math.floor(max(x0, x1) / c)) + 1):
            for gy in range(int(math.floor(min(y0, y1) / c)), int(math.floor(max(y0, y1) / c)) + 1):
                yield (gx, gy)

    def add(self, item, x0, y0, x1, y1):
        for k in self.keys(x0, y0, x1, y1):
            self.cells.setdefault(k, []).append(item)

    def query(self, x0, y0, x1, y1):
        found = set()
        for k in self.keys(x0, y0, x1, y1):
            found.update(self.cells.get(k, ()))
        return found


def metrics(centres, sizes, links):
    """centres: id -> (x, y); sizes: id -> (w, h); links: [(a, b)] of asset ids."""
    segs = [((centres[a], centres[b]), a, b) for a, b in links if a in centres and b in centres]
    if not segs:
        return {"links": 0, "crossings": 0, "through": 0, "mean": 0.0, "mean_boxes": 0.0}
    lengths = [math.dist(p, q) for (p, q), _, _ in segs]
    mean = sum(lengths) / len(lengths)
    mean_w = sum(w for w, _ in sizes.values()) / max(1, len(sizes))
    cell = max(mean, mean_w, 1.0)

    grid = Grid(cell)
    for i, ((p, q), _, _) in enumerate(segs):
        grid.add(i, p[0], p[1], q[0], q[1])
    crossings = 0
    for i, ((p, q), a, b) in enumerate(segs):
        for j in grid.query(p[0], p[1], q[0], q[1]):
            if j <= i:
                continue
            (r, s), c, d = segs[j]
            if a in (c, d) or b in (c, d):
                continue
            if segments_cross((p, q), (r, s)):
                crossings += 1

    boxes = Grid(cell)
    for node, (x, y) in centres.items():
        w, h = sizes[node]
        boxes.add(node, x - w / 2, y - h / 2, x + w / 2, y + h / 2)
    through = 0
    for (p, q), a, b in segs:
        for node in boxes.query(p[0], p[1], q[0], q[1]):
            if node in (a, b):
                continue
            x, y = centres[node]
            w, h = sizes[node]
            if segment_hits_box((p, q), (x - w / 2, y - h / 2, x + w / 2, y + h / 2)):
                through += 1
                break
    return {"links": len(segs), "crossings": crossings, "through": through,
            "mean": mean, "mean_boxes": mean / mean_w}


# ---- the layouts ----------------------------------------------------------

def run_timed(cmd, timeout, must=True):
    """Runs cmd; returns (stdout, seconds), stdout None on timeout or, unless
    `must`, on failure (then seconds is negative)."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, timeout
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode(errors="replace")[-2000:])
        if must:
            raise SystemExit(f"failed: {' '.join(cmd)}")
        return None, -elapsed
    return proc.stdout, elapsed


def orgmap_layout(cli, src, work, timeout):
    out = os.path.join(work, "laid.orgmap.json")
    _, elapsed = run_timed([cli, "layout", src, out, "--all"], timeout)
    doc = load_json(out)
    centres = {a["id"]: (a["geometry"]["x"], a["geometry"]["y"]) for a in doc["assets"]}
    sizes = {a: (ASSET_W, ASSET_H) for a in centres}
    return centres, sizes, elapsed, out


def graphviz_layout(engine, dot_file, asset_ids, timeout):
    # Only node positions are measured: no spline routing (it would only add time).
    stdout, elapsed = run_timed([engine, "-Gsplines=false", "-Tplain", dot_file], timeout,
                                must=False)
    if stdout is None:
        return None, None, elapsed
    centres, sizes = {}, {}
    for line in stdout.decode("utf-8", errors="replace").splitlines():
        parts = split_plain(line)
        if len(parts) >= 6 and parts[0] == "node" and parts[1] in asset_ids:
            # plain output is in inches; points keep the figures in one unit
            x, y, w, h = (float(v) * 72 for v in parts[2:6])
            centres[parts[1]] = (x, -y)
            sizes[parts[1]] = (w, h)
    return centres, sizes, elapsed


def split_plain(line):
    """Splits a -Tplain line; names may be quoted."""
    out, cur, quoted, i = [], "", False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == "\\" and i + 1 < len(line):
                cur += line[i + 1]
                i += 1
            elif ch == '"':
                quoted = False
            else:
                cur += ch
        elif ch == '"':
            quoted = True
        elif ch == " ":
            out.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    out.append(cur)
    return out


def routed_paths(bench, laid_map):
    """OrgMap's routed link paths of the laid-out map, measured by
    bench_routing (tests/benchmarks/bench_routing.cpp: the canvas's router,
    model/layout/linkrouter, around asset and team boxes): same keys as
    metrics(), and the routing time. None when the binary is missing."""
    if not bench or not os.path.exists(bench):
        return None, 0
    stdout, _ = run_timed([bench, laid_map], 600)
    r = json.loads(stdout)
    routed = r["routed"]
    crossings = routed["crossings"]
    return ({"links": r["links"], "crossings": "-" if crossings is None else crossings,
             "through": routed["links_through_boxes"], "mean": routed["mean_length"],
             "mean_boxes": routed["mean_length"] / ASSET_W}, r["route_ms"] / 1000)


# ---- driver ----------------------------------------------------------------

def fmt(m, elapsed):
    if m is None:
        what = "failed" if elapsed < 0 else "timeout"
        return f"{what:>10} {'':>9} {'':>10} {'':>11} {abs(elapsed):>8.2f}s"
    return (f"{m['crossings']:>10} {m['through']:>9} {m['mean']:>10.0f} "
            f"{m['mean_boxes']:>11.2f} {elapsed:>8.3f}s")


def compare(name, src_doc, cli, bench, work, dot_timeout, engines):
    src = os.path.join(work, "map.orgmap.json")
    with open(src, "w", encoding="utf-8") as f:
        json.dump(strip_geometry(src_doc), f)
    links = links_of(src_doc)
    asset_ids = {a["id"] for a in src_doc["assets"]}
    print(f"\n{name}: {len(asset_ids)} assets, {len(links)} links")
    print(f"{'layout':<14} {'crossings':>10} {'through':>9} {'mean len':>10} "
          f"{'len/boxw':>11} {'time':>9}", flush=True)
    rows = []
    centres, sizes, elapsed, laid = orgmap_layout(cli, src, work, 600)
    rows.append(("orgmap", metrics(centres, sizes, links), elapsed))
    routed, route_time = routed_paths(bench, laid)
    rows.append(("orgmap routed", routed if routed else "n/a", route_time))
    dot_file = os.path.join(work, "map.dot")
    subprocess.run([cli, "convert", src, dot_file], check=True)
    for engine in engines:
        timeout = dot_timeout
        c, s, t = graphviz_layout(engine, dot_file, asset_ids, timeout)
        rows.append((engine, metrics(c, s, links) if c is not None else None, t))
    for label, m, t in rows:
        if m == "n/a":
            print(f"{label:<14} {'n/a (no bench_routing binary)':>52}", flush=True)
        else:
            print(f"{label:<14} {fmt(m, t)}", flush=True)
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", default=os.path.join(ROOT, "build/app/cli/orgmap-cli"))
    parser.add_argument("--bench-routing", default=os.path.join(ROOT, "build/tests/bench_routing"))
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--dot-timeout", type=float, default=120)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        example = load_json(os.path.join(ROOT, "resources/examples/acme.orgmap.json"))
        compare("example (acme)", example, args.cli, args.bench_routing, work, args.dot_timeout,
                ["dot", "sfdp"])
        for n in [int(v) for v in args.sizes.split(",") if v]:
            gen = os.path.join(work, f"gen{n}.orgmap.json")
            subprocess.run([args.cli, "generate", "--assets", str(n), "--no-geometry", gen],
                           check=True)
            compare(f"generated {n}", load_json(gen), args.cli, args.bench_routing, work, args.dot_timeout,
                    ["dot", "sfdp"])


if __name__ == "__main__":
    main()
