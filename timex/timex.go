// Package timex finds time expressions in text and normalizes them to
// TIMEX3 values (TimeML, TempEval-3): dates, times, durations and sets,
// relative expressions resolved against the document creation time (DCT) or
// the time the narrative last mentioned.
//
// The wording is data: each language is a folder lang/LANG/ of lexicons
// (lex/*.tsv, "phrase<TAB>value") and rule files (*.rules) whose examples
// run as tests. The meaning is code: resolve.go turns value templates such
// as "=rel(week,-1)" or "=month(06,0)" into values, using the sentence's
// tense and the last mentioned time.
//
// As a pipeline stage (NewStage) it reads LayerSentences and LayerTokens
// (and the XPOS tags when present) and fills LayerTimexes.
package timex

import (
	"embed"
	"fmt"
	"io/fs"
	"math"
	"path"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/internal/strtab"
	"github.com/hearsay-news/hearsay/lexicon"
	htext "github.com/hearsay-news/hearsay/text"
)

//go:embed lang
var langFS embed.FS

// A Tagger finds and normalizes time expressions of one language. It is
// safe for concurrent use.
type Tagger struct {
	lang  string
	rules []*rule
	// The rules listed under their anchors' class keys (see indexAnchors);
	// those under forms are in info.
	digitAnchors, wordAnchors, capAnchors []anchorGroup
	// probeReach is one more than the farthest token after a rule's start
	// that a probe tests.
	probeReach int
	tense      []tense             // the tense cue of each word number (tenseWords)
	tenseWords []uint64            // the word numbers of the one-word tense cues, as a bit set
	tense2     map[[2]string]tense // two-word tense entries, which override the first word's ("due to": none)
	tense2At   []uint64            // the word numbers of their first words, as a bit set
	tenseBit   uint64              // lexMask bit of the tense lexicon
	words      map[string]int32    // token form -> its number (see numberWords); forms no rule or lexicon names have none
	info       []wordInfo          // per word number; info[0] is for unnumbered forms
	abbrev     map[string]bool     // abbreviations a sentence does not end after
	signals    map[string]bool     // words after a counted time that TimeML leaves out of it (TimeML)
	work       sync.Pool           // *work kept between calls of TagWith
	forms      formFilter          // the forms of words, to skip looking up the others
	table      strtab.Table[int32] // t.words for the lookups per token
}

// A formFilter is a set of hashes of token forms: a form whose hash is not
// in it is not one of the forms it was made from.
type formFilter [1 << 10]uint64

// formHash hashes a form by its length and its first, middle and last
// bytes, mixed by a multiplication whose top 16 bits are the hash.
func formHash(w string) uint32 {
	if w == "" {
		return 0
	}
	k := uint32(len(w)) | uint32(w[0])<<8 | uint32(w[len(w)/2])<<16 | uint32(w[len(w)-1])<<24
	return k * 0x9e3779b1 >> 16
}

// add adds form w.
func (f *formFilter) add(w string) {
	h := formHash(w)
	f[h/64] |= 1 << (h % 64)
}

// mayHave reports whether w may be one of the forms added (false: it is not).
func (f *formFilter) mayHave(w string) bool {
	h := formHash(w)
	return f[h/64]&(1<<(h%64)) != 0
}

// work is the buffers of a call of TagWith, kept for the next one.
type work struct {
	toks   []token
	m      matcher
	tenses []tense
	// arena makes the resolver's value and interval strings.
	arena strArena
	// quotes are the double quotation marks of the text (quoteMarks).
	quotes []quoteMark
}

// New loads the tagger for a language ("en"): the folder lang/LANG.
func New(lang string) (*Tagger, error) {
	return NewFS(langFS, path.Join("lang", lang))
}

// NewFS loads a tagger from the folder dir of fsys, laid out as lang/en.
func NewFS(fsys fs.FS, dir string) (*Tagger, error) {
	if _, err := fs.Stat(fsys, dir); err != nil {
		return nil, fmt.Errorf("timex: no data for language %q: %w", path.Base(dir), err)
	}
	lex, err := loadLexicons(fsys, dir)
	if err != nil {
		return nil, err
	}
	bi := newBuiltins(lex)
	rules, err := loadRules(fsys, dir, lex, bi)
	if err != nil {
		return nil, err
	}
	t := &Tagger{lang: path.Base(dir), rules: rules, tense2: map[[2]string]tense{}}
	t.numberWords(lex)
	t.indexAnchors()
	for w := range t.words {
		t.forms.add(w)
	}
	t.table = strtab.New(t.words)
	if t.abbrev, err = lexicon.Set(fsys, path.Join(dir, "abbrev.txt"), true); err != nil {
		return nil, fmt.Errorf("timex: %w", err)
	}
	if t.signals, err = lexicon.Set(fsys, path.Join(dir, "signal.txt"), true); err != nil {
		return nil, fmt.Errorf("timex: %w", err)
	}
	if lc := lex["tense"]; lc != nil {
		t.tenseBit = lc.bit
		t.loadTenses(lc)
	}
	return t, nil
}

