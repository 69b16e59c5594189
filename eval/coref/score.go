package coref

import (
	"math"

	"github.com/hearsay-news/hearsay/eval/prf"
)

// A Clustering is a set of entities, each a set of mention keys.
type Clustering [][]string

// A Metric is the precision and recall counts of one measure, summed over documents.
type Metric struct {
	PNum, PDen float64
	RNum, RDen float64
}

// Precision is PNum/PDen (0 when PDen is 0).
func (m Metric) Precision() float64 { return ratio(m.PNum, m.PDen) }

// Recall is RNum/RDen (0 when RDen is 0).
func (m Metric) Recall() float64 { return ratio(m.RNum, m.RDen) }

// F1 is the harmonic mean of precision and recall.
func (m Metric) F1() float64 { return prf.F1(m.Precision(), m.Recall()) }

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

func (m *Metric) add(o Metric) {
	m.PNum += o.PNum
	m.PDen += o.PDen
	m.RNum += o.RNum
	m.RDen += o.RDen
}

// Scores are the three coreference measures and their average.
type Scores struct {
	MUC, B3, CEAFe Metric
}

// CoNLL is the CoNLL-2012 score: the mean of the MUC, B³ and CEAF-e F1.
func (s Scores) CoNLL() float64 { return (s.MUC.F1() + s.B3.F1() + s.CEAFe.F1()) / 3 }

// Add sums the counts of o into s.
func (s *Scores) Add(o Scores) {
	s.MUC.add(o.MUC)
	s.B3.add(o.B3)
	s.CEAFe.add(o.CEAFe)
}

// Score compares a response clustering with the key for one document.
func Score(key, resp Clustering) Scores {
	return Scores{MUC: bothSides(mucSide, key, resp), B3: bothSides(bcubedSide, key, resp), CEAFe: ceafe(key, resp)}
}

func index(c Clustering) map[string]int {
	m := map[string]int{}
	for i, cl := range c {
		for _, k := range cl {
			m[k] = i
		}
	}
	return m
}

// mucSide is the MUC recall of key against resp (precision swaps them):
// Σ(|K| − |p(K)|) / Σ(|K| − 1), p(K) the partition of K by resp.
func mucSide(key, resp Clustering) (num, den float64) {
	ri := index(resp)
	for _, k := range key {
		parts := map[int]bool{}
		alone := 0
		for _, m := range k {
			if c, ok := ri[m]; ok {
				parts[c] = true
			} else {
				alone++
			}
		}
		num += float64(len(k) - len(parts) - alone)
		den += float64(len(k) - 1)
	}
	return
}

// bcubedSide is B³ recall of key against resp: the mean over key mentions of |K∩R|/|K|.
func bcubedSide(key, resp Clustering) (num, den float64) {
	ri := index(resp)
	for _, k := range key {
		counts := map[int]int{}
		for _, m := range k {
			if c, ok := ri[m]; ok {
				counts[c]++
			}
		}
		for _, n := range counts {
			num += float64(n*n) / float64(len(k))
		}
		den += float64(len(k))
	}
	return
}

// ceafe aligns key and response entities one to one, maximising the sum of
// φ4(K, R) = 2|K∩R| / (|K|+|R|).
func ceafe(key, resp Clustering) Metric {
	ri := index(resp)
	sim := make([][]float64, len(key))
	for i, k := range key {
		sim[i] = make([]float64, len(resp))
		for _, m := range k {
			if j, ok := ri[m]; ok {
				sim[i][j] += 2
			}
		}
		for j := range resp {
			if sim[i][j] > 0 {
				sim[i][j] /= float64(len(k) + len(resp[j]))
			}
		}
	}
	total := maxAssignment(sim, len(key), len(resp))
	return Metric{PNum: total, PDen: float64(len(resp)), RNum: total, RDen: float64(len(key))}
}

// maxAssignment returns the largest sum of sim over a one-to-one matching
// of rows to columns (Hungarian algorithm on each connected block).
func maxAssignment(sim [][]float64, rows, cols int) float64 {
	// Split into connected components of nonzero similarity: most are tiny.
	seenR := make([]bool, rows)
	seenC := make([]bool, cols)
	total := 0.0
	for r0 := 0; r0 < rows; r0++ {
		if seenR[r0] {
			continue
		}
		var rs, cs []int
		stack := []int{r0}
		seenR[r0] = true
		for len(stack) > 0 {
			r := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			rs = append(rs, r)
			for c := 0; c < cols; c++ {
				if sim[r][c] > 0 && !seenC[c] {
					seenC[c] = true
					cs = append(cs, c)
					for r2 := 0; r2 < rows; r2++ {
						if sim[r2][c] > 0 && !seenR[r2] {
							seenR[r2] = true
							stack = append(stack, r2)
						}
					}
				}
			}
		}
		if len(cs) == 0 {
			continue
		}
		sub := make([][]float64, len(rs))
		for i, r := range rs {
			sub[i] = make([]float64, len(cs))
			for j, c := range cs {
				sub[i][j] = sim[r][c]
			}
		}
		total += hungarian(sub)
	}
	return total
}

// hungarian returns the maximum-weight assignment of a rectangular matrix.
func hungarian(w [][]float64) float64 {
	n, m := len(w), len(w[0])
	if n > m {
		t := make([][]float64, m)
		for j := range t {
			t[j] = make([]float64, n)
			for i := range w {
				t[j][i] = w[i][j]
			}
		}
		w, n, m = t, m, n
	}
	// Minimise cost = -w with potentials (n ≤ m), 1-based arrays.
	u := make([]float64, n+1)
	v := make([]float64, m+1)
	p := make([]int, m+1)
	way := make([]int, m+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, m+1)
		used := make([]bool, m+1)
		for j := range minv {
			minv[j] = math.Inf(1)
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], math.Inf(1), 0
			for j := 1; j <= m; j++ {
				if used[j] {
					continue
				}
				cur := -w[i0-1][j-1] - u[i0] - v[j]
				if cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= m; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	total := 0.0
	for j := 1; j <= m; j++ {
		if p[j] != 0 {
			total += w[p[j]-1][j-1]
		}
	}
	return total
}

// bothSides is a metric whose recall is side(key, resp) and whose precision
// is side(resp, key).
func bothSides(side func(a, b Clustering) (num, den float64), key, resp Clustering) Metric {
	rn, rd := side(key, resp)
	pn, pd := side(resp, key)
	return Metric{PNum: pn, PDen: pd, RNum: rn, RDen: rd}
}
