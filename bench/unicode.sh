#!/usr/bin/env bash
# Unicode pass figures (see the classes' javadoc):
#  1. throughput of the unicode pass alone, one thread, >= 100 MB of news-like text in memory;
#  2. edits per rule on the boilerplate-dev input pages (whole lynx-saved web pages), with every
#     line join listed in target/unicode-joins.txt for checking by eye;
#  3. mojibake undone: boilerplate-dev's gold texts damaged seven ways (UTF-8 read as windows-1252,
#     ISO-8859-1, MacRoman, windows-1250, twice, ...), texts restored (MojibakeEval).
# Usage: bench/unicode.sh [--mb 100] [--rounds 3]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared; [ -d "$shared" ] || shared=../../shared
JAVA_OPTS=${JAVA_OPTS:--Xmx3g} bench/java.sh io.github.unmangle.bench.UnicodeBench "$@"
if [ -d "$shared/boilerplate-dev/input" ]; then
  NOBUILD=1 bench/java.sh io.github.unmangle.bench.UnicodeEdits --rule line-join "$shared/boilerplate-dev/input" > target/unicode-joins.txt
  tail -n 15 target/unicode-joins.txt
  echo "line joins listed in target/unicode-joins.txt"
fi
if [ -d "$shared/boilerplate-dev/gold" ]; then
  NOBUILD=1 bench/java.sh io.github.unmangle.bench.MojibakeEval "$shared/boilerplate-dev/gold"
fi
