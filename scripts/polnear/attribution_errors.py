#!/usr/bin/env python3
"""Classify Claimdesk's attribution errors on a prepared PolNeAR set by pattern.

    attribution_errors.py --set DIR --pred analysis.json [--shared ../shared] [--json]

DIR is a prepared set (../shared/devsets/scoring/polnear-dev, or one made by
prepare_set.py); analysis.json the merged export run_polnear.sh writes (its
third argument). Spans are read and trimmed exactly as
../shared/eval/devsets/score_polnear.py does (its helpers are imported).

Every gold attribution of every annotator copy is matched to the predicted
claim whose content overlaps it most (a character Jaccard of 0.5 or more):
- unmatched: a MISS, classified by its cue (a punctuation cue, "according
  to", a nominal cue, a belief/intention cue, a cue verb the lexicon knows,
  one it does not), by where its content lies (the headline; before its cue:
  a trailing attribution), and by whether it has a source at all;
- matched: each role (source, cue, content) exact or not, and an inexact one
  classified (no source predicted, a pronoun, gold longer or shorter than
  the prediction, no overlap: another entity);
and every prediction overlapping no gold content is a FALSE POSITIVE,
classified by its cue. Prints counts per class with the share of its table
and, per class, the exact-F1 each role would reach if that class alone were
fixed (an upper bound: the scorer counts spans per role as sets). No text
of the set is printed: cue words are counted, never the sentences.
"""
import argparse
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "them", "him"}
PUNCT_CUES = {":", "-", "—", "–", "(", ")"}