// loadTenses keeps the cues of the tense lexicon by the word numbers of
// their first words (every first word of a lexicon phrase is numbered).
func (t *Tagger) loadTenses(lc *lexClass) {
	t.tense = make([]tense, len(t.info))
	t.tenseWords = make([]uint64, (len(t.info)+63)/64)
	t.tense2At = make([]uint64, (len(t.info)+63)/64)
	for w, es := range lc.byFirst {
		id := t.words[w]
		for _, e := range es {
			switch len(e.words) {
			case 1:
				t.tense[id] = parseTense(e.value)
				t.tenseWords[id/64] |= 1 << (id % 64)
			case 2:
				t.tense2[[2]string{e.words[0], e.words[1]}] = parseTense(e.value)
				t.tense2At[id/64] |= 1 << (id % 64)
			}
		}
	}
}

// Lang is the tagger's language.
func (t *Tagger) Lang() string { return t.lang }

// Options refine tagging.
type Options struct {
	// XPOS returns the Penn Treebank tag of the token starting at a byte
	// offset of the document, or "" when unknown. Optional.
	XPOS func(start int) string
}

// Tag finds the time expressions of text, a fragment of a document that
// begins at byte offset base of the document. dct is the document creation
// time. sents are the sentences (document byte offsets) to tag, in order;
// when nil, the fragment is split into sentences here. Spans of the result
// are document byte offsets; Sentence indexes sents.
func (t *Tagger) Tag(text string, base int, dct time.Time, sents []hearsay.Span) []hearsay.Timex {
	return t.TagWith(text, base, dct, sents, Options{})
}

// maxTextLen is the furthest byte offset a token may reach: token offsets
// are int32. Sentences past it (in texts over 2 GB) are not tagged.
const maxTextLen = math.MaxInt32

// TagWith is Tag with options.
func (t *Tagger) TagWith(text string, base int, dct time.Time, sents []hearsay.Span, opt Options) []hearsay.Timex {
	if sents == nil {
		sents = t.splitSentences(text, base)
	}
	out := make([]hearsay.Timex, 0, len(text)/256+4)
	w, _ := t.work.Get().(*work)
	if w == nil {
		w = &work{toks: make([]token, 0, 64)}
	}
	defer t.work.Put(w)
	r := newResolver(dct)
	r.arena = &w.arena
	toks, m, tenseBuf := w.toks, &w.m, w.tenses
	defer func() { w.toks, w.tenses = toks[:0], tenseBuf }()
	low := htext.LowerASCII(text)
	w.quotes = quoteMarks(text, w.quotes[:0])
	open, prevEnd := false, 0 // whether a quotation is open at the sentence's start
	q := 0                    // the first quotation mark at or after the sentence's start
	for si, s := range sents {
		from, to := s.Start-base, s.End-base
		if from < 0 {
			from = 0
		}
		if to > len(text) {
			to = len(text)
		}
		if from >= to || to > maxTextLen {
			continue
		}
		if from < prevEnd || strings.IndexByte(text[prevEnd:from], '\n') >= 0 {
			open = false // a new paragraph: quotations do not run on
		}
		prevEnd = to
		for q < len(w.quotes) && int(w.quotes[q].start) < from {
			q++
		}
		toks = tokenizeLow(text, low, from, to, toks[:0])
		t.lookUp(toks)
		m.reset(toks, t.info, t.probeReach)
		raws := t.matchSentence(m)
		var tenses []tense
		if len(raws) > 0 {
			tenses = t.sentenceTenses(text, base, toks, opt, tenseBuf)
			tenseBuf = tenses
		}
		r.newSentence()
		for _, raw := range raws {
			r.quoted = open != oddQuotesBefore(w.quotes[q:], int(toks[raw.from].start))
			x, ok := r.resolve(raw, toks, tenses)
			if !ok {
				continue
			}
			start, end := int(toks[raw.from].start), int(toks[raw.to-1].end)
			x.Span = hearsay.Span{Start: base + start, End: base + end}
			x.Text = text[start:end]
			x.Sentence = si
			out = append(out, x)
		}
		open = open != oddQuotesBefore(w.quotes[q:], to)
	}
	readDayFirst(out) // on the whole text's evidence, so every caller reads slashed dates alike
	return out
}

