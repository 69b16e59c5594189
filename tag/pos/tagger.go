// Package pos is hearsay's part-of-speech tagger: a greedy, left-to-right
// averaged perceptron (package tag/perceptron) that predicts, for each word
// of a tokenized sentence, its Universal POS tag (UPOS, "NOUN") and its Penn
// Treebank tag (XPOS, "NN") at once, as one joint class.
//
// Features are the word, its lower-case form, prefixes of one to four and
// suffixes of one to five letters, its shape, capitalization, digit and
// hyphen flags, the words two to the left and right, the two previously
// predicted tags, the tag profiles of the word and its neighbours (the set
// of tags each had in the training data, computed for training in held-out
// folds), the open word classes Princeton WordNet gives the word (as a lemma
// or an inflected form) and whether WordNet knows it only as a name, and the
// word clusters (Clusters) of the word and of the words next to it, which
// carry what raw text says of words the tagged training data has rarely or
// never seen. In training, words seen once are
// known by their spelling and context only, as unseen words will be.
// Frequent words that the training data tags one way only are tagged from a
// tag dictionary without scoring, and the scores of the word-only features
// of the 4,096 most frequent other words are added up once, the first time
// the tagger meets each (all at load for a model file without its steps
// section), as are the scores of the features that the 4,096 most frequent
// words give the word before them, the word after and the word two after: a
// frequent word costs its neighbours one addition of a row of scores per
// role instead of a lookup per feature. The word-feature scores of other
// words are added up the first time the tagger meets them and kept in a
// bounded cache (wordCache). A word's rows of scores are added up in one
// sweep before its other weights, not in the order the model was
// evaluated in; a class whose lead over the runner-up is within the
// rounding the two orders can make (orderSlack) is found again in that
// order, so the tags are those of that order. In that sweep the
// first-pass rows (cached and the model's dense rows) are read as 16-bit
// multiples of one step, half the bytes of floats, and the slack grows by
// what their rounding can add (Tagger.setSteps). A second pass
// (TrainOptions.TwoPass, `train pos --two-pass`; the default model has it)
// retags each word knowing the first pass's tags of the two words to its
// right; it skips the words whose first-pass class leads the runner-up by
// defaultSureMargin or more, which it would hardly ever change, and starts,
// as the first pass does, from cached rows of second-pass scores: those of
// the word features of frequent words and of words met before, and those
// frequent words give their neighbours.
//
// The default model is embedded in the binary (model/en-ewt.bin). It is
// trained on the UD English Web Treebank (CC BY-SA 4.0) and the openly
// licensed documents of UD English GUM (news, interviews, biographies,
// travel guides, textbooks, vlogs, speeches and conversations; the
// documents of its other genres are left out, see NOTICE), with WordNet
// 3.0's lemma lists (Debian package wordnet-base) and the word clusters of
// data/clusters.tsv, and is rebuilt, byte for byte, from the repository
// root with
//
//	hearsay train pos --train ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu,../shared/data/ud-english-gum/en_gum-ud-train.conllu \
//	    --skip-docs '^GUM_(academic|court|essay|fiction|letter|podcast|whow)_' \
//	    --dev ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu \
//	    --wordnet /usr/share/wordnet \
//	    --two-pass --out tag/pos/model/en-ewt.bin --epochs 10 --seed 1
//
// The clusters are computed from the raw words of openly licensed corpora
// (see internal/mkclusters and NOTICE) with
//
//	go run ./tag/pos/internal/mkclusters -data ../shared/data -out tag/pos/data/clusters.tsv
package pos

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/internal/strtab"
	"io"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/hearsay-news/hearsay/tag/perceptron"
)

// A Tag is the pair of tags the tagger gives a word.
type Tag struct {
	UPOS string // Universal POS tag: "NOUN", "PROPN", "AUX", ...
	XPOS string // Penn Treebank tag: "NN", "NNP", "VBZ", ...
}

// A Tagger tags words with UPOS and XPOS tags. It is safe for concurrent
// use.
type Tagger struct {
	model   *perceptron.Model // first (left-to-right) pass
	model2  *perceptron.Model // second pass, which also sees first-pass tags to the right; nil for one pass
	tags    []Tag             // per class
	tagHash []uint64          // per class: the hash used in tag features
	prevMix []prevMixes       // per class, then the sentence start: the tag's first mixes in jointRest
	dict    map[string]int    // frequent unambiguous word → class
	vocab   map[string]uint32 // training word → count
	// vocabRead is vocab as read from a model file, in the file's order
	// (nil for a tagger not read from one); only wordsByCount uses it.
	vocabRead []counted
	lex       lexicon
	known     *knownWords // precomputed tokens of the training words, for tagging
	cache     *wordCache  // tokens and word-feature scores of other words met in tagging
	refs      *tagRefs    // the few-valued features, found in the first-pass model
	refs2     *tagRefs    // the same in the second-pass model; nil for one pass
	wn        *wordNet    // WordNet word classes; nil when trained without
	cl        Clusters    // word clusters
	pool      sync.Pool   // *scratch

	// dictInVocab is set when t.known holds every tag dictionary word, so
	// that a word outside it needs no dictionary lookup.
	dictInVocab bool

	// sureMargin is the lead over the runner-up above which a first-pass
	// class is kept without the second pass (defaultSureMargin).
	sureMargin float32

	// slack is how far the first-pass lead of a word scored from a cached
	// row (t.cache) may be from the lead of full scoring (orderSlack): a
	// class whose lead is within it is checked by scoring in full.
	slack float32

	// slack2 is the same for the second pass, between its sums of rows of
	// steps and of floats (predictSecondSteps).
	slack2 float32

	// steps is what setSteps found of each pass's steps, which WriteTo
	// keeps in the model file so that Parse sets the same steps without
	// adding up every known word's rows first (stepTops).
	steps stepTops
}

// scratch holds the buffers of one tagging call.
type scratch struct {
	toks   []tok
	feats  []perceptron.Feature
	scores []float32
	buf    []byte
	cls    []int
	cls2   []int         // first-pass classes during the second pass
	sure   []bool        // per word: the first pass's class is sure enough to skip the second pass
	info   []int32       // per word: index into known.info, or -1
	cached []*cachedWord // per word: its entry in Tagger.cache, or nil
	sum    perceptron.Summer
	row    []float32 // a row of scores being added up (rowBuf)
}

// rowBuf returns s's buffer for a row of n scores.
func (s *scratch) rowBuf(n int) []float32 {
	if cap(s.row) < n {
		s.row = make([]float32, n)
	}
	return s.row[:n]
}

// jointSep separates UPOS and XPOS in a class name.
const jointSep = "\t"

// newTagger wraps a model and its dictionaries.
func newTagger(m, m2 *perceptron.Model, dict map[string]int, vocab map[string]uint32, lex lexicon, wn *wordNet, cl Clusters) (*Tagger, error) {
	return newTaggerWith(m, m2, dict, vocab, lex, wn, cl, nil, nil)
}

// newTaggerWith is newTagger for a model whose steps, read from its file,
// are tops (nil when unknown; see Tagger.readyWith), and whose vocabulary
// as read from the file, in its order, is vocabRead (nil when not read;
// see wordsByCount).
func newTaggerWith(m, m2 *perceptron.Model, dict map[string]int, vocab map[string]uint32, lex lexicon, wn *wordNet, cl Clusters, tops *stepTops, vocabRead []counted) (*Tagger, error) {
	t := &Tagger{model: m, model2: m2, dict: dict, vocab: vocab, vocabRead: vocabRead, lex: lex, wn: wn, cl: cl, sureMargin: defaultSureMargin}
	if m2 != nil && !slices.Equal(m.Classes, m2.Classes) {
		return nil, errors.New("pos: the two passes' models have different classes")
	}
	for _, c := range m.Classes {
		u, x, ok := strings.Cut(c, jointSep)
		if !ok {
			return nil, fmt.Errorf("pos: class %q is not UPOS<TAB>XPOS", c)
		}
		t.tags = append(t.tags, Tag{UPOS: u, XPOS: x})
		t.tagHash = append(t.tagHash, hashString(c))
		t.prevMix = append(t.prevMix, mixPrev(t.tagHash[len(t.tagHash)-1]))
	}
	t.prevMix = append(t.prevMix, mixPrev(startTag))
	for w, c := range dict {
		if c < 0 || c >= len(t.tags) {
			return nil, fmt.Errorf("pos: dictionary word %q has class %d out of range", w, c)
		}
	}
	t.pool.New = func() any { return &scratch{scores: make([]float32, len(t.tags))} }
	if m.Frozen() {
		t.readyWith(tops)
	}
	return t, nil
}

