package fact

import (
	"strings"

	"github.com/hearsay-news/hearsay"
)

// A bodyKind is the kind of public body a place names ("the Millbrook
// school board", "Riverton police department").
type bodyKind int

const (
	schoolBody bodyKind = iota
	policeBody
	councilBody
)

// placeBodyWords are the words that follow a place's name to name one of
// its public bodies, longest first, with the body's kind and whether it is
// a board (as opposed to the district or department it governs).
var placeBodyWords = []struct {
	words string
	kind  bodyKind
	board bool
}{
	{"unified school district", schoolBody, false}, {"independent school district", schoolBody, false},
	{"public school district", schoolBody, false}, {"area school district", schoolBody, false},
	{"city school district", schoolBody, false}, {"school district", schoolBody, false},
	{"public schools", schoolBody, false}, {"city schools", schoolBody, false}, {"school system", schoolBody, false},
	{"board of education", schoolBody, true}, {"school board", schoolBody, true}, {"school committee", schoolBody, true},
	{"police department", policeBody, false}, {"police service", policeBody, false},
	{"city council", councilBody, true}, {"town council", councilBody, true}, {"county council", councilBody, true},
	{"borough council", councilBody, true}, {"village board", councilBody, true},
}

// A placeBody is a public body named by a place and a few words, as the
// text writes it, and how often it is named.
type placeBody struct {
	name  string
	kind  bodyKind
	board bool
	count int
}

// placeBodies returns the public bodies that the text names by a place and
// a few lowercase or capitalized words the names stage left outside the
// name ("the Ferndale school board"), in the order first named.
func placeBodies(doc *hearsay.Document) []*placeBody {
	var out []*placeBody
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Kind != hearsay.NameMention || m.Type != hearsay.Place && m.Type != hearsay.Org || m.End >= len(doc.Text) {
			continue
		}
		if m.Type == hearsay.Org {
			if w, ok := bodyEnding(m.Text); ok {
				out = countBody(out, &placeBody{name: m.Text, kind: w.kind, board: w.board})
			}
		}
		rest := strings.ToLower(doc.Text[m.End:min(len(doc.Text), m.End+40)])
		if !strings.HasPrefix(rest, " ") {
			continue
		}
		rest = rest[1:]
		for _, w := range placeBodyWords {
			if !strings.HasPrefix(rest, w.words) || len(rest) > len(w.words) && isLetter(rest[len(w.words)]) {
				continue
			}
			name := doc.Text[m.Start : m.End+1+len(w.words)]
			out = countBody(out, &placeBody{name: name, kind: w.kind, board: w.board})
			break
		}
	}
	return out
}

// countBody counts one more naming of the body in the list, adding it
// when the list has none of its name.
func countBody(out []*placeBody, nb *placeBody) []*placeBody {
	found := false
	for _, b := range out {
		if strings.EqualFold(b.name, nb.name) {
			b.count++
			found = true
		}
	}
	if !found {
		nb.count = 1
		out = append(out, nb)
	}
	return out
}

// bodyEnding returns the words of a public body that end a name after at
// least one word of its own ("Ferndale Unified School District", "Harlan
// County Board of Education"): such a name is the body itself.
func bodyEnding(name string) (w struct {
	words string
	kind  bodyKind
	board bool
}, ok bool) {
	low := strings.ToLower(name)
	for _, w := range placeBodyWords {
		if len(low) > len(w.words)+1 && strings.HasSuffix(low, w.words) && low[len(low)-len(w.words)-1] == ' ' {
			return w, true
		}
	}
	return w, false
}

// isBoardName reports whether an organisation's name is that of a board
// alone ("Board of Trustees", "School Board"), with no place of its own.
func isBoardName(name string) bool {
	low := strings.ToLower(name)
	return strings.HasPrefix(low, "board of ") || low == "school board" || low == "board"
}

