package perceptron

import (
	"encoding/binary"
	"math"
	"slices"
	"unsafe"
)

// An entry is one non-zero weight of a feature: its class in two bytes
// and its weight in four, little-endian, packed into six bytes with no
// padding (a struct of the two would take eight), so that the entries of
// a feature lie on fewer cache lines.
type entry [6]byte

// newEntry returns the entry of weight w for class c.
func newEntry(c uint16, w float32) entry {
	var e entry
	binary.LittleEndian.PutUint16(e[:2], c)
	binary.LittleEndian.PutUint32(e[2:], math.Float32bits(w))
	return e
}

// class returns the class of e.
func (e *entry) class() uint16 { return uint16(e[0]) | uint16(e[1])<<8 }

// w returns the weight of e.
func (e *entry) w() float32 {
	return math.Float32frombits(uint32(e[2]) | uint32(e[3])<<8 | uint32(e[4])<<16 | uint32(e[5])<<24)
}

// A slot of the open-addressing hash table: a feature and where its
// weights are, or its weights themselves when they are a pair. Slots are
// 16 bytes, four to a cache line: most features a tagger asks for are not
// in the model, and a probe for an absent feature reads slots only.
type slot struct {
	key  Feature
	off  uint32   // first entry, first weight of a dense row, or a pair's first weight's bits
	n    uint8    // number of non-zero weights, at most maxSparse unless dense; 0 for an empty slot
	kind slotKind // where the weights are
	pair [2]uint8 // the classes of a pair
}

// A slotKind tells where a slot's weights are.
type slotKind uint8

const (
	sparse slotKind = iota // n entries from off
	dense                  // a row of rows, one weight per class
	// a pair: two weights, the first off's bits, the second its
	// negation, for the classes of pair, in the slot itself. A feature
	// that training updated once (or always for the same two classes)
	// moved one class's weight up and another's down as much, and
	// averaging keeps them each other's negation: in the part-of-speech
	// models three features in five are such pairs, and scoring one
	// reads no entries, whose cache line would be one miss more.
	pair
)

// maxSparse is the most weights of a feature kept as entries: a feature
// with more is a dense row, so that n fits a byte.
const maxSparse = 255

// isPair reports whether the weights of the entries es are a pair (see
// pair): two, for classes below 256, one the negation of the other.
func isPair(es []entry) bool {
	return len(es) == 2 && es[0].class() < 256 && es[1].class() < 256 && es[0].w() == -es[1].w()
}

// pairWeight returns the first weight of s, a pair slot.
func (s *slot) pairWeight() float32 { return math.Float32frombits(s.off) }

// entries returns the weights of s, a pair slot, as entries.
func (s *slot) pairEntries() []entry {
	w := s.pairWeight()
	return []entry{newEntry(uint16(s.pair[0]), w), newEntry(uint16(s.pair[1]), -w)}
}

// A table is the compact, read-only form of a model's weights: an
// open-addressing hash table from feature to its non-zero class weights,
// stored contiguously. Scoring touches only the weights that count.
//
// A feature with weights for at least a quarter of the classes (in a
// part-of-speech model, the few thousand features, such as the previous
// tags, that vote for many of its hundred classes) keeps them as a dense
// row of one float32 per class: at most twice the bytes of its entries,
// and adding a row needs no class numbers and goes eight scores an
// instruction (AddRow), several times faster an entry than adding entries
// one by one. Adding a row's zeros changes no sum, so the scores are the
// same as the entries give.
type table struct {
	filter   []uint64 // a Bloom filter of the features: see mayHave
	fmask    uint64
	slots    []slot
	mask     uint64
	entries  []entry
	rows     []float32 // dense rows, nclasses weights each, stride apart
	stride   int       // nclasses, or StepRowLen of it with steps (Model.SetStep)
	nclasses int
	classEnd int // one past the largest class of an entry or row
	count    int

	maxWeight float32 // the largest magnitude of a weight

	qrows []int16 // the dense rows in steps of step (Model.SetStep), or nil
	step  float32
}

// freeze builds the table of a weight map, dropping zero weights.
func freeze(weights map[Feature][]float32, nclasses int) *table {
	keys := make([]Feature, 0, len(weights))
	for f := range weights {
		keys = append(keys, f)
	}
	slices.Sort(keys)
	b := newBuilder(len(keys), nclasses)
	for _, f := range keys {
		for c, w := range weights[f] {
			b.add(c, w)
		}
		b.end(f)
	}
	return b.table()
}

