// Package ner tags named entities (PER, ORG, LOC, MISC, the CoNLL-2003
// scheme) with IOB2 tags.
//
// The tagger is a structured averaged perceptron: emission scores come from
// tag/perceptron over hashed features (word, lowercase form, shape, affixes,
// a ±2 context window, capitalization in context, gazetteers built from the
// training data, and lists written as data: honorifics, organisation
// suffixes), transition scores from a small matrix, and Viterbi decoding
// that only allows valid IOB2 sequences (an I-X follows a B-X or an I-X).
// A document is tagged twice: the second pass adds to the first pass's
// scores features of the first pass's labels of the same words elsewhere in
// the document, so that a name tagged confidently once is tagged the same
// everywhere. Last, the labels are made consistent across the document:
// sentence-initial words that begin no names are trimmed, entities clearly
// typed otherwise elsewhere are retyped, missed repetitions of names are
// labeled, and first names join the surnames after them.
//
// Tagging adds up the same weights as the features name, but not one
// feature at a time: the scores of a word's own and context features are
// computed once per distinct word (and kept across documents in a bounded
// cache), those of the features with few values (capitalized runs,
// gazetteer matches, the second pass's label features) once per tagger.
//
// A second layer of rules, also data (data/*.tsv, data/*.txt; the patterns
// carry examples run as tests), refines the result for news about people:
// outlets, agencies and platforms become ORG with kind "outlet", "agency"
// or "platform"; titles of works found by patterns ("the movie X", "her
// single \"X,\"", "X (2018)") become MISC with kind "film", "song",
// "album", "show", "book", "play" or "work"; names after ages, titles and
// role words ("46-year-old X", "Princess X", "striker X") become PER; known
// places after place cues ("in Lyon") become LOC; names ending in an
// organisation or place word ("Arclight Software", "Millbrook County") are
// retyped. The pipeline stage applies this layer to Token.NER, and Spans
// returns the entities with their kinds.
package ner

// Labels are the IOB2 tags the tagger emits, by label id.
var labels = [...]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

// Entity types, by type id (labelType): 0 is no entity.
var types = [...]string{"", "PER", "ORG", "LOC", "MISC"}

const (
	nLabels = len(labels)
	start   = nLabels // row of the transition matrix for the sentence start
)

// Labels returns the IOB2 tags the tagger can emit.
func Labels() []string { return append([]string(nil), labels[:]...) }

// Label ids are never negative: the tests below read their bits instead
// of dividing with signs.
func isInside(y int) bool   { return y > 0 && y&1 == 0 }
func isBegin(y int) bool    { return y&1 == 1 }
func labelType(y int) int   { return int(uint(y+1) >> 1) }
func beginOf(t int) int     { return 2*t - 1 }
func insideOf(t int) int    { return 2 * t }
func typeName(y int) string { return types[labelType(y)] }

// validAfter reports whether label y may follow label prev (start for the
// first token) in IOB2.
func validAfter(prev, y int) bool {
	if !isInside(y) {
		return true
	}
	return prev != start && prev != 0 && labelType(prev) == labelType(y)
}

// labelID returns the id of an IOB2 tag, or -1.
func labelID(tag string) int {
	for i, l := range labels {
		if l == tag {
			return i
		}
	}
	return -1
}

// Entity type ids (typeID of the names), for the rules that test labels
// often.
const (
	typePER  = 1
	typeORG  = 2
	typeLOC  = 3
	typeMISC = 4
)

// typeID returns the id of an entity type name, or 0.
func typeID(t string) int {
	for i, n := range types {
		if i > 0 && n == t {
			return i
		}
	}
	return 0
}

// spanEnd is the end of the entity that begins at token i: the first token
// after i that does not continue it.
func spanEnd(labs []int, i int) int {
	j := i + 1
	for j < len(labs) && isInside(labs[j]) {
		j++
	}
	return j
}

// eachSpan calls fn with the sentence and the start and end (exclusive) of
// every span of entity type typ in labs.
func eachSpan(labs [][]int, typ int, fn func(si, i, j int)) {
	begin := beginOf(typ)
	for si, ys := range labs {
		for i := 0; i < len(ys); i++ {
			if ys[i] != begin {
				continue
			}
			j := spanEnd(ys, i)
			fn(si, i, j)
			i = j - 1
		}
	}
}

// eachEntity calls fn with the sentence and the start and end (exclusive)
// of every entity in labs, of any type, in order. fn may relabel the
// entity; the walk goes on after it.
func eachEntity(labs [][]int, fn func(si, i, j int)) {
	for si, ys := range labs {
		for i := 0; i < len(ys); i++ {
			if !isBegin(ys[i]) {
				continue
			}
			j := spanEnd(ys, i)
			fn(si, i, j)
			i = j - 1
		}
	}
}
