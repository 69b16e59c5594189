package api_test

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/api/apitest"
	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/reader"
	"github.com/hearsay-news/hearsay/store/sqlite"
)

// The golden tests run over a fixed, hand-written knowledge base and a
// store of the bundled articles as read (not analysed), so that their
// answers change only when the API, the query layer or the knowledge
// base's rules do, not with every improvement of the analysis.

// person is one person of the fixture story.
type person struct {
	name, occupation string
	age              int // on the article's date; 0: not stated
}

// fact is one fact of a fixture article.
type fact struct {
	typ      string
	args     []int // indices into the article's people
	modality hearsay.Modality
	neg      bool
	time     string           // a day, month or year; "" for none
	sources  []hearsay.Source // outermost first; Entity -1 unless a party
	sentence string
}

// story builds one analysed article of the fixture.
func story(doc, date, outlet string, people []person, facts ...fact) *kb.Input {
	in := &kb.Input{Doc: doc, Date: date, Outlet: outlet}
	for i, p := range people {
		e := hearsay.Entity{ID: "e" + num(i+1), Type: hearsay.Person, Name: p.name, Aliases: []string{p.name}}
		if p.age > 0 {
			iv, _ := kb.BirthFromAge(p.age, date)
			e.Age = &hearsay.Age{Years: p.age, At: date}
			e.Birth = &hearsay.Interval{Earliest: iv.Earliest, Latest: iv.Latest}
		}
		in.Entities = append(in.Entities, e)
		if p.occupation != "" {
			in.Facts = append(in.Facts, hearsay.Fact{ID: "o" + num(i+1), Type: "occupation", Args: []hearsay.Arg{{Entity: i}, {Entity: -1, Literal: p.occupation}},
				Modality: hearsay.Asserted, Polarity: hearsay.Pos, Sentence: 0, Confidence: 0.9})
		}
	}
	start := 0
	for i, f := range facts {
		hf := hearsay.Fact{ID: "f" + num(i+1), Type: f.typ, Modality: f.modality, Polarity: hearsay.Pos, Sources: f.sources, Sentence: len(in.Sentences),
			Confidence: confidences[doc]}
		if f.neg {
			hf.Polarity = hearsay.Neg
		}
		for _, a := range f.args {
			hf.Args = append(hf.Args, hearsay.Arg{Entity: a})
		}
		if f.time != "" {
			hf.Time = timeOf(f.time)
		}
		in.Facts = append(in.Facts, hf)
		in.Sentences = append(in.Sentences, kb.InputSentence{Text: f.sentence, Span: hearsay.Span{Start: start, End: start + len(f.sentence)}})
		start += len(f.sentence) + 1
	}
	if len(in.Sentences) == 0 {
		in.Sentences = []kb.InputSentence{{Text: "Profile.", Span: hearsay.Span{Start: 0, End: 8}}}
	}
	start = in.Sentences[len(in.Sentences)-1].Span.End + 1
	for i, p := range people {
		if p.age > 0 {
			// the sentence that states the age, with the span of its number
			sentence := p.name + ", " + strconv.Itoa(p.age) + ", was there."
			in.Sentences = append(in.Sentences, kb.InputSentence{Text: sentence, Span: hearsay.Span{Start: start, End: start + len(sentence)}})
			at := start + len(p.name) + 2
			in.Entities[i].Age.Span = hearsay.Span{Start: at, End: at + len(strconv.Itoa(p.age))}
			start += len(sentence) + 1
		}
	}
	return in
}

// confidences is the confidence of each fixture article's facts: the
// rumor of d5, read from a long sentence, is more likely misread than not.
var confidences = map[string]float64{"d1": 0.97, "d2": 0.81, "d3": 0.62, "d4": 0.88, "d5": 0.34, "d6": 0.93}

