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
