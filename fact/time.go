package fact

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/timex"
)

// endWords before a time make it the end of a state; startWords its start.
var (
	endWords   = wordSet("endwords")
	startWords = wordSet("startwords")
	presentAux = map[string]bool{"have": true, "has": true, "are": true, "is": true, "'ve": true, "'re": true, "am": true, "'m": true, "remain": true, "remains": true,
		"may": true, "might": true, "could": true, "must": true, "appears": true, "appear": true, "seems": true, "seem": true} // "could be pregnant", "may have split": a claim about now
)

// timexes of sentence si, in text order.
func sentTimexes(doc *hearsay.Document, si int) []int {
	var out []int
	sp := doc.Sentences[si].Span
	for i := range doc.Timexes {
		t := &doc.Timexes[i]
		if sp.Contains(t.Span) {
			out = append(out, i)
		}
	}
	return out
}

// tix returns sentTimexes of the sentence, found once per sentence; the
// caller must not change the slice.
func (s *sent) tix() []int {
	if !s.timexesSet {
		if s.ar != nil {
			s.timexes = s.ar.sentTimexes(s.doc, s.idx)
		} else {
			s.timexes = sentTimexes(s.doc, s.idx)
		}
		s.timexesSet = true
	}
	return s.timexes
}

// sentTimexes returns sentTimexes(doc, si) from an index of the document's
// time expressions by sentence, built on first use.
func (ar *sentArena) sentTimexes(doc *hearsay.Document, si int) []int {
	if ar.tix == nil {
		ar.tix = indexTimexes(doc)
	}
	return ar.tix[si]
}

// indexTimexes returns the time expressions of each sentence of doc (see
// sentTimexes), in index order. When the sentences are in text order and
// do not overlap and no span ends before it starts, the sentences that can contain a timex are those that
// end at or after its start and start at or before it: a run found by
// binary search.
func indexTimexes(doc *hearsay.Document) [][]int {
	out := make([][]int, len(doc.Sentences))
	ordered := true
	for i, x := range doc.Sentences {
		if x.Start > x.End || i > 0 && doc.Sentences[i-1].End > x.Start {
			ordered = false
			break
		}
	}
	for ix := range doc.Timexes {
		t := &doc.Timexes[ix]
		ordered = ordered && t.Start <= t.End
	}
	if !ordered {
		for si := range doc.Sentences {
			out[si] = sentTimexes(doc, si)
		}
		return out
	}
	// count each sentence's timexes, then give each sentence its part of
	// one array
	n := make([]int, len(doc.Sentences))
	total := 0
	forEachTimexSentence(doc, func(si, _ int) {
		n[si]++
		total++
	})
	all := make([]int, total)
	for si, k := range n {
		if k > 0 {
			out[si], all = all[:0:k], all[k:]
		}
	}
	forEachTimexSentence(doc, func(si, i int) {
		out[si] = append(out[si], i)
	})
	return out
}

// forEachTimexSentence calls f with each sentence si of doc and timex i
// that it contains, in the order of the timexes, for sentences in text
// order that do not overlap (see indexTimexes).
func forEachTimexSentence(doc *hearsay.Document, f func(si, i int)) {
	sents := doc.Sentences
	for i := range doc.Timexes {
		t := &doc.Timexes[i]
		// the first sentence that ends at or after the start (a plain
		// binary search: this runs for every timex of the document)
		si, hi := 0, len(sents)
		for si < hi {
			if h := int(uint(si+hi) >> 1); sents[h].End < t.Start {
				si = h + 1
			} else {
				hi = h
			}
		}
		for ; si < len(doc.Sentences) && doc.Sentences[si].Start <= t.Start; si++ {
			if doc.Sentences[si].Span.Contains(t.Span) {
				f(si, i)
			}
		}
	}
}

// maxTixClauses is how many of a sentence's time expressions keep their
// clause tests (see timexClauses); those after them are tested each time.
const maxTixClauses = 16

// The clause tests of a time expression that read only its sentence (see
// timexClauses).
const (
	tcKnown         = 1 << iota // the tests are made
	tcReporting                 // inReporting
	tcDescribing                // describingClause
	tcOrgApposition             // orgApposition
	tcWhom                      // inWhomClause
)

// timexClauses returns the clause tests of time expression sp, the k-th
// of tix: made once per sentence for its first time expressions, as they
// read the sentence's words, classes and attributions and no match (what
// a regrouping changes in the units reads alike).
func (s *sent) timexClauses(k int, sp hearsay.Span) uint8 {
	if k < maxTixClauses && s.tixClause[k] != 0 {
		return s.tixClause[k]
	}
	tc := uint8(tcKnown)
	if s.inReporting(sp) {
		tc |= tcReporting
	}
	if s.describingClause(sp) {
		tc |= tcDescribing
	}
	if s.orgApposition(sp) {
		tc |= tcOrgApposition
	}
	if s.inWhomClause(sp) {
		tc |= tcWhom
	}
	if k < maxTixClauses {
		s.tixClause[k] = tc
	}
	return tc
}

// A lazyBool is a test of a span made at its first use and then
// remembered: 0 not yet made, 1 false, 2 true.
type lazyBool int8

// get returns test(s, sp), made at the first call.
func (l *lazyBool) get(s *sent, sp hearsay.Span, test func(*sent, hearsay.Span) bool) bool {
	if *l == 0 {
		*l = 1
		if test(s, sp) {
			*l = 2
		}
	}
	return *l == 2
}

// presentAdverb reports whether t is a one-word adverb of the present
// ("currently", "now", "presently"), which a post's own date outranks.
func presentAdverb(t hearsay.Timex) bool {
	return t.Value == "PRESENT_REF" && !strings.Contains(strings.TrimSpace(t.Text), " ")
}

