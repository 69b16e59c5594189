package fact

import (
	"strings"

	"github.com/hearsay-news/hearsay"
)

// engagementNotices reads the formal announcement of an engagement ("The
// engagement is announced between Tobias, elder son of ..., and Clementine,
// daughter of ...", "A marriage has been arranged between ...", the banns
// a parish publishes: "I publish the banns of marriage between Thomas
// Greaves, bachelor, of this parish, and ..."): the person named right after "between" and the one
// named right after the first ", and" of the sentence are engaged. The
// families told between them hold names and places, which the patterns'
// gaps do not pass, hence a reader of its own. The fact has no time: the
// announcement is not the engagement.
func engagementNotices(doc *hearsay.Document) []hearsay.Fact {
	var out []hearsay.Fact
	toks := doc.Tokens
	for i := 0; i+4 < len(toks); i++ {
		first := noticeBetween(doc, i) // the token after "between"
		if first < 0 {
			continue
		}
		sent := toks[i].Sentence
		a := personMentionIn(doc, toks[first].Start, toks[min(first+3, len(toks)-1)].End, sent)
		if a < 0 {
			continue
		}
		for k := first + 1; k+1 < len(toks) && toks[k+1].Sentence == sent; k++ {
			if toks[k].Text != "," || !strings.EqualFold(toks[k+1].Text, "and") {
				continue
			}
			b := -1
			if k+2 < len(toks) && toks[k+2].Sentence == sent {
				b = personMentionIn(doc, toks[k+2].Start, toks[min(k+4, len(toks)-1)].End, sent)
			}
			if b >= 0 && b != a {
				tok := &toks[i]
				out = append(out, hearsay.Fact{Type: "engaged", Args: []hearsay.Arg{entArg(doc, a), entArg(doc, b)},
					Modality: hearsay.Asserted, Polarity: hearsay.Pos, Sentence: sent, Evidence: []int{sent},
					Trigger: hearsay.Span{Start: tok.Start, End: toks[first-1].End}, Rule: "engagementnotice"})
			}
			break
		}
	}
	return out
}

// noticeBetween returns the token after "between" when the tokens from i
// open a notice of an engagement ("engagement is|was announced between",
// "banns of marriage between", "marriage is|has been arranged between"),
// else -1.
func noticeBetween(doc *hearsay.Document, i int) int {
	t := doc.Tokens
	if !mayOpenNotice(t[i].Text) {
		return -1 // most tokens: no look at the words after
	}
	is := func(k int, ws ...string) bool {
		if k >= len(t) || t[k].Sentence != t[i].Sentence {
			return false
		}
		for _, w := range ws {
			if strings.EqualFold(t[k].Text, w) {
				return true
			}
		}
		return false
	}
	switch {
	case is(i, "engagement") && is(i+1, "is", "was") && is(i+2, "announced") && is(i+3, "between"):
		return i + 4
	case is(i, "banns") && is(i+1, "of") && is(i+2, "marriage") && is(i+3, "between"):
		return i + 4
	case is(i, "marriage") && is(i+1, "is", "was") && is(i+2, "arranged") && is(i+3, "between"):
		return i + 4
	case is(i, "marriage") && is(i+1, "has") && is(i+2, "been") && is(i+3, "arranged") && is(i+4, "between"):
		return i + 5
	}
	return -1
}

// mayOpenNotice reports, by length and first letter, whether word w may be
// one of the words that open a notice ("engagement", "banns", "marriage").
func mayOpenNotice(w string) bool {
	switch len(w) {
	case len("banns"):
		return w[0] == 'b' || w[0] == 'B'
	case len("marriage"):
		return w[0] == 'm' || w[0] == 'M'
	case len("engagement"):
		return w[0] == 'e' || w[0] == 'E'
	}
	return false
}

// personMentionIn returns the entity of the first person mention (no
// pronoun) of sentence sent that starts at or after offset lo and before
// hi, -1 when there is none.
func personMentionIn(doc *hearsay.Document, lo, hi, sent int) int {
	best, at := -1, hi
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Entity < 0 || m.Start < lo || m.Start >= at || m.Sentence != sent || m.Kind == hearsay.PronounMention || doc.Entities[m.Entity].Type != hearsay.Person {
			continue
		}
		best, at = m.Entity, m.Start
	}
	return best
}
