package perceptron

import (
	"bytes"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// randomWeights returns a weight map of nfeat features over nclasses
// classes, each feature with a few non-zero weights, as training leaves them:
// a third of them a pair of weights, one the other's negation.
func randomWeights(r *rand.Rand, nfeat, nclasses int) map[Feature][]float32 {
	weights := make(map[Feature][]float32, nfeat)
	for len(weights) < nfeat {
		w := make([]float32, nclasses)
		k := 1 + r.IntN(min(nclasses, 6))
		if r.IntN(20) == 0 {
			k = nclasses // now and then a feature that votes for every class
		}
		for range k {
			w[r.IntN(nclasses)] = float32(r.NormFloat64())
		}
		if r.IntN(3) == 0 && nclasses > 1 {
			clear(w)
			a, b := r.IntN(nclasses), r.IntN(nclasses-1)
			if b >= a {
				b++
			}
			w[a] = float32(r.NormFloat64())
			w[b] = -w[a]
		}
		weights[Feature(r.Uint64())] = w
	}
	return weights
}

// A feature with two weights, one the other's negation, for classes below
// 256, is kept in its slot (a pair), and gives the weights back as its
// entries did: lookup, and the file written, are those of entries. The
// entries of other features lie on one cache line when they fit on one,
// and start a line otherwise, with few entries left unused between them.
func TestPairSlots(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, nclasses := range []int{2, 9, 108, 300} {
		weights := randomWeights(r, 3000, nclasses)
		tb := freeze(weights, nclasses)
		pairs, runs := 0, 0
		for i := range tb.slots {
			s := &tb.slots[i]
			if s.n == 0 {
				continue
			}
			es := tb.lookup(s.key)
			var want []entry
			for c, w := range weights[s.key] {
				if w != 0 {
					want = append(want, newEntry(uint16(c), w))
				}
			}
			if !slices.Equal(es, want) {
				t.Fatalf("%d classes: feature %x: entries %v, want %v", nclasses, s.key, es, want)
			}
			if s.kind == sparse {
				if first, _ := lineEntries(lineOf(int(s.off))); !onOneLine(int(s.off), int(s.n)) && (s.n <= 10 || int(s.off) != first) {
					t.Fatalf("%d classes: feature %x: %d entries from %d, not on one line nor from a line's start", nclasses, s.key, s.n, s.off)
				}
				runs += int(s.n)
			}
			if s.kind == pair {
				pairs++
			} else if s.kind == sparse && isPair(want) {
				t.Fatalf("%d classes: feature %x: a pair kept as entries", nclasses, s.key)
			}
		}
		if len(tb.entries) > runs+runs/8+10 {
			t.Errorf("%d classes: %d entries laid out for %d", nclasses, len(tb.entries), runs)
		}
		if pairs < 500 {
			t.Errorf("%d classes: %d pairs among 3000 features", nclasses, pairs)
		}
		m := &Model{Classes: make([]string, nclasses), frozen: tb}
		var a, b bytes.Buffer
		if _, err := m.WriteTo(&a); err != nil {
			t.Fatal(err)
		}
		if _, err := roundTrip(t, m).WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatalf("%d classes: a model read back writes other bytes", nclasses)
		}
	}
}

// The frozen table adds up exactly the weights of the features it holds,
// in the order given, and nothing for features it does not hold, whatever
// the number of classes (up to the format's limit) and features.
func TestTableScoresMatchMap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, c := range []struct{ nfeat, nclasses int }{{0, 3}, {1, 2}, {40, 9}, {5000, 9}, {3000, 50}, {500, 300}, {300, 1<<16 - 1}} {
		weights := randomWeights(r, c.nfeat, c.nclasses)
		tb := freeze(weights, c.nclasses)
		keys := make([]Feature, 0, len(weights))
		for f := range weights {
			keys = append(keys, f)
		}
		nonzero := 0
		for _, w := range weights {
			for _, v := range w {
				if v != 0 {
					nonzero++
					break
				}
			}
		}
		if tb.len() != nonzero {
			t.Errorf("%d features, %d classes: len %d, want %d", c.nfeat, c.nclasses, tb.len(), nonzero)
		}
		got := make([]float32, c.nclasses)
		want := make([]float32, c.nclasses)
		for trial := 0; trial < 200; trial++ {
			feats := make([]Feature, r.IntN(70))
			for i := range feats {
				if len(keys) > 0 && r.IntN(4) != 0 {
					feats[i] = keys[r.IntN(len(keys))]
				} else {
					feats[i] = Feature(r.Uint64())
				}
			}
			clear(got)
			clear(want)
			filtered := make([]float32, c.nclasses)
			tb.scores(feats, got, false)
			tb.scores(feats, filtered, true)
			for _, f := range feats {
				for y, v := range weights[f] {
					want[y] += v
				}
			}
			for y := range want {
				if filtered[y] != want[y] {
					t.Fatalf("%d features, %d classes, filtered: class %d scores %v, want %v", c.nfeat, c.nclasses, y, filtered[y], want[y])
				}
				if got[y] != want[y] {
					t.Fatalf("%d features, %d classes: class %d scores %v, want %v", c.nfeat, c.nclasses, y, got[y], want[y])
				}
			}
		}
		for _, f := range keys {
			var sum float32
			for _, e := range tb.lookup(f) {
				sum += e.w()
				if weights[f][e.class()] != e.w() {
					t.Fatalf("lookup: class %d weight %v, want %v", e.class(), e.w(), weights[f][e.class()])
				}
			}
		}
	}
}

