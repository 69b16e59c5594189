package entity

import (
	"regexp"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// A credit is a name read from a photo credit, which is boilerplate with no
// tokens: "(Photo: DANIEL LEAL/AFP via Getty Images)".
type credit struct {
	span hearsay.Span
	text string // as written
	name string // canonical: "Daniel Leal"
	typ  hearsay.EntityType
}

var (
	creditLead  = regexp.MustCompile(`^\(?\s*(?i:photos?|images?|pictures?|credit|photograph)\s*(?i:by|courtesy of|courtesy)?\s*:?\s*`)
	creditSplit = regexp.MustCompile(`\s*(?:/|\bvia\b|\bfor\b|,|;|\))\s*`)
)

// photoCredits reads the photographers and agencies of the document's
// photo credits: the first name of a credit is a person when it reads like
// one (two or three capitalised words, none an organisation's), the others
// are organisations.
func (r *resolver) photoCredits() []credit {
	doc := r.di.doc
	var out []credit
	for _, sk := range doc.Skips {
		if sk.Kind != "photo-credit" || sk.End > len(doc.Text) || sk.Start < 0 || sk.Start >= sk.End {
			continue
		}
		text := doc.Text[sk.Start:sk.End]
		lead := creditLead.FindStringIndex(text)
		if lead == nil {
			continue
		}
		pos := lead[1]
		for i, part := range splitKeep(text[pos:], creditSplit) {
			name := strings.TrimSpace(part.text)
			if name == "" || strings.HasPrefix(name, "@") || !isCap(name) || len(strings.Fields(name)) > 4 {
				continue
			}
			start := sk.Start + pos + part.off + strings.Index(part.text, name)
			c := credit{span: hearsay.Span{Start: start, End: start + len(name)}, text: name, name: name, typ: hearsay.Org}
			if i == 0 && r.creditPerson(name) {
				c.typ, c.name = hearsay.Person, titleCase(name)
			}
			out = append(out, c)
		}
	}
	return out
}

// creditPerson reports whether the first name of a photo credit is a person's.
func (r *resolver) creditPerson(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	if g, ok := r.lx.nameGender(ws[0]); ok && g != 'n' {
		return true
	}
	for _, w := range ws {
		if !isCap(w) || r.lx.orgWords[strings.ToLower(w)] {
			return false
		}
	}
	return true // the first name of a credit, two or three capitalised words: the photographer
}

type piece struct {
	text string
	off  int
}

// splitKeep splits s on re and keeps each piece's offset.
func splitKeep(s string, re *regexp.Regexp) []piece {
	var out []piece
	last := 0
	for _, loc := range re.FindAllStringIndex(s, -1) {
		out = append(out, piece{s[last:loc[0]], last})
		last = loc[1]
	}
	return append(out, piece{s[last:], last})
}

// titleCase writes a name in capitals as a name: "DANIEL LEAL" → "Daniel Leal".
func titleCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		rs := []rune(w)
		ws[i] = strings.ToUpper(string(rs[0])) + string(rs[1:])
	}
	return strings.Join(ws, " ")
}
