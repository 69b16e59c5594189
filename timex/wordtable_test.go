package timex

import (
	"strings"
	"testing"
)

// TestWordTable checks the table against the map it is made from, for
// every numbered form and for forms with no number.
func TestWordTable(t *testing.T) {
	tg, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	for w, id := range tg.words {
		if got, _ := tg.table.Get(w); got != id {
			t.Errorf("%q: got %d, want %d", w, got, id)
		}
		for _, other := range []string{w + "x", strings.ToUpper(w), "x" + w} {
			if got, _ := tg.table.Get(other); got != tg.words[other] {
				t.Errorf("%q: got %d, want %d", other, got, tg.words[other])
			}
		}
	}
	for _, w := range []string{"", "zzyzx", "hearsay", "quixotic", "é", "2024"} {
		if got, _ := tg.table.Get(w); got != tg.words[w] {
			t.Errorf("%q: got %d, want %d", w, got, tg.words[w])
		}
	}
}
