package fact

import (
	"strings"
	"testing"
)

// TestShortGapsJoin checks that short gaps in a row are read as one short
// gap of their total length, and that a long gap stays apart.
func TestShortGapsJoin(t *testing.T) {
	for _, c := range []struct {
		pattern string
		gaps    []int // the gaps' lengths, negative for a long gap
	}{
		{"{A} ~? ~? dinner", []int{8}},
		{"{A} ~ ~? ~? dinner", []int{12}},
		{"{A} ~~ ~? dinner", []int{-8, 4}},
		{"{A} ~? ~~ dinner", []int{4, -8}},
		{"{A} ~? at ~? dinner", []int{4, 4}},
	} {
		elems, _, err := parseElems(strings.Fields(c.pattern), false)
		if err != nil {
			t.Fatal(err)
		}
		var got []int
		for _, e := range elems {
			if e.kind != elemGap {
				continue
			}
			n := e.gap
			if e.long {
				n = -n
			}
			got = append(got, n)
		}
		if len(got) != len(c.gaps) {
			t.Errorf("%q: gaps %v, want %v", c.pattern, got, c.gaps)
			continue
		}
		for i := range got {
			if got[i] != c.gaps[i] {
				t.Errorf("%q: gaps %v, want %v", c.pattern, got, c.gaps)
				break
			}
		}
	}
}
