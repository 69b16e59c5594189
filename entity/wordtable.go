package entity

// A wordTable maps lowercase words to values, like a Go map, by open
// addressing with a cheap hash of the word's bytes. The per-token look-ups
// ask one for each token of every document (Lexicons.tokenWord) and name
// tests one for many words (Lexicons.nameGender); for such short keys a
// Go map spends more on its hash and probe than this table does.
//
// The table is small for the caches: a slot holds the key's hash and where
// its bytes are in keys, one string of every key in the order of the
// slots, instead of a string of its own. A look-up compares the bytes of
// a key only when the hash and the length are the word's, so that a
// probe past other words reads no memory but the slots.
//
// A bitmap of the keys' hashes, small enough to stay in the caches, says
// at once that most words the table does not hold are not there: they make
// about half of a news article's words, and the slot such a word would
// probe is most often out of the caches.
type wordTable[V any] struct {
	mask   uint32
	slots  []wordSlot[V] // at most half full
	keys   string        // the keys of the slots, one after another
	filter []uint64      // bit h>>shift set for the hash h of every key
	shift  uint32
}

// A wordSlot is one slot of a wordTable: the key is keys[off:off+n-1],
// n is 0 for an empty slot.
type wordSlot[V any] struct {
	hash uint32 // wordHash of the key
	off  uint32
	n    uint16 // the key's length plus one
	val  V
}

// maxWordKey is the longest key a wordTable holds.
const maxWordKey = 1<<16 - 2

// newWordTable returns the table of the words of m; words longer than
// maxWordKey are left out.
func newWordTable[V any](m map[string]V) *wordTable[V] {
	n := 1
	for n < 2*len(m) {
		n <<= 1
	}
	t := &wordTable[V]{mask: uint32(n - 1), slots: make([]wordSlot[V], n)}
	// four bits a slot, 64 at least: for 5,000 words, 8 KB and about one
	// word in thirteen of those not held let through
	bits, shift := 64, uint32(32-6)
	for bits < 4*n {
		bits, shift = 2*bits, shift-1
	}
	t.filter, t.shift = make([]uint64, bits/64), shift
	keys := make([]string, n)
	for w, v := range m {
		if len(w) > maxWordKey {
			continue
		}
		h := wordHash(w)
		i := h & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot[V]{hash: h, n: uint16(len(w) + 1), val: v}
		f := h >> shift
		t.filter[f/64] |= 1 << (f % 64)
		keys[i] = w
	}
	var all []byte
	for i, w := range keys {
		if t.slots[i].n != 0 {
			t.slots[i].off = uint32(len(all))
			all = append(all, w...)
		}
	}
	t.keys = string(all)
	return t
}

// get returns the value of w and whether w is in the table.
func (t *wordTable[V]) get(w string) (V, bool) { return t.getHashed(w, wordHash(w)) }

// getHashed is get of w, whose wordHash is h.
func (t *wordTable[V]) getHashed(w string, h uint32) (V, bool) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n == 0 {
			var zero V
			return zero, false
		}
		if s.hash == h && int(s.n)-1 == len(w) && t.keys[s.off:int(s.off)+len(w)] == w {
			return s.val, true
		}
	}
}

// getBytes is get of the word b, whose wordHash is h, without making a
// string of it.
func (t *wordTable[V]) getBytes(b []byte, h uint32) (V, bool) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n == 0 {
			var zero V
			return zero, false
		}
		if s.hash == h && int(s.n)-1 == len(b) && t.keys[s.off:int(s.off)+len(b)] == string(b) {
			return s.val, true
		}
	}
}

// mayHold reports whether the filter lets a key of hash h through: false
// when the table holds no key of that hash. The look-ups of every token
// ask it before getHashed or getBytes (which stay small enough to inline).
func (t *wordTable[V]) mayHold(h uint32) bool {
	f := h >> t.shift
	return t.filter[f/64]&(1<<(f%64)) != 0
}

// FNV-1a: wordHash(w) is hashStep applied to each byte of w from hashStart.
const hashStart = uint32(2166136261)

// hashStep adds byte c to the hash h.
func hashStep(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }

// bytesHash is wordHash of the word b.
func bytesHash(b []byte) uint32 {
	h := hashStart
	for _, c := range b {
		h = hashStep(h, c)
	}
	return h
}

// wordHash is the 32-bit FNV-1a hash of w's bytes.
func wordHash(w string) uint32 {
	h := hashStart
	for i := 0; i < len(w); i++ {
		h = hashStep(h, w[i])
	}
	return h
}
