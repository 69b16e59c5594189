package fact

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestPatternIndexCandidates checks that the patterns the index offers a
// sentence, less those viable rules out, are exactly those all of whose
// required elements it holds a form of, for sets of words drawn from the
// patterns' needs.
func TestPatternIndexCandidates(t *testing.T) {
	r, err := loadResources()
	if err != nil {
		t.Fatal(err)
	}
	idx := r.byNeed
	n := len(r.needs)
	rng := rand.New(rand.NewPCG(1, 2))
	buf := make([]uint64, idx.candidateBuf())
	var list []int
	for trial := 0; trial < 300; trial++ {
		// words of a few patterns, plus some drawn at random
		var present []int
		for k := 0; k < 1+trial%4; k++ {
			p := r.patterns[rng.IntN(len(r.patterns))]
			for _, ids := range p.keyIDs {
				if rng.IntN(5) > 0 {
					present = append(present, ids[rng.IntN(len(ids))])
				}
			}
		}
		for k := 0; k < trial%20; k++ {
			present = append(present, rng.IntN(n))
		}
		slices.Sort(present)
		present = slices.Compact(present)
		bitsOf := make([]uint64, (n+63)/64)
		for _, id := range present {
			bitsOf[id/64] |= 1 << (id % 64)
		}
		list = idx.candidates(present, buf, list)
		var got, want []int
		for _, i := range list {
			if idx.viable(i, bitsOf) {
				got = append(got, i)
			}
		}
		for i, p := range r.patterns {
			if allPresent(p.keyIDs, bitsOf) {
				want = append(want, i)
			}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("words %v: index offers %v, want %v", present, got, want)
		}
		if !slices.IsSorted(list) {
			t.Fatalf("words %v: candidates %v not in order", present, list)
		}
	}
}
