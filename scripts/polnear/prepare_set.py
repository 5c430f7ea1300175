#!/usr/bin/env python3
"""Lay out a PolNeAR compartment (brat .ann files) for the PolNeAR scorer.

    prepare_set.py ../shared/devsets/polnear/train OUT_DIR [--metadata ../shared/devsets/polnear/metadata.tsv]

Writes OUT_DIR/text/<name>.txt (symbolic links to the articles), OUT_DIR/gold/
<name>_<annotator>.json and OUT_DIR/meta.tsv in the layout of
../shared/devsets/scoring/polnear-dev, so that ../shared/eval/devsets/
run_polnear.sh CLI OUT_DIR scores Claimdesk on the compartment. OUT_DIR
must lie outside the repository: the texts are third-party data.

Gold spans come from the offsets (code points), never from the covered
text column; attributions without a Source keep none; Discuss and Discard
flags and unlinked spans are left out (see the compartment's README).
"""
import argparse
import json
import os
import re
import sys


def read_ann(path, text):
    spans, events = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if re.match(r"T\d+\t", line):
                tid, head, _ = (line.split("\t") + [""])[:3]
                kind, _, offsets = head.partition(" ")
                frags = []
                for piece in offsets.split(";"):
                    a, b = piece.split()
                    frags.append((int(a), int(b)))
                spans[tid] = (kind, frags)
            elif re.match(r"E\d+\t", line):
                eid, body = line.split("\t", 1)
                roles = {}
                for part in body.split():
                    role, _, ref = part.partition(":")
                    roles.setdefault(role, ref)
                events.append((eid, roles))
    out = []
    for eid, roles in events:
        def span(role):
            ref = roles.get(role)
            if ref not in spans:
                return None
            return [{"start": a, "end": b, "text": text[a:b]} for a, b in spans[ref][1]]
        content = (span("Content") or []) + (span("Content2") or [])
        cue = span("Cue")
        if not content or not cue:
            continue
        source = span("Source")
        out.append({"id": eid,
                    "source": source[0] if source else None,
                    "cue": cue[0],
                    "content": content})
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("compartment")
    ap.add_argument("out")
    ap.add_argument("--metadata")
    a = ap.parse_args()
    comp = os.path.abspath(a.compartment)
    metadata = a.metadata or os.path.join(os.path.dirname(comp), "metadata.tsv")
    published = {}
    with open(metadata, encoding="utf-8") as f:
        header = next(f).rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            published[os.path.splitext(row["filename"])[0]] = row["publication_date"]
    os.makedirs(os.path.join(a.out, "text"), exist_ok=True)
    os.makedirs(os.path.join(a.out, "gold"), exist_ok=True)
    annotators = {}
    for ann in sorted(os.listdir(os.path.join(comp, "attributions"))):
        name, _, annotator = os.path.splitext(ann)[0].rpartition("_")
        annotators.setdefault(name, []).append(annotator)
    rows = []
    for name, who in sorted(annotators.items()):
        src = os.path.join(comp, "text", name + ".txt")
        with open(src, encoding="utf-8") as f:
            text = f.read()
        dst = os.path.join(a.out, "text", name + ".txt")
        if not os.path.exists(dst):
            os.symlink(src, dst)
        for annotator in who:
            gold = read_ann(os.path.join(comp, "attributions", f"{name}_{annotator}.ann"), text)
            with open(os.path.join(a.out, "gold", f"{name}_{annotator}.json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False)
        rows.append(f"{name}\t{published.get(name, '')}\t{'|'.join(who)}")
    with open(os.path.join(a.out, "meta.tsv"), "w", encoding="utf-8") as f:
        f.write("name\tpublished\tannotators\n" + "\n".join(rows) + "\n")
    print(f"{len(rows)} articles, {sum(len(w) for w in annotators.values())} annotator files -> {a.out}")


if __name__ == "__main__":
    sys.exit(main())
