package pos

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

// A wordCache keeps, for words met in tagging that have no scores added up
// when the model was loaded (rare and unknown words), their token and the
// first-pass scores of their word features (wordFeatures, added up from
// zero as knownWords' rows are), shared by every sentence and document a
// Tagger tags, safely so from several goroutines. A word met again then
// costs its neighbours and context only.
//
// It is a fixed open-addressing table of pointers that is only ever added
// to: a reader loads a slot and compares words, a writer claims an empty
// slot with a compare-and-swap. Once it holds maxCachedRows words (about
// 600 bytes each, 5 MB in all), or a word finds no free slot near its
// home, new words are scored in full each time, as without the cache.
type wordCache struct {
	seed  maphash.Seed
	slots [rowCacheSlots]atomic.Pointer[cachedWord]
	n     atomic.Int32
}

// A cachedWord is one word's entry in a wordCache; it never changes once
// cached.
type cachedWord struct {
	word string
	tok  tok       // the word's token, without the sentence-position flag
	row  []float32 // the scores of its word features
}

const (
	rowCacheSlots = 1 << 14
	maxCachedRows = rowCacheSlots / 2
	maxRowProbe   = 8 // slots a lookup tries before giving up
)

func newWordCache() *wordCache { return &wordCache{seed: maphash.MakeSeed()} }

// get returns the cached entry of w, or nil.
func (c *wordCache) get(w string) *cachedWord {
	if c == nil {
		return nil
	}
	h := maphash.String(c.seed, w)
	for k := range uint64(maxRowProbe) {
		cw := c.slots[(h+k)&(rowCacheSlots-1)].Load()
		if cw == nil {
			return nil
		}
		if cw.word == w {
			return cw
		}
	}
	return nil
}

// full reports whether the cache takes no more words.
func (c *wordCache) full() bool { return c == nil || c.n.Load() >= maxCachedRows }

// put caches the token and row of w while the cache has room.
func (c *wordCache) put(w string, tk tok, row []float32) {
	if c.full() {
		return
	}
	tk.flags &^= flagFirst
	cw := &cachedWord{word: strings.Clone(w), tok: tk, row: row}
	h := maphash.String(c.seed, w)
	for k := range uint64(maxRowProbe) {
		slot := &c.slots[(h+k)&(rowCacheSlots-1)]
		if slot.CompareAndSwap(nil, cw) {
			c.n.Add(1)
			return
		}
		if slot.Load().word == w {
			return // cached meanwhile by another sentence
		}
	}
}
