package ner

// viterbiRow is viterbiRowGo with packed SSE instructions (viterbi_amd64.s):
// the same sums, compared in the same order, lane by lane, without
// branches.
//
//go:noescape
func viterbiRow(prev, em, cur *[nLabels]float32, tr *[nLabels][nLabels]float32, back *[nLabels]uint8)
