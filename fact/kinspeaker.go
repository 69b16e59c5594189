package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// parentBefore reports whether the sentence of Mentions[k], an unnamed
// child under a pronoun ("his son"), names before it a parent by a noun's
// possessive ("the boy's father", "Tomas Varga's mother", "Ana's divorced
// father") whom the text does not name there, or names one in apposition
// other than p ("the boy's father, Pavel Varga,"): "his" is that parent's,
// and the child is the person the possessive names, not a child of p, the
// one the pronoun was taken for ("Tomas Varga's father said he wants
// diplomats to meet his son": no son of Tomas Varga; "President X said the
// boy's father would pick up his son": no son of X).
func parentBefore(doc *hearsay.Document, k, p int) bool {
	m := &doc.Mentions[k]
	if w := strings.Fields(strings.ToLower(m.Text)); len(w) == 0 || (w[0] != "his" && w[0] != "her") {
		return false
	}
	sen := &doc.Sentences[m.Sentence]
	end := min(sen.EndToken, len(doc.Tokens))
	for t := sen.FirstToken; t < end && doc.Tokens[t].End <= m.Start; t++ {
		if !kinLex.parent[strings.ToLower(doc.Tokens[t].Text)] || !nounPossessiveBefore(doc, t, sen.FirstToken) {
			continue
		}
		if t+2 < end && doc.Tokens[t+1].Text == "," {
			if q := personMentionAt(doc, doc.Tokens[t+2].Start, true); q >= 0 {
				return q != p // "the boy's father, Pavel Varga, ... his son": the named father's son
			}
		}
		return true
	}
	return false
}

// nounPossessiveBefore reports whether the parent noun at token t follows
// a noun's possessive "'s", right before it or with one word between
// ("the boy's divorced father").
func nounPossessiveBefore(doc *hearsay.Document, t, first int) bool {
	for j := t - 1; j >= first && j >= t-2; j-- {
		switch w := doc.Tokens[j].Text; {
		case w == "'s" || w == "’s" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
			return true
		case w == "," || w == "and" || w == "his" || w == "her":
			return false
		}
	}
	return false
}
