//go:build !amd64

package perceptron

import (
	"math"
	"unsafe"
)

// useMaxAVX2 is false: BestLead scans in Go.
const useMaxAVX2 = false

// indexFloat returns the index of the first of the n scores at p that
// equals v, or n.
func indexFloat(p *float32, n int, v float32) int {
	for i, x := range unsafe.Slice(p, n) {
		if x == v {
			return i
		}
	}
	return n
}

// topTwo returns the highest of the n scores at p and the highest of the
// others once one instance of it is set aside (-Inf for either when there
// are too few).
func topTwo(p *float32, n int) (top, second float32) {
	top, second = float32(math.Inf(-1)), float32(math.Inf(-1))
	for _, v := range unsafe.Slice(p, n) {
		second = max32(second, min32(top, v))
		top = max32(top, v)
	}
	return top, second
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
