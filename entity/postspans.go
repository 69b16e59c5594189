package entity

// trimTrailingPosts cuts, in place, from a span the tagger read as no
// person's a post of data/roles.tsv written
// capitalised at its end ("the PSNI Chief Constable, Jon Boutcher", "the
// BBC Director-General, Tim Davie"): the post names no one, and the words
// before it, one acronym or a name of two words or more, are the body
// the post is held in, an organisation. A span that a capitalised word
// follows is left to the office chains (trimOfficeChains), and a span of
// which a post is all is left to nameMention (capitalisedPost).
func (lx *Lexicons) trimTrailingPosts(di *docInfo, spans [][3]int) {
	toks := di.doc.Tokens
	for i, s := range spans {
		if s[2] == nerPER || s[1]-s[0] < 2 {
			continue
		}
		if e := s[1]; e < len(toks) && toks[e].Sentence == toks[s[0]].Sentence && isCap(toks[e].Text) {
			continue
		}
		for a := s[0] + 1; a < s[1] && a <= s[0]+3; a++ {
			if !allCapWords(toks[a:s[1]]) {
				break
			}
			info, ok := di.nounWords(lx, a, s[1])
			if !ok || !info.isRole || info.isKin {
				continue
			}
			if di.orgWordAt(lx, s[1]-1) || lx.outlets != nil && lx.outlets.OrgHead(toks[s[1]-1].Text) {
				break // "The Daily Courier", "Lakeview Medical Center": the last word ends bodies' names
			}
			if a-s[0] == 1 && !isAcronymWord(toks[s[0]].Text) {
				break // "Senior Coroner", "Tesco Chief": no body of one plain word
			}
			spans[i] = [3]int{s[0], a, nerORG}
			break
		}
	}
}

// trimEndowedPosts cuts from a span an endowed post, a word of cue class
// endowed-post that "of", "in" or "for" follows, with all after it, when
// "the" comes before the span ("the Raymond Hale Professor of Civil
// Engineering", "the Ellerby Chair in Ocean Engineering"): the post names
// no one; the words before it are the donor's name, a person's when a
// given name of data/names.tsv starts two or three of them, else a name
// as the tagger typed it; one word alone is dropped ("the Ellerby Chair
// of ...", "the Regius Professor of ...": a donor or a word the post lets
// us not type).
func (lx *Lexicons) trimEndowedPosts(di *docInfo, spans [][3]int) [][3]int {
	toks := di.doc.Tokens
	out := spans[:0]
	for _, s := range spans {
		a, e := s[0], s[1]
		k := -1
		if a > 0 && di.lower[a-1] == "the" {
			for j := a + 1; j < e && j < a+5; j++ {
				if di.is(lx, cueEndowedPost, j) && isCap(toks[j].Text) && j+1 < len(toks) && toks[j+1].Sentence == toks[a].Sentence {
					if w := di.lower[j+1]; w == "of" || w == "in" || w == "for" {
						k = j
						break
					}
				}
			}
		}
		if k < 0 {
			out = append(out, s)
			continue
		}
		switch n := k - a; {
		case n >= 2 && n <= 3 && lx.names[di.lower[a]] != 0:
			out = append(out, [3]int{a, k, nerPER}) // "the Raymond Hale Professor of ...": the donor
		case n >= 2:
			out = append(out, [3]int{a, k, s[2]}) // "the Kelby University Professor of Law": the body
		}
	}
	return out
}
