package ner

import (
	"context"
	"strings"
	"sync"

	"github.com/hearsay-news/hearsay/tag/perceptron"
)

// A Tagger is a trained named-entity tagger. It is safe for concurrent use.
type Tagger struct {
	name  string
	ext   extractor
	m1    *perceptron.Model // first pass
	m2    *perceptron.Model // second pass: document-level features, scores added to the first pass's; nil for a one-pass model
	tr1   transitions
	tr2   transitions
	free1 freeTable // tr1 for decoding
	free2 freeTable // tr2 for decoding
	lists *Lists
	cache *wordCache   // scores of words seen before
	fixed *fixedScores // scores of the features with few values
	spare sync.Pool    // *tagScratch of documents tagged before
}

// ready prepares a tagger whose models are final for tagging: it scores
// the features with few values and starts the word cache.
func (t *Tagger) ready() *Tagger {
	t.fixed = newFixedScores(t.m1, t.m2)
	t.free1.fill(&t.tr1)
	t.free2.fill(&t.tr2)
	t.cache = newWordCache()
	return t
}

// Name is the model's name ("conll", "open").
func (t *Tagger) Name() string { return t.name }

// Tag tags a document given as sentences of words and returns one IOB2 tag
// per word. Every tag sequence is valid IOB2. The words are the only input:
// nothing else about the text is used.
func (t *Tagger) Tag(ctx context.Context, sents [][]string) ([][]string, error) {
	ids, err := t.tagIDs(ctx, sents)
	if err != nil {
		return nil, err
	}
	return idsToTags(ids), nil
}

// TagRefined is Tag followed by the refinement layer the pipeline stage
// applies (outlets, works, people and place rules, places before a noun;
// see Spans).
func (t *Tagger) TagRefined(ctx context.Context, sents [][]string) ([][]string, error) {
	ids, info, err := t.tagIDsInfo(ctx, sents)
	if err != nil {
		return nil, err
	}
	t.placeModifiers(sents, ids)
	t.lists.refineInfo(sents, ids, info, capMarks(sents))
	return idsToTags(ids), nil
}

func idsToTags(ids [][]int) [][]string {
	n := 0
	for _, ys := range ids {
		n += len(ys)
	}
	all := make([]string, n)
	out := make([][]string, len(ids))
	for si, ys := range ids {
		out[si], all = all[:len(ys):len(ys)], all[len(ys):]
		for i, y := range ys {
			out[si][i] = labels[y]
		}
	}
	return out
}

// A tagScratch is the memory tagging one document needs besides its
// result, kept for the next document (Tagger.spare) instead of allocated
// again.
type tagScratch struct {
	sc    scorer
	d     document
	bufs  docBufs
	em1   [][]vec
	ems   []vec
	p1    []int
	votes []int
	buf   decodeBuf
	// the stage's words and their Lists.wordInfos, by sentence
	words       wordBufs
	info        []*patternWord
	infoBySent  [][]*patternWord
	out         []int     // the stage's labels
	outBySent   [][]int   // out by sentence
	marksBySent [][]int32 // the sentences' marks (marks)
}

// marks returns the marks of the sentences of sp's document
// (sentence.marks), valid until sp is released.
func (sp *tagScratch) marks() [][]int32 {
	sp.marksBySent = resize(sp.marksBySent, len(sp.d.sents))
	for si := range sp.d.sents {
		sp.marksBySent[si] = sp.d.sents[si].marks
	}
	return sp.marksBySent
}

// wordBufs are the memory of a document's words by sentence: one array
// of every sentence's words and the sentences cut from it.
type wordBufs struct {
	all    []string
	bySent [][]string
}

// maxSpareTokens is the size of the largest document whose scratch is kept:
// the maps of a larger one would make clearing them cost every later
// document more than allocating anew.
const maxSpareTokens = 1 << 14

// tagIDs runs both passes and returns label ids.
func (t *Tagger) tagIDs(ctx context.Context, sents [][]string) ([][]int, error) {
	out, _, err := t.tag(ctx, sents, false)
	return out, err
}

// tagIDsInfo is tagIDs that also returns the Lists.wordInfos of sents,
// taken from the scores of each distinct word instead of looked up again
// for every token.
func (t *Tagger) tagIDsInfo(ctx context.Context, sents [][]string) ([][]int, [][]*patternWord, error) {
	return t.tag(ctx, sents, true)
}

