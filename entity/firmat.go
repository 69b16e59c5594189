package entity

import "github.com/hearsay-news/hearsay"

// A firm named after a post held at it: "Tara Boyd, a partner at Keller
// Wynn since 2018, ..." names no person and no place after "at".

// postAtBefore reports whether a post held at an employer ends right
// before token a of sentence sent: "at" ("the" may follow it) after a
// trade or role noun of one or two words of data/occupations.tsv or
// data/roles.tsv ("a partner at", "a senior analyst at the"; a role that
// is also a kinship noun counts, as "at" shows the post), or after words
// of cue class employer-before that end in "at" ("works at", "a stint at").
func (lx *Lexicons) postAtBefore(di *docInfo, a, sent int) bool {
	toks := di.doc.Tokens
	j := a - 1
	if j >= 0 && di.lower[j] == "the" {
		j--
	}
	if j < 1 || di.lower[j] != "at" || toks[j].Sentence != sent || toks[j-1].Sentence != sent {
		return false
	}
	for n := 1; n <= 2 && j-n >= 0 && toks[j-n].Sentence == sent; n++ {
		if info, ok := di.nounWords(lx, j-n, j); ok && (info.isOcc || info.isRole && di.lower[j-1] == "partner" || info.isRole && !info.isKin) {
			return true
		}
		if di.isPhrase(lx, cueEmployerBefore, j-n, j+1) {
			return true
		}
	}
	return false
}

// firmAfterPost reports whether untitled name m, of one to three
// capitalised words that the tagger took for a person or a place, names
// the firm a post is held at (postAtBefore): any person's name there
// (after "at", a post is held at no person), and a place's name of two or
// three words only when none of them is a known place's, a place's or a
// venue's last word or a compass word and the last is no last word of
// data/orgwords.tsv, which end places' names too ("an analyst at Gideon
// Fry", not "a nurse at Leeds General", "a groundsman at Riverside Park").
func (lx *Lexicons) firmAfterPost(di *docInfo, m *ment) bool {
	n := len(m.words)
	if m.title != "" || m.poss || n == 0 || n > 3 || m.tok1-m.tok0 != n || m.typ != hearsay.Person && m.typ != hearsay.Place {
		return false
	}
	if m.typ == hearsay.Place && n < 2 {
		return false
	}
	toks := di.doc.Tokens
	if last := di.lower[m.tok1-1]; m.typ == hearsay.Place && (lowerIn(lx.orgWords, last) || lx.isLower(cueLandform, last)) {
		return false // "head groundsman at Riverside Park": a last word of places' names too
	}
	for k := m.tok0; k < m.tok1; k++ {
		w := toks[k].Text
		if !isCap(w) || !isAlphaWord(w) {
			return false
		}
		if m.typ == hearsay.Place && (lx.mayBePlace(di, k, w) || lx.isLower(cuePlaceTail, w) || lx.isLower(cuePlaceHead, w) || lx.isLower(cueCompass, w) || lx.isLower(cueVenueHead, w) || lx.region(w) != "") {
			return false
		}
	}
	return lx.postAtBefore(di, m.tok0, m.sent)
}
