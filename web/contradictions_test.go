package web_test

import (
	"context"
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/query"
	"github.com/hearsay-news/hearsay/web"
)

// agedInput is one article that gives a person's age.
func agedInput(doc, date, outlet, name string, years int) *kb.Input {
	iv, _ := kb.BirthFromAge(years, date)
	sentence := name + " is a singer."
	return &kb.Input{Doc: doc, Date: date, Outlet: outlet,
		Entities: []hearsay.Entity{{ID: "e1", Type: hearsay.Person, Name: name, Aliases: []string{name},
			Age: &hearsay.Age{Years: years, At: date}, Birth: &hearsay.Interval{Earliest: iv.Earliest, Latest: iv.Latest}}},
		Facts: []hearsay.Fact{{ID: "f1", Type: "occupation", Args: []hearsay.Arg{{Entity: 0}, {Entity: -1, Literal: "singer"}},
			Modality: hearsay.Asserted, Polarity: hearsay.Pos, Sentence: 0}},
		Sentences: []kb.InputSentence{{Text: sentence, Span: hearsay.Span{Start: 0, End: len(sentence)}}},
	}
}

// TestContradictionsPage draws a birth contradiction: two articles give
// ages that leave no common birth date.
func TestContradictionsPage(t *testing.T) {
	rules, err := kb.LoadRules()
	if err != nil {
		t.Fatal(err)
	}
	k, err := kb.Build(context.Background(), rules, []*kb.Input{
		agedInput("d1", "2020-01-10", "First <Outlet>", "Ada Lark", 30),
		agedInput("d2", "2020-06-10", "Second Outlet", "Ada Lark", 32),
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(k.Contradictions) == 0 {
		t.Fatal("the knowledge base found no contradiction in ages 30 and 32 five months apart")
	}
	s, err := web.New(web.Config{Query: query.New(kb.NewMemory(k))})
	if err != nil {
		t.Fatal(err)
	}
	code, body := get(t, s.Handler(), "/contradictions")
	if code != 200 {
		t.Fatalf("status %d", code)
	}
	checkPage(t, "/contradictions", body)
	for _, want := range []string{"Ada Lark", "birth date", "age 30 on 2020-01-10", "age 32 on 2020-06-10", "2020-01-10", "2020-06-10", `href="/people/ada-lark"`} {
		if !strings.Contains(body, want) {
			t.Errorf("no %q in the page", want)
		}
	}
	if n := strings.Count(body, `<section class="side">`); n != 2 {
		t.Errorf("%d sides drawn, want 2", n)
	}
	// As of a day before the second age, only one age was stated: no
	// contradiction yet.
	code, body = get(t, s.Handler(), "/contradictions?as_of=2020-03-01")
	if code != 200 || strings.Contains(body, "Ada Lark") {
		t.Errorf("as of 2020-03-01 (one age only): status %d, and the page lists the later contradiction", code)
	}
	if code, body = get(t, s.Handler(), "/contradictions?as_of=2020-06-10"); code != 200 || !strings.Contains(body, "age 32 on 2020-06-10") {
		t.Errorf("as of 2020-06-10: status %d, no contradiction", code)
	}
	code, body = get(t, s.Handler(), "/people/ada-lark")
	if code != 200 || !strings.Contains(body, "sources disagree") {
		t.Errorf("the person page does not say the birth dates disagree (%d)", code)
	}
}
