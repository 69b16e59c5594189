package ner

import (
	"context"
	"fmt"
	"sort"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/text"
)

// stage fills Token.NER.
type stage struct {
	t     *Tagger
	model string // embedded model to load when t is nil
}

// NewStage returns the pipeline stage that tags a document's tokens with
// IOB2 entity tags (Token.NER), the tagger's labels refined by the outlet
// list and work patterns (see Spans for the refined kinds).
func NewStage(t *Tagger) hearsay.Stage { return stage{t: t} }

// NewModelStage returns the stage for the embedded model called name (""
// for DefaultModel). The model is loaded on first use; an unknown name makes
// Process fail.
func NewModelStage(name string) hearsay.Stage { return stage{model: name} }

func (s stage) Name() string { return "ner" }

func (s stage) Requires() []hearsay.Layer {
	return []hearsay.Layer{hearsay.LayerSentences, hearsay.LayerTokens}
}

func (s stage) Provides() []hearsay.Layer { return []hearsay.Layer{hearsay.LayerNER} }

func (s stage) Process(ctx context.Context, doc *hearsay.Document) error {
	if s.t == nil {
		t, err := Load(s.model)
		if err != nil {
			return err
		}
		s.t = t
	}
	// the words, their infos and the tagger's scratch memory are kept
	// from one document to the next
	sp := s.t.scratch()
	words, err := sp.words.fill(doc, text.CasedWords(doc, taggedCase(doc)))
	n := len(sp.words.all)
	if err != nil {
		s.t.putScratch(sp, n)
		return err
	}
	ids, err := s.t.tagWith(ctx, words, n, sp, true)
	if err != nil {
		s.t.putScratch(sp, n)
		return err
	}
	info := sp.wordInfos(n, true)
	s.t.placeModifiers(words, ids)
	s.t.lists.refineInfo(words, ids, info, sp.marks())
	for si, sent := range doc.Sentences {
		for i, y := range ids[si] {
			doc.Tokens[sent.FirstToken+i].NER = labels[y]
		}
	}
	s.t.putScratch(sp, n)
	return nil
}

// sentenceWords returns the document's tokens by sentence, with typographic
// quotes and apostrophes written as the ASCII ones training text uses.
func sentenceWords(doc *hearsay.Document) ([][]string, error) {
	var b wordBufs
	return b.fill(doc, nil)
}

// taggedCase restores the case of a word of a sentence in capitals from the
// part of speech the POS stage gave it (which read the sentence with its
// case restored from the training text): a proper noun is a name
// ("BLEDSOE" → "Bledsoe"; "WKGB", short or without a vowel, stays as it
// is), any other word is lowered. Untagged words stay as they are.
func taggedCase(doc *hearsay.Document) text.CaseGuess {
	return func(w string, k int) string {
		switch doc.Tokens[k].XPOS {
		case "":
			return w
		case "NNP", "NNPS":
			if len(w) <= 3 || !text.HasVowel(w) {
				return w
			}
			return text.TitleWord(w)
		}
		return text.LowerWord(w)
	}
}

// fill sets b to the document's tokens by sentence, as sentenceWords
// returns them, reusing b's memory, and returns b.bySent. cased, when not
// nil, gives the words to read in place of the tokens' texts (see
// text.CasedWords).
func (b *wordBufs) fill(doc *hearsay.Document, cased []string) ([][]string, error) {
	n := 0
	for si, s := range doc.Sentences {
		if s.FirstToken < 0 || s.EndToken > len(doc.Tokens) || s.FirstToken > s.EndToken {
			b.all, b.bySent = b.all[:0], b.bySent[:0]
			return nil, fmt.Errorf("ner: sentence %d has token range [%d, %d) outside %d tokens", si, s.FirstToken, s.EndToken, len(doc.Tokens))
		}
		n += s.EndToken - s.FirstToken
	}
	out := resize(b.bySent, len(doc.Sentences))
	all := b.all[:0] // one array for every sentence's words
	if cap(all) < n {
		all = make([]string, 0, n)
	}
	for si, s := range doc.Sentences {
		start := len(all)
		for k := s.FirstToken; k < s.EndToken; k++ {
			w := doc.Tokens[k].Text
			if cased != nil {
				w = cased[k]
			}
			w = asciiQuote(w)
			if classYear(w) {
				w = "," // "Ada Holt '03 and Tom Dale": the year of a class sets a name off as a comma would
			}
			all = append(all, w)
		}
		out[si] = all[start:len(all):len(all)]
	}
	b.all, b.bySent = all, out
	return out, nil
}