// timeOf is the time of a day (YYYY-MM-DD), month (YYYY-MM) or year.
func timeOf(v string) *hearsay.FactTime {
	t := &hearsay.FactTime{Value: v, Timex: -1}
	switch len(v) {
	case 10:
		t.Earliest, t.Latest = v, v
	case 7:
		t.Earliest, t.Latest = v+"-01", v+"-28"
	case 4:
		t.Earliest, t.Latest = v+"-01-01", v+"-12-31"
	}
	return t
}

func num(i int) string { return strconv.Itoa(i) }

var (
	outlet    = func(s string) hearsay.Source { return hearsay.Source{Text: s, Kind: hearsay.OutletSource, Entity: -1} }
	anonymous = func(s string) hearsay.Source {
		return hearsay.Source{Text: s, Kind: hearsay.AnonymousSource, Entity: -1}
	}
	rep = func(s string) hearsay.Source {
		return hearsay.Source{Text: s, Kind: hearsay.RepresentativeSource, Entity: -1}
	}
	principal = func(s string, e int) hearsay.Source {
		return hearsay.Source{Text: s, Kind: hearsay.PrincipalSource, Entity: e}
	}
)

// fixtureKB is the story: Ada Lark and Ben Moor married in 2015; a
// separation is reported by Star Weekly from insiders, copied by Celeb
// Wire, denied by a representative, then confirmed by Ada Lark; Ada Lark
// is rumored to date Cal Reyes; two articles disagree on Dora Finch's age.
func fixtureKB(t *testing.T) *kb.KB {
	t.Helper()
	ada, ben := person{"Ada Lark", "singer", 0}, person{"Ben Moor", "actor", 0}
	inputs := []*kb.Input{
		story("d1", "2015-06-25", "Daily Post", []person{{"Ada Lark", "singer", 22}, {"Ben Moor", "actor", 26}},
			fact{"married", []int{0, 1}, hearsay.Asserted, false, "2015-06-20", nil, "Ada Lark married Ben Moor on Saturday."}),
		story("d2", "2024-01-10", "Star Weekly", []person{{"Ada Lark", "", 31}, ben},
			fact{"separated", []int{0, 1}, hearsay.Reported, false, "2023-12", []hearsay.Source{outlet("Star Weekly"), anonymous("insiders")},
				"Ada Lark and Ben Moor have separated, insiders tell Star Weekly."}),
		story("d3", "2024-01-11", "Celeb Wire", []person{ada, ben},
			fact{"separated", []int{0, 1}, hearsay.Reported, false, "", []hearsay.Source{outlet("Star Weekly"), anonymous("insiders")},
				"Ada Lark and Ben Moor have reportedly split, insiders told Star Weekly."}),
		story("d4", "2024-01-15", "The Ledger", []person{ada, ben},
			fact{"separated", []int{0, 1}, hearsay.Denied, true, "", []hearsay.Source{rep("a representative for Lark")},
				"A representative for Lark said the report was false."}),
		story("d5", "2024-02-01", "Star Weekly", []person{ada, {"Cal Reyes", "chef", 0}},
			fact{"dating", []int{0, 1}, hearsay.Rumored, false, "", []hearsay.Source{outlet("Star Weekly"), anonymous("a source")},
				"Ada Lark is rumored to be dating chef Cal Reyes, a source says."}),
		story("d6", "2024-03-01", "The Ledger", []person{ada, ben},
			fact{"separated", []int{0, 1}, hearsay.Asserted, false, "2023-12", []hearsay.Source{principal("Ada Lark", 0)},
				"Ada Lark said that she and Ben Moor separated in December."}),
		story("d7", "2020-01-10", "Daily Post", []person{{"Dora Finch", "author", 30}}),
		story("d8", "2020-06-10", "Celeb Wire", []person{{"Dora Finch", "author", 32}}),
	}
	rules, err := kb.LoadRules()
	if err != nil {
		t.Fatal(err)
	}
	k, err := kb.Build(context.Background(), rules, inputs, nil)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// rawStore is a store of the bundled articles as read, without analysis.
func rawStore(t *testing.T) *sqlite.Store {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "raw.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for d, err := range reader.Documents(ctx, []string{apitest.Examples()}, reader.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	return st
}
