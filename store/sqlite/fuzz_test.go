package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/store/storetest"
)

// FuzzRoundTrip puts documents with arbitrary text (NUL bytes, invalid
// UTF-8, any length) and arbitrary annotation strings and spans: Put either
// refuses the document or stores it so that it reloads unchanged.
func FuzzRoundTrip(f *testing.F) {
	f.Add("date 2023-08-07 Hello Étienne.", "B-PER", "affair", 0, 5)
	f.Add("\x00\xff\xfe bad \x80 bytes", "O\x00", "", 3, 2)
	f.Add("", "", "x", 0, 0)
	s := open(f, filepath.Join(f.TempDir(), "fuzz.db"))
	defer s.Close()
	n := 0
	f.Fuzz(func(t *testing.T, text, tag, literal string, start, end int) {
		n++
		doc := &hearsay.Document{
			ID: storetest.NewDocument(text+tag+literal, 1, n).ID, Source: "fuzz", Line: n,
			Date: time.Date(2023, 8, 7, 0, 0, 0, 0, time.UTC), Text: text,
			Body:      hearsay.Span{Start: 0, End: len(text)},
			Sentences: []hearsay.Sentence{{Span: hearsay.Span{Start: start, End: end}}},
			Tokens:    []hearsay.Token{{Span: hearsay.Span{Start: start, End: end}, NER: tag}},
			Timexes:   []hearsay.Timex{{Span: hearsay.Span{Start: start, End: end}, Text: literal, Value: tag}},
			Entities:  []hearsay.Entity{{ID: "e1", Name: literal, Aliases: []string{literal, tag}}},
			Facts: []hearsay.Fact{{ID: "f1", Type: literal, Args: []hearsay.Arg{{Entity: 0}, {Entity: -1, Literal: literal}},
				Qualifiers: map[string]string{tag: literal}, Sources: []hearsay.Source{{Text: tag, Entity: -1}}}},
		}
		if start >= 0 && end >= start && end <= len(text) {
			doc.Tokens[0].Text = text[start:end]
		}
		if _, err := s.Put(context.Background(), doc); err != nil {
			return // refused: fine, as long as nothing was stored
		}
		got, err := s.Document(context.Background(), doc.ID)
		if err != nil {
			t.Fatalf("stored document does not load: %v", err)
		}
		if d := storetest.Diff(doc, got); d != "" {
			t.Fatalf("document changed in the store:\n%s", d)
		}
	})
}
