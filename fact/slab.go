package fact

import hearsay "github.com/hearsay-news/hearsay"

// A slab hands out the sentences, raws, bindings, times, evidence lists,
// source chains, reporting frames and argument lists of one document's facts, and the lists of the entities of
// its units and where its units stand, from blocks allocated a few at a
// time, not one allocation each. What it hands out may be kept by the
// facts, so a slab is never reused for another document, but for its
// sentences, raws and bindings, which only the stage reads while it works
// on the document: their blocks are handed out again (see reused).
type slab struct {
	sents blocks[sent]
	raws  blocks[raw]
	binds blocks[binding]
	ints  []int
	args  []hearsay.Arg
	offs  []int32
	times []hearsay.FactTime
	srcs  []hearsay.Source
	frs   []frame
	frps  []*frame
}

// How many raws, bindings (large: one bound per slot), ints and arguments
// a block holds.
const (
	sentBlock    = 16
	rawBlock     = 16
	bindingBlock = 8
	intBlock     = 64
	argBlock     = 64
	offBlock     = 4096
	timeBlock    = 16
	sourceBlock  = 32
	frameBlock   = 16
)

// A blocks hands out zeroed values of T from blocks that it keeps from
// document to document.
type blocks[T any] struct {
	all [][]T // the blocks, each handed out up to its length
	at  int   // the block handed out from now
}

// next returns a zeroed T, from a new block of size when the blocks are
// all handed out.
func (bl *blocks[T]) next(size int) *T {
	if len(bl.all) == 0 {
		bl.all = append(bl.all, make([]T, 0, size))
	}
	b := bl.all[bl.at]
	if len(b) == cap(b) {
		bl.at++
		if bl.at == len(bl.all) {
			bl.all = append(bl.all, make([]T, 0, size))
		}
		b = bl.all[bl.at]
	}
	b = b[:len(b)+1]
	bl.all[bl.at] = b
	return &b[len(b)-1]
}

// drop gives back p when it is the last value handed out, zeroed, so that
// the next value takes its place; any other value stays where it is.
func (bl *blocks[T]) drop(p *T) {
	if len(bl.all) == 0 {
		return
	}
	b := bl.all[bl.at]
	if n := len(b); n > 0 && &b[n-1] == p {
		var zero T
		b[n-1] = zero
		bl.all[bl.at] = b[:n-1]
	}
}

// reused returns bl with everything it handed out zeroed, to be handed out
// again.
func (bl blocks[T]) reused() blocks[T] {
	for i := 0; i < len(bl.all) && i <= bl.at; i++ {
		clear(bl.all[i])
		bl.all[i] = bl.all[i][:0]
	}
	bl.at = 0
	return bl
}

// newSent returns a zeroed sent (a new one when sl is nil).
func (sl *slab) newSent() *sent {
	if sl == nil {
		return new(sent)
	}
	return sl.sents.next(sentBlock)
}

// offsets returns n zeroed int32s (see sent.unitOf).
func (sl *slab) offsets(n int) []int32 {
	if sl == nil || n > offBlock/4 {
		return make([]int32, n)
	}
	if len(sl.offs)+n > cap(sl.offs) {
		sl.offs = make([]int32, 0, offBlock)
	}
	k := len(sl.offs)
	sl.offs = sl.offs[:k+n]
	return sl.offs[k : k+n : k+n]
}

// newRaw returns a zeroed raw (a new one when sl is nil).
func (sl *slab) newRaw() *raw {
	if sl == nil {
		return new(raw)
	}
	return sl.raws.next(rawBlock)
}

// dropRaw gives back rw, a raw of newRaw left out, when it is the last
// one handed out, so that the next raw takes its place; any other raw stays
// where it is.
func (sl *slab) dropRaw(rw *raw) {
	if sl == nil {
		return
	}
	sl.raws.drop(rw)
}

// rawOf returns a new raw holding rw (one of its own when sl is nil).
func (sl *slab) rawOf(rw raw) *raw {
	p := sl.newRaw()
	*p = rw
	return p
}

// newBinding returns a zeroed binding (a new one when sl is nil).
func (sl *slab) newBinding() *binding {
	if sl == nil {
		return new(binding)
	}
	return sl.binds.next(bindingBlock)
}

// reused returns a new slab for another document that hands out again the
// sentences, raws and bindings sl handed out, zeroed.
func (sl *slab) reused() slab {
	return slab{sents: sl.sents.reused(), raws: sl.raws.reused(), binds: sl.binds.reused()}
}

