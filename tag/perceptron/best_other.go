//go:build !amd64

package perceptron

import (
	"math"
	"unsafe"
)

// useMaxAVX2 is false: BestLead scans in Go.
const useMaxAVX2 = false

// topTwoAt returns the highest of the n scores at p, the highest of the
// others once one instance of it is set aside (-Inf for either when there
// are too few) and the index of the first score that equals the highest,
// or n.
func topTwoAt(p *float32, n int) (top, second float32, at int) {
	top, second = float32(math.Inf(-1)), float32(math.Inf(-1))
	scores := unsafe.Slice(p, n)
	for _, v := range scores {
		second = max32(second, min32(top, v))
		top = max32(top, v)
	}
	for i, x := range scores {
		if x == top {
			return top, second, i
		}
	}
	return top, second, n
}

// min32 is the smaller of two scores that are not NaN.
func min32(a, b float32) float32 {
	if b < a {
		return b
	}
	return a
}

// max32 is the larger of two scores that are not NaN.
func max32(a, b float32) float32 {
	if b > a {
		return b
	}
	return a
}
