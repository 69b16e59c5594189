package fact

import (
	"slices"
	"strconv"
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
// group leader who steps down stays in the party (partyNames, "... Party"),
// and so does the leader of any body of members (leaderPost: "stood down as
// leader of the Civic Unity group"): the text says so when the member leaves
// it ("quit the party").
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
		if leaderPost(strings.ToLower(ev.f.Args[1].Literal)) {
			continue // "stood down as leader of the Civic Unity group": a leader who steps down stays a member
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

// lengthSpans dates a post, a membership or a home that has no time of its
// own by the length the sentence gives it when nothing else dates it ("spent
// a decade at X", "vicar of X for the past 11 years", "has left the club
// after six years", "after 14 years at the paper", "where she lived for
// almost 50 years"): a spell told as over ran up to the article's year and
// began that many years before it; one told as going on ("for the past 11
// years", "has been ... for") began that many years before the article. The
// length must stand after the person's mention with no other person
// between, and be introduced by a word of data/lengths.tsv.
func lengthSpans(raws []*raw, cues map[string]string) {
	eachUndated(raws, func(f *hearsay.Fact, s *sent) {
		spellSpan(f, s, cues)
		spellBefore(raws, f, s)
	})
}

// spellBefore moves a spell that spellSpan ran up to the article's year to
// end where the sentence's opening "Before X," says it did: when the
// person's post or membership at X starts in a year the article gives
// ("joined Tallow in 2012 as a lecturer. Before Tallow, she spent three
// years as an engineer at Brackley Motors": 2009 to 2012).
func spellBefore(raws []*raw, f *hearsay.Fact, s *sent) {
	if f.Time == nil || f.Time.End != strconv.Itoa(s.doc.Date.Year()) || len(s.units) < 3 || s.units[0].word != "before" || s.units[2].word != "," {
		return
	}
	if s.units[1].ment < 0 || len(s.units[1].ents) != 1 {
		return
	}
	org := s.units[1].ents[0]
	from, err1 := strconv.Atoi(f.Time.Start)
	to, err2 := strconv.Atoi(f.Time.End)
	if err1 != nil || err2 != nil {
		return
	}
	if y, ok := startAt(raws, f.Args[0].Entity, org); ok && y < to {
		f.Time.Start, f.Time.End = strconv.Itoa(y-(to-from)), strconv.Itoa(y)
	}
}

// startAt returns the year the first dated post or membership of person p
// at organisation org among raws starts.
func startAt(raws []*raw, p, org int) (int, bool) {
	for _, rw := range raws {
		g := &rw.f
		if rw.echo || g.Time == nil || len(g.Time.Start) < 4 || len(g.Args) < 2 || g.Args[0].Entity != p || g.Args[len(g.Args)-1].Entity != org ||
			g.Type != "member_of" && g.Type != "position_held" {
			continue
		}
		if y, err := strconv.Atoi(g.Time.Start[:4]); err == nil {
			return y, true
		}
	}
	return 0, false
}

// eachUndated calls date on each state of raws (a post, a membership or a
// home: the facts a spell can date) that is no echo, has its sentence, no
// time and no twin with a time of its own (datedTwin), in order: a fact
// dated by an earlier call counts as a dated twin for the later ones.
func eachUndated(raws []*raw, date func(f *hearsay.Fact, s *sent)) {
	for _, rw := range raws {
		if rw.echo || rw.s == nil || rw.f.Time != nil || !spellType(rw.f.Type) || datedTwin(raws, rw) {
			continue
		}
		date(&rw.f, rw.s)
	}
}

// spellSpan dates f, read in sentence s, as lengthSpans says.
func spellSpan(f *hearsay.Fact, s *sent, cues map[string]string) {
	if f.Time != nil || f.Modality == hearsay.Denied || f.Polarity == hearsay.Neg || len(f.Args) < 2 || f.Args[0].Entity < 0 {
		return
	}
	if !spellType(f.Type) {
		return
	}
	n, kind, ok := s.spellLength(f, cues)
	if !ok {
		return
	}
	y := s.doc.Date.Year()
	ft := &hearsay.FactTime{Start: strconv.Itoa(y - n), Timex: -1}
	if kind == "over" || kind == "after" {
		ft.End = strconv.Itoa(y)
		if from, ok := s.loneYear(); ok && kind == "after" && s.yearFronted(f.Args[0].Entity) && from <= y {
			// "25 years ago: X announced her retirement after 18 years in the post": the spell ended in the year the sentence opens with
			ft.Start, ft.End = strconv.Itoa(from-n), strconv.Itoa(from)
		} else if ok && from+n < y {
			// "married in 1950, and the couple lived there for almost 30 years": the spell ran from the year told
			ft.Start, ft.End = strconv.Itoa(from), strconv.Itoa(from+n)
		} else if to, ok := s.mainYearAfterSpell(f); ok && to < y {
			// "X, who spent eight years at Marlow Bank, joined Kelso Town in 2021": the spell ran up to the move
			ft.Start, ft.End = strconv.Itoa(to-n), strconv.Itoa(to)
		}
	}
	f.Time = ft
	f.Derived = true
	if f.Reason != "" {
		f.Reason += "; "
	}
	f.Reason += "the spell lasted the length the sentence gives"
}

// mainYearAfterSpell returns the year of the main clause when f, a spell,
// is told in a relative clause of the sentence and the clause outside it
// dates its event by one year alone ("X, who spent eight years at Marlow
// Bank, joined Kelso Town in 2021"): the spell told as over ended by then.
func (s *sent) mainYearAfterSpell(f *hearsay.Fact) (int, bool) {
	if !inRelativeClause(s, f.Trigger) {
		return 0, false
	}
	y, found := 0, false
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		if t.Type != hearsay.Date || !reYear.MatchString(t.Value) || inRelativeClause(s, t.Span) || t.Start < f.Trigger.End {
			continue
		}
		if found {
			return 0, false // two years outside: which one ends the spell is not told
		}
		y, _ = strconv.Atoi(t.Value)
		found = true
	}
	return y, found
}

// knownSpans dates the posts, memberships and homes the mention stage read
// (facts, by sentences sents) as lengthSpans and whoStarts date the stage's
// own, when no fact of the same type and arguments has a time.
func knownSpans(facts []hearsay.Fact, sents []*sent, cues map[string]string) {
	for i := range facts {
		f := &facts[i]
		if f.Time != nil || !strings.HasPrefix(f.Rule, "entity-") || f.Sentence < 0 || f.Sentence >= len(sents) || sents[f.Sentence] == nil {
			continue
		}
		dated := false
		for j := range facts {
			if j != i && facts[j].Time != nil && facts[j].Type == f.Type && sameArgs(facts[j], *f) {
				dated = true
				break
			}
		}
		if dated {
			continue
		}
		whoStart(f, sents[f.Sentence], cues)
		spellSpan(f, sents[f.Sentence], cues)
	}
}

// spellType reports whether facts of type t are states a spell can date:
// posts, memberships and homes.
func spellType(t string) bool {
	return t == "position_held" || t == "member_of" || t == "residence"
}

// datedTwin reports whether another fact of raws has rw's type and
// arguments and a time: the spell is dated there.
func datedTwin(raws []*raw, rw *raw) bool {
	for _, m := range raws {
		if m != rw && !m.echo && m.f.Time != nil && m.f.Type == rw.f.Type && sameArgs(m.f, rw.f) {
			return true
		}
	}
	return false
}

// spellLength finds the length in whole years that the sentence of rw
// gives the spell of rw's person, and whether the spell is told as over
// ("over") or going on ("on"): a duration after a cue word of
// data/lengths.tsv, the person's mention the nearest person before it.
func (s *sent) spellLength(f *hearsay.Fact, cues map[string]string) (int, string, bool) {
	tu := s.unitAt(f.Trigger.Start)
	if tu < 0 {
		return 0, "", false
	}
	person := f.Args[0].Entity
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		if t.Type != hearsay.Duration || t.Mod != "" && t.Mod != "APPROX" && t.Mod != "LESS_THAN" {
			continue
		}
		n, ok := wholeYears(t.Value)
		if !ok || n <= 0 || n > 80 {
			continue
		}
		u := s.unitAt(t.Start)
		if u < 1 {
			continue
		}
		words := strings.Fields(strings.ToLower(t.Text))
		cue := s.units[u-1].word
		if len(words) > 2 && words[0] == "the" {
			cue = words[1] // "the past 11 years"
		} else if len(words) > 1 && cues[words[0]] != "" {
			cue = words[0] // "after six years" as one expression
		}
		kind := cues[cue]
		if kind != "over" && kind != "on" && kind != "for" {
			continue
		}
		if ue := s.unitAt(t.End - 1); ue >= 0 && ue+1 < len(s.units) {
			if next := s.units[ue+1].word; next == "of" || next == "together" || next == "apart" || next == "old" || next == "ago" || next == "later" || next == "earlier" || next == "before" || next == "after" {
				continue // "after ten years of marriage", "two years later"
			}
		}
		if cue == "after" && f.Type == "residence" {
			continue
		}
		if !s.nearestPerson(u, person) {
			continue
		}
		clauses := s.clauses()
		at := s.orgAfter(t)
		if at >= 0 && !slices.Contains(s.units[at].ents, f.Args[len(f.Args)-1].Entity) {
			continue // "joined the Post after 14 years at the Tribune": the Tribune's spell
		}
		if at < 0 && s.mentionedAfter(s.unitAt(t.End-1), f.Args[len(f.Args)-1].Entity) {
			continue // "is leaving after 14 years to join Channel 9": the new employer's
		}
		if at < 0 && s.otherOrgBefore(tu, u, f.Args[len(f.Args)-1].Entity) {
			continue // "has defected to the Greens, leaving Labour after 12 years": Labour's length
		}
		if at < 0 && s.placeClauseBetween(tu, u, f.Args[len(f.Args)-1].Entity) {
			continue // "an elder of the church in Eastwick, where she lived for 50 years": the home's length
		}
		if at < 0 && (tu >= len(clauses) || clauses[u] != clauses[tu]) && (cue != "after" || tu > u) {
			continue // "an elder of the church in Eastwick, where she lived for 50 years": the home's length
		}
		if kind == "for" {
			kind = "over"
			for k := tu; k < u; k++ {
				if w := s.units[k].word; w == "has" || w == "have" || w == "'ve" {
					kind = "on" // "has been a member for six years"
				}
			}
			if kind == "over" && f.Type != "residence" {
				continue // "served in the navy for 12 years": a past spell the text does not place
			}
		}
		if s.cueBetween(cues, "undated", 0, u) {
			continue // "previously spent 20 years with the police": a spell the text does not place
		}
		if f.Type == "position_held" && s.cueBetween(cues, "part", u, len(s.units)) {
			continue // "spent a decade at X, most recently as its head of finance": the post was the last part
		}
		if f.Type == "residence" && !s.cueBetween(cues, "home", min(tu, u), max(tu, u)) {
			continue // "a captain from Portsmouth, held the seat for 22 years": the seat's length
		}
		if cue == "after" && kind == "over" {
			kind = "after" // "retired after 18 years": a spell that ended with the change told
		}
		return n, kind, true
	}
	return 0, "", false
}

