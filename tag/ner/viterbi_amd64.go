package ner

import "github.com/hearsay-news/hearsay/tag/perceptron"

// useAVX2 reports whether viterbiRow, viterbiRows and addVecs may use AVX2
// instructions.
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

// viterbiRows is viterbiRow for rows 1..len(score)-1 of score, em and back,
// row i from row i-1, for the transitions of a freeTable (freeTable.allowed:
// I-MISC only after B-MISC or I-MISC), which the AVX2 code relies on.
func viterbiRows(score, em []vec, back [][nLabels]uint8, tr *[nLabels][nLabels]float32) {
	n := len(score)
	if n < 2 {
		return
	}
	em, back = em[:n], back[:n]
	if useAVX2 {
		viterbiRowsAVX2(&score[0], &em[0], &back[0], n, tr)
		return
	}
	for i := 1; i < n; i++ {
		viterbiRowSSE(&score[i-1], &em[i], &score[i], tr, &back[i])
	}
}

// viterbiRowsAVX2 is viterbiRows of n rows with AVX2 instructions.
//
//go:noescape
func viterbiRowsAVX2(score, em *vec, back *[nLabels]uint8, n int, tr *[nLabels][nLabels]float32)
