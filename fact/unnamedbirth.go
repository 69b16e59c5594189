package fact

import (
	"fmt"
	"strings"

	"github.com/hearsay-news/hearsay"
)

// birthVerbs tell a birth that has happened when a baby follows them
// ("welcomed a baby boy"; "birth" after gave or given: "gave birth to a
// son"); "is set to welcome" and "is due to give birth" tell none.
var birthVerbs = map[string]bool{"welcomed": true, "welcomes": true, "birth": true}

// gaveWords make "birth" a birth that happened ("gave birth", "has given
// birth").
var gaveWords = map[string]bool{"gave": true, "given": true}

// babyLeads may stand between a birth verb and the baby ("welcomed their
// second child", "gave birth to a healthy baby girl").
var babyLeads = map[string]bool{"a": true, "an": true, "their": true, "her": true, "his": true, "first": true, "second": true,
	"third": true, "fourth": true, "fifth": true, "baby": true, "healthy": true, "new": true, "newborn": true}

// babyHeads end the words for a baby born ("a son", "a baby girl",
// "twins").
var babyHeads = map[string]bool{"son": true, "daughter": true, "boy": true, "girl": true, "child": true, "baby": true,
	"twins": true, "triplets": true, "sons": true, "daughters": true}

// unnamedBirthFacts reads the births of children the sentence does not
// name ("X and Y welcomed a baby boy in June", "X gave birth to a
// daughter"): the parents named before the verb, and the partner after
// "with", get one unnamed child and a parent_of timed by the sentence's
// date after the verb. A child named right after ("a son, Leo", "a girl
// named Mia") is the patterns' to read, and a parent who already has a
// child told in the sentence or the next few ("... welcomed their first
// child. Our daughter, Lumi, arrived on April 28") gets none.
func unnamedBirthFacts(doc *hearsay.Document, facts []hearsay.Fact) []hearsay.Fact {
	var out []hearsay.Fact
	for ti := range doc.Tokens {
		if !birthVerbs[strings.ToLower(doc.Tokens[ti].Text)] {
			continue
		}
		head, ok := unnamedBabyAt(doc, ti)
		if !ok {
			continue
		}
		sent := doc.Tokens[ti].Sentence
		parents := birthParents(doc, ti, head)
		if len(parents) == 0 || len(parents) > 2 || parentNear(facts, parents, sent) || parentNear(doc.Facts, parents, sent) {
			continue
		}
		words := make([]string, 0, 3)
		for k := ti + 1; k <= head; k++ {
			if w := strings.ToLower(doc.Tokens[k].Text); w != "to" && !determiners[w] {
				words = append(words, w)
			}
		}
		doc.Entities = append(doc.Entities, hearsay.Entity{ID: fmt.Sprintf("e%d", len(doc.Entities)+1), Type: hearsay.Person,
			Name: doc.Entities[parents[0]].Name + "'s " + strings.Join(words, " "), Unnamed: true})
		kid := len(doc.Entities) - 1
		sp := hearsay.Span{Start: doc.Tokens[ti].Start, End: doc.Tokens[head].End}
		t := dateAfter(doc, sent, doc.Tokens[head].End)
		for _, p := range parents {
			out = append(out, hearsay.Fact{Type: "parent_of", Args: []hearsay.Arg{entArg(doc, p), entArg(doc, kid)}, Time: t,
				Modality: hearsay.Asserted, Polarity: hearsay.Pos, Sentence: sent, Evidence: []int{sent}, Trigger: sp, Rule: "unnamedbirth"})
		}
	}
	return out
}

// unnamedBabyAt returns the last token of the words for a baby after the
// birth verb at token ti ("welcomed a baby boy", "birth to twins") when no
// name follows them; ok is false otherwise.
func unnamedBabyAt(doc *hearsay.Document, ti int) (head int, ok bool) {
	sent := doc.Tokens[ti].Sentence
	k := ti + 1
	if strings.ToLower(doc.Tokens[ti].Text) == "birth" {
		if ti == 0 || !gaveWords[strings.ToLower(doc.Tokens[ti-1].Text)] || k >= len(doc.Tokens) || strings.ToLower(doc.Tokens[k].Text) != "to" {
			return 0, false
		}
		k++
	}
	head = -1
	for ; k < len(doc.Tokens) && doc.Tokens[k].Sentence == sent; k++ {
		w := strings.ToLower(doc.Tokens[k].Text)
		if babyHeads[w] {
			head = k
			continue
		}
		if head >= 0 || !babyLeads[w] {
			break
		}
	}
	if head < 0 {
		return 0, false
	}
	if n := head + 1; n < len(doc.Tokens) && doc.Tokens[n].Sentence == sent {
		w := doc.Tokens[n].Text
		if w == "named" || w == "called" || w == ":" || personMentionAt(doc, doc.Tokens[n].Start, true) >= 0 {
			return 0, false
		}
		if w == "," && n+1 < len(doc.Tokens) && doc.Tokens[n+1].Sentence == sent && !lowerWord(doc.Tokens[n+1].Text) {
			return 0, false // "a son, Leo,"
		}
	}
	return head, true
}

// birthParents returns the people of the sentence named before the birth
// verb at token ti, and the one after "with" past the baby's last token
// head ("welcomed a son with her partner Tom Hale").
func birthParents(doc *hearsay.Document, ti, head int) []int {
	sent := doc.Tokens[ti].Sentence
	var ps []int
	add := func(e int) {
		if e < 0 || doc.Entities[e].Type != hearsay.Person || doc.Entities[e].Unnamed {
			return
		}
		for _, p := range ps {
			if p == e {
				return
			}
		}
		ps = append(ps, e)
	}
	after := -1
	if n := head + 1; n < len(doc.Tokens) && doc.Tokens[n].Sentence == sent && strings.ToLower(doc.Tokens[n].Text) == "with" {
		after = doc.Tokens[n].End
	}
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Sentence != sent || m.Entity < 0 {
			continue
		}
		if m.End <= doc.Tokens[ti].Start {
			add(m.Entity)
			for _, e := range m.Members {
				add(e)
			}
		} else if after >= 0 && m.Start >= after && m.Start <= after+40 {
			add(m.Entity)
			after = -1
		}
	}
	return ps
}

// childTellingSpan is the number of sentences after a birth in which a
// child named is taken for the child born.
const childTellingSpan = 3

// parentNear reports whether one of parents already has a child in a
// parent_of of sentence sent or of the childTellingSpan sentences after it.
func parentNear(facts []hearsay.Fact, parents []int, sent int) bool {
	for _, f := range facts {
		if f.Type != "parent_of" || f.Sentence < sent || f.Sentence > sent+childTellingSpan || len(f.Args) != 2 {
			continue
		}
		for _, p := range parents {
			if f.Args[0].Entity == p {
				return true
			}
		}
	}
	return false
}

// dateAfter returns the time of the first date of sentence sent that
// starts at or after offset off, nil when there is none.
func dateAfter(doc *hearsay.Document, sent, off int) *hearsay.FactTime {
	for i := range doc.Timexes {
		tx := &doc.Timexes[i]
		if tx.Sentence == sent && tx.Type == hearsay.Date && tx.Value != "" && tx.Start >= off && tx.Start < tx.End {
			return &hearsay.FactTime{Value: tx.Value, Mod: tx.Mod, Earliest: tx.Earliest, Latest: tx.Latest, Timex: i}
		}
	}
	return nil
}