// timeFor finds the fact's time: the nearest date in the trigger's clause,
// not inside an argument, read as a point, or as the start or end of a state.
func (st *Stage) timeFor(s *sent, p *pattern, b *binding) *hearsay.FactTime {
	doc := s.doc
	if p.opt("timeline") != "" {
		if ti := s.openingDate(); ti >= 0 {
			t := doc.Timexes[ti] // "2005 — Elected MP for Tarrow East": the line's date is the entry's
			if p.has("start") {
				return &hearsay.FactTime{Start: t.Value, StartMod: t.Mod, Timex: ti}
			}
			lo, hi := bounds(t)
			return &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: lo, Latest: hi, Timex: ti}
		}
	}
	clauses := s.clauses()
	tu := s.unitAt(b.trig.End - 1) // the head of the trigger is its last word
	if tu < 0 {
		return nil
	}
	for tu > 0 && tu > s.unitAt(b.trig.Start) && closer(s.units[tu].word) {
		tu-- // a pattern's closing word ("joined the company in 2019 and") is not its head
	}
	if !st.stateType(p) && (s.attributiveParticiple(tu) || s.attributiveParticiple(s.unitAt(b.trig.Start))) {
		return nil // "five weeks after he took over from the sacked X": the takeover's time, not the sacking's
	}
	if ft := s.bracketSpan(b); ft != nil && st.stateType(p) {
		return ft // "finance director of Marlow Bank (2015-2019)": the years in brackets after the post are its span
	}
	best, bestDist := -1, 1<<30
	restated, rDist := -1, 1<<30 // ", a post he resigned last year": a time of the clause's own comes first
	ended, later, earlier, prior, aside := -1, -1, -1, -1, -1
	nowWord := -1               // "currently", "now": the present, when the clause tells no other time
	frontBefore := -1           // a time in an opening "Before ..." clause: the end of a state told after it
	var trigDescribing lazyBool // describingClause(b.trig), asked for every time expression
	for k, ti := range s.tix() {
		t := doc.Timexes[ti]
		if t.Type != hearsay.Date && t.Type != hearsay.Time || t.Value == "" || t.Anaphoric && t.Value == "PAST_REF" {
			continue // "When he resigned as mayor, he was at the time ...": a time the text does not give
		}
		if p.has("start") && s.joinedIn(b.trig, t) {
			best, bestDist = ti, -1 // "joined X in 1978 and retired as its managing director in 2009": the time the match passes over opens the post
			continue
		}
		tc := s.timexClauses(k, t.Span)
		atTheTime := t.Anaphoric && strings.EqualFold(t.Text, "the time") // "At the time, her rep said she was not engaged"
		// a time in the reporting clause dates the saying, unless the fact is told there too
		// ("told Page Six at the premiere in London on Tuesday"); a time outside a relative clause
		// does not date what the clause says, unless the whole match spans both
		// ("will succeed X on September 1, who is retiring")
		stay := p.typ == "located_at" && st.whereStay(s, max(tu, b.last-1), s.unitAt(t.Start)) // "flown to X, where he was treated on Sunday"
		if st.insideArg(b, t.Span) || tc&tcReporting != 0 && !atTheTime && !s.inReporting(b.trig) || !stay && inRelativeClause(s, t.Span) != inRelativeClause(s, s.units[tu].Span) && inRelativeClause(s, t.Span) != inRelativeClause(s, b.trig) {
			continue
		}
		if !stay && ((tc&tcDescribing != 0) != trigDescribing.get(s, b.trig, (*sent).describingClause) || s.trailingClause(t.Span, b.trig)) || tc&tcOrgApposition != 0 && !s.orgApposition(b.trig) {
			continue // "X, a Canadian who grew up in Winnipeg, began her career in 1999"; "was raised in Y, where her father, a nurse, opened a shop in 1952."
		}
		if s.beforeWhose(b, t.Span, tu) {
			continue // "a round led last year by X, whose managing partner, Y, sits on Z's board": the year is the round's
		}
		if tc&tcWhom != 0 && !s.inWhomClause(b.trig) && !s.inWhomClause(s.units[tu].Span) {
			continue // "engaged to X, whom she dated from 2012 until 2016": the clause's own time, unless the fact is told there ("X, whom she married in 2019")
		}
		if st.stateType(p) && s.toldTime(t) {
			continue // "sources told TMZ in April that he had moved to Chandler": April dates the telling, not the home's start
		}
		if s.ageNow(k) {
			continue // "his wedding to Lorraine Penrose, now 61": the present of the age, not the event's time
		}
		if s.occasion(t, b) {
			continue // "will take charge as caretaker for Saturday's trip to X": the occasion's day, not the appointment's
		}
		if st.stateType(p) && s.openingBefore(s.unitAt(t.Start), b.trig) {
			if frontBefore < 0 {
				frontBefore = ti // "Before joining X in 2015, she spent four years at Y": Y's spell ended then
			}
			continue
		}
		if st.stateType(p) && s.frontedOther(b, t.Span) {
			continue // "Elected for Fenwold in 2024, he was a junior minister at the Foreign Office": the election's year
		}
		if s.bornClause(t.Span, b.trig) {
			continue // "Born in Dublin in 1935, Hale moved to Riverton at age 12": the birth's year
		}
		if !st.stateType(p) && s.orgTail(t.Span, b.trig) {
			continue // "was named manager of Corby Town, the club he first played for in 1998": the club's past, not the appointment's
		}
		if s.heardThen(s.unitAt(t.Start), tu) {
			continue // "The inquest heard on Monday that he had worked there for six years": the hearing's day
		}
		if s.orgClause(b, t.Span) {
			continue // "co-founder of Ledgerly, which was sold in 2023": the company's history, not the post's
		}
		if st.stateType(p) && s.presentConjunct(s.unitAt(t.Start), tu) {
			continue // "married in 2010 and live in Quayhaven": the home is told of now, the year is the wedding's
		}
		if careerTypes.has(p.typ) && s.beforeWhere(b, t.Span) {
			continue // "joined X in 2019 from Y, where he had been CFO since 2015": the move's time, not the post's
		}
		u := s.unitAt(t.Start)
		if u < 0 || !atTheTime && !stay && clauses[u] != clauses[tu] && !(u > 0 && clauses[u-1] == clauses[tu] && s.units[u].boundary) && !s.quoteGoesOn(tu, u) && !s.quotedAside(tu, u) && !s.titleBetween(tu, u, clauses) {
			continue
		}
		if !st.stateType(p) && s.otherEvent(t, b) || !atTheTime && !p.has("claim") && p.typ != "expecting_child" && st.outerClause(s, t, b) {
			continue // "married in 2021 after meeting", "rumors this summer that he planned to"
		}
		if st.stateType(p) && s.otherEvent(t, b) && s.opensBefore(b) && !s.hasLength(clauses, tu) {
			prior = ti // "worked at X between 1998 and 2004 before joining Y": Y's time begins where the clause's ends
			continue
		}
		if st.stateType(p) && s.otherEvent(t, b) && s.hasLength(clauses, tu) {
			if earlier < 0 {
				earlier = ti
			}
			continue // "got engaged in 2019 after dating for three years": the engagement's time, not the relationship's
		}
		if !st.stateType(p) && s.closedBy(t, tu) {
			if ended < 0 {
				ended = ti // "was married to him for 60 years until his death in 2015": the end of what the event began
			}
			continue
		}
		if st.stateType(p) && s.wordBetween(tu, u, "before") {
			if later < 0 {
				later = ti
			}
			continue // "dated for three years before splitting in 2019": the split's time, not the relationship's
		}
		if st.stateType(p) && s.verbConjunctBetween(u, tu) && s.hasLength(clauses, tu) {
			continue // "chaired X until 2009 and sat on the board of Y for 15 years": 2009 ends X's spell
		}
		if !atTheTime && s.laterConjunct(u, tu) {
			continue // "was sold to X that summer and later played for Y": the summer is the sale's
		}
		if !atTheTime && s.modalConjunct(u, tu) {
			continue // "stayed behind in London and will join the squad in Brisbane next week": next week is the joining's
		}
		if !atTheTime && s.laterClause(t, tu) {
			continue // "planning a wedding after she was seen with a ring last week": the sighting's time
		}
		if p.typ == "expecting_child" && s.dueDate(t, u) {
			continue // "expecting their first child, due in June": when the baby is due, not when the pregnancy is told
		}
		if s.inSubjectAppositive(st.r, b, t.Span, tu) {
			continue // "X, director of Y since 2018, is about to leave": the description's time, never the event's; "X, a Y analyst in the 1990s, is chief executive of Z": nor the state's
		}
		if !st.stateType(p) && s.asideOfSubject(b, t.Span, tu) {
			if !s.eventAside(b, t.Span) {
				aside = ti // "X, the founder of Y in 2004, died on July 18": the aside's time, unless the clause has none
			}
			continue // "X, appointed chief executive in 2021, has resigned": the aside's own event, never the clause's
		}
		if p.typ == "position_held" && presentAdverb(t) {
			if nowWord < 0 {
				nowWord = ti // "is currently finance director of X, a position she has held since 2021": the start told beats "currently"
			}
			continue
		}
		d := leaning(u - tu) // prefer a time after the trigger
		if s.restating(t.Span, b.trig) {
			if d < rDist {
				restated, rDist = ti, d
			}
			continue
		}
		if d < bestDist {
			best, bestDist = ti, d
		}
	}
	if best < 0 {
		best = restated
	}
	if best < 0 {
		best = aside
	}
	if best < 0 {
		best = nowWord
	}
	if best < 0 && (p.typ == "position_held" || p.typ == "member_of") && frontBefore < 0 {
		if ti := s.beforeThat(b.trig); ti >= 0 {
			frontBefore = ti // "She joined X in 2004. Prior to that, she was a partner at Y": Y's post ended in 2004
		}
	}
	if best < 0 && frontBefore >= 0 && !strings.Contains(doc.Timexes[frontBefore].Value, "REF") {
		t := doc.Timexes[frontBefore]
		ft := &hearsay.FactTime{End: t.Value, EndMod: t.Mod, Timex: frontBefore}
		if n, ok := s.stateLength(clauses, tu); ok {
			ft.Start = yearsBefore(t.Value, n) // "Before joining X in 2015, she spent four years at Y": 2011 to 2015
		}
		return ft
	}
	if best < 0 && p.has("birth") {
		best = s.openingDate() // "On 27th April 2026, at the Lindley Hospital, to Rosa and Tom, a son"
	}
	if best < 0 && later >= 0 && p.typ == "residence" && s.movingBefore(tu, s.unitAt(doc.Timexes[later].Start)) {
		// "raised their children in Tulsa before moving to Nashville in 1998": the home there ended then
		t := doc.Timexes[later]
		ft := &hearsay.FactTime{End: t.Value, EndMod: t.Mod, Timex: -1}
		if n, ok := s.stateLength(clauses, tu); ok {
			ft.Start = yearsBefore(t.Value, n) // "lived in Paris for a decade before relocating to London in 2015"
		}
		return ft
	}
	if best < 0 && later >= 0 {
		if n, ok := s.stateLength(clauses, tu); ok {
			if y := yearsBefore(doc.Timexes[later].Value, n); y != "" {
				if st.leavingBefore(s, tu, s.unitAt(doc.Timexes[later].Start)) {
					// "played for X for five years before retiring in 2016": the state ended then
					return &hearsay.FactTime{Start: y, End: doc.Timexes[later].Value, EndMod: doc.Timexes[later].Mod, Timex: -1}
				}
				return &hearsay.FactTime{Start: y, Timex: -1} // "dated for three years before getting engaged in 2019"
			}
		}
	}
	if best < 0 && later >= 0 && !strings.Contains(doc.Timexes[later].Value, "REF") && st.leavingBefore(s, tu, s.unitAt(doc.Timexes[later].Start)) &&
		!s.wordBetween(b.last-1, s.unitAt(doc.Timexes[later].Start), "and") { // "managed X and the Wales under-21 team before retiring in 2009": the last one ended then
		t := doc.Timexes[later] // "raised their children in Tulsa before moving to Nashville in 1998": the state ended then
		return &hearsay.FactTime{End: t.Value, EndMod: t.Mod, Timex: later}
	}
	if best < 0 && prior >= 0 && st.stateType(p) {
		t := doc.Timexes[prior]
		if !strings.Contains(t.Value, "REF") {
			return &hearsay.FactTime{Start: t.Value, StartMod: t.Mod, Timex: prior}
		}
	}
	if best < 0 && earlier >= 0 {
		if n, ok := s.stateLength(clauses, tu); ok {
			if y := yearsBefore(doc.Timexes[earlier].Value, n); y != "" {
				if leftFor.has(p.typ) {
					// "joined X in 2012 after working at Y for six years": the post at Y ended with the move
					return &hearsay.FactTime{Start: y, End: doc.Timexes[earlier].Value, EndMod: doc.Timexes[earlier].Mod, Timex: -1}
				}
				return &hearsay.FactTime{Start: y, Timex: -1} // "got engaged in 2019 after dating for three years"
			}
		}
	}
	if best < 0 && ended >= 0 && p.typ == "married" {
		if ft := s.weddingBefore(doc.Timexes[ended], clauses, tu); ft != nil {
			return ft
		}
	}
	info, _ := typeOf(p.typ)
	if p.has("claim") && best >= 0 && s.longBefore(doc.Timexes[best]) {
		t := doc.Timexes[best] // "first sparked engagement rumors in January": what was rumoured then
		lo, hi := bounds(t)
		return &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: lo, Latest: hi, Timex: best}
	}
	if p.has("claim") || p.typ == "expecting_child" && best >= 0 && !s.longBefore(doc.Timexes[best]) {
		// "sparked romance rumors over the weekend": the romance is now; "took to Twitter on
		// Wednesday to shut down speculation that his wife was expecting": the pregnancy claimed is now
		return &hearsay.FactTime{Value: "PRESENT_REF", Timex: -1}
	}
	if p.typ == "collaborated" { // "her co-anchor of 15 years": a relation noun with a length of its own
		if ft := s.workingSince(b, best, clauses, tu); ft != nil {
			return ft
		}
	}
	if p.typ == "nationality" && best >= 0 && s.acquired(b) {
		t := doc.Timexes[best] // "became an American citizen in 2011": the nationality holds from then
		return &hearsay.FactTime{Start: t.Value, StartMod: t.Mod, Timex: best}
	}
	if p.opt("trigger") == "noun" && best >= 0 && s.lastingNoun(b) && s.timeRole(doc.Timexes[best]) == "start" {
		t := doc.Timexes[best] // "his first marriage lasted from 1998 to 2004": the wedding was at its start
		lo, hi := bounds(t)
		return &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: lo, Latest: hi, Timex: best}
	}
	if p.opt("trigger") == "noun" && st.stateType(p) {
		if ft := s.veteranOf(b); ft != nil {
			return ft // "a 20-year veteran of the bank": a membership that has lasted 20 years
		}
	}
	if p.opt("trigger") == "noun" && st.stateType(p) && best >= 0 && doc.Timexes[best].Start >= s.units[tu].End && !s.commaBetween(s.units[tu].End, doc.Timexes[best].Start) &&
		(p.typ != "residence" || !s.homeOfOther(st.r.lengths, tu, s.unitAt(doc.Timexes[best].Start))) && !p.partyOfPost() {
		if ft := s.nounSpan(best, clauses, tu); ft != nil {
			return ft // "Cascadia, where she has been chief operating officer since 2021": the post's own span
		}
	}
	if info.kinds == "pl" || p.typ == "nationality" || p.typ == "representative_of" || p.typ == "parent_of" && !p.has("birth") || p.opt("trigger") == "noun" {
		return nil // identity facts are timeless; a relation noun has no time of its own; a child's birth dates parent_of
	}
	if ft := s.sinceDuration(b); ft != nil && !info.state {
		return ft
	}
	if !info.state && !p.has("state") {
		// an event in an "N after" clause is dated from outside the clause
		if ft, from := s.afterOffset(b, tu); ft != nil && (best < 0 || doc.Timexes[best].Start < from) {
			return ft
		}
	} else if p.has("start") || p.has("end") {
		// a state opened or closed in an "N before" or "N after" clause ("met in 2021, a year
		// before they went public")
		if ft, from := s.afterOffset(b, tu); ft != nil && (best < 0 || doc.Timexes[best].Start < from) {
			if p.has("end") {
				return &hearsay.FactTime{End: ft.Value, Timex: -1}
			}
			return &hearsay.FactTime{Start: ft.Value, Timex: -1}
		}
	}
	if best < 0 && (info.state || p.has("state")) {
		if ti := s.everSince(tu); ti >= 0 {
			t := doc.Timexes[ti]
			return &hearsay.FactTime{Start: t.Value, StartMod: t.Mod, Timex: ti}
		}
	}
	if best < 0 && !info.state && !p.has("state") {
		if ti := s.whenTime(tu); ti >= 0 {
			t := doc.Timexes[ti] // "the rumors began in May, when she was photographed in Brooklyn"
			lo, hi := bounds(t)
			return &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: lo, Latest: hi, Timex: ti}
		}
	}
	if best < 0 {
		if p.has("recent") && s.perfect(b, tu) {
			// "has moved to Lisbon": the move is news, so the state starts in the article's year
			return &hearsay.FactTime{Start: strconv.Itoa(doc.Date.Year()), Timex: -1}
		}
		if (info.state || p.has("state")) && s.perfect(b, tu) {
			n, mod, ok := s.stateLengthMod(clauses, tu)
			if !ok && isStateType(p.typ) {
				n, mod, ok = s.lengthWithin(b, clauses, tu) // "has lived for ten years in a cottage near Crail"
			}
			if ok {
				// "has been chief executive for six years", "have lived in Oslo for a decade",
				// "have been dating for about two years"
				return &hearsay.FactTime{Start: yearsBefore(doc.DateString(), n), StartMod: mod, Timex: -1}
			}
			if n, mod, ok := s.monthsLength(b, clauses, tu); ok {
				// "has been interim chief executive for the past six months"
				return &hearsay.FactTime{Start: monthsBefore(doc.DateString(), n), StartMod: mod, Timex: -1}
			}
		}
		if (info.state || p.has("state")) && s.reportedPluperfect(b, tu) {
			n, mod, ok := s.stateLengthMod(clauses, tu)
			if !ok && isStateType(p.typ) {
				n, mod, ok = s.lengthWithin(b, clauses, tu)
			}
			if ok {
				// "a source said she had been dating him for about a year": the length runs
				// back from the telling, the article's day
				return &hearsay.FactTime{Start: yearsBefore(doc.DateString(), n), StartMod: mod, Timex: -1}
			}
		}
		if p.has("present") && !p.has("now") && (p.typ == "engaged" || p.typ == "dating" || p.typ == "married") && s.formerAdverb(tu) {
			return nil // "has previously been engaged to X": an engagement of the past, at no told time
		}
		if p.has("now") || p.has("present") && (s.presentTense(b, tu) || s.backshifted(b, tu)) {
			if p.typ == "position_held" {
				return nil // "will remain a member of parliament": a post held now tells no start or end
			}
			if !p.has("now") && st.stateType(p) && !s.presentTense(b, tu) {
				if ft := s.sayingTime(b); ft != nil {
					return ft // "Back in April, her rep insisted they were just friends": the present of April
				}
			}
			return &hearsay.FactTime{Value: "PRESENT_REF", Timex: -1}
		}
		if careerChange.has(p.typ) {
			if ft := s.statementDay(b); ft != nil {
				return ft
			}
		}
		if p.has("today") && !s.perfect(b, tu) {
			if ft := s.announcedTime(b); ft != nil {
				return ft
			}
			// "X told reporters in Wellington": news of the day, where X was when the article was written
			return &hearsay.FactTime{Value: doc.DateString(), Earliest: doc.DateString(), Latest: doc.DateString(), Timex: -1}
		}
		if !info.state && !p.has("state") {
			return s.announcedTime(b)
		}
		if (p.has("start") || p.has("end")) && s.perfect(b, tu) {
			if ft := s.statementDay(b); ft != nil {
				// "has joined Westbridge from Lazio, the club announced on Monday": the state at
				// Westbridge starts that day, the one at Lazio ends then
				if p.has("end") {
					return &hearsay.FactTime{End: ft.Value, EndMod: ft.Mod, Timex: ft.Timex}
				}
				return &hearsay.FactTime{Start: ft.Value, StartMod: ft.Mod, Timex: ft.Timex}
			}
		}
		return nil
	}
	if p.typ == "married" && s.marriedThen(b, doc.Timexes[best], tu) {
		return nil // "was still married to X at the time": the wedding came before, on no day told
	}
	t := s.futureAnchored(s.pastAnchored(doc.Timexes[best], b, tu), b, tu)
	if p.has("neg") && p.has("present") && !info.state && s.timeRole(t) == "start" {
		// "have been working on things since the summer": the reconciliation is claimed of now
		return &hearsay.FactTime{Value: "PRESENT_REF", Timex: -1}
	}
	ft := s.slab().newTime(hearsay.FactTime{Timex: best})
	if (info.state || p.has("state")) && (t.Value == "PAST_REF" || t.Value == "FUTURE_REF") {
		return nil // "most recently served as": no date to open or close the state with
	}
	if (info.state || p.has("state")) && !p.has("start") && !p.has("end") {
		if ft := st.lengthUntilWhen(s, t, clauses, tu); ft != nil {
			return ft // "had worked at X for six years when he was fired in 2019"
		}
	}
	if info.state || p.has("state") {
		role := s.timeRole(t)
		if role != "" && s.whenAfterTime(t, tu) {
			role = "" // "was the club's physio until 2019, when she joined Kelso Town": the "until" is the physio's, the joining begins then
		}
		if role == "" && !p.has("start") && !p.has("end") {
			role = st.changeRole(s, b) // "In 2012, she joined the board of X"
		}
		if role == "" && s.closedBy(t, tu) {
			if p.typ == "married" && s.deathBetween(tu, s.unitAt(t.Start)) {
				return s.weddingBefore(t, clauses, tu) // "was married to him for 60 years until his death in 2015": no divorce
			}
			role = "end" // "was mayor until her retirement in 2019"
		}
		switch {
		case p.has("prior") && role == "start":
			// "has led the university since 2019, having previously been its deputy": the post before ended then
			ft.End, ft.EndMod = t.Value, t.Mod
		case role == "end" || p.has("end") && role != "start":
			ft.End, ft.EndMod = lastYear(t), t.Mod
		case role == "start" || p.has("start"):
			ft.Start, ft.StartMod = t.Value, t.Mod
			if end := s.rangeEnd(t); end != "" && !p.has("start") {
				ft.End = end // "was finance director of X from 2009-14"
			}
		case p.typ == "position_held" && s.pastPeriod(t) && s.presentTense(b, tu) && !s.perfect(b, tu) && !s.gerundAt(s.unitAt(b.trig.Start)):
			// "is chief executive of X, a post she took up in 2019", "Appointed in 2019, she is chief
			// executive of X": a post held now that the past time opens, which does not close it; not
			// a post told by a gerund after the present ("is best known for leading X to promotion in 2019")
			ft.Start, ft.StartMod = t.Value, t.Mod
			return ft
		case p.typ == "position_held" && s.pastPeriod(t):
			// "captained Ghana at the 1998 World Cup", "churchwarden through the 1970s": a post held
			// within a past time told, which opens and closes it ("will become chief executive on
			// May 1" is left to the appointment's reading)
			ft.Start, ft.StartMod, ft.End, ft.EndMod = t.Value, t.Mod, lastYear(t), t.Mod
			if end := s.rangeEnd(t); end != "" {
				ft.End = end // "was chairman of X in 2015-19": the years the range gives
			}
			return ft
		default:
			ft.Value, ft.Mod = t.Value, t.Mod
			ft.Earliest, ft.Latest = bounds(t)
			return ft
		}
		s.otherEnd(ft, best, clauses, tu)
		if ft.Start != "" && ft.End == "" {
			s.stayedUntil(ft, best, tu)
		}
		if ft.Start == "" && ft.End != "" {
			if n, ok := s.stateLength(clauses, tu); ok {
				ft.Start = yearsBefore(ft.End, n) // "had been president for six years" before a move in March 2018
			}
		}
		return ft
	}
	if p.has("stay") && s.stayBound(ft, t) {
		return ft
	}
	if s.beforeClause(tu, t) {
		// "married in a small ceremony before they moved to Leeds in 2019": some time up to 2019
		_, ft.Latest = bounds(t)
		return ft
	}
	ft.Value, ft.Mod = t.Value, t.Mod
	ft.Earliest, ft.Latest = bounds(t)
	return ft
}

// beforeThat returns the time that "before that" or "prior to that"
// points back to when it stands before the trigger trig: the last date
// of the sentence before it ("has run the metro desk since 2020, and
// before that she was its bureau chief"), or, when it opens the sentence,
// the last date of the sentence before ("She joined X in 2004. Prior to
// that, she was a partner at Y"); -1 when there is none.
func (s *sent) beforeThat(trig hearsay.Span) int {
	at := -1
	for k := 0; k+2 < len(s.units) && s.units[k].End <= trig.Start; k++ {
		w := s.units[k].word
		if (w == "before" || w == "prior" && s.units[k+1].word == "to") && (s.units[k+1].word == "that" || s.units[k+2].word == "that") {
			at = k
			break
		}
	}
	if at < 0 {
		return -1
	}
	last := -1
	pick := func(tix []int, limit int) {
		for _, ti := range tix {
			t := s.doc.Timexes[ti]
			if (t.Type == hearsay.Date || t.Type == hearsay.Time) && t.Value != "" && !strings.Contains(t.Value, "REF") && t.End <= limit {
				last = ti
			}
		}
	}
	pick(s.tix(), s.units[at].Start)
	if last < 0 && at == 0 && s.idx > 0 {
		pick(sentTimexes(s.doc, s.idx-1), s.doc.Sentences[s.idx-1].End)
	}
	return last
}

// leftAfterAnd reports whether a verb of leaving that "and" joins to the
// trigger's clause stands right before the time at unit u, after the
// trigger's head tu, with nothing but its own object between ("joined X in
// 2012 and left three years later", "and quit the club in 2019", no name
// between): the time ends the state the trigger opened.
func (s *sent) leftAfterAnd(tu, u int) bool {
	for k := u - 1; k > tu && k >= u-4; k-- {
		if leaveVerbs[s.units[k].word] {
			return k > 0 && s.units[k-1].word == "and"
		}
		if s.units[k].boundary || s.units[k].ment >= 0 {
			return false // "joined X in 2012 and left Orvane Foods in 2016": another organisation's end
		}
	}
	return false
}

// leaveVerbs end a spell at an organisation.
var leaveVerbs = map[string]bool{"left": true, "quit": true, "departed": true, "retired": true, "resigned": true}

