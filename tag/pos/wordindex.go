package pos

// A wordIndex maps the training words to their index in knownWords.info,
// looked up once per token: open addressing over a power-of-two array,
// at most half full, with a hash cheaper than the built-in map's for short
// words.
type wordIndex struct {
	slots []indexSlot
	mask  uint32
}

// An indexSlot is a word and 1 + its index; 0 marks an empty slot.
type indexSlot struct {
	form string
	k1   int32
}

// newWordIndex indexes words, each at its position in the slice.
func newWordIndex(words []string) wordIndex {
	size := 16
	for size < 2*len(words) {
		size *= 2
	}
	x := wordIndex{slots: make([]indexSlot, size), mask: uint32(size - 1)}
	for k, w := range words {
		h := indexHash(w) & x.mask
		for x.slots[h].k1 != 0 && x.slots[h].form != w {
			h = (h + 1) & x.mask
		}
		x.slots[h] = indexSlot{form: w, k1: int32(k) + 1}
	}
	return x
}

// indexHash is the 32-bit FNV-1a hash of w.
func indexHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// get returns the index of w, or -1 when it is no training word.
func (x *wordIndex) get(w string) int32 {
	if len(x.slots) == 0 {
		return -1
	}
	h := indexHash(w) & x.mask
	for {
		s := &x.slots[h]
		if s.k1 == 0 || s.form == w {
			return s.k1 - 1
		}
		h = (h + 1) & x.mask
	}
}
