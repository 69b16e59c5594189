#!/usr/bin/env python3
"""Cross-validated test of a learned tag-or-not decision for TempEval-3's
ambiguous one-word time expressions.

TimeBank and AQUAINT annotate "now", "current", "currently" and "recently"
in about two thirds of their uses, and "soon", "future", "previously",
"recent", "already", "annually", "daily", "once", "former", "earlier",
"formerly" in a few. This script asks whether a small logistic regression
over the context (neighbouring words, sentence start, a comma after,
suffix of the next word, an auxiliary or a preposition before, quotation,
a reporting verb and the tense words of the sentence) tells the uses apart
better than the rules do, measured honestly: trained on the other folds
(10 folds by document, or TimeBank against AQUAINT) and scored with the
reference scorer on the held-out fold only.

  python3 ../shared/bench/timex/timeml2json.py gold.jsonl $S/tempeval3/train
  hs timex --jsonl gold.jsonl > sys.jsonl
  python3 bench/te3cv/cv.py gold.jsonl sys.jsonl [--mode drop|add]
      [--split folds|corpus] [--thr 0.4] [--l2 0.01] > new.jsonl
  python3 ../shared/bench/timex/timex_score.py gold.jsonl new.jsonl

--mode drop removes the rules' one-word tags the model scores below thr;
--mode add tags the words the rules leave, when the model scores above thr.
--split corpus trains on TimeBank to decide AQUAINT and the reverse (a
document is TimeBank's when its name does not start with APW, NYT or XIE).
"""
import argparse
import collections
import json
import math
import random
import re
import sys

DROP = ('now', 'current', 'currently', 'recently')
ADD = {'soon': ('FUTURE_REF', 'DATE'), 'future': ('FUTURE_REF', 'DATE'),
       'previously': ('PAST_REF', 'DATE'), 'recent': ('PAST_REF', 'DATE'),
       'already': ('PRESENT_REF', 'DATE'), 'annually': ('P1Y', 'SET'),
       'daily': ('P1D', 'SET'), 'once': ('PAST_REF', 'DATE'),
       'former': ('PAST_REF', 'DATE'), 'earlier': ('PAST_REF', 'DATE'),
       'formerly': ('PAST_REF', 'DATE')}
TOK = re.compile(r"``|''|\w+(?:[-'.]\w+)*|[^\w\s]")
AUX = {'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will',
       'would', 'can', 'could', 'may', 'might', 'must'}
PREP = {'until', 'for', 'from', 'between', 'by', 'since', 'till', 'than'}


def load(path):
    with open(path, encoding='utf-8') as f:
        return {r['doc']: r for r in map(json.loads, filter(str.strip, f))}


def features(text, s, e, w):
    """The context features of the word text[s:e] (lowered: w)."""
    left = text[max(0, s - 200):s].split('\n\n')[-1]
    right = text[e:e + 200].split('\n\n')[0]
    lt, rt = TOK.findall(left), TOK.findall(right)
    p1 = lt[-1].lower() if lt else '<s>'
    n1 = rt[0].lower() if rt else '</s>'
    f = ['w=' + w, 'p1=' + p1, 'n1=' + n1, 'wp1=%s_%s' % (w, p1), 'wn1=%s_%s' % (w, n1)]
    start = not lt or lt[-1] in ('.', '!', '?', '``', '"')
    f += ['start=%s_%s' % (w, start), 'comma=%s_%s' % (w, n1 == ',')]
    f += ['suf=%s_%s' % (w, x) for x in ('ed', 'ing', 's') if n1.endswith(x)]
    if p1 in AUX:
        f.append('aux=' + w)
    if p1 in PREP:
        f.append('prep')
    quotes = left.count('``') - left.count("''") + left.count('"') % 2
    f.append('quoted=%s' % (quotes > 0))
    sent = re.split(r'(?<=[.!?])\s', left)[-1] + ' ' + re.split(r'(?<=[.!?])\s', right)[0]
    for name, pat in (('said', r'\b(said|says|say|told)\b'), ('past', r'\b(was|were|had|did)\b'),
                      ('pres', r'\b(is|are|has|have)\b'), ('fut', r'\b(will|would)\b')):
        if re.search(pat, sent):
            f.append(name)
    return f


