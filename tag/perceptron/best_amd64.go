package perceptron

// useMaxAVX2 reports whether BestLead may use the AVX2 sweeps: the same
// processor support as the AVX2 additions of addRows.
var useMaxAVX2 = useAVX2

// topTwoAt returns the highest of the n scores at p, the highest of the
// others once one instance of it is set aside (-Inf for either when there
// are too few) and the index of the first score that equals the highest
// (as == compares: -0 equals +0; n when none does), eight scores and
// more an instruction with AVX2 (best_amd64.s). Scores must not be NaN.
//
//go:noescape
func topTwoAt(p *float32, n int) (top, second float32, at int)
