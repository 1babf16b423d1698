#!/usr/bin/env bash
# Batch and start-up benchmark of the unmangle command line (issue 2's figures):
#  1. files/s and peak RSS cleaning 10,000 small generated files with -j 1 and -j 2
#     (default chain, --force so every file is cleaned, --no-learn and with learning);
#  2. wall time to clean one 3 KB file from the shell, next to a minimal picocli hello-world
#     jar timed in the same run (median of R runs each, interleaved).
#  3. with BIG_MB=1000: one 1 GB file cleaned with a 256 MB heap (parts, not the whole file, in memory).
# Usage: [BIG_MB=1000] [STARTUP_ONLY=1] bench/cli.sh [N_FILES] [RUNS]   (scratch data under bench/out/, git-ignored)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
n=${1:-10000}
runs=${2:-15}
out="$root/bench/out"
mkdir -p "$out"
mvn -B -q -ntp -DskipTests package >/dev/null
jar=${JAR:-target/unmangle.jar}
cds=()
[ -f target/unmangle.jsa ] && cds=(-XX:SharedArchiveFile=target/unmangle.jsa -Xshare:auto)

# hello-world picocli jar, built here from bench/hello/Hello.java
picocli=$(find ~/.m2/repository/info/picocli/picocli -name 'picocli-4.7.6.jar' | head -1)
rm -rf "$out/hello" && mkdir -p "$out/hello/classes"
javac -q -d "$out/hello/classes" -cp "$picocli" bench/hello/Hello.java 2>/dev/null || javac -d "$out/hello/classes" -cp "$picocli" bench/hello/Hello.java
(cd "$out/hello/classes" && unzip -qo "$picocli" 'picocli/*' && jar cfe ../hello.jar Hello .)

files="$out/files"
if [ "${STARTUP_ONLY:-0}" != 1 ]; then
if [ ! -d "$files" ] || [ "$(find "$files" -name 'doc*.txt' ! -name '*.clean.txt' | wc -l)" -ne "$n" ]; then
  rm -rf "$files"
  bench/gen-files.sh "$files" "$n" >/dev/null
fi
find "$files" -name "*.clean.txt" -delete
find "$files" -name "*.clean.txt" -delete
mb=$(du -sm --apparent-size "$files" | cut -f1)
echo "== batch: $n files, ${mb} MB, default chain: $(java -jar $jar passes | awk '/^[a-z]/ && !/off by default/ {printf "%s ", $1}')"
for learn in --no-learn --learn; do
  for j in 1 2; do
    find "$files" -name '*.clean.txt' -delete
    /usr/bin/time -f '%e %M' -o "$out/time.txt" java "${cds[@]}" -jar $jar clean -q --force $learn -j $j "$files"
    read -r secs rss < <(tail -n 1 "$out/time.txt")
    python3 -c "s=$secs; print('clean $learn -j $j: %.1f s, %.0f files/s, %.2f MB/s, peak RSS %d MB' % (s, $n/s, $mb/s, $rss//1024))"
  done
done

# the same batch with a small heap: memory use is the JVM's ergonomic heap sizing, not the data
find "$files" -name '*.clean.txt' -delete
/usr/bin/time -f '%e %M' -o "$out/time.txt" java -Xmx128m "${cds[@]}" -jar $jar clean -q --force --no-learn -j 2 "$files"
read -r secs rss < <(tail -n 1 "$out/time.txt")
python3 -c "s=$secs; print('clean --no-learn -j 2 with -Xmx128m: %.1f s, %.0f files/s, peak RSS %d MB' % (s, $n/s, $rss//1024))"
fi

# start-up: one 3 KB file vs hello world, interleaved
one="$out/one.txt"
head -c 3000 seeds/004_c6b125c8e7c9c984.txt > "$one"
t_hello=(); t_clean=(); t_unicode=()
now() { date +%s%N; }
for i in $(seq "$runs"); do
  a=$(now); java -jar "$out/hello/hello.jar" >/dev/null; b=$(now); t_hello+=($(( (b-a)/1000000 )))
  a=$(now); java "${cds[@]}" -jar $jar clean -q --force "$one"; b=$(now); t_clean+=($(( (b-a)/1000000 )))
  a=$(now); java "${cds[@]}" -jar $jar clean -q --force --passes unicode "$one"; b=$(now); t_unicode+=($(( (b-a)/1000000 )))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
h=$(median "${t_hello[@]}"); c=$(median "${t_clean[@]}"); u=$(median "${t_unicode[@]}")
echo "== start-up, median of $runs: hello-world picocli ${h} ms; clean one 3 KB file: default chain ${c} ms ($(python3 -c "print(round($c/$h,2))")x), unicode only ${u} ms ($(python3 -c "print(round($u/$h,2))")x)${cds:+ (with CDS archive)}"

# one large input: memory must stay flat (parts of --part-size MiB), so run it with a small heap
if [ "${BIG_MB:-0}" -gt 0 ]; then
  big="$out/big.txt"
  python3 - "$big" "$BIG_MB" <<'PY'
import os, sys
out, mb = sys.argv[1], int(sys.argv[2])
root = 'seeds'
chunk = ''.join(open(os.path.join(root, f), encoding='utf-8').read() + '\n\n' for f in sorted(os.listdir(root)) if f.endswith('.txt') and '.clean.' not in f)
with open(out, 'w', encoding='utf-8') as f:
    n = 0
    while n < mb * 1_000_000:
        f.write(chunk); n += len(chunk.encode('utf-8'))
PY
  /usr/bin/time -f '%e %M' -o "$out/time.txt" java -Xmx256m "${cds[@]}" -jar $jar clean -q --force "$big"
  read -r secs rss < <(tail -n 1 "$out/time.txt")
  echo "== one ${BIG_MB} MB file with -Xmx256m: $secs s, $(python3 -c "print(round($BIG_MB/$secs,1))") MB/s, peak RSS $((rss/1024)) MB"
  rm -f "$big" "$out/big.clean.txt"
fi
