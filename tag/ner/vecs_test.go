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
