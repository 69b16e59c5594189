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

// The SSE addVecs adds what the Go one does on a processor with AVX2 too,
// called alone or as addVecs picks it.
func TestAddVecsSSE(t *testing.T) {
	checkAddVecs(t, addVecsSSE)
	saved := useAVX2
	defer func() { useAVX2 = saved }()
	useAVX2 = false
	checkAddVecs(t, addVecs)
}

// The AVX2 addVecs adds what the Go one does.
func TestAddVecsAVX2(t *testing.T) {
	if !useAVX2 {
		t.Skip("no AVX2")
	}
	checkAddVecs(t, addVecsAVX2)
}
