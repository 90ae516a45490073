#!/usr/bin/env bash
# Startup benchmark: time from launch to the first painted window, under one Xvfb server, median of N runs.
#
#   mvn -Pimage -DskipTests package && bench/startup.sh [RUNS]        (default 7 runs)
#   bench/startup.sh --options [RUNS]                                 (also compare JVM startup options)
#
# Variants, interleaved in every round so that machine load hits them alike:
#   empty   the floor: dev.parallax.app.EmptyWindowProbe (an empty JavaFX window) from target/parallax.jar
#   jar     java -jar target/parallax.jar, no arguments: the seed comparison window (-Dparallax.probe=first-paint)
#   image   target/parallax-image/bin/parallax, no arguments: the same window from the application image
# The app prints "first-paint-ms=<ms since the process started>" once the comparison is laid out and two more
# frames have passed, and exits; that number is the measure. "wall" is the same moment seen from outside
# (launch to the line), as a cross-check. The pixels reach the screen a little later (the first frame is still
# being rendered): bench/paint-time.py measures that from the framebuffer.
# With --options, the image is also run with single startup options changed (see OPTION_VARIANTS below);
# OTHER_IMAGE=DIR also runs a second image (e.g. the JDK 17 one, built with -Dparallax.jdk25=none
# -Dimage.dir=DIR); FEW=1 keeps only the main option variants, ONLY="empty image ..." only those named.
# Results: printed, and kept in bench-results/startup-<time>.txt (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."

options=no
if [ "${1:-}" = --options ]; then options=yes; shift; fi
runs=${1:-7}
jar=target/parallax.jar
image=target/parallax-image
for f in "$jar" "$image/bin/parallax"; do
  [ -e "$f" ] || { echo "missing $f: run mvn -Pimage -DskipTests package first" >&2; exit 2; }
done
command -v Xvfb >/dev/null || { echo "Xvfb is needed (apt-get install xvfb)" >&2; exit 2; }
unzip -l "$jar" dev/parallax/app/EmptyWindowProbe.class >/dev/null \
  || { echo "$jar has no dev.parallax.app.EmptyWindowProbe: the window is not built in" >&2; exit 2; }

