#!/usr/bin/env bash
# Runs a main class from the project's main+test classes (benchmark and evaluation harnesses
# live under src/test/java/io/github/unmangle/bench). Usage: bench/java.sh CLASS [ARGS...]
# Builds first unless NOBUILD=1. JAVA_OPTS is passed to the JVM (default -Xmx2g); transparent huge
# pages are asked for where the kernel gives them on request, as the ./unmangle launcher does (THP=0: not).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ "${NOBUILD:-0}" != 1 ]; then
  mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dstyle.color=never >&2
fi
cls=$1; shift
thp=()
if [ "${THP:-1}" != 0 ] && grep -q '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
  thp=(-XX:+UseTransparentHugePages)
fi
exec java "${thp[@]}" ${JAVA_OPTS:--Xmx2g} -cp "target/classes:target/test-classes:$(cat target/cp.txt)" "$cls" "$@"
