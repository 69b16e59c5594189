package fact

import (
	"strings"

	"github.com/hearsay-news/hearsay"
)

// engagementNotices reads the formal announcement of an engagement ("The
// engagement is announced between Tobias, elder son of ..., and Clementine,
// daughter of ..."): the person named right after "between" and the one
// named right after the first ", and" of the sentence are engaged. The
// families told between them hold names and places, which the patterns'
// gaps do not pass, hence a reader of its own. The fact has no time: the
// announcement is not the engagement.
func engagementNotices(doc *hearsay.Document) []hearsay.Fact {
	var out []hearsay.Fact
	toks := doc.Tokens
	for i := 0; i+4 < len(toks); i++ {
		if !strings.EqualFold(toks[i].Text, "engagement") || !announcedBetween(doc, i) {
			continue
		}
		sent := toks[i].Sentence
		first := i + 4 // the token after "between"
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
					Trigger: hearsay.Span{Start: tok.Start, End: toks[i+3].End}, Rule: "engagementnotice"})
			}
			break
		}
	}
	return out
}

// announcedBetween reports whether the tokens after the engagement noun at
// i read "is|was announced between".
func announcedBetween(doc *hearsay.Document, i int) bool {
	t := doc.Tokens
	if t[i+3].Sentence != t[i].Sentence {
		return false
	}
	verb := strings.EqualFold(t[i+1].Text, "is") || strings.EqualFold(t[i+1].Text, "was")
	return verb && strings.EqualFold(t[i+2].Text, "announced") && strings.EqualFold(t[i+3].Text, "between")
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
