#!/usr/bin/env python3
"""Trains the boilerplate pass's line model (LineModel.java) on boilerplate-dev's pages.

Each row of FEATURES.tsv (written by LineFeatureDump) is a line the pass's rules kept, with its features
(KeptLines.java). Its label: the line belongs to the article when its words are a run of the gold text's, or at
least 80% of them are words of the gold text (half of them, as bench/boilerplate-ceiling.py's oracle reads the gold,
labelled "Contact Us" as the article's wherever its gold says "contact" and "us": in the cross-fit's simulation, at
the same recall, 0.9326, that label scored F1 0.8488 and this one 0.8502). Each line
is weighed by its share of its page's kept words, so that every page counts alike, as the harness averages pages.

Writes the model (LightGBM, binary objective) in LineModel's text format to OUT, and testdata rows for
LineModelTest (features and LightGBM's own chance for them), and with --folds DIR two more models, trained on
the odd-numbered and on the even-numbered pages alone, for BoilerplateEval --cross-models DIR.

Usage (from the project root; LightGBM 4.x and numpy are needed, at training time only):
  bench/java.sh io.github.unmangle.pass.boilerplate.LineFeatureDump ../shared/boilerplate-dev /tmp/features.tsv
  python3 data/boilerplate/train.py /tmp/features.tsv ../shared/boilerplate-dev \\
      src/main/resources/io/github/unmangle/pass/boilerplate/line-model.txt [--folds DIR]
"""
import collections
import os
import re
import sys

import lightgbm as lgb
import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from trees import write_check_rows, write_model  # noqa: E402 (data/trees.py)

TOK = re.compile(r'[^\W_]+')  # letters and digits, as BoilerplateEval's [\p{L}\p{N}]+
PARAMS = dict(objective='binary', learning_rate=0.15, num_leaves=31, min_data_in_leaf=50, feature_fraction=0.8,
              bagging_fraction=0.8, bagging_freq=1, verbose=-1, seed=1, num_threads=2, deterministic=True)
# 80 trees: 400 trees of 15 leaves (learning rate 0.05) scored F1 +0.0006 more in the cross-fit's simulation, but
# were slower (BoilerplateEval --mb 100, alternating, 2026-12-03: the pass at 20.4-20.7 MB/s with them, 23.1-24.3
# with these 80, 29.7-33.5 without a model)
ROUNDS = 80
# a line whose words are no run of the gold's is the article's when this share of them are words of the gold text
WORD_SHARE = 0.8
# a kept line whose chance of belonging to the article is under this goes. Chosen on the cross-fit (each half's
# pages cleaned with the model trained on the other half: BoilerplateEval --cross-models) for recall over 0.93: with
# 400 trees of 15 leaves and half the words as the label, 0.30 gave F1 0.8496, recall 0.9373; 0.35 gave F1 0.8502,
# recall 0.9348 (no model: 0.8456, 0.9406); with this label the chances are lower, and 0.25 keeps as much as 0.35 did
DROP_BELOW = 0.25


def norm(s):
    return ' '.join(TOK.findall(s))


def load(features, dev):
    rows = [l.rstrip('\n').split('\t') for l in open(features, encoding='utf-8')]
    names = rows[0][3:]
    by_page = collections.OrderedDict()
    for r in rows[1:]:
        by_page.setdefault(r[0], []).append(r)
    x, y, w, odd = [], [], [], []
    for page, rs in by_page.items():
        gold = open(f'{dev}/gold/{page}.txt', encoding='utf-8').read()
        runs, words = ' ' + norm(gold) + ' ', set(TOK.findall(gold))
        total = sum(len(TOK.findall(r[2])) for r in rs) or 1
        for r in rs:
            toks = TOK.findall(r[2])
            inside = not toks or ' ' + norm(r[2]) + ' ' in runs or sum(t in words for t in toks) >= WORD_SHARE * len(toks)
            x.append([float(v) for v in r[3:]])
            y.append(1 if inside else 0)
            w.append(max(1, len(toks)) / total)
            odd.append(int(page[-4:]) % 2 == 1)
    return names, np.array(x, dtype=np.float32), np.array(y), np.array(w), np.array(odd)


def write(model, names, path, note):
    write_model(model, names, path, ['unmangle boilerplate line model (LineModel.java), written by data/boilerplate/train.py', note,
                                     'trained on boilerplate-dev (WCXB dev split, Murrough Foley, CC-BY-4.0); see data/boilerplate/README.md'],
                'drop-below', DROP_BELOW)


def main(argv):
    features, dev, out = argv[1:4]
    folds = argv[argv.index('--folds') + 1] if '--folds' in argv else None
    names, x, y, w, odd = load(features, dev)
    print(f'{len(y)} kept lines, {int((y == 0).sum())} of them outside the gold')
    model = lgb.train(PARAMS, lgb.Dataset(x, y, weight=w, feature_name=names), ROUNDS)
    write(model, names, out, f'{ROUNDS} trees of at most {PARAMS["num_leaves"]} leaves, all {len(y)} lines')
    # rows for LineModelTest: the chance LightGBM gives, which LineModel must reproduce
    write_check_rows(model, x, 'testdata/boilerplate/line-model-check.tsv', 'features (KeptLines.NAMES order) and the chance'
                     ' LightGBM gives them with the built-in line model; written by data/boilerplate/train.py', 60)
    if folds:
        for half, name in ((odd, 'odd'), (~odd, 'even')):
            m = lgb.train(PARAMS, lgb.Dataset(x[half], y[half], weight=w[half], feature_name=names), ROUNDS)
            write(m, names, f'{folds}/line-model-{name}.txt', f'trained on the {name}-numbered pages alone')
    gain = model.feature_importance('gain')
    print('features by gain: ' + ', '.join(f'{names[i]} {gain[i]:.0f}' for i in np.argsort(-gain)))


if __name__ == '__main__':
    main(sys.argv)
