package confidence

import (
	"bytes"
	"strings"
	"testing"
)

// examples are invented: facts with feature "good" are mostly right, those
// with "bad" mostly false.
func examples() []Example {
	var exs []Example
	for i := range 60 {
		set := i % 3
		switch {
		case i%4 == 0:
			exs = append(exs, Example{Features: []string{"bad", "rule=x"}, Right: i%8 == 0, Set: set})
		default:
			exs = append(exs, Example{Features: []string{"good", "rule=y"}, Right: i%5 != 1, Set: set})
		}
	}
	return exs
}

func TestTrainDeterministic(t *testing.T) {
	o := DefaultOptions()
	a, b := Train(examples(), o).String(), Train(examples(), o).String()
	if a != b {
		t.Errorf("same seed, different models:\n%s\n%s", a, b)
	}
	m := Train(examples(), o)
	if g, bd := m.Score([]string{"good"}), m.Score([]string{"bad"}); g <= bd {
		t.Errorf("score(good) %.3f <= score(bad) %.3f", g, bd)
	}
	o.Skip = []string{"rule="}
	if s := Train(examples(), o).String(); strings.Contains(s, "rule=") {
		t.Errorf("skipped features learnt:\n%s", s)
	}
}

func TestLeaveOneOutAndTable(t *testing.T) {
	exs := examples()
	scores := LeaveOneOut(exs, 3, DefaultOptions())
	if auc := AUC(exs, scores); auc <= 0.5 {
		t.Errorf("held-out AUC %.3f", auc)
	}
	ds := Drops(exs, scores, []float64{0, 1.01})
	if ds[0] != (Drop{}) {
		t.Errorf("threshold 0 drops %+v", ds[0])
	}
	if ds[1].Right+ds[1].False != len(exs) {
		t.Errorf("threshold above 1 drops %+v of %d", ds[1], len(exs))
	}
	var w bytes.Buffer
	WriteTable(&w, []string{"s0", "s1", "s2"}, exs, scores, []float64{0.3, 0.5})
	if !strings.Contains(w.String(), "total") || !strings.Contains(w.String(), "s2") {
		t.Errorf("table:\n%s", w.String())
	}
}
