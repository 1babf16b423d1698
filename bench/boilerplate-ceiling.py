#!/usr/bin/env python3
"""What dropping more lines could still gain: the per-page bag-of-words score of BoilerplateEval (same tokens, same
averaging: it reproduces the harness's P/R/F1 to four places), of the pass's kept text and of an oracle that drops
every kept line the gold does not hold (a line whose words are not a run of the gold's, and under half of whose words
the gold has at all), by page type.

Usage:
  bench/java.sh io.github.unmangle.bench.BoilerplateEval ../shared/boilerplate-dev --dump /tmp/dump
  python3 bench/boilerplate-ceiling.py ../shared/boilerplate-dev /tmp/dump
"""
import collections
import re
import sys

TOK = re.compile(r'[^\W_]+')  # letters and digits, as BoilerplateEval's [\p{L}\p{N}]+


def pr(kept, gold):
    k, g = collections.Counter(TOK.findall(kept)), collections.Counter(TOK.findall(gold))
    overlap = sum(min(v, g[w]) for w, v in k.items())
    nk, ng = sum(k.values()), sum(g.values())
    return (overlap / nk if nk else (1.0 if ng == 0 else 0.0)), (overlap / ng if ng else 1.0)


def norm(s):
    return ' '.join(TOK.findall(s))


def main(data, dump):
    manifest = [l.rstrip('\n').split('\t') for l in open(data + '/manifest.tsv', encoding='utf-8')][1:]
    score = collections.defaultdict(lambda: [0.0, 0.0, 0.0, 0.0, 0])
    for name, _, _, kind, *_ in manifest:
        gold = open(f'{data}/gold/{name}.txt', encoding='utf-8').read()
        kept = open(f'{dump}/{name}.txt', encoding='utf-8').read()
        runs, words = ' ' + norm(gold) + ' ', set(TOK.findall(gold))
        oracle = []
        for line in kept.split('\n'):
            toks = TOK.findall(line)
            if not toks or ' ' + norm(line) + ' ' in runs or sum(w in words for w in toks) * 2 >= len(toks):
                oracle.append(line)
        p, r = pr(kept, gold)
        po, ro = pr('\n'.join(oracle), gold)
        for key in ('all', kind):
            s = score[key]
            s[0] += p; s[1] += r; s[2] += po; s[3] += ro; s[4] += 1
    f1 = lambda p, r: 2 * p * r / (p + r) if p + r else 0
    for key, (p, r, po, ro, n) in sorted(score.items(), key=lambda kv: -kv[1][4]):
        p, r, po, ro = p / n, r / n, po / n, ro / n
        print(f'{key:14s} {n:5d} pages  kept P {p:.4f} R {r:.4f} F1 {f1(p, r):.4f}   oracle P {po:.4f} R {ro:.4f} F1 {f1(po, ro):.4f}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
