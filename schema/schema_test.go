package schema_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/internal/golden"
	"github.com/hearsay-news/hearsay/schema"
)

// article builds a small annotated document by hand. Its text has
// multi-byte letters before the annotated spans, so that byte and
// code-point offsets differ.
func article() *hearsay.Document {
	text := " date 2023-08-07 Insiders told Us Weekly that Camille Étienne, 25, met Benjamin Millepied in June.\n\n" +
		"Étienne denied it. Millepied is a choreographer."
	at := func(s string, n int) hearsay.Span { // n-th occurrence of s
		off := 0
		for ; n > 0; n-- {
			off += strings.Index(text[off:], s) + len(s)
		}
		i := off + strings.Index(text[off:], s)
		return hearsay.Span{Start: i, End: i + len(s)}
	}
	s1 := hearsay.Span{Start: 17, End: strings.Index(text, "\n")}
	s2 := at("Étienne denied it.", 0)
	s3 := at("Millepied is a choreographer.", 0)
	d := &hearsay.Document{
		ID: "abc123", Source: "news/etienne.txt", Date: time.Date(2023, 8, 7, 0, 0, 0, 0, time.UTC),
		Text: text, Body: hearsay.Span{Start: 17, End: len(text)},
		Sentences: []hearsay.Sentence{{Span: s1}, {Span: s2}, {Span: s3}},
		Timexes: []hearsay.Timex{
			{Span: at("25", 0), Text: "25", Type: hearsay.Duration, Value: "P25Y", Rule: "age"},
			{Span: at("June", 0), Text: "June", Type: hearsay.Date, Value: "2023-06", Earliest: "2023-06-01", Latest: "2023-06-30", Rule: "month"},
		},
		Mentions: []hearsay.Mention{
			{Span: at("Camille Étienne", 0), Text: "Camille Étienne", Kind: hearsay.NameMention, Entity: 0},
			{Span: at("Benjamin Millepied", 0), Text: "Benjamin Millepied", Kind: hearsay.NameMention, Entity: 1},
			{Span: at("Étienne", 1), Text: "Étienne", Kind: hearsay.NameMention, Entity: 0},
			{Span: at("Millepied", 1), Text: "Millepied", Kind: hearsay.NameMention, Entity: 1},
			{Span: at("Us Weekly", 0), Text: "Us Weekly", Kind: hearsay.NameMention, Entity: 2},
		},
		Entities: []hearsay.Entity{
			{ID: "e1", Type: hearsay.Person, Name: "Camille Étienne", Aliases: []string{"Camille Étienne", "Étienne"}, Mentions: []int{0, 2},
				Age:   &hearsay.Age{Years: 25, At: "2023-08-07", Span: at("25", 0)},
				Birth: &hearsay.Interval{Earliest: "1997-08-08", Latest: "1998-08-07"}},
			{ID: "e2", Type: hearsay.Person, Name: "Benjamin Millepied", Aliases: []string{"Benjamin Millepied", "Millepied"}, Mentions: []int{1, 3}},
			{ID: "e3", Type: hearsay.Org, Name: "Us Weekly", Aliases: []string{"Us Weekly"}, Mentions: []int{4}, Kind: "outlet"},
		},
		Facts: []hearsay.Fact{
			{ID: "f1", Type: "met", Args: []hearsay.Arg{{Entity: 0}, {Entity: 1}},
				Time:     &hearsay.FactTime{Value: "2023-06", Timex: 1},
				Modality: hearsay.Reported, Polarity: hearsay.Pos,
				Sources: []hearsay.Source{
					{Text: "Us Weekly", Kind: hearsay.OutletSource, Entity: 2, Span: at("Us Weekly", 0)},
					{Text: "Insiders", Kind: hearsay.AnonymousSource, Entity: -1, Span: at("Insiders", 0)},
				},
				Sentence: 0, Evidence: []int{0, 1}, Trigger: at("met", 0), Rule: "met_verb"},
			{ID: "f2", Type: "met", Args: []hearsay.Arg{{Entity: 0}, {Entity: 1}}, Time: &hearsay.FactTime{Timex: -1},
				Modality: hearsay.Denied, Polarity: hearsay.Neg, Sources: []hearsay.Source{{Text: "Étienne", Kind: hearsay.PrincipalSource, Entity: 0}},
				Sentence: 1, Evidence: []int{1}, Rule: "denial"},
			{ID: "f3", Type: "occupation", Args: []hearsay.Arg{{Entity: 1}, {Entity: -1, Literal: "choreographer"}},
				Modality: hearsay.Asserted, Polarity: hearsay.Pos, Sentence: 2, Evidence: []int{2}, Qualifiers: map[string]string{"note": "current"},
				Derived: true, Reason: "copula", Rule: "is_a"},
		},
	}
	return d
}

