package timex

// A wordTable maps token forms to their word numbers (Tagger.words) for
// lookups per token: open addressing over a power-of-two array, with a
// hash cheaper than the built-in map's for short words.
type wordTable struct {
	slots []wordSlot
	mask  uint32
}

// A wordSlot is a form and its number; id 0 marks an empty slot.
type wordSlot struct {
	form string
	id   int32
}

// newWordTable returns a table of words, at most half full.
func newWordTable(words map[string]int32) wordTable {
	size := 16
	for size < 2*len(words) {
		size *= 2
	}
	t := wordTable{slots: make([]wordSlot, size), mask: uint32(size - 1)}
	for w, id := range words {
		if id == 0 {
			continue
		}
		h := wordHash(w) & t.mask
		for t.slots[h].id != 0 {
			h = (h + 1) & t.mask
		}
		t.slots[h] = wordSlot{form: w, id: id}
	}
	return t
}

// wordHash is FNV-1a over the bytes of w.
func wordHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// id returns the number of form w, 0 when it has none.
func (t *wordTable) id(w string) int32 {
	h := wordHash(w) & t.mask
	for {
		s := &t.slots[h]
		if s.id == 0 || s.form == w {
			return s.id
		}
		h = (h + 1) & t.mask
	}
}
