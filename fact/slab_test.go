package fact

import (
	"slices"
	"testing"
)

// TestSlabLists checks that the lists a slab hands out hold what they
// should, have no room past their length where appending could reach the
// next list, and that a nil slab makes lists of its own.
func TestSlabLists(t *testing.T) {
	for _, sl := range []*slab{nil, {}} {
		tests := []struct {
			a, b, want []int
		}{
			{nil, nil, nil},
			{[]int{3, 1, 3}, nil, []int{3, 1}},
			{[]int{2}, []int{5, 2, 7}, []int{2, 5, 7}},
		}
		for _, tt := range tests {
			got := sl.union(tt.a, tt.b)
			if !slices.Equal(got, tt.want) || (got == nil) != (tt.want == nil) {
				t.Errorf("union(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		}
		one, two := sl.one(4), sl.one(9)
		if !slices.Equal(one, []int{4}) || cap(one) != 1 || !slices.Equal(two, []int{9}) {
			t.Errorf("one: %v (cap %d), %v", one, cap(one), two)
		}
		if longer := append(one, 5); two[0] != 9 || longer[0] != 4 {
			t.Errorf("appending to one list changed the next: %v", two)
		}
		args := sl.argList(3)
		if len(args) != 0 || cap(args) != 3 {
			t.Errorf("argList(3): len %d cap %d", len(args), cap(args))
		}
		if offs := sl.offsets(5); len(offs) != 5 || slices.ContainsFunc(offs, func(x int32) bool { return x != 0 }) {
			t.Errorf("offsets(5) = %v", offs)
		}
		if rw, b, s := sl.newRaw(), sl.newBinding(), sl.newSent(); rw == nil || b == nil || s == nil || rw.s != nil || b.trigSet || s.units != nil {
			t.Error("new raws, bindings and sentences must be zero")
		}
	}
}
