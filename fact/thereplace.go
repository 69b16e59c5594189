package fact

import "github.com/hearsay-news/hearsay"

// thereVerbs are the verbs of dwelling before "there" that make it stand
// for a place named just before ("still lives there").
var thereVerbs = wordSet("thereverbs")

// placeAnaphors are the common nouns that, after "in the", stand for the
// town named just before ("lived all her life in the village").
var placeAnaphors = wordSet("placeanaphors")

// placeAnaphora turns each "there" after a verb of dwelling, and each
// "village", "town" or "city" after "in the", into a unit of the place
// named last before it, in its sentence or the one before, so that the
// patterns of homes read it as that place ("moved to Leeds in 2004. He
// still lives there with his wife": Leeds). prev is the previous
// sentence's units, nil for none. A "there" that opens an existential
// clause ("there is") follows no verb of dwelling and is left alone.
func placeAnaphora(s, prev *sent) {
	for u := 1; u < len(s.units); u++ {
		x := &s.units[u]
		if x.ment != -1 {
			continue
		}
		switch {
		case x.word == "there" && thereVerbs[s.units[u-1].word]:
		case u >= 2 && s.units[u-1].word == "the" && s.units[u-2].word == "in" && placeAnaphors[x.word] && !s.ofAfter(u):
		default:
			continue
		}
		e, ok := lastPlace(s, u)
		if !ok && prev != nil {
			e, ok = lastPlace(prev, len(prev.units))
		}
		if !ok {
			continue
		}
		x.ment, x.ents, x.etype, x.mkind = -2, []int{e}, entPlace, kindName
	}
}

// ofAfter reports whether unit u is followed by "of" ("in the town of
// Hebden Bridge" names the town after it).
func (s *sent) ofAfter(u int) bool {
	return u+1 < len(s.units) && s.units[u+1].word == "of"
}

// lastPlace returns the place of the last mention of a place by name
// among the units of s before unit end.
func lastPlace(s *sent, end int) (int, bool) {
	for k := min(end, len(s.units)) - 1; k >= 0; k-- {
		y := &s.units[k]
		if y.ment >= 0 && y.mkind == kindName && y.etype == entPlace && len(y.ents) == 1 && s.doc.Entities[y.ents[0]].Type == hearsay.Place {
			return y.ents[0], true
		}
	}
	return 0, false
}
