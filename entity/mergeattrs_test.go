package entity

import (
	"fmt"
	"reflect"
	"testing"
)

// TestMergeAttrs checks that mergeAttrs appends new attributes, gives the
// sentence of a repeated one to the evidence of the last equal one before
// it (once, and not its own sentence), and that lists searched and lists
// indexed merge alike.
func TestMergeAttrs(t *testing.T) {
	r := &resolver{}
	occ := func(person int, lit string, sent int) attr {
		return attr{typ: "occupation", person: person, literal: lit, obj: -1, sent: sent}
	}
	have := []attr{occ(0, "actor", 1), occ(1, "singer", 2), occ(0, "actor", 3)} // renumbered into a repeat
	more := []attr{occ(0, "actor", 4), occ(0, "actor", 4), occ(0, "actor", 3), occ(2, "actor", 5), occ(2, "actor", 6), occ(1, "singer", 2)}
	got := r.mergeAttrs(have, more)
	want := []attr{occ(1, "singer", 2), occ(2, "actor", 5)}
	want = append([]attr{occ(0, "actor", 1)}, want...)
	want = append(want[:2:2], occ(0, "actor", 3), want[2])
	want[2].evidence = []int{4}
	want[3].evidence = []int{6}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("mergeAttrs = %+v, want %+v", got, want)
	}
	// Long lists: the same merge with a hundred other attributes after.
	var many []attr
	for i := range 100 {
		many = append(many, occ(10+i, fmt.Sprint("trade", i%7), i))
	}
	long := r.mergeAttrs(append(append([]attr{}, have...), many...), more)
	n := len(have)
	wantLong := append(append(append([]attr{}, want[:n]...), many...), want[n:]...) // the new one after the hundred
	if !reflect.DeepEqual(long, wantLong) {
		t.Errorf("indexed mergeAttrs = %+v, want %+v", long, wantLong)
	}
}
