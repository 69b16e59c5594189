package entity

import "testing"

// TestCueSet checks that a cue set's quick tests (length, first and last
// byte) turn away only words it lacks.
func TestCueSet(t *testing.T) {
	c := newCueSet()
	for _, w := range []string{"said", "told", "according to", "é"} {
		c.add(w)
	}
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"said", true}, {"told", true}, {"according to", true}, {"é", true},
		{"sold", false}, {"tolo", false}, {"", false}, {"a", false}, {"according to them", false}, {"Said", false},
	} {
		if got := c.has(tc.w); got != tc.want {
			t.Errorf("has(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	var none *cueSet
	if none.has("said") || none.len() != 0 {
		t.Error("a nil set has words")
	}
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	for i, set := range lx.cues {
		class := cue(i)
		if set.len() == 0 {
			t.Errorf("data/cues.tsv has no words of class %s", class)
			continue
		}
		for w := range set.words {
			if !lx.is(class, w) {
				t.Errorf("%s: %q not found", class, w)
			}
		}
	}
}
