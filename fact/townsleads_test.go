package fact

import (
	"strings"
	"testing"
)

// TestLeadLens checks that leadLens lets through every word that opens a
// key, in any case, and turns down ASCII words no key opens with.
func TestLeadLens(t *testing.T) {
	table := map[string]string{"texan": "Texas", "new yorker": "New York", "ángeleno": "Los Angeles"}
	ls := leadLensOf(table)
	for _, w := range []string{"Texan", "texan", "TEXAN", "New", "new", "New yorker", "Ángeleno", "Österreicher", ""} {
		if !ls.may(w) {
			t.Errorf("may(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"Tex", "Texans", "Nevada", "Yorker", "Angeleno"} {
		if ls.may(w) {
			t.Errorf("may(%q) = true, want false", w)
		}
	}
	if long := strings.Repeat("t", 70); !ls.may(long) {
		t.Errorf("may of a word of 70 bytes = false, want true")
	}
}

// TestTownsLeads checks the leads of data/townsfolk.tsv against the table
// itself: every key, and the first word of every key of two words, may
// open one when capitalised.
func TestTownsLeads(t *testing.T) {
	r, err := loadResources()
	if err != nil {
		t.Fatal(err)
	}
	for k := range r.townsfolk {
		first, _, _ := strings.Cut(k, " ")
		for _, w := range []string{k, first, strings.ToUpper(first[:1]) + first[1:]} {
			if !r.townsLeads.may(w) {
				t.Errorf("townsLeads.may(%q) = false for key %q", w, k)
			}
		}
	}
}
