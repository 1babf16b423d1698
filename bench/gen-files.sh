#!/usr/bin/env bash
# Generates N small news-like text files (default 10,000) under DIR for the batch benchmarks:
# article texts from ../shared/boilerplate-dev/gold (CC-BY-4.0) and seeds/, cut to 1–6 KB,
# some with a little damage (NBSP, CRLF, a zero-width space, a blog footer) so passes have
# work. Usage: bench/gen-files.sh DIR [N]
set -euo pipefail
out=${1:?usage: gen-files.sh DIR [N]}
n=${2:-10000}
root=$(cd "$(dirname "$0")/.." && pwd)
src=()
if [ -d "$root/../shared/boilerplate-dev/gold" ]; then src+=("$root/../shared/boilerplate-dev/gold"); fi
src+=("$root/seeds")
mkdir -p "$out"
python3 - "$out" "$n" "${src[@]}" <<'PY'
import os, random, sys
out, n, dirs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
files = [os.path.join(d, f) for d in dirs for f in sorted(os.listdir(d)) if f.endswith('.txt')]
texts = [open(f, encoding='utf-8').read() for f in files]
texts = [t for t in texts if len(t) > 800]
rnd = random.Random(7)
for i in range(n):
    t = rnd.choice(texts)
    size = rnd.randint(1000, 6000)
    start = rnd.randint(0, max(0, len(t) - size))
    s = t[start:start + size]
    k = rnd.random()
    if k < 0.1: s = s.replace(' the ', ' the\u00a0', 3)
    elif k < 0.2: s = s.replace('\n', '\r\n')
    elif k < 0.3: s = s.replace(' and ', ' and\u200b ', 2)
    elif k < 0.4: s += '\nPosted by: admin\n0 Response to "' + s[:40].strip() + '"\nPost a Comment\n'
    sub = os.path.join(out, '%03d' % (i // 1000))
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, 'doc%05d.txt' % i), 'w', encoding='utf-8', newline='') as f:
        f.write(s)
PY
echo "generated $n files in $out ($(du -sh "$out" | cut -f1))"
