package entity

import (
	"strings"
)

// Titles stacked before a name, as the press of Nigeria, Ghana, South
// Asia, Malaysia and the Gulf writes them: "Alhaji Chief Musa Dankwambo",
// "Chief (Mrs) Ada Obi", "Dr (Mrs) Bisi Ola", "Rt. Hon. Yaw Boateng",
// "Rev. Fr. Paul Mensah", "Datuk Seri Ahmad Zaki", "Dato' Sri Rosnah",
// "Tan Sri Osman", "Lt.-Gen. Ali Bako", "Brig.-Gen. Ike Obi", "Gen. (rtd)
// Sam Useni". The titles are no part of the name (testdata/CONVENTIONS.md)
// but make the name after them a person's.

// titleRunEnd returns the end of the run of titles that starts at token
// i in sentence sent: honorifics of data/honorifics.tsv, their periods
// and apostrophes ("Dato'"), hyphenated pairs ("Lt.-Gen."), a word of cue
// class title-lead before an honorific ("Tan Sri") and a note in
// parentheses of an honorific or a word of cue class title-note ("(Mrs)",
// "(rtd)"). It returns i when no title starts there.
func (lx *Lexicons) titleRunEnd(di *docInfo, i, sent int) int {
	toks := di.doc.Tokens
	e := i
	for e < len(toks) && toks[e].Sentence == sent {
		switch {
		case lx.honorific(di, e) != "" || lx.hyphenTitle(toks[e].Text):
			e++
		case e > i && (toks[e].Text == "." || toks[e].Text == "'" || toks[e].Text == "’"):
			e++
		case e > i && toks[e].Text == "-" && e+1 < len(toks) && lx.honorific(di, e+1) != "":
			e++
		case isCap(toks[e].Text) && di.is(lx, cueTitleLead, e) && e+1 < len(toks) && (lx.honorific(di, e+1) != "" || di.is(lx, cueTitleTail, e+1)):
			e++ // "Tan Sri", "Toh Puan"
		case e > i && isCap(toks[e].Text) && di.is(lx, cueTitleTail, e):
			e++ // "Datuk Seri", "Dato' Sri"
		case isCap(toks[e].Text) && di.is(lx, cueDottedTitle, e):
			e++ // "Arc.", "Barr."
		case e > i && toks[e].Text == "(":
			n := lx.titleNote(di, e, sent)
			if n == e {
				return e
			}
			e = n
		default:
			return e
		}
	}
	return e
}

// titleNote returns the end of a note in parentheses at token p that
// follows a title ("(Mrs)", "(rtd)", "(retd.)"), p when there is none.
func (lx *Lexicons) titleNote(di *docInfo, p, sent int) int {
	toks := di.doc.Tokens
	q := p + 1
	if q >= len(toks) || toks[q].Sentence != sent || lx.honorific(di, q) == "" && !di.is(lx, cueTitleNote, q) {
		return p
	}
	q++
	if q < len(toks) && toks[q].Text == "." {
		q++
	}
	if q >= len(toks) || toks[q].Text != ")" {
		return p
	}
	return q + 1
}

// hyphenTitle reports whether w is two honorifics joined by a hyphen
// ("Lt.-Gen", "Brig-Gen", "Lt.-Col.").
func (lx *Lexicons) hyphenTitle(w string) bool {
	k := strings.IndexByte(w, '-')
	if k <= 0 || k == len(w)-1 || !isCap(w) {
		return false
	}
	_, ok1 := lookupLower(lx.honorifics, strings.TrimSuffix(w[:k], "."))
	_, ok2 := lookupLower(lx.honorifics, strings.TrimSuffix(w[k+1:], "."))
	return ok1 && ok2
}

// runTitle returns the title a run of titles [a, e) gives its name: the
// first that says the person's sex ("Chief (Mrs)": "mrs"), else the first.
func (lx *Lexicons) runTitle(di *docInfo, a, e int) string {
	first := ""
	for k := a; k < e; k++ {
		t := lx.honorific(di, k)
		if t == "" && di.is(lx, cueDottedTitle, k) {
			t = strings.TrimSuffix(di.lower[k], ".") // "Arc.", "Barr."
		}
		if t == "" {
			continue
		}
		if g := lx.honorifics[t]; g == 'm' || g == 'f' {
			return t
		}
		if first == "" {
			first = t
		}
	}
	if first == "" {
		first = "title"
	}
	return first
}

// tradeTitle returns the title of the run of titles [a, e) that states a
// trade (data/titletrades.tsv: "Justice" of "Mrs Justice", "Professor" of
// "Professor Emeritus"), else last, the title right before the name.
func (lx *Lexicons) tradeTitle(di *docInfo, a, e int, last string) string {
	for k := a; k < e; k++ {
		if t := lx.honorific(di, k); t != "" && lx.titleTrades[t] != "" {
			return t
		}
	}
	return last
}

// titleStart reports whether a run of titles may start at token i.
func (lx *Lexicons) titleStart(di *docInfo, i int) bool {
	if !di.capital[i] {
		return false // a run of titles starts with a capital ("Chief", "Engr.")
	}
	return lx.honorific(di, i) != "" || lx.hyphenTitle(di.doc.Tokens[i].Text) || di.is(lx, cueTitleLead, i) || di.is(lx, cueDottedTitle, i)
}

