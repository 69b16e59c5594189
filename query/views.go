package query

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/hearsay-news/hearsay/kb"
)

func window[T any](xs []T, p Page) []T {
	if p.Offset >= len(xs) {
		return []T{}
	}
	xs = xs[p.Offset:]
	if p.Limit > 0 && p.Limit < len(xs) {
		xs = xs[:p.Limit]
	}
	return xs
}

// pick chooses among namesakes the one with the most documents as of asOf.
func (q *Engine) pick(ctx context.Context, name, id, asOf string) (*kb.Entity, error) {
	if id != "" {
		e, err := q.r.Entity(ctx, id)
		if errors.Is(err, kb.ErrNotFound) {
			return nil, fmt.Errorf("query: person %q: %w", id, ErrNotFound)
		}
		return e, err
	}
	es, err := q.known(ctx, name, asOf)
	if err != nil {
		return nil, err
	}
	best := es[0]
	for _, e := range es[1:] {
		if e.Docs(asOf) > best.Docs(asOf) {
			best = e
		}
	}
	return best, nil
}

func (q *Engine) timeline(ctx context.Context, a, id, asOf string, page Page) (*TimelineResult, error) {
	if q.err != nil {
		return nil, q.err
	}
	if err := checkDate(asOf); err != nil {
		return nil, err
	}
	e, err := q.pick(ctx, a, id, asOf)
	if err != nil {
		return nil, err
	}
	xs, err := q.claimsOf(ctx, e.ID, asOf)
	if err != nil {
		return nil, err
	}
	birth, ok := e.Birth(asOf)
	if !ok {
		birth = kb.Interval{}
	}
	res := &TimelineResult{Person: PersonRef{ID: e.ID, Name: e.Name}, AsOf: asOf, Birth: birth, Events: []Event{}, Undated: []Event{}}
	var dated []Event
	if birth.Earliest != "" || birth.Latest != "" {
		dated = append(dated, Event{Date: birth.Earliest, Type: "born", Args: []string{e.Name},
			Text: "born " + birth.Earliest + " .. " + birth.Latest, Status: kb.StatusAsserted, Modality: "asserted",
			Sources: []string{}, Documents: ageDocs(e, asOf)})
	}
	for _, x := range xs {
		ev := eventOf(q.rules, e, x)
		if ev.Date == "" {
			res.Undated = append(res.Undated, ev)
		} else {
			dated = append(dated, ev)
		}
	}
	sort.SliceStable(dated, func(i, j int) bool { return dated[i].Date < dated[j].Date })
	res.Total = len(dated)
	res.Events = window(dated, page)
	return res, nil
}

func ageDocs(e *kb.Entity, asOf string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, a := range e.Ages {
		if (asOf == "" || a.Date <= asOf) && !seen[a.Doc] {
			seen[a.Doc] = true
			out = append(out, a.Doc)
		}
	}
	return out
}

// eventOf describes a claim from e's point of view.
func eventOf(rules *kb.Rules, e *kb.Entity, x assessed) Event {
	sc := statusClaim(x)
	var others []string
	for _, a := range x.c.Args {
		if a.Entity != e.ID {
			others = append(others, a.Name)
		}
	}
	text := rules.Word(x.c.Type)
	for i, o := range others {
		if i == 0 {
			text += " " + o
		} else {
			text += ", " + o
		}
	}
	if t := timeText(x.a.Time); t != "" {
		text += " (" + t + ")"
	}
	return Event{Date: x.a.Date, Time: x.a.Time, Type: x.c.Type, Args: sc.Args, Text: text, Status: x.a.Status,
		Modality: x.a.Modality, Claim: x.c.ID, Sources: sc.IndependentSources, Documents: sc.Documents, Conflict: x.a.Conflict}
}

func (q *Engine) person(ctx context.Context, name, asOf string) ([]Person, error) {
	if q.err != nil {
		return nil, q.err
	}
	if err := checkDate(asOf); err != nil {
		return nil, err
	}
	es, err := q.known(ctx, name, asOf)
	if err != nil {
		return nil, err
	}
	sort.SliceStable(es, func(i, j int) bool { return es[i].Docs(asOf) > es[j].Docs(asOf) })
	out := make([]Person, 0, len(es))
	for _, e := range es {
		p, err := q.profile(ctx, e, asOf)
		if err != nil {
			return nil, err
		}
		out = append(out, *p)
	}
	return out, nil
}

func (q *Engine) personByID(ctx context.Context, id, asOf string) (*Person, error) {
	if q.err != nil {
		return nil, q.err
	}
	if err := checkDate(asOf); err != nil {
		return nil, err
	}
	e, err := q.pick(ctx, "", id, asOf)
	if err != nil {
		return nil, err
	}
	return q.profile(ctx, e, asOf)
}

