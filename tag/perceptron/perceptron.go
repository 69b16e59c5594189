// Package perceptron is a multiclass averaged perceptron over hashed
// features, shared by the part-of-speech and named-entity taggers.
//
// Callers turn each feature string into a Feature with Hash (no allocation
// needed when they hash pieces with a Hasher), score classes with Scores, and
// train with Update followed by Average. Models serialize to a small
// versioned binary format with WriteTo and Read.
package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// A Feature is a hashed feature name.
type Feature uint64

// Hasher builds a Feature from pieces without allocating, with 64-bit FNV-1a,
// so that hashes, and so trained models, are the same in every process.
// The zero value is not ready: use NewHasher.
type Hasher struct{ h uint64 }

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// NewHasher starts a feature whose template is named by prefix.
func NewHasher(prefix string) Hasher {
	h := Hasher{h: fnvOffset}
	return h.Add(prefix)
}

// Add appends a piece to the feature (pieces are separated, so "ab"+"c"
// differs from "a"+"bc").
func (h Hasher) Add(s string) Hasher {
	x := h.h
	for i := 0; i < len(s); i++ {
		x ^= uint64(s[i])
		x *= fnvPrime
	}
	x ^= 0xff
	x *= fnvPrime
	return Hasher{h: x}
}

// Feature returns the finished feature.
func (h Hasher) Feature() Feature { return Feature(h.h) }

// Hash returns the Feature of a whole feature string.
func Hash(s string) Feature { return NewHasher(s).Feature() }

// A Model is a trained or training averaged perceptron.
type Model struct {
	Classes []string              // class names, index = class id
	weights map[Feature][]float32 // current (or averaged, after Average) weights

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

// Predict returns the best class for feats (ties go to the lowest id).
func (m *Model) Predict(feats []Feature, scores []float32) int {
	m.Scores(feats, scores)
	best := 0
	for i := 1; i < len(scores); i++ {
		if scores[i] > scores[best] {
			best = i
		}
	}
	return best
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
}

// Len is the number of features with weights.
func (m *Model) Len() int { return len(m.weights) }

const magic = "HSPC0001"

// ErrFormat reports a model file that is not in this package's format.
var ErrFormat = errors.New("perceptron: not a model file or unsupported version")

// WriteTo writes the model in a versioned little-endian binary format,
// features sorted so that the bytes are deterministic.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	cw := &countWriter{w: bw}
	put := func(v any) {
		if cw.err == nil {
			cw.err = binary.Write(cw, binary.LittleEndian, v)
		}
	}
	putString := func(s string) {
		put(uint32(len(s)))
		if cw.err == nil {
			_, cw.err = cw.Write([]byte(s))
		}
	}
	if _, err := cw.Write([]byte(magic)); err != nil {
		return cw.n, err
	}
	put(uint32(len(m.Classes)))
	for _, c := range m.Classes {
		putString(c)
	}
	keys := make([]Feature, 0, len(m.weights))
	for f := range m.weights {
		keys = append(keys, f)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	put(uint64(len(keys)))
	for _, f := range keys {
		put(uint64(f))
		put(m.weights[f])
	}
	if cw.err != nil {
		return cw.n, cw.err
	}
	return cw.n, bw.Flush()
}

// Read reads a model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, ErrFormat
	}
	var n uint32
	if err := binary.Read(br, binary.LittleEndian, &n); err != nil {
		return nil, fmt.Errorf("perceptron: read classes: %w", err)
	}
	if n == 0 || n > 1<<16 {
		return nil, fmt.Errorf("perceptron: implausible class count %d: %w", n, ErrFormat)
	}
	m := &Model{Classes: make([]string, n), weights: map[Feature][]float32{}}
	for i := range m.Classes {
		var l uint32
		if err := binary.Read(br, binary.LittleEndian, &l); err != nil || l > 1<<12 {
			return nil, fmt.Errorf("perceptron: read class %d: %w", i, ErrFormat)
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, fmt.Errorf("perceptron: read class %d: %w", i, err)
		}
		m.Classes[i] = string(b)
	}
	var nf uint64
	if err := binary.Read(br, binary.LittleEndian, &nf); err != nil {
		return nil, fmt.Errorf("perceptron: read feature count: %w", err)
	}
	if nf > 1<<28 {
		return nil, fmt.Errorf("perceptron: implausible feature count %d: %w", nf, ErrFormat)
	}
	m.weights = make(map[Feature][]float32, nf)
	all := make([]float32, int(nf)*int(n))
	for i := uint64(0); i < nf; i++ {
		var f uint64
		if err := binary.Read(br, binary.LittleEndian, &f); err != nil {
			return nil, fmt.Errorf("perceptron: read feature %d: %w", i, err)
		}
		w := all[int(i)*int(n) : int(i+1)*int(n) : int(i+1)*int(n)]
		if err := binary.Read(br, binary.LittleEndian, w); err != nil {
			return nil, fmt.Errorf("perceptron: read weights %d: %w", i, err)
		}
		m.weights[Feature(f)] = w
	}
	return m, nil
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
