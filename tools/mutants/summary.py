#!/usr/bin/env python3
"""Scores of a Stryker.NET JSON report per file and per folder, and the mutants left alive with their line.

    python3 tools/mutants/summary.py StrykerOutput/<run>/reports/mutation-report.json [--survivors]

Score = detected / (detected + undetected), detected = Killed + Timeout, undetected = Survived + NoCoverage, as Stryker
counts it; CompileError and Ignored mutants are left out. Only files with at least one tested mutant are listed.
"""
import json
import sys
from collections import Counter, defaultdict

DETECTED = {"Killed", "Timeout"}
UNDETECTED = {"Survived", "NoCoverage"}


def main(path, survivors):
    report = json.load(open(path, encoding="utf-8"))
    folders = defaultdict(Counter)
    rows = []
    for name, file in sorted(report["files"].items()):
        counts = Counter(m["status"] for m in file["mutants"])
        d = sum(counts[s] for s in DETECTED)
        u = sum(counts[s] for s in UNDETECTED)
        if d + u == 0:
            continue
        short = name.split("/src/BudgetDisclosure/")[-1]
        rows.append((short, d, u))
        parts = short.split("/")
        for i in range(1, len(parts)):
            folders["/".join(parts[:i]) + "/"].update({"d": d, "u": u})
        if survivors:
            lines = file["source"].split("\n")
            for m in file["mutants"]:
                if m["status"] in UNDETECTED:
                    line = m["location"]["start"]["line"]
                    print(f"{short}:{line}: {m['status']} {m['mutatorName']}: {lines[line - 1].strip()[:100]} → {m.get('replacement', '')[:80]}")
    print(f"{'file':60} {'detected':>9} {'alive':>6} {'score':>7}")
    for short, d, u in rows:
        print(f"{short:60} {d:9} {u:6} {100 * d / (d + u):6.1f}%")
    for folder, c in sorted(folders.items()):
        print(f"{folder:60} {c['d']:9} {c['u']:6} {100 * c['d'] / (c['d'] + c['u']):6.1f}%")


if __name__ == "__main__":
    main(sys.argv[1], "--survivors" in sys.argv[2:])
