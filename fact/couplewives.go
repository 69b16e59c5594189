package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// wifeTitles are the titles a formal notice gives a wife named by her
// husband's full name after his own title ("Mr and Mrs Julian Fanshawe").
var wifeTitles = []string{"Mrs ", "Mrs. "}

// coupleWives gives the wife a formal notice names only by her husband's
// name ("Tobias, elder son of Mr and Mrs Julian Fanshawe, of Chipping
// Campden"), whom the mention stage reads as the husband alone, the
// facts its sentence gives him as a parent or a resident: she is an
// unnamed person ("<unnamed: Mrs Julian Fanshawe>"), a parent of the same
// child, living in the same place.
func coupleWives(doc *hearsay.Document, facts []hearsay.Fact) []hearsay.Fact {
	var out []hearsay.Fact
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Type != hearsay.Person || m.Kind != hearsay.NameMention || m.Entity < 0 {
			continue
		}
		wife := wifeName(m.Text)
		if wife == "" {
			continue
		}
		var told []hearsay.Fact
		for _, f := range facts {
			if f.Sentence == m.Sentence && (f.Type == "parent_of" || f.Type == "residence") && len(f.Args) == 2 && f.Args[0].Entity == m.Entity {
				told = append(told, f)
			}
		}
		if len(told) == 0 {
			continue
		}
		w := namedEntity(doc, hearsay.Person, wife)
		doc.Entities[w].Unnamed = true
		for _, f := range told {
			f.Args = []hearsay.Arg{entArg(doc, w), f.Args[1]}
			f.Derived, f.Reason = true, "the wife a notice names by her husband's name shares his child and his home"
			out = append(out, f)
		}
	}
	return out
}

// wifeName returns the unnamed wife's name of a mention that names a
// couple by two titles and the husband's full name ("Mr and Mrs Julian
// Fanshawe": "<unnamed: Mrs Julian Fanshawe>"), or "".
func wifeName(text string) string {
	for _, and := range []string{" and ", " & "} {
		k := strings.Index(text, and)
		if k < 0 || strings.Contains(text[:k], " ") {
			continue
		}
		rest := text[k+len(and):]
		for _, t := range wifeTitles {
			if name, ok := strings.CutPrefix(rest, t); ok && len(strings.Fields(name)) >= 2 {
				return "<unnamed: Mrs " + name + ">"
			}
		}
	}
	return ""
}
