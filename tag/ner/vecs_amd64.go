package ner

// addVecs adds the vectors of vs to e one after another (vecs_amd64.s),
// with packed AVX or SSE additions that make each score the same sum,
// addition for addition, as adding them in Go in the same order
// (addVecsGo). It goes on to addVecsAVX2 when useAVX2 is set, to
// addVecsSSE otherwise, with no Go call in between.
//
//go:noescape
func addVecs(e *vec, vs []*vec)

// addVecsAVX2 is addVecs with AVX instructions: eight scores an addition.
//
//go:noescape
func addVecsAVX2(e *vec, vs []*vec)

// addVecsSSE is addVecs with SSE instructions: four scores an addition.
//
//go:noescape
func addVecsSSE(e *vec, vs []*vec)

// The assembly adds nine scores: four, four and one.
const (
	_ = uint(nLabels - 9)
	_ = uint(9 - nLabels)
)
