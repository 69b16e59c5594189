// Package perceptron is a multiclass averaged perceptron over hashed
// features, shared by the part-of-speech and named-entity taggers.
//
// Callers turn each feature string into a Feature with Hash (no allocation
// needed when they hash pieces with a Hasher), score classes with Scores, and
// train with Update followed by Average. Models serialize to a small
// versioned binary format with WriteTo and Read (or Parse, for embedded
// bytes). An averaged or loaded model keeps only its non-zero weights, in an
// open-addressing hash table behind a small Bloom filter, so scoring a
// feature costs a filter test (most absent features stop there), one probe
// and one addition per class it votes for (a dense row when it votes for
// most classes).
package perceptron

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/hearsay-news/hearsay/internal/fnv1a"
)

// A Feature is a hashed feature name.
type Feature uint64

// Hasher builds a Feature from pieces without allocating, with 64-bit FNV-1a,
// so that hashes, and so trained models, are the same in every process.
// The zero value is not ready: use NewHasher.
type Hasher struct{ h uint64 }

// NewHasher starts a feature whose template is named by prefix.
func NewHasher(prefix string) Hasher {
	h := Hasher{h: fnv1a.Offset}
	return h.Add(prefix)
}

// Add appends a piece to the feature (pieces are separated, so "ab"+"c"
// differs from "a"+"bc").
func (h Hasher) Add(s string) Hasher {
	return Hasher{h: (fnv1a.String(h.h, s) ^ 0xff) * fnv1a.Prime}
}

// Feature returns the finished feature.
func (h Hasher) Feature() Feature { return Feature(h.h) }

// Hash returns the Feature of a whole feature string.
func Hash(s string) Feature { return NewHasher(s).Feature() }

// A Model is a trained or training averaged perceptron.
type Model struct {
	Classes []string              // class names, index = class id
	weights map[Feature][]float32 // current (or averaged, after Average) weights
	frozen  *table                // compact read-only copy of weights, built by Average and Read

	// training state
	totals  map[Feature][]float64
	stamps  map[Feature][]int
	instant int
}

// New returns an empty model over the given classes, ready to train.
func New(classes []string) *Model {
	return &Model{
		Classes: append([]string(nil), classes...),
		weights: map[Feature][]float32{},
		totals:  map[Feature][]float64{},
		stamps:  map[Feature][]int{},
	}
}

// ClassID returns the id of a class name, or -1.
func (m *Model) ClassID(name string) int {
	for i, c := range m.Classes {
		if c == name {
			return i
		}
	}
	return -1
}

// Scores adds up the weights of feats into scores, which must have
// len(m.Classes) entries; scores is zeroed first.
func (m *Model) Scores(feats []Feature, scores []float32) {
	for i := range scores {
		scores[i] = 0
	}
	if m.frozen != nil {
		m.frozen.scores(feats, scores, false)
		return
	}
	for _, f := range feats {
		w, ok := m.weights[f]
		if !ok {
			continue
		}
		for i, v := range w {
			scores[i] += v
		}
	}
}

// AddScores adds the weights of feats to scores, which must have
// len(m.Classes) entries, without zeroing it first: scores of features
// shared by many predictions can be added up once and reused.
func (m *Model) AddScores(feats []Feature, scores []float32) {
	if m.frozen != nil {
		m.frozen.scores(feats, scores, false)
		return
	}
	m.addWeights(feats, scores)
}

// AddScoresFiltered is AddScores for features the model mostly lacks (word
// pairs, say): a frozen model first tests each feature against a small
// filter that turns away most absent ones without a probe of its hash
// table. The scores are the same as AddScores gives; only the work
// differs, and for features the model mostly has it is more.
func (m *Model) AddScoresFiltered(feats []Feature, scores []float32) {
	if m.frozen != nil {
		m.frozen.scores(feats, scores, true)
		return
	}
	m.addWeights(feats, scores)
}

// addWeights adds the weights of feats from the training weights.
func (m *Model) addWeights(feats []Feature, scores []float32) {
	for _, f := range feats {
		for i, v := range m.weights[f] {
			scores[i] += v
		}
	}
}

