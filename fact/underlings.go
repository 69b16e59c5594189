package fact

import "strings"

// underlingNouns are the heads of the posts of people who work for a person
// (class underlings of classes.tsv: "aide", "spokesman", "press secretary",
// "chief of staff").
var underlingNouns = wordSet("underlings")

// maxUnderlingWords bounds the words of a post phrase after a possessor
// ("her longtime deputy chief of staff").
const maxUnderlingWords = 5

// underlingEnd returns the unit after a phrase opening at unit u that names
// someone by their post under a person: modifiers and a head of class
// underlings, or "chief of staff" ("top aide", "press secretary", "campaign
// manager", "deputy chief of staff"); -1 when there is none. The phrase
// ends at its last head word.
func (s *sent) underlingEnd(u int) int {
	end := -1
	for k := u; k >= 0 && k < len(s.units) && k < u+maxUnderlingWords; k++ {
		x := &s.units[k]
		if x.ment != -1 || x.boundary || !plainWord(x.word) || x.is(clsNotPremod) && x.word != "of" {
			break
		}
		if x.word == "chief" && k+2 < len(s.units) && s.units[k+1].word == "of" && s.units[k+2].word == "staff" {
			return k + 3
		}
		if x.word == "of" {
			break
		}
		if underlingNouns[x.word] {
			end = k + 1
		}
	}
	return end
}

// possessorOfUnderling reports whether the person at unit v is a possessor
// (a possessive pronoun, or a name before "'s") whose underling's post
// follows ("her chief of staff", "Gov. X's top aide"), and returns the unit
// after that post's phrase.
func (s *sent) possessorOfUnderling(v int) (int, bool) {
	if v < 0 || v >= len(s.units) || s.units[v].ment == -1 {
		return 0, false
	}
	from := v + 1
	switch x := &s.units[v]; {
	case x.mkind == kindPronoun && x.is(clsPossessive):
	case x.mkind != kindPronoun && v+1 < len(s.units) && (s.units[v+1].word == "'s" || s.units[v+1].word == "’s"):
		from = v + 2
	default:
		return 0, false
	}
	if e := s.underlingEnd(from); e > 0 {
		return e, true
	}
	return 0, false
}

// underlingOfPerson reports whether the person mention at unit v is the
// object of "to" or "for" after an underling's post, past the titles and
// places before the name ("The chief of staff to Ohio Gov. X resigned",
// "campaign manager for Senator X"), and no person is named before the post
// in the sentence, whose description it would be.
func (s *sent) underlingOfPerson(v int) bool {
	k := v - 1
	for ; k >= 0 && k >= v-4; k-- {
		x := &s.units[k]
		if x.word == "to" || x.word == "for" {
			break
		}
		if x.boundary || x.word == "," || x.ment != -1 && x.etype == entPerson {
			return false
		}
	}
	if k < 1 || s.units[k].word != "to" && s.units[k].word != "for" {
		return false
	}
	h := &s.units[k-1]
	switch {
	case h.word == "staff" && k >= 3 && s.units[k-2].word == "of" && s.units[k-3].word == "chief":
	case h.ment == -1 && underlingNouns[h.word]:
	default:
		return false
	}
	for j := k - 2; j >= 0; j-- {
		if s.units[j].ment != -1 && s.units[j].etype == entPerson {
			return false // "X, a senior aide to Gov. Y, resigned": the appositive's subject is X, read as such elsewhere
		}
	}
	return true
}

// underlingReading reports whether the match binds a person slot to a
// possessor or a principal where the text speaks of their underling: the
// subject before the trigger is the possessor of an underling's post that
// stands between them ("Gov. X's chief of staff resigned", "Her spokesman
// was fired") or the principal of one ("The chief of staff to Gov. X
// resigned"); the object the match ends with is the possessor of the post
// that follows it ("X fired her chief of staff"). The underling is meant,
// not the possessor. Only auxiliaries and adverbs may stand between
// the post and the trigger: another verb there has the post's phrase for
// its subject ("X's lawyer denied that X had an affair").
func (s *sent) underlingReading(got *binding) bool {
	trig := -1
	if got.trigSet {
		trig = s.unitAt(got.trig.Start)
	}
	for _, sl := range []slot{slotA, slotB, slotAB} {
		b := got.slots[sl]
		if !b.set {
			continue
		}
		v := s.unitAt(b.span.End - 1)
		if v < 0 {
			continue
		}
		if _, ok := s.possessorOfUnderling(v); ok && v+1 == got.last {
			return true
		}
		if trig >= 0 && b.span.End <= got.trig.Start && s.underlingBefore(v, trig) {
			return true
		}
		if sl != slotB && trig >= 0 && b.span.End <= got.trig.Start && s.underlingOfPerson(s.unitAt(b.span.Start)) {
			return true
		}
	}
	return false
}

