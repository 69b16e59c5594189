package pos

import (
	"math"
	"os"
	"slices"
	"testing"
)

// TestWordCacheTagsAsFullScoring checks that words scored from the word
// cache, met for the first time or again, and words whose rows of scores
// are added up first (predictSum) get the classes scoring in order gives
// them, on the EWT development split (skipped when absent).
func TestWordCacheTagsAsFullScoring(t *testing.T) {
	if _, err := os.Stat(ewtDev); err != nil {
		t.Skip("EWT dev split not found:", err)
	}
	gold := readGold(t, ewtDev)
	cached, err := Embedded(DefaultModel)
	if err != nil {
		t.Fatal(err)
	}
	full, err := Embedded(DefaultModel)
	if err != nil {
		t.Fatal(err)
	}
	full.cache = nil                  // every word outside knownWords' rows scored in full
	full.slack = float32(math.Inf(1)) // every class found adding in order
	for pass := range 2 {
		for _, s := range gold {
			a := cached.Tag(s.Words)
			b := full.Tag(s.Words)
			if !slices.Equal(a, b) {
				t.Fatalf("pass %d, %v: with the word cache %v, scored in full %v", pass+1, s.Words, a, b)
			}
		}
	}
	if cached.cache.n.Load() == 0 {
		t.Error("no word was cached")
	}
}

// TestMaxLeaves checks that maxLeaves bounds the number of features a
// word's first-pass score adds up, which orderSlack relies on.
func TestMaxLeaves(t *testing.T) {
	toks := []tok{startTok, startTok, {}, endTok, endTok}
	n := len(wordFeatures(nil, &toks[2])) + len(jointFeatures(nil, toks, 2, 1, 2)) +
		len(prevRoleFeatures(nil, &toks[1])) + len(prev2RoleFeatures(nil, &toks[0])) +
		len(nextRoleFeatures(nil, &toks[3])) + len(next2RoleFeatures(nil, &toks[4]))
	if n > maxLeaves {
		t.Errorf("a word's score adds up %d features, more than maxLeaves (%d)", n, maxLeaves)
	}
}

// TestOrderSlack checks the slack's size for a few largest weights: zero
// for no weights, growing with them, and small next to them.
func TestOrderSlack(t *testing.T) {
	if s := orderSlack(0); s != 0 {
		t.Errorf("orderSlack(0) = %g, want 0", s)
	}
	for _, w := range []float32{1, 42, 1000} {
		s := orderSlack(w)
		if s <= 0 || s > w/100 {
			t.Errorf("orderSlack(%g) = %g, want above 0 and below %g", w, s, w/100)
		}
	}
}
