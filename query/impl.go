package query

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/kb"
)

// checkDate validates an as-of date.
func checkDate(d string) error {
	if d == "" {
		return nil
	}
	if _, err := time.Parse("2006-01-02", d); err != nil {
		return fmt.Errorf("query: as-of %q: %w", d, ErrBadDate)
	}
	return nil
}

// ready reports why the engine cannot answer as of asOf: its rules did not
// load, or asOf is not a date.
func (q *Engine) ready(asOf string) error {
	if q.err != nil {
		return q.err
	}
	return checkDate(asOf)
}

// known returns the entities of name that are mentioned on or before asOf:
// the people, else the other entities.
func (q *Engine) known(ctx context.Context, name, asOf string) ([]*kb.Entity, error) {
	es, err := q.r.Lookup(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	// people first: an organisation of the same name only when no person
	// has it
	var out, other []*kb.Entity
	for _, e := range es {
		switch {
		case e.Docs(asOf) == 0:
		case e.Type == "person":
			out = append(out, e)
		default:
			other = append(other, e)
		}
	}
	if len(out) == 0 {
		out = other
	}
	if len(out) == 0 {
		if len(es) > 0 && asOf != "" {
			// the name is stored, but only from articles published after asOf
			return nil, fmt.Errorf("query: %q: no article published by %s names them: %w", name, asOf, ErrUnknownPerson)
		}
		return nil, fmt.Errorf("query: %q: %w", name, ErrUnknownPerson)
	}
	return out, nil
}

// assessed is a claim with its assessment as of a day.
type assessed struct {
	c *kb.Claim
	a kb.Assessment
}

// claimsOf assesses every claim about entity id as of asOf.
func (q *Engine) claimsOf(ctx context.Context, id, asOf string) ([]assessed, error) {
	cs, err := q.r.ClaimsAbout(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	var out []assessed
	for _, c := range cs {
		if a, ok := kb.Assess(q.rules, c, asOf); ok {
			out = append(out, assessed{c, a})
		}
	}
	supersedeAll(q.rules, out)
	sort.SliceStable(out, func(i, j int) bool {
		return firstDay(out[i]) < firstDay(out[j]) || firstDay(out[i]) == firstDay(out[j]) && out[i].c.ID < out[j].c.ID
	})
	return out, nil
}

// supersedeAll applies kb.Supersede to assessed claims in place.
func supersedeAll(rules *kb.Rules, xs []assessed) {
	cs := make([]*kb.Claim, len(xs))
	as := make([]kb.Assessment, len(xs))
	for i, x := range xs {
		cs[i], as[i] = x.c, x.a
	}
	kb.Supersede(rules, cs, as)
	for i := range xs {
		xs[i].a = as[i]
	}
}

func firstDay(x assessed) string { return x.a.Reports[0].Date }

func names(c *kb.Claim) []string {
	out := make([]string, len(c.Args))
	for i, a := range c.Args {
		out[i] = a.Name
	}
	return out
}

func reportOf(r *kb.Report) Report {
	out := Report{Date: r.Date, Doc: r.Doc, Outlet: r.Outlet, Modality: r.Modality, Source: kb.Chain(r), Confidence: r.Confidence,
		Polarity: r.Polarity, Sentence: r.Sentence, Span: r.Span, Fact: r.Fact}
	if len(r.Sources) > 0 {
		out.SourceKind = r.Sources[len(r.Sources)-1].Kind
	}
	if r.Polarity == "neg" && r.Modality != "denied" {
		out.Modality = "denied"
	}
	return out
}

// statusClaim renders an assessed claim in the status JSON shape.
func statusClaim(x assessed) StatusClaim {
	sc := StatusClaim{ID: x.c.ID, Type: x.c.Type, Args: names(x.c), Time: x.a.Time, Status: x.a.Status, Modality: x.a.Modality,
		Confidence: x.a.Confidence, IndependentSources: x.a.Independent, Documents: []string{}, History: []Report{}}
	if sc.IndependentSources == nil {
		sc.IndependentSources = []string{}
	}
	seen := map[string]bool{}
	steps := Steps(x.a.Reports)
	for i := range x.a.Reports {
		r := &x.a.Reports[i]
		if !seen[r.Doc] {
			seen[r.Doc] = true
			sc.Documents = append(sc.Documents, r.Doc)
		}
		h := reportOf(r)
		h.Step = steps[i]
		sc.History = append(sc.History, h)
	}
	first := sc.History[0]
	sc.FirstReported = &first
	return sc
}

func (q *Engine) status(ctx context.Context, a, b, asOf string) (*StatusResult, error) {
	if err := q.ready(asOf); err != nil {
		return nil, err
	}
	as, err := q.known(ctx, a, asOf)
	if err != nil {
		return nil, err
	}
	bs, err := q.known(ctx, b, asOf)
	if err != nil {
		return nil, err
	}
	// Read the claims of the side with fewer candidates, and pair each
	// candidate with the one of the other side it shares most claims with.
	swap := len(bs) < len(as)
	if swap {
		as, bs = bs, as
	}
	var (
		best       []assessed
		ea, eb     *kb.Entity
		bestShared = -1
	)
	for _, x := range as {
		cs, err := q.claimsOf(ctx, x.ID, asOf)
		if err != nil {
			return nil, err
		}
		for _, y := range bs {
			if x.ID == y.ID {
				continue
			}
			var shared []assessed
			for _, c := range cs {
				if hasArg(c.c, y.ID) {
					shared = append(shared, c)
				}
			}
			if len(shared) > bestShared {
				best, ea, eb, bestShared = shared, x, y, len(shared)
			}
		}
	}
	if swap {
		ea, eb = eb, ea
	}
	if ea == nil {
		return nil, fmt.Errorf("query: %q and %q name the same person: %w", a, b, ErrUnknownPerson)
	}
	res := &StatusResult{A: ea.Name, B: eb.Name, AsOf: asOf, AID: ea.ID, BID: eb.ID, Claims: []StatusClaim{}}
	for _, x := range best {
		res.Claims = append(res.Claims, statusClaim(x))
	}
	res.Summary = summarize(q.rules, ea, eb, best, asOf)
	return res, nil
}

func hasArg(c *kb.Claim, id string) bool {
	for _, a := range c.Args {
		if a.Entity == id {
			return true
		}
	}
	return false
}

// summarize says in one line where two people stand: the settled
// relationship stages in order (married, separated, divorced ...), then
// what is only reported, rumored, disputed or denied.
func summarize(rules *kb.Rules, a, b *kb.Entity, xs []assessed, asOf string) string {
	when := "as of " + asOf
	if asOf == "" {
		when = "as of the latest article"
	}
	var settled, open []*assessed
	for i := range xs {
		x := &xs[i]
		if !rules.InSummary(x.c.Type) {
			continue
		}
		switch x.a.Status {
		case kb.StatusAsserted, kb.StatusConfirmed:
			settled = append(settled, x)
		case kb.StatusSuperseded:
		default:
			open = append(open, x)
		}
	}
	byStage := func(xs []*assessed) {
		sort.SliceStable(xs, func(i, j int) bool { return rules.Stage(xs[i].c.Type) < rules.Stage(xs[j].c.Type) })
	}
	byStage(settled)
	byStage(open)
	var parts []string
	for _, x := range settled {
		s := rules.Word(x.c.Type)
		if t := timeText(x.a.Time); t != "" {
			s += " (" + t + ")"
		}
		if x.a.Status == kb.StatusConfirmed {
			s += ", confirmed by " + confirmer(x.a.Confirmed)
		}
		parts = append(parts, s)
	}
	for _, x := range open {
		if x.a.Status == kb.StatusDenied {
			parts = append(parts, fmt.Sprintf("%s denied %s by %s", rules.Word(x.c.Type), x.a.Denied.Date, denier(x.a.Denied)))
			continue
		}
		first := x.a.Reports[0]
		s := fmt.Sprintf("%s %s, first reported %s by %s", rules.Word(x.c.Type), x.a.Status, first.Date, kb.Original(&first))
		if kb.Anonymous(&first) {
			s += " (anonymous sources)"
		}
		switch x.a.Status {
		case kb.StatusDisputed:
			s += fmt.Sprintf(", denied %s by %s", x.a.Denied.Date, denier(x.a.Denied))
		case kb.StatusReported, kb.StatusRumored:
			s += ", unconfirmed"
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		if len(xs) == 0 {
			return fmt.Sprintf("%s and %s, %s: nothing known", a.Name, b.Name, when)
		}
		var other []string
		for i := range xs {
			if i == 4 {
				other = append(other, fmt.Sprintf("%d more", len(xs)-i))
				break
			}
			s := rules.Word(xs[i].c.Type)
			if t := timeText(xs[i].a.Time); t != "" {
				s += " (" + t + ")"
			}
			other = append(other, s+" "+xs[i].a.Status)
		}
		return fmt.Sprintf("%s and %s, %s: no relationship claim; %s", a.Name, b.Name, when, strings.Join(other, "; "))
	}
	return fmt.Sprintf("%s and %s, %s: %s", a.Name, b.Name, when, strings.Join(parts, "; "))
}

// confirmer names who confirmed a claim.
func confirmer(r *kb.Report) string {
	if r == nil {
		return "a first-hand source"
	}
	if s := kb.FirstHand(r); s != nil {
		return s.Text + " (" + s.Kind + ")"
	}
	return r.Outlet
}

// denier names who denied a claim.
func denier(r *kb.Report) string {
	if r == nil {
		return "a source"
	}
	if len(r.Sources) > 0 {
		s := r.Sources[len(r.Sources)-1]
		return s.Text + " (" + s.Kind + ")"
	}
	return r.Outlet
}

// timeText writes a claim time briefly: "2015-06-20", "from 2024-FA",
// "2020 to 2024-06-03".
func timeText(t *hearsay.FactTime) string {
	switch {
	case t == nil:
		return ""
	case t.Start != "" && t.End != "":
		return t.Start + " to " + t.End
	case t.Start != "":
		return "from " + t.Start
	case t.End != "":
		return "until " + t.End
	case t.Value == "PRESENT_REF":
		return "now"
	case t.Value != "":
		return t.Value
	case t.Earliest != "":
		return t.Earliest + ".." + t.Latest
	}
	return ""
}

// Steps says what each report (oldest first) did to its claim: the first
// report, copies of an earlier source, repeats, corroboration by a new
// independent source, denials, retractions and confirmations.
func Steps(rs []kb.Report) []string {
	out := make([]string, len(rs))
	seen := map[string]bool{}
	firstOutlet, started := "", false
	origs := kb.Originals(rs)
	for i := range rs {
		r := &rs[i]
		orig := kb.NameKey(origs[i])
		neg := r.Polarity == "neg" || r.Modality == "denied"
		switch {
		case neg && kb.FirstHand(r) == nil && kb.NameKey(r.Outlet) == firstOutlet && len(r.Sources) == 0:
			out[i] = StepRetraction
		case neg:
			out[i] = StepDenial
		case kb.FirstHand(r) != nil && (r.Modality == "asserted" || r.Modality == "reported"):
			out[i] = StepConfirmation
		case r.Modality == "speculated" || r.Modality == "uncertain":
			out[i] = StepMention
		case !started:
			out[i] = StepFirst
		case seen[orig] && orig != kb.NameKey(r.Outlet):
			out[i] = StepCopy
		case seen[orig]:
			out[i] = StepRepeat
		default:
			out[i] = StepCorroboration
		}
		if !neg && out[i] != StepMention {
			if !started {
				firstOutlet, started = kb.NameKey(r.Outlet), true
			}
			seen[orig] = true
		}
	}
	return out
}
