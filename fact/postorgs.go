package fact

import (
	hearsay "github.com/hearsay-news/hearsay"
)

// committeeNouns end the name of a committee or a panel of a body that the
// text writes after the body's name in lower case ("the Commons defence
// committee", "the Senate armed services committee"; data/classes.tsv).
var committeeNouns = wordSet("committeenouns")

// committeeStops are the words that end a body's name without a committee
// of it (data/classes.tsv).
var committeeStops = wordSet("committeestops")

// maxCommitteeWords is the most lowercase words committeeOrgs reads between
// a body's name and the committee noun ("public accounts", "armed
// services", "health and social care").
const maxCommitteeWords = 5

// committeeOrgs gives a post whose organisation the pattern read as a
// body's name followed in lower case by a committee's words ("has chaired
// the Commons defence committee since 2025", "was appointed chair of the
// Senate intelligence committee") the committee: the body's name with
// those words, not the body alone.
func committeeOrgs(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		a := rw.f.Args
		if !postTypes.has(rw.f.Type) || len(a) != 3 || a[2].Entity < 0 && a[2].Literal == "" || rw.b == nil {
			continue
		}
		o := rw.b.slots[slotOrg]
		if !o.set || o.span.End <= o.span.Start || o.span.End > len(doc.Text) {
			continue
		}
		if a[2].Entity >= 0 && (len(o.ents) != 1 || o.ents[0] != a[2].Entity) || a[2].Entity < 0 && a[2].Literal != doc.Text[o.span.Start:o.span.End] {
			continue // the organisation is no longer the one the pattern read
		}
		if end := committeeAfter(doc.Text, o.span.End); end > 0 {
			rw.f.Args[2] = hearsay.Arg{Entity: -1, Literal: doc.Text[o.span.Start:end]}
		}
	}
}

// committeeAfter returns the end of a committee's words that follow a
// body's name ending at offset at: up to maxCommitteeWords lowercase words,
// the last a word of class committeenouns; 0 when none follow.
func committeeAfter(text string, at int) int {
	i := at
	for n := 0; n <= maxCommitteeWords; n++ {
		if i >= len(text) || text[i] != ' ' {
			return 0
		}
		j := i + 1
		for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] == '-') {
			j++
		}
		if j == i+1 {
			return 0 // a capital, a digit or a mark: no lowercase word
		}
		w := text[i+1 : j]
		if committeeNouns[w] {
			return j
		}
		if committeeStops[w] {
			return 0 // the clause goes on: "chaired the Commons for a decade", "the Senate and its ethics committee"
		}
		i = j
	}
	return 0
}

// kindWords are the nouns of an organisation's kind written before its name
// ("Premier League side X", "the fintech firm Y"; class orgnoun).
var kindWords = wordSet("orgnoun")

// maxKindUnits is the most units kindOrgs passes over between "of" and the
// organisation's name ("of Premier League side", "at the Leeds-based
// engineering firm").
const maxKindUnits = 6

// kindOrgs gives a post whose organisation the pattern left open the one
// named after the role, "of", "at" or "for", and a description that ends in
// a noun of its kind, which may hold a league's or a place's name ("was
// named chief scout of Premier League side Harwood Albion", "became finance
// director at the Leeds-based engineering firm Coldmoor"): that
// organisation, not the one the article is about.
func kindOrgs(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		a := rw.f.Args
		if !postTypes.has(rw.f.Type) || len(a) != 3 || a[1].Literal == "" || a[2].Entity >= 0 || a[2].Literal != "" || rw.b == nil || rw.s == nil {
			continue
		}
		r := rw.b.slots[slotRole]
		if !r.set {
			continue
		}
		if e := rw.s.orgAfterKind(r.span.End); e >= 0 {
			rw.fillArg(2, entArg(doc, e), "the organisation is the one named after the role and its kind")
		}
	}
}

// orgAfterKind returns the organisation named after offset at by "of",
// "at" or "for", a description of up to maxKindUnits units that names no
// person, and a noun of its kind right before the name; -1 when there is
// none.
func (s *sent) orgAfterKind(at int) int {
	u := 0
	for u < len(s.units) && s.units[u].Start < at {
		u++
	}
	if u >= len(s.units) || s.units[u].word != "of" && s.units[u].word != "at" && s.units[u].word != "for" {
		return -1
	}
	for k := u + 1; k < len(s.units) && k <= u+1+maxKindUnits; k++ {
		x := &s.units[k]
		if x.boundary || x.etype == entPerson || x.ment < 0 && (x.word == "," || x.word == ";") {
			return -1 // "chief executive of the group, the club X said": the description has ended
		}
		if x.ment < 0 {
			continue
		}
		if x.etype != entOrg || x.mkind != kindName || len(x.ents) != 1 {
			continue // "of Premier League side": a league's or a place's name in the description
		}
		if y := &s.units[k-1]; k > u+1 && y.ment < 0 && kindWords[y.word] && !newsOrg(s.doc.Entities[x.ents[0]]) {
			return x.ents[0]
		}
		if k+1 >= len(s.units) || s.units[k+1].ment >= 0 || s.units[k+1].capital || !kindWords[s.units[k+1].word] {
			return -1 // an organisation of its own, not one that describes the next ("Premier League side")
		}
	}
	return -1
}

// maxModifierWords is the most lowercase words modifierOrgs passes over
// between an organisation's name and the noun of the kind of the one named
// after it ("the Leeds record label Grey Wharf").
const maxModifierWords = 3

// modifierOrgs gives a post or a membership whose organisation the pattern
// read as a name that only modifies a description of another organisation
// ("founded the Leeds record label Grey Wharf", where "Leeds" may stand
// for the University of Leeds) the organisation the description names:
// the name right after lowercase words that end in a noun of its kind.
func modifierOrgs(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		k := 2
		switch {
		case rw.f.Type == "member_of" && len(rw.f.Args) == 2:
			k = 1
		case postTypes.has(rw.f.Type) && len(rw.f.Args) == 3:
		default:
			continue
		}
		if rw.b == nil || rw.s == nil || rw.f.Args[k].Entity < 0 {
			continue
		}
		o := rw.b.slots[slotOrg]
		if !o.set || len(o.ents) != 1 || o.ents[0] != rw.f.Args[k].Entity {
			continue
		}
		if u := rw.s.unitAt(o.span.Start); u >= 0 {
			if e := rw.s.describedAfter(u); e >= 0 {
				rw.f.Args[k] = entArg(doc, e)
			}
		}
	}
}

// describedAfter returns the organisation named after the name at unit u
// when one to maxModifierWords lowercase words between them end in a noun
// of an organisation's kind ("Leeds record label Grey Wharf"), or -1.
func (s *sent) describedAfter(u int) int {
	for k := u + 1; k < len(s.units) && k <= u+1+maxModifierWords; k++ {
		x := &s.units[k]
		if x.ment >= 0 {
			if k == u+1 || !kindWords[s.units[k-1].word] || x.etype != entOrg || x.mkind != kindName || len(x.ents) != 1 || newsOrg(s.doc.Entities[x.ents[0]]) {
				return -1
			}
			return x.ents[0]
		}
		if x.boundary || x.capital || x.word == "," || x.word == "'s" || x.word == "’s" {
			return -1
		}
	}
	return -1
}
