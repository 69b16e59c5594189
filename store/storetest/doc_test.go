package storetest

import (
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

func TestNewDocumentIsDeterministicAndValid(t *testing.T) {
	a, b := NewDocument("x.txt", 5, 0), NewDocument("x.txt", 5, 0)
	if d := Diff(a, b); d != "" {
		t.Fatalf("same arguments, different documents:\n%s", d)
	}
	if c := NewDocument("x.txt", 5, 1); c.ID == a.ID {
		t.Error("another variant has the same id")
	}
	for i, s := range a.Sentences {
		for _, tok := range a.Tokens[s.FirstToken:s.EndToken] {
			if !s.Contains(tok.Span) || tok.Sentence != i || tok.Text != a.Text[tok.Start:tok.End] {
				t.Errorf("token %+v not inside sentence %d %+v", tok, i, s)
			}
		}
	}
	for _, m := range a.Mentions {
		if m.Kind == hearsay.NameMention && a.Text[m.Start:m.End] != m.Text {
			t.Errorf("mention %q has span text %q", m.Text, a.Text[m.Start:m.End])
		}
	}
	for _, x := range a.Timexes {
		if a.Text[x.Start:x.End] != x.Text {
			t.Errorf("timex %q has span text %q", x.Text, a.Text[x.Start:x.End])
		}
	}
}

// TestDiffSeesEveryLayer changes one detail at a time, including fields
// that JSON would not show, and expects Diff to notice.
func TestDiffSeesEveryLayer(t *testing.T) {
	changes := map[string]func(d *hearsay.Document){
		"age span":      func(d *hearsay.Document) { d.Entities[0].Age.Span.End++ },
		"birth":         func(d *hearsay.Document) { d.Entities[0].Birth.Latest = "1999-01-01" },
		"fact timex":    func(d *hearsay.Document) { d.Facts[0].Time.Timex = 7 },
		"qualifier":     func(d *hearsay.Document) { d.Facts[0].Qualifiers["place"] = "Nowhere" },
		"source kind":   func(d *hearsay.Document) { d.Facts[0].Sources[1].Kind = hearsay.NamedSource },
		"evidence":      func(d *hearsay.Document) { d.Facts[0].Evidence = nil },
		"token tag":     func(d *hearsay.Document) { d.Tokens[3].NER = "B-MISC" },
		"layer":         func(d *hearsay.Document) { d.MarkDone(hearsay.LayerAttrs) },
		"date":          func(d *hearsay.Document) { d.Date = d.Date.AddDate(0, 0, 1) },
		"mention group": func(d *hearsay.Document) { d.Mentions[2].Members = []int{1} },
		"skip":          func(d *hearsay.Document) { d.Skips = nil },
	}
	for name, change := range changes {
		t.Run(name, func(t *testing.T) {
			a, b := NewDocument("x.txt", 3, 0), NewDocument("x.txt", 3, 0)
			change(b)
			if Diff(a, b) == "" {
				t.Error("Diff missed the change")
			}
		})
	}
	a, b := NewDocument("x.txt", 2, 0), NewDocument("x.txt", 2, 0)
	b.Facts[0].Qualifiers = map[string]string{"place": a.Facts[0].Qualifiers["place"], "context": a.Facts[0].Qualifiers["context"]}
	a.Warnings, b.Warnings = nil, []string{}
	if d := Diff(a, b); d != "" {
		t.Errorf("Diff reports equal content as different:\n%s", d)
	}
}
