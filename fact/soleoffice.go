package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// soleOffices are the offices of a country's state that one person holds
// at a time (data/classes.tsv): a president's, a prime minister's, a
// monarch's.
var soleOffices = wordSet("soleoffices")

// soleOffice reports whether a role is held by one person of a country at
// a time: one of soleOffices, or a minister's or a secretary's post with
// its portfolio ("foreign minister", "defense secretary"), but a deputy's
// or a junior one's.
func soleOffice(role string) bool {
	role = strings.ToLower(role)
	if soleOffices[role] {
		return true
	}
	if !nationalOffice(role) || !strings.Contains(role, " ") {
		return false
	}
	for _, w := range strings.Fields(role) {
		if soleOfficeBlockers[w] {
			return false
		}
	}
	return true
}

// soleOfficeBlockers are the words of a role that make it one of several
// holders ("deputy foreign minister", "cabinet minister", "minister of
// state") (data/classes.tsv).
var soleOfficeBlockers = wordSet("soleofficeblockers")

// otherHolders gives up the country or organisation that completeOrgs or
// federalOffices took from the article for a sole office (soleOffice)
// written as a title with no country ("President X", "Chief Executive X")
// when the text gives that office of that country to someone else in its
// own words ("Veldorian President Ivo Kasper", "Tove Sand, the prime
// minister of Norland"): the country has one president, and the titled
// person is another country's, which the text does not say ("President
// Hartley" in a story filed from the other country's capital).
func otherHolders(raws []*raw) {
	for _, rw := range raws {
		a := rw.f.Args
		if rw.pat != titlePattern || rw.f.Type != "position_held" || !rw.f.Derived || len(a) != 3 || a[0].Entity < 0 || a[2].Entity < 0 || !soleOffice(a[1].Literal) {
			continue
		}
		if toldElsewhere(raws, rw) {
			rw.fillArg(2, hearsay.Arg{Entity: -1}, "the text gives the person's office to another country in its own words")
		} else if !changedHands(raws, rw.f.Args[0].Entity, a[1].Literal) && heldByOther(raws, rw) {
			rw.fillArg(2, hearsay.Arg{Entity: -1}, "the text gives the country's office to someone else")
		}
	}
}

// toldElsewhere reports whether another reading of rw's person and role
// takes another country or organisation from the text's own words ("U.S.
// President X" in the lead, "President X" later in a story about
// Veldoria): the person holds that one, not the one rw took from the
// article.
func toldElsewhere(raws []*raw, rw *raw) bool {
	a := rw.f.Args
	for _, o := range raws {
		b := o.f.Args
		if o != rw && !o.f.Derived && !o.echo && o.f.Type == "position_held" && len(b) == 3 && b[0].Entity == a[0].Entity &&
			b[2].Entity >= 0 && b[2].Entity != a[2].Entity && strings.EqualFold(b[1].Literal, a[1].Literal) {
			return true
		}
	}
	return false
}

// changedHands reports whether the text tells person e taking or leaving
// the office role (appointed, elected, resigned, dismissed): in a story of
// a post changing hands two people hold it in turn.
func changedHands(raws []*raw, e int, role string) bool {
	for _, o := range raws {
		b := o.f.Args
		switch o.f.Type {
		case "appointed", "elected", "resigned", "dismissed":
		default:
			continue
		}
		if len(b) >= 2 && b[0].Entity == e && strings.EqualFold(b[1].Literal, role) {
			return true
		}
	}
	return false
}

// heldByOther reports whether another person holds rw's office of rw's
// place in the text's own words, now (no "former" note, positive).
func heldByOther(raws []*raw, rw *raw) bool {
	a := rw.f.Args
	for _, o := range raws {
		b := o.f.Args
		if o == rw || o.f.Derived || o.echo || o.f.Polarity != hearsay.Pos || !postTypes.has(o.f.Type) || len(b) != 3 ||
			b[0].Entity < 0 || b[0].Entity == a[0].Entity || b[2].Entity != a[2].Entity || !strings.EqualFold(b[1].Literal, a[1].Literal) {
			continue
		}
		if o.f.Type != "position_held" || o.f.Qualifiers["note"] == "former" || changedHands(raws, b[0].Entity, b[1].Literal) {
			continue // "X was sacked as housing secretary": the post passes to the person the text names next
		}
		return true
	}
	return false
}