// isLetter reports whether an ASCII byte is a letter.
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// bodyOfRole returns the kind of public body a role serves in and whether
// the role sits on its board, or false when the role is of no such body.
func bodyOfRole(role string) (kind bodyKind, board, ok bool) {
	switch {
	case strings.Contains(role, "superintendent") || role == "principal" || role == "teacher":
		return schoolBody, false, true
	case role == "board member" || role == "trustee" || role == "board chair" || role == "board president" || role == "school board member":
		return schoolBody, true, true
	case strings.Contains(role, "police") || role == "chief" || role == "interim chief" || role == "deputy chief" || role == "assistant chief":
		return policeBody, false, true
	case role == "council member" || role == "councillor" || role == "councilman" || role == "councilwoman" || role == "council president":
		return councilBody, true, true
	}
	return 0, false, false
}

// placeBodyOrgs gives a career fact whose organisation is still open the
// public body the text names by a place ("Superintendent X resigned ...
// the Ferndale school board accepted"): the body of the role's kind, the
// board for a seat on it and the district or department for a post in it,
// the one named most often when several are.
func placeBodyOrgs(doc *hearsay.Document, raws []*raw) {
	var bodies []*placeBody
	seen := false
	for _, rw := range raws {
		if !postTypes.has(rw.f.Type) {
			continue
		}
		a := rw.f.Args
		if len(a) != 3 || a[1].Literal == "" || a[2].Entity < 0 && a[2].Literal != "" {
			continue
		}
		headOfPolice(doc, rw)
		kind, board, ok := bodyOfRole(a[1].Literal)
		if !ok {
			continue
		}
		if !seen {
			bodies, seen = placeBodies(doc), true
		}
		if a[2].Entity >= 0 {
			name := doc.Entities[a[2].Entity].Name
			if !board && isBoardName(name) {
				// "the Ferndale Unified School District Board of Trustees
				// named X interim superintendent": the post is in the
				// district the board governs
				if b := bestBody(bodies, kind, false); b != nil && !b.board {
					rw.f.Args[2] = hearsay.Arg{Entity: -1, Literal: b.name}
					continue
				}
			}
			if w, ok := bodyEnding(name); ok && w.kind == kind {
				// "superintendent of the Ferndale Unified School District":
				// the organisation already is the body
				if p := bodyPlace(doc, name); kind == policeBody && p >= 0 {
					rw.f.Args[2] = entArg(doc, p) // a police post is an office of the city
				}
				continue
			}
			// "superintendent of the Ferndale Unified School District", where
			// the names stage kept only "Ferndale"; a police post stays the
			// city's ("police chief of Dunmoor")
			if b := bodyNamedBy(bodies, doc.Entities[a[2].Entity].Name, kind); b != nil && (kind != policeBody || doc.Entities[a[2].Entity].Type != hearsay.Place) {
				rw.f.Args[2] = hearsay.Arg{Entity: -1, Literal: b.name}
				if rw.f.Derived {
					rw.f.Reason = "the organisation is the public body the article names by its place"
				}
			}
			continue
		}
		if b := bestBody(bodies, kind, board); b != nil {
			rw.fillArg(2, hearsay.Arg{Entity: -1, Literal: b.name}, "the organisation is the public body the article names by its place")
			if p := bodyPlace(doc, b.name); kind == policeBody && p >= 0 {
				// "Deputy Chief X" of "the Dunmoor Police Department": a police
				// post is an office of the city, as "police chief of Dunmoor"
				rw.f.Args[2] = entArg(doc, p)
				rw.f.Reason = "the place is the one whose police department the article names"
			}
		}
	}
}

// headOfPolice names the post of the head of a police department
// ("the head of the Dunmoor Police Department resigned") as what it is, the
// police chief.
func headOfPolice(doc *hearsay.Document, rw *raw) {
	a := rw.f.Args
	if a[1].Literal != "head" || a[2].Entity < 0 {
		return
	}
	if w, ok := bodyEnding(doc.Entities[a[2].Entity].Name); ok && w.kind == policeBody {
		rw.f.Args[1].Literal = "police chief"
	}
}

