package ner

import (
	"strings"
)

// maxGazLen is the longest entity name, in tokens, the gazetteer matches.
const maxGazLen = 6

// A gazetteer maps entity names seen in training data (lowercased, tokens
// joined by spaces) to how often they were each type.
type gazetteer struct {
	names map[string]*[len(types)]int32
	first map[string]int // lowercase first token → longest name starting with it
}

func newGazetteer() *gazetteer {
	return &gazetteer{names: map[string]*[len(types)]int32{}, first: map[string]int{}}
}

// entityNames returns the entity names of a sentence with gold labels, as
// gazetteer keys with their type id.
func entityNames(words []string, gold []int) (keys []string, ts []int) {
	for i := 0; i < len(gold); {
		if !isBegin(gold[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(gold) && isInside(gold[j]) && labelType(gold[j]) == labelType(gold[i]) {
			j++
		}
		if j-i <= maxGazLen {
			keys = append(keys, gazKey(words[i:j]))
			ts = append(ts, labelType(gold[i]))
		}
		i = j
	}
	return keys, ts
}

func gazKey(words []string) string { return strings.ToLower(strings.Join(words, " ")) }

// add counts one occurrence of an entity name.
func (g *gazetteer) add(key string, t int) {
	c, ok := g.names[key]
	if !ok {
		c = new([len(types)]int32)
		g.names[key] = c
		first, _, _ := strings.Cut(key, " ")
		if n := strings.Count(key, " ") + 1; n > g.first[first] {
			g.first[first] = n
		}
	}
	c[t]++
}

// set stores the counts of an entity name.
func (g *gazetteer) set(key string, c [len(types)]int32) {
	g.add(key, 0)
	*g.names[key] = c
}

// gazMatch is a gazetteer match: tokens [start, end) and the types the name
// had (bit t set for type t).
type gazMatch struct {
	start, end int
	types      uint8
}

// match appends to out the longest gazetteer names in a sentence, left to
// right, and returns it. A name must start with a token that is not all
// lowercase. exclude, when not nil, holds counts to subtract (a training
// document's own names, so that training features look like features on
// unseen text).
func (g *gazetteer) match(out []gazMatch, words, lower []string, exclude map[string]*[len(types)]int32) []gazMatch {
	for i := 0; i < len(words); i++ {
		if !startsUpperOrDigit(words[i]) {
			continue
		}
		if longest := g.first[lower[i]]; longest > 0 {
			var n int
			out, n = g.longestAt(out, lower, i, longest, exclude)
			i += max(n, 1) - 1
		}
	}
	return out
}

// longestAt appends to out the longest gazetteer name of up to longest
// tokens starting at token i of a sentence of lowercase words lower, and
// returns it with the name's length, 0 when none (see match).
func (g *gazetteer) longestAt(out []gazMatch, lower []string, i, longest int, exclude map[string]*[len(types)]int32) ([]gazMatch, int) {
	var keyBuf [64]byte
	for n := min(longest, len(lower)-i); n >= 1; n-- {
		key := joinWords(keyBuf[:0], lower[i:i+n])
		c, ok := g.names[string(key)] // no copy of key for the lookup
		if !ok {
			continue
		}
		var ex *[len(types)]int32
		if exclude != nil {
			ex = exclude[string(key)]
		}
		var bits uint8
		for t := 1; t < len(types); t++ {
			n := c[t]
			if ex != nil {
				n -= ex[t]
			}
			if n > 0 {
				bits |= 1 << t
			}
		}
		if bits != 0 {
			return append(out, gazMatch{start: i, end: i + n, types: bits}), n
		}
	}
	return out, 0
}

// joinWords appends words to buf separated by spaces, as strings.Join
// does, for map lookups that need no string.
func joinWords(buf []byte, words []string) []byte {
	for k, w := range words {
		if k > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, w...)
	}
	return buf
}

// joinedIn returns m[strings.Join(words, " ")] without building that
// string for a key of up to 64 bytes: the words are joined in a buffer on
// the stack, and a map index of string(b) copies nothing.
func joinedIn[V any](m map[string]V, words []string) V {
	if len(words) == 1 {
		return m[words[0]]
	}
	var buf [64]byte
	return m[string(joinWords(buf[:0], words))]
}

// joinedLookup is joinedIn with the comma-ok form of the index.
func joinedLookup[V any](m map[string]V, words []string) (V, bool) {
	if len(words) == 1 {
		v, ok := m[words[0]]
		return v, ok
	}
	var buf [64]byte
	v, ok := m[string(joinWords(buf[:0], words))]
	return v, ok
}
