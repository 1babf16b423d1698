#!/usr/bin/env bash
# Two builds of a pass timed side by side in one JVM, text by text (AbSpeed): on this noisy machine, the way to tell
# a speed change of a few per cent. OLD_CLASSES: another build's target/classes (e.g. of a worktree:
# git worktree add /tmp/old COMMIT && (cd /tmp/old && mvn -q -DskipTests compile)); NEW_CLASSES "-": this project's.
# Usage: [FORKS=5] bench/ab.sh OLD_CLASSES NEW_CLASSES|- PASS TEXT_DIR [--mb MB] [--rounds N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ "${NOBUILD:-0}" != 1 ]; then
  mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dstyle.color=never >&2
fi
old=$1; new=$2; shift 2
[ "$new" = - ] && new="$root/target/classes"
# FORKS fresh JVMs (default 5), the builds loaded in the other order in every second one: within one JVM a build's
# copy of the classes can keep worse compiled code for the whole run (two copies of one build, A against A, gave 0.663
# in one JVM and 1.006 in the next, 2026-12-03), so one JVM's ratio is no measure; the median of the forks' is.
forks=${FORKS:-5}
ratios=()
for f in $(seq 1 "$forks"); do
  if [ $((f % 2)) = 1 ]; then
    out=$(java ${JAVA_OPTS:--Xmx4g} -Dab.deps="$(cat target/cp.txt)" -cp "target/test-classes" io.github.unmangle.bench.AbSpeed "$old" "$new" "$@")
  else
    out=$(java ${JAVA_OPTS:--Xmx4g} -Dab.deps="$(cat target/cp.txt)" -cp "target/test-classes" io.github.unmangle.bench.AbSpeed "$new" "$old" "$@")
  fi
  echo "== fork $f ($([ $((f % 2)) = 1 ] && echo "old loaded first" || echo "new loaded first; the lines below name the builds swapped"))"
  echo "$out"
  r=$(echo "$out" | sed -n 's/^new\/old speed: \([0-9.]*\) overall.*/\1/p')
  [ $((f % 2)) = 1 ] || r=$(awk -v x="$r" 'BEGIN { printf "%.3f", 1 / x }')
  ratios+=("$r")
done
echo "new/old speed by fork: ${ratios[*]}; median $(printf '%s\n' "${ratios[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : sprintf("%.3f", (a[NR / 2] + a[NR / 2 + 1]) / 2) }')"