// matchSentence runs the rules over the tokens of one sentence, each rule
// at the tokens its anchor finds. For each token and rule it keeps the best
// match starting there; then it selects non-overlapping matches, longest
// timex span first (then leftmost, more context, negative rules, earlier
// rules, earlier starts: a total order, so the order the rules were tried
// in does not matter). A negative rule competes with its whole match and
// drops what it overlaps.
// The matches returned, and their captures, last until m's next sentence.
func (t *Tagger) matchSentence(m *matcher) []match {
	toks := m.toks
	m.cands = m.cands[:0]
	for j := range toks {
		tk := &toks[j]
		if as := t.info[tk.word].anchors; len(as) > 0 {
			m.tryAnchors(as, j)
		}
		switch {
		case tk.kind == tokDigit:
			m.tryAnchors(t.digitAnchors, j)
		case tk.kind == tokWord:
			if len(t.wordAnchors) > 0 {
				m.tryAnchors(t.wordAnchors, j)
			}
			if tk.cap && len(t.capAnchors) > 0 {
				m.tryAnchors(t.capAnchors, j)
			}
		}
	}
	cands := m.cands
	defer func() { m.cands = cands[:0] }()
	if len(cands) == 0 {
		return nil
	}
	slices.SortStableFunc(cands, func(a, b match) int {
		af, at := a.selSpan()
		bf, bt := b.selSpan()
		switch {
		case at-af != bt-bf:
			return (bt - bf) - (at - af)
		case af != bf:
			return af - bf
		case a.end-a.start != b.end-b.start:
			return (b.end - b.start) - (a.end - a.start) // more context is more specific
		case a.rule.remove != b.rule.remove:
			if a.rule.remove {
				return -1
			}
			return 1
		case a.rule.order != b.rule.order:
			return a.rule.order - b.rule.order
		}
		return a.start - b.start
	})
	if cap(m.taken) < len(toks) {
		m.taken = make([]bool, len(toks))
	}
	taken := m.taken[:len(toks)]
	clear(taken)
	out := m.out[:0]
	defer func() { m.out = out[:0] }()
next:
	for _, c := range cands {
		f, to := c.selSpan()
		for k := f; k < to; k++ {
			if taken[k] {
				continue next
			}
		}
		for k := f; k < to; k++ {
			taken[k] = true
		}
		if !c.rule.remove {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b match) int { return a.from - b.from })
	return out
}

// IsAge reports whether x is a stated age ("42-year-old", "Portman, 42,"):
// a DURATION made by a rule whose name starts with "age". TimeML corpora do
// not annotate ages; hearsay's entity stage links them to people.
func IsAge(x hearsay.Timex) bool {
	return x.Type == hearsay.Duration && strings.HasPrefix(x.Rule, "age")
}

// A wordInfo is what the tagger knows of a token form before matching.
type wordInfo struct {
	mask    uint64        // bits of the lexicons with a phrase starting with it
	anchors []anchorGroup // the rules anchored on it (see indexAnchors)
	lex     []wordLex     // the phrases of each lexicon starting with it
}

// A wordLex is the phrases of one lexicon that start with a word
// (lexClass.byFirst), kept with the word.
type wordLex struct {
	bit     uint64 // the lexicon's bit
	entries []lexEntry
}

// phrases returns the phrases of the lexicon of bit that start with word
// number id.
func (wi *wordInfo) phrases(bit uint64) []lexEntry {
	for _, l := range wi.lex {
		if l.bit == bit {
			return l.entries
		}
	}
	return nil
}

