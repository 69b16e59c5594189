package perceptron

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestBestLeadSweeps checks that the packed sweeps of BestLead, where the
// processor has them, give the class and lead of the scan in Go, on random
// scores with many ties, zeros of both signs and infinities, of every
// length up to 130.
func TestBestLeadSweeps(t *testing.T) {
	if !useMaxAVX2 {
		t.Skip("no AVX2 sweeps on this processor")
	}
	r := rand.New(rand.NewPCG(5, 8))
	values := []float32{float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.Copysign(0, -1)), 0, 1.5, -1.5}
	for n := 1; n <= 130; n++ {
		for range 60 {
			scores := make([]float32, n)
			for i := range scores {
				if r.IntN(8) == 0 {
					scores[i] = values[r.IntN(len(values))]
				} else {
					scores[i] = float32(r.IntN(30)-15) / 4
				}
			}
			b1, l1 := bestLeadAVX2(scores)
			b2, l2 := bestLeadGo(scores)
			if b1 != b2 || !(l1 == l2 || l1 != l1 && l2 != l2) {
				t.Fatalf("scores %v: sweeps give %d, %g; scan %d, %g", scores, b1, l1, b2, l2)
			}
			if b := Best(scores); b != b1 {
				t.Fatalf("scores %v: sweeps pick %d, Best %d", scores, b1, b)
			}
		}
	}
}

// TestTopTwoShort checks the top two of no score and of one.
func TestTopTwoShort(t *testing.T) {
	s := []float32{3}
	inf := float32(math.Inf(-1))
	if top, second, at := topTwoAt(&s[0], 0); top != inf || second != inf || at != 0 {
		t.Errorf("topTwoAt of nothing = %g, %g, %d; want -Inf, -Inf, 0", top, second, at)
	}
	if top, second, at := topTwoAt(&s[0], 1); top != 3 || second != inf || at != 0 {
		t.Errorf("topTwoAt of 3 = %g, %g, %d; want 3, -Inf, 0", top, second, at)
	}
}

// TestTopTwoAt checks that topTwoAt finds the first of two equal top
// scores at every pair of places, with a second as high, and the one top
// score of distinct scores, for every length up to 130.
func TestTopTwoAt(t *testing.T) {
	for n := 1; n <= 130; n++ {
		scores := make([]float32, n)
		for i := range scores {
			scores[i] = float32(i) - 1000
		}
		if top, second, at := topTwoAt(&scores[0], n); at != n-1 || top != scores[n-1] || n > 1 && second != scores[n-2] {
			t.Fatalf("%d rising scores: topTwoAt = %g, %g, %d", n, top, second, at)
		}
		for at := range n {
			for again := at + 1; again < n; again++ {
				scores[at], scores[again] = 5, 5
				if top, second, i := topTwoAt(&scores[0], n); i != at || top != 5 || second != 5 {
					t.Fatalf("%d scores, 5 at %d and %d: topTwoAt = %g, %g, %d", n, at, again, top, second, i)
				}
				scores[at], scores[again] = float32(at)-1000, float32(again)-1000
			}
		}
	}
}
