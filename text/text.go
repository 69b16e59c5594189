// Package text splits a document's body into tokens and sentences with exact
// byte offsets into Document.Text.
//
// The tokenizer makes one pass over the bytes with no regular expressions.
// It keeps Unicode words (Étienne), hyphenated words and ages (42-year-old),
// numbers with separators (1,000.50), URLs, e-mail addresses, @handles,
// #hashtags, emoji graphemes, abbreviations with their period (Mr., U.S.)
// and ellipses as single tokens, and splits clitics the way the Penn
// Treebank does (they've → they 've, don't → do n't, Portman's → Portman 's).
//
// The sentence splitter works on those tokens. It knows abbreviations,
// initials, decimals, ellipses, quotes that open and close sentences,
// paragraph breaks and headings, and tells text wrapped inside sentences
// from text written one paragraph per line.
//
// Data files (embedded, in data/):
//   - abbreviations.tsv: abbreviations and their class (title, number,
//     general, place)
//   - starters.txt: words that typically open a sentence
//   - contractions.tsv: words written as two tokens (cannot → can not)
//
// Boilerplate spans (Document.Skips) get no tokens and no sentences.
package text

import (
	"context"
	"embed"
	"encoding/binary"
	"fmt"
	"strings"
	"sync"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/lexicon"
)

//go:embed data
var dataFS embed.FS

// abbrevClass says how an abbreviation behaves at a possible sentence end.
type abbrevClass uint8

const (
	notAbbrev     abbrevClass = iota
	titleAbbrev               // Mr., Dr., St.: never ends a sentence
	numberAbbrev              // No., Vol.: kept only before a number, never ends a sentence
	generalAbbrev             // Inc., U.S., Jan.: ends a sentence before a sentence opener
	placeAbbrev               // Fla., Calif.: ends a sentence before a capitalized word
)

// A Tokenizer splits text into tokens and sentences. It is immutable once
// built and safe for concurrent use.
type Tokenizer struct {
	abbrevs  map[string]abbrevClass // forms with their final period
	starters map[string]bool        // capitalized sentence openers
	splits   map[string]int         // lower-case words split in two, and the length of the first part
	splitLen uint16                 // bit n set when some word of splits is n bytes long
	splitAt  [256]bool              // the first bytes of the words of splits, in either case
	bangs    map[string]bool        // names whose "!" is part of the word ("E!", "Yahoo!")
}

// New loads the embedded abbreviation and sentence-opener lists.
func New() (*Tokenizer, error) {
	lines, err := lexicon.Table(dataFS, "data/abbreviations.tsv", 2)
	if err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	t := &Tokenizer{abbrevs: map[string]abbrevClass{}}
	for _, l := range lines {
		form := l.Fields[0]
		var c abbrevClass
		switch l.Fields[1] {
		case "title":
			c = titleAbbrev
		case "number":
			c = numberAbbrev
		case "general":
			c = generalAbbrev
		case "place":
			c = placeAbbrev
		default:
			return nil, fmt.Errorf("text: %w", l.Errorf("unknown abbreviation class %q", l.Fields[1]))
		}
		if len(form) < 2 || form[len(form)-1] != '.' {
			return nil, fmt.Errorf("text: %w", l.Errorf("abbreviation %q must end with a period", form))
		}
		t.abbrevs[form] = c
		if cap := capitalize(form); cap != form && c != numberAbbrev { // "P." is an initial, not "p."
			if _, ok := t.abbrevs[cap]; !ok {
				t.abbrevs[cap] = c
			}
		}
	}
	t.starters, err = lexicon.Set(dataFS, "data/starters.txt", false)
	if err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	if t.splits, err = loadSplits(); err != nil {
		return nil, err
	}
	for w := range t.splits {
		t.splitLen |= 1 << len(w)
		t.splitAt[w[0]] = true
		if c := w[0]; c >= 'a' && c <= 'z' {
			t.splitAt[c-'a'+'A'] = true
		}
	}
	if t.bangs, err = lexicon.Set(dataFS, "data/bang_names.txt", false); err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	return t, nil
}