// orgAfter returns the unit of the first organisation named in the few
// words after the length t, before a comma ("after 14 years at the Tribune",
// "after eight years in charge of Dunvegan Rovers", "after 40 years as
// organist of the cathedral"), or -1.
func (s *sent) orgAfter(t hearsay.Timex) int {
	ue := s.unitAt(t.End - 1)
	if ue < 0 {
		return -1
	}
	for k := ue + 1; k < len(s.units) && k <= ue+7; k++ {
		x := &s.units[k]
		if x.word == "," || x.boundary || x.word == "to" || x.word == "and" || x.word == "before" {
			break // "after 14 years to join Channel 9": the next employer
		}
		if x.ment >= 0 && x.etype == entOrg {
			return k
		}
	}
	return -1
}

// otherOrgBefore reports whether, between the trigger at unit tu and the
// length at unit u, an organisation other than org is named after org's
// last mention there and past a comma: "has defected to the Green Party,
// leaving the Liberal Democrats after 12 years" gives the length to the
// Liberal Democrats, not the Green Party.
func (s *sent) otherOrgBefore(tu, u, org int) bool {
	comma := false
	for k := tu + 1; k < u && k < len(s.units); k++ {
		x := &s.units[k]
		switch {
		case x.ment >= 0 && slices.Contains(x.ents, org):
			comma = false
		case x.word == ",":
			comma = true
		case comma && x.ment >= 0 && x.etype == entOrg:
			return true
		}
	}
	return false
}

