package fact

import "strings"

// survivorChildPattern is the rule of the children a survivor list names.
var survivorChildPattern = &pattern{typ: "parent_of", opts: options{{"trigger", "noun"}}, line: "a child in a survivor list"}

// survivorCues open a survivor list (data/classes.tsv, class survivorcue);
// "survived" and "predeceased" take "by" after them.
var survivorCues = wordSet("survivorcue")

// survivorChildren reads the children that a survivor list of the person
// before its cue names group by group, each after a noun of a child: "He
// leaves a wife, Sue, two sons, Mark and Paul, and a daughter, Jenny", "is
// survived by his wife Sue, sons Mark and Paul, and daughter Jenny". A
// child noun owned by someone else ("her son", "Ann's son") is passed
// over.
func (st *Stage) survivorChildren(s *sent, frames []*frame) []*raw {
	c, p := s.survivorCue()
	if c < 0 {
		return nil
	}
	var out []*raw
	for k := c; k+1 < len(s.units); k++ {
		x := &s.units[k]
		if x.ment != -1 || !kinLex.child[singularKin(x.word)] || strings.HasPrefix(x.word, "step") || !s.ownedBy(k, p) {
			continue // a stepchild is no child by birth (no parent_of in the gold)
		}
		j := k + 1
		if s.units[j].ment == -1 && (s.units[j].word == "," || s.units[j].word == ":") {
			j++
		}
		for j < len(s.units) && s.units[j].onePerson(kindName) {
			if child := s.units[j].ents[0]; child != p {
				args := append(s.slab().argList(2), entArg(s.doc, p), entArg(s.doc, child))
				out = append(out, st.nounRaw(s, frames, survivorChildPattern, args, s.units[j].Span))
			}
			j++
			if j+1 < len(s.units) && s.units[j].ment == -1 && (s.units[j].word == "," || s.units[j].word == "and") && s.units[j+1].onePerson(kindName) {
				j++
				continue
			}
			if j+2 < len(s.units) && s.units[j].word == "," && s.units[j+1].word == "and" && s.units[j+2].onePerson(kindName) {
				j += 2 // "Mark, Paul, and Jenny"
				continue
			}
			break
		}
		k = j - 1
	}
	return out
}

// survivorCue returns the unit after the cue of a survivor list in the
// sentence and the person before the cue whose survivors it lists (the
// dead person when a pronoun taken for a relative stands for them), or -1
// and -1 when the sentence has none.
func (s *sent) survivorCue() (int, int) {
	if c, p := s.survivorsInclude(); c >= 0 {
		return c, p
	}
	for i := 1; i < len(s.units); i++ {
		x := &s.units[i]
		if x.ment != -1 || !x.is(clsSurvivorCue) {
			continue
		}
		c := i + 1
		if x.word == "survived" || x.word == "predeceased" {
			if c >= len(s.units) || s.units[c].word != "by" {
				continue
			}
			c++
		}
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			y := &s.units[k]
			if y.ment == -1 {
				if y.boundary {
					break
				}
				continue
			}
			if y.etype != entPerson || len(y.ents) != 1 {
				break
			}
			b := bound{set: true, ents: y.ents, span: y.Span}
			s.deceasedSubject(&b)
			return c, b.ents[0]
		}
	}
	return -1, -1
}

// survivorsInclude returns, for a sentence that opens "Survivors include"
// (or "Survivors are"), the unit after the verb and the person whose death
// the article opens with; -1 and -1 otherwise, also when the opening tells
// no death.
func (s *sent) survivorsInclude() (int, int) {
	if len(s.units) < 3 || s.units[0].word != "survivors" || s.units[0].ment != -1 {
		return -1, -1
	}
	switch s.units[1].word {
	case "include", "includes", "included", "are", "were":
	default:
		return -1, -1
	}
	if s.doc == nil {
		return -1, -1
	}
	if d := openingDeath(s.doc); d >= 0 {
		return 2, d
	}
	return -1, -1
}

// ownedBy reports whether the child noun at unit k is person p's: no
// possessive of someone else right before it ("her son" of a sister named
// before, "Ann's son").
func (s *sent) ownedBy(k, p int) bool {
	if k == 0 {
		return true
	}
	y := &s.units[k-1]
	if y.ment == -1 {
		return y.word != "'s" && y.word != "’s" && y.word != "'"
	}
	if y.mkind != kindPronoun {
		return false
	}
	for _, e := range y.ents {
		if e == p {
			return true
		}
	}
	return false
}