// bracketSpan reads a span of years in brackets right after the match
// ("was finance director of Marlow Bank (2015-2019)", "mayor of Leeds
// (2008–16)", "(since 2020)"): a start and an end, a start alone after
// "since" or "from", or nil when the brackets hold anything else.
func (s *sent) bracketSpan(b *binding) *hearsay.FactTime {
	k := b.last
	if k <= 0 || k+2 >= len(s.units) || s.units[k].word != "(" {
		return nil
	}
	closing := -1
	for j := k + 1; j < len(s.units) && j <= k+6; j++ {
		if s.units[j].word == ")" {
			closing = j
			break
		}
	}
	if closing < 0 {
		return nil
	}
	var years []hearsay.Timex
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		if t.Start < s.units[k].End || t.End > s.units[closing].Start {
			continue
		}
		if t.Type != hearsay.Date || !reYear.MatchString(t.Value) || len(t.Value) != 4 {
			return nil
		}
		years = append(years, t)
	}
	words := map[string]bool{"-": true, "–": true, "—": true, "to": true, "since": true, "from": true, "until": true}
	for j := k + 1; j < closing; j++ {
		if w := s.units[j].word; !words[w] && !reYear.MatchString(w) {
			if len(years) == 0 || !strings.Contains(w, "-") && !strings.Contains(w, "–") {
				return nil
			}
		}
	}
	switch {
	case len(years) == 2:
		return &hearsay.FactTime{Start: years[0].Value, End: years[1].Value, Timex: -1}
	case len(years) == 1 && s.rangeEnd(years[0]) != "":
		return &hearsay.FactTime{Start: years[0].Value, End: s.rangeEnd(years[0]), Timex: -1} // "(2011-18)"
	case len(years) == 1 && (s.units[k+1].word == "since" || s.units[k+1].word == "from"):
		return &hearsay.FactTime{Start: years[0].Value, Timex: -1}
	case len(years) == 1 && s.units[k+1].word == "until":
		return &hearsay.FactTime{End: years[0].Value, Timex: -1}
	}
	return nil
}

// whenAfterTime reports whether the time t is followed by ", when" (or
// ", where") and the trigger's head tu lies after it: the word that tells
// the time's role ("until", "since") belongs to the clause before the
// comma, not to the one "when" opens.
func (s *sent) whenAfterTime(t hearsay.Timex, tu int) bool {
	u := s.unitAt(t.End - 1)
	return u >= 0 && u+2 < len(s.units) && tu > u+2 && s.units[u+1].word == "," && s.units[u+2].word == "when"
}

// openingBefore reports whether unit u lies in a clause that "Before"
// opens the sentence with, closed by a comma before the trigger trig
// ("Before joining Orvane Foods in 2015, she spent four years at Marlow
// Bank"): its time is the later event's, which the state told after the
// comma preceded.
func (s *sent) openingBefore(u int, trig hearsay.Span) bool {
	if u < 1 || len(s.units) < 3 || s.units[0].word != "before" {
		return false
	}
	for k := 1; k < len(s.units) && s.units[k].End <= trig.Start; k++ {
		if s.units[k].word == "," {
			return u < k
		}
		if s.units[k].boundary {
			return false
		}
	}
	return false
}

// attributiveParticiple reports whether unit u is a past participle
// that an article opens as a noun's modifier ("the sacked X", "the newly
// elected mayor"), or that opens the sentence before a title or a name
// ("Deposed Carrow Rovers chairman X spoke on Monday", "Newly elected MP X
// said"), not before a phrase of its own ("Sacked in May, X ..."): the event
// it names is background to the clause, whose time is another event's.
func (s *sent) attributiveParticiple(u int) bool {
	if u < 0 || u >= len(s.units) || !strings.HasSuffix(s.units[u].word, "ed") {
		return false
	}
	k := u - 1
	if k >= 0 && strings.HasSuffix(s.units[k].word, "ly") && s.units[k].ment < 0 {
		k-- // "the newly elected"
	}
	if k < 0 {
		return u+1 < len(s.units) && !participleObjects[s.units[u+1].word]
	}
	switch s.units[k].word {
	case "the", "a", "an":
		return true
	}
	return false
}

// participleObjects are the words after a participle that opens a sentence
// that make it a clause of its own ("Sacked in May, ...", "Elected as mayor
// in 2019, ..."), not a modifier of the title or name after it.
var participleObjects = map[string]bool{"by": true, "in": true, "on": true, "as": true, "at": true, "to": true, "from": true, "for": true,
	"after": true, "before": true, "last": true, "this": true, "over": true, "during": true, "with": true, "since": true, "earlier": true,
	"just": true, "only": true, "twice": true, "once": true, "and": true, "or": true, ",": true, ".": true, "-": true, "—": true, "the": true, "his": true, "her": true, "their": true, ":": true, ";": true, "(": true}

// beforeClause reports whether the time t belongs to a clause that
// "before" opens after the trigger's head tu ("married before they moved
// to Leeds in 2019", "denied it before confirming the split in
// September"): the event came before that time, which is not its own.
func (s *sent) beforeClause(tu int, t hearsay.Timex) bool {
	u := s.unitAt(t.Start)
	if tu < 0 || u <= tu+2 {
		return false
	}
	for k := tu + 1; k < u-1; k++ {
		if s.units[k].word == "before" {
			return true
		}
	}
	return false
}

// partyOfPost reports whether p reads a membership of a party (the
// pattern's option party, or a party it names itself) from the post a
// party's word stands before ("X, a Conservative councillor for Bristol from
// 2010 to 2018"): the span after the noun is the post's, not the party's,
// so the membership takes none.
func (p *pattern) partyOfPost() bool {
	return p.typ == "member_of" && len(p.args) == 2 && (p.has("party") || p.args[1].slot == slotNone && p.args[1].literal != "" && !p.args[1].missing)
}

// stayBound sets ft to the open span of a stay (a pattern's option stay)
// when the time t is told with "since" or "until" right before it ("has
// been in Leeds since 2015": from 2015; "was shooting in New Mexico until
// May": up to May), and reports whether it did. A whereabouts is a point
// otherwise.
func (s *sent) stayBound(ft *hearsay.FactTime, t hearsay.Timex) bool {
	u := s.unitAt(t.Start)
	if u < 1 {
		return false
	}
	w := s.units[u-1].word
	if u >= 2 && (w == "early" || w == "late" || w == "mid") {
		w = s.units[u-2].word
	}
	switch w {
	case "since":
		ft.Start, ft.StartMod = t.Value, t.Mod
	case "until", "till", "til":
		ft.End, ft.EndMod = lastYear(t), t.Mod
	default:
		return false
	}
	return true
}

// joinedIn reports whether the time t stands inside the trigger trig of a
// match that opens with a verb of joining, with no comma and no "as" before
// it, and a verb of leaving after it ("joined Kelso Mills in 1978 and
// retired as its managing director in 2009"): the joining's time, which
// opens the post left. After "as" ("joined as a reporter in 2002 and became
// anchor in 2009") it is the earlier post's; before "became" the later
// post has a start of its own.
func (s *sent) joinedIn(trig hearsay.Span, t hearsay.Timex) bool {
	if trig.Start >= t.Start || t.End >= trig.End || t.Type != hearsay.Date || strings.Contains(t.Value, "REF") || s.commaBetween(trig.Start, t.Start) {
		return false
	}
	u, tu := s.unitAt(trig.Start), s.unitAt(t.Start)
	if u < 0 || tu < 0 || !strings.HasPrefix(s.units[u].word, "join") || s.wordBetween(u, tu, "as") {
		return false
	}
	for k := tu + 1; k < len(s.units) && s.units[k].Start < trig.End; k++ {
		if retireWords[s.units[k].word] {
			return true
		}
	}
	return false
}

// retireWords are the words of joinedIn (data/classes.tsv).
var retireWords = wordSet("retirewords")

// rangeEnd returns the year that closes a range of years opened by the
// year t and written after it with a dash, in two digits or four ("2015-19",
// "2015–2019", "2015 - 2019"), when it is a later year; "" otherwise. (A
// pair of years of one season, "2018-19", is one time expression already,
// which lastYear reads.)
func (s *sent) rangeEnd(t hearsay.Timex) string {
	if len(t.Value) != 4 || !allDigits(t.Value) || t.End >= len(s.doc.Text) {
		return ""
	}
	rest := strings.TrimLeft(s.doc.Text[t.End:], " ")
	dash := ""
	for _, d := range []string{"-", "–", "—"} {
		if strings.HasPrefix(rest, d) {
			dash = d
		}
	}
	if dash == "" {
		return ""
	}
	rest = strings.TrimLeft(rest[len(dash):], " ")
	n := 0
	for n < len(rest) && n < 5 && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	var end string
	switch n {
	case 2:
		end = t.Value[:2] + rest[:2]
	case 4:
		end = rest[:4]
	default:
		return ""
	}
	if end <= t.Value {
		return ""
	}
	return end
}

// lastYear returns the value a state that ends within t ends with: the
// second year of a pair of years ("in 2022/23", "the 2018-19 season"),
// else t's own value.
func lastYear(t hearsay.Timex) string {
	if len(t.Value) == 4 && len(t.Latest) >= 4 && t.Latest[:4] > t.Value && allDigits(t.Value) {
		return t.Latest[:4]
	}
	return t.Value
}

// ageNow reports whether the k-th time expression of the sentence is a
// "now" of the present that an age follows ("Lorraine Penrose, now 61",
// "who is now aged 45"): it tells when the age holds, not when the
// sentence's event happened.
func (s *sent) ageNow(k int) bool {
	tix := s.tix()
	if k+1 >= len(tix) {
		return false
	}
	t, next := s.doc.Timexes[tix[k]], s.doc.Timexes[tix[k+1]]
	if t.Value != "PRESENT_REF" || !timex.IsAge(next) || next.Start < t.End {
		return false
	}
	between := strings.TrimSpace(s.doc.Text[t.End:next.Start])
	return between == "" || between == "aged"
}

// presentConjunct reports whether the state's head tu is a verb in the
// present tense that opens a conjunct after "and" (an adverb such as "now"
// between them allowed) and the time at unit u stands before that "and":
// the time dates the clause before, not what holds now.
func (s *sent) presentConjunct(u, tu int) bool {
	if u < 0 || tu <= u+1 {
		return false
	}
	for k := u + 1; k < tu; k++ {
		if s.units[k].word != "and" {
			continue
		}
		j := k + 1
		for j < tu && (s.units[j].word == "now" || s.units[j].word == "still" || s.units[j].word == "currently") {
			j++
		}
		x := s.xposOf(j)
		if x == "VBP" || x == "VBZ" {
			return true
		}
		if (x == "" || x == "NNS") && s.units[j].ment < 0 && !strings.HasSuffix(s.units[j].word, "ed") && j+1 <= tu && homePreps[s.units[j+1].word] {
			return true // "and lives in", which the tagger may read as a noun
		}
	}
	return false
}

// xposOf returns the Penn tag of the token of unit k ("" for a mention).
func (s *sent) xposOf(k int) string {
	if k < 0 || k >= len(s.units) || s.units[k].ment >= 0 {
		return ""
	}
	return s.spanXPOS(s.units[k].Span)
}

// spanXPOS returns the Penn tag of the sentence's token whose span is sp,
// "" when no token has that span.
func (s *sent) spanXPOS(sp hearsay.Span) string {
	sn := s.doc.Sentences[s.idx]
	toks := s.doc.Tokens[sn.FirstToken:sn.EndToken]
	// Tokens stand in text order: search for the first that starts at the
	// unit, so that a long sentence costs no scan per look-up.
	for i := sort.Search(len(toks), func(i int) bool { return toks[i].Span.Start >= sp.Start }); i < len(toks) && toks[i].Span.Start == sp.Start; i++ {
		if toks[i].Span == sp {
			return toks[i].XPOS
		}
	}
	return ""
}

// commaBetween reports whether a comma stands between the offsets a and b.
// openingDate returns the date that opens the sentence, alone or after
// "On" ("On 27th April 2026, at X, to A and B, a son"), -1 when there is
// none.
func (s *sent) openingDate() int {
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		u := s.unitAt(t.Start)
		if t.Type != hearsay.Date || t.Value == "" || strings.Contains(t.Value, "REF") || u < 0 {
			continue
		}
		if u == 0 || u == 1 && s.units[0].word == "on" {
			return ti
		}
		return -1
	}
	return -1
}

// asideOfSubject reports whether the time at span t stands in an aside
// between the subject and the event's verb at unit tu, closed by a comma
// right before the verb ("X, who sold Y in 2015, died on July 18").
func (s *sent) asideOfSubject(b *binding, t hearsay.Span, tu int) bool {
	a := b.slots[slotA]
	if !a.set || a.span.End > t.Start || tu < 1 || t.End > s.units[tu].Start {
		return false
	}
	v := tu
	for v > 0 && s.units[v-1].ment == -1 && (s.units[v-1].word == "," || s.units[v-1].word == "has" || s.units[v-1].word == "had") {
		v--
		if s.units[v].word == "," {
			return s.commaBetween(a.span.End, t.Start) && t.End <= s.units[v].Start
		}
	}
	return false
}

// eventAside reports whether the aside between the subject and the time at
// span t tells an event of its own, opening with a participle or a
// relative pronoun of class asideevents ("X, appointed chief executive in 2021, has
// resigned"; "X, who joined the bank in 2019, has left"): its time dates
// that event, not the clause's.
func (s *sent) eventAside(b *binding, t hearsay.Span) bool {
	a := b.slots[slotA]
	u := s.unitAt(a.span.End-1) + 1
	if u <= 0 || u+1 >= len(s.units) || s.units[u].word != "," || s.units[u+1].Start >= t.Start {
		return false // the aside opens with a comma right after the subject
	}
	return s.units[u+1].ment == -1 && asideEvents[s.units[u+1].word]
}

// asideEvents are the words of eventAside (class asideevents of
// data/classes.tsv).
var asideEvents = wordSet("asideevents")

// inSubjectAppositive reports whether the time at span t stands in an
// appositive set off by commas right after the subject ("X, director of the
// gallery since 2018, is about to leave"; see appositiveEnd) that closes
// before the event's verb at unit tu: the time is that of the description.
func (s *sent) inSubjectAppositive(r *resources, b *binding, t hearsay.Span, tu int) bool {
	a := b.slots[slotA]
	if !a.set || a.span.End > t.Start {
		return false
	}
	c := s.unitAt(a.span.End-1) + 1
	if c <= 0 || c >= len(s.units) || s.units[c].word != "," {
		return false
	}
	end := s.appositiveEnd(r, c)
	return end > c && end <= tu && t.End <= s.units[end-1].Start
}

// commaBetween reports whether a comma stands between offsets a and b.
func (s *sent) commaBetween(a, b int) bool {
	for k := max(s.unitAt(a-1), 0); k < len(s.units) && s.units[k].Start < b; k++ {
		if s.units[k].word == "," && s.units[k].Start >= a {
			return true
		}
	}
	return false
}

// quoteGoesOn reports whether the unit u stands in a quotation that opens
// a few words after the trigger's head tu and goes on with its clause ("had
// popped the question \"in early April, during a trip\""): no other boundary
// before the quote mark, and at most a preposition after it.
func (s *sent) quoteGoesOn(tu, u int) bool {
	if u <= tu+1 {
		return false
	}
	q := -1
	for k := tu + 1; k < u && k <= tu+4; k++ {
		if s.units[k].is(clsQuote) {
			q = k
			break
		}
		if s.units[k].boundary || s.units[k].word == "," {
			return false
		}
	}
	if q < 0 || u-q > 3 || s.units[q].word == "”" || s.quotesBefore(q)%2 == 1 {
		return false // a mark that closes a quotation
	}
	for k := q + 1; k < u; k++ {
		if s.units[k].boundary || s.units[k].ment >= 0 {
			return false
		}
	}
	return true
}

// maxQuotedAside is how many words a quoted aside may have (see
// quotedAside).
const maxQuotedAside = 3