// tag is tagIDs, with the words' Lists.wordInfos when withInfo is set.
func (t *Tagger) tag(ctx context.Context, sents [][]string, withInfo bool) ([][]int, [][]*patternWord, error) {
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	sp := t.scratch()
	out, err := t.tagWith(ctx, sents, n, sp, false)
	var info [][]*patternWord
	if err == nil && withInfo {
		info = sp.wordInfos(n, false)
	}
	t.putScratch(sp, n)
	return out, info, err
}

// scratch returns memory for tagging a document, kept from one tagged
// before when there is one.
func (t *Tagger) scratch() *tagScratch {
	sp, _ := t.spare.Get().(*tagScratch)
	if sp == nil {
		sp = new(tagScratch)
	}
	return sp
}

// putScratch keeps sp, used for a document of n tokens, for the next
// document, unless the document was too large.
func (t *Tagger) putScratch(sp *tagScratch, n int) {
	if n <= maxSpareTokens {
		sp.release()
		t.spare.Put(sp)
	}
}

// wordInfos returns the Lists.wordInfos of the document of n tokens sp
// has just tagged; with keep, in sp's memory (valid until sp is released).
func (sp *tagScratch) wordInfos(n int, keep bool) [][]*patternWord {
	var all []*patternWord
	var out [][]*patternWord
	if keep {
		all, out = resize(sp.info, n), resize(sp.infoBySent, len(sp.d.sents))
		sp.info, sp.infoBySent = all, out
	} else {
		all, out = make([]*patternWord, n), make([][]*patternWord, len(sp.d.sents))
	}
	for si := range sp.d.sents {
		ids := sp.d.sents[si].ids
		out[si], all = all[:len(ids):len(ids)], all[len(ids):]
		for i, id := range ids {
			out[si][i] = sp.sc.words[id].info
		}
	}
	return out
}

// release lets go of the document's words, which the maps and sentences
// hold, keeping their memory.
func (sp *tagScratch) release() {
	sp.sc.forms.release()
	clear(sp.sc.words[:cap(sp.sc.words)])
	clear(sp.d.capMid)
	clear(sp.d.lowers)
	clear(sp.d.sents[:cap(sp.d.sents)])
	clear(sp.words.all[:cap(sp.words.all)])
	clear(sp.words.bySent[:cap(sp.words.bySent)])
	clear(sp.info[:cap(sp.info)])
	clear(sp.infoBySent[:cap(sp.infoBySent)])
}

// tagWith is tagIDs of a document of n tokens with the scratch memory sp.
// With keep, the labels are in sp's memory too (valid until sp is
// released); without, they are the caller's.
func (t *Tagger) tagWith(ctx context.Context, sents [][]string, n int, sp *tagScratch, keep bool) ([][]int, error) {
	sc := &sp.sc
	sc.reset(&t.ext, t.m1, t.m2, t.fixed, t.cache, sents)
	d := fillDocument(&sp.d, &sp.bufs, sents, sc)
	sp.em1, sp.ems, sp.p1 = resize(sp.em1, len(d.sents)), resize(sp.ems, n), resize(sp.p1, n)
	em1, ems := sp.em1, sp.ems
	p1 := splitLabels(sents, sp.p1)
	buf := &sp.buf
	for si := range d.sents {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		em1[si], ems = sc.emissions(d, si, ems[:len(sents[si]):len(sents[si])]), ems[len(sents[si]):]
		p1[si] = t.free1.decode(em1[si], buf, p1[si])
	}
	if t.m2 == nil {
		out := sp.labels(sents, n, keep)
		for si := range p1 {
			copy(out[si], p1[si])
		}
		harmonize(d, out, t.lists)
		return out, nil
	}
	stats := labelStats(d, p1)
	out := sp.labels(sents, n, keep)
	votes := sp.votes
	for si := range d.sents {
		votes = spanVotes(&d.sents[si], stats, p1[si], votes)
		sc.addPass2(d, stats, p1[si], votes, si, em1[si])
		out[si] = t.free2.decode(em1[si], buf, out[si])
	}
	sp.votes = votes
	harmonize(d, out, t.lists)
	return out, nil
}

