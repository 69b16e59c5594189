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
