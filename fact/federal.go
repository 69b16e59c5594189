package fact

import (
	"strings"
	"unicode"

	hearsay "github.com/hearsay-news/hearsay"
)

// federalOfficeWords, usNames, usStates, americanWords and
// americasQualifiers are the classes of data/classes.tsv that federalOffices
// reads.
var (
	federalOfficeWords = wordSet("federaloffices")
	usNames            = wordSet("usnames")
	usStates           = wordSet("usstates")
	americanWords      = wordSet("americanwords")
	americasQualifiers = wordSet("americasqualifiers")
)

// federalOffices corrects the place that completeOrgs and the steps before
// it gave from the article to a cabinet office of the United States
// (federaloffices: "Attorney General X", "Defense Secretary X") the text
// writes with no country: a city ("Miami", the dateline's) or a foreign
// country the story is about ("Iraq") holds no such office. In an American
// story (usStory) the office is the United States'; elsewhere a city gives
// way to no place and a country, the article's government, stays. A state
// stays (regionOffices: "Attorney General X" of Iowa), and so does the
// country of the dateline ("CANBERRA, Australia (AP) — Attorney General
// X"). A country the text gives the title itself ("Kenya's Attorney
// General X", "Russian Foreign Minister X") is no derived place and is
// kept.
func federalOffices(doc *hearsay.Document, raws []*raw, countries map[string]bool) {
	american, us, datelineState := -1, -1, -2 // looked up once
	for _, rw := range raws {
		a := rw.f.Args
		if !postTypes.has(rw.f.Type) || len(a) != 3 || a[2].Entity < 0 || !rw.f.Derived || !federalOfficeWords[strings.ToLower(a[1].Literal)] || stateTitled(doc, rw) {
			continue
		}
		e := a[2].Entity
		ent := &doc.Entities[e]
		name := strings.ToLower(ent.Name)
		if ent.Type != hearsay.Place || usPlace(name, countries) || regionNames[name] || toldPlace(raws, rw) {
			continue
		}
		country := isCountry(doc, raws, e, countries)
		if datelineState == -2 {
			_, datelineState = datelinePlaces(doc)
		}
		if country && e == datelineState {
			continue
		}
		if american == -1 {
			american = 0
			if usStory(doc, countries) {
				american = 1
				us = usEntity(doc, countries)
			}
		}
		switch {
		case american == 1 && us >= 0:
			rw.fillArg(2, entArg(doc, us), "a federal office in an American story is the United States'")
		case american == 1:
			rw.fillArg(2, hearsay.Arg{Entity: -1, Literal: "United States"}, "a federal office in an American story is the United States'")
		case !country:
			rw.fillArg(2, hearsay.Arg{Entity: -1}, "a city holds no federal office")
		}
	}
}

// toldPlace reports whether another reading of rw's person and role takes
// its place from the text's own words ("Kenya's Attorney General X"): the
// office is that place's, and the one rw took from the article gives way
// to it.
func toldPlace(raws []*raw, rw *raw) bool {
	a := rw.f.Args
	for _, o := range raws {
		b := o.f.Args
		if o != rw && !o.f.Derived && postTypes.has(o.f.Type) && len(b) == 3 && b[0].Entity == a[0].Entity && b[2].Entity >= 0 && strings.EqualFold(b[1].Literal, a[1].Literal) {
			return true
		}
	}
	return false
}

// usPlace reports whether a place's lowercased name is the United States'.
func usPlace(name string, countries map[string]bool) bool {
	return usNames[name] || usNames[strings.TrimPrefix(name, "the ")] || countries[name] && name == "united states"
}

// usStory reports whether the article is plainly American: it names the
// United States or one of its states as a place, or writes a word of
// americanWords ("U.S.", "American", "Washington") not after one of
// americasQualifiers ("Latin American").
func usStory(doc *hearsay.Document, countries map[string]bool) bool {
	for i := range doc.Entities {
		if e := &doc.Entities[i]; e.Type == hearsay.Place && len(e.Mentions) > 0 {
			if name := strings.ToLower(e.Name); usPlace(name, countries) || usStates[name] {
				return true
			}
		}
	}
	words := strings.FieldsFunc(strings.ToLower(doc.Text), func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
	prev := ""
	for _, w := range words {
		bare := strings.TrimRight(w, ".")
		if (americanWords[w] || americanWords[bare]) && !americasQualifiers[prev] {
			return true
		}
		prev = bare
	}
	return false
}

// usEntity returns the place the article names the United States by, the
// one mentioned most, or -1 when it names none.
func usEntity(doc *hearsay.Document, countries map[string]bool) int {
	best := -1
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type != hearsay.Place || !usPlace(strings.ToLower(e.Name), countries) {
			continue
		}
		if best < 0 || len(e.Mentions) > len(doc.Entities[best].Mentions) {
			best = i
		}
	}
	return best
}
