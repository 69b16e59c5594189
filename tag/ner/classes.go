package ner

import (
	"fmt"
	"strconv"

	"github.com/hearsay-news/hearsay/tag/perceptron"
	"github.com/hearsay-news/hearsay/tag/wordclass"
)

// Word classes learnt from GloVe vectors (package wordclass) are features
// of a word and of its neighbours, as Brown-cluster prefixes are in
// Ratinov and Roth (2009): the prefixes of the class's bit path at a few
// depths, coarse classes (a depth of 4: sixteen classes) to fine ones
// (16: the leaves, of a few dozen words). A word unseen in training still
// has the class of words seen there: the surnames, the towns, the firms'
// names. A word the classes lack has a feature of its own, by whether it
// is capitalized.

// ownClassDepths are the depths of the prefixes of a word's own class
// that are its features.
var ownClassDepths = [...]int{4, 8, 12, 16}

// ctxClassDepths are, by ctxIndex, the depths of the prefixes of a
// neighbour's class that are features of the token: the next and previous
// words' at 8 and 12, those two away at 8.
var ctxClassDepths = [2 * window][]int{{8}, {8, 12}, {8, 12}, {8}}

// classHashers are the hashers of the class features' names.
type classHashers struct {
	own  [len(ownClassDepths)]perceptron.Hasher // "cl4", "cl8"...
	ctx  [2 * window][]perceptron.Hasher        // by ctxIndex, then as ctxClassDepths: "cl-1:8"...
	none perceptron.Hasher                      // "clnone"
}

var classPrefix = func() classHashers {
	var h classHashers
	for i, d := range ownClassDepths {
		h.own[i] = perceptron.NewHasher("cl" + strconv.Itoa(d))
	}
	for k := -window; k <= window; k++ {
		if k == 0 {
			continue
		}
		c := ctxIndex(k)
		for _, d := range ctxClassDepths[c] {
			h.ctx[c] = append(h.ctx[c], perceptron.NewHasher("cl"+offsets[k+window]+":"+strconv.Itoa(d)))
		}
	}
	h.none = perceptron.NewHasher("clnone")
	return h
}()

// noClass is the path classPath gives a word the classes lack.
const noClass = "-"

// classPath returns the bit path of the class of the lowercase word lw
// (wordclass.Class.String), noClass when the classes lack it, "" when the
// extractor has no classes.
func (x *extractor) classPath(lw string) string {
	if x.classes == nil {
		return ""
	}
	return x.classes.Lookup(lw).String()
}

// pathPrefix is the prefix of a class's path at depth d, the whole path
// when it is shorter.
func pathPrefix(path string, d int) string {
	return path[:min(d, len(path))]
}

// wordClasses appends the class features of a word itself, whose class
// has the path given by classPath; upper tells whether the word starts
// with a capital.
func wordClasses(path string, upper bool, f []perceptron.Feature) []perceptron.Feature {
	switch path {
	case "":
		return f
	case noClass:
		return append(f, classPrefix.none.Add(strconv.FormatBool(upper)).Feature())
	}
	for i, d := range ownClassDepths {
		f = append(f, classPrefix.own[i].Add(pathPrefix(path, d)).Feature())
	}
	return f
}

// ctxClasses appends the class features of the word at offset k (-window
// to window, not 0) from a token, whose class has the path given by
// classPath. A word the classes lack, and the sentence's boundaries, have
// none.
func ctxClasses(k int, path string, f []perceptron.Feature) []perceptron.Feature {
	if path == "" || path == noClass {
		return f
	}
	c := ctxIndex(k)
	for i, d := range ctxClassDepths[c] {
		f = append(f, classPrefix.ctx[c][i].Add(pathPrefix(path, d)).Feature())
	}
	return f
}

// defaultClasses returns the embedded word classes.
func defaultClasses() (*wordclass.Classes, error) {
	cs, err := wordclass.Default()
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	return cs, nil
}