// quotedAside reports whether the time at unit u follows the trigger's head
// tu across a short quotation set off by commas and nothing else but one
// word, a preposition ("divorced, \"noisily\", in 1998"): the quoted words are an
// aside, and the clause goes on after them.
func (s *sent) quotedAside(tu, u int) bool {
	k := tu + 1
	if u-k < 5 || s.units[k].word != "," || !s.units[k+1].is(clsQuote) {
		return false
	}
	k += 2
	start := k
	for k < u && !s.units[k].is(clsQuote) {
		if x := &s.units[k]; x.boundary || x.ment >= 0 || x.word == "," || k-start >= maxQuotedAside {
			return false
		}
		k++
	}
	if k == start || k+1 >= u || s.units[k+1].word != "," {
		return false // no words quoted, or no comma closes the aside
	}
	k += 2
	return k == u || k+1 == u && !s.units[k].boundary && s.units[k].ment < 0 // at most "in"
}

// pastPeriod reports whether the time t is a period longer than a day that
// ends before the article's day (a single day, "was elected last Thursday",
// is when the post began).
func (s *sent) pastPeriod(t hearsay.Timex) bool {
	lo, hi, ok := valueBounds(t.Value)
	return ok && !strings.Contains(t.Value, "REF") && hi.After(lo) && hi.Before(s.doc.Date)
}

// homeOfOther reports whether a relative clause opens between a home's
// noun at tu and the time at u and tells something other than living there
// ("a farmer from Keswick who has been a member of the team since 2004": the
// membership's start, not the home's; "a resident of Keswick since 2004"
// has no such clause).
func (s *sent) homeOfOther(cues map[string]string, tu, u int) bool {
	for k := tu; k < u && k < len(s.units); k++ { // the pattern's trigger may end with "who"
		if w := s.units[k].word; w == "who" || w == "which" || w == "that" {
			return !s.cueBetween(cues, "home", k, u)
		}
	}
	return false
}

// titleBetween reports whether the time at unit u, after the trigger's
// head tu, stands in the trigger's clause but for a title in quotation
// marks between them ("met on the set of the drama \"Low Water\" in
// 2021"): the one clause change on the way is the opening mark of a title
// (see titleClose) that closes before u.
func (s *sent) titleBetween(tu, u int, clauses []int) bool {
	if u <= tu+2 || clauses[u] != clauses[tu]+1 {
		return false
	}
	k := tu + 1
	for k < u && clauses[k] == clauses[tu] {
		k++
	}
	if !s.units[k].is(clsQuote) || s.quotesBefore(k)%2 == 1 {
		return false
	}
	c := s.titleClose(k)
	return c > k && c < u
}

// titleClose returns the closing mark of the title whose opening mark is
// unit q, or -1 when the quotation is no title: at most six words, the
// first one capitalised, the others capitalised or small words ("of",
// "the"), no punctuation, and the closing mark attached to the last word.
func (s *sent) titleClose(q int) int {
	for k := q + 1; k < len(s.units) && k <= q+7; k++ {
		x := &s.units[k]
		switch {
		case x.is(clsQuote):
			if k == q+1 || x.Start != s.units[k-1].End {
				return -1
			}
			return k
		case x.ment != -1 || x.capital:
		case k > q+1 && titleSmallWords[x.word]:
		default:
			return -1
		}
	}
	return -1
}

// titleSmallWords are the words a title leaves in lowercase ("The Edge of
// the Sea").
var titleSmallWords = map[string]bool{"of": true, "the": true, "a": true, "an": true, "and": true, "in": true, "on": true, "to": true, "for": true, "at": true, "with": true, "from": true, "by": true, "&": true}

// quotesBefore counts the quote marks before unit q.
func (s *sent) quotesBefore(q int) int {
	n := 0
	for k := 0; k < q; k++ {
		if s.units[k].is(clsQuote) {
			n++
		}
	}
	return n
}

// nounSpan reads the time at best, told after a relation noun in its
// clause, as the start or end of the state the noun names when the words
// before it say so ("since 2021", "from 2012 until 2018"), or returns nil.
func (s *sent) nounSpan(best int, clauses []int, tu int) *hearsay.FactTime {
	t := s.doc.Timexes[best]
	if strings.Contains(t.Value, "REF") {
		return nil
	}
	ft := &hearsay.FactTime{Timex: best}
	switch s.timeRole(t) {
	case "start":
		ft.Start, ft.StartMod = t.Value, t.Mod
	case "end":
		ft.End, ft.EndMod = t.Value, t.Mod
	default:
		return nil
	}
	s.otherEnd(ft, best, clauses, tu)
	return ft
}

// changeRole returns the end of a state ("start" or "end") that a verb of
// change in the pattern's trigger gives its time ("joined the board of X in
// 2012", "left the band in 2019"), or "" when none does.
func (st *Stage) changeRole(s *sent, b *binding) string {
	for k := max(b.first, 0); k < b.last && k < len(s.units); k++ {
		if !b.trig.Contains(s.units[k].Span) {
			continue
		}
		if r := st.r.changes[s.units[k].word]; r != "" {
			return r
		}
	}
	return ""
}

// bornClause reports whether the time at sp stands in a phrase of birth set
// off by a comma ("Born in Dublin in 1935, ...", "..., born in 1935, ...")
// that the trigger lies outside of.
func (s *sent) bornClause(sp, trig hearsay.Span) bool {
	u := s.unitAt(sp.Start)
	if u < 0 {
		return false
	}
	open := -1
	for k := u - 1; k >= 0; k-- {
		if w := s.units[k].word; w == "born" {
			open = k
			break
		} else if w == "," || s.units[k].boundary {
			return false
		}
	}
	if open < 0 || open > 0 && s.units[open-1].word != "," {
		return false
	}
	end := len(s.units)
	for k := u + 1; k < len(s.units); k++ {
		if s.units[k].word == "," || s.units[k].boundary {
			end = k
			break
		}
	}
	if end == len(s.units) {
		return false
	}
	return trig.End <= s.units[open].Start || trig.Start >= s.units[end].End
}

// frontedOther reports whether the time at span t stands in a phrase that
// opens the sentence with a past participle and closes with a comma right
// before the match's person ("Elected for Fenwold in 2024, he was a junior minister at the
// Foreign Office"; "Signed from Carrow Rovers in 2021, ...") and names a
// place or organisation that is not one of the match's: the phrase tells
// another event, whose time is not the state's. A phrase that names none
// ("Appointed in 2019, she has led the bank") may tell the state's start.
func (s *sent) frontedOther(b *binding, t hearsay.Span) bool {
	u := s.unitAt(t.Start)
	if x := s.xposOf(0); u < 1 || s.units[0].ment != -1 || x != "VBN" && (x != "VBD" || !strings.HasSuffix(s.units[0].word, "ed")) {
		return false
	}
	end := -1
	for k := 1; k < len(s.units); k++ {
		if s.units[k].word == "," {
			end = k
			break
		}
		if s.units[k].boundary {
			return false
		}
	}
	if a := b.slots[slotA]; end < u || end+1 >= len(s.units) || s.units[end].End > b.trig.Start || !a.set || a.span.Start != s.units[end+1].Start {
		return false
	}
	for k := 1; k < end; k++ {
		x := &s.units[k]
		if x.ment == -1 && x.capital && k < u {
			return true // "Elected for Fenwold": a name the mention stage did not read
		}
		if x.ment == -1 || x.etype == entPerson {
			continue
		}
		for _, e := range x.ents {
			if !slices.Contains(b.slots[slotOrg].ents, e) && !slices.Contains(b.slots[slotPlace].ents, e) {
				return true
			}
		}
	}
	return false
}

// placeComma reports whether the comma at unit k belongs to a place named
// with the place it lies in ("in Savannah, Georgia, in June 2016"): it
// separates or closes the two names, and opens no clause.
func (s *sent) placeComma(k int) bool {
	place := func(i int) bool {
		return i >= 0 && i < len(s.units) && s.units[i].ment >= 0 && s.units[i].etype == entPlace
	}
	if k < 1 || s.units[k].word != "," || !place(k-1) {
		return false
	}
	return place(k+1) || k >= 3 && s.units[k-2].word == "," && place(k-3)
}

// stateType reports whether a pattern's facts are states with a start and
// an end.
func (st *Stage) stateType(p *pattern) bool {
	return isStateType(p.typ) || p.has("state")
}

// isStateType reports whether facts of type typ hold over time
// (typeInfo.state), listed in a switch, as the time of every fact asks it
// for each time of its sentence.
func isStateType(typ string) bool {
	switch typ {
	case "dating", "position_held", "residence", "member_of":
		return true
	}
	return false
}

// leavingBefore reports whether the "before" between the trigger (unit tu)
// and a later time (unit u) opens a clause of leaving, a verb of change
// that ends a state ("before retiring in 2019", "before she left in 2014"),
// or of taking up a new one ("before moving to Nashville in 1998").
func (st *Stage) leavingBefore(s *sent, tu, u int) bool {
	for k := tu + 1; k < u && k < len(s.units); k++ {
		if s.units[k].word != "before" {
			continue
		}
		for j := k + 1; j < u && j <= k+3; j++ {
			switch w := s.units[j].word; st.r.changes[w] {
			case "end":
				return true
			case "start":
				if strings.HasSuffix(w, "ing") || j == k+2 && subjectPronoun(s.units[k+1].word) {
					return true // "lived in Tulsa before moving to Nashville in 1998", "spent six years at X before she joined Y in 2012": the new state ends the old one
				}
			}
		}
	}
	return false
}

// movingBefore reports whether "before" and a verb of moving home stand
// between unit tu and unit u ("in Tulsa before moving to Nashville in 1998").
func (s *sent) movingBefore(tu, u int) bool {
	for k := tu + 1; k < u && k < len(s.units); k++ {
		if s.units[k].word != "before" {
			continue
		}
		for j := k + 1; j < u && j <= k+3; j++ {
			if movingWords[s.units[j].word] {
				return true
			}
		}
	}
	return false
}

// movingWords leave one home for another.
var movingWords = wordSet("movingwords")

// veteranOf reads a state told by a noun with a length of years before it
// inside the trigger ("a 20-year veteran of the bank", "a three-decade
// member of the club"): it has lasted that long up to the article's date.
func (s *sent) veteranOf(b *binding) *hearsay.FactTime {
	if s.doc.Date.IsZero() {
		return nil
	}
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		if t.Type != hearsay.Duration || t.Mod != "" || !b.trig.Contains(t.Span) || !strings.Contains(t.Text, "-") && !s.lengthAfterOf(t) || strings.HasSuffix(t.Text, "-old") {
			continue // "a 31-year-old personal trainer from Bristol" is an age
		}
		if n, ok := wholeYears(t.Value); ok {
			if y := yearsBefore(s.doc.DateString(), n); y != "" {
				return &hearsay.FactTime{Start: y, Timex: -1}
			}
		}
	}
	return nil
}

// lengthAfterOf reports whether a length follows "veteran of" or "member
// of" ("a veteran of 32 years at the hospital"), which tells how long the
// state has lasted as "a 32-year veteran" does.
func (s *sent) lengthAfterOf(t hearsay.Timex) bool {
	u := s.unitAt(t.Start)
	return u >= 2 && s.units[u-1].word == "of" && (s.units[u-2].word == "veteran" || s.units[u-2].word == "member")
}

// stillWords tell a state that went on at a time ("was still married to
// X", "while he was married to X").
var stillWords = map[string]bool{"still": true, "then": true, "while": true, "when": true}

// marriedThen reports whether a marriage is told as a state that held at
// the time t, not as a wedding: "was married to X" with a time that refers
// back ("at the time") or one outside the "when"/"while" clause that holds
// the trigger ("met him in 2015, when he was still married to X").
func (s *sent) marriedThen(b *binding, t hearsay.Timex, tu int) bool {
	be, to := false, false
	for u := max(b.first, 0); u <= tu+1 && u < len(s.units); u++ {
		switch s.units[u].word {
		case "was", "were", "is", "are", "been":
			be = true
		case "to":
			to = true
		}
	}
	if be && t.Anaphoric {
		return true // "were married at the time"
	}
	if !be || !to {
		return false
	}
	u := s.unitAt(t.Start)
	if u < 0 || u > tu {
		return false
	}
	for k := u + 1; k < tu; k++ {
		if stillWords[s.units[k].word] {
			return true
		}
	}
	return false
}

// stayVerbs go on with a state its clause's first verb opened ("joined X in
// 1999 and stayed until 2012").
var stayVerbs = wordSet("stayverbs")

// stayedUntil ends a state opened at the time used with the time of a
// coordinated clause that goes on with it until then ("joined Lumen Bank in
// 1999 and stayed until 2012", "moved to Paris in 2001 and lived there until
// 2009").
func (s *sent) stayedUntil(ft *hearsay.FactTime, used, tu int) {
	if used < 0 {
		return
	}
	from := s.unitAt(s.doc.Timexes[used].End - 1)
	if from < tu {
		return
	}
	for k := from + 1; k < len(s.units) && k <= from+3; k++ {
		if s.units[k].word != "and" || k+1 >= len(s.units) || !stayVerbs[s.units[k+1].word] {
			continue
		}
		for _, ti := range s.tix() {
			t := s.doc.Timexes[ti]
			u := s.unitAt(t.Start)
			if u <= k+1 || t.Type != hearsay.Date || t.Value == "" || strings.Contains(t.Value, "REF") {
				continue
			}
			if s.timeRole(t) == "end" || s.closedBy(t, k+1) {
				ft.End, ft.EndMod = t.Value, t.Mod
			}
			return
		}
	}
}

// opensBefore reports whether the match opens with "before" or stands
// right after it ("before joining Orbis Bank").
func (s *sent) opensBefore(b *binding) bool {
	first := s.unitAt(b.trig.Start)
	for k := first; k >= 0 && k >= first-1 && k < len(s.units); k-- {
		if s.units[k].word == "before" {
			return true
		}
	}
	return false
}

// leftFor are the states that the event of a clause ends when they are
// told in an "after" clause with a length ("moved to Paris in 2015 after
// living in Rome for ten years"); a relationship goes on into what follows it
// ("got engaged after dating for three years").
var leftFor = typesOf("member_of", "residence", "position_held")

// hasLength reports whether the trigger's clause gives the state's length
// ("after dating for three years").
func (s *sent) hasLength(clauses []int, tu int) bool {
	_, ok := s.stateLength(clauses, tu)
	return ok
}

// wordBetween reports whether the word w stands strictly between units a
// and b (a before b).
func (s *sent) wordBetween(a, b int, w string) bool {
	for k := a + 1; k < b && k < len(s.units); k++ {
		if s.units[k].word == w {
			return true
		}
	}
	return false
}

// dueWords are the words of dueDate (data/classes.tsv).
var dueWords = wordSet("duewords")

// dueDate reports whether the time at unit u is when a baby is due: after
// the document's date, or right after "due" or "expected".
func (s *sent) dueDate(t hearsay.Timex, u int) bool {
	if lo, _ := bounds(t); lo != "" && lo > s.docDate() {
		return true
	}
	for k := u - 1; k >= 0 && k >= u-3; k-- {
		if dueWords[s.units[k].word] {
			return true
		}
	}
	return false
}

// closer reports whether w is a word a pattern may end on that closes its
// phrase.
func closer(w string) bool {
	switch w {
	case "and", ",", ".":
		return true
	}
	return false
}

// everSince returns the time a state runs from when its clause says "ever
// since" or "since then" ("met in 2017 and have been together ever since"):
// the last date of the sentence before the trigger, or -1.
func (s *sent) everSince(tu int) int {
	since := false
	for u := tu + 1; u < len(s.units) && u <= tu+4; u++ {
		if s.units[u].word == "since" && (s.units[u-1].word == "ever" || u+1 < len(s.units) && s.units[u+1].word == "then") {
			since = true
		}
	}
	if !since {
		return -1
	}
	best := -1
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		if (t.Type == hearsay.Date || t.Type == hearsay.Time) && t.Value != "" && t.End <= s.units[tu].Start {
			best = ti
		}
	}
	return best
}

