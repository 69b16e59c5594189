package prf

import "testing"

func TestRatio(t *testing.T) {
	for _, c := range []struct {
		num, den int
		want     float64
	}{{0, 0, 0}, {3, 0, 0}, {0, 4, 0}, {1, 4, 0.25}, {4, 4, 1}} {
		if got := Ratio(c.num, c.den); got != c.want {
			t.Errorf("Ratio(%d, %d) = %v, want %v", c.num, c.den, got, c.want)
		}
	}
}

func TestF1(t *testing.T) {
	for _, c := range []struct{ p, r, want float64 }{
		{0, 0, 0}, {1, 0, 0}, {1, 1, 1}, {0.5, 1, 2.0 / 3}, {50, 100, 200.0 / 3}, {0.25, 0.75, 0.375},
	} {
		if got := F1(c.p, c.r); got != c.want {
			t.Errorf("F1(%v, %v) = %v, want %v", c.p, c.r, got, c.want)
		}
	}
}
