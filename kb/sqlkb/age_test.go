package sqlkb

import (
	"context"
	"strconv"
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/kb"
)

// aged is doc with a second sentence, which no fact uses, stating the
// first person's age.
func aged(id, url, day, outlet, a, b string, age int) *hearsay.Document {
	d := doc(id, url, day, outlet, a, b, age, hearsay.Asserted)
	first := d.Text
	second := "The " + strconv.Itoa(age) + "-year-old declined to comment."
	d.Text = first + " " + second
	d.Body = hearsay.Span{End: len(d.Text)}
	start := len(first) + 1
	d.Sentences = append(d.Sentences, hearsay.Sentence{Span: hearsay.Span{Start: start, End: len(d.Text)}})
	words := strings.Index(second, strconv.Itoa(age))
	d.Entities[0].Age.Span = hearsay.Span{Start: start + words, End: start + words + len(strconv.Itoa(age)+"-year-old")}
	return d
}

// TestAgeProvenance checks that a stated age keeps where it comes from
// (the document, the sentence that states it, its span and the span of
// the age's words), also when no fact rests on that sentence.
func TestAgeProvenance(t *testing.T) { eachBackend(t, testAgeProvenance) }

func testAgeProvenance(t *testing.T, open opener) {
	ctx := context.Background()
	st, b, rules := open(t)
	d1 := aged("d1", "u1", "2024-02-12", "Starlight", "Ann Lee", "Bo Park", 38)
	d2 := aged("d2", "u2", "2024-03-01", "Post", "Ann Lee", "Bo Park", 38)
	mustPut(t, st, d1)
	mustPut(t, st, d2)
	if _, err := kb.Refresh(ctx, b, rules, false); err != nil {
		t.Fatal(err)
	}
	e, err := b.Entity(ctx, "ann-lee")
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Ages) != 2 {
		t.Fatalf("ages %+v, want 2", e.Ages)
	}
	for i, d := range []*hearsay.Document{d1, d2} {
		a := e.Ages[i]
		s := d.Sentences[1].Span
		if a.Doc != d.ID || a.Span != s || a.Sentence != d.Text[s.Start:s.End] || a.AgeSpan != d.Entities[0].Age.Span {
			t.Errorf("age %d: %+v; want doc %s, sentence %q at %v, age at %v", i, a, d.ID, d.Text[s.Start:s.End], s, d.Entities[0].Age.Span)
		}
		if got := d.Text[a.AgeSpan.Start:a.AgeSpan.End]; !strings.HasSuffix(got, "-year-old") {
			t.Errorf("age %d: span cuts %q out of the text", i, got)
		}
	}
}
