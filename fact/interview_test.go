package fact

import (
	"strings"
	"testing"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
)

// interviewCases are articles laid out as questions and answers (and some
// that are not) with the facts their answers give; every fact an answer
// states is the person answering's own (source: answer), every fact of the
// standfirst the article's (source: "").
var interviewCases = []struct {
	name   string
	text   string
	answer string   // the person answering; "" when the article is no interview
	want   []string // probe facts (type(args) @time) with the source's name after " from "
}{
	{
		name: "questions ending in question marks",
		text: "In March, Anna Pellew became the chief executive of Corvell Joinery. She talked to us about her career.\n\n" +
			"Where did you grow up?\n\nIn Leeds. I live in York with my husband, Mark Pellew. We met in Paris in 2001.\n\n" +
			"How did you start?\n\nI joined Corvell Joinery in 2009 as a trainee. I was elected chair of the Leeds Rowing Club in 2015.",
		answer: "Anna Pellew",
		want: []string{
			"married(Anna Pellew,Mark Pellew) from Anna Pellew",
			"residence(Anna Pellew,York) from Anna Pellew",
			"residence(Mark Pellew,York) from Anna Pellew",
			"met(Anna Pellew,Mark Pellew) @2001 from Anna Pellew",
			"member_of(Anna Pellew,Corvell Joinery) @2009.. from Anna Pellew",
			"elected(Anna Pellew,chair,Leeds Rowing Club) @2015 from Anna Pellew",
			"position_held(Anna Pellew,chief executive|chief executive officer,Corvell Joinery) @2026-03.. from ",
		},
	},
	{
		name: "we after a spouse named in an earlier answer",
		text: "Omar Brandt, the new head of the Fenwick Trust, answers our questions.\n\n" +
			"Who is at home?\n\nMy wife, Rita, is a teacher at Fenwick Primary School. We married in 2012. We live in Hexley.\n\n" +
			"And work?\n\nThe trustees named me director in January.",
		answer: "Omar Brandt",
		want: []string{
			"married(Omar Brandt,Rita) @2012 from Omar Brandt",
			"residence(Omar Brandt,Hexley) from Omar Brandt",
			"residence(Rita,Hexley) from Omar Brandt",
			"occupation(Rita,teacher) from Omar Brandt",
		},
	},
	{
		name: "Q: and A: lines",
		text: "Dara Voss, who won the Marlow Prize this year, spoke to us at her studio.\n\n" +
			"Q: Where do you live now?\n\nA: I live in Bristol with my partner, the sculptor Ken Abe.\n\n" +
			"Q: And before?\n\nA: I grew up in Bath, where my father was a baker.",
		answer: "Dara Voss",
		want: []string{
			"residence(Dara Voss,Bristol) from Dara Voss",
		},
	},
	{
		name: "a report with one question is no interview",
		text: "Anna Pellew joined Corvell Joinery in 2009.\n\nWhat next for the firm?\n\nPellew lives in York with her husband, Mark Pellew.",
		want: []string{
			"residence(Anna Pellew,York) from ",
			"married(Anna Pellew,Mark Pellew) from ",
		},
	},
}

// TestInterviews runs interviewCases through the whole pipeline: the layout
// is recognised, and the answers' facts are found with the person answering
// as their source.
func TestInterviews(t *testing.T) {
	p := probePipeline(t)
	date := time.Date(2026, 4, 18, 0, 0, 0, 0, time.UTC)
	for _, c := range interviewCases {
		doc := analyse(t, p, c.name, c.text, date)
		iv := interviewOf(doc)
		switch {
		case c.answer == "" && iv != nil:
			t.Errorf("%s: read as an interview of %s", c.name, doc.Entities[iv.subject].Name)
		case c.answer != "" && iv == nil:
			t.Errorf("%s: not read as an interview", c.name)
		case c.answer != "" && doc.Entities[iv.subject].Name != c.answer:
			t.Errorf("%s: answered by %s, want %s", c.name, doc.Entities[iv.subject].Name, c.answer)
		}
		wantFrom(t, c.name, doc, c.want)
	}
}

// wantFrom reports each fact of want ("TYPE(ARGS) from SOURCE", the
// source "" for the article's own voice) that doc lacks.
func wantFrom(t *testing.T, name string, doc *hearsay.Document, want []string) {
	t.Helper()
	for _, w := range want {
		fact, from, _ := strings.Cut(w, " from ")
		pf, err := parseProbeFact(fact)
		if err != nil {
			t.Fatal(err)
		}
		if !foundFrom(doc, pf, from) {
			var got []string
			for _, f := range doc.Facts {
				got = append(got, compact(doc, f)+" from "+sourceName(f))
			}
			t.Errorf("%s: missing %s\n\tgot: %s", name, w, strings.Join(got, " ; "))
		}
	}
}

// foundFrom reports whether the document has the probe fact with the
// outermost source named from ("" for the article's own voice).
func foundFrom(doc *hearsay.Document, pf probeFact, from string) bool {
	for _, f := range doc.Facts {
		if pf.matches(doc, f) && sourceName(f) == from {
			return true
		}
	}
	return false
}

// sourceName is the text of a fact's outermost source, "" when it has none.
func sourceName(f hearsay.Fact) string {
	if len(f.Sources) == 0 {
		return ""
	}
	return f.Sources[0].Text
}
