package entity

import (
	"strings"
	"testing"
)

// TestIsCountry checks isCountry against a comparison of the word with
// every country of data/demonyms.tsv under strings.EqualFold, for the
// countries as written, lowercased and in capitals, and for other words.
func TestIsCountry(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", "Atlantis", "french", "Hart", "KINGDOM", "Frаnce", "ſweden", "\u212Aenya"}
	for _, country := range lx.demonyms {
		words = append(words, country, strings.ToLower(country), strings.ToUpper(country), country+"s")
	}
	for _, w := range words {
		want := false
		for _, country := range lx.demonyms {
			want = want || strings.EqualFold(country, w)
		}
		if got := lx.isCountry(w); got != want {
			t.Errorf("isCountry(%q) = %v, want %v", w, got, want)
		}
	}
}
