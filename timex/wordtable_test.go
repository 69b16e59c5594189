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
		if got := tg.table.id(w); got != id {
			t.Errorf("%q: got %d, want %d", w, got, id)
		}
		for _, other := range []string{w + "x", strings.ToUpper(w), "x" + w} {
			if got := tg.table.id(other); got != tg.words[other] {
				t.Errorf("%q: got %d, want %d", other, got, tg.words[other])
			}
		}
	}
	for _, w := range []string{"", "zzyzx", "hearsay", "quixotic", "é", "2024"} {
		if got := tg.table.id(w); got != tg.words[w] {
			t.Errorf("%q: got %d, want %d", w, got, tg.words[w])
		}
	}
	empty := newWordTable(nil)
	if got := empty.id("may"); got != 0 {
		t.Errorf("empty table: got %d", got)
	}
}
