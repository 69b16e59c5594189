package entity

// A wordTable maps lowercase words to values, like a Go map, by open
// addressing with a cheap hash of the word's bytes. The per-token look-ups
// ask one for each token of every document (Lexicons.tokenWord) and name
// tests one for many words (Lexicons.nameGender); for such short keys a
// Go map spends more on its hash and probe than this table does.
type wordTable[V any] struct {
	mask  uint32
	slots []wordSlot[V] // at most half full
}

// A wordSlot is one slot of a wordTable.
type wordSlot[V any] struct {
	key  string
	val  V
	used bool
}

// newWordTable returns the table of the words of m.
func newWordTable[V any](m map[string]V) *wordTable[V] {
	n := 1
	for n < 2*len(m) {
		n <<= 1
	}
	t := &wordTable[V]{mask: uint32(n - 1), slots: make([]wordSlot[V], n)}
	for w, v := range m {
		i := wordHash(w) & t.mask
		for t.slots[i].used {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot[V]{w, v, true}
	}
	return t
}

// get returns the value of w and whether w is in the table.
func (t *wordTable[V]) get(w string) (V, bool) {
	for i := wordHash(w) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if !s.used || s.key == w {
			return s.val, s.used
		}
	}
}

// getBytes is get of the word b, whose wordHash is h, without making a
// string of it.
func (t *wordTable[V]) getBytes(b []byte, h uint32) (V, bool) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if !s.used || s.key == string(b) {
			return s.val, s.used
		}
	}
}

// getHashed is get of w, whose wordHash is h.
func (t *wordTable[V]) getHashed(w string, h uint32) (V, bool) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if !s.used || s.key == w {
			return s.val, s.used
		}
	}
}

// FNV-1a: wordHash(w) is hashStep applied to each byte of w from hashStart.
const hashStart = uint32(2166136261)

// hashStep adds byte c to the hash h.
func hashStep(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }

// wordHash is the 32-bit FNV-1a hash of w's bytes.
func wordHash(w string) uint32 {
	h := hashStart
	for i := 0; i < len(w); i++ {
		h = hashStep(h, w[i])
	}
	return h
}
