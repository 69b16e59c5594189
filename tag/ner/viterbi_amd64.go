package ner

import "github.com/hearsay-news/hearsay/tag/perceptron"

// useAVX2 reports whether viterbiRow may use AVX2 instructions.
var useAVX2 = perceptron.HasAVX2()

// viterbiRow is viterbiRowGo with packed instructions (viterbi_amd64.s):
// the same sums, compared in the same order, lane by lane, without
// branches; eight labels at a time with AVX2, four without.
func viterbiRow(prev, em, cur *[nLabels]float32, tr *[nLabels][nLabels]float32, back *[nLabels]uint8) {
	if useAVX2 {
		viterbiRowAVX2(prev, em, cur, tr, back)
		return
	}
	viterbiRowSSE(prev, em, cur, tr, back)
}

// viterbiRowAVX2 is viterbiRow with AVX2 instructions.
//
//go:noescape
func viterbiRowAVX2(prev, em, cur *[nLabels]float32, tr *[nLabels][nLabels]float32, back *[nLabels]uint8)

// viterbiRowSSE is viterbiRow with SSE instructions.
//
//go:noescape
func viterbiRowSSE(prev, em, cur *[nLabels]float32, tr *[nLabels][nLabels]float32, back *[nLabels]uint8)