// ready prepares a tagger whose first-pass model is final for tagging:
// the known words, the word cache, the few-valued features' Refs and the
// slack of the order of additions.
func (t *Tagger) ready() { t.readyWith(nil) }

// readyWith is ready for a tagger whose steps, read from its model file,
// are tops (nil when unknown): with them, the known words' tokens and rows
// are worked out the first time each word is met (knownWords.get), not
// all at load; the tags are the same either way.
func (t *Tagger) readyWith(tops *stepTops) {
	if tops != nil {
		t.known = newLazyKnownWords(t)
	} else {
		t.known = newKnownWords(t)
	}
	t.dictInVocab = t.known.holdsAll(t.dict)
	t.cache = newWordCache()
	t.refs = newTagRefs(t, t.model)
	if t.model2 != nil {
		t.refs2 = newTagRefs(t, t.model2)
	}
	t.slack = orderSlack(t.model.MaxWeight())
	if tops == nil || !t.setStepsFrom(*tops) {
		if tops != nil { // steps the file promised that do not fit: work every word out
			t.known = newKnownWords(t)
			t.dictInVocab = t.known.holdsAll(t.dict)
		}
		t.setSteps()
	}
	t.vocabRead = nil // the known words hold the order now
}

// stepTops records, for each pass, whether its rows are added up in
// steps and the largest magnitude its steps are sized for (passSteps).
type stepTops struct {
	ok  [2]bool
	top [2]float32
}

// setSteps has the first pass add up its rows in 16-bit steps (see
// perceptron.SetStep): the known words' cached rows, the cached rows of
// what they give their neighbours and the model's dense rows, half the
// bytes that scoring a word reads from memory. One step, sized for the
// largest of their values, serves all. predictFirst widens the slack of a
// class's lead by what the steps can round; a class within it is found
// again in full, as before. A model whose steps cannot be set keeps its
// rows of floats only.
func (t *Tagger) setSteps() {
	kw := t.known
	t.steps = stepTops{}
	qrows, qroles, step, top, ok := passSteps(t.model, kw.rows, kw.roles, kw.n)
	if !ok {
		return
	}
	t.steps.ok[0], t.steps.top[0] = true, top
	kw.qrows, kw.qroles, kw.step, kw.qn = qrows, qroles, step, perceptron.StepRowLen(kw.n)
	t.refs.sumPairs(t.model, step)
	if t.model2 == nil {
		return
	}
	qrows2, qroles2, step2, top2, ok := passSteps(t.model2, kw.rows2, kw.roles2, kw.n)
	if !ok {
		return
	}
	t.steps.ok[1], t.steps.top[1] = true, top2
	kw.qrows2, kw.qroles2, kw.step2 = qrows2, qroles2, step2
	t.refs2.sumPairs(t.model2, step2)
	t.slack2 = orderSlack(top2)
}

// setStepsFrom is setSteps for a tagger whose known words are worked out
// lazily, with the steps setSteps found when the model was written: it
// sets the models' steps and makes room for the known words' rows of
// steps, which knownWords.fill fills with their rows of floats. It
// reports false, having set no step, when a model's weights do not fit
// its step.
func (t *Tagger) setStepsFrom(tops stepTops) bool {
	kw := t.known
	t.steps = tops
	if !tops.ok[0] {
		return true
	}
	step := perceptron.StepFor(tops.top[0])
	if t.model.SetStep(step) != nil {
		return false
	}
	kw.qn = perceptron.StepRowLen(kw.n)
	kw.qrows, kw.qroles, kw.step = kw.stepRoom(len(kw.rows)), kw.stepRoom(len(kw.roles)), step
	if t.model2 != nil && tops.ok[1] {
		step2 := perceptron.StepFor(tops.top[1])
		if t.model2.SetStep(step2) != nil {
			_ = t.model.SetStep(0)
			return false
		}
		kw.qrows2, kw.qroles2, kw.step2 = kw.stepRoom(len(kw.rows2)), kw.stepRoom(len(kw.roles2)), step2
		t.refs2.sumPairs(t.model2, step2)
		t.slack2 = orderSlack(tops.top[1])
	}
	t.refs.sumPairs(t.model, step)
	kw.stepRoles(kw.paddingRole)
	kw.stepRoles(kw.paddingRole + 1)
	return true
}

// passSteps sets the step of one pass's model m, sized for the largest of
// its weights and of its cached word rows and neighbour rows (n floats
// each), and returns those rows in steps, the step and the largest value;
// ok is false, and the model keeps its floats only, when a value does not
// fit.
func passSteps(m *perceptron.Model, rows, roles []float32, n int) (qrows, qroles []int16, step, top float32, ok bool) {
	top = m.MaxWeight()
	for _, v := range rows {
		top = max(top, abs32(v))
	}
	for _, v := range roles {
		top = max(top, abs32(v))
	}
	step = perceptron.StepFor(top)
	qrows, ok = stepRows(rows, n, step)
	qroles, ok2 := stepRows(roles, n, step)
	if !ok || !ok2 || m.SetStep(step) != nil {
		return nil, nil, 0, 0, false
	}
	return qrows, qroles, step, top, true
}

// stepRows returns rows, n floats each, as rows of steps of step,
// perceptron.StepRowLen(n) steps each, and whether every value fits.
func stepRows(rows []float32, n int, step float32) ([]int16, bool) {
	qn := perceptron.StepRowLen(n)
	q := make([]int16, len(rows)/max(n, 1)*qn)
	for r := range len(rows) / max(n, 1) {
		if !perceptron.ToSteps(rows[r*n:(r+1)*n], step, q[r*qn:r*qn+n]) {
			return nil, false
		}
	}
	return q, true
}

// Known reports whether word (as written) occurred in the training data.
func (t *Tagger) Known(word string) bool {
	_, ok := t.vocab[word]
	return ok
}

// Tags lists every tag pair the model can predict.
func (t *Tagger) Tags() []Tag { return append([]Tag(nil), t.tags...) }

// Tag tags one sentence's words.
func (t *Tagger) Tag(words []string) []Tag {
	out := make([]Tag, len(words))
	t.TagInto(words, out)
	return out
}

// TagInto tags one sentence's words into out, which must be at least as
// long as words. It does not allocate once warmed up.
func (t *Tagger) TagInto(words []string, out []Tag) {
	s := t.pool.Get().(*scratch)
	defer t.pool.Put(s)
	cls := t.tagClasses(words, s)
	for i, c := range cls {
		out[i] = t.tags[c]
	}
}

// tagTokens tags one sentence's words, setting the UPOS and XPOS of
// toks, one token a word, as TagInto would set the tags.
func (t *Tagger) tagTokens(words []string, toks []hearsay.Token) {
	s := t.pool.Get().(*scratch)
	toks = toks[:len(words)]
	for i, c := range t.tagClasses(words, s) {
		tg := &t.tags[c]
		toks[i].UPOS, toks[i].XPOS = tg.UPOS, tg.XPOS
	}
	t.pool.Put(s)
}

// prepare fills s.toks with the padded tokens of words, whose profiles
// come from lex.
func (t *Tagger) prepare(words []string, lex lexicon, s *scratch) {
	start, end := t.known.padding()
	n := len(words)
	s.toks, s.info, s.cached = resized(s.toks, n+4), resized(s.info, n), resized(s.cached, n)
	toks, info, cached := s.toks, s.info, s.cached
	toks[0], toks[1] = start, start
	for i, w := range words {
		k := t.known.lookup(w)
		var cw *cachedWord
		tk := &toks[i+2]
		switch {
		case k >= 0:
			wi := &t.known.info[k]
			if wi.state.Load() != wordFilled {
				t.known.fill(k) // the first time the tagger meets the word
			}
			*tk = wi.tok
			if wi.class < 0 && wi.row < 0 {
				cw = t.cache.Get(w)
			}
		default:
			if cw = t.cache.Get(w); cw != nil {
				*tk = cw.tok
				break
			}
			s.buf = t.unknownTok(tk, w, lex, s.buf)
		}
		info[i], cached[i] = k, cw
	}
	if n > 0 {
		toks[2].flags |= flagFirst
	}
	toks[n+2], toks[n+3] = end, end
}

