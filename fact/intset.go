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