// bodyPlace returns the place whose name opens a body's name before the
// body's words ("Dunmoor" of "Dunmoor Police Department"), or -1.
func bodyPlace(doc *hearsay.Document, body string) int {
	low := strings.ToLower(body)
	for _, w := range placeBodyWords {
		if !strings.HasSuffix(low, " "+w.words) {
			continue
		}
		name := body[:len(body)-len(w.words)-1]
		for i := range doc.Entities {
			if e := &doc.Entities[i]; e.Type == hearsay.Place && strings.EqualFold(e.Name, name) {
				return i
			}
		}
		return -1
	}
	return -1
}

// bestBody returns the body of the kind, preferring a board for a seat on
// it and a district or department for a post in it, then the one named
// most often; nil when the text names none of the kind.
func bestBody(bodies []*placeBody, kind bodyKind, board bool) *placeBody {
	var best *placeBody
	score := func(b *placeBody) int {
		s := b.count
		if b.board == board {
			s += 100
		}
		return s
	}
	for _, b := range bodies {
		if b.kind != kind {
			continue
		}
		if best == nil || score(b) > score(best) {
			best = b
		}
	}
	return best
}

// chamberOrgs gives a legislator's post whose organisation is still open
// the chamber the article names ("State Sen. X ... the Senate's Public
// Health Committee": the Senate): the most mentioned organisation whose
// name ends in the chamber's word.
func chamberOrgs(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		if !postTypes.has(rw.f.Type) {
			continue
		}
		a := rw.f.Args
		if len(a) != 3 || a[2].Entity >= 0 || a[2].Literal != "" {
			continue
		}
		word := ""
		switch {
		case strings.Contains(a[1].Literal, "senator"):
			word = "senate"
		case strings.Contains(a[1].Literal, "assembly member") || strings.Contains(a[1].Literal, "assemblyman") || strings.Contains(a[1].Literal, "assemblywoman"):
			word = "assembly"
		case strings.Contains(a[1].Literal, "representative") || strings.Contains(a[1].Literal, "congressman") || strings.Contains(a[1].Literal, "congresswoman"):
			word = "house of representatives"
		case strings.Contains(a[1].Literal, "delegate"):
			word = "house of delegates"
		default:
			continue
		}
		if e := mostMentionedOrg(doc, word); e >= 0 {
			rw.fillArg(2, entArg(doc, e), "the organisation is the chamber the article names")
		}
	}
}

// mostMentionedOrg returns the organisation most mentioned whose name is
// or ends in the word, or -1.
func mostMentionedOrg(doc *hearsay.Document, word string) int {
	best := -1
	for i := range doc.Entities {
		e := &doc.Entities[i]
		n := strings.ToLower(e.Name)
		if e.Type != hearsay.Org || n != word && !strings.HasSuffix(n, " "+word) {
			continue
		}
		if best < 0 || len(e.Mentions) > len(doc.Entities[best].Mentions) {
			best = i
		}
	}
	return best
}

// bodyNamedBy returns the body of the kind whose name is the place's name
// and the body's words, or nil.
func bodyNamedBy(bodies []*placeBody, place string, kind bodyKind) *placeBody {
	for _, b := range bodies {
		if b.kind == kind && len(b.name) > len(place) && strings.EqualFold(b.name[:len(place)], place) && b.name[len(place)] == ' ' {
			return b
		}
	}
	return nil
}

