package entity

// A wordTable finds the tokenInfo of a lowercase word of
// Lexicons.tokenWords by open addressing with a cheap hash of the word's
// bytes. The per-token look-ups ask it once for each token of every
// document, and for such short keys a Go map spends more on its hash and
// probe than this table does.
type wordTable struct {
	mask  uint32
	slots []wordSlot // at most half full; an empty slot has a nil info
}

// A wordSlot is one slot of a wordTable.
type wordSlot struct {
	key  string
	info *tokenInfo
}

// newWordTable returns the table of the words of m, whose infos are not nil.
func newWordTable(m map[string]*tokenInfo) *wordTable {
	n := 1
	for n < 2*len(m) {
		n <<= 1
	}
	t := &wordTable{mask: uint32(n - 1), slots: make([]wordSlot, n)}
	for w, ti := range m {
		i := wordHash(w) & t.mask
		for t.slots[i].info != nil {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot{w, ti}
	}
	return t
}

// get returns the tokenInfo of w, nil when w is not in the table.
func (t *wordTable) get(w string) *tokenInfo {
	for i := wordHash(w) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.info == nil || s.key == w {
			return s.info
		}
	}
}

// wordHash is the 32-bit FNV-1a hash of w's bytes.
func wordHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}
