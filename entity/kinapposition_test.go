package entity

import "testing"

// TestKinApposition checks that a description set off after an unnamed
// relative's kin phrase goes to that relative, not to the name before it.
func TestKinApposition(t *testing.T) {
	for _, c := range []struct{ article, name, desc string }{
		{"date 2024-05-01 Ida Strand arrived with her husband, the chairman of Haldor Mining.", "Ida Strand", "the chairman"},
		{"date 2024-05-01 Ida Strand and her husband, the chairman of Haldor Mining, attended.", "Ida Strand", "the chairman"},
		{"date 2024-05-01 Rolf Maddox came with his brother, the treasurer of the Greens.", "Rolf Maddox", "the treasurer"},
		{"date 2024-05-01 Nell Price, the mayor, and her sister, the author of three novels, spoke.", "Nell Price", "the author"},
	} {
		doc := runStage(t, c.article)
		for _, e := range doc.Entities {
			if e.Name != c.name {
				continue
			}
			for _, mi := range e.Mentions {
				if m := doc.Mentions[mi]; doc.Text[m.Span.Start:m.Span.End] == c.desc {
					t.Errorf("%q: %q joined to %s", c.article, c.desc, c.name)
				}
			}
		}
	}
}

// TestRankBeforeName checks that a police or army rank before a name makes
// a person even of a name whose words look like a place or a firm.
func TestRankBeforeName(t *testing.T) {
	for _, c := range []struct{ article, name string }{
		{"date 2024-05-01 Constable Dee Mills arrived first.", "Dee Mills"},
		{"date 2024-05-01 Corporal Avon Steel was wounded in the attack.", "Avon Steel"},
	} {
		doc := runStage(t, c.article)
		for _, e := range doc.Entities {
			if e.Name == c.name && e.Type != "person" {
				t.Errorf("%q: %s typed %s", c.article, c.name, e.Type)
			}
		}
	}
}

// TestParentAfterHome checks that a parent named after the other parent's
// home ("the son of Judith Crane of Portland, Maine, and the late Samuel
// Crane") or after "is a son of" is the one "his father" stands for later.
func TestParentAfterHome(t *testing.T) {
	for _, article := range []string{
		"date 2024-05-01 Tom Crane married on Saturday. He is the son of Judith Crane of Portland, Maine, and the late Samuel Crane. His father, a fisherman, died in 2015.",
		"date 2024-05-01 Tom Crane married on Saturday. He is a son of Judith Crane and the late Samuel Crane. His father, a fisherman, died in 2015.",
	} {
		doc := runStage(t, article)
		for _, e := range doc.Entities {
			for _, mi := range e.Mentions {
				if m := doc.Mentions[mi]; doc.Text[m.Span.Start:m.Span.End] == "His father, a fisherman" && e.Name != "Samuel Crane" {
					t.Errorf("%q: his father is %s", article, e.Name)
				}
			}
		}
	}
}