// loadSplits reads the contractions that split in two (cannot → can not).
func loadSplits() (map[string]int, error) {
	lines, err := lexicon.Table(dataFS, "data/contractions.tsv", 2)
	if err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	splits := make(map[string]int, len(lines))
	for _, l := range lines {
		word := l.Fields[0]
		first, second, ok := strings.Cut(l.Fields[1], " ")
		if !ok || first+second != word || word != strings.ToLower(word) || len(word) > maxSplitWord {
			return nil, fmt.Errorf("text: %w", l.Errorf("want a lower-case word of at most %d bytes and its two parts", maxSplitWord))
		}
		splits[word] = len(first)
	}
	return splits, nil
}

// maxSplitWord is the longest word the contraction table may hold.
const maxSplitWord = 12

// capitalize upper-cases the first byte of an all-lowercase ASCII form.
func capitalize(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return s
		}
	}
	if s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// defaultTokenizer is built once from the embedded data, which the tests
// check, so a failure here is a build defect, not an input problem.
var defaultTokenizer = sync.OnceValue(func() *Tokenizer {
	t, err := New()
	if err != nil {
		panic(err)
	}
	return t
})

// Tokenize returns the tokens of text, with spans offset by base (pass the
// offset of text inside Document.Text). Token.Sentence is left 0.
func Tokenize(text string, base int) []hearsay.Token {
	return defaultTokenizer().Tokenize(text, base)
}

// Split fills doc.Sentences and doc.Tokens from doc.Body minus doc.Skips,
// with the default tokenizer.
func Split(doc *hearsay.Document) { defaultTokenizer().Split(doc) }

// stage is the pipeline stage that fills sentences and tokens.
type stage struct{ t *Tokenizer }

// NewStage returns the pipeline stage that fills Sentences and Tokens.
func NewStage() hearsay.Stage { return stage{defaultTokenizer()} }

func (stage) Name() string              { return "text" }
func (stage) Requires() []hearsay.Layer { return []hearsay.Layer{hearsay.LayerText} }
func (stage) Provides() []hearsay.Layer {
	return []hearsay.Layer{hearsay.LayerSentences, hearsay.LayerTokens}
}

// Process splits the document; it fails only when ctx is done or the
// document's spans do not fit its text.
func (s stage) Process(ctx context.Context, doc *hearsay.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if doc.Body.Start < 0 || doc.Body.End > len(doc.Text) || doc.Body.Start > doc.Body.End {
		return fmt.Errorf("text: body span [%d,%d) outside text of %d bytes", doc.Body.Start, doc.Body.End, len(doc.Text))
	}
	s.t.Split(doc)
	return nil
}

// LowerASCII returns s with its ASCII letters A to Z lowercased and every
// other byte kept (so byte offsets still hold), s itself when it has none.
// It tests eight bytes at a time: a stretch of bytes with no upper-case
// letter is copied whole.
func LowerASCII(s string) string {
	i := 0
	for i+8 <= len(s) && upperBytes(load8(s, i)) == 0 {
		i += 8
	}
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		if i&7 == 0 && i+8 <= len(s) && upperBytes(load8(s, i)) != 0 {
			break // an upper-case letter in the next eight bytes
		}
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder // one allocation, the result's
	b.Grow(len(s))
	i &^= 7           // the eight bytes holding the first upper-case letter
	from := 0         // start of the bytes not yet written
	var chunk [8]byte // eight lowered bytes
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		up := upperBytes(x)
		if up == 0 {
			continue
		}
		b.WriteString(s[from:i])
		x |= up >> 2 // 0x80 >> 2 is 'a' - 'A'
		binary.LittleEndian.PutUint64(chunk[:], x)
		b.Write(chunk[:])
		from = i + 8
	}
	b.WriteString(s[from:i])
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// load8 reads the eight bytes of s from i as a little-endian word.
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// upperBytes has the top bit of each byte of x that is an ASCII
// upper-case letter set, and no other bit.
func upperBytes(x uint64) uint64 {
	const (
		high = 0x8080808080808080
		low7 = 0x7f7f7f7f7f7f7f7f
		each = 0x0101010101010101
	)
	seven := x & low7 // no carry between bytes below
	atLeastA := seven + each*(0x80-'A')
	pastZ := seven + each*(0x80-'Z'-1)
	return atLeastA &^ pastZ &^ x & high
}