func (q *Engine) profile(ctx context.Context, e *kb.Entity, asOf string) (*Person, error) {
	xs, err := q.claimsOf(ctx, e.ID, asOf)
	if err != nil {
		return nil, err
	}
	birth, ok := e.Birth(asOf)
	if !ok {
		birth = kb.Interval{}
	}
	p := &Person{ID: e.ID, Name: e.Name, Aliases: e.Aliases, Birth: birth, BirthConflict: !ok, Documents: e.Docs(asOf), Facts: []PersonFact{}, Related: []PersonRef{}}
	if p.Aliases == nil {
		p.Aliases = []string{}
	}
	seen := map[string]bool{e.ID: true}
	for _, x := range xs {
		sc := statusClaim(x)
		p.Facts = append(p.Facts, PersonFact{Type: x.c.Type, Args: sc.Args, Time: x.a.Time, Status: x.a.Status, Modality: x.a.Modality,
			Claim: x.c.ID, Sources: sc.IndependentSources, Documents: sc.Documents})
		for _, a := range x.c.Args {
			if a.Entity != "" && !seen[a.Entity] {
				seen[a.Entity] = true
				p.Related = append(p.Related, PersonRef{ID: a.Entity, Name: a.Name})
			}
		}
	}
	return p, nil
}

func (q *Engine) people(ctx context.Context, prefix string, page Page) ([]PersonRef, int, error) {
	if q.err != nil {
		return nil, 0, q.err
	}
	es, total, err := q.r.People(ctx, prefix, page.Limit, page.Offset)
	if err != nil {
		return nil, 0, fmt.Errorf("query: %w", err)
	}
	out := make([]PersonRef, 0, len(es))
	for _, e := range es {
		out = append(out, PersonRef{ID: e.ID, Name: e.Name})
	}
	return out, total, nil
}

// fullClaim renders an assessed claim with its evidence.
func fullClaim(x assessed) Claim {
	c := Claim{StatusClaim: statusClaim(x), ID: x.c.ID, Evidence: []Evidence{}}
	for _, h := range c.History {
		c.Evidence = append(c.Evidence, Evidence{Report: h, SourceKind: h.SourceKind, Polarity: h.Polarity, Sentence: h.Sentence, Span: h.Span, Fact: h.Fact, Step: h.Step})
	}
	return c
}

func (q *Engine) claims(ctx context.Context, f ClaimFilter) ([]Claim, int, error) {
	if q.err != nil {
		return nil, 0, q.err
	}
	if err := checkDate(f.AsOf); err != nil {
		return nil, 0, err
	}
	var xs []assessed
	keep := func(c *kb.Claim) error {
		if f.Type != "" && c.Type != f.Type {
			return nil
		}
		a, ok := kb.Assess(q.rules, c, f.AsOf)
		if !ok || !matches(f, a) {
			return nil
		}
		xs = append(xs, assessed{c, a})
		return nil
	}
	if f.Entity != "" {
		var es []*kb.Entity
		if e, err := q.r.Entity(ctx, f.Entity); err == nil {
			es = []*kb.Entity{e}
		} else if es, err = q.known(ctx, f.Entity, f.AsOf); err != nil {
			return nil, 0, err
		}
		seen := map[string]bool{}
		for _, e := range es {
			cs, err := q.r.ClaimsAbout(ctx, e.ID)
			if err != nil {
				return nil, 0, fmt.Errorf("query: %w", err)
			}
			for _, c := range cs {
				if !seen[c.ID] {
					seen[c.ID] = true
					if err := keep(c); err != nil {
						return nil, 0, err
					}
				}
			}
		}
	} else if err := q.r.EachClaim(ctx, keep); err != nil {
		return nil, 0, fmt.Errorf("query: %w", err)
	}
	sort.SliceStable(xs, func(i, j int) bool {
		if firstDay(xs[i]) != firstDay(xs[j]) {
			return firstDay(xs[i]) > firstDay(xs[j])
		}
		return xs[i].c.ID < xs[j].c.ID
	})
	total := len(xs)
	out := []Claim{}
	for _, x := range window(xs, f.Page) {
		out = append(out, fullClaim(x))
	}
	return out, total, nil
}