// resized returns s with length n, on its own array when it is long
// enough (its values then left as they were, for the caller to set).
func resized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// unknownTok fills tk with the token of w, a word outside t.known, and
// returns buf for reuse.
func (t *Tagger) unknownTok(tk *tok, w string, lex lexicon, buf []byte) []byte {
	wn := t.wn
	if !t.dictInVocab {
		if _, ok := t.dict[w]; ok {
			wn = nil // word features not needed
		}
	}
	*tk, buf = makeTok(w, lex, wn, t.cl, buf)
	tk.rare = t.known == nil && t.vocab[w] >= 1 && t.vocab[w] <= rareCount
	return buf
}

// rareCount is the highest training count of a word whose identity
// features (form, lower-case form) are left out in training, so that the
// model learns to tag rare words from their spelling and context, as it
// must for words it has never seen.
const rareCount = 1

// dictClass returns the tag dictionary's class for word i of the prepared
// sentence, if it has one.
func (t *Tagger) dictClass(w string, s *scratch, i int) (int, bool) {
	if k := s.info[i]; k >= 0 {
		c := t.known.info[k].class
		return int(c), c >= 0
	}
	if t.dictInVocab {
		return 0, false // every dictionary word is in t.known
	}
	c, ok := t.dict[w]
	return c, ok
}

// tagClasses tags words and returns the class of each (in s.cls).
func (t *Tagger) tagClasses(words []string, s *scratch) []int {
	cls := t.firstPass(words, s)
	if t.model2 == nil {
		return cls
	}
	s.cls2 = append(s.cls2[:0], cls...)
	prev, prev2 := startTag, startTag
	for i := range words {
		c := s.cls2[i]
		if !s.sure[i] {
			c = t.predictSecond(s, i, prev, prev2)
		}
		s.cls[i] = c
		prev, prev2 = t.tagHash[c], prev
	}
	return s.cls
}

// rightTag is the tag hash of class cls[i], or of the end padding.
func (t *Tagger) rightTag(cls []int, i int) uint64 {
	if i >= len(cls) {
		return endTag
	}
	return t.tagHash[cls[i]]
}

// firstPass prepares s for words and runs the greedy left-to-right
// decoder, returning the class of each word (in s.cls) and whether it is
// sure (in s.sure): from the tag dictionary, or ahead of the runner-up by
// at least t.sureMargin.
func (t *Tagger) firstPass(words []string, s *scratch) []int {
	t.prepare(words, t.lex, s)
	s.cls, s.sure = resized(s.cls, len(words)), resized(s.sure, len(words))
	cls, sures := s.cls, s.sure
	prev, prev2 := startTag, startTag
	for i, w := range words {
		c, ok := t.dictClass(w, s, i)
		sure := ok || t.model2 == nil
		if !ok {
			var lead float32
			c, lead = t.predictFirst(s, w, i, prev, prev2)
			sure = sure || lead >= t.sureMargin
		}
		cls[i], sures[i] = c, sure
		prev, prev2 = t.tagHash[c], prev
	}
	return cls
}

// predictFirst predicts the first-pass class of word i of the prepared
// sentence, w, and returns it with its lead over the runner-up. It starts
// from the cached scores of the word's own features when it is a frequent
// word (knownWords) or a word met before (wordCache), adds the cached
// scores of what each frequent neighbour gives it (knownWords.roles), and
// looks up the remaining features.
//
// It adds the rows of scores first, in one sweep (predictSum), which is
// not the order of the additions the model was evaluated with: those of a
// frequent word's cached scores, its neighbours' and the remaining
// features one after another (predictFrom), or for other words those of
// every feature (predictFull). The class is the one that order gives when
// its lead is larger than the rounding of the two orders can make up
// (t.slack), and is found by scoring in that order otherwise.
func (t *Tagger) predictFirst(s *scratch, w string, i int, prev, prev2 uint64) (int, float32) {
	k := s.info[i]
	var row []float32
	qrow := t.known.qrow(k) // the row of floats only when there are no steps
	if qrow == nil {
		row = t.known.row(k)
	}
	frequent := row != nil || qrow != nil
	if !frequent {
		if row, qrow = t.cachedRow(s, w, i); row == nil && qrow == nil {
			return t.predictFull(s, i, prev, prev2)
		}
	}
	c, lead, slack := t.predictSum(s, row, qrow, i, prev, prev2)
	if lead > slack && (t.model2 == nil || abs32(lead-t.sureMargin) > slack) {
		return c, lead
	}
	if frequent {
		return t.predictFrom(s, t.known.row(k), i, prev, prev2)
	}
	return t.predictFull(s, i, prev, prev2)
}

// predictSum is predictFirst for word i starting from the scores of its
// word features, qrow in steps of the model's step or else row, adding up
// the rows of scores (its own, its neighbours' cached ones, the features'
// dense rows) in one sweep, then the other weights (perceptron.Summer).
// It returns the class, its lead, and the slack of the lead: how far it
// may be from the lead of the order the model was evaluated in, t.slack
// widened by the rounding of the rows of steps.
func (t *Tagger) predictSum(s *scratch, row []float32, qrow []int16, i int, prev, prev2 uint64) (int, float32, float32) {
	j := i + 2
	kw := t.known
	sm := &s.sum
	if qrow != nil {
		sm.AddStepRow(qrow, kw.step)
	} else {
		sm.AddRow(row)
	}
	feats := s.feats[:0]
	if r := kw.qroleRow(&s.toks[j-1], rolePrev); r != nil {
		sm.AddStepRow(r, kw.step)
	} else if r := kw.roleRow(&s.toks[j-1], rolePrev); r != nil {
		sm.AddRow(r)
	} else {
		feats = prevRoleFeatures(feats, &s.toks[j-1])
	}
	feats = prev2RoleFeatures(feats, &s.toks[j-2])
	if r := kw.qroleRow(&s.toks[j+1], roleNext); r != nil {
		sm.AddStepRow(r, kw.step)
	} else if r := kw.roleRow(&s.toks[j+1], roleNext); r != nil {
		sm.AddRow(r)
	} else {
		feats = nextRoleFeatures(feats, &s.toks[j+1])
	}
	if r := kw.qroleRow(&s.toks[j+2], roleNext2); r != nil {
		sm.AddStepRow(r, kw.step)
	} else if r := kw.roleRow(&s.toks[j+2], roleNext2); r != nil {
		sm.AddRow(r)
	} else {
		feats = next2RoleFeatures(feats, &s.toks[j+2])
	}
	feats = jointRest(feats, s.toks, j, t.prevMixOf(s, i))
	sm.AddFeatures(t.model, feats)
	t.refs.queue(sm, t.model, s, i, true)
	slack := t.slack + stepSlack(sm.StepRows(), kw.step)
	sm.Sum(t.model, s.scores)
	s.feats = feats
	c, lead := bestLead(s.scores)
	return c, lead, slack
}

// prevMixOf returns the prevMixes of the tag before word i of the
// prepared sentence: of its class in s.cls, or of the sentence start.
func (t *Tagger) prevMixOf(s *scratch, i int) *prevMixes {
	if i == 0 {
		return &t.prevMix[len(t.tags)]
	}
	return &t.prevMix[s.cls[i-1]]
}

// stepSlack bounds how far the lead of a class over another can move when
// n of the rows its scores add up are rows of steps of size step: each
// score is within half a step a row of the sum of the floats, so a
// difference of two within a step a row. The product of the steps' sum by
// the step is rounded once more, which the margin of orderSlack covers;
// the bound is widened by a hundredth all the same.
func stepSlack(n int, step float32) float32 {
	return float32(1.01 * float64(n) * float64(step))
}

