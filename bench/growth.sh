#!/bin/sh
# The size and growth shapes of issue 12, each at n and 2n in its own JVM, with time and peak memory
# (dev.parallax.bench.GrowthHarness). Never part of `mvn verify`.
#   bench/growth.sh                      every shape
#   bench/growth.sh html-export quotes   some shapes;  bench/growth.sh --list  lists them
#   GROWTH_OPTS="-Dparallax.growth.deadline=300 -Dparallax.growth.xmx=2g -Dparallax.growth.scale=0.5" bench/growth.sh
set -e
cd "$(dirname "$0")/.."
if [ ! -f target/benchmarks.jar ] || [ -n "$(find src/main engine/src/main bench -newer target/benchmarks.jar -name '*.java' | head -1)" ]; then
  mvn -B -q -o -Pbench -DskipTests package || mvn -B -q -Pbench -DskipTests package
fi
# shellcheck disable=SC2086
exec java $GROWTH_OPTS -cp target/benchmarks.jar dev.parallax.bench.GrowthHarness "$@"
