package fact

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"

	"github.com/hearsay-news/hearsay/entity"
	"github.com/hearsay-news/hearsay/lexicon"
)

// slot names a variable of a pattern.
type slot int

const (
	slotNone slot = iota
	slotA
	slotB
	slotAB
	slotPlace
	slotOrg
	slotWork
	slotRole
	slotRel
	slotNat
	slotKids
	slotN
	slotOcc
	slotP // a person passed over, not an argument ("cheated on {P} with {B}")
	numSlots
)

var slotNames = map[string]slot{
	"A": slotA, "B": slotB, "AB": slotAB, "PLACE": slotPlace, "ORG": slotOrg, "WORK": slotWork,
	"ROLE": slotRole, "REL": slotRel, "NAT": slotNat, "KIDS": slotKids, "N": slotN, "OCC": slotOcc,
	"P": slotP,
}

type elemKind uint8

const (
	elemWord elemKind = iota
	elemSlot
	elemGap
	elemGroup
)

// An elem is one element of a pattern. The fields a match tries first
// (kind, optional, firstBits, slot, altIDs) come first.
type elem struct {
	kind      elemKind
	optional  bool
	long      bool // elemGap: a long gap, which also passes over names of things and clauses (see matcher.gap)
	firstApos bool
	// firstBits has bit id%256 set for each id of firstIDs, and of "'"
	// and "s" with firstApos: most words are turned down by it without a
	// search.
	firstBits [4]uint64
	slot      slot    // elemSlot
	altIDs    [][]int // elemWord: alts as numbers of a needIndex
	gap       int     // elemGap: most tokens skipped
	// firstIDs are the distinct numbers of the alts' first tokens, in
	// increasing order, and firstApos tells whether one of them is "'s"
	// (see elem.startsAt).
	firstIDs []int
	alts     [][]string // elemWord: alternatives, each a sequence of tokens
	group    []elem     // elemGroup
}

// An argSpec says where one argument of the fact comes from.
type argSpec struct {
	slot    slot   // slotNone for a literal or a missing argument
	second  bool   // for slotAB: the second person
	literal string // a fixed literal argument
	missing bool   // "?": the text leaves this argument out
}

// A pattern is one line of patterns.tsv.
//
// The fields a match reads first (see sent.matchFrom) come first, in the
// pattern's first cache line.
type pattern struct {
	elems []elem
	// needSets are needIDs each sorted without repeats (see hasID).
	needSets [][]int
	// wordSlot is, for a pattern that opens with an optional word and
	// then a slot that must match, that slot, else slotNone: a match
	// starts only where the word may stand or the slot matches (see
	// matchFrom).
	wordSlot slot
	// slotAfter is, for a pattern that opens with a word that must match,
	// each of whose forms is one token, and then a slot that must match,
	// that slot, else slotNone: a match starts only where the slot matches
	// right after the word (see matchFrom).
	slotAfter slot
	typ       string
	args      []argSpec
	cross     bool // "AB*KIDS": one fact per parent and child
	opts      options
	line      string     // file:line, kept as the fact's rule
	needs     [][]string // for each required word of the pattern, the first tokens of its alternatives
	// needIDs are needs as indexes of a needIndex, so that viable tests
	// bits instead of looking words up.
	needIDs [][]int
	// keyIDs are, for each required word of the pattern, the needIndex
	// numbers of one token of each of its alternatives, the rarest: a
	// sentence holds one of them wherever the word matches, as every
	// token of the alternative matched is a unit's word (see keyTokens).
	keyIDs [][]int
	// needSlots are the slots other than people that the pattern requires
	// (see slotPresent).
	needSlots []slot
	// personLead is, for a pattern that requires a person after its first
	// element, the fewest units a match holds before the last such person
	// slot, else -1: a plain match starts at most that many units before
	// the sentence's last person (see sent.plainLimit).
	personLead int
	// needLead is the fewest units a match holds before its first
	// required word: a plain match starts at most that many units before
	// the last place the word may stand (see sent.startLimit).
	needLead int
}