// matches applies the modality, status and open filters.
func matches(f ClaimFilter, a kb.Assessment) bool {
	if f.Status != "" && a.Status != f.Status {
		return false
	}
	if f.Open && a.Status != kb.StatusReported && a.Status != kb.StatusRumored && a.Status != kb.StatusDisputed {
		return false
	}
	if f.Modality != "" {
		found := false
		for _, r := range a.Reports {
			if r.Modality == f.Modality {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (q *Engine) claim(ctx context.Context, id, asOf string) (*Claim, error) {
	if q.err != nil {
		return nil, q.err
	}
	if err := checkDate(asOf); err != nil {
		return nil, err
	}
	c, err := q.r.Claim(ctx, id)
	if errors.Is(err, kb.ErrNotFound) {
		return nil, fmt.Errorf("query: claim %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	a, ok := kb.Assess(q.rules, c, asOf)
	if !ok {
		return nil, fmt.Errorf("query: claim %q as of %s: %w", id, asOf, ErrNotFound)
	}
	out := fullClaim(assessed{c, a})
	return &out, nil
}

func (q *Engine) outlets(ctx context.Context, asOf string, page Page) ([]OutletRecord, int, error) {
	if q.err != nil {
		return nil, 0, q.err
	}
	if err := checkDate(asOf); err != nil {
		return nil, 0, err
	}
	recs := map[string]*OutletRecord{}
	get := func(o string) *OutletRecord {
		r := recs[kb.NameKey(o)]
		if r == nil {
			r = &OutletRecord{Outlet: o, LeadDays: []int{}, ClaimIDs: []string{}}
			recs[kb.NameKey(o)] = r
		}
		return r
	}
	err := q.r.EachClaim(ctx, func(c *kb.Claim) error {
		a, ok := kb.Assess(q.rules, c, asOf)
		if !ok {
			return nil
		}
		tally(get, c, a)
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("query: %w", err)
	}
	out := make([]OutletRecord, 0, len(recs))
	for _, r := range recs {
		if r.Claims == 0 && r.Relayed == 0 {
			continue
		}
		sum := 0
		for _, d := range r.LeadDays {
			sum += d
		}
		if len(r.LeadDays) > 0 {
			r.MeanLead = float64(sum) / float64(len(r.LeadDays))
		}
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Claims != out[j].Claims {
			return out[i].Claims > out[j].Claims
		}
		return out[i].Outlet < out[j].Outlet
	})
	return window(out, page), len(out), nil
}

// tally credits a claim to the outlets that first reported it from
// anonymous sources, and counts relays of other outlets' claims.
func tally(get func(string) *OutletRecord, c *kb.Claim, a kb.Assessment) {
	credited := map[string]bool{}
	origs := kb.Originals(a.Reports)
	for i := range a.Reports {
		r := &a.Reports[i]
		if r.Outlet == "" || r.Modality == "denied" || r.Polarity == "neg" || kb.FirstHand(r) != nil {
			continue
		}
		orig := origs[i]
		if kb.NameKey(orig) != kb.NameKey(r.Outlet) {
			if !credited["relay|"+r.Outlet] {
				credited["relay|"+r.Outlet] = true
				get(r.Outlet).Relayed++
			}
			continue
		}
		if !kb.Anonymous(r) && r.Modality != "rumored" && r.Modality != "reported" || credited[kb.NameKey(r.Outlet)] {
			continue
		}
		if i > 0 && !firstOf(a.Reports[:i], r.Outlet) {
			// a later outlet repeating a claim without citing anyone
			// passes it on; the first outlet to report it is credited
			if !credited["relay|"+r.Outlet] {
				credited["relay|"+r.Outlet] = true
				get(r.Outlet).Relayed++
			}
			continue
		}
		if a.Confirmed != nil && a.Confirmed.Date < r.Date {
			continue // reported only after it was confirmed
		}
		credited[kb.NameKey(r.Outlet)] = true
		rec := get(r.Outlet)
		rec.Claims++
		rec.ClaimIDs = append(rec.ClaimIDs, c.ID)
		switch a.Status {
		case kb.StatusConfirmed:
			rec.Confirmed++
			rec.LeadDays = append(rec.LeadDays, kb.DaysBetween(r.Date, a.Confirmed.Date))
		case kb.StatusDenied, kb.StatusRetracted:
			rec.Denied++
		default:
			rec.Open++
		}
	}
}

func (q *Engine) contradictions(ctx context.Context, page Page) ([]Contradiction, int, error) {
	if q.err != nil {
		return nil, 0, q.err
	}
	ks, err := q.r.Contradictions(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("query: %w", err)
	}
	out := make([]Contradiction, 0, len(ks))
	for _, k := range ks {
		out = append(out, Contradiction{Kind: k.Kind, Subject: k.Subject, Claim: k.Claim, Entity: k.Entity, Sides: k.Sides})
	}
	return window(out, page), len(out), nil
}

// firstOf reports whether every earlier positive report came from outlet
// (so outlet is the first to report the claim).
func firstOf(earlier []kb.Report, outlet string) bool {
	for i := range earlier {
		r := &earlier[i]
		if r.Polarity != "neg" && r.Modality != "denied" && kb.NameKey(r.Outlet) != kb.NameKey(outlet) {
			return false
		}
	}
	return true
}
