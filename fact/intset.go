package fact

import "slices"

// An intSet is a small set of numbers (entities) as a list without
// repeats, in the order they were added: cheaper than a map for the one or
// two partners or parents a person has.
type intSet []int

// add returns the set with x in it.
func (s intSet) add(x int) intSet {
	if slices.Contains(s, x) {
		return s
	}
	return append(s, x)
}

// has reports whether x is in the set.
func (s intSet) has(x int) bool {
	return slices.Contains(s, x)
}

// An intPool hands out the storage of sets begun with addTo from blocks of
// intPoolBlock numbers, not one allocation each.
type intPool []int

// intPoolBlock is how many numbers a block of an intPool holds.
const intPoolBlock = 32

// addTo returns the set s with x in it: a set begun with x takes its one
// number from the pool, with no room beyond it, so that adding to it again
// copies it out as add does.
func (p *intPool) addTo(s intSet, x int) intSet {
	if len(s) > 0 {
		return s.add(x)
	}
	if len(*p) == cap(*p) {
		*p = make([]int, 0, intPoolBlock)
	}
	*p = append(*p, x)
	n := len(*p)
	return intSet((*p)[n-1 : n : n])
}
