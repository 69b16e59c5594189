package fact

import (
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestValidArgsPlaceIsNobody checks that a place never fills the slot of a
// person: "Born in Dundee, the daughter of a weaver" gives the weaver no
// child named Dundee.
func TestValidArgsPlaceIsNobody(t *testing.T) {
	doc := &hearsay.Document{Entities: []hearsay.Entity{
		{Name: "Ida Lorne", Type: hearsay.Person},
		{Name: "Dundee", Type: hearsay.Place},
		{Name: "Rose Lorne", Type: hearsay.Person},
	}}
	cases := []struct {
		typ  string
		args []hearsay.Arg
		want bool
	}{
		{"parent_of", []hearsay.Arg{{Entity: 2}, {Entity: 0}}, true},
		{"parent_of", []hearsay.Arg{{Entity: 2}, {Entity: 1}}, false},
		{"married", []hearsay.Arg{{Entity: 1}, {Entity: 0}}, false},
		{"residence", []hearsay.Arg{{Entity: 0}, {Entity: 1}}, true},
	}
	for _, c := range cases {
		if got := validArgs(doc, c.typ, c.args); got != c.want {
			t.Errorf("validArgs(%s %v) = %v, want %v", c.typ, c.args, got, c.want)
		}
	}
}