# One X server for all runs.
display=
for n in $(seq 90 120); do
  if [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || { echo "no free X display number" >&2; exit 2; }
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
export DISPLAY=$display
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

# The image's class path, in the order its launcher uses (the archive or cache was made with it).
image_cp=$(printf '%s:' "$PWD/$image"/app/*.jar); image_cp=${image_cp%:}
image_java=("$PWD/$image/bin/java" -Dparallax.home="$PWD/$image" -cp "$image_cp")
cache=${XDG_CACHE_HOME:-$HOME/.cache}/parallax
probe=(-Dparallax.probe=first-paint)

declare -a names=() cmds=()
variant() { names+=("$1"); cmds+=("$2"); }
variant empty "java -cp $jar dev.parallax.app.EmptyWindowProbe"
variant jar   "java ${probe[*]} -jar $jar"
variant image "env PARALLAX_JAVA_OPTS=${probe[*]} $image/bin/parallax"
# OTHER_IMAGE=DIR adds a second image built another way (e.g. -Dparallax.jdk25=none, copied aside).
if [ -n "${OTHER_IMAGE:-}" ]; then
  variant other-image "env PARALLAX_JAVA_OPTS=${probe[*]} $OTHER_IMAGE/bin/parallax"
fi
if [ "$options" = yes ] && [ -f "$image/lib/parallax.aot.gz" ]; then
  # OPTION_VARIANTS, JDK 25 image: its launcher with one startup choice changed at a time (a later option
  # wins over the launcher's own).
  opts() { echo "env PARALLAX_JAVA_OPTS='${probe[*]} $1' $image/bin/parallax"; }
  variant image-noaot        "$(opts -XX:AOTMode=off)"
  variant image-tiered       "$(opts '-XX:TieredStopAtLevel=4 -XX:CICompilerCount=2 -XX:CompileThresholdScaling=1')"
  if [ -z "${FEW:-}" ]; then
    variant image-scaled       "$(opts -XX:CompileThresholdScaling=0.25)"
    variant image-c1-2threads  "$(opts -XX:CICompilerCount=2)"
  fi
  aot=$cache/parallax-$(cat "$image/lib/parallax.aot.id").aot
  [ -n "${FEW:-}" ] || variant image-empty        "${image_java[*]} --enable-native-access=javafx.graphics,ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -XX:AOTCache=$aot -Xlog:aot=off -Xlog:cds=off -XX:+UseSerialGC -XX:TieredStopAtLevel=1 dev.parallax.app.EmptyWindowProbe"
elif [ "$options" = yes ]; then
  # OPTION_VARIANTS, JDK 17 image: the image's runtime with one startup choice changed at a time (all without
  # the launcher's defaults, so each line shows what a single option does on its own).
  # The image's CDS archive: as bin/parallax finds it (it unpacks the shipped .gz into the user's cache).
  jsa=$PWD/$image/lib/parallax.jsa
  if [ ! -f "$jsa" ] && [ -f "$image/lib/parallax.jsa.id" ]; then
    jsa=$cache/parallax-$(cat "$image/lib/parallax.jsa.id").jsa
  fi
  cds=(-Xshare:auto -XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
  base="${image_java[*]} ${probe[*]}"
  variant image-plain        "$base -Xshare:off dev.parallax.Main"
  variant image-jdkcds       "$base -Xshare:auto dev.parallax.Main"
  variant image-appcds       "$base ${cds[*]} dev.parallax.Main"
  variant image-appcds-c1    "$base ${cds[*]} -XX:TieredStopAtLevel=1 dev.parallax.Main"
  variant image-appcds-serial "$base ${cds[*]} -XX:+UseSerialGC dev.parallax.Main"
  variant image-appcds-c1-serial "$base ${cds[*]} -XX:TieredStopAtLevel=1 -XX:+UseSerialGC dev.parallax.Main"
  variant image-appcds-c1-serial-1thread "$base ${cds[*]} -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CICompilerCount=1 dev.parallax.Main"
  variant image-empty        "${image_java[*]} ${cds[*]} dev.parallax.app.EmptyWindowProbe"
fi

# ONLY="empty image ..." keeps just those variants (fewer variants, more rounds in the same time).
if [ -n "${ONLY:-}" ]; then
  declare -a kept_names=() kept_cmds=()
  for i in "${!names[@]}"; do
    case " $ONLY " in *" ${names[$i]} "*) kept_names+=("${names[$i]}"); kept_cmds+=("${cmds[$i]}") ;; esac
  done
  names=("${kept_names[@]}"); cmds=("${kept_cmds[@]}")
fi

# One run: prints "<in-app ms> <wall ms>", or "fail" when no first-paint line came within 60 s.
measure() {
  local t0 line
  t0=$(date +%s%N)
  line=$(timeout 60 bash -c "$1" 2>/dev/null | while IFS= read -r l; do
           case $l in first-paint-ms=*) echo "${l#first-paint-ms=} $((($(date +%s%N) - t0) / 1000000))";; esac
         done | head -1) || true
  echo "${line:-fail}"
}

# Median of the numbers on stdin (runs that failed are skipped); "-" when there are none.
median() { { grep -E '^[0-9]+$' || true; } | sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

declare -A app wall
for name in "${names[@]}"; do app[$name]=""; wall[$name]=""; done
# One unmeasured start of each variant: warms the page cache and JavaFX's font cache.
for i in "${!names[@]}"; do measure "${cmds[$i]}" >/dev/null; done
for r in $(seq "$runs"); do
  for i in "${!names[@]}"; do
    read -r a w _ <<<"$(measure "${cmds[$i]}") -"
    app[${names[$i]}]+="$a "
    wall[${names[$i]}]+="$w "
  done
done

mkdir -p bench-results
out=bench-results/startup-$(date -u +%Y%m%dT%H%M%SZ).txt
{
  echo "startup benchmark $(date -u +%FT%TZ), $runs runs, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "image size: $(du -sh "$image" | cut -f1) ($(du -sb "$image" | cut -f1) bytes)"
  printf '%-32s %8s %8s  %s\n' variant median wall-med "runs (first-paint-ms; wall ms)"
  for name in "${names[@]}"; do
    m=$(tr ' ' '\n' <<<"${app[$name]}" | median)
    mw=$(tr ' ' '\n' <<<"${wall[$name]}" | median)
    printf '%-32s %8s %8s  %s; %s\n' "$name" "$m" "$mw" "${app[$name]}" "${wall[$name]}"
  done
  e=$(tr ' ' '\n' <<<"${app[empty]}" | median)
  i=$(tr ' ' '\n' <<<"${app[image]}" | median)
  if [ "$e" != - ] && [ "$i" != - ]; then
    awk -v e="$e" -v i="$i" 'BEGIN {printf "image / empty window = %.2f (target <= 1.15)\n", i / e}'
  fi
} | tee "$out"
