// Package pos is hearsay's part-of-speech tagger: a greedy, left-to-right
// averaged perceptron (package tag/perceptron) that predicts, for each word
// of a tokenized sentence, its Universal POS tag (UPOS, "NOUN") and its Penn
// Treebank tag (XPOS, "NN") at once, as one joint class.
//
// Features are the word, its lower-case form, prefixes and suffixes of one
// to four letters, its shape, capitalization, digit and hyphen flags, the
// words two to the left and right, and the two previously predicted tags.
// Frequent words that the training data tags one way only are tagged from a
// tag dictionary without scoring.
//
// The default model is embedded in the binary (model/en-ewt.bin) and is
// rebuilt, deterministically, with
//
//	hearsay train pos --train ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu \
//	    --dev ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu \
//	    --out tag/pos/model/en-ewt.bin --epochs 10 --seed 1
//
// It is trained on the UD English Web Treebank (CC BY-SA 4.0); see NOTICE.
package pos

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/hearsay-news/hearsay/tag/perceptron"
)

// A Tag is the pair of tags the tagger gives a word.
type Tag struct {
	UPOS string // Universal POS tag: "NOUN", "PROPN", "AUX", ...
	XPOS string // Penn Treebank tag: "NN", "NNP", "VBZ", ...
}

// A Tagger tags words with UPOS and XPOS tags. It is safe for concurrent
// use.
type Tagger struct {
	model   *perceptron.Model
	tags    []Tag          // per class
	tagHash []uint64       // per class: the hash used in tag features
	dict    map[string]int // frequent unambiguous word → class
	vocab   map[string]struct{}
	lex     lexicon
	pool    sync.Pool // *scratch
}

// scratch holds the buffers of one tagging call.
type scratch struct {
	toks   []tok
	feats  []perceptron.Feature
	scores []float32
	buf    []byte
	cls    []int
}

// jointSep separates UPOS and XPOS in a class name.
const jointSep = "\t"

// newTagger wraps a model and its dictionaries.
func newTagger(m *perceptron.Model, dict map[string]int, vocab map[string]struct{}, lex lexicon) (*Tagger, error) {
	t := &Tagger{model: m, dict: dict, vocab: vocab, lex: lex}
	for _, c := range m.Classes {
		u, x, ok := strings.Cut(c, jointSep)
		if !ok {
			return nil, fmt.Errorf("pos: class %q is not UPOS<TAB>XPOS", c)
		}
		t.tags = append(t.tags, Tag{UPOS: u, XPOS: x})
		t.tagHash = append(t.tagHash, hashString(c))
	}
	for w, c := range dict {
		if c < 0 || c >= len(t.tags) {
			return nil, fmt.Errorf("pos: dictionary word %q has class %d out of range", w, c)
		}
	}
	t.pool.New = func() any { return &scratch{scores: make([]float32, len(t.tags))} }
	return t, nil
}

// Known reports whether word (as written) occurred in the training data.
func (t *Tagger) Known(word string) bool {
	_, ok := t.vocab[word]
	return ok
}

// Tags lists every tag pair the model can predict.
func (t *Tagger) Tags() []Tag { return append([]Tag(nil), t.tags...) }

// Tag tags one sentence's words.
func (t *Tagger) Tag(words []string) []Tag {
	out := make([]Tag, len(words))
	t.TagInto(words, out)
	return out
}

// TagInto tags one sentence's words into out, which must be at least as
// long as words. It does not allocate once warmed up.
func (t *Tagger) TagInto(words []string, out []Tag) {
	s := t.pool.Get().(*scratch)
	defer t.pool.Put(s)
	cls := t.tagClasses(words, s)
	for i, c := range cls {
		out[i] = t.tags[c]
	}
}

// prepare fills s.toks with the padded tokens of words, whose profiles
// come from lex.
func (t *Tagger) prepare(words []string, lex lexicon, s *scratch) {
	s.toks = append(s.toks[:0], startTok, startTok)
	for i, w := range words {
		var tk tok
		tk, s.buf = makeTok(w, lex, s.buf)
		if i == 0 {
			tk.flags |= flagFirst
		}
		s.toks = append(s.toks, tk)
	}
	s.toks = append(s.toks, endTok, endTok)
}

// tagClasses runs the greedy decoder and returns the class of each word
// (in s.cls).
func (t *Tagger) tagClasses(words []string, s *scratch) []int {
	t.prepare(words, t.lex, s)
	s.cls = s.cls[:0]
	prev, prev2 := startTag, startTag
	for i, w := range words {
		c, ok := t.dict[w]
		if !ok {
			s.feats = features(s.feats[:0], s.toks, i+2, prev, prev2)
			c = t.model.Predict(s.feats, s.scores)
		}
		s.cls = append(s.cls, c)
		prev, prev2 = t.tagHash[c], prev
	}
	return s.cls
}

