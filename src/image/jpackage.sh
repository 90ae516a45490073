#!/bin/sh
# Builds the jpackage app image target/jpackage/parallax and the Debian package target/jpackage/parallax_*.deb
# from the application image (run by `mvn -Pimage,deb -DskipTests package`, after the image is built).
# Needs the jpackage of the JDK that made the image's runtime (JDK 25 or 17), fakeroot + dpkg-deb for the
# .deb (apt-get install fakeroot dpkg-dev), and on JDK 25 Xvfb (or a display) for the training start.
#   usage: src/image/jpackage.sh VERSION
set -eu
cd "$(dirname "$0")/../.."
version=$1
image=target/parallax-image
out=target/jpackage
# The jpackage of the JDK whose jlink made the image's runtime (written by the image build).
if [ -f "$image.jdk" ]; then
  jdk=$(cat "$image.jdk")
else
  jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
fi
jpackage=$jdk/bin/jpackage
[ -x "$jpackage" ] || { echo "jpackage not found at $jpackage (needs a full JDK 17+)" >&2; exit 1; }
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$image/release")
[ -f assets/icon.png ] || { echo "assets/icon.png is missing" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out"

# The runtime: the image's jlinked JDK + JavaFX (with JavaFX's native libraries in lib/), without the app.
cp -a "$image" "$out/runtime"
rm -rf "$out/runtime/app" "$out/runtime/seeds" "$out/runtime/bin/parallax" \
  "$out/runtime/lib/parallax.jsa" "$out/runtime/lib/parallax.jsa.gz" \
  "$out/runtime/lib/parallax.jsa.id" "$out/runtime/lib/parallax.classlist" \
  "$out/runtime/lib/parallax.aot" "$out/runtime/lib/parallax.aot.gz" "$out/runtime/lib/parallax.aot.id"

# The app: the jars (mtimes kept), the seeds for the no-argument start, the training class list for CDS
# (JDK 17; on JDK 25 the AOT configuration is recorded below, through the app image itself).
mkdir -p "$out/input"
cp -p "$image"/app/*.jar "$out/input/"
cp -r "$image/seeds" "$out/input/seeds"
cp -p src/image/deb/make-cds.sh "$out/input/"
if [ "${feature:-17}" -ge 25 ]; then
  # The same runtime options as bin/parallax on JDK 25 (see there), and the AOT cache make-cds.sh makes.
  set -- --java-options '--enable-native-access=javafx.graphics,ALL-UNNAMED' \
    --java-options '--sun-misc-unsafe-memory-access=allow' \
    --java-options '-XX:AOTCache=$APPDIR/parallax.aot' --java-options '-Xlog:aot=off' --java-options '-Xlog:cds=off'
else
  cp -p "$image/lib/parallax.classlist" "$out/input/"
  set -- --java-options '-XX:SharedArchiveFile=$APPDIR/parallax.jsa' --java-options '-Xlog:cds=off' \
    --java-options '-Xlog:cds+dynamic=off'
fi

# The same start-up options as bin/parallax (measured by bench/startup.sh); $APPDIR is lib/app.
"$jpackage" --type app-image --dest "$out" --name parallax --app-version "$version" \
  --description "Compare news articles side by side: what they share, where they conflict, what only one reports." \
  --vendor Parallax --icon assets/icon.png \
  --runtime-image "$out/runtime" --input "$out/input" \
  --main-jar "parallax-$version.jar" --main-class dev.parallax.Main \
  --java-options '-XX:+UseSerialGC' --java-options '-XX:TieredStopAtLevel=1' \
  --java-options '-XX:CICompilerCount=1' --java-options '-XX:CompileThresholdScaling=0.25' \
  "$@" --java-options '-Dparallax.home=$APPDIR'

# JDK 25: the training start, through the app image's runtime, class path and options, records the AOT
# configuration that ships in the package (gzipped); make-cds.sh assembles the cache from it where installed.
if [ "${feature:-17}" -ge 25 ]; then
  if command -v xvfb-run >/dev/null 2>&1; then
    timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24" sh "$out/parallax/lib/app/make-cds.sh" record
  elif [ -n "${DISPLAY:-}" ]; then
    timeout 180 sh "$out/parallax/lib/app/make-cds.sh" record
  else
    echo "no Xvfb and no DISPLAY: the training start needs a window (apt-get install xvfb xauth)" >&2
    exit 1
  fi
fi

# The app image works where it is: give it its archive (the .deb makes its own on install).
sh "$out/parallax/lib/app/make-cds.sh"

# The package scripts are jpackage's templates plus Parallax's steps; jpackage 25 names the prerm's helper
# functions with three placeholders where jpackage 17 had one.
cp -r src/image/deb "$out/resources"
if [ "${feature:-17}" -ge 25 ]; then
  sed -i 's/^UTILITY_SCRIPTS$/package_type=deb\nCOMMON_SCRIPTS\nDESKTOP_SCRIPTS/' "$out/resources/prerm"
fi

if command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null; then
  # Desktop entry (Office category, launcher in the menu) and the postinst/prerm that add the CDS archive.
  rm -f "$out/parallax/lib/app/parallax.jsa" "$out/parallax/lib/app/parallax.aot"
  "$jpackage" --type deb --dest "$out" --name parallax --app-version "$version" \
    --description "Compare news articles side by side: what they share, where they conflict, what only one reports." \
    --vendor Parallax --icon assets/icon.png --app-image "$out/parallax" \
    --linux-shortcut --linux-menu-group Office --linux-app-category misc --linux-deb-maintainer parallax@example.invalid \
    --resource-dir "$out/resources"
  sh "$out/parallax/lib/app/make-cds.sh"
  ls -l "$out"/*.deb
else
  echo "no .deb: fakeroot and dpkg-deb are needed (apt-get install fakeroot dpkg-dev)" >&2
fi
