package perceptron

import (
	"bytes"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"unsafe"
)

// ToSteps rounds each value to the nearest step, and refuses values too
// large for 16 bits of the step; StepFor's step holds its largest value.
func TestToSteps(t *testing.T) {
	row := []float32{0, 1, -1, 0.3, -2.26, 12.5}
	step := StepFor(12.5)
	q := make([]int16, len(row))
	if !ToSteps(row, step, q) {
		t.Fatalf("ToSteps with StepFor's step %g refused %v", step, row)
	}
	for i, v := range row {
		if d := math.Abs(float64(q[i])*float64(step) - float64(v)); d > float64(step)/2 {
			t.Errorf("%g is %d steps of %g, off by %g, more than half a step", v, q[i], step, d)
		}
	}
	if ToSteps([]float32{13}, step, q) {
		t.Errorf("13 fits in 16-bit steps of %g", step)
	}
	if s := StepFor(0); s != 1 {
		t.Errorf("StepFor(0) = %g, want 1", s)
	}
}

// qsumAVX2 and qflushAVX2 give, bit for bit, what qsumGo and qflushGo
// give, for every length up to 130 and up to six rows.
func TestStepSumsAVX2(t *testing.T) {
	if !HasAVX2() {
		t.Skip("no AVX2")
	}
	r := rand.New(rand.NewPCG(21, 22))
	for n := 1; n <= 130; n++ {
		for k := 0; k <= 6; k++ {
			rows := make([]*int16, k)
			for j := range rows {
				row := make([]int16, n)
				for i := range row {
					row[i] = int16(r.IntN(2*maxStep+1) - maxStep)
				}
				rows[j] = &row[0]
			}
			want, got := make([]int32, n), make([]int32, n+1)
			got[n] = 7
			qsumGo(want, rows)
			qsumAVX2(&got[0], unsafe.SliceData(rows), k, n)
			if !slices.Equal(got[:n], want) || got[n] != 7 {
				t.Fatalf("%d rows of %d: qsumAVX2 %v, want %v", k, n, got, want)
			}
			scoresGo, scoresAVX := make([]float32, n), make([]float32, n+1)
			for i := range scoresGo {
				scoresGo[i] = float32(r.NormFloat64())
				scoresAVX[i] = scoresGo[i]
			}
			scoresAVX[n] = 7
			qflushGo(scoresGo, want, 0.0123)
			qflushAVX2(&scoresAVX[0], &got[0], n, 0.0123)
			for i := range scoresGo {
				if math.Float32bits(scoresGo[i]) != math.Float32bits(scoresAVX[i]) {
					t.Fatalf("%d rows of %d: qflushAVX2 score %d is %v, want %v", k, n, i, scoresAVX[i], scoresGo[i])
				}
			}
			if scoresAVX[n] != 7 {
				t.Fatalf("%d rows of %d: qflushAVX2 wrote past the scores", k, n)
			}
			if n == 112 {
				checkQsum112(t, rows, want)
			}
		}
	}
}

// checkQsum112 checks qsum112AVX2 on rows of 112 steps whose sums are
// want, adding to scores and setting them, for every number of scores it
// takes, against qflushGo.
func checkQsum112(t *testing.T, rows []*int16, want []int32) {
	for n := 105; n <= 112; n++ {
		for _, set := range []bool{false, true} {
			base := make([]float32, n)
			for i := range base {
				base[i] = float32(i) - 50.25
			}
			wantScores := slices.Clone(base)
			if set {
				clear(wantScores)
			}
			qflushGo(wantScores, want[:n], 0.0123)
			got := make([]float32, n+1)
			copy(got, base)
			got[n] = 7
			qsum112AVX2(&got[0], unsafe.SliceData(rows), len(rows), 0.0123, set, n)
			for i := range wantScores {
				if math.Float32bits(got[i]) != math.Float32bits(wantScores[i]) {
					t.Fatalf("%d rows, %d scores, set %v: qsum112AVX2 score %d is %v, want %v", len(rows), n, set, i, got[i], wantScores[i])
				}
			}
			if got[n] != 7 {
				t.Fatalf("%d rows, %d scores, set %v: qsum112AVX2 wrote past the scores", len(rows), n, set)
			}
		}
	}
}

