#!/usr/bin/env python3
"""Fits the short-answer confidence (dev.footnote.answer.ShortAnswerConfidence) on a ShortAnswerConfidenceFeatures
dump: a logistic regression of "the short answer is right" (token F1 >= 0.5) on its features, with an L2 penalty.

It also picks the threshold footnote.answer.min-short-answer-confidence: the least probability at which the short
answers shown are right at least --precision of the time, measured out of sample (each third of the articles scored by
a fit on the other two thirds), so the threshold is not tuned on the answers it is judged on.

    python3 src/test/bench/fit_short_answer_confidence.py target/sa-features.tsv \
        --out src/main/resources/dev/footnote/answer/short-answer-confidence.tsv
"""
import argparse
import csv
import sys

import numpy as np
from scipy.optimize import minimize

csv.field_size_limit(sys.maxsize)


def load(path):
    with open(path, newline='') as f:
        reader = csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
        header = next(reader)
        names = header[header.index('qtype') + 1:header.index('question')]
        rows = [dict(zip(header, r)) for r in reader if len(r) == len(header)]
    x = np.array([[float(r[n]) for n in names] for r in rows])
    y = np.array([int(r['label']) for r in rows])
    articles = np.array([int(r['article']) for r in rows])
    return names, x, y, articles


def fit(x, y, l2):
    def loss(w):
        z = x @ w
        p = 1 / (1 + np.exp(-z))
        eps = 1e-9
        reg = l2 * np.sum(w[1:] ** 2)
        return -np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)) + reg, \
            x.T @ (p - y) / len(y) + np.concatenate([[0], 2 * l2 * w[1:]])
    return minimize(loss, np.zeros(x.shape[1]), jac=True, method='L-BFGS-B').x


def threshold(p, y, precision):
    for t in np.arange(0.30, 0.99, 0.01):
        shown = p >= t
        if shown.sum() >= 20 and y[shown].mean() >= precision:
            return round(float(t), 2), float(shown.mean()), float(y[shown].mean())
    return 0.99, 0.0, 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('features')
    ap.add_argument('--l2', type=float, default=0.0001)
    ap.add_argument('--precision', type=float, default=0.865)
    ap.add_argument('--out')
    args = ap.parse_args()
    names, x, y, articles = load(args.features)
    print(f'{len(y)} short answers, right {y.mean():.3f}')
    # Out-of-sample probabilities: three folds of articles.
    folds = [(articles - 1) % 3 == k for k in range(3)]
    p = np.zeros(len(y))
    for held in folds:
        w = fit(x[~held], y[~held], args.l2)
        p[held] = 1 / (1 + np.exp(-(x[held] @ w)))
    t, share, prec = threshold(p, y, args.precision)
    print(f'out of sample: threshold {t} shows {share:.3f} of the short answers, right {prec:.3f}')
    w = fit(x, y, args.l2)
    for n, v in zip(names, w):
        print(f'{n}\t{v:.4f}')
    if args.out:
        with open(args.out, 'w') as f:
            f.write('# Short-answer confidence weights (feature weight), fitted by src/test/bench/fit_short_answer_confidence.py\n')
            f.write(f'# on SQuAD dev articles 1-24 ({len(y)} short answers); out of sample, a threshold of {t} shows {share:.3f}\n')
            f.write(f'# of them, right (F1 >= 0.5) {prec:.3f} of the time: footnote.answer.min-short-answer-confidence. See docs/answers.md.\n')
            for n, v in zip(names, w):
                f.write(f'{n}\t{v:.4f}\n')


if __name__ == '__main__':
    main()
