package entity

import (
	"strings"
	"testing"
)

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

// TestCueSetHasLower checks hasLower, which tests a word's ends before
// lowering it, against has of the word lowered, on words of every case
// and on words whose lowercase changes their length or their end bytes.
func TestCueSetHasLower(t *testing.T) {
	c := newCueSet()
	for _, w := range []string{"said", "told", "according to", "é", "i̇pek", "kelvin", "ärzte"} {
		c.add(w)
	}
	words := []string{"said", "SAID", "Said", "sAiD", "Told", "According To", "É", "é", "İpek", "\u212aelvin", "KELVIN",
		"Ärzte", "ÄRZTE", "sold", "", "a", "Z", "\xff", "SAI\xff", "x\u212a"}
	for _, w := range words {
		if got, want := c.hasLower(w), c.has(strings.ToLower(w)); got != want {
			t.Errorf("hasLower(%q) = %v, want %v", w, got, want)
		}
	}
	var none *cueSet
	if none.hasLower("Said") {
		t.Error("a nil set has words")
	}
}

// TestCueSetTable checks that each class of the lexicons, asked through the
// table of token words, holds the words of its map and no others: its own
// words, the words of every other class and variants of them.
func TestCueSetTable(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, set := range lx.cues {
		if set == nil {
			continue
		}
		if set.table == nil {
			t.Fatalf("class %d has no table", set.class)
		}
		for w := range set.words {
			words = append(words, w, w+"s", strings.ToUpper(w), w+" of")
		}
	}
	for c, set := range lx.cues {
		if set == nil {
			continue
		}
		for _, w := range words {
			if got, want := set.holds(w), set.words[w]; got != want {
				t.Errorf("class %d holds(%q) = %v, want %v", c, w, got, want)
			}
			if got, want := set.holdsBytes([]byte(w)), set.words[w]; got != want {
				t.Errorf("class %d holdsBytes(%q) = %v, want %v", c, w, got, want)
			}
		}
	}
}
