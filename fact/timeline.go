package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// minTimelineLines is how many lines of an article must open with a date
// and a dash or a colon for its lines to be read as a timeline.
const minTimelineLines = 3

// timelineSubject returns the person a line of a timeline leaves out
// (pattern option timeline=A): "GORDON HALLAM: A TIMELINE ... 2005 —
// Elected MP for Tarrow East." When the sentence opens a line with a date
// (headingDate) followed only by unit u, a dash or a colon, and at least minTimelineLines lines of the article open so, the
// subject is the person the article names most, at least twice and more
// often than anyone else; false otherwise.
func (s *sent) timelineSubject(u int) (bound, bool) {
	if s.doc == nil || u < 1 || u >= len(s.units) || !headingMark(s.units[u].word) {
		return bound{}, false
	}
	doc := s.doc
	t := -1
	for _, i := range s.tix() {
		if doc.Timexes[i].Start == s.units[0].Start {
			t = i
		}
	}
	if t < 0 || !datedLine(doc, t) || strings.TrimSpace(doc.Text[doc.Timexes[t].End:s.units[u].Start]) != "" {
		return bound{}, false
	}
	n := 0
	for i := range doc.Timexes {
		if datedLine(doc, i) {
			n++
		}
	}
	if n < minTimelineLines {
		return bound{}, false
	}
	best, most, second := -1, 1, 0
	for i := range doc.Entities {
		if doc.Entities[i].Type != hearsay.Person {
			continue
		}
		switch k := len(doc.Entities[i].Mentions); {
		case k > most:
			best, most, second = i, k, most
		case k > second:
			second = k
		}
	}
	if best < 0 || second >= most {
		return bound{}, false
	}
	return bound{set: true, ents: []int{best}, span: s.units[u].Span}, true
}

// datedLine reports whether time expression i is a date that opens a line
// of the text and is followed by a dash or a colon ("2005 — Elected ...",
// "May 17, 2026: Resigns ..."), a heading date of headingDate.
func datedLine(doc *hearsay.Document, i int) bool {
	t := &doc.Timexes[i]
	if !headingDate(doc, t) {
		return false
	}
	before := strings.TrimRight(doc.Text[:t.Start], " \t")
	return before == "" || strings.HasSuffix(before, "\n")
}
