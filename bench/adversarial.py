#!/usr/bin/env python3
"""Inputs no writer types, through the whole chain with spin: each pass should read them at about its usual speed.

A cleaner whose rule reads a line, a token or a run of something once per piece of it is quadratic on the input
that holds one long run: a 1 MB chain of hyphenated words took the spin pass more than ten minutes on 2026-12-04
(the compound list's span, read whole at each piece), a text of 100,000 slipped words beside acronyms 54 s in
the unicode pass (2026-12-04), 100,000 lines of capitalised words 24 s in the mt pass. This writes a battery of such
inputs (a fixed seed; words from the spin pass's n-gram vocabulary, so nothing is fetched) into target/adversarial,
cleans each alone with `java -jar target/unmangle.jar clean -q --no-learn --with spin` and prints its size, time and
MB/s, or TIMEOUT past the limit. One line of 12 MB is refused with its message (longer than --part-size, documented)
and reads as "exit 1". Compare the MB/s column with bench/java.sh's speeds of the passes (a few MB/s with spin):
an input an order of magnitude slower than the others is a defect.

Usage: [JAR=other.jar] python3 bench/adversarial.py [--only NAME,...] [--timeout SECONDS] [--scale 1.0]   (after mvn package)
"""
import argparse, os, random, struct, subprocess, sys, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap = argparse.ArgumentParser()
ap.add_argument('--only', default='')
ap.add_argument('--timeout', type=float, default=300)
ap.add_argument('--scale', type=float, default=1.0, help='multiplies every input\'s size')
args = ap.parse_args()

with open(os.path.join(root, 'src/main/resources/io/github/unmangle/pass/spin/ngrams.bin'), 'rb') as f:
    count, nbytes = struct.unpack('>ii', f.read(8))
    vocab = [w for w in f.read(nbytes).decode('utf-8').split('\n')[:count] if w.isalpha() and w.islower() and 3 <= len(w) <= 12]
rnd = random.Random(1204)


def words(n):
    return ' '.join(rnd.choice(vocab) for _ in range(n))


def n(k):
    return max(1, int(k * args.scale))


def sentence():
    return words(rnd.randint(8, 16)).capitalize() + '.'


def acronym():
    return ''.join(rnd.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(rnd.randint(3, 5)))


def slipped(w):
    k = rnd.randrange(1, len(w))
    return w[:k] + w[k].upper() + w[k + 1:]


def compound():
    return '-'.join(rnd.choice(('men', 'on', 'along', 'real', 'time', 'existent', 'self', 'service', 'single', 'use'))
                    for _ in range(rnd.randint(2, 3)))


