#!/usr/bin/env python3
"""How far can a sentence-pair model go on the alignment issue's data, with no selection rules at all?
A logistic model over simple lexical features (TF-IDF cosine, shared terms and their IDF, the story's running
words, centrality, place, headline) of EVERY annotated sentence pair (no candidate stage), optionally plus the
MiniLM cosine (EMB.tsv: pair, side, sentence, vector), ranked by score.
ECB+: precision where the ranking reaches recall 0.4 / 0.5 / 0.6, fitted on topics 16/24/31 and read on
23/30/40 (held out), the reverse, and fitted on all six (in-sample: an upper bound).
Wikinews: best f1 on the odd pairs at the threshold that is best on the even pairs (fitted on the even ones).
usage: ceiling.py SHARED [ECB_EMB.tsv WIKI_EMB.tsv]   (needs numpy)"""
import collections, json, math, re, sys
import numpy as np

SHARED = sys.argv[1]
EMB = sys.argv[2:4] if len(sys.argv) >= 4 else None
STOP = set("""a an the of to in on at for by with from and or but is are was were be been being has have had it its
this that these those he she they them his her their i we you as not no said says say will would can could after
before over into about than then there here who whom which what when where while also more most such up out new
one two""".split())

def stem(w):
    w = w.lower()
    for suf in ('ing', 'ed', 'es', 's', 'ly', 'ion', 'ions', 'er', 'ers'):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[:-len(suf)]
    return w

def toks(s):
    return [stem(w) for w in re.findall(r"[A-Za-z]+|\d+", s) if w.lower() not in STOP and len(w) > 1]

def load(base):
    g = json.load(open(base + '/gold.json'))
    pairs = []
    df = collections.Counter()
    for k, v in g.items():
        L = open(base + '/pairs/' + k + '/left.txt').read()
        R = open(base + '/pairs/' + k + '/right.txt').read()
        ls = [toks(L[s:e]) for s, e in v['left_sents']]
        rs = [toks(R[s:e]) for s, e in v['right_sents']]
        pairs.append((k, v, ls, rs))
        for s in ls + rs:
            df.update(set(s))
    n = sum(len(p[2]) + len(p[3]) for p in pairs)
    return pairs, (lambda t: math.log(n / (1 + df[t])))

def cos(a, b):
    num = sum(a[t] * b.get(t, 0) for t in a)
    d = math.sqrt(sum(x * x for x in a.values()) * sum(x * x for x in b.values()))
    return num / d if d else 0

def embeddings(path):
    E = {}
    for line in open(path):
        f = line.rstrip('\n').split('\t')
        v = np.array(list(map(float, f[3:])))
        E[(f[0], f[1], int(f[2]))] = v / np.linalg.norm(v)
    return E

def rows(pairs, idf, E, annotated):
    X, Y, T = [], [], []
    for k, v, ls, rs in pairs:
        G = set(map(tuple, v['links']))
        la = v['left_annotated'] if annotated else range(len(ls))
        ra = v['right_annotated'] if annotated else range(len(rs))
        vec = lambda s: {t: n * idf(t) for t, n in collections.Counter(s).items()}
        Lt = collections.Counter(t for s in ls for t in s)
        Rt = collections.Counter(t for s in rs for t in s)
        common = set(Lt) & set(Rt)
        C = {(i, j): cos(vec(ls[i]), vec(rs[j])) for i in la for j in ra}
        M = {(i, j): float(E[(k, 'left', i)] @ E[(k, 'right', j)]) for i in la for j in ra} if E else None
        for i in la:
            for j in ra:
                a, b = ls[i], rs[j]
                sh = set(a) & set(b)
                c = C[(i, j)]
                rowmax = max(C[(i, jj)] for jj in ra) + 1e-9
                colmax = max(C[(ii, j)] for ii in la) + 1e-9
                ca = len(set(a) & common) / max(1, len(set(a)))
                cb = len(set(b) & common) / max(1, len(set(b)))
                f = [c, math.sqrt(c), len(sh), sum(idf(t) for t in sh),
                     len([t for t in sh if Lt[t] >= 2 and Rt[t] >= 2]), ca * cb, min(ca, cb), i < 2, j < 2,
                     abs(i / len(ls) - j / len(rs)), c / rowmax, c / colmax]
                if M:
                    m = M[(i, j)]
                    f += [m, m / (max(M[(i, jj)] for jj in ra) + 1e-9), m / (max(M[(ii, j)] for ii in la) + 1e-9)]
                X.append(f)
                Y.append(1 if (i, j) in G else 0)
                T.append(k)
    return np.array(X, float), np.array(Y), np.array(T)

def fit(X, Y, l2=1.0, it=3000, lr=1.0):
    mu, sd = X.mean(0), X.std(0) + 1e-9
    Z = np.c_[np.ones(len(X)), (X - mu) / sd]
    w = np.zeros(Z.shape[1])
    for _ in range(it):
        p = 1 / (1 + np.exp(-Z @ w))
        w -= lr * (Z.T @ (p - Y) / len(Y) + l2 * np.r_[0, w[1:]] / len(Y))
    return lambda X2: np.c_[np.ones(len(X2)), (X2 - mu) / sd] @ w

def precision_at(p, y, r):
    o = np.argsort(-p)
    tp = np.cumsum(y[o])
    k = np.searchsorted(tp, r * y.sum())
    return tp[k] / (k + 1)

def ecb(E, label):
    pairs, idf = load(SHARED + '/eval/ecb-dev')
    X, Y, T = rows(pairs, idf, E, True)
    fitm = np.array([t.split('-')[0] in ('16', '24', '31') for t in T])
    line = lambda what, p, y: print('  %-40s P@R.4 %.3f  P@R.5 %.3f  P@R.6 %.3f' % (
        what, precision_at(p, y, .4), precision_at(p, y, .5), precision_at(p, y, .6)))
    print('ECB+ (%s): %d annotated pairs, %.3f of them links' % (label, len(Y), Y.mean()))
    m = fit(X[fitm], Y[fitm])
    line('fit 16/24/31, read 16/24/31 (in-sample)', m(X[fitm]), Y[fitm])
    line('fit 16/24/31, read 23/30/40 (held out)', m(X[~fitm]), Y[~fitm])
    m = fit(X[~fitm], Y[~fitm])
    line('fit 23/30/40, read 16/24/31 (held out)', m(X[fitm]), Y[fitm])
    m = fit(X, Y)
    line('fit all six, read all six (in-sample)', m(X), Y)

def wiki(E, label):
    pairs, idf = load(SHARED + '/eval/wikinews-rewrites')
    X, Y, T = rows(pairs, idf, E, False)
    names = sorted(set(T))
    even = np.isin(T, names[0::2])
    m = fit(X[even], Y[even])

    def f1(p, y, t):
        pr = p >= t
        tp = (pr & (y == 1)).sum()
        r, q = tp / y.sum(), tp / max(pr.sum(), 1)
        return 2 * r * q / max(r + q, 1e-9)
    p = m(X[even])
    ts = np.quantile(p, np.linspace(0.5, 0.995, 200))
    t = max(ts, key=lambda t: f1(p, Y[even], t))
    print('Wikinews (%s): f1 fitted half %.3f, held-out half at the fitted threshold %.3f' % (
        label, f1(p, Y[even], t), f1(m(X[~even]), Y[~even], t)))

ecb(None, 'lexical')
if EMB:
    ecb(embeddings(EMB[0]), 'lexical + MiniLM')
wiki(None, 'lexical')
if EMB:
    wiki(embeddings(EMB[1]), 'lexical + MiniLM')
