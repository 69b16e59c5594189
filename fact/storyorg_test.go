package fact

import (
	"context"
	"strings"
	"testing"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
)

// storyOrgCases are round-ups of moves and an article that is none, with
// the posts the pipeline must read and the ones it must not.
var storyOrgCases = []struct {
	name      string
	text      string
	want, not []string
}{
	{
		name: "a round-up's stories keep their own organisations",
		text: "Business moves\n\n" +
			"Corlett Foods has named Anna Pryce as chief executive, the company said on Monday. Pryce, 51, joined Corlett Foods in 2012.\n\n" +
			"BRIEFLY\n\n" +
			"Havenbrook Bank has appointed Tom Elsby as finance director. He replaces Sara Quint, who retired in June after 12 years as finance director.\n\n" +
			"The Marlow Trust has a new chair: Priya Nand, a former headteacher, was elected at the trust's annual meeting.\n\n" +
			"Builder Dan Rook has sold Rook & Sons to the regional chain Brickway. His son Leo Rook stays on as site manager.",
		want: []string{
			"position_held(Anna Pryce,chief executive officer,Corlett Foods)",
			"position_held(Sara Quint,finance director,Havenbrook Bank)",
		},
		not: []string{
			"position_held(Sara Quint,finance director,Corlett Foods)",
			"position_held(Leo Rook,site manager,Corlett Foods)",
		},
	},
	{
		name: "a paragraph of background in one company's story",
		text: "Brenton Mills names chief\n\n" +
			"Brenton Mills has named Helen Crabtree as chief executive, the company said on Monday.\n\n" +
			"Crabtree spent ten years at Dorvale Bank. She was finance director there until 2020.\n\n" +
			"Oliver Mace, the chairman, said Crabtree was the right choice.",
		want: []string{"position_held(Oliver Mace,chairman,Brenton Mills)"},
		not:  []string{"position_held(Oliver Mace,chairman,Dorvale Bank)"},
	},
}

// TestStoryOrgs runs storyOrgCases through the whole pipeline, article date
// 2026-05-08.
func TestStoryOrgs(t *testing.T) {
	p := probePipeline(t)
	date := time.Date(2026, 5, 8, 0, 0, 0, 0, time.UTC)
	for _, c := range storyOrgCases {
		doc := &hearsay.Document{Text: c.text, Body: hearsay.Span{Start: 0, End: len(c.text)}, Date: date}
		if err := p.Run(context.Background(), doc); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var got []string
		for _, f := range doc.Facts {
			got = append(got, compact(doc, f))
		}
		for _, w := range append(append([]string{}, c.want...), c.not...) {
			pf, err := parseProbeFact(w)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, f := range doc.Facts {
				found = found || pf.matches(doc, f)
			}
			if wanted := indexOf(c.want, w) >= 0; found != wanted {
				t.Errorf("%s: %s found = %v, want %v\n\tgot: %s", c.name, w, found, wanted, strings.Join(got, " ; "))
			}
		}
	}
}

// indexOf returns the index of s in list, -1 when absent.
func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}
