package cpuclock

import "testing"

// TestUsedGrows checks that work done shows as CPU time used.
func TestUsedGrows(t *testing.T) {
	start := Used()
	if start == 0 {
		t.Skip("CPU time is not measured on this system")
	}
	x := 0
	for i := 0; i < 50_000_000; i++ {
		x += i % 7
	}
	if x == 0 || Used() <= start {
		t.Fatalf("CPU time did not grow: %v then %v", start, Used())
	}
}
