#!/usr/bin/env python3
"""Top frames of a JFR recording's execution samples.

usage: jfr-top.py RECORDING.jfr [N]

Prints three tables: the hottest self frames (top of stack), the hottest Rubric frames
(the innermost dev.rubric.* frame of each sample, i.e. which of our methods the time is
spent under), and inclusive time per Rubric method (any dev.rubric.* frame on the stack).
"""
import collections
import json
import subprocess
import sys


def frames(sample):
    out = []
    for f in sample["stackTrace"]["frames"]:
        m = f["method"]
        out.append(m["type"]["name"].replace("/", ".") + "." + m["name"] + ":" + str(f.get("lineNumber", "")))
    return out


def main():
    path = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", "jdk.ExecutionSample", path],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(raw)["recording"]["events"]
    self_counts = collections.Counter()
    rubric_counts = collections.Counter()
    inclusive = collections.Counter()
    total = 0
    for e in events:
        st = frames(e["values"])
        if not st:
            continue
        total += 1
        self_counts[st[0].rsplit(":", 1)[0]] += 1
        ours = [f for f in st if f.startswith("dev.rubric.") and ".bench." not in f]
        rubric_counts[ours[0] if ours else "(no dev.rubric frame)"] += 1
        for m in {f.rsplit(":", 1)[0] for f in ours}:
            inclusive[m] += 1
    print(f"{total} execution samples in {path}")
    for title, counter in (("self (top of stack)", self_counts),
                           ("innermost dev.rubric frame (method:line)", rubric_counts),
                           ("inclusive per dev.rubric method", inclusive)):
        print(f"\n-- {title}")
        for name, c in counter.most_common(n):
            print(f"{100.0 * c / total:6.1f}%  {name}")


if __name__ == "__main__":
    main()
