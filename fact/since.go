package fact

import (
	"slices"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// sinceStarts opens a state the text dates by "since" with no time of its
// own: "since" and an event named by a noun of data/sinces.tsv ("Since the
// split, she has been living in Pasadena") starts the state at the time of
// the dated fact of that event about one of its people; a bare "since" or
// "since then" ("They have been inseparable since, splitting their time
// between LA and Cape Town") at the last date of the sentence before.
func sinceStarts(raws []*raw, events []sinceEvent) {
	for _, rw := range raws {
		if rw.echo || rw.s == nil || rw.f.Time != nil || rw.f.Modality == hearsay.Denied || rw.f.Polarity == hearsay.Neg {
			continue
		}
		if info, ok := typeOf(rw.f.Type); !ok || !info.state {
			continue
		}
		k, n, typ := rw.s.sinceAnchor(rw.f.Trigger, events)
		if k < 0 {
			continue
		}
		var v, mod, why string
		if typ == "" {
			v, mod = rw.s.previousDate()
			why = "the time of the sentence before"
		} else if ev := sinceEventFact(raws, rw, typ); ev != nil {
			v, mod = ev.f.Time.Value, ev.f.Time.Mod
			why = strings.Join(rw.s.wordsOf(k+1, n), " ")
		}
		if v == "" {
			continue
		}
		rw.f.Time = &hearsay.FactTime{Start: v, StartMod: mod, Timex: -1}
		rw.f.Derived = true
		if rw.f.Reason != "" {
			rw.f.Reason += "; "
		}
		rw.f.Reason += "the state holds since " + why
	}
}

// wordsOf returns the words of units k to n-1.
func (s *sent) wordsOf(k, n int) []string {
	var out []string
	for i := k; i < n && i < len(s.units); i++ {
		out = append(out, s.units[i].word)
	}
	return out
}

// sinceAnchor finds a "since" that dates the state whose trigger is trig
// and names no time of its own: one that opens the sentence, or stands
// before or a few words after the trigger with no clause boundary between.
// It returns the unit of "since", the unit after the words that name the
// event and the event's fact type ("" for a bare "since" or "since then"
// that refers to the time told before), or k = -1.
func (s *sent) sinceAnchor(trig hearsay.Span, events []sinceEvent) (k, n int, typ string) {
	first, last := s.unitAt(trig.Start), s.unitAt(trig.End-1)
	if first < 0 || last < 0 {
		return -1, 0, ""
	}
	for k := range s.units {
		if s.units[k].word != "since" {
			continue
		}
		n, typ, ok := s.sinceNamed(k, events)
		if !ok {
			continue
		}
		opens := k == 0 || k == 1 && (s.units[0].word == "and" || s.units[0].word == "ever" || s.units[0].word == "but")
		switch {
		case opens && k < first:
		case n <= first && !s.boundaryBetween(n, first):
		case k > last && k-last <= 8 && !s.boundaryBetween(last+1, k):
		default:
			continue
		}
		return k, n, typ
	}
	return -1, 0, ""
}

// boundaryBetween reports whether a clause boundary stands among units a
// to b-1.
func (s *sent) boundaryBetween(a, b int) bool {
	for i := max(a, 0); i < b && i < len(s.units); i++ {
		if s.units[i].boundary {
			return true
		}
	}
	return false
}

// sinceNamed reads what follows the "since" at unit k: a bare "since" (a
// comma, the sentence's end or "then" after it), or up to three words and
// a phrase of events. It returns the unit after what it read and the
// event's type ("" for bare).
func (s *sent) sinceNamed(k int, events []sinceEvent) (int, string, bool) {
	if k+1 >= len(s.units) {
		return k + 1, "", true
	}
	switch next := s.units[k+1]; {
	case next.word == "then":
		return k + 2, "", true
	case next.word == "," || next.boundary:
		return k + 1, "", true
	}
	for skip := 1; skip <= 4 && k+skip < len(s.units); skip++ {
		u := s.units[k+skip]
		if u.word == "," || u.boundary {
			break
		}
		for _, ev := range events {
			if s.wordsAt(k+skip, ev.words) > 0 {
				return k + skip + len(ev.words), ev.typ, true
			}
		}
		if u.ment >= 0 && u.etype != entPerson {
			break // "since the Oscars": an event of its own, not a fact of the people's
		}
	}
	return 0, "", false
}

// previousDate returns the value of the last calendar date of the sentence
// before, or "".
func (s *sent) previousDate() (string, string) {
	if s.idx < 1 {
		return "", ""
	}
	var v, mod string
	for _, ti := range sentTimexes(s.doc, s.idx-1) {
		t := s.doc.Timexes[ti]
		if (t.Type == hearsay.Date || t.Type == hearsay.Time) && t.Value != "" && !strings.Contains(t.Value, "REF") {
			if _, _, ok := valueBounds(t.Value); ok || len(t.Value) > 7 {
				v, mod = t.Value, t.Mod
			}
		}
	}
	return v, mod
}

// sinceEventFact returns the dated fact of type typ about one of the
// people of rw that the "since" of rw's sentence names: the last one told
// before that sentence, else the first told after it.
func sinceEventFact(raws []*raw, rw *raw, typ string) *raw {
	people := personArgs(rw.s.doc, rw.f)
	var before, after *raw
	for _, ev := range raws {
		t := ev.f.Time
		if ev.echo || ev.f.Type != typ || t == nil || t.Value == "" || strings.Contains(t.Value, "REF") || ev.f.Polarity == hearsay.Neg || ev.f.Modality == hearsay.Denied {
			continue
		}
		if !slices.ContainsFunc(personArgs(rw.s.doc, ev.f), func(e int) bool { return slices.Contains(people, e) }) {
			continue
		}
		switch {
		case ev.f.Sentence <= rw.f.Sentence && (before == nil || ev.f.Sentence >= before.f.Sentence):
			before = ev
		case ev.f.Sentence > rw.f.Sentence && after == nil:
			after = ev
		}
	}
	if before != nil {
		return before
	}
	return after
}

// personArgs returns the entities of the people among the fact's arguments.
func personArgs(doc *hearsay.Document, f hearsay.Fact) []int {
	var out []int
	for _, a := range f.Args {
		if a.Entity >= 0 && a.Entity < len(doc.Entities) && doc.Entities[a.Entity].Type == hearsay.Person {
			out = append(out, a.Entity)
		}
	}
	return out
}

// membershipEnds closes a membership of an organisation with the departure
// from a post there that the article tells as fact ("joined the station in
// 2002 ... will retire on May 31": a member until May 31), as positionFrom
// closes the post itself: a dated resignation or dismissal of the same
// person from the same organisation, past or settled. A party's leader or
// group leader who steps down stays in the party (partyNames, "... Party"):
// the text says so when the member leaves it ("quit the party").
func membershipEnds(doc *hearsay.Document, raws []*raw, partyNames map[string]bool) {
	for _, m := range raws {
		t := m.f.Time
		if m.echo || m.f.Type != "member_of" || len(m.f.Args) != 2 || m.f.Args[1].Entity < 0 || m.f.Polarity != hearsay.Pos ||
			t != nil && (t.End != "" || t.Value != "") {
			continue
		}
		if partyName(doc.Entities[m.f.Args[1].Entity].Name, partyNames) {
			continue
		}
		ev := departureFrom(raws, m.f.Args[0].Entity, m.f.Args[1].Entity)
		if ev == nil || t != nil && t.Start != "" && ev.f.Time.Value < t.Start {
			continue
		}
		if m.f.Time == nil {
			m.f.Time = &hearsay.FactTime{Timex: -1}
		}
		m.f.Time.End = ev.f.Time.Value
		m.f.Derived = true
		if m.f.Reason != "" {
			m.f.Reason += "; "
		}
		m.f.Reason += "the membership ended with the " + ev.f.Type + " (" + ev.f.Time.Value + ")"
	}
}

// departureFrom returns the one dated departure (resigned, dismissed) of
// person from a post at org told as fact, past or settled, or nil.
func departureFrom(raws []*raw, person, org int) *raw {
	var found *raw
	for _, ev := range raws {
		if ev.echo || !leaving(ev.f.Type) || len(ev.f.Args) != 3 || ev.f.Args[0].Entity != person || ev.f.Args[2].Entity != org ||
			ev.f.Polarity != hearsay.Pos || ev.f.Time == nil || ev.f.Time.Value == "" || strings.Contains(ev.f.Time.Value, "REF") {
			continue
		}
		switch ev.f.Modality {
		case hearsay.Rumored, hearsay.Speculated, hearsay.Uncertain, hearsay.Denied:
			continue
		}
		if ev.f.Time.Latest != "" && ev.s != nil && ev.f.Time.Latest > ev.s.doc.DateString() && !settledLeave(ev.f) {
			continue // a departure still to come is a plan
		}
		if found != nil && found.f.Time.Value != ev.f.Time.Value {
			return nil
		}
		found = ev
	}
	return found
}

// yearsAsPosts dates an undated post by a length told as "after N years as
// ROLE" in a sentence that tells a dated change of office or a death of its
// holder ("won the seat at last year's election after eight years as
// mayor", "became chief executive in 2019 after five years as finance
// chief"): the post ended with that event and began N years before it. The
// facts are the document's final ones, the posts the mention stage read from
// descriptions included ("X, a former mayor of Bristol"); sents are the
// sentences as read (nil for those skipped).
func yearsAsPosts(facts []hearsay.Fact, sents []*sent, roles map[string]string) {
	for i := range facts {
		ph := &facts[i]
		if ph.Type != "position_held" || ph.Time != nil || len(ph.Args) != 3 || ph.Args[0].Entity < 0 || ph.Args[1].Literal == "" {
			continue
		}
		for j := range facts {
			ev := &facts[j]
			t := ev.Time
			if j == i || len(ev.Args) == 0 || ev.Args[0].Entity != ph.Args[0].Entity || t == nil || t.Value == "" || strings.Contains(t.Value, "REF") ||
				ev.Modality != hearsay.Asserted || ev.Polarity != hearsay.Pos || ev.Sentence < 0 || ev.Sentence >= len(sents) || sents[ev.Sentence] == nil {
				continue
			}
			if !careerChange.has(ev.Type) && ev.Type != "died" {
				continue // "won the seat at last year's election after eight years as mayor", "died after 30 years as mayor"
			}
			n, ok := sents[ev.Sentence].yearsAs(ph.Args[1].Literal, roles)
			if !ok {
				continue
			}
			start := yearsBefore(t.Value, n)
			if start == "" {
				continue
			}
			ph.Time = &hearsay.FactTime{Start: start, End: t.Value, Timex: -1}
			ph.Derived = true
			if ph.Reason != "" {
				ph.Reason += "; "
			}
			ph.Reason += "the post ended with the " + ev.Type + " told after its length"
			ph.Evidence = uniqueEvidence(append(ph.Evidence, ev.Sentence))
			break
		}
	}
}

// yearsAs reads "after N years as ROLE" in the sentence, with role the
// words after "as" (an article allowed) or the post roles.txt reads them
// as, and returns N.
func (s *sent) yearsAs(role string, roles map[string]string) (int, bool) {
	role = canonRole(role, roles)
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		if t.Type != hearsay.Duration || t.Mod != "" {
			continue
		}
		u, ue := s.unitAt(t.Start), s.unitAt(t.End-1)
		if u < 0 || ue < 0 || ue+2 >= len(s.units) || s.units[ue+1].word != "as" {
			continue
		}
		if !strings.HasPrefix(strings.ToLower(t.Text), "after ") && (u < 1 || s.units[u-1].word != "after") {
			continue
		}
		k := ue + 2
		if w := s.units[k].word; w == "a" || w == "an" || w == "the" || w == "its" || w == "his" || w == "her" {
			k++
		}
		if !s.roleAt(k, role, roles) {
			continue
		}
		if n, ok := wholeYears(t.Value); ok {
			return n, true
		}
	}
	return 0, false
}

// roleAt reports whether the words from unit k on name the post role
// (canonical, as canonRole gives it).
func (s *sent) roleAt(k int, role string, roles map[string]string) bool {
	var ws []string
	for i := k; i < len(s.units) && i < k+4; i++ {
		if s.units[i].ment >= 0 || s.units[i].boundary || s.units[i].word == "," {
			break
		}
		ws = append(ws, s.units[i].word)
		if canonRole(strings.Join(ws, " "), roles) == role {
			return true
		}
	}
	return false
}
