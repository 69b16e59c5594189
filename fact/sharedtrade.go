package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/lexicon"
)

// sharedTradePattern is the rule of a trade that "both" gives the people
// named before it.
var sharedTradePattern = &pattern{typ: "occupation", opts: options{{"trigger", "noun"}}, line: "a trade two people share"}

// tradeCopulas may stand between the people and "both" ("X and Y are both
// vets"); tradeClosers may follow the trade ("both teachers, organised",
// "both nurses at the hospital").
var (
	tradeCopulas = wordSet("tradecopula")
	tradeClosers = wordSet("tradecloser")
)

// sharedTrades reads the trade that "both" with a plural noun of work gives
// each of the people named just before it: "X and Y, both teachers,", "X
// and his wife Y, both doctors,", "X and Y are both vets", "the couple, who
// are both nurses". The noun of work is one the occupation list knows once
// made singular, whole or by its last word.
func (st *Stage) sharedTrades(s *sent, frames []*frame) []*raw {
	var out []*raw
	for i := 1; i+1 < len(s.units); i++ {
		x := &s.units[i]
		if x.ment != -1 || x.word != "both" {
			continue
		}
		skip := 0
		if w := s.units[i+1].word; s.units[i+1].ment == -1 && (w == "former" || w == "retired") {
			skip = 1 // "both retired teachers": the trade is the teacher's
		}
		trade, n := s.pluralTrade(i + 1 + skip)
		if n == 0 {
			continue
		}
		n += skip
		people := s.peopleBefore(i)
		end := s.units[i+n].End
		for _, p := range people {
			args := append(s.slab().argList(2), entArg(s.doc, p), hearsay.Arg{Entity: -1, Literal: trade})
			out = append(out, st.nounRaw(s, frames, sharedTradePattern, args, hearsay.Span{Start: s.units[i].Start, End: end}))
		}
	}
	return out
}

// pluralTrade returns the singular of the plural noun of work of one to
// three plain lowercase words at unit u, with the number of units it takes,
// when a closer follows it (tradeClosers or punctuation); 0 units when there
// is none.
func (s *sent) pluralTrade(u int) (string, int) {
	for n := 3; n >= 1; n-- {
		if u+n >= len(s.units) {
			continue
		}
		next := &s.units[u+n]
		if next.ment != -1 || !tradeClosers[next.word] {
			continue
		}
		ok := true
		for k := u; k < u+n; k++ {
			if y := &s.units[k]; y.ment != -1 || y.capital || !tradeWord(y.word) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		last := singularNoun(s.units[u+n-1].word)
		if last == "" {
			continue
		}
		words := make([]string, 0, n)
		for k := u; k < u+n-1; k++ {
			words = append(words, s.units[k].word)
		}
		phrase := strings.Join(append(words, last), " ")
		if occupationSet[phrase] || occupationSet[last] {
			return phrase, n
		}
	}
	return "", 0
}

// tradeWord reports whether w is made of lowercase letters and hyphens.
func tradeWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return true
}

// singularNoun returns the singular of a regular English plural noun
// (lexicon.Singular) of four letters or more, or "" when w reads as no
// plural.
func singularNoun(w string) string {
	if len(w) < 4 {
		return ""
	}
	if one, ok := lexicon.Singular(w); ok {
		return one
	}
	return ""
}

// peopleBefore returns the people named right before the "both" at unit i:
// past a copula and a comma ("X and Y, both", "X and Y are both", "who
// are both"), a group mention of people, or two or more people's mentions
// joined by "and" and commas, with up to two plain words before the last
// one ("X and his wife Y").
func (s *sent) peopleBefore(i int) []int {
	j := i - 1
	copula := false
	if s.units[j].ment == -1 && tradeCopulas[s.units[j].word] {
		copula = true
		j--
		if j >= 0 && s.units[j].ment == -1 && s.units[j].word == "who" {
			j--
		}
	}
	if j >= 0 && s.units[j].ment == -1 && s.units[j].word == "," {
		j--
	} else if !copula {
		return nil // "the plan both teachers backed": no apposition
	}
	if j < 0 {
		return nil
	}
	if x := &s.units[j]; x.ment != -1 && x.etype == entPerson && len(x.ents) >= 2 {
		return x.ents // "the couple, who are both nurses"
	}
	if !s.units[j].onePerson(kindName) {
		return nil
	}
	people := []int{s.units[j].ents[0]}
	k := j - 1
	for words := 0; k >= 0 && words < 2 && (s.units[k].ment == -1 || s.units[k].mkind == kindPronoun) && s.units[k].word != "and" && s.units[k].word != "," && !s.units[k].boundary; words++ {
		k-- // "X and his wife Y"
	}
	for k >= 1 && s.units[k].ment == -1 && (s.units[k].word == "and" || s.units[k].word == ",") && s.units[k-1].onePerson(kindName) {
		people = append(people, s.units[k-1].ents[0])
		k -= 2
	}
	if len(people) < 2 {
		return nil
	}
	return people
}
