package pos

import (
	"fmt"
	"testing"
)

// A wordIndex finds every word it was built with at its index, and no
// other word.
func TestWordIndex(t *testing.T) {
	var words []string
	for k := range 5000 {
		words = append(words, fmt.Sprintf("w%dx", k*7))
	}
	words = append(words, "", "É", "the", "The")
	x := newWordIndex(words)
	for k, w := range words {
		if got := x.get(w); got != int32(k) {
			t.Errorf("get(%q) = %d, want %d", w, got, k)
		}
	}
	for _, w := range []string{"w1x", "w0", "x", "THE", "é", "w34994x"} {
		if got := x.get(w); got != -1 {
			t.Errorf("get(%q) = %d, want -1", w, got)
		}
	}
	var empty wordIndex
	if got := empty.get("the"); got != -1 {
		t.Errorf("empty index: get = %d, want -1", got)
	}
}

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
