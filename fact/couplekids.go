package fact

import (
	"strings"

	"github.com/hearsay-news/hearsay"
)

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

// kinPossessives are the possessive determiners that open the description
// of someone's relative ("her sister", "his wife").
var kinPossessives = map[string]bool{"her": true, "his": true, "their": true, "my": true, "our": true}

// dropOtherRelatives removes a parent_of read from a relation noun and the
// person named after it ("their second child, X") when a possessive and
// another relation noun stand before that person's name: the name belongs
// to that other relation, told by someone else ("is expecting her second
// child, her sister Ana Fox said": Ana is the sister, not the child).
func dropOtherRelatives(doc *hearsay.Document, raws []*raw) []*raw {
	out := raws[:0]
	for _, rw := range raws {
		if rw.f.Type == "parent_of" && rw.noun && rw.b != nil && otherRelativeAfter(doc.Text, rw.f.Trigger.End, rw.b) {
			continue
		}
		out = append(out, rw)
	}
	return out
}

// otherRelativeAfter reports whether the person of b named after the
// trigger ending at end is introduced by a possessive and a relation noun
// ("her sister Ana Fox", "her husband Omar Pike").
func otherRelativeAfter(text string, end int, b *binding) bool {
	for _, sl := range []slot{slotA, slotB} {
		v := b.slots[sl]
		if !v.set || v.span.Start < end || v.span.End > len(text) {
			continue
		}
		words := strings.Fields(strings.ToLower(text[end:v.span.End]))
		for i := 0; i+1 < len(words); i++ {
			w := strings.Trim(words[i+1], ",;:")
			if kinPossessives[words[i]] && (kinLex.rel[w] || kinLex.kin[w] || kinLex.relative[w]) {
				return true
			}
		}
	}
	return false
}

// dropWishedChildren removes the parent_of facts of a child with no name
// that are only wished or planned (speculated): "would love to have a baby
// one day", "are trying to have children". The child is no one yet; the
// text tells of no birth.
func dropWishedChildren(doc *hearsay.Document, facts []hearsay.Fact) []hearsay.Fact {
	out := facts[:0]
	for _, f := range facts {
		if f.Type == "parent_of" && f.Modality == hearsay.Speculated && len(f.Args) == 2 && f.Args[1].Entity >= 0 && doc.Entities[f.Args[1].Entity].Unnamed {
			continue
		}
		out = append(out, f)
	}
	return out
}
