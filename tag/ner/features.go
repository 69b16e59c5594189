package ner

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-news/hearsay/tag/perceptron"
	"github.com/hearsay-news/hearsay/tag/wordclass"
)

// A sentence is one sentence's words and the per-token strings features
// are built from.
type sentence struct {
	words    []string
	lower    []string
	shape    []string // "Xxxxx" → "Xx", "1996-08-22" → "d-d-d"
	ids      []int32  // the words' numbers given by the document's wordIndexer; nil without one
	marks    []int32  // the tokens whose word starts with a capital or a digit (startsUpperOrDigit), in order
	capsLine bool     // every word with letters is in capitals (a headline)
}

// A wordIndexer numbers the distinct words of a document and gives each
// its lowercase form (as strings.ToLower gives it), shape (shortShape) and
// kind (wordKind), and keeps the notes fillDocument takes of each: index,
// lowerIDs, kind and notes of the scorer. It is the scorer itself rather
// than an interface, so that the calls for every token are direct and the
// small ones inlined.
type wordIndexer = *scorer

// Word kinds: what fillSentence and fillDocument ask of a word's letters,
// bits of wordKind.
const (
	kindLetter      = 1 << iota // hasLetter
	kindUpper                   // isUpperFixed
	kindLower                   // isLowerWord
	kindStartsUpper             // startsUpper
	kindMark                    // startsUpperOrDigit (sentence.marks)
)

// wordKind returns the kind bits of w.
func wordKind(w string) uint8 {
	var k uint8
	if hasLetter(w) {
		k |= kindLetter
	}
	if isUpperFixed(w) {
		k |= kindUpper
	}
	if isLowerWord(w) {
		k |= kindLower
	}
	if startsUpper(w) {
		k |= kindStartsUpper
	}
	if startsUpperOrDigit(w) {
		k |= kindMark
	}
	return k
}

// Notes fillDocument takes of a document's words, so that it records each
// word once in the document's maps.
const (
	noteLower  = 1 << iota // written in lowercase (isLowerWord) in the document
	noteCapMid             // capitalized away from a sentence start, outside headlines
	// noteLowerForm: the word's lowercase form is a word of the document
	// that has noteLower (set by lowerIDs, once every sentence is noted)
	noteLowerForm
)

// newSentence prepares a sentence's words, with wi's help when it is not
// nil.
func newSentence(words []string, wi wordIndexer) sentence {
	n := len(words)
	var ids []int32
	if wi != nil {
		ids = make([]int32, n)
	}
	return fillSentence(words, wi, make([]string, n), make([]string, n), ids, make([]int32, 0, n))
}

// fillSentence prepares a sentence's words in the slices given for its
// lowercase words, shapes and (with wi) word numbers, each len(words) long,
// and marks, with room for len(words) (its length does not matter).
func fillSentence(words []string, wi wordIndexer, lower, shape []string, ids, marks []int32) sentence {
	s := sentence{words: words, lower: lower, shape: shape, ids: ids}
	marks = marks[:0]
	letters, upper := 0, 0
	for i, w := range words {
		if wi != nil {
			s.ids[i], s.lower[i], s.shape[i] = wi.index(w)
			k := wi.kind(s.ids[i])
			if k&kindMark != 0 {
				marks = append(marks, int32(i))
			}
			if k&kindLetter != 0 {
				letters++
				if k&kindUpper != 0 {
					upper++
				}
			}
			continue
		}
		if startsUpperOrDigit(w) {
			marks = append(marks, int32(i))
		}
		s.lower[i] = strings.ToLower(w)
		s.shape[i] = shortShape(w)
		if hasLetter(w) {
			letters++
			if isUpperFixed(w) {
				upper++
			}
		}
	}
	s.capsLine = letters >= 2 && upper == letters
	s.marks = marks
	return s
}

// A document is what the tagger sees of one document: its sentences and
// the document-wide facts features use.
type document struct {
	sents []sentence
	// capMid and lowers hold, for a document without a wordIndexer, the
	// words seen capitalized away from a sentence start and the lowercase
	// words seen in lowercase; with one they stay empty and notes tells
	// the same of each word (capMidAt, lowerAt).
	capMid map[string]bool
	lowers map[string]bool
	notes  []uint8 // per word numbered by the wordIndexer: its notes; nil without one
	// lowerOf numbers the lowercase form of each word numbered by the
	// wordIndexer (sentence.ids), with numbers below nLower; nil without
	// one.
	lowerOf []int32
	nLower  int
	// exclude holds a training document's own entity names, subtracted
	// from gazetteer counts; nil when tagging.
	exclude map[string]*[len(types)]int32
	// stats is the memory lowerStats reuses.
	stats statsBuf
}