// A builder collects features one at a time into a table.
type builder struct {
	t       *table
	start   int
	pending []slot // the slots of the features ended, placed by table
}

// newBuilder sizes the table for nfeat features, with at least half again
// as many slots: a probe for a feature the model lacks then ends after two
// or three slots, on one or two cache lines, while the table stays small
// enough for the caches (a larger table's misses cost more than its
// shorter probes save).
func newBuilder(nfeat, nclasses int) *builder {
	size := 16
	for size < nfeat+nfeat/2 {
		size *= 2
	}
	words := 1
	for words*64 < 8*nfeat {
		words *= 2
	}
	return &builder{t: &table{
		filter:   make([]uint64, words),
		fmask:    uint64(words - 1),
		slots:    make([]slot, size),
		mask:     uint64(size - 1),
		entries:  make([]entry, 0, nfeat*min(nclasses, 4)),
		nclasses: nclasses,
		stride:   nclasses,
	}, pending: make([]slot, 0, nfeat)}
}

// isDense reports whether a feature with n non-zero weights is stored as a
// dense row.
func (t *table) isDense(n int) bool { return n >= 4 && (4*n >= t.nclasses || n > maxSparse) }

// add adds a weight of the current feature; zero weights are skipped.
func (b *builder) add(class int, w float32) {
	if w != 0 {
		b.t.entries = append(b.t.entries, newEntry(uint16(class), w))
		b.t.classEnd = max(b.t.classEnd, class+1)
		b.t.maxWeight = max(b.t.maxWeight, float32(math.Abs(float64(w))))
	}
}

// end closes the current feature f; a feature with no weight is dropped.
// Its slot is placed in the hash table by table.
func (b *builder) end(f Feature) {
	t := b.t
	n := len(t.entries) - b.start
	if n == 0 {
		return
	}
	sl := slot{key: f, off: uint32(b.start), n: uint8(min(n, maxSparse))}
	switch es := t.entries[b.start:]; {
	case isPair(es):
		sl.kind, sl.off = pair, math.Float32bits(es[0].w())
		sl.pair = [2]uint8{uint8(es[0].class()), uint8(es[1].class())}
		t.entries = t.entries[:b.start]
	case t.isDense(n):
		// move the entries into a row of their own
		sl.off, sl.kind = uint32(len(t.rows)), dense
		t.rows = append(t.rows, make([]float32, t.nclasses)...)
		row := t.rows[sl.off:]
		for i := range t.entries[b.start:] {
			e := &t.entries[b.start+i]
			row[e.class()] += e.w()
		}
		t.entries = t.entries[:b.start]
	}
	b.pending = append(b.pending, sl)
	b.start = len(t.entries)
}

// table places the features' slots in the hash table, those with the
// most weights first, and returns the table. A feature with weights for
// many classes is one that training met often, and that tagging meets
// often: placed first, it gets its home slot, and its probe reads one
// slot; the features placed after it, rarer, take the slots left.
func (b *builder) table() *table {
	slots := byWeightsDesc(b.pending)
	b.t.entries = packRuns(b.t.entries, slots)
	for _, sl := range slots {
		b.t.place(sl)
	}
	b.pending = nil
	return b.t
}

// lineBytes is the size of a cache line.
const lineBytes = 64

// lineOf returns the cache line of byte 6*i, the start of entry i, from
// the start of the entries (a large array, which starts on a page).
func lineOf(i int) int { return i * int(unsafe.Sizeof(entry{})) / lineBytes }

// lineEntries returns the first entry that starts on line l and the first
// entry past the last that ends on it: the entries wholly on line l.
func lineEntries(l int) (first, end int) {
	const size = int(unsafe.Sizeof(entry{}))
	return (l*lineBytes + size - 1) / size, ((l + 1) * lineBytes) / size
}

