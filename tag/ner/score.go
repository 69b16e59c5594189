package ner

import (
	"strings"
	"sync/atomic"

	"github.com/hearsay-news/hearsay/tag/perceptron"
)

// A vec is one score per label.
type vec = [nLabels]float32

// addVec adds v to e, score by score, unrolled.
func addVec(e, v *vec) {
	e[0] += v[0]
	e[1] += v[1]
	e[2] += v[2]
	e[3] += v[3]
	e[4] += v[4]
	e[5] += v[5]
	e[6] += v[6]
	e[7] += v[7]
	e[8] += v[8]
}

// addVec adds nine scores.
const (
	_ = uint(nLabels - 9)
	_ = uint(9 - nLabels)
)

// addVecsGo adds the vectors of vs to e one after another, in Go.
func addVecsGo(e *vec, vs []*vec) {
	for _, v := range vs {
		for y := range e {
			e[y] += v[y]
		}
	}
}

// A vecBuf holds the score vectors one token adds up (addVecs): on the
// stack, so that storing them needs no write barrier. A token has at most
// about twenty; append moves longer lists to the heap.
type vecBuf [24]*vec

// A wordScores holds one distinct word's lowercase form and shape and the
// scores a tagger's models give to its features.
type wordScores struct {
	word         string // set when cached
	lower, shape string
	own          vec             // wordHead and wordAffixes
	csh          [2]vec          // the shape in a sentence in mixed case (0) or in capitals (1)
	ctx          [2 * window]vec // ctxFeatures of the word as the token's neighbour, by ctxIndex
	p2           [3]vec          // second pass, for a token labeled O: pass2Words of the word as the token (0), as the word before it (1) and after it (2)
	p1s          vec             // second pass: p1sFeature of a token labeled O
	// second pass, beside a token labeled other than O, by its label:
	// scored at first use (scorer.labelScores); nil until then
	p2l         [nLabels]atomic.Pointer[labelScores]
	hon, orgsuf bool         // the lowercase word is an honorific, an organisation suffix
	kind        uint8        // wordKind
	gazFirst    int32        // gazetteer.first of the lowercase word when the word starts with a capital or a digit, else 0 (gazetteer.match's first tests)
	ownLower    bool         // the word is its own lowercase form
	info        *patternWord // the word's entry of Lists.patternWords (Lists.patternWord)
	pair        pairHashes   // the word's part of the pair features of it and its neighbours
}

// pairHashes are a word's part of the features of extractor.pairs, hashed
// once: the hashers of those features up to the word's piece, when the
// word is before the token (prev, prevShape) and when it is the token
// (next). The features continue them with the pieces that follow.
type pairHashes struct {
	prev      perceptron.Hasher // "bw-" and the word, continued with the token's word
	next      perceptron.Hasher // "bw+" and the word, continued with the word after it
	prevShape perceptron.Hasher // "bs" and the word's shape, continued with the token's shape and the next shape
}

// newPairHashes returns the pairHashes of a word whose lowercase form is
// lw and shape sh (the boundary marker for both before a sentence).
func newPairHashes(lw, sh string) pairHashes {
	return pairHashes{prev: prefix.fBwPrev.Add(lw), next: prefix.fBwNext.Add(lw), prevShape: prefix.fBs.Add(sh)}
}

// pairs appends the features of extractor.pairs for token i of s,
// continuing the cached pairHashes of its words.
func (sc *scorer) pairs(s *sentence, i int, f []perceptron.Feature) []perceptron.Feature {
	ids := s.ids
	lw, sh := s.lower[i], s.shape[i]
	before := &sc.fx.startPair
	if i > 0 {
		before = &sc.words[ids[i-1]].pair
	}
	own := &sc.words[ids[i]].pair
	return append(f,
		before.prev.Add(lw).Feature(),
		own.next.Add(ctxWord(s, i+1)).Feature(),
		before.prevShape.Add(sh).Add(ctxShape(s, i+1)).Feature(),
	)
}

// ctxIndex is the index in wordScores.ctx of offset k.
func ctxIndex(k int) int {
	if k < 0 {
		return k + window
	}
	return k + window - 1
}