// classYear reports whether w is the year of a school class, an
// apostrophe and two digits ("'03", "'56"), which alumni notes write after
// a graduate's name.
func classYear(w string) bool {
	return len(w) == 3 && w[0] == '\'' && w[1] >= '0' && w[1] <= '9' && w[2] >= '0' && w[2] <= '9'
}

var asciiQuotes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", "\"", "\u201d", "\"", "\u2013", "-", "\u2014", "--")

// asciiQuote is asciiQuotes.Replace(w) without copying the many words that
// have nothing to replace: every character it replaces is encoded with the
// lead byte 0xE2. The loop over the bytes of a word, most of them short, is
// inlined where strings.IndexByte would be a call.
func asciiQuote(w string) string {
	for i := range len(w) {
		if w[i] == 0xE2 {
			return replaceQuotes(w)
		}
	}
	return w
}

// replaceQuotes is asciiQuotes.Replace(w), out of asciiQuote's inlined
// loop.
//
//go:noinline
func replaceQuotes(w string) string { return asciiQuotes.Replace(w) }

// A Span is one entity found in a document.
type Span struct {
	Span       hearsay.Span // byte offsets into Document.Text
	Text       string       // the entity as written
	Label      string       // PER, ORG, LOC or MISC
	Kind       string       // refinement: "outlet", "agency", "film", "song", "album", "show", "book", "play", "work", "person", "event", "place"; "" when none
	FirstToken int          // index into Document.Tokens of the first token; -1 inside boilerplate (Document.Skips), which has no tokens
	EndToken   int          // one past the last token; -1 inside boilerplate
}

// Spans returns the entities of a tagged document (Token.NER filled, as by
// NewStage's stage), in text order, with the kind the outlet list and work
// patterns give them. Tokens with invalid tag sequences are read the way
// conlleval reads them. Boilerplate (photo credits and the like, which have
// no tokens) is searched for outlets and agencies only: "(Photo: DANIEL
// LEAL/AFP via Getty Images)" yields AFP and Getty Images.
func Spans(doc *hearsay.Document) []Span {
	words, err := sentenceWords(doc)
	if err != nil {
		return nil
	}
	ids := make([][]int, len(doc.Sentences))
	for si, s := range doc.Sentences {
		ids[si] = make([]int, s.EndToken-s.FirstToken)
		for i := range ids[si] {
			ids[si][i] = max(labelID(doc.Tokens[s.FirstToken+i].NER), 0)
		}
		repair(ids[si])
	}
	kinds := map[[3]int]string{}
	l, err := DefaultLists()
	if err != nil {
		return nil
	}
	for _, r := range l.refine(words, ids) {
		kinds[[3]int{r.sent, r.start, r.end}] = r.kind
	}
	out := skipOutlets(doc, l)
	for si, s := range doc.Sentences {
		ys := ids[si]
		for i := 0; i < len(ys); {
			if !isBegin(ys[i]) {
				i++
				continue
			}
			j := i + 1
			for j < len(ys) && isInside(ys[j]) && labelType(ys[j]) == labelType(ys[i]) {
				j++
			}
			first, last := doc.Tokens[s.FirstToken+i], doc.Tokens[s.FirstToken+j-1]
			sp := hearsay.Span{Start: first.Start, End: last.End}
			out = append(out, Span{
				Span: sp, Text: doc.Text[sp.Start:sp.End], Label: typeName(ys[i]),
				Kind: kinds[[3]int{si, i, j}], FirstToken: s.FirstToken + i, EndToken: s.FirstToken + j,
			})
			i = j
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Span.Start < out[b].Span.Start })
	return out
}

// skipOutlets finds outlets and agencies in the document's boilerplate.
func skipOutlets(doc *hearsay.Document, l *Lists) []Span {
	var out []Span
	for _, sk := range doc.Skips {
		if sk.Start < 0 || sk.End > len(doc.Text) || sk.Start >= sk.End {
			continue
		}
		toks := text.Tokenize(doc.Text[sk.Start:sk.End], sk.Start)
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = asciiQuote(t.Text)
		}
		labs := make([]int, len(toks))
		info := l.sentenceInfo(make([]*patternWord, len(words)), words)
		for _, r := range l.refineOutlets(0, words, info, labs, nil) {
			sp := hearsay.Span{Start: toks[r.start].Start, End: toks[r.end-1].End}
			out = append(out, Span{Span: sp, Text: doc.Text[sp.Start:sp.End], Label: "ORG", Kind: r.kind, FirstToken: -1, EndToken: -1})
		}
	}
	return out
}

// repair turns an I-X that does not continue an X entity into B-X.
func repair(ys []int) {
	prev := start
	for i, y := range ys {
		if !validAfter(prev, y) {
			ys[i] = beginOf(labelType(y))
		}
		prev = ys[i]
	}
}
