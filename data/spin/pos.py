#!/usr/bin/env python3
"""Writes spin-pos.bin: a part-of-speech model of English for the spin pass, which asks how well a
word's parts of speech fit those of the words around it ("serve to impairment the": a noun where
English writes a verb after "to" and before "the").

Source: Festival's POS lexicon and tag trigram model (wsj.wp39.poslexR, wsj.wp39.tri.ngrambin), from
the Debian package festlex-poslex 2.4-1 (University of Edinburgh, CSTR; a permissive licence, see
data/spin/LICENSE-Festival-POSLEX), derived by CSTR from the Penn Treebank's Wall Street Journal
text. `apt-get download festlex-poslex` fetches it when no path is given.

What is written (big-endian):
  int T (tags), then T tag names, each a byte length and ASCII;
  float[T*T*T] P(c | a b), the tag trigrams interpolated with the bigrams and unigrams
    (0.85 / 0.12 / 0.03 where the pair a b was seen, else the bigram's and unigram's alone);
  float[T*T] P(a b), the tag pairs' joint probability (where a window starts);
  int C, the distinct tag lists; per list a byte n (its tags, at most 4); then for all lists together
    the tags (bytes) and their weights (floats), list after list; then per list the index of the list
    it reads as for a word written in lowercase, an unsigned short (a proper noun's tags dropped);
  int V (the words of ngrams.bin, in their order), then per word the index of its tag list (an
    unsigned short), and one more after them: a word the n-gram model does not know.
A word's weight for a tag is P(t | w) / P(t), so that a window's score says how well its words'
parts of speech go together and not how common the words are (the word n-grams weigh that). Where
the lexicon lacks a word (120k of the 146k), its tags are read from its last letters, over the
lexicon's rare words with the same ending (3, 2, 1 letters, the longest with enough of them); a word
with a digit is a number.
Usage: data/spin/pos.py [path/to/festlex-poslex.deb or a directory holding the two files]"""
import collections, glob, math, os, re, struct, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
res = os.path.join(here, '..', '..', 'src', 'main', 'resources', 'io', 'github', 'unmangle', 'pass', 'spin')
MAX_TAGS = 4
COVER = 0.99


def festival_dir(arg):
    if arg and os.path.isdir(arg):
        return arg
    tmp = tempfile.mkdtemp()
    deb = arg
    if not deb:
        subprocess.check_call(['apt-get', 'download', 'festlex-poslex'], cwd=tmp)
        deb = glob.glob(os.path.join(tmp, 'festlex-poslex_*.deb'))[0]
    subprocess.check_call(['dpkg-deb', '-x', deb, tmp])
    return os.path.join(tmp, 'usr', 'share', 'festival', 'dicts')


src = festival_dir(sys.argv[1] if len(sys.argv) > 1 else None)

# the tag trigram counts: "NgramBin_2 3", the tags, the predicted tags, then T^3 doubles, a run of
# k zeros written as the one value -(k + 1)
data = open(os.path.join(src, 'wsj.wp39.tri.ngrambin'), 'rb').read()
head, tag_line, pred_line, body = data.split(b'\n', 3)
assert head == b'NgramBin_2 3' and tag_line == pred_line, head
tags = [x.decode() for x in tag_line.split()]
T = len(tags)
counts = []
for j in range(0, len(body) - 7, 8):
    v = struct.unpack('>d', body[j:j + 8])[0]
    if v < 0:
        counts.extend([0.0] * (int(-v) - 1))
    else:
        counts.append(v)
assert len(counts) == T ** 3, (len(counts), T ** 3)
tri = lambda a, b, c: counts[(a * T + b) * T + c]
pair = [[sum(tri(a, b, c) for c in range(T)) for b in range(T)] for a in range(T)]
uni = [sum(pair[a][b] for a in range(T)) for b in range(T)]
total = sum(uni)
p_uni = [u / total for u in uni]
# P(c | b): from the pairs (b, c), counted as the trigrams' last two tags
big = [[sum(tri(a, b, c) for a in range(T)) for c in range(T)] for b in range(T)]
p_big = [[(big[b][c] / sum(big[b]) if sum(big[b]) else p_uni[c]) for c in range(T)] for b in range(T)]
log_tri = []
for a in range(T):
    for b in range(T):
        n_ab = pair[a][b]
        for c in range(T):
            if n_ab > 0:
                p = 0.85 * tri(a, b, c) / n_ab + 0.12 * p_big[b][c] + 0.03 * p_uni[c]
            else:
                p = 0.9 * p_big[b][c] + 0.1 * p_uni[c]
            log_tri.append(math.log(max(p, 1e-9)))
log_pair = [math.log(max(pair[a][b] / total, 1e-12)) for a in range(T) for b in range(T)]