// statsBuf is the memory lowerStats reuses from one call to the next on a
// document (whose earlier counts are dead by then) and from one document
// to the next.
type statsBuf struct {
	tc     typeCounts
	counts [][len(types)]int32 // the counts, allocated together
}

// newDocument prepares a document's sentences of words; wi, when not nil,
// numbers its words (see wordIndexer).
func newDocument(sents [][]string, wi wordIndexer) *document {
	return fillDocument(new(document), new(docBufs), sents, wi)
}

// docBufs are the slices a document's sentences are cut from.
type docBufs struct {
	lower, shape []string
	ids, marks   []int32
}

// fillDocument makes d the document newDocument returns, reusing the
// memory of d's maps and sentences and of the slices in b.
func fillDocument(d *document, b *docBufs, sents [][]string, wi wordIndexer) *document {
	n := 0
	for _, ws := range sents {
		n += len(ws)
	}
	// sized for a typical article, to spare the maps' growth: about half
	// the tokens are distinct lowercase words, far fewer capitalized ones
	if wi == nil && d.capMid == nil {
		d.capMid, d.lowers = make(map[string]bool, n/8), make(map[string]bool, n/2)
	} else if len(d.capMid)+len(d.lowers) > 0 {
		clear(d.capMid)
		clear(d.lowers)
	}
	d.exclude = nil
	if cap(d.sents) < len(sents) {
		d.sents = make([]sentence, 0, len(sents))
	}
	d.sents = d.sents[:0]
	b.lower, b.shape, b.marks = resize(b.lower, n), resize(b.shape, n), resize(b.marks, n)
	lower, shape, marks := b.lower, b.shape, b.marks
	var ids []int32
	if wi != nil {
		b.ids = resize(b.ids, n)
		ids = b.ids
	}
	for _, ws := range sents {
		k := len(ws)
		var sids []int32
		if wi != nil {
			sids, ids = ids[:k:k], ids[k:]
		}
		s := fillSentence(ws, wi, lower[:k:k], shape[:k:k], sids, marks[:0:k])
		lower, shape, marks = lower[k:], shape[k:], marks[k:]
		d.sents = append(d.sents, s)
		if wi != nil {
			noteWords(&s, wi)
			continue
		}
		for i, w := range ws {
			switch {
			case isLowerWord(w):
				d.lowers[w] = true
			case i > 0 && !s.capsLine && startsUpper(w):
				d.capMid[w] = true
			}
		}
	}
	d.lowerOf, d.nLower, d.notes = nil, 0, nil
	if wi != nil {
		d.lowerOf, d.nLower = wi.lowerIDs()
		d.notes = wi.notes
	}
	return d
}

// noteWords notes the words of s, a sentence numbered by wi, that
// fillDocument without wi records in d.lowers and d.capMid.
func noteWords(s *sentence, wi wordIndexer) {
	notes := wi.notes
	for i, id := range s.ids {
		k := wi.kind(id)
		switch {
		case k&kindLower != 0:
			notes[id] |= noteLower
		case i > 0 && !s.capsLine && k&kindStartsUpper != 0:
			notes[id] |= noteCapMid
		}
	}
}

// capMidAt reports whether the word of token i of s, a sentence of d, is
// seen in d capitalized away from a sentence start (outside headlines).
func (d *document) capMidAt(s *sentence, i int) bool {
	if d.notes != nil {
		return d.notes[s.ids[i]]&noteCapMid != 0
	}
	return d.capMid[s.words[i]]
}

// lowerAt reports whether the lowercase form of the word of token i of s,
// a sentence of d, is written in lowercase in d.
func (d *document) lowerAt(s *sentence, i int) bool {
	if d.notes != nil {
		return d.notes[s.ids[i]]&noteLowerForm != 0
	}
	return d.lowers[s.lower[i]]
}

// shortShape maps letters to X/x, digits to d and collapses repeats.
func shortShape(w string) string {
	var buf [32]byte
	b := buf[:0]
	var last rune = -1
	n := 0
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c != last {
			b = utf8.AppendRune(b, c)
			last = c
			n++
			if n >= 8 {
				break
			}
		}
	}
	return string(b)
}

