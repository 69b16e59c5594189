package perceptron

import (
	"errors"
	"math"
	"unsafe"
)

// Rows of steps: a caller that bounds the rounding of its sums (see
// Summer) may keep rows of scores as 16-bit integers, multiples of one
// step, half the bytes of floats; and have a frozen model keep, beside its
// dense rows of floats, a copy of them in the same steps (Model.SetStep),
// which a Summer then queues in their place. A Summer adds the steps of
// its rows exactly, in 32-bit integers, and adds each class's sum times
// the step to its score once: each value of a row of steps is within half
// a step of the float it stands for, so each score is within half a step
// a row of steps of the sum of those floats (Summer.StepRows), besides the
// rounding of single-precision sums.

// StepRowLen is the length of a row of steps for n classes: a multiple
// of sixteen, the steps past the classes zero, so that a Summer adds a
// row sixteen steps at a time with no steps left over.
func StepRowLen(n int) int { return (n + 15) &^ 15 }

// maxStep is the largest magnitude of a step count, kept below the
// int16 limit so that rounding never overflows.
const maxStep = 32000

// ErrStepTooSmall reports a weight or score too large for 16 bits of the
// step.
var ErrStepTooSmall = errors.New("perceptron: a value is too large for 16-bit steps of this size")

// StepFor returns the step of 16-bit rows of steps that holds every value
// of magnitude at most top (the smallest such step that this package
// uses; 1 for top 0).
func StepFor(top float32) float32 {
	if top <= 0 {
		return 1
	}
	return float32(float64(top) / maxStep)
}

// ToSteps sets q to the values of row in steps of step, rounded to the
// nearest, and reports whether every value fits (q is then within half a
// step of row, value for value); q must be as long as row.
func ToSteps(row []float32, step float32, q []int16) bool {
	q = q[:len(row)]
	for i, v := range row {
		n := math.Round(float64(v) / float64(step))
		if math.Abs(n) > maxStep || math.IsNaN(n) {
			return false
		}
		q[i] = int16(n)
	}
	return true
}

// SetStep has a frozen model keep a copy of its dense rows in 16-bit
// steps of step, StepRowLen(classes) steps a row, which Summers then
// queue in place of the rows of floats (the rows of floats are laid out
// again as far apart, so that a row's offset serves both):
// a Summer's sums with the model are within half a step of its sums of
// floats for every dense row it adds (Summer.StepRows). A step of 0 drops
// the copy. It fails when a weight is too large for the step, and is not
// safe to call while the model is in use.
func (m *Model) SetStep(step float32) error {
	t := m.frozen
	if t == nil {
		return errors.New("perceptron: steps of a model that is not frozen")
	}
	if step == 0 {
		t.qrows, t.step = nil, 0
		return nil
	}
	stride := StepRowLen(t.nclasses)
	nrows := len(t.rows) / max(t.stride, 1)
	q := make([]int16, nrows*stride)
	rows := t.rows
	if stride != t.stride {
		rows = make([]float32, nrows*stride)
	}
	// Every row belongs to one dense slot (a builder makes a row only for
	// one), so the rows are walked in their order, not the slots'.
	for r := range nrows {
		row := t.rows[r*t.stride : r*t.stride+t.nclasses]
		if !ToSteps(row, step, q[r*stride:r*stride+t.nclasses]) {
			return ErrStepTooSmall
		}
		if stride != t.stride {
			copy(rows[r*stride:], row)
		}
	}
	t.restride(rows, stride)
	t.qrows, t.step = q, step
	return nil
}

// restride has the dense rows of t be rows, the same rows laid out stride
// floats apart.
func (t *table) restride(rows []float32, stride int) {
	if stride == t.stride {
		return
	}
	for i := range t.slots {
		if sl := &t.slots[i]; sl.n != 0 && sl.kind == dense {
			sl.off = sl.off / uint32(t.stride) * uint32(stride)
		}
	}
	t.rows, t.stride = rows, stride
}

// Step returns the step of the model's copy of its dense rows (SetStep),
// 0 when it has none.
func (m *Model) Step() float32 {
	if m.frozen == nil {
		return 0
	}
	return m.frozen.step
}

// AddStepRow queues a row of class scores in steps of step, at least
// StepRowLen of the scores Sum fills long. Every row of steps a Summer adds up, its
// own and a model's (Model.SetStep), must have the same step.
func (s *Summer) AddStepRow(row []int16, step float32) {
	if s.ownStepRows == 0 || len(row) < s.minStepLen {
		s.minStepLen = len(row)
	}
	s.ownStepRows++
	s.qrows = append(s.qrows, unsafe.SliceData(row))
	s.step = step
}

