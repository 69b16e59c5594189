package fact

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestBySentence checks that bySentence orders facts as a stable sort by
// sentence does, for lists in order, reversed and shuffled.
func TestBySentence(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 40 {
		facts := make([]hearsay.Fact, n)
		for i := range facts {
			facts[i] = hearsay.Fact{ID: strconv.Itoa(i), Sentence: rng.IntN(6)}
		}
		for _, order := range []string{"shuffled", "sorted", "reversed"} {
			in := slices.Clone(facts)
			switch order {
			case "sorted":
				slices.SortStableFunc(in, func(a, b hearsay.Fact) int { return cmp.Compare(a.Sentence, b.Sentence) })
			case "reversed":
				slices.Reverse(in)
			}
			want := slices.Clone(in)
			slices.SortStableFunc(want, func(a, b hearsay.Fact) int { return cmp.Compare(a.Sentence, b.Sentence) })
			got := bySentence(slices.Clone(in))
			for i := range want {
				if got[i].ID != want[i].ID {
					t.Fatalf("%d facts %s: place %d holds fact %s, want %s", n, order, i, got[i].ID, want[i].ID)
				}
			}
		}
	}
}
