#!/usr/bin/env python3
"""Error analysis for attribution predictions (development aid; reads gold and predicted JSONL).

Aligns predictions to gold the way score_attrib.py's section C does (content-token Jaccard,
then cue/source overlap) and prints: source mismatches on aligned pairs, false positives and
misses with their cue and sentence context.

Usage: python3 scripts/attrib_errors.py GOLD.jsonl PRED.jsonl [src|fp|fn] [N]
"""
import json, re, sys, random

TOK = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def toks(text):
    return [(m.start(), m.end()) for m in TOK.finditer(text)]


def cover(spans, tk):
    return frozenset(i for i, (s, e) in enumerate(tk) for (a, b) in (spans or []) if s < b and e > a)


def main():
    gold = {}
    for l in open(sys.argv[1]):
        d = json.loads(l); gold[d["doc_id"]] = d
    pred = {json.loads(l)["doc_id"]: json.loads(l) for l in open(sys.argv[2])}
    mode = sys.argv[3] if len(sys.argv) > 3 else "src"
    n = int(sys.argv[4]) if len(sys.argv) > 4 else 40
    out = []
    for doc_id, g in gold.items():
        text = g["text"]; tk = toks(text)
        G = [{r: cover(a.get(r), tk) for r in ("source", "cue", "content")} | {"raw": a} for a in g["attributions"]]
        P = [{r: cover(a.get(r), tk) for r in ("source", "cue", "content")} | {"raw": a} for a in pred.get(doc_id, {"attributions": []})["attributions"]]
        cands = []
        for i, p in enumerate(P):
            for j, q in enumerate(G):
                u = len(p["content"] | q["content"]); jac = len(p["content"] & q["content"]) / u if u else 0
                if jac == 0 and (p["cue"] & q["cue"] or p["source"] & q["source"]):
                    jac = 1e-6 if p["cue"] & q["cue"] else 1e-7
                if jac > 0: cands.append((jac, i, j))
        cands.sort(reverse=True); ui, uj = set(), set(); pairs = []
        for jac, i, j in cands:
            if i in ui or j in uj: continue
            ui.add(i); uj.add(j); pairs.append((i, j))
        s = lambda a, r: " | ".join(text[x:y] for x, y in a["raw"].get(r) or [])
        def ctx(a):
            c = (a["raw"].get("cue") or a["raw"].get("content") or [[0, 0]])[0]
            return text[max(0, c[0] - 120):c[1] + 80].replace("\n", " ")
        if mode == "src":
            for i, j in pairs:
                gs = {t for t in G[j]["source"] if re.match(r"\w", text[tk[t][0]:tk[t][1]])}
                ps = {t for t in P[i]["source"] if re.match(r"\w", text[tk[t][0]:tk[t][1]])}
                if G[j]["source"] and gs != ps:
                    out.append(f"GOLD[{s(G[j],'source')}] PRED[{s(P[i],'source')}] cue[{s(G[j],'cue')}/{s(P[i],'cue')}]\n    {ctx(G[j])}")
        elif mode == "fp":
            for i in set(range(len(P))) - ui:
                out.append(f"FP cue[{s(P[i],'cue')}] src[{s(P[i],'source')}]\n    {ctx(P[i])}")
        else:
            for j in set(range(len(G))) - uj:
                out.append(f"FN cue[{s(G[j],'cue')}] src[{s(G[j],'source')}]\n    {ctx(G[j])}")
    random.seed(0)
    print(len(out))
    for line in random.sample(out, min(n, len(out))):
        print(line)


if __name__ == "__main__":
    main()