menu = ['Home', 'News', 'Sport', 'Share', 'Read more', 'Login', 'Subscribe', 'Cookie policy', 'Follow us on Twitter']
inputs = {
    'one-long-line': lambda: ' '.join(sentence() for _ in range(n(110_000))),
    'short-lines': lambda: '\n'.join(rnd.choice(vocab) for _ in range(n(1_000_000))),
    'blank-separated': lambda: '\n\n\n'.join(words(3) for _ in range(n(300_000))),
    'entities': lambda: ' '.join(rnd.choice(('a&amp;b', '&#8217;', '&nbsp;', '&lt;p&gt;')) for _ in range(n(700_000))),
    'spaced-brackets': lambda: '\n'.join('The [ %s ] said ( %s ) , " %s " .' % (words(2), words(2), words(2)) for _ in range(n(100_000))),
    'menus': lambda: '\n'.join(rnd.choice(menu) for _ in range(n(300_000))),
    'urls': lambda: '\n'.join('https://example.com/%s/%s?id=%d' % (rnd.choice(vocab), rnd.choice(vocab), k) for k in range(n(200_000))),
    'markdown-links': lambda: '\n'.join('See [%s](https://x.com/%s) and [%s](https://y.org/%s) for %s.'
                                        % (words(2), rnd.choice(vocab), rnd.choice(vocab), rnd.choice(vocab), words(12)) for _ in range(n(100_000))),
    'bullets': lambda: '\n'.join('- ' + sentence() for _ in range(n(200_000))),
    'tab-rows': lambda: '\n'.join('\t'.join(rnd.choice(vocab) for _ in range(8)) for _ in range(n(150_000))),
    'quotes': lambda: '\n'.join('“%s,” %s said. ‘%s’ %s.' % (words(6), rnd.choice(vocab).capitalize(), words(3), words(12)) for _ in range(n(150_000))),
    'wrapped-80': lambda: '\n'.join(' '.join(words(10).split()) for _ in range(n(300_000))),
    'paragraphs': lambda: '\n\n'.join(' '.join(sentence() for _ in range(8)) for _ in range(n(40_000))),
    'capitalised-names': lambda: '\n'.join('The %sx met %sy at %s , said %s .' % tuple(rnd.choice(vocab).capitalize() for _ in range(4))
                                           for _ in range(n(100_000))),
    'casing-slips-acronyms': lambda: '\n'.join('The %s said that the %s was here (%s) and so on for a while.' % (a, slipped(rnd.choice(vocab)), a)
                                               for a in (acronym() for _ in range(n(100_000)))),
    'hyphen-chain': lambda: 'Our team builds ' + '-'.join(rnd.choice(('men', 'on', 'along', 'real', 'time', 'existent'))
                                                          for _ in range(n(200_000))) + ' systems for banks.\n',
    'many-compounds': lambda: ' '.join(compound() for _ in range(n(150_000))),
    # UTF-8 read as windows-1252 on every line, sentences broken across lines: the unicode pass judges the breaks on
    # the repaired text (RepairedView), a copy of the whole document
    'mojibake-broken': lambda: '\n'.join(('It\u00e2\u0080\u0099s %s \u00e2\u0080\u009c%s\u00e2\u0080\u009d %s'
                                          % (words(6), words(3), words(5))) for _ in range(n(150_000))),
    # tags and comments left unclosed on long lines: each '<' the unicode pass meets looks along its line for the element's
    # other tag or the comment's end (HtmlTags.Reader: within 1,000 characters, absent ends remembered)
    'html-tags': lambda: '\n'.join(' '.join(rnd.choice(('<b>', '</b>', '<!--', '<a href="x.html">', '&lt;i&gt;', '<p>', '<br>',
                                                          rnd.choice(vocab), rnd.choice(vocab))) for _ in range(2000))
                                   for _ in range(n(300))),
    # a manual page's header over a long text of headings in capitals and indented lines, and a header-like first line of
    # spaces: the boilerplate pass's manual-page test reads the first line by a pattern and the rest line by line, once
    'manual-page': lambda: 'FROB(1)' + ' ' * 140 + 'x' + ' ' * 140 + 'FROB(1)\n\n' + '\n'.join(
        ('%s\n       %s' % (rnd.choice(vocab).upper(), sentence())) for _ in range(n(200_000))),
}

only = set(filter(None, args.only.split(',')))
jar = os.environ.get('JAR', os.path.join(root, 'target', 'unmangle.jar'))  # (JAR=...: another build's, to compare)
if not os.path.exists(jar):
    sys.exit('no %s: run mvn -q -DskipTests package first' % jar)
out = os.path.join(root, 'target', 'adversarial')
os.makedirs(os.path.join(out, 'clean'), exist_ok=True)
print('%-22s %9s %9s %8s' % ('input', 'MB', 'seconds', 'MB/s'))
for name, make in inputs.items():
    if only and name not in only:
        continue
    path = os.path.join(out, name + '.txt')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(make())
    mb = os.path.getsize(path) / 1e6
    t0 = time.time()
    try:
        r = subprocess.run(['java', '-Xmx2g', '-jar', jar, 'clean', '-q', '--no-learn', '--with', 'spin',
                            '--out-dir', os.path.join(out, 'clean'), path],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=args.timeout)
        secs = time.time() - t0
        note = '' if r.returncode == 0 else '  exit %d: %s' % (r.returncode, r.stderr.decode('utf-8', 'replace').strip()[:120])
        print('%-22s %9.1f %9.1f %8.2f%s' % (name, mb, secs, mb / secs, note), flush=True)
    except subprocess.TimeoutExpired:
        print('%-22s %9.1f %9s %8s  TIMEOUT after %.0f s' % (name, mb, '-', '-', args.timeout), flush=True)