// whenTime returns the date of the clause that a ", when" clause holding
// unit tu follows ("The rumors began in May, when she was photographed
// wearing a ring"): the last date before the comma, in the same stretch of
// the sentence with no clause boundary between; or -1.
func (s *sent) whenTime(tu int) int {
	w := -1
	for u := tu - 1; u > 0; u-- {
		if s.units[u].boundary && s.units[u].word != "while" && !quoteMarks[s.units[u].word] {
			return -1 // "when she was photographed wearing a ring while walking her dog in Brooklyn" goes on
		}
		if s.units[u].word == "when" && s.units[u-1].word == "," {
			w = u - 1
			break
		}
	}
	if w < 0 {
		return -1
	}
	from := 0
	for u := w - 1; u >= 0; u-- {
		if s.units[u].boundary {
			from = u + 1
			break
		}
	}
	best := -1
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		if (t.Type == hearsay.Date || t.Type == hearsay.Time) && t.Value != "" && !strings.Contains(t.Value, "REF") && t.Start >= s.units[from].Start && t.End <= s.units[w].Start {
			best = ti
		}
	}
	return best
}

// backshifted reports whether a "was"/"were" of the match stands in reported
// speech after a past reporting verb ("tabloids claimed they were quietly
// dating"): the present of the time it was said.
func (s *sent) backshifted(b *binding, tu int) bool {
	inFrame := false
	for _, f := range s.frames {
		if f.after >= 0 && f.verb != "" && f.scope.Contains(b.trig) {
			inFrame = true
		}
	}
	if !inFrame {
		return false
	}
	for u := b.first; u <= tu && u < len(s.units); u++ {
		switch s.units[u].word {
		case "had":
			return false
		case "was", "were":
			return true
		}
	}
	return false
}

// sayingTime dates a state told in backshifted reported speech by the time
// of its saying, when that time stands in the reporting clause or opens the
// sentence before it ("Back in April, her rep insisted they were just
// friends"; "told a magazine in 2019 that they were dating"): the state
// claimed is the present of then. It returns nil when the saying has no
// past date of its own.
func (s *sent) sayingTime(b *binding) *hearsay.FactTime {
	for _, f := range s.frames {
		if f.verb == "" || f.after < 0 || !f.scope.Contains(b.trig) {
			continue
		}
		lo := s.doc.Sentences[s.idx].Start
		for _, g := range s.frames {
			if g.scope.End <= f.subject.Start && g.scope.End > lo {
				lo = g.scope.End // another saying's words before the subject are not this one's
			}
		}
		end := f.scope.Start // the attribution's own words, up to "that"
		for u := f.after; u < len(s.units) && s.units[u].Start < b.trig.Start; u++ {
			if s.units[u].word == "that" {
				end = max(end, s.units[u].Start)
				break
			}
		}
		for _, ti := range s.tix() {
			t := s.doc.Timexes[ti]
			if t.Type != hearsay.Date || t.Value == "" || strings.Contains(t.Value, "REF") || t.Start < lo || t.End > end {
				continue
			}
			if t.Start < f.subject.Start && s.unitAt(t.Start) > 2 {
				continue // only a time that opens the sentence ("Back in April, ...") dates a saying after it
			}
			e, l := bounds(t)
			return &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: e, Latest: l, Timex: ti}
		}
	}
	return nil
}

// announceVerbs make public a change that has just happened.
var announceVerbs = wordSet("announceverbs")

// announcedTime dates a past event with no time of its own by its
// announcement ("announced in a joint statement in March that they had
// decided to live apart"), or returns nil.
func (s *sent) announcedTime(b *binding) *hearsay.FactTime {
	for u := b.first; u < len(s.units) && s.units[u].Start < b.trig.End; u++ {
		if w := s.units[u].word; w == "has" || w == "have" || w == "'s" || w == "'ve" {
			return nil // "has died, his family announced on Tuesday": some time before it
		}
	}
	for _, f := range s.frames {
		if !announceVerbs[f.verb] || f.after < 0 || !f.scope.Contains(b.trig) {
			continue
		}
		end := f.scope.Start // the attribution's own words, up to "that"
		for u := f.after; u >= 0 && u < len(s.units) && s.units[u].Start < b.trig.Start; u++ {
			if s.units[u].word == "that" {
				end = max(end, s.units[u].Start)
				break
			}
		}
		for _, ti := range s.tix() {
			t := s.doc.Timexes[ti]
			if t.Type != hearsay.Date || t.Value == "" || t.Start < f.subject.Start || t.End > end {
				continue
			}
			lo, hi := bounds(t)
			return &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: lo, Latest: hi, Timex: ti}
		}
	}
	return nil
}

// careerChange are the events of office that news tells on the day they
// are made public.
var careerChange = typesOf("appointed", "dismissed", "resigned", "elected")

// statementVerbs make a decision public.
var statementVerbs = wordSet("statementverbs")

// statementDay dates a change of office told as done ("has fired its chief
// executive, the company said on Tuesday"; "named X its new editor, the
// publisher announced on Monday") by the day of the statement: the day the
// decision was made public. A change still to come ("will step down") is
// not dated so.
func (s *sent) statementDay(b *binding) *hearsay.FactTime {
	for u := b.first; u < len(s.units) && s.units[u].Start < b.trig.End; u++ {
		if notYet[s.units[u].word] && !s.toPost(b, u) {
			return nil
		}
	}
	for _, f := range s.frames {
		if !statementVerbs[f.verb] || !f.scope.Contains(b.trig) {
			continue
		}
		lo, hi := f.subject.Start, s.doc.Sentences[s.idx].End
		if f.after >= 0 {
			hi = f.scope.Start
		}
		for _, ti := range s.tix() {
			t, ok := dayOf(s.doc.Timexes[ti])
			if !ok || t.Start < lo || t.End > hi {
				continue
			}
			e, l := bounds(t)
			return &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: e, Latest: l, Timex: ti}
		}
	}
	return nil
}

// dayOf returns a timex that names a day as that day: a statement made
// "Monday morning" or "late Tuesday" was made on that day. ok is false for
// anything coarser or vaguer than a day.
func dayOf(t hearsay.Timex) (hearsay.Timex, bool) {
	switch {
	case t.Type == hearsay.Date && len(t.Value) == len("2006-01-02"):
		return t, true
	case (t.Type == hearsay.Time || t.Type == hearsay.Date) && len(t.Value) > len("2006-01-02") && t.Value[len("2006-01-02")] == 'T' && reDay.MatchString(t.Value):
		t.Value = t.Value[:len("2006-01-02")]
		t.Earliest, t.Latest = t.Value, t.Value
		return t, true
	}
	return t, false
}

// notYet mark a change still to come or only considered ("is stepping down").
var notYet = wordSet("notyet")

// toPost reports whether unit u is a "to" that leads to the post the match
// reads ("has promoted X to partner"), not to a verb ("is to step down").
func (s *sent) toPost(b *binding, u int) bool {
	r := b.slots[slotRole]
	if s.units[u].word != "to" || !r.set {
		return false
	}
	k := s.unitAt(r.span.Start)
	return k > u && k <= u+2
}

// bounds returns the timex's day interval, computing it when the timex
// stage left it empty.
func bounds(t hearsay.Timex) (string, string) {
	if t.Earliest != "" || t.Latest != "" {
		return t.Earliest, t.Latest
	}
	lo, hi, ok := valueBounds(t.Value)
	if !ok {
		return "", ""
	}
	return lo.Format(day), hi.Format(day)
}

const day = "2006-01-02"

var (
	reYear  = regexp.MustCompile(`^(\d{4})$`)
	reMonth = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	reDay   = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)
	reWeek  = regexp.MustCompile(`^(\d{4})-W(\d{2})$`)
)

// valueBounds is the calendar interval of a year, month, day or ISO week
// value, or of any other value the time-expression stage can place (a
// season, a quarter).
func valueBounds(v string) (time.Time, time.Time, bool) {
	if m := reDay.FindStringSubmatch(v); m != nil {
		d, err := time.Parse(day, m[0])
		return d, d, err == nil
	}
	if m := reMonth.FindStringSubmatch(v); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 {
			return time.Time{}, time.Time{}, false
		}
		lo := time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
		return lo, lo.AddDate(0, 1, -1), true
	}
	if m := reYear.FindStringSubmatch(v); m != nil {
		y, _ := strconv.Atoi(m[1])
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), true
	}
	if m := reWeek.FindStringSubmatch(v); m != nil {
		y, _ := strconv.Atoi(m[1])
		w, _ := strconv.Atoi(m[2])
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+(w-1)*7)
		return mon, mon.AddDate(0, 0, 6), true
	}
	if lo, hi, ok := timex.Interval(v); ok { // seasons, quarters, halves, decades
		a, err1 := time.Parse(day, lo)
		z, err2 := time.Parse(day, hi)
		return a, z, err1 == nil && err2 == nil
	}
	return time.Time{}, time.Time{}, false
}

// timeRole says whether the words before a time make it a state's start or
// end ("until at least 2013", "since 2019").
func (s *sent) timeRole(t hearsay.Timex) string {
	first := "x" // the first word of the time's text, lowercased
	for w := range strings.FieldsSeq(t.Text) {
		first = w
		break
	}
	var buf [32]byte
	if lw := appendLower(buf[:0], first); endWords[string(lw)] {
		return "end"
	} else if startWords[string(lw)] {
		return "start"
	}
	u := s.unitAt(t.Start)
	if u >= 2 && s.units[u-1].word == "and" {
		for k := u - 2; k >= 0 && k >= u-5; k-- {
			if s.units[k].word == "between" {
				return "end" // "between 1998 and 2006"
			}
		}
	}
	for k := u - 1; k >= 0 && k >= u-3; k-- {
		w := s.units[k].word
		if endWords[w] {
			return "end"
		}
		if startWords[w] {
			return "start"
		}
		if w != "at" && w != "least" && w != "the" && w != "in" && w != "early" && w != "late" && w != "mid" {
			break
		}
	}
	return s.clauseRole(u)
}

// clauseWords open a clause whose time starts the state it hangs on ("has
// lived in Lisbon since she retired in 2019", "since winning the election
// in 2017"); a clause that ends one ("until she retired in 2019") is read
// by closedBy.
var clauseWords = map[string]string{"since": "start"}

// clauseRole returns the role clauseWords give a time at unit u that
// stands in the clause they open: the word is a few words before it, with
// no comma or clause boundary between. It returns "" for none.
func (s *sent) clauseRole(u int) string {
	for k := u - 1; k >= 0 && k >= u-8; k-- {
		w := s.units[k].word
		if r := clauseWords[w]; r != "" {
			return r
		}
		if w == "," || s.units[k].boundary || w == "and" || w == "but" || w == "after" || w == "before" || w == "when" {
			return ""
		}
	}
	return ""
}

// lengthUntilWhen reads a state with a length that a "when" clause after
// it dates ("had worked at X for six years when he was fired in 2019",
// "had lived in Leeds for 20 years when she moved to York in 2015"): the
// state began that length before the clause's time t, and ended then when
// the clause tells a departure; nil when the time is not in such a clause
// or the state's clause tells no length.
func (st *Stage) lengthUntilWhen(s *sent, t hearsay.Timex, clauses []int, tu int) *hearsay.FactTime {
	u := s.unitAt(t.Start)
	if u <= tu || !s.wordBetween(tu, u, "when") || strings.Contains(t.Value, "REF") {
		return nil
	}
	n, ok := s.stateLength(clauses, tu)
	if !ok {
		return nil
	}
	y := yearsBefore(t.Value, n)
	if y == "" {
		return nil
	}
	ft := &hearsay.FactTime{Start: y, Timex: -1}
	for k := tu + 1; k < u && k < len(s.units); k++ {
		if w := s.units[k].word; (st.r.changes[w] == "end" || whenEnds[w]) && s.wordBetween(tu, k, "when") {
			ft.End, ft.EndMod = t.Value, t.Mod
			break
		}
	}
	return ft
}

// whenEnds are the words of a "when" clause that end a state (data/classes.tsv).
var whenEnds = wordSet("whenends")

// stayPronouns open a "where" clause whose subject is the person a
// whereabouts places there.
var stayPronouns = map[string]bool{"he": true, "she": true, "they": true}

// whereStay reports whether the time at unit u stands in a ", where he ..."
// clause set right after the trigger's head at tu, the place of a
// whereabouts ("was flown to the Royal Infirmary, where he was treated on
// Sunday night", "flew to Paris, where she met the president on Friday"):
// the person was there at that time.
func (st *Stage) whereStay(s *sent, tu, u int) bool {
	if tu < 0 || u <= tu+2 {
		return false
	}
	for k := tu + 1; k+1 < u && k <= tu+4; k++ {
		if s.units[k].word != "where" || s.units[k-1].word != "," {
			continue
		}
		if !stayPronouns[s.units[k+1].word] {
			return false
		}
		for j := k + 2; j < u; j++ {
			if w := s.units[j].word; st.r.changes[w] != "" || homeWords[w] {
				return false // "writes from Nairobi, where he moved in 2021": a home's start, not a stay
			}
		}
		return true
	}
	return false
}

// homeWords tell a home in a "where" clause, which whereStay leaves to the
// home ("where she has lived since 2009").
var homeWords = map[string]bool{"lived": true, "lives": true, "live": true, "grew": true, "raised": true, "born": true, "settled": true, "retired": true}

// reportedPluperfect reports whether the match, from its first word to
// the trigger's head at tu, holds "had been" and stands in what a source
// says ("sources said she had been dating him for a year"): the perfect of
// the telling, backshifted.
func (s *sent) reportedPluperfect(b *binding, tu int) bool {
	had := false
	for u := b.first; u < tu && u+1 < len(s.units); u++ {
		if s.units[u].word == "had" && (s.units[u+1].word == "been" || s.units[u+1].ment == -1 && strings.HasSuffix(s.units[u+1].word, "ed") && s.heardThat(b.first)) {
			had = true // "had been dating him", or after a hearing "had worked there"
			break
		}
	}
	if !had {
		return false
	}
	for _, f := range s.frames {
		if f.verb != "" && f.after >= 0 && f.scope.Contains(b.trig) {
			return true
		}
	}
	return s.heardThat(b.first)
}

// heardThat reports whether a verb of hearing and "that" open the clause
// that unit u stands in ("The inquest heard on Monday that he had been
// employed there for six years"): what it heard is told as of the hearing.
func (s *sent) heardThat(u int) bool {
	for k := u - 1; k >= 1 && k >= u-8; k-- {
		if s.units[k].boundary && s.units[k].word != "that" {
			return false
		}
		if s.units[k].word != "that" {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if hearingVerbs[s.units[j].word] {
				return true
			}
		}
		return false
	}
	return false
}

// perfect reports whether the verb of the match is in the present perfect
// ("has moved", "have relocated").
func (s *sent) perfect(b *binding, tu int) bool {
	for u := b.first; u <= tu && u < len(s.units); u++ {
		if w := s.units[u].word; w == "has" || w == "have" || w == "'ve" {
			return true
		}
	}
	return false
}

// progressive reports whether the verb of the match, which starts at unit
// vu, is in the present progressive ("is leaving", "are now stepping down").
func (s *sent) progressive(vu int) bool {
	if vu >= 0 && vu+1 < len(s.units) && presentBe(s.units[vu].word) {
		vu++ // the trigger starts at its auxiliary: "is leaving"
	}
	if vu < 1 || vu >= len(s.units) || !strings.HasSuffix(s.units[vu].word, "ing") {
		return false
	}
	for u := vu - 1; u >= 0 && u >= vu-2; u-- {
		if presentBe(s.units[u].word) {
			return true
		}
	}
	return false
}

// presentBe reports whether w is a present form of "be".
func presentBe(w string) bool {
	return w == "is" || w == "are" || w == "'s" || w == "'re" || w == "am" || w == "'m"
}

// presentTense reports whether the verb of the match is in the present or
// present perfect ("have separated", "are expecting").
// gerundAt reports whether the unit u is a verb's -ing form (Penn VBG; a
// word ending in "-ing" where no tag is known).
func (s *sent) gerundAt(u int) bool {
	if u < 0 || u >= len(s.units) {
		return false
	}
	if x := s.spanXPOS(s.units[u].Span); x != "" {
		return x == "VBG"
	}
	w := s.units[u].word
	return len(w) > 5 && strings.HasSuffix(w, "ing")
}

func (s *sent) presentTense(b *binding, tu int) bool {
	for u := b.first; u <= tu && u < len(s.units); u++ {
		if presentAux[s.units[u].word] {
			return true
		}
	}
	if tu >= 0 && tu < len(s.units) {
		if x := s.spanXPOS(s.units[tu].Span); x == "VBP" || x == "VBZ" {
			return true
		}
	}
	return false
}

