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

// TestMaxFloatsEmpty checks the highest of no scores.
func TestMaxFloatsEmpty(t *testing.T) {
	s := []float32{3}
	if v := maxFloats(&s[0], 0); !math.IsInf(float64(v), -1) {
		t.Errorf("maxFloats of nothing = %g, want -Inf", v)
	}
	if i := indexFloat(&s[0], 0, 3); i != 0 {
		t.Errorf("indexFloat in nothing = %d, want 0", i)
	}
}
