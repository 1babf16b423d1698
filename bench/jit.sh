#!/usr/bin/env bash
# Which JIT the ./unmangle launcher should use for a run of a given size: wall-clock and CPU time of
# `unmangle check` (all passes, the batch's first read included, jsonl to /dev/null) with the quick
# compiler alone (c1: -XX:TieredStopAtLevel=1), with all tiers as the launcher runs them (tiers:
# C1 then C2, without C2's profiled loop predicates, -XX:-UseProfiledLoopPredicate) and with the
# JVM's defaults (default), alternating, on 1, 4 and 8 copies of DIR's text files (default
# ../shared/boilerplate-dev/input: 1,476 pages, 31 MB).
# Usage: bench/jit.sh [DIR [COPIES...]]   (ROUNDS=2 alternations each; MODES="c1 tiers default")
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
src=${1:-../shared/boilerplate-dev/input}
shift || true
copies=("$@")
[ ${#copies[@]} -gt 0 ] || copies=(1 4 8)
rounds=${ROUNDS:-2}
mvn -B -q -ntp -Dstyle.color=never -DskipTests package >/dev/null
cds=()
[ -f target/unmangle.jsa ] && cds=(-XX:SharedArchiveFile=target/unmangle.jsa -Xshare:auto)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in "${copies[@]}"; do
  rm -rf "$work/in"
  for k in $(seq "$n"); do mkdir -p "$work/in/$k" && cp "$src"/*.txt "$work/in/$k/"; done
  files=$(find "$work/in" -type f | wc -l)
  mb=$(du -sm --apparent-size "$work/in" | cut -f1)
  for r in $(seq "$rounds"); do
    for jit in ${MODES:-c1 tiers default}; do
      case "$jit" in
        c1) opt=(-XX:TieredStopAtLevel=1) ;;
        tiers) opt=(-XX:-UseProfiledLoopPredicate) ;;
        *) opt=() ;;
      esac
      /usr/bin/time -f '%e %U %S' -o "$work/time" java "${cds[@]}" "${opt[@]}" -jar target/unmangle.jar check --no-progress \
        --format jsonl "$work/in" > /dev/null || true
      read -r wall user sys < <(tail -n 1 "$work/time")
      python3 -c "print('%d copies, %d files, %d MB, round %d, %-7s: %6.1f s wall, %6.1f s CPU, %.2f MB/s' % ($n, $files, $mb, $r, '$jit', $wall, $user + $sys, $mb / $wall))"
    done
  done
done
