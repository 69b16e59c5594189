package pos

import (
	"strings"

	"github.com/hearsay-news/hearsay/tag/perceptron"
)

// A wordCache keeps, for words met in tagging that have no scores added up
// when the model was loaded (rare and unknown words), their token and the
// scores of their word features in each pass (wordFeatures, added up from
// zero as knownWords' rows are), shared by every sentence and document a
// Tagger tags (a perceptron.WordCache). A word met again then costs its
// neighbours and context only. It holds up to 8192 words, about 800 bytes
// each (the token, the first pass's row in steps, the second pass's in
// floats), 6.5 MB in all.
type wordCache = perceptron.WordCache[cachedWord]

// A cachedWord is one word's entry in a wordCache; it never changes once
// cached.
type cachedWord struct {
	word  string
	tok   tok       // the word's token, without the sentence-position flag
	row   []float32 // the first-pass scores of its word features; nil when in qrow
	qrow  []int16   // the same in steps of the known words' step, when they fit; else nil
	row2  []float32 // their second-pass scores; nil for one pass
	qrow2 []int16   // the same in steps of the known words' second-pass step, when they fit; else nil
}

// rowCacheBits sizes the cache: 2^14 slots, half of which it fills.
const rowCacheBits = 14

func newWordCache() *wordCache {
	return perceptron.NewWordCache(rowCacheBits, func(cw *cachedWord) string { return cw.word })
}

// cacheWord caches the token and rows of w while c has room, and returns
// its entry (nil when c is full).
func cacheWord(c *wordCache, w string, tk tok, row []float32, qrow []int16, row2 []float32, qrow2 []int16) *cachedWord {
	if c.Full() {
		return nil
	}
	tk.flags &^= flagFirst
	cw := &cachedWord{word: strings.Clone(w), tok: tk, row: row, qrow: qrow, row2: row2, qrow2: qrow2}
	c.Put(w, cw)
	return cw
}
