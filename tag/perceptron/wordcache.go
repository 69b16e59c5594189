package perceptron

import (
	"hash/maphash"
	"sync/atomic"
)

// A WordCache keeps one entry per word met in tagging (the scores a tagger
// worked out for it), shared by every sentence and document the tagger
// tags, safely so from several goroutines. An entry is exactly what working
// the word out again would give, so the cache changes no result, only the
// work. The word of an entry is read with the function given to
// NewWordCache.
//
// It is a fixed open-addressing table of pointers that is only ever added
// to: a reader loads a slot and compares words, a writer claims an empty
// slot with a compare-and-swap. Once it holds half as many words as it has
// slots, or a word finds no free slot near its home, new words are worked
// out each time, as without the cache.
type WordCache[T any] struct {
	seed  maphash.Seed
	slots []atomic.Pointer[T]
	mask  uint64
	limit int32
	n     atomic.Int32
	word  func(*T) string
}

// maxWordProbe is the number of slots a lookup tries before giving up.
const maxWordProbe = 8

// NewWordCache returns an empty cache of 2^bits slots whose entries' words
// word reads.
func NewWordCache[T any](bits uint, word func(*T) string) *WordCache[T] {
	n := 1 << bits
	return &WordCache[T]{
		seed:  maphash.MakeSeed(),
		slots: make([]atomic.Pointer[T], n),
		mask:  uint64(n - 1),
		limit: int32(n / 2),
		word:  word,
	}
}

// Get returns the cached entry of w, or nil.
func (c *WordCache[T]) Get(w string) *T {
	if c == nil {
		return nil
	}
	h := maphash.String(c.seed, w)
	for k := range uint64(maxWordProbe) {
		e := c.slots[(h+k)&c.mask].Load()
		if e == nil {
			return nil
		}
		if c.word(e) == w {
			return e
		}
	}
	return nil
}

// Full reports whether the cache takes no more words.
func (c *WordCache[T]) Full() bool { return c == nil || c.n.Load() >= c.limit }

// Put caches e, the entry of w (whose word it must already hold, in memory
// of its own), while the cache has room.
func (c *WordCache[T]) Put(w string, e *T) {
	if c.Full() {
		return
	}
	h := maphash.String(c.seed, w)
	for k := range uint64(maxWordProbe) {
		slot := &c.slots[(h+k)&c.mask]
		if slot.CompareAndSwap(nil, e) {
			c.n.Add(1)
			return
		}
		if c.word(slot.Load()) == w {
			return // cached meanwhile by another sentence or document
		}
	}
}

// Len returns the number of words cached.
func (c *WordCache[T]) Len() int {
	if c == nil {
		return 0
	}
	return int(c.n.Load())
}
