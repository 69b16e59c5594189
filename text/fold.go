package text

import "unicode/utf8"

// AppendLowerASCII appends w lowercased to b, for lookups of a word's
// lowercase form that build no string: it reports false, appending
// nothing, when w is not all ASCII or does not fit in b's spare capacity
// (whose bytes it may then have written over). What it appends equals
// strings.ToLower(w).
func AppendLowerASCII(b []byte, w string) ([]byte, bool) {
	n := len(b)
	if len(w) > cap(b)-n {
		return b, false
	}
	// Every byte is lowered into the spare capacity by a table, without a
	// branch; whether all were ASCII is told once at the end, from their
	// union.
	d := b[n : n+len(w)]
	w = w[:len(d)]
	var all byte
	for i := range d {
		c := w[i]
		all |= c
		d[i] = lowerByte[c]
	}
	if all >= utf8.RuneSelf {
		return b, false
	}
	return b[:n+len(w)], true
}

// lowerByte is each byte value with the ASCII letters A to Z lowered.
var lowerByte = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// LowerASCIIByte returns c with the ASCII letters A to Z lowered, by a
// table, without a branch: for loops that lower and hash a word in one pass.
func LowerASCIIByte(c byte) byte { return lowerByte[c] }

// IsASCII reports whether s holds ASCII bytes only.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
