package fact

import "strings"

// dropStreetHomes removes a residence whose place is a street (a name
// whose last word is of class streetheads) when the same sentence gives the
// same person a home in the town written after the street and a comma
// ("Darren Pike, 41, of Mill Street, Nelson, admitted theft"), and one whose
// place is written after such a town and a comma, its county, state or
// country ("Hal Lind, 87, of Red Wing, Minnesota, died"): in an address
// the home is the town. A street with no town after it stays the home
// ("Ann Rowe of Elm Road objected").
func dropStreetHomes(raws []*raw) []*raw {
	type home struct{ sent, person, place int }
	homes := map[home]bool{}
	for _, rw := range raws {
		if rw.f.Type == "residence" && len(rw.f.Args) == 2 && rw.s != nil {
			homes[home{rw.s.idx, rw.f.Args[0].Entity, rw.f.Args[1].Entity}] = true
		}
	}
	out := raws[:0]
	for _, rw := range raws {
		if rw.f.Type == "residence" && len(rw.f.Args) == 2 && rw.s != nil && rw.f.Args[1].Entity >= 0 {
			if streetName(rw.f.Args[1].Literal) {
				if town := rw.s.streetTown(rw.f.Args[1].Entity); town >= 0 && homes[home{rw.s.idx, rw.f.Args[0].Entity, town}] {
					continue
				}
			} else if town := rw.s.townBefore(rw.f.Args[1].Entity); town >= 0 && homes[home{rw.s.idx, rw.f.Args[0].Entity, town}] {
				continue // "of Red Wing, Minnesota": the town, not its state
			}
		}
		out = append(out, rw)
	}
	return out
}

// streetName reports whether a name's last word is a street's (class
// streetheads: "Mill Street", "Kestrel Close").
func streetName(name string) bool {
	return streetHeads[strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])]
}

// streetTown returns the place named right after a mention of entity e and a
// comma in the sentence ("Mill Street, Nelson"), or -1.
func (s *sent) streetTown(e int) int {
	return s.placeAcrossComma(e, 1, func(int) bool { return true })
}

// townBefore returns the place, no street, named right before a mention of
// entity e and a comma in the sentence ("Red Wing, Minnesota"), or -1.
func (s *sent) townBefore(e int) int {
	return s.placeAcrossComma(e, -1, func(t int) bool { return !streetName(s.doc.Entities[t].Name) })
}

// placeAcrossComma returns the place, another than entity e and one that
// keep holds for, named on the side dir (1 after, -1 before) of a mention of
// e across a comma in the sentence, or -1.
func (s *sent) placeAcrossComma(e, dir int, keep func(int) bool) int {
	for u := range s.units {
		c, p := u+dir, u+2*dir
		if p < 0 || p >= len(s.units) {
			continue
		}
		un := &s.units[u]
		if un.ment < 0 || len(un.ents) != 1 || un.ents[0] != e || s.units[c].word != "," {
			continue
		}
		if t := &s.units[p]; t.ment >= 0 && t.etype == entPlace && len(t.ents) == 1 && t.ents[0] != e && keep(t.ents[0]) {
			return t.ents[0]
		}
	}
	return -1
}