// titleRunBefore returns the start of a run of titles that ends right
// before token a in sentence sent ("Rt. Hon." before "Yaw Boateng"), a
// when there is none.
func (lx *Lexicons) titleRunBefore(di *docInfo, a, sent int) int {
	toks := di.doc.Tokens
	best := a
	for s := a - 1; s >= 0 && s >= a-8 && toks[s].Sentence == sent; s-- {
		if !lx.titleStart(di, s) {
			continue
		}
		if lx.titleRunEnd(di, s, sent) == a {
			best = s
		}
	}
	return best
}

// sureTitles reports whether the run of titles [a, e) says that the name
// after it is a person's whatever the name tagger called it: it holds two
// titles or more ("Tan Sri", "Rt. Hon."), a title of cue class
// person-title, which opens no organisation's or place's name ("Alhaji",
// "Engr."), or a title cut short with a period ("Hon.", "Sen.").
func (lx *Lexicons) sureTitles(di *docInfo, a, e int) bool {
	toks := di.doc.Tokens
	n := 0
	for k := a; k < e; k++ {
		if lx.honorific(di, k) == "" && !lx.hyphenTitle(toks[k].Text) && !di.is(lx, cueDottedTitle, k) && !di.is(lx, cueTitleTail, k) && !di.is(lx, cueTitleLead, k) {
			continue
		}
		n++
		if lx.is(cuePersonTitle, strings.TrimSuffix(di.lower[k], ".")) || strings.HasSuffix(toks[k].Text, ".") || k+1 < e && toks[k+1].Text == "." ||
			lx.hyphenTitle(toks[k].Text) {
			return true
		}
	}
	return n >= 2
}

// titledSpans mends the name tagger's spans around runs of titles: a
// span made only of titles ("Engr", "Smt", "Dato", "( Mrs") is dropped,
// and the name right after the run becomes a person's, starting after
// the titles, when the run is sure (sureTitles) or the name is already a
// person's, and unless the name ends in a word of an organisation
// ("Prince Edward Hospital"). A name the tagger missed after a sure run
// of titles is added as a person's over its capitalised words.
func (lx *Lexicons) titledSpans(di *docInfo, spans [][3]int) [][3]int {
	toks := di.doc.Tokens
	var out [][3]int // made at the first run of titles: most documents have none to mend
	j := 0           // the next span to copy
	for i := 0; i < len(toks); i++ {
		if !lx.titleStart(di, i) {
			continue
		}
		sent := toks[i].Sentence
		e := lx.titleRunEnd(di, i, sent)
		if e <= i || e >= len(toks) || toks[e].Sentence != sent || !isCap(toks[e].Text) || !isWordy(toks[e].Text) {
			continue
		}
		sure := lx.sureTitles(di, i, e)
		stacked := lx.titleCount(di, i, e) >= 2
		if out == nil {
			out = make([][3]int, 0, len(spans)+4)
		}
		for j < len(spans) && spans[j][1] <= i {
			out = append(out, spans[j]) // the spans before the run
			j++
		}
		found := false
		for j < len(spans) && spans[j][0] < e {
			s := spans[j]
			j++
			if s[1] <= e && s[0] >= i {
				continue // a span of titles alone
			}
			found = true
			if s[0] < i {
				out = append(out, s) // a name that starts before the titles: left as it is
				continue
			}
			// the span starts with the run: the name is after the titles
			if s[2] == nerPER && (stacked || s[0] > i) || s[2] != nerPER && sure && !di.orgWordAt(lx, s[1]-1) {
				s[0], s[2] = e, nerPER
			}
			if s[0] == e && s[2] == nerPER {
				s[1] = lx.pastParticles(di, s[1], spans[j:], sent)
			}
			out = append(out, s)
		}
		if !found && j < len(spans) && spans[j][0] == e {
			s := spans[j]
			j++
			if sure && !di.orgWordAt(lx, s[1]-1) {
				s[2] = nerPER
			}
			if s[2] == nerPER {
				s[1] = lx.pastParticles(di, s[1], spans[j:], sent)
			}
			out = append(out, s)
			found = true
		}
		if !found && sure {
			b := lx.capRunEnd(di, e, sent)
			if j < len(spans) && spans[j][0] < b && spans[j][1] >= b && !di.orgWordAt(lx, spans[j][1]-1) {
				out = append(out, [3]int{e, spans[j][1], nerPER}) // "Col. (retd) Hameed" + "Ali-Bako"
				j++
			} else if j >= len(spans) || spans[j][0] >= b {
				out = append(out, [3]int{e, b, nerPER})
			}
		}
		i = e - 1
	}
	if out == nil {
		return spans
	}
	return append(out, spans[j:]...)
}

