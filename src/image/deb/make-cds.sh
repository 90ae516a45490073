#!/bin/sh
# Makes the start-up archive of an installed jpackage Parallax where its jars are (run by the .deb's postinst;
# rerun it after moving the installation), from what the build's training start recorded, with the class
# path and JVM options of the launcher's parallax.cfg:
# - JDK 25+ runtime: the AOT cache lib/app/parallax.aot, assembled from the recorded AOT configuration
#   lib/app/parallax.aotconf.gz (-XX:AOTMode=create; no window is needed);
# - JDK 17 runtime: the class-data-sharing archive lib/app/parallax.jsa from the class list
#   lib/app/parallax.classlist (-Xshare:dump; JDK 17 archives record absolute jar paths).
#   usage: make-cds.sh            make the archive or cache
#          make-cds.sh record     (build time, needs a display) the training start that records the
#                                 AOT configuration (JDK 25+)
set -eu
app=$(cd "$(dirname "$0")" && pwd -P)
cfg=$app/parallax.cfg
java=$app/../runtime/bin/java
cp=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\$APPDIR#$app#g" | paste -sd: -)
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
opts=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e '^-XX:SharedArchiveFile' -e '^-XX:AOTCache' -e '^-Xlog' -e '^-Xshare' \
  | sed "s#\$APPDIR#$app#g" | tr '\n' ' ')
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$app/../runtime/release")

if [ "${feature:-17}" -lt 25 ]; then
  rm -f "$app/parallax.jsa"
  # shellcheck disable=SC2086 # $opts is an option list
  "$java" $opts -Xshare:dump -Xlog:cds=error -XX:SharedClassListFile="$app/parallax.classlist" \
    -XX:SharedArchiveFile="$app/parallax.jsa" -cp "$cp" >/dev/null
  exit 0
fi

# The configuration and the cache accept jars in another folder, not jars with another modification time,
# and packaging does not keep those: the jars get one recorded time (parallax.aotconf.time) before the
# training start and again before the cache is made.
if [ "${1:-}" = record ]; then
  # The same training start as the image's (src/image/train-cds.sh): no arguments, so the seeds beside the
  # jars; painted, scrolled, exported.
  rm -f "$app/parallax.aotconf" "$app/parallax.aotconf.gz"
  date +%s >"$app/parallax.aotconf.time"
  touch -d "@$(cat "$app/parallax.aotconf.time")" "$app"/*.jar
  # shellcheck disable=SC2086
  (cd "$app" && "$java" $opts -XX:AOTMode=record -XX:AOTConfiguration="$app/parallax.aotconf" \
    -Xlog:aot=error -Xlog:cds=error -Dparallax.probe=train -cp "$cp" "$main")
  gzip -9 "$app/parallax.aotconf"
  exit 0
fi

rm -f "$app/parallax.aot"
touch -d "@$(cat "$app/parallax.aotconf.time")" "$app"/*.jar
conf=$(mktemp "${TMPDIR:-/tmp}/parallax-aotconf.XXXXXX")
trap 'rm -f "$conf"' EXIT
gzip -dc "$app/parallax.aotconf.gz" >"$conf"
# shellcheck disable=SC2086
"$java" $opts -XX:AOTMode=create -XX:AOTConfiguration="$conf" -XX:AOTCache="$app/parallax.aot" \
  -Xlog:aot=error -Xlog:cds=error -cp "$cp" "$main" >/dev/null
