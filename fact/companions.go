package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// companionHomes gives the unnamed relative someone lives with the home
// the sentence gives them ("X, 38, joined the firm in 2011 and lives in
// Ryton with her husband"): the relative named right after "with" by a
// possessive and a noun of class kinhomenouns (a grown relative; the homes
// of unnamed children are optional in the gold) shares the home. Patterns
// cannot bind the relative there, since the possessive pronoun's mention
// wins over the description's.
func companionHomes(doc *hearsay.Document, raws []*raw) []*raw {
	n := len(raws)
	for _, rw := range raws[:n] {
		if rw.f.Type != "residence" || rw.echo || rw.s == nil || len(rw.f.Args) != 2 || rw.unnamedArg(0) {
			continue
		}
		pl := rw.b.slots[slotPlace]
		if !pl.set || !rw.s.livesBefore(pl.span) && !rw.s.livesWithBefore(pl.span) {
			continue
		}
		e := rw.s.companionAfter(doc, pl.span)
		if e < 0 {
			e = rw.s.companionBefore(doc, pl.span)
		}
		if e < 0 || e == rw.f.Args[0].Entity {
			continue
		}
		raws = append(raws, companionCopy(doc, rw, e, "the unnamed relative lives there with the person"))
	}
	return raws
}

// livesBefore reports whether a verb of living (livingVerbs) and a
// preposition of livingPreps come right before the place at span ("lives in
// Ryton", "lived near the Hague").
func (s *sent) livesBefore(span hearsay.Span) bool {
	u := s.unitAt(span.Start) - 1
	if u >= 0 && s.units[u].word == "the" {
		u--
	}
	if u < 1 {
		return false
	}
	return livingPreps[s.units[u].word] && livingVerbs[s.units[u-1].word]
}

// maxCompanionWords is the most units between "with" and the preposition
// of the place ("lives with her husband, a paramedic, and their twin boys
// in Tonbridge").
const maxCompanionWords = 12

// withAfterLiving returns the unit of "with" right after a verb of living
// that opens the words before the place at span, when a preposition of
// livingPreps stands right before the place ("lives with her husband and
// their two sons in Dover"), or -1. No clause boundary stands between.
func (s *sent) withAfterLiving(span hearsay.Span) int {
	u := s.unitAt(span.Start) - 1
	if u >= 0 && s.units[u].word == "the" {
		u--
	}
	if u < 2 || !livingPreps[s.units[u].word] {
		return -1
	}
	for k := u - 1; k >= 1 && k >= u-maxCompanionWords; k-- {
		x := &s.units[k]
		if x.boundary && x.ment == -1 && x.word != "," && x.word != "and" {
			return -1
		}
		if x.word == "with" && livingVerbs[s.units[k-1].word] {
			return k
		}
	}
	return -1
}

// livesWithBefore reports whether the place at span ends "lives with ...
// in" (withAfterLiving).
func (s *sent) livesWithBefore(span hearsay.Span) bool {
	return s.withAfterLiving(span) >= 0
}

// companionBefore returns the unnamed relative named right after "lives
// with" before the place at span ("lives with her husband, a paramedic, in
// York"), or -1, as companionAfter does after the place.
func (s *sent) companionBefore(doc *hearsay.Document, span hearsay.Span) int {
	k := s.withAfterLiving(span)
	if k < 0 {
		return -1
	}
	return s.companionAt(doc, k)
}

// livingVerbs and livingPreps tell a home right before its place ("lives
// in", "lived near"; data/classes.tsv).
var (
	livingVerbs = wordSet("livingverbs")
	livingPreps = wordSet("livingpreps")
)

// companionAfter returns the unnamed relative named right after the place
// at span and "with" ("in Ryton with her husband"), or -1: a description
// of an unnamed person whose last word is of class kinhomenouns.
func (s *sent) companionAfter(doc *hearsay.Document, span hearsay.Span) int {
	u := s.unitAt(span.End-1) + 1
	if u <= 0 {
		return -1
	}
	return s.companionAt(doc, u)
}

