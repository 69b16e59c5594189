package entity

import (
	"strings"
	"testing"
	"unsafe"
)

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
		if got, ok := lx.wordTable.get(w); lx.tokenIndex(got) != ti || !ok {
			t.Errorf("get(%q) = %p, want %p", w, lx.tokenIndex(got), ti)
		}
		for _, other := range []string{w + "x", "x" + w, w[:len(w)-1], w + " "} {
			if got, _ := lx.wordTable.get(other); lx.tokenIndex(got) != lx.tokenWords[other] {
				t.Errorf("get(%q) = %p, want %p", other, lx.tokenIndex(got), lx.tokenWords[other])
			}
		}
	}
	for _, w := range []string{"", "zzzq", "Hart", "Quillfeather", "déjà"} {
		if got, _ := lx.wordTable.get(w); lx.tokenIndex(got) != lx.tokenWords[w] {
			t.Errorf("get(%q) = %p, want %p", w, lx.tokenIndex(got), lx.tokenWords[w])
		}
	}
}

// TestNameTable checks nameGender, read from the table of names, against
// the map of names for every name as written, capitalised and in
// capitals, and for other words.
func TestNameTable(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", "Zzq", "THE", "Élodie", "ÉLODIE", "o'neil", "a-very-long-word-of-more-than-thirty-two-bytes"}
	for w := range lx.names {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"x", w[:len(w)-1])
	}
	for _, w := range words {
		g, ok := lx.nameGender(w)
		wantG, wantOK := lx.names[strings.ToLower(w)]
		if g != wantG || ok != wantOK {
			t.Errorf("nameGender(%q) = %q, %v; want %q, %v", w, g, ok, wantG, wantOK)
		}
	}
}

// TestWordSlotSize checks that a slot of the name table takes 12 bytes and
// one of the token table 24, as the order of their fields makes them.
func TestWordSlotSize(t *testing.T) {
	if n := unsafe.Sizeof(wordSlot[byte]{}); n != 12 {
		t.Errorf("wordSlot[byte] is %d bytes, want 12", n)
	}
	if n := unsafe.Sizeof(wordSlot[*tokenInfo]{}); n != 24 {
		t.Errorf("wordSlot[*tokenInfo] is %d bytes, want 24", n)
	}
}