// mentionedAfter reports whether ent is mentioned after the length at unit
// u, other than as the post's organisation right after "as" ("after 40 years
// as organist of the cathedral").
func (s *sent) mentionedAfter(u, ent int) bool {
	if u < 0 {
		return true
	}
	if u+1 < len(s.units) && s.units[u+1].word == "as" {
		return false
	}
	for k := u + 1; k < len(s.units); k++ {
		if s.units[k].ment >= 0 && slices.Contains(s.units[k].ents, ent) {
			return true
		}
	}
	return false
}

// cueBetween reports whether a word of data/lengths.tsv of the kind stands
// between the units a and b.
func (s *sent) cueBetween(cues map[string]string, kind string, a, b int) bool {
	for k := max(a, 0); k < b && k < len(s.units); k++ {
		if cues[s.units[k].word] == kind {
			return true
		}
	}
	return false
}

// placeClauseBetween reports whether a relative clause of a place, a thing
// or a time ("where", "which", "when") opens between the units a and b
// after another entity than ent ("an elder of the church in Eastwick, where
// she lived": Eastwick's clause; "from Gatesfield, where he spent nine
// years": Gatesfield's own).
func (s *sent) placeClauseBetween(a, b, ent int) bool {
	for k := a + 1; k < b && k < len(s.units); k++ {
		if w := s.units[k].word; w != "where" && w != "which" && w != "when" {
			continue
		}
		j := k - 1
		if j > 0 && s.units[j].word == "," {
			j--
		}
		if s.units[j].ment < 0 || !slices.Contains(s.units[j].ents, ent) {
			return true
		}
	}
	return false
}

