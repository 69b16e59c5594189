package fact

import (
	"slices"
	"testing"
)

// TestIntPool checks that sets begun from a pool hold what was added, in
// order and without repeats, and that growing one leaves the others as
// they were.
func TestIntPool(t *testing.T) {
	var pool intPool
	sets := make([]intSet, 40)
	for i := range sets {
		sets[i] = pool.addTo(sets[i], i)
	}
	sets[3] = pool.addTo(sets[3], 7)
	sets[3] = pool.addTo(sets[3], 3)
	sets[4] = pool.addTo(sets[4], 9)
	for i, s := range sets {
		want := intSet{i}
		switch i {
		case 3:
			want = intSet{3, 7}
		case 4:
			want = intSet{4, 9}
		}
		if !slices.Equal(s, want) {
			t.Errorf("set %d = %v, want %v", i, s, want)
		}
	}
}
