#!/bin/sh
# Picks the JDK whose jlink makes the application image's runtime (run by `mvn -Pimage package`; README
# "Install"). Prints its home on stdout; says on stderr what it chose and why.
#   usage: src/image/image-jdk.sh ASKED MAVEN_JDK
# ASKED is -Dparallax.jdk25=PATH (empty when not given); else $PARALLAX_JDK25; else the Temurin 25 package's
# home. A JDK 25 or later there gives a runtime with an ahead-of-time cache (JEP 483/514/515); anything else,
# or ASKED=none, gives the JDK 17 (MAVEN_JDK, the one running Maven) runtime with an AppCDS archive. The code is
# compiled for Java 17 either way.
set -eu
asked=${1:-${PARALLAX_JDK25:-}}
maven_jdk=$2
default=/usr/lib/jvm/temurin-25-jdk-amd64

fallback() {
  echo "[parallax image] $1: building the JDK 17 runtime with an AppCDS archive ($maven_jdk)." >&2
  echo "[parallax image] For the JDK 25 runtime with an AOT cache: -Dparallax.jdk25=PATH or PARALLAX_JDK25=PATH." >&2
  echo "$maven_jdk"
  exit 0
}

if [ "$asked" = none ]; then fallback "-Dparallax.jdk25=none"; fi
jdk=${asked:-$default}
if [ ! -f "$jdk/release" ] || [ ! -x "$jdk/bin/jlink" ] || [ ! -x "$jdk/bin/java" ]; then
  fallback "no JDK at $jdk (no release file, bin/jlink or bin/java)"
fi
version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
if [ -z "$version" ] || [ "$version" -lt 25 ]; then
  fallback "$jdk is JDK ${version:-of unknown version}, not 25 or later"
fi
echo "[parallax image] runtime from JDK $version at $jdk, with an AOT cache" >&2
echo "$jdk"