// Best returns the class with the highest score (ties go to the lowest id).
func Best(scores []float32) int {
	best := 0
	for i := 1; i < len(scores); i++ {
		if scores[i] > scores[best] {
			best = i
		}
	}
	return best
}

// Predict returns the best class for feats (ties go to the lowest id).
func (m *Model) Predict(feats []Feature, scores []float32) int {
	m.Scores(feats, scores)
	return Best(scores)
}

// Tick advances the training clock; call it once per training instance,
// before Update.
func (m *Model) Tick() { m.instant++ }

// Update moves weights toward truth and away from guess for feats.
func (m *Model) Update(truth, guess int, feats []Feature) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		m.step(f, truth, 1)
		m.step(f, guess, -1)
	}
}

func (m *Model) step(f Feature, c int, v float32) {
	w, ok := m.weights[f]
	if !ok {
		w = make([]float32, len(m.Classes))
		m.weights[f] = w
		m.totals[f] = make([]float64, len(m.Classes))
		m.stamps[f] = make([]int, len(m.Classes))
	}
	t, s := m.totals[f], m.stamps[f]
	t[c] += float64(m.instant-s[c]) * float64(w[c])
	s[c] = m.instant
	w[c] += v
}

// Average replaces the weights by their average over training and drops
// the training state; features whose weights all round to zero are removed.
func (m *Model) Average() {
	for f, w := range m.weights {
		t, s := m.totals[f], m.stamps[f]
		zero := true
		for c := range w {
			total := t[c] + float64(m.instant-s[c])*float64(w[c])
			avg := float32(total / float64(max(m.instant, 1)))
			if math.Abs(float64(avg)) < 1e-3 {
				avg = 0
			}
			w[c] = avg
			if avg != 0 {
				zero = false
			}
		}
		if zero {
			delete(m.weights, f)
		}
	}
	m.totals, m.stamps = nil, nil
	m.frozen = freeze(m.weights, len(m.Classes))
}

// MaxWeight returns the largest magnitude of a weight of the model (0 for
// a model without weights). Callers bound with it how far sums of the same
// weights added in different orders can be apart.
func (m *Model) MaxWeight() float32 {
	if m.frozen != nil {
		return m.frozen.maxWeight
	}
	var top float32
	for _, ws := range m.weights {
		for _, w := range ws {
			top = max(top, float32(math.Abs(float64(w))))
		}
	}
	return top
}

// Len is the number of features with weights.
func (m *Model) Len() int {
	if m.frozen != nil {
		return m.frozen.len()
	}
	return len(m.weights)
}

// File format magics: version 1 stored every class's weight for each
// feature; version 2 stores only the non-zero ones; version 3 stores the
// frozen table itself (see magicV3). Read reads all three; WriteTo writes
// version 3.
const (
	magicV1 = "HSPC0001"
	magicV2 = "HSPC0002"
)

// ErrFormat reports a model file that is not in this package's format.
var ErrFormat = errors.New("perceptron: not a model file or unsupported version")

// WriteTo writes the model in a versioned little-endian binary format
// (version 3: the table as reading a version 2 file, features sorted by
// hash, would build it, so that the bytes are deterministic).
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	t := m.canonical()
	buf := make([]byte, 0, 64+len(t.filter)*8+t.count*slotBytes+len(t.entries)*6+len(t.rows)*4)
	buf = append(buf, magicV3...)
	buf = binary.LittleEndian.AppendUint32(buf, uint32(len(m.Classes)))
	for _, c := range m.Classes {
		buf = binary.LittleEndian.AppendUint32(buf, uint32(len(c)))
		buf = append(buf, c...)
	}
	buf = appendImage(buf, t)
	n, err := w.Write(buf)
	return int64(n), err
}