// A wordCache keeps the wordScores of words seen in earlier documents,
// shared by every document a Tagger tags (a perceptron.WordCache: a cached
// entry is exactly what scoring the word again would give, so the cache
// changes no result, only the work). It holds up to 16384 words, about 450
// bytes each, 7 MB in all.
type wordCache = perceptron.WordCache[wordScores]

// cacheBits sizes the cache: 2^15 slots, half of which it fills.
const cacheBits = 15

func newWordCache() *wordCache {
	return perceptron.NewWordCache(cacheBits, func(ws *wordScores) string { return ws.word })
}

// cacheScores caches the scores of w (whose word field it sets) while c
// has room.
func cacheScores(c *wordCache, w string, ws *wordScores) {
	if c.Full() {
		return
	}
	ws.word = strings.Clone(w)
	c.Put(w, ws)
}

// fixedScores are the scores of the features with few values, each scored
// once per tagger: a token adds them up by index instead of looking them
// up. Second-pass scores are zero for a one-pass tagger.
type fixedScores struct {
	bias      vec
	bounds    [2 * window]vec // ctxFeatures of the boundary markers, by ctxIndex
	run       [2][nRunCodes]vec
	gaz       [nGazCodes]vec
	gazr      [nGazCodes][nRunCodes]vec
	hon       vec
	orgsuf    vec
	orgsufRun vec
	dcapmid   vec
	dlower    [3]vec

	label  [nLabels]vec                           // bias2 and p1 of the token's label
	vote   [len(types)][nLabels]vec               // p1eFeature
	caps   [nLabels][2][2]vec                     // p1cFeature by label, headline, first token
	pn     [nLabels + 1][nLabels][nLabels + 1]vec // p1pnFeature
	other  [len(types)]vec                        // p1o
	major  [len(types)]vec                        // p1m
	majorL [len(types)][nLabels]vec               // p1mo
	bound2 [nLabels][2]vec                        // pass2Words of the boundary markers before and after a token, by its label

	startPair pairHashes // of the boundary marker before a sentence
	shapes    *featCache // the first-pass scores of extractor.pairs' shape feature, by feature
	majors    *featCache // the second-pass scores of pass2Major's shape feature, by feature; nil for a one-pass tagger
}

