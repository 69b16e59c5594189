package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// promotionWords are the verbs that tell a move up from one post to the
// next at the same organisation.
var promotionWords = wordList("promotionwords")

// promotions end the post a promotion moves its holder out of ("Education
// officer X was promoted to head of learning in March": the post of
// education officer ended in March), when the post is told in the same
// sentence before the promotion, at the same organisation, with no time of
// its own, and the promotion is dated.
func promotions(raws []*raw) {
	for _, a := range raws {
		t := a.f.Time
		if a.f.Type != "appointed" || a.echo || a.s == nil || len(a.f.Args) != 3 || a.f.Modality != hearsay.Asserted ||
			t == nil || t.Value == "" || strings.Contains(t.Value, "REF") || !promotedIn(a.s) {
			continue
		}
		for _, p := range raws {
			if p == a || p.echo || p.s != a.s || p.f.Type != "position_held" || len(p.f.Args) != 3 ||
				p.f.Args[0].Entity != a.f.Args[0].Entity || !sameOrg(p.f.Args[2], a.f.Args[2]) ||
				strings.EqualFold(p.f.Args[1].Literal, a.f.Args[1].Literal) || p.f.Trigger.Start >= a.f.Trigger.Start {
				continue
			}
			if pt := p.f.Time; pt != nil && (pt.Value != "" || pt.Start != "" || pt.End != "") {
				continue
			}
			p.f.Time = &hearsay.FactTime{End: t.Value, Timex: -1}
			p.f.Derived = true
			p.f.Reason = "the post ended with the promotion (" + t.Value + ")"
		}
	}
}

// promotedIn reports whether a sentence tells a promotion.
func promotedIn(s *sent) bool {
	for _, w := range promotionWords {
		if s.has(w) {
			return true
		}
	}
	return false
}