// isUpperFixed reports whether strings.ToUpper(w) == w, without building
// the uppercase copy: every rune is its own uppercase and the text is valid
// UTF-8 (ToUpper rewrites invalid bytes).
func isUpperFixed(w string) bool {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && size == 1 {
			return false
		}
		if unicode.ToUpper(r) != r {
			return false
		}
		i += size
	}
	return true
}

func hasLetter(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return hasLetterRunes(w[i:])
		}
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// hasLetterRunes is hasLetter for a word that may hold other than ASCII.
func hasLetterRunes(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// startsUpper reports whether w starts with a capital letter. The ASCII
// case is small enough to be inlined at every call.
func startsUpper(w string) bool {
	return w != "" && (w[0]-'A' < 26 || w[0] >= utf8.RuneSelf && startsUpperRune(w))
}

// startsUpperRune is startsUpper of a word that does not start with
// ASCII.
func startsUpperRune(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// startsUpperOrDigit reports whether w starts with a capital letter or a
// digit. The ASCII case, a table look-up, is inlined at every call.
func startsUpperOrDigit(w string) bool {
	return w != "" && (asciiUpperOrDigit[w[0]] || w[0] >= utf8.RuneSelf && startsUpperOrDigitRune(w))
}

// asciiUpperOrDigit tells the ASCII capitals and digits; it is read only.
var asciiUpperOrDigit = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	return t
}()

// startsUpperOrDigitRune is startsUpperOrDigit of a word that does not
// start with ASCII.
func startsUpperOrDigitRune(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isLowerWord reports whether w has letters and none is a capital.
func isLowerWord(w string) bool {
	letters := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return isLowerWordRunes(w[i:], letters)
		case 'A' <= c && c <= 'Z':
			return false
		case 'a' <= c && c <= 'z':
			letters = true
		}
	}
	return letters
}

// isLowerWordRunes is isLowerWord of the rest of a word, letters saying
// whether the part before it had a letter.
func isLowerWordRunes(w string, letters bool) bool {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

// An extractor builds feature lists. It holds the gazetteer and lists.
type extractor struct {
	gaz     *gazetteer
	lists   *Lists
	classes *wordclass.Classes // word classes (package wordclass); nil for none
}

const window = 2

// ctxWord returns the lowercase word at i, or a boundary marker.
func ctxWord(s *sentence, i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(s.words):
		return "</s>"
	}
	return s.lower[i]
}

func ctxShape(s *sentence, i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(s.words):
		return "</s>"
	}
	return s.shape[i]
}

var offsets = [...]string{"-2", "-1", "0", "+1", "+2"}

// featurePrefixes are the hashers of the feature-name prefixes, each hashed
// once rather than for every token.
type featurePrefixes struct {
	cwAt, csAt [len(offsets)]perceptron.Hasher // "cw" and "cs" with each offset
	fBias      perceptron.Hasher               // "bias"
	fBias2     perceptron.Hasher               // "bias2"
	fBs        perceptron.Hasher               // "bs"
	fBwNext    perceptron.Hasher               // "bw+"
	fBwPrev    perceptron.Hasher               // "bw-"
	fCs        perceptron.Hasher               // "cs"
	fCsh       perceptron.Hasher               // "csh"
	fCw        perceptron.Hasher               // "cw"
	fDcapmid   perceptron.Hasher               // "dcapmid"
	fDlower    perceptron.Hasher               // "dlower"
	fFirst     perceptron.Hasher               // "first"
	fGaz       perceptron.Hasher               // "gaz"
	fGazr      perceptron.Hasher               // "gazr"
	fHonPrev   perceptron.Hasher               // "hon-1"
	fLw        perceptron.Hasher               // "lw"
	fOrgsuf    perceptron.Hasher               // "orgsuf"
	fOrgsufRun perceptron.Hasher               // "orgsuf>"
	fP         perceptron.Hasher               // "p"
	fP1        perceptron.Hasher               // "p1"
	fP1c       perceptron.Hasher               // "p1c"
	fP1e       perceptron.Hasher               // "p1e"
	fP1m       perceptron.Hasher               // "p1m"
	fP1mo      perceptron.Hasher               // "p1mo"
	fP1ms      perceptron.Hasher               // "p1ms"
	fP1mw      perceptron.Hasher               // "p1mw"
	fP1o       perceptron.Hasher               // "p1o"
	fP1pn      perceptron.Hasher               // "p1pn"
	fP1s       perceptron.Hasher               // "p1s"
	fP1w       perceptron.Hasher               // "p1w"
	fP1wNext   perceptron.Hasher               // "p1w+"
	fP1wPrev   perceptron.Hasher               // "p1w-"
	fRun       perceptron.Hasher               // "run"
	fS         perceptron.Hasher               // "s"
	fSh        perceptron.Hasher               // "sh"
	fW         perceptron.Hasher               // "w"
}

