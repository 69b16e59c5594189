package entity

import "strings"

// Headlines written in title case ("Star Quits Band Amid Row Over Tour
// Dates") capitalise every word, so the name tagger runs names into the
// words around them or takes a run of common words for a name. Inside
// such a line a name is kept only as far as the body writes it the same
// way.

// titleCaseLine reports whether sentence sent, which token i starts or
// holds, is a line in title case: four alphabetic words or more, each
// capitalised, with no full stop at its end, and a capitalised minor word
// of cue class title-minor ("For", "With"), a word the POS tagger reads
// as a verb or a preposition ("Amid", "After"), or six words or more.
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
		if lx.is(cueTitleMinor, di.lower[k]) || di.hasPOS && (toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" || toks[k].UPOS == "ADP") {
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
// span of which the body writes no part is dropped. Spans of two words in
// a heading of three words or more in title case (headingCapsLine) are
// cut so too ("Ann Hale Quits"). Shorter spans, and spans elsewhere, are
// kept whole. The parts are appended to out.
func (lx *Lexicons) splitTitleCaseHeading(di *docInfo, parts, out [][3]int) [][3]int {
	for _, s := range parts {
		if lx.headlineWordsOnly(di, s) {
			continue
		}
		if !(s[1]-s[0] >= 3 && lx.titleCaseLine(di, s[0]) || s[1]-s[0] >= 2 && headingCapsLine(di, di.doc.Tokens[s[0]].Sentence) && lx.threeWordLine(di, di.doc.Tokens[s[0]].Sentence)) {
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

// headingCapsLine reports whether sentence sent is the article's
// headline: its first line, with no closing stop, no comma and no word in
// capitals of more than one letter ("Senator Quits Amid Probe"), whose
// alphabetic words, at least two, are each capitalised. Lines further
// down (signatures, subheadings) and headings in capitals are left alone.
func headingCapsLine(di *docInfo, sent int) bool {
	doc := di.doc
	if sent < 0 || sent >= len(doc.Sentences) {
		return false
	}
	st := doc.Sentences[sent]
	if strings.TrimSpace(doc.Text[doc.Body.Start:st.Start]) != "" {
		return false
	}
	text := strings.TrimRight(doc.Text[st.Start:st.End], " ")
	if text == "" || strings.ContainsAny(text[len(text)-1:], ".!?\"'”:") || strings.Contains(text, ",") {
		return false
	}
	if !strings.HasPrefix(doc.Text[st.Start+len(text):], "\n") {
		return false
	}
	words := 0
	for _, t := range doc.Tokens {
		if t.Sentence != sent || !isAlphaWord(t.Text) {
			continue
		}
		if !isCap(t.Text) || len(t.Text) > 1 && isUpperString(t.Text) {
			return false
		}
		words++
	}
	return words >= 2
}

// headlineWordsOnly reports whether person span s lies in a heading in
// title case (headingCapsLine) and is a run of headline words with or
// without a title before them: the body writes none of its words after
// the title as they are written here (bodyWritesAt), the first of them is
// no known given name, and a title opens the span or the line has three
// words or more ("Mayor Backs Stadium Plan", "Judge Rejects Appeal",
// "Star Striker Signs Deal": no one's name).
func (lx *Lexicons) headlineWordsOnly(di *docInfo, s [3]int) bool {
	if s[2] != nerPER {
		return false
	}
	toks := di.doc.Tokens
	sent := toks[s[0]].Sentence
	if !headingCapsLine(di, sent) {
		return false
	}
	a := s[0]
	for a < s[1] && lx.honorific(di, a) != "" {
		a++
	}
	titled := a > s[0] || s[0] > 0 && toks[s[0]-1].Sentence == sent && lx.honorific(di, s[0]-1) != ""
	if a == s[1] || lx.names[di.lower[a]] != 0 || !titled && !lx.threeWordLine(di, sent) {
		return false
	}
	for k := a; k < s[1]; k++ {
		if !isAlphaWord(toks[k].Text) || lx.bodyWritesAt(di, k, k+1) {
			return false
		}
	}
	return true
}

// threeWordLine reports whether sentence sent has three alphabetic words
// or more.
func (lx *Lexicons) threeWordLine(di *docInfo, sent int) bool {
	n := 0
	for _, t := range di.doc.Tokens {
		if t.Sentence == sent && isAlphaWord(t.Text) {
			n++
		}
	}
	return n >= 3
}