// labels returns zeroed labels for the n tokens of sents, by sentence:
// with keep in sp's memory, else newly allocated.
func (sp *tagScratch) labels(sents [][]string, n int, keep bool) [][]int {
	if !keep {
		return splitLabels(sents, make([]int, n))
	}
	sp.out = resize(sp.out, n)
	clear(sp.out)
	sp.outBySent = resize(sp.outBySent, len(sents))
	all := sp.out
	for si, s := range sents {
		sp.outBySent[si], all = all[:len(s):len(s)], all[len(s):]
	}
	return sp.outBySent
}

// splitLabels cuts all into one slice of labels per sentence.
func splitLabels(sents [][]string, all []int) [][]int {
	out := make([][]int, len(sents))
	for si, s := range sents {
		out[si], all = all[:len(s):len(s)], all[len(s):]
	}
	return out
}

// harmonize makes a document's labels consistent: it retypes entities
// (retype) and labels missed repetitions of names found elsewhere
// (propagate).
func harmonize(d *document, labs [][]int, l *Lists) {
	trimFirst(d, labs, l)
	retype(d, labs)
	propagate(d, labs)
	firstNames(d, labs, l)
	wordGivenNames(d, labs, l)
}

// wordGivenNames joins a sentence's first word that is a given name and
// also an everyday word (data/word_names.txt) to the name of one or two
// words the tagger found right after it, as a person's name, when a
// subject's word follows the name: "May Chen and Tom Hale married",
// "Will Foster joined", "Grace Okafor, 34, said". "May God bless them"
// and "Will Congress act?" are left alone: there the name is followed by
// a verb's bare form, or is no person's or place's.
func wordGivenNames(d *document, labs [][]int, l *Lists) {
	per := typeID("PER")
	for si, ys := range labs {
		s := &d.sents[si]
		i := 0
		for i < len(ys) && isOpenQuote(s.words[i]) {
			i++
		}
		if i+2 >= len(ys) || s.capsLine || ys[i] != 0 || !l.wordNames[s.lower[i]] || !startsUpper(s.words[i]) || !isBegin(ys[i+1]) {
			continue
		}
		if t := labelType(ys[i+1]); t != per && t != typeID("LOC") {
			continue
		}
		j := spanEnd(ys, i+1)
		if j-i-1 > 2 || j >= len(ys) || !subjectFollows(s.words[j]) {
			continue
		}
		setSpan(ys, i, j, per)
	}
}