func TestGolden(t *testing.T) {
	got, err := json.MarshalIndent(schema.FromDocument(article()), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden.Check(t, filepath.Join("testdata", "article.golden.json"), string(got))
}

// TestOffsetsAreCodePoints cuts every span out of the text by code points
// and expects the text the span claims.
func TestOffsetsAreCodePoints(t *testing.T) {
	doc := article()
	out := schema.FromDocument(doc)
	runes := []rune(doc.Text)
	cut := func(s, e int) string { return string(runes[s:e]) }
	for _, x := range out.Timexes {
		if x.Start == nil {
			t.Errorf("timex %s has no span", x.ID)
			continue
		}
		if got := cut(*x.Start, *x.End); got != x.Text {
			t.Errorf("timex %s: text %q, span cuts %q", x.ID, x.Text, got)
		}
	}
	if out.Timexes[0].Function != "CREATION_TIME" || *out.Timexes[0].Start != 6 || *out.Timexes[0].End != 16 {
		t.Errorf("t0 = %+v, want the creation time at 6..16", out.Timexes[0])
	}
	if out.Timexes[1].AgeOf != "Camille Étienne" {
		t.Errorf("age timex age_of = %q", out.Timexes[1].AgeOf)
	}
	for _, e := range out.Entities {
		for _, m := range e.Mentions {
			if got := cut(m.Start, m.End); got != m.Text {
				t.Errorf("mention of %s: text %q, span cuts %q", e.Name, m.Text, got)
			}
		}
	}
	for _, f := range out.Facts {
		for i, sp := range f.EvidenceSpans {
			if got := cut(sp.Start, sp.End); got != f.Evidence[i] || !strings.Contains(doc.Text, f.Evidence[i]) {
				t.Errorf("fact %s evidence %d: %q vs span %q", f.ID, i, f.Evidence[i], got)
			}
		}
	}
	f1 := out.Facts[0]
	if strings.Join(f1.Args, "|") != "Camille Étienne|Benjamin Millepied" || f1.Ordered ||
		strings.Join(f1.Source, "|") != "Us Weekly|Insiders" || strings.Join(f1.SourceKinds, "|") != "outlet|anonymous" {
		t.Errorf("f1 = %+v", f1)
	}
	if out.Facts[1].Time != nil {
		t.Errorf("an empty fact time must be null, got %+v", out.Facts[1].Time)
	}
	if !out.Facts[2].Ordered || out.Facts[2].Args[1] != "choreographer" {
		t.Errorf("f3 = %+v", out.Facts[2])
	}
}

// TestEmptyDocument checks that a document with no layers still has every
// list present (never null) and t0.
func TestEmptyDocument(t *testing.T) {
	doc := &hearsay.Document{ID: "x", Source: "x.jsonl", Line: 2, Date: time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC), Text: "Hello."}
	b, err := json.Marshal(schema.FromDocument(doc))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`"entities":[]`, `"facts":[]`, `"outlet":null`, `"id":"t0"`, `"start":null`, `"schema_version":"hearsay-gold/1"`} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %s:\n%s", want, s)
		}
	}
}
