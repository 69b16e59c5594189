package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// bandMods are the words that may stand between a band's or another
// person's name and a place in a band ("Oasis founding guitarist"): read
// past when looking for whose band it is (data/classes.tsv: bandmods).
var bandMods = wordSet("bandmods")

// bandOpeners are the words that may come right before a place in a band
// that no name owns ("and drummer X", "replaced by drummer X";
// data/classes.tsv: bandopeners).
var bandOpeners = wordSet("bandopeners")

// bandAfters are the prepositions that, right after a band member's name,
// tell the band or the employer the text gives them ("drummer X of Y";
// data/classes.tsv: bandafters).
var bandAfters = wordSet("bandafters")

// memberBand returns the band that a member told by their place in it
// before their name (option band: "guitarist Tom Reed", "original drummer
// Ana Lisk") plays in: the band the article is about (articleBand, looked
// up once into *band, which starts at -2); -1 when the place is another's
// ("Oasis guitarist X", "her drummer X", "drummer X of Y") or the article
// names no single band.
func memberBand(doc *hearsay.Document, rw *raw, band *int) int {
	if !tellsBand(rw) && (placeOwned(rw) || bandAfter(rw)) {
		return -1
	}
	if *band == -2 {
		*band = articleBand(doc)
	}
	return *band
}

// tellsBand reports whether the match of rw says "the band" itself ("X
// formed the band with her brother"): no place told before a name, which
// another's name or a preposition after it could own.
func tellsBand(rw *raw) bool {
	if rw.b == nil || rw.s == nil {
		return false
	}
	for u := max(rw.b.first, 1); u < rw.b.last && u < len(rw.s.units); u++ {
		if rw.s.units[u].ment < 0 && bandNounSet[rw.s.units[u].word] && rw.s.units[u-1].word == "the" {
			return true
		}
	}
	return false
}

// placeOwned reports whether the words before the match of rw, past the
// words of bandMods, do not leave the place to the article's band: a name or
// a possessive owns it ("Oasis drummer", "the band's new drummer",
// "Quince's guitarist"), another word tells another kind of player
// ("session drummer"). Only the start of the sentence and the words of
// bandOpeners leave it.
func placeOwned(rw *raw) bool {
	if rw.b == nil || rw.s == nil {
		return true
	}
	u := rw.b.first - 1
	for u >= 0 && rw.s.units[u].ment < 0 && bandMods[rw.s.units[u].word] {
		u--
	}
	return u >= 0 && (rw.s.units[u].ment >= 0 || !bandOpeners[rw.s.units[u].word])
}

// articleBand returns the band an article is about: when the text refers
// to a band ("the band", "the trio"), the one organisation its opening
// sentence names; else the one organisation it names as a band ("indie
// band The Tin Larks", "The Tin Larks, the Manchester four-piece,"); -1
// when there is none or more than one.
func articleBand(doc *hearsay.Document) int {
	if mentionsBandNoun(strings.ToLower(doc.Text), bandNouns) {
		if b := ledeOrg(doc); b >= 0 {
			return b
		}
	}
	if b, several := namedBand(doc); !several {
		return b
	}
	return -1
}

// namedBand returns the entity the text names as a band, before the name
// (namedAsBand) or in apposition after it (bandAppositive), when it is an
// organisation with no kind; several reports two or more such names.
func namedBand(doc *hearsay.Document) (found int, several bool) {
	found = -1
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Entity < 0 || m.Entity >= len(doc.Entities) || m.Kind != hearsay.NameMention || m.Entity == found || m.Start > len(doc.Text) {
			continue
		}
		if !namedAsBand(doc.Text[:m.Start]) && !bandAppositive(doc.Text[m.End:min(len(doc.Text), m.End+60)]) {
			continue
		}
		if found >= 0 {
			return -1, true // two bands, whatever their type: the text does not say which
		}
		found = m.Entity
	}
	if found >= 0 && (doc.Entities[found].Type != hearsay.Org || doc.Entities[found].Kind != "") {
		return -1, false
	}
	return found, false
}

// ledeOrg returns the one organisation with no kind (no outlet, no
// platform) that the article's opening sentence names, or -1.
func ledeOrg(doc *hearsay.Document) int {
	o := openingOrg(doc, func(hearsay.Entity) bool { return false })
	if o >= 0 && doc.Entities[o].Kind != "" {
		return -1
	}
	return o
}

// bandAfter reports whether the name of the match of rw is followed by a
// preposition that tells its own band or employer ("drummer Tom Reed of
// the Velvet Moths", "guitarist X, with Y"; data/classes.tsv: bandafters).
func bandAfter(rw *raw) bool {
	if rw.b == nil || rw.s == nil {
		return true
	}
	u := rw.b.last
	if u < len(rw.s.units) && rw.s.units[u].word == "," {
		u++
	}
	return u < len(rw.s.units) && rw.s.units[u].ment < 0 && bandAfters[rw.s.units[u].word]
}

// bandNounSet holds the nouns of bandNouns and "band" and "group".
var bandNounSet = func() map[string]bool {
	m := map[string]bool{"group": true}
	for _, w := range bandNouns {
		m[w] = true
	}
	return m
}()

// teamNouns are the nouns by which a text refers back to a club or a band
// its person is a member of ("made 186 appearances for the club"; data/classes.tsv:
// teamnouns).
var teamNouns = wordSet("teamnouns")

// ownTeam returns the organisation that a membership told with a noun of
// teamNouns and no name ("made 186 appearances for the club") stands for
// when the text names the person a member of exactly one organisation
// otherwise ("Former Dunholm United defender X"), or -1.
func ownTeam(doc *hearsay.Document, raws []*raw, rw *raw) int {
	if rw.b == nil || rw.s == nil || rw.b.last < 1 || rw.b.last > len(rw.s.units) {
		return -1
	}
	k := rw.b.last - 1
	if !teamNouns[rw.s.units[k].word] && (k < 1 || !teamNouns[rw.s.units[k-1].word]) {
		return -1
	}
	found := -1
	for _, m := range raws {
		a := m.f.Args
		if m == rw || m.echo || m.f.Type != "member_of" || len(a) != 2 || a[0].Entity != rw.f.Args[0].Entity || a[1].Entity < 0 || a[1].Entity == found ||
			doc.Entities[a[1].Entity].Type != hearsay.Org || m.f.Polarity != hearsay.Pos {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = a[1].Entity
	}
	return found
}

// ownPostOrg returns, for a membership whose organisation the text gives by a
// common noun ("who joined the family firm in 2009"), the organisation named
// before it in its sentence in which the sentence also gives the person a
// post ("Quayhurst Holdings ... has handed the chief executive role to his
// son, X, who joined the family firm"; "Arvelle's own head of menswear, X,
// who joined the house in 2015"), or -1.
func ownPostOrg(doc *hearsay.Document, raws []*raw, rw *raw) int {
	near := orgJustBefore(doc, rw)
	if near < 0 || rw.s == nil {
		return -1
	}
	for _, m := range raws {
		a := m.f.Args
		if m == rw || m.s != rw.s || m.f.Polarity != hearsay.Pos || len(a) == 0 || a[0].Entity != rw.f.Args[0].Entity {
			continue
		}
		switch {
		case isPostEvent(m.f.Type) && len(a) == 3 && a[2].Entity == near:
			return near
		case m.f.Type == "member_of" && !m.echo && len(a) == 2 && a[1].Entity == near:
			return near
		}
	}
	return -1
}