// A Summer with rows of steps, its own and a model's (SetStep), gives the
// scores of floats when every value is a multiple of the step (the sums
// are then exact in any order), with AVX2 and without; with any values,
// scores within half a step a row of step (StepRows) of the sums of
// floats, besides rounding. Setting the steps changes neither the scores
// of AddScores nor the bytes the model writes.
func TestSummerSteps(t *testing.T) {
	for _, avx := range []bool{false, true} {
		if avx && !HasAVX2() {
			continue
		}
		saved := useAVX2
		useAVX2 = avx
		checkSummerSteps(t, true)
		checkSummerSteps(t, false)
		useAVX2 = saved
	}
}

func checkSummerSteps(t *testing.T, exact bool) {
	r := rand.New(rand.NewPCG(23, 24))
	for _, nclasses := range []int{3, 9, 50, 108} {
		weights := randomWeights(r, 3000, nclasses)
		const step = 0.125
		if exact {
			for _, w := range weights {
				for c := range w {
					w[c] = float32(math.Round(float64(w[c])*8)) * step
				}
			}
		}
		m := &Model{Classes: make([]string, nclasses), frozen: freeze(weights, nclasses)}
		plain := &Model{Classes: make([]string, nclasses), frozen: freeze(weights, nclasses)}
		if err := m.SetStep(step); err != nil {
			t.Fatal(err)
		}
		var withSteps, without bytes.Buffer
		if _, err := m.WriteTo(&withSteps); err != nil {
			t.Fatal(err)
		}
		if _, err := plain.WriteTo(&without); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(withSteps.Bytes(), without.Bytes()) {
			t.Fatal("a model with steps set writes other bytes")
		}
		if m.Step() != step || plain.Step() != 0 {
			t.Fatalf("steps %g and %g, want %g and 0", m.Step(), plain.Step(), step)
		}
		keys := make([]Feature, 0, len(weights))
		for f := range weights {
			keys = append(keys, f)
		}
		var s, f Summer
		for trial := range 200 {
			feats := make([]Feature, r.IntN(40))
			for i := range feats {
				feats[i] = keys[r.IntN(len(keys))]
			}
			rows := make([][]float32, r.IntN(4))
			qrows := make([][]int16, len(rows))
			for j := range rows {
				rows[j] = make([]float32, nclasses)
				for c := range rows[j] {
					rows[j][c] = float32(r.IntN(100)-50) * step
					if !exact {
						rows[j][c] += float32(r.Float64() - 0.5)
					}
				}
				qrows[j] = make([]int16, StepRowLen(nclasses))
				if !ToSteps(rows[j], step, qrows[j][:nclasses]) {
					t.Fatal("a row does not fit in steps")
				}
			}
			want := make([]float32, nclasses)
			got := make([]float32, nclasses)
			if trial%3 == 0 { // rows of floats and of steps together
				row := make([]float32, nclasses)
				for c := range row {
					row[c] = float32(r.IntN(100)-50) * step
				}
				f.AddRow(row)
				s.AddRow(row)
			}
			for j := range rows {
				f.AddRow(rows[j])
				s.AddStepRow(qrows[j], step)
			}
			f.AddFeatures(plain, feats)
			s.AddFeatures(m, feats)
			if f.StepRows() != 0 || s.StepRows() < len(rows) {
				t.Fatalf("rows of steps: %d of floats, %d of steps for %d rows", f.StepRows(), s.StepRows(), len(rows))
			}
			inOrder, plainOrder := make([]float32, nclasses), make([]float32, nclasses)
			m.AddScores(feats, inOrder)
			plain.AddScores(feats, plainOrder)
			if !slices.Equal(inOrder, plainOrder) {
				t.Fatalf("%d classes, trial %d: AddScores with steps set %v, without %v", nclasses, trial, inOrder, plainOrder)
			}
			bound := float64(s.StepRows())*step/2 + 1e-3
			f.Sum(plain, want)
			s.Sum(m, got)
			for c := range got {
				if exact && got[c] != want[c] || math.Abs(float64(got[c]-want[c])) > bound {
					t.Fatalf("%d classes, trial %d, exact %v: score %d is %v, want %v", nclasses, trial, exact, c, got[c], want[c])
				}
			}
		}
	}
}