def lexicon(name):
    out = {}
    with open(os.path.join(REPO, "data", "lexicons", name + ".txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            key, *fields = line.split("\t")
            out[key] = fields
    return out


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def jaccard(a, b):
    o = overlap(a, b)
    return o / ((a[1] - a[0]) + (b[1] - b[0]) - o) if o else 0.0


class Classifier:
    def __init__(self):
        self.cues = lexicon("attribution-cues")
        self.nominal = lexicon("attribution-nominal-cues")
        types = lexicon("claim-cue-types")
        self.belief = {k for k, v in types.items() if v and v[0] == "belief"}

    def cue_family(self, cue_text):
        words = re.findall(r"[\w'’]+|[^\w\s]", cue_text.lower())
        if not words or all(w in PUNCT_CUES for w in words):
            return "punctuation cue (colon, dash)"
        joined = " ".join(words)
        if "according" in words:
            return "according to"
        if any(w in self.belief for w in words):
            return "belief / intention / feeling cue"
        if any(w in self.nominal for w in words) and not any(w in self.cues for w in words):
            return "nominal cue (claim, statement, report ...)"
        if any(w in self.cues for w in words):
            return "cue verb in the lexicon"
        return "cue word not in the lexicon"

    def cue_head(self, cue_text):
        words = [w for w in re.findall(r"[\w'’]+", cue_text.lower()) if w not in
                 {"also", "has", "have", "had", "was", "is", "be", "been", "not", "did", "does", "would", "will",
                  "later", "then", "just", "further", "previously", "recently", "once", "repeatedly"}]
        return words[0] if words else cue_text.strip()[:3]


def boundary(gold, pred):
    if pred is None:
        return "none predicted"
    if not overlap(gold, pred):
        return "no overlap (another span)"
    if pred[0] <= gold[0] and pred[1] >= gold[1]:
        return "prediction longer"
    if gold[0] <= pred[0] and gold[1] >= pred[1]:
        return "prediction shorter"
    return "shifted"


def f1_of(tp, pred, gold):
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def expected_gains(tally, roles):
    """Per pattern class, the change of each role's exact F1 if that class
    alone were fixed: a missed attribution found exactly (+1 match and +1
    prediction in every role), a found cue's content cut right (+1 content
    match, and its spurious prediction becomes that match), a false positive
    dropped (-1 prediction in every role), a role's span made exact (+1
    match of that role). Counts are attributions, the scorer counts spans:
    an estimate to rank by, not a forecast."""
    def delta(change):
        out = {}
        for r, c in roles.items():
            tp, pred = c["exact"] + change.get((r, "tp"), 0), c["pred"] + change.get((r, "pred"), 0)
            out[r] = round(f1_of(tp, pred, c["gold"]) - f1_of(c["exact"], c["pred"], c["gold"]), 4)
        return out
    gains = {}
    grouped = collections.Counter()
    for k, n in tally.get("missed attributions", {}).items():
        if "its cue found" in k:
            grouped["content reach of a found cue (its claim cut elsewhere)"] += n
        elif "headline" in k:
            grouped["miss: headline"] += n
        elif "content before its cue" in k:
            grouped["miss: content before its cue (trailing, 'according to' after)"] += n
        elif "no source" in k:
            grouped["miss: no source (passive, 'it is believed')"] += n
        else:
            grouped["miss: " + k.split(" [")[0]] += n
    for name, n in grouped.items():
        if name.startswith("content reach"):
            gains[name] = delta({("content", "tp"): n})
        else:
            gains[name] = delta({(r, d): n for r in roles for d in ("tp", "pred")})
    for k, n in tally.get("false positives", {}).items():
        if k.startswith("a gold cue"):
            continue  # the other half of "content reach of a found cue"
        gains["false positive: " + k] = delta({(r, "pred"): -n for r in roles})
    for role in roles:
        for k, n in tally.get(role + " errors (content found)", {}).items():
            if k == "none predicted" and role == "cue":
                name = "cue: none on a carried quotation or clause"
            else:
                name = f"{role}: {k}"
            gains[name] = delta({(role, "tp"): n})
    return gains


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"))
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    sys.path.insert(0, os.path.join(a.shared, "eval", "devsets"))
    import score_polnear as sp  # noqa: E402  (the scorer's own span helpers)
    from common import load_export, resolve_span, read_text  # noqa: E402

    cl = Classifier()
    roles = {r: collections.Counter() for r in sp.ROLES}  # gold, pred, exact per role, as the scorer counts
    export = load_export(a.pred)
    tally = collections.defaultdict(collections.Counter)   # table -> class -> count
    heads = collections.defaultdict(collections.Counter)   # table -> cue head -> count
    totals = collections.Counter()
    gold_dir = os.path.join(a.set, "gold")
    predicted_seen = set()
    for fn in sorted(os.listdir(gold_dir)):
        name, annotator = fn[:-5].rsplit("_", 1)
        text = read_text(os.path.join(a.set, "text", name + ".txt"))
        headline_end = text.find("\n")
        with open(os.path.join(gold_dir, fn), encoding="utf-8") as f:
            gold = json.load(f)
        gspans = sp.gold_spans(gold, text)
        pspans = sp.pred_spans(export.get(name, []), text, collections.Counter())
        for r in sp.ROLES:
            roles[r]["gold"] += len(gspans[r])
            roles[r]["pred"] += len(pspans[r])
            roles[r]["exact"] += len(gspans[r] & pspans[r])

        def first_piece(value):
            for s in sp.span_list(value):
                where = resolve_span(s, text)
                if where and where != "unplaced":
                    got = sp.pieces(text, where[0], where[1])
                    if got:
                        return (got[0][0], got[-1][1])
            return None

        preds = []
        for doc in export.get(name, []):
            for c in doc.get("claims") or []:
                preds.append({"content": first_piece(c.get("content")), "cue": first_piece(c.get("cue")),
                              "source": first_piece(c.get("speaker_mention")),
                              "cue_text": (c.get("cue") or {}).get("text", "") if isinstance(c.get("cue"), dict) else ""})
        used = set()
        for g in gold:
            gc = first_piece(g["content"])
            gcue = first_piece(g["cue"])
            gsrc = first_piece(g.get("source"))
            if gc is None or gcue is None:
                continue
            totals["gold"] += 1
            best, score = None, 0.5
            for i, p in enumerate(preds):
                if p["content"] and jaccard(gc, p["content"]) >= score:
                    best, score = i, jaccard(gc, p["content"])
            cue_text = text[gcue[0]:gcue[1]]
            if best is None:
                family = cl.cue_family(cue_text)
                where = []
                if any(q["cue"] and overlap(q["cue"], gcue) for q in preds):
                    where.append("its cue found, content cut otherwise")
                if headline_end > 0 and gc[0] < headline_end:
                    where.append("headline")
                elif gc[1] <= gcue[0]:
                    where.append("content before its cue")
                if gsrc is None:
                    where.append("no source")
                tally["missed attributions"][family + (" [" + ", ".join(where) + "]" if where else "")] += 1
                heads["missed cue heads (" + family + ")"][cl.cue_head(cue_text)] += 1
                if family == "cue verb in the lexicon" and "headline" not in where:
                    shape = []
                    between = text[min(gc[1], gcue[1]):max(gc[0], gcue[0])]
                    if "\n" in between:
                        shape.append("content in another paragraph")
                    if gc[0] > 0 and text[gc[0] - 1] in "\"“”'‘’" or text[gc[0]] in "\"“”'‘’":
                        shape.append("a quotation")
                    if gsrc and gsrc[0] > gcue[0]:
                        shape.append("source after the cue")
                    if gsrc and gcue[0] - gsrc[1] > 40:
                        shape.append("source far before the cue")
                    if not shape:
                        shape.append("plain clause")
                    tally["misses with a known cue, by shape"][", ".join(shape)] += 1
                continue
            used.add(best)
            p = preds[best]
            totals["matched"] += 1
            for role, gspan in (("source", gsrc), ("cue", gcue), ("content", gc)):
                pspan = p[role]
                if gspan is None:
                    if pspan is not None:
                        tally[role + " errors (content found)"]["source predicted, gold has none (passive, 'it is believed')"] += 1
                    continue
                if pspan == gspan:
                    totals[role + " exact"] += 1
                    continue
                kind = boundary(gspan, pspan)
                if role == "source" and text[gspan[0]:gspan[1]].lower() in PRONOUNS:
                    kind = "gold is a pronoun: " + kind
                if role == "content" and kind != "none predicted":
                    if text[gspan[0]:gspan[0] + 5].lower() == "that " and pspan[0] == gspan[0] + 5:
                        kind = "'that' left out"
                    elif len(g["content"]) > 1:
                        kind = "split quotation: " + kind
                tally[role + " errors (content found)"][kind] += 1
        for i, p in enumerate(preds):
            key = (name, i)
            if i in used or key in predicted_seen:
                continue
            if p["content"] and any(first_piece(g["content"]) and overlap(first_piece(g["content"]), p["content"])
                                    for g in gold):
                tally["false positives"]["overlaps a gold content below half (span mismatch)"] += 1
            elif p["cue"] and any(first_piece(g["cue"]) and overlap(first_piece(g["cue"]), p["cue"]) for g in gold):
                tally["false positives"]["a gold cue, content elsewhere (over- or under-reach)"] += 1
            else:
                family = cl.cue_family(p["cue_text"]) if p["cue_text"] else "no cue (carried quotation)"
                if p["content"] and headline_end > 0 and p["content"][0] < headline_end:
                    family += " [headline]"
                tally["false positives"][family] += 1
                heads["false-positive cue heads"][cl.cue_head(p["cue_text"])] += 1
            totals["false positives"] += 1

    gains = expected_gains(tally, roles)
    out = {"totals": dict(totals), "roles": {r: dict(c) for r, c in roles.items()}, "gains": gains, "tables": {k: dict(v.most_common()) for k, v in tally.items()},
           "cue heads": {k: dict(v.most_common(40)) for k, v in heads.items()}}
    if a.json:
        print(json.dumps(out, indent=1))
        return
    print("totals:", dict(totals))
    for table, counter in tally.items():
        n = sum(counter.values())
        print(f"\n{table} ({n})")
        for k, v in counter.most_common():
            print(f"  {v:5d}  {100 * v / n:5.1f}%  {k}")
    print("\nexact F1 now: " + ", ".join(f"{r} {f1_of(c['exact'], c['pred'], c['gold']):.3f}" for r, c in roles.items()))
    print("expected gain if one class alone were fixed (upper bound; F1 points source / cue / content):")
    for name, d in sorted(gains.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {d['source']:+.3f} {d['cue']:+.3f} {d['content']:+.3f}  {name}")
    for table, counter in heads.items():
        print(f"\n{table}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common(40)))


if __name__ == "__main__":
    main()
