package entity

import "strings"

// oneOfOrgs reports whether the name m, with no title, no possessive
// marker and no known given name first, is followed by a comma and "one
// of the" (or "one of" and a name in the possessive) before a plural noun
// of data/orgcues.tsv that ends the description (cue class
// org-appositive-end after it): "to lead Hepton Vale, one of the North's
// oldest law firms.", "Tarrow Mills, one of Yorkshire's biggest
// employers," is not one (no noun of organisations). Up to five words may
// stand before the noun: names, possessives and modifiers, no person's
// noun, verb or preposition. The singular description ("Harcourt Lowe, a
// consultancy in Leeds") is read by orgAppositiveAt.
func (lx *Lexicons) oneOfOrgs(di *docInfo, m *ment) bool {
	if m.title != "" || m.poss || len(m.words) == 0 || lx.looksPersonal(m.words) {
		return false
	}
	toks := di.doc.Tokens
	k := m.tok1
	if k+3 >= len(toks) || toks[k].Text != "," || toks[k+3].Sentence != m.sent || di.lower[k+1] != "one" || di.lower[k+2] != "of" {
		return false
	}
	k += 3
	if di.lower[k] == "the" {
		k++
	}
	for h := k; h <= k+5 && h < len(toks) && toks[h].Sentence == m.sent; h++ {
		w := toks[h].Text
		if isPossMarker(w) {
			continue
		}
		if !isAlphaWord(w) || !modifierPOS(toks[h].UPOS) {
			return false // "Okafor, one of the partners at the firm": the head came before
		}
		if w != di.lower[h] {
			continue
		}
		if n, ok := di.nounAt(lx, h); ok && (n.isOcc || n.isRole || n.isKin) {
			return false // "Okafor, one of the firm's founders"
		}
		if lx.pluralOrgCue(w) {
			return h+1 >= len(toks) || toks[h+1].Sentence != m.sent || di.is(lx, cueOrgAppositiveEnd, h+1)
		}
	}
	return false
}

// modifierPOS reports whether a word of part of speech upos may stand
// in a noun phrase before its head: no verb, preposition, pronoun,
// conjunction or determiner ("" when the document has no tags).
func modifierPOS(upos string) bool {
	switch upos {
	case "VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ", "DET":
		return false
	}
	return true
}

// pluralOrgCue reports whether the lowercase word w is the plural of a
// noun of data/orgcues.tsv ("firms", "companies").
func (lx *Lexicons) pluralOrgCue(w string) bool {
	if s, ok := strings.CutSuffix(w, "ies"); ok && lx.orgCues[s+"y"] {
		return true
	}
	s, ok := strings.CutSuffix(w, "s")
	return ok && lx.orgCues[s]
}
