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