// datelineOffices gives an office of state whose place the text leaves
// open the place of the dateline ("HARTFORD, Conn. (AP) — ... Gov. Ned
// Lamont"): the state for a state's office, the city for a city's.
func datelineOffices(doc *hearsay.Document, raws []*raw) {
	city, state := datelinePlaces(doc)
	if city < 0 {
		return
	}
	for _, rw := range raws {
		if !postTypes.has(rw.f.Type) {
			continue
		}
		a := rw.f.Args
		if len(a) != 3 || a[1].Literal == "" || a[2].Entity >= 0 || a[2].Literal != "" {
			continue
		}
		e := -1
		switch {
		case stateLevelOffice(a[1].Literal):
			e = state
		case cityLevelOffice(a[1].Literal):
			if c := onlyLocalCouncil(doc); c >= 0 && (councilRoles[a[1].Literal] || councilSeat(a[1].Literal)) {
				// "LONDON (Reuters) - ... leads the group on Brackwater City
				// Council ... was elected to the council in 2019": that
				// council's seat (councilPlaces gives its place)
				rw.fillArg(2, entArg(doc, c), "the council is the one the article names")
				continue
			}
			e = city
		}
		if e < 0 {
			continue
		}
		rw.fillArg(2, entArg(doc, e), "the place is the one of the dateline")
	}
}

// onlyLocalCouncil returns the one local council the article names by its
// place ("Brackwater City Council"), or -1 when it names none or several.
func onlyLocalCouncil(doc *hearsay.Document) int {
	c := -1
	for i := range doc.Entities {
		if doc.Entities[i].Type != hearsay.Org || councilPlaceName(doc.Entities[i].Name) == "" {
			continue
		}
		if c >= 0 {
			return -1
		}
		c = i
	}
	return c
}

// constituencyOffices gives a seat in parliament whose constituency the text
// leaves open ("Conservative MP Julian Fenwick stood down") the one
// constituency the article names ("the Ashwell by-election", "MP for
// Ashwell").
func constituencyOffices(doc *hearsay.Document, raws []*raw) {
	seat := -1
	for _, rw := range raws {
		a := rw.f.Args
		if !postTypes.has(rw.f.Type) || len(a) != 3 || a[1].Literal != "member of parliament" || a[2].Entity >= 0 || a[2].Literal != "" {
			continue
		}
		if seat < 0 {
			if seat = constituency(doc); seat < 0 {
				return
			}
		}
		rw.fillArg(2, entArg(doc, seat), "the seat is the constituency the article names")
	}
}

// constituency returns the one place or organisation the text names as a
// constituency: right before "by-election" or "constituency", or right
// after "MP for"; -1 when it names none or several.
func constituency(doc *hearsay.Document) int {
	found := -1
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Kind != hearsay.NameMention || m.Entity < 0 || m.Type != hearsay.Place && m.Type != hearsay.Org {
			continue
		}
		after := strings.ToLower(strings.TrimSpace(doc.Text[m.End:min(len(doc.Text), m.End+16)]))
		before := strings.ToLower(doc.Text[max(0, m.Start-8):m.Start])
		if !strings.HasPrefix(after, "by-election") && !strings.HasPrefix(after, "byelection") && !strings.HasPrefix(after, "constituency") && !strings.HasSuffix(before, "mp for ") {
			continue
		}
		if found >= 0 && found != m.Entity {
			return -1
		}
		found = m.Entity
	}
	return found
}

// datelinePlaces returns the city and the state of a dateline that opens
// the body ("HARTFORD, Conn. (AP) —"), -1 for either not written. A
// dateline that opens with a town's corporate name ("TOWN OF ELKIN, NORTH
// CAROLINA -") gives the town as its city.
func datelinePlaces(doc *hearsay.Document) (city, state int) {
	city, state = -1, -1
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Start > doc.Body.Start+40 {
			break
		}
		if t := corporateDateline(doc, m); city < 0 && t != "" {
			city = namedEntity(doc, hearsay.Place, t)
			continue
		}
		if m.Start < doc.Body.Start || m.Kind != hearsay.NameMention || m.Entity < 0 || m.Type != hearsay.Place {
			if city >= 0 {
				break
			}
			continue
		}
		if city < 0 {
			if strings.ToUpper(m.Text) != m.Text {
				return -1, -1 // no dateline: its city is written in capitals
			}
			city = m.Entity
			continue
		}
		state = m.Entity
		break
	}
	return city, state
}

