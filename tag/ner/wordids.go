package ner

import "math/rand/v2"

// A wordIDs numbers strings in the order they are added: an
// open-addressing table of the numbers, keyed by each string's hash,
// cleared and reused document after document. It does for a scorer what a
// map from word to number does, with one hash a look-up (wordHash, a few
// instructions for a short word) and no map machinery. The numbers depend
// only on the order of the strings, never on their hashes.
type wordIDs struct {
	seed  uint64
	slots []uint64 // the hash's upper 32 bits, then the number plus one; 0 for an empty slot
	mask  uint64
	words []string // by number
}

// reset empties t, with room for at least n strings before it grows.
func (t *wordIDs) reset(n int) {
	if t.slots == nil {
		t.seed = rand.Uint64()
	}
	if len(t.words) > 0 {
		t.release()
	}
	size := 64
	for size < 2*n {
		size *= 2
	}
	if len(t.slots) < size {
		t.slots = make([]uint64, size)
		t.mask = uint64(size - 1)
	}
}

// release empties t, letting go of its strings and keeping its memory.
func (t *wordIDs) release() {
	clear(t.slots)
	clear(t.words)
	t.words = t.words[:0]
}

// find returns the number of w, or false with the place where add puts
// it.
func (t *wordIDs) find(w string) (id int32, ok bool, at wordSlot) {
	h := wordHash(t.seed, w)
	tag := h >> 32 << 32
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return -1, false, wordSlot{i: i, tag: tag}
		}
		if s&^0xffffffff == tag && t.words[uint32(s)-1] == w {
			return int32(uint32(s) - 1), true, wordSlot{}
		}
	}
}

// A wordSlot is where a string wordIDs.find did not find goes.
type wordSlot struct{ i, tag uint64 }

// add numbers w, which find did not find at at, and returns its number.
// The table must have room: at most half its slots used (reset's n).
func (t *wordIDs) add(w string, at wordSlot) int32 {
	id := int32(len(t.words))
	t.words = append(t.words, w)
	t.slots[at.i] = at.tag | uint64(uint32(id)+1)
	if 2*len(t.words) > len(t.slots) {
		t.grow()
	}
	return id
}

// grow doubles the table, placing every string again.
func (t *wordIDs) grow() {
	t.slots = make([]uint64, 2*len(t.slots))
	t.mask = uint64(len(t.slots) - 1)
	for id, w := range t.words {
		h := wordHash(t.seed, w)
		i := h & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = h>>32<<32 | uint64(uint32(id)+1)
	}
}

// len returns the number of strings numbered.
func (t *wordIDs) len() int { return len(t.words) }

// wordHash hashes w with seed: its bytes read eight, four or one at a time
// (the first and last eight or four overlapping), mixed with the seed and
// its length by the finalizer of SplitMix64.
func wordHash(seed uint64, w string) uint64 {
	n := len(w)
	h := seed ^ uint64(n)*0x9e3779b97f4a7c15
	switch {
	case n > 8:
		last := w[n-8:]
		for len(w) > 8 {
			h = mix64(h ^ le64(w))
			w = w[8:]
		}
		return mix64(h ^ le64(last))
	case n == 8:
		return mix64(h ^ le64(w))
	case n >= 4:
		return mix64(h ^ uint64(le32(w))<<32 ^ uint64(le32(w[n-4:])))
	case n > 0:
		return mix64(h ^ uint64(w[0])<<16 ^ uint64(w[n>>1])<<8 ^ uint64(w[n-1]))
	}
	return mix64(h)
}

// mix64 is the finalizer of SplitMix64.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// le64 reads the first eight bytes of w, little-endian.
func le64(w string) uint64 {
	_ = w[7]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// le32 reads the first four bytes of w, little-endian.
func le32(w string) uint32 {
	_ = w[3]
	return uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
}

// A docWords numbers the words of a document, as a wordIDs does, and
// keeps each word's scores, and the words themselves, from document to
// document: a word met in an earlier document is found without a look-up
// in the tagger's word cache, and the table is not cleared between
// documents. Each entry holds the number the word got in the last
// document that met it (stamp). The table is emptied at the start of a
// document when it holds more than maxDocWords words, or when the last
// document met a word the cache did not take (its scores are that
// document's own).
type docWords struct {
	seed    uint64
	slots   []uint64 // the hash's upper 32 bits, then the entry's index plus one; 0 for an empty slot
	mask    uint64
	entries []docWord
	stamp   uint32 // the current document's
	dirty   bool   // an entry's scores are not the cache's
}

// A docWord is one word of a docWords.
type docWord struct {
	word  string // a copy of its own, not the document's text
	ws    *wordScores
	stamp uint32 // the document that numbered the word last
	id    int32  // the word's number in that document
}

// maxDocWords is the most words a docWords keeps from one document to the
// next.
const maxDocWords = 1 << 15

// reset starts a document, with room for at least n more words before the
// table grows.
func (t *docWords) reset(n int) {
	if t.slots == nil {
		t.seed = rand.Uint64()
	}
	t.stamp++
	if t.dirty || t.stamp == 0 || len(t.entries) > maxDocWords {
		clear(t.slots)
		clear(t.entries)
		t.entries, t.stamp, t.dirty = t.entries[:0], 1, false
	}
	size := 64
	for size < 2*(len(t.entries)+n) {
		size *= 2
	}
	if len(t.slots) < size {
		t.rehash(size)
	}
}

// find returns the entry of w, or nil with the place where add puts it.
func (t *docWords) find(w string) (*docWord, wordSlot) {
	h := wordHash(t.seed, w)
	tag := h >> 32 << 32
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return nil, wordSlot{i: i, tag: tag}
		}
		if e := &t.entries[uint32(s)-1]; s&^0xffffffff == tag && e.word == w {
			return e, wordSlot{}
		}
	}
}

// add adds an entry for word, which find did not find at at, with the
// scores ws; cached tells whether ws is the word cache's. It returns the
// entry, valid until the next add.
func (t *docWords) add(word string, ws *wordScores, cached bool, at wordSlot) *docWord {
	t.entries = append(t.entries, docWord{word: word, ws: ws})
	t.slots[at.i] = at.tag | uint64(uint32(len(t.entries)))
	t.dirty = t.dirty || !cached
	if 2*len(t.entries) > len(t.slots) {
		t.rehash(2 * len(t.slots))
	}
	return &t.entries[len(t.entries)-1]
}

// number returns the number of e in the current document, giving it the
// next number, next, when the document has not met it yet.
func (t *docWords) number(e *docWord, next int32) (id int32, isNew bool) {
	if e.stamp == t.stamp {
		return e.id, false
	}
	e.stamp, e.id = t.stamp, next
	return next, true
}

// numbered returns the number of w in the current document, or false when
// the document has not met it.
func (t *docWords) numbered(w string) (int32, bool) {
	if e, _ := t.find(w); e != nil && e.stamp == t.stamp {
		return e.id, true
	}
	return -1, false
}

// rehash makes the table size slots and places every entry again.
func (t *docWords) rehash(size int) {
	t.slots = make([]uint64, size)
	t.mask = uint64(size - 1)
	for k := range t.entries {
		h := wordHash(t.seed, t.entries[k].word)
		i := h & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = h>>32<<32 | uint64(uint32(k)+1)
	}
}
