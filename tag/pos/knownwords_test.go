package pos

import (
	"slices"
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

// Known words are ordered by falling count, words as frequent in byte
// order.
func TestWordsByCount(t *testing.T) {
	vocab := map[string]uint32{"the": 90, "cat": 3, "bat": 3, "a": 50, "Zed": 3, "ox": 1}
	want := []string{"the", "a", "Zed", "bat", "cat", "ox"}
	if got := wordsByCount(vocab); !slices.Equal(got, want) {
		t.Errorf("wordsByCount = %q, want %q", got, want)
	}
}
