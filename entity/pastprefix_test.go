package entity

import (
	"strings"
	"testing"
)

// TestPastPrefixedPosts checks that a post or trade written with a past
// prefix ("ex-chief executive") or after "former" before the name of its
// organisation ("Former Orlo Foods chairman X") is read as a former one.
func TestPastPrefixedPosts(t *testing.T) {
	tests := []struct {
		text string
		want string // facts as type(args) with " former" after a former one, "; "-separated
	}{
		{"date 2023-08-07 Ines Varley, the ex-chief executive of Dunmore Holdings, spoke.",
			"position_held(Ines Varley, chief executive officer, Dunmore Holdings) former"},
		{"date 2023-08-07 Colm Reddan is an ex-chairman of Orlo Foods.", "position_held(Colm Reddan, chairman, Orlo Foods) former"},
		{"date 2023-08-07 Jude Farrant, ex-chairman of Pellow Insurance, spoke.", "position_held(Jude Farrant, chairman, Pellow Insurance) former"},
		{"date 2023-08-07 Rhona Sturrock, an ex-policeman, spoke.", "occupation(Rhona Sturrock, policeman) former"},
		{"date 2023-08-07 Former Dunmore Holdings chairman Abel Quist spoke.", "position_held(Abel Quist, chairman, Dunmore Holdings) former"},
		{"date 2023-08-07 Orlo Foods ex-chairman Nita Boyle spoke.", "position_held(Nita Boyle, chairman, Orlo Foods) former"},
		{"date 2023-08-07 Rory Tait, an ex-finance director at Pellow Insurance, spoke.", "position_held(Rory Tait, director, Pellow Insurance) former"},
		{"date 2023-08-07 Gwen Askew, an ex-Navy officer, spoke.", "occupation(Gwen Askew, officer) former"},
		// no past prefix, no former post
		{"date 2023-08-07 Dunmore Holdings chairman Abel Quist spoke.", "position_held(Abel Quist, chairman, Dunmore Holdings)"},
		{"date 2023-08-07 Ines Varley, the chief executive of Dunmore Holdings, spoke.",
			"position_held(Ines Varley, chief executive officer, Dunmore Holdings)"},
	}
	for _, tc := range tests {
		doc := runStage(t, tc.text)
		var got []string
		for _, f := range doc.Facts {
			g := factLine(f)
			if f.Qualifiers["note"] == "former" {
				g += " former"
			}
			got = append(got, g)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
}
