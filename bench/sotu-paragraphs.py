#!/usr/bin/env python3
"""Held-out prose for bench/line-breaks.py: the State of the Union addresses (public domain; bench/clean-other.sh fetches
them into target/other-clean/sets, each address one line) cut into paragraphs of three to six sentences (a fixed seed),
one paragraph a line and a blank line between, written to target/sotu-paragraphs/ (one file an address).
No rule of the unicode pass was written from these texts, so the share of breaks line-breaks.py rejoins there says
whether its rules hold beyond boilerplate-dev's gold texts they were tuned on.

Usage: bench/sotu-paragraphs.py [ERA ...]   (eras: sotu-1790-1899 sotu-1900-1945 sotu-1946-2018; default all three)
then:  GOLD=target/sotu-paragraphs python3 bench/line-breaks.py 400
"""
import os, random, re, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sets = os.path.join(root, 'target', 'other-clean', 'sets')
eras = sys.argv[1:] or ['sotu-1790-1899', 'sotu-1900-1945', 'sotu-1946-2018']
if not os.path.isdir(sets):
    sys.exit('no %s: run bench/clean-other.sh first (it fetches the addresses once)' % sets)
out = os.path.join(root, 'target', 'sotu-paragraphs')
os.makedirs(out, exist_ok=True)
rnd = random.Random(5)
# a sentence ends at ". ", "! " or "? " before a capital or a quote (not after a title's or an initial's full stop)
END = re.compile(r'(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bNo)([.!?]["\u201d]?) (?=["\u201c]?[A-Z])')
n = 0
for era in eras:
    for name in sorted(os.listdir(os.path.join(sets, era))):
        text = open(os.path.join(sets, era, name), encoding='utf-8').read().strip()
        sentences, start = [], 0
        for m in END.finditer(text):
            sentences.append(text[start:m.end(1)].strip())
            start = m.end()
        sentences.append(text[start:].strip())
        paragraphs, k = [], 0
        while k < len(sentences):
            size = rnd.randint(3, 6)
            paragraphs.append(' '.join(s for s in sentences[k:k + size] if s))
            k += size
        with open(os.path.join(out, era + '-' + name), 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(p for p in paragraphs if p) + '\n')
        n += 1
print('%d addresses written to %s' % (n, out))
