#!/usr/bin/env python3
"""Trains the spin pass's decision model (src/main/resources/io/github/unmangle/pass/spin/decision-model.txt).

The pass leaves a place alone, and flags it, where the odds are short of a restoration's or where two originals fit
nearly as well ("spun-unsure"). Of those places in spun texts, many are swaps whose best original is right. This model
weighs each such place by what the pass knew of it (its odds, the runner-up's, the words' counts, the form's other
places in the text, the text's rates: SpinPass.UNSURE_FEATURES) and gives the chance that restoring the best original
is right; the pass restores where that chance is over the model's "restore-above" (rule spun-learned).

Data: the rows SpinEval writes with -Dspineval.unsure=FILE (decision model off, --opt decision-model=off), one per
unsure place of a spun text: the 400 even-numbered article pages of boilerplate-dev (WCXB dev split, Murrough Foley,
CC-BY-4.0; the half the n-gram counts leave out), spun by SpinEval's own spinner (9.7% of the words, and a light
one, --rate 0.045: 4.5%) and by bench/spinners.py's two content-word WordNet spinners (first sense, every sense of the
part of speech; 15%). Labelled 1 where the best original is the word the spinner replaced. The pass writes only the places it would weigh: WordNet's
originals (no thesaurus's), in texts whose odd places are WordNet's for at least 90% (SpinPass.DECISION_WORDNET_SHARE:
another spinner's text is not what the model learned from; a Moby spinner's text has about half).

Usage (from the project root; LightGBM 4.x and numpy at training time only):
  for each spinner S with its SpinEval arguments A:
    JAVA_OPTS="-Xmx2g -Dspineval.unsure=/tmp/unsure-S.tsv" bench/java.sh io.github.unmangle.bench.SpinEval \\
        ../shared/boilerplate-dev A --opt decision-model=off
  python3 data/spin/decide.py src/main/resources/io/github/unmangle/pass/spin/decision-model.txt \\
      /tmp/unsure-own.tsv /tmp/unsure-light.tsv /tmp/unsure-pos.tsv /tmp/unsure-fs.tsv [--folds DIR]
With --other, the other spinners' model (other-model.txt, testdata/spin/other-model-check.tsv, DIR/other-model-*.txt)
from -Dspineval.unsureOther rows of SpinEval's Moby spinner (--thesaurus words.txt, --rate 0.3 and 0.15).
With --folds DIR, also DIR/decision-model-odd.txt and -even.txt, each trained on the odd- or even-indexed articles
alone, for SpinEval --cross-models DIR (each article cleaned with the model that did not see it). Also rewrites
testdata/spin/decision-model-check.tsv (40 rows and LightGBM's chance for each, which DecisionModelTest checks).
"""
import os
import sys

import lightgbm as lgb
import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from trees import write_check_rows, write_model  # noqa: E402 (data/trees.py)

PARAMS = dict(objective='binary', learning_rate=0.1, num_leaves=15, min_data_in_leaf=40, feature_fraction=0.8,
              bagging_fraction=0.8, bagging_freq=1, verbose=-1, seed=1, num_threads=2, deterministic=True)
# 120 trees: 300 at a rate of 0.05 restored a tenth more places (cross-fit, 93-96% of the additions right either way)
# but took 4.4% of the pass's time on spun text (async-profiler, SpinEval --speed spun), 2.5 times these
ROUNDS = 120
# a place is restored when the chance is over this. Chosen on the cross-fit (each half's articles weighed by the model
# trained on the other half's): at 0.92 the added restorations were 93-97% right by spinner; at 0.90 and 0.85, with the
# first three spinners alone, 94% and 90% with SpinEval's own
RESTORE_ABOVE = 0.92
# the other spinners' model (--other: SpinPass.learnedOther, rule spun-learned-other, trained on the rows SpinEval writes
# with -Dspineval.unsureOther=FILE for SpinEval's Moby Thesaurus spinner, --thesaurus words.txt, at --rate 0.3 and 0.15):
# at 0.95 the cross-fit's additions were 97% and 96% right; at 0.9, 95% and 94%
OTHER_RESTORE_ABOVE = 0.95


def load(paths):
    names, xs, ys, arts = None, [], [], []
    for p in paths:
        rows = [l.rstrip('\n').split('\t') for l in open(p, encoding='utf-8')]
        if names is None:
            names = rows[0][5:]
        elif rows[0][5:] != names:
            sys.exit(f'{p}: other features than {paths[0]}')
        for r in rows[1:]:
            xs.append([float(v) for v in r[5:]])
            ys.append(int(r[4]))
            arts.append(int(r[0]))
    return names, np.array(xs, dtype=np.float32), np.array(ys), np.array(arts)


def main(argv):
    folds = argv[argv.index('--folds') + 1] if '--folds' in argv else None
    other = '--other' in argv
    args = [a for i, a in enumerate(argv[1:], 1) if a not in ('--folds', '--other') and (i < 2 or argv[i - 1] != '--folds')]
    out, tsvs = args[0], args[1:]
    names, x, y, art = load(tsvs)
    print(f'{len(y)} unsure places, {int(y.sum())} of them with the right best original')
    kind = 'other' if other else 'decision'
    limit = OTHER_RESTORE_ABOVE if other else RESTORE_ABOVE
    which = "other spinners' decision model" if other else 'decision model'
    spun = 'Moby-spun' if other else 'spun'
    notes = [f'unmangle spin {which} (SpinPass, BoostedTrees), written by data/spin/decide.py',
             f"trained on SpinEval's unsure places of {spun} boilerplate-dev articles (WCXB dev split, Murrough Foley, CC-BY-4.0); see data/spin/README.md"]
    model = lgb.train(PARAMS, lgb.Dataset(x, y, feature_name=names), ROUNDS)
    write_model(model, names, out, notes + [f'{ROUNDS} trees of at most {PARAMS["num_leaves"]} leaves, all {len(y)} places'],
                'restore-above', limit)
    write_check_rows(model, x, f'testdata/spin/{kind}-model-check.tsv', 'features (SpinPass.UNSURE_FEATURES after from and to'
                     + (', then thesaurus' if other else '') + f') and the chance LightGBM gives them with the built-in {kind} model;'
                     ' written by data/spin/decide.py', 40)
    if folds:
        odd = art % 2 == 1
        for half, name in ((odd, 'odd'), (~odd, 'even')):
            m = lgb.train(PARAMS, lgb.Dataset(x[half], y[half], feature_name=names), ROUNDS)
            write_model(m, names, f'{folds}/{kind}-model-{name}.txt', notes + [f'trained on the {name}-indexed articles alone'],
                        'restore-above', limit)
    gain = model.feature_importance('gain')
    print('features by gain: ' + ', '.join(f'{names[i]} {gain[i]:.0f}' for i in np.argsort(-gain)))


if __name__ == '__main__':
    main(sys.argv)
