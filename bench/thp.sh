#!/usr/bin/env bash
# Transparent huge pages for the JVM's heap (-XX:+UseTransparentHugePages, which the ./unmangle
# launcher adds where the kernel offers them on request: "madvise" in
# /sys/kernel/mm/transparent_hugepage/enabled): wall-clock time of the launcher with and without
# them, alternating run by run, for
#   1. one sentence through the spin pass alone (its 38 MB of language resources read: page faults),
#   2. one sentence through the default chain,
#   3. `clean --with spin` over DIR's text files (default ../shared/boilerplate-dev/input) into a
#      scratch folder, with user CPU time and peak RSS.
# Each run sets UNMANGLE_THP=0 or 1 (the launcher's switch). Usage: bench/thp.sh [DIR] [RUNS]
# (RUNS alternations of 1 and 2, default 8; of 3, RUNS/4 rounded up).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dir=${1:-../shared/boilerplate-dev/input}
[ -d "$dir" ] || dir=../../shared/boilerplate-dev/input
runs=${2:-8}
echo "THP: $(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null || echo 'not offered')"
mvn -B -q -ntp -DskipTests package >/dev/null
out="$root/bench/out/thp"
mkdir -p "$out"
echo "Our lives would be worse if nosotros outlawed it." > "$out/one.txt"
ms() { local s e; s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
for what in "spin:--passes spin" "default:"; do
  name=${what%%:*}; opts=${what#*:}
  : > "$out/$name.0"; : > "$out/$name.1"
  for ((r = 0; r < runs; r++)); do
    for thp in 0 1; do
      # shellcheck disable=SC2086
      UNMANGLE_THP=$thp ms ./unmangle clean $opts - < "$out/one.txt" >> "$out/$name.$thp"
    done
  done
  echo "one sentence, $name chain: without THP $(median < "$out/$name.0") ms, with $(median < "$out/$name.1") ms" \
    "(medians of $runs; without: $(sort -n "$out/$name.0" | tr '\n' ' ')| with: $(sort -n "$out/$name.1" | tr '\n' ' '))"
done
for ((r = 0; r < (runs + 3) / 4; r++)); do
  for thp in 0 1; do
    rm -rf "$out/batch"
    /usr/bin/time -f "batch, THP=$thp: %e s wall, %U s user, peak RSS %M KB" env UNMANGLE_THP=$thp \
      ./unmangle clean --with spin --force --out-dir "$out/batch" "$dir" 2>&1 >/dev/null | grep -E '^batch'
  done
done
rm -rf "$out/batch"