// corporateDateline returns X when m is a town's corporate name in
// capitals at the start of the body ("TOWN OF X"), or "".
func corporateDateline(doc *hearsay.Document, m *hearsay.Mention) string {
	if m.Start != doc.Body.Start || m.Kind != hearsay.NameMention || m.Entity < 0 || m.Type != hearsay.Org || strings.ToUpper(m.Text) != m.Text {
		return ""
	}
	return townOf(doc.Entities[m.Entity].Name)
}

// stateLevelOffice reports whether a role is an office of a state or
// province.
func stateLevelOffice(role string) bool {
	return stateLevelOffices[role]
}

// cityLevelOffice reports whether a role is an office of a city or town.
func cityLevelOffice(role string) bool {
	return cityLevelOffices[role]
}

// stateLevelOffices and cityLevelOffices are the offices of a state or
// province and of a city or town (data/classes.tsv).
var (
	stateLevelOffices = wordSet("stateleveloffices")
	cityLevelOffices  = wordSet("cityleveloffices")
)

// liberalDemocrats gives a membership read from "Democrat" its party when
// the word is part of "Liberal Democrat" (a British party, not the American
// Democratic Party).
func liberalDemocrats(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		a := rw.f.Args
		if rw.f.Type != "member_of" || len(a) != 2 || a[1].Entity >= 0 || a[1].Literal != "Democratic Party" {
			continue
		}
		span := strings.ToLower(doc.Text[max(0, rw.f.Trigger.Start-12):min(len(doc.Text), rw.f.Trigger.End)])
		if strings.Contains(span, "liberal democrat") {
			rw.f.Args[1].Literal = "Liberal Democrats"
		}
	}
}

// postTypes are the fact types about a post: a person, a role and the
// organisation it is in.
var postTypes = typesOf("resigned", "dismissed", "appointed", "elected", "position_held")

// changeTypes are the fact types of a change of office: a person takes or
// leaves a post.
var changeTypes = typesOf("resigned", "dismissed", "appointed", "elected")

// councilTypes are the words between a place's name and "Council" in the
// name of a local council ("Kelsworth District Council").
var councilTypes = wordList("counciltypes")

// councilRoles are the posts of a local council that the gold conventions
// give to the council's place rather than to the council.
var councilRoles = wordSet("councilroles")

// councilSeat reports whether a role is a seat on a local council or a
// portfolio of its cabinet: a post of the council's place, never of the
// party its holder sits for ("a Green councillor", "Labour's cabinet
// member for housing").
func councilSeat(role string) bool {
	if role == "leader" || role == "deputy leader" {
		return false // "the Labour leader" leads the party
	}
	return councilRoles[role] || role == "leader of the council" || role == "portfolio holder" || strings.HasPrefix(role, "cabinet member")
}

// partyCouncilPosts clears the organisation of a council seat read as the
// party its holder sits for ("Tom Pell, the Labour councillor") or the
// ward they represent ("councillor for Riverside ward"), so that the place of the article's council fills it
// as for a seat named with no organisation.
func partyCouncilPosts(doc *hearsay.Document, raws []*raw, parties map[string]bool) {
	for _, rw := range raws {
		a := rw.f.Args
		if !postTypes.has(rw.f.Type) || len(a) != 3 || a[2].Entity < 0 || !councilSeat(a[1].Literal) {
			continue
		}
		if n := doc.Entities[a[2].Entity].Name; seatParty(n, parties) || wardName(doc.Text, n) {
			rw.f.Args[2] = hearsay.Arg{Entity: -1}
		}
	}
}

