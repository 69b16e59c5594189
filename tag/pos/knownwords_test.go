package pos

import (
	"testing"
)

// The index of the default tagger's known words agrees with their order.
func TestKnownWordsIndex(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for w := range tg.vocab {
		k := tg.known.lookup(w)
		if k < 0 || int(k) >= len(tg.known.info) {
			t.Fatalf("lookup(%q) = %d", w, k)
		}
		n++
	}
	if n != len(tg.known.info) {
		t.Errorf("%d words, %d known", n, len(tg.known.info))
	}
	if k := tg.known.lookup("qzxjvw-not-a-word"); k != -1 {
		t.Errorf("lookup of an unseen word = %d", k)
	}
}