// computeNeeds lists the words a sentence must contain for the pattern to
// match (its required word elements), to skip patterns quickly.
func (p *pattern) computeNeeds() {
	if len(p.elems) >= 2 && p.elems[0].kind == elemWord && !p.elems[0].optional && oneTokenAlts(p.elems[0].alts) && p.elems[1].kind == elemSlot && !p.elems[1].optional {
		p.slotAfter = p.elems[1].slot
	}
	if len(p.elems) >= 2 && p.elems[0].kind == elemWord && p.elems[0].optional && p.elems[1].kind == elemSlot && !p.elems[1].optional {
		p.wordSlot = p.elems[1].slot
	}
	p.personLead, p.needLead = personLead(p.elems), wordLead(p.elems)
	for _, e := range p.elems {
		if e.kind == elemSlot && !e.optional && !personSlots[e.slot] && !slices.Contains(p.needSlots, e.slot) {
			p.needSlots = append(p.needSlots, e.slot)
		}
		if e.kind != elemWord || e.optional {
			continue
		}
		var firsts []string
		for _, alt := range e.alts {
			firsts = append(firsts, alt[0])
			if alt[0] == "'s" {
				firsts = append(firsts, "'", "s")
			}
		}
		p.needs = append(p.needs, firsts)
	}
}

// personLead returns, for elements that require a person slot after the
// first, the fewest units a match of them holds before the last such slot:
// one for each required word (a word matches one unit or more) and each
// required slot (every option of a slot spans one unit or more) before it,
// nothing for other elements; -1 when no person slot is required after the
// first element.
func personLead(elems []elem) int {
	lead, units := -1, 0
	for i, e := range elems {
		if e.optional {
			continue
		}
		if e.kind == elemSlot && personSlots[e.slot] && i > 0 {
			lead = units
		}
		if e.kind == elemWord || e.kind == elemSlot {
			units++
		}
	}
	return lead
}

// wordLead returns the fewest units a match of elems holds before its
// first required word: one for each required slot before it (see
// personLead), nothing for other elements; 0 when no word is required.
func wordLead(elems []elem) int {
	units := 0
	for _, e := range elems {
		switch {
		case e.optional:
		case e.kind == elemWord:
			return units
		case e.kind == elemSlot:
			units++
		}
	}
	return 0
}

// oneTokenAlts reports whether each alternative of a word element is one
// token.
func oneTokenAlts(alts [][]string) bool {
	for _, alt := range alts {
		if len(alt) != 1 {
			return false
		}
	}
	return true
}

// A needIndex numbers the words patterns need (their needs), so that a
// sentence's words are looked up once for all patterns.
type needIndex map[string]int

// indexNeeds numbers the needed words of patterns and fills their needIDs,
// then numbers every other token of their word elements and fills the
// elements' altIDs.
func indexNeeds(patterns []*pattern) needIndex {
	idx := needIndex{}
	for _, p := range patterns {
		p.needIDs = make([][]int, len(p.needs))
		p.needSets = make([][]int, len(p.needs))
		for g, alts := range p.needs {
			for _, w := range alts {
				p.needIDs[g] = append(p.needIDs[g], idx.number(w))
			}
			p.needSets[g] = idSet(p.needIDs[g])
		}
	}
	for _, w := range []string{"'s", "'", "s"} {
		idx.number(w)
	}
	for _, p := range patterns {
		numberElems(idx, p.elems, newIDBlock(p.elems))
	}
	keyTokens(patterns, idx)
	return idx
}

// keyTokens fills the keyIDs of patterns: for each alternative of a
// required word, the token of it that the fewest patterns require, a
// common word of text (commonWords) only when the alternative holds no
// other. "'s" stands for the units "'s", "'" and "s" (see wordEq).
func keyTokens(patterns []*pattern, idx needIndex) {
	uses := make([]int, len(idx)) // by needIndex id: how many required alternatives hold it
	for _, p := range patterns {
		forRequired(p, func(alt []int) {
			for _, id := range alt {
				uses[id]++
			}
		})
	}
	common := make([]bool, len(idx))
	for w, id := range idx {
		common[id] = commonWords[w]
	}
	aposS, apos, s := idx["'s"], idx["'"], idx["s"]
	for _, p := range patterns {
		p.keyIDs = nil
		forRequiredElem(p, func(e *elem) {
			var ids []int
			for _, alt := range e.altIDs {
				best := alt[0]
				for _, id := range alt[1:] {
					if keyWeight(id, uses, common, aposS) < keyWeight(best, uses, common, aposS) {
						best = id
					}
				}
				ids = append(ids, best)
				if best == aposS {
					ids = append(ids, apos, s)
				}
			}
			p.keyIDs = append(p.keyIDs, idSet(ids))
		})
	}
}

// keyWeight orders the tokens of an alternative for keyTokens: "'s" last,
// then common words, then by how many alternatives hold the token.
func keyWeight(id int, uses []int, common []bool, aposS int) int {
	w := uses[id]
	if common[id] {
		w += commonWeight
	}
	if id == aposS {
		w += 2 * commonWeight
	}
	return w
}

