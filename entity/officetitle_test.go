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