// packRuns lays out again the entries of the sparse slots among slots,
// which are in order of their number of weights, the most first, and
// returns the new entries, setting the slots' offsets. A slot's entries
// stay together and in their order, so the weights a feature adds are the
// same; they lie on as few cache lines as they can: a run that fits on one
// line (up to ten entries) is placed wholly on one, and a longer one starts
// a line. The ends of lines left over are filled with shorter runs, the
// smallest space that takes a run first: in the part-of-speech models the
// entries take an eighth more memory (half of it the entries that would
// cross from one line to the next, which no run can use). Scoring a
// feature of up to ten weights then reads one line of entries, where one
// laid out anywhere crosses into a second line about one time in three.
func packRuns(entries []entry, slots []slot) []entry {
	const size = int(unsafe.Sizeof(entry{}))
	const perLine = lineBytes / size
	out := make([]entry, 0, len(entries)+len(entries)/7+perLine)
	var gaps [perLine + 1][]int // first entries of spaces on one line, by number of entries
	// skipToLine leaves the rest of the line of len(out) as a gap, and
	// moves on to the first entry wholly on the next line.
	skipToLine := func() {
		p := len(out)
		l := lineOf(p)
		if first, _ := lineEntries(l); p == first {
			return // already at a line's start
		}
		_, end := lineEntries(l)
		if end > p {
			gaps[end-p] = append(gaps[end-p], p)
		}
		next, _ := lineEntries(l + 1)
		out = append(out, make([]entry, next-p)...)
	}
	for i := range slots {
		sl := &slots[i]
		if sl.kind != sparse {
			continue
		}
		run := entries[sl.off : sl.off+uint32(sl.n)]
		n := len(run)
		at := -1
		if n <= perLine {
			for g := n; g <= perLine; g++ {
				if k := len(gaps[g]); k > 0 {
					at = gaps[g][k-1]
					gaps[g] = gaps[g][:k-1]
					if g > n {
						gaps[g-n] = append(gaps[g-n], at+n)
					}
					break
				}
			}
		}
		if at < 0 {
			p := len(out)
			if n > perLine || !onOneLine(p, n) {
				skipToLine()
			}
			at = len(out)
			out = append(out, make([]entry, n)...)
		}
		copy(out[at:at+n], run)
		sl.off = uint32(at)
	}
	return out
}

// onOneLine reports whether the n entries from entry p lie on one cache
// line.
func onOneLine(p, n int) bool {
	const size = int(unsafe.Sizeof(entry{}))
	return lineOf(p) == ((p+n)*size-1)/lineBytes
}

// byWeightsDesc returns the slots sorted by their number of weights, the
// most first, slots with as many in the order of slots: a counting sort,
// linear in the slots (a model has a few hundred thousand, and a number
// of weights of a slot is at most its classes).
func byWeightsDesc(slots []slot) []slot {
	top := 0
	for _, sl := range slots {
		top = max(top, int(sl.n))
	}
	// at[k] is where the next slot with top-k weights goes
	at := make([]int, top+2)
	for _, sl := range slots {
		at[top-int(sl.n)+1]++
	}
	for k := 1; k < len(at); k++ {
		at[k] += at[k-1]
	}
	out := make([]slot, len(slots))
	for _, sl := range slots {
		k := top - int(sl.n)
		out[at[k]] = sl
		at[k]++
	}
	return out
}

// place puts sl in its slot, replacing a slot of the same feature.
func (t *table) place(sl slot) {
	h := mix(sl.key)
	t.filter[h>>32&t.fmask] |= filterBits(h)
	i := h & t.mask
	for t.slots[i].n != 0 && t.slots[i].key != sl.key {
		i = (i + 1) & t.mask
	}
	if t.slots[i].n == 0 {
		t.count++
	}
	t.slots[i] = sl
}

// mix scrambles a feature's bits: the low bits pick its home slot, the
// high ones its place in the filter.
func mix(f Feature) uint64 {
	h := uint64(f)
	h ^= h >> 31
	h *= 0x9e3779b97f4a7c15
	h ^= h >> 29
	return h
}

// home is the first slot probed for f.
func (t *table) home(f Feature) uint64 { return mix(f) & t.mask }

// filterBits are the two bits a feature of hash h sets in its filter word.
func filterBits(h uint64) uint64 { return 1<<(h>>58) | 1<<(h>>52&63) }

// mayHave reports whether a feature of hash h may be in the table: false
// means it is not. Most features a tagger asks for and the model lacks
// (word pairs: in the NER model nine in ten are absent) are told apart by
// the filter, which has 8 bits a feature, two of them in one word for each,
// and is a few dozen KB: small enough to stay in the cache, which the slots
// are not.
func (t *table) mayHave(h uint64) bool {
	b := filterBits(h)
	return t.filter[h>>32&t.fmask]&b == b
}

