package perceptron

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"reflect"
	"testing"
)

// A version 3 file reads back as the very table a version 2 file of the
// same model builds, and a model with steps (its rows laid out again)
// writes the same bytes as before; a cut or altered file is refused.
func TestImageMatchesV2(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, nclasses := range []int{2, 9, 108} {
		m := &Model{Classes: make([]string, nclasses)}
		for c := range m.Classes {
			m.Classes[c] = string(rune('A'+c%26)) + string(rune('a'+c/26))
		}
		m.frozen = freeze(randomWeights(r, 4000, nclasses), nclasses)
		var v2, v3 bytes.Buffer
		if _, err := m.writeV2(&v2); err != nil {
			t.Fatal(err)
		}
		if _, err := m.WriteTo(&v3); err != nil {
			t.Fatal(err)
		}
		a, err := Parse(v2.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		b, err := Parse(v3.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a.frozen, b.frozen) || !reflect.DeepEqual(a.Classes, b.Classes) {
			t.Fatalf("%d classes: the version 3 file reads back another table", nclasses)
		}
		if err := b.SetStep(StepFor(b.MaxWeight())); err != nil {
			t.Fatal(err)
		}
		var again bytes.Buffer
		if _, err := b.WriteTo(&again); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again.Bytes(), v3.Bytes()) {
			t.Errorf("%d classes: a model with steps writes other bytes", nclasses)
		}
		data := v3.Bytes()
		if _, err := Parse(data[:len(data)-1]); !errors.Is(err, ErrFormat) {
			t.Errorf("%d classes: a cut file gives %v", nclasses, err)
		}
	}
}
