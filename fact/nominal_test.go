package fact

import (
	"context"
	"sort"
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestNominalMembers reads memberships from descriptions kept whole as one
// mention of a person.
func TestNominalMembers(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		markup, nominal string
		want            []string
	}{
		{"[Gareth Lowe], [a Labour MP=Gareth Lowe], criticised the plan. [org:Labour] won.", "a Labour MP",
			[]string{"member_of(Gareth Lowe,Labour)"}},
		{"[Alma Pierce], [the Democratic congresswoman=Alma Pierce], spoke.", "the Democratic congresswoman",
			[]string{"member_of(Alma Pierce,Democratic Party)"}},
		{"[Jonah Pell], [the Static Harbor frontman=Jonah Pell], spoke. [org:Static Harbor] played.", "the Static Harbor frontman",
			[]string{"member_of(Jonah Pell,Static Harbor)"}},
		{"[Jonah Pell], [the festival's frontman=Jonah Pell], spoke.", "the festival's frontman", nil},
		{"[Gareth Lowe], [a popular MP=Gareth Lowe], spoke.", "a popular MP", nil},
	}
	for _, c := range cases {
		doc := markupDoc(t, c.markup)
		found := false
		for i := range doc.Mentions {
			if doc.Mentions[i].Text == c.nominal {
				doc.Mentions[i].Kind = hearsay.NominalMention
				found = true
			}
		}
		if !found {
			t.Fatalf("%s: no mention %q", c.markup, c.nominal)
		}
		if c.nominal == "the Static Harbor frontman" {
			// the organisation's name inside the description is a mention of its own
			start := strings.Index(doc.Text, "Static Harbor frontman")
			for i := range doc.Mentions {
				if doc.Mentions[i].Type == hearsay.Org {
					m := doc.Mentions[i]
					m.Start, m.End = start, start+len("Static Harbor")
					doc.Mentions = append(doc.Mentions, m)
					doc.Entities[m.Entity].Mentions = append(doc.Entities[m.Entity].Mentions, len(doc.Mentions)-1)
					break
				}
			}
		}
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range doc.Facts {
			if f.Type == "member_of" {
				got = append(got, compact(doc, f))
			}
		}
		sort.Strings(got)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s\n got: %v\nwant: %v", c.markup, got, c.want)
		}
	}
}

// TestModifierNames checks that the name of a thing inside a description of
// a person ("the "Paper Moons" singer") leaves the description one mention
// of the person, so that the patterns read it.
func TestModifierNames(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	doc := markupDoc(t, `[Ines Morrow] married [Paul Tarrant] in <2019|2019>. Later [the "Paper Moons" singer=Ines Morrow] and [Tarrant=Paul Tarrant] were spotted in [place:Sintra] on <Saturday|2023-08-05>.`)
	start := strings.Index(doc.Text, "Paper Moons")
	doc.Entities = append(doc.Entities, hearsay.Entity{ID: "e9", Type: hearsay.Work, Name: "Paper Moons"})
	doc.Mentions = append(doc.Mentions, hearsay.Mention{Span: hearsay.Span{Start: start, End: start + len("Paper Moons")}, Text: "Paper Moons",
		Type: hearsay.Work, Kind: hearsay.NameMention, Entity: len(doc.Entities) - 1, Sentence: 1})
	doc.Entities[len(doc.Entities)-1].Mentions = []int{len(doc.Mentions) - 1}
	if err := st.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range doc.Facts {
		got = append(got, compact(doc, f))
	}
	want := "located_at(Ines Morrow,Sintra) @2023-08-05"
	if !strings.Contains(strings.Join(got, "\n"), want) {
		t.Errorf("got %v, want %s", got, want)
	}
	for _, g := range got {
		if strings.Contains(g, "Paper Moons") {
			t.Errorf("the title inside the description is read as an argument: %s", g)
		}
	}
}

// TestNominalPosts reads posts from descriptions kept whole as one mention
// of a person, with the organisation named inside them.
func TestNominalPosts(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		markup, nominal, org string
		want                 []string
	}{
		{"[Ada Brill], [the Orbis Bank treasurer=Ada Brill], spoke. [org:Orbis Bank] grew.", "the Orbis Bank treasurer", "Orbis Bank treasurer",
			[]string{"position_held(Ada Brill,treasurer,Orbis Bank)"}},
		{"[Ada Brill], [Orbis Bank's longtime chief executive=Ada Brill], spoke. [org:Orbis Bank] grew.", "Orbis Bank's longtime chief executive", "Orbis Bank's",
			[]string{"position_held(Ada Brill,chief executive officer,Orbis Bank)"}},
		{"[Ada Brill], [the finance director of Orbis Bank=Ada Brill], spoke. [org:Orbis Bank] grew.", "the finance director of Orbis Bank", "Orbis Bank, spoke",
			[]string{"position_held(Ada Brill,finance director,Orbis Bank)"}},
		{"[Ada Brill], [the Orbis Bank heiress=Ada Brill], spoke. [org:Orbis Bank] grew.", "the Orbis Bank heiress", "Orbis Bank heiress", nil},
		{"[Ada Brill], [a Daily Ledger columnist=Ada Brill], spoke. [outlet:Daily Ledger] grew.", "a Daily Ledger columnist", "Daily Ledger columnist", nil},
	}
	for _, c := range cases {
		doc := markupDoc(t, c.markup)
		found := false
		for i := range doc.Mentions {
			if doc.Mentions[i].Text == c.nominal {
				doc.Mentions[i].Kind = hearsay.NominalMention
				found = true
			}
		}
		if !found {
			t.Fatalf("%s: no mention %q", c.markup, c.nominal)
		}
		// the organisation's name inside the description is a mention of its own
		start := strings.Index(doc.Text, c.org)
		for i := range doc.Mentions {
			if doc.Mentions[i].Type == hearsay.Org {
				m := doc.Mentions[i]
				m.Start, m.End = start, start+len(m.Text)
				doc.Mentions = append(doc.Mentions, m)
				doc.Entities[m.Entity].Mentions = append(doc.Entities[m.Entity].Mentions, len(doc.Mentions)-1)
				break
			}
		}
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range doc.Facts {
			if f.Type == "position_held" {
				got = append(got, compact(doc, f))
			}
		}
		sort.Strings(got)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s\n got: %v\nwant: %v", c.markup, got, c.want)
		}
	}
}
