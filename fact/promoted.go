package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// promotionWords are the verbs that tell a move up from one post to the
// next at the same organisation.
var promotionWords = wordList("promotionwords")

// stepUpWords are the first words of a post held in place of or under
// another ("deputy chief", "vice president", "acting head").
var stepUpWords = wordSet("stepupwords")

// promotions end the post a promotion moves its holder out of ("Education
// officer X was promoted to head of learning in March": the post of
// education officer ended in March), when the post is told in the same
// sentence before the promotion, at the same organisation, with no time of
// its own, and the promotion is dated. Without a verb of promotion, an
// appointment to the post the old one stands in for is one ("named Deputy
// Chief X interim chief": the deputy's post ended).
func promotions(raws []*raw) {
	for _, a := range raws {
		t := a.f.Time
		if a.f.Type != "appointed" || a.echo || a.s == nil || len(a.f.Args) != 3 || a.f.Modality != hearsay.Asserted ||
			t == nil || t.Value == "" || strings.Contains(t.Value, "REF") {
			continue
		}
		promoted := promotedIn(a.s)
		for _, p := range raws {
			if p == a || p.echo || p.s != a.s || p.f.Type != "position_held" || len(p.f.Args) != 3 ||
				p.f.Args[0].Entity != a.f.Args[0].Entity || !sameOrg(p.f.Args[2], a.f.Args[2]) ||
				strings.EqualFold(p.f.Args[1].Literal, a.f.Args[1].Literal) ||
				!promoted && !stepsUp(p.f.Args[1].Literal, a.f.Args[1].Literal) {
				continue
			}
			// the old post is the title before the name, or told before the promotion
			if titled := p.f.Trigger.Start <= personStart(a); !titled && (!promoted || p.f.Trigger.Start >= a.f.Trigger.Start) {
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

// stepsUp reports whether a post is the one an earlier post stands in for
// or under: the earlier one is the later one, or the later one's last
// words, with a stand-in word before it ("deputy chief" and "chief" or
// "interim chief", "vice president" and "president", "deputy clerk" and
// "town clerk"), a stand-in word before the later one read past.
func stepsUp(from, to string) bool {
	first, rest, ok := strings.Cut(strings.ToLower(from), " ")
	if !ok || !stepUpWords[first] {
		return false
	}
	to = strings.ToLower(to)
	if w, r, ok := strings.Cut(to, " "); ok && stepUpWords[w] {
		to = r
	}
	return rest == to || strings.HasSuffix(to, " "+rest)
}

// personStart returns where the person of a match is named, or -1 when the
// match binds none.
func personStart(rw *raw) int {
	if rw.b == nil || !rw.b.slots[slotA].set {
		return -1
	}
	return rw.b.slots[slotA].span.Start
}
