//go:build !amd64

package ner

// viterbiRow is one step of viterbiFree (viterbiRowGo).
func viterbiRow(prev, em, cur *[nLabels]float32, tr *[nLabels][nLabels]float32, back *[nLabels]uint8) {
	viterbiRowGo(prev, em, cur, tr, back)
}

// viterbiRows is viterbiRow for rows 1..len(score)-1 of score, em and back,
// row i from row i-1.
func viterbiRows(score, em []vec, back [][nLabels]uint8, tr *[nLabels][nLabels]float32) {
	for i := 1; i < len(score); i++ {
		viterbiRowGo(&score[i-1], &em[i], &score[i], tr, &back[i])
	}
}