// BenchmarkTableScores scores lists of 30 features, three in four of them
// in a model of 200,000 features over 50 classes.
func BenchmarkTableScores(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	weights := randomWeights(r, 200000, 50)
	tb := freeze(weights, 50)
	keys := make([]Feature, 0, len(weights))
	for f := range weights {
		keys = append(keys, f)
	}
	lists := make([][]Feature, 1024)
	for i := range lists {
		lists[i] = make([]Feature, 30)
		for j := range lists[i] {
			if r.IntN(4) != 0 {
				lists[i][j] = keys[r.IntN(len(keys))]
			} else {
				lists[i][j] = Feature(r.Uint64())
			}
		}
	}
	scores := make([]float32, 50)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		tb.scores(lists[i%len(lists)], scores, false)
	}
}

// AddRow adds each weight of the row to its score exactly as one Go
// addition does, bit for bit, for every length and alignment, and leaves
// the scores after the row alone.
func TestAddRowMatchesGo(t *testing.T) { checkAddRow(t) }

// checkAddRow checks AddRow against Go additions on random rows of every
// length up to 110 and offsets 0 to 3.
func checkAddRow(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	values := func(n int) []float32 {
		v := make([]float32, n)
		for i := range v {
			switch r.IntN(8) {
			case 0:
				v[i] = math.Float32frombits(r.Uint32() & 0x807fffff) // subnormal
			case 1:
				v[i] = float32(r.NormFloat64()) * 1e30
			default:
				v[i] = float32(r.NormFloat64())
			}
		}
		return v
	}
	for n := 0; n <= 110; n++ {
		for off := range 4 {
			row := values(n + off)[off:]
			scores := values(n + off + 3)[off:]
			want := slices.Clone(scores)
			for i := range row {
				want[i] += row[i]
			}
			AddRow(row, scores)
			for i := range want {
				if math.Float32bits(scores[i]) != math.Float32bits(want[i]) {
					t.Fatalf("length %d, offset %d: score %d is %v, want %v", n, off, i, scores[i], want[i])
				}
			}
		}
	}
}

// Scores shorter than the model's classes get the weights of their own
// classes only, as full ones would have them.
func TestTableScoresShort(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	weights := randomWeights(r, 2000, 12)
	tb := freeze(weights, 12)
	feats := make([]Feature, 0, 40)
	for f := range weights {
		if feats = append(feats, f); len(feats) == cap(feats) {
			break
		}
	}
	full := make([]float32, 12)
	tb.scores(feats, full, false)
	for n := range 12 {
		short := make([]float32, n)
		tb.scores(feats, short, false)
		for y := range short {
			if math.Float32bits(short[y]) != math.Float32bits(full[y]) {
				t.Fatalf("%d scores: class %d is %v, want %v", n, y, short[y], full[y])
			}
		}
	}
}

// byWeightsDesc sorts slots as a stable sort by falling number of weights
// does.
func TestByWeightsDesc(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 20))
	for _, size := range []int{0, 1, 2, 50, 5000} {
		slots := make([]slot, size)
		for i := range slots {
			slots[i] = slot{key: Feature(r.Uint64()), off: uint32(i), n: uint8(1 + r.IntN(1+r.IntN(120)))}
		}
		want := slices.Clone(slots)
		slices.SortStableFunc(want, func(x, y slot) int { return int(y.n) - int(x.n) })
		if got := byWeightsDesc(slots); !slices.Equal(got, want) {
			t.Fatalf("%d slots: byWeightsDesc differs from a stable sort", size)
		}
	}
}