// nearestPerson reports whether the person mention nearest before unit u
// is one of the person ent; a possessor ("X's chief of staff") is not: the
// one its noun names is.
func (s *sent) nearestPerson(u, ent int) bool {
	for k := u - 1; k >= 0; k-- {
		if s.units[k].etype != entPerson || s.units[k].ment < 0 {
			continue
		}
		if k+1 < u && s.units[k+1].word == "'s" {
			return false // "Gov. X's chief of staff is leaving after two years": the one X names holds the spell
		}
		return slices.Contains(s.units[k].ents, ent)
	}
	for k := u + 1; k < len(s.units); k++ { // "After 40 years as organist, Hume played his last service"
		if s.units[k].etype == entPerson && s.units[k].ment >= 0 {
			return slices.Contains(s.units[k].ents, ent)
		}
	}
	return false
}

// whoStarts opens a post that has no time of its own with the time a
// relative clause on its holder gives the start of it ("manager Ian Bell,
// who took charge in May, said"; "team leader Kath Moss, who has led the
// team since 2019"; "CEO Frank Osei, who left Lionsgate to launch the company
// in 2023"): the clause opens with "who" right after the holder's name, and
// holds a verb of holding a post ("hold" in data/lengths.tsv) before "since"
// and a time, or a word of taking one up ("take") before the time, with no
// other organisation named between that word and the time.
func whoStarts(raws []*raw, cues map[string]string) {
	eachUndated(raws, func(f *hearsay.Fact, s *sent) { whoStart(f, s, cues) })
}