// cachedRow returns the word-feature scores of word i of the prepared
// sentence, w, from t.cache, adding them up and caching them (with those
// of the second pass, if any) when the word is new to it: in steps of the
// known words' step when they fit (qrow), else as floats (row); both nil
// when the cache is full.
func (t *Tagger) cachedRow(s *scratch, w string, i int) (row []float32, qrow []int16) {
	if cw := s.cached[i]; cw != nil {
		return cw.row, cw.qrow
	}
	if t.cache.Full() {
		return nil, nil
	}
	tk := &s.toks[i+2]
	kw := t.known
	s.feats = wordFeatures(s.feats[:0], tk)
	// the rows of steps of both passes share one array; the first pass's
	// row of floats is kept only when its steps do not fit
	var steps []int16
	if kw.step != 0 {
		steps = make([]int16, 2*kw.qn)
	}
	row = s.rowBuf(len(t.tags))
	t.model.Scores(s.feats, row)
	if kw.step != 0 && perceptron.ToSteps(row, kw.step, steps[:len(row)]) {
		qrow, row = steps[:kw.qn:kw.qn], nil
	} else {
		row = slices.Clone(row)
	}
	var row2 []float32
	var qrow2 []int16
	if t.model2 != nil {
		row2 = make([]float32, len(t.tags))
		t.model2.Scores(s.feats, row2)
		if steps != nil && kw.step2 != 0 && perceptron.ToSteps(row2, kw.step2, steps[kw.qn:kw.qn+len(row2)]) {
			qrow2 = steps[kw.qn:]
		}
	}
	s.cached[i] = cacheWord(t.cache, w, *tk, row, qrow, row2, qrow2)
	return row, qrow
}

// tagRefs hold the Refs in a model (of either pass) of the features of
// fewValuedFeatures, for every value, found when the model loads: the
// previous tag (by class, or n for the sentence start), the two previous
// tags, the word's flags and the flags of it and the word before.
type tagRefs struct {
	n        int
	prevTag  []perceptron.Ref // [class]
	prev2    []perceptron.Ref // [class*(n+1) + class before]
	flags    [1 << flagBits]perceptron.Ref
	flagPair [1 << (2 * flagBits)]perceptron.Ref // [flags<<flagBits | flags of the word before]

	// With a model with steps (sumPairs): the dense rows, in steps, of
	// the previous tag and the previous two tags summed into one row
	// for each index of prev2 (1 + the row's offset in pairs, 0 when
	// not summed), and those of the flags and the flag pair for each
	// index of flagPair.
	prevPair []int32
	flagSum  []int32
	pairs    []int16 // qn steps a row
	qn       int
	step     float32
}

// flagBits is the number of token flag bits.
const flagBits = 6

// newTagRefs finds the few-valued features of m, a model of t.
func newTagRefs(t *Tagger, m *perceptron.Model) *tagRefs {
	n := len(t.tags)
	r := &tagRefs{n: n, prevTag: make([]perceptron.Ref, n+1), prev2: make([]perceptron.Ref, (n+1)*(n+1))}
	hash := func(c int) uint64 {
		if c == n {
			return startTag
		}
		return t.tagHash[c]
	}
	// The previous tag's feature depends on that tag only and the flags'
	// on the word's flags only: each is looked up once, not once a pair.
	var feats []perceptron.Feature
	for c := range n + 1 {
		for c2 := range n + 1 {
			feats = fewValuedFeatures(feats[:0], 0, 0, hash(c), hash(c2))
			if c2 == 0 {
				r.prevTag[c] = m.Ref(feats[1])
			}
			r.prev2[c*(n+1)+c2] = m.Ref(feats[2])
		}
	}
	for f := range 1 << flagBits {
		for pf := range 1 << flagBits {
			feats = fewValuedFeatures(feats[:0], uint8(f), uint8(pf), 0, 0)
			if pf == 0 {
				r.flags[f] = m.Ref(feats[0])
			}
			r.flagPair[f<<flagBits|pf] = m.Ref(feats[3])
		}
	}
	return r
}

// sumPairs sums, for m (the model r was found in) with steps of step,
// the dense rows in steps of the two features of each pair that a word
// always adds together, so that queue adds one row for the two: the
// previous tag's and the previous two tags', and the word's flags' and
// its and the word before's flags'. A pair one of whose features is not
// a dense row, or whose sums do not fit 16 bits, stays unsummed.
func (r *tagRefs) sumPairs(m *perceptron.Model, step float32) {
	r.qn, r.step = perceptron.StepRowLen(r.n), step
	r.prevPair = make([]int32, len(r.prev2))
	for k, ref := range r.prev2 {
		r.prevPair[k] = r.sumPair(m, r.prevTag[k/(r.n+1)], ref)
	}
	r.flagSum = make([]int32, len(r.flagPair))
	for k, ref := range r.flagPair {
		r.flagSum[k] = r.sumPair(m, r.flags[k>>flagBits], ref)
	}
}

// sumPair appends to r.pairs the sum of the dense rows in steps of a and
// b, Refs of m, and returns 1 + its offset there, or 0 when there is none.
func (r *tagRefs) sumPair(m *perceptron.Model, a, b perceptron.Ref) int32 {
	qa, qb := m.StepRow(a), m.StepRow(b)
	if qa == nil || qb == nil {
		return 0
	}
	at := len(r.pairs)
	r.pairs = append(r.pairs, make([]int16, r.qn)...)
	if !perceptron.SumSteps(r.pairs[at:], qa, qb) {
		r.pairs = r.pairs[:at]
		return 0
	}
	return int32(at) + 1
}

// queue queues in sm the features of fewValuedFeatures of word i of the
// prepared sentence, whose classes so far (of the pass that m, the model
// r was found in, makes) are in s.cls. With summed, it queues the rows of
// steps of the pairs that sumPairs summed as one row each (sm must then
// take the model's rows of steps, not floats: Summer.UseFloats).
func (r *tagRefs) queue(sm *perceptron.Summer, m *perceptron.Model, s *scratch, i int, summed bool) {
	c, c2 := r.n, r.n
	if i > 1 {
		c, c2 = s.cls[i-1], s.cls[i-2]
	} else if i == 1 {
		c = s.cls[0]
	}
	wp := s.toks[i+1 : i+3] // the word before, the word
	wf := int(wp[1].flags & (1<<flagBits - 1))
	fk := wf<<flagBits | int(wp[0].flags&(1<<flagBits-1))
	pk := c*(r.n+1) + c2
	if !summed || r.flagSum == nil {
		sm.AddRef(m, r.flags[wf])
		sm.AddRef(m, r.prevTag[c])
		sm.AddRef(m, r.prev2[pk])
		sm.AddRef(m, r.flagPair[fk])
		return
	}
	if p := r.flagSum[fk]; p != 0 {
		sm.AddStepRows(r.pairs[p-1:p-1+int32(r.qn)], r.step, 2)
	} else {
		sm.AddRef(m, r.flags[wf])
		sm.AddRef(m, r.flagPair[fk])
	}
	if p := r.prevPair[pk]; p != 0 {
		sm.AddStepRows(r.pairs[p-1:p-1+int32(r.qn)], r.step, 2)
	} else {
		sm.AddRef(m, r.prevTag[c])
		sm.AddRef(m, r.prev2[pk])
	}
}

// predictFrom is predictFirst for word i starting from row, the scores of
// its word features.
func (t *Tagger) predictFrom(s *scratch, row []float32, i int, prev, prev2 uint64) (int, float32) {
	j := i + 2
	copy(s.scores, row)
	feats := t.known.addNeighbours(s.feats[:0], s.scores, s.toks, j)
	feats = jointFeatures(feats, s.toks, j, prev, prev2)
	t.model.AddScores(feats, s.scores)
	s.feats = feats
	return bestLead(s.scores)
}

// predictFull is predictFirst for word i scoring its word features one by
// one.
func (t *Tagger) predictFull(s *scratch, i int, prev, prev2 uint64) (int, float32) {
	j := i + 2
	clear(s.scores)
	feats := wordFeatures(s.feats[:0], &s.toks[j])
	feats = t.known.addNeighbours(feats, s.scores, s.toks, j)
	feats = jointFeatures(feats, s.toks, j, prev, prev2)
	t.model.AddScores(feats, s.scores)
	s.feats = feats
	return bestLead(s.scores)
}

