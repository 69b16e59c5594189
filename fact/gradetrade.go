package fact

import (
	"strings"

	"github.com/hearsay-news/hearsay"
)

// tradeGrades are the words before a trade that name a grade of it, the
// trade held all the same: a "chief economist" is an economist, a "head
// gardener" a gardener, a "staff engineer" an engineer.
var tradeGrades = wordSet("tradegrades")

// gradePosts are the last words of a graded post that name no trade of its
// own ("chief executive", "chief scout", "chief constable").
var gradePosts = wordSet("gradeposts")

// tradePosts are the posts of one word that are a trade too, whoever holds
// them ("organist of Carnforth Cathedral", "a nurse at Halden Hospital").
var tradePosts = wordSet("tradeposts")

// gradedTrade returns the trade a grade word opens in literal lit ("chief
// economist" gives "economist", "senior research scientist" "research
// scientist"), or "" when lit opens with no grade or the rest is no
// occupation the mention stage knows.
func gradedTrade(lit string) string {
	grade, trade, ok := strings.Cut(strings.ToLower(lit), " ")
	if !ok || !tradeGrades[grade] || !occupationSet[trade] {
		return ""
	}
	return trade
}

// postTradeRule is the rule of an occupation postTrades reads.
const postTradeRule = "post-trade"

// postTrades returns the occupations that the graded posts and the trade
// posts among facts tell of their holders ("Ann Kerr is chief economist at
// Halden Bank": an economist; "the estate's head gardener": a gardener;
// "40 years as organist of X": an organist), one per person and
// trade, in the voice and from the sentence of the post. Only posts told
// as asserted fact are read, and none whose trade is a post itself
// (gradePosts: "chief executive").
func postTrades(facts ...[]hearsay.Fact) []hearsay.Fact {
	var out []hearsay.Fact
	type personTrade struct {
		person int
		trade  string
	}
	seen := map[personTrade]bool{}
	for _, list := range facts {
		for i := range list {
			f := &list[i]
			if !isPostEvent(f.Type) || len(f.Args) != 3 || f.Args[0].Entity < 0 || f.Args[1].Entity >= 0 ||
				f.Modality != hearsay.Asserted || f.Polarity != hearsay.Pos {
				continue
			}
			trade := gradedTrade(f.Args[1].Literal)
			if lit := strings.ToLower(f.Args[1].Literal); trade == "" && tradePosts[lit] {
				trade = lit // "after 40 years as organist of Carnforth Cathedral": an organist
			}
			if trade == "" || gradePosts[lastWord(trade)] {
				continue
			}
			key := personTrade{f.Args[0].Entity, trade}
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, hearsay.Fact{
				Type:     "occupation",
				Args:     []hearsay.Arg{f.Args[0], {Entity: -1, Literal: trade}},
				Modality: f.Modality,
				Polarity: f.Polarity,
				Sources:  f.Sources,
				Sentence: f.Sentence,
				Evidence: []int{f.Sentence},
				Trigger:  f.Trigger,
				Derived:  true,
				Reason:   "the trade of the graded post " + f.Args[1].Literal,
				Rule:     postTradeRule,
			})
		}
	}
	return out
}

// ungradedOccupations names each occupation of facts whose literal opens
// with a grade word by the trade alone ("chief economist" becomes
// "economist", "staff engineer" "engineer"), and drops an occupation so
// renamed, or one postTrades read, that an occupation before it already
// tells of the same person in the same polarity and modality.
func ungradedOccupations(facts []hearsay.Fact) []hearsay.Fact {
	var drop []bool
	for i := range facts {
		f := &facts[i]
		if f.Type != "occupation" || len(f.Args) != 2 {
			continue
		}
		renamed := false
		if trade := gradedTrade(f.Args[1].Literal); trade != "" {
			f.Args = []hearsay.Arg{f.Args[0], {Entity: -1, Literal: trade}}
			renamed = true
		}
		if (renamed || f.Rule == postTradeRule) && toldBefore(facts[:i], f) {
			if drop == nil {
				drop = make([]bool, len(facts))
			}
			drop[i] = true
		}
	}
	return withoutDropped(facts, drop)
}

// toldBefore reports whether facts hold the occupation f tells, of the
// same person in the same polarity and modality.
func toldBefore(facts []hearsay.Fact, f *hearsay.Fact) bool {
	for j := range facts {
		g := &facts[j]
		if g.Type == "occupation" && len(g.Args) == 2 && g.Args[0].Entity == f.Args[0].Entity &&
			g.Polarity == f.Polarity && g.Modality == f.Modality && strings.EqualFold(g.Args[1].Literal, f.Args[1].Literal) {
			return true
		}
	}
	return false
}
