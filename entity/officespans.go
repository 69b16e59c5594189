package entity

// officeConnectives are the lowercase words inside an office's title
// between its post and the rest ("Chancellor of the Exchequer",
// "Secretary of State for Health", "Chief Secretary to the Treasury").
var officeConnectives = [...]string{"of", "the", "for", "to"}

// isOfficeConnective reports whether w is one of officeConnectives.
func isOfficeConnective(w string) bool {
	for _, c := range officeConnectives {
		if w == c {
			return true
		}
	}
	return false
}

// trimOfficeChains cuts, in place, the end of an office's title off the
// front of a name the tagger read as one with it: "Chancellor of the
// Exchequer Duncan Kilbane" tagged "Exchequer Duncan Kilbane", "Secretary
// of State for Health Maria Denholm" tagged "State for Health Maria
// Denholm". A span right after a post of data/roles.tsv and one to three
// connectives ("of", "the", "for", "to") that holds a known given name
// after its first word, with a word after the given name, becomes the
// person's name from the given name on.
func (lx *Lexicons) trimOfficeChains(di *docInfo, spans [][3]int) {
	for i, s := range spans {
		if s[1]-s[0] < 3 || !lx.officeChainBefore(di, s[0]) {
			continue
		}
		for k := s[0] + 1; k < s[1]-1; k++ {
			if lx.names[di.lower[k]] != 0 && isCap(di.doc.Tokens[k].Text) {
				spans[i] = [3]int{k, s[1], nerPER}
				break
			}
		}
	}
}

// officeChainBefore reports whether the words before token a are a post
// of data/roles.tsv and one to three office connectives in the same
// sentence ("Chancellor of the", "Secretary of").
func (lx *Lexicons) officeChainBefore(di *docInfo, a int) bool {
	toks := di.doc.Tokens
	if a == 0 {
		return false
	}
	sent := toks[a].Sentence
	j := a - 1
	for n := 0; n < 3 && j >= 0 && toks[j].Sentence == sent && isOfficeConnective(toks[j].Text); n++ {
		j--
	}
	if j == a-1 || j < 0 || toks[j].Sentence != sent || !isCap(toks[j].Text) {
		return false
	}
	return lx.roleAt(di, j)
}
