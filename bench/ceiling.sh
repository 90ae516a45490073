#!/bin/sh
# Alignment ceiling (issue 10): how far a sentence-pair model gets on ECB+ and Wikinews with no selection rules,
# with and without the MiniLM sentence embedding (the only one that resolves from Maven Central here).
# Reads ../shared (absent on a fresh clone: then it says so and stops). Needs python3 with numpy.
# Never part of `mvn verify`. See docs/alignment-ceiling.md for the numbers and what they mean.
set -e
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
[ -d "$SHARED/eval/ecb-dev" ] || { echo "ceiling: $SHARED/eval is absent; nothing to measure"; exit 0; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# 1. the engine's own evidence (FitSimilarity ceiling)
mvn -B -q -o -pl engine test-compile
mvn -B -q -o -pl engine dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$TMP/cp"
java -cp "engine/target/test-classes:engine/target/classes:$(cat "$TMP/cp")" -Dparallax.shared="$SHARED" \
  dev.parallax.engine.align.FitSimilarity ceiling | grep -v '^iteration'
# 2. every annotated pair, simple lexical features, then with the MiniLM cosine
python3 - "$SHARED" "$TMP" <<'PY'
import json, sys
shared, tmp = sys.argv[1], sys.argv[2]
for name, ann in (('ecb-dev', True), ('wikinews-rewrites', False)):
    base = shared + '/eval/' + name
    g = json.load(open(base + '/gold.json'))
    with open(tmp + '/' + name + '.tsv', 'w') as out:
        for k, v in g.items():
            for side in ('left', 'right'):
                t = open(base + '/pairs/' + k + '/' + side + '.txt').read()
                sents = v[side + '_sents']
                for i in (v[side + '_annotated'] if ann else range(len(sents))):
                    s, e = sents[i]
                    out.write('%s\t%s\t%d\t%s\n' % (k, side, i, t[s:e].replace('\t', ' ').replace('\n', ' ')))
PY
(cd bench/ceiling && mvn -B -q dependency:build-classpath -Dmdep.outputFile="$TMP/ecp" \
  && javac -d "$TMP" -cp "$(cat "$TMP/ecp")" Emb.java)
for n in ecb-dev wikinews-rewrites; do
  java -cp "$TMP:$(cat "$TMP/ecp")" Emb "$TMP/$n.tsv" "$TMP/$n.emb" 2>/dev/null
done
python3 bench/ceiling/ceiling.py "$SHARED" "$TMP/ecb-dev.emb" "$TMP/wikinews-rewrites.emb"
