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
