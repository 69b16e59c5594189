package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// minStamps is how many paragraphs must open with a time of day for an
// article to be read as a live blog.
const minStamps = 2

// liveStamps returns, by sentence, the time expression that opens the
// live-blog entry the sentence belongs to ("14:42 RESULT: X is elected"),
// -1 for none; nil when the article is no live blog (fewer than minStamps
// paragraphs open with a time of day).
func liveStamps(doc *hearsay.Document) []int {
	n := 0
	for i := range doc.Timexes {
		if doc.Timexes[i].Type == hearsay.Time && opensSentence(doc, doc.Timexes[i]) {
			n++
		}
	}
	if n < minStamps {
		return nil // the cheap test every other article fails
	}
	para := paragraphStarts(doc)
	out := make([]int, len(doc.Sentences))
	cur, stamps := -1, 0
	for si := range doc.Sentences {
		if para[si] {
			cur = stampAt(doc, si)
			if cur >= 0 {
				stamps++
			}
		}
		out[si] = cur
	}
	if stamps < minStamps {
		return nil
	}
	return out
}

// opensSentence reports whether the time expression is the first token of
// its sentence.
func opensSentence(doc *hearsay.Document, t hearsay.Timex) bool {
	s := doc.Sentences[t.Sentence]
	return s.FirstToken < len(doc.Tokens) && doc.Tokens[s.FirstToken].Start == t.Start
}

// stampAt returns the time of day that opens sentence si, or -1.
func stampAt(doc *hearsay.Document, si int) int {
	for i := range doc.Timexes {
		t := &doc.Timexes[i]
		if t.Sentence == si && t.Type == hearsay.Time && opensSentence(doc, *t) {
			return i
		}
	}
	return -1
}

// stampedTypes are the events a live-blog entry tells as happening at its
// time stamp.
var stampedTypes = typesOf("elected", "appointed", "resigned", "dismissed", "located_at", "met", "engaged", "died")

// headedTypes are the events a timeline entry tells as happening at the
// date of its heading: a live blog's and a couple's milestones.
var headedTypes = typesOf("elected", "appointed", "resigned", "dismissed", "located_at", "met", "engaged", "died", "married", "separated", "divorced")

// stampEntries gives the events of types in a live blog's or a timeline's
// entries that the text does not date the time stamp or the heading date of
// their entry (stamps, by sentence): "14:42 RESULT: X is elected Mayor" at
// 14:42 on the article's day; "Sept. 2021: Wedding bells. The couple wed in
// Sonoma" in September 2021. An event told of one partner ("He proposed at
// his family's farmhouse") takes it too, before its partner is filled in.
func stampEntries(doc *hearsay.Document, raws []*raw, stamps []int, types typeSet) {
	if stamps == nil {
		return
	}
	for _, rw := range raws {
		if rw.f.Time != nil || rw.echo && !partnerless(rw) || rw.noun || rw.s == nil || !types.has(rw.f.Type) {
			continue
		}
		ti := stamps[rw.s.idx]
		if ti < 0 {
			continue
		}
		t := doc.Timexes[ti]
		e, l := bounds(t)
		rw.f.Time = &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: e, Latest: l, Timex: ti}
	}
}

// headedCouples are the states of a couple a timeline entry tells in the
// present of its heading.
var headedCouples = typesOf("dating", "separated", "expecting_child", "engaged", "married")

// headedPresents gives the states of a couple that a timeline's entry tells
// in its historical present the date of the entry's heading (stamps, by
// sentence): "2025: Orr is photographed with a new girlfriend, Freja Holm"
// is a romance of 2025, not of the day the timeline is published; the start
// of a relationship the entry tells with no time of its own ("March 2016:
// The pair go public") is the heading's date.
func headedPresents(doc *hearsay.Document, raws []*raw, stamps []int) {
	if stamps == nil {
		return
	}
	for _, rw := range raws {
		if rw.noun || rw.s == nil || !headedCouples.has(rw.f.Type) || stamps[rw.s.idx] < 0 {
			continue
		}
		ti := stamps[rw.s.idx]
		t := doc.Timexes[ti]
		switch {
		case rw.f.Time == nil && rw.f.Type == "dating" && rw.pat != nil && rw.pat.has("start"):
			rw.f.Time = &hearsay.FactTime{Start: t.Value, Timex: ti}
		case rw.f.Time != nil && rw.f.Time.Value == "PRESENT_REF":
			e, l := bounds(t)
			rw.f.Time = &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: e, Latest: l, Timex: ti}
		}
	}
}

// headingStamps returns, by sentence, the date that heads the timeline entry
// the sentence belongs to ("Dec. 24, 2020: A Christmas Eve proposal" over
// "He proposed at his family's farmhouse"), -1 for none; nil when the
// article is no timeline (fewer than minStamps paragraphs open with a date
// and a colon). An entry runs to the next heading.
func headingStamps(doc *hearsay.Document) []int {
	var heads map[int]int // sentence -> its heading's date
	for i := range doc.Timexes {
		if t := &doc.Timexes[i]; headingDate(doc, t) {
			if heads == nil {
				heads = map[int]int{}
			}
			if _, ok := heads[t.Sentence]; !ok {
				heads[t.Sentence] = i
			}
		}
	}
	if len(heads) < minStamps {
		return nil // the cheap test every other article fails
	}
	para := paragraphStarts(doc)
	out := make([]int, len(doc.Sentences))
	cur, n := -1, 0
	for si := range doc.Sentences {
		if ti, ok := heads[si]; ok && para[si] {
			cur = ti
			n++
		}
		out[si] = cur
	}
	if n < minStamps {
		return nil
	}
	return out
}

// headingMarks are the marks that close a timeline's heading date ("2019:",
// "March 2015 — They marry").
var headingMarks = []string{":", "—", "–", "- "}

// headingMark reports whether the word w is one of headingMarks (a
// timeline's line read word by word: "2005 — Elected ...").
func headingMark(w string) bool {
	for _, m := range headingMarks {
		if strings.TrimSpace(m) == w {
			return true
		}
	}
	return false
}

// headingDate reports whether t is a date that opens its sentence followed
// by a colon or a dash ("Sept. 2021: Wedding bells", "March 2015 — They
// marry"). A time of day is a live blog's stamp, not a heading's.
func headingDate(doc *hearsay.Document, t *hearsay.Timex) bool {
	if t.Type != hearsay.Date || t.Value == "" || strings.Contains(t.Value, "REF") || t.Sentence < 0 || t.Sentence >= len(doc.Sentences) || !opensSentence(doc, *t) {
		return false
	}
	rest := strings.TrimLeft(doc.Text[t.End:min(len(doc.Text), t.End+6)], " ")
	for _, m := range headingMarks {
		if strings.HasPrefix(rest, m) {
			return true
		}
	}
	return false
}
