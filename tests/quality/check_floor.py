#!/usr/bin/env python3
"""Compare score.py's figures (--json) with the floor; exit 1 on any drop.

    check_floor.py FLOOR.json SCORES.json [MORE-SCORES.json ...]

Several score files are read as one (later files add figures).

FLOOR.json maps a figure to its minimum: "claims_content_f1" reads
scores["claims_content"]["f1"]; "body_f1" reads scores["body_f1"].
"""
import json
import sys


def figure(scores, name):
    if name in scores and not isinstance(scores[name], dict):
        return scores[name]
    head, _, tail = name.rpartition("_")
    entry = scores.get(head)
    if isinstance(entry, dict) and tail in entry:
        return entry[tail]
    return None


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        floor = json.load(f)
    scores = {}
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            # score.py --json prints the object, then its "score: ..." line.
            scores.update(json.JSONDecoder().raw_decode(f.read())[0])
    failed = False
    for name, minimum in sorted(floor.items()):
        if name.startswith("_"):
            continue
        value = figure(scores, name)
        ok = value is not None and value + 1e-9 >= minimum
        failed |= not ok
        print(f"{'ok  ' if ok else 'DROP'} {name:24} {value!s:>8}  (floor {minimum})")
    print("quality gate: " + ("FAILED: a figure fell below its floor" if failed else "passed"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
