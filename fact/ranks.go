package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// rankServices gives a military rank whose organisation the text leaves
// open ("Col. Ann Roe", "was promoted to colonel") the one armed service an
// article about a military unit names ("the 512th Engineer Brigade", "the
// Army's Chief of Engineers"): a rank is held in the service, as force
// orders give a police rank the force, not the unit the article is about.
// Elsewhere a rank abbreviated before a name ("Gen. X" in a war report,
// where several services serve) is dropped rather than guessed.
func rankServices(doc *hearsay.Document, raws []*raw) []*raw {
	service := -1
	found := false
	out := raws[:0]
	for _, rw := range raws {
		a := rw.f.Args
		if !postTypes.has(rw.f.Type) || len(a) != 3 || a[2].Entity >= 0 || a[2].Literal != "" || !serviceRanks[strings.ToLower(a[1].Literal)] {
			out = append(out, rw)
			continue
		}
		if !found {
			service, found = unitService(doc), true
		}
		switch {
		case service >= 0:
			rw.fillArg(2, entArg(doc, service), "a military rank is held in the armed service the article names")
		case rw.pat == titlePattern && abbreviatedTitle(doc, rw.f.Trigger):
			continue
		}
		out = append(out, rw)
	}
	return out
}

// abbreviatedTitle reports whether the first word of the text at span
// ends with a full stop ("Gen." of "Gen. Tom Hale").
func abbreviatedTitle(doc *hearsay.Document, sp hearsay.Span) bool {
	first, _, _ := strings.Cut(spanText(doc, sp), " ")
	return strings.HasSuffix(first, ".")
}

// spanText returns the text of the document at span sp, or "" when sp is
// empty or lies outside the text.
func spanText(doc *hearsay.Document, sp hearsay.Span) string {
	if sp.Start < 0 || sp.End > len(doc.Text) || sp.Start >= sp.End {
		return ""
	}
	return doc.Text[sp.Start:sp.End]
}

// unitService returns the one armed service the article names when it
// also names a military unit, or -1.
func unitService(doc *hearsay.Document) int {
	unit := false
	for i := range doc.Entities {
		if e := &doc.Entities[i]; e.Type == hearsay.Org && endsWithPhrase(strings.ToLower(e.Name), militaryUnits) {
			unit = true
			break
		}
	}
	if !unit {
		return -1
	}
	return armedService(doc)
}

// endsWithPhrase reports whether name is one of phrases or ends with a
// space and one of them.
func endsWithPhrase(name string, phrases map[string]bool) bool {
	for p := range phrases {
		if name == p || strings.HasSuffix(name, " "+p) {
			return true
		}
	}
	return false
}

// armedService returns the one organisation the article names that is an
// armed service by the last words of its name ("Army", "U.S. Navy", "Royal
// Air Force"), or -1 when it names none or services of two kinds.
func armedService(doc *hearsay.Document) int {
	best, kind := -1, ""
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type != hearsay.Org {
			continue
		}
		k := serviceKind(e.Name)
		switch {
		case k == "":
			continue
		case kind != "" && k != kind:
			return -1
		case best < 0 || len(e.Name) > len(doc.Entities[best].Name):
			best, kind = i, k // the fullest name of the service ("U.S. Army" beside "Army")
		}
	}
	return best
}

// serviceKind returns the words of armedServices that end an
// organisation's name after at most two words of its own ("U.S. Army",
// "Royal Navy"), or "".
func serviceKind(name string) string {
	words := strings.Fields(strings.ToLower(name))
	for n := 1; n <= 2 && n <= len(words); n++ {
		tail := strings.Join(words[len(words)-n:], " ")
		if armedServices[tail] && len(words)-n <= 2 {
			return tail
		}
	}
	return ""
}

// serviceRanks are the ranks of an armed service that a title before a
// name or a promotion names as a post's role (data/classes.tsv
// serviceranks).
var serviceRanks = wordSet("serviceranks")

// armedServices are the last words of an armed service's name
// (data/classes.tsv armedservices).
var armedServices = wordSet("armedservices")

// militaryUnits are the last words of a military unit's name
// (data/classes.tsv militaryunits).
var militaryUnits = wordSet("militaryunits")
