package text

import (
	"strings"
	"testing"
)

// lowerASCIIBytewise is LowerASCII lowering one byte at a time, the
// reference the eight-byte version must agree with.
func lowerASCIIBytewise(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TestLowerASCIIEightBytes checks LowerASCII against the bytewise version
// on texts that put upper-case letters, bytes next to 'A' and 'Z' and
// multi-byte characters at every place of the eight-byte words.
func TestLowerASCIIEightBytes(t *testing.T) {
	texts := []string{"", "a", "A", "abc", "ABCDEFGH", "abcdefgh", "abcdefghI", "@[`{AZaz", "Zürich ÄÖÜ São Paulo",
		"The Senate voted on Tuesday. NASA said 12 MAY 2024!", "\x80\xffAB\xc3\x84z", strings.Repeat("x", 17) + "Q"}
	for n := 0; n < 20; n++ {
		texts = append(texts, strings.Repeat(" ", n)+"Z"+strings.Repeat("é", n)+"A@[", strings.Repeat("a", n)+"M")
	}
	// Every mix of a few bytes, from a fixed seed.
	alphabet := "@AZ[`az{ \xc3\xa9\x80\xff"
	seed := uint32(1)
	for n := 0; n < 500; n++ {
		var b strings.Builder
		for k := 0; k < n%41; k++ {
			seed = seed*1664525 + 1013904223
			b.WriteByte(alphabet[seed>>24%uint32(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := LowerASCII(s), lowerASCIIBytewise(s); got != want {
			t.Errorf("LowerASCII(%q) = %q, want %q", s, got, want)
		}
	}
}
