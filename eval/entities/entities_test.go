package entities

import (
	"testing"

	"github.com/hearsay-news/hearsay/eval/facts"
)

const goldDoc = `{"document": {"id": "t", "date": "2024-03-12"},
 "entities": [
  {"id": "e1", "type": "person", "name": "Prince Henrik", "aliases": ["Prince Henrik", "Henrik"],
   "birth": {"earliest": "1989-03-13", "latest": "1990-03-12"}},
  {"id": "e2", "type": "org", "name": "Star Signal", "aliases": ["Star Signal"]},
  {"id": "e3", "type": "place", "name": "Málaga", "aliases": ["Málaga"]},
  {"id": "e4", "type": "place", "name": "Spain", "aliases": []}
 ], "timexes": [], "facts": []}`

const sysDoc = `{"document": {"id": "t", "date": "2024-03-12"},
 "entities": [
  {"id": "e1", "type": "person", "name": "Henrik", "aliases": ["Henrik"],
   "birth": {"earliest": "1989-03-13", "latest": "1990-03-12"}},
  {"id": "e2", "type": "person", "name": "Star Signal", "aliases": ["Star Signal"]},
  {"id": "e3", "type": "place", "name": "MALAGA", "aliases": ["MALAGA"]},
  {"id": "e4", "type": "place", "name": "Judaism", "aliases": ["Judaism"]},
  {"id": "e5", "type": "place", "name": "Spain", "aliases": []}
 ], "timexes": [], "facts": []}`

func TestScore(t *testing.T) {
	g, err := facts.ParseDoc([]byte(goldDoc), true)
	if err != nil {
		t.Fatal(err)
	}
	s, err := facts.ParseDoc([]byte(sysDoc), false)
	if err != nil {
		t.Fatal(err)
	}
	c, det := Score(g, s)
	want := map[string]PRF{"person": {TP: 1, FP: 1, Found: 1}, "org": {FN: 1}, "place": {TP: 1, FP: 1, Found: 1}}
	for k, w := range want {
		if got := c.ByType[k]; got == nil || *got != w {
			t.Errorf("%s: got %+v, want %+v", k, got, w)
		}
	}
	if c.FalseAlarms != 1 || c.Mistyped != 1 {
		t.Errorf("false alarms %d mistyped %d, want 1 1 (%+v)", c.FalseAlarms, c.Mistyped, det)
	}
	if c.CanonTotal != 2 || c.CanonOK != 1 {
		t.Errorf("canonical %d/%d, want 1/2", c.CanonOK, c.CanonTotal)
	}
	if c.AliasTotal != 4 || c.AliasFound != 2 {
		t.Errorf("aliases %d/%d, want 2/4: %v", c.AliasFound, c.AliasTotal, det.MissedAlias)
	}
	if c.BirthTotal != 1 || c.BirthStrict != 1 || c.BirthLenient != 1 {
		t.Errorf("births %d %d/%d, want 1 1/1", c.BirthStrict, c.BirthLenient, c.BirthTotal)
	}
	sum := Summarise(c)
	if sum.All.TP != 2 || sum.All.FP != 2 || sum.All.Found != 2 || sum.All.FN != 1 {
		t.Errorf("all: %+v", sum.All)
	}
}
