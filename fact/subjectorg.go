package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// subjectDescribedOrgs gives a post, a change of post or a membership whose
// organisation the text leaves open the organisation that the subject of its
// sentence describes by its kind ("Orbis Bank lost money. The bank appointed
// Nia Okafor as its chief risk officer", "The university named Ann Voss as
// its new vice-chancellor"): the one organisation whose name holds the description's noun, or
// the one the mention stage read the description as. A description that
// stands for no such organisation leaves the fact to completeOrgs. An office
// of state is given the organisation only when the match reads it as the
// organisation's own ("its vice-chancellor").
func subjectDescribedOrgs(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		k := openOrgArg(rw)
		if k < 0 || rw.s == nil || rw.b == nil {
			continue
		}
		a := rw.b.slots[slotA]
		if !a.set {
			continue
		}
		e := subjectDescription(doc, rw.s, rw.s.unitAt(a.span.Start))
		if e < 0 {
			continue
		}
		if k == 2 && stateOffice(strings.ToLower(rw.f.Args[1].Literal)) && !ownRole(rw) {
			continue // "The company said Tom Hale had been named transport minister": the country's office
		}
		rw.fillArg(k, entArg(doc, e), "the organisation is the one the sentence's subject describes")
	}
}

// openOrgArg returns the index of the organisation argument of a post, a
// change of post or a membership that the text leaves open, or -1.
func openOrgArg(rw *raw) int {
	a := rw.f.Args
	switch rw.f.Type {
	case "resigned", "dismissed", "appointed", "position_held":
		if len(a) == 3 && a[0].Entity >= 0 && a[1].Literal != "" && a[2].Entity < 0 && a[2].Literal == "" {
			return 2
		}
	case "member_of":
		if len(a) == 2 && a[0].Entity >= 0 && a[1].Entity < 0 && a[1].Literal == "" {
			return 1
		}
	}
	return -1
}

// ownRole reports whether the role of a match is told as an organisation's
// own: "its" or "their" stands in the three units before it ("as its new
// vice-chancellor").
func ownRole(rw *raw) bool {
	r := rw.b.slots[slotRole]
	if !r.set {
		return false
	}
	u := rw.s.unitAt(r.span.Start)
	for k := u - 1; k >= 0 && k >= u-3; k-- {
		if w := rw.s.units[k].word; w == "its" || w == "their" {
			return true
		}
	}
	return false
}

// subjectOpeners may stand before a sentence's subject ("But the club ...").
var subjectOpeners = map[string]bool{"but": true, "and": true, "meanwhile": true, "now": true, "separately": true, "instead": true, "however": true, ",": true}

// subjectDescription returns the organisation that a description opening
// sentence s as its subject stands
// for: "the", up to two describing words and a noun of class orgnoun ("the
// bank", "the Leeds-based firm", "the energy company"), which the one
// organisation whose name holds the noun is, or which the mention stage read
// as an organisation's mention. The description stands before the unit
// first of the fact's person. It returns -1 when there is none.
func subjectDescription(doc *hearsay.Document, s *sent, first int) int {
	u := 0
	for u < len(s.units) && u < 3 && s.units[u].ment == -1 && subjectOpeners[s.units[u].word] {
		u++
	}
	if u >= first || u >= len(s.units) {
		return -1
	}
	x := &s.units[u]
	if x.ment != -1 {
		if x.etype == entOrg && x.mkind == kindNominal && len(x.ents) == 1 && strings.HasPrefix(x.word, "the ") && u+1 <= first {
			return x.ents[0] // "The company" the mention stage linked
		}
		return -1
	}
	if x.word != "the" {
		return -1
	}
	for k := u + 1; k <= u+3 && k < first; k++ {
		y := &s.units[k]
		if y.ment != -1 || y.boundary || y.word == "," {
			return -1
		}
		if !orgKindNouns[y.word] {
			continue
		}
		if k+1 < len(s.units) && s.units[k+1].ment == -1 && orgKindNouns[s.units[k+1].word] {
			continue // "the group's board": the last noun
		}
		return orgWithNoun(doc, y.word)
	}
	return -1
}

// orgKindNouns name an organisation by its kind (class orgnoun), less
// "board", which names a part of one: "the board" of a company is no
// regulation board the article names.
var orgKindNouns = func() map[string]bool {
	m := wordSet("orgnoun")
	delete(m, "board")
	return m
}()
