package entity

import "testing"

// TestChildPluralWords checks the per-token childPlural flag against the
// test it stands for (kin-plural, "children", a plural of a child noun),
// on every word of the lexicons and plural forms of each person noun.
func TestChildPluralWords(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"children", "childs", "kids", "daughters", "sons", "stepsons", "grandchildren", "twins", "men", "s", "es", "ies", "boys", "babies", "sisters"}
	for w := range lx.tokenWords {
		words = append(words, w)
	}
	for n := range lx.nouns {
		words = append(words, n, n+"s", n+"es", n+"ies", n+"men", n+"ss")
		if len(n) > 3 {
			words = append(words, n[:len(n)-1]+"ies", n[:len(n)-3]+"men", n[:len(n)-1]+"s")
		}
	}
	found := 0
	for _, w := range words {
		want := lx.is(cueKinPlural, w) || w == "children" || lx.pluralOfChild(w)
		ti := lx.tokenWord(w)
		if got := ti != nil && ti.has(bitChildPlural); got != want {
			t.Errorf("childPlural(%q) = %v, want %v", w, got, want)
		}
		if want {
			found++
		}
	}
	if found < 5 {
		t.Errorf("%d words name several children, want daughters, sons, kids, twins, children at least", found)
	}
}