// recentDays is how many days before the document a time may end and still
// be the present of its news ("over the weekend", "last week").
const recentDays = 14

// longBefore reports whether a time ended weeks before the document's date,
// or is a month or season already over: a claim made then is about that
// time, not about now.
func (s *sent) longBefore(t hearsay.Timex) bool {
	if s.doc.Date.IsZero() || strings.Contains(t.Value, "REF") {
		return false
	}
	_, hi := bounds(t)
	if hi == "" {
		return false
	}
	if isYearMonth(t.Value) || reSeason.MatchString(t.Value) {
		return hi < s.docDate() // "first swirled last month": a whole month told as past is the claim's own
	}
	return hi < s.doc.Date.AddDate(0, 0, -recentDays).Format(day)
}

// occasionWords before a possessive time make it an occasion the fact is
// for, or is placed before or after, not one it happens at.
var occasionWords = map[string]bool{"for": true, "of": true, "before": true, "after": true, "until": true, "since": true}

// occasion reports whether a time is the possessive of a noun other than
// the trigger that the fact is for or placed before or after ("for
// Saturday's trip", "ahead of Sunday's final"): it dates that occasion, not
// the fact ("met at Saturday's party" keeps its day).
func (s *sent) occasion(t hearsay.Timex, b *binding) bool {
	u, v := s.unitAt(t.End-1), s.unitAt(t.Start)
	if u < 0 || v < 1 || u+2 >= len(s.units) || s.units[u+1].word != "'s" && s.units[u+1].word != "’s" {
		return false
	}
	return occasionWords[s.units[v-1].word] && !s.units[u+2].Span.Overlaps(b.trig)
}

// orgClause reports whether sp lies in a ", which" clause right after the
// match's organisation, after the trigger: what the clause tells is the
// organisation's own history ("is the co-founder of Ledgerly, which was sold
// in 2023").
func (s *sent) orgClause(b *binding, sp hearsay.Span) bool {
	org := b.slots[slotOrg]
	if !org.set || org.span.End > sp.Start || b.trig.End > org.span.End {
		return false
	}
	k := s.unitAt(org.span.End - 1)
	u := s.unitAt(sp.Start)
	if k < 0 || u < 0 || k+2 >= u || s.units[k+1].word != "," || s.units[k+2].word != "which" {
		return false
	}
	for j := k + 3; j < u; j++ {
		if s.units[j].boundary {
			return false
		}
	}
	return true
}

// beforeWhere reports whether a time at sp comes before the ", where"
// that opens the clause a match tells its fact in ("Y, where she has been
// chief operating officer since 2021"): for a post, what comes before it
// dates something else (a whereabouts keeps the time of the arrival
// before it).
func (s *sent) beforeWhere(b *binding, sp hearsay.Span) bool {
	if sp.Start >= b.trig.Start && sp.End <= b.trig.End {
		return false
	}
	for u := s.unitAt(b.trig.Start); u > 0 && u < len(s.units) && s.units[u].Start < b.trig.End; u++ {
		if s.units[u].word == "where" && s.units[u-1].word == "," {
			return sp.Start < s.units[u].Start
		}
	}
	return false
}

// pastAnchored reads a date written without its year ("announced their
// engagement on 3 January") that the timex stage placed after the
// document's date as the last such day before it when the verb of the match
// is in the simple past: a past event cannot fall after the article.
func (s *sent) pastAnchored(t hearsay.Timex, b *binding, tu int) hearsay.Timex {
	if len(t.Value) < len("2006-01") || t.Value[4] != '-' || yearWritten(t.Text) || s.doc.Date.IsZero() {
		return t
	}
	lo, _ := bounds(t)
	if lo == "" || lo <= s.docDate() || !s.simplePast(b, tu) && !(s.timeRole(t) == "start" && s.perfect(b, tu)) {
		return t // "have been dating since the fall": a state that holds now began before it
	}
	if s.effectDay(t, b.trig) {
		return t // "appointed X as director, starting on March 3": the day the post takes effect, still to come
	}
	if len(t.Value) >= len(day) && weekdayNamed(t.Text) {
		if d, err := time.Parse(day, t.Value[:len(day)]); err == nil {
			// "were spotted on Saturday" the day after a Friday article: the Saturday before;
			// "on Saturday night" keeps its part of the day
			before := d.AddDate(0, 0, -7).Format(day)
			t.Value = before + t.Value[len(day):]
			t.Earliest, t.Latest = before, before
			return t
		}
	}
	y, err := strconv.Atoi(t.Value[:4])
	if err != nil {
		return t
	}
	t.Value = fmt.Sprintf("%04d%s", y-1, t.Value[4:])
	if t.Earliest != "" && t.Latest != "" {
		if a, z, err := shiftYears(t.Earliest, t.Latest, 1); err == nil {
			t.Earliest, t.Latest = a, z
		}
	}
	return t
}

// futureWord reports whether w marks a change still to come in the words
// of a match ("will succeed", "is set to marry").
func futureWord(w string) bool {
	switch w {
	case "will", "'ll", "shall":
		return true
	}
	return false
}

// futureAnchored reads a month written without its year ("will succeed her
// in September") that the time-expression stage placed before the
// document's date, in a sentence whose past reporting verb drew it back, as
// the next such month when the match tells it with "will": a change still to
// come cannot fall before the article.
func (s *sent) futureAnchored(t hearsay.Timex, b *binding, tu int) hearsay.Timex {
	if !isYearMonth(t.Value) || yearWritten(t.Text) || s.doc.Date.IsZero() {
		return t
	}
	_, hi := bounds(t)
	if hi == "" || hi >= s.docDate() {
		return t
	}
	future := false
	for u := max(b.first, 0); u <= tu && u < len(s.units); u++ {
		future = future || futureWord(s.units[u].word)
	}
	if !future {
		return t
	}
	y, err := strconv.Atoi(t.Value[:4])
	if err != nil {
		return t
	}
	t.Value = fmt.Sprintf("%04d%s", y+1, t.Value[4:])
	if t.Earliest != "" && t.Latest != "" {
		if a, z, err := shiftYears(t.Earliest, t.Latest, -1); err == nil {
			t.Earliest, t.Latest = a, z
		}
	}
	return t
}

// weekdayNamed reports whether a time's words name a day of the week.
func weekdayNamed(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch strings.Trim(w, ".,") {
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
			return true
		}
	}
	return false
}

// yearWritten reports whether a time's words give its year.
func yearWritten(text string) bool {
	run := 0
	for _, r := range text {
		if r >= '0' && r <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	var buf [64]byte // room for most times' words without allocating
	return bytes.Contains(appendLower(buf[:0], text), []byte("year"))
}

// simplePast reports whether the verb of the match is in the simple past
// ("announced", "married"), with no auxiliary of the present or future,
// and no verb in the present after its past form ("who was appointed editor
// last month, takes up the post on March 3": the taking up is to come).
func (s *sent) simplePast(b *binding, tu int) bool {
	past := false
	sen := s.doc.Sentences[s.idx]
	toks := s.doc.Tokens[sen.FirstToken:sen.EndToken]
	sorted := tokensInOrder(toks)
	for u := b.first; u <= tu && u < len(s.units); u++ {
		w := s.units[u].word
		if presentAux[w] || w == "will" || w == "would" || w == "'ll" || w == "has" || w == "have" || w == "to" {
			return false
		}
		sp := s.units[u].Span
		from := 0
		if sorted { // the tokens that can have the unit's span start where it does
			from = sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp.Start })
		}
		for _, tok := range toks[from:] {
			if sorted && tok.Start > sp.Start {
				break
			}
			if tok.Span != sp {
				continue
			}
			switch {
			case past && (tok.XPOS == "VBZ" || tok.XPOS == "VBP"):
				return false
			case tok.XPOS == "VBD" || tok.XPOS == "" && len(w) > 3 && strings.HasSuffix(w, "ed"): // untagged text: a regular past form
				past = true
			}
		}
	}
	return past
}

// tokensInOrder reports whether toks start in text order (each at or after
// the one before), so that those of a span can be found by binary search.
func tokensInOrder(toks []hearsay.Token) bool {
	for i := 1; i < len(toks); i++ {
		if toks[i].Start < toks[i-1].Start {
			return false
		}
	}
	return true
}

// insideArg reports whether sp lies inside one of the match's arguments.
func (st *Stage) insideArg(b *binding, sp hearsay.Span) bool {
	for i := range b.slots {
		if v := &b.slots[i]; v.set && v.span.Overlaps(sp) {
			return true
		}
	}
	return false
}

// shiftYears moves an interval back n years (the wedding of an anniversary).
func shiftYears(lo, hi string, n int) (string, string, error) {
	a, err := time.Parse(day, lo)
	if err != nil {
		return "", "", fmt.Errorf("fact: bad date %q: %w", lo, err)
	}
	b, err := time.Parse(day, hi)
	if err != nil {
		return "", "", fmt.Errorf("fact: bad date %q: %w", hi, err)
	}
	return a.AddDate(-n, 0, 0).Format(day), b.AddDate(-n, 0, 0).Format(day), nil
}

// toldTime reports whether t stands between a reporting verb and "that",
// at the head of what is said ("told People in April that they had moved
// to Denver", "told the court last week that"): it dates the telling,
// which a state does not start or end at. Up to three words of the hearer
// may come before it; "at the time" after them points back to another
// time told before.
func (s *sent) toldTime(t hearsay.Timex) bool {
	for _, f := range s.frames {
		if f.verb == "" || f.after < 0 || t.Start < f.scope.Start || !f.scope.Contains(t.Span) {
			continue
		}
		if k, u := s.unitAt(f.scope.Start), s.unitAt(t.Start); k < u && t.Anaphoric || k < 0 || u-k > 3 || s.boundaryBetween(k, u) {
			continue // "told the court last week that": the hearer alone may come before the time
		}
		if u := s.unitAt(t.End - 1); u >= 0 && u+1 < len(s.units) && s.units[u+1].word == "that" {
			return true
		}
	}
	return false
}

// inReporting reports whether sp lies in the words of an attribution (its
// source, verb and their adjuncts: "Marsh announced on Wednesday") rather
// than in what is reported.
func (s *sent) inReporting(sp hearsay.Span) bool {
	for _, f := range s.frames {
		if f.verb == "" {
			continue
		}
		var lo, hi int
		if f.after >= 0 {
			lo, hi = f.subject.Start, f.scope.Start
		} else {
			lo, hi = f.subject.Start, s.doc.Sentences[s.idx].End
		}
		if lo <= sp.Start && sp.End <= hi {
			return true
		}
	}
	return false
}

// sinceDuration reads "has been married for 26 years": the event lies that
// many years before the document date, as bounds.
func (s *sent) sinceDuration(b *binding) *hearsay.FactTime {
	perfect, past := false, false
	for u := max(b.first, s.unitAt(b.trig.Start)-3); u < b.last && u < len(s.units); u++ {
		if w := s.units[u].word; w == "been" {
			perfect = true
			past = u > 0 && (s.units[u-1].word == "had" || s.units[u-1].word == "'d")
		}
	}
	if !perfect {
		return nil
	}
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		u := s.unitAt(t.Start)
		if t.Type != hearsay.Duration || u < b.last || u > b.last+2 || u == 0 || s.units[u-1].word != "for" && s.units[u].word != "for" {
			continue
		}
		m := reYears.FindStringSubmatch(t.Value)
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		if past && !s.reportedBefore(b.first) {
			// "had been married for 44 years when she died in 2019"; with no
			// such clause the length counts from a time told elsewhere, not
			// from the article's date (but "he said the couple had been
			// married for 34 years" is the present perfect reported)
			return s.lengthBeforeWhen(t, n)
		}
		iv := BirthFromAge(n, s.doc.DateString())
		if iv == nil {
			return nil
		}
		return &hearsay.FactTime{Earliest: iv.Earliest, Latest: iv.Latest, Timex: ti}
	}
	return nil
}

var reYears = regexp.MustCompile(`^P(\d+)Y$`)

// reportedBefore reports whether a verb of saying stands before unit u in
// the sentence: a past perfect after it is a present perfect reported.
func (s *sent) reportedBefore(u int) bool {
	for k := 0; k < u && k < len(s.units); k++ {
		if s.units[k].ment == -1 && s.units[k].is(clsReportVerb) {
			return true
		}
	}
	return false
}

// lengthBeforeWhen dates the start of a state of n years told in the past
// perfect from the date of the clause after its length that ends it ("had
// been married for 44 years when she died in 2019": 1975), or nil.
func (s *sent) lengthBeforeWhen(length hearsay.Timex, n int) *hearsay.FactTime {
	u := s.unitAt(length.End - 1)
	if u < 0 || u+1 >= len(s.units) || !endingLinks[s.units[u+1].word] {
		return nil
	}
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		if t.Type != hearsay.Date || t.Start <= length.End || t.Value == "" || t.Value[0] < '0' || t.Value[0] > '9' {
			continue
		}
		y := yearsBefore(t.Value[:min(4, len(t.Value))], n)
		lo, hi, ok := valueBounds(y)
		if y == "" || !ok {
			return nil
		}
		return &hearsay.FactTime{Value: y, Earliest: lo.Format(day), Latest: hi.Format(day), Timex: -1}
	}
	return nil
}

// endingLinks open the clause after a length that tells the event ending
// it ("when", "until", "before").
var endingLinks = map[string]bool{"when": true, "until": true, "before": true, "till": true}

// reMonths reads a duration of whole months ("P18M").
var reMonths = regexp.MustCompile(`^P(\d+)M$`)

// reDecades reads a duration of whole decades.
var reDecades = regexp.MustCompile(`^P(\d+)DE$`)

// afterOffset dates an event told in an "N months after" clause ("The move
// comes a month after Holm stepped down", "married in 2015, a year after
// meeting"): the time of the sentence outside the clause (or the document
// date) moved back by the amount, at the amount's granularity; and where
// the amount starts. An "N before" clause moves it forward ("met in 2021, a
// year before they went public"), unless the amount is a length ("dated for
// three years before splitting").
func (s *sent) afterOffset(b *binding, tu int) (*hearsay.FactTime, int) {
	doc := s.doc
	first := s.unitAt(b.trig.Start)
	for _, ti := range s.tix() {
		t := doc.Timexes[ti]
		if t.Type != hearsay.Duration {
			continue
		}
		digits, unit, ok := matchAmount(t.Value)
		if !ok {
			continue
		}
		a := s.unitAt(t.End-1) + 1 // the unit after the amount
		if a <= 0 || a >= len(s.units) || a >= max(first, tu) || max(first, tu)-a > 10 {
			continue
		}
		if s.conjunctBetween(a, max(first, tu)) {
			continue // "fired X on Sunday, a day after a 4-0 loss, and named Y interim manager": the loss is in the clause, not the naming
		}
		sign := -1
		switch s.units[a].word {
		case "after":
		case "before":
			if lengthWords[s.prevWord(t.Start)] {
				continue
			}
			sign = 1
		default:
			continue
		}
		anchor, ok := s.anchorOutside(t.Start, b.trig.End)
		if !ok {
			continue
		}
		n, _ := strconv.Atoi(digits)
		n *= -sign
		var at time.Time
		var v string
		switch unit {
		case "Y":
			at = anchor.AddDate(-n, 0, 0)
			v = at.Format("2006")
		case "M":
			at = time.Date(anchor.Year(), anchor.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -n, 0)
			v = at.Format("2006-01")
		case "W":
			at = anchor.AddDate(0, 0, -7*n)
			y, w := at.ISOWeek()
			v = fmt.Sprintf("%04d-W%02d", y, w)
		case "D":
			at = anchor.AddDate(0, 0, -n)
			v = at.Format(day)
		}
		lo, hi, ok := valueBounds(v)
		if !ok {
			continue
		}
		return &hearsay.FactTime{Value: v, Earliest: lo.Format(day), Latest: hi.Format(day), Timex: -1}, t.Start
	}
	return nil, 0
}

// conjunctBetween reports whether ", and" or ", but" stands among units
// from up to (not including) to: what follows is a verb phrase of its own.
func (s *sent) conjunctBetween(from, to int) bool {
	for u := from; u+1 < to && u+1 < len(s.units); u++ {
		if s.units[u].word == "," && (s.units[u+1].word == "and" || s.units[u+1].word == "but") {
			return true
		}
	}
	return false
}

