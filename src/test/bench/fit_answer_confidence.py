#!/usr/bin/env python3
"""Fits the answer confidence (dev.footnote.answer.AnswerConfidence) on FocusFeatures dumps: a logistic regression of
"the question is about the indexed articles" on what the answerer knows of its best sentence and its evidence. Two
dumps, one per index: articles 1-12 indexed, their questions (label 1) against questions of articles 13-24 (label 0);
and articles 13-24 indexed against questions of 1-12. Each index's questions are scored by a fit on the other's.

It picks footnote.answer.min-answer-confidence as the least probability at which the out-of-corpus questions, scored
that way, are refused at least --refused of the time, and reports what it does on a third dump (--report: all of
SQuAD dev indexed, every 4th question of articles 1-24 and the near-miss questions of those articles) beside the
grounding threshold alone. FocusFeatures never refuses for confidence, so the dumps hold every question's features.

    FF="java -cp target/test-classes:target/classes:<test class path> dev.footnote.answer.FocusFeatures"
    # target/ooc-13-24.txt, target/ooc-1-12.txt: near_miss.py --articles 13-24 (1-12) --every 3 --plain
    $FF target/idx-1-12 target/conf-a.tsv 1 12 2 target/ooc-13-24.txt
    $FF target/idx-13-24 target/conf-b.tsv 13 24 2 target/ooc-1-12.txt
    $FF target/squad-all target/conf-tune.tsv 1 24 4 target/near-miss-1-24.txt
    python3 src/test/bench/fit_answer_confidence.py target/conf-a.tsv target/conf-b.tsv --report target/conf-tune.tsv \
        --refused 0.98 --out src/main/resources/dev/footnote/answer/answer-confidence.tsv
"""
import argparse
import csv
import sys

import numpy as np
from scipy.optimize import minimize

csv.field_size_limit(sys.maxsize)

# The dump's columns, in the order of AnswerConfidence.FEATURES after its bias.
COLUMNS = ['grounding', 'cov', 'sim', 'pcov', 'covMax', 'maxSim', 'focus']
NAMES = ['grounding', 'termCoverage', 'similarity', 'passageCoverage', 'bestCoverage', 'bestSimilarity', 'focus']


def load(path):
    with open(path, newline='') as f:
        rows = list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))
    x = np.array([[1.0] + [float(r[c]) for c in COLUMNS] for r in rows])
    label = np.array([int(r['label']) for r in rows])
    gold = np.array([r['gold'] == '1' for r in rows])
    focus_kept = np.array([r['lacksName'] == '0' and r['lacksNumber'] == '0' for r in rows])
    grounding = np.array([float(r['grounding']) for r in rows])
    return x, label, gold, focus_kept, grounding


def fit(x, y, l2):
    """Weights on the features' own scale, penalised as if each feature were standardised."""
    mu, sd = x[:, 1:].mean(0), x[:, 1:].std(0) + 1e-9
    z = np.column_stack([x[:, 0], (x[:, 1:] - mu) / sd])
    w = fit_standardised(z, y, l2)
    raw = w[1:] / sd
    return np.concatenate([[w[0] - np.sum(raw * mu)], raw])


def fit_standardised(x, y, l2):
    def loss(w):
        p = 1 / (1 + np.exp(-(x @ w)))
        eps = 1e-9
        return -np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)) + l2 * np.sum(w[1:] ** 2), \
            x.T @ (p - y) / len(y) + np.concatenate([[0], 2 * l2 * w[1:]])
    return minimize(loss, np.zeros(x.shape[1]), jac=True, method='L-BFGS-B').x


def least_threshold(p, kept, refused):
    """The least threshold at which the share of these (out-of-corpus) questions answered is at most 1 - refused."""
    for t in np.arange(0.05, 0.995, 0.005):
        if 1 - np.mean((p >= t) & kept) >= refused:
            return round(float(t), 3)
    return 0.995


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('ooc', nargs='+', help='one dump per index; with two or more, each is scored by a fit on the others')
    ap.add_argument('--report')
    ap.add_argument('--l2', type=float, default=0.001)
    ap.add_argument('--refused', type=float, default=0.985)
    ap.add_argument('--out')
    args = ap.parse_args()
    dumps = [load(path) for path in args.ooc]
    x = np.concatenate([d[0] for d in dumps])
    y = np.concatenate([d[1] for d in dumps])
    kept = np.concatenate([d[3] for d in dumps])
    source = np.concatenate([np.full(len(d[1]), i) for i, d in enumerate(dumps)])
    negatives = np.where(y == 0)[0]
    positives = np.where(y == 1)[0]
    print(f'{len(positives)} in-corpus and {len(negatives)} out-of-corpus questions')
    # Out-of-sample probabilities: each index's questions scored by a fit on the other indexes' (with one dump, two
    # interleaved halves of both kinds, so that each fit sees the classes in the proportion the final fit sees them in
    # and its probabilities are on the same scale).
    if len(dumps) > 1:
        folds = [np.where(source == i)[0] for i in range(len(dumps))]
    else:
        folds = [np.concatenate([negatives[k::2], positives[k::2]]) for k in (0, 1)]
    p_out = np.zeros(len(y))
    for held in folds:
        train = np.setdiff1d(np.arange(len(y)), held)
        w = fit(x[train], y[train].astype(float), args.l2)
        p_out[held] = 1 / (1 + np.exp(-(x[held] @ w)))
    t = least_threshold(p_out[negatives], kept[negatives], args.refused)
    print(f'out of sample: threshold {t} refuses {1 - np.mean((p_out[negatives] >= t) & kept[negatives]):.4f} '
          f'of the out-of-corpus questions')
    w = fit(x, y.astype(float), args.l2)
    for n, v in zip(['bias'] + NAMES, w):
        print(f'{n}\t{v:.4f}')
    if args.report:
        rx, ry, rgold, rkept, rg = load(args.report)
        p = 1 / (1 + np.exp(-(rx @ w)))
        inside, near = ry == 1, ry == 0
        for name, answered in (('confidence >= %.3f' % t, p >= t), ('grounding >= 0.5', rg >= 0.5)):
            answered = answered & rkept
            print(f'{name}: in-corpus answered {answered[inside].mean():.4f}, first quote holds gold '
                  f'{(answered & rgold)[inside].mean():.4f}, near-miss refused {1 - answered[near].mean():.4f}')
    if args.out:
        with open(args.out, 'w') as f:
            f.write('# Answer confidence weights (feature weight), fitted by src/test/bench/fit_answer_confidence.py on\n')
            f.write(f'# SQuAD dev articles 1-24: {len(positives)} questions asked over an index of their articles against\n')
            f.write(f'# {len(negatives)} asked over an index without theirs; out of sample, a threshold of {t} refuses {args.refused}\n')
            f.write('# of the latter: footnote.answer.min-answer-confidence. See docs/answers.md.\n')
            for n, v in zip(['bias'] + NAMES, w):
                f.write(f'{n}\t{v:.4f}\n')


if __name__ == '__main__':
    main()
