package ner

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/hearsay-news/hearsay/tag/perceptron"
)

// A wordScores holds the scores a model gives to the features of one
// distinct word of a document: the features of the word itself (wordHead
// and wordAffixes) and those it gives the tokens around it as context
// (ctxFeatures at offsets -2, -1, +1 and +2).
type wordScores struct {
	own [nLabels]float32
	ctx [2 * window][nLabels]float32
	// pass2 are the second-pass scores of pass2Words for a token labeled O
	// by the first pass: of the word as the token (index 0), as the word
	// before it (1) and as the word after it (2).
	pass2 [3][nLabels]float32
}

// maxCachedWords bounds a wordCache: about 200 bytes a word, a few MB in
// all, enough for the words that come back across documents.
const maxCachedWords = 1 << 15

// A wordCache keeps the first-pass wordScores of words seen in earlier
// documents, shared by every document a Tagger tags (safely so from
// several goroutines). A cached entry is exactly what scoring the word
// again would give, so the cache changes no result, only the work.
type wordCache struct {
	m sync.Map // string → *wordScores
	n atomic.Int32
}

// get returns the cached scores of w, or nil.
func (c *wordCache) get(w string) *wordScores {
	if c == nil {
		return nil
	}
	if v, ok := c.m.Load(w); ok {
		return v.(*wordScores)
	}
	return nil
}

// put caches the scores of w while the cache has room.
func (c *wordCache) put(w string, ws *wordScores) {
	if c == nil || c.n.Load() >= maxCachedWords {
		return
	}
	if _, loaded := c.m.LoadOrStore(strings.Clone(w), ws); !loaded {
		c.n.Add(1)
	}
}

// ctxIndex is the index in wordScores.ctx of offset k.
func ctxIndex(k int) int {
	if k < 0 {
		return k + window
	}
	return k + window - 1
}

// A scorer computes a document's emission scores with a tagger's frozen
// models. Most of a token's features are its own word's and its neighbours'
// and most words come back in a document: the scorer scores those features
// once per distinct word, so that a token costs a few additions of
// per-word scores and the lookups of its few remaining features. The
// emission scores are the sums of the same weights as emissions over
// extractor.base gives (the additions come in another order).
type scorer struct {
	x      *extractor
	m      *perceptron.Model
	m2     *perceptron.Model // second pass; nil for none
	cache  *wordCache
	ids    map[string]int32 // word → index in words
	words  []*wordScores
	bias   [nLabels]float32
	bounds [2 * window][nLabels]float32 // context scores of the boundary markers, by ctxIndex
	bound2 [2][nLabels]float32          // second-pass scores of pass2Words for the boundary markers before and after an O token
	tok    [][]int32                    // word index of each token, by sentence
	feats  []perceptron.Feature
	gaz    []string
	run    []string
}

// newScorer scores the words of d with the first-pass model m and the
// second-pass model m2 (nil for none), taking the scores of words scored
// before from cache (which may be nil; the cache must hold scores of these
// same models).
func newScorer(x *extractor, m, m2 *perceptron.Model, cache *wordCache, d *document) *scorer {
	sc := &scorer{x: x, m: m, m2: m2, cache: cache, tok: make([][]int32, len(d.sents))}
	n := 0
	for _, s := range d.sents {
		n += len(s.words)
	}
	sc.ids = make(map[string]int32, n/2)
	sc.words = make([]*wordScores, 0, n/2)
	sc.feats = append(sc.feats[:0], prefix.fBias.Feature())
	m.Scores(sc.feats, sc.bias[:])
	for k := -window; k <= window; k++ {
		if k == 0 {
			continue
		}
		marker := "</s>"
		if k < 0 {
			marker = "<s>"
		}
		sc.feats = ctxFeatures(k, marker, marker, sc.feats[:0])
		m.Scores(sc.feats, sc.bounds[ctxIndex(k)][:])
	}
	if m2 != nil {
		sc.feats = pass2Words(labels[0], "<s>", "", "", sc.feats[:0])
		m2.Scores(sc.feats[1:2], sc.bound2[0][:])
		sc.feats = pass2Words(labels[0], "", "", "</s>", sc.feats[:0])
		m2.Scores(sc.feats[2:3], sc.bound2[1][:])
	}
	ids := make([]int32, n)
	for si := range d.sents {
		s := &d.sents[si]
		sc.tok[si], ids = ids[:len(s.words):len(s.words)], ids[len(s.words):]
		for i, w := range s.words {
			id, ok := sc.ids[w]
			if !ok {
				id = int32(len(sc.words))
				sc.ids[w] = id
				ws := sc.cache.get(w)
				if ws == nil {
					ws = sc.scoreWord(w, s.lower[i], s.shape[i])
					sc.cache.put(w, ws)
				}
				sc.words = append(sc.words, ws)
			}
			sc.tok[si][i] = id
		}
	}
	return sc
}