// lookup returns f's entries, or nil.
func (t *table) lookup(f Feature) []entry {
	for i := t.home(f); ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n == 0 {
			return nil
		}
		if s.key == f {
			switch s.kind {
			case sparse:
				return t.entries[s.off : s.off+uint32(s.n)]
			case pair:
				return s.pairEntries()
			}
			var out []entry
			for c, w := range t.rows[s.off : s.off+uint32(t.nclasses)] {
				if w != 0 {
					out = append(out, newEntry(uint16(c), w))
				}
			}
			return out
		}
	}
}

// batchSize is the number of features scores finds at a time: enough
// loads in flight to overlap most of the waiting for memory, in buffers
// small enough to zero at every call.
const batchSize = 16

// fewFeatures is the most features scores adds one after another, without
// batches: for so few, setting up the buffers of a batch costs more than
// the overlap of their loads saves.
const fewFeatures = 4

// scores adds the weights of feats to scores. It works on a batch of
// features at a time, in three sweeps, so that the memory loads of
// different features overlap instead of waiting for one another: the first
// finds their slots, the second loads the first entry of each (the entries
// of a large model are mostly out of the caches, and a sweep of loads alone
// keeps many misses in flight), the third adds their weights. With
// filtered, it tests each feature against the filter before probing its
// slot: worth it when most of feats are absent from the model, a waste when
// most are there. Each class's weights are added in the order of feats.
func (t *table) scores(feats []Feature, scores []float32, filtered bool) {
	if len(feats) <= fewFeatures && len(scores) >= max(t.classEnd, t.nclasses) {
		t.scoresFew(feats, scores, filtered)
		return
	}
	var found [batchSize]*slot
	var first [batchSize]entry
	for len(feats) > 0 {
		batch := feats[:min(len(feats), len(found))]
		feats = feats[len(batch):]
		n := t.find(batch, &found, filtered)
		for k, s := range found[:n] {
			if s.kind == sparse {
				first[k] = t.entries[s.off]
			}
		}
		if len(scores) >= max(t.classEnd, t.nclasses) {
			t.addFound(found[:n], first[:n], scores)
			continue
		}
		for k, s := range found[:n] {
			switch s.kind {
			case dense:
				row := t.rows[s.off : s.off+uint32(t.nclasses)]
				AddRow(row[:min(len(row), len(scores))], scores)
				continue
			case pair:
				w := s.pairWeight()
				if c := int(s.pair[0]); c < len(scores) {
					scores[c] += w
				}
				if c := int(s.pair[1]); c < len(scores) {
					scores[c] += -w
				}
				continue
			}
			if e := &first[k]; int(e.class()) < len(scores) {
				scores[e.class()] += e.w()
			}
			es := t.entries[s.off+1 : s.off+uint32(s.n)]
			for i := range es {
				if e := &es[i]; int(e.class()) < len(scores) {
					scores[e.class()] += e.w()
				}
			}
		}
	}
}

// scoresFew is scores for a few features and scores with a score for
// every class of every entry and row: each feature is found and its
// weights added before the next.
func (t *table) scoresFew(feats []Feature, scores []float32, filtered bool) {
	base := unsafe.Pointer(unsafe.SliceData(scores))
	for _, f := range feats {
		if filtered && !t.mayHave(mix(f)) {
			continue
		}
		s := probe(t.slots, t.mask, f)
		switch {
		case s == nil:
		case s.kind == dense:
			AddRow(t.rows[s.off:s.off+uint32(t.nclasses)], scores)
		case s.kind == pair:
			addPair(base, s)
		default:
			addEntries(base, t.entries[s.off:s.off+uint32(s.n)])
		}
	}
}

// find puts the slots of the features of batch, at most len(found), that
// the table has in found, in the order of batch, and returns their number.
// With filtered, it tests each feature against the filter first. The loop
// for features not filtered is a function of its own, which keeps its
// values in registers.
func (t *table) find(batch []Feature, found *[batchSize]*slot, filtered bool) int {
	if filtered {
		return t.findFiltered(batch, found)
	}
	slots, mask := t.slots, t.mask
	n := 0
	for _, f := range batch {
		if s := probe(slots, mask, f); s != nil {
			found[uint(n)%uint(len(found))] = s
			n++
		}
	}
	return n
}

