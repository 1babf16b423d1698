#!/usr/bin/env bash
# How eagerly the JVM's collector (G1) grows the heap in a batch run: the ./unmangle launcher asks for
# -XX:GCTimeRatio=4 (up to a fifth of the time in collection before the heap grows; G1's own default, 12,
# is a thirteenth), since on a 2-core VM every page of a grown heap costs a page fault. Wall-clock, user
# and system CPU time and peak RSS of `clean --with spin` and of the default chain over DIR's text files
# (default ../shared/boilerplate-dev/input) into a scratch folder, as launched and with G1's default
# (UNMANGLE_JAVA_OPTS=-XX:GCTimeRatio=12, which comes after the launcher's), alternating.
# Usage: bench/gc.sh [DIR] [ROUNDS]   (ROUNDS alternations, default 4)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dir=${1:-../shared/boilerplate-dev/input}
[ -d "$dir" ] || dir=../../shared/boilerplate-dev/input
rounds=${2:-4}
mvn -B -q -ntp -DskipTests package >/dev/null
out="$root/bench/out/gc"
mkdir -p "$out"
for chain in "--with spin" ""; do
  for ((r = 0; r < rounds; r++)); do
    for ratio in launcher 12; do
      opts=""
      [ "$ratio" = launcher ] || opts="-XX:GCTimeRatio=$ratio"
      rm -rf "$out/batch"
      # shellcheck disable=SC2086
      /usr/bin/time -f "clean ${chain:-(default chain)}, GCTimeRatio ${ratio/launcher/4 (launcher)}: %e s wall, %U s user, %S s system, peak RSS %M KB" \
        env UNMANGLE_JAVA_OPTS="$opts" ./unmangle clean $chain --force --out-dir "$out/batch" "$dir" 2>&1 >/dev/null | grep -E '^clean'
    done
  done
done
rm -rf "$out/batch"
