package fact

import hearsay "github.com/hearsay-news/hearsay"

// A slab hands out the raws, bindings, evidence lists and argument lists
// of one document's facts from blocks allocated a few at a time, not one
// allocation each. What it hands out is kept by the facts, so a slab is
// never reused for another document.
type slab struct {
	raws  []raw
	binds []binding
	ints  []int
	args  []hearsay.Arg
}

// How many raws, bindings (large: one bound per slot), ints and arguments
// a block holds.
const (
	rawBlock     = 16
	bindingBlock = 8
	intBlock     = 64
	argBlock     = 64
)

// newRaw returns a zeroed raw (a new one when sl is nil).
func (sl *slab) newRaw() *raw {
	if sl == nil {
		return new(raw)
	}
	if len(sl.raws) == cap(sl.raws) {
		sl.raws = make([]raw, 0, rawBlock)
	}
	sl.raws = sl.raws[:len(sl.raws)+1]
	return &sl.raws[len(sl.raws)-1]
}

// newBinding returns a zeroed binding (a new one when sl is nil).
func (sl *slab) newBinding() *binding {
	if sl == nil {
		return new(binding)
	}
	if len(sl.binds) == cap(sl.binds) {
		sl.binds = make([]binding, 0, bindingBlock)
	}
	sl.binds = sl.binds[:len(sl.binds)+1]
	return &sl.binds[len(sl.binds)-1]
}

// evidence returns []int{si}, with no room beyond it: appending to it
// copies, as appending to a list of its own does.
func (sl *slab) evidence(si int) []int {
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
