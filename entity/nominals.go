package entity

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// ageOf returns the age written as a "46-year-old" token (one to three
// ASCII digits, then "-year-old" or "-years-old"), or 0.
func ageOf(s string) int {
	n, d := 0, 0
	for d < len(s) && d < 4 && '0' <= s[d] && s[d] <= '9' {
		n = n*10 + int(s[d]-'0')
		d++
	}
	if d == 0 || d > 3 {
		return 0
	}
	switch s[d:] {
	case "-year-old", "-years-old":
		return n
	}
	return 0
}

// nominalMentions finds definite descriptions of people: "the actress",
// "her husband", "the French choreographer", "the 46-year-old", "the
// singer's representative", "X, whose husband" (X's relative only).
func (lx *Lexicons) nominalMentions(di *docInfo, inName []bool, ms []*ment) []*ment {
	toks := di.doc.Tokens
	// endAt[tok1] is 1 + the number of the mention ending there, for
	// possessives: ms numbered first, then out; 0 when none.
	endAt := make([]int32, len(toks)+1)
	for k, m := range ms {
		if m.kind == hearsay.NameMention || m.kind == hearsay.NominalMention {
			endAt[m.tok1] = int32(k + 1)
		}
	}
	var out []*ment
	for i := 0; i < len(toks); i++ {
		if inName[i] {
			continue
		}
		start := -1
		orgPoss := false
		var possessor *ment
		switch {
		case (di.is(lx, cueDeterminer, i) || di.lower[i] == "a" || di.lower[i] == "an") && (toks[i].Text == di.lower[i] || isCap(toks[i].Text)):
			start = i
			if ti := di.token(lx, i); ti != nil && ti.isPronoun && (ti.pronoun.poss || di.lower[i] == "her") { // "her" is both object and possessive
				possessor = findMent(ms, i, i+1)
			}
		case mayBePoss(di.lower[i]) && isPossMarker(toks[i].Text) && i > 0:
			if k := int(endAt[i]) - 1; k >= 0 {
				var m *ment
				if k < len(ms) {
					m = ms[k]
				} else {
					m = out[k-len(ms)]
				}
				start, possessor = m.tok0, m
			} else if i >= 2 && di.orgCueAt(lx, i-1) && di.lower[i-2] == "the" {
				start, orgPoss = i-2, true // "the company's chair"
			}
		case di.lower[i] == "whose" && i >= 2 && toks[i-1].Text == ",":
			if k := int(endAt[i-1]) - 1; k >= 0 && k < len(ms) && ms[k].kind == hearsay.NameMention {
				start, possessor = i, ms[k] // "X, whose husband died in 2012": X's husband
			}
		}
		if start < 0 {
			continue
		}
		if m := lx.nominalAt(di, start, i+1); m != nil && (di.lower[start] != "whose" || m.info.isKin) {
			m.possessor = possessor
			m.orgPossessed = orgPoss
			m.indefinite = di.lower[start] == "a" || di.lower[start] == "an"
			out = append(out, m)
			endAt[m.tok1] = int32(len(ms) + len(out))
		}
	}
	return out
}

// mayBePoss reports whether a token whose lowercase is lw may be a
// possessive marker (isPossMarker): it starts as "'" or "’" does. It reads
// the array of lowercase forms, a sixth the size of the tokens.
func mayBePoss(lw string) bool { return lw != "" && (lw[0] == '\'' || lw[0] == "’"[0]) }

// findMent returns the mention spanning exactly [a, b), or nil.
func findMent(ms []*ment, a, b int) *ment {
	for _, m := range ms {
		if m.tok0 == a && m.tok1 == b {
			return m
		}
	}
	return nil
}