// underlingBefore reports whether, from the subject at unit v up to the
// trigger at unit trig, a possessor opens an underling's post whose phrase
// is the trigger's subject: only auxiliaries, adverbs or a relative clause
// stand between it and the trigger ("Gov. X's chief of staff, who took the
// job in 2021, resigned"; "X said her spokesman had resigned").
func (s *sent) underlingBefore(v, trig int) bool {
	apposed := v+1 < len(s.units) && s.units[v+1].word == ","
	for k := v; k < trig; k++ {
		e, ok := s.possessorOfUnderling(k)
		if !ok || e > trig || !s.onlyAuxiliaries(e, trig) {
			continue
		}
		if k > v && apposed && e < len(s.units) && s.units[e].word == "," {
			continue // "X, Gov. Y's press secretary, resigned": the post is X's
		}
		return true
	}
	return false
}

// onlyAuxiliaries reports whether the units from u up to end are only
// commas, relative clauses, auxiliaries and adverbs (class underlinglinks
// of classes.tsv, and words in -ly): the post's phrase before them is the subject of the verb
// at end ("X's aide has abruptly resigned"), not of another one ("X's
// lawyer said the claims of an affair were false").
func (s *sent) onlyAuxiliaries(u, end int) bool {
	for k := u; k < end && k < len(s.units); k++ {
		x := &s.units[k]
		if x.word == "," {
			if r := s.relativeEnd(k); r > k && r <= end {
				k = r - 1 // ", who took the job in 2021,"
				continue
			}
			if s.participleClauseTo(k+1, end) {
				return true // "X's lawyer, speaking outside court in Leeds": the lawyer was outside court
			}
			continue
		}
		if x.ment != -1 || !underlingLinks[x.word] && !strings.HasSuffix(x.word, "ly") {
			return false
		}
	}
	return true
}

// participleClauseTo reports whether a participle in -ing opens at unit u
// a clause that reaches unit end with no comma: its subject is the phrase
// before the comma ("X's lawyer, speaking outside court").
func (s *sent) participleClauseTo(u, end int) bool {
	if u >= end || u >= len(s.units) {
		return false
	}
	if x := &s.units[u]; x.ment != -1 || x.capital || !strings.HasSuffix(x.word, "ing") || !plainWord(x.word) {
		return false
	}
	for k := u + 1; k < end && k < len(s.units); k++ {
		if s.units[k].word == "," || s.units[k].boundary {
			return false
		}
	}
	return true
}

// underlingLinks are the auxiliaries and adverbs of onlyAuxiliaries.
var underlingLinks = wordSet("underlinglinks")

// opensUnderlingPost reports whether an appositive opening at unit k is an
// underling's post told by its possessor, past the places and titles
// before the name (", Ohio Gov. Y's chief of staff,").
func (s *sent) opensUnderlingPost(k int) bool {
	for v := k; v < len(s.units) && v <= k+3; v++ {
		x := &s.units[v]
		if x.ment != -1 && x.etype == entPerson {
			_, ok := s.possessorOfUnderling(v)
			return ok && x.mkind != kindPronoun
		}
		if x.boundary || x.word == "," || x.ment == -1 && !x.capital {
			return false
		}
	}
	return false
}

// principalInAppositive reports whether the person at unit v is the
// principal of an underling's post told in an appositive: its possessor
// ("Y's chief of staff") or the object of "to" or "for" after it ("chief
// of staff to Gov. Y").
func (s *sent) principalInAppositive(v int) bool {
	if _, ok := s.possessorOfUnderling(v); ok {
		return true
	}
	k := v - 1
	for ; k >= 1 && k >= v-4; k-- {
		if w := s.units[k].word; w == "to" || w == "for" {
			break
		}
		if x := &s.units[k]; x.boundary || x.word == "," || x.ment == -1 && !x.capital {
			return false
		}
	}
	if k < 1 || s.units[k].word != "to" && s.units[k].word != "for" {
		return false
	}
	h := &s.units[k-1]
	return h.ment == -1 && (underlingNouns[h.word] || h.word == "staff" && k >= 3 && s.units[k-2].word == "of" && s.units[k-3].word == "chief")
}
