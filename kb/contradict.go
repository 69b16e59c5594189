package kb

import (
	"fmt"
	"sort"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// contradictions finds birth intervals that intersect to nothing and
// one-time events whose reported dates cannot all hold.
func contradictions(rules *Rules, kb *KB) []Contradiction {
	var out []Contradiction
	for _, e := range kb.Entities {
		if c, ok := BirthConflict(e, ""); ok {
			out = append(out, c)
		}
	}
	for _, c := range kb.Claims {
		if !rules.typeOf(c.Type).Once {
			continue
		}
		if k, ok := TimeConflict(rules, c, ""); ok {
			out = append(out, k)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].Subject < out[j].Subject
	})
	return out
}

// BirthConflict reports the ages of e (stated on or before asOf) whose
// birth intervals do not intersect, as sides of a contradiction.
func BirthConflict(e *Entity, asOf string) (Contradiction, bool) {
	if _, ok := e.Birth(asOf); ok {
		return Contradiction{}, false
	}
	type side struct {
		iv   Interval
		ages []AgeObs
	}
	var sides []*side
	for _, a := range e.Ages {
		if asOf != "" && a.Date > asOf {
			continue
		}
		placed := false
		for _, s := range sides {
			if iv := intersect(s.iv, a.Birth); iv.Earliest <= iv.Latest {
				s.iv, s.ages, placed = iv, append(s.ages, a), true
				break
			}
		}
		if !placed {
			sides = append(sides, &side{iv: a.Birth, ages: []AgeObs{a}})
		}
	}
	c := Contradiction{Kind: "birth", Subject: e.Name, Entity: e.ID}
	for _, s := range sides {
		cs := ConflictSide{Value: s.iv.Earliest + ".." + s.iv.Latest}
		for _, a := range s.ages {
			cs.Reports = append(cs.Reports, Report{Doc: a.Doc, Date: a.Date, Outlet: a.Outlet, Fact: fmt.Sprintf("age %d on %s", a.Years, a.At),
				Sentence: a.Sentence, Span: a.Span})
		}
		c.Sides = append(c.Sides, cs)
	}
	return c, true
}

// pointBounds returns the day bounds of a report's time when it names a
// point (not a state, not PRESENT_REF).
func pointBounds(r *Report) (Interval, bool) {
	t := r.Time
	if t == nil || t.Earliest == "" || t.Latest == "" || strings.HasSuffix(t.Value, "_REF") {
		return Interval{}, false
	}
	return Interval{Earliest: t.Earliest, Latest: t.Latest}, true
}

// TimeConflict reports the dates of a one-time event (reports published on
// or before asOf) that cannot all hold, grouped into sides that agree.
func TimeConflict(rules *Rules, c *Claim, asOf string) (Contradiction, bool) {
	type side struct {
		iv      Interval
		reports []Report
	}
	var sides []*side
	for i := range c.Reports {
		r := c.Reports[i]
		if asOf != "" && r.Date > asOf || r.Polarity == "neg" || r.Modality == "denied" {
			continue
		}
		b, ok := pointBounds(&r)
		if !ok || !explicit(r.Time) {
			continue
		}
		placed := false
		for _, s := range sides {
			if iv := intersect(s.iv, b); iv.Earliest <= iv.Latest {
				s.iv, s.reports, placed = iv, append(s.reports, r), true
				break
			}
		}
		if !placed {
			sides = append(sides, &side{iv: b, reports: []Report{r}})
		}
	}
	if len(sides) < 2 {
		return Contradiction{}, false
	}
	sort.SliceStable(sides, func(i, j int) bool { return weight(sides[i].reports) > weight(sides[j].reports) })
	// the best-supported side first
	k := Contradiction{Kind: "time", Subject: Describe(rules, c), Claim: c.ID}
	for _, s := range sides {
		k.Sides = append(k.Sides, ConflictSide{Value: sideValue(s.reports), Reports: s.reports})
	}
	return k, true
}

// sideValue labels a side by its most frequent time value, the earliest
// on a tie.
func sideValue(rs []Report) string {
	count := map[string]int{}
	b := ""
	for _, r := range rs {
		v := r.Time.Value
		if v == "" {
			v = r.Time.Earliest + ".." + r.Time.Latest
		}
		count[v]++
		if b == "" || count[v] > count[b] {
			b = v
		}
	}
	return b
}

// Describe names a claim in words: "married Elise Navarro, Graham Pryce".
func Describe(rules *Rules, c *Claim) string {
	names := make([]string, len(c.Args))
	for i, a := range c.Args {
		names[i] = a.Name
	}
	return rules.Word(c.Type) + ": " + strings.Join(names, ", ")
}

// explicit reports whether a time was stated as a date ("2015", "June 20,
// 2015") rather than inferred ("nearly nine years of marriage") or hedged
// ("around 2015"): only stated dates can contradict each other.
func explicit(t *hearsay.FactTime) bool {
	if t.Value == "" {
		return false
	}
	switch t.Mod {
	case "", "START", "MID", "END":
		return true
	}
	return false
}

// weight measures the support of a side: more reports, surer modalities
// and first-hand sources (a principal, a representative, a record) weigh
// more.
func weight(rs []Report) int {
	w := 0
	for i := range rs {
		w += certainty[rs[i].Modality]
		if FirstHand(&rs[i]) != nil {
			w += 5
		}
	}
	return w
}
