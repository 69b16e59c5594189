package fact

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/entity"
)

// A bound is the value of one slot.
type bound struct {
	set  bool
	ents []int // entities (people, places, organisations)
	lit  string
	span hearsay.Span
}

// A binding is a (partial) match of a pattern.
type binding struct {
	slots   [numSlots]bound
	kidAges []int // the stated age of each child of slotKids, -1 when none; nil when none is read
	num     int   // the number slotN read
	trig    hearsay.Span
	trigSet bool
	first   int // first unit matched
	last    int // one past the last unit matched
}

// sameEnts reports whether a slot bound to option a and bound b name the
// same people (nil: a slot not bound).
func sameEnts(a *option, b *bound) bool {
	if a == nil || b == nil || !a.set || !b.set || len(a.ents) == 0 || len(a.ents) != len(b.ents) {
		return false
	}
	for i := range a.ents {
		if a.ents[i] != b.ents[i] {
			return false
		}
	}
	return true
}

// matchAll returns every match of p in s, one per start unit; a pattern that
// opens with its subject also matches a verb phrase coordinated after "and",
// the subject being the sentence's first person or group. f is p's filter
// (see patternIndex.filter).
func (s *sent) matchAll(r *resources, p *pattern, f patFilter) []binding {
	for _, sl := range f.slots() {
		if !s.slotPresent(r, slot(sl)) {
			return nil
		}
	}
	limit := s.startLimit(r, f)
	if limit < 0 {
		return nil
	}
	var out []binding
	if plain := s.plainLimit(p, limit); plain >= 0 {
		out = s.matchFrom(r, p, plain)
	}
	if len(p.elems) > 2 && p.elems[0].kind == elemSlot && (p.elems[0].slot == slotA || p.elems[0].slot == slotAB) && p.elems[1].kind == elemGap {
		out = append(out, s.matchCoordinated(r, p, limit)...)
	}
	return out
}

// plainLimit narrows limit, the last unit a match of p may start at (see
// startLimit), for a plain match: that starts at least p.needLead units
// before its first required word, and, for a pattern that requires a
// person slot after its first element, at least p.personLead units before
// that slot, which matches at or before the sentence's last person (see
// personOpts).
func (s *sent) plainLimit(p *pattern, limit int) int {
	limit -= p.needLead
	if p.personLead >= 0 {
		limit = min(limit, s.m.lastPerson-p.personLead)
	}
	return limit
}

// matchCoordinated matches "X ... and moved to Lisbon": the rest of the
// pattern right after "and", with the subject slot bound to the first
// person (or, for a pair, group) of the sentence before it. No match
// starts after unit limit (see startLimit).
func (s *sent) matchCoordinated(r *resources, p *pattern, limit int) []binding {
	var out []binding
	sl := p.elems[0].slot
	var people []personAt // the units before next where people match, in order
	next := 0             // the first unit not yet looked at for people
	for u := 2; u < len(s.units) && u <= limit; u++ {
		if s.units[u-1].word != "and" || s.units[u-1].ment != -1 || !verbLike(s.units[u]) && !(u+1 < len(s.units) && verbLike(s.units[u+1])) {
			continue
		}
		subj := firstBefore(people, u-1)
		for ; subj == nil && next < u-1; next++ {
			opts := s.personOpts(r, next, sl == slotAB)
			if s.ownerBeforeNoun(next) {
				opts = ownedOnly(opts) // "Her co-founder, X, left the company in 2021 and moved to Vancouver": X moved, not her
			}
			if len(opts) > 0 {
				people = append(people, personAt{unit: next, opts: opts})
				subj = firstBefore(people[len(people)-1:], u-1)
			}
		}
		if subj == nil {
			continue
		}
		if h := s.relativeAntecedent(u - 1); h >= 0 && sl != slotAB {
			if opts := s.personOpts(r, h, false); len(opts) > 0 {
				subj = &opts[0] // "said X, who chairs the board and was its director": X, not the sentence's first person
			}
		}
		m := matcher{s: s, r: r, first: u, got: &s.m.got}
		m.slots[sl] = subj
		if m.seq(p.elems[1:], u, nil) {
			out = append(out, *m.got)
		}
	}
	return out
}

// ownerBeforeNoun reports whether unit u is a possessive determiner ("her",
// "his", "their") that opens the sentence before a word or a description it
// owns: the owner is no subject of the clause.
func (s *sent) ownerBeforeNoun(u int) bool {
	x := &s.units[u]
	if u != 0 || !possessiveDeterminers[x.word] || x.mkind != kindPronoun || u+1 >= len(s.units) {
		return false
	}
	next := &s.units[u+1]
	return !next.boundary && next.word != "," && next.word != "and" && next.word != "." && (next.ment == -1 || next.mkind == kindNominal)
}

// ownedOnly returns the options of opts that span more than the
// possessive determiner they start at: the person its noun describes ("her
// estranged husband"), not its owner.
func ownedOnly(opts []option) []option {
	out := opts[:0:0]
	for _, o := range opts {
		if o.n > 1 {
			out = append(out, o)
		}
	}
	return out
}

// maxRelativeReach is the most units relativeAntecedent passes over
// between "who" and the "and" of a second predicate.
const maxRelativeReach = 12

// relativeAntecedent returns the unit of the person a relative clause is
// about when the "and" at unit a joins a second predicate inside it ("X,
// who chairs the board and was its director"), or -1: no comma nor clause
// boundary stands between ", who" and the "and".
func (s *sent) relativeAntecedent(a int) int {
	for k := a - 1; k >= 2 && k >= a-maxRelativeReach; k-- {
		x := &s.units[k]
		if x.ment == -1 && x.word == "who" {
			if s.units[k-1].word == "," && s.isPerson(k-2) && len(s.units[k-2].ents) == 1 {
				return k - 2
			}
			return -1
		}
		if x.boundary || x.word == "," || x.word == ";" {
			return -1
		}
	}
	return -1
}

// A personAt is the people that match at a unit (see personOpts).
type personAt struct {
	unit int
	opts []option
}

// firstBefore returns the first option of people, in text order, that
// ends before unit end, or nil. Each unit's people are found once for a
// whole sentence, so a long one costs no scan from its start per "and".
func firstBefore(people []personAt, end int) *option {
	for _, pa := range people {
		for _, o := range pa.opts {
			if pa.unit+o.n < end {
				return &o
			}
		}
	}
	return nil
}

// matchFrom returns the plain matches of p, one per start unit, starting
// at or before unit limit.
func (s *sent) matchFrom(r *resources, p *pattern, limit int) []binding {
	first := &p.elems[0]
	m := matcher{s: s, r: r, p: p, failed: s.m.failed[:0]} // got is set at each start (see matchAt)
	// the memo's buffer: the caller reads the matches before the next pattern is tried
	out := s.m.found[:0]
	limit = min(limit, len(s.units)-1)
	switch {
	case first.optional || first.kind == elemGap || first.kind == elemGroup:
		for u := 0; u <= limit; u++ {
			if p.wordSlot != slotNone && !first.startsAt(s.m, u) && len(s.slotAt(r, p.wordSlot, u)) == 0 {
				continue // neither the word nor, without it, the slot stands at u
			}
			out = s.matchAt(&m, p, u, out)
		}
	case first.kind == elemWord:
		// the units that hold a first token of the word, its first need
		s.m.starts = s.m.unitsOf(p.needSets[0], limit, s.m.starts)
		for _, u := range s.m.starts {
			if p.slotAfter != slotNone && len(s.slotAt(r, p.slotAfter, u+1)) == 0 && !s.closingQuote(u+1) {
				continue // the slot does not match after the word (nor after a quotation closed there)
			}
			if first.startsAt(s.m, u) && s.anyIDsAt(u, first.altIDs) {
				out = s.matchAt(&m, p, u, out)
			}
		}
	case personSlots[first.slot]:
		for _, u := range s.personStarts(r, first.slot, limit) {
			out = s.matchAt(&m, p, u, out)
		}
	default:
		for u := 0; u <= limit; u++ {
			if len(s.slotAt(r, first.slot, u)) > 0 {
				out = s.matchAt(&m, p, u, out)
			}
		}
	}
	s.m.found, s.m.failed = out[:0], m.failed[:0] // the buffers, grown, for the next pattern
	return out
}

// A slotStarts lists, for the sentence of generation gen, the units
// below upto at which a person slot matches, in increasing order.
type slotStarts struct {
	gen   uint32
	upto  int
	units []int
}

// personStarts returns the units up to limit (below the sentence's
// length) at which person slot sl matches, in increasing order. The units
// are tried once per sentence, as far as the patterns ask.
func (s *sent) personStarts(r *resources, sl slot, limit int) []int {
	m := s.m
	st := &m.slotUnits[sl]
	if st.gen != m.gen {
		st.gen, st.upto, st.units = m.gen, 0, st.units[:0]
	}
	near := m.near
	for u := st.upto; u <= limit; u++ {
		if near[u] == len(s.units) {
			st.upto = len(s.units) // no person from u on
			break
		}
		if near[u]-u > maxPremods {
			u = near[u] - maxPremods - 1 // a person slot matches no farther from the person
			continue
		}
		if len(s.slotAt(r, sl, u)) > 0 {
			st.units = append(st.units, u)
		}
	}
	st.upto = max(st.upto, limit+1)
	n := len(st.units)
	for n > 0 && st.units[n-1] > limit {
		n--
	}
	return st.units[:n]
}

// matchAt appends to out the match of p that starts at unit u, if there
// is one, found with matcher m.
func (s *sent) matchAt(m *matcher, p *pattern, u int, out []binding) []binding {
	out = slices.Grow(out, 1)
	m.got = &out[: len(out)+1 : len(out)+1][len(out)] // the match is kept in place
	m.first = u
	if s.possessiveOfKin(p, u) {
		return out
	}
	var ok bool
	if e := &p.elems[0]; e.kind == elemSlot && !e.optional {
		ok = m.seqSlotFirst(p.elems, u)
	} else {
		ok = m.seq(p.elems, u, nil)
	}
	if ok {
		out = out[:len(out)+1]
	}
	return out
}

// accepts reports whether the complete match in m.got is one to keep: it
// has a trigger and, for a plain match of pattern m.p, none of the
// readings below turns it down. A match turned down sends the search on
// to the next way the pattern can match, as a failure of the last element
// would.
func (m *matcher) accepts() bool {
	m.reached = true
	got := m.got
	if !got.trigSet {
		return false
	}
	p, s := m.p, m.s
	return p == nil || !s.leavesClause(p, got.first, got.last) && !s.predecessorSubject(m.r, got) && !s.othersRelative(p, got) && !s.possessiveBeforeKin(got) && !s.deathOfOwned(p, got) && !s.nearDeath(p, got) && !s.figurativeDeath(p, got) && !s.whoseAcross(got) && !s.underlingReading(got) && !s.possessedSubject(p, got) && !s.ofNounSubject(m.r, p, got) && !s.sightedLeaving(p, got) && !s.agedRelative(p, got) && !s.objectBeforeNonfinite(p, got) && !s.listedRelative(got) && !s.likenedSubject(p, got) && !s.relativeAfterKin(got)
}

// relativeAfterKin reports whether the match binds a person named after
// its trigger, a kin noun, past a possessed kin noun of another relative ("survived by
// her husband, her daughter, the architect Ada Brandt"): the list names
// several relatives of one person, so the daughter is not the husband.
func (s *sent) relativeAfterKin(got *binding) bool {
	for _, sl := range []slot{slotA, slotB} {
		b := got.slots[sl]
		if !b.set || b.span.Start < got.trig.End {
			continue
		}
		from, u := s.unitAt(got.trig.End-1), s.unitAt(b.span.Start)
		if from < 1 || u < 0 || !s.kinSetOff(from) {
			continue
		}
		for k := from + 2; k < u; k++ {
			if x, y := &s.units[k], &s.units[k-1]; x.ment == -1 && kinUnit(s, x) && y.ment != -1 && y.mkind == kindPronoun && y.is(clsPossessive) {
				return true
			}
		}
	}
	return false
}

// listedRelative reports whether the match binds A to a relative set off
// after a possessed kin noun and reads on past "and" and a possessive to
// another relative ("survived by her daughter, Siobhan Kelly (Declan), and
// her son, Tom Doyle"): the list names the relatives of one person, so the
// second possessive is not A.
func (s *sent) listedRelative(got *binding) bool {
	sub := got.slots[slotA]
	u := s.unitAt(sub.span.Start)
	if sub.set && u >= 0 {
		u = s.describedFrom(u)
	}
	if !sub.set || u < 3 || s.units[u-1].word != "," || s.units[u-2].ment != -1 {
		return false
	}
	if w := s.units[u-2].word; !kinLex.relative[w] && !kinLex.rel[w] {
		return false
	}
	if y := &s.units[u-3]; y.ment == -1 || y.mkind != kindPronoun || !y.is(clsPossessive) {
		return false
	}
	for k := u + 1; k+1 < got.last; k++ {
		if x := &s.units[k+1]; s.units[k].word == "and" && x.ment != -1 && x.mkind == kindPronoun && x.is(clsPossessive) {
			return true
		}
	}
	return false
}

// kinSetOff reports whether unit k is a kin noun that a comma follows,
// or that comma itself ("survived by her husband, ...").
func (s *sent) kinSetOff(k int) bool {
	if s.units[k].word == "," {
		return kinUnit(s, &s.units[k-1])
	}
	return k+1 < len(s.units) && s.units[k+1].word == "," && kinUnit(s, &s.units[k])
}

// describedFrom returns the first unit of a short description opened by
// "the" or "a" right before the name at unit u ("her daughter, the
// architect Ada Brandt"), or u when there is none.
func (s *sent) describedFrom(u int) int {
	for k := u - 1; k >= 0 && k >= u-4; k-- {
		x := &s.units[k]
		if x.ment != -1 || x.capital || x.boundary || !plainWord(x.word) {
			return u
		}
		if x.word == "the" || x.word == "a" || x.word == "an" {
			return k
		}
	}
	return u
}

