// Package strtab is a read-only hash table from short strings to values,
// for look-ups once per token: open addressing over a power-of-two array,
// at most half full, with an FNV-1a hash that costs less than the built-in
// map's for short words.
package strtab

// A Table maps strings to values of type V. Its zero value is an empty
// table.
type Table[V any] struct {
	slots []slot[V]
	mask  uint32
}

// A slot is one entry of a Table; used tells it from an empty one.
type slot[V any] struct {
	key  string
	val  V
	used bool
}

// New returns a table of the entries of m.
func New[V any](m map[string]V) Table[V] {
	t := sized[V](len(m))
	for k, v := range m {
		t.put(k, v)
	}
	return t
}

// FromIndex returns a table that maps each string of keys to its position
// in keys (the last position of a repeated string).
func FromIndex(keys []string) Table[int32] {
	t := sized[int32](len(keys))
	for i, k := range keys {
		t.put(k, int32(i))
	}
	return t
}

// sized returns an empty table with room for n entries.
func sized[V any](n int) Table[V] {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return Table[V]{slots: make([]slot[V], size), mask: uint32(size - 1)}
}

// put sets the value of k, replacing an earlier one.
func (t *Table[V]) put(k string, v V) {
	h := hash(k) & t.mask
	for t.slots[h].used && t.slots[h].key != k {
		h = (h + 1) & t.mask
	}
	t.slots[h] = slot[V]{key: k, val: v, used: true}
}

// Get returns the value of k and whether the table has k.
func (t *Table[V]) Get(k string) (V, bool) {
	if len(t.slots) == 0 {
		var zero V
		return zero, false
	}
	for h := hash(k) & t.mask; ; h = (h + 1) & t.mask {
		s := &t.slots[h]
		if !s.used {
			return s.val, false
		}
		if s.key == k {
			return s.val, true
		}
	}
}

// hash is the 32-bit FNV-1a hash of s.
func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}
