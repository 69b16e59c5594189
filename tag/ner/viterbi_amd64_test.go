package ner

import "testing"

// The SSE Viterbi step finds what the Go one does on a processor with
// AVX2 too, where viterbiRow otherwise takes the AVX2 one.
func TestViterbiRowSSE(t *testing.T) {
	saved := useAVX2
	defer func() { useAVX2 = saved }()
	useAVX2 = false
	checkViterbiRow(t)
}

// The SSE Viterbi rows find what the Go ones do on a processor with AVX2
// too.
func TestViterbiRowsSSE(t *testing.T) {
	saved := useAVX2
	defer func() { useAVX2 = saved }()
	useAVX2 = false
	checkViterbiRows(t)
}

// The SSE addVecs adds what the Go one does on a processor with AVX2 too.
func TestAddVecsSSE(t *testing.T) {
	saved := useAVX2
	defer func() { useAVX2 = saved }()
	useAVX2 = false
	checkAddVecs(t)
}
