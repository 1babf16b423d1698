#!/usr/bin/env bash
# The ./unmangle launcher's JVM settings, each against the JVM's own, as the launcher runs them
# (alternating, run by run):
#   thp  transparent huge pages where the kernel gives them on request ("madvise" in
#        /sys/kernel/mm/transparent_hugepage/enabled), against UNMANGLE_THP=0;
#   gc   -XX:GCTimeRatio=4 (the heap grows when collection passes a fifth of the time), against
#        G1's own 12 (UNMANGLE_JAVA_OPTS=-XX:GCTimeRatio=12, which comes after the launcher's);
#   cds  the build's class-data-sharing archive (trained by `clean --with spin`), against one trained
#        by the default chain alone, made here (UNMANGLE_JAVA_OPTS=-XX:SharedArchiveFile=...).
# Each over: one sentence through the spin pass, one through the default chain, `check seeds/` (wall
# time, medians of RUNS), and `clean --with spin` of DIR's text files into a scratch folder (wall,
# user CPU time and peak RSS, ROUNDS alternations).
# Usage: bench/jvm.sh [DIR] [RUNS] [ROUNDS] [SETTINGS]   (defaults: ../shared/boilerplate-dev/input, 8, 2,
# "thp gc cds")
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dir=${1:-../shared/boilerplate-dev/input}
[ -d "$dir" ] || dir=../../shared/boilerplate-dev/input
runs=${2:-8}
rounds=${3:-2}
settings=${4:-thp gc cds}
unset UNMANGLE_JAVA_OPTS UNMANGLE_THP
echo "THP: $(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null || echo 'not offered')"
mvn -B -q -ntp -DskipTests package >/dev/null
out="$root/bench/out/jvm"
mkdir -p "$out"
echo "Our lives would be worse if nosotros outlawed it." > "$out/one.txt"
rm -f "$out/default.jsa"
java -XX:ArchiveClassesAtExit="$out/default.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar target/unmangle.jar \
  clean --quiet --force --out-dir "$out/training" --no-learn seeds >/dev/null 2>&1 || true
# the environment that runs the launcher as it is (the setting's "on" side) or with the setting undone ("off")
envof() { # setting, on|off
  case "$2:$1" in
    on:*) echo "UNMANGLE_BENCH=on" ;;
    off:thp) echo "UNMANGLE_THP=0" ;;
    off:gc) echo "UNMANGLE_JAVA_OPTS=-XX:GCTimeRatio=12" ;;
    off:cds) echo "UNMANGLE_JAVA_OPTS=-XX:SharedArchiveFile=$out/default.jsa" ;;
  esac
}
ms() { # setting, side, unmangle arguments...
  local s e env
  env=$(envof "$1" "$2"); shift 2
  s=$(date +%s%N); env "$env" ./unmangle "$@" < "$out/one.txt" > /dev/null 2>&1 || true; e=$(date +%s%N)
  echo $(( (e - s) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
for setting in $settings; do
  for what in "one sentence, spin pass:clean --passes spin -" "one sentence, default chain:clean -" "check seeds/:check seeds"; do
    name=${what%%:*}; cmd=${what#*:}
    : > "$out/on"; : > "$out/off"
    for ((r = 0; r < runs; r++)); do
      for side in on off; do
        # shellcheck disable=SC2086
        ms "$setting" "$side" $cmd >> "$out/$side"
      done
    done
    echo "$setting, $name: launcher $(median < "$out/on") ms, without $(median < "$out/off") ms (medians of $runs;" \
      "$(sort -n "$out/on" | tr '\n' ' ')| $(sort -n "$out/off" | tr '\n' ' '))"
  done
  for ((r = 0; r < rounds; r++)); do
    for side in on off; do
      rm -rf "$out/batch"
      /usr/bin/time -o "$out/time" -f "%e s wall, %U s user, peak RSS %M KB" \
        env "$(envof "$setting" "$side")" ./unmangle clean --with spin --force --out-dir "$out/batch" "$dir" >/dev/null 2>&1
      echo "$setting, clean --with spin of $dir: $([ $side = on ] && echo launcher || echo without) $(cat "$out/time")"
    done
  done
done
rm -rf "$out/batch"
