package query

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"

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
	if err := q.ready(asOf); err != nil {
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
	birth, _ := birthOf(e, asOf)
	res := &TimelineResult{Person: PersonRef{ID: e.ID, Name: e.Name}, AsOf: asOf, Birth: birth, Events: []Event{}, Undated: []Event{}}
	var dated []Event
	if birth.Earliest != "" || birth.Latest != "" {
		dated = append(dated, Event{Date: birth.Earliest, Type: "born", Args: []string{e.Name},
			Text: "born " + birth.Earliest + " .. " + birth.Latest, Status: kb.StatusAsserted, Modality: "asserted",
			Sources: []string{}, Documents: ageDocs(e, asOf), Ages: agesOf(e, asOf)})
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

// agesOf lists the ages of e stated on or before asOf ("" for all), with
// their provenance.
func agesOf(e *kb.Entity, asOf string) []Age {
	out := []Age{}
	for _, a := range e.Ages {
		if asOf == "" || a.Date <= asOf {
			out = append(out, Age{Years: a.Years, At: a.At, Birth: a.Birth, Date: a.Date, Doc: a.Doc, Outlet: a.Outlet,
				Sentence: a.Sentence, Span: a.Span, AgeSpan: a.AgeSpan})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date < out[j].Date })
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
	text := rules.WordFrom(x.c.Type, len(x.c.Args) == 0 || x.c.Args[0].Entity == e.ID)
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
		Modality: x.a.Modality, Confidence: x.a.Confidence, Claim: x.c.ID, Sources: sc.IndependentSources, Documents: sc.Documents, Conflict: x.a.Conflict}
}

func (q *Engine) person(ctx context.Context, name, asOf string) ([]Person, error) {
	if err := q.ready(asOf); err != nil {
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
	if err := q.ready(asOf); err != nil {
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
	birth, ok := birthOf(e, asOf)
	p := &Person{ID: e.ID, Name: e.Name, Aliases: e.Aliases, Birth: birth, BirthConflict: !ok, Ages: agesOf(e, asOf), Documents: e.Docs(asOf),
		Facts: []PersonFact{}, Related: []PersonRef{}}
	if p.Aliases == nil {
		p.Aliases = []string{}
	}
	seen := map[string]bool{e.ID: true}
	for _, x := range xs {
		sc := statusClaim(x)
		p.Facts = append(p.Facts, PersonFact{Type: x.c.Type, Args: sc.Args, Time: x.a.Time, Status: x.a.Status, Modality: x.a.Modality,
			Confidence: x.a.Confidence, Claim: x.c.ID, Sources: sc.IndependentSources, Documents: sc.Documents})
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
	c.StatusClaim.ID = "" // written once, as "id"
	for _, h := range c.History {
		c.Evidence = append(c.Evidence, Evidence{Report: h, SourceKind: h.SourceKind, Polarity: h.Polarity, Sentence: h.Sentence, Span: h.Span, Fact: h.Fact, Step: h.Step})
	}
	return c
}

// modalities are the modalities a report can have.
func modalities() []string {
	return []string{string(hearsay.Asserted), string(hearsay.Reported), string(hearsay.Rumored), string(hearsay.Denied),
		string(hearsay.Speculated), string(hearsay.Uncertain)}
}

// checkFilter validates a claim filter (fact type, status, modality,
// minimum confidence, order) and returns it with the type, status,
// modality and order written as the knowledge base writes them (a filter
// is taken in any case and without surrounding spaces, as names and
// outlets are), and the order for kb.ClaimSelect.
func checkFilter(rules *kb.Rules, f ClaimFilter) (ClaimFilter, string, error) {
	for _, c := range []struct {
		field string
		value *string
		known []string
	}{
		{"type", &f.Type, rules.Types()},
		{"status", &f.Status, kb.Statuses()},
		{"modality", &f.Modality, modalities()},
	} {
		word, ok := canonicalWord(*c.value, c.known)
		if !ok {
			return f, "", fmt.Errorf("query: %w: %s %q, want one of %s", ErrBadFilter, c.field, *c.value, strings.Join(c.known, ", "))
		}
		*c.value = word
	}
	if !(f.MinConfidence >= 0 && f.MinConfidence <= 1) {
		return f, "", fmt.Errorf("query: minimum confidence %v: %w", f.MinConfidence, ErrBadConfidence)
	}
	switch f.Sort = CanonicalSort(f.Sort); f.Sort {
	case "", SortNewest:
		return f, kb.SortNewest, nil
	case SortConfidence:
		return f, kb.SortConfidence, nil
	}
	return f, "", fmt.Errorf("query: sort %q: %w", f.Sort, ErrBadSort)
}

// canonicalWord returns the word of known that value names in any case
// and without surrounding spaces; an empty value (no filter) stays empty.
// ok is false when value names none of them.
func canonicalWord(value string, known []string) (word string, ok bool) {
	value = strings.TrimSpace(value)
	if value == "" {
		return "", true
	}
	for _, k := range known {
		if strings.EqualFold(k, value) {
			return k, true
		}
	}
	return value, false
}

// CanonicalSort returns a claim order (ClaimFilter.Sort) as the constants
// write it: any case is taken, surrounding spaces are dropped. Another
// word is returned trimmed, for the caller to refuse.
func CanonicalSort(sort string) string {
	sort = strings.TrimSpace(sort)
	for _, k := range []string{SortNewest, SortConfidence} {
		if strings.EqualFold(k, sort) {
			return k
		}
	}
	return sort
}

func (q *Engine) claims(ctx context.Context, f ClaimFilter) ([]Claim, int, error) {
	if err := q.ready(f.AsOf); err != nil {
		return nil, 0, err
	}
	f, order, err := checkFilter(q.rules, f)
	if err != nil {
		return nil, 0, err
	}
	// Candidates are assessed and superseded together (a wedding outside
	// the filter can still supersede a dating claim inside it), then
	// filtered.
	var all []assessed
	keep := func(c *kb.Claim) error {
		if a, ok := kb.Assess(q.rules, c, f.AsOf); ok {
			all = append(all, assessed{c, a})
		}
		return nil
	}
	if f.Entity == "" && f.AsOf == "" {
		cs, total, err := q.r.ListClaims(ctx, kb.ClaimSelect{Type: f.Type, Status: f.Status, Modality: f.Modality, Open: f.Open,
			MinConfidence: f.MinConfidence, Sort: order, Limit: f.Limit, Offset: f.Offset})
		if err != nil {
			return nil, 0, fmt.Errorf("query: %w", err)
		}
		out := make([]Claim, 0, len(cs))
		for _, c := range cs {
			a, _ := kb.Assess(q.rules, c, "")
			a.Status = c.Status // with Supersede applied at build time
			out = append(out, fullClaim(assessed{c, a}))
		}
		return out, total, nil
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
	supersedeAll(q.rules, all)
	var xs []assessed
	for _, x := range all {
		if (f.Type == "" || x.c.Type == f.Type) && matches(f, x.a) {
			xs = append(xs, x)
		}
	}
	sort.SliceStable(xs, func(i, j int) bool {
		if order == kb.SortConfidence && xs[i].a.Confidence != xs[j].a.Confidence {
			return xs[i].a.Confidence > xs[j].a.Confidence
		}
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

// matches applies the modality, status, open and confidence filters.
func matches(f ClaimFilter, a kb.Assessment) bool {
	if f.Status != "" && a.Status != f.Status {
		return false
	}
	if f.MinConfidence > 0 && a.Confidence < f.MinConfidence {
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
	if err := q.ready(asOf); err != nil {
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
	switch {
	case asOf == "" && c.Status != "":
		a.Status = c.Status // superseded stages were applied at build time
	case len(c.Args) > 0 && c.Args[0].Entity != "":
		// a later stage between the same people may supersede it
		xs, err := q.claimsOf(ctx, c.Args[0].Entity, asOf)
		if err != nil {
			return nil, err
		}
		for _, x := range xs {
			if x.c.ID == c.ID {
				a.Status = x.a.Status
			}
		}
	}
	out := fullClaim(assessed{c, a})
	return &out, nil
}

func (q *Engine) outlets(ctx context.Context, asOf string, page Page) ([]OutletRecord, int, error) {
	if err := q.ready(asOf); err != nil {
		return nil, 0, err
	}
	if asOf == "" {
		recs, err := q.r.Outlets(ctx)
		if err != nil {
			return nil, 0, fmt.Errorf("query: %w", err)
		}
		return window(recs, page), len(recs), nil
	}
	t := kb.NewOutletTally()
	err := q.r.EachClaim(ctx, func(c *kb.Claim) error {
		if a, ok := kb.Assess(q.rules, c, asOf); ok {
			t.Add(c, a)
		}
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("query: %w", err)
	}
	recs := t.Records()
	return window(recs, page), len(recs), nil
}

func (q *Engine) contradictions(ctx context.Context, asOf string, page Page) ([]Contradiction, int, error) {
	if err := q.ready(asOf); err != nil {
		return nil, 0, err
	}
	ks, err := q.r.Contradictions(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("query: %w", err)
	}
	out := make([]Contradiction, 0, len(ks))
	for _, k := range ks {
		if asOf != "" {
			var ok bool
			if k, ok, err = q.contradictionAsOf(ctx, k, asOf); err != nil {
				return nil, 0, err
			}
			if !ok {
				continue
			}
		}
		out = append(out, Contradiction{Kind: k.Kind, Subject: k.Subject, Claim: k.Claim, Entity: k.Entity, Sides: k.Sides})
	}
	return window(out, page), len(out), nil
}

// contradictionAsOf finds k again from the reports published on or before
// asOf; ok is false when they did not contradict each other yet. Every
// contradiction as of a day is one of those found over every article,
// since more reports only narrow the intervals that must meet.
func (q *Engine) contradictionAsOf(ctx context.Context, k kb.Contradiction, asOf string) (kb.Contradiction, bool, error) {
	switch {
	case k.Entity != "":
		e, err := q.r.Entity(ctx, k.Entity)
		if err != nil {
			return k, false, fmt.Errorf("query: contradiction about %s: %w", k.Entity, err)
		}
		c, ok := kb.BirthConflict(e, asOf)
		return c, ok, nil
	case k.Claim != "":
		cl, err := q.r.Claim(ctx, k.Claim)
		if err != nil {
			return k, false, fmt.Errorf("query: contradiction on claim %s: %w", k.Claim, err)
		}
		c, ok := kb.TimeConflict(q.rules, cl, asOf)
		return c, ok, nil
	}
	return k, true, nil
}

// birthOf is e's birth interval as of asOf; an empty one, and ok false,
// when its stated ages contradict each other.
func birthOf(e *kb.Entity, asOf string) (birth kb.Interval, ok bool) {
	birth, ok = e.Birth(asOf)
	if !ok {
		return kb.Interval{}, false
	}
	return birth, true
}
