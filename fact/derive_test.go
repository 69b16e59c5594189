package fact

import (
	"context"
	"sort"
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestSuccessionFromKnownOffice checks that a succession ("X succeeded Y")
// gives Y the office that an earlier stage read from how X is described
// ("chief executive X"), when the text names X's office nowhere else.
func TestSuccessionFromKnownOffice(t *testing.T) {
	tests := []struct {
		markup string
		office [2]string // the successor's described role and organisation
		want   []string
	}{
		{
			markup: "[org:Calloway] rose. [Ana Ruiz] has led the consumer goods maker since <2016|2016>, when [she=Ana Ruiz] succeeded her longtime mentor, [Frank Hollis]. [org:Calloway] fell.",
			office: [2]string{"chief executive officer", "Calloway"},
			want:   []string{"position_held(Frank Hollis,chief executive officer,Calloway) @..2016"},
		},
		{
			markup: "[org:Calloway] rose. [Ana Ruiz] met [Frank Hollis] in <2016|2016>. [org:Calloway] fell.",
			office: [2]string{"chief executive officer", "Calloway"},
			want:   nil,
		},
	}
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		doc := markupDoc(t, tc.markup)
		person, org := entityNamed(doc, "Ana Ruiz"), entityNamed(doc, tc.office[1])
		if person < 0 || org < 0 {
			t.Fatalf("%s: no entity for the described office", tc.markup)
		}
		doc.Facts = append(doc.Facts, hearsay.Fact{Type: "position_held", Polarity: hearsay.Pos, Modality: hearsay.Asserted,
			Args: []hearsay.Arg{{Entity: person}, {Entity: -1, Literal: tc.office[0]}, {Entity: org}}})
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range doc.Facts {
			if f.Type == "position_held" && f.Args[0].Entity != person {
				got = append(got, compact(doc, f))
			}
		}
		sort.Strings(got)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s\n got: %q\nwant: %q", doc.Text, got, tc.want)
		}
	}
}

// entityNamed returns the index of the entity with the given name, or -1.
func entityNamed(doc *hearsay.Document, name string) int {
	for i, e := range doc.Entities {
		if e.Name == name {
			return i
		}
	}
	return -1
}
