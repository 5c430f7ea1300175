#!/usr/bin/env python3
"""What score.py does not measure on the news challenge set, as figures.

    news_checks.py --scorer SCORE.py --gold GOLD --corpus ARTICLES --pred EXPORT.json

Prints one JSON object (fractions; null when nothing was there to count):

  disagreement_reasons  gold disagreements whose predicted cluster is flagged
                        with a reason naming what the gold's clusters.json
                        "reasons" lists (every group of words: one of them)
  progressions_shown    "progression" clusters whose predicted cluster is not
                        flagged and whose reason says "progression"
  claim_type_accuracy   matched claims whose "type" is the gold's
  polarity_accuracy     matched claims (optional ones too) whose "polarity"
                        is the gold's
  frame_measure_accuracy  gold figures with a "measure" whose predicted figure
                        (same value and bounds) has that measure
  frame_subject_accuracy  ... whose predicted subject names the gold's
                        subject (folded prefix: "lumera" ~ "Lumeran sailors")

Claims are matched as score.py matches them (its own functions are used).
"""
import argparse
import importlib.util
import json
import os


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fraction(good, total):
    return round(good / total, 3) if total else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scorer", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--pred", required=True)
    a = ap.parse_args()
    sc = load_scorer(a.scorer)

    with open(a.pred, encoding="utf-8") as f:
        pred = json.load(f)
    with open(os.path.join(a.gold, "clusters.json"), encoding="utf-8") as f:
        verdicts = json.load(f)
    pdocs = {os.path.basename(d.get("file", "")): d for d in pred.get("documents", [])}

    counts = {k: [0, 0] for k in ("type", "polarity", "measure", "subject")}
    gold_cluster_of = {}  # (file, predicted claim id) -> gold cluster
    for name in sorted(os.listdir(a.gold)):
        if not name.endswith(".json") or name == "clusters.json":
            continue
        with open(os.path.join(a.gold, name), encoding="utf-8") as f:
            g = json.load(f)
        with open(os.path.join(a.corpus, g["document"]), encoding="utf-8-sig") as f:
            doc = f.read()
        p = pdocs.get(g["document"], {})
        gcl = [(sc.gold_span(doc, c["content"], c["id"]), c) for c in g.get("claims", [])]
        pcl = [(sc.locate(doc, c.get("content")), c) for c in p.get("claims", []) or []]
        for i, j in sc.match_pairs(pcl, gcl, lambda i, j: sc.mutual(pcl[i][0], gcl[j][0])):
            gc, pc = gcl[j][1], pcl[i][1]
            gold_cluster_of[(g["document"], pc.get("id"))] = gc.get("cluster")
            if not gc.get("optional"):
                counts["type"][1] += 1
                counts["type"][0] += pc.get("type") == gc.get("type", "statement")
            counts["polarity"][1] += 1
            counts["polarity"][0] += pc.get("polarity") == gc.get("polarity", "affirmed")
            for gq in gc.get("quantities", []):
                same = [pq for pq in pc.get("quantities", []) or [] if sc.quantity_equal(pq, gq)]
                frame = (same[0].get("frame") or {}) if same else {}
                if gq.get("measure"):
                    counts["measure"][1] += 1
                    counts["measure"][0] += frame.get("measure") == gq["measure"]
                if gq.get("subject"):
                    counts["subject"][1] += 1
                    counts["subject"][0] += sc.fold(gq["subject"])[:5] in sc.fold(frame.get("subject") or "")

    # The predicted clusters holding two or more matched claims of a gold cluster.
    members = {}
    for k in pred.get("clusters", []) or []:
        for m in k.get("members", []):
            if isinstance(m, (list, tuple)) and len(m) == 2:
                members.setdefault(k.get("id"), []).append((os.path.basename(m[0]), m[1]))
    clusters = {k.get("id"): k for k in pred.get("clusters", []) or []}

    def shared(gold_cluster):
        out = []
        for cid, ms in members.items():
            mine = [m for m in ms if gold_cluster_of.get(m) == gold_cluster]
            if len({f for f, _ in mine}) >= 2:
                out.append(clusters[cid])
        return out

    reasons = verdicts.get("reasons", {})
    right = 0
    for gold_cluster, groups in reasons.items():
        for k in shared(gold_cluster):
            text = sc.fold(k.get("reason") or "")
            if k.get("disagreement") and all(any(sc.fold(w) in text for w in group) for group in groups):
                right += 1
                break
    progressions = verdicts.get("progression", [])
    shown = sum(1 for gc in progressions
                if any(not k.get("disagreement") and "progression" in (k.get("reason") or "").lower()
                       for k in shared(gc)))
    out = {
        "disagreement_reasons": fraction(right, len(reasons)),
        "progressions_shown": fraction(shown, len(progressions)),
        "claim_type_accuracy": fraction(*counts["type"]),
        "polarity_accuracy": fraction(*counts["polarity"]),
        "frame_measure_accuracy": fraction(*counts["measure"]),
        "frame_subject_accuracy": fraction(*counts["subject"]),
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