var prefix = func() featurePrefixes {
	p := featurePrefixes{
		fBias:      perceptron.NewHasher("bias"),
		fBias2:     perceptron.NewHasher("bias2"),
		fBs:        perceptron.NewHasher("bs"),
		fBwNext:    perceptron.NewHasher("bw+"),
		fBwPrev:    perceptron.NewHasher("bw-"),
		fCs:        perceptron.NewHasher("cs"),
		fCsh:       perceptron.NewHasher("csh"),
		fCw:        perceptron.NewHasher("cw"),
		fDcapmid:   perceptron.NewHasher("dcapmid"),
		fDlower:    perceptron.NewHasher("dlower"),
		fFirst:     perceptron.NewHasher("first"),
		fGaz:       perceptron.NewHasher("gaz"),
		fGazr:      perceptron.NewHasher("gazr"),
		fHonPrev:   perceptron.NewHasher("hon-1"),
		fLw:        perceptron.NewHasher("lw"),
		fOrgsuf:    perceptron.NewHasher("orgsuf"),
		fOrgsufRun: perceptron.NewHasher("orgsuf>"),
		fP:         perceptron.NewHasher("p"),
		fP1:        perceptron.NewHasher("p1"),
		fP1c:       perceptron.NewHasher("p1c"),
		fP1e:       perceptron.NewHasher("p1e"),
		fP1m:       perceptron.NewHasher("p1m"),
		fP1mo:      perceptron.NewHasher("p1mo"),
		fP1ms:      perceptron.NewHasher("p1ms"),
		fP1mw:      perceptron.NewHasher("p1mw"),
		fP1o:       perceptron.NewHasher("p1o"),
		fP1pn:      perceptron.NewHasher("p1pn"),
		fP1s:       perceptron.NewHasher("p1s"),
		fP1w:       perceptron.NewHasher("p1w"),
		fP1wNext:   perceptron.NewHasher("p1w+"),
		fP1wPrev:   perceptron.NewHasher("p1w-"),
		fRun:       perceptron.NewHasher("run"),
		fS:         perceptron.NewHasher("s"),
		fSh:        perceptron.NewHasher("sh"),
		fW:         perceptron.NewHasher("w"),
	}
	for k, off := range offsets {
		p.cwAt[k] = p.fCw.Add(off)
		p.csAt[k] = p.fCs.Add(off)
	}
	return p
}()

// base returns the first-pass features of every token of sentence si. It
// reuses buf's slices when buf is not nil (the result then lives only until
// the next call with the same buf).
func (x *extractor) base(d *document, si int, buf [][]perceptron.Feature) [][]perceptron.Feature {
	s := &d.sents[si]
	buf = buf[:cap(buf)]
	for len(buf) < len(s.words) {
		buf = append(buf, nil)
	}
	out := buf[:len(s.words)]
	gaz := x.gazetteerValues(d, s, nil)
	run := capRuns(s, nil)
	for i := range s.words {
		out[i] = x.token(d, s, i, gaz, run, out[i][:0])
	}
	return out
}

// gazetteerValues gives each token of s the code of its gazetteer feature
// (see gazCode; 0 outside gazetteer names), in buf when it is large enough.
func (x *extractor) gazetteerValues(d *document, s *sentence, buf []uint8) []uint8 {
	gaz := resize(buf, len(s.words))
	clear(gaz)
	if x.gaz != nil {
		var buf [16]gazMatch // a sentence's matches, mostly fewer
		gazCodes(gaz, x.gaz.match(buf[:0], s.words, s.lower, d.exclude))
	}
	return gaz
}

// gazCodes gives the tokens of the gazetteer matches ms their codes in gaz.
func gazCodes(gaz []uint8, ms []gazMatch) {
	for _, m := range ms {
		for i := m.start; i < m.end; i++ {
			pos := 1 // "I"
			if i == m.start {
				pos = 0 // "B"
			}
			gaz[i] = gazCode(pos, m.types)
		}
	}
}

// nGazCodes is the number of gazetteer feature codes, 0 (none) included.
const nGazCodes = 1 + 2<<len(types)

