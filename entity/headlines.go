package entity

// Headlines written in title case ("Star Quits Band Amid Row Over Tour
// Dates") capitalise every word, so the name tagger runs names into the
// words around them or takes a run of common words for a name. Inside
// such a line a name is kept only as far as the body writes it the same
// way.

// titleCaseLine reports whether sentence sent, which token i starts or
// holds, is a line in title case: four alphabetic words or more, each
// capitalised, with no full stop at its end, and a capitalised minor word
// of cue class title-minor ("For", "With"), a word the POS tagger reads
// as a verb, or six words or more.
func (lx *Lexicons) titleCaseLine(di *docInfo, i int) bool {
	toks := di.doc.Tokens
	sent := toks[i].Sentence
	a := i
	for a > 0 && toks[a-1].Sentence == sent {
		a--
	}
	words, cue := 0, false
	last := a
	for k := a; k < len(toks) && toks[k].Sentence == sent; k++ {
		last = k
		t := toks[k].Text
		if !isAlphaWord(t) {
			continue
		}
		if !isCap(t) {
			return false
		}
		words++
		if lx.is(cueTitleMinor, di.lower[k]) || di.hasPOS && (toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX") {
			cue = true
		}
	}
	if toks[last].Text == "." {
		return false
	}
	return words >= 4 && (cue || words >= 6)
}

// bodyWritesAt reports whether tokens a..e, as written, stand elsewhere in
// the document outside the sentence of token a, and, of one word, not at
// the start of a sentence there.
func (lx *Lexicons) bodyWritesAt(di *docInfo, a, e int) bool {
	toks := di.doc.Tokens
	n := e - a
	sent := toks[a].Sentence
	for i := 0; i+n <= len(toks); i++ {
		if toks[i].Sentence == sent || toks[i].Text != toks[a].Text {
			continue
		}
		if n == 1 && (i == 0 || toks[i-1].Sentence != toks[i].Sentence) {
			continue
		}
		same := true
		for k := 1; k < n && same; k++ {
			same = toks[i+k].Text == toks[a+k].Text && toks[i+k].Sentence == toks[i].Sentence
		}
		if same {
			return true
		}
	}
	return false
}

// splitTitleCaseHeading cuts each span of three words or more in a
// title-case line (titleCaseLine) into the longest runs, from left to
// right, that the body writes the same way (bodyWritesAt): "Marcus Ellery
// Quits Paper Lanterns" leaves "Marcus Ellery" when the body names him; a
// span of which the body writes no part is dropped. Shorter spans, and
// spans elsewhere, are kept whole. The parts are appended to out.
func (lx *Lexicons) splitTitleCaseHeading(di *docInfo, parts, out [][3]int) [][3]int {
	for _, s := range parts {
		if s[1]-s[0] < 3 || !lx.titleCaseLine(di, s[0]) {
			out = append(out, s)
			continue
		}
		for i := s[0]; i < s[1]; {
			e := s[1]
			for ; e > i && !lx.bodyWritesAt(di, i, e); e-- {
			}
			if e == i {
				i++
				continue
			}
			out = append(out, [3]int{i, e, s[2]})
			i = e
		}
	}
	return out
}