// forRequiredElem calls f with each required word element of p (see
// computeNeeds), in order.
func forRequiredElem(p *pattern, f func(e *elem)) {
	for i := range p.elems {
		if e := &p.elems[i]; e.kind == elemWord && !e.optional {
			f(e)
		}
	}
}

// forRequired calls f with the alternatives of each required word element
// of p, as needIndex numbers.
func forRequired(p *pattern, f func(alt []int)) {
	forRequiredElem(p, func(e *elem) {
		for _, alt := range e.altIDs {
			f(alt)
		}
	})
}

// idSet returns ids sorted without repeats.
func idSet(ids []int) []int {
	out := slices.Clone(ids)
	slices.Sort(out)
	return slices.Compact(out)
}

// hasID reports whether the set ids (see idSet) holds id.
func hasID(ids []int, id int) bool {
	if len(ids) <= 8 {
		for _, x := range ids {
			if x >= id {
				return x == id
			}
		}
		return false
	}
	_, ok := slices.BinarySearch(ids, id)
	return ok
}

// startsAt reports whether one of the alternatives of word element e may
// match at unit u, by its first token alone (see sent.idsAt): the unit's
// word is the first token of one, or the unit matches "'s" and one opens
// with it. m is the sentence's memo.
func (e *elem) startsAt(m *memoBuf, u int) bool {
	if u >= len(m.need) {
		return false
	}
	id := uint(m.need[u]) // -1, for none, is turned down by hasID
	return e.firstBits[id>>6&3]>>(id&63)&1 != 0 && (m.possS[u] && e.firstApos || hasID(e.firstIDs, m.need[u]))
}

// number returns the number of word w, numbering it if it has none.
func (idx needIndex) number(w string) int {
	id, ok := idx[w]
	if !ok {
		id = len(idx)
		idx[w] = id
	}
	return id
}

// numberElems fills the altIDs and firstIDs of the word elements among
// elems and their groups, out of b.
func numberElems(idx needIndex, elems []elem, b *idBlock) {
	for i := range elems {
		e := &elems[i]
		switch e.kind {
		case elemWord:
			e.altIDs = b.newLists(len(e.alts))
			var firsts []int
			for a, alt := range e.alts {
				start := len(b.ids)
				for _, w := range alt {
					b.ids = append(b.ids, idx.number(w))
				}
				e.altIDs[a] = b.ids[start:len(b.ids):len(b.ids)]
				firsts = append(firsts, e.altIDs[a][0])
			}
			start := len(b.ids)
			b.ids = append(b.ids, idSet(firsts)...)
			e.firstIDs = b.ids[start:len(b.ids):len(b.ids)]
			e.firstApos = slices.Contains(firsts, idx["'s"])
			bitIDs := e.firstIDs
			if e.firstApos {
				bitIDs = append(slices.Clone(bitIDs), idx["'"], idx["s"]) // the units that match "'s" (see memoBuf.possS)
			}
			for _, id := range bitIDs {
				e.firstBits[id>>6&3] |= 1 << (id & 63)
			}
		case elemGroup:
			numberElems(idx, e.group, b)
		}
	}
}

// An idBlock hands out the id lists of one pattern's word elements (their
// altIDs and firstIDs) from one block of memory, element after element, so
// that a match reads the ids of a pattern from a few cache lines rather
// than from as many places as the pattern has alternatives.
type idBlock struct {
	ids   []int
	lists [][]int
}

// newIDBlock returns a block with room for the id lists of the word
// elements among elems and their groups.
func newIDBlock(elems []elem) *idBlock {
	ids, lists := idRoom(elems)
	return &idBlock{ids: make([]int, 0, ids), lists: make([][]int, 0, lists)}
}

// idRoom returns how many ids and how many lists of ids the word elements
// among elems and their groups hold (see numberElems).
func idRoom(elems []elem) (ids, lists int) {
	for i := range elems {
		switch e := &elems[i]; e.kind {
		case elemWord:
			lists += len(e.alts)
			ids += len(e.alts) // firstIDs
			for _, alt := range e.alts {
				ids += len(alt)
			}
		case elemGroup:
			gi, gl := idRoom(e.group)
			ids, lists = ids+gi, lists+gl
		}
	}
	return ids, lists
}

// newLists returns n empty lists of ids of the block, to be filled.
func (b *idBlock) newLists(n int) [][]int {
	start := len(b.lists)
	for range n {
		b.lists = append(b.lists, nil)
	}
	return b.lists[start:len(b.lists):len(b.lists)]
}