// newFixedScores scores the few-valued features with the first-pass model
// m and the second-pass model m2 (nil for none).
func newFixedScores(m, m2 *perceptron.Model) *fixedScores {
	fx := &fixedScores{startPair: newPairHashes("<s>", "<s>"), shapes: newFeatCache(m)}
	one := func(m *perceptron.Model, f perceptron.Feature, v *vec) { m.Scores([]perceptron.Feature{f}, v[:]) }
	one(m, prefix.fBias.Feature(), &fx.bias)
	var feats []perceptron.Feature
	for k := -window; k <= window; k++ {
		if k == 0 {
			continue
		}
		marker := "</s>"
		if k < 0 {
			marker = "<s>"
		}
		feats = ctxFeatures(k, marker, marker, feats[:0])
		m.Scores(feats, fx.bounds[ctxIndex(k)][:])
	}
	for r := 1; r < nRunCodes; r++ {
		one(m, prefix.fRun.Add("m").Add(runNames[r]).Feature(), &fx.run[0][r])
		one(m, prefix.fRun.Add("C").Add(runNames[r]).Feature(), &fx.run[1][r])
	}
	for g := 1; g < nGazCodes; g++ {
		one(m, prefix.fGaz.Add(gazNames[g]).Feature(), &fx.gaz[g])
		for r := range nRunCodes {
			one(m, prefix.fGazr.Add(gazNames[g]).Add(runNames[r]).Feature(), &fx.gazr[g][r])
		}
	}
	one(m, prefix.fHonPrev.Feature(), &fx.hon)
	one(m, prefix.fOrgsuf.Feature(), &fx.orgsuf)
	one(m, prefix.fOrgsufRun.Feature(), &fx.orgsufRun)
	one(m, prefix.fDcapmid.Feature(), &fx.dcapmid)
	one(m, prefix.fDlower.Add("false").Feature(), &fx.dlower[1])
	one(m, prefix.fDlower.Add("true").Feature(), &fx.dlower[2])
	if m2 == nil {
		return fx
	}
	fx.majors = newFeatCache(m2)
	for y := range nLabels {
		m2.Scores([]perceptron.Feature{prefix.fBias2.Feature(), prefix.fP1.Add(labels[y]).Feature()}, fx.label[y][:])
		for t := 1; t < len(types); t++ {
			one(m2, p1eFeature(t, y), &fx.vote[t][y])
		}
		for c := range 2 {
			for first := range 2 {
				one(m2, p1cFeature(y, c == 1, first == 1), &fx.caps[y][c][first])
			}
		}
		for p := range nLabels + 1 {
			for n := range nLabels + 1 {
				one(m2, p1pnFeature(p, y, n), &fx.pn[p][y][n])
			}
		}
	}
	for t := range len(types) {
		one(m2, prefix.fP1o.Add(types[t]).Feature(), &fx.other[t])
		one(m2, prefix.fP1m.Add(types[t]).Feature(), &fx.major[t])
		for y := range nLabels {
			one(m2, prefix.fP1mo.Add(types[t]).Add(labels[y]).Feature(), &fx.majorL[t][y])
		}
	}
	for y := range nLabels {
		feats = pass2Words(labels[y], "<s>", "", "</s>", feats[:0])
		one(m2, feats[1], &fx.bound2[y][0])
		one(m2, feats[2], &fx.bound2[y][1])
	}
	return fx
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// A scorer computes a document's emission scores with a tagger's frozen
// models. Most of a token's features are its own word's and its
// neighbours', and most words come back: the scorer scores those features
// once per distinct word (and keeps them across documents in a wordCache),
// and the features with few values once per tagger (fixedScores), so that
// a token costs additions of these scores and the lookups of its few
// remaining features. The emission scores are the sums of the same
// weights as emissions over extractor.base and pass2 give (the additions
// come in another order).
type scorer struct {
	x     *extractor
	m     *perceptron.Model
	m2    *perceptron.Model // second pass; nil for none
	fx    *fixedScores
	cache *wordCache
	ids   docWords // word → index in words, and the words of earlier documents
	words []*wordScores
	notes []uint8 // per word: the notes fillDocument and lowerIDs took of it (noteLower...)
	lower []int32 // per word: the number of its lowercase form (lowerIDs)
	forms wordIDs // lowercase forms that are no word of the document, numbered after the words (lowerIDs)
	feats []perceptron.Feature
	one   [1]perceptron.Feature // a single feature to score (score2, emissions)
	spare featScores            // the scores of a feature the cache of fx has no room for
	gaz   []uint8
	run   []uint8
}

// newScorer returns the scorer of a document of sents with the first-pass
// model m and the second-pass model m2 (nil for none), whose few-valued
// features fx holds, taking the scores of words scored before from cache
// (which may be nil; the cache must hold scores of these same models). The
// scorer numbers the document's words as its wordIndexer: build the
// document with newDocument(sents, sc).
func newScorer(x *extractor, m, m2 *perceptron.Model, fx *fixedScores, cache *wordCache, sents [][]string) *scorer {
	sc := new(scorer)
	sc.reset(x, m, m2, fx, cache, sents)
	return sc
}

// reset makes sc the scorer newScorer returns for these arguments, keeping
// the memory of its word numbers and buffers.
func (sc *scorer) reset(x *extractor, m, m2 *perceptron.Model, fx *fixedScores, cache *wordCache, sents [][]string) {
	sc.x, sc.m, sc.m2, sc.fx, sc.cache = x, m, m2, fx, cache
	n := 0
	for _, ws := range sents {
		n += len(ws)
	}
	sc.ids.reset(n / 2)
	sc.forms.reset(n / 16)
	if cap(sc.words) < n/2 {
		sc.words = make([]*wordScores, 0, n/2)
	}
	sc.words, sc.notes = sc.words[:0], sc.notes[:0]
}

// index numbers w, scoring it when it is new to the document and to the
// cache.
func (sc *scorer) index(w string) (id int32, lower, shape string) {
	e, at := sc.ids.find(w)
	if e == nil {
		ws := sc.cache.Get(w)
		if ws == nil {
			ws = sc.scoreWord(w, strings.Clone(strings.ToLower(w)), shortShape(w))
			cacheScores(sc.cache, w, ws)
		}
		if ws.word != "" {
			e = sc.ids.add(ws.word, ws, true, at)
		} else {
			e = sc.ids.add(strings.Clone(w), ws, false, at)
		}
	}
	id, isNew := sc.ids.number(e, int32(len(sc.words)))
	if isNew {
		sc.words = append(sc.words, e.ws)
		sc.notes = append(sc.notes, 0)
	}
	return id, e.ws.lower, e.ws.shape
}

// lowerIDs numbers the lowercase forms of the document's words: a word
// written in lowercase has its own number, a word with capitals the
// number of its lowercase form when that is a word of the document too,
// and otherwise a number after the words', shared with the other words of
// that form. It also gives noteLowerForm to each word whose lowercase form
// has noteLower, so every sentence must be noted first.
func (sc *scorer) lowerIDs() ([]int32, int) {
	sc.lower = resize(sc.lower, len(sc.words))
	next := int32(len(sc.words))
	for id, ws := range sc.words {
		if ws.ownLower {
			sc.lower[id] = int32(id)
			if sc.notes[id]&noteLower != 0 {
				sc.notes[id] |= noteLowerForm
			}
			continue
		}
		id2, ok := sc.ids.numbered(ws.lower)
		if ok && sc.notes[id2]&noteLower != 0 {
			sc.notes[id] |= noteLowerForm
		}
		if ok && sc.words[id2].ownLower {
			sc.lower[id] = id2
			continue
		}
		fid, ok, at := sc.forms.find(ws.lower)
		if !ok {
			fid = sc.forms.add(ws.lower, at)
		}
		sc.lower[id] = next + fid
	}
	return sc.lower, int(next) + sc.forms.len()
}

// kind returns the wordKind of the word numbered id.
func (sc *scorer) kind(id int32) uint8 { return sc.words[id].kind }

// scoreWord scores the features of one word.
func (sc *scorer) scoreWord(w, lw, sh string) *wordScores {
	ws := &wordScores{lower: lw, shape: sh, hon: sc.x.lists.isHonorificLower(lw), orgsuf: sc.x.lists.isOrgSuffixLower(lw), kind: wordKind(w), ownLower: lw == w, pair: newPairHashes(lw, sh), info: sc.x.lists.patternWord(w)}
	if g := sc.x.gaz; g != nil && startsUpperOrDigit(w) {
		ws.gazFirst = int32(g.first[lw])
	}
	path := sc.x.classPath(lw)
	sc.feats = wordClasses(path, startsUpper(w), wordAffixes(lw, wordHead(w, lw, sh, sc.feats[:0])))
	sc.m.Scores(sc.feats, ws.own[:])
	for c, caps := range [2]string{"m", "C"} {
		sc.m.Scores([]perceptron.Feature{prefix.fCsh.Add(caps).Add(sh).Feature()}, ws.csh[c][:])
	}
	for k := -window; k <= window; k++ {
		if k != 0 {
			sc.feats = ctxClasses(k, path, ctxFeatures(k, lw, sh, sc.feats[:0]))
			sc.m.Scores(sc.feats, ws.ctx[ctxIndex(k)][:])
		}
	}
	if sc.m2 != nil {
		sc.feats = pass2Words(labels[0], lw, lw, lw, sc.feats[:0])
		for k := range ws.p2 {
			sc.m2.Scores(sc.feats[k:k+1], ws.p2[k][:])
		}
		sc.m2.Scores([]perceptron.Feature{p1sFeature(0, sh)}, ws.p1s[:])
	}
	return ws
}

// appendFacts appends to vs the scores of the features of
// extractor.facts of token i of sentence s, in the order they are added
// (localFacts.features), with the list look-ups of each word made once,
// when it was scored.
func (sc *scorer) appendFacts(d *document, s *sentence, i int, vs []*vec) []*vec {
	fx, ids := sc.fx, s.ids
	run, gaz := sc.run[i], sc.gaz[i]
	if run != 0 {
		vs = append(vs, &fx.run[b2i(s.capsLine)][run])
	}
	if gaz != 0 {
		vs = append(vs, &fx.gaz[gaz], &fx.gazr[gaz][run])
	}
	if i > 0 && sc.words[ids[i-1]].hon {
		vs = append(vs, &fx.hon)
	}
	ws := sc.words[ids[i]]
	if ws.orgsuf {
		vs = append(vs, &fx.orgsuf)
	}
	if run != 0 {
		if j := capRunEnd(s, i, sc.run); j-1 > i && sc.words[ids[j-1]].orgsuf {
			vs = append(vs, &fx.orgsufRun)
		}
	}
	if s.capsLine || ws.kind&kindStartsUpper == 0 {
		return vs // docFacts adds nothing but to capitalized words
	}
	if i == 0 && d.capMidAt(s, i) {
		vs = append(vs, &fx.dcapmid)
	}
	if d.lowerAt(s, i) {
		vs = append(vs, &fx.dlower[1+b2i(i == 0)])
	}
	return vs
}

// emissions returns the first-pass emission scores of sentence si of d,
// in em when it is large enough.
func (sc *scorer) emissions(d *document, si int, em []vec) []vec {
	s := &d.sents[si]
	n := len(s.words)
	em = resize(em, n)
	sc.gazetteerValues(d, s)
	sc.run = capRuns(s, sc.run)
	ids := s.ids
	caps := b2i(s.capsLine)
	var buf vecBuf
	for i := range n {
		e := &em[i]
		*e = sc.fx.bias
		ws := sc.words[ids[i]]
		vs := append(buf[:0], &ws.own, &ws.csh[caps])
		if window == 2 && i >= 2 && i+2 < n { // the neighbours of a token inside the sentence, unrolled
			vs = append(vs, &sc.words[ids[i-2]].ctx[0], &sc.words[ids[i-1]].ctx[1], &sc.words[ids[i+1]].ctx[2], &sc.words[ids[i+2]].ctx[3])
		} else {
			vs = sc.edgeContext(ids, i, vs)
		}
		vs = sc.appendFacts(d, s, i, vs)
		addVecs(e, vs)
		f := sc.pairs(s, i, sc.feats[:0])
		sc.m.AddScoresFiltered(f[:2], e[:])             // the word pairs: nine in ten absent from the model
		addVec(e, sc.fx.shapes.scores(f[2], &sc.spare)) // the shapes: few, and cached
		if i == 0 {
			sc.one[0] = prefix.fFirst.Add(s.shape[i]).Feature()
			sc.m.AddScores(sc.one[:], e[:])
		}
		sc.feats = f
	}
	return em
}

// gazetteerValues sets sc.gaz to extractor.gazetteerValues of s, with the
// first tests of gazetteer.match made once per word (wordScores.gazFirst).
func (sc *scorer) gazetteerValues(d *document, s *sentence) {
	sc.gaz = resize(sc.gaz, len(s.words))
	clear(sc.gaz)
	g := sc.x.gaz
	if g == nil {
		return
	}
	var buf [16]gazMatch // a sentence's matches, mostly fewer
	ms := buf[:0]
	next := 0                   // the first token after the last match
	for _, m := range s.marks { // the words with a gazFirst are among them
		i := int(m)
		if longest := int(sc.words[s.ids[i]].gazFirst); i >= next && longest > 0 {
			var n int
			ms, n = g.longestAt(ms, s.lower, i, longest, d.exclude)
			next = i + n
		}
	}
	gazCodes(sc.gaz, ms)
}

// edgeContext appends to vs the context scores of the neighbours of token
// i of a sentence of words numbered ids, the boundary markers' beyond its
// ends, in the order of offsets -window..window.
func (sc *scorer) edgeContext(ids []int32, i int, vs []*vec) []*vec {
	for k := -window; k <= window; k++ {
		if k == 0 {
			continue
		}
		c := ctxIndex(k)
		if j := i + k; j >= 0 && j < len(ids) {
			vs = append(vs, &sc.words[ids[j]].ctx[c])
		} else {
			vs = append(vs, &sc.fx.bounds[c])
		}
	}
	return vs
}

// addPass2 adds to the first-pass emission scores em of sentence si the
// second-pass scores, given the first pass's labels p1 of the sentence,
// their votes (spanVotes) and the document's label statistics.
func (sc *scorer) addPass2(d *document, stats *typeCounts, p1, votes []int, si int, em []vec) {
	s := &d.sents[si]
	ids := s.ids
	n := len(p1)
	fx := sc.fx
	var buf vecBuf
	caps := b2i(s.capsLine)
	prev := start // prevLabel(p1, i), carried from token to token
	for i := range em {
		e := &em[i]
		y := p1[i]
		next := start // nextLabel(p1, i)
		if i+1 < n {
			next = p1[i+1]
		}
		vs := buf[:0]
		if votes[i] > 0 {
			vs = append(vs, &fx.vote[votes[i]][y])
		}
		vs = append(vs, &fx.label[y], &fx.caps[y][caps][b2i(i == 0)], &fx.pn[prev][y][next])
		prev = y
		if y == 0 {
			ws := sc.words[ids[i]]
			vs = append(vs, &ws.p1s, &ws.p2[0])
			if i > 0 {
				vs = append(vs, &sc.words[ids[i-1]].p2[1])
			} else {
				vs = append(vs, &fx.bound2[0][0])
			}
			if i+1 < n {
				vs = append(vs, &sc.words[ids[i+1]].p2[2])
			} else {
				vs = append(vs, &fx.bound2[0][1])
			}
		}
		var others [len(types)]int32 // otherLabels, without the call for words the first pass counted nowhere
		ok := false
		if c := stats.of(s, i); c != nil && sc.words[ids[i]].kind&kindLetter != 0 {
			others, ok = othersOf(c, s.words[i], y)
		}
		best := 0
		if ok {
			for t := 1; t < len(types); t++ {
				if others[t] > 0 {
					vs = append(vs, &fx.other[t])
				}
			}
			best = majority(&others)
			vs = append(vs, &fx.major[best], &fx.majorL[best][y])
		}
		if y != 0 {
			// p1sFeature and pass2Words of a token labeled other than O,
			// after the others as the model's features were added
			own := sc.labelScores(sc.words[ids[i]], y)
			vs = append(vs, &own[0], &own[1])
			if i > 0 {
				vs = append(vs, &sc.labelScores(sc.words[ids[i-1]], y)[2])
			} else {
				vs = append(vs, &fx.bound2[y][0])
			}
			if i+1 < n {
				vs = append(vs, &sc.labelScores(sc.words[ids[i+1]], y)[3])
			} else {
				vs = append(vs, &fx.bound2[y][1])
			}
		}
		addVecs(e, vs)
		if ok { // a token whose word the first pass labeled nowhere else has none
			f := pass2Major(s, i, best, sc.feats[:0])
			addVec(e, fx.majors.scores(f[0], &sc.spare)) // the shape's: few, and cached
			sc.m2.AddScores(f[1:], e[:])
			sc.feats = f
		}
	}
}

// labelScores are a word's second-pass scores beside a token labeled y,
// not O (wordScores.p2l): p1sFeature and pass2Words' feature of the word
// as the token (0, 1), pass2Words' feature of the word before the token
// (2) and of the word after it (3).
type labelScores [4]vec

// labelScores returns the labelScores of ws for label y, scoring them at
// their first use: ws may be shared by several goroutines through the
// cache, and they all publish the same scores.
func (sc *scorer) labelScores(ws *wordScores, y int) *labelScores {
	if ls := ws.p2l[y].Load(); ls != nil {
		return ls
	}
	ls := new(labelScores)
	sc.score2(p1sFeature(y, ws.shape), &ls[0])
	sc.score2(prefix.fP1w.Add(labels[y]).Add(ws.lower).Feature(), &ls[1])
	sc.score2(prefix.fP1wPrev.Add(labels[y]).Add(ws.lower).Feature(), &ls[2])
	sc.score2(prefix.fP1wNext.Add(labels[y]).Add(ws.lower).Feature(), &ls[3])
	if ws.p2l[y].CompareAndSwap(nil, ls) {
		return ls
	}
	return ws.p2l[y].Load()
}

// score2 puts in v the second-pass scores of the feature f.
func (sc *scorer) score2(f perceptron.Feature, v *vec) {
	sc.one[0] = f
	sc.m2.Scores(sc.one[:], v[:])
}
