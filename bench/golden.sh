#!/usr/bin/env bash
# Not a test: writes the JSON results of a fixed set of comparisons and scans into DIR, for diffing the engine's
# output before and after a change (timing fields removed by bench/golden-diff.py).
# Needs ../shared (or $PARALLAX_SHARED) for Darwin, Frankenstein and the 2,000-article folder (built by
# bench/articles.py); without it, it says which file is absent and writes only the in-repo cases (seeds, Wikinews).
# usage: bench/golden.sh DIR [JAR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1; jar=${2:-target/parallax.jar}
shared=${PARALLAX_SHARED:-../shared}
mkdir -p "$out"
run() { java -jar "$jar" "$@" >/dev/null; }
run compare seeds/000_aeb0b849679dcb8d.txt seeds/002_865976831600feca.txt --json "$out/seeds.json"
wn=src/test/resources/eval/wikinews-rewrites
head -20 "$wn/pairs.tsv" | while IFS=$'\t' read -r l r; do
  run compare "$wn/$l" "$wn/$r" --json "$out/wn-$(basename "$(dirname "$l")").json"
done
run scan "$wn/pairs" --json "$out/scan-wn.json" --top 0
d=$shared/eval-data/large/darwin-origin
if [ -e "$d/origin_1859_1st_ed_pg1228.txt" ]; then
  run compare "$d/origin_1859_1st_ed_pg1228.txt" "$d/origin_1872_6th_ed_pg2009.txt" --json "$out/darwin.json"
  f=$shared/eval-data/large/frankenstein
  run compare "$f/frankenstein_1818_paragraphs.txt" "$f/frankenstein_1831_paragraphs.txt" --json "$out/frankenstein.json"
  a=target/spark-bench/articles-2000
  [ -d "$a" ] || { mkdir -p "$a"; python3 bench/articles.py "$shared" "$a" 2000; }
  run scan "$a" --json "$out/scan-2000.json" --top 0
else
  echo "bench/golden.sh: $d is absent; Darwin, Frankenstein and the 2,000-article scan not written"
fi
