//go:build !amd64

package perceptron

import (
	"math"
	"unsafe"
)

// useMaxAVX2 is false: BestLead scans in Go.
const useMaxAVX2 = false

// maxFloats returns the highest of the n scores at p (-Inf when n is 0).
func maxFloats(p *float32, n int) float32 {
	top := float32(math.Inf(-1))
	for _, v := range unsafe.Slice(p, n) {
		top = max32(top, v)
	}
	return top
}

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
