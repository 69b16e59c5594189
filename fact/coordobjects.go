package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// coordObjectTypes are the facts whose organisation or place may be one of
// several the text joins with "and" ("a member of the Rotary Club and the
// Halden Golf Club", "played for Harwick Rovers, Castlemere Town and Brenford
// City", "has toured Germany and Austria", "lives in Leeds and London").
var coordObjectTypes = map[string]bool{"member_of": true, "located_at": true, "residence": true}

// coordObjectEnds are the words that may follow the last organisation or
// place of such a list; any other word (a verb: "a member of the club and
// Orbis Bank said") makes the last name the subject of a clause of its own
// (data/classes.tsv). coordObjectDets are the words that may open an item.
var (
	coordObjectEnds = wordSet("coordobjectends")
	coordObjectDets = wordSet("coordobjectdets")
)

// maxCoordObjects bounds the names read from one list.
const maxCoordObjects = 5

// coordinatedObjects returns, for each membership, whereabouts or home of
// here whose organisation or place a pattern read from a name that opens a
// list of names of the same type, joined by "and" or set off by commas and
// closed by "and", the same match with each other name of the list: the
// facts share the person, the time and the source. A list that does not
// close so, or whose last name runs on into a clause of its own, gives
// nothing ("lives in Portland, Maine", "joined Orbis and Quantel hired
// her husband").
func (st *Stage) coordinatedObjects(s *sent, here []*raw) []*raw {
	var out []*raw
	for _, rw := range here {
		if !coordObjectTypes[rw.f.Type] || rw.pat == nil || rw.b == nil || rw.echo || len(rw.f.Args) != 2 || rw.f.Args[1].Entity < 0 {
			continue
		}
		sl := slotOrg
		if !rw.b.slots[sl].set {
			sl = slotPlace
		}
		o := rw.b.slots[sl]
		if !o.set || len(o.ents) != 1 || o.ents[0] != rw.f.Args[1].Entity || o.span.End <= o.span.Start {
			continue
		}
		last := s.unitAt(o.span.End - 1)
		if last < 0 || s.units[last].ment < 0 {
			continue
		}
		t := s.units[last].etype
		if t != entOrg && t != entPlace {
			continue
		}
		for _, u := range s.listedNames(last, t, rw.f.Type != "residence") {
			e := s.units[u].ents[0]
			if e == rw.f.Args[0].Entity || hasObject(here, rw, e) || hasObject(out, rw, e) {
				continue
			}
			nb := *rw.b
			nb.slots[sl] = bound{set: true, ents: []int{e}, span: s.units[u].Span}
			c := *rw
			c.b = &nb
			c.f.Args = append(c.f.Args[:0:0], rw.f.Args...)
			c.f.Args[1] = entArg(s.doc, e)
			out = append(out, &c)
		}
	}
	return out
}

// listedNames returns the units of the names of type t that follow the name
// at unit u in a list it opens: "u and the? N", "u and N and N", or "u , the?
// N , ... ,? and the? N", the last followed by a word of coordobjectends or
// nothing. With
// either, the names may be organisations and places alike ("played for
// Harwick Rovers, Castlemere Town and Brenford City", where the tagger reads
// a club named after its town as the town).
func (s *sent) listedNames(u int, t entCode, either bool) []int {
	var out []int
	v := u + 1
	for len(out) < maxCoordObjects && v < len(s.units) {
		next, and, ok := s.listSeparator(v)
		if !ok {
			return nil
		}
		v = next
		if v < len(s.units) && coordObjectDets[s.units[v].word] {
			v++
		}
		if v >= len(s.units) || s.units[v].ment < 0 || len(s.units[v].ents) != 1 {
			return nil
		}
		if et := s.units[v].etype; et != t && !(either && (et == entOrg || et == entPlace)) {
			return nil
		}
		out = append(out, v)
		v++
		if and {
			if v+1 < len(s.units) && s.units[v].word == "and" && s.units[v+1].ment >= 0 {
				continue // "lived in Spain and Chile and Peru"
			}
			if v < len(s.units) && !coordObjectEnds[s.units[v].word] {
				return nil
			}
			return out
		}
	}
	return nil
}

// hasObject reports whether raws hold a fact of rw's type and person with
// entity e as its second argument.
func hasObject(raws []*raw, rw *raw, e int) bool {
	for _, h := range raws {
		if h.f.Type == rw.f.Type && len(h.f.Args) == 2 && h.f.Args[0].Entity == rw.f.Args[0].Entity && h.f.Args[1].Entity == e {
			return true
		}
	}
	return false
}

// listedMemberships adds to the mention stage's memberships, read from a
// description ("Gwen Tarrant was a longtime member of St Aldhelm's Parish
// and the Corbridge Garden Club"), one in each other organisation of a list
// the organisation opens in the fact's sentence (see listedNames): the facts
// share the rest.
func listedMemberships(doc *hearsay.Document, sents []*sent, facts []hearsay.Fact) []hearsay.Fact {
	n := len(facts)
	for i := 0; i < n; i++ {
		f := facts[i]
		if f.Type != "member_of" || len(f.Args) != 2 || f.Args[1].Entity < 0 || !strings.HasPrefix(f.Rule, "entity-") ||
			f.Sentence < 0 || f.Sentence >= len(sents) || sents[f.Sentence] == nil {
			continue
		}
		s := sents[f.Sentence]
		at := -1
		for u := range s.units {
			if s.units[u].ment >= 0 && len(s.units[u].ents) == 1 && s.units[u].ents[0] == f.Args[1].Entity {
				if at >= 0 {
					at = -1 // named twice: which one the description holds is not known
					break
				}
				at = u
			}
		}
		if at < 0 || (s.units[at].etype != entOrg && s.units[at].etype != entPlace) {
			continue
		}
		for _, u := range s.listedNames(at, s.units[at].etype, true) {
			e := s.units[u].ents[0]
			if e == f.Args[0].Entity || hasFactWith(facts, f, e) {
				continue
			}
			c := f
			c.Args = []hearsay.Arg{f.Args[0], entArg(doc, e)}
			facts = append(facts, c)
		}
	}
	return facts
}

// hasFactWith reports whether facts hold one of f's type and person with
// entity e as its second argument.
func hasFactWith(facts []hearsay.Fact, f hearsay.Fact, e int) bool {
	for _, h := range facts {
		if h.Type == f.Type && len(h.Args) == 2 && h.Args[0].Entity == f.Args[0].Entity && h.Args[1].Entity == e {
			return true
		}
	}
	return false
}

// listSeparator steps over the separator of a list at unit u (",", ", and"
// or "and") and returns the unit after it and whether "and" was in it (the
// list's last item comes next); ok is false when no separator is at u.
func (s *sent) listSeparator(u int) (next int, and, ok bool) {
	if u >= len(s.units) {
		return u, false, false
	}
	switch s.units[u].word {
	case ",":
		u++
		if u < len(s.units) && s.units[u].word == "and" {
			return u + 1, true, true
		}
		return u, false, true
	case "and":
		return u + 1, true, true
	}
	return u, false, false
}
