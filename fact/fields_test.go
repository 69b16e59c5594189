package fact

import (
	"strings"
	"testing"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
)

// profileCases are candidate guides and fact boxes, and look-alikes that
// are none, with the facts their fields give (want) and must not give
// (never).
var profileCases = []struct {
	name        string
	text        string
	want, never []string
}{
	{
		name: "a candidate guide",
		text: "Three candidates are standing for the two seats on the Brenmoor water board.\n\n" +
			"HELGA TORVIK\nAge: 51\nResidence: Brenmoor\nOccupation: Retired; bus driver for Ridge Transit, 1990-2020\n" +
			"Family: Husband, Anselm Torvik; two adult daughters\n\n" +
			"Omari Fenn (incumbent)\nAge: 44\nOccupation: Veterinary surgeon at Fenn & Lowe\nFamily: Partner, Cass Ruddock; one son, 9\n\n" +
			"PIET MAALOUF\nOccupation: Student\nFamily: Single\n",
		want: []string{
			"occupation(Helga Torvik,bus driver)",
			"married(Helga Torvik,Anselm Torvik)",
			"parent_of(Helga Torvik,*)",
			"parent_of(Anselm Torvik,*)",
			"occupation(Omari Fenn,veterinary surgeon)",
			"dating(Omari Fenn,Cass Ruddock)",
			"parent_of(Omari Fenn,*) @[2016-04-19..2017-04-18]",
			"parent_of(Cass Ruddock,*) @[2016-04-19..2017-04-18]",
		},
		never: []string{"parent_of(Piet Maalouf,*)"},
	},
	{
		name: "labels with no name above them",
		text: "The board met on Monday.\n\nFamily: the board's own history goes back to 1902; two sons of the founder still sit on it.\n" +
			"Occupation: teacher, said the form Dana Prior filled in.\n",
		never: []string{"parent_of(*,*)", "occupation(*,teacher)"},
	},
}

// TestProfileFields runs profileCases through the whole pipeline.
func TestProfileFields(t *testing.T) {
	p := probePipeline(t)
	date := time.Date(2026, 4, 18, 0, 0, 0, 0, time.UTC)
	for _, c := range profileCases {
		doc := analyse(t, p, c.name, c.text, date)
		checkWants(t, c.name, doc, c.want, nil)
		never := make([]string, len(c.never))
		for k, w := range c.never {
			never[k] = "!" + w
		}
		checkWants(t, c.name, doc, never, nil)
	}
}

// TestWithoutCountedNamed checks that the parents of an unnamed group of
// children are dropped when the next sentences name the children by their
// place among siblings, and kept otherwise.
func TestWithoutCountedNamed(t *testing.T) {
	doc := &hearsay.Document{Entities: []hearsay.Entity{
		{Name: "Ray Tolle", Type: hearsay.Person}, {Name: "<unnamed: two daughters>", Type: hearsay.Person, Unnamed: true},
		{Name: "Karen", Type: hearsay.Person}, {Name: "<unnamed: three sons>", Type: hearsay.Person, Unnamed: true},
	}}
	pf := func(p, c, sent int, rule string) hearsay.Fact {
		return hearsay.Fact{Type: "parent_of", Args: []hearsay.Arg{{Entity: p}, {Entity: c}}, Sentence: sent, Rule: rule}
	}
	facts := []hearsay.Fact{pf(0, 1, 3, "data/patterns.tsv:1"), pf(0, 2, 4, siblingPattern.line), pf(0, 3, 9, "data/patterns.tsv:1")}
	var got []string
	for _, f := range withoutCountedNamed(doc, facts) {
		got = append(got, doc.Entities[f.Args[1].Entity].Name)
	}
	if want := "Karen,<unnamed: three sons>"; strings.Join(got, ",") != want {
		t.Errorf("withoutCountedNamed kept %s, want %s", strings.Join(got, ","), want)
	}
}
