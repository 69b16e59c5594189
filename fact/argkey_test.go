package fact

import (
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestArgKeyAgrees checks the allocation-light argKey against the plain
// way of building the key.
func TestArgKeyAgrees(t *testing.T) {
	facts := []hearsay.Fact{
		{Type: "married", Args: []hearsay.Arg{{Entity: 12}, {Entity: 3}}},
		{Type: "married", Args: []hearsay.Arg{{Entity: 3}, {Entity: 12}}},
		{Type: "parent_of", Args: []hearsay.Arg{{Entity: 12}, {Entity: 3}}},
		{Type: "position_held", Args: []hearsay.Arg{{Entity: 0}, {Entity: -1, Literal: "Chief Executive"}, {Entity: 7}}},
		{Type: "occupation", Args: []hearsay.Arg{{Entity: 4}, {Entity: -1, Literal: "Ärztin ÉTÉ"}}},
		{Type: "dating", Args: []hearsay.Arg{{Entity: -1, Literal: "Zed"}, {Entity: 10}}},
		{Type: "died", Args: []hearsay.Arg{{Entity: 1}}},
		{Type: "dating"},
	}
	for _, f := range facts {
		if got, want := argKey(f), argKeySlow(f); got != want {
			t.Errorf("argKey(%v) = %q, want %q", f, got, want)
		}
	}
}
