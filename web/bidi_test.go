package web

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

// TestHasBidi checks the byte scan against decoding every character, on
// every control, its neighbours and broken UTF-8.
func TestHasBidi(t *testing.T) {
	cases := []string{"", "plain", "\xe2", "\xe2\x80", "é–—‘’…", "\xf0\xe2\x80\xae", "a\xe2\x80\xa9b", "a\xe2\x81\xa5b", "a\xe2\x81\xaab"}
	for r := rune(0x2000); r <= 0x2070; r++ {
		cases = append(cases, "x"+string(r)+"y", string(r))
	}
	for _, c := range cases {
		want := bytes.ContainsFunc([]byte(c), bidiControl)
		if got := hasBidi([]byte(c)); got != want {
			t.Errorf("hasBidi(%q) = %v, want %v (valid UTF-8: %v)", c, got, want, utf8.ValidString(c))
		}
	}
}
