package main

import (
	"slices"
	"testing"
)

// TestBuildTree checks that two groups of vectors part at the first split
// and that the result does not change from run to run.
func TestBuildTree(t *testing.T) {
	v := &vocabulary{dim: 3}
	for i := range 40 {
		e := float64(i%5) * 0.01
		if i%2 == 0 {
			v.add("a", []float64{1, e, 0.1})
		} else {
			v.add("b", []float64{e, 1, 0.1})
		}
	}
	opts := defaultOptions()
	opts.MinSplit = 4
	first := buildTree(v, opts)
	for i, c := range first {
		if want := i % 2; int(c.Prefix(1)&1) != want {
			t.Errorf("word %d in half %d, want %d", i, c.Prefix(1)&1, want)
		}
	}
	if again := buildTree(v, opts); !slices.Equal(first, again) {
		t.Error("a second run differs")
	}
}
