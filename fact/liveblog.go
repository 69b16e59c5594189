package fact

import (
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

// stampEntries gives the events of a live blog's entries that the text
// does not date the time stamp of their entry ("14:42 RESULT: X is elected
// Mayor": at 14:42 on the article's day).
func stampEntries(doc *hearsay.Document, raws []*raw, stamps []int) {
	if stamps == nil {
		return
	}
	for _, rw := range raws {
		if rw.f.Time != nil || rw.echo || rw.noun || rw.s == nil || !stampedTypes.has(rw.f.Type) {
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
