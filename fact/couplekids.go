package fact

import "github.com/hearsay-news/hearsay"

// bondTypes are the relations that bind two partners by a word of their own
// ("her husband", "his fiancée", "pregnant with his child"): a person is
// never the child of someone the text gives as such a partner.
var bondTypes = typesOf("married", "engaged", "expecting_child")

// romanceTypes are the relations of two partners read from a verb a pair or
// a group takes ("divorced", "split", "are dating"), which a child and a
// parent named together can take by mistake ("his parents divorced").
var romanceTypes = typesOf("divorced", "separated", "dating", "affair")

// dropCoupleChildren settles a parent and a child that another fact of the
// document gives as a couple (told as so, not denied); one person cannot be
// both. A bond told by its own word (bondTypes) stands and the parent_of
// goes: an appositive read as a child that names the partner instead
// ("pregnant with their second child, her husband X said"). A romance read
// from a verb (romanceTypes) goes and the parent_of stays: the verb was given
// to the wrong pair ("X's mother, Y, ... his parents divorced").
func dropCoupleChildren(facts []hearsay.Fact) []hearsay.Fact {
	type pair struct{ a, b int }
	bonds, parents := map[pair]bool{}, map[pair]bool{}
	for _, f := range facts {
		if f.Polarity == hearsay.Neg || len(f.Args) != 2 {
			continue
		}
		a, b := f.Args[0].Entity, f.Args[1].Entity
		if a < 0 || b < 0 || a == b {
			continue
		}
		switch {
		case bondTypes.has(f.Type):
			bonds[pair{a, b}], bonds[pair{b, a}] = true, true
		case f.Type == "parent_of":
			parents[pair{a, b}], parents[pair{b, a}] = true, true
		}
	}
	if len(bonds) == 0 && len(parents) == 0 {
		return facts
	}
	out := facts[:0]
	for _, f := range facts {
		if len(f.Args) == 2 {
			p := pair{f.Args[0].Entity, f.Args[1].Entity}
			if f.Type == "parent_of" && bonds[p] || romanceTypes.has(f.Type) && f.Polarity != hearsay.Neg && parents[p] {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}
