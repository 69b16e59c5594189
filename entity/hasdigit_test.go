package entity

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestHasDigit checks hasDigit against a search for each digit, on texts
// with digits and other bytes (letters, punctuation, bytes outside ASCII)
// at every position and length.
func TestHasDigit(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("09aZ/:,. \x00\x7f\x80\xb0\xb9\xc3\xa9")
	for n := 0; n < 40; n++ {
		for k := 0; k < 200; k++ {
			b := make([]byte, n)
			for i := range b {
				b[i] = alphabet[rng.IntN(len(alphabet))]
			}
			text := string(b)
			if got, want := hasDigit(text), strings.ContainsAny(text, "0123456789"); got != want {
				t.Fatalf("hasDigit(%q) = %v, want %v", text, got, want)
			}
		}
	}
}

// TestContainsAround checks containsAround against strings.Contains for
// every index of the literal, on texts where it starts, ends, overlaps
// itself and is cut short.
func TestContainsAround(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	lits := []string{"a", "ab", "aba", "aab", " old", "aged", "b a", "abab"}
	for k := 0; k < 4000; k++ {
		b := make([]byte, rng.IntN(14))
		for i := range b {
			b[i] = "ab ol"[rng.IntN(5)]
		}
		text := string(b)
		for _, lit := range lits {
			for r := range len(lit) {
				if got, want := containsAround(text, lit, r), strings.Contains(text, lit); got != want {
					t.Fatalf("containsAround(%q, %q, %d) = %v, want %v", text, lit, r, got, want)
				}
			}
		}
	}
	if got := rarestByte(" old"); got != 3 {
		t.Errorf("rarestByte(\" old\") = %d, want 3 (d)", got)
	}
	if got := rarestByte("arriv"); got != 4 {
		t.Errorf("rarestByte(\"arriv\") = %d, want 4 (v)", got)
	}
}
