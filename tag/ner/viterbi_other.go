//go:build !amd64

package ner

// viterbiRow is one step of viterbiFree (viterbiRowGo).
func viterbiRow(prev, em, cur *[nLabels]float32, tr *[nLabels][nLabels]float32, back *[nLabels]uint8) {
	viterbiRowGo(prev, em, cur, tr, back)
}
