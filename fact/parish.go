package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// parishPosts gives a post of a parish whose organisation the text leaves
// open ("our curate, the Revd Ann Hale", "Frank, churchwarden through the
// 1970s") the church the article is about: the one its headline names, else
// the one it names most. When the headline names a church, the article is
// the church's own notes and every post it leaves open is the church's ("our
// treasurer", "the secretary, Brenda Holt"); an office of state or a
// diocese's post (diocesanPosts) is not.
func parishPosts(doc *hearsay.Document, raws []*raw) {
	church, own := -2, false // looked up when a post first needs it
	for _, rw := range raws {
		a := rw.f.Args
		if !postTypes.has(rw.f.Type) || len(a) != 3 || a[1].Literal == "" || a[2].Entity >= 0 || a[2].Literal != "" {
			continue
		}
		if church == -2 {
			church, own = parishChurch(doc)
		}
		if church < 0 {
			return
		}
		role := strings.ToLower(a[1].Literal)
		if !parishRoles[role] && (!own || stateOffice(role) || diocesanPosts[role]) {
			continue
		}
		rw.fillArg(2, entArg(doc, church), "a parish's post is held in the church the article is about")
	}
}

// parishRoles are the posts held in a parish church (data/classes.tsv).
var parishRoles = wordSet("parishroles")

// parishChurch returns the church the article is about, and whether its
// headline names it: the one church its headline names, else the church
// it names most (a tie leaves it open); -1 when none.
func parishChurch(doc *hearsay.Document) (int, bool) {
	if h := headlineOrg(doc); h >= 0 && churchName(doc.Entities[h].Name) {
		return h, true
	}
	best, n, tie := -1, 0, false
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type != hearsay.Org || !churchName(e.Name) {
			continue
		}
		switch {
		case len(e.Mentions) > n:
			best, n, tie = i, len(e.Mentions), false
		case len(e.Mentions) == n:
			tie = true
		}
	}
	if tie {
		return -1, false
	}
	return best, false
}

// churchName reports whether an organisation's name makes it a church: a
// saint's name ("St Brannoc's", "Saint Mary") or one of churchWords ("Holy
// Trinity Church", "Ely Cathedral"). A saint's name that ends with the noun
// of another institution ("St Aldric's Hospital", "St Bede's School") is
// that institution's.
func churchName(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) < 2 {
		return false
	}
	if ws[0] == "st" || ws[0] == "st." || ws[0] == "saint" {
		return !saintNamedWords[ws[len(ws)-1]]
	}
	for _, w := range ws {
		if churchWords[w] {
			return true
		}
	}
	return false
}

// churchWords make an organisation's name a church's (data/classes.tsv).
var churchWords = wordSet("churchwords")

// saintNamedWords end the names of institutions other than churches that
// bear a saint's name (data/classes.tsv).
var saintNamedWords = wordSet("saintnamedwords")

// headlineOrg returns the one organisation the headline names ("ST
// OSWIN'S, COLWALL: PARISH NOTES"), outlets aside, or -1 when it names
// none or several.
func headlineOrg(doc *hearsay.Document) int { return openingOrg(doc, newsOrg) }

// openingOrg returns the one organisation the opening sentence (or
// headline) names, those that skip tells aside, or -1 when it names none
// or several.
func openingOrg(doc *hearsay.Document, skip func(hearsay.Entity) bool) int {
	found := -1
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Sentence > 0 {
			break
		}
		if m.Entity < 0 || m.Entity >= len(doc.Entities) || m.Kind != hearsay.NameMention || m.Type != hearsay.Org || skip(doc.Entities[m.Entity]) {
			continue
		}
		if found >= 0 && found != m.Entity {
			return -1
		}
		found = m.Entity
	}
	return found
}

// meetingOrgs leaves open the organisation of a post that the text ties to
// a meeting the names stage took for an organisation ("will stand down as
// churchwarden at the Annual Parish Meeting", "elected chair at the annual
// conference"): a meeting is when the post changes hands, not where it is
// held; the passes that complete posts give it its organisation.
func meetingOrgs(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		a := rw.f.Args
		if !postTypes.has(rw.f.Type) || len(a) != 3 || a[2].Entity < 0 || a[2].Entity >= len(doc.Entities) {
			continue
		}
		ws := strings.Fields(strings.ToLower(doc.Entities[a[2].Entity].Name))
		if len(ws) < 2 || !meetingWords[ws[len(ws)-1]] {
			continue
		}
		rw.f.Args[2] = hearsay.Arg{Entity: -1}
		rw.echo = true
	}
}

// meetingWords end the name of a meeting (data/classes.tsv).
var meetingWords = wordSet("meetingwords")
