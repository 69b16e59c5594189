package strtab

import (
	"strconv"
	"testing"
)

// TestTable checks a table against the map it was made from, for present
// and absent keys, and the zero table.
func TestTable(t *testing.T) {
	m := map[string]int{"": 7, "said": 1, "married": 2}
	for i := range 1000 {
		m["w"+strconv.Itoa(i)] = i + 10
	}
	tab := New(m)
	for k, v := range m {
		if got, ok := tab.Get(k); !ok || got != v {
			t.Errorf("Get(%q) = %d, %v; want %d, true", k, got, ok, v)
		}
	}
	for _, k := range []string{"marri", "said ", "w1000", "W1"} {
		if got, ok := tab.Get(k); ok {
			t.Errorf("Get(%q) = %d, true; want absent", k, got)
		}
	}
	var zero Table[int]
	if _, ok := zero.Get("said"); ok {
		t.Error("the zero table has a key")
	}
}

// TestFromIndex checks that each key maps to its position, the last one
// for a repeated key.
func TestFromIndex(t *testing.T) {
	tab := FromIndex([]string{"a", "b", "a", "c"})
	for k, want := range map[string]int32{"a": 2, "b": 1, "c": 3} {
		if got, ok := tab.Get(k); !ok || got != want {
			t.Errorf("Get(%q) = %d, %v; want %d", k, got, ok, want)
		}
	}
	if _, ok := tab.Get("d"); ok {
		t.Error("absent key found")
	}
}

// lengthKeys returns, for each length from 0 to 40, the prefix of that
// length of a long word and the same with one byte changed at each
// position, so that every read of the hash (first, middle and last byte,
// overlapping halves, eight-byte words and the last word) sees a change.
func lengthKeys() []string {
	const word = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
	var keys []string
	for n := 0; n <= 40; n++ {
		keys = append(keys, word[:n])
		for i := range n {
			b := []byte(word[:n])
			b[i] = '#'
			keys = append(keys, string(b))
		}
	}
	return keys
}

// TestLengths checks look-ups of keys of every length from 0 to 40 that
// differ in one byte, and that none of them shares its hash with another.
func TestLengths(t *testing.T) {
	keys := lengthKeys()
	tab := FromIndex(keys)
	seen := make(map[uint32]string)
	for i, k := range keys {
		if got, ok := tab.Get(k); !ok || got != int32(i) {
			t.Errorf("Get(%q) = %d, %v; want %d, true", k, got, ok, i)
		}
		if _, ok := tab.Get(k + "#"); ok && len(k) == 40 {
			t.Errorf("Get(%q) found an absent key", k+"#")
		}
		h := hash(k)
		if o, ok := seen[h]; ok {
			t.Errorf("hash(%q) = hash(%q) = %#x", k, o, h)
		}
		seen[h] = k
	}
}

// TestCollisions checks that the hash spreads many short words that differ
// little about as a random function would: 131,072 words (w0 ... w65535
// and W0 ... W65535) share 32-bit values in at most 8 pairs (a random
// function: 2 on average), and 65,536 numbers hit at least 60% of the
// slots of a 16-bit index (a random function: 63%).
func TestCollisions(t *testing.T) {
	full := make(map[uint32]bool)
	low := make(map[uint32]bool)
	shared := 0
	for i := range 1 << 16 {
		for _, k := range []string{"w" + strconv.Itoa(i), "W" + strconv.Itoa(i)} {
			h := hash(k)
			if full[h] {
				shared++
			}
			full[h] = true
		}
		low[hash(strconv.Itoa(i*7))&0xffff] = true
	}
	if shared > 8 {
		t.Errorf("%d words share a hash with an earlier one; want at most 8", shared)
	}
	if n := len(low); n < 39322 {
		t.Errorf("%d of 65536 slots hit; want at least 39322", n)
	}
}
