package perceptron

import (
	"encoding/binary"
	"fmt"
	"math"
	"unsafe"
)

// Version 3 of the file format stores the frozen table itself, as Parse
// of a version 2 file would build it, so that reading it builds nothing:
// the filter words, the occupied slots in the order of the hash table
// (each with its index), the entries and the dense rows are copied into
// place in one sequential sweep, where building places every feature at
// a random slot of a table of megabytes and lays out its entries again.
//
// After the classes (as in version 2), all little-endian:
//
//	features   uint64
//	slots      uint32 (a power of two), filter words uint32 (a power of two)
//	classEnd   uint32, maxWeight float32
//	entries    uint32, row floats uint32
//	filter     words × uint64
//	slots      features × (index uint32, key uint64, off uint32, n, kind, pair[0], pair[1] uint8)
//	entries    entries × 6 bytes (class uint16, weight float32)
//	rows       row floats × float32, nclasses a row
const magicV3 = "HSPC0003"

// slotBytes is the size of a slot in a version 3 file.
const slotBytes = 4 + 8 + 4 + 4

// canonical returns the table of m as Parse of its version 2 bytes builds
// it: the features in increasing order, each with its non-zero weights in
// the order lookup gives them. A frozen table whose dense rows were laid
// out again for steps (SetStep) gives the same table as before.
func (m *Model) canonical() *table {
	t := m.frozen
	if t == nil {
		return freeze(m.weights, len(m.Classes))
	}
	keys := t.sortedKeys()
	b := newBuilder(len(keys), len(m.Classes))
	for _, k := range keys {
		for _, e := range t.lookup(k) {
			b.add(int(e.class()), e.w())
		}
		b.end(k)
	}
	return b.table()
}

// appendImage appends the version 3 body of t (what follows the classes).
func appendImage(buf []byte, t *table) []byte {
	le := binary.LittleEndian
	buf = le.AppendUint64(buf, uint64(t.count))
	buf = le.AppendUint32(buf, uint32(len(t.slots)))
	buf = le.AppendUint32(buf, uint32(len(t.filter)))
	buf = le.AppendUint32(buf, uint32(t.classEnd))
	buf = le.AppendUint32(buf, math.Float32bits(t.maxWeight))
	buf = le.AppendUint32(buf, uint32(len(t.entries)))
	buf = le.AppendUint32(buf, uint32(len(t.rows)))
	for _, w := range t.filter {
		buf = le.AppendUint64(buf, w)
	}
	for i := range t.slots {
		s := &t.slots[i]
		if s.n == 0 {
			continue
		}
		buf = le.AppendUint32(buf, uint32(i))
		buf = le.AppendUint64(buf, uint64(s.key))
		buf = le.AppendUint32(buf, s.off)
		buf = append(buf, s.n, byte(s.kind), s.pair[0], s.pair[1])
	}
	buf = append(buf, entryBytes(t.entries)...)
	for _, w := range t.rows {
		buf = le.AppendUint32(buf, math.Float32bits(w))
	}
	return buf
}

// littleEndian reports whether this machine stores numbers as the file
// does, so that parseImage copies the filter and rows as they are.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// entryBytes returns the bytes of es (an entry is bytes already).
func entryBytes(es []entry) []byte {
	if len(es) == 0 {
		return nil
	}
	return unsafe.Slice(&es[0][0], len(es)*int(unsafe.Sizeof(entry{})))
}

// parseImage reads the version 3 body of a model of nclasses classes
// from d, checking that every slot's weights lie within the entries and
// rows and every class is one of the model's.
func parseImage(d *decoder, nclasses int) (*table, error) {
	le := binary.LittleEndian
	head := d.bytes(8 + 6*4)
	if d.err != nil {
		return nil, fmt.Errorf("perceptron: truncated model: %w", ErrFormat)
	}
	count := le.Uint64(head)
	nslots, nfilter := int(le.Uint32(head[8:])), int(le.Uint32(head[12:]))
	classEnd := int(le.Uint32(head[16:]))
	maxWeight := math.Float32frombits(le.Uint32(head[20:]))
	nentries, nrows := int(le.Uint32(head[24:])), int(le.Uint32(head[28:]))
	pow2 := func(n int) bool { return n > 0 && n&(n-1) == 0 }
	size := uint64(nfilter)*8 + count*slotBytes + uint64(nentries)*uint64(unsafe.Sizeof(entry{})) + uint64(nrows)*4
	if !pow2(nslots) || !pow2(nfilter) || count > uint64(nslots) || classEnd > nclasses || size != uint64(len(d.b)) || nrows%nclasses != 0 {
		return nil, fmt.Errorf("perceptron: implausible table: %w", ErrFormat)
	}
	t := &table{
		filter:    make([]uint64, nfilter),
		fmask:     uint64(nfilter - 1),
		slots:     make([]slot, nslots),
		mask:      uint64(nslots - 1),
		entries:   make([]entry, nentries),
		rows:      make([]float32, nrows),
		stride:    nclasses,
		nclasses:  nclasses,
		classEnd:  classEnd,
		count:     int(count),
		maxWeight: maxWeight,
	}
	p := d.bytes(nfilter * 8)
	if littleEndian && len(p) == nfilter*8 {
		copy(unsafe.Slice((*byte)(unsafe.Pointer(&t.filter[0])), nfilter*8), p)
	} else {
		for i := range t.filter {
			t.filter[i] = le.Uint64(p[8*i:])
		}
	}
	p = d.bytes(int(count) * slotBytes)
	last := -1
	for k := range int(count) {
		b := p[k*slotBytes : (k+1)*slotBytes]
		i := int(le.Uint32(b))
		s := slot{key: Feature(le.Uint64(b[4:])), off: le.Uint32(b[12:]), n: b[16], kind: slotKind(b[17]), pair: [2]uint8{b[18], b[19]}}
		if i <= last || i >= nslots || !s.fits(nentries, nrows, nclasses) {
			return nil, fmt.Errorf("perceptron: slot %d: %w", i, ErrFormat)
		}
		t.slots[i], last = s, i
	}
	copy(entryBytes(t.entries), d.bytes(nentries*int(unsafe.Sizeof(entry{}))))
	for i := range t.entries {
		if int(t.entries[i].class()) >= nclasses {
			return nil, fmt.Errorf("perceptron: entry %d: class out of range: %w", i, ErrFormat)
		}
	}
	if nrows == 0 {
		t.rows = nil // as a builder leaves a table without dense rows
	}
	p = d.bytes(nrows * 4)
	if littleEndian && len(p) == nrows*4 && nrows > 0 {
		copy(unsafe.Slice((*byte)(unsafe.Pointer(&t.rows[0])), nrows*4), p)
	} else {
		for i := range t.rows {
			t.rows[i] = math.Float32frombits(le.Uint32(p[4*i:]))
		}
	}
	if d.err != nil {
		return nil, fmt.Errorf("perceptron: truncated model: %w", ErrFormat)
	}
	return t, nil
}

// fits reports whether the weights of s, an occupied slot, lie within
// nentries entries and nrows row floats of nclasses classes.
func (s *slot) fits(nentries, nrows, nclasses int) bool {
	switch s.kind {
	case sparse:
		return s.n > 0 && int(s.off)+int(s.n) <= nentries
	case dense:
		return s.n > 0 && int(s.off)%nclasses == 0 && int(s.off)+nclasses <= nrows
	case pair:
		return s.n == 2 && int(s.pair[0]) < nclasses && int(s.pair[1]) < nclasses
	}
	return false
}
