package entity

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
