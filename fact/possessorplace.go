package fact

import (
	"strings"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
)

// possessorPlaces gives an office of state told with a town's possessive
// ("Brenley's MP, Sarah Delaney") the town as a place, where the mention
// stage took the town's name for the short name of an organisation that
// begins with it ("Brenley Food Bank"): an MP or a mayor is the town's,
// not the food bank's.
func possessorPlaces(doc *hearsay.Document, facts []hearsay.Fact) {
	for i := range facts {
		f := &facts[i]
		a := f.Args
		if !postTypes.has(f.Type) || len(a) != 3 || a[2].Entity < 0 || a[2].Entity >= len(doc.Entities) || doc.Entities[a[2].Entity].Type != hearsay.Org || !stateOffice(strings.ToLower(a[1].Literal)) {
			continue
		}
		w := possessorBefore(doc.Text, f.Trigger.Start)
		ws := strings.Fields(doc.Entities[a[2].Entity].Name)
		if w == "" || len(ws) < 2 || ws[0] != w {
			continue
		}
		a[2] = entArg(doc, namedEntity(doc, hearsay.Place, w, hearsay.Misc))
	}
}

// possessorBefore returns the capitalised word whose possessive ("Brenley's",
// "Brenley’s") ends right before offset at (spaces aside), or "".
func possessorBefore(text string, at int) string {
	if at <= 0 || at > len(text) {
		return ""
	}
	t := strings.TrimRight(text[:at], " ")
	switch {
	case strings.HasSuffix(t, "'s"):
		t = t[:len(t)-2]
	case strings.HasSuffix(t, "’s"):
		t = t[:len(t)-len("’s")]
	default:
		return ""
	}
	k := strings.LastIndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	w := t[k+1:]
	if r, _ := utf8.DecodeRuneInString(w); w == "" || !unicode.IsUpper(r) {
		return ""
	}
	return w
}
