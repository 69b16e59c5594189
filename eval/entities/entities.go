// Package entities scores the entities of an analysed article against the
// entities of a hearsay-gold/1 file (SCHEMA.md): entity precision, recall
// and F1 by type, canonical-name accuracy, alias recall and birth intervals.
//
// A predicted name maps to a gold entity when it equals the entity's name or
// one of its aliases, ignoring case, diacritics and punctuation (SCHEMA.md
// scoring rule 1). A predicted entity maps through its name or, when the
// name maps to nothing, through its aliases.
//
// A gold entity is found when some predicted entity of the same type maps to
// it. A predicted entity is correct when it maps to a gold entity of its
// type, mistyped when it maps only to gold entities of other types, and a
// false alarm when it maps to none. Implied entities (gold or predicted
// entities with no alias: "Spain" from "Spanish") and unnamed people are
// left out of these counts.
package entities

import (
	"fmt"
	"sort"

	"github.com/hearsay-news/hearsay/eval/facts"
)

// PRF holds the counts of one type: predicted entities that map to a gold
// entity of the type (TP) or not (FP), and gold entities found (Found) or
// not (FN). Several predicted entities may map to one gold entity, so TP
// and Found differ.
type PRF struct{ TP, FP, Found, FN int }

// Counts are the raw counts of one or more documents; they add up.
type Counts struct {
	ByType                  map[string]*PRF // entity type → counts
	FalseAlarms, Mistyped   int             // predicted entities mapping to no gold entity / to one of another type
	CanonTotal, CanonOK     int             // found gold entities, and those whose predicted name equals the gold name
	AliasTotal, AliasFound  int             // gold aliases, and those among the aliases of a predicted entity mapping to the entity
	BirthTotal, BirthStrict int             // gold birth intervals, exactly found
	BirthLenient            int             // gold birth intervals overlapped by the prediction
}

// NewCounts returns zero counts.
func NewCounts() *Counts { return &Counts{ByType: map[string]*PRF{}} }

// Add adds o to c.
func (c *Counts) Add(o *Counts) {
	for k, v := range o.ByType {
		c.prf(k).TP += v.TP
		c.prf(k).FP += v.FP
		c.prf(k).Found += v.Found
		c.prf(k).FN += v.FN
	}
	c.FalseAlarms += o.FalseAlarms
	c.Mistyped += o.Mistyped
	c.CanonTotal += o.CanonTotal
	c.CanonOK += o.CanonOK
	c.AliasTotal += o.AliasTotal
	c.AliasFound += o.AliasFound
	c.BirthTotal += o.BirthTotal
	c.BirthStrict += o.BirthStrict
	c.BirthLenient += o.BirthLenient
}

func (c *Counts) prf(t string) *PRF {
	if c.ByType[t] == nil {
		c.ByType[t] = &PRF{}
	}
	return c.ByType[t]
}

// Details list what went wrong in one document.
type Details struct {
	Missed      []string `json:"missed,omitempty"`       // gold entities not found, "type name"
	FalseAlarms []string `json:"false_alarms,omitempty"` // predicted entities mapping to none
	Mistyped    []string `json:"mistyped,omitempty"`     // "name: predicted type, gold type"
	WrongName   []string `json:"wrong_name,omitempty"`   // "gold name: predicted name"
	MissedAlias []string `json:"missed_alias,omitempty"` // "gold name: alias"
	Birth       []string `json:"birth,omitempty"`        // birth intervals not exact
}

// typeOf is an entity's type, "person" when it has none.
func typeOf(e facts.Entity) string {
	if t, ok := e.TypeName(); ok && t != "" {
		return t
	}
	return "person"
}

// index maps name keys to gold entity indices.
type index map[string][]int

func newIndex(gold []facts.Entity) index {
	ix := index{}
	for i, g := range gold {
		seen := map[string]bool{}
		for _, n := range append([]string{g.Name}, g.Aliases...) {
			k := facts.NameKey(n)
			if k != "" && !seen[k] {
				seen[k] = true
				ix[k] = append(ix[k], i)
			}
		}
	}
	return ix
}

// resolve returns the gold entities a predicted entity maps to: through its
// name, else through its aliases.
func (ix index) resolve(e facts.Entity) []int {
	if ids := ix[facts.NameKey(e.Name)]; len(ids) > 0 {
		return ids
	}
	var out []int
	seen := map[int]bool{}
	for _, a := range e.Aliases {
		for _, i := range ix[facts.NameKey(a)] {
			if !seen[i] {
				seen[i] = true
				out = append(out, i)
			}
		}
	}
	sort.Ints(out)
	return out
}

// scored reports whether an entity takes part in the entity counts: named
// and not implied.
func scored(e facts.Entity) bool { return !e.Unnamed && len(e.Aliases) > 0 }

// Score compares the entities of one system document with its gold.
func Score(gold, sys *facts.Doc) (*Counts, *Details) {
	c, det := NewCounts(), &Details{}
	ix := newIndex(gold.Entities)
	byGold := make([][]int, len(gold.Entities)) // gold → predicted entities of its type mapping to it
	for si, se := range sys.Entities {
		if !scored(se) {
			continue
		}
		t := typeOf(se)
		ids := ix.resolve(se)
		same, other := false, ""
		for _, gi := range ids {
			if !scored(gold.Entities[gi]) {
				continue
			}
			if typeOf(gold.Entities[gi]) == t {
				same = true
				byGold[gi] = append(byGold[gi], si)
			} else if other == "" {
				other = typeOf(gold.Entities[gi])
			}
		}
		switch {
		case same:
			c.prf(t).TP++
		case other != "":
			c.prf(t).FP++
			c.Mistyped++
			det.Mistyped = append(det.Mistyped, fmt.Sprintf("%s: predicted %s, gold %s", se.Name, t, other))
		case len(ids) == 0:
			c.prf(t).FP++
			c.FalseAlarms++
			det.FalseAlarms = append(det.FalseAlarms, t+" "+se.Name)
		}
	}
	for gi, ge := range gold.Entities {
		if !scored(ge) {
			continue
		}
		c.AliasTotal += len(ge.Aliases)
		if len(byGold[gi]) == 0 {
			c.prf(typeOf(ge)).FN++
			det.Missed = append(det.Missed, typeOf(ge)+" "+ge.Name)
			for _, a := range ge.Aliases {
				det.MissedAlias = append(det.MissedAlias, ge.Name+": "+a)
			}
			continue
		}
		c.prf(typeOf(ge)).Found++
		c.CanonTotal++
		names := map[string]bool{}
		canon := false
		for _, si := range byGold[gi] {
			se := sys.Entities[si]
			canon = canon || facts.NameKey(se.Name) == facts.NameKey(ge.Name)
			names[facts.NameKey(se.Name)] = true
			for _, a := range se.Aliases {
				names[facts.NameKey(a)] = true
			}
		}
		if canon {
			c.CanonOK++
		} else {
			det.WrongName = append(det.WrongName, ge.Name+": "+sys.Entities[byGold[gi][0]].Name)
		}
		for _, a := range ge.Aliases {
			if names[facts.NameKey(a)] {
				c.AliasFound++
			} else {
				det.MissedAlias = append(det.MissedAlias, ge.Name+": "+a)
			}
		}
	}
	fc, fdet := facts.Score(gold, sys)
	c.BirthTotal, c.BirthStrict, c.BirthLenient = fc.BirthTotal, fc.BirthStrict, fc.BirthLenient
	det.Birth = fdet.BirthWrong
	return c, det
}
