package ner

import (
	"math"
	"math/rand/v2"
	"testing"
)

// addVecs makes every score the same sum, bit for bit, as adding the
// vectors one after another in Go, for any number of vectors.
func TestAddVecsMatchesGo(t *testing.T) { checkAddVecs(t, addVecs) }

// checkAddVecs checks add, addVecs or one of its forms, against addVecsGo
// on random vectors.
func checkAddVecs(t *testing.T, add func(*vec, []*vec)) {
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
			add(&got, vs)
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

// viterbiRows, over sentences of rows, finds the same scores, bit for bit,
// and the same previous labels as viterbiRowGo row after row, for the
// transitions of a freeTable, ties and -Inf included.
func TestViterbiRowsMatchesGo(t *testing.T) { checkViterbiRows(t) }

// checkViterbiRows checks viterbiRows against viterbiRowGo on random
// sentences.
func checkViterbiRows(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	value := func() float32 {
		if r.IntN(3) == 0 {
			return float32(r.IntN(3)) // small integers: many equal sums
		}
		return float32(r.NormFloat64())
	}
	for range 500 {
		var tr transitions
		for p := range tr {
			for y := range tr[p] {
				tr[p][y] = value()
			}
		}
		var ft freeTable
		ft.fill(&tr)
		n := r.IntN(12)
		em := make([]vec, n)
		got, want := make([]vec, n), make([]vec, n)
		gotBack, wantBack := make([][nLabels]uint8, n), make([][nLabels]uint8, n)
		for i := range em {
			for y := range em[i] {
				em[i][y] = value()
			}
		}
		if n > 0 {
			for y := range got[0] {
				got[0][y] = value()
				if r.IntN(4) == 0 {
					got[0][y] = negInf
				}
			}
			want[0] = got[0]
		}
		viterbiRows(got, em, gotBack, &ft.allowed)
		for i := 1; i < n; i++ {
			viterbiRowGo(&want[i-1], &em[i], &want[i], &ft.allowed, &wantBack[i])
		}
		for i := range want {
			for y := range want[i] {
				if math.Float32bits(got[i][y]) != math.Float32bits(want[i][y]) || gotBack[i][y] != wantBack[i][y] {
					t.Fatalf("row %d of %d: label %d scores %v from %d, want %v from %d", i, n, y, got[i][y], gotBack[i][y], want[i][y], wantBack[i][y])
				}
			}
		}
	}
}
