package timex

import "strings"

// A strArena makes the short strings of values and intervals without an
// allocation each: their bytes are appended to a chunk that is never
// written over (a new chunk starts when one is full), so every string it
// made stays valid and unchanged for as long as it is used. A nil arena
// allocates each string on its own.
type strArena struct {
	b strings.Builder
}

// arenaChunk is the size of an arena's chunks, in bytes.
const arenaChunk = 4096

// room makes room for n more bytes in the current chunk and returns the
// offset where they will start. Writing more than n is safe: the chunk then
// moves whole to a larger one, and the strings made before keep the old.
func (a *strArena) room(n int) int {
	if a.b.Cap()-a.b.Len() < n {
		a.b = strings.Builder{}
		a.b.Grow(max(arenaChunk, n))
	}
	return a.b.Len()
}

// since returns the string of the bytes written from offset start on.
func (a *strArena) since(start int) string {
	return a.b.String()[start:]
}

// bytes returns the string of b, from the arena when there is one.
func (a *strArena) bytes(b []byte) string {
	if a == nil {
		return string(b)
	}
	start := a.room(len(b))
	a.b.Write(b)
	return a.since(start)
}
