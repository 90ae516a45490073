#!/usr/bin/env bash
# Benchmark (not a test): the alignment issue's speed targets, each a whole command line in a new JVM (start
# included), in the default heap:
#   seeds      java -jar JAR compare seeds/000_... seeds/002_...                 target < 1.5 s wall
#   darwin     java -jar JAR compare Origin 1859 1872 (../shared/eval-data/large)  target < 4 s wall, < 1.5 GB RSS
#   scan-2000  java -jar JAR scan target/spark-bench/articles-2000 --json ...     target < 30 s wall
# For each run: wall, CPU (user + sys) and peak RSS from /usr/bin/time, and the load average at its start. With
# a second jar (BASE, e.g. a build of the previous commit), the runs alternate BASE and JAR, so both see the
# same load; on a shared machine compare CPU time, wall time measures the contention.
#
# Needs ../shared (or $PARALLAX_SHARED): eval-data/large/darwin-origin for darwin, and what bench/articles.py
# reads for the 2,000-article folder (built on first use). When that is absent it prints
# "bench/speed.sh: ... absent; darwin and scan-2000 not measured" and measures the seeds only.
#
# usage: bench/speed.sh [-n RUNS] [JAR [BASE]]      (default JAR target/parallax.jar, 3 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=3
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
jar=${1:-target/parallax.jar}
base=${2:-}
shared=${PARALLAX_SHARED:-../shared}
[ -f "$jar" ] || mvn -B -q -o -DskipTests package
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

cases=(seeds)
d=$shared/eval-data/large/darwin-origin
if [ -e "$d/origin_1859_1st_ed_pg1228.txt" ] && [ -e "$shared/eval-data/abcd-link-news/news_synth/docs.json" ]; then
  cases+=(darwin scan-2000)
  a=target/spark-bench/articles-2000
  [ -d "$a" ] || { mkdir -p "$a"; python3 bench/articles.py "$shared" "$a" 2000; }
else
  echo "bench/speed.sh: $d (or news_synth) absent; darwin and scan-2000 not measured"
fi

args() {
  case $1 in
    seeds) echo compare seeds/000_aeb0b849679dcb8d.txt seeds/002_865976831600feca.txt ;;
    darwin) echo compare "$d/origin_1859_1st_ed_pg1228.txt" "$d/origin_1872_6th_ed_pg2009.txt" ;;
    scan-2000) echo scan target/spark-bench/articles-2000 --json "$out/scan.json" --top 0 ;;
  esac
}

printf '%-10s %-28s %8s %8s %9s %6s\n' case jar wall_s cpu_s rss_mb load
for c in "${cases[@]}"; do
  for r in $(seq "$runs"); do
    for j in $base "$jar"; do
      load=$(cut -d' ' -f1 /proc/loadavg)
      # shellcheck disable=SC2046
      /usr/bin/time -f '%e %U %S %M' -o "$out/time" java -jar "$j" $(args "$c") >"$out/log" 2>&1 \
        || { echo "$c: $j failed:"; tail -3 "$out/log"; exit 1; }
      read -r wall user sys rss < "$out/time"
      printf '%-10s %-28s %8s %8.2f %9d %6s\n' "$c" "$(basename "$j")" "$wall" "$(echo "$user + $sys" | bc)" \
        $((rss / 1024)) "$load"
    done
  done
done
