#!/usr/bin/env python3
"""Cue words PolNeAR annotates that data/lexicons/attribution_cues.txt lacks.

    cue_candidates.py --set DIR [--min-count 10] [--min-ratio 0.3]

Over a prepared set (prepare_set.py; train, never dev), counts for every
word that heads a gold cue (its first word past auxiliaries and adverbs)
how often it heads a cue and how often it occurs at all, and lists those
missing from the cue lexicons with their ratio: the evidence a lexicon
entry needs (attribution_cues.txt keeps the same two counts). Prints
words and counts only, never text.
"""
import argparse
import collections
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SKIP = {"also", "has", "have", "had", "was", "is", "be", "been", "not", "did", "does", "do", "would", "will",
        "later", "then", "just", "further", "previously", "recently", "once", "repeatedly", "to", "are", "were",
        "the", "a", "an", "s", "it", "in", "of", "for", "can", "could", "may", "might", "should", "now", "still"}


def known():
    words = set()
    for name in ("attribution-cues", "attribution-nominal-cues"):
        with open(os.path.join(REPO, "data", "lexicons", name + ".txt"), encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    words.add(line.split("\t")[0])
    return words


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", required=True)
    ap.add_argument("--min-count", type=int, default=10)
    ap.add_argument("--min-ratio", type=float, default=0.3)
    a = ap.parse_args()
    heads = collections.Counter()
    occurrences = collections.Counter()
    seen_texts = set()
    for fn in sorted(os.listdir(os.path.join(a.set, "gold"))):
        name = fn[:-5].rsplit("_", 1)[0]
        with open(os.path.join(a.set, "text", name + ".txt"), encoding="utf-8") as f:
            text = f.read()
        if name not in seen_texts:
            seen_texts.add(name)
            occurrences.update(w.lower() for w in re.findall(r"[A-Za-z’']+", text))
        with open(os.path.join(a.set, "gold", fn), encoding="utf-8") as f:
            for att in json.load(f):
                cue = text[att["cue"]["start"]:att["cue"]["end"]].lower()
                words = [w for w in re.findall(r"[a-z’']+", cue) if w not in SKIP]
                if words:
                    heads[words[0]] += 1
    lexicon = known()
    rows = [(w, n, occurrences[w], n / occurrences[w] if occurrences[w] else 0.0) for w, n in heads.items()
            if w not in lexicon and n >= a.min_count]
    rows.sort(key=lambda r: (-r[3] * min(r[1], 200), -r[1]))
    print(f"{'word':16} {'cue':>5} {'seen':>6} {'ratio':>6}")
    for w, n, seen, ratio in rows:
        if ratio >= a.min_ratio:
            print(f"{w:16} {n:5d} {seen:6d} {ratio:6.2f}")
    covered = sum(n for w, n, _, r in rows if r >= a.min_ratio)
    print(f"{covered} gold cues headed by the {sum(1 for r in rows if r[3] >= a.min_ratio)} words listed")


if __name__ == "__main__":
    main()
