package perceptron

import (
	"bytes"
	"testing"
)

// TestLearnsSeparableData trains on a tiny separable problem and checks the
// averaged model predicts it, and survives a write/read round trip.
func TestLearnsSeparableData(t *testing.T) {
	m := New([]string{"A", "B", "C"})
	data := []struct {
		feats []Feature
		class int
	}{
		{[]Feature{Hash("w=a"), Hash("bias")}, 0},
		{[]Feature{Hash("w=b"), Hash("bias")}, 1},
		{[]Feature{Hash("w=c"), Hash("bias")}, 2},
	}
	scores := make([]float32, 3)
	for range 10 {
		for _, d := range data {
			m.Tick()
			m.Update(d.class, m.Predict(d.feats, scores), d.feats)
		}
	}
	m.Average()
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, mm := range []*Model{m, m2} {
		for _, d := range data {
			if got, want := mm.Predict(d.feats, scores), d.class; got != want {
				t.Errorf("Predict(%v) = %d, want %d", d.feats, got, want)
			}
		}
	}
	if _, err := Read(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("Read accepted garbage")
	}
}

func TestHasherSeparatesPieces(t *testing.T) {
	a := NewHasher("p").Add("ab").Add("c").Feature()
	b := NewHasher("p").Add("a").Add("bc").Feature()
	if a == b {
		t.Error("piece boundaries do not change the hash")
	}
}