// maxLeaves bounds the number of terms a class's score is the sum of: a
// weight of each feature of wordFeatures, of the four neighbour roles, of
// jointFeatures and in the second pass of rightFeatures (19, 13, 11 and
// 4), or in place of a role's
// weights their sum, cached (knownWords.roles), or in place of the word
// features' weights theirs (knownWords.rows, wordCache).
const maxLeaves = 48

// orderSlack returns how far apart the lead of the best class over the
// runner-up can be when the same first-pass scores are added in two orders
// in single precision, for a model whose weights are at most wmax in
// magnitude. A sum of n terms in any order is within γ(n) = nu/(1-nu)
// times the sum of their magnitudes of the exact sum (u = 2^-24, the unit
// roundoff), and the magnitudes of a score's terms add up to at most
// (1+γ)·maxLeaves·wmax (one weight a feature). So each score of one order
// is within 2γS of the other's, a lead within 4γS; the slack is twice
// that, to cover the rounding of the lead itself. A lead above it
// belongs, in either order, to the same class, ahead of every other.
func orderSlack(wmax float32) float32 {
	const u = 0x1p-24
	g := maxLeaves * u / (1 - maxLeaves*u)
	sum := (1 + g) * maxLeaves * float64(wmax)
	return float32(8 * g * sum)
}

func abs32(x float32) float32 { return float32(math.Abs(float64(x))) }

// bestLead returns the class with the highest score (ties go to the
// lowest id, as with perceptron.Best) and how far its score is ahead of the
// runner-up's (+Inf for a single class): perceptron.BestLead.
func bestLead(scores []float32) (int, float32) { return perceptron.BestLead(scores) }

// predictSecond predicts the second-pass class of word i of the prepared
// sentence, whose first-pass classes are in s.cls2, starting from the
// cached second-pass scores of its word features when it is a frequent
// word (knownWords) or a word met before (wordCache), and adding the
// cached second-pass scores of what each frequent neighbour gives it
// (knownWords.roles2).
func (t *Tagger) predictSecond(s *scratch, i int, prev, prev2 uint64) int {
	if t.known.qrows2 != nil {
		if c, ok := t.predictSecondSteps(s, i, prev); ok {
			return c
		}
		s.sum.UseFloats(true)
		defer s.sum.UseFloats(false)
	}
	j := i + 2
	next, next2 := t.rightTag(s.cls2, i+1), t.rightTag(s.cls2, i+2)
	row := t.known.row2(s.info[i])
	if cw := s.cached[i]; row == nil && cw != nil {
		row = cw.row2
	}
	sm := &s.sum
	feats := s.feats[:0]
	if row != nil {
		sm.AddRow(row)
	} else {
		feats = wordFeatures(feats, &s.toks[j])
	}
	feats = t.known.queueNeighbours2(sm, feats, s.toks, j)
	feats = jointRest(feats, s.toks, j, t.prevMixOf(s, i))
	feats = rightFeatures(feats, s.toks, j, next, next2)
	sm.AddFeatures(t.model2, feats)
	t.refs2.queue(sm, t.model2, s, i, false)
	sm.Sum(t.model2, s.scores)
	s.feats = feats
	return perceptron.Best(s.scores)
}

// predictSecondSteps is predictSecond adding up the rows of the second
// pass in 16-bit steps (Tagger.setSteps): the cached rows of the word and
// of its neighbours and the model's dense rows. It reports false when the
// class's lead is within the slack of the rounding of the steps and of the
// order of the additions, for predictSecond to find it in floats, in the
// order it is evaluated in.
func (t *Tagger) predictSecondSteps(s *scratch, i int, prev uint64) (int, bool) {
	j := i + 2
	kw := t.known
	next, next2 := t.rightTag(s.cls2, i+1), t.rightTag(s.cls2, i+2)
	sm := &s.sum
	feats := s.feats[:0]
	if q := kw.qrow2(s.info[i]); q != nil {
		sm.AddStepRow(q, kw.step2)
	} else if cw := s.cached[i]; cw != nil && cw.qrow2 != nil {
		sm.AddStepRow(cw.qrow2, kw.step2)
	} else if cw != nil && cw.row2 != nil {
		sm.AddRow(cw.row2)
	} else {
		feats = wordFeatures(feats, &s.toks[j])
	}
	feats = kw.queueNeighbours2Steps(sm, feats, s.toks, j)
	feats = jointRest(feats, s.toks, j, t.prevMixOf(s, i))
	feats = rightFeatures(feats, s.toks, j, next, next2)
	sm.AddFeatures(t.model2, feats)
	t.refs2.queue(sm, t.model2, s, i, true)
	slack := t.slack2 + stepSlack(sm.StepRows(), kw.step2)
	sm.Sum(t.model2, s.scores)
	s.feats = feats
	c, lead := bestLead(s.scores)
	return c, lead > slack
}

// defaultSureMargin is the lead over the runner-up, in first-pass score,
// above which the second pass leaves a word's class alone: it hardly ever
// changes such classes, and skipping them keeps two passes nearly as fast
// as one.
const defaultSureMargin = 15

// cachedWords is the number of frequent words whose word-feature scores
// are added up once (on first use; see knownWords).
const cachedWords = 4096

// cachedRoleWords is the number of most frequent words (tag dictionary
// words included) whose scores as neighbours of another word are added up
// once (on first use; see knownWords).
const cachedRoleWords = 4096

// Neighbour roles with cached scores, in the order of their rows.
const (
	rolePrev  = iota // the word before (prevRoleFeatures)
	roleNext         // the word after (nextRoleFeatures)
	roleNext2        // the word two after (next2RoleFeatures)
	nRoles
)

// knownWords holds what tagging needs of each training word, computed
// once per tagger: its token hashes, its tag dictionary class,
// for the cachedWords most frequent words outside the dictionary the
// summed scores of its word features (wordFeatures), one row of
// len(classes) each per pass, and for the cachedRoleWords most frequent
// words (and the sentence padding) the summed scores of the features it
// gives its neighbours, one row per role and pass.
type knownWords struct {
	index  strtab.Table[int32]
	info   []wordInfo
	rows   []float32 // first pass
	rows2  []float32 // second pass; empty for one pass
	roles  []float32 // neighbour scores: nRoles rows per word
	roles2 []float32 // the same for the second pass; empty for one pass
	n      int       // classes

	// rows and roles in 16-bit steps of step for the first pass's sums,
	// and of step2 for the second's (Tagger.setSteps), qn steps a row
	// (perceptron.StepRowLen(n)); nil when the model has no steps
	qrows, qroles   []int16
	qrows2, qroles2 []int16
	step, step2     float32
	qn              int

	start, end tok // the padding tokens, with their neighbour scores

	// paddingRole is the index of start's neighbour rows, end's the next.
	paddingRole int

	// With a tagger read from a model file that keeps its steps, a word's
	// token and rows are worked out the first time it is met (fill): src
	// is the tagger and words the known words by index. src is nil, and
	// every word wordFilled, when every word was worked out at load.
	src   *Tagger
	words []string
}

// wordInfo is what knownWords holds for one word.
type wordInfo struct {
	tok   tok
	class int32 // tag dictionary class, -1 when none
	row   int32 // index of the cached scores, -1 when none

	// state tells, for known words worked out lazily, whether tok and
	// the word's rows are ready (wordEmpty, wordFilling, wordFilled).
	state atomic.Uint32
}

// The states of a lazily worked out known word.
const (
	wordEmpty   = iota // not worked out yet
	wordFilling        // being worked out by one goroutine
	wordFilled         // tok and rows ready
)

