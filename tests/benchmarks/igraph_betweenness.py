#!/usr/bin/python3
"""Times igraph's exact directed betweenness on the asset dependency graph of an
.orgmap.json file (one edge per ordered pair of assets, as the analysis spec
says), for the side-by-side figure in docs/benchmarks.md. Prints seconds."""
import json, sys, time
import igraph

with open(sys.argv[1], encoding="utf-8") as f:
    doc = json.load(f)
index = {a["id"]: i for i, a in enumerate(sorted(doc.get("assets", []), key=lambda a: a["id"]))}
pairs = sorted({(index[l["from"]], index[l["to"]]) for l in doc.get("links", [])})
g = igraph.Graph(n=len(index), edges=pairs, directed=True)
start = time.perf_counter()
g.betweenness(directed=True)
print(f"{time.perf_counter() - start:.3f}")
