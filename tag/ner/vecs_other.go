//go:build !amd64

package ner

// addVecs adds the vectors of vs to e one after another (addVecsGo).
func addVecs(e *vec, vs []*vec) { addVecsGo(e, vs) }
