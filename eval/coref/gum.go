package coref

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/corpus/conllu"
)

// A Mention is a gold or system mention: a token range of a document.
type Mention struct {
	Start, End int    // token range [Start, End) into Document.Tokens
	Entity     string // cluster identifier
	Type       string // entity type ("person", "place", ...), when known
}

// A Doc is one document of a coreference corpus: the text rebuilt from the
// words, and the gold mentions.
type Doc struct {
	ID       string
	Doc      *hearsay.Document
	Gold     []Mention
	Speakers []string // speaker of each sentence, "" when not marked
}

// ReadGUM reads a CoNLL-U file with GUM's entity annotation in the MISC
// column ("Entity=(12-person-...", "12)"; the header "# global.Entity"
// names the fields: the first is the cluster, the second the entity type).
// Each "# newdoc" starts a document. The text is rebuilt from the word
// forms and SpaceAfter=No; tokens carry the gold UPOS and XPOS tags.
func ReadGUM(r io.Reader, file string) ([]*Doc, error) {
	var docs []*Doc
	var cur *Doc
	var b strings.Builder
	open := map[string][]openMention{}
	err := conllu.Scan(r, file, func(s conllu.Sentence) error {
		if s.NewDoc != "" || cur == nil {
			if cur != nil {
				finish(cur, &b)
			}
			cur = &Doc{ID: s.NewDoc, Doc: &hearsay.Document{Source: file}}
			docs = append(docs, cur)
			b.Reset()
			open = map[string][]openMention{}
		}
		return addSentence(cur, &b, s, open, file)
	})
	if err != nil {
		return nil, err
	}
	if cur != nil {
		finish(cur, &b)
	}
	return docs, nil
}

type openMention struct {
	start int
	typ   string
}

func finish(d *Doc, b *strings.Builder) {
	d.Doc.Text = b.String()
	d.Doc.Body = hearsay.Span{Start: 0, End: len(d.Doc.Text)}
	for _, l := range []hearsay.Layer{hearsay.LayerSentences, hearsay.LayerTokens, hearsay.LayerPOS} {
		d.Doc.MarkDone(l)
	}
}

func addSentence(d *Doc, b *strings.Builder, s conllu.Sentence, open map[string][]openMention, file string) error {
	doc := d.Doc
	if b.Len() > 0 {
		b.WriteString("\n")
	}
	si := len(doc.Sentences)
	first := len(doc.Tokens)
	speaker := ""
	for _, c := range s.Comments {
		if k, v, ok := strings.Cut(c, "="); ok && strings.TrimSpace(k) == "speaker" {
			speaker = strings.TrimSpace(v)
		}
	}
	d.Speakers = append(d.Speakers, speaker)
	for wi, w := range s.Words {
		start := b.Len()
		b.WriteString(w.Form)
		ti := len(doc.Tokens)
		doc.Tokens = append(doc.Tokens, hearsay.Token{Span: hearsay.Span{Start: start, End: b.Len()}, Text: w.Form,
			Sentence: si, UPOS: w.UPOS, XPOS: w.XPOS})
		if sa, _ := w.MiscValue("SpaceAfter"); sa != "No" && wi < len(s.Words)-1 {
			b.WriteString(" ")
		}
		if ent, ok := w.MiscValue("Entity"); ok {
			if err := parseEntity(d, ent, ti, open); err != nil {
				return fmt.Errorf("%s:%d: %w", file, w.Line, err)
			}
		}
	}
	doc.Sentences = append(doc.Sentences, hearsay.Sentence{Span: hearsay.Span{Start: doc.Tokens[first].Start, End: b.Len()},
		FirstToken: first, EndToken: len(doc.Tokens)})
	return nil
}

// parseEntity reads one Entity= value at token ti: openings "(id-type-..."
// (closed at once when followed by ")") and closings "id)".
func parseEntity(d *Doc, v string, ti int, open map[string][]openMention) error {
	for i := 0; i < len(v); {
		switch {
		case v[i] == '(':
			j := i + 1
			for j < len(v) && v[j] != '(' && v[j] != ')' {
				j++
			}
			fields := strings.Split(v[i+1:j], "-")
			id := fields[0]
			typ := ""
			if len(fields) > 1 {
				typ = fields[1]
			}
			if j < len(v) && v[j] == ')' {
				d.Gold = append(d.Gold, Mention{Start: ti, End: ti + 1, Entity: id, Type: typ})
				j++
			} else {
				open[id] = append(open[id], openMention{start: ti, typ: typ})
			}
			i = j
		case v[i] >= '0' && v[i] <= '9':
			j := i
			for j < len(v) && v[j] >= '0' && v[j] <= '9' {
				j++
			}
			if j >= len(v) || v[j] != ')' {
				return fmt.Errorf("bad Entity value %q", v)
			}
			id := v[i:j]
			if _, err := strconv.Atoi(id); err != nil {
				return fmt.Errorf("bad Entity id in %q", v)
			}
			st := open[id]
			if len(st) == 0 {
				return fmt.Errorf("entity annotation %q closes %s, which is not open", v, id)
			}
			o := st[len(st)-1]
			open[id] = st[:len(st)-1]
			d.Gold = append(d.Gold, Mention{Start: o.start, End: ti + 1, Entity: id, Type: o.typ})
			i = j + 1
		default:
			i++
		}
	}
	return nil
}
