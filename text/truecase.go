package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
)

// A CaseGuess writes a word that a document gives only in capitals as the
// taggers should read it ("ANNOUNCED" → "announced", "BLEDSOE" →
// "Bledsoe"); k is the word's token index.
type CaseGuess func(word string, k int) string

// CasedWords reads the sentences a document writes in capitals (TV scripts,
// headlines, headings of minutes and factboxes) with their case restored,
// as the taggers, trained on text in mixed case, read best. It returns one
// word per token: the token's text, except for the words in capitals of
// such sentences, which take the form the rest of the document writes them
// in inside a sentence ("Vance-Oduya", "Bowling Green", "NHS"), else the
// form guess gives. It returns nil when no sentence is in capitals (most
// documents), so that callers read the tokens as they are.
func CasedWords(doc *hearsay.Document, guess CaseGuess) []string {
	caps := capsSentences(doc)
	if caps == nil {
		return nil
	}
	forms := map[string]*caseForms{}
	for si, s := range doc.Sentences {
		if !caps[si] {
			continue
		}
		for k := s.FirstToken; k < s.EndToken; k++ {
			if w := doc.Tokens[k].Text; inCapitals(w) {
				forms[strings.ToLower(w)] = nil
			}
		}
	}
	countForms(doc, caps, forms)
	out := make([]string, len(doc.Tokens))
	for k := range doc.Tokens {
		out[k] = doc.Tokens[k].Text
	}
	for si, s := range doc.Sentences {
		if !caps[si] {
			continue
		}
		for k := s.FirstToken; k < s.EndToken; k++ {
			w := out[k]
			if !inCapitals(w) {
				continue
			}
			if f := forms[strings.ToLower(w)]; f != nil {
				out[k] = f.best()
			} else if guess != nil {
				out[k] = guess(w, k)
			}
		}
	}
	return out
}

// caseForms counts the forms a word is written in inside sentences in
// mixed case, the first seen first.
type caseForms struct {
	form []string
	n    []int
}

// add counts one use of form w.
func (f *caseForms) add(w string) {
	for i, x := range f.form {
		if x == w {
			f.n[i]++
			return
		}
	}
	f.form, f.n = append(f.form, w), append(f.n, 1)
}

// best returns the most frequent form, the first seen on a tie.
func (f *caseForms) best() string {
	b := 0
	for i := range f.n {
		if f.n[i] > f.n[b] {
			b = i
		}
	}
	return f.form[b]
}

// countForms counts, for each word of forms, how the sentences in mixed case
// write it away from a sentence's or a quotation's start, where a capital
// says nothing about the word.
func countForms(doc *hearsay.Document, caps []bool, forms map[string]*caseForms) {
	var buf []byte
	for si, s := range doc.Sentences {
		if caps[si] {
			continue
		}
		for k := s.FirstToken + 1; k < s.EndToken; k++ {
			w := doc.Tokens[k].Text
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsLetter(r) || opensText(doc.Tokens[k-1].Text) {
				continue
			}
			buf = appendLower(buf[:0], w)
			f, ok := forms[string(buf)]
			if !ok {
				continue
			}
			if f == nil {
				f = &caseForms{}
				forms[string(buf)] = f
			}
			f.add(w)
		}
	}
}

// appendLower appends w in lower case to b.
func appendLower(b []byte, w string) []byte {
	for _, r := range w {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// opensText reports whether a token opens a quotation, a parenthesis or a
// field, after which a word starts with a capital whatever it is.
func opensText(w string) bool {
	switch w {
	case "\"", "“", "‘", "'", "(", "[", ":", "—", "–", "-", "--", "•", "*":
		return true
	}
	return false
}

// capsSentences marks the sentences written in capitals: at least two words
// of two letters or more without a lowercase letter, and three such words
// for each word with one (a headline with a note in mixed case after it
// still counts). It returns nil when there is none.
func capsSentences(doc *hearsay.Document) []bool {
	var caps []bool
	for si, s := range doc.Sentences {
		upper, mixed := 0, 0
		end := min(s.EndToken, len(doc.Tokens))
		for k := s.FirstToken; k < end; k++ {
			w := doc.Tokens[k].Text
			if w != "" && w[0] >= 'a' && w[0] <= 'z' {
				mixed++ // most words: a lowercase first letter settles it
				if upper+end-k-1 < 3*mixed {
					break // not in capitals, whatever the words left are
				}
				continue
			}
			switch wordCase(w) {
			case hasLowerCase:
				mixed++
			case allCapitals:
				if len(w) >= 2 && utf8.RuneCountInString(w) >= 2 {
					upper++
				}
			}
		}
		if upper >= 2 && upper >= 3*mixed {
			if caps == nil {
				caps = make([]bool, len(doc.Sentences))
			}
			caps[si] = true
		}
	}
	return caps
}

// The cases of a word (wordCase).
const (
	noLetter     = iota // no letter ("1999", ",")
	hasLowerCase        // a lowercase letter ("Smith", "iPhone")
	allCapitals         // letters, none in lower case ("NHS", "U.S.")
)

// wordCase tells whether w has a lowercase letter, else whether it has a
// letter, reading ASCII bytes by a table and decoding only other
// characters.
func wordCase(w string) int {
	letter := false
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			k := asciiClass[c]
			if k&cLower != 0 {
				return hasLowerCase
			}
			letter = letter || k&cLetter != 0
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if unicode.IsLower(r) {
			return hasLowerCase
		}
		letter = letter || unicode.IsLetter(r)
		i += size
	}
	if letter {
		return allCapitals
	}
	return noLetter
}

// inCapitals reports whether w has a letter and no lowercase one.
func inCapitals(w string) bool { return wordCase(w) == allCapitals }

// TitleWord writes a word in capitals as a name: its first letter and the
// first after a hyphen or an apostrophe followed by a letter stay
// capitals, the rest is lowered ("VANCE-ODUYA" → "Vance-Oduya",
// "O'BRIEN" → "O'Brien"). The possessive "'S" is lowered.
func TitleWord(w string) string {
	b := make([]byte, 0, len(w))
	up := true
	rs := []rune(w)
	for i, r := range rs {
		switch {
		case !unicode.IsLetter(r):
			b = utf8.AppendRune(b, r)
			up = r == '-' || (r == '\'' || r == '’') && i > 0 && i+2 < len(rs)
		case up:
			b = utf8.AppendRune(b, unicode.ToUpper(r))
			up = false
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return string(b)
}

// HasVowel reports whether w has an ASCII vowel (y included): a word in
// capitals without one is an abbreviation ("NHS"), kept as written.
func HasVowel(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] | 0x20 {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			return true
		}
	}
	return false
}

// LowerWord writes w in lower case.
func LowerWord(w string) string { return string(appendLower(nil, w)) }
