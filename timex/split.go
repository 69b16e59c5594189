package timex

import (
	"strings"
	"unicode"

	"github.com/hearsay-news/hearsay"
)

// splitSentences splits a text fragment into sentences: at '.', '!' or '?'
// followed by space and an upper-case letter, a quote or a digit, and at
// blank lines. Offsets are shifted by base.
func (t *Tagger) splitSentences(text string, base int) []hearsay.Span {
	var out []hearsay.Span
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		cut := -1
		switch c {
		case '\n':
			if i+1 < len(text) && text[i+1] == '\n' {
				cut = i
			}
		case '.', '!', '?':
			j := i + 1
			for j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
				j++
			}
			if j < len(text) && (text[j] == ' ' || text[j] == '\n') {
				k := j
				for k < len(text) && (text[k] == ' ' || text[k] == '\n') {
					k++
				}
				if k < len(text) && (unicode.IsUpper(rune(text[k])) || text[k] == '"' || text[k] >= 0x80) && !t.abbrevBefore(text, i) {
					cut = j
				}
			}
		}
		if cut > start {
			out = append(out, hearsay.Span{Start: base + start, End: base + cut})
			start = cut
		}
	}
	if start < len(text) {
		out = append(out, hearsay.Span{Start: base + start, End: base + len(text)})
	}
	return out
}

// abbrevBefore reports whether the '.' at i ends an initial or an
// abbreviation of the "abbrev" lexicon ("Mr.", "Sept."), where a sentence
// does not end.
func (t *Tagger) abbrevBefore(text string, i int) bool {
	if text[i] != '.' {
		return false
	}
	j := i
	for j > 0 && unicode.IsLetter(rune(text[j-1])) {
		j--
	}
	w := text[j:i]
	return len(w) == 1 || t.abbrev[strings.ToLower(w)]
}
