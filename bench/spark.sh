#!/usr/bin/env bash
# Benchmark (not a test): the folder scan on Spark in local mode against the single-machine scan, on folders of
# real text, in one run. For each size N (default 2000):
#   single     java -Xmx2g -jar target/parallax.jar scan DIR --json ...        (all cores, its own threads)
#   local[1]   java -Xmx3g -jar target/parallax-spark.jar DIR OUT --master local[1]
#   local[2]   the same with --master local[2]
# and prints wall time, CPU time (user + sys of the process), the Spark job's shuffle bytes (Spark's task
# metrics, OUT/metrics.json) and whether its pairs and groups equal the single-machine scan's.
#
# The articles are real text only, from ../shared (or $PARALLAX_SHARED): the 692 news_synth documents (Wikinews
# originals and their rewrites), the 68 ECB+ development articles (reports of the same events by different
# outlets), then news-length chunks of the books in eval-data/large (Darwin's Origin, 1st and 6th editions and
# chapter 1 in six editions; Frankenstein 1818 and 1831), cut at line ends to make up N articles. About 0.9 million
# words exist in all, so N much above 2,000 makes the book chunks shorter than news articles: for N = 20,000 they
# are cut at sentence ends too (19,240 chunks of 20 or more words; median article 26 words, 0.75 million words).
#
# usage: bench/spark.sh [N ...]        results also in bench-results/spark-N.md
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${PARALLAX_SHARED:-../shared}
for need in "$shared/eval-data/abcd-link-news/news_synth/docs.json" "$shared/eval/ecb-dev/topics" \
            "$shared/eval-data/large/darwin-origin" "$shared/eval-data/large/frankenstein"; do
  if [ ! -e "$need" ]; then
    echo "bench/spark.sh: needs the shared evaluation texts ($need is absent); nothing measured"
    exit 1
  fi
done
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2000)
# (re)build when a jar is missing or older than a source or pom (a stale jar would measure old code)
stale() { [ ! -f "$1" ] || [ -n "$(find engine/src src spark/src pom.xml engine/pom.xml app/pom.xml spark/pom.xml \
  -newer "$1" -type f 2>/dev/null | head -1)" ]; }
if stale target/parallax.jar || stale target/parallax-spark.jar; then
  mvn -B -q -o -Pspark -DskipTests package || mvn -B -q -Pspark -DskipTests package
fi
mkdir -p bench-results target/spark-bench

timed() { # timed LOG CMD...: runs CMD, prints "wall cpu exit" (seconds)
  local log=$1; shift
  /usr/bin/time -f '%e %U %S' -o "$log.time" "$@" >"$log" 2>&1 && rc=0 || rc=$?
  read -r wall user sys < <(tail -1 "$log.time")
  echo "$wall $(printf '%.2f' "$(echo "$user + $sys" | bc)") $rc"
}

for n in "${sizes[@]}"; do
  dir=target/spark-bench/articles-$n
  rm -rf "$dir" && mkdir -p "$dir"
  python3 bench/articles.py "$shared" "$dir" "$n"
  res=target/spark-bench/out-$n
  rm -rf "$res" && mkdir -p "$res"
  load0=$(cut -d' ' -f1 /proc/loadavg)
  read -r sw sc src < <(timed "$res/single.log" java -Xmx2g -jar target/parallax.jar scan "$dir" --json "$res/single.json" --top 0)
  rows=()
  for m in 1 2; do
    read -r w c rc < <(timed "$res/local$m.log" java -Xmx3g -jar target/parallax-spark.jar "$dir" "$res/local$m" --master "local[$m]")
    same=$(python3 - "$res/single.json" "$res/local$m" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
p = [json.loads(l) for l in open(sys.argv[2] + "/pairs.jsonl")]
g = [json.loads(l) for l in open(sys.argv[2] + "/groups.jsonl")]
print("yes" if s["pairs"] == p and s["groups"] == g else "NO (%d/%d pairs, %d/%d groups)" % (
    len(p), len(s["pairs"]), len(g), len(s["groups"])))
PY
)
    read -r wb rb recs cand < <(python3 -c "
import json,sys; m=json.load(open(sys.argv[1]))
print(m['shuffleBytesWritten'], m['shuffleBytesRead'], m['shuffleRecordsWritten'], m['candidatePairs'])" "$res/local$m/metrics.json")
    rows+=("| Spark local[$m] | $w s | $c s | $(echo "scale=1; $wb / 1048576" | bc) MB written, $(echo "scale=1; $rb / 1048576" | bc) MB read ($recs records) | $cand | $same (exit $rc) |")
  done
  pairs=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(len(d['pairs']), len(d['groups']))" "$res/single.json")
  {
    echo "### $n articles ($(head -1 "$res/single.log" | cut -d';' -f1-3))"
    echo
    echo "machine: $(nproc) cores, load average $load0 at the start, $(cut -d' ' -f1 /proc/loadavg) at the end; pairs, groups in scan --json: $pairs"
    echo
    echo "| run | wall | CPU | shuffle | pairs aligned | same pairs and groups as single |"
    echo "|---|---|---|---|---|---|"
    echo "| single machine (parallax.jar scan) | $sw s | $sc s | - | $(grep -o '[0-9,]* pairs aligned' "$res/single.log" | head -1 | cut -d' ' -f1) | (reference, exit $src) |"
    printf '%s\n' "${rows[@]}"
    echo
  } | tee "bench-results/spark-$n.md"
done
