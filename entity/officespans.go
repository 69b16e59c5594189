package entity

import hearsay "github.com/hearsay-news/hearsay"

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

// trimOfficeChains cuts the end of an office's title off the front of a
// name the tagger read as one with it: "Chancellor of the Exchequer
// Duncan Kilbane" tagged "Exchequer Duncan Kilbane", "Secretary of State
// for Health Maria Denholm" tagged "State for Health Maria Denholm",
// "Governor of the Central Bank Ade Ojo" tagged "Central Bank Ade Ojo". A
// span right after a post of data/roles.tsv and one to three connectives
// ("of", "the", "for", "to") that holds the start of a person's name after
// its first word (holderStart) becomes the person's name from there on;
// the words before it stay a name of their own when they name a body
// (officeBody: "Central Bank"). The spans are returned in order.
func (lx *Lexicons) trimOfficeChains(di *docInfo, spans [][3]int) [][3]int {
	var out [][3]int // made at the first body kept: most documents have none
	for i, s := range spans {
		if s[1]-s[0] < 3 || !lx.officeChainBefore(di, s[0]) {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		k := lx.holderStart(di, s[0], s[1])
		if k < 0 {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		spans[i] = [3]int{k, s[1], nerPER}
		if typ := lx.officeBody(di, s[0], k, s[2]); typ != 0 {
			if out == nil {
				out = append(make([][3]int, 0, len(spans)+1), spans[:i]...)
			}
			out = append(out, [3]int{s[0], k, typ})
		}
		if out != nil {
			out = append(out, spans[i])
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// holderStart returns where, in the capitalised words [a, b) that follow
// an office's title and name its body, the name of the holder starts: at
// a known given name after the first word with a word after it ("Central
// Bank Ade Ojo"), else after a country of one or two words followed by two
// capitalised words or more ("Nigeria Ifeoma Nnaji" of "Chief Justice of
// Nigeria Ifeoma Nnaji"); -1 when it does not, or when the words end with
// an organisation's last word (data/orgwords.tsv: "Director of the Tarrow
// Marine Institute", where "Marine" is a given name too, names no one).
func (lx *Lexicons) holderStart(di *docInfo, a, b int) int {
	toks := di.doc.Tokens
	if di.orgWordAt(lx, b-1) {
		return -1
	}
	for k := a + 1; k < b-1; k++ {
		if isOfficeConnective(toks[k].Text) || toks[k].Text == "and" {
			continue // "State for Health Ada Obi"
		}
		if !isCap(toks[k].Text) || !isAlphaWord(toks[k].Text) {
			return -1
		}
		if lx.names[di.lower[k]] != 0 {
			return k
		}
	}
	var buf [64]byte
	for n := 1; n <= 2 && a+n+2 <= b; n++ {
		if lx.isCountry(string(joinTokens(buf[:0], toks[a:a+n]))) {
			return a + n
		}
	}
	return lx.bodyWordHolder(di, a, b)
}

// bodyWordHolder returns where the holder's name starts in the capitalised
// words [a, b) after an office's title when no known given name tells
// ("Inspector-General of Police Ibikunle Adesanmi", "Commissioner of
// Police Nkechi Agwu-Obi"): after the first word after "of", the body, no
// known place, when two or three capitalised words follow it and end in no
// organisation's or place's last word;
// after the second when the post and the first two words make a post of
// data/roles.tsv ("Director of Public Prosecutions ..."). It returns -1
// when the first word is a given name or the words are of another shape.
func (lx *Lexicons) bodyWordHolder(di *docInfo, a, b int) int {
	toks := di.doc.Tokens
	if b-a < 3 || b-a > 5 || di.lower[a-1] != "of" || lx.names[di.lower[a]] != 0 || di.orgWordAt(lx, b-1) {
		return -1
	}
	if lx.outlets.KnownPlace(toks[a].Text) || lx.region(toks[a].Text) != "" || lx.isLower(cuePlaceTail, toks[b-1].Text) {
		return -1 // "the MP for Bristol Avon Vale": a place, a seat
	}
	for k := a; k < b; k++ {
		if !isCap(toks[k].Text) || isOfficeConnective(toks[k].Text) {
			return -1
		}
	}
	k := a + 1
	if j := lx.officePostStart(di, a); j >= 0 {
		if info, ok := lx.nounWords(di.lower[j : a+2]); ok && info.isRole {
			k = a + 2
		}
	}
	if n := b - k; n < 2 || n > 3 {
		return -1
	}
	return k
}

// officePostStart returns the token of the post before the office
// connectives that end right before token a ("Inspector-General" of
// "Inspector-General of"), -1 when there is none.
func (lx *Lexicons) officePostStart(di *docInfo, a int) int {
	toks := di.doc.Tokens
	j := a - 1
	for n := 0; n < 3 && j >= 0 && toks[j].Sentence == toks[a].Sentence && isOfficeConnective(toks[j].Text); n++ {
		j--
	}
	if j == a-1 || j < 0 || toks[j].Sentence != toks[a].Sentence {
		return -1
	}
	return j
}

// officeBody returns the name type of the body an office is held in,
// named by the capitalised words [a, k) between the office's title and its
// holder, in a span the tagger typed code: a place when they are a country
// ("Nigeria"), an organisation when an organisation's last word ends them
// ("Central Bank") or they are an acronym ("BBC"), the tagger's type (an
// organisation for a person's) for other names of several words; 0 for a
// single word of no such kind ("Police", "State"), which names no body of
// its own.
func (lx *Lexicons) officeBody(di *docInfo, a, k, code int) int {
	toks := di.doc.Tokens
	if k <= a || !bodyWords(toks[a:k]) && !(k-a == 1 && isAcronymWord(toks[a].Text)) {
		return 0
	}
	var buf [64]byte
	if lx.isCountry(string(joinTokens(buf[:0], toks[a:k]))) {
		return nerLOC
	}
	switch {
	case k-a == 1 && isAcronymWord(toks[a].Text):
		return nerORG
	case k-a >= 2 && (di.orgWordAt(lx, k-1) || lx.outlets != nil && lx.outlets.OrgHead(toks[k-1].Text)):
		return nerORG
	case k-a >= 2 && code != nerPER:
		return code
	case k-a >= 2:
		return nerORG
	}
	return 0
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

// bodyWords reports whether toks are capitalised words, with office
// connectives between them ("Central Bank of Ghana").
func bodyWords(toks []hearsay.Token) bool {
	for i := range toks {
		if 0 < i && i < len(toks)-1 && isOfficeConnective(toks[i].Text) {
			continue
		}
		if !allCapWords(toks[i : i+1]) {
			return false
		}
	}
	return true
}

// joinTokens appends the texts of toks to b, separated by spaces.
func joinTokens(b []byte, toks []hearsay.Token) []byte {
	for i := range toks {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, toks[i].Text...)
	}
	return b
}
