#!/usr/bin/env python3
"""Fits the unsupported-words model (dev.footnote.check.UnsupportedWords) on a token dump of WiCE's
unsupported-tokens-train.jsonl, written by

    java -jar target/footnote.jar eval --format wice-tokens --path ../shared/data/wice/unsupported-tokens-train.jsonl \
         --token-dump target/wice/tokens-train.jsonl --footnote.index.dir=target/wice/index-tokens-train \
         --footnote.retrieval.sentence-vectors=false

Stage 1: an L2-regularised logistic regression per token over the features the check writes (a token is unsupported
when it overlaps an annotated unsupported token). Stage 2 (smoothing): a logistic regression of the same label on the
token's own stage-1 logit and its neighbours', fitted on out-of-fold stage-1 logits. A sentence whose cited evidence backs every
word and contradicts nothing has no token flagged (see guarded). Then the threshold on the
smoothed probability with the best unsupported-word F1, measured as `eval --format wice-tokens` does (an annotated
token counts as flagged when a flagged token overlaps it). Every figure printed is five-fold cross-validated over the
claims of the training file (stage 2 and the threshold refitted inside each fold's training part); the dev file is
never read.

    python3 src/test/bench/fit_unsupported_words.py target/wice/tokens-train.jsonl
    python3 src/test/bench/fit_unsupported_words.py target/wice/tokens-train.jsonl \
        --out src/main/resources/dev/footnote/check/unsupported-words.tsv
"""
import argparse
import json

import numpy as np

MIN_COUNT = 5


def load(path):
    claims = []
    with open(path) as f:
        for line in f:
            row = json.loads(line)
            tokens = row['tokens']
            gold = row['gold']
            labels = [any(g[2] and g[0] < t['end'] and t['start'] < g[1] for g in gold) for t in tokens]
            claims.append({'id': row['id'], 'tokens': tokens, 'gold': gold, 'y': np.array(labels, dtype=float)})
    return claims


def vocabulary(claims):
    counts = {}
    for c in claims:
        for t in c['tokens']:
            for k, v in t['features'].items():
                if v != 0:
                    counts[k] = counts.get(k, 0) + 1
    return sorted(k for k, n in counts.items() if n >= MIN_COUNT or k == 'bias')


def matrix(claim, names):
    index = {k: i for i, k in enumerate(names)}
    x = np.zeros((len(claim['tokens']), len(names)))
    for r, t in enumerate(claim['tokens']):
        for k, v in t['features'].items():
            if k in index:
                x[r, index[k]] = v
    return x


