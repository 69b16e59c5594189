package fact

import (
	"context"
	"sort"
	"strings"
	"testing"
)

// TestFormerNotes checks that posts told as held before by a past prefix
// ("ex-chairman X", "an ex-finance director at Y") or by "former" in the
// description a pattern reads are marked former, and that the post's
// words leave the prefix out.
func TestFormerNotes(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	st.SetThreshold(0)
	tests := []struct {
		markup string
		want   string // compact facts, " former" after a former one, " ; "-separated
	}{
		{"[org:Orlo Foods] shares fell. [org:Orlo Foods] ex-chairman [Nita Boyle] sold hers.",
			"position_held(Nita Boyle,chairman,Orlo Foods) former"},
		{"The inquiry heard from [Rory Tait], an ex-finance director at [org:Pellow Insurance], on <Monday|2023-08-07>.",
			"position_held(Rory Tait,finance director,Pellow Insurance) former"},
		{"The inquiry heard from [Gil Marsh], a former finance director at [org:Pellow Insurance], on <Monday|2023-08-07>.",
			"member_of(Gil Marsh,Pellow Insurance) former ; position_held(Gil Marsh,finance director,Pellow Insurance) former"},
		// "then-" tells the post as the story's time has it, no more
		{"[org:Orlo Foods] shares fell. [org:Orlo Foods] then-chairman [Nita Boyle] sold hers.",
			"position_held(Nita Boyle,chairman,Orlo Foods)"},
		{"The inquiry heard from [Rory Tait], a finance director at [org:Pellow Insurance], on <Monday|2023-08-07>.",
			"position_held(Rory Tait,finance director,Pellow Insurance)"},
	}
	for _, tc := range tests {
		doc := markupDoc(t, tc.markup)
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range doc.Facts {
			g := compact(doc, f)
			if f.Qualifiers["note"] == "former" {
				g += " former"
			}
			got = append(got, g)
		}
		sort.Strings(got)
		if g := strings.Join(got, " ; "); g != tc.want {
			t.Errorf("%s\n got %s\nwant %s", doc.Text, g, tc.want)
		}
	}
}
