#!/usr/bin/env python3
"""Compares two folders written by bench/golden.sh, ignoring timing fields (elapsedMs and the like).
usage: bench/golden-diff.py BEFORE AFTER   (exit 1 and the first differing paths when anything differs)"""
import json, os, sys

TIMING = {"elapsedMs", "readMs", "totalMs", "ms"}

def strip(o):
    if isinstance(o, dict):
        return {k: strip(v) for k, v in o.items() if k not in TIMING and not k.endswith("Ms")}
    if isinstance(o, list):
        return [strip(x) for x in o]
    return o

def first_diff(a, b, path=""):
    if type(a) != type(b):
        return path + ": %r vs %r" % (a, b)
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                return path + "/" + k + ": only in one"
            d = first_diff(a[k], b[k], path + "/" + k)
            if d:
                return d
    elif isinstance(a, list):
        if len(a) != len(b):
            return path + ": length %d vs %d" % (len(a), len(b))
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_diff(x, y, "%s[%d]" % (path, i))
            if d:
                return d
    elif a != b:
        return path + ": %r vs %r" % (a, b)
    return None

before, after = sys.argv[1], sys.argv[2]
bad = 0
for f in sorted(os.listdir(before)):
    if not f.endswith(".json"):
        continue
    p = os.path.join(after, f)
    if not os.path.exists(p):
        print("missing", f); bad += 1; continue
    d = first_diff(strip(json.load(open(os.path.join(before, f)))), strip(json.load(open(p))))
    if d:
        print("DIFF", f, d[:300]); bad += 1
print("%d files differ" % bad if bad else "all %d files equal (timing ignored)" % len([f for f in os.listdir(before) if f.endswith('.json')]))
sys.exit(1 if bad else 0)
