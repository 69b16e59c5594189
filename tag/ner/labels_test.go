package ner

import "testing"

func TestTypeConstants(t *testing.T) {
	for name, id := range map[string]int{"PER": typePER, "ORG": typeORG, "LOC": typeLOC, "MISC": typeMISC} {
		if got := typeID(name); got != id {
			t.Errorf("typeID(%q) = %d, the constant is %d", name, got, id)
		}
		if got := typeName(beginOf(id)); got != name {
			t.Errorf("typeName(beginOf(%d)) = %q, want %q", id, got, name)
		}
	}
}
