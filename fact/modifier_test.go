package fact

import (
	"context"
	"strings"
	"testing"

	"github.com/hearsay-news/hearsay"
)

// TestModifierName checks that a name the entity stage read as part of
// another person's description ("Formula One driver Tom Hale") is not taken
// for a person of its own, and that a name followed by a verb is.
func TestModifierName(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		markup    string
		described string // the person the description is of ("" for none)
		desc      string // the description's words as written
		typ       string
		want      string
	}{
		{"[Anna Berg] is engaged to [Formula One] driver [Tom Hale].", "Tom Hale", "Formula One driver", "engaged", "engaged(Anna Berg,Tom Hale) @PRESENT_REF"},
		{"[Anna Berg] married [Chelsea] striker [Tom Hale] in <2019|2019>.", "Tom Hale", "Chelsea striker", "married", "married(Anna Berg,Tom Hale) @2019"},
		{"[Formula One] driver [Tom Hale] proposed to [Anna Berg] in <May|2023-05>.", "Tom Hale", "Formula One driver", "engaged", "engaged(Anna Berg,Tom Hale) @2023-05"},
		{"[Anna Berg] is dating [Red Bull] driver [Tom Hale], a source said.", "Tom Hale", "Red Bull driver", "dating", "dating(Anna Berg,Tom Hale) @PRESENT_REF ~reported <a source:anonymous>"},
		{"[Anna Berg] married actor [Tom Hale] in <2019|2019>.", "Tom Hale", "actor", "married", "married(Anna Berg,Tom Hale) @2019"},
		{"[Anna Berg] married [Tom Hale] in <2019|2019>.", "", "", "married", "married(Anna Berg,Tom Hale) @2019"},
	}
	for _, tc := range tests {
		doc := markupDoc(t, tc.markup)
		if tc.described != "" {
			addPremodifier(t, doc, tc.described, tc.desc)
		}
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatalf("%s: %v", tc.markup, err)
		}
		var got []string
		for _, f := range doc.Facts {
			if f.Type == tc.typ {
				got = append(got, compact(doc, f))
			}
		}
		if strings.Join(got, " ; ") != tc.want {
			t.Errorf("%s\n got: %s\nwant: %s", tc.markup, strings.Join(got, " ; "), tc.want)
		}
	}
}

// addPremodifier adds the occupation fact the entity stage reads from a
// description before a name, with the description's words as its trigger.
func addPremodifier(t *testing.T, doc *hearsay.Document, person, desc string) {
	t.Helper()
	e := -1
	for i := range doc.Entities {
		if doc.Entities[i].Name == person {
			e = i
		}
	}
	at := strings.Index(doc.Text, desc)
	if e < 0 || at < 0 {
		t.Fatalf("%q: no %q or %q", doc.Text, person, desc)
	}
	doc.Facts = append(doc.Facts, hearsay.Fact{Type: "occupation",
		Args:    []hearsay.Arg{{Entity: e, Literal: person}, {Entity: -1, Literal: strings.ToLower(desc)}},
		Trigger: hearsay.Span{Start: at, End: at + len(desc)}, Rule: "entity-premodifier"})
}
