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
	"path"
	"slices"
	"strings"
	"time"

	"github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/lexicon"
)

//go:embed lang
var langFS embed.FS

// A Tagger finds and normalizes time expressions of one language. It is
// safe for concurrent use.
type Tagger struct {
	lang     string
	rules    []*rule
	index    map[string][]*rule  // first-token key -> rules that can start there
	tense    map[string]tense    // tense cues
	tense2   map[[2]string]tense // two-word tense entries, which override the first word's ("due to": none)
	tenseBit uint64              // lexMask bit of the tense lexicon
	words    map[string]wordInfo // token form -> what matching needs to know of it at once
	abbrev   map[string]bool     // abbreviations a sentence does not end after
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
	t := &Tagger{lang: path.Base(dir), rules: rules, index: map[string][]*rule{}, tense: map[string]tense{},
		tense2: map[[2]string]tense{}, words: map[string]wordInfo{}}
	for _, lc := range lex {
		for w := range lc.byFirst {
			wi := t.words[w]
			wi.mask |= lc.bit
			t.words[w] = wi
		}
	}
	t.numberSecondWords()
	for _, r := range rules {
		seen := map[string]bool{}
		for _, k := range r.firstKeys() {
			if !seen[k] {
				seen[k] = true
				t.index[k] = append(t.index[k], r)
			}
		}
	}
	if t.abbrev, err = lexicon.Set(fsys, path.Join(dir, "abbrev.txt"), true); err != nil {
		return nil, fmt.Errorf("timex: %w", err)
	}
	if lc := lex["tense"]; lc != nil {
		t.tenseBit = lc.bit
		for w, es := range lc.byFirst {
			for _, e := range es {
				switch len(e.words) {
				case 1:
					t.tense[w] = parseTense(e.value)
				case 2:
					t.tense2[[2]string{e.words[0], e.words[1]}] = parseTense(e.value)
				}
			}
		}
	}
	return t, nil
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

// TagWith is Tag with options.
func (t *Tagger) TagWith(text string, base int, dct time.Time, sents []hearsay.Span, opt Options) []hearsay.Timex {
	if sents == nil {
		sents = t.splitSentences(text, base)
	}
	r := newResolver(dct)
	out := make([]hearsay.Timex, 0, len(text)/256+4)
	toks := make([]token, 0, 64)
	var m matcher
	for si, s := range sents {
		from, to := s.Start-base, s.End-base
		if from < 0 {
			from = 0
		}
		if to > len(text) {
			to = len(text)
		}
		if from >= to {
			continue
		}
		toks = tokenize(text, from, to, toks[:0])
		t.lookUp(toks)
		m.reset(toks)
		raws := t.matchSentence(&m)
		var tenses []tense
		if len(raws) > 0 {
			tenses = t.sentenceTenses(text, base, toks, opt)
		}
		r.newSentence()
		for _, raw := range raws {
			x, ok := r.resolve(raw, toks, tenses)
			if !ok {
				continue
			}
			x.Span = hearsay.Span{Start: base + toks[raw.from].start, End: base + toks[raw.to-1].end}
			x.Text = text[toks[raw.from].start:toks[raw.to-1].end]
			x.Sentence = si
			out = append(out, x)
		}
	}
	return out
}

// matchSentence runs the rules over the tokens of one sentence. At each
// token it keeps the best match of each rule starting there; then it selects
// non-overlapping matches, longest timex span first (then leftmost). A
// negative rule competes with its whole match and drops what it overlaps.
func (t *Tagger) matchSentence(m *matcher) []match {
	toks := m.toks
	cands := m.cands[:0]
	defer func() { m.cands = cands[:0] }()
	wordRules, capRules := t.index[wordKey], t.index[capKey]
	for i := range toks {
		key := toks[i].lower
		if toks[i].kind == tokDigit {
			key = digitKey
		}
		for _, r := range t.index[key] {
			if m.matchAt(r, i) {
				cands = append(cands, m.best)
			}
		}
		if toks[i].kind == tokWord {
			for _, r := range wordRules {
				if m.matchAt(r, i) {
					cands = append(cands, m.best)
				}
			}
			if toks[i].cap {
				for _, r := range capRules {
					if m.matchAt(r, i) {
						cands = append(cands, m.best)
					}
				}
			}
		}
	}
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
		}
		return a.rule.order - b.rule.order
	})
	if cap(m.taken) < len(toks) {
		m.taken = make([]bool, len(toks))
	}
	taken := m.taken[:len(toks)]
	clear(taken)
	var out []match
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
	mask   uint64 // bits of the lexicons with a phrase starting with it
	second int32  // 1 + its number among the second words of rules, 0 for none
}

// numberSecondWords numbers the words that rules require as their second
// token and gives each such rule the bit set of its words, so that the
// test costs a bit test rather than a map lookup for every rule tried.
func (t *Tagger) numberSecondWords() {
	n := int32(0)
	for _, r := range t.rules {
		words := make([]string, 0, len(r.second))
		for w := range r.second {
			words = append(words, w)
		}
		slices.Sort(words)
		for _, w := range words {
			wi := t.words[w]
			if wi.second == 0 {
				n++
				wi.second = n
				t.words[w] = wi
			}
		}
	}
	for _, r := range t.rules {
		if r.second == nil {
			continue
		}
		r.secondBits = make([]uint64, (n+63)/64)
		for w := range r.second {
			id := t.words[w].second - 1
			r.secondBits[id/64] |= 1 << (id % 64)
		}
	}
}

// lookUp sets the lexicon bits and second-word number of each token.
func (t *Tagger) lookUp(toks []token) {
	for i := range toks {
		if toks[i].kind == tokDigit {
			toks[i].lexMask, toks[i].second = digitBit, t.words[toks[i].lower].second
			continue
		}
		wi := t.words[toks[i].lower]
		toks[i].lexMask, toks[i].second = wi.mask, wi.second
	}
}
