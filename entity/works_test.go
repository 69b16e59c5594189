package entity_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestWorkCues checks that titles of works named by a cue before them, an
// appositive after them or a phrase of cue class work-before are works,
// and that a person's description after a name leaves it a person.
func TestWorkCues(t *testing.T) {
	tests := []struct {
		text string
		want string // entities of the text: name (type)
	}{
		{"date 2026-01-09 Lena Moreau directed Paul Greer in the 2019 drama Quiet Harvest.",
			"Lena Moreau (person); Paul Greer (person); Quiet Harvest (work)"},
		{"date 2026-01-09 Paul Greer, 36, will next be seen in Southern Line, which premieres in May.",
			"Paul Greer (person); Southern Line (work)"},
		{"date 2026-01-09 Lena Moreau will star in Still Waters, a psychological thriller from director Paul Greer.",
			"Lena Moreau (person); Still Waters (work); Paul Greer (person)"},
		{"date 2026-01-09 Lena Moreau hired Paul Greer, a drama teacher from Leeds.",
			"Lena Moreau (person); Paul Greer (person); Leeds (place)"},
	}
	for _, tc := range tests {
		doc := runTagged(t, tc.text)
		var got []string
		for _, e := range doc.Entities {
			if e.Name != "" {
				got = append(got, fmt.Sprintf("%s (%s)", e.Name, e.Type))
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
}
