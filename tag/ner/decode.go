package ner

import "math"

var negInf = float32(math.Inf(-1))

// transitions are scores for label pairs: row prev (start for the first
// token), column next.
type transitions [nLabels + 1][nLabels]float32

// viterbi returns the best valid IOB2 label sequence for the emission
// scores em (one row of nLabels scores per token). When allowed is not nil,
// only labels with allowed[i][y] true are considered at token i.
func viterbi(em [][nLabels]float32, tr *transitions, allowed [][nLabels]bool, buf *decodeBuf) []int {
	return viterbiInto(em, tr, allowed, buf, nil)
}

// viterbiInto is viterbi writing the sequence into out when it has room
// (len(em) labels).
func viterbiInto(em [][nLabels]float32, tr *transitions, allowed [][nLabels]bool, buf *decodeBuf, out []int) []int {
	n := len(em)
	if n == 0 {
		return nil
	}
	buf.grow(n)
	if allowed == nil {
		return viterbiFree(em, tr, buf, out)
	}
	score, back := buf.score[:n], buf.back[:n]
	for y := 0; y < nLabels; y++ {
		score[0][y] = negInf
		if validAfter(start, y) && (allowed == nil || allowed[0][y]) {
			score[0][y] = em[0][y] + tr[start][y]
		}
	}
	var col [nLabels][nLabels]float32 // col[y][k]: transition from validPrev[y][k] to y
	for y := range col {
		for k, p := range validPrev[y] {
			col[y][k] = tr[p][y]
		}
	}
	for i := 1; i < n; i++ {
		prev, cur, bk, emi := &score[i-1], &score[i], &back[i], &em[i]
		for y := 0; y < nLabels; y++ {
			best, arg := negInf, 0
			if allowed == nil || allowed[i][y] {
				ps, c := validPrev[y], &col[y]
				for k, p := range ps {
					if s := prev[p] + c[k]; s > best {
						best, arg = s, p
					}
				}
			}
			if best != negInf {
				best += emi[y]
			}
			cur[y], bk[y] = best, uint8(arg)
		}
	}
	return backtrack(score, back, out)
}

// backtrack returns the best sequence ending in the last row of score, in
// out when it has room.
func backtrack(score [][nLabels]float32, back [][nLabels]uint8, out []int) []int {
	n := len(score)
	out = resize(out, n)
	last := 0
	for y := 1; y < nLabels; y++ {
		if score[n-1][y] > score[n-1][last] {
			last = y
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = last
		last = int(back[i][last])
	}
	return out
}

// viterbiFree is viterbi with every label allowed, written for the fixed
// label set: an I-X may only follow B-X or I-X, anything else may follow
// anything. Its comparisons are viterbi's, in the same order, so it finds
// the same sequence: a transition that is not allowed scores -Inf, which
// never wins.
func viterbiFree(em [][nLabels]float32, tr *transitions, buf *decodeBuf, out []int) []int {
	var ft freeTable
	ft.fill(tr)
	return ft.decode(em, buf, out)
}

// A freeTable is what viterbiFree needs of transitions, worked out once
// for all the sentences a tagger decodes: the transitions with -Inf for
// the label pairs IOB2 forbids.
type freeTable struct {
	valid   [nLabels]bool             // the labels that may start a sentence
	first   [nLabels]float32          // tr[start][y]
	allowed [nLabels][nLabels]float32 // tr[p][y], -Inf where y may not follow p
}

// fill makes ft the table of tr.
func (ft *freeTable) fill(tr *transitions) {
	for y := 0; y < nLabels; y++ {
		ft.valid[y], ft.first[y] = validAfter(start, y), tr[start][y]
	}
	for p := 0; p < nLabels; p++ {
		for y := 0; y < nLabels; y++ {
			ft.allowed[p][y] = negInf
			if validAfter(p, y) {
				ft.allowed[p][y] = tr[p][y]
			}
		}
	}
}

// decode is viterbiInto with every label allowed, for the transitions of
// ft, writing the sequence into out when it has room.
func (ft *freeTable) decode(em [][nLabels]float32, buf *decodeBuf, out []int) []int {
	n := len(em)
	if n == 0 {
		return nil
	}
	buf.grow(n)
	score, back := buf.score[:n], buf.back[:n]
	for y := 0; y < nLabels; y++ {
		score[0][y] = negInf
		if ft.valid[y] {
			score[0][y] = em[0][y] + ft.first[y]
		}
	}
	viterbiRows(score, em, back, &ft.allowed)
	return backtrack(score, back, out)
}

// viterbiRowGo is one step of viterbiFree in Go: for each label y, the best
// prev[p] + tr[p][y] over the labels p in order (a later p wins only with a
// greater sum), plus em[y] unless it is -Inf, into cur[y], and that p into
// back[y].
func viterbiRowGo(prev, em, cur *[nLabels]float32, tr *[nLabels][nLabels]float32, back *[nLabels]uint8) {
	for y := 0; y < nLabels; y++ {
		best, arg := negInf, 0
		for p := 0; p < nLabels; p++ {
			if s := prev[p] + tr[p][y]; s > best {
				best, arg = s, p
			}
		}
		if best != negInf {
			best += em[y]
		}
		cur[y], back[y] = best, uint8(arg)
	}
}

// validPrev lists, for each label, the labels that may come before it.
var validPrev = func() (v [nLabels][]int) {
	for y := 0; y < nLabels; y++ {
		for p := 0; p < nLabels; p++ {
			if validAfter(p, y) {
				v[y] = append(v[y], p)
			}
		}
	}
	return v
}()

// decodeBuf holds Viterbi's tables between calls.
type decodeBuf struct {
	score [][nLabels]float32
	back  [][nLabels]uint8
}

func (b *decodeBuf) grow(n int) {
	if cap(b.score) < n {
		b.score = make([][nLabels]float32, n)
		b.back = make([][nLabels]uint8, n)
	}
}
