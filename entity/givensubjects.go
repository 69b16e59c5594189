package entity

import "strings"

// Given names that are also common words ("Sue", "Bill", "Grace") written
// alone as the subject of a clause, which the name tagger leaves out or
// takes for a place: "Sue and I ran it", "Bill runs the till and Grace
// helps on Saturdays".

// givenSubjectAt reports whether token a is a capitalised given name of
// the lists, alone, that the words after it make a person's subject: a
// verb in the present or the past ("Bill runs", "Grace helped") or "and
// I" or "and me". A word the document writes in lowercase, a country, a
// region, a word after a preposition, a determiner or another capitalised
// word is none.
func (lx *Lexicons) givenSubjectAt(di *docInfo, a int) bool {
	toks := di.doc.Tokens
	if a+1 >= len(toks) || toks[a+1].Sentence != toks[a].Sentence || !isCap(toks[a].Text) || !isAlphaWord(toks[a].Text) || toks[a].XPOS != "NNP" {
		return false
	}
	if g, ok := lx.names[di.lower[a]]; !ok || g == 'n' {
		return false
	}
	if a > 0 && toks[a-1].Sentence == toks[a].Sentence {
		switch p := toks[a-1]; {
		case p.UPOS == "ADP" || p.UPOS == "DET" || p.UPOS == "PROPN" || isCap(p.Text) && !di.initial[a-1]:
			return false
		}
	}
	if !subjectContextAfter(di, a) {
		return false
	}
	// The lookups over the whole document come last: few words get here.
	return !di.seenLower(di.lower[a]) && !lx.isCountry(toks[a].Text) && lx.region(toks[a].Text) == ""
}

// subjectContextAfter reports whether the words after token a make it a
// clause's subject: a verb in the present or the past, or "and I" or
// "and me".
func subjectContextAfter(di *docInfo, a int) bool {
	toks := di.doc.Tokens
	next := toks[a+1]
	if di.lower[a+1] == "and" {
		return a+2 < len(toks) && toks[a+2].Sentence == next.Sentence && (toks[a+2].Text == "I" || di.lower[a+2] == "me")
	}
	return next.UPOS == "VERB" && (next.XPOS == "VBZ" || next.XPOS == "VBD")
}

// missedGivenSubjects returns a person's span for each given name the
// name tagger left out that givenSubjectAt finds.
func (lx *Lexicons) missedGivenSubjects(di *docInfo, have [][3]int) [][3]int {
	var out [][3]int
	for _, c := range di.capToks {
		a := int(c)
		if di.doc.Tokens[a].NER == "O" && lx.givenSubjectAt(di, a) && !coveredBy(have, a, a+1) {
			out = append(out, [3]int{a, a + 1, nerPER})
		}
	}
	return out
}

// retypeGivenSubjects makes a person's a one-word span the name tagger
// took for a place or a miscellaneous name that givenSubjectAt finds
// ("and Grace helps on Saturdays").
func (lx *Lexicons) retypeGivenSubjects(di *docInfo, spans [][3]int) {
	for i, s := range spans {
		if s[1]-s[0] == 1 && (s[2] == nerLOC || s[2] == nerMISC) && lx.givenSubjectAt(di, s[0]) {
			spans[i][2] = nerPER
		}
	}
}

// retypeAgedGivens makes a person's a one-word span the name tagger took for
// an organisation, a place or a miscellaneous name when it is a given name of
// the lists right after an age written as an adjective ("parents to
// three-year-old Leo", "with 10-month-old Ivy"): an age is a person's; or
// after a noun of a child or of a parent's relation ("a son, Leo", "parents
// to Leo").
func (lx *Lexicons) retypeAgedGivens(di *docInfo, spans [][3]int) {
	toks := di.doc.Tokens
	for i, s := range spans {
		a := s[0]
		if s[1]-a != 1 || s[2] == nerPER || a == 0 || toks[a-1].Sentence != toks[a].Sentence {
			continue
		}
		if g, ok := lx.names[di.lower[a]]; !ok || g == 'n' {
			continue
		}
		if agedOrKinGiven(di, a) {
			spans[i][2] = nerPER
		}
	}
}

// agedOrKinGiven reports whether token a, a given name of the lists, stands
// right after an age written as an adjective or a noun of a child's kin
// (see retypeAgedGivens).
func agedOrKinGiven(di *docInfo, a int) bool {
	w := di.lower[a-1]
	return yearsOld(w) > 0 && strings.HasSuffix(w, "-old") || kinBeforeGiven(di, a)
}

// missedAgedGivens returns a person's span for each capitalised given name
// of the lists the name tagger left out that agedOrKinGiven finds ("the
// proud parents of three-year-old Leo").
func (lx *Lexicons) missedAgedGivens(di *docInfo, have [][3]int) [][3]int {
	var out [][3]int
	toks := di.doc.Tokens
	for _, c := range di.capToks {
		a := int(c)
		if a == 0 || toks[a].NER != "O" || toks[a-1].Sentence != toks[a].Sentence || !isAlphaWord(toks[a].Text) || coveredBy(have, a, a+1) {
			continue
		}
		if a+1 < len(toks) && toks[a+1].Sentence == toks[a].Sentence && isCap(toks[a+1].Text) {
			continue // the first word of a longer name
		}
		if g, ok := lx.names[di.lower[a]]; ok && g != 'n' && agedOrKinGiven(di, a) {
			out = append(out, [3]int{a, a + 1, nerPER})
		}
	}
	return out
}

// childNouns name a child before the child's name ("a son, Leo").
var childNouns = map[string]bool{"son": true, "daughter": true, "boy": true, "girl": true, "baby": true, "child": true,
	"stepson": true, "stepdaughter": true, "grandson": true, "granddaughter": true}

// parentNouns name a parent before "of" or "to" and a child's name
// ("parents to Leo", "mother of Ivy").
var parentNouns = map[string]bool{"parents": true, "parent": true, "mum": true, "mom": true, "mother": true, "dad": true,
	"father": true}

// kinBeforeGiven reports whether the words before token a name a child whose
// name a is ("a baby boy, Leo", "parents to Leo").
func kinBeforeGiven(di *docInfo, a int) bool {
	toks := di.doc.Tokens
	b := a - 1
	if di.lower[b] == "," && b > 0 {
		b--
	}
	if toks[b].Sentence != toks[a].Sentence {
		return false
	}
	if childNouns[di.lower[b]] {
		return true
	}
	return (di.lower[b] == "to" || di.lower[b] == "of") && b > 0 && toks[b-1].Sentence == toks[a].Sentence && parentNouns[di.lower[b-1]]
}
