package kb

import (
	"sort"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/timex"
)

// Claim statuses.
const (
	StatusAsserted   = "asserted"   // stated by articles in their own voice
	StatusReported   = "reported"   // relayed from reports or unnamed sources
	StatusRumored    = "rumored"    // framed as a rumour or speculation only
	StatusDisputed   = "disputed"   // reported, then denied
	StatusDenied     = "denied"     // only denials
	StatusConfirmed  = "confirmed"  // affirmed by a principal, a representative or an official record
	StatusRetracted  = "retracted"  // the outlet that reported it took it back
	StatusSuperseded = "superseded" // overtaken by a later stage (dating → engaged → married)
)

// Statuses lists the claim statuses, from the surest.
func Statuses() []string {
	return []string{StatusConfirmed, StatusAsserted, StatusReported, StatusRumored, StatusDisputed, StatusDenied, StatusRetracted, StatusSuperseded}
}

// An Assessment is how a claim stands as of a day.
type Assessment struct {
	Status      string
	Modality    string
	Reports     []Report          // the reports published on or before the day, oldest first
	Time        *hearsay.FactTime // the best-supported time, nil when none
	Date        string            // sortable day the claim's time starts, "" when undated
	Independent []string          // original sources, in order of first report
	Confirmed   *Report           // the first confirming report since the last denial, nil when none
	Denied      *Report           // the last denial, nil when none
	Conflict    bool              // reports give incompatible times for a one-time event
	Confidence  float64           // ClaimConfidence of Reports
}

// firstHand is the kinds of source that can confirm or deny a claim.
var firstHand = map[string]bool{"principal": true, "representative": true, "official": true}

// FirstHand returns the report's first-hand source (a principal, a
// representative, an official record), nil when none.
func FirstHand(r *Report) *Source {
	for i := len(r.Sources) - 1; i >= 0; i-- {
		if firstHand[r.Sources[i].Kind] {
			return &r.Sources[i]
		}
	}
	return nil
}

// Anonymous reports whether the report rests on unnamed sources.
func Anonymous(r *Report) bool {
	for _, s := range r.Sources {
		if s.Kind == "anonymous" {
			return true
		}
	}
	return false
}

// Original is the original source of a report: its first-hand source, else
// the other outlet it cites, else its own outlet.
func Original(r *Report) string {
	if s := FirstHand(r); s != nil {
		return s.Text
	}
	for _, s := range r.Sources {
		if s.Kind == "outlet" && NameKey(s.Text) != NameKey(r.Outlet) {
			return s.Text
		}
	}
	return r.Outlet
}

// Originals gives the original source of each report (oldest first) in
// the context of the claim: Original, except that a report hedged as
// "reportedly" with no source, published after another outlet's report,
// relays that outlet's report rather than adding a source of its own.
func Originals(rs []Report) []string {
	out := make([]string, len(rs))
	earliest := ""
	for i := range rs {
		r := &rs[i]
		out[i] = Original(r)
		if negative(r) {
			continue
		}
		if earliest != "" && len(r.Sources) == 0 && (r.Modality == "reported" || r.Modality == "rumored") &&
			NameKey(out[i]) != NameKey(earliest) && r.Date > firstDate(rs, earliest) {
			out[i] = earliest
		}
		if earliest == "" {
			earliest = out[i]
		}
	}
	return out
}

// firstDate is the date of the first report whose original source is src.
func firstDate(rs []Report, src string) string {
	for i := range rs {
		if NameKey(Original(&rs[i])) == NameKey(src) {
			return rs[i].Date
		}
	}
	return ""
}

// Chain is the report's attribution chain as text, outermost first.
func Chain(r *Report) string {
	parts := make([]string, len(r.Sources))
	for i, s := range r.Sources {
		parts[i] = s.Text
	}
	return strings.Join(parts, " > ")
}

// authority ranks who stands behind a report: the person or an official
// record 3, a representative 2, anyone else 1.
func authority(r *Report) int {
	s := FirstHand(r)
	switch {
	case s == nil:
		return 1
	case s.Kind == "representative":
		return 2
	default:
		return 3
	}
}