// gazCode numbers the gazetteer feature values from 1: position pos in the
// name (0 for its first token, 1 for the others) and the type bits of the
// match.
func gazCode(pos int, bits uint8) uint8 { return uint8(1 + pos<<len(types) + int(bits)) }

// gazNames are the gazetteer feature values by code: "B" or "I" followed by
// the type bits of the match ("" for code 0), built once instead of per
// token.
var gazNames = func() (v [nGazCodes]string) {
	for b := 0; b < 1<<len(types); b++ {
		v[gazCode(0, uint8(b))] = "B" + strconv.Itoa(b)
		v[gazCode(1, uint8(b))] = "I" + strconv.Itoa(b)
	}
	return v
}()

// nRunCodes is the number of capitalized-run codes, 0 (none) included.
const nRunCodes = 1 + 4*5

// runCode numbers the positions in a run of capitalized words from 1: the
// position k (0 to 3) and the length n (1 to 4).
func runCode(k, n int) uint8 { return uint8(1 + k*5 + n) }

// runNames are the values of capRuns by code, "position/length" ("" for
// code 0).
var runNames = func() (v [nRunCodes]string) {
	for k := 0; k < 4; k++ {
		for n := 0; n < 5; n++ {
			v[runCode(k, n)] = strconv.Itoa(k) + "/" + strconv.Itoa(n)
		}
	}
	return v
}()

// capRuns gives each token the code (runCode) of its position and length
// in the run of capitalized words it is in (0 outside runs), in buf when it
// is large enough.
func capRuns(s *sentence, buf []uint8) []uint8 {
	out := resize(buf, len(s.words))
	clear(out)
	end := 0                    // of the last run
	for _, m := range s.marks { // a run's first word is one of them
		i := int(m)
		if i < end || !startsUpper(s.words[i]) {
			continue
		}
		j := i + 1
		for j < len(s.words) && startsUpper(s.words[j]) {
			j++
		}
		n := min(j-i, 4)
		for k := i; k < j; k++ {
			out[k] = runCode(min(k-i, 3), n)
		}
		end = j
	}
	return out
}

func (x *extractor) token(d *document, s *sentence, i int, gaz, run []uint8, f []perceptron.Feature) []perceptron.Feature {
	w, lw, sh := s.words[i], s.lower[i], s.shape[i]
	f = append(f, prefix.fBias.Feature())
	f = wordHead(w, lw, sh, f)
	f = append(f, prefix.fCsh.Add(capsName(s)).Add(sh).Feature())
	if i == 0 {
		f = append(f, prefix.fFirst.Add(sh).Feature())
	}
	f = wordAffixes(lw, f)
	f = wordClasses(x.classPath(lw), startsUpper(w), f)
	for k := -window; k <= window; k++ {
		if k != 0 {
			f = ctxFeatures(k, ctxWord(s, i+k), ctxShape(s, i+k), f)
			if j := i + k; j >= 0 && j < len(s.words) {
				f = ctxClasses(k, x.classPath(s.lower[j]), f)
			}
		}
	}
	return x.local(d, s, i, gaz, run, f)
}

// capsName is the feature value of a sentence's capitalization: "C" in a
// headline, "m" elsewhere.
func capsName(s *sentence) string {
	if s.capsLine {
		return "C"
	}
	return "m"
}

// wordHead appends the features of a word itself: the word, its lowercase
// form and its shape.
func wordHead(w, lw, sh string, f []perceptron.Feature) []perceptron.Feature {
	return append(f, prefix.fW.Add(w).Feature(), prefix.fLw.Add(lw).Feature(), prefix.fSh.Add(sh).Feature())
}

// wordAffixes appends the prefixes and suffixes, of up to 4 runes, of a
// lowercase word.
func wordAffixes(lw string, f []perceptron.Feature) []perceptron.Feature {
	for k, end := 1, 0; k <= 4 && end < len(lw); k++ {
		_, size := utf8.DecodeRuneInString(lw[end:])
		end += size
		f = append(f, prefix.fP.Add(lw[:end]).Feature())
	}
	for k, beg := 1, len(lw); k <= 4 && beg > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(lw[:beg])
		beg -= size
		f = append(f, prefix.fS.Add(lw[beg:]).Feature())
	}
	return f
}

// ctxFeatures appends the features of the word at offset k (-window to
// window, not 0) from a token: its lowercase form lw and shape sh, or the
// boundary marker for both beyond the sentence.
func ctxFeatures(k int, lw, sh string, f []perceptron.Feature) []perceptron.Feature {
	return append(f, prefix.cwAt[k+window].Add(lw).Feature(), prefix.csAt[k+window].Add(sh).Feature())
}

