#!/usr/bin/env bash
# Two builds of a pass timed side by side in one JVM, text by text (AbSpeed): on this noisy machine, the way to tell
# a speed change of a few per cent. OLD_CLASSES: another build's target/classes (e.g. of a worktree:
# git worktree add /tmp/old COMMIT && (cd /tmp/old && mvn -q -DskipTests compile)); NEW_CLASSES "-": this project's.
# Usage: bench/ab.sh OLD_CLASSES NEW_CLASSES|- PASS TEXT_DIR [--mb MB] [--rounds N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ "${NOBUILD:-0}" != 1 ]; then
  mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dstyle.color=never >&2
fi
old=$1; new=$2; shift 2
[ "$new" = - ] && new="$root/target/classes"
exec java ${JAVA_OPTS:--Xmx4g} -Dab.deps="$(cat target/cp.txt)" -cp "target/test-classes" io.github.unmangle.bench.AbSpeed "$old" "$new" "$@"
