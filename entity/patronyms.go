package entity

import "strings"

// Malay, Indian-Malaysian, Singaporean and Arabic names hold the father's
// name after a word of cue class patronym: "Ahmad bin Hassan", "Siti
// binti Osman", "Kumar a/l Muthu", "Devi a/p Rama", "Rajan s/o Pillai",
// "Khalid bin Rashid Al-Nuaimi". The name tagger, which learnt its names
// from Reuters and web English, cuts them at the lowercase word. They are
// one person's name.

// patronymAt returns the number of tokens of a patronym word at token k
// ("bin", "binti", or "a", "/", "l"), 0 when there is none.
func (lx *Lexicons) patronymAt(di *docInfo, k int) int {
	toks := di.doc.Tokens
	if di.is(lx, cuePatronym, k) && (!isCap(toks[k].Text) || len(toks[k].Text) > 2) {
		return 1 // "bin", "Bin", "binti"; not a capital "S/O"
	}
	if k+2 < len(toks) && toks[k+1].Text == "/" && len(toks[k].Text) == 1 && len(toks[k+2].Text) == 1 &&
		toks[k+2].Sentence == toks[k].Sentence && lx.isLower(cuePatronym, toks[k].Text+"/"+toks[k+2].Text) {
		return 3 // "a/l", "s/o", split by the tokenizer
	}
	return 0
}

// personParticles returns the number of lowercase name particles (cue
// class name-particle) at token k between two words the name tagger
// tagged as a person's ("Juan Carlos" "dela" "Cruz", "Ana" "de la"
// "Vega"), or after a person's word and before a capitalised word it left
// untagged ("the director Luc van der Berg"), 0 when there are none.
func (lx *Lexicons) personParticles(di *docInfo, k int) int {
	toks := di.doc.Tokens
	if !strings.HasSuffix(toks[k-1].NER, "PER") {
		return 0 // most tokens: no person's name before
	}
	e := k
	for e < len(toks) && e < k+3 && !di.capital[e] && di.is(lx, cueNameParticle, e) {
		e++
	}
	if e == k || e >= len(toks) {
		return 0
	}
	if !strings.HasSuffix(toks[e].NER, "PER") && (toks[e].NER != "O" || toks[k].Text == "&" || toks[e].Sentence != toks[k].Sentence || !di.capital[e]) {
		return 0 // "Luc van der Berg", the surname left untagged, is one name; "Marks & Spencer" is none
	}
	return e - k
}

// particlesBefore widens, in place, a person's span that starts with a
// lowercase name particle (cue class name-particle) to the particles right
// before it, capitalised or not: "Van der Berg, a Dutch filmmaker," opening
// a sentence, tagged "der Berg".
func (lx *Lexicons) particlesBefore(di *docInfo, spans [][3]int) {
	toks := di.doc.Tokens
	for i, s := range spans {
		a := s[0]
		if s[2] != nerPER || s[1]-a < 2 || di.capital[a] || !di.is(lx, cueNameParticle, a) || toks[a].Text == "&" {
			continue
		}
		for n := 0; n < 2 && a > 0 && toks[a-1].Sentence == toks[a].Sentence && toks[a-1].NER == "O" && di.is(lx, cueNameParticle, a-1) && toks[a-1].Text != "&"; n++ {
			a--
		}
		if i > 0 && spans[i-1][1] > a {
			continue
		}
		spans[i][0] = a
	}
}

// joinPatronyms makes one person's name of the capitalised words around a
// patronym, or around name particles between two parts of a person's name
// (personParticles), over the spans the tagger found there, which it drops.
func (lx *Lexicons) joinPatronyms(di *docInfo, spans [][3]int) [][3]int {
	toks := di.doc.Tokens
	var out [][3]int // made at the first patronym: most documents have none
	j := 0           // the next span to copy
	for k := 1; k+1 < len(toks); k++ {
		p := lx.patronymAt(di, k)
		if p == 0 {
			p = lx.personParticles(di, k)
		}
		if p == 0 {
			continue
		}
		sent := toks[k].Sentence
		e := k + p
		if e >= len(toks) || toks[e].Sentence != sent || toks[k-1].Sentence != sent || !isCap(toks[k-1].Text) || !isWordy(toks[k-1].Text) ||
			!isCap(toks[e].Text) || !isWordy(toks[e].Text) {
			continue
		}
		a := k - 1
		for a > 0 && a > k-4 && toks[a-1].Sentence == sent && isCap(toks[a-1].Text) && isWordy(toks[a-1].Text) && !di.initial[a-1] &&
			!di.is(lx, cueCapstop, a-1) && lx.honorific(di, a-1) == "" {
			a-- // the given names
		}
		b := lx.capRunEnd(di, e, sent)
		out, j, b = personOver(spans, out, j, a, b) // a name the tagger started earlier ("Siti Nurhaliza") widens it
		k = b - 1
	}
	if out == nil {
		return spans
	}
	return append(out, spans[j:]...)
}

// Korean, Chinese and Vietnamese names put the family name first, and
// Korean and some Chinese given names are written with a hyphen and a
// lowercase second syllable: "Park Ji-hoon", "Kim Soo-yeon", "Lee
// Hsien-loong". The tagger often cuts them after the family name.

// hyphenGiven reports whether w is a given name of two syllables joined by
// a hyphen, the second lowercase ("Ji-hoon", "Soo-yeon").
func hyphenGiven(w string) bool {
	k := strings.IndexByte(w, '-')
	if k <= 0 || k+1 >= len(w) || !isCap(w) || !isAlphaWord(w[:k]) || !isAlphaWord(w[k+1:]) {
		return false
	}
	return w[k+1] >= 'a' && w[k+1] <= 'z' && len(w) <= 12
}

// joinFamilyFirst makes one person's name of a family name of cue class
// family-first and a hyphenated given name after it, over the spans the
// tagger found there.
func (lx *Lexicons) joinFamilyFirst(di *docInfo, spans [][3]int) [][3]int {
	toks := di.doc.Tokens
	var out [][3]int
	j := 0
	for k := 0; k+1 < len(toks); k++ {
		if !di.is(lx, cueFamilyFirst, k) || !isCap(toks[k].Text) || toks[k+1].Sentence != toks[k].Sentence || !hyphenGiven(toks[k+1].Text) {
			continue
		}
		a, b := k, k+2
		out, j, b = personOver(spans, out, j, a, b)
		k = b - 1
	}
	if out == nil {
		return spans
	}
	return append(out, spans[j:]...)
}

// personOver appends to out (made on first use) the spans from j that end
// by token a, then one person span from a to b widened over the spans it
// overlaps, which it drops. It returns out, the next span to copy and the
// person span's end.
func personOver(spans, out [][3]int, j, a, b int) ([][3]int, int, int) {
	if out == nil {
		out = make([][3]int, 0, len(spans))
	}
	for j < len(spans) && spans[j][1] <= a {
		out = append(out, spans[j])
		j++
	}
	for j < len(spans) && spans[j][0] < b {
		a, b = min(a, spans[j][0]), max(b, spans[j][1])
		j++
	}
	return append(out, [3]int{a, b, nerPER}), j, b
}