// A patternIndex keys each pattern on its one or two key elements and
// holds, for each needed word, the set of the patterns keyed on it (as the
// first or the second key), so that a sentence tries only the patterns
// whose key elements it may match: the sets of its words are joined a
// machine word at a time.
type patternIndex struct {
	// keyWords holds, by needIndex id and key rank (first, second), the
	// set of the patterns keyed on the word at that rank, as the machine
	// words of a set of patterns in order that have bits set; the sets of
	// id are keyWords[keyAt[2*id]:keyAt[2*id+1]] (first) and
	// keyWords[keyAt[2*id+1]:keyAt[2*id+2]] (second), one after another
	// in one array, so that a sentence's words read few cache lines.
	keyAt    []int32
	keyWords []setWord
	// single is the set of the patterns with one key element, always
	// the set of those that require no word.
	single, always []uint64
	words          int // the length of the sets, in machine words
	// filters holds, pattern after pattern in order, what the tests a
	// candidate meets before it is matched read of it (see patFilter), so
	// that they read one or two cache lines of one array instead of the
	// pattern's own slices, each somewhere else in memory; filterAt[i] is
	// where pattern i's filter starts, filterAt[len(patterns)] the end.
	filters  []int32
	filterAt []int32
}

// A patFilter is what the tests before a pattern is matched read of it, as
// numbers: the offsets of its slots and its needs, then
//
//	rest:  the keyIDs of its elements that are not keys (see viable), each as
//	       its length and its ids
//	slots: its needSlots (see sent.slotPresent)
//	needs: its needSets, last first (see sent.startLimit), each as its
//	       length and its ids
type patFilter []int32

// newPatFilter lays out the filter of a pattern with needSlots slots,
// needSets needs and the keyIDs rest of its elements that are not keys.
func newPatFilter(rest [][]int, slots []slot, needs [][]int) patFilter {
	f := patFilter{0, 0}
	for _, ids := range rest {
		f = appendIDGroup(f, ids)
	}
	f[0] = int32(len(f))
	for _, sl := range slots {
		f = append(f, int32(sl))
	}
	f[1] = int32(len(f))
	for g := len(needs) - 1; g >= 0; g-- {
		f = appendIDGroup(f, needs[g])
	}
	return f
}

// appendIDGroup appends to f the length of ids and ids.
func appendIDGroup(f patFilter, ids []int) patFilter {
	f = append(f, int32(len(ids)))
	for _, id := range ids {
		f = append(f, int32(id))
	}
	return f
}

// slots returns the filter's needSlots.
func (f patFilter) slots() []int32 { return f[f[0]:f[1]] }

// filter returns the filter of pattern i.
func (idx *patternIndex) filter(i int) patFilter {
	return patFilter(idx.filters[idx.filterAt[i]:idx.filterAt[i+1]])
}

// indexPatterns keys each pattern on the (at most two) required word
// elements that a sentence is least likely to hold: those whose forms the
// fewest patterns need, a word many patterns need ("with", "in", ",")
// being a common word of text too.
func indexPatterns(patterns []*pattern, needs needIndex) patternIndex {
	n := len(needs)
	common := make([]bool, n) // by needed word: whether most sentences hold it
	for w, id := range needs {
		common[id] = commonWords[w]
	}
	words := (len(patterns) + 63) / 64
	idx := patternIndex{single: make([]uint64, words), always: make([]uint64, words), words: words}
	var keys [2][][]setWord // by rank and id, made flat into keyAt and keyWords at the end
	keys[0], keys[1] = make([][]setWord, n), make([][]setWord, n)
	uses := make([]int, n) // by needed word: how many patterns need it
	for _, p := range patterns {
		for _, ids := range p.keyIDs {
			for _, id := range ids {
				uses[id]++
			}
		}
	}
	weight := func(ids []int) int {
		w := 0
		for _, id := range ids {
			w += uses[id]
			if common[id] {
				w += commonWeight
			}
		}
		return w
	}
	for i, p := range patterns {
		order := make([]int, len(p.keyIDs)) // the pattern's elements, lightest first
		for g := range order {
			order[g] = g
		}
		slices.SortStableFunc(order, func(a, b int) int { return weight(p.keyIDs[a]) - weight(p.keyIDs[b]) })
		switch len(order) {
		case 0:
			setBit(idx.always, i)
		case 1:
			setBit(idx.single, i)
		}
		var rest [][]int // the keyIDs of the elements that are not keys
		for _, g := range order[min(2, len(order)):] {
			rest = append(rest, p.keyIDs[g])
		}
		idx.filterAt = append(idx.filterAt, int32(len(idx.filters)))
		idx.filters = append(idx.filters, newPatFilter(rest, p.needSlots, p.needSets)...)
		for k, g := range order[:min(2, len(order))] {
			for _, id := range p.keyIDs[g] {
				keys[k][id] = addToSet(keys[k][id], i)
			}
		}
	}
	idx.filterAt = append(idx.filterAt, int32(len(idx.filters)))
	idx.keyAt = make([]int32, 0, 2*n+1)
	for id := range n {
		idx.keyAt = append(idx.keyAt, int32(len(idx.keyWords)))
		idx.keyWords = append(idx.keyWords, keys[0][id]...)
		idx.keyAt = append(idx.keyAt, int32(len(idx.keyWords)))
		idx.keyWords = append(idx.keyWords, keys[1][id]...)
	}
	idx.keyAt = append(idx.keyAt, int32(len(idx.keyWords)))
	return idx
}