// scoreWord scores the features of one word.
func (sc *scorer) scoreWord(w, lw, sh string) *wordScores {
	ws := new(wordScores)
	sc.feats = wordAffixes(lw, wordHead(w, lw, sh, sc.feats[:0]))
	sc.m.Scores(sc.feats, ws.own[:])
	for k := -window; k <= window; k++ {
		if k != 0 {
			sc.feats = ctxFeatures(k, lw, sh, sc.feats[:0])
			sc.m.Scores(sc.feats, ws.ctx[ctxIndex(k)][:])
		}
	}
	if sc.m2 != nil {
		sc.feats = pass2Words(labels[0], lw, lw, lw, sc.feats[:0])
		for k := range ws.pass2 {
			sc.m2.Scores(sc.feats[k:k+1], ws.pass2[k][:])
		}
	}
	return ws
}

// emissions returns the first-pass emission scores of sentence si of d,
// in em when it is large enough.
func (sc *scorer) emissions(d *document, si int, em [][nLabels]float32) [][nLabels]float32 {
	s := &d.sents[si]
	n := len(s.words)
	em = resize(em, n)
	sc.gaz = sc.x.gazetteerValues(d, s, sc.gaz)
	sc.run = capRuns(s, sc.run)
	ids := sc.tok[si]
	caps := capsName(s)
	for i := range n {
		e := &em[i]
		*e = sc.bias
		addTo(e, &sc.words[ids[i]].own)
		for k := -window; k <= window; k++ {
			if k == 0 {
				continue
			}
			c := ctxIndex(k)
			if j := i + k; j >= 0 && j < n {
				addTo(e, &sc.words[ids[j]].ctx[c])
			} else {
				addTo(e, &sc.bounds[c])
			}
		}
		f := append(sc.feats[:0], prefix.fCsh.Add(caps).Add(s.shape[i]).Feature())
		if i == 0 {
			f = append(f, prefix.fFirst.Add(s.shape[i]).Feature())
		}
		f = sc.x.local(d, s, i, sc.gaz, sc.run, f)
		sc.m.AddScores(f, e[:])
		sc.feats = f
	}
	return em
}

// addPass2 adds to the first-pass emission scores em of sentence si the
// second-pass scores, given the first pass's labels p1 of the sentence,
// their votes (spanVotes) and the document's label statistics.
func (sc *scorer) addPass2(d *document, stats map[string]*[len(types)]int32, p1, votes []int, si int, em [][nLabels]float32) {
	s := &d.sents[si]
	ids := sc.tok[si]
	n := len(p1)
	for i := range em {
		f := pass2Label(s, p1, votes, i, sc.feats[:0])
		if p1[i] == 0 {
			addTo(&em[i], &sc.words[ids[i]].pass2[0])
			if i > 0 {
				addTo(&em[i], &sc.words[ids[i-1]].pass2[1])
			} else {
				addTo(&em[i], &sc.bound2[0])
			}
			if i+1 < n {
				addTo(&em[i], &sc.words[ids[i+1]].pass2[2])
			} else {
				addTo(&em[i], &sc.bound2[1])
			}
		} else {
			f = pass2Words(labels[p1[i]], ctxWord(s, i-1), s.lower[i], ctxWord(s, i+1), f)
		}
		f = pass2Others(s, stats, p1, i, f)
		sc.m2.AddScores(f, em[i][:])
		sc.feats = f
	}
}

// addTo adds v to e.
func addTo(e, v *[nLabels]float32) {
	for y := range e {
		e[y] += v[y]
	}
}
