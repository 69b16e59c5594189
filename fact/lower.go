package fact

import (
	"strings"

	"github.com/hearsay-news/hearsay/text"
)

// inLower reports whether set holds strings.ToLower(w); an ASCII word of
// up to 64 bytes is lowered on the stack, with nothing allocated.
func inLower(set map[string]bool, w string) bool {
	var buf [64]byte
	if lw, ok := text.AppendLowerASCII(buf[:0], w); ok {
		return set[string(lw)]
	}
	return set[strings.ToLower(w)]
}

// asciiFields yields the fields of ASCII text s as strings.Fields splits
// them, with nothing allocated.
func asciiFields(s string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		for i := 0; i < len(s); {
			for i < len(s) && asciiSpace(s[i]) {
				i++
			}
			start := i
			for i < len(s) && !asciiSpace(s[i]) {
				i++
			}
			if start == i || !yield(s[start:i]) {
				return
			}
		}
	}
}

// hasLowerSuffix reports whether strings.ToLower(s) ends with suffix, an
// ASCII lower-case text holding neither 'i' nor 'k' (which the dotted
// capital I and the Kelvin sign lower to): only ASCII runes lower into
// the others, so the last bytes of s tell, and nothing is allocated.
func hasLowerSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && asciiFoldEq(s[len(s)-len(suffix):], suffix)
}