// newKnownWords precomputes the training words of t for its models.
func newKnownWords(t *Tagger) *knownWords {
	m := t.model
	words := wordsByCount(t.vocab, t.vocabRead)
	n := len(m.Classes)
	kw := &knownWords{index: strtab.FromIndex(words), info: make([]wordInfo, len(words)), n: n}
	var buf []byte
	var feats []perceptron.Feature
	cached := 0
	for k, w := range words {
		wi := &kw.info[k]
		wi.state.Store(wordFilled)
		wi.tok, buf = makeTok(w, t.lex, t.wn, t.cl, buf)
		wi.class, wi.row = -1, -1
		if c, ok := t.dict[w]; ok {
			wi.class = int32(c)
		} else if cached < cachedWords {
			feats = wordFeatures(feats[:0], &wi.tok)
			kw.rows = append(kw.rows, make([]float32, n)...)
			m.Scores(feats, kw.rows[cached*n:(cached+1)*n])
			if t.model2 != nil {
				kw.rows2 = append(kw.rows2, make([]float32, n)...)
				t.model2.Scores(feats, kw.rows2[cached*n:(cached+1)*n])
			}
			wi.row = int32(cached)
			cached++
		}
		if k < cachedRoleWords {
			kw.addRoles(m, t.model2, &wi.tok)
		}
	}
	kw.start, kw.end = startTok, endTok
	kw.paddingRole = len(kw.roles) / (nRoles * n)
	kw.addRoles(m, t.model2, &kw.start)
	kw.addRoles(m, t.model2, &kw.end)
	return kw
}

// newLazyKnownWords returns the known words of t with their dictionary
// classes and the places of their rows, as newKnownWords lays them out,
// but with their tokens and rows left to work out on first use (fill); only
// the padding tokens' rows are added up now.
func newLazyKnownWords(t *Tagger) *knownWords {
	words := wordsByCount(t.vocab, t.vocabRead)
	n := len(t.model.Classes)
	kw := &knownWords{index: strtab.FromIndex(words), info: make([]wordInfo, len(words)), n: n, src: t, words: words}
	cached := 0
	for k, w := range words {
		wi := &kw.info[k]
		wi.class, wi.row = -1, -1
		if c, ok := t.dict[w]; ok {
			wi.class = int32(c)
		} else if cached < cachedWords {
			wi.row = int32(cached)
			cached++
		}
	}
	kw.paddingRole = min(len(words), cachedRoleWords)
	kw.rows = make([]float32, cached*n)
	kw.roles = make([]float32, (kw.paddingRole+2)*nRoles*n)
	if t.model2 != nil {
		kw.rows2 = make([]float32, cached*n)
		kw.roles2 = make([]float32, (kw.paddingRole+2)*nRoles*n)
	}
	kw.start, kw.end = startTok, endTok
	kw.scoreRoles(t.model, t.model2, &kw.start, kw.paddingRole)
	kw.scoreRoles(t.model, t.model2, &kw.end, kw.paddingRole+1)
	return kw
}

// fill works out the token of known word k and adds up its rows, as
// newKnownWords does for every word, unless that is done or another
// goroutine is at it, in which case it waits for that one to finish. It
// returns the word. Tagging calls it for a word not yet wordFilled.
func (kw *knownWords) fill(k int32) *wordInfo {
	wi := &kw.info[k]
	if !wi.state.CompareAndSwap(wordEmpty, wordFilling) {
		for wi.state.Load() != wordFilled {
			runtime.Gosched()
		}
		return wi
	}
	t, n := kw.src, kw.n
	tk, _ := makeTok(kw.words[k], t.lex, t.wn, t.cl, nil)
	if r := int(wi.row); r >= 0 {
		feats := wordFeatures(nil, &tk)
		t.model.Scores(feats, kw.rows[r*n:(r+1)*n])
		stepRow(kw.rows[r*n:(r+1)*n], kw.step, kw.qrows, r*kw.qn)
		if t.model2 != nil {
			t.model2.Scores(feats, kw.rows2[r*n:(r+1)*n])
			stepRow(kw.rows2[r*n:(r+1)*n], kw.step2, kw.qrows2, r*kw.qn)
		}
	}
	if int(k) < kw.paddingRole {
		kw.scoreRoles(t.model, t.model2, &tk, int(k))
		kw.stepRoles(int(k))
	}
	wi.tok = tk
	wi.state.Store(wordFilled)
	return wi
}

// stepRoom returns room for the rows of steps of rows of floats of
// length size, qn steps a row of n floats.
func (kw *knownWords) stepRoom(size int) []int16 {
	if size == 0 {
		return nil
	}
	return make([]int16, size/kw.n*kw.qn)
}

// stepRoles sets the rows of steps of the neighbour rows of role index at.
func (kw *knownWords) stepRoles(at int) {
	for r := range nRoles {
		i := at*nRoles + r
		stepRow(kw.roles[i*kw.n:(i+1)*kw.n], kw.step, kw.qroles, i*kw.qn)
		if len(kw.roles2) > 0 {
			stepRow(kw.roles2[i*kw.n:(i+1)*kw.n], kw.step2, kw.qroles2, i*kw.qn)
		}
	}
}

// stepRow sets q[at:] to row in steps of step, when there are rows of
// steps (q not nil). The model file's steps were found to hold every row
// (setSteps), so every value fits.
func stepRow(row []float32, step float32, q []int16, at int) {
	if q != nil {
		perceptron.ToSteps(row, step, q[at:at+len(row)])
	}
}

// A counted is a word of the vocabulary and its count.
type counted struct {
	w string
	n uint32
}

// wordsByCount returns the words of vocab, the most frequent first, words
// as frequent in byte order. read is vocab as read from a model file, in
// the file's order, or nil: when its words are in strictly increasing byte
// order (as WriteTo writes them), they are only reordered by count
// (countOrder), which compares no words; else they are sorted here. The
// counts are kept beside the words while sorting, so that comparing two
// words looks nothing up.
func wordsByCount(vocab map[string]uint32, read []counted) []string {
	cs := read
	if len(read) != len(vocab) || !byteOrdered(read) {
		cs = make([]counted, 0, len(vocab))
		for w, n := range vocab {
			cs = append(cs, counted{w, n})
		}
		slices.SortFunc(cs, func(a, b counted) int {
			if a.n != b.n {
				return cmp.Compare(b.n, a.n)
			}
			return strings.Compare(a.w, b.w)
		})
	} else {
		cs = countOrder(read)
	}
	words := make([]string, len(cs))
	for i, c := range cs {
		words[i] = c.w
	}
	return words
}

// byteOrdered reports whether the words of cs are in strictly increasing
// byte order.
func byteOrdered(cs []counted) bool {
	for i := 1; i < len(cs); i++ {
		if cs[i-1].w >= cs[i].w {
			return false
		}
	}
	return true
}

// countOrder returns cs ordered by falling count, keeping the order of
// words as frequent: a radix sort, a byte of the count at a time from the
// lowest, skipping the bytes every count shares.
func countOrder(cs []counted) []counted {
	src, dst := slices.Clone(cs), make([]counted, len(cs))
	for shift := 0; shift < 32; shift += 8 {
		var at [257]int
		for _, c := range src {
			at[int(255-byte(c.n>>shift))+1]++
		}
		if slices.Contains(at[:], len(src)) {
			continue // every count has the same byte here
		}
		for d := 1; d < len(at); d++ {
			at[d] += at[d-1]
		}
		for _, c := range src {
			d := 255 - byte(c.n>>shift)
			dst[at[d]] = c
			at[d]++
		}
		src, dst = dst, src
	}
	return src
}

// addRoles adds up the scores of what tk gives its neighbours in each
// role, in the first-pass model m and the second-pass model m2 unless it
// is nil, and records their place in tk.role.
func (kw *knownWords) addRoles(m, m2 *perceptron.Model, tk *tok) {
	at := len(kw.roles) / (nRoles * kw.n)
	kw.roles = append(kw.roles, make([]float32, nRoles*kw.n)...)
	if m2 != nil {
		kw.roles2 = append(kw.roles2, make([]float32, nRoles*kw.n)...)
	}
	kw.scoreRoles(m, m2, tk, at)
}