// pastParticles returns the end of a titled person's name that ends at
// token b, extended over up to three lowercase particles of cue class
// name-particle and the capitalised word after them when no later span
// (rest) starts there ("Mr Pieter" + "van der Berg"), or b when none
// follows.
func (lx *Lexicons) pastParticles(di *docInfo, b int, rest [][3]int, sent int) int {
	toks := di.doc.Tokens
	k := b
	for k < len(toks) && k < b+3 && toks[k].Sentence == sent && !isCap(toks[k].Text) && di.is(lx, cueNameParticle, k) {
		k++
	}
	if k == b || k >= len(toks) || toks[k].Sentence != sent || !isCap(toks[k].Text) || !isWordy(toks[k].Text) || di.is(lx, cueCapstop, k) {
		return b
	}
	if len(rest) > 0 && rest[0][0] <= k {
		return b
	}
	return k + 1
}

// titleCount is the number of titles in the run [a, e).
func (lx *Lexicons) titleCount(di *docInfo, a, e int) int {
	n := 0
	for k := a; k < e; k++ {
		if lx.honorific(di, k) != "" || lx.hyphenTitle(di.doc.Tokens[k].Text) || di.is(lx, cueDottedTitle, k) || di.is(lx, cueTitleTail, k) {
			n++
		}
	}
	return n
}

// capRunEnd returns the end of the capitalised words of a name from
// token e in sentence sent, with the lowercase particles between them
// ("Ahmad bin Hassan", "Luis de la Vega").
func (lx *Lexicons) capRunEnd(di *docInfo, e, sent int) int {
	toks := di.doc.Tokens
	b := e
	for b < len(toks) && toks[b].Sentence == sent {
		switch {
		case isCap(toks[b].Text) && isWordy(toks[b].Text) && !di.is(lx, cueCapstop, b) && lx.honorific(di, b) == "":
			b++
		case b > e && b+1 < len(toks) && toks[b+1].Sentence == sent && isCap(toks[b+1].Text) && di.is(lx, cueNameParticle, b):
			b++
		default:
			return b
		}
	}
	return b
}

// pastTitles returns the start of the name in mention m over tokens
// [a, b) that opens with a title: past the whole run of titles
// ("Alhaji Chief Musa Dankwambo"), or past the first title alone when the
// run is one title. A run of titles alone is no name: it returns b. It
// sets m.title to the run's title.
func (lx *Lexicons) pastTitles(di *docInfo, a, b int, m *ment) int {
	e := lx.titleRunEnd(di, a, m.sent)
	if e >= b {
		return b // titles alone ("Chief Judge", "Major General"): no name
	}
	if e <= a+1 {
		return a + 1
	}
	m.title = lx.runTitle(di, a, e)
	return e
}

// postName reports whether tokens [a, b), lowercased, are a post or an
// occupation of data/roles.tsv or data/occupations.tsv whose first word is
// also a title ("Chief Financial Officer", "General Manager"): no name.
func (lx *Lexicons) postName(di *docInfo, a, b int) bool {
	if lx.honorific(di, a) == "" {
		return false
	}
	n, ok := di.nounWords(lx, a, b)
	return ok && (n.isRole || n.isOcc)
}

// titledInstitution reports whether an organisation's or a place's name
// over tokens [a, b) that opens with one title is no titled person's
// name: the title, of cue class firm-title, is written without a period
// and no known given name follows it ("Shree Cement", "Tun Razak
// Exchange"; not "Tun Ali Rahman", "Viscount Ashdown").
func (lx *Lexicons) titledInstitution(di *docInfo, a, b int) bool {
	if b-a < 2 || lx.honorific(di, a) == "" {
		return false
	}
	toks := di.doc.Tokens
	e := lx.titleRunEnd(di, a, toks[a].Sentence)
	if e >= b || e != a+1 || strings.HasSuffix(toks[a].Text, ".") || !di.is(lx, cueFirmTitle, a) {
		return false
	}
	return !lx.personalWords(toks[e].Text, b-e)
}

// postMiddle reports whether tokens [a, b) of sentence sent, capitalised
// words that begin no person's name, stand between a title and a
// capitalised trade or role noun, and so are the middle of a post the
// tagger cut out of it: "Chief Risk Officer", "Chief Scientific Officer",
// "Deputy Chief People Officer", "Chief Growth Officer", whether the post
// is listed in data/roles.tsv or not.
func (lx *Lexicons) postMiddle(di *docInfo, a, b, sent int) bool {
	toks := di.doc.Tokens
	if a == 0 || b >= len(toks) || toks[a-1].Sentence != sent || toks[b].Sentence != sent || !isCap(toks[b].Text) ||
		lx.honorific(di, a-1) == "" || lx.honorific(di, a) != "" || lx.personalWords(toks[a].Text, b-a) {
		return false
	}
	if n, ok := di.nounAt(lx, b); !ok || !n.isOcc && !n.isRole {
		return false
	}
	for k := a; k < b; k++ {
		if !isCap(toks[k].Text) {
			return false
		}
	}
	return true
}

// postStartsAt reports whether a post of data/roles.tsv of two to four
// capitalised words starts at token k of sentence sent ("Executive Vice
// President", "Managing Director").
func (lx *Lexicons) postStartsAt(di *docInfo, k, sent int) bool {
	return lx.roleRunAt(di, k, sent, 2, true)
}