// objectBeforeNonfinite reports whether a match of p that reads its
// trigger after a gap binds A to a person named after the clause's subject
// when the gap holds a subordinator and a verb form with no subject of its
// own ("X was seen with Y, despite being engaged to Z", "X flew to Paris
// with Y after marrying Z"): the clause's subject is the one engaged or
// married, which the patterns with option subject read.
func (s *sent) objectBeforeNonfinite(p *pattern, got *binding) bool {
	if len(p.elems) < 3 || p.elems[0].kind != elemSlot || p.elems[0].slot != slotA || p.elems[1].kind != elemGap || !got.trigSet {
		return false
	}
	sub := got.slots[slotA]
	a, to := s.unitAt(sub.span.Start), s.unitAt(got.trig.Start)
	if !sub.set || a < 0 || to <= a {
		return false
	}
	found := false
	for k := a + 1; k+1 <= to && k < len(s.units)-1; k++ {
		if s.units[k].ment == -1 && subordinators[s.units[k].word] && nonfinite(s.units[k+1].word) {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	u := purposeSubject(s, a)
	return u >= 0 && u < a && !slices.Equal(s.units[u].ents, sub.ents) && s.units[a].mkind != kindPronoun
}

// subordinators open a clause whose verb may have no subject of its own
// ("despite being engaged", "after marrying"; classes.tsv subordinator).
var subordinators = wordSet("subordinator")

// participleLeads are the adverbs that open such a clause before a
// participle ("while still married to"; classes.tsv participlelead).
var participleLeads = wordSet("participlelead")

// nonfinite reports whether w opens a verb phrase with no subject of its
// own after a subordinator: a form in -ing, or a word of class
// participlelead.
func nonfinite(w string) bool {
	return strings.HasSuffix(w, "ing") && len(w) > 4 || participleLeads[w]
}

// agedRelative reports whether the trigger of a match of p that binds A
// follows a relative of A's given an age ("X, whose daughter Ellie, 17,
// died", "X and his son, 12, were injured"): the relative is the trigger's
// subject, not A.
func (s *sent) agedRelative(p *pattern, got *binding) bool {
	if p.opt("trigger") != "" || !got.trigSet {
		return false
	}
	sub := got.slots[slotA]
	from := s.unitAt(sub.span.End - 1)
	if !sub.set || from < 0 {
		return false
	}
	for to := from + 4; to < got.last; to++ {
		if s.relativeAgedAt(to, sub.span.End) {
			return true
		}
	}
	return false
}

// relativeAgedAt reports whether an age set off by commas ends right
// before unit to and follows a relative named by "whose" or a possessive
// after offset end ("whose daughter Ellie, 17,", "his son, 12,").
func (s *sent) relativeAgedAt(to, end int) bool {
	k := s.ageAsideBefore(to) - 1
	if k == to-1 || k < 1 {
		return false
	}
	if s.namedRelative(k) {
		k--
	}
	w := s.units[k].word
	if k < 1 || s.units[k].ment != -1 || !kinLex.relative[w] && !kinLex.rel[w] {
		return false
	}
	d := &s.units[k-1]
	return d.Start >= end && (d.ment == -1 && d.word == "whose" || d.ment != -1 && d.mkind == kindPronoun && d.is(clsPossessive))
}

// namedRelative reports whether unit k is a person's name right after a
// noun of kinship or partnership ("daughter Ellie", "husband Carl").
func (s *sent) namedRelative(k int) bool {
	if k == 0 || s.units[k].ment == -1 || s.units[k].mkind != kindName || !s.isPerson(k) {
		return false
	}
	w := s.units[k-1].word
	return s.units[k-1].ment == -1 && (kinLex.rel[w] || kinLex.relative[w])
}

// ageAsideBefore returns the comma that opens an age set off by commas
// right before unit to (", 17," or ", aged 17,"), or to when none ends there.
func (s *sent) ageAsideBefore(to int) int {
	if to < 3 || s.units[to-1].word != "," {
		return to
	}
	for k := to - 3; k >= 0 && k >= to-4; k-- {
		if s.units[k].word == "," && s.ageLength(k+1) == to-1-(k+1) {
			return k
		}
	}
	return to
}

// likenedSubject reports whether a match of a place (located_at,
// residence) has its subject right after "like", "as if" or "as though": a
// likeness, not a whereabouts ("felt like he was in Narnia").
func (s *sent) likenedSubject(p *pattern, got *binding) bool {
	if p.typ != "located_at" && p.typ != "residence" {
		return false
	}
	sub := got.slots[slotA]
	if !sub.set {
		return false
	}
	u := s.unitAt(sub.span.Start)
	if u < 1 {
		return false
	}
	switch w := s.units[u-1].word; {
	case w == "like":
		return true
	case w == "if" || w == "though":
		return u >= 2 && s.units[u-2].word == "as"
	}
	return false
}

// possessedSubject reports whether a match of p that reads its trigger
// after a gap passes, right before the trigger, over a noun phrase opened by
// a possessive ("his", "whose") after the subject or at it: that phrase is
// the trigger's subject. In "X wept after his dog died" and "X, whose mother
// and sister died at sea" the dog and the relatives died, not X. A phrase
// joined to the subject by "and" ("X and her family live") shares its verb.
func (s *sent) possessedSubject(p *pattern, got *binding) bool {
	if len(p.elems) < 3 || p.elems[0].kind != elemSlot || p.elems[0].slot != slotA && p.elems[0].slot != slotAB || p.elems[1].kind != elemGap || p.elems[2].kind != elemWord || !got.trigSet || p.opt("trigger") != "" {
		return false // a noun's or an event's trigger may be the possessed phrase itself ("her second child with husband X")
	}
	sub := got.slots[p.elems[0].slot]
	if !sub.set {
		return false
	}
	from, to := s.unitAt(sub.span.Start), s.unitAt(got.trig.Start)
	if from < 0 || to <= from+1 || s.units[to-1].word == "," || phraseStops[s.units[to].word] || s.nominalToken(&s.units[to]) {
		return false
	}
	nouns := 0
	for k := to - 1; k >= from && k >= to-maxPossessedWords; k-- {
		x := &s.units[k]
		if x.ment != -1 && x.mkind == kindPronoun && x.is(clsPossessive) || x.ment == -1 && x.word == "whose" {
			return nouns > 0 && !s.joinedToSubject(from, sub.span.End, k) && (k == 0 || !s.verbToken(&s.units[k-1]))
		}
		if s.ownerOfDeath(p, x, sub.span.End) {
			return nouns > 0 // "X's career died": the career, not X
		}
		switch {
		case x.ment != -1 || x.capital || x.boundary:
			return false
		case x.word == "," || x.word == "and":
		case !plainWord(x.word) || phraseStops[x.word] || x.is(clsCopula|clsLinkWord) || s.verbToken(x):
			return false
		default:
			nouns++
		}
	}
	return false
}

// ofNounSubject reports whether the match reads a verb after A as A's
// own although A only completes a noun with "of" that is the verb's
// subject ("A group of friends of X flew to Paris", "The wife of X lives
// in Leeds"): A is the object of "of", not the subject. A set off by a
// comma may be the subject of a relative clause and is kept.
func (s *sent) ofNounSubject(r *resources, p *pattern, got *binding) bool {
	if len(p.elems) < 3 || p.elems[0].kind != elemSlot || p.elems[0].slot != slotA && p.elems[0].slot != slotAB || p.elems[1].kind != elemGap || p.elems[2].kind != elemWord || !got.trigSet || p.opt("trigger") != "" {
		return false
	}
	sub := got.slots[p.elems[0].slot]
	if !sub.set {
		return false
	}
	from, last := s.unitAt(sub.span.Start), s.unitAt(sub.span.End-1)
	if from < 2 || last < 0 || last+1 >= len(s.units) || s.units[last+1].word == "," {
		return false
	}
	from = s.pastPremodifiers(r, from)
	if from < 2 {
		return false
	}
	of, noun := &s.units[from-1], &s.units[from-2]
	return of.ment == -1 && of.word == "of" && noun.ment == -1 && !noun.capital && plainWord(noun.word) && !ofQuantifiers[noun.word] && !noun.is(clsDeterminer|clsNumberWord)
}

// pastPremodifiers returns the first of the units before unit from that
// describe the person it opens after "of" (a trade, a nationality, a
// country: "the father of India cricketer Rahul Desai", "the mother of
// actress Jane Holt"), up to three, when "of" stands before them; from
// itself otherwise.
func (s *sent) pastPremodifiers(r *resources, from int) int {
	for k := from - 1; k >= 1 && k >= from-3; k-- {
		x := &s.units[k]
		if x.ment == -1 && x.word == "of" {
			return k + 1
		}
		if x.boundary || x.word == "," || x.etype == entPerson || x.is(clsDeterminer) || !(s.premodWordAt(r, k) || s.namePremod(r, k) || s.capitalPremod(r, k)) {
			return from
		}
	}
	return from
}

// ofQuantifiers are the words before "of" that count the people after it,
// who stay the subject ("both of them live in Leeds").
var ofQuantifiers = map[string]bool{"one": true, "some": true, "many": true, "most": true, "all": true, "both": true, "each": true, "none": true, "any": true,
	"several": true, "few": true, "either": true, "neither": true, "half": true, "two": true, "three": true, "four": true, "rest": true}

// sightedLeaving reports whether a departure from an organisation the
// match reads is a sighting of someone leaving a venue ("was seen leaving
// The Ivy in Chelsea", "photographed exiting the club"), also when the
// leaving is told in a clause of time after the sighting ("were seen
// holding hands as they left Casa Verdi"): no job is left.
func (s *sent) sightedLeaving(p *pattern, got *binding) bool {
	if p.typ != "member_of" && p.typ != "resigned" {
		return false
	}
	for k := got.first; k < got.last && k < len(s.units); k++ {
		x := &s.units[k]
		if x.ment != -1 || !leavingWords[x.word] {
			continue
		}
		if k > 0 && sightVerbs[s.units[k-1].word] || s.sightedWhile(k) {
			return true
		}
	}
	return false
}

// sightedWhile reports whether the leaving word at unit k follows "as",
// "when" or "while" and its subject ("as they left", "as the couple
// left"), after a sighting verb a few words before ("were seen holding
// hands as they left").
func (s *sent) sightedWhile(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if w := s.units[j].word; s.units[j].ment == -1 && (w == "as" || w == "when" || w == "while") {
			for i := j - 1; i >= 0 && i >= j-5; i-- {
				if s.units[i].boundary {
					return false
				}
				if s.units[i].ment == -1 && sightVerbs[s.units[i].word] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// leavingWords are the forms of a departure a sighting may report.
var leavingWords = map[string]bool{"leaving": true, "left": true, "exiting": true, "departing": true, "quitting": true}

// sightVerbs report that someone was seen ("spotted leaving").
var sightVerbs = map[string]bool{"seen": true, "spotted": true, "photographed": true, "pictured": true, "snapped": true, "filmed": true, "caught": true, "papped": true, "sighted": true}

// joinedToSubject reports whether unit k, a possessive, follows the subject
// (units from, ending at offset end) with only "and" between them.
func (s *sent) joinedToSubject(from, end, k int) bool {
	j := k - 1
	if j < from || s.units[j].word != "and" {
		return false
	}
	return j > from && s.units[j-1].End == end || j == from
}

// phraseStops are words that cannot stand inside the noun phrase
// possessedSubject reads nor be its verb: prepositions, which attach the
// phrase to a verb before it ("her first child with husband X", "won his
// second cap alongside Y").
var phraseStops = map[string]bool{"with": true, "of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "by": true, "from": true, "as": true, "than": true, "into": true, "about": true,
	"alongside": true, "beside": true, "against": true, "over": true, "under": true, "after": true, "before": true}

// maxPossessedWords bounds the noun phrase possessedSubject reads before a
// trigger ("his mother , stepfather and others").
const maxPossessedWords = 7

// nominalToken reports whether plain unit x is a token the tagger read as
// a noun, a pronoun, a determiner, a numeral or an adjective: after "and" it
// opens a second subject ("her mother and others died"), not a verb phrase
// of the first ("and later moved").
func (s *sent) nominalToken(x *unit) bool {
	if x.ment != -1 {
		return false
	}
	switch s.token(x).UPOS {
	case "NOUN", "PRON", "PROPN", "DET", "NUM", "ADJ":
		return true
	}
	return false
}

// token returns the token of the sentence that holds the start of unit x
// (the zero token when the sentence has none).
func (s *sent) token(x *unit) hearsay.Token {
	st := s.doc.Sentences[s.idx]
	if st.EndToken <= st.FirstToken {
		return hearsay.Token{}
	}
	return s.doc.Tokens[tokenIndex(s.doc, st, x.Start)]
}

// verbToken reports whether plain unit x is a token the tagger read as a verb
// or an auxiliary.
func (s *sent) verbToken(x *unit) bool {
	tok := s.token(x)
	return tok.Span == x.Span && clauseVerb(tok)
}

// possessiveBeforeKin reports whether the match binds a person to a
// possessive pronoun or a name with "'s" whose relative's noun follows the
// match: in "mourned the death of her husband" the husband died, not she;
// in "has met Hale's parents" the parents were met.
func (s *sent) possessiveBeforeKin(got *binding) bool {
	for _, sl := range []slot{slotA, slotB, slotAB} {
		b := got.slots[sl]
		if !b.set {
			continue
		}
		u := s.unitAt(b.span.Start)
		if u < 0 || u+1 != got.last {
			continue
		}
		x := &s.units[u]
		if x.ment == -1 {
			continue
		}
		from := u + 1
		switch {
		case x.mkind == kindPronoun && x.is(clsPossessive):
		case x.mkind == kindName && u+1 < len(s.units) && s.units[u+1].word == "'s":
			from = u + 2 // "met Ravenscroft's parents": the parents, not she
		default:
			continue
		}
		for k := from; k <= from+1 && k < len(s.units); k++ {
			x := &s.units[k]
			if x.ment != -1 || x.capital {
				break
			}
			if relativeNouns[x.word] || kinLex.relative[x.word] || kinLex.kin[x.word] || kinLex.rel[x.word] {
				return true
			}
		}
	}
	return false
}

// deathOfOwned reports whether a death's match binds its person to a
// possessive pronoun that ends the match before a noun: in "the death of
// her dog" the dog died, not she.
func (s *sent) deathOfOwned(p *pattern, got *binding) bool {
	b := got.slots[slotA]
	if p.typ != "died" || !b.set {
		return false
	}
	u := s.unitAt(b.span.Start)
	if u < 0 || u+1 != got.last || s.units[u].mkind != kindPronoun || !s.units[u].is(clsPossessive) {
		return false
	}
	return s.possessedNoun(u)
}

// nearDeath reports whether a death's trigger follows a word of class
// nearmiss ("she nearly died in a crash", "almost died"): no death.
func (s *sent) nearDeath(p *pattern, got *binding) bool {
	if p.typ != "died" {
		return false
	}
	u := s.unitAt(got.trig.Start)
	return u > 0 && s.units[u-1].ment == -1 && nearMiss[s.units[u-1].word]
}

// whoseAcross reports whether the match binds a person to a relative
// described by "whose" ("X, whose husband died in 2012, married Y") and
// reads its trigger past the comma that closes the relative clause: the
// verb there is X's, not the relative's.
func (s *sent) whoseAcross(got *binding) bool {
	if !got.trigSet {
		return false
	}
	for _, sl := range []slot{slotA, slotB, slotAB} {
		b := got.slots[sl]
		if !b.set {
			continue
		}
		u, t := s.unitAt(b.span.Start), s.unitAt(got.trig.Start)
		if u < 0 || t <= u || s.units[u].ment < 0 || !strings.HasPrefix(strings.ToLower(s.doc.Mentions[s.units[u].ment].Text), "whose ") {
			continue
		}
		for k := u + 1; k < t; k++ {
			if s.units[k].word == "," {
				return true
			}
		}
	}
	return false
}

// ownerOfDeath reports whether unit x is the "'s" right after a death's
// subject (ending at offset end): the noun after it is what died ("X's
// career died", "X's dog died"), not the subject.
func (s *sent) ownerOfDeath(p *pattern, x *unit, end int) bool {
	return p.typ == "died" && x.ment == -1 && (wordEq(x.word, "'s") || x.word == "’s") && x.Start == end
}

// figurativeDeath reports whether a death's trigger is followed by "a"
// and "death", at most two words between ("died a death", "died a slow
// death"): an idiom for a thing that failed, no one's death.
func (s *sent) figurativeDeath(p *pattern, got *binding) bool {
	if p.typ != "died" || !got.trigSet {
		return false
	}
	u := s.unitAt(got.trig.Start)
	if u < 0 || u+2 >= len(s.units) || s.units[u+1].word != "a" {
		return false
	}
	for k := u + 2; k <= u+4 && k < len(s.units); k++ {
		if x := &s.units[k]; x.ment != -1 || x.word == "death" {
			return x.ment == -1
		}
	}
	return false
}

// nearMiss are the words that make a death before them one that did not
// happen (nearmiss of classes.tsv).
var nearMiss = wordSet("nearmiss")

// possessedNoun reports whether the possessive pronoun at unit u ("his",
// "their", "her" but not "her" alone) is followed by a plain lowercase noun
// the tagger read as one: "her dog", "his career" are owned, not the
// person.
func (s *sent) possessedNoun(u int) bool {
	if u+1 >= len(s.units) || s.units[u].word == "her" && !s.units[u].is(clsPossessive) {
		return false
	}
	x := &s.units[u+1]
	if x.ment != -1 || x.capital {
		return false
	}
	switch s.xposOf(u + 1) {
	case "NN", "NNS":
		return true
	}
	return false
}

// possessiveOfKin reports whether a match of p starting at unit u takes
// for its subject a possessive pronoun before a relative's noun and passes
// over that noun: in "Her father died in 2010" the father died, not she.
func (s *sent) possessiveOfKin(p *pattern, u int) bool {
	if len(p.elems) < 2 || p.elems[0].kind != elemSlot || p.elems[0].slot != slotA && p.elems[0].slot != slotAB || p.elems[1].kind != elemGap {
		return false
	}
	return s.pronounOwnsKin(u)
}

// pronounOwnsKin reports whether unit u is a possessive pronoun before a
// relative's noun, at most one word between ("her father", "his late
// wife"): the relative, not the pronoun's owner, is the person there.
func (s *sent) pronounOwnsKin(u int) bool {
	if x := &s.units[u]; x.ment == -1 || x.mkind != kindPronoun || !x.is(clsPossessive) {
		return false
	}
	for k := u + 1; k <= u+2 && k < len(s.units); k++ {
		x := &s.units[k]
		if x.ment != -1 || x.capital {
			return false
		}
		if relativeNouns[x.word] || kinLex.relative[x.word] || kinLex.kin[x.word] || kinLex.rel[x.word] {
			return true
		}
	}
	return false
}

// othersRelative reports whether a match of p passes, between its subject
// and its trigger, over a relative clause about someone the text only
// describes: in "X was born to a father who worked as a miner" the father
// worked, not X. A clause opened after a comma ("X, who worked as") is X's.
// A copula tells of X unless its clause has a subject of its own: in "X
// said her client was a soldier who had served" the client served.
func (s *sent) othersRelative(p *pattern, got *binding) bool {
	if len(p.elems) < 2 || p.elems[0].kind != elemSlot || p.elems[0].slot != slotA && p.elems[0].slot != slotAB || p.elems[1].kind != elemGap || !got.trigSet {
		return false
	}
	sub := got.slots[p.elems[0].slot]
	if !sub.set {
		return false
	}
	from, to := s.unitAt(sub.span.End-1), s.unitAt(got.trig.Start)
	if from < 0 || to < 0 || from+1 < len(s.units) && !plainWord(s.units[from+1].word) {
		return false // "X, a retired nurse who moved to Britain": a description of X
	}
	u := s.unitAt(sub.span.Start)
	reported := u >= 0 && s.units[u].mkind == kindPronoun && !s.subjectIs(u, to, sub) // "her client was a soldier who served": the client is
	for k := from + 1; k < to; k++ {
		x, before := &s.units[k], &s.units[k-1]
		if x.ment == -1 && x.is(clsReportVerb) && k+1 < to && !s.subjectIs(k+1, to, sub) {
			reported = true // "X said her client was a soldier who served": the copula is the client's
		}
		if x.ment == -1 && !reported && x.is(clsCopula|clsLinkWord) && !(k+1 < to && passive(s.units[k+1].word)) {
			return false // "X is an actress who married Y": the actress is X; not "X was born to a father who"
		}
		if x.ment == -1 && x.is(clsRelPronoun) && before.ment == -1 && !before.capital && !before.boundary && plainWord(before.word) && before.word != "and" {
			return true
		}
	}
	return false
}

// subjectIs reports whether the clause that starts at unit k, before unit
// to, opens with a mention of the entity bound as b that is no possessive
// before a noun ("said she had served"; not "said her client had served").
func (s *sent) subjectIs(k, to int, b bound) bool {
	x := &s.units[k]
	if x.ment == -1 || len(x.ents) != 1 || x.is(clsPossessive) && k+1 < to && s.units[k+1].ment == -1 && plainWord(s.units[k+1].word) {
		return false
	}
	u := s.unitAt(b.span.Start)
	return u >= 0 && len(s.units[u].ents) == 1 && s.units[u].ents[0] == x.ents[0]
}

// passive reports whether w is a participle that makes a copula before it
// passive ("was born", "was raised").
func passive(w string) bool {
	return w == "born" || w == "brought" || w == "seen" || strings.HasSuffix(w, "ed")
}

// linkWords are forms of linking verbs besides copulas ("has been an
// actress who").
var linkWords = map[string]bool{"'s": true, "be": true, "been": true, "becomes": true, "remains": true}

// plainWord reports whether w is a word of letters (no punctuation).
func plainWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// relPronouns open a relative clause about a person.
var relPronouns = map[string]bool{"who": true, "whom": true}

// relativeNouns name relatives and friends that the kinship data does not
// list among kin ("her friend", "their family"); kinLex.relative has the
// others ("her dad", "his uncle").
var relativeNouns = wordSet("relativenouns")

// leavesClause reports whether a match of p from unit u to unit last takes
// its subject from inside a relative clause and its verb from after it:
// in "The 52-year-old, who has been married to X since 2010, began a
// relationship with Y" X is no subject of "began".
func (s *sent) leavesClause(p *pattern, u, last int) bool {
	if e := p.elems[0]; e.kind != elemSlot || e.slot != slotA {
		return false
	}
	end := s.relativeAround(u)
	return end > 0 && last >= end
}

// predecessorSubject reports whether the match's {A} stands right after a
// verb of data/predecessor.txt the match passes over, or after such a verb
// and a description: in "X has been named to succeed Y as chief executive"
// Y leaves the post and is not named to it.
func (s *sent) predecessorSubject(r *resources, got *binding) bool {
	a := &got.slots[slotA]
	if !a.set {
		return false
	}
	k := got.first
	for k < got.last && s.units[k].Start < a.span.Start {
		k++
	}
	if k >= got.last || s.units[k].Start != a.span.Start {
		return false
	}
	for j := k - 1; j >= got.first && j >= k-1-maxPremods; j-- {
		x := &s.units[j]
		if r.predecessor[x.word] {
			return true
		}
		if x.ment != -1 || x.boundary || x.word == "," {
			return false
		}
	}
	return false
}

// relativeAround returns the unit after the relative clause (", who ... ,")
// that holds unit u, or -1 when u stands in none.
func (s *sent) relativeAround(u int) int {
	for k := u - 2; k >= 0 && k >= u-20; k-- {
		w := s.units[k+1].word
		if s.units[k].word != "," || w != "who" && w != "which" {
			continue
		}
		if end := s.relativeEnd(k); end > u {
			return end
		}
		return -1
	}
	return -1
}

// startLimit returns the last unit a match of the pattern of filter f can
// start at, -1 when none can: the words the pattern requires are matched in its order, each
// at a later unit than the one before and the first at or after the start,
// so the start lies at or before the last unit that holds a form of the
// first required word and is followed by forms of the others in order.
func (s *sent) startLimit(r *resources, f patFilter) int {
	if s.m == nil {
		s.memo(r)
	}
	limit := len(s.units)
	for k := int(f[1]); k < len(f); {
		n := int(f[k])
		u := s.m.lastBefore(f[k+1:k+1+n], limit)
		if u < 0 {
			return -1
		}
		limit = u
		k += 1 + n
	}
	return min(limit, len(s.units)-1)
}

// A matcher holds the state of one match attempt of a pattern: the slots
// bound and the trigger read so far, changed on the way down a search and
// restored on the way back, so that trying an element copies nothing.
type matcher struct {
	s       *sent
	r       *resources
	p       *pattern          // the pattern of a plain match, whose readings turn matches down (see accepts); nil for a coordinated one
	slots   [numSlots]*option // the option each slot is bound to, nil for a slot not bound
	trig    hearsay.Span
	trigSet bool
	first   int      // unit the match starts at
	got     *binding // where seq keeps the complete match
	// failed are where the rest of the pattern failed after its first
	// slot, for the pattern being matched (see seqSlotFirst).
	failed []restFailure
	// reached tells whether the search came to the end of the pattern,
	// whether or not the match was kept (see accepts).
	reached bool
}

// A cont is what remains of a pattern after the elements being matched:
// the elements after a group, then what follows the enclosing group.
type cont struct {
	elems []elem
	next  *cont
}

// keep writes the match found so far, ending at unit end, to m.got.
func (m *matcher) keep(end int) {
	b := m.got
	*b = binding{trig: m.trig, trigSet: m.trigSet, first: m.first, last: end}
	for i, v := range m.slots {
		if v != nil {
			b.slots[i] = v.bound
		}
	}
	if v := m.slots[slotKids]; v != nil {
		b.kidAges = v.ages
	}
	if v := m.slots[slotN]; v != nil {
		b.num = v.num
	}
}

// seq matches elems from unit u and then the rest c; at the first complete
// match (the shortest, in the order alternatives and options are tried)
// that accepts keeps, it leaves the match in m.got and returns true.
func (m *matcher) seq(elems []elem, u int, c *cont) bool {
	if len(elems) == 0 {
		if c == nil {
			m.keep(u)
			return m.accepts()
		}
		return m.seq(c.elems, u, c.next)
	}
	s := m.s
	e, rest := &elems[0], elems[1:]
	if m.trigSet && s.m.closesQuote(u) && e.kind != elemGap && !e.quoteWord() && m.seq(elems, u+1, c) {
		return true // a quotation that ends inside the words a pattern reads: the actor "has been quietly dating" stylist X
	}
	switch e.kind {
	case elemWord:
		if !e.startsAt(s.m, u) {
			break
		}
		for _, alt := range e.altIDs {
			if n := s.idsAt(u, alt); n > 0 {
				trig, set := m.trig, m.trigSet
				m.addTrig(hearsay.Span{Start: s.units[u].Start, End: s.units[u+n-1].End})
				ok := m.seq(rest, u+n, c)
				m.trig, m.trigSet = trig, set
				if ok {
					return true
				}
			}
		}
	case elemGap:
		return m.gap(u, e.gap, e.long, rest, c)
	case elemGroup:
		if m.seq(e.group, u, &cont{elems: rest, next: c}) {
			return true
		}
	case elemSlot:
		opts, ok := s.memoSlot(e.slot, u)
		if !ok {
			opts = s.slotAt(m.r, e.slot, u)
		}
		for i := range opts {
			o := &opts[i]
			if cur := m.slots[e.slot]; cur != nil && cur.set {
				// a slot written twice ("of {PLACE} ,? {PLACE}?"): the
				// first binds, a later one reads the same kind of words
				if m.seq(rest, u+o.n, c) {
					return true
				}
				continue
			}
			if e.slot == slotB && sameEnts(m.slots[slotA], &o.bound) || e.slot == slotA && sameEnts(m.slots[slotB], &o.bound) {
				continue
			}
			if len(rest) > 0 && rest[0].kind == elemGap && personSlot(e.slot) && s.pronounOwnsKin(u) {
				continue // "whom his mother married": the mother married, not he
			}
			prev := m.slots[e.slot]
			m.slots[e.slot] = o
			ok := m.seq(rest, u+o.n, c)
			if !ok && personSlot(e.slot) && len(rest) > 0 && opensWith(&rest[0], "as") {
				if v := s.adultAgeAfter(u + o.n); v > u+o.n {
					ok = m.seq(rest, v, c) // "swore in Carla Medina, 44, as economy minister"
				}
			}
			m.slots[e.slot] = prev
			if ok {
				return true
			}
		}
	}
	if e.optional {
		return m.seq(rest, u, c)
	}
	return false
}

// personSlot reports whether a slot binds people ({A}, {B}, {AB}).
func personSlot(sl slot) bool {
	return sl == slotA || sl == slotB || sl == slotAB
}

// seqSlotFirst is seq(elems, u, nil) for a pattern whose first element
// is a slot that must match, with no slot bound yet. What follows the
// slot depends on its value only through the people it binds (see
// sameEnts), so the rest is not tried again from a unit where it failed
// after the same people (see matcher.failed).
func (m *matcher) seqSlotFirst(elems []elem, u int) bool {
	e, rest := &elems[0], elems[1:]
	// A failure that ended before u cannot be met again from here: every
	// option starting at u ends at u or after. Dropping them keeps the list
	// to the last few starts, which a long sentence needs; were a later start
	// to come before u, the rest would only be tried again, and fail again.
	m.failed = slices.DeleteFunc(m.failed, func(f restFailure) bool { return f.end < u })
	opts, ok := m.s.memoSlot(e.slot, u)
	if !ok {
		opts = m.s.slotAt(m.r, e.slot, u)
	}
	for i := range opts {
		o := &opts[i]
		end := u + o.n
		if m.failedBefore(end, o.ents) {
			continue
		}
		m.slots[e.slot] = o
		m.reached = false
		ok := m.seq(rest, end, nil)
		if !ok && e.slot == slotA {
			if v := m.s.appositiveAfterSubject(m.r, rest, end); v > end {
				ok = m.seq(rest, v, nil)
			} else if v := m.s.ageAfterSubject(m.r, rest, end); v > end {
				ok = m.seq(rest, v, nil)
			}
		}
		m.slots[e.slot] = nil
		if ok {
			return true
		}
		if !m.reached { // a match turned down may be kept from another start
			m.failed = append(m.failed, restFailure{end: end, ents: o.ents})
		}
	}
	return false
}

// basedCompound reports whether unit u is a place's mention written as a
// compound with "-based" ("the Antwerp-based group"), or the town before
// its state's ("Toledo, Ohio-based Orbis"): it describes the noun after it,
// and the compound rules read it, not a place or organisation slot.
func (s *sent) basedCompound(u int) bool {
	x := &s.units[u]
	if x.ment == -1 {
		return false
	}
	if strings.HasSuffix(x.word, "-based") {
		return true
	}
	return u+2 < len(s.units) && s.units[u+1].word == "," && s.units[u+2].ment != -1 && strings.HasSuffix(s.units[u+2].word, "-based")
}

// appositiveAfterSubject returns the unit after an appositive that stands
// at unit end, right after a pattern's subject, when the rest of the pattern
// opens with a word that does not stand there ("X, head of the parish
// council, proposed to Y" for "{A} proposed to {B}"), else end.
func (s *sent) appositiveAfterSubject(r *resources, rest []elem, end int) int {
	if len(rest) == 0 || rest[0].kind != elemWord || rest[0].optional || end >= len(s.units) || s.units[end].word != "," || rest[0].startsAt(s.m, end) || linksSubject(&rest[0]) {
		return end
	}
	if v := s.appositiveEnd(r, end); v > end {
		return v
	}
	return s.subjectRelativeEnd(end)
}

// subjectRelativeEnd returns the unit after a relative clause opened by
// "who" or "whom" at the comma at unit end, right after a pattern's subject
// ("X, who lives on the Gold Coast, was in Brisbane on Friday"): the verb
// after the clause is the subject's. It returns end when no such clause
// stands there, or when the clause is closed by a comma a list's "and" or
// "or" follows.
func (s *sent) subjectRelativeEnd(end int) int {
	if end+1 >= len(s.units) || !s.units[end+1].is(clsRelPronoun) || s.units[end+1].ment != -1 {
		return end
	}
	v := s.relativeEnd(end)
	if v <= end || v >= len(s.units) || s.units[v].word == "and" || s.units[v].word == "or" || s.units[v].ment != -1 {
		return end
	}
	return v
}

// opensWith reports whether word element e opens with word w in every
// alternative.
func opensWith(e *elem, w string) bool {
	for _, alt := range e.alts {
		if len(alt) == 0 || alt[0] != w {
			return false
		}
	}
	return e.kind == elemWord && len(e.alts) > 0
}

// adultAgeAfter returns the unit after an adult's age set off by commas
// at unit end, right after a person a pattern binds in its course before
// the post the person takes ("swore in Carla Medina, 44, as economy
// minister"), or end when none stands there. A child's age is left alone:
// a list of children goes on after it ("Ivy, 6, and Leo, 3").
func (s *sent) adultAgeAfter(end int) int {
	if end >= len(s.units) || s.units[end].word != "," {
		return end
	}
	n := s.ageLength(end + 1)
	v := end + 1 + n
	if n == 0 || v+1 >= len(s.units) || s.units[v].word != "," || s.units[v+1].boundary {
		return end
	}
	if age, err := strconv.Atoi(s.units[v-1].word); err != nil || age < 18 || age > 110 {
		return end
	}
	return v + 1
}

// ageAfterSubject returns the comma that closes an adult's age set off by
// commas right after a pattern's subject at unit end (", 45," or ", aged
// 45,"), when the rest of the pattern opens with that comma and an
// appositive opens after it, else end: the age belongs to the name, and
// what the pattern reads after the name's comma follows it ("X, 45, Orbis
// Bank's chief economist," for "{A} , the? {ORG} 's {ROLE} ,"). A verb
// after the age is the clause's own ("X, 58, was re-elected as leader"),
// and a child's age is a list of children ("Ivy, 6, and Leo, 3, with").
func (s *sent) ageAfterSubject(r *resources, rest []elem, end int) int {
	if len(rest) == 0 || rest[0].kind != elemWord || end >= len(s.units) || s.units[end].word != "," || !rest[0].startsAt(s.m, end) {
		return end
	}
	n := s.ageLength(end + 1)
	v := end + 1 + n
	if n == 0 || v+1 >= len(s.units) || s.units[v].word != "," {
		return end
	}
	if age, err := strconv.Atoi(s.units[v-1].word); err != nil || age < 18 {
		return end
	}
	if x := &s.units[v+1]; !s.opensAppositive(r, v+1) && (x.ment == -1 || x.etype == entPerson) {
		return end
	}
	return v
}

// subjectLinks join a name to what follows without a verb of its own
// (see appositiveAfterSubject).
var subjectLinks = wordSet("subjectlinks")

// linksSubject reports whether the alternatives of word element e all open
// with one of subjectLinks: an element that offers a verb too ("is|was|'s|has")
// may follow an appositive ("X, 45, has been in Brisbane since May").
func linksSubject(e *elem) bool {
	for _, alt := range e.alts {
		if len(alt) == 0 || !subjectLinks[alt[0]] {
			return false
		}
	}
	return len(e.alts) > 0
}

// failedBefore reports whether the rest of the pattern failed before from
// unit end after a first slot that bound ents.
func (m *matcher) failedBefore(end int, ents []int) bool {
	for i := range m.failed {
		if f := &m.failed[i]; f.end == end && slices.Equal(f.ents, ents) {
			return true
		}
	}
	return false
}

// closingQuote reports whether unit u is a quotation mark that closes a
// quotation of some words inside a clause: one written right after a word,
// not after the punctuation that ends a quoted sentence ("has been quietly
// dating" stylist X, not "We split," she said), and not before a word that
// starts something new.
func (s *sent) closingQuote(u int) bool {
	if u <= 0 || u >= len(s.units) || !s.units[u].is(clsQuote) || s.units[u].Start != s.units[u-1].End {
		return false
	}
	p := &s.units[u-1]
	if p.ment == -1 && (p.boundary || p.word == "," || p.is(clsQuote)) {
		return false
	}
	return u+1 >= len(s.units) || !quoteEnders[s.units[u+1].word]
}

// quoteEnders start something new after a quotation of some words: the
// report was "completely false" and that he is dating X.
var quoteEnders = map[string]bool{"and": true, "or": true, "that": true, "which": true, "who": true, "as": true, "so": true}

// quoteWord reports whether the element is a word one of whose
// alternatives is a quotation mark ("?): such a pattern reads the mark itself.
func (e *elem) quoteWord() bool {
	if e.kind != elemWord {
		return false
	}
	for _, alt := range e.alts {
		if quoteMarks[alt[0]] {
			return true
		}
	}
	return false
}

// A restFailure is a unit from which the rest of a pattern failed after
// its first slot bound ents (see matcher.seqSlotFirst).
type restFailure struct {
	end  int
	ents []int
}

// addTrig widens the trigger read so far to cover sp.
func (m *matcher) addTrig(sp hearsay.Span) {
	if !m.trigSet {
		m.trig, m.trigSet = sp, true
		return
	}
	m.trig.Start = min(m.trig.Start, sp.Start)
	m.trig.End = max(m.trig.End, sp.End)
}

// gap tries the rest of a pattern after 0, 1, ... up to left more units,
// shortest first. A long gap may also pass over names of things and over a
// relative clause as one step ("X and Y, who met in 2010, have married").
//
// The units passed over one at a time come first: the rest is tried at u,
// u+1, ... up to the first unit the gap cannot pass over; then, from the
// last of them back to u, a relative clause or an appositive that opens
// at one of them is passed over as a step, and the gap goes on after it.
// This is the order of a search that takes one unit at a time and, on
// failure, a clause: its first match is the one found here.
func (m *matcher) gap(u, left int, long bool, rest []elem, c *cont) bool {
	s := m.s
	w := wordFirst(rest)
	inside := s.inObjectRelative(u)
	inRel := s.inSubjectRelative(u)
	k := 0 // units passed over one at a time
	for {
		if v := u + k; !m.cannotStart(w, v) && m.seq(rest, v, c) {
			return true
		}
		if k == left || !s.skippable(u+k) && !(long && s.nameOfThing(u+k)) || s.opensWhose(u+k) || s.kinOf(u+k) || s.opensReport(u+k) || (inside || inRel) && s.units[u+k].word == "," || k > 0 && s.opensOthersRelative(u, u+k) {
			break
		}
		k++
	}
	if !long || inside {
		return false
	}
	for j := min(k, left-1); j >= 0; j-- {
		v := u + j
		if v >= len(s.units) || s.units[v].word != "," { // both a relative clause and an appositive open with a comma
			continue
		}
		if end := s.relativeEnd(v); end > v {
			if m.gap(end, left-j-1, long, rest, c) {
				return true
			}
		} else if end := s.appositiveEnd(m.r, v); end > v && m.gap(end, left-j-1, long, rest, c) {
			return true
		}
	}
	return false
}

// cannotStart reports whether seq(rest, u, c) fails at once: rest opens
// with a word that must stand at u and does not, and no quotation closes at
// u for seq to pass over. A gap tries the rest at many units; this spares
// it the call where the word is missing.
func (m *matcher) cannotStart(w *elem, u int) bool {
	return w != nil && !w.startsAt(m.s.m, u) && !(m.trigSet && m.s.m.closesQuote(u))
}

// wordFirst returns the first element of rest when it is a word that must
// stand where rest starts, else nil (see cannotStart).
func wordFirst(rest []elem) *elem {
	if len(rest) == 0 || rest[0].kind != elemWord || rest[0].optional {
		return nil
	}
	return &rest[0]
}

// reportVerbs are the verbs of saying and thinking that open another
// clause (class reportverbs).
var reportVerbs = wordSet("reportverbs")

// clauseAux are the auxiliaries and modals that follow the subject of a
// clause (class clauseaux); reportKeep the words after a verb of saying
// that keep its clause ("X said in Paris") or name a group that takes in
// the speaker ("she said the family would move to Leeds"; class
// reportkeep).
var (
	clauseAux  = wordSet("clauseaux")
	reportKeep = wordSet("reportkeep")
)

// opensReport reports whether unit u is a verb of saying or thinking that
// opens another clause with a subject of its own, which a gap does not pass
// over: in "X said residents would leave" or "X warned that players would
// quit" the leaving is not X's. It opens one when "that" follows, or when
// an auxiliary follows within three plain words ("said the players would");
// a name or a pronoun after it is the subject a pattern binds ("X said she
// would leave"), a preposition keeps X's clause ("X said in Paris"), and
// the speaker's own family is the speaker's ("X said the family would move").
func (s *sent) opensReport(u int) bool {
	if u >= len(s.units) || s.units[u].ment != -1 || !s.units[u].is(clsReportVerb) {
		return false
	}
	for v := u + 1; v < len(s.units) && v <= u+4; v++ {
		x := &s.units[v]
		switch {
		case v == u+1 && x.word == "that":
			return true
		case x.ment != -1 || x.capital || x.boundary || x.word == "," || x.is(clsReportKeep):
			return false
		case x.is(clsClauseAux):
			return v > u+1
		}
	}
	return false
}

// apposOnsets are the adverbs that open an appositive telling a post held
// at another time (", formerly head of legal at Ostby Energy,").
var apposOnsets = wordSet("apposonsets")

// appositiveEnd returns the unit after an appositive that starts at u and
// describes the person before it (", 51, a Democrat who served on the City
// Council," or ", a former economist at the central bank," or an age alone,
// ", 34,", or a post of another time, ", previously finance director of
// Fenwick Motors,", or a post with no article, ", managing director of the
// haulier Tarn Freight,"), or u when none starts there. The appositive opens
// with an age, an article, one of apposOnsets, a description the mention
// stage read as the same person's or a post of the role list, or with the
// possessor of an underling's post (", Gov. Y's chief of staff,"); it names
// no person but the principal of such a post (", chief of staff to Gov. Y,")
// and is closed by its own comma, which no "and" or "or" follows (a
// list: "X, head of sales, and Y").
func (s *sent) appositiveEnd(r *resources, u int) int {
	if u == 0 || u+2 >= len(s.units) || s.units[u].word != "," || !s.isPerson(u-1) {
		return u
	}
	k := u + 1
	age := false
	if n := s.ageLength(k); n > 0 && k+n < len(s.units) && s.units[k+n].word == "," {
		k, age = k+n+1, true // the age ("34", "now 34")
	}
	if k >= len(s.units) || !s.opensAppositive(r, k) && !s.opensUnderlingPost(k) {
		if age {
			return k // "kissing X, 34, on the deck of a yacht near Positano": the age alone
		}
		return u
	}
	for j := k + 1; j < len(s.units) && j < k+20; j++ {
		x := &s.units[j]
		if x.word == "," {
			if j+1 < len(s.units) && (s.units[j+1].word == "and" || s.units[j+1].word == "or") {
				return u
			}
			return j + 1
		}
		if x.ment != -1 && x.etype == entPerson && !s.appositive(j) && !s.principalInAppositive(j) || x.word == "." || x.word == ";" || x.is(clsQuote) || x.boundary && x.word != "while" {
			return u
		}
	}
	return u
}

// ageLength returns how many units an age set off by commas takes from
// unit k: a number, after "now", "aged" or both ("Vance, now 34, and
// Moreau-Quist"; "Hale, aged 45,"), or 0 when no age starts there.
func (s *sent) ageLength(k int) int {
	n := 0
	for _, w := range [...]string{"now", "aged"} {
		if k+n < len(s.units) && s.units[k+n].ment == -1 && s.units[k+n].word == w {
			n++
		}
	}
	if k+n < len(s.units) && isNumber(s.units[k+n].word) {
		return n + 1
	}
	return 0
}

// opensAppositive reports whether an appositive may open at unit k, after
// a person's name and its comma: an article or determiner other than a
// possessive, one of apposOnsets, a description of the same person
// (", the Welsh architect who ..."), or a post of the role list told
// without an article (", chief executive of ...").
func (s *sent) opensAppositive(r *resources, k int) bool {
	x := &s.units[k]
	if x.ment == -1 && x.is(clsDeterminer) && x.word != "his" && x.word != "her" && x.word != "their" || apposOnsets[x.word] {
		return true
	}
	if s.appositive(k) {
		return true
	}
	return r != nil && x.ment == -1 && len(s.slotAt(r, slotRole, k)) > 0
}

// inObjectRelative reports whether unit u follows the subject of a relative
// clause opened by ", whom" (", whom she met on a dig in 2004, works at"):
// the clause ends at the next comma, and what follows it is told of the
// noun before "whom", so a gap from the subject does not pass that comma.
func (s *sent) inObjectRelative(u int) bool {
	for j := u - 1; j >= 1 && j >= u-4; j-- {
		switch s.units[j].word {
		case "whom":
			return s.units[j-1].word == ","
		case ",":
			return false
		}
	}
	return false
}

// inSubjectRelative reports whether unit u stands inside a relative clause
// opened by ", who" after a person, with no comma between ("X, who joined
// Carrow Rovers in 2019, was sacked as manager"): the clause ends at the
// next comma, and what follows is told of the person in the main clause,
// so a gap that starts inside the clause does not pass that comma.
func (s *sent) inSubjectRelative(u int) bool {
	for j := u - 1; j >= 2 && j >= u-maxRelativeReach; j-- {
		x := &s.units[j]
		switch {
		case x.ment == -1 && x.word == "who":
			return s.units[j-1].word == "," && s.isPerson(j-2)
		case x.word == "," || x.boundary:
			return false
		}
	}
	return false
}

// opensOthersRelative reports whether a relative clause opened by ", who"
// or ", which" starts at unit v after a gap that began at u with a verb,
// not a comma ("X has spoken of his ex-wife, who now lives in Boston"): the
// clause tells of the noun before its comma, so the gap does not pass into
// it. A clause right after the subject or its aside (", 34, who") is the
// subject's.
func (s *sent) opensOthersRelative(u, v int) bool {
	if v+1 >= len(s.units) || s.units[v].word != "," || s.units[u].word == "," {
		return false
	}
	w := s.units[v+1].word
	return w == "who" || w == "which"
}

// kinOf reports whether unit u is a kinship noun followed by "of" ("the
// wife of the chief executive of X", "daughter of the former mayor"): what
// follows is told of the relative, so a gap does not pass over it. A
// count after "of" tells the person's own children ("a father of two and
// a taxi driver").
func (s *sent) kinOf(u int) bool {
	if u+2 >= len(s.units) || s.units[u].ment != -1 || s.units[u+1].word != "of" || s.units[u+2].is(clsNumberWord) || isNumber(s.units[u+2].word) {
		return false
	}
	w := s.units[u].word
	return kinLex.rel[w] || kinLex.kin[w] || kinLex.relative[w]
}

// opensWhose reports whether a relative clause opened by "whose" starts at
// unit u (", whose mother taught at the village school,"): its verb is told
// of the noun after "whose", so a gap passes over the whole clause or not
// into it. The word "whose" itself opens one too, when a pattern's own
// comma comes before the gap ("{A} , ~ the {ROLE} of {ORG}" must not read
// "Ida Strand, whose husband was appointed chief executive of Haldor
// Mining" as her post).
func (s *sent) opensWhose(u int) bool {
	if u < len(s.units) && s.whoseUnit(u) {
		return true
	}
	return u+1 < len(s.units) && s.units[u].word == "," && s.whoseUnit(u+1)
}

// whoseUnit reports whether unit u is "whose" or a description of a
// relative it opens ("whose husband").
func (s *sent) whoseUnit(u int) bool {
	x := &s.units[u]
	if x.ment < 0 {
		return x.word == "whose"
	}
	return x.mkind == kindNominal && strings.HasPrefix(strings.ToLower(s.doc.Mentions[x.ment].Text), "whose ")
}

// relativeEnd returns the unit after a relative clause that starts at u
// (", who ... ,", ", whom the board hired in 2022,", ", whose contract runs
// until June,"), or u when none starts there.
func (s *sent) relativeEnd(u int) int {
	if u > 0 && u+1 < len(s.units) && s.units[u].word == "," && s.units[u-1].mkind == kindName && s.isPerson(u-1) &&
		s.units[u+1].ment == -1 && (s.units[u+1].word == "the" || s.units[u+1].word == "a" || s.units[u+1].word == "an") {
		return s.descriptionEnd(u)
	}
	if u+1 >= len(s.units) || s.units[u].word != "," || s.units[u+1].word != "which" && !s.whoseUnit(u+1) && !s.units[u+1].is(clsRelPronoun) {
		return u
	}
	for k := u + 2; k < len(s.units) && k < u+20; k++ {
		if s.units[k].word == "," && k+2 < len(s.units) && s.units[k+1].ment != -1 && s.units[k+2].word == "," && k+3 < len(s.units) && s.units[k+3].ment == -1 && !s.units[k+3].boundary && s.units[k+3].word != "who" {
			k += 2 // a name set off inside the clause: ", who is married to his wife, Lucia Ortega, for 24 years,"
			continue
		}
		if end := s.nameListEnd(k); end > k {
			k = end // names listed inside the clause: ", who has two children, Mia and Leo, from a previous marriage,"
			continue
		}
		if q := s.quotedEnd(k); q > k {
			if s.units[q-1].word == "," {
				return s.afterQuote(u, q) // the clause's comma inside the title's quotes: ", who starred in "Ashfall," was"
			}
			k = q
			continue
		}
		if s.units[k].word == "," {
			return k + 1
		}
		if s.units[k].boundary && s.units[k].word != "while" {
			return u
		}
	}
	return u
}

// nameListEnd returns the comma that closes a list of two or more names
// set off by the comma at k (", Mia, Leo and Ada,") when words that go on
// the clause follow it, or k when there is none.
func (s *sent) nameListEnd(k int) int {
	u := s.units
	if u[k].word != "," {
		return k
	}
	names := 0
	for j := k + 1; j < len(u) && j < k+12; j++ {
		switch {
		case u[j].ment != -1 && u[j].etype == entPerson:
			names++
		case u[j].word == "and" && names > 0:
		case u[j].word == "," && names >= 2 && u[j-1].ment != -1:
			if j+1 < len(u) && u[j+1].ment == -1 && !u[j+1].boundary && u[j+1].word != "who" && u[j+1].word != "and" {
				return j
			}
			return k
		case u[j].word == "," && names > 0 && u[j-1].ment != -1:
		default:
			return k
		}
	}
	return k
}

// descriptionEnd returns the unit after a description set off by commas
// that starts at u after a person's name (", the voice behind a string of
// hits,"), or u when none starts there. The description holds no clause
// boundary, no pronoun, no verb of its own and no second comma before its end.
func (s *sent) descriptionEnd(u int) int {
	for k := u + 2; k < len(s.units) && k < u+16; k++ {
		if q := s.quotedEnd(k); q > k {
			if s.units[q-1].word == "," {
				return s.afterQuote(u, q) // ", the star of "Blue Hour," was"
			}
			k = q
			continue
		}
		x := &s.units[k]
		if x.word == "," {
			if k+1 < len(s.units) && (s.units[k+1].word == "and" || s.units[k+1].word == "or") {
				return u // a list, not a description
			}
			return k + 1
		}
		if x.boundary || x.mkind == kindPronoun || x.ment == -1 && (x.word == "who" || x.word == "which" || x.word == "that" || verbAfterAnd[x.word] || strings.HasSuffix(x.word, "ed") && k > u+2 && s.units[k-1].ment != -1) {
			return u
		}
	}
	return u
}

// quotedEnd returns the closing quote mark of a short quotation opening at
// unit k, such as a title inside a relative clause or a description
// (", who starred in "Ashfall," was"), or k when no quote opens there or none
// closes within a few words before a clause boundary.
func (s *sent) quotedEnd(k int) int {
	if !s.units[k].is(clsQuote) {
		return k
	}
	for j := k + 2; j < len(s.units) && j <= k+8; j++ {
		if s.units[j].is(clsQuote) {
			return j
		}
		if s.units[j].boundary {
			return k
		}
	}
	return k
}

// afterQuote returns the unit after the closing quote q of a clause that
// opened at u and ends with a comma inside the quotes, or u when the
// sentence ends there.
func (s *sent) afterQuote(u, q int) int {
	if q+1 >= len(s.units) || s.units[q+1].boundary {
		return u
	}
	return q + 1
}

// nameOfThing reports whether unit u names an organisation, place or work
// (a long gap may pass over it: "Holm, the founder of Kivra Pay, has moved").
func (s *sent) nameOfThing(u int) bool {
	if u >= len(s.units) {
		return false
	}
	x := &s.units[u]
	return x.ment != -1 && x.mkind == kindName && x.etype != entPerson && x.etype != entNone
}

// quoteMarks may stand inside a pattern's gap.
var quoteMarks = map[string]bool{"\"": true, "“": true, "”": true, "``": true, "''": true}

// anyIDsAt reports whether one of the alternatives, given as numbers of the
// resources' needIndex (see idsAt), matches at u.
func (s *sent) anyIDsAt(u int, alts [][]int) bool {
	for _, a := range alts {
		if s.idsAt(u, a) > 0 {
			return true
		}
	}
	return false
}

// idsAt is wordsAt for a token sequence given as numbers of the resources'
// needIndex, compared with the units' numbers in the memo (a mention other
// than a pronoun has none, as wordsAt matches no word there).
func (s *sent) idsAt(u int, ids []int) int {
	if u+len(ids) > len(s.units) {
		return 0
	}
	need := s.m.need
	for i, id := range ids {
		if got := need[u+i]; got != id && (id != s.m.aposS || !s.m.possS[u+i]) {
			return 0
		}
	}
	return len(ids)
}

// skippable reports whether a gap may pass over unit u, computed once per
// unit while the slot memo is in use.
func (s *sent) skippable(u int) bool {
	m := s.m
	if m == nil || u >= m.units {
		return s.skippableAt(u)
	}
	if v, ok := m.skip.get(u, m.gen); ok {
		return v
	}
	return m.skip.put(u, m.gen, s.skippableAt(u))
}

// skippableAt computes skippable. An unnamed relative's description is
// passed over as its words would be ("X, her husband and their son were
// photographed at the Louvre": X was there).
func (s *sent) skippableAt(u int) bool {
	if u >= len(s.units) {
		return false
	}
	x := &s.units[u]
	if x.is(clsQuote) {
		return true // "Greer was "not engaged""
	}
	if x.boundary {
		return false
	}
	if x.ment != -1 {
		return x.mkind == kindPronoun && !x.is(clsSubjectPronoun) || s.appositive(u) || x.ment >= 0 && relativePatterns[s.doc.Mentions[x.ment].Rule] != nil && !s.verbAfter(u)
	}
	if x.word == "and" && u+1 < len(s.units) && s.units[u+1].ment == -1 && s.units[u+1].is(clsVerbAfterAnd) {
		return false // "X married Y in 2010 and is rumored to be dating Z": Y is not who is dating Z
	}
	return !x.is(clsSubjectPronoun)
}

// verbAfter reports whether the unit after u is a plain token the tagger
// read as a verb: the relative told at u is the subject of its own clause
// ("X said her husband had an affair with Y": the husband had it, not X).
func (s *sent) verbAfter(u int) bool {
	return u+1 < len(s.units) && s.units[u+1].ment == -1 && s.verbToken(&s.units[u+1])
}

// possessedPerson returns the unit of the noun for another person or group
// of people that follows, after up to two describing words, the possessive
// "'s" of a name at unit u ("Stone's parents", "Hale's longtime manager"),
// or -1 when there is none: what follows is said of them, not of the
// possessor.
func (s *sent) possessedPerson(u int) int {
	if u <= 0 || u >= len(s.units) || s.units[u-1].ment == -1 || !wordEq(s.units[u].word, "'s") && s.units[u].word != "’s" {
		return -1
	}
	for k := u + 1; k < len(s.units) && k <= u+3; k++ {
		x := &s.units[k]
		if x.ment != -1 && x.mkind != kindNominal || x.boundary || x.word == "," {
			return -1
		}
		if kinLex.kin[x.word] || kinLex.rel[x.word] || otherPersonNouns[x.word] {
			return k
		}
	}
	return -1
}

// possessedThing returns the unit of a noun of class ownedthings (a firm,
// a club, a band) possessed by the mention right before unit u, which holds
// "'s", within three units, or -1: "Hale's company is based in Leeds" is the
// company's base, not Hale's home.
func (s *sent) possessedThing(u int) int {
	if u <= 0 || u >= len(s.units) || s.units[u-1].ment == -1 || !wordEq(s.units[u].word, "'s") && s.units[u].word != "’s" {
		return -1
	}
	for k := u + 1; k < len(s.units) && k <= u+3; k++ {
		x := &s.units[k]
		if x.ment != -1 || x.boundary || x.word == "," {
			return -1
		}
		if ownedThings[x.word] {
			return k
		}
	}
	return -1
}

// ownedThings are the things a person owns or leads that a clause may be
// about after the person's possessive (ownedthings of classes.tsv).
var ownedThings = wordSet("ownedthings")

// otherPersonNouns name people around someone who are not that person (a
// representative, who speaks for the person, is not one of them: "Berg's rep
// denied the engagement rumors" is about Berg).
var otherPersonNouns = wordSet("otherpersonnouns")

// verbAfterAnd open a second verb phrase of the subject after "and".
var verbAfterAnd = wordSet("verbafterand")

// appositive reports whether unit u is a description set off after a name
// of the same person ("Giada, a former model, married"): a gap may pass
// over it.
func (s *sent) appositive(u int) bool {
	x := &s.units[u]
	if x.mkind != kindNominal || u < 2 || s.units[u-1].word != "," {
		return false
	}
	y := &s.units[u-2]
	return y.ment != -1 && len(y.ents) == 1 && len(x.ents) == 1 && y.ents[0] == x.ents[0]
}

// wordsAt returns how many units the token sequence ws matches at u (0 for
// none).
func (s *sent) wordsAt(u int, ws []string) int {
	if u+len(ws) > len(s.units) {
		return 0
	}
	for i, w := range ws {
		x := &s.units[u+i]
		if x.ment != -1 && x.mkind != kindPronoun && (x.etype == entPerson || x.word != w) {
			return 0 // a one-word name of a group or a body is its word ("a Democrat", "the Senate")
		}
		if !wordEq(x.word, w) {
			return 0
		}
	}
	return len(ws)
}

func wordEq(tok, w string) bool {
	if tok == w {
		return true
	}
	if w == "'s" {
		return tok == "'" || tok == "s"
	}
	return false
}

// An option is one way a slot can match: how many units it takes and what it
// binds.
type option struct {
	n    int
	ages []int // for {KIDS}: each child's stated age, -1 when none; nil when none is read
	num  int   // for {N}: the number read
	bound
}

// memoSlot returns the options of slot sl at unit u that the sentence's
// memo holds, and whether it holds them: the test slotAt opens with, small
// enough to be inlined where the matcher asks most (see slotAt).
func (s *sent) memoSlot(sl slot, u int) ([]option, bool) {
	if m := s.m; m != nil && u < len(s.units) {
		if e := &m.slots[int(sl)*len(s.units)+u]; e.gen == m.gen {
			return e.opts, true
		}
	}
	return nil, false
}

// slotAt returns the options of slot sl at unit u, computed once per
// sentence while the slot memo is in use.
func (s *sent) slotAt(r *resources, sl slot, u int) []option {
	if u >= len(s.units) {
		return nil
	}
	if s.m == nil {
		s.memo(r)
	}
	m := s.m
	key := int(sl)*len(s.units) + u
	if e := &m.slots[key]; e.gen == m.gen {
		return e.opts
	}
	var opts []option
	if !personSlots[sl] || m.near[u]-u <= maxPremods {
		opts = s.slotOpts(r, sl, u)
	}
	m.slots[key] = slotEntry{opts: opts, gen: m.gen}
	return opts
}

// slotPresent reports whether slot sl can match anywhere in the sentence:
// a pattern that requires it matches nowhere else. The answer is kept for
// the sentence, as are the slot's options at each unit.
func (s *sent) slotPresent(r *resources, sl slot) bool {
	if s.m == nil {
		s.memo(r)
	}
	m := s.m
	if m.anyGen[sl] != m.gen {
		m.any[sl] = false
		if k, ok := literalSlot(sl); ok {
			m.any[sl] = s.literalPresent(r, sl, k)
		} else if types := namedSlotTypes[sl]; types != nil {
			m.any[sl] = s.namedPresent(types)
		} else {
			for u := 0; u < len(s.units); u++ {
				if personSlots[sl] && m.near[u] == len(s.units) {
					break // no person from u on
				}
				if personSlots[sl] && m.near[u]-u > maxPremods {
					u = m.near[u] - maxPremods - 1 // a person slot matches no farther from the person (see slotAt)
					continue
				}
				if len(s.slotAt(r, sl, u)) > 0 {
					m.any[sl] = true
					break
				}
			}
		}
		m.anyGen[sl] = m.gen
	}
	return m.any[sl]
}

// The entity types of the names slots of places, organisations and works
// match (see slotOpts), and namedSlotTypes by slot.
var (
	placeTypes     = []hearsay.EntityType{hearsay.Place, hearsay.Org, hearsay.Misc, hearsay.Event}
	orgTypes       = []hearsay.EntityType{hearsay.Org, hearsay.Place, hearsay.Work, hearsay.Misc, hearsay.Event}
	workTypes      = []hearsay.EntityType{hearsay.Work, hearsay.Misc, hearsay.Org, hearsay.Event}
	namedSlotTypes = [numSlots][]hearsay.EntityType{slotPlace: placeTypes, slotOrg: orgTypes, slotWork: workTypes}
)

// namedPresent reports whether namedOpt(u, types...) matches at some unit
// u, without making its options: at a mention of one entity of one of
// types, or at a capitalised plain word that starts a name (see namedOpt;
// the name after a possessive it may also read matches on its own). A
// slot of places or works matches where namedOpt does (see eventPlace),
// and one of organisations also where describedOrg does, which ends with
// the mention of an organisation.
func (s *sent) namedPresent(types []hearsay.EntityType) bool {
	for u := range s.units {
		x := &s.units[u]
		if x.ment != -1 {
			if len(x.ents) == 1 && x.etype.in(types) {
				return true
			}
			continue
		}
		if !x.capital || x.boundary || modifierWord(x.word) || s.inTimex(x.Span) {
			continue
		}
		if s.capitalRun(u) > 0 {
			return true // a determiner or an opener ("As") alone, or a nationality, names nothing
		}
	}
	return false
}

// literalSlot returns the literal table whose phrases slot sl matches,
// and whether it matches one.
func literalSlot(sl slot) (litTable, bool) {
	switch sl {
	case slotRole:
		return litRoles, true
	case slotRel:
		return litReligions, true
	case slotNat:
		return litNations, true
	}
	return 0, false
}

// literalPresent is slotPresent for slot sl of literal table k: a phrase
// of the table starts at a unit whose literalStarts holds k, at most
// maxLitSkip units after where the slot matches (see literalOpt), so only
// the units up to maxLitSkip before such a unit are tried.
func (s *sent) literalPresent(r *resources, sl slot, k litTable) bool {
	if m := s.m; m != nil && m.units == len(s.units) {
		if m.litGen != m.gen {
			s.allLiteralStarts(r)
		}
		if m.litAll&(1<<k) == 0 {
			return false // no unit starts a phrase of the table
		}
	}
	next := 0 // the first unit not tried yet
	for v := range s.units {
		if s.literalStarts(r, v)&(1<<k) == 0 {
			continue
		}
		for u := max(next, v-maxLitSkip); u <= v; u++ {
			if len(s.slotAt(r, sl, u)) > 0 {
				return true
			}
		}
		next = v + 1
	}
	return false
}

// maxLitSkip is the most modifiers literalOpt passes over before a phrase.
const maxLitSkip = 2

// personSlots match people only (see personOpts): a person's mention must
// stand at most maxPremods units after where they match.
var personSlots = [numSlots]bool{slotA: true, slotB: true, slotAB: true, slotP: true}

// maxPremods is the most units premodsAt passes over.
const maxPremods = 10

// slotOpts computes the ways slot sl can match at unit u.
func (s *sent) slotOpts(r *resources, sl slot, u int) []option {
	switch sl {
	case slotA:
		return s.personsAt(r, u, false)
	case slotB, slotP:
		opts := s.personsAt(r, u, false)
		if s.possessiveOfNamed(u) { // "split from her boyfriend, X": X, not her
			named := opts[:0:0]
			for _, o := range opts {
				if o.n > 1 {
					named = append(named, o)
				}
			}
			return named
		}
		return opts
	case slotAB:
		return s.personsAt(r, u, true)
	case slotPlace:
		if s.basedCompound(u) {
			return nil // "comes from the Antwerp-based shipping group": the place describes what follows (see compound.go)
		}
		return s.eventPlace(u, s.namedOpt(u, placeTypes...))
	case slotOrg:
		if opts := s.describedOrg(u); opts != nil {
			return s.orgSeats(opts)
		}
		if s.basedCompound(u) {
			return nil // "chief executive of New York-based Orbis": the place says where the organisation is
		}
		if u >= 2 && s.units[u-1].word == "in" && s.units[u-2].word == "based" {
			return nil // "X, a charity based in Leeds, has named Y": where the organisation is, not one that acts
		}
		if s.adjectiveOnly(r, u) {
			return nil // "head of European operations at X": an adjective of the post's field, no organisation
		}
		if s.capitalTitle(r, u) {
			return nil // "Managing Director of X", "as Chief Executive Officer": a title in capitals, no name
		}
		if s.portfolioAt(r, u) {
			return nil // "Minister for Agriculture", "Commissioner for Works": the post's portfolio, no organisation
		}
		return s.orgSeats(s.namedOpt(u, orgTypes...))
	case slotWork:
		return s.namedOpt(u, workTypes...)
	case slotRole:
		return s.literalOpt(r, u, litRoles, r.roleMax, true)
	case slotRel:
		return s.literalOpt(r, u, litReligions, r.religionMax, false)
	case slotNat:
		return s.literalOpt(r, u, litNations, r.nationMax, false)
	case slotN:
		return s.ordinalOpt(r, u)
	case slotKids:
		return s.kidsOpt(r, u)
	case slotOcc:
		return s.occupationOpt(u)
	}
	return nil
}

// adjectiveOnly reports whether unit u is a word of nationality or region
// that the names stage read as a name but that only modifies the
// lowercase noun after it ("European operations", "Asian business"; class
// regionadjectives of classes.tsv and the nationality list).
func (s *sent) adjectiveOnly(r *resources, u int) bool {
	x := &s.units[u]
	if (x.ment == -1 && !x.capital || x.ment != -1 && x.etype != entMisc) || u+1 >= len(s.units) || !premodWord0(&s.units[u+1]) {
		return false
	}
	w := strings.ToLower(s.doc.Text[x.Start:x.End])
	return r.nations[w] != "" || regionAdjectives[w]
}

// capitalTitle reports whether a post of roles.txt written in capitals
// starts at unit u, every word of it capitalised and none a name the names
// stage read ("Managing Director", "Chief Executive Officer"; not "Europe
// minister"): a title, where a slot of organisations finds no name.
func (s *sent) capitalTitle(r *resources, u int) bool {
	x := &s.units[u]
	if x.ment != -1 || !x.capital || plainLitStarts(x.word, x.info)&(1<<litRoles) == 0 {
		return false
	}
	for _, o := range s.literalAt(r, u, 0, litRoles, r.roleMax) {
		all := true
		for k := u; k < u+o.n; k++ {
			if y := &s.units[k]; y.ment != -1 || !y.capital {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// portfolioAt reports whether the capitalised plain words from unit u,
// right after "for" or "of", end with a word of a field or portfolio
// (data/fieldnouns.txt: "Minister for Agriculture", "Commissioner for
// Works", "Secretary of State for Foreign Affairs"): the post's portfolio,
// which names no organisation.
func (s *sent) portfolioAt(r *resources, u int) bool {
	if u == 0 || s.units[u-1].word != "for" && s.units[u-1].word != "of" {
		return false
	}
	last := -1
	for k := u; k < len(s.units) && k < u+4; k++ {
		x := &s.units[k]
		if x.ment != -1 || !x.capital || x.boundary {
			break
		}
		last = k
	}
	return last >= 0 && r.fieldNouns[strings.ToLower(s.units[last].word)]
}

// regionAdjectives name a region of the world as an adjective.
var regionAdjectives = wordSet("regionadjectives")

// orgSeats adds to the options of an organisation's slot, after them, the
// same organisation read with the place it is in ("the chief executive of
// St Mary's Hospital in Tarrow, Dr Alan Pryce,"): the place is where the
// organisation is, and what follows it goes on with the pattern.
func (s *sent) orgSeats(opts []option) []option {
	k := 0
	for _, o := range opts {
		if s.seatAfterOrg(o) {
			k++
		}
	}
	if k == 0 {
		return opts
	}
	out := append(s.takeOpts(len(opts)+k), opts...)
	for _, o := range opts {
		if s.seatAfterOrg(o) {
			o.n += 2
			out = append(out, o)
		}
	}
	return out
}

// seatAfterOrg reports whether option o of an organisation's slot ends with
// the name of an organisation that "in" and the name of one place follow.
func (s *sent) seatAfterOrg(o option) bool {
	if !o.set || len(o.ents) != 1 || o.lit != "" {
		return false
	}
	v := s.unitAt(o.span.End - 1)
	if v < 0 || v+2 >= len(s.units) || s.units[v].etype != entOrg || s.units[v+1].word != "in" {
		return false
	}
	y := &s.units[v+2]
	return y.ment != -1 && y.mkind == kindName && y.etype == entPlace && len(y.ents) == 1
}

// eventPlace replaces the name of an event matched at u by the place named
// right after it ("at the Grammys in Los Angeles", "at the Aurora Awards,
// London"): the event is no place; a festival is (festivalHeads).
func (s *sent) eventPlace(u int, opts []option) []option {
	if len(opts) != 1 {
		return opts
	}
	v := u + opts[0].n // the unit after the event's name
	if x := &s.units[v-1]; x.ment == -1 || x.etype != entEvent || v+1 >= len(s.units) ||
		len(x.ents) == 1 && hasHead(s.doc.Entities[x.ents[0]].Name, festivalHeads) {
		return opts // a festival is where they were ("at the Lowenna Festival in Somerset")
	}
	if w := s.units[v].word; w != "in" && w != "," {
		return opts
	}
	y := &s.units[v+1]
	if y.ment == -1 || y.etype != entPlace || len(y.ents) != 1 {
		return opts
	}
	return s.opt(option{n: v + 2 - u, bound: bound{set: true, ents: y.ents, span: y.Span}})
}

// occupationOpt matches a short description of work: one to three
// lowercase words before a preposition or punctuation ("investment banker").
func (s *sent) occupationOpt(u int) []option {
	skip := 0
	for u+skip < len(s.units) && jobStateWord(s.units[u+skip].word) {
		skip++
	}
	if skip > 0 {
		opts := s.occupationOpt(u + skip)
		for i := range opts {
			opts[i].n += skip
		}
		return opts
	}
	if u < len(s.units) && strings.HasPrefix(s.units[u].word, "-") {
		return nil // "the Brooklyn-born director": the rest of a word that begins with a name
	}
	n := 0
	for u+n < len(s.units) && n < 3 && premodWord0(&s.units[u+n]) && !s.units[u+n].is(clsNotPremod) && !s.units[u+n].is(clsDeterminer) {
		n++
	}
	if n == 0 {
		return nil
	}
	if u+n < len(s.units) && premodWord0(&s.units[u+n]) && !s.units[u+n].is(clsNotPremod) {
		return nil // longer than a job title
	}
	sp := hearsay.Span{Start: s.units[u].Start, End: s.units[u+n-1].End}
	lit := s.joinWords(u, n)
	lit = lit[pastPrefixLen(lit):] // "an ex-finance director at X": the job is "finance director"
	return s.opt(option{n: n, bound: bound{set: true, lit: lit, span: sp}})
}

// jobStateWord reports whether w tells the state of a job and is no part
// of its name: "a former nurse", "a qualified accountant", "a self-employed
// plumber", "a part-time cleaner".
func jobStateWord(w string) bool { return jobStateWords[w] }

// jobStateWords are the words of jobStateWord (class jobstate of
// data/classes.tsv).
var jobStateWords = wordSet("jobstate")

// joinWords returns the words of the n plain units from u joined by
// spaces, as strings.Join would, without a list of them.
func (s *sent) joinWords(u, n int) string {
	if n == 1 {
		return s.units[u].word
	}
	if w, ok := s.joinedInText(u, n); ok {
		return w
	}
	size := n - 1
	for i := range n {
		size += len(s.units[u+i].word)
	}
	var b strings.Builder
	b.Grow(size)
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s.units[u+i].word)
	}
	return b.String()
}

// joinedInText returns joinWords(u, n) as the document's lowercased text
// holds it, with nothing allocated, when the text holds exactly the units'
// words with one space between each and the next.
func (s *sent) joinedInText(u, n int) (string, bool) {
	if s.ar == nil {
		return "", false
	}
	lower := s.ar.lower
	for i := range n {
		x := &s.units[u+i]
		if x.Start < 0 || x.End > len(lower) || x.End-x.Start != len(x.word) || lower[x.Start:x.End] != x.word {
			return "", false
		}
		if i > 0 && (x.Start != s.units[u+i-1].End+1 || lower[x.Start-1] != ' ') {
			return "", false
		}
	}
	return lower[s.units[u].Start:s.units[u+n-1].End], true
}

// roleMods may precede a role without changing it.
var roleMods = wordSet("rolemods")

// premodsAt returns how many units from u may stand between a relation word
// and a name without changing who is meant: ages ("25-year-old"),
// determiners, possessives and descriptions ("costume designer", "the polo
// player", "her longtime boyfriend,"). They count only when a person's
// mention follows. A verb that takes its object ("married", "divorced")
// right after a comma or a kinship noun is no description: it is the verb
// of the subject before ("X, the Kelby Town skipper, married Y": Y holds
// no post; "X, whose daughter married Y": Y is no child of X).
func (s *sent) premodsAt(r *resources, u int) int {
	if u > 0 && u < len(s.units) && (s.units[u-1].word == "," || s.units[u-1].is(clsRelNoun) || kinLex.kin[s.units[u-1].word] || kinLex.relative[s.units[u-1].word]) && objectWords[s.units[u].word] {
		return 0
	}
	n := 0
	comma := false
	for u+n < len(s.units) && n <= maxPremods {
		x := &s.units[u+n]
		if s.isPerson(u+n) && !s.personPremod(r, u+n) {
			if x.mkind == kindPronoun && u+n+1 < len(s.units) && !s.isPerson(u+n+1) && !s.premodWordAt(r, u+n+1) && !s.units[u+n+1].is(clsQuote) {
				return n // the pronoun is the person
			}
			if x.mkind != kindPronoun {
				return n
			}
		}
		if l := s.lengthOf(u + n); l > 0 && n > 0 && s.units[u+n-1].is(clsRelNoun) {
			n += l // "her husband of ten years, X"
			continue
		}
		switch {
		case x.ment != -1 && x.mkind == kindPronoun && x.is(clsPossessive):
		case x.word == "," && !comma && n > 0:
			if s.units[u+n-1].ment == -1 && r.bodies[s.units[u+n-1].word] != "" {
				return 0 // "the speaker of Slovenia's parliament, X": the words before the comma name a body, not X
			}
			comma = true
		case x.is(clsQuote) && n > 0: // a title set off inside a description: her "Night Shift" co-star X
		case x.word == "of" && n > 0 && !comma && s.premodWordAt(r, u+n-1) && u+n+1 < len(s.units) && !s.units[u+n+1].is(clsDeterminer) && s.premodWordAt(r, u+n+1):
			// "his former deputy chief of staff, X"
		case s.premodWordAt(r, u+n):
		case s.namePremod(r, u+n), s.personPremod(r, u+n):
		case s.capitalPremod(r, u+n):
		case s.titleWordPremod(r, u+n):
		default:
			return 0
		}
		n++
	}
	return 0
}

// premods returns premodsAt(r, u), computed once per unit while the slot
// memo is in use.
func (s *sent) premods(r *resources, u int) int {
	m := s.m
	if m == nil || u >= m.units {
		return s.premodsAt(r, u)
	}
	if v, ok := m.pre.get(u, m.gen); ok {
		return v
	}
	return m.pre.put(u, m.gen, s.premodsAt(r, u))
}

// personPremod reports whether the unit at u is a name taken for a person
// that stands right before a noun of a place in a team, a band or a party
// (membernoun and politicsnoun of classes.tsv) and another person's name,
// as the name of a team, a series or a band does ("Formula One driver X",
// "Chelsea striker X").
func (s *sent) personPremod(r *resources, u int) bool {
	x := &s.units[u]
	if x.ment == -1 || x.mkind != kindName || x.etype != entPerson || u+2 >= len(s.units) {
		return false
	}
	next := &s.units[u+1]
	return next.ment == -1 && next.is(clsMember) && s.isPerson(u+2) && s.units[u+2].mkind == kindName
}

// namePremod reports whether the unit at u is the name of an organisation,
// place or the like inside a description before a person, followed by a
// lowercase description word ("former NFL linebacker X", "Apple chief X").
func (s *sent) namePremod(r *resources, u int) bool {
	x := &s.units[u]
	if x.ment == -1 || x.etype == entPerson || x.mkind == kindPronoun {
		return false
	}
	if u+2 < len(s.units) && s.units[u+1].is(clsQuote) {
		u++ // a quoted title: her "Night Shift" co-star X
	}
	return u+1 < len(s.units) && s.premodWordAt(r, u+1) && !s.units[u+1].capital
}

// capitalPremod reports whether the unit at u is a capitalised word the
// tagger left unnamed inside a description before a person, followed by a
// lowercase description word ("Olympic gymnast X", "Emmy-winning actress X"),
// maybe past another such capitalised word ("Premier League footballer X").
func (s *sent) capitalPremod(r *resources, u int) bool {
	if !s.plainCapital(u) || u+1 >= len(s.units) {
		return false
	}
	k := u + 1
	if s.plainCapital(k) && k+1 < len(s.units) {
		k++
	}
	return s.premodWordAt(r, k) && !s.units[k].capital
}

// titleWordPremod reports whether the unit at u is a capitalised word the
// tagger left outside the titled name of a person one or two units after
// it, with which, and the words between, it makes a post of roles.txt,
// whole or ending in the name's first word ("sacked Interior Cabinet Secretary
// Joseph Mwangi", "fired Health Commissioner Rob Tate"): the rest of the
// title, no other person.
func (s *sent) titleWordPremod(r *resources, u int) bool {
	if !s.plainCapital(u) {
		return false
	}
	k := u + 1
	if k < len(s.units) && s.plainCapital(k) {
		k++
	}
	if k >= len(s.units) || !s.units[k].onePerson(kindName) {
		return false
	}
	first, _, _ := strings.Cut(s.units[k].word, " ")
	var bufArr [64]byte
	for j := u; j < k; j++ {
		buf := bufArr[:0]
		for i := j; i < k; i++ {
			buf = append(append(buf, s.units[i].word...), ' ')
		}
		if _, ok := r.roles[string(buf[:len(buf)-1])]; ok && k-j >= 2 {
			return true // the whole title outside the name, of two words or three ("Health Commissioner")
		}
		if _, ok := r.roles[string(append(buf, first...))]; ok {
			return true
		}
	}
	return false
}

// plainCapital reports whether the unit at u is a capitalised word that no
// mention holds, no sentence boundary and no time expression.
func (s *sent) plainCapital(u int) bool {
	x := &s.units[u]
	return x.ment == -1 && x.capital && !x.boundary && !s.inTimex(x.Span)
}

// premodWordAt returns premodWord of unit u, read from the memo while it
// is in use.
func (s *sent) premodWordAt(r *resources, u int) bool {
	m := s.m
	if m == nil || u >= m.units {
		return premodWord(r, &s.units[u]) && !s.finiteVerb(u)
	}
	if v, ok := m.pw.get(u, m.gen); ok {
		return v
	}
	return m.pw.put(u, m.gen, premodWord(r, &s.units[u]) && !s.finiteVerb(u))
}

// finiteVerb reports whether plain unit u is a word the tagger read as a
// verb of a clause (a present tense in -s, a modal) that no list of
// description words holds: "His lawyer hopes X will win" puts no
// description "hopes" before X.
func (s *sent) finiteVerb(u int) bool {
	x := &s.units[u]
	if x.ment != -1 || x.is(clsPremod) || isAgeWord(x.word) {
		return false
	}
	switch s.xposOf(u) {
	case "VBZ", "MD":
		return true
	}
	return false
}

// premodWord reports whether a unit may be part of a description before a
// name: an age, a listed word, or a lowercase word that is not a function
// word or verb form.
func premodWord(r *resources, x *unit) bool {
	if x.ment != -1 || x.boundary {
		return false
	}
	if isAgeWord(x.word) || x.is(clsPremod) || x.word == "dr." || x.word == "\"" {
		return true
	}
	if x.capital || x.is(clsNotPremod) {
		return false
	}
	for _, c := range x.word {
		if !(c >= 'a' && c <= 'z' || c == '-') {
			return false
		}
	}
	return !strings.HasSuffix(x.word, "ed") && !strings.HasSuffix(x.word, "ing") && !strings.HasSuffix(x.word, "ly")
}

var possessives = map[string]bool{"his": true, "her": true, "their": true, "its": true}

// notPremod are function words and common verbs that end a description.
var notPremod = wordSet("notpremod")

// personsAt returns personOpts(r, u, pair), computed once per unit and
// kind while the slot memo is in use. The options are shared: callers do
// not change them.
func (s *sent) personsAt(r *resources, u int, pair bool) []option {
	m := s.m
	if m == nil || u >= m.units {
		return s.personOpts(r, u, pair)
	}
	k := 2*u + boolInt(pair)
	if m.peopleGen[k] != m.gen {
		var opts []option
		if pair {
			opts = s.pairsOf(s.personsAt(r, u, false))
		} else {
			opts = s.personOpts(r, u, false)
		}
		m.people[k], m.peopleGen[k] = opts, m.gen
	}
	return m.people[k]
}

// pairsOf returns the options of opts, personOpts without pair, that bind
// two people or more: personOpts with pair, which differs only in leaving
// out a single person.
func (s *sent) pairsOf(opts []option) []option {
	keep := 0
	for i := range opts {
		if len(opts[i].ents) >= 2 {
			keep++
		}
	}
	if keep == len(opts) {
		return opts
	}
	if keep == 0 {
		return nil
	}
	out := s.takeOpts(keep)
	for _, o := range opts {
		if len(o.ents) >= 2 {
			out = append(out, o)
		}
	}
	return out
}

// personOpts matches people at u: a single mention (or a group, which binds
// all its members), or two mentions joined by "and". With pair set, only
// two different people match.
func (s *sent) personOpts(r *resources, u int, pair bool) []option {
	var out []option
	var two [2]int
	starts := append(two[:0], u)
	if pre := s.premods(r, u); pre > 0 {
		if s.personPremod(r, u) {
			starts = starts[:0] // "Formula One driver X": X only
		}
		starts = append(starts, u+pre)
		if u+1 < len(s.units) && postNoun(s.units[u+1].word) {
			starts[0], starts[1] = u+pre, u // "the ouster of his predecessor, X": X first, him only for "his predecessor" itself
		}
	}
	if k := s.modifierName(r, u); k > 0 {
		starts = append(starts[:0], k)
	}
	for _, v := range starts {
		if v == u && s.possessiveBefore(v) {
			continue // "engaged to his high school sweetheart, Maya Lin": not him
		}
		if v < len(s.units) && s.isPerson(v) {
			out = s.appendPersonAt(out, r, u, v, pair)
		}
	}
	return out
}

// modifierName returns the unit of the person that a name at u only
// describes, when a lowercase description word and that person's name
// follow it right away and the entity stage read the words as that
// person's description ("Formula One driver Mattias Hovland", where the
// tagger took the series for a person), or 0.
func (s *sent) modifierName(r *resources, u int) int {
	if s.doc == nil || u+2 >= len(s.units) || !s.isPerson(u) || s.units[u].mkind != kindName || s.units[u+1].capital || !s.premodWordAt(r, u+1) {
		return 0
	}
	k := u + 1 + s.premods(r, u+1)
	if k >= len(s.units) || !s.isPerson(k) || s.units[k].mkind != kindName || len(s.units[k].ents) != 1 || slices.Equal(s.units[u].ents, s.units[k].ents) {
		return 0
	}
	for i := range s.doc.Facts {
		f := &s.doc.Facts[i]
		if f.Rule == "entity-premodifier" && len(f.Args) > 0 && f.Args[0].Entity == s.units[k].ents[0] && f.Trigger.Start <= s.units[u].Start && s.units[u].End <= f.Trigger.End {
			return k
		}
	}
	return 0
}

// possessiveBefore reports whether unit v is a possessive determiner ("his",
// "their", "its") before a word of the noun phrase it opens.
func (s *sent) possessiveBefore(v int) bool {
	if v+1 >= len(s.units) {
		return false
	}
	switch s.units[v].word {
	case "his", "their", "its":
	default:
		return false
	}
	if v == 0 || !objectWords[s.units[v-1].word] {
		return false // "his wife, X": the possessor is the person
	}
	next := &s.units[v+1]
	if next.ment != -1 || next.boundary || next.word == "," || next.word == "'s" {
		return false
	}
	for k := v + 1; k < len(s.units) && k <= v+4 && s.units[k].ment == -1; k++ {
		if s.units[k].is(clsRelNoun) || kinLex.kin[s.units[k].word] || unionNouns[s.units[k].word] {
			return false // "with his former partner, X", "from his first marriage": a relation of his
		}
	}
	return true
}

// postNoun reports whether w names a person by the possessor's post:
// after a possessive it opens the description of someone else.
func postNoun(w string) bool { return postNouns[w] }

// postNouns are the words of postNoun (data/classes.tsv).
var postNouns = wordSet("postnouns")

// unionNouns name a marriage or relationship of the possessor.
var unionNouns = wordSet("unionnouns")

// objectWords take the person after them as their object ("engaged to",
// "married"), so a possessive after them opens the object's description.
var objectWords = wordSet("objectwords")

// appendPersonAt appends to out the matches of people whose first mention
// is unit v (the match starts at u, before any description).
func (s *sent) appendPersonAt(out []option, r *resources, u, v int, pair bool) []option {
	x := &s.units[v]
	e := s.postNominalEnd(v) // "Miles Fenwright KC, of ...": the person reads over the letters after the name
	aside := s.asideEnd(v, e)
	if !pair || len(x.ents) >= 2 {
		if out == nil {
			out = s.takeOpts(2)
		}
		out = append(out, option{n: e - u, bound: bound{set: true, ents: x.ents, span: x.Span}})
		if aside > e {
			out = append(out, option{n: aside - u, bound: bound{set: true, ents: x.ents, span: x.Span}}) // "Morag (née Baird), a teacher"
		}
	}
	// "X and Y", "X and her husband Y", "X & Y", "X, 34, and Y", "X (née Z) and Y"
	w := max(e, aside)
	if w+2 < len(s.units) && s.units[w].word == "," {
		if n := s.ageLength(w + 1); n > 0 && w+n+1 < len(s.units) && s.units[w+n+1].word == "," {
			w += n + 2 // "X, now 34, and Y"
		}
	}
	if k := s.describedBeforeAnd(v, w); k > w {
		w = k // "Prince Konrad, 58, the reigning sovereign, and Princess Marguerite"
	}
	if w < len(s.units) && (s.units[w].word == "and" || s.units[w].word == "&") && s.units[w].ment == -1 {
		w++
		if w < len(s.units) && s.units[w].mkind == kindPronoun {
			if k, e := s.relNounAfter(w), s.unnamedSpouseAt(w); k > 0 && e >= 0 && !s.isPersonAfter(k+1) {
				// "X and his wife are divorcing": the wife the text does not name
				ents := s.slab().union(x.ents, []int{e})
				if len(ents) >= 2 {
					if out == nil {
						out = s.takeOpts(2)
					}
					b := bound{set: true, ents: ents, span: hearsay.Span{Start: x.Start, End: s.units[k].End}}
					out = append(out, option{n: k + 1 + s.lengthOf(k+1) - u, bound: b})
				}
				return out
			}
			if k := s.relNounAfter(w); k > 0 && k+1 < len(s.units) {
				w = k + 1
				w += s.lengthOf(w) // "her husband of eight years"
				if w+1 < len(s.units) && s.units[w].word == "," {
					w++
				}
			}
		}
		if w < len(s.units) && (!s.isPerson(w) || s.units[w].mkind == kindPronoun && s.units[w].is(clsPossessive)) {
			w += s.premods(r, w) // "X and her \"Night Shift\" co-star Y"
		}
		if w < len(s.units) && s.isPerson(w) && !s.kinPossessor(w) {
			ents := s.slab().union(x.ents, s.units[w].ents)
			if len(ents) >= 2 {
				if out == nil {
					out = s.takeOpts(2)
				}
				b := bound{set: true, ents: ents, span: hearsay.Span{Start: x.Start, End: s.units[w].End}}
				if end, ok := s.pairEnd(w); !ok {
					// the words after the second person describe that person alone
				} else if end > w+1 {
					out = append(out, option{n: end - u, bound: b}) // the pair read past the second person's description
				} else {
					out = append(out, option{n: w - u + 1, bound: b})
					if end := s.asideEnd(w, w+1); end > w+1 {
						out = append(out, option{n: end - u, bound: b}) // "Gordon and Sheila Fairley (née Mott), of Holmby"
					}
				}
			}
		}
	}
	return out
}

// kinPossessor reports whether the person at unit w only owns the relative
// named after it, a parent, a partner or a sibling: in "X and Y's father
// divorced" the pair is X and the father, not X and Y. A child after the
// possessive ("X and Y's son") is the pair's own and keeps them a pair.
func (s *sent) kinPossessor(w int) bool {
	if w+2 >= len(s.units) || s.units[w+1].word != "'s" {
		return false
	}
	for k := w + 2; k < len(s.units) && k <= w+4; k++ {
		x := &s.units[k]
		if x.ment != -1 || x.boundary || x.word == "," {
			return false
		}
		if kinLex.child[x.word] || kinLex.child[strings.TrimSuffix(x.word, "s")] || x.word == "children" || x.word == "kids" {
			return false
		}
		if kinLex.rel[x.word] || kinLex.relative[x.word] {
			return true
		}
	}
	return false
}

// unnamedSpouseAt returns the entity of an unnamed spouse or partner whose
// description opens with the possessive at unit w ("his wife", "her
// partner"), which the possessive's own unit hides, or -1.
func (s *sent) unnamedSpouseAt(w int) int {
	for _, k := range s.mentionsHere() {
		m := &s.doc.Mentions[k]
		if m.Start == s.units[w].Start && m.End > s.units[w].End && (m.Rule == "unnamed-spouse" || m.Rule == "unnamed-partner") && m.Entity >= 0 {
			return m.Entity
		}
	}
	return -1
}

// isPersonAfter reports whether unit k, past a comma, is a person: the name
// a relation noun is followed by ("her husband, Tom Hale").
func (s *sent) isPersonAfter(k int) bool {
	if k < len(s.units) && s.units[k].word == "," {
		k++
	}
	return k < len(s.units) && s.isPerson(k)
}

// asideEnd returns the unit after an aside in parentheses written right
// after the person's name at v, which ends at e: a maiden name, a birth
// year, a party, a spouse ("Morag (née Baird)", "Ruth (Nyberg) Lindqvist",
// "Tom Hale (D-Ohio)", "Philippa Kane (née Gillespie; born 1961)"). The
// surname the person's name ends with, written after the aside as survivor
// lists and alumni notes do, and a class year after it belong to the aside
// ("Jenna (Pell) Delahunt '95"). It returns e when no aside follows.
func (s *sent) asideEnd(v, e int) int {
	if e+2 >= len(s.units) || s.units[e].word != "(" {
		return e
	}
	end := e
	for k := e + 1; k < len(s.units) && k <= e+maxAside+1; k++ {
		x := &s.units[k]
		if x.word == ")" {
			end = k + 1
			break
		}
		if x.boundary && x.word != ";" {
			return e
		}
	}
	if end == e || end == e+2 {
		return e // "()" or nothing closes it
	}
	if end < len(s.units) && s.surnameAt(v, end) {
		end++
	}
	if end < len(s.units) && classYear(s.units[end].word) {
		end++
	}
	return end
}

// asideClose returns the unit of the ")" that closes an aside after the
// person's name at v (see asideEnd), or -1 when there is none.
func (s *sent) asideClose(v int) int {
	end := s.asideEnd(v, v+1)
	for k := end - 1; k > v+1; k-- {
		if s.units[k].word == ")" {
			return k
		}
	}
	return -1
}

// maxAside is the most units an aside in parentheses after a name holds.
const maxAside = 8

// surnameAt reports whether unit k is a plain capitalised word with which
// the name of the one person the unit at v mentions ends.
func (s *sent) surnameAt(v, k int) bool {
	x, y := &s.units[v], &s.units[k]
	if y.ment != -1 || !y.capital || len(x.ents) != 1 || s.doc == nil || x.ents[0] >= len(s.doc.Entities) {
		return false
	}
	name := s.doc.Entities[x.ents[0]].Name
	w := s.doc.Text[y.Start:y.End]
	return len(name) > len(w) && strings.HasSuffix(name, w) && name[len(name)-len(w)-1] == ' '
}

// postNominals are the letters of honours written after a person's name,
// which the mention stage leaves out of the name ("KC", "OBE", "FRS").
var postNominals = mustEntityWords(entity.PostNominals)

// mustEntityWords makes a set of the words a list of the mention stage's
// data gives (load); the data is embedded, so a failure is a defect of the
// build, caught by any test.
func mustEntityWords(load func() ([]string, error)) map[string]bool {
	ws, err := load()
	if err != nil {
		panic(fmt.Errorf("fact: %w", err))
	}
	out := make(map[string]bool, len(ws))
	for _, w := range ws {
		out[w] = true
	}
	return out
}

// postNominalEnd returns the unit after the person's name at v and the
// letters of honours written after it ("Ann Kerr DBE FRS"): plain
// capitalised tokens of postNominals, v+1 when there are none.
func (s *sent) postNominalEnd(v int) int {
	e := v + 1
	for e < len(s.units) && s.units[e].ment == -1 && s.units[e].capital && postNominals[s.units[e].word] {
		e++
	}
	return e
}

// pairEnd returns where the match of two people joined by "and" may go on
// when the second of them is the person at unit w, and false when it may not
// go on at all. A singular description set off by a comma after the second
// name describes that person alone ("X and Y, the chairman of Orbis Bank,"):
// the pair goes on after the description's closing comma, or not at all when
// none closes it. A description that is itself the second person ("X and her
// husband, the chairman of Orbis Bank,", "X and the chairman of Orbis Bank")
// takes the words that follow it as its own in the same way. Otherwise the
// pair goes on right after the second person (w+1). A plural description
// ("X and Y, the bank's two founders,") describes both and is not passed over.
func (s *sent) pairEnd(w int) (int, bool) {
	y := &s.units[w]
	if y.mkind == kindNominal && w+1 < len(s.units) && describedBy[s.units[w+1].word] {
		if s.units[w-1].word != "," {
			return 0, false
		}
		return s.descriptionClose(w + 1)
	}
	if w+2 < len(s.units) && s.units[w+1].word == "," && s.singularDescription(w+2, y.ents) {
		return s.descriptionClose(w + 2)
	}
	return w + 1, true
}

// describedBy are the words that join a description to what it tells of the
// person ("the chairman of", "a partner at").
var describedBy = map[string]bool{"of": true, "at": true, "for": true, "with": true, "from": true, "in": true, "on": true}

// descriptionClose returns the unit after the comma that closes a
// description running from unit k, and false when none closes it within the
// clause: a person's mention, a quotation mark, the end of a clause, or a
// comma before "and" or "or" (a list) ends the search.
func (s *sent) descriptionClose(k int) (int, bool) {
	for j := k; j < len(s.units) && j < k+20; j++ {
		x := &s.units[j]
		if x.word == "," {
			if j+1 < len(s.units) && (s.units[j+1].word == "and" || s.units[j+1].word == "or") {
				return 0, false
			}
			return j + 1, true
		}
		if j > k && x.ment != -1 && x.etype == entPerson || x.boundary || x.is(clsQuote) {
			return 0, false
		}
	}
	return 0, false
}

// singularDescription reports whether the words from unit k, after a comma
// that follows the second of two people joined by "and", describe one
// person, the second (ents): a description the mention stage read as that
// person's alone, or one opened by "a" or "an", or by "the" or a possessive
// with no plural noun or number word before its complement ("the chairman
// of", not "the bank's two founders", "the co-founders of", "the couple").
func (s *sent) singularDescription(k int, ents []int) bool {
	x := &s.units[k]
	if x.ment != -1 {
		return x.mkind == kindNominal && x.etype == entPerson && slices.Equal(x.ents, ents) && !manyDescribed(x.word)
	}
	switch x.word {
	case "a", "an":
		return true
	case "the", "its", "his", "her":
	default:
		return false
	}
	var ws []string
	for j := k + 1; j < len(s.units) && j <= k+5; j++ {
		y := &s.units[j]
		if y.word == "," || describedBy[y.word] || y.boundary {
			break
		}
		if y.ment != -1 && y.etype == entPerson {
			return false
		}
		ws = append(ws, y.word)
	}
	return len(ws) > 0 && !manyDescribed(strings.Join(ws, " "))
}

// manyDescribed reports whether a description's words tell of more than one
// person: a number word, "both", a couple's noun, or a plural last word.
func manyDescribed(text string) bool {
	ws := strings.Fields(text)
	for _, w := range ws {
		if pluralDescWords[w] || isNumber(w) {
			return true
		}
	}
	last := ws[len(ws)-1]
	return strings.HasSuffix(last, "men") || strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "us") && !strings.HasSuffix(last, "is") && !strings.HasSuffix(last, "'s")
}

// pluralDescWords in a description make it one of several people.
var pluralDescWords = map[string]bool{"both": true, "two": true, "three": true, "four": true, "couple": true, "pair": true, "duo": true, "trio": true, "joint": true, "newlyweds": true, "twins": true}

// describedBeforeAnd returns the unit of "and" after a description set off
// by commas at w that tells who the person at v is ("X, the reigning
// sovereign, and Y"), or w when there is none: the description opens with
// a determiner or is a mention of the same person, and holds no other name.
func (s *sent) describedBeforeAnd(v, w int) int {
	start := w + 1 // the description's first unit
	if w > v+1 && s.units[w-1].word == "," && w < len(s.units) && s.units[w].word != "," {
		start = w // after an age: "X, 58, the reigning sovereign, and Y"
	} else if w >= len(s.units) || s.units[w].word != "," {
		return w
	}
	if start+2 >= len(s.units) {
		return w
	}
	first := &s.units[start]
	same := first.ment != -1 && first.mkind == kindNominal && len(first.ents) == 1 && len(s.units[v].ents) == 1 && first.ents[0] == s.units[v].ents[0]
	if !same && (first.ment != -1 || !first.is(clsDeterminer)) {
		return w
	}
	for k := start + 1; k < len(s.units) && k <= start+7; k++ {
		x := &s.units[k]
		if x.word == "," {
			if k+1 < len(s.units) && (s.units[k+1].word == "and" || s.units[k+1].word == "&") && s.units[k+1].ment == -1 {
				return k + 1
			}
			return w
		}
		if x.ment != -1 || x.boundary || x.word == "who" || x.word == "which" {
			return w
		}
	}
	return w
}

// possessiveOfNamed reports whether unit u is a possessive pronoun that
// opens a description of a person named right after it ("her boyfriend,
// X", "his wife of ten years, X"): a person slot after a verb then binds the
// named person only.
func (s *sent) possessiveOfNamed(u int) bool {
	if u >= len(s.units) || s.units[u].mkind != kindPronoun || !s.units[u].is(clsPossessive) {
		return false
	}
	k := s.relNounAfter(u)
	if k == 0 {
		return false
	}
	w := k + 1
	w += s.lengthOf(w)
	if w < len(s.units) && s.units[w].word == "," {
		w++
	}
	return w < len(s.units) && s.isPerson(w) && s.units[w].mkind != kindPronoun
}

// relNounAfter returns the unit of the relation noun that follows the
// possessive pronoun at w, after up to two describing words ("her husband",
// "his estranged wife", "her longtime partner"), or 0.
func (s *sent) relNounAfter(w int) int {
	for k := w + 1; k < len(s.units) && k <= w+3; k++ {
		u := &s.units[k]
		if u.ment != -1 || u.boundary || u.word == "," {
			return 0
		}
		if kinLex.rel[u.word] {
			return k
		}
	}
	return 0
}

// lengthOf returns how many units at u say how long a relationship has
// lasted ("of eight years", "of 12 years"), or 0.
func (s *sent) lengthOf(u int) int {
	if u+2 < len(s.units) && s.units[u].word == "of" {
		for k := u + 1; k < len(s.units) && k <= u+3; k++ {
			switch s.units[k].word {
			case "years", "year", "months", "decades":
				return k - u + 1
			}
		}
	}
	return 0
}

// namedOpt matches a mention of one of the types at u, or else a run of
// capitalised words, taken as a literal name.
func (s *sent) namedOpt(u int, types ...hearsay.EntityType) []option {
	x := &s.units[u]
	// "Estmere's centre-right Civic Union": the possessor only modifies the name after it
	if u+1 < len(s.units) && (s.units[u+1].word == "'s" || s.units[u+1].word == "'") {
		for v := u + 2; v < len(s.units) && v <= u+4; v++ {
			if y := s.units[v]; y.ment != -1 || y.capital {
				if y.ment == -1 && plainLitStarts(y.word, y.info)&(1<<litRoles) != 0 {
					break // "Bavaria's Ministerpräsident, X", "Norland's Transport Minister": a post, no name
				}
				if opts := s.namedOpt(v, types...); len(opts) > 0 {
					opts[0].n += v - u
					return opts
				}
				break
			}
			if s.units[v].boundary || !premodWord0(&s.units[v]) {
				break
			}
		}
	}
	if x.ment != -1 {
		if len(x.ents) != 1 {
			return nil
		}
		for _, t := range types {
			if x.etype == entCodeOf(t) {
				own := option{n: 1, bound: bound{set: true, ents: x.ents, span: x.Span}}
				if t == hearsay.Place && slices.Contains(types, hearsay.Org) && u+1 < len(s.units) && s.units[u+1].ment == -1 {
					if body := s.namedOpt(u+1, types...); len(body) == 1 && body[0].lit != "" && body[0].span.Start > x.End && strings.HasPrefix(body[0].lit, s.doc.Text[x.Start:x.End]) {
						// "the Springfield Unified School District superintendent": the body the place begins
						body[0].n++
						body[0].span.Start = x.Start
						return append(s.takeOpts(2), body[0], own)
					}
				}
				return s.opt(own)
			}
		}
		return nil
	}
	if !x.capital || x.boundary || modifierWord(x.word) || s.inTimex(x.Span) {
		return nil // a capitalized word that is a time ("in January") names no place
	}
	n := s.capitalRun(u)
	if n == 0 {
		return nil
	}
	sp := hearsay.Span{Start: x.Start, End: s.units[u+n-1].End}
	lit := s.doc.Text[sp.Start:sp.End]
	if u > 0 && institutionHeads[s.units[u+n-1].word] {
		if p := &s.units[u-1]; p.ment != -1 && p.mkind == kindName && p.etype == entPlace && strings.TrimSpace(s.doc.Text[p.End:x.Start]) == "" {
			lit = s.doc.Text[p.Start:sp.End] // "Bayport Unified School District": the place begins the name
		}
	}
	return s.opt(option{n: n, bound: bound{set: true, lit: lit, span: sp}})
}

// capitalRun returns the number of units of the name namedOpt reads from
// the capitalised plain word at u: capitalised words, with "of" or "de"
// between two. It returns 0 when the words name nothing: a determiner or
// an opener alone ("The board named X", "As chairman, X said"), or a
// nationality alone or after a determiner ("The Norwegian finance
// minister, X").
func (s *sent) capitalRun(u int) int {
	x := &s.units[u]
	n := 1
	for u+n < len(s.units) {
		y := &s.units[u+n]
		if y.ment == -1 && y.capital && !y.boundary && !modifierWord(y.word) {
			n++
			continue
		}
		if y.ment == -1 && (y.word == "of" || y.word == "de") && u+n+1 < len(s.units) && s.units[u+n+1].capital && s.units[u+n+1].ment == -1 {
			n += 2
			continue
		}
		break
	}
	if n == 1 && (x.is(clsDeterminer) || s.opensSentence(u) && (sentenceOpeners[x.word] || s.commonOpener(x))) {
		return 0
	}
	if last := &s.units[u+n-1]; (n == 1 || n == 2 && x.is(clsDeterminer)) && last.info != nil && plainLitStarts(last.word, last.info)&(1<<litNations) != 0 {
		return 0
	}
	return n
}

// commonOpener reports whether the plain unit x that opens a sentence is a
// word the tagger read as an adverb or a plural common noun ("Separately,
// the board hired X", "Lawmakers elected X as speaker"): capitalised only
// by its place, it names nothing.
func (s *sent) commonOpener(x *unit) bool {
	if x.ment != -1 {
		return false
	}
	tok := s.token(x)
	if tok.Span != x.Span {
		return false
	}
	switch tok.XPOS {
	case "RB", "NNS":
		return true
	}
	return false
}

// opensSentence reports whether unit u is the sentence's first word: no
// unit before it holds a letter ("It", or "\"It's a dream,\" the forward
// said" after its quotation mark).
func (s *sent) opensSentence(u int) bool {
	for v := 0; v < u; v++ {
		if strings.IndexFunc(s.units[v].word, unicode.IsLetter) >= 0 {
			return false
		}
	}
	return true
}

// sentenceOpeners are function words that a sentence begins with
// capitalised ("As chairman, X said", "After ...", "Since ..."): alone they
// name nothing.
var sentenceOpeners = wordSet("sentenceopeners")

// institutionHeads end the names of public bodies that begin with the place
// they serve ("Bayport Unified School District", "Harlan County Sheriff's
// Office").
var institutionHeads = wordSet("institutionheads")

// describedOrg matches an organisation named after a description of it
// ("the Geneva private bank Lautier & Cie", "the acclaimed Austin
// restaurant Maíz y Sal", "the Catholic aid charity Lanternhouse"): after a
// determiner, up to four lowercase or capitalised words or place names, then
// the organisation's name. After a preposition with no determiner ("chief
// scout of Premier League side X", "joined from League One club X") the
// description must end with a noun of an organisation's kind right before
// the name; a league's or another organisation's name before that noun is a
// word of the description. It returns nil when no such phrase starts at u.
func (s *sent) describedOrg(u int) []option {
	start := u
	bare := false // no determiner: the kind noun must stand right before the name
	if u < len(s.units) && s.units[u].is(clsDeterminer) {
		start = u + 1 // "at the law firm X"
	} else if u == 0 || !s.units[u-1].is(clsDeterminer) {
		if u == 0 || !bareDescPreps[s.units[u-1].word] && !bareDescVerbs[s.units[u-1].word] {
			return nil // only inside a noun phrase: "has been named Rovers' coach" is no description
		}
		bare = true
	}
	words := 0
	based := false // the last word read is a place's compound with "-based"
	for k := start; k < len(s.units) && k < start+5; k++ {
		x := &s.units[k]
		kindNext := k+1 < len(s.units) && s.units[k+1].ment == -1 && orgKindNouns[s.units[k+1].word]
		if x.ment != -1 && x.mkind == kindName && len(x.ents) == 1 && x.etype == entOrg && !kindNext {
			if words == 0 || bare && !orgKindNouns[s.units[k-1].word] && !rivalNouns[s.units[k-1].word] && !based {
				return nil // the organisation itself: namedOpt reads it
			}
			return s.opt(option{n: k - u + 1, bound: bound{set: true, ents: x.ents, span: x.Span}})
		}
		based = false
		switch {
		case x.ment != -1 && s.basedCompound(k):
			// "of New York-based Orbis", "the Toledo, Ohio-based Orbis": where the organisation is
			if !strings.HasSuffix(x.word, "-based") {
				k += 2
			}
			words++
			based = true
		case premodWord0(x) && !x.is(clsDeterminer):
			words++
		case x.ment == -1 && x.capital && !x.boundary && !x.is(clsDeterminer):
			words++ // "the Catholic aid charity Lanternhouse": an adjective of the description
		case x.ment != -1 && x.mkind == kindName && x.etype == entPlace:
		case x.ment != -1 && x.mkind == kindName && (x.etype == entMisc || x.etype == entOrg) && kindNext:
			words++ // "Premier League side X": the league names the kind
		default:
			return nil
		}
	}
	return nil
}

// bareDescVerbs may stand right before an organisation's description that
// has no determiner, as its object (class baredescverbs of classes.tsv:
// "joined rival X", "left League Two side X").
var bareDescVerbs = wordSet("baredescverbs")

// rivalNouns end a description of an organisation by its relation to
// another rather than by its kind (class rivalnouns of classes.tsv:
// "joined rival X", "League Two outfit X").
var rivalNouns = wordSet("rivalnouns")

// bareDescPreps may stand right before an organisation's description that
// has no determiner ("of Premier League side X").
var bareDescPreps = map[string]bool{"of": true, "at": true, "for": true, "with": true, "from": true, "to": true, "by": true}

// inTimex reports whether sp overlaps a time expression of the document.
func (s *sent) inTimex(sp hearsay.Span) bool {
	for _, ti := range s.tix() {
		if s.doc.Timexes[ti].Span.Overlaps(sp) {
			return true
		}
	}
	return false
}

// literalOpt matches the longest phrase of literal table k (see
// litTables) at u, binding its canonical form; with mods, also after up to
// two modifiers (roleMods or ordinals).
func (s *sent) literalOpt(r *resources, u int, k litTable, maxWords int, mods bool) []option {
	direct := s.literalAt(r, u, 0, k, maxWords)
	if direct != nil && (len(direct) != 1 || !postMods[s.units[u].word]) {
		return direct
	}
	skip := 0
	for mods && u+skip < len(s.units) && s.literalStarts(r, u+skip)&roleModBit != 0 && skip < maxLitSkip {
		if skip > 0 && s.units[u+skip].word == "chief" && s.literalAt(r, u+skip, 0, k, maxWords) != nil {
			break // "former chief executive": the post of the table, with "chief" its own
		}
		skip++
	}
	if skip == 0 {
		return direct
	}
	opts := s.literalAt(r, u, skip, k, maxWords)
	if len(opts) != 1 || len(direct) == 1 && direct[0].n >= opts[0].n {
		return direct // "deputy chief" is a post of its table; "deputy finance minister" is read past "deputy"
	}
	for i := range opts {
		var kept []string
		for _, x := range s.units[u : u+skip] {
			if postMods[x.word] {
				kept = append(kept, x.word)
			}
		}
		if len(kept) > 0 {
			// "named acting police chief": an interim post is a post of its own
			opts[i].lit = strings.Join(kept, " ") + " " + opts[i].lit
			opts[i].span.Start = s.units[u].Start
		}
	}
	return opts
}

// A litTable numbers a table of literal phrases (see litTables).
type litTable uint8

// The literal tables of slots: roles, religions, nations.
const (
	litRoles litTable = iota
	litReligions
	litNations
	numLitTables
)

// litTables returns the literal tables in litTable order.
func (r *resources) litTables() [numLitTables]map[string]string {
	return [numLitTables]map[string]string{r.roles, r.religions, r.nations}
}

// Bits of litStarts for table k: firstBit(k) when the word is the first
// word of one of its phrases (see firstWords), headBit(k) when one of its
// phrases holds it before its first space (see phraseHeads).
func firstBit(k litTable) uint8 { return 1 << (2 * k) }
func headBit(k litTable) uint8  { return 1 << (2*k + 1) }

// litStarts maps each word of the literal tables to its firstBit and
// headBit bits: one look-up tells for every table whether a phrase can
// start with the word.
func litStarts(tables [numLitTables]map[string]string) map[string]uint8 {
	out := map[string]uint8{}
	for k, t := range tables {
		for w := range firstWords(t) {
			out[w] |= firstBit(litTable(k))
		}
		for h := range phraseHeads(t) {
			out[h] |= headBit(litTable(k))
		}
	}
	return out
}

// roleModBit is the bit of literalStarts for a unit whose word is one of
// roleMods or an ordinal ("21st").
const roleModBit = 1 << 7

// literalStarts returns the set of literal tables (bit k for litTable k)
// a phrase of which may start at unit u, and roleModBit: a plain word must
// be the first word of a phrase of the table and, unless it holds a space,
// what a phrase holds before its first space; the words of a mention must
// start with what a phrase holds before its first space (or hold a space).
// It is computed once per unit while the slot memo is in use.
func (s *sent) literalStarts(r *resources, u int) uint8 {
	m := s.m
	if m == nil || u >= m.units {
		return s.literalStartsAt(r, u)
	}
	if m.litGen != m.gen {
		s.allLiteralStarts(r)
	}
	return m.lit[u]
}

// allLiteralStarts computes literalStarts of every unit of the sentence
// into the memo at once, and their union.
func (s *sent) allLiteralStarts(r *resources) {
	m := s.m
	m.lit = slices.Grow(m.lit[:0], m.units)[:m.units]
	m.litAll = 0
	for u := range m.lit {
		m.lit[u] = s.literalStartsAt(r, u)
		m.litAll |= m.lit[u]
	}
	m.litGen = m.gen
}

// literalStartsAt computes literalStarts.
func (s *sent) literalStartsAt(r *resources, u int) uint8 {
	x := &s.units[u]
	if x.ment == -1 {
		if x.info.plainSet {
			return x.info.plainLit
		}
		return plainLitStarts(x.word, x.info)
	}
	if ar := s.ar; ar != nil {
		// names come back in a document: each mention's words are read once
		v, ok := ar.mentLit[x.word]
		if !ok {
			v = mentionLitStarts(r, x)
			if ar.mentLit == nil {
				ar.mentLit = map[string]uint8{}
			}
			ar.mentLit[x.word] = v
		}
		return v
	}
	return mentionLitStarts(r, x)
}

// mentionLitStarts is literalStartsAt of a mention's unit x, which
// depends on its words alone.
func mentionLitStarts(r *resources, x *unit) uint8 {
	var out uint8
	if x.is(clsRoleMod) || isOrdinal(x.word) {
		out = roleModBit
	}
	head, wi, ok := r.unitHeadInfo(x)
	if !ok || strings.Contains(head, " ") {
		return out | (1<<numLitTables - 1)
	}
	bits := wi.lit // r.litStarts[head]
	for k := range numLitTables {
		if bits&headBit(k) != 0 {
			out |= 1 << k
		}
	}
	return out
}

// plainLitStarts is literalStarts of a plain unit (no mention) of word w
// with wordInfo wi.
func plainLitStarts(w string, wi *wordInfo) uint8 {
	var out uint8
	if wi.cls&clsRoleMod != 0 || isOrdinal(w) {
		out = roleModBit
	}
	bits := wi.lit
	space := strings.Contains(w, " ")
	for k := range numLitTables {
		if bits&firstBit(k) != 0 && (space || bits&headBit(k) != 0) {
			out |= 1 << k
		}
	}
	return out
}

// postMods are the words of roleMods that name a post of their own: an
// interim or acting post, a deputy's, a caretaker's.
var postMods = wordSet("postmods")

// literalAt matches the longest phrase of literal table k (see
// litTables) starting skip units after u. The phrase grows a unit at a
// time and stops when no phrase of the table begins with it.
func (s *sent) literalAt(r *resources, u, skip int, k litTable, maxWords int) []option {
	if u+skip >= len(s.units) {
		return nil
	}
	trim := 0
	if k == litRoles && s.units[u+skip].ment == -1 {
		trim = pastPrefixLen(s.units[u+skip].word) // "ex-chairman of X", "the then-chairman of X"
	}
	if s.literalStarts(r, u+skip)&(1<<k) == 0 {
		return nil
	}
	v, n := s.longestPhrase(r.litPhrases[k], u+skip, maxWords, trim)
	if n == 0 && k == litRoles {
		return s.fieldOnlyAt(r, u, skip) // "chief of cardiology"
	}
	if n == 0 {
		return nil
	}
	end := u + skip + n
	if k == litRoles && v == "head" && s.unnamedHeadOf(end) {
		return nil // "head groundsman": a post of its own the table lacks, not the head
	}
	if k == litRoles && end < len(s.units) {
		// "head of flood defence", "cabinet member for housing": a post
		// of a field, not of an organisation (fieldroles.tsv)
		if f, n := s.fieldAfter(r, end, v, s.units[u+skip].capital); n > 0 {
			v += " " + f
			end += n
		} else if n := s.fieldAnd(r, end, v); n > 0 {
			v += " " + s.fieldWords(end, n) // "head of sales and marketing"
			end += n
		} else if n := s.longerField(r, end, v); n > 0 {
			v += " " + s.fieldWords(end, n) // "head of sales operations" past "head of sales"
			end += n
		}
	}
	sp := hearsay.Span{Start: s.units[u+skip].Start, End: s.units[end-1].End}
	return s.opt(option{n: end - u, bound: bound{set: true, lit: v, span: sp}})
}

// A litPhrase is what a literal table tells of some words: whether they
// are a phrase of it (whole, with its canonical form val) and whether a
// longer phrase of it begins with them and a space (prefix).
type litPhrase struct {
	val           string
	whole, prefix bool
}

// unnamedHeadOf reports whether the unit at u, right after the role word
// "head", is a lowercase word that makes a title of its own with it ("head
// groundsman", "head gardener"): not a name, a punctuation mark, a
// determiner or a word of notPremod ("of", "and", "since", "said").
func (s *sent) unnamedHeadOf(u int) bool {
	if u >= len(s.units) {
		return false
	}
	x := &s.units[u]
	return !x.boundary && premodWord0(x) && !x.is(clsDeterminer)
}

// phrasePrefixes maps each phrase of table, and each part of a phrase
// that ends before one of its spaces, to its litPhrase.
func phrasePrefixes(table map[string]string) map[string]litPhrase {
	out := make(map[string]litPhrase, 2*len(table))
	for k, v := range table {
		e := out[k]
		e.val, e.whole = v, true
		out[k] = e
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' {
				e := out[k[:i]]
				e.prefix = true
				out[k[:i]] = e
			}
		}
	}
	return out
}

// longestPhrase returns the phrase of a literal table (whose phrases and
// their beginnings are phrases) the most units from u spell, their
// unitWords joined by spaces, at
// most maxUnits of them, and how many units that is (0 for none); the
// first trim bytes of the first unit's word are left out. The
// words of n+1 units begin with those of n units and a space, unless unit
// n+1 has no words, so no phrase is longer than the first words that are
// neither a phrase nor a beginning of one.
func (s *sent) longestPhrase(phrases map[string]litPhrase, u, maxUnits, trim int) (string, int) {
	var buf []byte
	if s.m != nil {
		buf = s.m.phrase[:0]
	}
	best, bestN := "", 0
	k := 0 // words in buf
	for n := 1; n <= maxUnits && u+n <= len(s.units); n++ {
		before := k
		add := func(w string) {
			if k > 0 {
				buf = append(buf, ' ')
			}
			buf = append(buf, w...)
			k++
		}
		if x := &s.units[u+n-1]; x.ment == -1 {
			if n == 1 {
				add(x.word[trim:])
			} else {
				add(x.word)
			}
		} else {
			for _, w := range s.unitWords(u + n - 1) {
				add(w)
			}
		}
		e := phrases[string(buf)]
		if e.whole {
			best, bestN = e.val, n
		}
		if k > before && !e.prefix && k > 0 {
			break
		}
	}
	if s.m != nil {
		s.m.phrase = buf
	}
	return best, bestN
}

// unitWords returns unitWords of unit u, computed once per unit while the
// memo is in use, and once per mention of the document.
func (s *sent) unitWords(u int) []string {
	if x := s.units[u]; x.ment >= 0 && s.ar != nil {
		return s.ar.mentionWords(x)
	}
	m := s.m
	if m == nil || u >= m.units {
		return unitWords(s.units[u])
	}
	if v, ok := m.uw.get(u, m.gen); ok {
		return v
	}
	return m.uw.put(u, m.gen, unitWords(s.units[u]))
}

// unitHead returns the first of unitWords(x) and true, or false when there
// are none, without making the list: the first word that is no determiner
// or, when all are, the last.
func unitHead(x unit) (string, bool) {
	if x.ment == -1 {
		return x.word, true
	}
	var head string // the last word read
	have := false
	for f := range strings.FieldsSeq(strings.ToLower(x.word)) {
		first, second := splitWord(normApos(f))
		for _, w := range [2]string{first, second} {
			if w == "" {
				continue
			}
			if have && !determiners[head] && !formerTitle[head] {
				return head, true
			}
			head, have = w, true // a determiner or "former" before another word is dropped
		}
	}
	return head, have
}

// unitHeadInfo is unitHead with the head's wordInfo, for a mention: the
// lexicon tells both whether a word is a determiner and its litStarts
// bits, in one look-up a word. Lowercase ASCII text, what most mentions
// are, is split as strings.Fields splits it, with nothing to lowercase or
// replace.
func (r *resources) unitHeadInfo(x *unit) (string, *wordInfo, bool) {
	if x.ment == -1 || !lowerASCII(x.word) {
		head, ok := unitHead(*x)
		return head, r.word(head), ok
	}
	var head string // the last word read
	var info *wordInfo
	have := false
	w := x.word
	for i := 0; i < len(w); {
		for i < len(w) && asciiSpace(w[i]) {
			i++
		}
		start := i
		for i < len(w) && !asciiSpace(w[i]) {
			i++
		}
		if start == i {
			break
		}
		first, second := splitWord(w[start:i])
		for _, x := range [2]string{first, second} {
			if x == "" {
				continue
			}
			if have && info.cls&clsDeterminer == 0 && !formerTitle[head] {
				return head, info, true
			}
			head, info, have = x, r.word(x), true // a determiner or "former" before another word is dropped
		}
	}
	return head, info, have
}

// lowerASCII reports whether w is ASCII with no upper-case letter: what
// strings.ToLower leaves as it is and normApos has nothing to replace in.
func lowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// asciiSpace reports whether c is a space of ASCII text for strings.Fields.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// unitWords is a unit's text as lowercased words; a mention ("the director",
// "Judaism") drops its leading determiner or possessive, and "former".
func unitWords(x unit) []string {
	if x.ment == -1 {
		return []string{x.word}
	}
	ws := splitWords(x.word)
	for len(ws) > 1 && (determiners[ws[0]] || formerTitle[ws[0]]) {
		ws = ws[1:] // "a former head of sales": the post is "head of sales", told as held before
	}
	return ws
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true}

var ordinalRE = regexp.MustCompile(`^(\d+)(st|nd|rd|th)$`)

// isOrdinal reports whether w matches ordinalRE ("21st"), without running
// the expression: ASCII digits, then st, nd, rd or th.
func isOrdinal(w string) bool {
	if len(w) < 3 {
		return false
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
	default:
		return false
	}
	for i := 0; i < len(w)-2; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

func (s *sent) ordinalOpt(r *resources, u int) []option {
	x := &s.units[u]
	if x.ment != -1 {
		return nil
	}
	n, ok := r.ordinals[x.word]
	if isOrdinal(x.word) { // the expression runs only on a word that matches it
		if m := ordinalRE.FindStringSubmatch(x.word); m != nil {
			n, _ = strconv.Atoi(m[1])
			ok = true
		}
	}
	if !ok && u+1 < len(s.units) && s.units[u+1].word == "years" {
		n, ok = yearCount(x.word) // "marked 60 years of marriage": a count of years reads as the ordinal of the year
	}
	if !ok {
		return nil
	}
	return s.opt(option{n: 1, num: n, bound: bound{set: true, span: x.Span}})
}

// yearCount reads a count of years written in digits or words ("60",
// "forty"), from 1 to 99.
func yearCount(w string) (int, bool) {
	if n, ok := numberWords[w]; ok {
		return n, true
	}
	if tens, ok := tensWords[w]; ok {
		return tens, true
	}
	n, err := strconv.Atoi(w)
	return n, err == nil && n > 0 && n < 100
}

// tensWords are the round counts from twenty up written in words.
var tensWords = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// kidsFiller may stand between the children listed after "children".
var kidsFiller = wordSet("kidsfiller")

// numberWords are ages written in words.
var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}

// descBeforeKid returns how many description words ("the actress") or
// capitalised title words ("Crown") stand at v right before a person's name
// in a list of children, 0 for none.
func (s *sent) descBeforeKid(r *resources, v int) int {
	for k := 0; k < 3 && v+k < len(s.units); k++ {
		x := &s.units[v+k]
		if x.ment != -1 {
			if k > 0 && x.mkind == kindName && x.etype == entPerson {
				return k
			}
			return 0
		}
		if k == 0 && !x.is(clsKidDescStart) && !(x.capital && !x.boundary) {
			return 0 // a description opens with an article or a title, not a verb ("a mother of three, married X")
		}
		if k > 0 && !x.is(clsPremod) && !(x.capital && !x.boundary) {
			return 0 // "the actress", "Crown Princess Amalie"
		}
	}
	return 0
}

// articles open a description ("a London barrister").
var articles = map[string]bool{"a": true, "an": true, "the": true}

// kidDescStart are the words that open a description before a child's name.
var kidDescStart = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true}

// titledCouple reports whether a name mention's text names a couple by
// their titles ("Mr and Mrs Peter Hale", "Dr & Mrs Hale").
func titledCouple(text string) bool {
	return strings.Contains(text, " and ") || strings.Contains(text, " & ")
}

// kidsOpt matches a list of people with their ages and punctuation between,
// or one group of children the text does not name.
func (s *sent) kidsOpt(r *resources, u int) []option {
	if x := &s.units[u]; x.ment != -1 && x.mkind == kindNominal && len(x.ents) == 1 && s.doc.Mentions[x.ment].Rule == "unnamed-child" {
		return []option{{n: 1, bound: bound{set: true, ents: x.ents, span: x.Span}}} // "three grown children": a group the text does not name, of no stated age
	}
	var entBuf, ageBuf [8]int // the children and their ages while read, kept in the slab at the end
	ents, ages := entBuf[:0], ageBuf[:0]
	end := u
	age := -1
	twins := -1 // the first of the children named after "twins", -1 when none
	for v := u; v < len(s.units); v++ {
		x := &s.units[v]
		if x.ment != -1 && x.etype != entPerson && v > u && articles[s.units[v-1].word] {
			break // "Peter, a London barrister": a description, no child
		}
		if x.ment != -1 && x.mkind == kindName && v > u && v+1 < len(s.units) && s.units[v-1].word == "(" && s.units[v+1].word == ")" && len(ents) > 0 {
			v++ // "daughter Karen (Dale) Brekke": the child's spouse, then the surname the two share
			if v+1 < len(s.units) && s.units[v+1].ment == -1 && s.units[v+1].capital {
				v++
			}
			end = v + 1
			continue
		}
		if x.ment >= 0 && x.mkind == kindName && titledCouple(s.doc.Mentions[x.ment].Text) {
			break // "son of Mr and Mrs Peter Hale, and Ana Roe, daughter of ...": a couple by their titles is parents, no child
		}
		if x.ment != -1 && len(x.ents) == 1 && x.mkind == kindName && (x.etype == entPerson || x.etype == entPlace || x.etype == entMisc || x.etype == entOrg) {
			if x.etype != entPerson && v == u && u > 0 && placePreps[s.units[u-1].word] {
				return nil // "Born in Dundee, the daughter of a weaver": the place of a preposition is no child
			}
			if age < 0 {
				age = ageAfter(s, v+1)
			}
			ents, ages = append(ents, x.ents[0]), append(ages, age)
			if twins >= 0 && age >= 0 {
				shareAge(ages[twins:], age) // "twins Rosa and Ivy, 15": both are 15
				twins = -1
			}
			age = -1
			end = v + 1
			continue
		}
		if x.ment == -1 && x.is(clsMultipleBirth) {
			twins = len(ents)
			continue
		}
		if x.ment == -1 && (x.is(clsKidsFiller) || isAgeWord(x.word)) {
			if n, ok := ageOf(x.word); ok {
				age = n
			}
			continue
		}
		if x.ment == -1 && x.is(clsNumberWord) && v > u && s.units[v-1].word == "," {
			continue // "daughter Harper, eight, and son Beau, five"
		}
		if k := whoIsAge(s, v); k > 0 && len(ents) > 0 {
			v += k - 1 // "Jack, who is eight, and Fraser, who is five"
			continue
		}
		if k := s.descBeforeKid(r, v); k > 0 {
			v += k - 1 // "a daughter, the actress Poppy Marlowe, 27"
			continue
		}
		break
	}
	if len(ents) == 0 {
		return nil
	}
	sl := s.slab()
	kept, keptAges := append(sl.intList(len(ents)), ents...), append(sl.intList(len(ages)), ages...)
	b := bound{set: true, ents: kept, span: hearsay.Span{Start: s.units[u].Start, End: s.units[end-1].End}}
	opts := append(s.takeOpts(2), option{n: end - u, ages: keptAges, bound: b})
	if k := ageLength(s, end); k > 0 {
		opts = append(opts, option{n: end - u + k, ages: keptAges, bound: b}) // "sons Leo, 8, and Max, 5, from his marriage to X"
	}
	return opts
}

// ageLength returns how many units from v make the age written after a
// name (", 5", ", now 24", "(5)"), 0 for none.
func ageLength(s *sent, v int) int {
	if ageAfter(s, v) < 0 {
		return 0
	}
	n := 2
	if s.units[v+1].word == "now" {
		n = 3
	}
	if s.units[v].word == "(" && v+n < len(s.units) && s.units[v+n].word == ")" {
		n++
	}
	return n
}

// multipleBirth name children born together, who share one age.
var multipleBirth = wordSet("multiplebirth")

// shareAge gives the children of a multiple birth listed without an age the
// age written after the last of them.
func shareAge(ages []int, age int) {
	for i := range ages {
		if ages[i] < 0 {
			ages[i] = age
		}
	}
}

var ageRE = regexp.MustCompile(`^(\d{1,3})-year-old$`)

// ageOf reads "12-year-old".
func ageOf(w string) (int, bool) {
	if m := ageRE.FindStringSubmatch(w); m != nil {
		n, err := strconv.Atoi(m[1])
		return n, err == nil
	}
	return 0, false
}

// ageAfter reads an age written after a name: "Ivy, 12," or "Wren (6)".
func ageAfter(s *sent, v int) int {
	if v+1 < len(s.units) && s.units[v].word == "," {
		if k := whoIsAge(s, v+1); k > 0 {
			return ageWord(s.units[v+k-1].word)
		}
	}
	if v+2 < len(s.units) && s.units[v].word == "," && s.units[v+1].word == "now" && s.units[v+1].ment == -1 {
		if n, err := strconv.Atoi(s.units[v+2].word); err == nil && n < 120 {
			return n // "Declan, now 24,"
		}
	}
	if v+1 < len(s.units) && (s.units[v].word == "," || s.units[v].word == "(") && s.units[v+1].ment == -1 {
		if n, err := strconv.Atoi(s.units[v+1].word); err == nil && n < 120 {
			return n
		}
		if n := numberWords[s.units[v+1].word]; n > 0 && (v+2 >= len(s.units) || s.units[v+2].word == "," || s.units[v+2].word == "." || s.units[v+2].word == ")" || s.units[v+2].word == "and") {
			return n
		}
	}
	return -1
}

// whoIsAge returns how many units from v make a relative clause that
// only gives an age ("who is eight", "who's 12"), 0 for none.
func whoIsAge(s *sent, v int) int {
	if v+2 >= len(s.units) || s.units[v].word != "who" || s.units[v].ment != -1 {
		return 0
	}
	switch s.units[v+1].word {
	case "is", "'s", "’s", "was", "turns", "turned":
	default:
		return 0
	}
	if s.units[v+2].ment != -1 || ageWord(s.units[v+2].word) < 0 {
		return 0
	}
	if v+3 < len(s.units) {
		switch s.units[v+3].word {
		case ",", ".", "and", ";", ")":
		default:
			return 0 // "who is eight months old", "who is 12th in line"
		}
	}
	return 3
}

// ageWord returns the age a word writes in figures or words under 120, -1
// for none.
func ageWord(w string) int {
	if n, err := strconv.Atoi(w); err == nil && n < 120 {
		return n
	}
	if n := numberWords[w]; n > 0 {
		return n
	}
	return -1
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// premodWord0 reports whether a word may describe a name after a possessive
// ("centre-right", "national").
func premodWord0(x *unit) bool {
	if x.ment != -1 || x.capital || x.is(clsNotPremod) {
		return false
	}
	for _, c := range x.word {
		if !(c >= 'a' && c <= 'z' || c == '-') {
			return false
		}
	}
	return true
}

// modifierWord reports whether a capitalised word is a modifier rather than
// part of a name ("Cincinnati-based", "Paris-born").
func modifierWord(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i < len(w)-1 && strings.ToLower(w[i+1:]) == w[i+1:] && len(w)-i > 3
}

// placePreps are the prepositions before a name that make it a place or an
// organisation, not a child a {KIDS} slot reads ("born in Dundee, the
// daughter of ...").
var placePreps = map[string]bool{"in": true, "at": true, "of": true, "from": true, "near": true, "to": true}
