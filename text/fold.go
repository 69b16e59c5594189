package text

import "unicode/utf8"

// AppendLowerASCII appends w lowercased to b, for lookups of a word's
// lowercase form that build no string: it reports false, appending
// nothing, when w is not all ASCII or does not fit in b's spare capacity.
// What it appends equals strings.ToLower(w).
func AppendLowerASCII(b []byte, w string) ([]byte, bool) {
	if len(w) > cap(b)-len(b) {
		return b, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return b, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b, true
}

// IsASCII reports whether s holds ASCII bytes only.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
