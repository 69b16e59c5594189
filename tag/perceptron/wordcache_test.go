package perceptron

import (
	"fmt"
	"testing"
)

type cacheTestEntry struct {
	word string
	n    int
}

// TestWordCache checks that a cache returns what was put, keeps the first
// cacheTestEntry of a word, stops taking words once half its slots are used, and
// that a nil cache holds nothing.
func TestWordCache(t *testing.T) {
	c := NewWordCache(4, func(e *cacheTestEntry) string { return e.word })
	if c.Get("a") != nil {
		t.Fatal("empty cache returned an cacheTestEntry")
	}
	c.Put("a", &cacheTestEntry{"a", 1})
	c.Put("a", &cacheTestEntry{"a", 2})
	if e := c.Get("a"); e == nil || e.n != 1 {
		t.Fatalf(`Get("a") = %v, want the first cacheTestEntry`, e)
	}
	for i := range 20 {
		w := fmt.Sprint("w", i)
		c.Put(w, &cacheTestEntry{w, i})
	}
	if !c.Full() || c.Len() != 8 {
		t.Errorf("after 21 words: Full() = %v, Len() = %d; want true, 8", c.Full(), c.Len())
	}
	found := 0
	for i := range 20 {
		w := fmt.Sprint("w", i)
		if e := c.Get(w); e != nil {
			if e.n != i {
				t.Errorf("Get(%q) = %v", w, e)
			}
			found++
		}
	}
	if found != 7 {
		t.Errorf("found %d of the words put after the first, want 7", found)
	}
	var nilCache *WordCache[cacheTestEntry]
	if nilCache.Get("a") != nil || !nilCache.Full() || nilCache.Len() != 0 {
		t.Error("a nil cache is not empty and full")
	}
	nilCache.Put("a", &cacheTestEntry{"a", 1})
}
