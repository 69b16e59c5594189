package ner

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestWordCaseFastPaths checks the ASCII fast paths of the word-case tests
// against their definitions by unicode classes.
func TestWordCaseFastPaths(t *testing.T) {
	words := []string{"", "a", "A", "z", "Z", "0", "9", "-", "'s", "U.S.", "iPhone", "mcDonald", "élan", "Élan", "aÉ",
		"a-É", "ß", "Σ", "σ", "1990s", "--", "\xff", "a\xff", "Ab\xffc", "x1", "“Hi”", "İ", "ǅ", "名前"}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if got, want := startsUpper(w), unicode.IsUpper(r); got != want {
			t.Errorf("startsUpper(%q) = %v, want %v", w, got, want)
		}
		if got, want := startsUpperOrDigit(w), unicode.IsUpper(r) || unicode.IsDigit(r); got != want {
			t.Errorf("startsUpperOrDigit(%q) = %v, want %v", w, got, want)
		}
		letters, upper := false, false
		for _, r := range w {
			letters = letters || unicode.IsLetter(r)
			upper = upper || unicode.IsUpper(r)
		}
		if got := hasLetter(w); got != letters {
			t.Errorf("hasLetter(%q) = %v, want %v", w, got, letters)
		}
		if got, want := isLowerWord(w), letters && !upper; got != want {
			t.Errorf("isLowerWord(%q) = %v, want %v", w, got, want)
		}
	}
}
