package ner

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"

	"github.com/hearsay-news/hearsay/tag/perceptron"
)

// Model file versions: modelMagic for a model without word-class
// features, classesMagic for one with them (package wordclass), whose
// name is followed by one byte of feature flags (bit 0: word classes).
const (
	modelMagic   = "HSNER002"
	classesMagic = "HSNER003"
)

// flagWordClasses is the feature-flags bit of a model using word classes.
const flagWordClasses = 1

// ErrFormat reports a file that is not an NER model of this version.
var ErrFormat = errors.New("ner: not a model file or unsupported version")

// WriteTo writes the tagger's model: its name, gazetteer, transition
// matrices and its one or two perceptrons. The bytes are deterministic.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	var b bytes.Buffer
	if t.ext.classes != nil {
		b.WriteString(classesMagic)
		putString(&b, t.name)
		b.WriteByte(flagWordClasses)
	} else {
		b.WriteString(modelMagic)
		putString(&b, t.name)
	}
	keys := make([]string, 0, len(t.ext.gaz.names))
	for k := range t.ext.gaz.names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	binary.Write(&b, binary.LittleEndian, uint32(len(keys)))
	for _, k := range keys {
		putString(&b, k)
		binary.Write(&b, binary.LittleEndian, t.ext.gaz.names[k][:])
	}
	binary.Write(&b, binary.LittleEndian, &t.tr1)
	binary.Write(&b, binary.LittleEndian, &t.tr2)
	models := []*perceptron.Model{t.m1}
	if t.m2 != nil {
		models = append(models, t.m2)
	}
	binary.Write(&b, binary.LittleEndian, uint32(len(models)))
	for _, m := range models {
		var mb bytes.Buffer
		if _, err := m.WriteTo(&mb); err != nil {
			return 0, fmt.Errorf("ner: write model: %w", err)
		}
		binary.Write(&b, binary.LittleEndian, uint64(mb.Len()))
		b.Write(mb.Bytes())
	}
	return b.WriteTo(w)
}

func putString(b *bytes.Buffer, s string) {
	binary.Write(b, binary.LittleEndian, uint32(len(s)))
	b.WriteString(s)
}

// Parse decodes a model written by WriteTo.
func Parse(data []byte) (*Tagger, error) {
	lists, err := DefaultLists()
	if err != nil {
		return nil, err
	}
	r := &reader{b: data}
	magic := string(r.next(len(modelMagic)))
	if magic != modelMagic && magic != classesMagic {
		return nil, ErrFormat
	}
	t := &Tagger{lists: lists, name: r.str()}
	var flags byte
	if magic == classesMagic {
		if b := r.next(1); b != nil {
			flags = b[0]
		}
		if flags&^flagWordClasses != 0 {
			return nil, fmt.Errorf("ner: model has unknown feature flags %#x: %w", flags, ErrFormat)
		}
	}
	gaz := newGazetteer()
	n := r.u32()
	for i := uint32(0); i < n && r.err == nil; i++ {
		k := r.str()
		var c [len(types)]int32
		for j := range c {
			c[j] = int32(r.u32())
		}
		gaz.set(k, c)
	}
	readTransitions(r, &t.tr1)
	readTransitions(r, &t.tr2)
	passes := r.u32()
	if r.err == nil && (passes < 1 || passes > 2) {
		return nil, fmt.Errorf("ner: model has %d passes: %w", passes, ErrFormat)
	}
	for _, mp := range []**perceptron.Model{&t.m1, &t.m2}[:passes] {
		size := r.u64()
		body := r.next(int(size))
		if r.err != nil {
			break
		}
		m, err := perceptron.Parse(body)
		if err != nil {
			return nil, fmt.Errorf("ner: %w", err)
		}
		if len(m.Classes) != nLabels {
			return nil, fmt.Errorf("ner: model has %d classes, want %d: %w", len(m.Classes), nLabels, ErrFormat)
		}
		*mp = m
	}
	if r.err != nil {
		return nil, r.err
	}
	t.ext = extractor{gaz: gaz, lists: lists}
	if flags&flagWordClasses != 0 {
		if t.ext.classes, err = defaultClasses(); err != nil {
			return nil, err
		}
	}
	return t.ready(), nil
}

func readTransitions(r *reader, tr *transitions) {
	for p := range tr {
		for y := range tr[p] {
			tr[p][y] = r.f32()
		}
	}
}

// reader decodes little-endian values, remembering the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) next(n int) []byte {
	if r.err != nil || n < 0 || n > len(r.b) {
		if r.err == nil {
			r.err = fmt.Errorf("ner: truncated model: %w", ErrFormat)
		}
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u32() uint32 {
	b := r.next(4)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

func (r *reader) u64() uint64 {
	b := r.next(8)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

func (r *reader) f32() float32 {
	var v float32
	b := r.next(4)
	if b != nil {
		binary.Read(bytes.NewReader(b), binary.LittleEndian, &v)
	}
	return v
}

func (r *reader) str() string {
	n := r.u32()
	if n > 1<<20 {
		r.err = fmt.Errorf("ner: implausible string length %d: %w", n, ErrFormat)
		return ""
	}
	return string(r.next(int(n)))
}