// one returns []int{si} (a sentence of evidence, an entity), with no room
// beyond it: appending to it copies, as appending to a list of its own does.
func (sl *slab) one(si int) []int {
	if sl == nil {
		return []int{si}
	}
	if len(sl.ints) == cap(sl.ints) {
		sl.ints = make([]int, 0, intBlock)
	}
	k := len(sl.ints)
	sl.ints = append(sl.ints, si)
	return sl.ints[k : k+1 : k+1]
}

// intList returns an empty list of ints with room for n and no more:
// appending past n copies.
func (sl *slab) intList(n int) []int {
	if sl == nil || n > intBlock {
		return make([]int, 0, n)
	}
	if len(sl.ints)+n > cap(sl.ints) {
		sl.ints = make([]int, 0, intBlock)
	}
	k := len(sl.ints)
	sl.ints = sl.ints[:k+n]
	return sl.ints[k : k : k+n]
}

// argList returns an empty argument list with room for n arguments and no
// more: appending past n copies.
func (sl *slab) argList(n int) []hearsay.Arg {
	if sl == nil || n > argBlock {
		return make([]hearsay.Arg, 0, n)
	}
	if len(sl.args)+n > cap(sl.args) {
		sl.args = make([]hearsay.Arg, 0, argBlock)
	}
	k := len(sl.args)
	sl.args = sl.args[:k+n]
	return sl.args[k : k : k+n]
}

// newTime returns a new FactTime holding t (one of its own when sl is nil).
func (sl *slab) newTime(t hearsay.FactTime) *hearsay.FactTime {
	if sl == nil {
		own := t // declared here, so that only this case takes it from the heap
		return &own
	}
	if len(sl.times) == cap(sl.times) {
		sl.times = make([]hearsay.FactTime, 0, timeBlock)
	}
	sl.times = append(sl.times, t)
	return &sl.times[len(sl.times)-1]
}

// sources returns a new list of the sources of src, with room for them and
// no more (nil for none): appending to it copies, as appending to a copy
// of its own does.
func (sl *slab) sources(src ...hearsay.Source) []hearsay.Source {
	n := len(src)
	if n == 0 {
		return nil
	}
	if sl == nil || n > sourceBlock {
		return append([]hearsay.Source(nil), src...)
	}
	if len(sl.srcs)+n > cap(sl.srcs) {
		sl.srcs = make([]hearsay.Source, 0, sourceBlock)
	}
	k := len(sl.srcs)
	sl.srcs = append(sl.srcs, src...)
	return sl.srcs[k : k+n : k+n]
}

// derived returns a fact derived from src: of type typ with the arguments
// args and the reason given, keeping src's modality, polarity, span and
// trigger, with copies of its sources and evidence and no qualifiers; its
// time is left to the caller.
func (sl *slab) derived(src hearsay.Fact, typ string, reason string, args ...hearsay.Arg) hearsay.Fact {
	f := src
	f.Type = typ
	f.Args = append(sl.argList(len(args)), args...)
	f.Sources = sl.sources(src.Sources...)
	f.Evidence = nil
	if len(src.Evidence) > 0 {
		f.Evidence = append(sl.intList(len(src.Evidence)), src.Evidence...)
	}
	f.Qualifiers = nil
	f.Derived = true
	f.Reason = reason
	return f
}

// newFrame returns a new frame holding f (one of its own when sl is nil).
func (sl *slab) newFrame(f frame) *frame {
	if sl == nil {
		own := f // declared here, so that only this case takes it from the heap
		return &own
	}
	if len(sl.frs) == cap(sl.frs) {
		sl.frs = make([]frame, 0, frameBlock)
	}
	sl.frs = append(sl.frs, f)
	return &sl.frs[len(sl.frs)-1]
}

// frameList returns a new list of the frames fs, with no room beyond them
// (nil for none).
func (sl *slab) frameList(fs []*frame) []*frame {
	n := len(fs)
	if n == 0 {
		return nil
	}
	if sl == nil || n > frameBlock {
		return append([]*frame(nil), fs...)
	}
	if len(sl.frps)+n > cap(sl.frps) {
		sl.frps = make([]*frame, 0, frameBlock)
	}
	k := len(sl.frps)
	sl.frps = append(sl.frps, fs...)
	return sl.frps[k : k+n : k+n]
}