// lengthWords before an amount of time make it a length, not an offset
// ("for three years before splitting").
var lengthWords = wordSet("lengthwords")

// prevWord returns the lowercased word of the unit right before offset
// off, or "".
func (s *sent) prevWord(off int) string {
	u := s.unitAt(off)
	if u <= 0 {
		return ""
	}
	return s.units[u-1].word
}

// anchorOutside returns the day a sentence's "N after" clause counts back
// from: the nearest dated time of the sentence outside the span [from,
// to), or else the document date.
func (s *sent) anchorOutside(from, to int) (time.Time, bool) {
	best, bestD := time.Time{}, -1
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		if t.Type != hearsay.Date && t.Type != hearsay.Time || t.Start >= from && t.Start < to {
			continue
		}
		lo, _, ok := valueBounds(t.Value)
		if !ok {
			continue
		}
		d := from - t.End
		if d < 0 {
			d = t.Start - to
		}
		if bestD < 0 || d < bestD {
			best, bestD = lo, d
		}
	}
	if bestD >= 0 {
		return best, true
	}
	dd, err := time.Parse(day, s.doc.DateString())
	return dd, err == nil
}

// otherEnd completes a state's start or end with a second time of the same
// clause that opens or closes it ("from 2015 until last year"). Of several,
// the end nearest after the time used and the start nearest before it are
// taken ("from 1983 to 1990 and as chairman of Y from 1991 to 1999": the
// second post ends in 1999), else the first the clause gives.
func (s *sent) otherEnd(ft *hearsay.FactTime, used int, clauses []int, tu int) {
	var end, start, firstEnd, firstStart *hearsay.Timex
	at := s.doc.Timexes[used].Start
	for _, ti := range s.tix() {
		t := &s.doc.Timexes[ti]
		if ti == used || t.Type != hearsay.Date && t.Type != hearsay.Time || t.Value == "" {
			continue
		}
		u := s.unitAt(t.Start)
		left := u > tu && ft.Start != "" && s.leftAfterAnd(tu, u)
		if u < 0 || clauses[u] != clauses[tu] && !left || inRelativeClause(s, t.Span) != inRelativeClause(s, s.units[tu].Span) {
			continue // "X, who has run the airline since 2017, will stay on as an adviser until the end of the year"
		}
		role := s.timeRole(*t)
		if role == "" && ft.Start != "" && s.closedBy(*t, tu) {
			role = "end" // "held the seat from 2004 until his death in February"
		}
		if role == "" && left {
			role = "end" // "joined Marlow Bank in 2012 and left three years later"
		}
		switch role {
		case "end":
			if firstEnd == nil {
				firstEnd = t
			}
			if t.Start > at && end == nil {
				end = t
			}
		case "start":
			if firstStart == nil {
				firstStart = t
			}
			if t.Start < at {
				start = t
			}
		}
	}
	if end == nil && firstEnd != nil && (firstEnd.Start > s.units[tu].Start || at < s.units[tu].Start) {
		end = firstEnd // not an end before the trigger when the start follows it: "X, director of Y from 2015 to 2019, joined Z last year"
	}
	if start == nil {
		start = firstStart
	}
	if end != nil && ft.End == "" && ft.Start != "" {
		ft.End, ft.EndMod = end.Value, end.Mod
	}
	if start != nil && ft.Start == "" && ft.End != "" {
		ft.Start, ft.StartMod = start.Value, start.Mod
	}
}

// leaning turns a signed distance into a rank that prefers the positive
// side: 0, 1, -1, 2, -2 ... rank 0, 2, 3, 4, 5 ...
func leaning(d int) int {
	if d < 0 {
		return -d*2 + 1
	}
	return d * 2
}

// subordinator reports whether w opens a clause that tells another event
// than the clause it hangs on ("married in June 2021 after meeting at a
// gala in 2018").
func subordinator(w string) bool {
	switch w {
	case "after", "before", "following":
		return true
	}
	return false
}

// otherEvent reports whether the trigger opens a subordinate clause and the
// time stands before it ("married in 2021 after meeting"): the time dates
// the clause the subordinate one hangs on.
func (s *sent) otherEvent(t hearsay.Timex, b *binding) bool {
	first, ue := s.unitAt(b.trig.Start), s.unitAt(t.End-1)
	if first < 0 || ue < 0 {
		return false
	}
	for k := first; k > ue && k >= first-1; k-- {
		if subordinator(s.units[k].word) {
			return true
		}
	}
	// a trigger that runs from the main clause, or its closing comma, into the subordinate
	// one ("married in June 2016 after meeting", "on June 3, after first meeting"): a time
	// before the subordinator dates the main clause
	head := s.unitAt(b.trig.End - 1)
	for k := head; k > ue && k >= head-2; k-- {
		if subordinator(s.units[k].word) {
			return true
		}
	}
	return false
}

// clauseAuxiliaries follow the subject of a finite subordinate clause
// ("after she was seen", "before they had met").
var clauseAuxiliaries = map[string]bool{"was": true, "were": true, "is": true, "are": true, "had": true, "has": true,
	"have": true, "did": true, "got": true, "appeared": true, "seemed": true}

// laterClause reports whether the time stands in a subordinate clause of
// its own set after the trigger ("planning a wedding after she was seen
// wearing a ring last week", "married after meeting in 2019"): it dates
// what that clause tells, not the trigger's event.
func (s *sent) laterClause(t hearsay.Timex, tu int) bool {
	u := s.unitAt(t.Start)
	if u < 0 || u <= tu {
		return false
	}
	for k := tu + 1; k < u-1; k++ {
		if s.units[k].boundary {
			return false
		}
		if !subordinator(s.units[k].word) {
			continue
		}
		next := &s.units[k+1]
		if strings.HasSuffix(next.word, "ing") && next.ment == -1 && len(next.word) > 4 {
			return true // "after meeting in 2019", "before being seen"
		}
		if next.ment != -1 && next.etype == entPerson && k+2 < u && clauseAuxiliaries[s.units[k+2].word] {
			return true // "after Kayleigh was seen", "after they had split"
		}
	}
	return s.eventNounAfter(t, tu)
}

// sequenceAdverbs put a conjoined clause after the one before it ("and
// later", "and then", "and eventually").
var sequenceAdverbs = map[string]bool{"later": true, "subsequently": true, "eventually": true, "afterwards": true, "afterward": true, "then": true}

// laterConjunct reports whether the time at unit u stands in a clause
// before the trigger's and "and" with a sequence adverb joins them ("married
// in 2001 and later moved to Leeds", "was sold to X that summer and then
// played for Y"): the time dates the earlier clause's event.
func (s *sent) laterConjunct(u, tu int) bool {
	if u < 0 || u >= tu {
		return false
	}
	for k := u + 1; k < tu && k+1 < len(s.units); k++ {
		if s.units[k].word == "and" && sequenceAdverbs[s.units[k+1].word] && k+1 <= tu {
			return true
		}
	}
	return false
}

// verbConjunctBetween reports whether an "and" that opens a conjunct with
// a verb of its own, the subject shared ("chaired X until 2009 and sat on
// the board of Y"), stands between units a and b (a before b): what the two
// conjuncts tell keeps its own times and lengths.
func (s *sent) verbConjunctBetween(a, b int) bool {
	for k := a + 1; k < b && k+1 < len(s.units); k++ {
		if s.units[k].word != "and" || s.units[k+1].ment != -1 {
			continue
		}
		switch s.xposOf(k + 1) {
		case "VBD", "VBZ", "VBP":
			return true
		}
	}
	return false
}

// modalConjunct reports whether the time at unit u stands after the
// trigger's head tu, past an "and" that opens a conjunct with a modal
// ("stayed in London and will fly to Brisbane next week"): the time dates
// that conjunct's own event.
func (s *sent) modalConjunct(u, tu int) bool {
	if tu < 0 || u <= tu {
		return false
	}
	for k := tu + 1; k < u && k+1 < len(s.units); k++ {
		if s.units[k].word == "and" && s.units[k].ment == -1 && conjunctModals[s.units[k+1].word] {
			return true
		}
	}
	return false
}

// conjunctModals are the modals that open a conjunct of its own time
// after "and" (modalConjunct; class conjunctmodals of data/classes.tsv).
var conjunctModals = wordSet("conjunctmodals")

// eventDeterminers open a noun phrase whose head is an event a year
// premodifies ("her 2013 album", "the 2019 election").
var eventDeterminers = map[string]bool{"her": true, "his": true, "their": true, "its": true, "the": true}

// eventNounAfter reports whether the time premodifies a noun after "before",
// "after" or "following" and a determiner, set after the trigger ("toured
// with X before her 2013 album made her a star", "after the 2019
// election"): it dates that noun's event, not the trigger's.
func (s *sent) eventNounAfter(t hearsay.Timex, tu int) bool {
	u, ue := s.unitAt(t.Start), s.unitAt(t.End-1)
	if u < 2 || ue < 0 || u <= tu+1 || ue+1 >= len(s.units) {
		return false
	}
	if !subordinator(s.units[u-2].word) || !eventDeterminers[s.units[u-1].word] {
		return false
	}
	head := s.units[ue+1]
	return head.ment == -1 && len(head.word) > 2 && unicode.IsLetter(rune(head.word[0])) && !s.units[ue+1].boundary
}

// claimLinks stand between a claim noun and the time it was made.
var claimLinks = map[string]bool{"in": true, "on": true, "from": true, "since": true, "earlier": true, "late": true, "early": true}

// outerClause reports whether a time dates a claim whose "that" clause
// holds the trigger ("rumors earlier this summer that he planned to step
// down", "reports in March that they had split"): it tells when the claim
// was made, not when the event it names happened.
func (st *Stage) outerClause(s *sent, t hearsay.Timex, b *binding) bool {
	u, ue, first := s.unitAt(t.Start), s.unitAt(t.End-1), s.unitAt(b.trig.Start)
	if u < 1 || ue < 0 || first < 0 || ue >= first {
		return false
	}
	if st.claimInTrigger(s, b) {
		return true // "two months later ..., prompting claims online that he had cheated"
	}
	k := u - 1
	if claimLinks[s.units[k].word] && k > 0 {
		k-- // "reports in March that", "rumors earlier this summer that"
	}
	if !s.units[k].is(clsClaimNoun) {
		return false
	}
	return s.thatBefore(ue+1, first)
}

// thatBefore reports whether a "that" stands among units from to to-1
// before any clause boundary: the time before it belongs to the telling,
// not to the clause it opens.
func (s *sent) thatBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if s.units[k].word == "that" {
			return true
		}
		if s.units[k].boundary {
			return false
		}
	}
	return false
}

// appositiveNoun reports whether w heads a noun phrase set after a comma
// that tells more of what comes before it ("appointed director in 2021, a
// post he resigned last year"; "married in 2002, a union that ended in
// 2010").
func appositiveNoun(w string) bool { return appositiveNouns[w] }

// appositiveNouns are the words of appositiveNoun (data/classes.tsv).
var appositiveNouns = wordSet("appositivenouns")

// restating reports whether sp lies in such a phrase that does not hold
// the trigger: it dates what the phrase tells.
func (s *sent) restating(sp, trig hearsay.Span) bool {
	u := s.unitAt(sp.Start)
	for k := u - 1; k >= 2; k-- {
		if s.units[k].boundary || s.units[k].End <= trig.End {
			return false
		}
		if appositiveNoun(s.units[k].word) && s.units[k-1].is(clsDeterminer) && s.units[k-2].word == "," {
			return s.units[k-2].Start >= trig.End
		}
	}
	return false
}

// lengthPreps introduce how long a state has lasted ("for six years", "of
// 15 years").
var lengthPreps = map[string]bool{"for": true, "of": true}

// stateLength reads how many whole years a state has lasted from a
// duration of years or decades in the trigger's clause, after it and
// introduced by "for" or "of" ("had been president for six years",
// "has lived in Oslo for a decade"). An approximate amount ("about six
// years") counts; a vague or bounded one ("more than six years") gives none.
func (s *sent) stateLength(clauses []int, tu int) (int, bool) {
	n, _, ok := s.stateLengthMod(clauses, tu)
	return n, ok
}

// stateLengthMod is stateLength that also reads an approximate length
// ("for about two years"), with its mod.
func (s *sent) stateLengthMod(clauses []int, tu int) (int, string, bool) {
	if n, mod, ok := s.yearsLength(clauses, tu, tu, len(clauses), func(w string) bool { return lengthPreps[w] }); ok {
		return n, mod, true
	}
	// "spent six years as finance director of X", "served two years as president", "spent a
	// decade at the bank": the length the verb takes as its object, before the trigger's head
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		u, ue := s.unitAt(t.Start), s.unitAt(t.End-1)
		if t.Type != hearsay.Duration || u < 1 || ue < 0 || ue+1 > tu || !lengthVerbs[s.units[u-1].word] || !postLinks[s.units[ue+1].word] {
			continue
		}
		if inRelativeClause(s, t.Span) && !inRelativeClause(s, s.units[tu].Span) {
			continue // "X, who spent eight years at Marlow Bank, left her post at Kelso Town in 2021": the bank's spell, not the post's
		}
		if n, mod, ok := s.yearsLength(clauses, tu, u-1, u+1, func(w string) bool { return lengthVerbs[w] }); ok {
			return n, mod, true
		}
	}
	return s.chargeLength(clauses, tu)
}

// chargeLength reads the length of a spell told as "after N years in
// charge of" the organisation of the trigger ending at unit tu ("who took
// charge in May after eight years in charge of Dunvegan Rovers").
func (s *sent) chargeLength(clauses []int, tu int) (int, string, bool) {
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		u, ue := s.unitAt(t.Start), s.unitAt(t.End-1)
		if t.Type != hearsay.Duration || u < 1 || ue < 0 || ue+2 > tu || s.units[u-1].word != "after" || s.units[ue+1].word != "in" || s.units[ue+2].word != "charge" {
			continue
		}
		if n, mod, ok := s.yearsLength(clauses, tu, u-1, u+1, func(w string) bool { return w == "after" }); ok {
			return n, mod, true
		}
	}
	return 0, "", false
}

// postLinks join a length of years to the post or the organisation it was
// spent in ("six years as director", "a decade at the bank").
var postLinks = map[string]bool{"as": true, "at": true, "with": true}

// lengthVerbs take a length of years as their object (data/classes.tsv).
var lengthVerbs = wordSet("lengthverbs")

// lengthWithin reads, as stateLengthMod does, a length of years introduced
// by "for" that stands inside the match, between its verb and the trigger's
// head at unit tu ("has lived for ten years in Oslo", "has worked for five
// years at the bank").
func (s *sent) lengthWithin(b *binding, clauses []int, tu int) (int, string, bool) {
	return s.yearsLength(clauses, tu, b.first, tu, func(w string) bool { return w == "for" })
}

// yearsLength returns the whole years, and the mod, of the first duration
// (exact or approximate) at a unit after lo and before hi, in the clause of
// unit tu, that a word prep holds for introduces ("for about two years").
func (s *sent) yearsLength(clauses []int, tu, lo, hi int, prep func(string) bool) (int, string, bool) {
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		u := s.unitAt(t.Start)
		if t.Type != hearsay.Duration || !lengthMod(t.Mod) || u <= lo || u >= hi || u >= len(clauses) || clauses[u] != clauses[tu] {
			continue
		}
		if first := strings.ToLower(strings.Fields(t.Text + " x")[0]); !prep(first) && !prep(s.units[u-1].word) {
			continue
		}
		if s.verbConjunctBetween(tu, u) {
			continue // "chaired X until 2009 and sat on the board of Y for 15 years": Y's length
		}
		if n, ok := wholeYears(t.Value); ok {
			return n, startMod(t.Mod), true
		}
	}
	return 0, "", false
}

// startMod returns the mod of the start of a state that has lasted a
// length with mod m: more than ten years began before the day ten years
// back, less than ten after it.
func startMod(m string) string {
	switch m {
	case "MORE_THAN":
		return "BEFORE"
	case "EQUAL_OR_MORE":
		return "ON_OR_BEFORE"
	case "LESS_THAN":
		return "AFTER"
	case "EQUAL_OR_LESS":
		return "ON_OR_AFTER"
	}
	return m
}

