package perceptron

import (
	"math"
	"unsafe"
)

// BestLead returns the class with the highest score (ties go to the lowest
// id, as with Best) and how far its score is ahead of the runner-up's, the
// highest score of the other classes (+Inf for a single class). scores
// must not be empty. On amd64 with AVX2 it compares eight scores an
// instruction (bestLeadAVX2); elsewhere it scans them in Go (bestLeadGo).
// Both give the same class and lead.
func BestLead(scores []float32) (int, float32) {
	if useMaxAVX2 && len(scores) >= 16 {
		return bestLeadAVX2(scores)
	}
	return bestLeadGo(scores)
}

// bestLeadAVX2 is BestLead in two sweeps of packed comparisons: the
// highest score and the runner-up's, then the first class that has the
// highest (topTwoAt). Maxima and minima of scores are exact, so the lead is
// the same difference bestLeadGo takes.
func bestLeadAVX2(scores []float32) (int, float32) {
	p := unsafe.SliceData(scores)
	_, second, best := topTwoAt(p, len(scores))
	if best >= len(scores) {
		return bestLeadGo(scores) // a NaN score: no maximum to find
	}
	return best, scores[best] - second
}

// bestLeadGo is BestLead in Go. Its inner loops only skip the scores that
// are not above the runner-up so far, which are nearly all of them, four
// at a time and then one: a comparison a class and little else.
func bestLeadGo(scores []float32) (int, float32) {
	best, top, second := 0, scores[0], float32(math.Inf(-1))
	n := len(scores)
	base := unsafe.Pointer(unsafe.SliceData(scores))
	at := func(i int) float32 { return *(*float32)(unsafe.Add(base, uintptr(i)*4)) } // i < n
	for i := 1; i < n; i++ {
		for i+3 < n && !(at(i) > second) && !(at(i+1) > second) && !(at(i+2) > second) && !(at(i+3) > second) {
			i += 4
		}
		for i < n && !(at(i) > second) {
			i++
		}
		if i == n {
			break
		}
		if v := at(i); v > top {
			best, top, second = i, v, top
		} else {
			second = v
		}
	}
	return best, top - second
}
