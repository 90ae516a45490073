#!/bin/sh
# Makes the image's start-up archive from one training start (run by `mvn -Pimage package`):
# - on a JDK 25+ runtime, an ahead-of-time cache IMAGE/lib/parallax.aot (JEP 483/514/515, one step with
#   -XX:AOTCacheOutput): the classes the start loads, already loaded and linked, plus method profiles, so a
#   later start skips that work and compiles the hot methods sooner;
# - on a JDK 17 runtime, a class-data-sharing archive IMAGE/lib/parallax.jsa: the classes the start loads,
#   parsed and verified once, which later starts map instead of loading each class from the compressed
#   modules file and the jars.
# The training start (-Dparallax.probe=train) opens the seeds, compares and paints them, scrolls both panes
# to the end, exports JSON and HTML and exits. It runs through the image's own launcher, which keeps the
# class path and JVM options of the training and of real starts identical, as both archives require. It needs a window (under Xvfb, or on
# $DISPLAY); without a display it runs the headless seed comparison, which still covers the JDK and engine
# classes.
set -eu
image=$1
launcher=$image/bin/parallax
list=$image/lib/parallax.classlist
left=$image/seeds/000_aeb0b849679dcb8d.txt
right=$image/seeds/002_865976831600feca.txt
rm -f "$image/lib/parallax.jsa" "$image/lib/parallax.jsa.gz" "$image/lib/parallax.jsa.id" "$list"

# Does this build have the window yet (the training probe exits by itself once it is done)? The app's thin jar
# is parallax-VERSION.jar; parallax-engine-VERSION.jar beside it holds no window.
has_window=no
if unzip -l "$image"/app/parallax-[0-9]*.jar 2>/dev/null | grep -q 'dev/parallax/app/'; then has_window=yes; fi

# The window trains as a person starts it: no arguments (no command-line parser), the bundled seeds (a probe
# run ignores the user's last folder; from the image folder, seeds/ is the image's).
train() {
  if [ "$has_window" = yes ] && command -v xvfb-run >/dev/null 2>&1; then
    echo "training start: seed comparison window under Xvfb"
    PARALLAX_JAVA_OPTS="$1 -Dparallax.probe=train" \
      sh -c 'cd "$1" && exec timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" "$2"' - "$image" "$launcher"
  elif [ "$has_window" = yes ] && [ -n "${DISPLAY:-}" ]; then
    echo "training start: seed comparison window on $DISPLAY"
    PARALLAX_JAVA_OPTS="$1 -Dparallax.probe=train" \
      sh -c 'cd "$1" && exec timeout 120 "$2"' - "$image" "$launcher"
  else
    echo "training start: headless seed comparison (no window or no display)"
    PARALLAX_JAVA_OPTS="$1" "$launcher" compare "$left" "$right" >/dev/null
  fi
}

feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$image/release")
if [ "${feature:-17}" -ge 25 ]; then
  # The training JVM records at exit, then starts a second JVM that assembles the cache from the recording.
  rm -f "$image/lib/parallax.aot" "$image/lib/parallax.aot.gz" "$image/lib/parallax.aot.id"
  train "-XX:AOTCacheOutput=$image/lib/parallax.aot -Xlog:aot=error -Xlog:cds=error"
  [ -f "$image/lib/parallax.aot" ] || { echo "AOT training made no cache" >&2; exit 1; }
  # Ships gzipped like the CDS archive; bin/parallax unpacks it once into the user's cache.
  gzip -9 "$image/lib/parallax.aot"
  date -u +%Y%m%d%H%M%S >"$image/lib/parallax.aot.id"
  ls -l "$image/lib/parallax.aot.gz"
  exit 0
fi

train "-XX:DumpLoadedClassList=$list"
PARALLAX_JAVA_OPTS="-Xshare:dump -XX:SharedClassListFile=$list -XX:SharedArchiveFile=$image/lib/parallax.jsa -Xlog:cds=error" \
  "$launcher" >/dev/null
# The class list stays in the image: the jpackage installer makes its own archive from it.
# The archive ships gzipped (33 MB -> 8 MB) so the image stays small; bin/parallax unpacks it once into the
# user's cache, under a name that changes with every build.
gzip -9 "$image/lib/parallax.jsa"
date -u +%Y%m%d%H%M%S >"$image/lib/parallax.jsa.id"
ls -l "$image/lib/parallax.jsa.gz"