// local appends the features of token i that depend on more than one word
// or on the document: word pairs, the shape triple, and those of
// localFacts.
func (x *extractor) local(d *document, s *sentence, i int, gaz, run []uint8, f []perceptron.Feature) []perceptron.Feature {
	f = x.pairs(s, i, f)
	return x.facts(d, s, i, gaz, run).features(capsName(s), f)
}

// pairs appends the features of token i built from its word and its
// neighbours' together: the word pairs and the shape triple.
func (x *extractor) pairs(s *sentence, i int, f []perceptron.Feature) []perceptron.Feature {
	lw, sh := s.lower[i], s.shape[i]
	return append(f,
		prefix.fBwPrev.Add(ctxWord(s, i-1)).Add(lw).Feature(),
		prefix.fBwNext.Add(lw).Add(ctxWord(s, i+1)).Feature(),
		prefix.fBs.Add(ctxShape(s, i-1)).Add(sh).Add(ctxShape(s, i+1)).Feature(),
	)
}

// localFacts are the facts about a token that the rest of its first-pass
// features stand for, each with few values: capitalized runs, gazetteer
// matches, list words and the document's use of the word.
type localFacts struct {
	run, gaz  uint8 // capRuns and gazetteerValues codes
	hon       bool  // the word before is an honorific
	orgsuf    bool  // the word is an organisation suffix
	orgsufRun bool  // an organisation suffix ends the run of capitals the word starts or continues
	dcapmid   bool  // a sentence-initial capitalized word seen capitalized mid-sentence
	dlower    uint8 // 0: none; else 1 + whether the token is first, for a capitalized word also seen in lowercase
}

// facts returns the localFacts of token i.
func (x *extractor) facts(d *document, s *sentence, i int, gaz, run []uint8) localFacts {
	lf := localFacts{run: run[i], gaz: gaz[i]}
	lf.hon = i > 0 && x.lists.isHonorificLower(s.lower[i-1])
	lf.orgsuf = x.lists.isOrgSuffixLower(s.lower[i])
	if j := capRunEnd(s, i, run); j-1 > i {
		lf.orgsufRun = x.lists.isOrgSuffixLower(s.lower[j-1])
	}
	return docFacts(d, s, i, lf)
}

// capRunEnd returns the end of the run of capitalized words token i starts
// or continues, i when run marks no run there.
func capRunEnd(s *sentence, i int, run []uint8) int {
	if run[i] == 0 {
		return i
	}
	j := i + 1
	for j < len(s.words) && startsUpper(s.words[j]) {
		j++
	}
	return j
}

// docFacts completes lf, the list facts of token i, with the document's
// use of the word.
func docFacts(d *document, s *sentence, i int, lf localFacts) localFacts {
	if startsUpper(s.words[i]) && !s.capsLine {
		lf.dcapmid = i == 0 && d.capMidAt(s, i)
		if d.lowerAt(s, i) {
			lf.dlower = 1
			if i == 0 {
				lf.dlower = 2
			}
		}
	}
	return lf
}

// features appends the features the facts stand for; caps is capsName of
// the sentence.
func (lf localFacts) features(caps string, f []perceptron.Feature) []perceptron.Feature {
	if lf.run != 0 {
		f = append(f, prefix.fRun.Add(caps).Add(runNames[lf.run]).Feature())
	}
	if lf.gaz != 0 {
		f = append(f, prefix.fGaz.Add(gazNames[lf.gaz]).Feature(), prefix.fGazr.Add(gazNames[lf.gaz]).Add(runNames[lf.run]).Feature())
	}
	if lf.hon {
		f = append(f, prefix.fHonPrev.Feature())
	}
	if lf.orgsuf {
		f = append(f, prefix.fOrgsuf.Feature())
	}
	if lf.orgsufRun {
		f = append(f, prefix.fOrgsufRun.Feature())
	}
	if lf.dcapmid {
		f = append(f, prefix.fDcapmid.Feature())
	}
	if lf.dlower != 0 {
		f = append(f, prefix.fDlower.Add(strconv.FormatBool(lf.dlower == 2)).Feature())
	}
	return f
}