// subjectFollows reports whether a word can follow a sentence's subject
// but not the subject of a question or wish opened by a modal: a
// connective or punctuation, a possessive, or a verb in the past or the
// third person ("joined", "says"; not "bless", "act").
func subjectFollows(w string) bool {
	switch w {
	case "and", ",", "(", "'s", "’s", "said", "told", "was", "is", "has", "had", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does":
		return true
	}
	if !isLowerWord(w) || len(w) < 4 {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// firstNames joins a capitalized word left outside entities to the person
// name right after it ("Ingrid" + "Castellano"), unless the word is also
// written in lowercase in the document or is a title.
func firstNames(d *document, labs [][]int, l *Lists) {
	per := beginOf(typeID("PER"))
	for si, ys := range labs {
		s := &d.sents[si]
		for _, m := range s.marks { // the capitalized words are among them
			i := int(m)
			if i+1 < len(ys) && ys[i] == 0 && ys[i+1] == per && startsUpper(s.words[i]) && hasLetter(s.words[i]) && !s.capsLine &&
				!d.lowerAt(s, i) && !l.isRoleLower(s.lower[i]) && !l.titles[s.words[i]] && !l.notNames[s.lower[i]] &&
				(i == 0 || !startsUpper(s.words[i-1])) && !(i+2 < len(ys) && isInside(ys[i+2])) {
				ys[i], ys[i+1] = per, insideOf(typeID("PER"))
			}
		}
	}
}

// trimFirst takes off an entity's first word when it starts the sentence
// and is written in lowercase elsewhere in the document or is a word that
// does not begin names (data/not_names.txt): "Are Sienna Vale and ..." →
// "Sienna Vale".
func trimFirst(d *document, labs [][]int, l *Lists) {
	for si, ys := range labs {
		s := &d.sents[si]
		if len(ys) > 1 && isBegin(ys[0]) && isInside(ys[1]) && !s.capsLine && (d.lowerAt(s, 0) || l.notNames[s.lower[0]]) {
			ys[0], ys[1] = 0, beginOf(labelType(ys[1]))
		}
	}
}

// maxPropagate is the longest name, in tokens, that propagate copies.
const maxPropagate = 4

// propagate labels a run of capitalized words left outside entities when
// the same words form an entity elsewhere in the document, mostly of one
// type ("Millepied" missed once, found as PER twice).
func propagate(d *document, labs [][]int) {
	counts := make(map[string]*[len(types)]int32, len(d.sents)) // about the names of an article
	var slab [][len(types)]int32                                // the counts, allocated together
	count := func(name string, typ int) {
		c := counts[name]
		if c == nil {
			if len(slab) == cap(slab) {
				slab = make([][len(types)]int32, 0, 32)
			}
			slab = append(slab, [len(types)]int32{})
			c = &slab[len(slab)-1]
			counts[name] = c
		}
		c[typ]++
	}
	var textBuf [1024]byte
	var endBuf, valBuf [64]int32
	names := nameBatch{text: textBuf[:0], ends: endBuf[:0], vals: valBuf[:0]} // names of more than one word
	for si, ys := range labs {
		ws := d.sents[si].words
		for i := 0; i < len(ys); {
			if !isBegin(ys[i]) {
				i++
				continue
			}
			j := spanEnd(ys, i)
			switch {
			case j-i == 1:
				count(ws[i], labelType(ys[i]))
			case j-i <= maxPropagate:
				names = names.add(ws[i:j], labelType(ys[i]))
			}
			i = j
		}
	}
	names.each(count)
	var keyBuf [64]byte
	key := keyBuf[:0]
	if len(counts) == 0 {
		return
	}
	for si, ys := range labs {
		s := &d.sents[si]
		next := 0                   // the first token not in a name labeled here
		for _, m := range s.marks { // the capitalized words are among them
			i := int(m)
			if i < next || ys[i] != 0 || !startsUpper(s.words[i]) || (i == 0 && d.lowerAt(s, i)) || (i > 1 && startsUpper(s.words[i-1])) {
				continue
			}
			for n := min(maxPropagate, len(ys)-i); n >= 1; n-- {
				if ys[i+n-1] != 0 || (i+n < len(ys) && startsUpper(s.words[i+n])) {
					continue // part of a longer name
				}
				key = joinWords(key[:0], s.words[i:i+n])
				if t := nameType(counts[string(key)]); t > 0 && allTypes(ys[i:i+n], 0) {
					setSpan(ys, i, i+n, t)
					next = i + n
					break
				}
			}
		}
	}
}

// nameType returns the type a name's counts give it, the type of at least
// two thirds of its uses, or 0 for none (or for no counts).
func nameType(c *[len(types)]int32) int {
	if c == nil {
		return 0
	}
	best, total := 1, int32(0)
	for t := 1; t < len(types); t++ {
		total += c[t]
		if c[t] > c[best] {
			best = t
		}
	}
	if 3*c[best] >= 2*total {
		return best
	}
	return 0
}

// retype retypes an entity when its words were given another type
// clearly more often elsewhere in the document ("Portman" tagged LOC once
// and PER ten times). The spans stay as they are.
func retype(d *document, labs [][]int) {
	stats := labelStats(d, labs)
	for si := range d.sents {
		s, ys := &d.sents[si], labs[si]
		for i := 0; i < len(ys); {
			if !isBegin(ys[i]) {
				i++
				continue
			}
			j := spanEnd(ys, i)
			var sum [len(types)]int32
			for k := i; k < j; k++ {
				if o, ok := otherLabels(s, stats, ys, k); ok {
					for t := range sum {
						sum[t] += o[t]
					}
				}
			}
			own, best := labelType(ys[i]), labelType(ys[i])
			for t := 1; t < len(types); t++ {
				if sum[t] > sum[best] {
					best = t
				}
			}
			if best != own && sum[best] >= 3 && sum[best] >= 4*(sum[own]+1) {
				setSpan(ys, i, j, best)
			}
			i = j
		}
	}
}

// emissions scores every token's features with m into em (reused when
// large enough).
func emissions(m *perceptron.Model, feats [][]perceptron.Feature, em [][nLabels]float32) [][nLabels]float32 {
	if cap(em) < len(feats) {
		em = make([][nLabels]float32, len(feats))
	}
	em = em[:len(feats)]
	for i, f := range feats {
		m.Scores(f, em[i][:])
	}
	return em
}
