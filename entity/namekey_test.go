package entity

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestNameKeyIs checks that nameKeyIs agrees with comparing nameKey, for
// ASCII and other names.
func TestNameKeyIs(t *testing.T) {
	names := [][]string{
		{"Ann", "Moss"}, {"ANN", "MOSS"}, {"Ann"}, {"Ann", "Mos"}, {"Zoë", "Kravitz"}, {"ZOË", "Kravitz"},
		{"Éric", "Zemmour"}, {"Ann", "Moss", "Jr."}, {"Ann Moss"}, {}, {"İpek"}, {"a\xffb"},
	}
	keys := []string{"ann moss", "ann", "ann mos", "zoë kravitz", "éric zemmour", "ann moss jr.", "", "i̇pek", "ann  moss", "a\uFFFDb"}
	for _, ws := range names {
		m := &ment{words: ws}
		for _, k := range keys {
			if got, want := nameKeyIs(m, k), nameKey(m) == k; got != want {
				t.Errorf("nameKeyIs(%q, %q) = %v, want %v", ws, k, got, want)
			}
		}
	}
}

// TestLowerTokens checks lowerTokens against strings.ToLower of each token.
func TestLowerTokens(t *testing.T) {
	texts := []string{"The", "couple", "İpek", "U.S.", "", "ÉLAN", "McDonald's", "2024", "a\xffB", "“", "NEW", "york", strings.Repeat("AbC", 50)}
	toks := make([]hearsay.Token, len(texts))
	for i, w := range texts {
		toks[i].Text = w
	}
	lower := make([]string, len(toks))
	lowerTokens(toks, lower)
	for i, w := range texts {
		if want := strings.ToLower(w); lower[i] != want {
			t.Errorf("lowerTokens(%q) = %q, want %q", w, lower[i], want)
		}
	}
}

// TestLowerJoin checks lowerJoin against strings.ToLower of the joined
// words, for ASCII and other names.
func TestLowerJoin(t *testing.T) {
	names := [][]string{
		{"Ann", "Moss"}, {"ANN", "MOSS"}, {"Ann"}, {"ann"}, {"ann", "moss"}, {"Zoë", "Kravitz"}, {"ZOË", "Kravitz"},
		{"Éric", "Zemmour"}, {"Ann", "Moss", "Jr."}, {"Ann Moss"}, {}, {""}, {"", "A"}, {"İpek"}, {"a\xffB"}, {"St.", "Aidan's"},
	}
	for _, ws := range names {
		if got, want := lowerJoin(ws), strings.ToLower(strings.Join(ws, " ")); got != want {
			t.Errorf("lowerJoin(%q) = %q, want %q", ws, got, want)
		}
	}
}

// TestIsCap checks isCap against unicode.IsUpper of the first rune.
func TestIsCap(t *testing.T) {
	for _, w := range []string{"The", "the", "", "İpek", "élan", "ÉLAN", "1990", "\"Quote", "Z", "z", "@", "[", "\xff", "Ωmega"} {
		r, _ := utf8.DecodeRuneInString(w)
		if got, want := isCap(w), unicode.IsUpper(r); got != want {
			t.Errorf("isCap(%q) = %v, want %v", w, got, want)
		}
	}
}