// pass2 appends to f the second-pass features of token i of sentence si,
// built from the first pass's label of the token (own) and of the same word
// elsewhere in the document (stats).
func pass2(d *document, stats *typeCounts, p1, votes []int, si, i int, f []perceptron.Feature) []perceptron.Feature {
	s := &d.sents[si]
	f = pass2Label(s, p1, votes, i, f)
	f = pass2Words(labels[p1[i]], ctxWord(s, i-1), s.lower[i], ctxWord(s, i+1), f)
	return pass2Others(s, stats, p1, i, f)
}

// pass2Label appends the second-pass features of token i built from the
// first-pass labels around it and the token's shape.
func pass2Label(s *sentence, p1, votes []int, i int, f []perceptron.Feature) []perceptron.Feature {
	if votes[i] > 0 {
		f = append(f, p1eFeature(votes[i], p1[i]))
	}
	own := labels[p1[i]]
	f = append(f, prefix.fBias2.Feature(), prefix.fP1.Add(own).Feature(), p1sFeature(p1[i], s.shape[i]))
	return append(f, p1cFeature(p1[i], s.capsLine, i == 0), p1pnFeature(prevLabel(p1, i), p1[i], nextLabel(p1, i)))
}

// prevLabel is the first-pass label before token i, or start.
func prevLabel(p1 []int, i int) int {
	if i > 0 {
		return p1[i-1]
	}
	return start
}

// nextLabel is the first-pass label after token i, or start for the end
// of the sentence.
func nextLabel(p1 []int, i int) int {
	if i+1 < len(p1) {
		return p1[i+1]
	}
	return start
}

func p1eFeature(vote, own int) perceptron.Feature {
	return prefix.fP1e.Add(types[vote]).Add(labels[own]).Feature()
}

func p1sFeature(own int, shape string) perceptron.Feature {
	return prefix.fP1s.Add(labels[own]).Add(shape).Feature()
}

func p1cFeature(own int, capsLine, first bool) perceptron.Feature {
	caps := "m"
	if capsLine {
		caps = "C"
	}
	return prefix.fP1c.Add(labels[own]).Add(caps).Add(strconv.FormatBool(first)).Feature()
}

// p1pnFeature is the feature of the first-pass labels before, at and after
// a token; start stands for the sentence's boundaries.
func p1pnFeature(prev, own, next int) perceptron.Feature {
	p, n := "<s>", "</s>"
	if prev != start {
		p = labels[prev]
	}
	if next != start {
		n = labels[next]
	}
	return prefix.fP1pn.Add(p).Add(labels[own]).Add(n).Feature()
}

// pass2Words appends the second-pass features that pair a token's
// first-pass label own with its lowercase word lw and the words before and
// after it (prev, next; boundary markers beyond the sentence).
func pass2Words(own, prev, lw, next string, f []perceptron.Feature) []perceptron.Feature {
	return append(f,
		prefix.fP1w.Add(own).Add(lw).Feature(),
		prefix.fP1wPrev.Add(own).Add(prev).Feature(),
		prefix.fP1wNext.Add(own).Add(next).Feature(),
	)
}

// pass2Others appends the second-pass features built from the first-pass
// labels of the token's word elsewhere in the document.
func pass2Others(s *sentence, stats *typeCounts, p1 []int, i int, f []perceptron.Feature) []perceptron.Feature {
	others, ok := otherLabels(s, stats, p1, i)
	if !ok {
		return f
	}
	for t := 1; t < len(types); t++ {
		if others[t] > 0 {
			f = append(f, prefix.fP1o.Add(types[t]).Feature())
		}
	}
	best := majority(&others)
	f = append(f, prefix.fP1m.Add(types[best]).Feature(), prefix.fP1mo.Add(types[best]).Add(labels[p1[i]]).Feature())
	return pass2Major(s, i, best, f)
}

// majority is the type the word was given most often elsewhere (the lowest
// on ties; 0, outside entities, when no type was).
func majority(others *[len(types)]int32) int {
	best := 0
	for t := 1; t < len(types); t++ {
		if others[t] > others[best] {
			best = t
		}
	}
	return best
}

// pass2Major appends the features pairing the majority type of the word
// elsewhere with the token's shape and with its word.
func pass2Major(s *sentence, i, best int, f []perceptron.Feature) []perceptron.Feature {
	m := types[best]
	return append(f,
		prefix.fP1ms.Add(m).Add(s.shape[i]).Add(capsName(s)).Add(strconv.FormatBool(i == 0)).Feature(),
		prefix.fP1mw.Add(m).Add(s.lower[i]).Feature(),
	)
}

