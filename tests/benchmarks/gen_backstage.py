#!/usr/bin/env python3
"""Writes a synthetic Backstage catalog for the import benchmark (issue 10).

Usage: gen_backstage.py OUT_DIR [--components N] [--systems N] [--domains N]
                        [--groups N] [--apis N] [--seed S]

Defaults: 10,000 components, 500 systems, 50 domains, 400 groups, 3,000 APIs,
spread over one file per domain (multi-document YAML) plus groups.yaml,
apis.yaml and a catalog-info.yaml Location that names them all. Deterministic
for a seed: every component has an owner and a system, one in five provides an
API, each consumes two APIs and depends on another component.
"""
import argparse
import os
import random


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--components", type=int, default=10000)
    p.add_argument("--systems", type=int, default=500)
    p.add_argument("--domains", type=int, default=50)
    p.add_argument("--groups", type=int, default=400)
    p.add_argument("--apis", type=int, default=3000)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)

    def doc(kind, name, spec, extra=""):
        lines = ["apiVersion: backstage.io/v1alpha1", f"kind: {kind}", "metadata:",
                 f"  name: {name}", f"  description: Synthetic {kind.lower()} {name}"]
        if extra:
            lines.append(extra)
        lines.append("spec:")
        for k, v in spec.items():
            if isinstance(v, list):
                lines.append(f"  {k}: [{', '.join(v)}]")
            else:
                lines.append(f"  {k}: {v}")
        return "\n".join(lines) + "\n"

    groups = [f"team-{i:03d}" for i in range(a.groups)]
    with open(os.path.join(a.out, "groups.yaml"), "w") as f:
        f.write("---\n".join(doc("Group", g, {"type": "team", "children": []}) for g in groups))

    apis = [f"api-{i:04d}" for i in range(a.apis)]
    with open(os.path.join(a.out, "apis.yaml"), "w") as f:
        f.write("---\n".join(
            doc("API", n, {"type": "asyncapi" if i % 5 == 0 else "openapi",
                           "lifecycle": "production", "owner": rng.choice(groups),
                           "definition": "none"}) for i, n in enumerate(apis)))

    systems = [f"system-{i:03d}" for i in range(a.systems)]
    components = [f"component-{i:05d}" for i in range(a.components)]
    providers = {}  # api index -> provided by one component
    for i, api in enumerate(apis):
        providers.setdefault(i % a.components * 5 % a.components, []).append(api)

    files = ["groups.yaml", "apis.yaml"]
    for d in range(a.domains):
        name = f"domain-{d:02d}"
        docs = [doc("Domain", name, {"owner": groups[d % a.groups]}, f"  title: Domain {d}")]
        for s in range(d, a.systems, a.domains):
            docs.append(doc("System", systems[s], {"owner": rng.choice(groups), "domain": name}))
        for c in range(d, a.components, a.domains):
            system = systems[(c // a.domains) % (a.systems // a.domains) * a.domains + d]
            spec = {"type": "service" if c % 7 else "data-product",
                    "lifecycle": "production", "owner": rng.choice(groups), "system": system,
                    "consumesApis": rng.sample(apis, 2),
                    "dependsOn": [f"component:{rng.choice(components)}"]}
            if c in providers:
                spec["providesApis"] = providers[c]
            docs.append(doc("Component", components[c], spec, "  tags: [synthetic]"))
        fname = f"{name}.yaml"
        files.append(fname)
        with open(os.path.join(a.out, fname), "w") as f:
            f.write("---\n".join(docs))

    with open(os.path.join(a.out, "catalog-info.yaml"), "w") as f:
        f.write("apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n"
                "  name: synthetic\nspec:\n  targets:\n" +
                "".join(f"    - ./{n}\n" for n in files))


if __name__ == "__main__":
    main()
