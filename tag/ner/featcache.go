package ner

import (
	"sync/atomic"

	"github.com/hearsay-news/hearsay/tag/perceptron"
)

// A featCache keeps the scores a model gives single features of few
// values that tokens ask for again and again (the shapes of a token and
// its neighbours, a shape with the type of the word elsewhere), one vector
// per feature, so that a token adds a vector
// instead of looking the feature up in the model. Adding the vector gives
// each score the same sum as adding the feature's weights: a class the
// feature has no weight for gets zero added. It is shared by the
// documents a tagger tags, safely from several goroutines: a fixed
// open-addressing table of pointers, only ever added to, until it holds
// half as many features as it has slots.
type featCache struct {
	m     *perceptron.Model
	slots []atomic.Pointer[featScores]
	mask  uint64
	limit int32
	n     atomic.Int32
}

// featScores are the scores of one feature.
type featScores struct {
	f perceptron.Feature
	v vec
}

// featCacheBits sizes a featCache: 2^12 slots.
const featCacheBits = 12

// maxFeatProbe is the number of slots a look-up tries.
const maxFeatProbe = 8

// newFeatCache returns an empty cache of the scores of m.
func newFeatCache(m *perceptron.Model) *featCache {
	n := 1 << featCacheBits
	return &featCache{m: m, slots: make([]atomic.Pointer[featScores], n), mask: uint64(n - 1), limit: int32(n / 2)}
}

// scores returns the scores of f, scoring it at its first use; buf holds
// them when the cache has no room left for f.
func (c *featCache) scores(f perceptron.Feature, buf *featScores) *vec {
	h := mix64(uint64(f))
	for k := range uint64(maxFeatProbe) {
		e := c.slots[(h+k)&c.mask].Load()
		if e == nil {
			break
		}
		if e.f == f {
			return &e.v
		}
	}
	fs := buf
	if c.n.Load() < c.limit {
		fs = new(featScores)
	}
	fs.f = f
	c.m.Scores([]perceptron.Feature{f}, fs.v[:])
	if fs == buf {
		return &fs.v
	}
	for k := range uint64(maxFeatProbe) {
		slot := &c.slots[(h+k)&c.mask]
		if slot.CompareAndSwap(nil, fs) {
			c.n.Add(1)
			return &fs.v
		}
		if e := slot.Load(); e.f == f {
			return &e.v // cached meanwhile by another goroutine
		}
	}
	return &fs.v
}
