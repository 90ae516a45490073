#!/bin/sh
# Makes the class-data-sharing archive lib/app/parallax.jsa of an installed jpackage Parallax (run by the
# .deb's postinst; rerun it after moving the installation). JDK 17 archives record absolute jar paths, so
# the archive is made where the jars are. It uses the class list recorded by the build's training start
# (lib/app/parallax.classlist) and the class path and JVM options of the launcher's parallax.cfg.
set -eu
app=$(cd "$(dirname "$0")" && pwd -P)
cfg=$app/parallax.cfg
cp=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\$APPDIR#$app#g" | paste -sd: -)
opts=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e '^-XX:SharedArchiveFile' -e '^-Xlog' -e '^-Xshare' \
  | sed "s#\$APPDIR#$app#g" | tr '\n' ' ')
rm -f "$app/parallax.jsa"
# shellcheck disable=SC2086 # $opts is an option list
"$app/../runtime/bin/java" $opts -Xshare:dump -Xlog:cds=error -XX:SharedClassListFile="$app/parallax.classlist" \
  -XX:SharedArchiveFile="$app/parallax.jsa" -cp "$cp" >/dev/null
