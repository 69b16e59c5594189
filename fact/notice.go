package fact

import (
	"slices"
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
		if n := len(toks[i].Text); n < 64 && noticeFirstLens&(1<<n) == 0 {
			continue // most tokens: no opener's first word has their length
		}
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

// noticeOpeners are the phrases that open a notice of an engagement, each
// ending in "between" (data/classes.tsv, class noticeopeners).
var noticeOpeners = wordPhrases("noticeopeners")

// noticeFirsts are the distinct first words of the notice openers.
var noticeFirsts = func() []string {
	var out []string
	for _, ph := range noticeOpeners {
		if !slices.Contains(out, ph[0]) {
			out = append(out, ph[0])
		}
	}
	return out
}()

// noticeFirstLens has bit n set for each length n below 64 bytes of a
// first word of a notice opener, which mayOpenNotice requires of a token:
// one test turns down most tokens (those of 64 bytes or more are looked at).
var noticeFirstLens = func() uint64 {
	var bits uint64
	for _, f := range noticeFirsts {
		if len(f) < 64 {
			bits |= 1 << len(f)
		}
	}
	return bits
}()

// noticeBetween returns the token after "between" when the tokens from i
// open a notice of an engagement (noticeOpeners), else -1.
func noticeBetween(doc *hearsay.Document, i int) int {
	t := doc.Tokens
	if !mayOpenNotice(t[i].Text) {
		return -1 // most tokens: no look at the words after
	}
	for _, ph := range noticeOpeners {
		if phraseAt(t, i, ph) {
			return i + len(ph)
		}
	}
	return -1
}

// mayOpenNotice reports whether word w is the first word of a notice
// opener.
func mayOpenNotice(w string) bool {
	for _, f := range noticeFirsts {
		if len(w) == len(f) && strings.EqualFold(w, f) {
			return true
		}
	}
	return false
}

// phraseAt reports whether the tokens from i, all in i's sentence, are the
// words of ph (case aside).
func phraseAt(t []hearsay.Token, i int, ph []string) bool {
	if i+len(ph) > len(t) {
		return false
	}
	for k, w := range ph {
		if t[i+k].Sentence != t[i].Sentence || !strings.EqualFold(t[i+k].Text, w) {
			return false
		}
	}
	return true
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