// otherLabels returns how often the first pass gave each type to the word
// at i elsewhere in the document.
func otherLabels(s *sentence, stats *typeCounts, p1 []int, i int) (others [len(types)]int32, ok bool) {
	c := stats.of(s, i)
	if c == nil || !hasLetter(s.words[i]) {
		return others, false
	}
	return othersOf(c, s.words[i], p1[i])
}

// othersOf is otherLabels of a word w, labeled y by the first pass, with
// letters, whose counts are c.
func othersOf(c *[len(types)]int32, w string, y int) (others [len(types)]int32, ok bool) {
	total := int32(0)
	for t := range others {
		others[t] = c[t]
		total += c[t]
	}
	if startsUpperOrDigit(w) {
		others[labelType(y)]--
		total--
	}
	return others, total > 0
}

// spanVotes gives each token inside a first-pass entity the entity type its
// words most often had elsewhere in the document (0 when none), so that
// "Emma Stone" follows "Stone" tagged PER five times.
func spanVotes(s *sentence, stats *typeCounts, p1 []int, votes []int) []int {
	votes = append(votes[:0], make([]int, len(p1))...)
	for i := 0; i < len(p1); {
		if !isBegin(p1[i]) {
			i++
			continue
		}
		j := spanEnd(p1, i)
		var sum [len(types)]int32
		for k := i; k < j; k++ {
			if o, ok := otherLabels(s, stats, p1, k); ok {
				for t := 1; t < len(types); t++ {
					sum[t] += o[t]
				}
			}
		}
		best := 0
		for t := 1; t < len(types); t++ {
			if sum[t] > sum[best] {
				best = t
			}
		}
		for k := i; k < j; k++ {
			votes[k] = best
		}
		i = j
	}
	return votes
}

// A typeCounts holds, for each lowercase word written with a capital in a
// document, how often its capitalized tokens were given each type (type
// 0: outside entities): by lowercase number (document.lowerOf) when the
// document's words are numbered, by lowercase word otherwise.
type typeCounts struct {
	byWord  map[string]*[len(types)]int32
	byLower []*[len(types)]int32
	lowerOf []int32
}

// of returns the counts of the lowercase word of token i of s, nil when
// it is never capitalized.
func (tc *typeCounts) of(s *sentence, i int) *[len(types)]int32 {
	if tc.lowerOf != nil {
		return tc.byLower[tc.lowerOf[s.ids[i]]]
	}
	return tc.byWord[s.lower[i]]
}

// lowerStats is labelStats of a document whose words are numbered. It
// reuses the memory of the document's last lowerStats: that result is
// no longer valid.
func lowerStats(d *document, p1 [][]int) *typeCounts {
	sb := &d.stats
	byLower := resize(sb.tc.byLower, d.nLower)
	clear(byLower)
	sb.tc = typeCounts{byLower: byLower, lowerOf: d.lowerOf}
	tc := &sb.tc
	counts := sb.counts[:0]
	for si, s := range d.sents {
		for _, i := range s.marks { // the words startsUpperOrDigit takes
			lid := d.lowerOf[s.ids[i]]
			c := tc.byLower[lid]
			if c == nil {
				if len(counts) == cap(counts) {
					counts = make([][len(types)]int32, 0, max(16, d.nLower/4))
				}
				counts = append(counts, [len(types)]int32{})
				c = &counts[len(counts)-1]
				tc.byLower[lid] = c
			}
			c[labelType(p1[si][i])]++
		}
	}
	sb.counts = counts
	return tc
}

// labelStats counts, for each lowercase word written with a capital, the
// types the first pass gave it in the document (type 0: outside entities).
// The result is valid until the next labelStats of the same document.
func labelStats(d *document, p1 [][]int) *typeCounts {
	if d.lowerOf != nil {
		return lowerStats(d, p1)
	}
	n := 0
	for _, s := range d.sents {
		n += len(s.words)
	}
	m := make(map[string]*[len(types)]int32, n/8)
	var counts [][len(types)]int32 // the counts, allocated together
	for si, s := range d.sents {
		for i, w := range s.words {
			if !startsUpperOrDigit(w) {
				continue
			}
			c, ok := m[s.lower[i]]
			if !ok {
				if len(counts) == cap(counts) {
					counts = make([][len(types)]int32, 0, max(16, n/8))
				}
				counts = append(counts, [len(types)]int32{})
				c = &counts[len(counts)-1]
				m[s.lower[i]] = c
			}
			c[labelType(p1[si][i])]++
		}
	}
	return &typeCounts{byWord: m}
}