// wardName reports whether the text names a place as a ward: its name
// followed by "ward" ("Riverside ward", "Riverside Ward").
func wardName(text, name string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], name)
		if j < 0 || name == "" {
			return false
		}
		e := i + j + len(name)
		if rest := text[e:]; len(rest) >= 5 && rest[0] == ' ' && (rest[1] == 'w' || rest[1] == 'W') && rest[2:5] == "ard" {
			return true
		}
		i = e
	}
}

// seatParty reports whether an organisation's name is a party's (see
// partyName) or a party's adjective alone ("Democratic", "Green").
func seatParty(name string, parties map[string]bool) bool {
	low := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "))
	return partyName(name, parties) || partyAdjectives[low] != "" || low == "green" || low == "liberal"
}

// councillorWords writes a seat on a council the text tells with no title
// ("has sat on the council since 2015", "was elected to the council") in
// the article's own word for it: "councillor" where the text says
// "councillor" or "Cllr" and never "council member".
//
// The text is searched only when a fact holds such a seat: most articles tell
// of none.
func councillorWords(doc *hearsay.Document, raws []*raw) {
	searched, councillor := false, false
	for _, rw := range raws {
		if a := rw.f.Args; postTypes.has(rw.f.Type) && len(a) == 3 && a[1].Entity < 0 && a[1].Literal == "council member" {
			if !searched {
				t := doc.Text
				searched = true
				councillor = (strings.Contains(t, "ouncillor") || strings.Contains(t, "Cllr")) && !strings.Contains(t, "ouncil member")
			}
			if !councillor {
				return
			}
			rw.f.Args[1].Literal = "councillor"
		}
	}
}

// councilPlaces gives a council post whose organisation is a local council
// named by its place ("councillor of Kelsworth District Council") that place
// ("Kelsworth"), adding it when the text names it only in the council's
// name: a councillor or a council leader holds an office of the district, as
// public offices take their place.
func councilPlaces(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		councilPlace(doc, &rw.f)
	}
}

// councilPlaceFacts does for the posts the mention stage read ("Cllr X,
// the council's cabinet member for transport") what councilPlaces does
// for the stage's own.
func councilPlaceFacts(doc *hearsay.Document, facts []hearsay.Fact) {
	for i := range facts {
		councilPlace(doc, &facts[i])
	}
}

// councilPlace gives the council post f, whose organisation is a local
// council named by its place, that place (see councilPlaces).
func councilPlace(doc *hearsay.Document, f *hearsay.Fact) {
	a := f.Args
	if !postTypes.has(f.Type) || len(a) != 3 || a[2].Entity < 0 && a[2].Literal == "" || !councilRoles[a[1].Literal] && !councilSeat(a[1].Literal) && a[1].Literal != "deputy" {
		return // a council's "deputy" is its leader's or its mayor's ("my deputy, Cllr X", in a council leader's letter)
	}
	body := a[2].Literal // the body placeBodyOrgs names by its words ("the Ashford City Council")
	if a[2].Entity >= 0 {
		body = doc.Entities[a[2].Entity].Name
	}
	if name := councilPlaceName(body); name != "" {
		f.Args[2] = entArg(doc, countryEntity(doc, name))
	}
}

// councilPlaceName returns the place a local council's name begins with
// ("Kelsworth" of "Kelsworth District Council", "the Ashford City Council"),
// or "" when the name is no such council's.
func councilPlaceName(name string) string {
	low := strings.ToLower(name)
	if !strings.HasSuffix(low, " council") {
		return ""
	}
	rest := name[:len(name)-len(" council")]
	for _, t := range councilTypes {
		if lr := strings.ToLower(rest); strings.HasSuffix(lr, " "+t) {
			place := strings.TrimSpace(rest[:len(rest)-len(t)-1])
			place = strings.TrimPrefix(strings.TrimPrefix(place, "the "), "The ")
			if place == "" || !isLetter(place[0]) || place[0] < 'A' || place[0] > 'Z' {
				return ""
			}
			return place
		}
	}
	return ""
}
