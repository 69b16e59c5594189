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

// TestDatedDenials checks that an undated denial of a change of office takes
// the time of the one dated telling of that change, and only then.
func TestDatedDenials(t *testing.T) {
	args := []hearsay.Arg{{Entity: 0}, {Entity: -1, Literal: "chief executive officer"}, {Entity: 1}}
	fact := func(typ string, m hearsay.Modality, pol hearsay.Polarity, v string) *raw {
		rw := &raw{f: hearsay.Fact{Type: typ, Args: args, Modality: m, Polarity: pol}, b: new(binding)}
		if v != "" {
			rw.f.Time = &hearsay.FactTime{Value: v}
		}
		return rw
	}
	tests := []struct {
		name string
		told []string // values of the dated positive tellings
		typ  string
		want string
	}{
		{"one dated telling", []string{"2024-04-15"}, "dismissed", "2024-04-15"},
		{"two tellings that disagree", []string{"2024-04-15", "2024-04-16"}, "dismissed", ""},
		{"no dated telling", nil, "dismissed", ""},
		{"not a change of office", []string{"2024-04-15"}, "affair", ""},
	}
	for _, tc := range tests {
		var raws []*raw
		for _, v := range tc.told {
			raws = append(raws, fact(tc.typ, hearsay.Reported, hearsay.Pos, v))
		}
		denial := fact(tc.typ, hearsay.Denied, hearsay.Neg, "")
		raws = append(raws, denial)
		datedDenials(raws)
		got := ""
		if denial.f.Time != nil {
			got = denial.f.Time.Value
		}
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestStateOfficeSet checks the one-pass search against a search for each
// word.
func TestStateOfficeSet(t *testing.T) {
	plain := func(role string) bool {
		for _, w := range stateOffices {
			if strings.Contains(role, w) {
				return true
			}
		}
		if !strings.Contains(role, "secretary") {
			return false
		}
		for _, w := range stateSecretaries {
			if strings.Contains(role, w) {
				return true
			}
		}
		return false
	}
	for _, role := range []string{"", "prime minister", "vice-president", "chief executive", "home secretary", "secretary",
		"press secretary", "mayor", "kingmaker", "deputy chief constable", "police commissioner", "minister for health",
		"secretary of state for health", "leader of the opposition", "m", "ministe", "council members", "ambassador to France"} {
		if got, want := stateOffice(role), plain(role); got != want {
			t.Errorf("stateOffice(%q) = %v, want %v", role, got, want)
		}
	}
}
