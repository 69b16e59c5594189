package kb

import "sort"

// Supersede marks relationship claims overtaken by a later stage between
// the same people (dating by an engagement or a marriage, an engagement by
// a marriage): the later stage is asserted or confirmed and was first
// reported no earlier. as[i] is the assessment of cs[i]; statuses change
// in place.
func Supersede(rules *Rules, cs []*Claim, as []Assessment) {
	byPair := map[[2]string][]int{}
	for i, c := range cs {
		if rules.Stage(c.Type) > 0 && len(c.Args) == 2 {
			k := [2]string{c.Args[0].Entity, c.Args[1].Entity}
			byPair[k] = append(byPair[k], i)
		}
	}
	for _, idx := range byPair {
		for _, i := range idx {
			si := rules.Stage(cs[i].Type)
			if si >= 3 || !positive(as[i].Status) {
				continue
			}
			for _, j := range idx {
				sj := rules.Stage(cs[j].Type)
				if sj > si && sj <= 3 && settled(as[j].Status) && as[j].Reports[0].Date >= as[i].Reports[0].Date {
					as[i].Status = StatusSuperseded
				}
			}
		}
	}
}

// positive reports whether a status affirms the claim to some degree.
func positive(s string) bool {
	switch s {
	case StatusAsserted, StatusConfirmed, StatusReported, StatusRumored:
		return true
	}
	return false
}

// settled reports whether a status takes the claim as true.
func settled(s string) bool { return s == StatusAsserted || s == StatusConfirmed }

// Settled reports whether a status takes the claim as true (asserted or
// confirmed).
func Settled(s string) bool { return settled(s) }

// Open reports whether a status leaves the claim open: reported, rumored
// or disputed.
func Open(s string) bool { return s == StatusReported || s == StatusRumored || s == StatusDisputed }

// An OutletRecord is an outlet's track record on the claims it was first
// to report from anonymous sources.
type OutletRecord struct {
	Outlet    string   `json:"outlet"`
	Claims    int      `json:"claims"`    // claims it was the first to report, on anonymous sources
	Confirmed int      `json:"confirmed"` // later confirmed
	Denied    int      `json:"denied"`    // denied or retracted, never confirmed
	Open      int      `json:"open"`      // neither (reported, rumored, disputed)
	Relayed   int      `json:"relayed"`   // claims it passed on from another outlet
	LeadDays  []int    `json:"lead_days"` // for confirmed claims: days from its first report to the confirming article
	MeanLead  float64  `json:"mean_lead_days"`
	ClaimIDs  []string `json:"claim_ids"`
}

// An OutletTally adds claims up into outlets' track records.
type OutletTally struct {
	recs map[string]*OutletRecord
}

// NewOutletTally returns an empty tally.
func NewOutletTally() *OutletTally { return &OutletTally{recs: map[string]*OutletRecord{}} }

func (t *OutletTally) get(o string) *OutletRecord {
	r := t.recs[NameKey(o)]
	if r == nil {
		r = &OutletRecord{Outlet: o, LeadDays: []int{}, ClaimIDs: []string{}}
		t.recs[NameKey(o)] = r
	}
	return r
}

// Add credits a claim (assessed as a) to the outlet that first reported it
// from anonymous sources, and counts the outlets that relayed it.
func (t *OutletTally) Add(c *Claim, a Assessment) {
	credited := map[string]bool{}
	relay := func(o string) {
		if !credited["relay|"+o] {
			credited["relay|"+o] = true
			t.get(o).Relayed++
		}
	}
	origs := Originals(a.Reports)
	for i := range a.Reports {
		r := &a.Reports[i]
		if r.Outlet == "" || negative(r) || FirstHand(r) != nil {
			continue
		}
		if NameKey(origs[i]) != NameKey(r.Outlet) {
			relay(r.Outlet)
			continue
		}
		if !Anonymous(r) && r.Modality != "rumored" && r.Modality != "reported" || credited[NameKey(r.Outlet)] {
			continue
		}
		if i > 0 && !firstOf(a.Reports[:i], r.Outlet) {
			// a later outlet repeating a claim without citing anyone passes
			// it on; the first outlet to report it is credited
			relay(r.Outlet)
			continue
		}
		if a.Confirmed != nil && a.Confirmed.Date < r.Date {
			continue // reported only after it was confirmed
		}
		credited[NameKey(r.Outlet)] = true
		rec := t.get(r.Outlet)
		rec.Claims++
		rec.ClaimIDs = append(rec.ClaimIDs, c.ID)
		switch {
		case a.Status == StatusConfirmed:
			rec.Confirmed++
			rec.LeadDays = append(rec.LeadDays, daysBetween(r.Date, a.Confirmed.Date))
		case a.Status == StatusDenied || a.Status == StatusRetracted:
			rec.Denied++
		default:
			rec.Open++
		}
	}
}

// firstOf reports whether every earlier positive report came from outlet.
func firstOf(earlier []Report, outlet string) bool {
	for i := range earlier {
		if !negative(&earlier[i]) && NameKey(earlier[i].Outlet) != NameKey(outlet) {
			return false
		}
	}
	return true
}

// Records returns the track records, most claims first, then by outlet.
func (t *OutletTally) Records() []OutletRecord {
	out := make([]OutletRecord, 0, len(t.recs))
	for _, r := range t.recs {
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
	return out
}

// current assesses every claim as of now, applies Supersede, records each
// claim's status and modalities, and tallies the outlets.
func current(rules *Rules, cs []*Claim) []OutletRecord {
	as := make([]Assessment, len(cs))
	for i, c := range cs {
		as[i], _ = Assess(rules, c, "")
	}
	Supersede(rules, cs, as)
	t := NewOutletTally()
	for i, c := range cs {
		c.Status = as[i].Status
		t.Add(c, as[i])
	}
	return t.Records()
}

// Modalities lists the distinct modalities of a claim's reports, sorted.
func (c *Claim) Modalities() []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range c.Reports {
		m := r.Modality
		if r.Polarity == "neg" {
			m = "denied"
		}
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	sort.Strings(out)
	return out
}
