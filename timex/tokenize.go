package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tokWord  tokKind = iota // a run of letters
	tokDigit                // a run of digits
	tokPunct                // any other single character
)

// A token is a word, a digit run or one punctuation character of the text.
// Offsets are bytes into the tagged text.
// Fields are ordered so that the struct has no holes (64 bytes: a cache
// line); offsets are int32 (texts are below 2 GB).
type token struct {
	start, end int32
	lower      string // lowercased form; typographic apostrophes become '
	kind       tokKind
	space      bool // whitespace (or the start of the text) precedes the token
	cap        bool // the first character is an upper-case letter
	newline    bool // a paragraph break (a blank line) precedes the token
	// The cardinal starting here, read once for all the rules that try it:
	// numState 0 not read yet, 1 a number ending before token numEnd, 2 none.
	numState int8
	word     int32 // the number of this form among the words rules and lexicons name (Tagger.words), 0 for none
	numEnd   int32
	lexMask  uint64 // bits of the lexicons with a phrase starting with this token
	numVal   string
}

// tokenize splits text[from:to] into tokens.
func tokenize(text string, from, to int, out []token) []token {
	return tokenizeLow(text, "", from, to, out)
}

// tokenizeLow is tokenize given low, text with its ASCII upper-case
// letters lowered (lowerASCII), whose slices are the lowered forms of ASCII
// words; "" to lower each word on its own. ASCII bytes are told apart by a
// table (byteKinds); other characters are decoded.
func tokenizeLow(text, low string, from, to int, out []token) []token {
	text = text[:to] // bounds: no byte of text is read past to
	space, newline, nl := true, false, 0
	i := from
	for i < to {
		var r rune
		size := 1
		switch c := text[i]; byteKinds[c] {
		case spaceByte:
			space = true
			if c == '\n' {
				if nl++; nl >= 2 {
					newline = true
				}
			}
			i++
			continue
		case letterByte:
			j := i + 1
			for j < len(text) && byteKinds[text[j]] == letterByte {
				j++
			}
			if j == len(text) || text[j] < utf8.RuneSelf { // an ASCII word
				lower := ""
				if low != "" {
					lower = low[i:j]
				} else {
					lower = lowerWord(text[i:j])
				}
				out = append(out, token{start: int32(i), end: int32(j), lower: lower, kind: tokWord,
					space: space, newline: newline, cap: 'A' <= c && c <= 'Z'})
				i, space = afterToken(text, j)
				newline, nl = false, 0
				continue
			}
			r = rune(c)
		case digitByte:
			j := i + 1
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			out = append(out, token{start: int32(i), end: int32(j), lower: text[i:j], kind: tokDigit, space: space, newline: newline})
			i, space = afterToken(text, j)
			newline, nl = false, 0
			continue
		case otherByte:
			low := text[i : i+1]
			if c == '`' {
				low = "'"
			}
			out = append(out, token{start: int32(i), end: int32(i + 1), lower: low, kind: tokPunct, space: space, newline: newline})
			i, space = afterToken(text, i+1)
			newline, nl = false, 0
			continue
		default:
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isSpace(r):
			space = true
			i += size
			continue
		case unicode.IsLetter(r):
			j, ascii := i+size, size == 1
			for j < to {
				if c := text[j]; c < utf8.RuneSelf {
					if byteKinds[c] != letterByte {
						break
					}
					j++
					continue
				}
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j, ascii = j+s2, false
			}
			lower := ""
			if ascii && low != "" {
				lower = low[i:j]
			} else {
				lower = lowerWord(text[i:j])
			}
			out = append(out, token{start: int32(i), end: int32(j), lower: lower, kind: tokWord,
				space: space, newline: newline, cap: unicode.IsUpper(r)})
			i = j
		default:
			low := text[i : i+size]
			switch r {
			case '\u2019', '\u2018':
				low = "'"
			case '\u2013', '\u2014':
				low = "-"
			}
			out = append(out, token{start: int32(i), end: int32(i + size), lower: low, kind: tokPunct, space: space, newline: newline})
			i += size
		}
		space, newline, nl = false, false, 0
	}
	return out
}

// afterToken returns where tokenizeLow goes on after a token ending at j,
// and whether white space precedes what is there: the single space that
// usually follows a token is passed over at once.
func afterToken(text string, j int) (int, bool) {
	if j < len(text) && text[j] == ' ' {
		return j + 1, true
	}
	return j, false
}

// Kinds of bytes for tokenizeLow.
const (
	otherByte  = iota // ASCII punctuation, symbols and controls
	spaceByte         // ASCII white space (isSpace)
	letterByte        // an ASCII letter
	digitByte         // an ASCII digit
	multiByte         // part of a multi-byte character (or invalid)
)

// byteKinds is the kind of each byte value.
var byteKinds = func() (k [256]uint8) {
	for c := range k {
		switch {
		case c >= utf8.RuneSelf:
			k[c] = multiByte
		case isSpace(rune(c)):
			k[c] = spaceByte
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			k[c] = letterByte
		case '0' <= c && c <= '9':
			k[c] = digitByte
		}
	}
	return k
}()

// splitWords tokenizes a phrase of a data file into lowercased token forms.
func splitWords(s string) []string {
	toks := tokenize(s, 0, len(s), nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.lower
	}
	return out
}

// lowerWord lowercases a word, without allocating when it is already
// lower-case ASCII.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
}

// isSpace is unicode.IsSpace, with ASCII first.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}