// numberWords numbers the token forms that rules and lexicons name: first
// the first words of the rules' literals (so that the bit sets of
// elem.firstBits and rule.secondBits stay short), then the forms the rules'
// elements can start on (their index keys) and the first words of lexicon
// phrases. It fills t.words and t.info, and the
// bit sets, so that matching tests a token against a rule's words with a
// bit test rather than a map lookup or string comparisons.
func (t *Tagger) numberWords(lex map[string]*lexClass) {
	t.words = map[string]int32{}
	t.info = []wordInfo{{}}
	number := func(w string) int32 {
		if id, ok := t.words[w]; ok {
			return id
		}
		id := int32(len(t.info))
		t.words[w] = id
		t.info = append(t.info, wordInfo{})
		return id
	}
	var lits []string
	for _, r := range t.rules {
		for _, e := range r.elems {
			for _, l := range e.lits {
				lits = append(lits, l[0])
			}
		}
	}
	slices.Sort(lits)
	for _, w := range lits {
		number(w)
	}
	var keys []string
	for _, r := range t.rules {
		for k := range r.elems {
			for _, key := range r.elems[k].firstKeys() {
				if key != digitKey && key != wordKey && key != capKey {
					keys = append(keys, key)
				}
			}
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		number(k)
	}
	names := make([]string, 0, len(lex))
	for name := range lex {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		lc := lex[name]
		for w, es := range lc.byFirst {
			wi := &t.info[number(w)]
			wi.mask |= lc.bit
			wi.lex = append(wi.lex, wordLex{bit: lc.bit, entries: es})
		}
	}
	bits := func(words []string) []uint64 {
		set := make([]uint64, (len(t.info)+63)/64)
		for _, w := range words {
			id := t.words[w]
			set[id/64] |= 1 << (id % 64)
		}
		return set
	}
	for _, r := range t.rules {
		if r.second != nil {
			words := make([]string, 0, len(r.second))
			for w := range r.second {
				words = append(words, w)
			}
			r.secondBits = bits(words)
		}
		for k := range r.elems {
			e := &r.elems[k]
			if e.lits == nil {
				continue
			}
			words := make([]string, 0, len(e.lits))
			for _, l := range e.lits {
				words = append(words, l[0])
			}
			e.firstBits = bits(words)
			e.litWords = make([]int32, len(e.lits))
			for n, l := range e.lits {
				e.litWords[n] = t.words[l[0]]
			}
		}
	}
}

// hasWord reports whether the bit of word number id is set in set.
func hasWord(set []uint64, id int32) bool {
	return id > 0 && int(id/64) < len(set) && set[id/64]&(1<<(id%64)) != 0
}

// lookUp sets the lexicon bits and word number of each token.
func (t *Tagger) lookUp(toks []token) {
	for i := range toks {
		var id int32
		if t.forms.mayHave(toks[i].lower) {
			id, _ = t.table.Get(toks[i].lower)
		}
		toks[i].word, toks[i].lexMask = id, t.info[id].mask
		if toks[i].kind == tokDigit {
			toks[i].lexMask = digitBit
		}
	}
}

// A quoteMark is a double quotation mark of a text (straight, curly, or
// the doubled backquotes and apostrophes of typewriter-style text), by
// its byte offsets.
type quoteMark struct{ start, end int32 }

// quoteStarts are the bytes a quotation mark may start with.
const quoteStarts = "\"'`\xE2"

// quoteMarks appends the quotation marks of text to buf, read left to
// right (a doubled apostrophe is one mark). It jumps from one byte of
// quoteStarts to the next with strings.IndexByte, which scans fast.
func quoteMarks(text string, buf []quoteMark) []quoteMark {
	var next [len(quoteStarts)]int // the next offset of each byte of quoteStarts at or after i, -1 for none
	find := func(k, from int) {
		next[k] = -1
		if j := strings.IndexByte(text[from:], quoteStarts[k]); j >= 0 {
			next[k] = from + j
		}
	}
	for k := range next {
		find(k, 0)
	}
	for {
		i := -1
		for _, p := range next {
			if p >= 0 && (i < 0 || p < i) {
				i = p
			}
		}
		if i < 0 {
			return buf
		}
		n := 1 // bytes consumed
		switch c := text[i]; {
		case c == '"':
			buf = append(buf, quoteMark{int32(i), int32(i + 1)})
		case c == 0xE2: // the curly quotes U+201C and U+201D are E2 80 9C and E2 80 9D
			if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x9C || text[i+2] == 0x9D) {
				buf = append(buf, quoteMark{int32(i), int32(i + 3)})
				n = 3
			}
		case i+1 < len(text) && text[i+1] == c:
			buf = append(buf, quoteMark{int32(i), int32(i + 2)})
			n = 2
		}
		for k, p := range next {
			if p >= 0 && p < i+n {
				find(k, i+n)
			}
		}
	}
}

// oddQuotesBefore reports whether an odd number of the marks (those of a
// sentence on) end by offset off: a time there is inside a quotation when
// none was open at the sentence's start.
func oddQuotesBefore(marks []quoteMark, off int) bool {
	n := 0
	for n < len(marks) && int(marks[n].end) <= off {
		n++
	}
	return n%2 == 1
}
