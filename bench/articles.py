#!/usr/bin/env python3
"""The folder of N real-text articles bench/spark.sh and bench/speed.sh scan: the 692 news_synth documents, the
68 ECB+ development articles, then chunks of the books in ../shared/eval-data/large (news-length up to N of about 2,000;
far above it the texts run short: at 20,000 the median article is 26 words).
usage: bench/articles.py SHARED OUT_DIR N"""
import json, os, re, sys, glob
shared, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
arts = []
docs = json.load(open(os.path.join(shared, "eval-data/abcd-link-news/news_synth/docs.json"), encoding="utf-8"))
for name in sorted(docs):
    sents = [docs[name][k] for k in sorted(docs[name], key=int)]
    paras = ["\n".join(sents[i:i + 3]) for i in range(0, len(sents), 3)]
    arts.append(("news", "\n\n".join(paras)))
for f in sorted(glob.glob(os.path.join(shared, "eval/ecb-dev/topics/*/*.txt"))):
    arts.append(("ecb", open(f, encoding="utf-8").read()))
books = sorted(glob.glob(os.path.join(shared, "eval-data/large/darwin-origin/**/*.txt"), recursive=True)) \
    + sorted(glob.glob(os.path.join(shared, "eval-data/large/frankenstein/*_paragraphs.txt")))
lines = {b: [l.rstrip("\n") for l in open(b, encoding="utf-8", errors="replace")] for b in books}
words = sum(len(l.split()) for ls in lines.values() for l in ls)
need = n - len(arts)
if need < 1:
    arts = arts[:n]
else:
    # a chunk ends at a line end; where lines cannot make `need` chunks of 20 or more words (N far above 2,000:
    # the books' long paragraphs stay whole), at a sentence end inside a line too
    def units(sentences):
        out = {}
        for b in books:
            us = []
            for l in lines[b]:
                parts = re.split(r"(?<=[.!?;])\s+", l) if sentences else [l]
                us += [p + " " for p in parts[:-1]] + [parts[-1] + "\n"]
            out[b] = us
        return out

    def cut(us, per):
        chunks = []
        for b in books:
            cur, w = [], 0
            for u in us[b]:
                cur.append(u)
                w += len(u.split())
                if w >= per:
                    chunks.append("".join(cur).strip()); cur, w = [], 0
            if w >= per // 3:
                chunks.append("".join(cur).strip())
        return [c for c in chunks if len(c.split()) >= 20]

    chunks = []
    for sentences in (False, True):
        us = units(sentences)
        per = max(40, words // need)
        while per >= 20 and len(chunks) < need:
            chunks = cut(us, per)
            per = int(per * 0.95)
        if len(chunks) >= need:
            break
    if len(chunks) < need:
        sys.exit("bench/articles.py: the shared texts make at most %d articles of 20 or more words, not %d" % (
            len(arts) + len(chunks), n))
    # spread the cut over all books, not only the last one
    step = len(chunks) / need
    arts += [("book", chunks[int(i * step)]) for i in range(need)]
for i, (kind, text) in enumerate(arts):
    sub = os.path.join(out, kind)
    os.makedirs(sub, exist_ok=True)
    open(os.path.join(sub, "%s-%05d.txt" % (kind, i)), "w", encoding="utf-8").write(text + "\n")
ws = [len(t.split()) for _, t in arts]
print("built %d articles in %s: %d news_synth, %d ECB+, %d book chunks; %d words, median %d words" % (
    len(arts), out, sum(k == "news" for k, _ in arts), sum(k == "ecb" for k, _ in arts),
    sum(k == "book" for k, _ in arts), sum(ws), sorted(ws)[len(ws) // 2]))
