#!/bin/sh
# Claims-table benchmark (issue 13): `parallax claims` on folders of real news text, each run in a new JVM
# with -Xmx2g, wall time and peak RSS from /usr/bin/time. Never part of `mvn verify`.
#   bench/claims.sh [RUNS]     (default 3 runs per folder)
# Folders, built in a temporary folder from the test resources:
#   30 articles:  ECB+ topics 16, 23 and 24 (three stories, 11 reports each; the first 30 by name)
#   200 articles: the 100 Wikinews originals and their rewrites (src/test/resources/eval/wikinews-rewrites)
set -e
cd "$(dirname "$0")/.."
RUNS=${1:-3}
[ -f target/parallax.jar ] || mvn -B -q -o -DskipTests package
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/all33" "$TMP/30" "$TMP/200"
for d in src/test/resources/eval/ecb-dev/pairs/16-* src/test/resources/eval/ecb-dev/pairs/23-* \
         src/test/resources/eval/ecb-dev/pairs/24-*; do
  n=$(basename "$d")
  l=$(echo "$n" | cut -d- -f1,2 | tr - _); r=$(echo "$n" | cut -d- -f3,4 | tr - _)
  cp "$d/left.txt" "$TMP/all33/$l.txt"; cp "$d/right.txt" "$TMP/all33/$r.txt"
done
ls "$TMP/all33" | sort | head -30 | while read -r f; do cp "$TMP/all33/$f" "$TMP/30/"; done
k=0
for d in src/test/resources/eval/wikinews-rewrites/pairs/*/; do
  k=$((k + 1))
  cp "$d/left.txt" "$TMP/200/$(printf 'w%03d-a' $k).txt"; cp "$d/right.txt" "$TMP/200/$(printf 'w%03d-b' $k).txt"
done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for size in 30 200; do
  i=0
  while [ $i -lt "$RUNS" ]; do
    i=$((i + 1))
    /usr/bin/time -f "%e s wall, %U s user, %M KB peak RSS" -o "$TMP/time" \
      java -Xmx2g -jar target/parallax.jar claims "$TMP/$size" --top 0 > "$TMP/out"
    echo "$size articles, run $i: $(head -1 "$TMP/out" | sed 's/.*; \([0-9.]* s\)$/claims in \1/'); $(cat "$TMP/time")"
    head -1 "$TMP/out"
  done
done
