package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// townPlaces gives an office of state or of a town (cityLevelOffice) held in a town that the text names
// by its corporate name ("TOWN OF ELKIN", "the City of Marlow") the town
// itself: public offices take the place they govern, and "Town of X" is
// the body that governs X. The place is added when the text names it only
// so. A post of a bare "Town" is one of the town the text names so.
func townPlaces(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		a := rw.f.Args
		if !postTypes.has(rw.f.Type) || len(a) != 3 || a[2].Entity < 0 || a[2].Entity >= len(doc.Entities) {
			continue
		}
		if role := strings.ToLower(a[1].Literal); !stateOffice(role) && !cityLevelOffice(role) {
			continue
		}
		name := doc.Entities[a[2].Entity].Name
		town := townOf(name)
		if town == "" && townCorporations[strings.ToLower(name)] {
			town = corporateTown(doc) // "Town Manager X", where the names stage took "Town" for an organisation
		}
		if town == "" {
			continue
		}
		rw.f.Args[2] = entArg(doc, namedEntity(doc, hearsay.Place, town))
		rw.f.Derived, rw.f.Reason = true, "a town's office is held in the town its corporate name names"
	}
}

// townOf returns X of a municipality's corporate name ("Town of X", "City
// of X", "Village of X", "Borough of X", "Township of X"), or "".
func townOf(name string) string {
	i := strings.Index(name, " ")
	if i < 0 || !townCorporations[strings.ToLower(name[:i])] {
		return ""
	}
	rest := name[i+1:]
	if len(rest) < 4 || !strings.EqualFold(rest[:3], "of ") {
		return ""
	}
	return strings.TrimSpace(rest[3:])
}

// townCorporations are the words that open a municipality's corporate name
// (data/classes.tsv).
var townCorporations = wordSet("towncorporations")

// corporateTown returns X of the one municipality the text names by its
// corporate name ("Town of X"), or "" when it names none or several.
func corporateTown(doc *hearsay.Document) string {
	found := ""
	for i := range doc.Entities {
		t := townOf(doc.Entities[i].Name)
		if t == "" {
			continue
		}
		if found != "" && !strings.EqualFold(found, t) {
			return ""
		}
		found = t
	}
	return found
}

// departmentChiefs gives the chief of a town's police or fire department
// (interim, deputy and assistant chiefs too) whose post the text ties to the
// department ("Interim Chief X has led the department", "the Tarrow Police
// Department") the town: a chief of police holds a public office of the
// place the department serves, as the open sets give it; the department's
// other ranks (captain, officer) keep the department.
func departmentChiefs(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		a := rw.f.Args
		if !postTypes.has(rw.f.Type) || len(a) != 3 || a[2].Entity >= len(doc.Entities) || !departmentChiefRoles[strings.ToLower(a[1].Literal)] {
			continue
		}
		org := a[2].Literal // the department's name as the article's other posts give it
		if a[2].Entity >= 0 {
			org = doc.Entities[a[2].Entity].Name
		}
		town := departmentTown(org)
		if town == "" {
			continue
		}
		rw.f.Args[2] = entArg(doc, namedEntity(doc, hearsay.Place, town))
		rw.f.Derived, rw.f.Reason = true, "a chief of police or of the fire service holds an office of the town the department serves"
	}
}

// departmentTown returns the place a police or fire department's name
// opens with ("Tarrow Police Department" → "Tarrow"), or "".
func departmentTown(name string) string {
	lower := strings.ToLower(name)
	for _, suffix := range departmentSuffixes {
		if strings.HasSuffix(lower, " "+suffix) {
			return strings.TrimSpace(name[:len(name)-len(suffix)-1])
		}
	}
	return ""
}

// departmentChiefRoles are the chiefs of a police or fire department and
// departmentSuffixes the words that end such a department's name
// (data/classes.tsv).
var (
	departmentChiefRoles = wordSet("departmentchiefs")
	departmentSuffixes   = wordList("departmentsuffixes")
)