# the lexicon: ("word" ((tag log P(word | tag)) ...) () ), in Latin-1
lexicon = {}
for line in open(os.path.join(src, 'wsj.wp39.poslexR'), encoding='latin-1'):
    m = re.match(r'\("(.*)" \(\((.*)\) \) \(\) \)\s*$', line)
    if not m:
        continue
    word = m.group(1)
    probs = {}
    for tag, lp in re.findall(r'([^\s()]+) (-?[0-9.]+)', m.group(2)):
        if tag in tags:
            probs[tags.index(tag)] = math.exp(float(lp)) * p_uni[tags.index(tag)]  # ∝ count(word, tag)
    if probs:
        lexicon[word] = probs


def weights(joint):
    """P(t | w) / P(t) for the tags that hold COVER of P(t | w), at most MAX_TAGS, as logs."""
    s = sum(joint.values())
    ranked = sorted(((p / s, t) for t, p in joint.items()), reverse=True)
    kept, cover = [], 0.0
    for p, t in ranked[:MAX_TAGS]:
        kept.append((t, p))
        cover += p
        if cover >= COVER:
            break
    return [(t, math.log(p / cover / p_uni[t])) for t, p in kept]


# endings, from the lexicon's rare words (the less common half), of letters only
mass = sorted(sum(p.values()) for p in lexicon.values())
rare_below = mass[len(mass) // 2]
endings = collections.defaultdict(lambda: collections.defaultdict(float))
for word, probs in lexicon.items():
    if sum(probs.values()) > rare_below or not word.isalpha():
        continue
    s = sum(probs.values())
    for k in (1, 2, 3):
        if len(word) > k + 1:
            for t, p in probs.items():
                endings[word[-k:]][t] += p / s
endings[''] = collections.defaultdict(float)
for word, probs in lexicon.items():
    if sum(probs.values()) <= rare_below and word.isalpha():
        s = sum(probs.values())
        for t, p in probs.items():
            endings[''][t] += p / s
CD = tags.index('cd')
PUNC = tags.index('punc')


def guess(word):
    if any(c.isdigit() for c in word):
        return [(CD, math.log(1 / p_uni[CD]))]
    for k in (3, 2, 1):
        e = endings.get(word[-k:]) if len(word) > k + 1 else None
        if e and sum(e.values()) >= 20:
            return weights(e)
    return weights(endings[''])


with open(os.path.join(res, 'ngrams.bin'), 'rb') as f:
    vcount, vsize = struct.unpack('>ii', f.read(8))
    vocab = f.read(vsize).decode('utf-8').split('\n')[:vcount]
entries = []
known = 0
for word in vocab:
    if word == '<s>':
        entries.append([(PUNC, 0.0)])
    elif word in lexicon:
        entries.append(weights(lexicon[word]))
        known += 1
    else:
        entries.append(guess(word))
entries.append(weights(endings['']))
classes = {}   # a tag list -> its index: the words that guess their tags by the same ending share one
word_class = [classes.setdefault(tuple(e), len(classes)) for e in entries]
# each list as it reads for a word written in lowercase, which is no proper noun (the lexicon's words are lowercase, and
# the WSJ writes "Automobile" in a name a quarter of the time): the proper nouns' tags dropped, the others' weights
# divided by the share of P(t | w) they hold; a list of proper nouns only stays as it is
PROPER = {tags.index('nnp'), tags.index('nnps')}
lowercase = {}
for c in list(classes):
    kept = sum(math.exp(w) * p_uni[t] for t, w in c if t not in PROPER)
    if len(c) > sum(1 for t, _ in c if t not in PROPER) and kept > 0:
        lower = tuple((t, w - math.log(kept)) for t, w in c if t not in PROPER)
        lowercase[classes[c]] = classes.setdefault(lower, len(classes))
lower_of = [lowercase.get(k, k) for k in range(len(classes))]
assert len(classes) < 65536
with open(os.path.join(res, 'spin-pos.bin'), 'wb') as out:
    out.write(struct.pack('>i', T))
    for t in tags:
        out.write(struct.pack('>b', len(t)) + t.encode('ascii'))
    out.write(struct.pack('>%df' % len(log_tri), *(math.exp(x) for x in log_tri)))
    out.write(struct.pack('>%df' % len(log_pair), *(math.exp(x) for x in log_pair)))
    out.write(struct.pack('>i', len(classes)))
    out.write(bytes(len(c) for c in classes))
    flat = [x for c in classes for x in c]
    out.write(bytes(t for t, _ in flat))
    out.write(struct.pack('>%df' % len(flat), *(math.exp(w) for _, w in flat)))
    out.write(struct.pack('>%dH' % len(lower_of), *lower_of))
    out.write(struct.pack('>i', vcount))
    out.write(struct.pack('>%dH' % len(word_class), *word_class))
print('%d tags; %d of %d words in the lexicon; %d tag lists, %d tag weights in all' % (T, known, vcount, len(classes), len(flat)))
