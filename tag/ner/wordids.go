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