def fit_logistic(x, y, l2):
    """Newton's method on the L2-penalised log-likelihood (the bias, column 0 when named so, penalised too, lightly)."""
    w = np.zeros(x.shape[1])
    for _ in range(50):
        z = x @ w
        p = 1 / (1 + np.exp(-z))
        grad = x.T @ (p - y) + l2 * w
        h = (x * (p * (1 - p))[:, None]).T @ x + l2 * np.eye(x.shape[1])
        step = np.linalg.solve(h, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def neighbours(z, sizes):
    """Per token: own logit, previous, next (the own one at a claim's edge), and a constant."""
    rows = []
    at = 0
    for n in sizes:
        part = z[at:at + n]
        for i in range(n):
            rows.append([part[i], part[i - 1] if i > 0 else part[i], part[i + 1] if i + 1 < n else part[i], 1.0])
        at += n
    return np.array(rows)


def counts(claims, flags):
    """tp, fp, fn over the annotated tokens, as the Java eval counts them."""
    tp = fp = fn = 0
    for c, flagged in zip(claims, flags):
        spans = [(t['start'], t['end']) for t, f in zip(c['tokens'], flagged) if f]
        for s, e, g in c['gold']:
            pred = any(a < e and s < b for a, b in spans)
            tp += pred and g
            fp += pred and not g
            fn += (not pred) and g
    return tp, fp, fn


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return (2 * p * r / (p + r) if p + r else 0), p, r


def split(probabilities, claims):
    out, at = [], 0
    for c in claims:
        n = len(c['tokens'])
        out.append(probabilities[at:at + n])
        at += n
    return out


def guarded(token):
    """A token of a sentence whose cited evidence backs every word and contradicts nothing is never flagged (the
    file holds only partially supported claims, so the model has never seen a sentence with nothing to flag)."""
    f = token['features']
    return f.get('shareUnbacked', 1) == 0 and f.get('contradicted', 0) == 0


def flag(claim, probabilities, threshold):
    return np.array([p >= threshold and not guarded(t) for p, t in zip(probabilities, claim['tokens'])])


def best_threshold(claims, probabilities):
    best = (-1, 0.5)
    for th in np.arange(0.2, 0.8, 0.01):
        score = f1(*counts(claims, [flag(c, p, th) for c, p in zip(claims, split(probabilities, claims))]))[0]
        if score > best[0]:
            best = (score, th)
    return best[1]


def folds(n, k, seed=7):
    order = np.random.RandomState(seed).permutation(n)
    return [order[i::k] for i in range(k)]


def fit(claims, names, l2, smooth):
    """Stage 1 on all the claims given, stage 2 on their out-of-fold stage-1 logits, threshold on the same."""
    x = np.vstack([matrix(c, names) for c in claims])
    y = np.concatenate([c['y'] for c in claims])
    w = fit_logistic(x, y, l2)
    sizes = [len(c['tokens']) for c in claims]
    oof = np.zeros(len(y))
    at = np.cumsum([0] + sizes)
    for fold in folds(len(claims), 4, seed=11):
        held = set(fold.tolist())
        train_rows = np.concatenate([np.arange(at[i], at[i + 1]) for i in range(len(claims)) if i not in held])
        test_rows = np.concatenate([np.arange(at[i], at[i + 1]) for i in sorted(held)])
        wf = fit_logistic(x[train_rows], y[train_rows], l2)
        oof[test_rows] = x[test_rows] @ wf
    if smooth:
        v = fit_logistic(neighbours(oof, sizes), y, 1.0)
    else:
        v = np.array([1.0, 0.0, 0.0, 0.0])
    smoothed = 1 / (1 + np.exp(-(neighbours(oof, sizes) @ v)))
    return w, v, best_threshold(claims, smoothed)


def predict(claims, names, w, v, threshold):
    flags = []
    for c in claims:
        z = matrix(c, names) @ w
        s = 1 / (1 + np.exp(-(neighbours(z, [len(z)]) @ v)))
        flags.append(flag(c, s, threshold))
    return flags


def cross_validate(claims, names, l2, smooth):
    total = np.zeros(3)
    for fold in folds(len(claims), 5):
        held = set(fold.tolist())
        train = [c for i, c in enumerate(claims) if i not in held]
        test = [c for i, c in enumerate(claims) if i in held]
        w, v, th = fit(train, names, l2, smooth)
        total += counts(test, predict(test, names, w, v, th))
    return f1(*total)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('dump')
    parser.add_argument('--out')
    parser.add_argument('--l2', type=float, nargs='*', default=[0.3, 1, 3, 10])
    args = parser.parse_args()
    claims = load(args.dump)
    names = vocabulary(claims)
    print(f'{len(claims)} claims, {sum(len(c["tokens"]) for c in claims)} tokens, {len(names)} features')
    rule = [np.array([t['features'].get('ruleFlagged', 0) > 0 for t in c['tokens']]) for c in claims]
    print('hand rules (ruleFlagged): F1 %.4f P %.4f R %.4f' % f1(*counts(claims, rule)))
    best = None
    for l2 in args.l2:
        for smooth in (False, True):
            score = cross_validate(claims, names, l2, smooth)
            print(f'l2 {l2} smoothing {"on " if smooth else "off"}: 5-fold F1 %.4f P %.4f R %.4f' % score)
            if best is None or score[0] > best[0][0]:
                best = (score, l2, smooth)
    (score, l2, smooth) = best
    print(f'chosen: l2 {l2}, smoothing {"on" if smooth else "off"}, 5-fold F1 {score[0]:.4f}')
    if args.out:
        w, v, th = fit(claims, names, l2, smooth)
        train_f1 = f1(*counts(claims, predict(claims, names, w, v, th)))
        with open(args.out, 'w') as f:
            f.write('# The unsupported-words model (dev.footnote.check.UnsupportedWords): feature weights, smoothing over\n')
            f.write('# neighbours and threshold, fitted by src/test/bench/fit_unsupported_words.py on WiCE\n')
            f.write(f'# unsupported-tokens-train.jsonl ({len(claims)} claims; l2 {l2}); five-fold cross-validated F1 there\n')
            f.write(f'# {score[0]:.4f} (P {score[1]:.4f}, R {score[2]:.4f}); on the whole file {train_f1[0]:.4f}. See docs/check.md.\n')
            for k, x in sorted(zip(names, w), key=lambda p: -abs(p[1])):
                f.write(f'{k}\t{x:.5f}\n')
            f.write('# Smoothing: the logit of a token from its own stage-1 logit and its neighbours\'.\n')
            for k, x in zip(['smooth.self', 'smooth.previous', 'smooth.next', 'smooth.bias'], v):
                f.write(f'{k}\t{x:.5f}\n')
            f.write('# A token is unsupported from this smoothed probability on.\n')
            f.write(f'threshold\t{th:.2f}\n')
        print(f'wrote {args.out}')


if __name__ == '__main__':
    main()
