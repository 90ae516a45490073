#!/bin/sh
# Builds the jpackage app image target/jpackage/parallax and the Debian package target/jpackage/parallax_*.deb
# from the application image (run by `mvn -Pimage,deb -DskipTests package`, after the image is built).
# Needs the JDK's jpackage, and fakeroot + dpkg-deb for the .deb (apt-get install fakeroot dpkg-dev).
#   usage: src/image/jpackage.sh VERSION
set -eu
cd "$(dirname "$0")/../.."
version=$1
image=target/parallax-image
out=target/jpackage
jpackage=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}/bin/jpackage
[ -x "$jpackage" ] || { echo "jpackage not found at $jpackage (needs a full JDK 17+)" >&2; exit 1; }
[ -f assets/icon.png ] || { echo "assets/icon.png is missing" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out"

# The runtime: the image's jlinked JDK + JavaFX (with JavaFX's native libraries in lib/), without the app.
cp -a "$image" "$out/runtime"
rm -rf "$out/runtime/app" "$out/runtime/seeds" "$out/runtime/bin/parallax" \
  "$out/runtime/lib/parallax.jsa" "$out/runtime/lib/parallax.jsa.gz" \
  "$out/runtime/lib/parallax.jsa.id" "$out/runtime/lib/parallax.classlist"

# The app: the jars (mtimes kept), the seeds for the no-argument start, the training class list for CDS.
mkdir -p "$out/input"
cp -p "$image"/app/*.jar "$out/input/"
cp -r "$image/seeds" "$out/input/seeds"
cp -p "$image/lib/parallax.classlist" src/image/deb/make-cds.sh "$out/input/"

# The same start-up options as bin/parallax (measured by bench/startup.sh); $APPDIR is lib/app.
"$jpackage" --type app-image --dest "$out" --name parallax --app-version "$version" \
  --description "Compare news articles side by side: what they share, where they conflict, what only one reports." \
  --vendor Parallax --icon assets/icon.png \
  --runtime-image "$out/runtime" --input "$out/input" \
  --main-jar "parallax-$version.jar" --main-class dev.parallax.Main \
  --java-options '-XX:+UseSerialGC' --java-options '-XX:TieredStopAtLevel=1' \
  --java-options '-XX:CICompilerCount=1' --java-options '-XX:CompileThresholdScaling=0.25' \
  --java-options '-XX:SharedArchiveFile=$APPDIR/parallax.jsa' --java-options '-Xlog:cds=off' \
  --java-options '-Xlog:cds+dynamic=off' --java-options '-Dparallax.home=$APPDIR'

# The app image works where it is: give it its archive (the .deb makes its own on install).
sh "$out/parallax/lib/app/make-cds.sh"

if command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null; then
  # Desktop entry (Office category, launcher in the menu) and the postinst/prerm that add the CDS archive.
  rm -f "$out/parallax/lib/app/parallax.jsa"
  "$jpackage" --type deb --dest "$out" --name parallax --app-version "$version" \
    --description "Compare news articles side by side: what they share, where they conflict, what only one reports." \
    --vendor Parallax --icon assets/icon.png --app-image "$out/parallax" \
    --linux-shortcut --linux-menu-group Office --linux-app-category misc --linux-deb-maintainer parallax@example.invalid \
    --resource-dir src/image/deb
  sh "$out/parallax/lib/app/make-cds.sh"
  ls -l "$out"/*.deb
else
  echo "no .deb: fakeroot and dpkg-deb are needed (apt-get install fakeroot dpkg-dev)" >&2
fi
