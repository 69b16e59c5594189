package fact

import (
	"strings"
	"testing"
	"time"
)

// seatCases are descriptions of a lawmaker by party and seat ("the Labour
// MP for Eastholm, Rita Moss"), run through the whole pipeline: the seat is
// the constituency's and the party a membership.
var seatCases = []wantNotCase{
	{
		text: "Ministers met on Tuesday. The Labour MP for Eastholm, Rita Moss, called for an inquiry. The Conservative MP for Fenwick North, Tom Hale, disagreed.",
		want: []string{
			"position_held(Rita Moss,member of parliament,Eastholm)",
			"member_of(Rita Moss,Labour)",
			"position_held(Tom Hale,member of parliament,Fenwick North)",
			"member_of(Tom Hale,Conservative)",
		},
		not: []string{
			"position_held(Rita Moss,member of parliament,Labour)",
			"position_held(Rita Moss,member of parliament,Fenwick North)",
			"member_of(Rita Moss,Conservative)",
		},
	},
	{
		text: "Ministers met on Tuesday. The Liberal Democrat MP for Bellmoor Vale, Ada Quill, said nothing.",
		want: []string{"position_held(Ada Quill,member of parliament,Bellmoor Vale)", "member_of(Ada Quill,Liberal Democrat|Liberal Democrats)"},
		not:  []string{"position_held(Ada Quill,member of parliament,Liberal Democrat)"},
	},
}

// TestSeats checks seatCases.
func TestSeats(t *testing.T) {
	checkWantNot(t, seatCases)
}

// wantNotCase is a text with the probe facts the whole pipeline must find
// in it and those it must not find.
type wantNotCase struct {
	text string
	want []string // probe facts
	not  []string // probe facts that must not be found
}

// checkWantNot runs each case's text through the whole pipeline, dated
// 2026-03-11, and reports every wanted fact missing and every unwanted one
// found.
func checkWantNot(t *testing.T, cases []wantNotCase) {
	t.Helper()
	p := probePipeline(t)
	date := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		doc := analyse(t, p, c.text, c.text, date)
		var got []string
		for _, f := range doc.Facts {
			got = append(got, compact(doc, f))
		}
		check := func(w string, want bool) {
			pf, err := parseProbeFact(w)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, f := range doc.Facts {
				found = found || pf.matches(doc, f)
			}
			if found != want {
				t.Errorf("%q: %s found=%v, want %v\n\tgot: %s", c.text, w, found, want, strings.Join(got, " ; "))
			}
		}
		for _, w := range c.want {
			check(w, true)
		}
		for _, w := range c.not {
			check(w, false)
		}
	}
}
