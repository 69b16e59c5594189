package fact

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-news/hearsay"
)

// townsfolkFacts reads the residences told by a noun for the people of a
// town or region (data/townsfolk.tsv): "Berg, a proud Texan,", "Londoner Ada
// Pike", "Berg is a Glaswegian". The noun is the article's own words; a
// word of a person's name ("Roman Vale") is none. The marks are the document's cueMarks.
func (st *Stage) townsfolkFacts(doc *hearsay.Document, marks cueMarks) []hearsay.Fact {
	var out []hearsay.Fact
	for ti, m := range marks {
		if m&markTowns == 0 {
			continue
		}
		tok := &doc.Tokens[ti]
		place, last := st.townsfolkAt(doc, ti)
		if place == "" || inPersonName(doc, tok.Span) {
			continue
		}
		p := describedPerson(doc, ti)
		if p < 0 {
			p = copulaPerson(doc, ti)
		}
		if p < 0 {
			continue
		}
		e := countryEntity(doc, place)
		sp := hearsay.Span{Start: tok.Start, End: doc.Tokens[last].End}
		out = append(out, hearsay.Fact{Type: "residence", Args: []hearsay.Arg{entArg(doc, p), entArg(doc, e)},
			Modality: hearsay.Asserted, Polarity: hearsay.Pos, Sentence: tok.Sentence, Evidence: []int{tok.Sentence},
			Trigger: sp, Rule: "townsfolk"})
	}
	return out
}

// A cueMarks holds by token of a document the marks of the words that the
// stage's readers of whole documents look for, so that each reader passes
// over the other tokens without reading them.
type cueMarks []uint8

// The marks of cueMarks.
const (
	markTowns  = 1 << iota // a capitalised word that may open a townsfolk noun (see townsfolkFacts)
	markParent             // a word that may name a parent (see parentCountFacts)
	markOffice             // a word that may lead a phrase of taking up a post (see officeStarts)
)

// cueMarksOf returns the cueMarks of doc, reading its tokens once, in the
// storage of buf when it has room.
func (st *Stage) cueMarksOf(doc *hearsay.Document, buf cueMarks) cueMarks {
	marks := buf[:0]
	if cap(marks) < len(doc.Tokens) {
		marks = make(cueMarks, 0, len(doc.Tokens))
	}
	marks = marks[:len(doc.Tokens)]
	for ti := range doc.Tokens {
		w := doc.Tokens[ti].Text
		marks[ti] = 0
		if w == "" {
			continue
		}
		var m uint8
		// a capitalised word only: an ASCII one is told by its first byte
		if (w[0] < utf8.RuneSelf && w[0] >= 'A' && w[0] <= 'Z' || w[0] >= utf8.RuneSelf && opensUpper(w)) && st.r.townsLeads.may(w) {
			m |= markTowns
		}
		if parentInitials[w[0]] && mayNameParent(w) {
			m |= markParent
		}
		if mayLeadOffice(w) {
			m |= markOffice
		}
		marks[ti] = m
	}
	return marks
}

// opensUpper reports whether word w opens with an upper-case letter.
func opensUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// townsfolkAt returns the place of the townsfolk noun of one or two words
// that starts at token ti ("Texan", "New Yorker") and the index of its last
// token; "" when there is none.
func (st *Stage) townsfolkAt(doc *hearsay.Document, ti int) (string, int) {
	tok := &doc.Tokens[ti]
	if !st.r.townsLeads.may(tok.Text) {
		return "", ti // no noun opens with a word of that letter and length
	}
	var buf [64]byte
	key := appendLower(buf[:0], tok.Text)
	if ti+1 < len(doc.Tokens) && doc.Tokens[ti+1].Sentence == tok.Sentence {
		two := appendLower(append(key, ' '), doc.Tokens[ti+1].Text)
		if p, ok := st.r.townsfolk[string(two)]; ok {
			return p, ti + 1
		}
	}
	if p, ok := st.r.townsfolk[string(key)]; ok {
		return p, ti
	}
	return "", ti
}

// inPersonName reports whether sp lies in the name of a person ("Roman
// Vale"), not in a description of one ("a proud Texan").
func inPersonName(doc *hearsay.Document, sp hearsay.Span) bool {
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Kind == hearsay.NameMention && m.Contains(sp) && m.Entity >= 0 && doc.Entities[m.Entity].Type == hearsay.Person {
			return true
		}
	}
	return false
}

// copulaWords link a person to what they are ("Berg is a Texan").
var copulaWords = map[string]bool{"is": true, "was": true, "'s": true, "remains": true, "became": true}

// townsfolkMods may stand between the article and a townsfolk noun ("a
// proud Texan", "a lifelong New Yorker").
var townsfolkMods = wordSet("townsfolkmods")

// copulaPerson returns the person named right before "is a" or ", a" (and
// its modifiers) at the townsfolk noun at token ti ("Berg is a proud
// Texan", "Berg, a proud Texan,"), or -1.
func copulaPerson(doc *hearsay.Document, ti int) int {
	k := ti - 1
	for k >= 0 && townsfolkMods[strings.ToLower(doc.Tokens[k].Text)] {
		k--
	}
	if k < 0 || !determiners[strings.ToLower(doc.Tokens[k].Text)] {
		return -1
	}
	k--
	if k < 1 || doc.Tokens[k].Sentence != doc.Tokens[ti].Sentence {
		return -1
	}
	if w := strings.ToLower(doc.Tokens[k].Text); !copulaWords[w] && w != "," {
		return -1
	}
	return personMentionAt(doc, doc.Tokens[k-1].End, false)
}

// leadLens are the lengths in bytes of the words that may open a key of a
// table of lowercase keys, by the key's first byte, as bits: a key opens
// with the whole of a token or with the part of it before a space.
type leadLens [utf8.RuneSelf]uint64

// leadLensOf returns the leadLens of the keys of table: for every key, its
// own length and the length of each of its prefixes that ends before a
// space; a length of 63 bytes or more sets bit 63.
func leadLensOf(table map[string]string) leadLens {
	var ls leadLens
	for k := range table {
		if k == "" || k[0] >= utf8.RuneSelf {
			continue
		}
		for i := 1; i <= len(k); i++ {
			if i == len(k) || k[i] == ' ' {
				ls[k[0]] |= 1 << min(i, 63)
			}
		}
	}
	return ls
}

// may reports whether word w, lowercased, may open a key of ls's table:
// false only for a word of ASCII letters whose first letter and length
// no opening has. A word with a byte beyond ASCII, whose lowercase may
// differ in length, or of 63 bytes or more, may always.
func (ls *leadLens) may(w string) bool {
	if w == "" || len(w) >= 63 {
		return true
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	c := w[0]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return ls[c]&(1<<len(w)) != 0
}
