package pos

import (
	"path/filepath"
	"testing"
)

// TestWordNetMask checks lemma classes, irregular forms and detachment on
// a small dictionary in WordNet's file format.
func TestWordNetMask(t *testing.T) {
	wn, err := loadWordNet(filepath.Join("testdata", "wordnet"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		word string
		want uint16
	}{
		{"run", uint16(wnNoun | wnVerb)},
		{"runs", wnPlural | wnVerbS},
		{"running", wnVerbIng},     // doubled consonant undone
		{"stopped", wnVerbEd},      // doubled consonant undone
		{"hoped", wnVerbEd},        // hope + d
		{"hoping", wnVerbIng},      // hop(e) + ing
		{"dogs", wnPlural},         // dog + s
		{"taller", wnComparison},   // tall + er
		{"bigger", 0},              // WordNet lists it in adj.exc; this test's list does not
		{"quickly", uint16(wnAdv)}, // adverb lemma
		{"ran", uint16(wnIrregularVerb)},
		{"children", uint16(wnIrregularNoun)},
		{"better", uint16(wnIrregularAdj)},
		{"ice_cream", 0},                  // multi-word lemmas are left out
		{"fiji", uint16(wnNoun | wnName)}, // only ever written "Fiji"
		{"china", uint16(wnNoun)},         // "China" and "china"
		{"tally", 0},                      // in a synset but not an index entry
		{"zzz", 0},
		{"", 0},
	}
	for _, c := range cases {
		if got := wn.mask([]byte(c.word)); got != c.want {
			t.Errorf("mask(%q) = %#x, want %#x", c.word, got, c.want)
		}
	}
	var none *wordNet
	if got := none.mask([]byte("run")); got != 0 {
		t.Errorf("nil WordNet gave mask %#x", got)
	}
	if _, err := loadWordNet(filepath.Join("testdata", "no-such-dir")); err == nil {
		t.Error("loading a missing WordNet succeeded")
	}
}
