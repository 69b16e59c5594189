package entity

import "testing"

// TestWordTable checks that the word table gives each word of
// tokenWords its tokenInfo and nil to words it does not hold.
func TestWordTable(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.tokenWords) < 1000 {
		t.Fatalf("%d token words, want the lexicons' thousands", len(lx.tokenWords))
	}
	for w, ti := range lx.tokenWords {
		if got := lx.wordTable.get(w); got != ti {
			t.Errorf("get(%q) = %p, want %p", w, got, ti)
		}
		for _, other := range []string{w + "x", "x" + w, w[:len(w)-1], w + " "} {
			if got, want := lx.wordTable.get(other), lx.tokenWords[other]; got != want {
				t.Errorf("get(%q) = %p, want %p", other, got, want)
			}
		}
	}
	for _, w := range []string{"", "zzzq", "Hart", "Quillfeather", "déjà"} {
		if got, want := lx.wordTable.get(w), lx.tokenWords[w]; got != want {
			t.Errorf("get(%q) = %p, want %p", w, got, want)
		}
	}
}