func negative(r *Report) bool { return r.Polarity == "neg" || r.Modality == "denied" }

func confirms(r *Report) bool {
	return !negative(r) && FirstHand(r) != nil && (r.Modality == "asserted" || r.Modality == "reported")
}

// certainty ranks modalities of positive reports.
var certainty = map[string]int{"asserted": 5, "reported": 4, "rumored": 3, "speculated": 2, "uncertain": 1}

// Assess says how c stands as of asOf ("" for every report). ok is false
// when no report was published by then.
func Assess(rules *Rules, c *Claim, asOf string) (a Assessment, ok bool) {
	for _, r := range c.Reports {
		if asOf == "" || r.Date <= asOf {
			a.Reports = append(a.Reports, r)
		}
	}
	if len(a.Reports) == 0 {
		return a, false
	}
	seen := map[string]bool{}
	var decisive *Report
	best, confirmedBy := 0, 0
	origs := Originals(a.Reports)
	for i := range a.Reports {
		r := &a.Reports[i]
		if o := origs[i]; o != "" && !seen[NameKey(o)] && !negative(r) {
			seen[NameKey(o)] = true
			a.Independent = append(a.Independent, o)
		}
		switch {
		case negative(r) && authority(r) < confirmedBy:
			// a lesser voice's denial (often an earlier one retold:
			// "her publicist initially denied it") does not undo what the
			// person or a record confirmed
			if a.Denied == nil {
				a.Denied = r
			}
		case negative(r):
			decisive, a.Denied = r, r
			a.Confirmed, confirmedBy = nil, 0 // a confirmation counts from after the last denial
		case confirms(r):
			if a.Confirmed == nil {
				a.Confirmed = r
			}
			decisive = r
			confirmedBy = max(confirmedBy, authority(r))
		}
		if !negative(r) && certainty[r.Modality] > best {
			best = certainty[r.Modality]
		}
	}
	a.Status = status(a.Reports, decisive, best)
	a.Modality = modalityOf(a.Status, a.Reports, best)
	a.Time, a.Conflict = bestTime(rules, c, a.Reports)
	a.Date = startDay(a.Time, a.Reports)
	a.Confidence = ClaimConfidence(a.Reports)
	return a, true
}

// status decides a claim's status from its reports and its last decisive
// (confirming or denying) report.
func status(rs []Report, decisive *Report, best int) string {
	if decisive != nil && !negative(decisive) {
		return StatusConfirmed
	}
	if decisive != nil {
		if len(decisive.Sources) == 0 || FirstHand(decisive) == nil && decisive.Sources[0].Kind == "outlet" {
			for _, r := range rs {
				if !negative(&r) && r.Outlet == decisive.Outlet && r.Date <= decisive.Date {
					return StatusRetracted
				}
			}
		}
		for _, r := range rs {
			if !negative(&r) && certainty[r.Modality] >= certainty["rumored"] {
				return StatusDisputed
			}
		}
		return StatusDenied
	}
	switch {
	case best >= certainty["asserted"]:
		return StatusAsserted
	case best >= certainty["reported"]:
		return StatusReported
	default:
		return StatusRumored
	}
}

func modalityOf(status string, rs []Report, best int) string {
	if status == StatusConfirmed {
		return "asserted"
	}
	if best == 0 {
		return "denied"
	}
	for m, v := range certainty {
		if v == best {
			return m
		}
	}
	return ""
}

