package entity

import (
	"strings"
	"testing"
)

// TestIsAnd checks isAnd against strings.ToLower, on every case of "and"
// and on words near it.
func TestIsAnd(t *testing.T) {
	words := []string{"", "a", "an", "andy", "ant", "end", "And", "aNd", "anD", "ANd", "AnD", "aND", "AND", "and",
		"\u00e4nd", "!nd", "aNy", "a\xffd", "AN\x44", "An\x04"}
	for _, w := range words {
		if got, want := isAnd(w), strings.ToLower(w) == "and"; got != want {
			t.Errorf("isAnd(%q) = %v, want %v", w, got, want)
		}
	}
}
