package fact

import (
	"testing"

	"github.com/hearsay-news/hearsay"
)

// TestPostTradesEachPerson checks that two people holding the same graded
// post each get the trade it tells, once.
func TestPostTradesEachPerson(t *testing.T) {
	post := func(person int, org int) hearsay.Fact {
		return hearsay.Fact{
			Type:     "position_held",
			Args:     []hearsay.Arg{{Entity: person}, {Entity: -1, Literal: "chief economist"}, {Entity: org}},
			Modality: hearsay.Asserted,
			Polarity: hearsay.Pos,
		}
	}
	got := postTrades([]hearsay.Fact{post(0, 2), post(1, 3), post(0, 3)})
	if len(got) != 2 || got[0].Args[0].Entity != 0 || got[1].Args[0].Entity != 1 {
		t.Fatalf("postTrades gave %d occupations (%+v), want economist for persons 0 and 1", len(got), got)
	}
	for _, f := range got {
		if f.Type != "occupation" || f.Args[1].Literal != "economist" {
			t.Errorf("postTrades gave %s %q, want occupation economist", f.Type, f.Args[1].Literal)
		}
	}
}