// scoreRoles adds up the scores of what tk gives its neighbours into the
// rows of role index at, which must have room for them, and records their
// place in tk.role.
func (kw *knownWords) scoreRoles(m, m2 *perceptron.Model, tk *tok, index int) {
	var feats []perceptron.Feature
	at := index * nRoles * kw.n
	for r := range nRoles {
		switch feats = feats[:0]; r {
		case rolePrev:
			feats = prevRoleFeatures(feats, tk)
		case roleNext:
			feats = nextRoleFeatures(feats, tk)
		case roleNext2:
			feats = next2RoleFeatures(feats, tk)
		}
		m.Scores(feats, kw.roles[at+r*kw.n:at+(r+1)*kw.n])
		if m2 != nil {
			m2.Scores(feats, kw.roles2[at+r*kw.n:at+(r+1)*kw.n])
		}
	}
	tk.role = int32(index) + 1
}

// padding returns the tokens that pad a sentence on each side.
func (kw *knownWords) padding() (start, end tok) {
	if kw == nil {
		return startTok, endTok
	}
	return kw.start, kw.end
}

// roleRow returns the cached first-pass scores of what tk gives a
// neighbour in role r, or nil.
func (kw *knownWords) roleRow(tk *tok, r int) []float32 {
	if kw == nil {
		return nil
	}
	return kw.rolesRow(kw.roles, tk, r)
}

// rolesRow returns the row of roles (kw.roles or kw.roles2) that holds
// the scores of what tk gives a neighbour in role r, or nil.
func (kw *knownWords) rolesRow(roles []float32, tk *tok, r int) []float32 {
	return roleRowOf(roles, kw.n, tk, r)
}

// queueNeighbours2Steps is queueNeighbours2 with the cached rows in
// steps (qroles2).
func (kw *knownWords) queueNeighbours2Steps(sm *perceptron.Summer, feats []perceptron.Feature, toks []tok, i int) []perceptron.Feature {
	if row := kw.qroleRow2(&toks[i-1], rolePrev); row != nil {
		sm.AddStepRow(row, kw.step2)
	} else {
		feats = prevRoleFeatures(feats, &toks[i-1])
	}
	feats = prev2RoleFeatures(feats, &toks[i-2])
	if row := kw.qroleRow2(&toks[i+1], roleNext); row != nil {
		sm.AddStepRow(row, kw.step2)
	} else {
		feats = nextRoleFeatures(feats, &toks[i+1])
	}
	if row := kw.qroleRow2(&toks[i+2], roleNext2); row != nil {
		sm.AddStepRow(row, kw.step2)
	} else {
		feats = next2RoleFeatures(feats, &toks[i+2])
	}
	return feats
}

// queueNeighbours2 queues in sm the cached second-pass scores of the
// neighbours of position i of toks that have them, and appends the
// features of the others to feats.
func (kw *knownWords) queueNeighbours2(sm *perceptron.Summer, feats []perceptron.Feature, toks []tok, i int) []perceptron.Feature {
	if row := kw.rolesRow(kw.roles2, &toks[i-1], rolePrev); row != nil {
		sm.AddRow(row)
	} else {
		feats = prevRoleFeatures(feats, &toks[i-1])
	}
	feats = prev2RoleFeatures(feats, &toks[i-2])
	if row := kw.rolesRow(kw.roles2, &toks[i+1], roleNext); row != nil {
		sm.AddRow(row)
	} else {
		feats = nextRoleFeatures(feats, &toks[i+1])
	}
	if row := kw.rolesRow(kw.roles2, &toks[i+2], roleNext2); row != nil {
		sm.AddRow(row)
	} else {
		feats = next2RoleFeatures(feats, &toks[i+2])
	}
	return feats
}

// addNeighbours adds to scores what the neighbours of position i of toks
// (padded) give it: their cached scores when they have them, else their
// features, appended to feats.
func (kw *knownWords) addNeighbours(feats []perceptron.Feature, scores []float32, toks []tok, i int) []perceptron.Feature {
	rows := kw.neighbourRows(toks, i)
	if rows[rolePrev] != nil {
		perceptron.AddRow(rows[rolePrev], scores)
	} else {
		feats = prevRoleFeatures(feats, &toks[i-1])
	}
	feats = prev2RoleFeatures(feats, &toks[i-2])
	if rows[roleNext] != nil {
		perceptron.AddRow(rows[roleNext], scores)
	} else {
		feats = nextRoleFeatures(feats, &toks[i+1])
	}
	if rows[roleNext2] != nil {
		perceptron.AddRow(rows[roleNext2], scores)
	} else {
		feats = next2RoleFeatures(feats, &toks[i+2])
	}
	return feats
}

// neighbourRows returns, by role, the cached scores of what the
// neighbours of position i of toks (padded) give it, nil for a neighbour
// without them.
func (kw *knownWords) neighbourRows(toks []tok, i int) (rows [nRoles][]float32) {
	rows[rolePrev] = kw.roleRow(&toks[i-1], rolePrev)
	rows[roleNext] = kw.roleRow(&toks[i+1], roleNext)
	rows[roleNext2] = kw.roleRow(&toks[i+2], roleNext2)
	return rows
}

// holdsAll reports whether every word of dict is a known word.
func (kw *knownWords) holdsAll(dict map[string]int) bool {
	for w := range dict {
		if _, ok := kw.index.Get(w); !ok {
			return false
		}
	}
	return true
}

// lookup returns the index of w, or -1.
func (kw *knownWords) lookup(w string) int32 {
	if kw == nil {
		return -1
	}
	if k, ok := kw.index.Get(w); ok {
		return k
	}
	return -1
}

// row returns the cached word-feature scores of word k, or nil.
func (kw *knownWords) row(k int32) []float32 {
	if k < 0 { // also for a tagger with no known words (kw nil)
		return nil
	}
	return wordRow(kw, kw.rows, kw.n, k)
}

// qrow returns the cached word-feature scores of word k in steps, or nil.
func (kw *knownWords) qrow(k int32) []int16 {
	if k < 0 { // also for a tagger with no known words (kw nil)
		return nil
	}
	return wordRow(kw, kw.qrows, kw.qn, k)
}

// qroleRow returns the cached first-pass scores, in steps, of what tk
// gives a neighbour in role r, or nil.
func (kw *knownWords) qroleRow(tk *tok, r int) []int16 { return roleRowOf(kw.qroles, kw.qn, tk, r) }

// qrow2 returns the cached second-pass word-feature scores of word k in
// steps, or nil.
func (kw *knownWords) qrow2(k int32) []int16 {
	if k < 0 { // also for a tagger with no known words (kw nil)
		return nil
	}
	return wordRow(kw, kw.qrows2, kw.qn, k)
}

// qroleRow2 returns the cached second-pass scores, in steps, of what tk
// gives a neighbour in role r, or nil.
func (kw *knownWords) qroleRow2(tk *tok, r int) []int16 { return roleRowOf(kw.qroles2, kw.qn, tk, r) }

// row2 returns the cached second-pass word-feature scores of word k, or
// nil.
func (kw *knownWords) row2(k int32) []float32 {
	if k < 0 { // also for a tagger with no known words (kw nil)
		return nil
	}
	return wordRow(kw, kw.rows2, kw.n, k)
}

// wordRow returns the row of n values in rows (floats or steps, first or
// second pass) of word k (k >= 0), or nil when the word has no cached row
// or there are no rows.
func wordRow[T float32 | int16](kw *knownWords, rows []T, n int, k int32) []T {
	if len(rows) == 0 {
		return nil
	}
	r := kw.info[k].row
	if r < 0 {
		return nil
	}
	return rows[int(r)*n : int(r+1)*n]
}

// roleRowOf returns the row of n values in rows (floats or steps, first or
// second pass) that holds what tk gives a neighbour in role r, or nil.
func roleRowOf[T float32 | int16](rows []T, n int, tk *tok, r int) []T {
	if tk.role == 0 || len(rows) == 0 {
		return nil
	}
	at := (int(tk.role)-1)*nRoles*n + r*n
	return rows[at : at+n]
}

// startTag and endTag are the tag hashes before the first word and after
// the last.
var (
	startTag = hashString("-START-")
	endTag   = hashString("-END-")
)

