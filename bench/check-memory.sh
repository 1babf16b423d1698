#!/usr/bin/env bash
# Memory of `unmangle check` as a corpus grows: one JSONL file of N short records (default 200,000;
# texts cut from ../shared/boilerplate-dev/gold and seeds/), checked with the unicode pass only (so
# the run is about the check's own bookkeeping, not the passes) under a small heap, --format jsonl
# to /dev/null. Prints documents, seconds, peak RSS, and whether the run finished.
# Usage: bench/check-memory.sh [N_RECORDS] [XMX] [JAR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
n=${1:-200000}
xmx=${2:-128m}
jar=${3:-target/unmangle.jar}
[ -f "$jar" ] || mvn -B -q -ntp -Dstyle.color=never -DskipTests package >/dev/null
out="$root/bench/out"
mkdir -p "$out"
corpus="$out/records-$n.jsonl"
if [ ! -f "$corpus" ]; then
  python3 - "$corpus" "$n" "$root/../shared/boilerplate-dev/gold" "$root/seeds" <<'PY'
import json, os, random, sys
path, n, dirs = sys.argv[1], int(sys.argv[2]), [d for d in sys.argv[3:] if os.path.isdir(d)]
texts = [open(os.path.join(d, f), encoding='utf-8').read() for d in dirs for f in sorted(os.listdir(d)) if f.endswith('.txt')]
rnd = random.Random(3)
with open(path, 'w', encoding='utf-8') as out:
    for i in range(n):
        t = rnd.choice(texts)
        s = rnd.randrange(max(1, len(t) - 600))
        out.write(json.dumps({'id': i, 'text': t[s:s + rnd.randrange(200, 600)]}) + '\n')
PY
fi
/usr/bin/time -f '%e %M' -o "$out/mem-time.txt" java -Xmx"$xmx" -jar "$jar" check --no-progress -j 2 --passes unicode \
  --format jsonl "$corpus" > "$out/mem-check.jsonl" 2> "$out/mem-check.err" && rc=0 || rc=$?
read -r secs rss < <(tail -n 1 "$out/mem-time.txt")
docs=$(wc -l < "$out/mem-check.jsonl")
status=finished
grep -q OutOfMemoryError "$out/mem-check.err" && status="out of memory"
echo "check, $n records, -Xmx$xmx, $(basename "$jar"): $docs documents out, ${secs} s, peak RSS $((rss / 1024)) MB, exit $rc, $status"
