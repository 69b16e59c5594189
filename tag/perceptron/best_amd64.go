package perceptron

// useMaxAVX2 reports whether BestLead may use the AVX2 sweeps: the same
// processor support as the AVX2 additions of addRows.
var useMaxAVX2 = useAVX2

// indexFloat returns the index of the first of the n scores at p that
// equals v (as == compares: -0 equals +0), or n when none does, eight at
// a time with AVX2 (best_amd64.s).
//
//go:noescape
func indexFloat(p *float32, n int, v float32) int

// topTwo returns the highest of the n scores at p and the highest of the
// others once one instance of it is set aside (-Inf for either when there
// are too few), eight at a time with AVX2 (best_amd64.s). Scores must not
// be NaN.
//
//go:noescape
func topTwo(p *float32, n int) (top, second float32)
