package perceptron

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// sumRows gives, bit for bit, the scores of copying the first row and
// adding the others one after another, for every length up to 130 and a
// few rows, with AVX2 where the processor has it and without.
func TestSumRows(t *testing.T) {
	for _, avx := range []bool{false, true} {
		if avx && !HasAVX2() {
			continue
		}
		saved := useAVX2
		useAVX2 = avx
		checkSumRows(t)
		useAVX2 = saved
	}
}

func checkSumRows(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for n := 1; n <= 130; n++ {
		for k := 1; k <= 5; k++ {
			rows := make([][]float32, k)
			for j := range rows {
				rows[j] = make([]float32, n+r.IntN(3))
				for i := range rows[j] {
					rows[j][i] = float32(r.NormFloat64()) * float32(math.Pow(10, float64(r.IntN(9)-4)))
				}
			}
			want := slices.Clone(rows[0][:n])
			for _, row := range rows[1:] {
				for i := range want {
					want[i] += row[i]
				}
			}
			got := make([]float32, n+2)
			got[n], got[n+1] = 7, 7
			ptrs := make([]*float32, k)
			for j, row := range rows {
				ptrs[j] = &row[0]
			}
			sumRows(got[:n], ptrs)
			for i := range want {
				if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
					t.Fatalf("AVX2 %v, %d rows of %d: score %d is %v, want %v", useAVX2, k, n, i, got[i], want[i])
				}
			}
			if got[n] != 7 || got[n+1] != 7 {
				t.Fatalf("AVX2 %v, %d rows of %d: scores after the rows changed", useAVX2, k, n)
			}
		}
	}
}

// A Summer adds up the same weights as AddScores: with weights that are
// small integers, whose sums are exact in any order, the very same scores,
// for frozen and training models alike.
func TestSummerMatchesAddScores(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	for _, nclasses := range []int{3, 9, 50, 108} {
		weights := randomWeights(r, 3000, nclasses)
		for _, w := range weights {
			for c := range w {
				w[c] = float32(math.Round(float64(w[c]) * 8))
			}
		}
		training := &Model{Classes: make([]string, nclasses), weights: weights}
		frozen := &Model{Classes: make([]string, nclasses), frozen: freeze(weights, nclasses)}
		keys := make([]Feature, 0, len(weights))
		for f := range weights {
			keys = append(keys, f)
		}
		var s Summer
		for trial := range 200 {
			feats := make([]Feature, r.IntN(40))
			for i := range feats {
				if r.IntN(4) != 0 {
					feats[i] = keys[r.IntN(len(keys))]
				} else {
					feats[i] = Feature(r.Uint64())
				}
			}
			rows := make([][]float32, r.IntN(4))
			for j := range rows {
				rows[j] = make([]float32, nclasses)
				for c := range rows[j] {
					rows[j][c] = float32(r.IntN(100) - 50)
				}
			}
			want := make([]float32, nclasses)
			for _, row := range rows {
				AddRow(row, want)
			}
			frozen.AddScores(feats, want)
			for _, m := range []*Model{frozen, training} {
				got := make([]float32, nclasses)
				for c := range got {
					got[c] = 99 // Sum sets every score
				}
				for _, row := range rows {
					s.AddRow(row)
				}
				s.AddFeatures(m, feats)
				s.Sum(m, got)
				if !slices.Equal(got, want) {
					t.Fatalf("%d classes, trial %d, frozen %v: %v, want %v", nclasses, trial, m.Frozen(), got, want)
				}
			}
		}
	}
}

// Queuing a feature by its Ref queues the weights queuing the feature
// does, and a feature the model lacks has the zero Ref.
func TestRefs(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	weights := randomWeights(r, 2000, 20)
	m := &Model{Classes: make([]string, 20), frozen: freeze(weights, 20)}
	var byRef, byFeature Summer
	got, want := make([]float32, 20), make([]float32, 20)
	for f := range weights {
		ref := m.Ref(f)
		if ref == 0 {
			t.Fatalf("feature %x has no Ref", f)
		}
		byRef.AddRef(m, ref)
		byFeature.AddFeatures(m, []Feature{f})
		byRef.Sum(m, got)
		byFeature.Sum(m, want)
		if !slices.Equal(got, want) {
			t.Fatalf("feature %x: by Ref %v, by feature %v", f, got, want)
		}
	}
	for range 100 {
		f := Feature(r.Uint64())
		if _, ok := weights[f]; !ok && m.Ref(f) != 0 {
			t.Fatalf("absent feature %x has a Ref", f)
		}
	}
	if (&Model{weights: weights}).Ref(Feature(1)) != 0 {
		t.Error("a model in training gives Refs")
	}
}