def train(rows, l2, epochs=30, lr=0.1):
    """A logistic regression by stochastic gradient descent."""
    w, b = collections.defaultdict(float), 0.0
    rows = list(rows)
    rnd = random.Random(1)
    for _ in range(epochs):
        rnd.shuffle(rows)
        for x in rows:
            p = 1 / (1 + math.exp(-(b + sum(w[k] for k in x['f']))))
            g = x['y'] - p
            b += lr * g
            for k in x['f']:
                w[k] += lr * (g - l2 * w[k])
    return w, b


def prob(model, x):
    w, b = model
    return 1 / (1 + math.exp(-(b + sum(w.get(k, 0) for k in x['f']))))


def instances(gold, system, mode):
    out = []
    words = DROP if mode == 'drop' else tuple(ADD)
    pat = re.compile(r'\b(' + '|'.join(words) + r')\b', re.I)
    for d, r in gold.items():
        t = r['text']
        sys_tx = system.get(d, {'timexes': []})['timexes']
        for m in pat.finditer(t):
            s, e = m.span()
            w = m.group(0).lower()
            g = [x for x in r['timexes'] if x['start'] < e and x['end'] > s]
            if mode == 'drop':
                if not any(x['start'] == s and x['end'] == e for x in sys_tx):
                    continue
                y = 1 if g else 0
            else:
                if any(x['start'] < e and x['end'] > s for x in sys_tx):
                    continue
                if g and (g[0]['start'], g[0]['end']) != (s, e):
                    continue
                y = 1 if g and g[0]['value'] == ADD[w][0] else 0
            out.append({'doc': d, 's': s, 'e': e, 'w': w, 'y': y, 'f': features(t, s, e, w)})
    return out


def aquaint(doc):
    return doc.startswith(('APW', 'NYT', 'XIE'))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('gold')
    ap.add_argument('system')
    ap.add_argument('--mode', choices=('drop', 'add'), default='drop')
    ap.add_argument('--split', choices=('folds', 'corpus'), default='folds')
    ap.add_argument('--thr', type=float, default=0.4)
    ap.add_argument('--l2', type=float, default=0.01)
    a = ap.parse_args()
    gold, system = load(a.gold), load(a.system)
    data = instances(gold, system, a.mode)
    if a.split == 'folds':
        docs = sorted({x['doc'] for x in data})
        fold = {d: i % 10 for i, d in enumerate(docs)}
        parts = [(lambda x, k=k: fold[x['doc']] == k) for k in range(10)]
    else:
        parts = [lambda x: aquaint(x['doc']), lambda x: not aquaint(x['doc'])]
    chosen = set()
    for held in parts:
        model = train([x for x in data if not held(x)], a.l2)
        for x in data:
            p = prob(model, x)
            if held(x) and (p < a.thr if a.mode == 'drop' else p > a.thr):
                chosen.add((x['doc'], x['s'], x['e'], x['w']))
    right = sum(1 for x in data if (x['doc'], x['s'], x['e'], x['w']) in chosen and x['y'])
    print('%d instances (%d positive); %s %d, of them %d gold-positive' %
          (len(data), sum(x['y'] for x in data), a.mode, len(chosen), right), file=sys.stderr)
    for d, r in system.items():
        tx = list(r['timexes'])
        mine = [c for c in chosen if c[0] == d]
        if a.mode == 'drop':
            gone = {(s, e) for _, s, e, _ in mine}
            tx = [x for x in tx if (x['start'], x['end']) not in gone]
        else:
            tx += [{'start': s, 'end': e, 'type': ADD[w][1], 'value': ADD[w][0]} for _, s, e, w in mine]
        print(json.dumps({'doc': d, 'timexes': tx}))


if __name__ == '__main__':
    main()
