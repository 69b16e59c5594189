package ner

// addVecs adds the vectors of vs to e one after another (vecs_amd64.s),
// with packed SSE additions that make each score the same sum, addition
// for addition, as adding them in Go in the same order (addVecsGo).
//
//go:noescape
func addVecs(e *vec, vs []*vec)

// The assembly adds nine scores: four, four and one.
const (
	_ = uint(nLabels - 9)
	_ = uint(9 - nLabels)
)