// nominalAt reads a description whose determiner ends before token h0 and
// whose span starts at token start.
func (lx *Lexicons) nominalAt(di *docInfo, start, h0 int) *ment {
	toks := di.doc.Tokens
	sent := toks[start].Sentence
	best, bestLen := -1, 0
	age := 0
	capsEnd := h0 - 1 // last capitalised modifier or age right after the determiner
	named := false    // a capitalised modifier was read
	titled := false   // a quoted title was read
	var info nounInfo
	limit := h0 + 5
	for j := h0; j < len(toks) && j < limit && toks[j].Sentence == sent; j++ {
		w := di.lower[j]
		if j == capsEnd+1 && start < h0 {
			if q := quotedTitleEnd(toks, j, sent); q > 0 {
				capsEnd, titled, j, limit = q, true, q, q+4 // "the "Dust Devil" hitmaker": a quoted title modifies the noun after it
				continue
			}
		}
		if a := ageOf(w); a > 0 {
			age = a
			if capsEnd == j-1 {
				capsEnd = j // "The 45-year-old Grammy winner"
			}
			continue
		}
		if in, ok := lx.parentCountNoun(w); ok {
			best, bestLen, info = j, 1, in // "the mother-of-three from Swansea": one word, a description of the person
			break
		}
		if di.is(lx, cueDescriptionStop, j) || di.is(lx, cueDeterminer, j) || w == "a" || w == "an" || !isAlphaWord(toks[j].Text) {
			break
		}
		if w == "former" && j == capsEnd+1 && start < h0 {
			capsEnd = j // "a former Labour MP": a name may modify the noun after "former" too
			continue
		}
		_, known := di.nounAt(lx, j) // lx.noun(w)
		if _, dem := di.demonym(lx, j); !dem && isCap(toks[j].Text) && !(known && j > start && isAcronymWord(toks[j].Text)) {
			if j < h0+3 && j == capsEnd+1 && start < h0 && !known && !lx.looksPersonal([]string{toks[j].Text}) {
				capsEnd, named = j, true // "The Ironclad actor", "her NHL boyfriend": a name modifies the noun after it
				continue
			}
			break // a name; but "the DJ", "the CEO" are descriptions
		}
		afterDet := j == h0 && start < h0 // "the groom": no verb after a determiner, whatever the tagger says
		if di.hasPOS && !strings.HasPrefix(toks[j].XPOS, "NN") && !strings.HasPrefix(toks[j].XPOS, "JJ") && toks[j].XPOS != "VBN" && toks[j].XPOS != "VBG" && !(afterDet && known) {
			break
		}
		for n := min(lx.nounMax, j-h0+1); n >= 1 && di.mayEndNoun(lx, j+1); n-- {
			if in, ok := di.nounWords(lx, j-n+1, j+1); ok {
				best, bestLen, info = j, n, in
				break
			}
		}
	}
	if best < 0 {
		if named || titled && age == 0 {
			return nil // "the Ironclad" alone: a name, not a description
		}
		return lx.ageNominal(di, start, h0, age)
	}
	if best+1 < len(toks) && toks[best+1].Sentence == sent && di.hasPOS && strings.HasPrefix(toks[best+1].XPOS, "NN") &&
		!(isCap(toks[best+1].Text) && info.isKin && info.class != "person" && info.class != "other") {
		return nil // a compound ("the couple's home"); a kinship noun before a name is its apposition ("his wife Ana Lopez")
	}
	if _, dem := di.demonym(lx, best); dem && bestLen == 1 && best+1 < len(toks) && toks[best+1].Sentence == sent && di.hasPOS && strings.HasPrefix(toks[best+1].XPOS, "JJ") {
		return nil // "the American communal space": the demonym is an adjective
	}
	end := best + 1
	if info.isKin && info.class == "parent" && best+2 < len(toks) && toks[best+2].Sentence == sent && di.lower[best+1] == "of" && (numberWords[di.lower[best+2]] > 1 || isNumber(toks[best+2].Text)) {
		end, info.class = best+3, "person" // "the mother of two": a description of the person, not a tie to another
	}
	m := di.newMent(ment{tok0: start, tok1: end, head: best, sent: sent, kind: hearsay.NominalMention, typ: hearsay.Person,
		gender: info.gender, number: 's', person: 3, noun: strings.Join(di.lower[best-bestLen+1:best+1], " "), info: info,
		quoted: di.quoted[start], ent: -1, rule: "nominal", age: age})
	for j := h0; j < best-bestLen+1; j++ {
		m.mods = append(m.mods, j)
	}
	if m.gender == 0 {
		m.gender = 'u'
	}
	return m
}

// parentCountNoun reads a parent noun joined by hyphens to a count of
// children ("mother-of-three", "dad-of-two") as a description of the
// person: the parent noun's gender, class "person".
func (lx *Lexicons) parentCountNoun(w string) (nounInfo, bool) {
	i := strings.Index(w, "-of-")
	if i <= 0 || numberWords[w[i+4:]] < 1 {
		return nounInfo{}, false
	}
	in, ok := lx.nounWords([]string{w[:i]})
	if !ok || !in.isKin || in.class != "parent" {
		return nounInfo{}, false
	}
	in.class = "person"
	return in, true
}

// quotedTitleEnd returns the closing quotation mark of a short quoted
// title that opens at token j ("Dust Devil", "Wake Up, America"): at most
// eight tokens, in sentence sent, starting with a capital; 0 when token j
// opens none.
func quotedTitleEnd(toks []hearsay.Token, j, sent int) int {
	if !isQuote(toks[j].Text) || j+1 >= len(toks) || !isCap(toks[j+1].Text) {
		return 0
	}
	for k := j + 2; k < len(toks) && k <= j+9 && toks[k].Sentence == sent; k++ {
		if isQuote(toks[k].Text) {
			return k
		}
	}
	return 0
}

// ageNominal reads "the 46-year-old" with no noun after it.
func (lx *Lexicons) ageNominal(di *docInfo, start, h0, age int) *ment {
	toks := di.doc.Tokens
	if age == 0 || h0 >= len(toks) || ageOf(di.lower[h0]) == 0 || di.lower[start] != "the" {
		return nil
	}
	e := h0 + 1
	if e < len(toks) && toks[e].Sentence == toks[start].Sentence {
		if di.hasPOS && strings.HasPrefix(toks[e].XPOS, "NN") || isCap(toks[e].Text) && isAlphaWord(toks[e].Text) {
			return nil
		}
	}
	return &ment{tok0: start, tok1: e, head: h0, sent: toks[start].Sentence, kind: hearsay.NominalMention, typ: hearsay.Person,
		gender: 'u', number: 's', person: 3, age: age, quoted: di.quoted[start], ent: -1, rule: "nominal-age"}
}
