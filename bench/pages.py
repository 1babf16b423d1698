#!/usr/bin/env python3
"""Page breaks of PDF text: the pages pass measured on articles typeset into PDF pages and extracted again.

Each article gold text of boilerplate-dev (page type article, 2,500 characters or more; the first N) is typeset into a
PDF, with groff's ms macros (letter pages, justified, hyphenation on, as groff sets it: a running header with a site's
name and the date, a footer "Page N") or, with --libreoffice, by LibreOffice Writer from the text (`soffice --headless
--convert-to pdf`: its default page, Liberation Serif 12 pt, ragged right, no header), then extracted with pdftotext
(its default reading order: a form feed after each page). The extracted text is cleaned by the chain with and without the
pages pass (unicode joins the lines), and compared with the gold text:
  furniture  lines of the output that are a page's header, footer or page number
  intact     gold paragraphs of 15 words or more that stand whole on one output line (their words in order)
  lost       gold words (a bag) missing from the output
Needs groff and poppler-utils, and for --libreoffice libreoffice-writer-nogui (Debian packages; bench tools, not
dependencies of unmangle).
Usage: bench/pages.py [N] [SHARED_DIR] [--libreoffice]   (from the project root; ./unmangle builds the jar if needed)
"""
import collections, os, re, subprocess, sys, tempfile

args = [a for a in sys.argv[1:] if not a.startswith('--')]
libreoffice = '--libreoffice' in sys.argv
n = int(args[0]) if args else 40
shared = args[1] if len(args) > 1 else '../shared'
dev = os.path.join(shared, 'boilerplate-dev')
names = []
for line in open(os.path.join(dev, 'manifest.tsv')):
    f = line.rstrip('\n').split('\t')
    if len(f) > 6 and f[3] == 'article' and f[6].isdigit() and int(f[6]) >= 2500:
        names.append(f[0])
names = names[:n]
work = tempfile.mkdtemp(prefix='pages-bench-')
HEADER, DATE = 'The Example Tribune', 'June 10, 2020'


def troff_escape(s):
    s = s.replace('\\', '\\e')
    return re.sub(r"(?m)^([.'])", r'\\&\1', s)


def typeset(gold):
    paras = [p.strip() for p in re.split(r'\n\s*\n', gold) if p.strip()]
    src = ['.ds LH ' + HEADER, '.ds RH ' + DATE, '.ds CH', '.ds CF Page %', '.nr PS 10', '.nr VS 12']
    for p in paras:
        src += ['.PP', troff_escape(' '.join(p.split()))]
    return '\n'.join(src) + '\n'


def clean(text, passes):
    r = subprocess.run(['./unmangle', 'clean', '-q', '--passes', passes, '-'], input=text.encode(), capture_output=True)
    return r.stdout.decode()


def words(s):
    return re.findall(r"[A-Za-z0-9]+", s)


furniture_re = re.compile(r'^\s*(' + re.escape(HEADER) + r'|' + re.escape(DATE) + r'|Page \d+|- \d+ -|\d+)\s*$')
totals = {k: collections.Counter() for k in ('with', 'without')}
pages = 0
for name in names:
    gold = open(os.path.join(dev, 'gold', name + '.txt'), encoding='utf-8').read()
    pdf = os.path.join(work, name + '.pdf')
    if libreoffice:
        src = os.path.join(work, name + '.txt')
        with open(src, 'w', encoding='utf-8') as out:
            out.write('\n'.join(' '.join(p.split()) for p in re.split(r'\n\s*\n', gold) if p.strip()) + '\n')
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', work, src], capture_output=True, check=True)
    else:
        with open(pdf, 'wb') as out:
            subprocess.run(['groff', '-ms', '-Tpdf', '-Kutf8'], input=typeset(gold).encode(), stdout=out, stderr=subprocess.DEVNULL, check=True)
    text = subprocess.run(['pdftotext', '-enc', 'UTF-8', pdf, '-'], capture_output=True, check=True).stdout.decode()
    pages += text.count('\f')
    paras = [' '.join(words(p)) for p in re.split(r'\n\s*\n', gold) if len(words(p)) >= 15]
    gold_bag = collections.Counter(w.lower() for w in words(gold))
    for label, chain in (('with', 'pages,unicode'), ('without', 'unicode')):
        out = clean(text, chain)
        lines = [' '.join(words(l)) for l in out.split('\n')]
        t = totals[label]
        t['furniture'] += sum(1 for l in out.split('\n') if furniture_re.match(l))
        t['paragraphs'] += len(paras)
        t['intact'] += sum(1 for p in paras if any(p in l for l in lines))
        out_bag = collections.Counter(w.lower() for w in words(out))
        t['gold words'] += sum(gold_bag.values())
        t['lost'] += sum((gold_bag - out_bag).values())
print(f'{len(names)} articles typeset into {pages} PDF pages ({"LibreOffice" if libreoffice else "groff -ms"}, pdftotext); chain pages,unicode against unicode alone:')
for label in ('with', 'without'):
    t = totals[label]
    print(f"  {label:8} pages pass: furniture lines left {t['furniture']}, paragraphs intact {t['intact']} of {t['paragraphs']} "
          f"({t['intact'] / max(1, t['paragraphs']):.3f}), gold words lost {t['lost']} of {t['gold words']}")
