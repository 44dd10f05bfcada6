#!/usr/bin/env python3
"""Fits the learned sentence ranking (dev.footnote.answer.SentenceRanking) on a SentenceFeatures dump, or the learned
short-answer ranking (SpanRanking) on a SpanFeatures dump (with --qtype NOUN_PHRASE).

A conditional logit: per question, the softmax of the candidates' linear scores; the likelihood is the probability
given to the candidates that hold a gold answer. Questions with no such candidate among the best ones teach nothing
and are left out. With --validate A-B the fit leaves articles A..B out and reports top-1 accuracy on them against the
hand-set ranking (the dump's order); without it, it fits on every question and writes the weights. --at-most holds a
weight at or below a bound: prior knowledge the aggregate does not teach (a sentence that lacks a name of the question,
or its verb, rarely answers it, though coverage already pays for most of that on average).

    python3 src/test/bench/fit_sentence_ranking.py target/features.tsv --validate 17-24
    python3 src/test/bench/fit_sentence_ranking.py target/features.tsv \
        --out src/main/resources/dev/footnote/answer/sentence-ranking.tsv
    python3 src/test/bench/fit_sentence_ranking.py target/spans.tsv --qtype NOUN_PHRASE \
        --out src/main/resources/dev/footnote/answer/span-ranking.tsv
"""
import argparse
import collections
import csv
import sys

import numpy as np
from scipy.optimize import minimize

csv.field_size_limit(sys.maxsize)


def load(path, qtype=None):
    with open(path, newline='') as f:
        reader = csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
        header = next(reader)
        features = header[header.index('qtype') + 1:header.index('question')]
        questions = collections.OrderedDict()
        for row in reader:
            if len(row) != len(header):
                continue  # a broken line (a span with a line break): not worth stopping for
            r = dict(zip(header, row))
            if qtype and r['qtype'] != qtype:
                continue
            q = questions.setdefault(r['qid'], {'article': int(r['article']), 'qtype': r['qtype'], 'x': [], 'y': []})
            q['x'].append([float(r[n]) for n in features])
            q['y'].append(int(r['label']))
    return features, [{'article': q['article'], 'qtype': q['qtype'], 'x': np.array(q['x']), 'y': np.array(q['y'])}
                      for q in questions.values()]


def fit(questions, dims, l2, bounds=None):
    usable = [q for q in questions if q['y'].any()]

    def loss(w):
        total, grad = 0.0, np.zeros(dims)
        for q in usable:
            s = q['x'] @ w
            s -= s.max()
            p = np.exp(s)
            p /= p.sum()
            pos = q['y'] == 1
            mass = p[pos].sum()
            total -= np.log(mass)
            # d(-log sum_pos p)/dw = E_p[x] - E_{p|pos}[x]
            grad += p @ q['x'] - (p[pos] @ q['x'][pos]) / mass
        n = len(usable)
        return total / n + l2 * w @ w, grad / n + 2 * l2 * w

    start = np.zeros(dims) if bounds is None else np.array([min(0, b[1]) if b[1] is not None else 0 for b in bounds])
    if bounds is not None:
        start = np.array([b[0] if b[0] is not None else x for b, x in zip(bounds, start)])
    result = minimize(loss, start, jac=True, method='L-BFGS-B', bounds=bounds)
    return result.x


def top1(questions, w=None, names=None):
    hits = 0
    for q in questions:
        best = 0 if w is None else int(np.argmax(q['x'] @ w))  # argmax keeps the earlier candidate on ties
        if w is not None and names is not None and keeps_hand_set(q, names, best):
            best = 0
        hits += q['y'][best]
    return hits / len(questions)


def keeps_hand_set(q, names, best):
    """SentenceRanking's rule: for a date, number or name question, the hand-set best (the dump's first) stays first
    when the learned best lacks a name of the question or its verb and the hand-set best lacks neither and holds the
    asked-for type."""
    if q['qtype'] in ('NONE', 'NOUN_PHRASE'):
        return False
    x, names_, verb, fit_ = q['x'], names.index('missingNames'), names.index('noVerb'), names.index('typeFit')
    lacks = lambda k: x[k, names_] > 0 or x[k, verb] > 0
    return lacks(best) and not lacks(0) and x[0, fit_] > 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('features')
    parser.add_argument('--validate', help='articles A-B held out, e.g. 17-24')
    parser.add_argument('--l2', type=float, default=0.001)
    parser.add_argument('--at-most', action='append', default=[], metavar='FEATURE=W',
                        help='hold a weight at or below W, e.g. missingNames=-2 (repeatable)')
    parser.add_argument('--fix', action='append', default=[], metavar='FEATURE=W',
                        help='hold a weight at W, e.g. retrievalShare=0 (repeatable)')
    parser.add_argument('--qtype', help='fit on the questions of this expected answer type only, e.g. NOUN_PHRASE')
    parser.add_argument('--out')
    args = parser.parse_args()
    names, questions = load(args.features, args.qtype)
    bounds = [(None, None)] * len(names)
    for limit in args.at_most:
        name, value = limit.split('=')
        bounds[names.index(name)] = (None, float(value))
    for fixed in args.fix:
        name, value = fixed.split('=')
        bounds[names.index(name)] = (float(value), float(value))
    if args.validate:
        a, b = (int(x) for x in args.validate.split('-'))
        train = [q for q in questions if not a <= q['article'] <= b]
        held = [q for q in questions if a <= q['article'] <= b]
        w = fit(train, len(names), args.l2, bounds)
        print(f'held-out articles {a}-{b}: {len(held)} questions; top-1 holds gold: '
              f'hand-set {top1(held):.3f}, learned {top1(held, w):.3f} (train {top1(train):.3f} -> {top1(train, w):.3f})')
        if not args.qtype:
            print(f'  learned with the hand-set rule (as SentenceRanking ranks): {top1(held, w, names):.3f}')
    else:
        w = fit(questions, len(names), args.l2, bounds)
        print(f'{len(questions)} questions; top-1 holds gold: hand-set {top1(questions):.3f}, learned {top1(questions, w):.3f}')
    for n, x in zip(names, w):
        print(f'  {n:16s} {x:8.3f}')
    if args.out:
        with open(args.out, 'w') as f:
            f.write('# Learned sentence ranking weights (feature, weight), fitted by src/test/bench/fit_sentence_ranking.py\n')
            f.write('# on SQuAD dev articles 1-24' + (' --qtype ' + args.qtype if args.qtype else '')
                    + ''.join(' --at-most ' + a for a in args.at_most)
                    + ''.join(' --fix ' + a for a in args.fix) + '; see docs/answers.md.\n')
            for n, x in zip(names, w):
                f.write(f'{n}\t{x:.4f}\n')


if __name__ == '__main__':
    main()
