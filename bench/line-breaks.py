#!/usr/bin/env python3
"""Lines broken inside sentences, as a scraped text has them (seed 003's "would suspend" / "police use of"), put back.

Takes the first N gold texts of boilerplate-dev (600 by default), breaks one paragraph in seven of twelve words or more
that ends a sentence at a random word (seeded: the same breaks every run), cleans the damaged texts and the texts as
they are with the unicode pass (the jar at target/unmangle.jar, or JAR=...), and reports: the breaks rejoined (the two
halves on one line again with one space), by the shape of the break (what the line ends with, how the next begins), and
the line-join edits on the texts as they are (each to read: a gold text's own break inside a sentence, or a false join).

Usage: [GOLD=DIR] [JAR=other.jar] bench/line-breaks.py [N] [--examples K]   (scratch files under target/line-breaks; GOLD:
another folder of clean .txt texts, one paragraph a line, e.g. bench/sotu-paragraphs.py's)
"""
import collections, glob, json, os, random, re, shutil, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = [a for a in sys.argv[1:]]
examples = 0
if '--examples' in args:
    k = args.index('--examples')
    examples = int(args[k + 1])
    del args[k:k + 2]
n = int(args[0]) if args else 600
jar = os.environ.get('JAR', os.path.join(root, 'target', 'unmangle.jar'))
gold = os.environ.get('GOLD') or os.path.join(root, '..', 'shared', 'boilerplate-dev', 'gold')
if not os.path.isdir(gold):
    gold = os.path.join(root, '..', '..', 'shared', 'boilerplate-dev', 'gold')
work = os.path.join(root, 'target', 'line-breaks')
shutil.rmtree(work, ignore_errors=True)
for d in ('in', 'clean', 'out'):
    os.makedirs(os.path.join(work, d))
rnd = random.Random(3)
breaks = {}
for p in sorted(glob.glob(os.path.join(gold, '*.txt')))[:n]:
    name = os.path.basename(p)
    text = open(p, encoding='utf-8').read()
    shutil.copy(p, os.path.join(work, 'clean', name))
    out, made = [], []
    for para in text.split('\n'):
        w = para.split(' ')
        if len(w) >= 12 and rnd.random() < 0.15 and re.search(r'[.!?]["”’)]?$', para):
            cut = rnd.randint(3, len(w) - 3)
            a, b = ' '.join(w[:cut]), ' '.join(w[cut:])
            out += [a, b]
            made.append((a, b))
        else:
            out.append(para)
    open(os.path.join(work, 'in', name), 'w', encoding='utf-8').write('\n'.join(out))
    breaks[name] = made
subprocess.run(['java', '-jar', jar, 'clean', '-q', '--no-learn', '--passes', 'unicode', '--out-dir', os.path.join(work, 'out'),
                os.path.join(work, 'in')], check=True)
report = os.path.join(work, 'clean-report.json')
subprocess.run(['java', '-jar', jar, 'clean', '-q', '--no-learn', '--dry-run', '--passes', 'unicode', '--report', report,
                os.path.join(work, 'clean')], check=True)

def shape(a, b):
    if re.search(r'[.!?:]["”’)]?$', a) and b[:1].isupper():
        return "a sentence's end, then a capital (left on purpose: a paragraph's end looks so)"
    end = 'a comma' if a.endswith(',') else 'a lowercase word' if a[-1:].islower() else 'something else'
    return 'the line ends in %s, the next begins %s' % (end, 'in lowercase' if b[:1].islower() else 'otherwise')

joined, total = collections.Counter(), collections.Counter()
left = collections.defaultdict(list)
for name, made in breaks.items():
    o = open(os.path.join(work, 'out', name.replace('.txt', '.clean.txt')), encoding='utf-8').read()
    for a, b in made:
        s = shape(a, b)
        total[s] += 1
        if a + ' ' + b in o:
            joined[s] += 1
        elif len(left[s]) < examples:
            left[s].append('%r / %r' % (a[-30:], b[:30]))
print('%d gold texts, %d breaks put in; rejoined %d (%.3f)' % (len(breaks), sum(total.values()), sum(joined.values()),
      sum(joined.values()) / max(1, sum(total.values()))))
for s in sorted(total):
    print('  %-95s %5d of %5d' % (s, joined[s], total[s]))
    for e in left[s]:
        print('      left: ' + e)
r = json.load(open(report))
joins = [(f['path'], e) for f in r['files'] for e in f['edits'] if e['rule'] == 'line-join']
print('line-join edits on the texts as they are: %d' % len(joins))
for path, e in joins[:examples]:
    t = open(path, encoding='utf-8').read()
    print('  %s: %r / %r' % (os.path.basename(path), t[max(0, e['start'] - 40):e['start']], t[e['end']:e['end'] + 30]))
