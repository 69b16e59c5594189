package entity

import "testing"

// TestAttrFactRule checks that attrFactRule gives "entity-" + rule for the
// rules it knows and for others.
func TestAttrFactRule(t *testing.T) {
	for _, rule := range []string{"appositive", "premodifier", "copula", "like-plural", "title-of", "place-title",
		"party-state", "nominal", "compatriot", "other", ""} {
		if got, want := attrFactRule(rule), "entity-"+rule; got != want {
			t.Errorf("attrFactRule(%q) = %q, want %q", rule, got, want)
		}
	}
}

// TestOccSet checks that an occSet holds each occupation once.
func TestOccSet(t *testing.T) {
	var s occSet
	for _, o := range []string{"actor", "singer", "actor"} {
		s.add(o)
	}
	if len(s) != 2 || !s.has("actor") || !s.has("singer") || s.has("model") {
		t.Errorf("occSet = %q, want [actor singer]", s)
	}
}
