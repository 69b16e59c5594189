package entity

// missedPlatformX finds the one-letter name of the social network X after
// a word of cue class platform-before ("posted on X on Monday", "wrote on
// X:", "took to X"), which the name tagger leaves out as it does an
// initial: an organisation. A capitalised word after it ("on X Factor")
// or one before the preposition's word ("Malcolm X") makes it no such
// name.
func (lx *Lexicons) missedPlatformX(di *docInfo, have [][3]int) [][3]int {
	toks := di.doc.Tokens
	var out [][3]int
	for i := 1; i < len(toks); i++ {
		if toks[i].Text != "X" || toks[i-1].Sentence != toks[i].Sentence || !di.is(lx, cuePlatformBefore, i-1) || toks[i-1].Text != di.lower[i-1] {
			continue
		}
		if e := i + 1; e < len(toks) && toks[e].Sentence == toks[i].Sentence && isCap(toks[e].Text) {
			continue
		}
		if overlapsAny([3]int{i, i + 1, nerORG}, have) {
			continue
		}
		out = append(out, [3]int{i, i + 1, nerORG})
	}
	return out
}
