package entity

import (
	"slices"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestOfficeOfPlace checks that a capitalised office before "of" and a
// place ("the Mayor of Kellhausen", "the Bürgermeister of Lindau") is no
// person's name, while a title of nobility keeps its "of" ("the Earl of
// Ashdown") and a title before a name stays a title.
func TestOfficeOfPlace(t *testing.T) {
	tests := []struct {
		text    string
		persons []string // the person entities, in order
	}{
		{"date 2026-06-11 The Mayor of Kellhausen, Jonas Brenner, spoke on Tuesday.", []string{"Jonas Brenner"}},
		{"date 2026-06-11 The Bürgermeister of Kellhausen, Jonas Brenner, spoke on Tuesday.", []string{"Jonas Brenner"}},
		{"date 2026-06-11 The Governor of Saxony, Ulrike Damm, spoke on Tuesday.", []string{"Ulrike Damm"}},
		{"date 2026-06-11 Bürgermeisterin Lena Vogt spoke on Tuesday.", []string{"Lena Vogt"}},
		{"date 2026-06-11 Staatssekretärin Marta Kühn will retire in July.", []string{"Marta Kühn"}},
		{"date 2026-06-11 The Labour MP for Eastholm, Rita Moss, spoke. The Conservative MP for Fenwick North, Tom Hale, disagreed.", []string{"Rita Moss", "Tom Hale"}},
	}
	for _, tc := range tests {
		doc := runStage(t, tc.text)
		var got []string
		for _, e := range doc.Entities {
			if e.Type == hearsay.Person {
				got = append(got, e.Name)
			}
		}
		if !slices.Equal(got, tc.persons) {
			t.Errorf("%q: persons %q, want %q", tc.text, got, tc.persons)
		}
	}
}

// TestOfficeOfOrgNoun checks that a description of an office before "of
// the" and the last word of an organisation's name written alone ("the new
// chief executive of the council") is the person named after the comma.
func TestOfficeOfOrgNoun(t *testing.T) {
	tests := []struct{ text, desc, want string }{
		{"date 2026-06-11 Ada Lind left in May. The new chief executive of the council, Tom Hale, starts next month.", "The new chief executive", "Tom Hale"},
		{"date 2026-06-11 Ada Lind left in May. The new head of the university, Tom Hale, starts next month.", "The new head", "Tom Hale"},
	}
	for _, tc := range tests {
		doc := runStage(t, tc.text)
		found := false
		for _, m := range doc.Mentions {
			if m.Text != tc.desc {
				continue
			}
			found = true
			if m.Entity < 0 || doc.Entities[m.Entity].Name != tc.want {
				name := ""
				if m.Entity >= 0 {
					name = doc.Entities[m.Entity].Name
				}
				t.Errorf("%q: %q is %q, want %q", tc.text, tc.desc, name, tc.want)
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", tc.text, tc.desc)
		}
	}
}