// monthsLength returns the months, and the start's mod, of a length in
// months that a state in the perfect has lasted ("has been dating him for
// eight months", "has chaired the board for the past 18 months"): introduced
// by "for" in the clause of the trigger's head at unit tu, after the match's
// first unit.
func (s *sent) monthsLength(b *binding, clauses []int, tu int) (int, string, bool) {
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		u := s.unitAt(t.Start)
		if t.Type != hearsay.Duration || !lengthMod(t.Mod) || u <= b.first || u >= len(clauses) || tu >= len(clauses) || clauses[u] != clauses[tu] {
			continue
		}
		if first := strings.ToLower(strings.Fields(t.Text + " x")[0]); first != "for" && s.units[u-1].word != "for" {
			continue
		}
		d, ok := durationOf(t.Value, "M")
		if !ok {
			continue
		}
		if n, err := strconv.Atoi(d); err == nil && n > 0 && n < 120 {
			return n, startMod(t.Mod), true
		}
	}
	return 0, "", false
}

// lengthMod reports whether a length with mod m gives the start of a state
// that has lasted it: an exact or approximate one, or a bound ("for more
// than a decade", "for nearly 20 years"), which the start is then read
// from as if exact.
func lengthMod(m string) bool {
	switch m {
	case "", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS":
		return true
	}
	return false
}

// wholeYears reads a duration value of years or decades ("P6Y", "P2DE").
func wholeYears(v string) (int, bool) {
	mult := 1
	d, ok := durationOf(v, "Y") // reYears
	if !ok {
		d, ok = durationOf(v, "DE") // reDecades
		mult = 10
	}
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(d)
	return n * mult, err == nil && n > 0
}

// durationOf returns the digits of a duration value of one unit ("P3Y"
// with unit "Y") and whether v is one: reYears, reMonths and reDecades
// without a regular expression, for values read at every fact.
func durationOf(v, unit string) (string, bool) {
	if len(v) < 2+len(unit) || v[0] != 'P' || !strings.HasSuffix(v, unit) {
		return "", false
	}
	d := v[1 : len(v)-len(unit)]
	return d, allDigits(d)
}

// matchAmount returns the digits and the unit of a duration value of one
// unit of years, months, weeks or days and whether v is one: what
// ^P(\d+)([YMWD])$ reads.
func matchAmount(v string) (digits, unit string, ok bool) {
	if len(v) < 3 {
		return "", "", false
	}
	switch u := v[len(v)-1:]; u {
	case "Y", "M", "W", "D":
		d, ok := durationOf(v, u)
		return d, u, ok
	}
	return "", "", false
}

// isYearMonth reports whether v is the value of a month ("2021-06"):
// reMonth.MatchString without a regular expression.
func isYearMonth(v string) bool {
	return len(v) == 7 && allDigits(v[:4]) && v[4] == '-' && allDigits(v[5:])
}

// allDigits reports whether s is one or more ASCII digits (\d+).
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// yearsBefore is the year n years before the year of a time value
// ("2018-03", 6 → "2012"), or "" when the value has no year. A season keeps
// its season ("split last summer after two years together": "2021-SU").
func yearsBefore(v string, n int) string {
	if len(v) < 4 {
		return ""
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil || y < n {
		return ""
	}
	if reSeason.MatchString(v) {
		return strconv.Itoa(y-n) + v[4:]
	}
	return strconv.Itoa(y - n)
}

// reSeason matches a season of a year ("2022-SU").
var reSeason = regexp.MustCompile(`^\d{4}-(SP|SU|FA|WI)$`)

// acquireWords make a nationality one gained at a time ("became a citizen",
// "was granted citizenship", "was naturalized").
var acquireWords = wordSet("acquirewords")

// acquired reports whether the match tells a nationality gained, not held.
func (s *sent) acquired(b *binding) bool {
	for u := b.first; u < b.last && u < len(s.units); u++ {
		if acquireWords[s.units[u].word] {
			return true
		}
	}
	return false
}

// lastingNoun reports whether w names an event that begins a state
// ("marriage"): a time that opens the state ("from 1998") dates the event.
func lastingNoun(w string) bool {
	switch w {
	case "marriage", "marriages":
		return true
	}
	return false
}

// lastingNoun reports whether the trigger holds such a noun.
func (s *sent) lastingNoun(b *binding) bool {
	for u := s.unitAt(b.trig.Start); u >= 0 && u < len(s.units) && s.units[u].Start < b.trig.End; u++ {
		if lastingNoun(s.units[u].word) {
			return true
		}
	}
	return false
}

// untilWord reports whether w closes a span of time, standing before the
// event that ends it ("until his death in 2015").
func untilWord(w string) bool {
	switch w {
	case "until", "till", "untill":
		return true
	}
	return false
}

// closedBy reports whether a time dates what ends a span that began before
// it: "until" stands between the trigger (unit tu) and the time, within a
// few words and with no comma between ("until his death in 2015", "until
// she retired in 2019").
func (s *sent) closedBy(t hearsay.Timex, tu int) bool {
	u := s.unitAt(t.Start)
	if u < 0 {
		return false
	}
	for k := u - 1; k > tu && k >= u-7; k-- {
		w := s.units[k].word
		if untilWord(w) {
			return true
		}
		if w == "," || s.units[k].boundary {
			return false
		}
	}
	return false
}

// weddingBefore dates a wedding by the length of the marriage before the
// time that ended it ("married for 60 years until his death in 2015": 1955),
// or nil when the clause gives no length.
func (s *sent) weddingBefore(end hearsay.Timex, clauses []int, tu int) *hearsay.FactTime {
	n, ok := s.stateLength(clauses, tu)
	if !ok {
		return nil
	}
	y := yearsBefore(end.Value, n)
	lo, hi, ok := valueBounds(y)
	if !ok {
		return nil
	}
	return &hearsay.FactTime{Value: y, Earliest: lo.Format(day), Latest: hi.Format(day), Timex: -1}
}

// deathWords tell a death.
var deathWords = wordSet("deathwords")

// deathBetween reports whether a death word stands between units a and b.
func (s *sent) deathBetween(a, b int) bool {
	for k := a + 1; k < b && k < len(s.units); k++ {
		if deathWords[s.units[k].word] {
			return true
		}
	}
	return false
}

// claimInTrigger reports whether the trigger holds a claim noun and the
// "that" of its clause ("prompting claims online that he had cheated"): what
// it tells is what was claimed, which a time before it does not date.
func (st *Stage) claimInTrigger(s *sent, b *binding) bool {
	claim := false
	for u := s.unitAt(b.trig.Start); u >= 0 && u < len(s.units) && s.units[u].Start < b.trig.End; u++ {
		switch w := s.units[u].word; {
		case s.units[u].is(clsClaimNoun) && s.units[u].ment == -1:
			claim = true
		case w == "that" && claim:
			return true
		}
	}
	return false
}

// workingSince reads a joint work that still goes on as a state: from the
// time "since" gives ("has co-hosted the show alongside X since 2016"), or
// from the length right after the trigger, counted back from the article's
// date ("her co-anchor of 15 years"; "have worked together for a decade").
// Nil when the clause tells neither.
func (s *sent) workingSince(b *binding, best int, clauses []int, tu int) *hearsay.FactTime {
	if best >= 0 {
		if t := s.doc.Timexes[best]; s.timeRole(t) == "start" && !strings.Contains(t.Value, "REF") {
			return &hearsay.FactTime{Start: t.Value, StartMod: t.Mod, Timex: best}
		}
	}
	if s.simplePast(b, tu) {
		return nil // "worked together for five years in the 1990s"
	}
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		u := s.unitAt(t.Start)
		if t.Type != hearsay.Duration || t.Mod != "" || u <= tu || u > tu+2 || clauses[u] != clauses[tu] {
			continue
		}
		first := strings.ToLower(strings.Fields(t.Text + " x")[0])
		if !lengthPreps[first] && !lengthPreps[s.units[u-1].word] {
			continue
		}
		if n, ok := wholeYears(t.Value); ok {
			if y := yearsBefore(s.doc.DateString(), n); y != "" {
				return &hearsay.FactTime{Start: y, Timex: -1}
			}
		}
	}
	return nil
}

// whomWords open a relative clause about a person or thing named before
// them that inRelativeClause does not read ("X, whom she dated from 2012",
// "X, whose debut came out in 2019").
var whomWords = map[string]bool{"whom": true, "whose": true}

// inWhomClause reports whether sp lies in a clause opened by ", whom" or ",
// whose", which runs to the next comma or the end of the sentence.
func (s *sent) inWhomClause(sp hearsay.Span) bool {
	u := s.unitAt(sp.Start)
	for k := u - 1; k >= 1; k-- {
		w := s.units[k].word
		if s.units[k].is(clsWhom) && s.units[k-1].word == "," {
			return true
		}
		if w == "," || s.units[k].boundary && k < u-1 {
			return false
		}
	}
	return false
}

// beforeWhose reports whether the time at span t stands before a relative
// clause opened by ", whose" in which the match's person and the trigger's
// head (unit tu) stand ("raised money last year from X, whose managing
// partner, Y, sits on the board"): the clause tells of now or of its own
// time, not of the main clause's.
func (s *sent) beforeWhose(b *binding, t hearsay.Span, tu int) bool {
	a := b.slots[slotA]
	if !a.set || tu < 2 || t.End > a.span.Start {
		return false
	}
	for k := s.unitAt(a.span.Start) - 1; k >= 1 && s.units[k].Start >= t.End; k-- {
		if s.units[k].word == "whose" && s.units[k-1].word == "," {
			return s.units[k].Start < s.units[tu].Start
		}
		if s.units[k].boundary && s.units[k].word != "," {
			return false
		}
	}
	return false
}

// describingClause reports whether sp lies in a relative clause set right
// after a noun with no comma before "who" ("X, a Canadian who grew up in
// Winnipeg, began her career in 1999"; "a lawyer who lives in Boston"): the
// clause runs to the next comma. What it tells keeps its own time.
func (s *sent) describingClause(sp hearsay.Span) bool {
	u := s.unitAt(sp.Start)
	if u < 0 {
		return false
	}
	for k := u - 1; k >= 2; k-- {
		w := s.units[k].word
		if w == "who" {
			return s.appositionBefore(k) && s.commaAhead(u)
		}
		if s.units[k].boundary || w == "," || w == "that" || w == "which" || w == "where" {
			return false
		}
	}
	return false
}

// orgApposition reports whether sp lies in a description of an
// organisation set off by commas right after its name ("The board of
// Quillstack, the payroll startup valued at $2.1 billion last year,
// ousted ..."): the organisation's history, not the news.
func (s *sent) orgApposition(sp hearsay.Span) bool {
	u := s.unitAt(sp.Start)
	if u < 0 || s.inReporting(sp) {
		return false // "X, the retailer said on Monday,": the saying, not a description
	}
	k := s.commaBefore(u, 1)
	if k < 0 {
		return false
	}
	if k+2 >= len(s.units) || postNounWord(s.units[k+2].word) {
		return false // "director of X, a post she held until 1998,": the post's own time
	}
	return s.units[k+1].is(clsDeterminer) && s.orgNameAt(k-1) && s.commaAhead(u)
}

// commaBefore returns the unit of the nearest comma before unit u, looking
// back no further than unit lo and stopping at a clause boundary, or -1.
func (s *sent) commaBefore(u, lo int) int {
	for k := u - 1; k >= lo; k-- {
		if s.units[k].boundary {
			return -1
		}
		if s.units[k].word == "," {
			return k
		}
	}
	return -1
}

// orgNameAt reports whether unit k ends the name of an organisation.
func (s *sent) orgNameAt(k int) bool {
	y := &s.units[k]
	return y.ment >= 0 && y.mkind == kindName && y.etype == entOrg
}

// orgTail reports whether sp lies in a description of an organisation
// set off by a comma after the trigger that runs to the sentence's end and
// tells, in a clause of its own, an event of its own ("named manager of Corby Town, the club he
// first played for in 1998").
func (s *sent) orgTail(sp, trig hearsay.Span) bool {
	u := s.unitAt(sp.Start)
	if u < 0 || s.inReporting(sp) || s.commaAhead(u) {
		return false
	}
	lo := 1
	for lo < u && s.units[lo].Start < trig.End {
		lo++
	}
	k := s.commaBefore(u, lo)
	return k >= 1 && k+2 < u && s.units[k+1].is(clsDeterminer) && !postNounWord(s.units[k+2].word) && s.orgNameAt(k-1) && s.pronounClause(k+2, u)
}

// hearingVerbs are the words of heardThen (data/classes.tsv).
var hearingVerbs = wordSet("hearingverbs")

// wordIn reports whether the word of a unit from lo (clipped at 0) up to
// hi, not included, is one of set.
func (s *sent) wordIn(set map[string]bool, lo, hi int) bool {
	for k := max(lo, 0); k < hi && k < len(s.units); k++ {
		if set[s.units[k].word] {
			return true
		}
	}
	return false
}

// heardThen reports whether the time at unit u follows a verb of hearing
// and comes before a "that" whose clause holds the trigger's head tu ("The
// court heard on Tuesday that she had lived in Didcot since 2015"): the
// time of the hearing, not of what it heard.
func (s *sent) heardThen(u, tu int) bool {
	if u < 1 || tu <= u {
		return false
	}
	return s.wordIn(hearingVerbs, u-2, u) && s.thatBefore(u+1, tu)
}

// subjectPronoun reports whether w is a personal pronoun that opens a
// clause as its subject.
func subjectPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "we", "i":
		return true
	}
	return false
}

// pronounClause reports whether a personal pronoun opens a clause among
// units a to b-1 after the first of them ("the club he first played for",
// "the company she founded"): a description that tells an event of its
// own.
func (s *sent) pronounClause(a, b int) bool {
	for k := a + 1; k < b && k < len(s.units); k++ {
		if subjectPronoun(s.units[k].word) {
			return true
		}
	}
	return false
}

// postNounWord reports whether w names a post in an apposition after its
// organisation.
func postNounWord(w string) bool { return postWords[w] }

// postWords are the words of postNounWord (data/classes.tsv).
var postWords = wordSet("postwords")

// commaAhead reports whether a comma follows unit u before the sentence's
// end: a clause opened before it closes.
func (s *sent) commaAhead(u int) bool {
	for k := u + 1; k < len(s.units); k++ {
		if s.units[k].word == "," {
			return true
		}
		if s.units[k].boundary && !(k == len(s.units)-1 && sentenceEnd[s.units[k].word]) {
			return false
		}
	}
	return false
}

// appositionBefore reports whether the "who" at unit k ends a short
// description set off by a comma (", a chef who", ", the Canadian who").
func (s *sent) appositionBefore(k int) bool {
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		if s.units[j].boundary || s.units[j].word == "," {
			return false
		}
		if s.units[j].is(clsDeterminer) && s.units[j-1].word == "," {
			return j < k-1
		}
	}
	return false
}

// trailingClause reports whether sp lies in a ", where" or ", who" clause
// set after the trigger that runs to the sentence's end, however many
// descriptions it holds ("grew up in Leeds, where his mother, a nurse, had
// moved in 1970."): it tells another event than the trigger's.
func (s *sent) trailingClause(sp, trig hearsay.Span) bool {
	u := s.unitAt(sp.Start)
	if u < 0 || s.commaAhead(u) {
		return false
	}
	for k := u - 1; k >= 1 && s.units[k].Start >= trig.End; k-- {
		if s.units[k].boundary || s.units[k].word == "," && u-k <= 2 {
			return false // "married X, whose album came out in 2019, in 2021": the time closes the main clause
		}
		if w := s.units[k].word; (w == "where" || w == "who" || w == "whose") && s.units[k-1].word == "," {
			return true
		}
	}
	return false
}

// formerAdverb reports whether an adverb of a former time ("previously",
// "formerly", "once") stands among the three words before the trigger's
// unit tu, with no person between: "has previously been engaged to X".
func (s *sent) formerAdverb(tu int) bool {
	for u := tu - 1; u >= 0 && u >= tu-3; u-- {
		if s.units[u].ment >= 0 {
			return false
		}
		switch s.units[u].word {
		case "previously", "formerly", "once":
			return true
		}
	}
	return false
}
