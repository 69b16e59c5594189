package ner

import (
	"strings"
	"testing"
)

func TestOutletKind(t *testing.T) {
	l, err := DefaultLists()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, want string }{
		{"Us Weekly", "outlet"},
		{"E! News", "outlet"},
		{"Getty Images", "agency"},
		{"The Evening Courant", "outlet"},
		{"Lakeview Ledger", "outlet"},
		{"Courant", ""},
		{"Elle UK", "outlet"},
		{"Vogue Australia", "outlet"},
		{"Getty Images UK", ""},
		{"Kansas City Online", ""},
		{"Mara Quill", ""},
	}
	for _, tc := range tests {
		if got := l.OutletKind(strings.Fields(tc.name)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