// AddStepRows queues a row of steps that is the sum, step for step, of n
// rows of steps of step (a caller's, or a model's: StepRow), summed ahead
// of time (SumSteps). The steps of a Summer's rows are added exactly, so
// Sum's scores are those the n rows give, and StepRows counts the row n
// times: its steps are each within n half steps of the floats they stand
// for.
func (s *Summer) AddStepRows(row []int16, step float32, n int) {
	s.AddStepRow(row, step)
	s.summedRows += n - 1
}

// StepRow returns the dense row, in steps (SetStep), of the feature r
// stands for, a Ref of m: StepRowLen of the classes long. It returns nil
// for the zero Ref, a feature whose weights are not a dense row, and a
// model without steps.
func (m *Model) StepRow(r Ref) []int16 {
	t := m.frozen
	if r == 0 || t == nil || t.qrows == nil {
		return nil
	}
	sl := &t.slots[r-1]
	if sl.kind != dense {
		return nil
	}
	return t.qrows[sl.off : int(sl.off)+StepRowLen(t.nclasses)]
}

// SumSteps sets dst to the sums, step for step, of a and b (all three of
// one length) and reports whether every sum fits in 16 bits.
func SumSteps(dst, a, b []int16) bool {
	b, dst = b[:len(a)], dst[:len(a)]
	for i, x := range a {
		v := int32(x) + int32(b[i])
		if v < math.MinInt16 || v > math.MaxInt16 {
			return false
		}
		dst[i] = int16(v)
	}
	return true
}

// UseFloats has the Summer queue the dense rows of models with steps
// (Model.SetStep) as floats while on: for a caller that checks a sum of
// steps by summing the floats in the order it used before.
func (s *Summer) UseFloats(on bool) { s.floats = on }

// StepRows is the number of rows of steps queued, a row of summed rows
// counted as the rows it sums (AddStepRows): Sum's scores are then each
// within half a step a row of the sums of the values they stand for,
// besides the rounding of single-precision sums.
func (s *Summer) StepRows() int { return len(s.qrows) + s.summedRows }

// addSteps adds to scores (with set, sets them to) the sums of the queued
// rows of steps times the step: the steps are added exactly in 32-bit
// integers, StepRowLen of the scores of them (the ones past the scores are
// zero), then each sum is converted (exactly: fewer than 2^24 in
// magnitude), multiplied by the step and added to its score in single
// precision (or stored, the same as adding it to zero).
func (s *Summer) addSteps(m *Model, scores []float32, set bool) {
	if t := m.frozen; t != nil && t.qrows != nil {
		s.step = t.step // the step of the model's rows, the same as the caller's
	}
	n := len(scores)
	if n == 0 || len(s.qrows) == 0 {
		if set {
			clear(scores)
		}
		return
	}
	nq := StepRowLen(n)
	if s.ownStepRows > 0 && s.minStepLen < nq {
		panic("perceptron: Summer row of steps shorter than StepRowLen of the scores")
	}
	if useAVX2 && nq == 112 && n > 104 {
		qsum112AVX2(&scores[0], unsafe.SliceData(s.qrows), len(s.qrows), s.step, set, n)
		return
	}
	if cap(s.acc) < nq {
		s.acc = make([]int32, nq)
	}
	acc := s.acc[:nq]
	if set {
		clear(scores)
	}
	if useAVX2 {
		qsumAVX2(&acc[0], unsafe.SliceData(s.qrows), len(s.qrows), nq)
		qflushAVX2(&scores[0], &acc[0], n, s.step)
		return
	}
	qsumGo(acc, s.qrows)
	qflushGo(scores, acc[:n], s.step)
}

// qsumGo sets acc to the sums of the first len(acc) steps of rows (zero
// without rows).
func qsumGo(acc []int32, rows []*int16) {
	clear(acc)
	for _, r := range rows {
		for i, q := range unsafe.Slice(r, len(acc)) {
			acc[i] += int32(q)
		}
	}
}

// qflushGo adds the sums of steps acc, times step, to scores: each
// converted, multiplied and added in single precision.
func qflushGo(scores []float32, acc []int32, step float32) {
	for i, a := range acc[:len(scores)] {
		scores[i] = float32(float32(a)*step) + scores[i]
	}
}
