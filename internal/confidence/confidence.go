// Package confidence trains the fact stage's confidence model (see
// fact/confidence.go): a logistic regression over the string features of
// each extracted fact, labelled right or false by the facts scorer against
// gold files, and measures it honestly by leaving one gold set out at a time.
package confidence

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/hearsay-news/hearsay/fact"
)

// An Example is one extracted fact with its features and its label.
type Example struct {
	Features []string
	Right    bool   // the scorer counts the fact right (level B)
	Set      int    // the gold set it comes from, for leaving sets out
	Desc     string // the fact in words, for listings
}

// Options control training.
type Options struct {
	Seed     uint64   // order of the examples in each pass
	Epochs   int      // passes over the examples
	Rate     float64  // first learning rate; it decays as 1/(1+epoch)
	L2       float64  // weight decay per update
	MinCount int      // a feature seen fewer times in training gets no weight
	Skip     []string // prefixes of features left out (e.g. "rule=": no rule ids)
}

// DefaultOptions are the options of the embedded model.
func DefaultOptions() Options {
	return Options{Seed: 1, Epochs: 40, Rate: 0.1, L2: 1e-4, MinCount: 3}
}

// keep reports whether feature f is used under o.
func (o Options) keep(f string) bool {
	for _, p := range o.Skip {
		if strings.HasPrefix(f, p) {
			return false
		}
	}
	return true
}

// Train fits a logistic model to the examples by stochastic gradient
// descent. The same examples and options give the same model.
func Train(exs []Example, o Options) *fact.ConfModel {
	count := map[string]int{}
	for _, ex := range exs {
		for _, f := range ex.Features {
			if o.keep(f) {
				count[f]++
			}
		}
	}
	names := make([]string, 0, len(count))
	for f, n := range count {
		if n >= o.MinCount {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	index := make(map[string]int, len(names))
	for i, f := range names {
		index[f] = i
	}
	xs := make([][]int, len(exs))
	for i, ex := range exs {
		for _, f := range ex.Features {
			if j, ok := index[f]; ok {
				xs[i] = append(xs[i], j)
			}
		}
	}
	w := make([]float64, len(names))
	var bias float64
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x5eed))
	for epoch := 0; epoch < o.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		rate := o.Rate / (1 + float64(epoch))
		for _, i := range order {
			z := bias
			for _, j := range xs[i] {
				z += w[j]
			}
			y := 0.0
			if exs[i].Right {
				y = 1
			}
			g := y - 1/(1+math.Exp(-z))
			bias += rate * g
			for _, j := range xs[i] {
				w[j] += rate * (g - o.L2*w[j])
			}
		}
	}
	m := &fact.ConfModel{Bias: bias, Weights: make(map[string]float64, len(names))}
	for i, f := range names {
		m.Weights[f] = w[i]
	}
	return m
}

// A Drop counts the right and the false facts a threshold would drop.
type Drop struct{ Right, False int }

// Scores gives each example its confidence under m.
func Scores(m *fact.ConfModel, exs []Example) []float64 {
	out := make([]float64, len(exs))
	for i, ex := range exs {
		out[i] = m.Score(ex.Features)
	}
	return out
}

// Drops counts, for each threshold, the right and false examples scored
// under it.
func Drops(exs []Example, scores []float64, thresholds []float64) []Drop {
	out := make([]Drop, len(thresholds))
	for i, ex := range exs {
		for k, t := range thresholds {
			if scores[i] < t {
				if ex.Right {
					out[k].Right++
				} else {
					out[k].False++
				}
			}
		}
	}
	return out
}

// LeaveOneOut trains on every set but one and scores the one left out, for
// each of the sets 0..nsets-1; it returns the held-out scores of every
// example.
func LeaveOneOut(exs []Example, nsets int, o Options) []float64 {
	scores := make([]float64, len(exs))
	for s := 0; s < nsets; s++ {
		var train []Example
		var held []int
		for i, ex := range exs {
			if ex.Set == s {
				held = append(held, i)
			} else {
				train = append(train, ex)
			}
		}
		m := Train(train, o)
		for _, i := range held {
			scores[i] = m.Score(exs[i].Features)
		}
	}
	return scores
}

// WriteTable prints, for each set and in total, how many right and false
// facts each threshold drops (right/false), with the facts of each set.
func WriteTable(w io.Writer, names []string, exs []Example, scores []float64, thresholds []float64) {
	fmt.Fprintf(w, "%-12s %11s", "set", "right/false")
	for _, t := range thresholds {
		fmt.Fprintf(w, " %9s", fmt.Sprintf("<%.2f", t))
	}
	fmt.Fprintln(w)
	total := make([]Drop, len(thresholds))
	var all Drop
	for s, name := range names {
		var sub []Example
		var sc []float64
		var n Drop
		for i, ex := range exs {
			if ex.Set == s {
				sub, sc = append(sub, ex), append(sc, scores[i])
				if ex.Right {
					n.Right++
				} else {
					n.False++
				}
			}
		}
		ds := Drops(sub, sc, thresholds)
		fmt.Fprintf(w, "%-12s %11s", name, fmt.Sprintf("%d/%d", n.Right, n.False))
		for k, d := range ds {
			fmt.Fprintf(w, " %9s", fmt.Sprintf("%d/%d", d.Right, d.False))
			total[k].Right += d.Right
			total[k].False += d.False
		}
		fmt.Fprintln(w)
		all.Right += n.Right
		all.False += n.False
	}
	fmt.Fprintf(w, "%-12s %11s", "total", fmt.Sprintf("%d/%d", all.Right, all.False))
	for _, d := range total {
		fmt.Fprintf(w, " %9s", fmt.Sprintf("%d/%d", d.Right, d.False))
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "%-12s %11s", "false share", "")
	for _, d := range total {
		share := "-"
		if d.Right+d.False > 0 {
			share = fmt.Sprintf("%.0f%%", 100*float64(d.False)/float64(d.Right+d.False))
		}
		fmt.Fprintf(w, " %9s", share)
	}
	fmt.Fprintln(w)
}

// AUC is the chance that a right example scores above a false one.
func AUC(exs []Example, scores []float64) float64 {
	type p struct {
		s float64
		r bool
	}
	ps := make([]p, len(exs))
	for i, ex := range exs {
		ps[i] = p{scores[i], ex.Right}
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].s < ps[j].s })
	var pos, neg, sum float64
	for i := 0; i < len(ps); {
		j := i
		for j < len(ps) && ps[j].s == ps[i].s {
			j++
		}
		var tp, tn float64
		for k := i; k < j; k++ {
			if ps[k].r {
				tp++
			} else {
				tn++
			}
		}
		sum += tp * (neg + tn/2)
		pos += tp
		neg += tn
		i = j
	}
	if pos == 0 || neg == 0 {
		return 0.5
	}
	return sum / (pos * neg)
}

// WriteLowest lists the n examples that score lowest, with their label,
// score and features.
func WriteLowest(w io.Writer, exs []Example, scores []float64, n int) {
	idx := make([]int, len(exs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return scores[idx[a]] < scores[idx[b]] })
	for _, i := range idx[:min(n, len(idx))] {
		mark := "false"
		if exs[i].Right {
			mark = "right"
		}
		fmt.Fprintf(w, "%.3f %s %s\n\t%s\n", scores[i], mark, exs[i].Desc, strings.Join(exs[i].Features, " "))
	}
}
