#!/usr/bin/env bash
# Ctrl-C mid-batch: runs `clean -j 4 --with spin` over 2,000 files of 31 KB (made once under target/interrupt),
# sends SIGINT after 3, 4, ... seconds, and counts what each interrupted run left: hidden temporary files
# (there should be none: the shutdown hook deletes them), complete outputs, and lines on stderr (there should be
# none: what fails while shutting down fails for that, not for its input).
# Usage: bench/interrupt.sh [RUNS] [JAR]   (JAR: target/unmangle.jar, built by `mvn -DskipTests package`)
set -euo pipefail
set -m # (a background job of a script without job control ignores SIGINT)
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-6}
jar=${2:-$root/target/unmangle.jar}
work=$root/target/interrupt
if [ ! -d "$work/in" ]; then
  python3 - "$work/in" <<'PY'
import os, sys
base = sys.argv[1]
for d in range(10):
    os.makedirs('%s/d%d' % (base, d), exist_ok=True)
    for i in range(200):
        with open('%s/d%d/p%04d.txt' % (base, d, i), 'w') as f:
            f.write(('The council said on Tuesday that the new road would open next year, after a delay caused by the weather and %d other things. ' % i * 30 + '\n\n') * 8)
PY
fi
for k in $(seq 1 "$runs"); do
  rm -rf "$work/out"
  java -jar "$jar" clean -q -j 4 --with spin --out-dir "$work/out" "$work/in" 2> "$work/stderr.txt" &
  pid=$!
  sleep $((2 + k))
  kill -INT "$pid" 2>/dev/null || true
  rc=0
  wait "$pid" || rc=$?
  echo "run $k (SIGINT after $((2 + k)) s): exit $rc, temporary files left $(find "$work/out" -name '*.tmp' 2>/dev/null | wc -l), outputs $(find "$work/out" -name '*.clean.txt' 2>/dev/null | wc -l) of 2000, stderr lines $(grep -c . "$work/stderr.txt" || true)"
done