// SetStep refuses a step too small for the model's weights, and a model
// that is not frozen.
func TestSetStepRefuses(t *testing.T) {
	weights := map[Feature][]float32{1: {1000, 1, 1, 1}, 2: {1, 2, 3, 4}} // dense rows
	m := &Model{Classes: make([]string, 4), frozen: freeze(weights, 4)}
	if err := m.SetStep(0.001); err == nil {
		t.Error("SetStep took a step of 0.001 for a weight of 1000")
	}
	if err := m.SetStep(StepFor(m.MaxWeight())); err != nil {
		t.Errorf("SetStep(StepFor(MaxWeight)): %v", err)
	}
	if err := (&Model{Classes: make([]string, 4), weights: weights}).SetStep(1); err == nil {
		t.Error("SetStep took a model in training")
	}
}

// StepRow gives a dense feature's row of steps, and nil for a sparse one
// and the zero Ref; a row of two rows summed with SumSteps, queued with
// AddStepRows, gives bit for bit the scores of the two rows queued apart
// and counts as two in StepRows; SumSteps refuses sums past 16 bits.
func TestSummedStepRows(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	for _, nclasses := range []int{9, 108} {
		weights := randomWeights(r, 2000, nclasses)
		m := &Model{Classes: make([]string, nclasses), frozen: freeze(weights, nclasses)}
		if err := m.SetStep(0.01); err != nil {
			t.Fatal(err)
		}
		var dense []Ref
		for f, w := range weights {
			ref, n := m.Ref(f), 0
			for _, v := range w {
				if v != 0 {
					n++
				}
			}
			switch row := m.StepRow(ref); {
			case m.frozen.isDense(n) && len(row) != StepRowLen(nclasses):
				t.Fatalf("dense feature: StepRow of length %d", len(row))
			case m.frozen.isDense(n):
				dense = append(dense, ref)
			case row != nil:
				t.Fatal("sparse feature: StepRow not nil")
			}
		}
		if m.StepRow(0) != nil || len(dense) < 2 {
			t.Fatalf("StepRow of the zero Ref not nil, or %d dense features", len(dense))
		}
		var apart, summed Summer
		for trial := range 100 {
			a, b := dense[r.IntN(len(dense))], dense[r.IntN(len(dense))]
			sum := make([]int16, StepRowLen(nclasses))
			if !SumSteps(sum, m.StepRow(a), m.StepRow(b)) {
				t.Fatal("two rows of weights within 16 bits do not sum within them")
			}
			own := make([]int16, StepRowLen(nclasses))
			for c := range nclasses {
				own[c] = int16(r.IntN(2001) - 1000)
			}
			apart.AddStepRow(own, 0.01)
			apart.AddRef(m, a)
			apart.AddRef(m, b)
			summed.AddStepRow(own, 0.01)
			summed.AddStepRows(sum, 0.01, 2)
			if apart.StepRows() != 3 || summed.StepRows() != 3 {
				t.Fatalf("StepRows %d apart, %d summed; want 3", apart.StepRows(), summed.StepRows())
			}
			want, got := make([]float32, nclasses), make([]float32, nclasses)
			apart.Sum(m, want)
			summed.Sum(m, got)
			for c := range want {
				if math.Float32bits(got[c]) != math.Float32bits(want[c]) {
					t.Fatalf("%d classes, trial %d: summed rows give %v, apart %v", nclasses, trial, got, want)
				}
			}
		}
	}
	if SumSteps(make([]int16, 2), []int16{1, 30000}, []int16{1, 3000}) {
		t.Error("SumSteps of 30000 and 3000 fits in 16 bits")
	}
}
