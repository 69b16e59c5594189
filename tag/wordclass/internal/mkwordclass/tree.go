package main

import (
	"math"
	"sync"

	"github.com/hearsay-news/hearsay/tag/wordclass"
)

// options tunes buildTree.
type options struct {
	MaxDepth int // depth of the tree at most
	MinSplit int // classes of fewer words are leaves
	MaxWords int // keep the commonest words only (0: all)
	Power    int // power iterations for a split's first guess
	Lloyd    int // 2-means iterations at most
}

func defaultOptions() options {
	return options{MaxDepth: 16, MinSplit: 16, Power: 8, Lloyd: 10}
}

// vocabulary holds words, commonest first, and their vectors scaled to
// length 1 (so nearness is cosine similarity), one after another.
type vocabulary struct {
	dim   int
	words []string
	vecs  []float64
}

// add appends a word and its vector, scaled to length 1.
func (v *vocabulary) add(w string, vec []float64) {
	var n float64
	for _, x := range vec {
		n += float64(x * x)
	}
	n = math.Sqrt(n)
	if n == 0 {
		n = 1
	}
	v.words = append(v.words, w)
	for _, x := range vec {
		v.vecs = append(v.vecs, x/n)
	}
}

func (v *vocabulary) vec(i int32) []float64 { return v.vecs[int(i)*v.dim : int(i+1)*v.dim] }

// buildTree splits the words in two, each half again, and returns each
// word's leaf. The first half of a split is the one with the commonest
// word.
func buildTree(v *vocabulary, opts options) []wordclass.Class {
	opts.MaxDepth = min(opts.MaxDepth, wordclass.MaxDepth)
	idx := make([]int32, len(v.words))
	for i := range idx {
		idx[i] = int32(i)
	}
	out := make([]wordclass.Class, len(v.words))
	var wg sync.WaitGroup
	splitNode(v, opts, idx, 1, out, &wg)
	wg.Wait()
	return out
}

// splitNode gives the words idx (ascending) the class c or, split, its
// descendants. The two top levels' halves are split concurrently; the
// result does not depend on it.
func splitNode(v *vocabulary, opts options, idx []int32, c wordclass.Class, out []wordclass.Class, wg *sync.WaitGroup) {
	if c.Depth() >= opts.MaxDepth || len(idx) < max(opts.MinSplit, 2) {
		for _, i := range idx {
			out[i] = c
		}
		return
	}
	a, b := twoMeans(v, opts, idx)
	if len(a) == 0 || len(b) == 0 {
		for _, i := range idx {
			out[i] = c
		}
		return
	}
	if c.Depth() < 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			splitNode(v, opts, a, 2*c, out, wg)
		}()
	} else {
		splitNode(v, opts, a, 2*c, out, wg)
	}
	splitNode(v, opts, b, 2*c+1, out, wg)
}

// twoMeans splits idx in two: first by the side of the mean on the
// words' principal direction (found by power iteration from the
// commonest word's offset from the mean), then by 2-means from there.
// Both halves keep idx's order; the first has idx[0].
func twoMeans(v *vocabulary, opts options, idx []int32) (a, b []int32) {
	mean := centroid(v, idx, nil)
	dir := make([]float64, v.dim)
	sub(dir, v.vec(idx[0]), mean)
	next := make([]float64, v.dim)
	off := make([]float64, v.dim)
	for range opts.Power {
		clear(next)
		for _, i := range idx {
			sub(off, v.vec(i), mean)
			p := dot(off, dir)
			for k := range next {
				next[k] += float64(p * off[k])
			}
		}
		if !normalize(next) {
			break
		}
		dir, next = next, dir
	}
	side := make([]bool, len(idx)) // true: second half
	for j, i := range idx {
		sub(off, v.vec(i), mean)
		side[j] = dot(off, dir) < 0
	}
	c0 := make([]float64, v.dim)
	c1 := make([]float64, v.dim)
	for range opts.Lloyd {
		if !halfCentroid(v, idx, side, false, c0) || !halfCentroid(v, idx, side, true, c1) {
			break
		}
		moved := 0
		for j, i := range idx {
			x := v.vec(i)
			s := sqDist(x, c1) < sqDist(x, c0)
			if s != side[j] {
				side[j] = s
				moved++
			}
		}
		if moved == 0 {
			break
		}
	}
	first := side[0]
	for j, i := range idx {
		if side[j] == first {
			a = append(a, i)
		} else {
			b = append(b, i)
		}
	}
	return a, b
}

// centroid is the mean of the vectors of idx, in buf if given.
func centroid(v *vocabulary, idx []int32, buf []float64) []float64 {
	if buf == nil {
		buf = make([]float64, v.dim)
	}
	clear(buf)
	for _, i := range idx {
		for k, x := range v.vec(i) {
			buf[k] += x
		}
	}
	for k := range buf {
		buf[k] /= float64(len(idx))
	}
	return buf
}

// halfCentroid puts in buf the mean of the vectors of the words of idx
// on the given side; false when there are none.
func halfCentroid(v *vocabulary, idx []int32, side []bool, which bool, buf []float64) bool {
	clear(buf)
	n := 0
	for j, i := range idx {
		if side[j] != which {
			continue
		}
		n++
		for k, x := range v.vec(i) {
			buf[k] += x
		}
	}
	if n == 0 {
		return false
	}
	for k := range buf {
		buf[k] /= float64(n)
	}
	return true
}

// The arithmetic below converts each product explicitly, which rounds it
// and so keeps the compiler from fusing it with the sum (Go may fuse
// a*b+c on some processors): the result is the same everywhere.

func dot(a, b []float64) float64 {
	var s float64
	for k := range a {
		s += float64(a[k] * b[k])
	}
	return s
}

func sqDist(a, b []float64) float64 {
	var s float64
	for k := range a {
		d := a[k] - b[k]
		s += float64(d * d)
	}
	return s
}

func sub(dst, a, b []float64) {
	for k := range dst {
		dst[k] = a[k] - b[k]
	}
}

// normalize scales x to length 1; false when it is zero.
func normalize(x []float64) bool {
	n := math.Sqrt(dot(x, x))
	if n == 0 || math.IsNaN(n) {
		return false
	}
	for k := range x {
		x[k] /= n
	}
	return true
}
