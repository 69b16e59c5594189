package timex

import (
	"github.com/hearsay-news/hearsay"
	"strings"
	"unicode"
)

// tense is the grammatical time of a clause, as far as cue words show it.
type tense int8

const (
	tenseUnknown tense = iota
	tensePast
	tenseFuture
	tensePresent
)

func parseTense(s string) tense {
	switch strings.ToUpper(s) {
	case "PAST":
		return tensePast
	case "FUTURE":
		return tenseFuture
	case "PRESENT":
		return tensePresent
	}
	return tenseUnknown
}

// sentenceTenses gives the tense cue of each token of a sentence
// (tenseUnknown for most). Part-of-speech tags are used when available;
// otherwise the "tense" lexicon and the "-ed" ending.
func (t *Tagger) sentenceTenses(text string, base int, toks []token, opt Options) []tense {
	out := make([]tense, len(toks))
	for i, tk := range toks {
		if tk.kind != tokWord {
			continue
		}
		if tk.lexMask&t.tenseBit != 0 {
			if cue, ok := t.tense[tk.lower]; ok {
				out[i] = cue
				continue
			}
		}
		if opt.XPOS != nil {
			switch opt.XPOS(base + tk.start) {
			case "VBD":
				out[i] = tensePast
			case "VBN":
				if i > 0 && (toks[i-1].lower == "has" || toks[i-1].lower == "have") {
					out[i] = tensePresent
				} else {
					out[i] = tensePast
				}
			case "VBZ", "VBP":
				out[i] = tensePresent
			}
			continue
		}
		if len(tk.lower) > 4 && strings.HasSuffix(tk.lower, "ed") && !tk.cap && isLower(tk.lower) {
			out[i] = tensePast
		}
	}
	return out
}

func isLower(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// tenseNear returns the tense of the cue nearest to the tokens [from, to),
// looking at most window tokens away, preferring cues before the span on a tie.
// Present-tense cues are skipped unless nothing else is found.
func tenseNear(tenses []tense, from, to int) tense {
	const window = 8
	present := false
	for d := 1; d <= window; d++ {
		if i := from - d; i >= 0 {
			switch tenses[i] {
			case tensePast, tenseFuture:
				return tenses[i]
			case tensePresent:
				present = true
			}
		}
		if i := to - 1 + d; i < len(tenses) {
			switch tenses[i] {
			case tensePast, tenseFuture:
				return tenses[i]
			case tensePresent:
				present = true
			}
		}
	}
	if present {
		return tensePresent
	}
	return tenseUnknown
}

// splitSentences splits a text fragment into sentences: at '.', '!' or '?'
// followed by space and an upper-case letter, a quote or a digit, and at
// blank lines. Offsets are shifted by base.
func splitSentences(text string, base int) []hearsay.Span {
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
				if k < len(text) && (unicode.IsUpper(rune(text[k])) || text[k] == '"' || text[k] >= 0x80) && !abbrevBefore(text, i) {
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

// abbrevBefore reports whether the '.' at i ends a short abbreviation such
// as "Mr." or "Sept." or an initial, where a sentence does not end.
func abbrevBefore(text string, i int) bool {
	if text[i] != '.' {
		return false
	}
	j := i
	for j > 0 && unicode.IsLetter(rune(text[j-1])) {
		j--
	}
	w := text[j:i]
	if len(w) == 1 {
		return true
	}
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
		"oct", "nov", "dec", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt", "corp", "inc", "co", "jr", "sr", "vs", "no", "u.s":
		return true
	}
	return false
}
