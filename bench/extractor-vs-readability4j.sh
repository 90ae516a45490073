#!/usr/bin/env bash
# Parallax's HTML extraction (dev.parallax.engine.text, read through ArticleLoader as the CLI reads a page)
# against readability4j 1.0.8, on saved pages with a checked expected extraction: folders laid out like
# Mozilla's Readability test pages (NAME/source.html, NAME/expected.html, NAME/expected-metadata.json).
# Third-party pages are not in the repository: point the script at folders of your own.
#
#   mvn -q -DskipTests package && bench/extractor-vs-readability4j.sh PAGE_DIR...
#   bench/extractor-vs-readability4j.sh /work/h23-pages/*/        (the pages of docs/html-extraction.md)
#
# Prints, per page and extractor: words extracted, word precision / recall / F1 against expected.html
# (lower-cased words as a multiset), whether the title matches expected-metadata.json's, and the median time
# of 5 runs after 3 warm-ups; then the means. The extracted texts go to target/bench-extractor/ for reading.
# readability4j and its own jsoup/kotlin-stdlib are fetched into target/bench-readability4j/ through
# bench/readability4j.pom.xml, so Parallax's pom gains no dependency. Never part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

pages=()
for d in "$@"; do
  d=${d%/}
  if [ -f "$d/source.html" ] && [ -f "$d/expected.html" ]; then
    pages+=("$(cd "$d" && pwd)")
  else
    echo "skipped $d: no source.html and expected.html in it"
  fi
done
if [ ${#pages[@]} -eq 0 ]; then
  echo "no page folder (NAME/source.html + NAME/expected.html) given or found: nothing to compare"
  echo "usage: bench/extractor-vs-readability4j.sh PAGE_DIR..."
  exit 0
fi

jar=target/parallax.jar
[ -f "$jar" ] || { echo "missing $jar: run mvn -q -DskipTests package first" >&2; exit 2; }

lib=target/bench-readability4j
if [ ! -f "$lib/readability4j-1.0.8.jar" ]; then
  mvn -B -q -o -f bench/readability4j.pom.xml dependency:copy-dependencies -DincludeScope=runtime \
      -DoutputDirectory="$root/$lib" 2>/dev/null \
    || mvn -B -q -f bench/readability4j.pom.xml dependency:copy-dependencies -DincludeScope=runtime \
      -DoutputDirectory="$root/$lib"
fi
cp=$(ls "$root/$lib"/*.jar | paste -sd: -)

java -cp "$jar" bench/dev/parallax/bench/ExtractorVsReadability4j.java \
  --readability4j "$cp" --out target/bench-extractor "${pages[@]}" 2> >(grep -v "^SLF4J" >&2)
