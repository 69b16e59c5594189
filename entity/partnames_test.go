package entity_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestMistypedPartNames checks that a one-word name the tagger took for a
// place or an organisation joins the person whose given name or surname it
// is, unless a word before it makes it a place.
func TestMistypedPartNames(t *testing.T) {
	tests := []struct {
		text string
		want string // entities of the text: name (type) with the number of mentions
	}{
		{"date 2024-02-06 Reality star Kayla Moss is expecting her first child with footballer boyfriend Jordan Ashby.\n\nKayla met Jordan, 30, at a charity football match in Leeds.\n\nHer spokesperson said: \"Kayla and Jordan are just enjoying this special time.\"",
			"Kayla Moss (person) 3; Jordan Ashby (person) 3; Leeds (place) 1"},
		{"date 2024-02-06 Footballer Jordan Ashby flew to Jordan last week.",
			"Jordan Ashby (person) 1; Jordan (place) 1"},
	}
	for _, tc := range tests {
		doc := runTagged(t, tc.text)
		var got []string
		for i, e := range doc.Entities {
			n := 0
			for _, m := range doc.Mentions {
				if m.Entity == i && m.Kind == "name" {
					n++
				}
			}
			if n > 0 {
				got = append(got, fmt.Sprintf("%s (%s) %d", e.Name, e.Type, n))
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
}