// startTag is the tag hash before the first word.
var startTag = hashString("-START-")

// File layout of a tagger model: magic, feature version, the vocabulary,
// the tag dictionary, the lexicon of tag profiles, then the perceptron
// model.
const magic = "HSPOS001"

// ErrFormat reports a file that is not a POS model of this version.
var ErrFormat = errors.New("pos: not a part-of-speech model, or one of another version")

// WriteTo writes the tagger's model, deterministically.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	buf.WriteString(magic)
	le := binary.LittleEndian
	buf.Write(le.AppendUint32(nil, featureVersion))
	words := make([]string, 0, len(t.vocab))
	for v := range t.vocab {
		words = append(words, v)
	}
	sort.Strings(words)
	buf.Write(le.AppendUint32(nil, uint32(len(words))))
	for _, v := range words {
		buf.Write(le.AppendUint16(nil, uint16(len(v))))
		buf.WriteString(v)
	}
	words = words[:0]
	for v := range t.dict {
		words = append(words, v)
	}
	sort.Strings(words)
	buf.Write(le.AppendUint32(nil, uint32(len(words))))
	for _, v := range words {
		buf.Write(le.AppendUint16(nil, uint16(len(v))))
		buf.WriteString(v)
		buf.Write(le.AppendUint16(nil, uint16(t.dict[v])))
	}
	for _, m := range []map[string]uint64{t.lex.lower, t.lex.cased} {
		words = words[:0]
		for v := range m {
			words = append(words, v)
		}
		sort.Strings(words)
		buf.Write(le.AppendUint32(nil, uint32(len(words))))
		for _, v := range words {
			buf.Write(le.AppendUint16(nil, uint16(len(v))))
			buf.WriteString(v)
			buf.Write(le.AppendUint64(nil, m[v]))
		}
	}
	if _, err := t.model.WriteTo(&buf); err != nil {
		return 0, fmt.Errorf("pos: write model: %w", err)
	}
	return buf.WriteTo(w)
}

// Read reads a tagger written by WriteTo.
func Read(r io.Reader) (*Tagger, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("pos: read model: %w", err)
	}
	return Parse(data)
}

// Parse decodes a tagger from the bytes WriteTo wrote.
func Parse(data []byte) (*Tagger, error) {
	le := binary.LittleEndian
	if len(data) < len(magic)+4 || string(data[:len(magic)]) != magic {
		return nil, ErrFormat
	}
	p := data[len(magic):]
	if v := le.Uint32(p); v != featureVersion {
		return nil, fmt.Errorf("pos: model has feature version %d, this tagger %d: %w", v, featureVersion, ErrFormat)
	}
	p = p[4:]
	truncated := fmt.Errorf("pos: truncated model: %w", ErrFormat)
	readWord := func() (string, bool) {
		if len(p) < 2 {
			return "", false
		}
		n := int(le.Uint16(p))
		if len(p) < 2+n {
			return "", false
		}
		w := string(p[2 : 2+n])
		p = p[2+n:]
		return w, true
	}
	count := func() (int, bool) {
		if len(p) < 4 {
			return 0, false
		}
		n := int(le.Uint32(p))
		p = p[4:]
		return n, n <= len(p)
	}
	nv, ok := count()
	if !ok {
		return nil, truncated
	}
	vocab := make(map[string]struct{}, nv)
	for range nv {
		w, ok := readWord()
		if !ok {
			return nil, truncated
		}
		vocab[w] = struct{}{}
	}
	nd, ok := count()
	if !ok {
		return nil, truncated
	}
	dict := make(map[string]int, nd)
	for range nd {
		w, ok := readWord()
		if !ok || len(p) < 2 {
			return nil, truncated
		}
		dict[w] = int(le.Uint16(p))
		p = p[2:]
	}
	var lex lexicon
	for _, m := range []*map[string]uint64{&lex.lower, &lex.cased} {
		nl, ok := count()
		if !ok {
			return nil, truncated
		}
		*m = make(map[string]uint64, nl)
		for range nl {
			w, ok := readWord()
			if !ok || len(p) < 8 {
				return nil, truncated
			}
			(*m)[w] = le.Uint64(p)
			p = p[8:]
		}
	}
	m, err := perceptron.Parse(p)
	if err != nil {
		return nil, fmt.Errorf("pos: %w", err)
	}
	return newTagger(m, dict, vocab, lex)
}
