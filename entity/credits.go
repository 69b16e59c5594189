package entity

import (
	"regexp"
	"strings"
	"unicode"

	hearsay "github.com/hearsay-news/hearsay"
)

// A credit is a name read from a photo credit, which is boilerplate with no
// tokens: "(Photo: DANIEL LEAL/AFP via Getty Images)".
type credit struct {
	span hearsay.Span
	text string // as written
	name string // canonical: "Daniel Leal"
	typ  hearsay.EntityType
	kind string // entity kind: "agency" for a news agency; "" when none
	rule string // the mention's rule: "name-photo-credit" or "name-dateline"
}

var (
	creditLead  = regexp.MustCompile(`^\(?\s*(?i:photos?|images?|pictures?|credit|photograph)\s*(?i:by|courtesy of|courtesy)?\s*:?\s*`)
	creditSplit = regexp.MustCompile(`\s*(?:/|\bvia\b|\bfor\b|,|;|\))\s*`)
	// datelineParts splits a dateline ("PORT ALDER, Maine (AP) —"), or a
	// piece of one cut at its date ("WASHINGTON, ", "(UPI) -- "), into its
	// place, the first piece after the comma (a region or a date) and the
	// agency in parentheses.
	datelineParts = regexp.MustCompile(`^([^,()]*?)\s*(?:,\s*([^,()]*?)\s*(?:,[^()]*)?)?(?:\(\s*([^()]*?)\s*\))?\s*(?:—|–|-)*\s*$`)
)

// photoCredits reads the photographers and agencies of the document's
// photo credits: the first name of a credit is a person when it reads like
// one (two or three capitalised words, none an organisation's), the others
// are organisations.
func (r *resolver) photoCredits() []credit {
	doc := r.di.doc
	var out []credit
	for _, sk := range doc.Skips {
		if sk.Kind == "dateline" {
			out = append(out, r.datelineCredits(sk.Span)...)
			continue
		}
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
			c := credit{span: hearsay.Span{Start: start, End: start + len(name)}, text: name, name: name, typ: hearsay.Org, rule: "name-photo-credit"}
			if i == 0 && r.creditPerson(name) {
				c.typ, c.name = hearsay.Person, titleCase(name)
			}
			out = append(out, c)
		}
	}
	return out
}

// datelineCredits reads the place, its region and the agency of the
// dateline at span ("RIVERTON, Colo. (AP) —"): the place and a region of
// data/regions.tsv are places of the article (the region under its name,
// "Colorado"), the agency an organisation of the outlet list's kind
// ("agency" when it has none).
func (r *resolver) datelineCredits(span hearsay.Span) []credit {
	doc := r.di.doc
	if span.Start < 0 || span.End > len(doc.Text) || span.Start >= span.End {
		return nil
	}
	text := doc.Text[span.Start:span.End]
	m := datelineParts.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	var out []credit
	if place := text[m[2]:m[3]]; place != "" {
		c := credit{span: hearsay.Span{Start: span.Start + m[2], End: span.Start + m[3]}, text: place, name: placeName(place), typ: hearsay.Place, rule: "name-dateline"}
		if r.municipal(c.name) {
			c.typ, c.name = hearsay.Org, strings.Replace(c.name, " Of ", " of ", 1) // "TOWN OF ELKHART": the town's corporation
		}
		out = append(out, c)
	}
	if m[4] >= 0 && m[5] > m[4] {
		if name := r.lx.region(text[m[4]:m[5]]); name != "" {
			out = append(out, credit{span: hearsay.Span{Start: span.Start + m[4], End: span.Start + m[5]}, text: text[m[4]:m[5]], name: name, typ: hearsay.Place, rule: "name-dateline"})
		}
	}
	if m[6] >= 0 && m[7] > m[6] {
		agency := text[m[6]:m[7]]
		kind := "agency"
		if r.lx.outlets != nil {
			if k := r.lx.outlets.OutletKind(strings.Fields(agency)); k != "" {
				kind = k
			}
		}
		out = append(out, credit{span: hearsay.Span{Start: span.Start + m[6], End: span.Start + m[7]}, text: agency, name: agency, typ: hearsay.Org, kind: kind, rule: "name-dateline"})
	}
	return out
}

// municipal reports whether a dateline's place is a municipal corporation's
// name: a word of cue class municipality, "of" and a name ("Town Of
// Elkhart").
func (r *resolver) municipal(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	return ok && r.lx.isLower(cueMunicipality, first) && strings.HasPrefix(rest, "Of ") && len(rest) > 3
}

// placeName writes an all-capital place name with capital initials
// ("WINSTON-SALEM" → "Winston-Salem", "ST. LOUIS" → "St. Louis").
func placeName(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	var b strings.Builder
	start := true
	for _, c := range strings.ToLower(s) {
		if start {
			c = unicode.ToUpper(c)
		}
		start = !unicode.IsLetter(c) && c != '\'' && c != '’'
		b.WriteRune(c)
	}
	return b.String()
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