// setBit adds i to the set of bits set.
func setBit(set []uint64, i int) { set[i/64] |= 1 << (i % 64) }

// A setWord is one machine word of a set of bits: its number and its bits.
type setWord struct {
	at   int
	bits uint64
}

// addToSet adds i to set, whose words are in increasing order and i no
// lower than any bit of it.
func addToSet(set []setWord, i int) []setWord {
	if n := len(set); n > 0 && set[n-1].at == i/64 {
		set[n-1].bits |= 1 << (i % 64)
		return set
	}
	return append(set, setWord{at: i / 64, bits: 1 << (i % 64)})
}

// commonWords are words most sentences of news hold: a pattern keyed on
// one is tried in most sentences, so patterns are keyed on others when
// they need others.
var commonWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "and": true, ",": true, ".": true,
	"'s": true, "'": true, "s": true, "as": true, "with": true, "at": true, "from": true, "for": true, "on": true,
	"by": true, "was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true,
	"been": true, "his": true, "her": true, "their": true, "he": true, "she": true, "they": true, "that": true,
	"who": true, "will": true, "after": true, "said": true, "it": true, "be": true, "not": true,
}

// commonWeight is what a common word adds to the weight of a pattern's
// element (see indexPatterns): more than any count of patterns.
const commonWeight = 1 << 20

// candidates returns in list, in increasing order, the candidate patterns
// for a sentence that holds the present words (needIndex ids, each once):
// those whose key elements one of the words may match, and those that
// require no word. buf is room for two sets (see candidateBuf).
func (idx patternIndex) candidates(present []int, buf []uint64, list []int) []int {
	first, second := buf[:idx.words], buf[idx.words:2*idx.words]
	clear(first)
	clear(second)
	for _, id := range present {
		at := idx.keyAt[2*id : 2*id+3 : 2*id+3]
		orInto(first, idx.keyWords[at[0]:at[1]])
		orInto(second, idx.keyWords[at[1]:at[2]])
	}
	list = list[:0]
	for w := range first {
		c := first[w]&(second[w]|idx.single[w]) | idx.always[w]
		for c != 0 {
			list = append(list, w*64+bits.TrailingZeros64(c))
			c &= c - 1
		}
	}
	return list
}

// orInto adds the bits of set to dst.
func orInto(dst []uint64, set []setWord) {
	for _, w := range set {
		dst[w.at] |= w.bits
	}
}

// candidateBuf is the length of the buffer candidates takes.
func (idx patternIndex) candidateBuf() int { return 2 * idx.words }

// viable reports whether a sentence can match candidate pattern i (see
// candidates), given which of the needed words it contains (see
// memoBuf.present): its key elements are known to be present, so only the
// others are tested.
func (idx patternIndex) viable(i int, present []uint64) bool {
	return idx.filter(i).viable(present)
}