// File layout of a tagger model: magic, feature version, the vocabulary
// (with counts),
// the tag dictionary, the lexicons of tag profiles, the WordNet lemmas and
// exceptions (empty without WordNet), the word clusters, then the number of
// passes (1 or 2) and each pass's perceptron model, length-prefixed, and
// last, optionally, the steps section: stepsMagic, then for each of two
// passes a byte (1 when its rows are added up in steps) and the float32
// its step is sized for (Tagger.steps). A file without the section (as
// written before it was added) is read as well, every known word worked
// out at load.
const magic = "HSPOS002"

// stepsMagic opens the steps section of a model file.
const stepsMagic = "STEP"

// stepsLen is the length of the steps section.
const stepsLen = len(stepsMagic) + 2*5

// ErrFormat reports a file that is not a POS model of this version.
var ErrFormat = errors.New("pos: not a part-of-speech model, or one of another version")

// WriteTo writes the tagger's model, deterministically.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	buf.WriteString(magic)
	le := binary.LittleEndian
	buf.Write(le.AppendUint32(nil, featureVersion))
	writeSortedMap(&buf, t.vocab, func(v uint32) { buf.Write(le.AppendUint32(nil, v)) })
	writeSortedMap(&buf, t.dict, func(v int) { buf.Write(le.AppendUint16(nil, uint16(v))) })
	for _, m := range []map[string]uint64{t.lex.lower, t.lex.cased} {
		writeSortedMap(&buf, m, func(v uint64) { buf.Write(le.AppendUint64(nil, v)) })
	}
	var lemmas, exceptions map[string]uint8
	if t.wn != nil {
		lemmas, exceptions = t.wn.lemmas, t.wn.exceptions
	}
	for _, m := range []map[string]uint8{lemmas, exceptions} {
		writeSortedMap(&buf, m, func(v uint8) { buf.WriteByte(v) })
	}
	writeSortedMap(&buf, t.cl, func(v uint16) { buf.Write(le.AppendUint16(nil, v)) })
	models := []*perceptron.Model{t.model}
	if t.model2 != nil {
		models = append(models, t.model2)
	}
	buf.WriteByte(byte(len(models)))
	for _, m := range models {
		var mb bytes.Buffer
		if _, err := m.WriteTo(&mb); err != nil {
			return 0, fmt.Errorf("pos: write model: %w", err)
		}
		buf.Write(le.AppendUint64(nil, uint64(mb.Len())))
		buf.Write(mb.Bytes())
	}
	buf.WriteString(stepsMagic)
	for p := range 2 {
		ok := byte(0)
		if t.steps.ok[p] {
			ok = 1
		}
		buf.WriteByte(ok)
		buf.Write(le.AppendUint32(nil, math.Float32bits(t.steps.top[p])))
	}
	return buf.WriteTo(w)
}

// maxWordLen is the longest word a model file can hold; longer training
// words are stored cut (they are never matched, as no real word is that
// long).
const maxWordLen = 1<<16 - 1

// writeWord writes a length-prefixed word.
// writeSortedMap writes a map's size, then each key in sorted order (so the
// model bytes are deterministic) followed by its value, written by put.
func writeSortedMap[V any](buf *bytes.Buffer, m map[string]V, put func(V)) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	buf.Write(binary.LittleEndian.AppendUint32(nil, uint32(len(keys))))
	for _, k := range keys {
		writeWord(buf, k)
		put(m[k])
	}
}

func writeWord(buf *bytes.Buffer, w string) {
	if len(w) > maxWordLen {
		w = w[:maxWordLen]
	}
	buf.Write(binary.LittleEndian.AppendUint16(nil, uint16(len(w))))
	buf.WriteString(w)
}

// Read reads a tagger written by WriteTo.
func Read(r io.Reader) (*Tagger, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("pos: read model: %w", err)
	}
	return Parse(data)
}

// Parse decodes a tagger from the bytes WriteTo wrote.
func Parse(data []byte) (*Tagger, error) {
	le := binary.LittleEndian
	if len(data) < len(magic)+4 || string(data[:len(magic)]) != magic {
		return nil, ErrFormat
	}
	if v := le.Uint32(data[len(magic):]); v != featureVersion {
		return nil, fmt.Errorf("pos: model has feature version %d, this tagger %d: %w", v, featureVersion, ErrFormat)
	}
	r := &modelReader{data: data, off: len(magic) + 4}
	truncated := fmt.Errorf("pos: truncated model: %w", ErrFormat)
	var vocab map[string]uint32
	var vocabRead []counted
	ok := r.words(4, func(n int) { vocab, vocabRead = make(map[string]uint32, n), make([]counted, 0, n) }, func(w string, v []byte) {
		vocab[w] = le.Uint32(v)
		vocabRead = append(vocabRead, counted{w, le.Uint32(v)})
	})
	var dict map[string]int
	ok = ok && r.words(2, func(n int) { dict = make(map[string]int, n) }, func(w string, v []byte) { dict[w] = int(le.Uint16(v)) })
	var lex lexicon
	ok = ok && r.words(8, func(n int) { lex.lower = make(map[string]uint64, n) }, func(w string, v []byte) { lex.lower[w] = le.Uint64(v) })
	ok = ok && r.words(8, func(n int) { lex.cased = make(map[string]uint64, n) }, func(w string, v []byte) { lex.cased[w] = le.Uint64(v) })
	wn := &wordNet{}
	ok = ok && r.words(1, func(n int) { wn.lemmas = make(map[string]uint8, n) }, func(w string, v []byte) { wn.lemmas[w] = v[0] })
	ok = ok && r.words(1, func(n int) { wn.exceptions = make(map[string]uint8, n) }, func(w string, v []byte) { wn.exceptions[w] = v[0] })
	var cl Clusters
	ok = ok && r.words(2, func(n int) { cl = make(Clusters, n) }, func(w string, v []byte) { cl[w] = le.Uint16(v) })
	if !ok {
		return nil, truncated
	}
	if len(wn.lemmas) == 0 {
		wn = nil
	}
	p := data[r.off:]
	if len(p) < 1 || p[0] < 1 || p[0] > 2 {
		return nil, truncated
	}
	models := make([]*perceptron.Model, 2)
	n := int(p[0])
	p = p[1:]
	for i := range n {
		if len(p) < 8 || le.Uint64(p) > uint64(len(p)-8) {
			return nil, truncated
		}
		size := int(le.Uint64(p))
		m, err := perceptron.Parse(p[8 : 8+size])
		if err != nil {
			return nil, fmt.Errorf("pos: pass %d: %w", i+1, err)
		}
		models[i] = m
		p = p[8+size:]
	}
	var tops *stepTops
	if len(p) == stepsLen && string(p[:len(stepsMagic)]) == stepsMagic {
		tops = &stepTops{}
		for i := range 2 {
			at := len(stepsMagic) + 5*i
			tops.ok[i] = p[at] == 1
			tops.top[i] = math.Float32frombits(le.Uint32(p[at+1:]))
		}
		p = p[stepsLen:]
	}
	if len(p) != 0 {
		return nil, fmt.Errorf("pos: %d stray bytes after the model: %w", len(p), ErrFormat)
	}
	return newTaggerWith(models[0], models[1], dict, vocab, lex, wn, cl, tops, vocabRead)
}

// A modelReader reads the word-list sections of a model file.
type modelReader struct {
	data []byte
	off  int
}

// words reads a section: a uint32 count n, then n entries of a uint16
// length, the word, and valueSize bytes of value. It calls start with n,
// then add for each entry; the words share one string per section rather
// than one allocation each. It returns false on truncated data.
func (r *modelReader) words(valueSize int, start func(n int), add func(w string, v []byte)) bool {
	le := binary.LittleEndian
	if len(r.data)-r.off < 4 {
		return false
	}
	n := int(le.Uint32(r.data[r.off:]))
	begin := r.off + 4
	end := begin
	for range n {
		if len(r.data)-end < 2 {
			return false
		}
		end += 2 + int(le.Uint16(r.data[end:])) + valueSize
		if end > len(r.data) {
			return false
		}
	}
	text := string(r.data[begin:end])
	start(n)
	for at := 0; at < len(text); {
		l := int(le.Uint16(r.data[begin+at:]))
		add(text[at+2:at+2+l], r.data[begin+at+2+l:begin+at+2+l+valueSize])
		at += 2 + l + valueSize
	}
	r.off = end
	return true
}