// writeV2 writes the model in version 2 of the format: for each feature,
// sorted by hash, its non-zero class weights.
func (m *Model) writeV2(w io.Writer) (int64, error) {
	t := m.frozen
	if t == nil {
		t = freeze(m.weights, len(m.Classes))
	}
	buf := make([]byte, 0, 64+t.len()*12+len(t.entries)*6)
	buf = append(buf, magicV2...)
	buf = binary.LittleEndian.AppendUint32(buf, uint32(len(m.Classes)))
	for _, c := range m.Classes {
		buf = binary.LittleEndian.AppendUint32(buf, uint32(len(c)))
		buf = append(buf, c...)
	}
	keys := t.sortedKeys()
	buf = binary.LittleEndian.AppendUint64(buf, uint64(len(keys)))
	for _, k := range keys {
		es := t.lookup(k)
		buf = binary.LittleEndian.AppendUint64(buf, uint64(k))
		buf = binary.LittleEndian.AppendUint16(buf, uint16(len(es)))
		for i := range es {
			buf = binary.LittleEndian.AppendUint16(buf, es[i].class())
			buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(es[i].w()))
		}
	}
	n, err := w.Write(buf)
	return int64(n), err
}

// Read reads a model written by WriteTo (either format version).
func Read(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("perceptron: read: %w", err)
	}
	return Parse(data)
}

// Parse decodes a model from the bytes WriteTo wrote. The model does not
// keep data.
func Parse(data []byte) (*Model, error) {
	d := &decoder{b: data}
	head := d.bytes(len(magicV1))
	if d.err != nil || (string(head) != magicV1 && string(head) != magicV2 && string(head) != magicV3) {
		return nil, ErrFormat
	}
	n := d.u32()
	if d.err != nil || n == 0 || n >= 1<<16 {
		return nil, fmt.Errorf("perceptron: implausible class count %d: %w", n, ErrFormat)
	}
	m := &Model{Classes: make([]string, n)}
	for i := range m.Classes {
		l := d.u32()
		if l > 1<<12 {
			return nil, fmt.Errorf("perceptron: read class %d: %w", i, ErrFormat)
		}
		m.Classes[i] = string(d.bytes(int(l)))
	}
	if string(head) == magicV3 {
		if d.err != nil {
			return nil, fmt.Errorf("perceptron: truncated model: %w", ErrFormat)
		}
		t, err := parseImage(d, int(n))
		if err != nil {
			return nil, err
		}
		m.frozen = t
		return m, nil
	}
	nf := d.u64()
	if d.err != nil || nf > 1<<28 {
		return nil, fmt.Errorf("perceptron: implausible feature count %d: %w", nf, ErrFormat)
	}
	b := newBuilder(int(nf), int(n))
	for i := uint64(0); i < nf && d.err == nil; i++ {
		f := Feature(d.u64())
		if string(head) == magicV1 {
			for c := 0; c < int(n); c++ {
				b.add(c, math.Float32frombits(d.u32()))
			}
		} else {
			k := int(d.u16())
			for j := 0; j < k; j++ {
				c := int(d.u16())
				w := math.Float32frombits(d.u32())
				if c >= int(n) {
					return nil, fmt.Errorf("perceptron: feature %d: class %d out of range: %w", i, c, ErrFormat)
				}
				b.add(c, w)
			}
		}
		b.end(f)
	}
	if d.err != nil {
		return nil, fmt.Errorf("perceptron: truncated model: %w", ErrFormat)
	}
	m.frozen = b.table()
	return m, nil
}

// A decoder reads little-endian values from a byte slice, remembering the
// first overrun.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) bytes(n int) []byte {
	if d.err != nil || n < 0 || n > len(d.b) {
		d.err = io.ErrUnexpectedEOF
		return nil
	}
	v := d.b[:n]
	d.b = d.b[n:]
	return v
}

func (d *decoder) u16() uint16 {
	if v := d.bytes(2); v != nil {
		return binary.LittleEndian.Uint16(v)
	}
	return 0
}

func (d *decoder) u32() uint32 {
	if v := d.bytes(4); v != nil {
		return binary.LittleEndian.Uint32(v)
	}
	return 0
}

func (d *decoder) u64() uint64 {
	if v := d.bytes(8); v != nil {
		return binary.LittleEndian.Uint64(v)
	}
	return 0
}

// Frozen reports whether the model is in its compact read-only form
// (averaged or read from a file): its scores no longer change.
func (m *Model) Frozen() bool { return m.frozen != nil }
