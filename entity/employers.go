package entity

// Names typed by what the sentence says of them: an employer before an
// appointing verb or before the post of someone it employs.

// employerName reports whether the name m, of two words or more with no
// title and no given name first, is an employer's by the words after it:
// an appointing verb (cue class appoint-verb, after "has" or "have") and
// a name ("Marrow Savings appoints Oliver Penn", "Corbel Hartley has hired
// Mina Sato"), or a post written in lowercase and a name ("Marrow Savings
// company secretary Oliver Penn", "Ridley Cask chief executive Ines
// Okoro").
func (lx *Lexicons) employerName(di *docInfo, m *ment) bool {
	if m.title != "" || len(m.words) < 2 || m.poss || lx.looksPersonal(m.words) {
		return false
	}
	toks := di.doc.Tokens
	k := m.tok1
	if k < len(toks) && toks[k].Sentence == m.sent && (di.lower[k] == "has" || di.lower[k] == "have") {
		k++
	}
	if k+1 < len(toks) && toks[k+1].Sentence == m.sent && di.is(lx, cueAppointVerb, k) && isCap(toks[k+1].Text) {
		return true
	}
	return lx.postThenName(di, m.tok1, m.sent)
}

// postThenName reports whether a post of one to three lowercase words
// whose last is a trade or role noun starts at token k of sentence sent,
// followed by a capitalised name ("chief executive Ines Okoro"); not an
// elected office (cue classes state-office and local-office).
func (lx *Lexicons) postThenName(di *docInfo, k, sent int) bool {
	toks := di.doc.Tokens
	for e := k + 1; e <= k+3 && e < len(toks) && toks[e].Sentence == sent; e++ {
		w := toks[e-1].Text
		if w != di.lower[e-1] || !isAlphaWord(w) {
			return false
		}
		if !isCap(toks[e].Text) || !isWordy(toks[e].Text) {
			continue
		}
		if di.is(lx, cueStateOffice, e-1) || di.is(lx, cueLocalOffice, e-1) {
			return false // "Fine Gael senator Ann Holt", "Kelby councillor Tom Hale": an office held for a party or a place, no employer's post
		}
		n, ok := di.nounAt(lx, e-1)
		return ok && (n.isRole || n.isOcc) && !n.isKin
	}
	return false
}

// employerCluster reports whether a mention of c is a name typed as an
// employer's by the words after it (employerName).
func employerCluster(c *cluster) bool {
	for _, m := range c.ments {
		if m.employer {
			return true
		}
	}
	return false
}
