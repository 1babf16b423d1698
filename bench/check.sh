#!/usr/bin/env bash
# Documents/s of `unmangle check` on N generated files (default 10,000) with -j 1 and -j 2,
# default chain and thresholds, output to /dev/null. Usage: bench/check.sh [N_FILES]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
n=${1:-10000}
out="$root/bench/out"
mkdir -p "$out"
mvn -B -q -ntp -Dstyle.color=never -DskipTests package >/dev/null
cds=()
[ -f target/unmangle.jsa ] && cds=(-XX:SharedArchiveFile=target/unmangle.jsa -Xshare:auto)
files="$out/files"
if [ ! -d "$files" ] || [ "$(find "$files" -name 'doc*.txt' ! -name '*.clean.txt' | wc -l)" -ne "$n" ]; then
  rm -rf "$files"
  bench/gen-files.sh "$files" "$n" >/dev/null
fi
find "$files" -name "*.clean.txt" -delete
mb=$(du -sm --apparent-size "$files" | cut -f1)
for j in 1 2; do
  /usr/bin/time -f '%e %M' -o "$out/time.txt" java "${cds[@]}" -jar target/unmangle.jar check --no-progress -j $j --format jsonl "$files" > "$out/check.jsonl" || true
  read -r secs rss < <(tail -n 1 "$out/time.txt")
  docs=$(wc -l < "$out/check.jsonl")
  python3 -c "s=$secs; print('check -j $j: %d documents, %.1f s, %.0f docs/s, %.2f MB/s, peak RSS %d MB' % ($docs, s, $docs/s, $mb/s, $rss//1024))"
done
