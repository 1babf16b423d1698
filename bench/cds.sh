#!/usr/bin/env bash
# The class-data-sharing archive the build makes (target/unmangle.jsa, trained by `clean --with spin`
# over seeds/: all four passes) against one trained by the default chain alone (made here, under
# bench/out/cds): wall-clock time of one sentence through the spin pass, of one sentence through the
# default chain, and of `check seeds/`, each JVM started as ./unmangle starts it, alternating.
# Usage: bench/cds.sh [RUNS]   (default 10)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${1:-10}
mvn -B -q -ntp -DskipTests package >/dev/null
out="$root/bench/out/cds"
mkdir -p "$out"
rm -f "$out/default.jsa"
java -XX:ArchiveClassesAtExit="$out/default.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar target/unmangle.jar \
  clean --quiet --force --out-dir "$out/training" --no-learn seeds >/dev/null 2>&1 || true
echo "Our lives would be worse if nosotros outlawed it." > "$out/one.txt"
thp=()
grep -q '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null && thp=(-XX:+UseTransparentHugePages)
run() { # archive, command...
  local jsa=$1 s e; shift
  s=$(date +%s%N)
  java -XX:SharedArchiveFile="$jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 "${thp[@]}" \
    -XX:GCTimeRatio=4 -jar target/unmangle.jar "$@" < "$out/one.txt" > /dev/null 2>&1 || true
  e=$(date +%s%N)
  echo $(( (e - s) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
for what in "one sentence, spin pass:clean --passes spin -" "one sentence, default chain:clean -" "check seeds/:check seeds"; do
  name=${what%%:*}; cmd=${what#*:}
  : > "$out/a"; : > "$out/b"
  for ((r = 0; r < runs; r++)); do
    # shellcheck disable=SC2086
    run target/unmangle.jsa $cmd >> "$out/a"
    # shellcheck disable=SC2086
    run "$out/default.jsa" $cmd >> "$out/b"
  done
  echo "$name: the build's archive $(median < "$out/a") ms, the default chain's $(median < "$out/b") ms (medians of $runs;" \
    "$(sort -n "$out/a" | tr '\n' ' ')| $(sort -n "$out/b" | tr '\n' ' '))"
done