// companionAt returns the unnamed relative named right after "with" at
// unit u, by a possessive and a noun of class kinhomenouns, or -1.
func (s *sent) companionAt(doc *hearsay.Document, u int) int {
	if u+1 >= len(s.units) || s.units[u].word != "with" {
		return -1
	}
	head := s.units[u+1]
	if head.ment != -1 && head.mkind == kindPronoun && possessives[head.word] && u+2 < len(s.units) {
		head = s.units[u+2] // "her husband": the pronoun's mention is the unit
	}
	words := strings.Fields(head.word)
	if len(words) == 0 || !kinHomeNouns[words[len(words)-1]] {
		return -1
	}
	for _, mi := range s.mentionsHere() {
		m := &doc.Mentions[mi]
		if m.Entity >= 0 && doc.Entities[m.Entity].Unnamed && m.Start <= head.Start && head.End <= m.End {
			return m.Entity
		}
	}
	return -1
}

// companionWhereabouts places the person someone was somewhere with, named
// right after the place (and its time) and "with": "flew to Tokyo with her
// husband Tom Reed on Monday", "visited Nairobi with her husband, Tom Reed,
// in March", "arrived in Cannes with Tom Reed on Friday". The companion is
// a name, after at most a possessive and a noun of class companionnouns
// ("her husband", "his co-star").
func companionWhereabouts(doc *hearsay.Document, raws []*raw) []*raw {
	n := len(raws)
	seen := map[[2]int]bool{}
	for _, rw := range raws[:n] {
		if rw.f.Type == "located_at" && len(rw.f.Args) == 2 {
			seen[[2]int{rw.f.Args[0].Entity, rw.f.Args[1].Entity}] = true
		}
	}
	for _, rw := range raws[:n] {
		if rw.f.Type != "located_at" || rw.echo || rw.s == nil || len(rw.f.Args) != 2 || rw.f.Polarity != hearsay.Pos {
			continue
		}
		pl := rw.b.slots[slotPlace]
		if !pl.set {
			continue
		}
		e := rw.s.namedCompanionAfter(pl.span)
		if e < 0 || e == rw.f.Args[0].Entity || seen[[2]int{e, rw.f.Args[1].Entity}] {
			continue
		}
		seen[[2]int{e, rw.f.Args[1].Entity}] = true
		raws = append(raws, companionCopy(doc, rw, e, "the person was there with the one the sentence places there"))
	}
	return raws
}

// companionNouns are the nouns of a companion named after "with" and a
// possessive ("with her husband, Tom Reed"; data/classes.tsv).
var companionNouns = wordSet("companionnouns")

// namedCompanionAfter returns the person named after the place at span, a
// time expression after it and "with", past a possessive and a noun of
// companionNouns, or -1.
func (s *sent) namedCompanionAfter(span hearsay.Span) int {
	u := s.unitAt(span.End-1) + 1
	for u > 0 && u < len(s.units) && s.units[u].ment == -1 && s.inTimex(s.units[u].Span) {
		u++ // "in Tokyo on Monday with ..."
	}
	if u <= 0 || u+1 >= len(s.units) || s.units[u].word != "with" {
		return -1
	}
	u++
	if x := &s.units[u]; x.ment != -1 && x.mkind == kindPronoun && possessives[x.word] {
		u++
	}
	for k := 0; k < 2 && u < len(s.units) && s.units[u].ment == -1 && companionNouns[s.units[u].word]; k++ {
		u++ // "her new boyfriend", "his co-star"
	}
	if u < len(s.units) && s.units[u].word == "," {
		u++
	}
	if u >= len(s.units) || !s.units[u].onePerson(kindName) {
		return -1
	}
	if v := u + 1; v < len(s.units) && (s.units[v].word == "and" || s.units[v].word == "'s" || s.units[v].word == "’s" || s.units[v].word == "'") {
		return -1 // "with Tom Reed and ...": a list the patterns read, if at all; "with Ana Hale's husband": not Ana Hale
	}
	return s.units[u].ents[0]
}

// companionCopy returns a copy of rw, derived for the reason given, whose
// first argument is the companion e instead.
func companionCopy(doc *hearsay.Document, rw *raw, e int, reason string) *raw {
	cp := *rw
	cp.f.Args = []hearsay.Arg{{Entity: e, Literal: doc.Entities[e].Name}, rw.f.Args[1]}
	cp.f.Derived = true
	cp.f.Reason = reason
	return &cp
}
