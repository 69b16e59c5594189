package entity

import (
	"strings"
	"testing"
)

// TestFoldKeyAgreesWithEqualFold checks that two words share a foldKey
// exactly when strings.EqualFold holds between them.
func TestFoldKeyAgreesWithEqualFold(t *testing.T) {
	words := []string{"", "k", "K", "\u212a", "Kelby", "KELBY", "kelby", "\u212aelby", "ß", "ẞ", "SS", "ſ", "s", "S",
		"Çelik", "çelik", "ÇELIK", "Σ", "σ", "ς", "İ", "i", "I", "ı", "\xff", "\xfe", "\ufffd", "Ærø", "ærø"}
	for _, a := range words {
		for _, b := range words {
			if got, want := foldKey(a) == foldKey(b), strings.EqualFold(a, b); got != want {
				t.Errorf("foldKey(%q) == foldKey(%q) is %v, EqualFold %v", a, b, got, want)
			}
		}
	}
}