// viable is patternIndex.viable of the filter's pattern.
func (f patFilter) viable(present []uint64) bool {
	end := int(f[0])
	for k := 2; k < end; {
		n := int(f[k])
		ids := f[k+1 : k+1+n]
		k += 1 + n
		ok := false
		for _, id := range ids {
			if u := uint32(id); present[u/64]&(1<<(u%64)) != 0 {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// allPresent reports whether present holds one of the ids of each group.
func allPresent(groups [][]int, present []uint64) bool {
	for _, ids := range groups {
		ok := false
		for _, id := range ids {
			if present[id/64]&(1<<(id%64)) != 0 {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// has reports whether the pattern sets option opt, with a value or not.
func (p *pattern) has(opt string) bool {
	_, ok := p.opts.get(opt)
	return ok
}

// opt returns the value of the pattern's option opt, "" when not set.
func (p *pattern) opt(opt string) string {
	v, _ := p.opts.get(opt)
	return v
}

// patternOptions are the keys a pattern's options may set, each told in the
// header of data/patterns.tsv; any other key is a slip in the data ("stat"
// for "state") that would otherwise be ignored, so loading fails on it.
var patternOptions = map[string]bool{
	"academic": true, "alone": true, "also": true, "anniversary": true, "announce": true, "band": true, "bare": true, "birth": true,
	"building": true, "byname": true, "children": true, "claim": true, "country": true, "dated": true, "deceased": true,
	"denial": true, "elided": true, "end": true, "holder": true, "intrans": true, "its": true, "job": true, "lede": true, "lower": true, "minor": true,
	"mod": true, "named": true, "nameline": true, "opening": true, "neg": true, "newborn": true, "newpost": true, "nocountry": true, "nogenre": true, "nonews": true, "nonneg": true, "notappos": true, "notsaid": true,
	"notchild": true, "notnext": true, "now": true, "org": true, "partner": true, "party": true, "place": true, "polity": true,
	"possessed": true, "present": true, "principal": true, "prior": true, "rank": true, "ranked": true, "recent": true, "school": true, "self": true, "senate": true, "src": true,
	"start": true, "state": true, "stateoffice": true, "stay": true, "street": true, "surname": true, "subject": true, "taking": true, "team": true, "timeline": true, "titles": true, "today": true, "trade": true, "trigger": true,
	"unnamed": true, "venue": true, "occasion": true,
}

// options are a pattern's options (the fourth field of its line), in the
// order first given: a pattern sets few, so a scan finds one sooner than a
// hash lookup would.
type options []patOption

// A patOption is one key of a pattern's options with its value ("" for a
// bare key).
type patOption struct{ key, val string }

// get returns the value of option key and whether it is set.
func (o options) get(key string) (string, bool) {
	for i := range o {
		if o[i].key == key {
			return o[i].val, true
		}
	}
	return "", false
}

// set gives option key the value val, the last value of a key given twice
// being the one kept.
func (o *options) set(key, val string) {
	for i := range *o {
		if (*o)[i].key == key {
			(*o)[i].val = val
			return
		}
	}
	*o = append(*o, patOption{key, val})
}

func loadPatterns() ([]*pattern, error) {
	lines, err := lexicon.Load(dataFS, "data/patterns.tsv")
	if err == nil {
		err = lexicon.Unique(lines)
	}
	if err != nil {
		return nil, fmt.Errorf("fact: %w", err)
	}
	classes, err := loadWordClasses()
	if err != nil {
		return nil, err
	}
	var out []*pattern
	for _, l := range lines {
		if len(l.Fields) >= 3 {
			expanded, err := expandClasses(l.Fields[2], classes)
			if err != nil {
				return nil, fmt.Errorf("fact: %w", l.Errorf("%v", err))
			}
			l.Fields = slices.Clone(l.Fields)
			l.Fields[2] = expanded
		}
		p, err := parsePattern(l)
		if err != nil {
			return nil, fmt.Errorf("fact: %w", err)
		}
		out = append(out, p)
	}
	return out, nil
}

// loadWordClasses reads data/classes.tsv: the named word classes that a
// pattern writes as @name among the alternatives of a word ("the @orgnoun
// 's {ROLE}"), and the classes of the entity package's kinship nouns as
// kinCLASS ("@kinspouse").
func loadWordClasses() (map[string]string, error) {
	lines, err := lexicon.Table(dataFS, "data/classes.tsv", 2)
	if err != nil {
		return nil, fmt.Errorf("fact: %w", err)
	}
	classes := make(map[string]string, len(lines))
	for _, l := range lines {
		classes[l.Fields[0]] = l.Fields[1]
	}
	kin, err := entity.KinClasses()
	if err != nil {
		return nil, fmt.Errorf("fact: %w", err)
	}
	for c, words := range kin {
		alts := make([]string, len(words))
		for i, w := range words {
			alts[i] = strings.ReplaceAll(w, " ", "_")
		}
		classes["kin"+c] = strings.Join(alts, "|") // @kinspouse: hubby, missus, better_half, ...
	}
	return classes, nil
}

// expandClasses replaces each @name among the alternatives of a pattern's
// words by the words of that class, keeping a trailing "?" of the element.
func expandClasses(pat string, classes map[string]string) (string, error) {
	if !strings.Contains(pat, "@") {
		return pat, nil
	}
	toks := strings.Fields(pat)
	for i, t := range toks {
		if !strings.Contains(t, "@") {
			continue
		}
		opt := ""
		if len(t) > 1 && strings.HasSuffix(t, "?") {
			t, opt = t[:len(t)-1], "?"
		}
		alts := strings.Split(t, "|")
		for k, a := range alts {
			if !strings.HasPrefix(a, "@") {
				continue
			}
			words, ok := classes[a[1:]]
			if !ok {
				return "", fmt.Errorf("unknown word class %q", a)
			}
			alts[k] = words
		}
		toks[i] = strings.Join(alts, "|") + opt
	}
	return strings.Join(toks, " "), nil
}

func parsePattern(l lexicon.Line) (*pattern, error) {
	if len(l.Fields) < 3 || len(l.Fields) > 4 {
		return nil, l.Errorf("want 3 or 4 tab-separated fields, got %d", len(l.Fields))
	}
	if _, ok := typeOf(l.Fields[0]); !ok {
		return nil, l.Errorf("unknown fact type %q", l.Fields[0])
	}
	p := &pattern{typ: l.Fields[0], line: l.Pos()}
	if err := p.parseArgs(l.Fields[1]); err != nil {
		return nil, l.Errorf("%v", err)
	}
	elems, rest, err := parseElems(strings.Fields(l.Fields[2]), false)
	if err != nil || len(rest) > 0 {
		if err == nil {
			err = fmt.Errorf("unbalanced ')'")
		}
		return nil, l.Errorf("%v", err)
	}
	p.elems = elems
	p.computeNeeds()
	if len(l.Fields) == 4 {
		for _, o := range strings.Split(l.Fields[3], ",") {
			o = strings.TrimSpace(o)
			if o == "" {
				continue
			}
			k, v, _ := strings.Cut(o, "=")
			if !patternOptions[k] {
				return nil, l.Errorf("unknown option %q", k)
			}
			p.opts.set(k, v)
		}
	}
	return p, nil
}

func (p *pattern) parseArgs(s string) error {
	for _, a := range strings.Split(s, ",") {
		a = strings.TrimSpace(a)
		switch {
		case a == "?":
			p.args = append(p.args, argSpec{missing: true})
		case a == "AB":
			p.args = append(p.args, argSpec{slot: slotAB}, argSpec{slot: slotAB, second: true})
		case a == "AB*KIDS":
			p.cross = true
			p.args = append(p.args, argSpec{slot: slotAB}, argSpec{slot: slotKids})
		case a == "A*KIDS":
			p.cross = true
			p.args = append(p.args, argSpec{slot: slotA}, argSpec{slot: slotKids})
		case strings.HasPrefix(a, "'") && strings.HasSuffix(a, "'") && len(a) > 2:
			p.args = append(p.args, argSpec{literal: a[1 : len(a)-1]})
		default:
			sl, ok := slotNames[a]
			if !ok {
				return fmt.Errorf("unknown argument %q", a)
			}
			p.args = append(p.args, argSpec{slot: sl})
		}
	}
	info, _ := typeOf(p.typ)
	if want := len(info.kinds); len(p.args) != want {
		return fmt.Errorf("%s takes %d arguments, pattern gives %d", p.typ, want, len(p.args))
	}
	return nil
}

// parseElems parses tokens up to the end or an unmatched ")" / ")?".
func parseElems(toks []string, inGroup bool) ([]elem, []string, error) {
	var out []elem
	for len(toks) > 0 {
		t := toks[0]
		toks = toks[1:]
		switch {
		case t == "(":
			g, rest, err := parseElems(toks, true)
			if err != nil {
				return nil, nil, err
			}
			if len(rest) == 0 {
				return nil, nil, fmt.Errorf("unclosed '('")
			}
			out = append(out, elem{kind: elemGroup, group: g, optional: rest[0] == ")?"})
			toks = rest[1:]
		case t == ")" || t == ")?":
			if !inGroup {
				return nil, nil, fmt.Errorf("unbalanced %q", t)
			}
			return out, append([]string{t}, toks...), nil
		case t == "~" || t == "~?":
			if n := len(out); n > 0 && out[n-1].kind == elemGap && !out[n-1].long {
				// short gaps in a row pass over the units one such gap of their
				// total length does, and find the same first match
				out[n-1].gap += 4
				continue
			}
			out = append(out, elem{kind: elemGap, gap: 4})
		case t == "~~" || t == "~~?":
			out = append(out, elem{kind: elemGap, gap: 8, long: true})
		case strings.HasPrefix(t, "{"):
			opt := strings.HasSuffix(t, "?")
			name := strings.Trim(strings.TrimSuffix(t, "?"), "{}")
			sl, ok := slotNames[name]
			if !ok {
				return nil, nil, fmt.Errorf("unknown slot %q", t)
			}
			out = append(out, elem{kind: elemSlot, slot: sl, optional: opt})
		default:
			opt := len(t) > 1 && strings.HasSuffix(t, "?")
			if opt {
				t = t[:len(t)-1]
			}
			if strings.ContainsAny(t, "{}") {
				return nil, nil, fmt.Errorf("slot among the alternatives of a word: %q", t)
			}
			e := elem{kind: elemWord, optional: opt}
			for _, alt := range strings.Split(t, "|") {
				e.alts = append(e.alts, strings.Split(normApos(strings.ToLower(alt)), "_"))
			}
			out = append(out, e)
		}
	}
	if inGroup {
		return out, nil, nil
	}
	return out, nil, nil
}

// A typeInfo describes one fact type of SCHEMA.md.
type typeInfo struct {
	sym   bool   // arguments unordered
	kinds string // p person, e entity, l literal
	state bool   // time is a {start, end} state
}

// schemaTypes is the fact vocabulary of SCHEMA.md.
var schemaTypes = map[string]typeInfo{
	"married": {true, "pp", false}, "engaged": {true, "pp", false}, "dating": {true, "pp", true},
	"separated": {true, "pp", false}, "divorced": {true, "pp", false}, "affair": {true, "pp", false},
	"met": {true, "pp", false}, "collaborated": {true, "pp", false}, "sibling_of": {true, "pp", false},
	"friend_of": {true, "pp", false}, "expecting_child": {true, "pp", false},
	"parent_of": {false, "pp", false}, "died": {false, "p", false}, "born": {false, "p", false},
	"position_held": {false, "ple", true}, "appointed": {false, "ple", false}, "elected": {false, "ple", false},
	"resigned": {false, "ple", false}, "dismissed": {false, "ple", false},
	"occupation": {false, "pl", false}, "nationality": {false, "pe", false}, "religion": {false, "pl", false},
	"residence": {false, "pe", true}, "located_at": {false, "pe", false}, "member_of": {false, "pe", true},
	"representative_of": {false, "pe", false},
}

// statusType is the pseudo-type of statements about where a couple stands
// ("it's unclear where the couple stands"): it becomes a fact of the type of
// the latest change in that couple's relationship.
const statusType = "status"

// relationTypes are the relationship facts a status statement can be about,
// latest change first in preference.
var relationTypes = []string{"separated", "divorced", "engaged", "married", "dating", "expecting_child"}

// succeededType and succeedsType are the pseudo-types of a succession in
// office ("X succeeded Y", "X will succeed Y"): the successor's position
// becomes a derived position of the predecessor, ended by the handover when it
// lies in the past. They are never output.
const (
	succeededType = "succeeded"
	succeedsType  = "succeeds"
)

// candidateType is the pseudo-type of a person named as a likely pick for
// an office ("X is seen as the front-runner", "the leading candidate for
// the permanent job"): it becomes a speculated appointment to the office the
// article tells someone left. It is never output.
const candidateType = "candidate"

// contenderType is the pseudo-type of a person said to run for an office
// ("would run for the seat"): it becomes a speculated election to the office
// the article tells someone left. It is never output.
const contenderType = "contender"

func typeOf(typ string) (typeInfo, bool) {
	if typ == candidateType || typ == contenderType {
		return typeInfo{false, "p", false}, true
	}
	if typ == statusType {
		return typeInfo{true, "pp", false}, true
	}
	if typ == succeededType || typ == succeedsType {
		return typeInfo{false, "pp", false}, true
	}
	if b := typeBit(typ); b != 0 {
		return schemaInfo[bits.TrailingZeros32(uint32(b))], true
	}
	info, ok := schemaTypes[typ]
	return info, ok
}

// schemaInfo is schemaTypes by the bit of each type (see typeBit), for
// typeOf to find a type's information without hashing the type.
var schemaInfo = func() (out [32]typeInfo) {
	for typ, info := range schemaTypes {
		if b := typeBit(typ); b != 0 {
			out[bits.TrailingZeros32(uint32(b))] = info
		}
	}
	return out
}()

// IsSymmetric reports whether the arguments of facts of type typ are
// unordered (SCHEMA.md "sym"): the types of schemaTypes marked sym, listed
// in a switch, as keys of facts ask it for every fact compared.
func IsSymmetric(typ string) bool {
	switch typ {
	case "married", "engaged", "dating", "separated", "divorced", "affair", "met", "collaborated", "sibling_of", "friend_of", "expecting_child":
		return true
	}
	return false
}
