package ner

import (
	"math"
	"math/rand/v2"
	"testing"
)

// addVecs makes every score the same sum, bit for bit, as adding the
// vectors one after another in Go, for any number of vectors.
func TestAddVecsMatchesGo(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	random := func() *vec {
		v := new(vec)
		for y := range v {
			switch r.IntN(6) {
			case 0:
				v[y] = math.Float32frombits(r.Uint32() & 0x807fffff) // subnormal
			case 1:
				v[y] = float32(r.NormFloat64()) * 1e20
			default:
				v[y] = float32(r.NormFloat64())
			}
		}
		return v
	}
	for n := 0; n <= 24; n++ {
		for range 20 {
			vs := make([]*vec, n)
			for k := range vs {
				vs[k] = random()
			}
			start := random()
			got, want := *start, *start
			addVecs(&got, vs)
			addVecsGo(&want, vs)
			for y := range want {
				if math.Float32bits(got[y]) != math.Float32bits(want[y]) {
					t.Fatalf("%d vectors: score %d is %v, want %v", n, y, got[y], want[y])
				}
			}
		}
	}
}

// viterbiRow finds the same scores, bit for bit, and the same previous
// labels as viterbiRowGo, ties (the first label wins) and -Inf included.
func TestViterbiRowMatchesGo(t *testing.T) { checkViterbiRow(t) }

// checkViterbiRow checks viterbiRow against viterbiRowGo on random rows.
func checkViterbiRow(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	value := func() float32 {
		switch r.IntN(5) {
		case 0:
			return negInf
		case 1:
			return float32(r.IntN(3)) // small integers: many equal sums
		default:
			return float32(r.NormFloat64())
		}
	}
	for range 2000 {
		var prev, em vec
		var tr [nLabels][nLabels]float32
		for y := range prev {
			prev[y], em[y] = value(), float32(r.NormFloat64())
			for p := range tr {
				tr[p][y] = value()
			}
		}
		var got, want vec
		var gotBack, wantBack [nLabels]uint8
		viterbiRow(&prev, &em, &got, &tr, &gotBack)
		viterbiRowGo(&prev, &em, &want, &tr, &wantBack)
		for y := range want {
			if math.Float32bits(got[y]) != math.Float32bits(want[y]) || gotBack[y] != wantBack[y] {
				t.Fatalf("prev %v, tr %v: label %d scores %v from %d, want %v from %d", prev, tr, y, got[y], gotBack[y], want[y], wantBack[y])
			}
		}
	}
}