// findFiltered is find for a batch tested against the filter first.
func (t *table) findFiltered(batch []Feature, found *[batchSize]*slot) int {
	n := 0
	for _, f := range batch {
		if !t.mayHave(mix(f)) {
			continue
		}
		if s := probe(t.slots, t.mask, f); s != nil {
			found[uint(n)%uint(len(found))] = s
			n++
		}
	}
	return n
}

// probe returns the slot of f in slots, whose number is mask+1, or nil.
func probe(slots []slot, mask uint64, f Feature) *slot {
	for i := mix(f) & mask; ; i = (i + 1) & mask {
		s := &slots[i]
		if s.n == 0 {
			return nil
		}
		if s.key == f {
			return s
		}
	}
}

// addFound adds the weights of the found slots, whose first entries are in
// first, to scores, which has a score for every class of every entry and
// row (classEnd and nclasses): no entry needs the bounds test that scores
// gives a shorter slice.
func (t *table) addFound(found []*slot, first []entry, scores []float32) {
	base := unsafe.Pointer(unsafe.SliceData(scores))
	for k, s := range found {
		switch s.kind {
		case dense:
			AddRow(t.rows[s.off:s.off+uint32(t.nclasses)], scores)
			continue
		case pair:
			addPair(base, s)
			continue
		}
		e := &first[k]
		*(*float32)(unsafe.Add(base, uintptr(e.class())*4)) += e.w()
		addEntries(base, t.entries[s.off+1:s.off+uint32(s.n)])
	}
}

// addPair adds the weights of s, a pair slot, to the scores at base,
// which has a score for each of its classes: the first weight, then the
// second, as adding its entries would.
func addPair(base unsafe.Pointer, s *slot) {
	w := s.pairWeight()
	p := (*float32)(unsafe.Add(base, uintptr(s.pair[0])*4))
	*p = w + *p
	p = (*float32)(unsafe.Add(base, uintptr(s.pair[1])*4))
	*p = -w + *p
}

// addEntries adds the weights of es to the scores at base, which has a
// score for each of their classes.
func addEntries(base unsafe.Pointer, es []entry) {
	runs := [1]entryRun{{n: uint32(len(es))}}
	addRuns(base, es, runs[:])
}

// addRuns adds the weights of the runs of entries to the scores at base,
// which has a score for each of their classes, run after run, in one call
// for all of them. It walks the entries of a run by byte offset, which
// compiles to fewer instructions an entry than indexing does.
func addRuns(base unsafe.Pointer, entries []entry, runs []entryRun) {
	for _, r := range runs {
		if r.n&pairRun != 0 {
			w := math.Float32frombits(r.off)
			p := (*float32)(unsafe.Add(base, uintptr(uint8(r.n))*4))
			*p = w + *p
			p = (*float32)(unsafe.Add(base, uintptr(uint8(r.n>>8))*4))
			*p = -w + *p
			continue
		}
		es := entries[r.off : r.off+r.n]
		if len(es) == 0 {
			continue
		}
		p := unsafe.Pointer(unsafe.SliceData(es))
		end := uintptr(len(es)) * unsafe.Sizeof(entry{})
		for off := uintptr(0); off < end; off += unsafe.Sizeof(entry{}) {
			e := (*entry)(unsafe.Add(p, off))
			// e.class() and e.w() written out: the calls, inlined,
			// would leave a no-op instruction in the loop
			c := uint16(e[0]) | uint16(e[1])<<8
			w := math.Float32frombits(uint32(e[2]) | uint32(e[3])<<8 | uint32(e[4])<<16 | uint32(e[5])<<24)
			s := (*float32)(unsafe.Add(base, uintptr(c)*4))
			*s = w + *s
		}
	}
}

// AddRow adds row to the first len(row) scores (a class-score row a tagger
// added up ahead of time). The loop is the inner loop of scoring: on amd64
// it adds four scores with one instruction (addRows), elsewhere four at a
// time in Go (addRowGo). Each score gets the same one addition either way.
func AddRow(row, scores []float32) {
	scores = scores[:len(row)]
	if len(row) > 0 {
		addRows(&scores[0], &row[0], len(row))
	}
}

func (t *table) len() int { return t.count }

// sortedKeys lists the features in increasing order.
func (t *table) sortedKeys() []Feature {
	keys := make([]Feature, 0, t.count)
	for _, s := range t.slots {
		if s.n != 0 {
			keys = append(keys, s.key)
		}
	}
	slices.Sort(keys)
	return keys
}
