package perceptron

import (
	"math"
	"unsafe"
)

// A Summer adds up class scores from rows of scores and features' weights,
// queued first and added together by Sum: the rows, the features' dense
// rows among them, in one sweep that keeps a stretch of the scores in
// registers across all of them (sumRows), then the rows of steps, if any
// (AddStepRow, Model.SetStep), then the other weights. It adds
// the same weights as Model.AddScores but in another order, so a score can
// differ from AddScores' in its last bits: it is for callers that bound
// that rounding (a tagger that checks a close decision by scoring again in
// order, say). The zero value is ready; a Summer is reused after Reset.
type Summer struct {
	rows   []*float32 // the first score of each row
	qrows  []*int16   // the first step of each row of steps (steps.go)
	step   float32    // the step of the rows of steps
	minLen int        // the length of the shortest row of floats, when there are rows
	sparse []entryRun
	acc    []int32 // the sums of the rows of steps

	// the number of rows of steps queued with AddStepRow (the model's
	// are StepRowLen long), and the length of the shortest
	ownStepRows, minStepLen int

	// the rows of steps queued beyond one for each row of summed rows
	// (AddStepRows)
	summedRows int

	floats bool // queue a model's dense rows as floats even when it has steps (UseFloats)
}

// An entryRun is a feature's sparse weights in a frozen model: n entries
// from off, or, with n's pairRun bit, a pair (see pair), its first weight's
// bits in off and its classes in n's low two bytes.
type entryRun struct{ off, n uint32 }

// pairRun marks the entryRun of a pair.
const pairRun = 1 << 31

// runOf returns the entryRun of sl, a sparse or pair slot.
func runOf(sl *slot) entryRun {
	if sl.kind == pair {
		return entryRun{off: sl.off, n: pairRun | uint32(sl.pair[1])<<8 | uint32(sl.pair[0])}
	}
	return entryRun{off: sl.off, n: uint32(sl.n)}
}

// Reset empties the queue.
func (s *Summer) Reset() {
	s.rows = s.rows[:0]
	s.qrows = s.qrows[:0]
	s.ownStepRows, s.summedRows = 0, 0
	s.sparse = s.sparse[:0]
	s.minLen = math.MaxInt
}

// AddRow queues a row of class scores, at least as long as the scores
// Sum fills.
func (s *Summer) AddRow(row []float32) {
	s.noteLen(len(row))
	s.rows = append(s.rows, unsafe.SliceData(row))
}

// noteLen notes the length n of a row about to be queued.
func (s *Summer) noteLen(n int) {
	if len(s.rows) == 0 {
		s.minLen = math.MaxInt // the zero Summer
	}
	s.minLen = min(s.minLen, n)
}

// addModelRow queues the dense row of t at off: its steps when t keeps
// them (Model.SetStep), else its floats.
func (s *Summer) addModelRow(t *table, off uint32) {
	if t.qrows != nil && !s.floats {
		s.qrows = append(s.qrows, &t.qrows[off])
		return
	}
	s.noteLen(t.nclasses)
	s.rows = append(s.rows, &t.rows[off])
}

// AddFeatures queues the weights m has for feats.
func (s *Summer) AddFeatures(m *Model, feats []Feature) {
	t := m.frozen
	if t == nil {
		for _, f := range feats {
			if w, ok := m.weights[f]; ok {
				s.AddRow(w)
			}
		}
		return
	}
	slots, mask := t.slots, t.mask
	for _, f := range feats {
		sl := probe(slots, mask, f)
		switch {
		case sl == nil:
		case sl.kind == dense:
			s.addModelRow(t, sl.off)
		default:
			s.sparse = append(s.sparse, runOf(sl))
		}
	}
}

// A Ref is where a frozen model keeps a feature's weights, found once
// (Model.Ref) for a feature a caller scores again and again; the zero Ref
// stands for a feature the model lacks.
type Ref uint32

// Ref returns the Ref of f in m, 0 when m lacks f or is not frozen.
func (m *Model) Ref(f Feature) Ref {
	t := m.frozen
	if t == nil {
		return 0
	}
	for i := mix(f) & t.mask; ; i = (i + 1) & t.mask {
		switch sl := &t.slots[i]; {
		case sl.n == 0:
			return 0
		case sl.key == f:
			return Ref(i + 1)
		}
	}
}

// AddRef queues the weights of the feature r stands for, a Ref of m.
func (s *Summer) AddRef(m *Model, r Ref) {
	if r == 0 {
		return
	}
	t := m.frozen
	sl := &t.slots[r-1]
	if sl.kind == dense {
		s.addModelRow(t, sl.off)
		return
	}
	s.sparse = append(s.sparse, runOf(sl))
}

// Sum sets scores, which must have len(m.Classes) entries, to the sum of
// the queued rows and weights (all queued with m), and leaves the queue
// empty.
func (s *Summer) Sum(m *Model, scores []float32) {
	switch {
	case len(s.rows) > 0:
		if s.minLen < len(scores) {
			panic("perceptron: Summer row shorter than the scores")
		}
		sumRows(scores, s.rows)
		s.addSteps(m, scores, false)
	case len(s.qrows) > 0:
		s.addSteps(m, scores, true)
	default:
		clear(scores)
	}
	if t := m.frozen; t != nil && len(s.sparse) > 0 {
		scores = scores[:max(t.classEnd, t.nclasses)]
		addRuns(unsafe.Pointer(unsafe.SliceData(scores)), t.entries, s.sparse)
	}
	s.Reset()
}

// sumRows sets scores to the sum of the rows starting at rows (at least
// one, each at least as long as scores), adding them in order: scores[i]
// = rows[0][i] + rows[1][i] + ..., the same additions as copying the
// first and adding the others with AddRow one after another.
func sumRows(scores []float32, rows []*float32) {
	n := len(scores)
	if n == 0 {
		return
	}
	if useAVX2 {
		sumRowsAVX2(&scores[0], &rows[0], len(rows), n)
		return
	}
	copy(scores, unsafe.Slice(rows[0], n))
	for _, r := range rows[1:] {
		AddRow(unsafe.Slice(r, n), scores)
	}
}
