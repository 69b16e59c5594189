package perceptron

import (
	"bytes"
	"encoding/binary"
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
	m2 := roundTrip(t, m)
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

// TestReadsVersion1 checks that models in the first, dense file format
// still load, and that truncated files are refused.
func TestReadsVersion1(t *testing.T) {
	var buf bytes.Buffer
	le := func(v any) { _ = binary.Write(&buf, binary.LittleEndian, v) }
	buf.WriteString(magicV1)
	le(uint32(2))
	for _, c := range []string{"X", "Y"} {
		le(uint32(len(c)))
		buf.WriteString(c)
	}
	le(uint64(2))
	le(uint64(Hash("w=x")))
	le([]float32{1, -1})
	le(uint64(Hash("w=y")))
	le([]float32{0, 2})
	data := buf.Bytes()
	m, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	scores := make([]float32, 2)
	if got := m.Predict([]Feature{Hash("w=x")}, scores); got != 0 {
		t.Errorf("w=x: got class %d, want 0", got)
	}
	if got := m.Predict([]Feature{Hash("w=y"), Hash("unseen")}, scores); got != 1 || scores[1] != 2 {
		t.Errorf("w=y: got class %d scores %v, want 1 with score 2", got, scores)
	}
	if m.Len() != 2 {
		t.Errorf("Len = %d, want 2", m.Len())
	}
	for cut := 1; cut < len(data); cut += 7 {
		if _, err := Parse(data[:cut]); err == nil {
			t.Errorf("Parse accepted a model truncated to %d bytes", cut)
		}
	}
}

// TestMaxWeight checks the largest weight magnitude of a model while it
// trains, once averaged, and read back from its file.
func TestMaxWeight(t *testing.T) {
	m := New([]string{"A", "B"})
	if w := m.MaxWeight(); w != 0 {
		t.Errorf("empty model: MaxWeight() = %g, want 0", w)
	}
	f := []Feature{Hash("x")}
	for range 4 {
		m.Tick()
		m.Update(1, 0, f)
	}
	if w := m.MaxWeight(); w != 4 {
		t.Errorf("training: MaxWeight() = %g, want 4", w)
	}
	m.Average()
	want := float32(0)
	scores := make([]float32, 2)
	m.Scores(f, scores)
	for _, s := range scores {
		want = max(want, max(s, -s))
	}
	m2 := roundTrip(t, m)
	for _, mm := range []*Model{m, m2} {
		if w := mm.MaxWeight(); w != want || w == 0 {
			t.Errorf("frozen: MaxWeight() = %g, want %g", w, want)
		}
	}
}

// roundTrip writes m and reads it back, so a test can check that a read
// model behaves as the one written.
func roundTrip(t *testing.T, m *Model) *Model {
	t.Helper()
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return m2
}