// bestTime picks the time most reports agree on: for states the first
// stated start and end; for events the narrowest time of the largest group
// of reports whose dates overlap. conflict is true when another group
// disagrees.
func bestTime(rules *Rules, c *Claim, rs []Report) (*hearsay.FactTime, bool) {
	ti := rules.typeOf(c.Type)
	var pos []Report
	for _, r := range rs {
		if !negative(&r) && r.Time != nil {
			pos = append(pos, r)
		}
	}
	if len(pos) == 0 {
		return nil, false
	}
	if ti.State {
		var t hearsay.FactTime
		for _, r := range pos {
			if t.Start == "" && r.Time.Start != "" {
				t.Start, t.StartMod = r.Time.Start, r.Time.StartMod
			}
			if t.End == "" && r.Time.End != "" {
				t.End, t.EndMod = r.Time.End, r.Time.EndMod
			}
		}
		if t.Start != "" || t.End != "" {
			t.Timex = -1
			return &t, false
		}
	}
	k, conflict := TimeConflict(rules, &Claim{ID: c.ID, Type: c.Type, Args: c.Args, Reports: pos}, "")
	group := pos
	if conflict {
		group = k.Sides[0].Reports
	}
	var b *hearsay.FactTime
	bw, bv := "", false
	for i := range group {
		t := group[i].Time
		iv, ok := pointBounds(&group[i])
		if !ok {
			continue
		}
		// an explicit value beats bounds inferred from other facts; then
		// the narrowest time wins
		w, v := width(iv), t.Value != ""
		if b == nil || v && !bv || v == bv && w < bw {
			b, bw, bv = t, w, v
		}
	}
	if b == nil {
		b = pos[0].Time
	}
	if !b.IsZero() && b.Value == "" {
		if iv, ok := inferred(pos); ok {
			// bounds inferred from ages ("a son, 4") narrow each other
			return &hearsay.FactTime{Earliest: iv.Earliest, Latest: iv.Latest, Timex: -1}, conflict && ti.Once
		}
	}
	t := *b
	return &t, conflict && ti.Once
}

// inferred intersects the day bounds of reports whose time has no stated
// value (bounds inferred from ages and durations), taking the reports in
// order and leaving out those that would empty the intersection. ok is
// false when no report has such bounds.
func inferred(rs []Report) (Interval, bool) {
	var iv Interval
	ok := false
	for i := range rs {
		if rs[i].Time.Value != "" {
			continue
		}
		b, has := pointBounds(&rs[i])
		if !has {
			continue
		}
		if x := intersect(iv, b); !ok || x.Earliest <= x.Latest {
			iv, ok = x, true
		}
	}
	return iv, ok
}

// width orders intervals by length: a longer interval sorts after a
// shorter one (the comparison is on a fixed-width key).
func width(iv Interval) string {
	d := daysBetween(iv.Earliest, iv.Latest)
	s := make([]byte, 8)
	for i := 7; i >= 0; i-- {
		s[i] = byte('0' + d%10)
		d /= 10
	}
	return string(s)
}

// startDay is the sortable day a claim's time starts: its earliest day,
// its start, or for PRESENT_REF the first report's date.
func startDay(t *hearsay.FactTime, rs []Report) string {
	if t == nil {
		return ""
	}
	switch {
	case t.Earliest != "":
		return t.Earliest
	case t.Start != "":
		return dayOf(t.Start)
	case t.Value == "PRESENT_REF":
		for _, r := range rs {
			if r.Time != nil && r.Time.Value == "PRESENT_REF" {
				return r.Date
			}
		}
	case t.Value != "" && t.Value[0] >= '0' && t.Value[0] <= '9':
		return dayOf(t.Value)
	}
	return ""
}

// dayOf turns a TIMEX3 value into a sortable day, the first it covers
// ("2020" → "2020-01-01", "2024-FA" → "2024-09-01", "2024-W31" →
// "2024-07-29"); for a value timex.Interval does not read, its leading
// date ("2024-06-XX" → "2024-06-01").
func dayOf(v string) string {
	if e, _, ok := timex.Interval(v); ok {
		return e
	}
	if len(v) >= 10 && v[4] == '-' && v[7] == '-' {
		return v[:10]
	}
	if len(v) >= 7 && v[4] == '-' && v[5] >= '0' && v[5] <= '9' && v[6] >= '0' && v[6] <= '9' {
		return v[:7] + "-01"
	}
	if len(v) >= 4 {
		return v[:4] + "-01-01"
	}
	return ""
}

// SortReports orders reports oldest first, then by document and fact.
func SortReports(rs []Report) {
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].Date != rs[j].Date {
			return rs[i].Date < rs[j].Date
		}
		if rs[i].Doc != rs[j].Doc {
			return rs[i].Doc < rs[j].Doc
		}
		return rs[i].Fact < rs[j].Fact
	})
}
