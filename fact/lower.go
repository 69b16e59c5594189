package fact

import (
	"strings"

	htext "github.com/hearsay-news/hearsay/text"
)

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

// lowerForSearch returns text lowered so that ASCII text (words and
// whole-word boundaries of ASCII letters and digits) is found in it as in
// strings.ToLower(text): only the dotted capital I and the Kelvin sign
// lower into ASCII letters from beyond ASCII, so a text without them needs
// only its ASCII letters lowered, which is much cheaper.
func lowerForSearch(text string) string {
	if strings.Contains(text, "\u0130") || strings.Contains(text, "\u212a") {
		return strings.ToLower(text)
	}
	return htext.LowerASCII(text)
}