// whoStart dates f, read in sentence s, as whoStarts says.
func whoStart(f *hearsay.Fact, s *sent, cues map[string]string) {
	if f.Time != nil || f.Type != "position_held" || f.Modality == hearsay.Denied || f.Polarity == hearsay.Neg || len(f.Args) < 3 || f.Args[0].Entity < 0 {
		return
	}
	if strings.Contains(f.Args[1].Literal, "founder") {
		return // a founder's post is timeless: the founding is an event of the company
	}
	ti := s.whoStart(f.Args[0].Entity, f.Args[2].Entity, cues)
	if ti < 0 {
		return
	}
	t := s.doc.Timexes[ti]
	f.Time = &hearsay.FactTime{Start: t.Value, StartMod: t.Mod, Timex: ti}
	f.Derived = true
	if f.Reason != "" {
		f.Reason += "; "
	}
	f.Reason += "the post began when the clause on its holder says"
}

// whoStart returns the time of the start of a post of the person ent at
// org that a "who" clause after the person's name gives, or -1.
func (s *sent) whoStart(ent, org int, cues map[string]string) int {
	for k := 0; k+2 < len(s.units); k++ {
		if s.units[k].ment < 0 || !slices.Contains(s.units[k].ents, ent) || s.units[k+1].word != "," || s.units[k+2].word != "who" {
			continue
		}
		end := k + 3
		for end < len(s.units) && s.units[end].word != "," && !s.units[end].boundary {
			end++
		}
		hold, take := -1, -1
		for j := k + 3; j < end; j++ {
			switch cues[s.units[j].word] {
			case "hold":
				if hold < 0 {
					hold = j
				}
			case "take":
				if take < 0 {
					take = j
				}
			}
		}
		for _, ti := range s.tix() {
			t := s.doc.Timexes[ti]
			u := s.unitAt(t.Start)
			if t.Type != hearsay.Date || strings.Contains(t.Value, "REF") || u <= k+2 || u >= end {
				continue
			}
			since := s.units[u-1].word == "since" || strings.HasPrefix(strings.ToLower(t.Text), "since ")
			switch {
			case since && hold >= 0 && hold < u:
			case !since && take >= 0 && take < u && !s.otherOrgBetween(take, u, org):
			default:
				continue
			}
			return ti
		}
		return -1
	}
	return -1
}

// otherOrgBetween reports whether an organisation other than org is named
// between the units a and b ("joined Harlow Bank in 2019").
func (s *sent) otherOrgBetween(a, b, org int) bool {
	for k := a + 1; k < b && k < len(s.units); k++ {
		if s.units[k].ment >= 0 && s.units[k].etype == entOrg && !slices.Contains(s.units[k].ents, org) {
			return true
		}
	}
	return false
}

// yearFronted reports whether the sentence's time expression of a date
// stands before the first mention of person p ("In 1999, X retired after
// 18 years", "25 years ago: X ..."): it dates the sentence's main clause,
// not a clause after the name ("X joined in 2010 and left after six
// years").
func (s *sent) yearFronted(p int) bool {
	first := -1
	for i := range s.units {
		if s.units[i].ment >= 0 && slices.Contains(s.units[i].ents, p) {
			first = i
			break
		}
	}
	if first < 0 {
		return false
	}
	for _, ti := range s.tix() {
		if t := &s.doc.Timexes[ti]; t.Type == hearsay.Date {
			return t.End <= s.units[first].Start
		}
	}
	return false
}

// loneYear returns the year of the one date the sentence gives, when it
// gives exactly one and that date is a calendar year or a day or month of
// one.
func (s *sent) loneYear() (int, bool) {
	year, n := 0, 0
	for _, ti := range s.tix() {
		t := &s.doc.Timexes[ti]
		if t.Type != hearsay.Date {
			continue
		}
		n++
		if len(t.Value) < 4 || len(t.Value) > 4 && t.Value[4] != '-' {
			return 0, false
		}
		y, err := strconv.Atoi(t.Value[:4])
		if err != nil {
			return 0, false
		}
		year = y
	}
	return year, n == 1
}
