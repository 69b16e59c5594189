package fact

import (
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestSameArgsKeys checks that sameArgs, which compares arguments part by
// part where that decides, agrees with comparing the argument keys, over
// pairs of argument lists of entities and literals (commas, cases,
// non-ASCII, a literal like an entity's part).
func TestSameArgsKeys(t *testing.T) {
	pool := []hearsay.Arg{
		{Entity: 0}, {Entity: 1}, {Entity: 10},
		{Entity: -1, Literal: "actor"}, {Entity: -1, Literal: "Actor"}, {Entity: -1, Literal: "a,b"},
		{Entity: -1, Literal: "a"}, {Entity: -1, Literal: "#0"}, {Entity: -1, Literal: "#1"}, {Entity: -1, Literal: ""},
		{Entity: -1, Literal: "k"}, {Entity: -1, Literal: "\u212a"}, {Entity: -1, Literal: "é"}, {Entity: -1, Literal: "É"},
	}
	var lists [][]hearsay.Arg
	for _, a := range pool {
		lists = append(lists, []hearsay.Arg{a})
		for _, b := range pool {
			lists = append(lists, []hearsay.Arg{a, b})
		}
	}
	for _, typ := range []string{"occupation", "married"} {
		for _, a := range lists {
			for _, b := range lists {
				if len(a) != len(b) {
					continue
				}
				f, g := hearsay.Fact{Type: typ, Args: a}, hearsay.Fact{Type: typ, Args: b}
				if got, want := sameArgs(f, g), argKey(f) == argKey(g); got != want {
					t.Errorf("%s %v %v: sameArgs %v, keys %q %q", typ, a, b, got, argKey(f), argKey(g))
				}
			}
		}
	}
}
