package fact

import "testing"

// TestMayNameParent checks the quick test that passes over tokens that
// are no parent noun and open no parent description joined by hyphens.
func TestMayNameParent(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"mother", true}, {"Father", true}, {"MUM", true}, {"dad", true}, {"parent", true},
		{"mother-of-two", true}, {"Father-Of-Three", true}, {"MOTHER-OF-TWINS", true},
		{"mothers", false}, {"motherhood", false}, {"Maya", false}, {"daddy", false}, {"of", false},
	} {
		if got := mayNameParent(c.word); got != c.want {
			t.Errorf("mayNameParent(%q) = %v, want %v", c.word, got, c.want)
		}
		if c.want {
			continue
		}
		if isParentNoun(c.word) {
			t.Errorf("%q passed over, but it is a parent noun", c.word)
		}
	}
}
