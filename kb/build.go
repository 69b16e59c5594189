package kb

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// Build computes the knowledge base from the current documents and the
// user's decisions. It depends only on the set of inputs, not their order.
func Build(ctx context.Context, rules *Rules, inputs []*Input, decisions []Decision) (*KB, error) {
	sort.Slice(inputs, func(i, j int) bool { return inputs[i].Doc < inputs[j].Doc })
	des := docEnts(rules, inputs)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	cs := resolve(des)
	assignIDs(cs)
	cs = applyDecisions(cs, decisions)
	kb := &KB{Docs: len(inputs)}
	ids := map[string]map[int]*Entity{} // doc → entity index → entity
	for _, c := range cs {
		e := entityOf(c)
		kb.Entities = append(kb.Entities, e)
		for _, m := range c.members {
			if ids[m.in.Doc] == nil {
				ids[m.in.Doc] = map[int]*Entity{}
			}
			ids[m.in.Doc][m.idx] = e
		}
	}
	sort.Slice(kb.Entities, func(i, j int) bool { return kb.Entities[i].ID < kb.Entities[j].ID })
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	kb.Claims = claims(rules, inputs, ids)
	kb.Outlets = current(rules, kb.Claims)
	kb.Contradictions = contradictions(rules, kb)
	return kb, nil
}

// claims groups every fact of every document into claims: the same type
// and the same resolved arguments (in any order for symmetric types).
func claims(rules *Rules, inputs []*Input, ids map[string]map[int]*Entity) []*Claim {
	outlets := outletKeys(inputs)
	byKey := map[string]*Claim{}
	for _, in := range inputs {
		local := ids[in.Doc]
		for fi := range in.Facts {
			f := &in.Facts[fi]
			args, ok := claimArgs(f, local)
			if !ok || rules.Symmetric(f.Type) && !allPeople(args, local, f) {
				continue
			}
			if rules.Symmetric(f.Type) {
				sort.Slice(args, func(i, j int) bool { return argKey(args[i]) < argKey(args[j]) })
			}
			key := f.Type
			for _, a := range args {
				key += "|" + argKey(a)
			}
			c := byKey[key]
			if c == nil {
				sum := sha1.Sum([]byte(key))
				c = &Claim{ID: "c" + hex.EncodeToString(sum[:6]), Type: f.Type, Args: args}
				byKey[key] = c
			}
			c.Reports = append(c.Reports, reportOf(in, f, local, outlets))
		}
	}
	out := make([]*Claim, 0, len(byKey))
	for _, c := range byKey {
		SortReports(c.Reports)
		ti := rules.typeOf(c.Type)
		if ti.Once || ti.State {
			out = append(out, c)
			continue
		}
		out = append(out, splitByTime(c)...)
	}
	for _, c := range out {
		c.Confidence = ClaimConfidence(c.Reports)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func argKey(a Arg) string {
	if a.Entity != "" {
		return "@" + a.Entity
	}
	return "=" + a.Name
}

// claimArgs resolves a fact's arguments; ok is false when an entity
// argument was not resolved (an unnamed person).
func claimArgs(f *hearsay.Fact, local map[int]*Entity) ([]Arg, bool) {
	args := make([]Arg, 0, len(f.Args))
	for _, a := range f.Args {
		if a.Entity < 0 {
			lit := strings.ToLower(strings.TrimSpace(a.Literal))
			if lit == "" {
				return nil, false
			}
			args = append(args, Arg{Name: lit})
			continue
		}
		e := local[a.Entity]
		if e == nil {
			return nil, false
		}
		args = append(args, Arg{Entity: e.ID, Name: e.Name})
	}
	return args, len(args) > 0
}

// allPeople reports whether every argument of a relationship between
// people (married, dating, met, ...) resolved to a person: one that
// resolved to an organisation (an outlet misread as a name) makes the fact
// unusable.
func allPeople(args []Arg, local map[int]*Entity, f *hearsay.Fact) bool {
	for _, a := range f.Args {
		if a.Entity < 0 {
			return false
		}
		if e := local[a.Entity]; e == nil || e.Type != string(hearsay.Person) {
			return false
		}
	}
	return len(args) > 0
}

// reportOf turns one fact of one document into a report. A source named
// like an outlet of the corpus ("according to Wire Report") is that outlet,
// whatever kind the article's analysis gave it.
func reportOf(in *Input, f *hearsay.Fact, local map[int]*Entity, outlets map[string]bool) Report {
	r := Report{Doc: in.Doc, Date: in.Date, Outlet: in.Outlet, Fact: f.ID, Modality: string(f.Modality),
		Polarity: string(f.Polarity), Derived: f.Derived, Confidence: roundConfidence(f.Confidence)}
	if r.Polarity == "" {
		r.Polarity = string(hearsay.Pos)
	}
	if !f.Time.IsZero() {
		t := *f.Time
		t.Timex = -1
		r.Time = &t
	}
	for _, s := range f.Sources {
		src := Source{Text: s.Text, Kind: string(s.Kind)}
		if outlets[NameKey(s.Text)] && !firstHand[src.Kind] {
			src.Kind = string(hearsay.OutletSource)
		}
		if e := local[s.Entity]; s.Entity >= 0 && e != nil {
			src.Entity = e.ID
		}
		r.Sources = append(r.Sources, src)
	}
	if f.Sentence >= 0 && f.Sentence < len(in.Sentences) {
		r.Sentence = in.Sentences[f.Sentence].Text
		r.Span = in.Sentences[f.Sentence].Span
	}
	return r
}

// repeatGap is how far apart, in days, the stated times of an event must
// be for the reports to tell of two events (a second appointment, another
// sighting), not one.
const repeatGap = 730

// splitByTime splits a claim of a repeatable event whose reports give
// stated times more than repeatGap days apart into one claim per event.
// Reports without a stated time join the latest event that began on or
// before their publication (else the first). The first event keeps the
// claim's id; the others add their first year.
func splitByTime(c *Claim) []*Claim {
	type group struct {
		iv      Interval
		reports []Report
	}
	var groups []*group
	var rest []Report
	timed := make([]Report, 0, len(c.Reports))
	for _, r := range c.Reports {
		if _, ok := pointBounds(&r); ok && explicit(r.Time) && !negative(&r) {
			timed = append(timed, r)
		} else {
			rest = append(rest, r)
		}
	}
	sort.SliceStable(timed, func(i, j int) bool { return timed[i].Time.Earliest < timed[j].Time.Earliest })
	for _, r := range timed {
		b, _ := pointBounds(&r)
		if n := len(groups); n > 0 && daysBetween(groups[n-1].iv.Latest, b.Earliest) <= repeatGap {
			g := groups[n-1]
			if b.Latest > g.iv.Latest {
				g.iv.Latest = b.Latest
			}
			g.reports = append(g.reports, r)
			continue
		}
		groups = append(groups, &group{iv: b, reports: []Report{r}})
	}
	if len(groups) < 2 {
		return []*Claim{c}
	}
	for _, r := range rest {
		g := groups[0]
		for _, h := range groups[1:] {
			if h.iv.Earliest <= r.Date {
				g = h
			}
		}
		g.reports = append(g.reports, r)
	}
	out := make([]*Claim, len(groups))
	for i, g := range groups {
		SortReports(g.reports)
		id := c.ID
		if i > 0 {
			id = fmt.Sprintf("%s-%d", c.ID, i+1)
			if y := g.iv.Earliest; len(y) >= 4 {
				id = c.ID + "-" + y[:4]
			}
		}
		out[i] = &Claim{ID: id, Type: c.Type, Args: c.Args, Reports: g.reports}
	}
	return out
}
