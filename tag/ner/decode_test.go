package ner

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestViterbiValid decodes random scores and checks that every sequence is
// valid IOB2 and as good as any valid sequence found by brute force.
func TestViterbiValid(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var tr transitions
	for p := range tr {
		for y := range tr[p] {
			tr[p][y] = r.Float32()*4 - 2
		}
	}
	var buf decodeBuf
	for trial := 0; trial < 200; trial++ {
		n := 1 + r.IntN(4)
		em := make([][nLabels]float32, n)
		for i := range em {
			for y := range em[i] {
				em[i][y] = r.Float32()*6 - 3
				if r.IntN(3) == 0 && isInside(y) {
					em[i][y] += 10 // tempt the decoder with invalid I- tags
				}
			}
		}
		got := viterbi(em, &tr, nil, &buf)
		if !valid(got) {
			t.Fatalf("invalid sequence %v", got)
		}
		if best := bruteBest(em, &tr, n); score(em, &tr, got) < best-1e-4 {
			t.Fatalf("viterbi score %v < best %v", score(em, &tr, got), best)
		}
	}
}

func TestViterbiAllowed(t *testing.T) {
	var tr transitions
	em := make([][nLabels]float32, 2)
	em[0][labelID("B-PER")] = 5
	em[1][labelID("I-PER")] = 5
	allowed := make([][nLabels]bool, 2)
	allowed[0][labelID("B-LOC")], allowed[0][0] = true, true
	allowed[1][0], allowed[1][labelID("I-LOC")] = true, true
	got := viterbi(em, &tr, allowed, &decodeBuf{})
	for i, y := range got {
		if !allowed[i][y] {
			t.Fatalf("label %s not allowed at %d", labels[y], i)
		}
	}
}

func valid(seq []int) bool {
	prev := start
	for _, y := range seq {
		if !validAfter(prev, y) {
			return false
		}
		prev = y
	}
	return true
}

func score(em [][nLabels]float32, tr *transitions, seq []int) float32 {
	s, prev := float32(0), start
	for i, y := range seq {
		s += em[i][y] + tr[prev][y]
		prev = y
	}
	return s
}

func bruteBest(em [][nLabels]float32, tr *transitions, n int) float32 {
	best := negInf
	seq := make([]int, n)
	var rec func(i int)
	rec = func(i int) {
		if i == n {
			if valid(seq) {
				if s := score(em, tr, seq); s > best {
					best = s
				}
			}
			return
		}
		for y := 0; y < nLabels; y++ {
			seq[i] = y
			rec(i + 1)
		}
	}
	rec(0)
	return best
}

// TestViterbiFreeSameAsGeneral checks that the decoder for unconstrained
// labels finds the sequence the general decoder finds with every label
// allowed, ties included.
func TestViterbiFreeSameAsGeneral(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var tr transitions
	var buf decodeBuf
	for trial := 0; trial < 500; trial++ {
		for p := range tr {
			for y := range tr[p] {
				tr[p][y] = float32(r.IntN(5) - 2) // small integers: many ties
			}
		}
		n := 1 + r.IntN(12)
		em := make([][nLabels]float32, n)
		all := make([][nLabels]bool, n)
		for i := range em {
			for y := range em[i] {
				em[i][y] = float32(r.IntN(7) - 3)
				all[i][y] = true
			}
		}
		want := append([]int(nil), viterbi(em, &tr, all, &buf)...)
		if got := viterbi(em, &tr, nil, &buf); !slices.Equal(got, want) {
			t.Fatalf("trial %d: free decoder %v, general decoder %v", trial, got, want)
		}
	}
}

// BenchmarkViterbi decodes sentences of 25 tokens of random scores.
func BenchmarkViterbi(b *testing.B) {
	r := rand.New(rand.NewPCG(7, 8))
	var tr transitions
	for p := range tr {
		for y := range tr[p] {
			tr[p][y] = r.Float32()*4 - 2
		}
	}
	ems := make([][][nLabels]float32, 64)
	for k := range ems {
		ems[k] = make([][nLabels]float32, 25)
		for i := range ems[k] {
			for y := range ems[k][i] {
				ems[k][i][y] = r.Float32()*6 - 3
			}
		}
	}
	var buf decodeBuf
	for i := 0; b.Loop(); i++ {
		viterbi(ems[i%len(ems)], &tr, nil, &buf)
	}
}
