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
		{"date 2025-08-27 Mia Stone is engaged to Luca Ferro. Sources tell TMZ Luca popped the question in Rome.",
			"Mia Stone (person) 1; Luca Ferro (person) 2; TMZ (org) 1; Rome (place) 1"},
		{"date 2025-08-27 Luca Ferro, who plays defense for the Vegas Crowns, proposed.",
			"Luca Ferro (person) 1; Vegas Crowns (org) 1"},
		{"date 2020-10-21 Host Ray Callow, who had Parkinson's disease, died in Tulsa.",
			"Ray Callow (person) 1; Tulsa (place) 1"},
		{"date 2025-06-10 Paul Renner, who joined Quantrix from Oracle in 2019, spoke.",
			"Paul Renner (person) 1; Quantrix (org) 1; Oracle (org) 1"},
		{"date 2026-01-09 Lena Moreau is repped by CAA and Greenline Management.",
			"Lena Moreau (person) 1; CAA (org) 1; Greenline Management (org) 1"},
		{"date 2026-01-09 Oscar nominee Celeste Vane will star opposite Dominic Ache.",
			"Celeste Vane (person) 1; Dominic Ache (person) 1"},
		{"date 2025-11-03 Northvale Energy is in talks with rival Corvane Power about a merger.\n\nCorvane's chief financial officer, Tom Ellery, declined to comment.",
			"Northvale Energy (org) 1; Corvane Power (org) 2; Tom Ellery (person) 1"},
		{"date 2025-11-03 Westbridge United have sacked manager Gary Holt after seven straight defeats.",
			"Westbridge United (org) 1; Gary Holt (person) 1"},
		{"date 2024-02-06 Their friend Reece Dunn wrote under the post: \"Best news ever! So happy for you both.\"",
			"Reece Dunn (person) 1"},
		{"date 2025-05-02 NASHVILLE, Tenn. (AP) — Singer Luke Bryce, 38, and the former Miss Tennessee have two sons.",
			"Nashville (place) 1; Tennessee (place) 1; AP (org) 1; Luke Bryce (person) 1"},
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

// TestRevealPartners checks that an unnamed secret partner joins the one
// person the text later names the same way, and no one when two are.
func TestRevealPartners(t *testing.T) {
	tests := []struct {
		text string
		want string // the entity of "a producer"
	}{
		{"date 2023-03-28 TV chef Marcus Hale has been accused of an affair with a producer on his show.\n\nHale, 52, allegedly began a relationship with Jade Kimura, 31, during filming last summer.",
			"Jade Kimura"},
		{"date 2023-03-28 TV chef Marcus Hale has been accused of an affair with a producer on his show.\n\nHale was also said to have had a fling with Jade Kimura and a relationship with Rosa Lind.",
			"<unnamed: a producer>"},
	}
	for _, tc := range tests {
		doc := runTagged(t, tc.text)
		got := "?"
		for _, m := range doc.Mentions {
			if m.Text == "a producer" && m.Entity >= 0 {
				got = doc.Entities[m.Entity].Name
			}
		}
		if got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}

// TestNamedModifierDescriptions checks that a name between a determiner
// and a person noun keeps the description whole ("The Ironclad actor",
// "her NHL boyfriend"), so that it refers to its person.
func TestNamedModifierDescriptions(t *testing.T) {
	tests := []struct {
		text, mention, want string
	}{
		{"date 2026-04-15 Nate Coburn is moving on.\n\nThe Ironclad actor, 38, was spotted kissing gymnast Talia Brooke in Malibu.",
			"The Ironclad actor", "Nate Coburn"},
		{"date 2024-09-30 Country singer Wade Tull has filed for divorce.\n\nThe 45-year-old Grammy winner submitted the paperwork on Friday.",
			"The 45-year-old Grammy winner", "Wade Tull"},
		{"date 2025-08-27 Mia Stone may have just gotten engaged to her NHL boyfriend Luca Ferro.",
			"her NHL boyfriend", "Luca Ferro"},
	}
	for _, tc := range tests {
		doc := runTagged(t, tc.text)
		got := "?"
		for _, m := range doc.Mentions {
			if m.Text == tc.mention && m.Entity >= 0 {
				got = doc.Entities[m.Entity].Name
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q\n got %s\nwant %s", tc.text, tc.mention, got, tc.want)
		}
	}
}

// TestRegionBeforeTitle checks that a region the tagger leaves out before
// a titled name is the place of the title's role, and that a party's
// member word before a name makes the person a member of the party.
func TestRegionBeforeTitle(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"date 2024-03-05 Idaho Gov. Brad Lyle signed a bill Tuesday.", "position_held(Brad Lyle, governor, Idaho)"},
		{"date 2024-03-05 Oregon Sen. Mary Hale resigned on Friday.", "position_held(Mary Hale, senator, Oregon)"},
		{"date 2024-03-05 Labour MP Jane Holt resigned on Friday.", "member_of(Jane Holt, Labour)"},
		{"date 2024-03-05 Rosa Lind won the seat, defeating Conservative Tom Baines by 4,200 votes.", "member_of(Tom Baines, Conservative)"},
	}
	for _, tc := range tests {
		doc := runTagged(t, tc.text)
		var got []string
		for _, f := range doc.Facts {
			if f.Type != "position_held" && f.Type != "member_of" {
				continue
			}
			got = append(got, factLine(f))
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
}
