package fact

import (
	"bytes"
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/entity"
	"github.com/hearsay-news/hearsay/timex"
)

// derive completes, merges and orders the raw facts of a document:
// children's births become parent_of times, anniversaries date weddings,
// resignations end positions, repeated and partial mentions of one fact
// become evidence of it. marks are the document's cueMarks.
func (st *Stage) derive(doc *hearsay.Document, raws []*raw, marks cueMarks) []hearsay.Fact {
	raws, born := births(raws)
	for _, rw := range raws {
		if rw.f.Type == "parent_of" {
			childTime(doc, rw, born)
		}
	}
	newbornTime(doc, raws)
	raws = resolveStatus(raws)
	raws = dropMeetingPlaces(raws)
	raws = dropWorkSplits(doc, raws, st.r.staff)
	raws = dropNonPlaces(raws, st.r.nations, st.r.movedThings, st.r.parties)
	raws = dropNonOffices(raws, st.r.envoys)
	raws = childHomes(raws)
	raws = dropLifeStages(raws, st.r.lifeStages)
	raws = dropPostSeats(raws)
	raws = dropTransitiveSplits(raws)
	raws = dropRelativeRivals(raws)
	eventTowns(doc, raws)
	raws = dropWordPlaces(raws)
	raws = dropNamedPartners(raws)
	raws = dropPartnerPosts(raws)
	raws = dropUnnamedRelatives(raws)
	raws = dropOtherRelatives(doc, raws)
	raws = dropAppearances(raws)
	placed := eventPlaces(doc, raws, st.r.nations)
	raws = dropStreetHomes(raws)
	raws = companionHomes(doc, raws)
	raws = companionWhereabouts(doc, raws)
	presentHomes(raws)
	announcements(raws)
	formerNotes(doc, raws)
	aideOrgs(doc, raws)
	raws = successions(doc, raws)
	raceHeadings(doc, raws, st.r.raceOffices)
	raws = rankServices(doc, raws)
	bodyRoles(doc, raws)
	gatheringOrgs(doc, raws)
	raws = fillElided(doc, raws, st.r.bodies, st.r.foundings)
	chamberOrgs(doc, raws)
	datelineOffices(doc, raws)
	constituencyOffices(doc, raws)
	antecedentOrgs(doc, raws)
	possessedOrgs(doc, raws)
	subjectDescribedOrgs(doc, raws)
	raws = dropAppointers(doc, raws)
	raws = dropHeadTwins(raws)
	raws = dropDismissedDepartures(doc, raws)
	teamPosts(doc, raws, st.r.teamWords)
	partyCouncilPosts(doc, raws, st.r.parties)
	deputyOrgs(doc, raws)
	meetingOrgs(doc, raws)
	parishPosts(doc, raws)
	kindOrgs(doc, raws)
	modifierOrgs(doc, raws)
	completeOrgs(doc, raws, st.r.bodies, st.r.teamWords, st.r.countries, st.r.nations)
	regionOffices(doc, raws, st.r.countries)
	federalOffices(doc, raws, st.r.countries)
	otherHolders(raws)
	dioceseOrgs(doc, raws)
	envoyPosts(doc, raws, st.r.envoys)
	underOffices(doc, raws)
	nounOrgs(doc, raws, st.r.orgNouns)
	placeBodyOrgs(doc, raws)
	vacatedPosts(raws)
	councilPlaces(doc, raws)
	committeeOrgs(doc, raws)
	townPlaces(doc, raws)
	departmentChiefs(doc, raws)
	councillorWords(doc, raws)
	liberalDemocrats(doc, raws)
	namedParties(doc, raws)
	raws = candidacies(doc, raws)
	raws = dropWonAppointments(raws)
	raws = describedParentSubjects(doc, raws)
	participleTimes(raws)
	immediateChanges(doc, raws)
	newsChanges(doc, raws)
	finalDays(doc, raws)
	interimTimes(raws, st.r.roles)
	repDenials(doc, raws)
	affairs(doc, raws) // a lover named in a relationship partners a denied affair that names none
	confirmLinks(raws)
	st.completePartners(doc, raws)
	dueDates(doc, raws)
	raws = datePresent(raws)
	presentDatedElsewhere(raws)
	raws = claimsTold(raws)
	previousPosts(raws)
	retiredMembers(raws)
	raws = foldDepartures(raws)
	raws = effectiveBounds(doc, raws)
	raws = effectiveDepartures(raws)
	raws = effectiveDays(raws)
	raws = derivePositions(raws, tenureCues{st.r.tenures, st.r.takeovers, st.r.posts})
	aidesLeaving(doc, raws)
	raws = successorStarts(raws)
	madeWhenTold(doc, raws)
	raws = foldTakings(raws)
	raws = foldTakenUp(raws)
	raws = joinTenures(raws)
	officeTaken(doc, raws, marks)
	raws = anniversaries(doc, raws)
	raws = marriageLengths(doc, raws)
	togetherBefore(raws, st.r.together)
	marriedFor(doc, raws)
	raws = childrenOfMarriage(doc, raws)
	raws = spouseParents(doc, raws)
	raws = marriageSpans(raws)
	raws = foldLengthBounds(raws)
	affairs(doc, raws)
	raws = affairsOverDating(raws)
	raws = splitCourtships(raws, st.r.together)
	splitLengths(raws, st.r.together)
	datingEnds(raws, st.r.together)
	datingFor(doc, raws)
	meetingsBefore(doc, raws)
	lengthStarts(raws, tenureCues{st.r.tenures, st.r.takeovers, st.r.posts})
	joinedStarts(raws)
	arrivalStarts(raws)
	contractStarts(doc, raws)
	successivePosts(raws)
	promotions(raws)
	membershipEnds(doc, raws, st.r.parties)
	sinceStarts(raws, st.r.sinces)
	whoStarts(raws, st.r.lengths)
	lengthSpans(raws, st.r.lengths)
	raws = foldUndated(raws)
	raws = joinHalves(raws)
	raws = foldEndOnly(raws)
	raws = joinTenures(raws) // a start and an end the steps since the first join gave two tellings of one post
	dateRetold(raws)
	datedDenials(raws)
	raws = foldDatingStarts(raws)
	raws = mergeEchoes(raws)
	raws = addEventPlaces(doc, raws, placed)
	raws = partyMembers(doc, raws, st.r.parties, st.r.bodies)
	raws = dedupeParties(doc, raws, st.r.parties)
	facts := dedupe(complete(raws))
	return bySentence(facts)
}

// bySentence orders the facts by their sentences, those of one sentence
// in the order given, and returns them: it sorts their positions, which
// move cheaper than facts, and then moves each fact to its place once.
func bySentence(facts []hearsay.Fact) []hearsay.Fact {
	if slices.IsSortedFunc(facts, func(a, b hearsay.Fact) int { return cmp.Compare(a.Sentence, b.Sentence) }) {
		return facts
	}
	var buf [128]int32
	order := buf[:0]
	for i := range facts {
		order = append(order, int32(i))
	}
	slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(facts[a].Sentence, facts[b].Sentence) })
	// fact order[i] goes to place i: each cycle of the permutation is
	// followed once, a place being marked done (-1) when filled
	for i := range order {
		if order[i] < 0 || int(order[i]) == i {
			continue
		}
		first := facts[i]
		j := i
		for {
			k := int(order[j])
			order[j] = -1
			if k == i {
				facts[j] = first
				break
			}
			facts[j] = facts[k]
			j = k
		}
	}
	return facts
}

// births removes the facts of type born ("Ivy was born on Saturday"), which
// are never output, and returns the time each tells, by person.
func births(raws []*raw) ([]*raw, map[int]*hearsay.FactTime) {
	born := map[int]*hearsay.FactTime{}
	out := make([]*raw, 0, len(raws))
	for _, rw := range raws {
		if rw.f.Type != "born" {
			out = append(out, rw)
			continue
		}
		t := rw.f.Time
		if rw.echo || len(rw.f.Args) == 0 || rw.f.Args[0].Entity < 0 || t == nil || t.Value == "" || strings.Contains(t.Value, "REF") || rw.f.Modality != hearsay.Asserted {
			continue
		}
		if possessiveSubject(rw) {
			continue // "Their son was born in March": the son's birth, not theirs
		}
		if born[rw.f.Args[0].Entity] == nil {
			cp := *t
			born[rw.f.Args[0].Entity] = &cp
		}
	}
	return out, born
}

// possessiveSubject reports whether the person of a match is a possessive
// pronoun ("their" in "Their son was born"): the one the words after it
// name is someone else.
func possessiveSubject(rw *raw) bool {
	if rw.b == nil || rw.s == nil || !rw.b.slots[slotA].set {
		return false
	}
	u := rw.s.unitAt(rw.b.slots[slotA].span.Start)
	return u >= 0 && rw.s.units[u].is(clsPossessive)
}

// childTime dates parent_of with the child's birth interval, or the time
// the article gives the child's birth ("Ivy was born in 2020"), or, for a
// pattern of birth (option birth), with the time of its clause.
func childTime(doc *hearsay.Document, rw *raw, born map[int]*hearsay.FactTime) {
	if rw.pat.cross {
		rw.f.Derived = true
		rw.f.Reason = "shared children: each parent is a parent of each child"
	}
	child := rw.f.Args[1].Entity
	if child < 0 {
		return
	}
	e := doc.Entities[child]
	b := e.Birth
	if b == nil && e.Age != nil {
		b = BirthFromAge(e.Age.Years, e.Age.At)
	}
	if b == nil && rw.childAge >= 0 {
		b = BirthFromAge(rw.childAge, doc.DateString())
	}
	var sl *slab // the document's, when the fact has a sentence
	if rw.s != nil {
		sl = rw.s.slab()
	}
	if t := born[child]; (b == nil || toldWithin(t, b)) && t != nil && (rw.f.Time == nil || rw.f.Time.Value == "" || strings.Contains(rw.f.Time.Value, "REF")) {
		// a birth the article dates ("was born in Dundee in 1951") is told as written, even when
		// an age narrows it; a date the age rules out is another child's
		rw.f.Time = sl.newTime(*t)
		rw.f.Derived = true
		rw.f.Reason = addReason(rw.f.Reason, "time is the child's birth as the article tells it")
		return
	}
	if b == nil {
		if !rw.pat.has("birth") || rw.f.Time == nil || rw.f.Time.Value == "" || strings.Contains(rw.f.Time.Value, "REF") {
			rw.f.Time = nil // else the clause dates the birth: "welcomed a son, X, on Monday"
		}
		return
	}
	if e.Age == nil && rw.pat.has("birth") && rw.f.Time != nil && rw.f.Time.Value != "" && !strings.Contains(rw.f.Time.Value, "REF") {
		return // a birth read from a date, which the clause gives as written: "welcomed a son, Rex, in 2012"
	}
	rw.f.Time = sl.newTime(hearsay.FactTime{Earliest: b.Earliest, Latest: b.Latest, Timex: -1})
	rw.f.Derived = true
	rw.f.Reason = addReason(rw.f.Reason, "time is the child's birth interval from the stated age")
}

// toldWithin reports whether t is a birth the article dates by a time
// expression of its own (a year, a month, a day) that meets the interval b
// an age gives.
func toldWithin(t *hearsay.FactTime, b *hearsay.Interval) bool {
	if t == nil || t.Value == "" || strings.Contains(t.Value, "REF") {
		return false
	}
	lo, hi, ok := valueBounds(t.Value)
	return ok && lo.Format(day) <= b.Latest && hi.Format(day) >= b.Earliest
}

// addReason returns the reasoning of a derived fact, reason, with why
// added after a semicolon (why alone for a fact with none yet), making
// one new string.
func addReason(reason, why string) string {
	if reason == "" {
		return why
	}
	return reason + "; " + why
}

// BirthFromAge is the birth interval of someone aged years on the day at
// ("YYYY-MM-DD"): [at - (years+1) years + 1 day, at - years years].
func BirthFromAge(years int, at string) *hearsay.Interval {
	d, err := time.Parse(day, at)
	if err != nil {
		return nil
	}
	return &hearsay.Interval{
		Earliest: d.AddDate(-(years + 1), 0, 1).Format(day),
		Latest:   d.AddDate(-years, 0, 0).Format(day),
	}
}

// bodyRoles gives a career fact that names the body but not the role the
// seat that body has ("was first elected to the Ohio Senate": a senator;
// "elected to Harrowfield Borough Council": a council member).
func bodyRoles(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		switch rw.f.Type {
		case "resigned", "appointed", "elected", "position_held":
		default:
			continue
		}
		a := rw.f.Args
		if len(a) != 3 || a[1].Literal != "" || a[2].Entity < 0 || doc.Entities[a[2].Entity].Type != hearsay.Org {
			continue
		}
		if role := seatOf(doc.Entities[a[2].Entity].Name); role != "" {
			rw.f.Args[1].Literal = role
			rw.echo = false
		}
	}
}

// bodySeats are the seats of elected and governing bodies, by the last
// words of the body's name.
var bodySeats = []struct{ suffix, role string }{
	{"senate", "senator"}, {"house of representatives", "representative"}, {"house of delegates", "delegate"},
	{"house of commons", "member of parliament"}, {"parliament", "member of parliament"},
	{"council", "council member"}, {"school board", "board member"}, {"board of education", "board member"},
	{"board of trustees", "board member"}, {"board of directors", "board member"}, {"board of supervisors", "supervisor"},
	{"court", "judge"}, {"court of appeals", "judge"}, {"court of appeal", "judge"}, {"commission", "commissioner"},
}

// seatOf returns the seat of the body named name, or "".
func seatOf(name string) string {
	n := strings.ToLower(name)
	for _, b := range bodySeats {
		if n == b.suffix || strings.HasSuffix(n, " "+b.suffix) {
			return b.role
		}
	}
	return ""
}

// fillElided completes a career event whose role or organisation the
// sentence leaves out ("X was the director of O ..., but resigned in 2016";
// "Szabo was first elected in 2013") from the person's position read
// nearest before it (or, failing that, after it) in the document, including
// the entity stage's attribute facts. A position that the event ends or
// starts is dated by derivePositions. A founding role (foundings) is never
// the post an event takes or ends: "the departure of its founder" left the
// founder's post as chief executive.
func fillElided(doc *hearsay.Document, raws []*raw, bodies map[string]string, foundings map[string]bool) []*raw {
	var cands []hearsay.Fact // the posts a fact may take, storage kept from one fact to the next
	out := raws
	for _, rw := range raws {
		switch rw.f.Type {
		case "resigned", "dismissed", "appointed", "elected", "position_held", "member_of":
		default:
			continue
		}
		a := rw.f.Args
		if len(a) != 3 || a[1].Literal != "" && (a[2].Entity >= 0 || a[2].Literal != "") {
			continue
		}
		if bodyPost(doc, rw, bodies) {
			continue
		}
		best, bestDist := -1, 1<<30
		cands = cands[:0]
		for _, ph := range raws {
			if ph == rw || len(ph.f.Args) != 3 || ph.f.Args[1].Literal == "" || pastPostFor(ph, rw) {
				continue
			}
			if ph.pat == titlePattern && academicRank(ph.f.Args[1].Literal) {
				continue // "Professor X has led the institute since January": the title tells a trade, not the post led
			}
			// a position (its organisation may still be open), or for a
			// re-election the office of the election
			// or the office of an appointment ("was appointed director ..., a post
			// she held until 1998, when she resigned")
			if ph.f.Type == "position_held" || rw.f.Type == "elected" && ph.f.Type == "elected" && !ph.echo ||
				rw.f.Type != "elected" && rw.f.Type != "appointed" && (ph.f.Type == "appointed" || ph.f.Type == "elected") && (datedBefore(ph.f, rw.f) && (!ph.echo || leaving(rw.f.Type)) || leaving(rw.f.Type) && undatedChange(rw.f) && began(ph.f) != "") ||
				leaving(rw.f.Type) && leaving(ph.f.Type) && !ph.echo ||
				takesOffice(rw) && (ph.f.Type == "appointed" || ph.f.Type == "elected") && !ph.echo ||
				sameSentenceChange(rw, ph) {
				cands = append(cands, ph.f)
			}
		}
		for _, f := range doc.Facts {
			if f.Type == "position_held" {
				cands = append(cands, f)
			}
		}
		office := false // an election fills an office of state when the person holds one
		if rw.f.Type == "elected" {
			for _, c := range cands {
				if len(c.Args) == 3 && c.Args[0].Entity == a[0].Entity && stateOffice(c.Args[1].Literal) {
					office = true
				}
			}
		}
		for i, c := range cands {
			if len(c.Args) != 3 || c.Args[0].Entity != a[0].Entity || c.Args[1].Literal == "" || office && !stateOffice(c.Args[1].Literal) {
				continue
			}
			if foundings[strings.ToLower(c.Args[1].Literal)] || strings.Contains(strings.ToLower(c.Args[1].Literal), "emeritus") {
				continue // an honorary title is no post taken or left ("succeeding Professor Emeritus X, who retired")
			}
			if leaving(rw.f.Type) && formerBeforeLeaving(doc, c, rw.f) {
				continue // "X, 58, a former state House speaker, will step down Oct. 3": not the post left already
			}
			if leaving(rw.f.Type) && c.Time != nil && c.Time.End != "" && takenBefore(rw.f, c.Time.End) {
				continue // "retires on July 1 ... will remain on the board as chairman until next year": a post that goes on after the departure
			}
			if (rw.f.Type == "elected" || rw.f.Type == "appointed" || takesOffice(rw)) && c.Time != nil && c.Time.End != "" && !takenBefore(rw.f, c.Time.End) {
				continue // a post left is not the one taken ("elected in 2004 after two terms as governor")
			}
			if (rw.f.Type == "elected" || rw.f.Type == "appointed") && c.Type == "position_held" && begunYearsAfter(rw.f, c) {
				continue // "elected a fellow in 2012 and served as president from 2015": a post taken later
			}
			if rw.f.Type == "position_held" && c.Type == "position_held" && endedAtStart(c, rw.f) {
				continue // "has led the university since 2019, having previously been its deputy vice-chancellor": the post before
			}
			if rw.f.Type == "position_held" && c.Type == "position_held" && endedBeforeStart(c, rw.f) {
				continue // "was head of surgery at X until 2016 ... had run the hospital since 2020": a post over before this one began
			}
			if takesOffice(rw) && leftPost(raws, c) {
				continue // "Feld, who has quit as managing director of X, starts in October": not the post he left
			}
			if takesOffice(rw) && c.Type == "position_held" && begunYearsBefore(rw.f, c) {
				continue // "has worked as a porter there since 2008 ... will take office on 1 July": a post held long before
			}
			if a[1].Literal != "" && !strings.EqualFold(a[1].Literal, c.Args[1].Literal) {
				continue
			}
			if (rw.f.Type == "appointed" || rw.f.Type == "elected") && c.Sentence == rw.s.idx && rw.s.fromBetween(rw.f.Trigger.End, c.Trigger.Start) {
				continue // "was hired in 2019 from X, where he had been defensive coordinator": the post left for this one
			}
			if !leaving(rw.f.Type) && rw.f.Type != "member_of" && cameFrom(doc, c) {
				continue // "poached finance director X from rival Y ... He starts in January": not the post at Y
			}
			if leaving(rw.f.Type) && postToCome(raws, doc, rw.f, c) {
				continue // "is leaving the town hall to become a state secretary on July 1 ... His departure": not the post to come
			}
			if leaving(rw.f.Type) && c.Sentence == rw.s.idx && rw.s.purposeBetween(rw.f.Trigger.End, c.Trigger.End) {
				continue // "quit the bank to head a rival lender": the post taken, not the one left
			}
			if !sameOrg(a[2], c.Args[2]) {
				continue // "was fired by the club": not the post held elsewhere
			}
			if leaving(rw.f.Type) && a[2].Entity < 0 && a[2].Literal == "" && c.Sentence != rw.s.idx && rw.s.namesOtherOrg(c.Args[2], rw.f.Trigger.Start) {
				continue // "A has a new chief after the board ousted X": not the post X held at B, told elsewhere (a departure that names its organisation, "X, who led A to the title, was sacked by B", has it already)
			}
			d := rw.s.idx - c.Sentence
			if d < 0 {
				d = -d*2 + 1
			} else {
				d *= 2
			}
			if leaving(rw.f.Type) && c.Time != nil && c.Time.End != "" && (rw.f.Time == nil || rw.f.Time.Value == "" || !strings.HasPrefix(rw.f.Time.Value, c.Time.End) && !strings.HasPrefix(c.Time.End, rw.f.Time.Value)) {
				d += 1 << 16 // a post that ended at another time is not the one left now
			}
			if takesOffice(rw) && c.Type == "position_held" {
				d += 1 << 14 // "She will start on March 2": the post she was named to, not the one she held
			}
			if (rw.f.Type == "elected" || rw.f.Type == "appointed") && c.Type == "position_held" && begunWith(c, rw.f) {
				d-- // "X has a new chair: Y, a partner at Z, was appointed on Friday": the post begun then, not the one in apposition
			}
			if rw.f.Type == "position_held" && rw.s.leadVerb(rw.f.Trigger) && !leadRole(c.Args[1].Literal) {
				d += 1 << 13 // "made partner in 2014 and has led the restructuring group since 2021": the head's post
			}
			if leaving(rw.f.Type) && leaving(c.Type) && undatedChange(rw.f) {
				d -= 1 << 15 // an undated telling of a departure is the departure told already ("accepted her resignation")
			}
			if d < bestDist || d == bestDist && leaving(rw.f.Type) && began(c) > began(cands[best]) {
				best, bestDist = i, d // one leaves the post taken last ("joined as a reporter in 2002 and became anchor in 2009")
			} else if d == bestDist && openOrg(cands[best]) && !openOrg(c) && strings.EqualFold(c.Args[1].Literal, cands[best].Args[1].Literal) {
				best = i // "Chilean President X took office in 2025": the post with its country, not the title read alone
			} else if d == bestDist && leaving(rw.f.Type) && rw.s.pastRelativePost(cands[best], rw.f.Trigger.Start) && !rw.s.pastRelativePost(c, rw.f.Trigger.Start) {
				best = i // "Carrow Rovers manager X, who led Castleford Town to the title, was sacked": not the post of the past the clause tells
			} else if d == bestDist && leaving(rw.f.Type) && seatPost(cands[best].Args[1].Literal, bodies) && !seatPost(c.Args[1].Literal, bodies) {
				best = i // "Culture Secretary X, MP for Y, resigned": the office, not the seat the text names her by
			} else if d == bestDist && rw.f.Type == "position_held" && rw.s.leadVerb(rw.f.Trigger) && topRole(c.Args[1].Literal) && !topRole(cands[best].Args[1].Literal) {
				best = i // "interim CEO X, the firm's finance chief, who has run the company since July": the post at its top
			}
		}
		if best < 0 {
			headRole(doc, raws, rw)
			tradeRole(doc, rw)
			sideRole(cands, raws, rw)
			continue
		}
		c := cands[best]
		named := a[2].Entity >= 0 // the text named the organisation
		if leaving(rw.f.Type) && a[1].Literal == "" {
			out = append(out, jointPosts(doc, rw, c, cands, foundings)...)
		}
		rw.f.Args[1] = c.Args[1]
		if a[2].Entity < 0 && a[2].Literal == "" {
			rw.f.Args[2] = c.Args[2] // else the text named it: "elected to the Senate"
		}
		rw.echo = rw.f.Args[2].Entity < 0 && rw.f.Args[2].Literal == "" // the organisation may still be open
		if named && rw.f.Type == "position_held" && rw.s != nil && c.Args[2].Entity == a[2].Entity && c.Trigger != rw.f.Trigger && sideLead(rw.s.doc, rw.f.Trigger) {
			rw.echo = true // "X, Castlegate's manager since 2022, led Castlegate to a ninth-place finish last season": the post told already
		}
		rw.f.Derived = true
		rw.f.Reason = "role and organisation from the person's position in the article"
	}
	return out
}

// joinedByAnd reports whether the text between two spans is "and" alone.
func joinedByAnd(doc *hearsay.Document, a, b hearsay.Span) bool {
	if b.Start < a.Start {
		a, b = b, a
	}
	if a.End < 0 || a.End > b.Start || b.Start > len(doc.Text) {
		return false
	}
	return strings.TrimSpace(doc.Text[a.End:b.Start]) == "and"
}

// hasLeft reports whether one of raws already leaves the post role.
func hasLeft(raws []*raw, role string) bool {
	for _, m := range raws {
		if strings.EqualFold(m.f.Args[1].Literal, role) {
			return true
		}
	}
	return false
}

// jointPosts returns, for departure rw that names no post and takes post c,
// a copy of it for each other post of the same person in the same
// organisation that the text joins to c with "and" ("Pierre Lorte, chairman
// and chief executive of Provane, resigned"): one leaves both posts. A
// founding role (foundings) is never left ("the founder and chief executive").
// Posts of one match may both leave their organisation open, to be filled
// later with the one the article is about ("Its chairman and chief
// executive, X, will retire": both posts).
func jointPosts(doc *hearsay.Document, rw *raw, c hearsay.Fact, cands []hearsay.Fact, foundings map[string]bool) []*raw {
	var out []*raw
	for _, o := range cands {
		if len(o.Args) != 3 || foundings[strings.ToLower(o.Args[1].Literal)] || o.Type != "position_held" || c.Type != "position_held" || o.Args[0].Entity != c.Args[0].Entity || o.Sentence != c.Sentence ||
			strings.EqualFold(o.Args[1].Literal, c.Args[1].Literal) || !sameOrgArg(o.Args[2], c.Args[2]) || o.Args[2].Entity < 0 && o.Args[2].Literal == "" && o.Trigger != c.Trigger {
			continue
		}
		if o.Trigger != c.Trigger && !joinedByAnd(doc, c.Trigger, o.Trigger) {
			continue // (one match of two posts joined by "and" gives both the same trigger)
		}
		if hasLeft(out, o.Args[1].Literal) {
			continue
		}
		cp := *rw
		cp.f.Args = append([]hearsay.Arg{rw.f.Args[0], o.Args[1]}, o.Args[2])
		if rw.f.Args[2].Entity >= 0 || rw.f.Args[2].Literal != "" {
			cp.f.Args[2] = rw.f.Args[2]
		}
		cp.echo = false
		cp.f.Derived = true
		cp.f.Reason = "role and organisation from the person's position in the article"
		out = append(out, &cp)
	}
	return out
}

// sameSentenceChange reports whether ph is a departure told as fact in the
// sentence of the post rw, whose organisation is open: a title before the
// name of the one who leaves ("Westbury United have sacked manager Dan
// Ferris") names the post left, not one the person held elsewhere. (A
// title before the name of one appointed may name the post held before:
// "promoted deputy editor X to editor".)
func sameSentenceChange(rw, ph *raw) bool {
	return rw.f.Type == "position_held" && ph.f.Sentence == rw.f.Sentence && !ph.echo && ph.f.Polarity == hearsay.Pos &&
		leaving(ph.f.Type)
}

// headRole gives a tenure told by a verb of leading with its organisation
// and no post the article names for the person ("has led the Nordhavn
// Marine Institute since January", "had run the hospital since 2020"), or
// an appointment or election told by such a verb after "to" ("was chosen to
// lead the Ostland Medical Association", "was elected to lead the union"), the role of one who leads it: "leader" of
// a body of members (class leaderbodies: "has led the union since 2013"),
// else "head".
func headRole(doc *hearsay.Document, raws []*raw, rw *raw) {
	a := rw.f.Args
	if rw.f.Type != "position_held" && rw.f.Type != "appointed" && rw.f.Type != "elected" || len(a) != 3 || a[1].Literal != "" || rw.s == nil {
		return
	}
	v := rw.s.leadVerbUnit(rw.f.Trigger)
	if v < 0 {
		return
	}
	// an appointment told by its purpose ("was chosen to lead the Ostland
	// Medical Association") takes the post of one who leads the body
	change := rw.f.Type == "appointed" || rw.f.Type == "elected"
	toLead := change && v > 0 && rw.s.units[v-1].word == "to"
	if change && (!toLead || a[2].Entity < 0) {
		return
	}
	org := a[2].Entity
	switch {
	case org < 0 && a[2].Literal == "":
		org = rw.s.ledBody(doc, v)
	case org >= 0 && !toLead && !rw.s.ledTenure(v, org):
		return // "has led Harwick Rovers in scoring since 2019": no post
	}
	if org < 0 || doc.Entities[org].Type != hearsay.Org {
		return // "led Duluth East": a place is no post's organisation here
	}
	if postToldAt(raws, a[0].Entity, org) {
		return // "was fired as chief executive of X ... had led the bank since 2019": that post, which the change dates
	}
	role := "head"
	ws := strings.Fields(strings.ToLower(doc.Entities[org].Name))
	if len(ws) > 0 && leaderBodies[ws[len(ws)-1]] {
		role = "leader"
	}
	rw.f.Args[1] = hearsay.Arg{Entity: -1, Literal: role}
	if a[2].Entity < 0 {
		rw.f.Args[2] = entArg(doc, org)
	}
	rw.echo = false
	rw.f.Derived = true
	rw.f.Reason = "the post of one who leads the organisation the text names"
}

// tradeRole completes a departure from an organisation the text names
// whose post it leaves out, when the person holds no post in the article,
// with the trade written right before the person's name or in apposition to
// it in the same sentence ("Nurse Ann Vale resigned from Kelby General
// Hospital", "The drummer Callum Reid has left the Hollow Saints"): the
// trade plied there is the post left. A party is no workplace ("Actor X
// quit the Labour Party").
func tradeRole(doc *hearsay.Document, rw *raw) {
	a := rw.f.Args
	if !leaving(rw.f.Type) || len(a) != 3 || a[1].Literal != "" || a[2].Entity < 0 || rw.s == nil {
		return
	}
	if doc.Entities[a[2].Entity].Type != hearsay.Org || partyName(doc.Entities[a[2].Entity].Name, nil) {
		return
	}
	for i := range doc.Facts {
		f := &doc.Facts[i]
		if f.Type != "occupation" || len(f.Args) != 2 || f.Args[0].Entity != a[0].Entity || f.Args[1].Literal == "" || f.Sentence != rw.s.idx {
			continue
		}
		if f.Rule != "entity-premodifier" && f.Rule != "entity-appositive" || f.Trigger.End > rw.f.Trigger.Start {
			continue
		}
		rw.f.Args[1] = hearsay.Arg{Entity: -1, Literal: f.Args[1].Literal}
		rw.echo = false
		rw.f.Derived = true
		rw.f.Reason = "the trade told with the name is the post left at the organisation"
		return
	}
}

// sideRoles are the posts of one who runs a team (sideroles of
// data/classes.tsv).
var sideRoles = wordSet("sideroles")

// sideRole gives a spell "in charge of" a side the text names with no post
// ("Harbourne City manager X was previously in charge of the Scottish side
// Glenrock for four seasons") the post of running a team that the person
// holds at another side among cands, or is appointed or elected to among
// raws ("Kingsbridge Rovers have appointed X as manager. X returns after six
// seasons in charge of Port Alder"), when that is the person's one such
// post: the earlier side had the manager as its manager.
func sideRole(cands []hearsay.Fact, raws []*raw, rw *raw) {
	a := rw.f.Args
	if rw.f.Type != "position_held" || len(a) != 3 || a[1].Literal != "" || a[2].Entity < 0 || rw.s == nil || !inCharge(rw.s.doc, rw.f.Trigger) {
		return
	}
	posts := cands
	for _, ph := range raws {
		if (ph.f.Type == "appointed" || ph.f.Type == "elected") && !ph.echo {
			posts = append(posts[:len(posts):len(posts)], ph.f)
		}
	}
	var role hearsay.Arg
	for _, c := range posts {
		if len(c.Args) != 3 || c.Args[0].Entity != a[0].Entity || c.Args[2].Entity == a[2].Entity || !sideRoles[strings.ToLower(c.Args[1].Literal)] {
			continue
		}
		if role.Literal != "" && !strings.EqualFold(role.Literal, c.Args[1].Literal) {
			return // two such posts: which one the spell was is unclear
		}
		role = c.Args[1]
	}
	if role.Literal == "" {
		return
	}
	rw.f.Args[1] = role
	rw.echo = false
	rw.f.Derived = true
	rw.f.Reason = "a side run by one who runs another is run in the same post"
}

// inCharge reports whether the trigger t tells a spell "in charge" of an
// organisation, or one at the head of a side told by what it led the side
// to, its first word of class sideleadverbs ("leading Castleford Town to
// promotion").
func inCharge(doc *hearsay.Document, t hearsay.Span) bool {
	return strings.Contains(strings.ToLower(spanText(doc, t)), "in charge") || sideLead(doc, t)
}

// sideLead reports whether the trigger t tells a spell at the head of a
// side by what it led the side to ("leading Castleford Town to promotion"):
// its first word is of class sideleadverbs and "to" follows.
func sideLead(doc *hearsay.Document, t hearsay.Span) bool {
	tr := strings.ToLower(spanText(doc, t))
	first, _, _ := strings.Cut(tr, " ")
	return sideLeadVerbs[first] && strings.Contains(tr, " to ")
}

// sideLeadVerbs are the words of class sideleadverbs of classes.tsv.
var sideLeadVerbs = wordSet("sideleadverbs")

// postToldAt reports whether a change of post of the person at the
// organisation with a role is among raws (a resignation, a dismissal, an
// appointment, an election), or one with the organisation left open.
func postToldAt(raws []*raw, person, org int) bool {
	for _, m := range raws {
		a := m.f.Args
		if m.echo || len(a) != 3 || a[0].Entity != person || a[1].Literal == "" || a[2].Entity != org && (a[2].Entity >= 0 || a[2].Literal != "") {
			continue
		}
		switch m.f.Type {
		case "resigned", "dismissed", "appointed", "elected":
			return true
		}
	}
	return false
}

// maxBodyMods is the most words ledBody passes over between "the" and the
// noun of the body led ("the 600-bed hospital").
const maxBodyMods = 2

// ledBody returns the organisation the verb of leading at unit v names
// by "the" and a noun of class headbodies, the clause going on with a word
// of class tenurewords ("who had run the 600-bed hospital since 2020", "has
// led the union since 2013", not "has led the team to two titles"): the
// one organisation whose name holds the noun, else the one named last
// before it in the sentence or the two before; -1 when there is none.
func (s *sent) ledBody(doc *hearsay.Document, v int) int {
	if v+2 >= len(s.units) || s.units[v+1].word != "the" {
		return -1
	}
	for k := v + 2; k < len(s.units)-1 && k <= v+2+maxBodyMods; k++ {
		x := &s.units[k]
		if x.ment >= 0 || x.boundary {
			return -1
		}
		if !headBodies[x.word] {
			continue
		}
		if !tenureWords[s.units[k+1].word] {
			return -1
		}
		if e := orgWithNoun(doc, x.word); e >= 0 {
			return e
		}
		return antecedentOrg(doc, s, x.Start)
	}
	return -1
}

// maxLedUnits is the most units ledTenure passes over between a verb of
// leading and the organisation's name ("led the rail operator Westlink").
const maxLedUnits = 4

// ledTenure reports whether the verb of leading at unit v names the
// organisation org within maxLedUnits units after it, the clause going on
// with a word of class tenurewords, past the place it is in ("has led
// Orbis Bank since 2019", "has led the institute in Bergen since January",
// not "has led Harwick Rovers in scoring since 2019").
func (s *sent) ledTenure(v, org int) bool {
	for k := v + 1; k < len(s.units)-1 && k <= v+1+maxLedUnits; k++ {
		if x := &s.units[k]; x.ment >= 0 && slices.Contains(x.ents, org) {
			j := k + 1
			if j+2 < len(s.units) && s.units[j].word == "in" && s.units[j+1].etype == entPlace {
				j += 2 // "has led the Nordhavn Marine Institute in Bergen since January"
			}
			return tenureWords[s.units[j].word]
		}
	}
	return false
}

// leadVerbUnit returns the last unit in span trig that holds a verb of
// leading, or -1.
func (s *sent) leadVerbUnit(trig hearsay.Span) int {
	v := -1
	for u := range s.units {
		if s.units[u].Start >= trig.End {
			break
		}
		if s.units[u].Start >= trig.Start && leadVerbs[s.units[u].word] {
			v = u
		}
	}
	return v
}

// headBodies are the nouns of organisations a verb of leading takes
// ("the union", "the hospital"); tenureWords the words that go on from a
// tenure's organisation ("since", "from", "for").
var (
	headBodies  = wordSet("headbodies")
	tenureWords = wordSet("tenurewords")
)

// leaderBodies are the last words of the names of bodies of members whose
// head is their leader ("the Allied Health and Care Workers' Union").
var leaderBodies = wordSet("leaderbodies")

// leadVerbs tell that someone leads what they hold ("has led", "headed");
// leadRoleWords are the words of the roles of those who lead ("head",
// "chief", "director").
var (
	leadVerbs     = wordSet("leadverbs")
	leadRoleWords = wordSet("leadrolewords")
)

// leadVerb reports whether the words of span trig hold a verb of leading.
func (s *sent) leadVerb(trig hearsay.Span) bool {
	return s.anyUnit(trig.Start, trig.End, func(u int) bool { return leadVerbs[s.units[u].word] })
}

// anyUnit reports whether ok holds for a unit of the sentence that starts
// at or after offset from and before offset end.
func (s *sent) anyUnit(from, end int, ok func(u int) bool) bool {
	for u := range s.units {
		x := &s.units[u]
		if x.Start >= end {
			break
		}
		if x.Start >= from && ok(u) {
			return true
		}
	}
	return false
}

// leadRole reports whether a role is one of someone who leads.
func leadRole(role string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(role), spaceOrHyphen) { // "vice-chancellor" leads
		if leadRoleWords[w] {
			return true
		}
	}
	return false
}

// topRole reports whether role heads a whole organisation (class
// toproles: "chief executive", "managing director", "president"), the post
// of one who runs it, not of one who leads a part of it.
func topRole(role string) bool {
	role = strings.ToLower(role)
	for _, w := range topRoles {
		if strings.Contains(role, w) {
			return true
		}
	}
	return false
}

// topRoles are the words of topRole (data/classes.tsv).
var topRoles = wordList("toproles")

// spaceOrHyphen reports whether r parts the words of a role.
func spaceOrHyphen(r rune) bool { return r == ' ' || r == '-' }

// openOrg reports whether a post leaves its organisation open.
func openOrg(f hearsay.Fact) bool {
	return len(f.Args) == 3 && f.Args[2].Entity < 0 && f.Args[2].Literal == ""
}

// seatPost reports whether a role is a member's seat in an elected or
// governing body (data/bodies.tsv: "member of parliament", "council
// member"), or a councillor's.
func seatPost(role string, bodies map[string]string) bool {
	if councilPosts[role] || role == "mp" {
		return true
	}
	for _, post := range bodies {
		if post == role {
			return true
		}
	}
	return false
}

// pastPostFor reports whether ph is a post told in another sentence as one
// held before ("She was previously chief financial officer of X"), which
// is not the ongoing tenure rw tells ("has led the company since 2019").
func pastPostFor(ph, rw *raw) bool {
	t := rw.f.Time // an ongoing tenure first: it alone needs no search of the words
	return t != nil && t.Start != "" && t.End == "" && ph.s != rw.s && ph.s != nil && (ph.s.has("previously") || ph.s.has("formerly"))
}

// formerBeforeLeaving reports whether post c, told as a former one ("a
// former speaker"), was left before the departure ev, which the article
// tells as still to come: ev's time lies after the article's date, so the
// post it ends is held now, and the former one is not it.
func formerBeforeLeaving(doc *hearsay.Document, c, ev hearsay.Fact) bool {
	if c.Qualifiers["note"] != "former" || ev.Time == nil {
		return false
	}
	at := ev.Time.Earliest
	if at == "" {
		at = ev.Time.Value
	}
	return at != "" && !strings.Contains(at, "REF") && at > doc.DateString()
}

// bodyPost gives a post whose role the text leaves out, held in a body of
// members, the role of a member ("served on the Ashford City Council": a
// council member; "elected to the Senate": a senator), read from bodies
// (last word of the body's name → post), and reports whether it did. A
// board or a committee told by its noun alone after the trigger ("was
// elected to the board") leaves the role open: the person's other posts do
// not fill it.
func bodyPost(doc *hearsay.Document, rw *raw, bodies map[string]string) bool {
	a := rw.f.Args
	if len(a) == 3 && a[1].Literal == "" && a[2].Entity < 0 && a[2].Literal == "" {
		if b := rw.bodyAfterTrigger(bodies); b == "board member" || b == "committee member" {
			return true // "was elected to the board": no other post of the person fills it
		}
	}
	if len(a) != 3 || a[1].Literal != "" || a[2].Entity < 0 {
		return false
	}
	ws := strings.Fields(strings.ToLower(doc.Entities[a[2].Entity].Name))
	if len(ws) == 0 {
		return false
	}
	role, ok := bodies[ws[len(ws)-1]]
	if !ok {
		return false
	}
	rw.f.Args[1] = hearsay.Arg{Entity: -1, Literal: role}
	rw.echo = false
	rw.f.Derived = true
	rw.f.Reason = "the post of a member of the body the text names"
	return true
}

// bodyAfterTrigger returns the post of a member of a body of bodies that
// an election or an appointment names right after its trigger with no name
// ("was elected to the board earlier this month": not the chair the person
// may hold), or "".
func (rw *raw) bodyAfterTrigger(bodies map[string]string) string {
	if rw.s == nil || rw.f.Type != "elected" && rw.f.Type != "appointed" {
		return ""
	}
	u := rw.s.unitAt(rw.f.Trigger.End - 1)
	if u < 0 || u+2 >= len(rw.s.units) {
		return ""
	}
	k := u + 1
	if w := rw.s.units[k].word; w != "to" && w != "onto" {
		return ""
	}
	k++
	if w := rw.s.units[k].word; w == "the" || w == "its" || w == "their" || w == "his" || w == "her" {
		k++
	}
	if k >= len(rw.s.units) || rw.s.units[k].ment != -1 || rw.s.units[k].capital || k+1 < len(rw.s.units) && rw.s.units[k+1].word == "of" {
		return "" // "elected to the board of X": the text names the organisation
	}
	return bodies[rw.s.units[k].word]
}

// postToCome reports whether the post c of the person who leaves in the
// departure f is one that person takes only after the departure: a post of
// the same person and role that begins after the departure's day (the
// document's date for an undated departure), and not within it ("2026-07-01"
// is after a departure undated in a story of 2026-06-11; "2026" is not).
func postToCome(raws []*raw, doc *hearsay.Document, f, c hearsay.Fact) bool {
	ref := doc.DateString()
	if !undatedChange(f) {
		ref = f.Time.Value
	}
	for _, ph := range raws {
		p := ph.f
		if p.Type != "position_held" || len(p.Args) != 3 || p.Args[0].Entity != c.Args[0].Entity || !strings.EqualFold(p.Args[1].Literal, c.Args[1].Literal) ||
			!sameOrg(p.Args[2], c.Args[2]) {
			continue
		}
		if st := began(p); st != "" && st > ref && !strings.HasPrefix(st, ref) && !strings.HasPrefix(ref, st) {
			return true
		}
	}
	return false
}

// undatedChange reports whether a change of office has no date of its own.
func undatedChange(f hearsay.Fact) bool {
	return f.Time == nil || f.Time.Value == "" || strings.Contains(f.Time.Value, "REF")
}

// began returns when a post or its taking is dated to begin ("" when not).
func began(f hearsay.Fact) string {
	if f.Time == nil || strings.Contains(f.Time.Value, "REF") {
		return ""
	}
	if f.Time.Start != "" {
		return f.Time.Start
	}
	return f.Time.Value
}

// takenBefore reports whether an appointment or election f is dated before
// end, the end of a post: "was hired in December 2022" is the start of the
// post the club ended last Sunday.
func takenBefore(f hearsay.Fact, end string) bool {
	if f.Time == nil || f.Time.Value == "" || strings.Contains(f.Time.Value, "REF") || strings.Contains(end, "REF") {
		return false
	}
	return f.Time.Value < end && !strings.HasPrefix(end, f.Time.Value)
}

// begunYearsAfter reports whether position p began in a year later than
// the one after the dated change f: a post taken later, not the one the
// change gave ("elected a fellow in 2012 and served as president from
// 2015 to 2018").
func begunYearsAfter(f hearsay.Fact, p hearsay.Fact) bool {
	if f.Time == nil || p.Time == nil {
		return false
	}
	gap, ok := yearGap(f.Time.Value, p.Time.Start)
	return ok && gap > 1
}

// yearGap returns the year of time value b less the year of time value a
// (their first four digits), and whether both have one.
func yearGap(a, b string) (int, bool) {
	if len(a) < 4 || len(b) < 4 {
		return 0, false
	}
	ay, err1 := strconv.Atoi(a[:4])
	by, err2 := strconv.Atoi(b[:4])
	return by - ay, err1 == nil && err2 == nil
}

// endedAtStart reports whether post p ended when the tenure f began: the
// post held before it, not the one f tells ("has run the business since
// 2019, having previously been its commercial director").
func endedAtStart(p, f hearsay.Fact) bool {
	return p.Time != nil && f.Time != nil && p.Time.End != "" && p.Time.Start == "" && p.Time.End == f.Time.Start
}

// endedBeforeStart reports whether position p ended in a year before the
// year the tenure f began ("head of surgery at X from 2012 to 2016" and
// "has run the hospital since 2020"): another post, over before this one.
func endedBeforeStart(p, f hearsay.Fact) bool {
	if p.Time == nil || f.Time == nil || strings.Contains(p.Time.End, "REF") || strings.Contains(f.Time.Start, "REF") {
		return false
	}
	gap, ok := yearGap(p.Time.End, f.Time.Start)
	return ok && gap > 0
}

// begunYearsBefore reports whether position p began two years or more
// before the start of the tenure f: a post held long before, not the office
// taken ("has worked as a porter since 2008 ... will take office on 1 July").
func begunYearsBefore(f hearsay.Fact, p hearsay.Fact) bool {
	if f.Time == nil || p.Time == nil {
		return false
	}
	gap, ok := yearGap(f.Time.Start, p.Time.Start)
	return ok && gap < -1
}

// cameFrom reports whether position p was read from a title before a name
// followed by "from" ("has poached finance director X from rival Y",
// "hired sales director X, 44, from Z"): the post held at the
// organisation the person comes from, which no later start takes.
func cameFrom(doc *hearsay.Document, p hearsay.Fact) bool {
	if p.Type != "position_held" || p.Rule != titlePattern.line || p.Trigger.End <= 0 || p.Trigger.End >= len(doc.Text) {
		return false
	}
	rest := doc.Text[p.Trigger.End:min(len(doc.Text), p.Trigger.End+12)]
	if strings.HasPrefix(rest, ", ") {
		if i := strings.Index(rest[2:], ","); i > 0 && isNumber(rest[2:2+i]) {
			rest = rest[2+i+1:] // "X, 44, from Y"
		}
	}
	return strings.HasPrefix(rest, " from ")
}

// leftPost reports whether raws tell that the holder of post c left it (a
// resignation or a dismissal with its person, role and organisation).
func leftPost(raws []*raw, c hearsay.Fact) bool {
	for _, d := range raws {
		if leaving(d.f.Type) && !d.echo && d.f.Polarity == hearsay.Pos && len(d.f.Args) == 3 && d.f.Args[0].Entity == c.Args[0].Entity &&
			strings.EqualFold(d.f.Args[1].Literal, c.Args[1].Literal) && sameOrg(d.f.Args[2], c.Args[2]) {
			return true
		}
	}
	return false
}

// takesOffice reports whether a position is read from the start of a tenure
// ("will be sworn in on January 3"), or an appointment from the taking up
// of a post the sentence does not name ("will take up the role in May"):
// the post of the person's appointment, not one held before it.
func takesOffice(rw *raw) bool {
	if rw.pat == nil {
		return false
	}
	return rw.f.Type == "position_held" && rw.pat.has("start") || rw.f.Type == "appointed" && rw.pat.has("taking")
}

// begunWith reports whether position p begins at the time event e gives
// as a point: the post the event starts.
func begunWith(p hearsay.Fact, e hearsay.Fact) bool {
	if p.Time == nil || e.Time == nil || e.Time.Value == "" {
		return false
	}
	return p.Time.Value == e.Time.Value && p.Time.End == "" || p.Time.Start == e.Time.Value
}

// leaving reports whether a type ends a post (a resignation, a dismissal):
// two tellings of one departure share its role ("ousted as chief executive
// ... she had resigned voluntarily").
func leaving(t string) bool { return t == "resigned" || t == "dismissed" }

// sameOrg reports whether an organisation the text names (a) may be the
// organisation of a known position (b): either is open, or both are the
// same entity or literal.
func sameOrg(a, b hearsay.Arg) bool {
	if a.Entity < 0 && a.Literal == "" || b.Entity < 0 && b.Literal == "" {
		return true
	}
	if a.Entity >= 0 || b.Entity >= 0 {
		return a.Entity == b.Entity
	}
	return strings.EqualFold(a.Literal, b.Literal)
}

// otherPartner reports whether an echo's own words point to a partner other
// than the one the article gives the person: a former tie ("previously
// engaged", "once married") or a named object right after the trigger that
// was not read as a person ("engaged to DJ Cassius Lane").
func otherPartner(rw *raw) bool {
	s := rw.s
	tu, te := s.unitAt(rw.f.Trigger.Start), s.unitAt(rw.f.Trigger.End-1)
	if tu < 0 || te < 0 {
		return false
	}
	if rw.toldFormer() {
		return true
	}
	if te+2 < len(s.units) && partnerVerbs[s.units[te].word] && (s.units[te+1].word == "to" || s.units[te+1].word == "with") {
		for u := te + 2; u < len(s.units) && u <= te+4; u++ {
			if x := s.units[u]; x.ment != -1 {
				return x.etype != entPerson && x.mkind == kindName
			}
		}
	}
	return false
}

// toldFormer reports whether a tie is told as a former one: "previously",
// "formerly" or "once" right before its trigger ("previously dated X").
func (rw *raw) toldFormer() bool {
	s := rw.s
	if s == nil {
		return false
	}
	tu := s.unitAt(rw.f.Trigger.Start)
	for u := tu - 1; u >= 0 && u >= tu-3; u-- {
		switch s.units[u].word {
		case "previously", "formerly", "once":
			return true
		}
	}
	return false
}

// partnerVerbs take the partner as their object after "to" or "with".
var partnerVerbs = wordSet("partnerverbs")

// completePartners fills the missing partner of a couple's event ("Tannery
// filed for divorce", "she is not pregnant") with the one partner the
// article gives the person (married, engaged, dating).
func (st *Stage) completePartners(doc *hearsay.Document, raws []*raw) {
	if !slices.ContainsFunc(raws, partnerless) {
		return // most articles leave no partner to find
	}
	partners := map[int]intSet{}
	type typePerson struct {
		typ string
		ent int
	}
	same := map[typePerson]intSet{} // by type and person: partners in facts of that type
	var pool intPool
	add := func(f hearsay.Fact) {
		switch f.Type {
		case "married", "engaged", "dating", "separated", "divorced", "expecting_child", "affair":
		default:
			return
		}
		if len(f.Args) != 2 || f.Args[0].Entity < 0 || f.Args[1].Entity < 0 {
			return
		}
		for _, p := range [][2]int{{f.Args[0].Entity, f.Args[1].Entity}, {f.Args[1].Entity, f.Args[0].Entity}} {
			if f.Type != "affair" {
				partners[p[0]] = pool.addTo(partners[p[0]], p[1]) // a lover is no partner for a couple's events
			}
			k := typePerson{f.Type, p[0]}
			same[k] = pool.addTo(same[k], p[1])
		}
	}
	ended := map[[2]int]bool{} // couples the article tells have split or divorced
	for _, rw := range raws {
		if !rw.echo && (rw.f.Polarity == hearsay.Pos && rw.f.Modality != hearsay.Denied || rw.f.Type == "affair") {
			add(rw.f) // a denied relationship gives no partner; a denied affair names who it was said to be with
		}
		if a := rw.f.Args; !rw.echo && (rw.f.Type == "separated" || rw.f.Type == "divorced") && rw.f.Polarity == hearsay.Pos && rw.f.Modality == hearsay.Asserted && len(a) == 2 && a[0].Entity >= 0 && a[1].Entity >= 0 {
			ended[[2]int{a[0].Entity, a[1].Entity}], ended[[2]int{a[1].Entity, a[0].Entity}] = true, true
		}
	}
	for _, rw := range raws {
		if !partnerless(rw) {
			continue
		}
		if rw.f.Type == "affair" && rw.f.Modality != hearsay.Denied {
			continue // a telling of the affair adds evidence to it; only a denial is a claim of its own
		}
		if otherPartner(rw) {
			continue // "was previously engaged to DJ Cassius Lane": not the partner the article gives her now
		}
		ps := same[typePerson{rw.f.Type, rw.f.Args[0].Entity}] // "Greer was not engaged": her fiancé
		if len(ps) != 1 && rw.f.Type != "affair" {
			ps = partners[rw.f.Args[0].Entity]
		}
		if len(ps) > 1 && rw.f.Type != "separated" && rw.f.Type != "divorced" {
			ps = current(ps, rw.f.Args[0].Entity, ended) // "pregnancy rumors": the partner she has not split from
		}
		if len(ps) == 0 && rw.f.Modality == hearsay.Denied && (rw.f.Type == "dating" || rw.f.Type == "affair") {
			if p := pairedWith(doc, rw); p >= 0 {
				ps = intSet{p} // "the two had been texting, but a rep for Whitlock denied any romance"
			}
		}
		if len(ps) != 1 {
			continue
		}
		for _, p := range ps {
			rw.f.Args[1] = entArg(doc, p)
		}
		if rw.f.Type == "affair" {
			rw.f.Time = affairTime(raws, rw) // the affair denied is the one told
		}
		rw.echo = false
		denial := rw.f.Derived && (rw.f.Modality == hearsay.Denied || rw.f.Modality == hearsay.Uncertain) // an answer to the claim read before
		rw.f.Derived = true
		rw.f.Reason = "the partner is the one the article gives the person"
		rw.f.Sources = resolveSpouses(doc, principalize(rw.f.Sources, rw.f.Args), rw.f.Args)
		if !denial {
			rw.f.Modality, rw.f.Polarity = decide(rw, st.cuesFor(rw))
		}
	}
}

// partnerless reports whether rw is a relationship of one known person whose
// partner is not told (an echo of a partner type), which completePartners
// fills in.
func partnerless(rw *raw) bool {
	return rw.echo && partnerTypes.has(rw.f.Type) && len(rw.f.Args) == 2 && rw.f.Args[0].Entity >= 0 && rw.f.Args[1].Entity < 0
}

// pairedWith returns the one person told as a pair with the first argument
// of the denied romance rw ("the two", "the pair", "X and Y") in its
// sentence before it or in the sentence before that, the pair nearest
// before it, or -1: a denial of "any romance" answers the pairing just told.
func pairedWith(doc *hearsay.Document, rw *raw) int {
	if rw.s == nil {
		return -1
	}
	a, found := rw.f.Args[0].Entity, -1
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Sentence < rw.s.idx-1 || m.Sentence > rw.s.idx || m.Start >= rw.f.Trigger.Start || len(m.Members) != 2 {
			continue
		}
		switch {
		case m.Members[0] == a && m.Members[1] != a:
			found = m.Members[1]
		case m.Members[1] == a && m.Members[0] != a:
			found = m.Members[0]
		}
	}
	return found
}

// dropWorkSplits drops a split from someone the article names by a staff
// post (data/staff.txt: "parting ways with longtime coach Rainer Voss"), or
// between two people who hold posts in or belong to the same organisation
// ("the two founders have parted ways"), when it tells of no romance
// between the two.
func dropWorkSplits(doc *hearsay.Document, raws []*raw, staffRoles map[string]bool) []*raw {
	if !slices.ContainsFunc(raws, func(rw *raw) bool { return rw.f.Type == "separated" }) {
		return raws // only a split can be work's
	}
	staff := map[int]bool{}
	note := func(f hearsay.Fact) {
		if f.Type != "occupation" || len(f.Args) != 2 || f.Args[0].Entity < 0 {
			return
		}
		last, n := lastField(f.Args[1].Literal) // lowercased, the last field of the lowercased text
		var buf [32]byte
		if n > 0 && staffRoles[string(appendLower(buf[:0], last))] { // "tennis coach", "talent agent"
			staff[f.Args[0].Entity] = true
		}
	}
	for _, f := range doc.Facts {
		note(f)
	}
	for _, rw := range raws {
		note(rw.f)
	}
	orgs := map[int]map[int]bool{} // the organisations each person holds a post in or belongs to
	work := func(f hearsay.Fact) {
		if (f.Type == "position_held" && len(f.Args) == 3 || f.Type == "member_of" && len(f.Args) == 2) && f.Args[0].Entity >= 0 && f.Args[len(f.Args)-1].Entity >= 0 {
			if orgs[f.Args[0].Entity] == nil {
				orgs[f.Args[0].Entity] = map[int]bool{}
			}
			orgs[f.Args[0].Entity][f.Args[len(f.Args)-1].Entity] = true
		}
	}
	for _, f := range doc.Facts {
		work(f)
	}
	for _, rw := range raws {
		work(rw.f)
	}
	colleagues := func(a, b int) bool {
		for o := range orgs[a] {
			if orgs[b][o] {
				return true
			}
		}
		return false
	}
	if len(staff) == 0 && len(orgs) < 2 {
		return raws
	}
	pair := func(f hearsay.Fact) [2]int {
		if len(f.Args) != 2 {
			return [2]int{-1, -1}
		}
		a, b := f.Args[0].Entity, f.Args[1].Entity
		return [2]int{min(a, b), max(a, b)}
	}
	romance := map[[2]int]bool{}
	for _, rw := range raws {
		switch rw.f.Type {
		case "dating", "engaged", "married", "divorced", "affair", "expecting_child":
			romance[pair(rw.f)] = true
		}
	}
	out := raws[:0]
	for _, rw := range raws {
		a := rw.f.Args
		if rw.f.Type == "separated" && len(a) == 2 && (a[0].Entity >= 0 && staff[a[0].Entity] || a[1].Entity >= 0 && staff[a[1].Entity] || colleagues(a[0].Entity, a[1].Entity)) && !romance[pair(rw.f)] {
			continue // "the two founders have parted ways": work ends, not a romance
		}
		out = append(out, rw)
	}
	return out
}

// confirmLinks makes a romance told only as a link ("X was first linked to
// Y in 2017") asserted when the article tells, in its own voice, of the
// couple's engagement, marriage or split: what came of it shows the romance
// was real.
func confirmLinks(raws []*raw) {
	told := map[string]bool{}
	key := func(f hearsay.Fact) string {
		a, b := f.Args[0].Entity, f.Args[1].Entity
		return strconv.Itoa(min(a, b)) + "-" + strconv.Itoa(max(a, b))
	}
	for _, rw := range raws {
		switch rw.f.Type {
		case "engaged", "married", "separated", "divorced":
		default:
			continue
		}
		if !rw.echo && len(rw.f.Args) == 2 && rw.f.Args[0].Entity >= 0 && rw.f.Args[1].Entity >= 0 && rw.f.Polarity == hearsay.Pos && rw.f.Modality == hearsay.Asserted {
			told[key(rw.f)] = true
		}
	}
	for _, rw := range raws {
		if rw.f.Type == "dating" && rw.pat.opt("mod") == "rumored" && rw.f.Modality == hearsay.Rumored && len(rw.f.Sources) == 0 &&
			len(rw.f.Args) == 2 && rw.f.Args[0].Entity >= 0 && rw.f.Args[1].Entity >= 0 && told[key(rw.f)] && linkPattern(rw.pat) {
			rw.f.Modality = hearsay.Asserted
		}
	}
}

// linkPattern reports whether a pattern reads a romance from the word
// "linked" ("linked to", "romantically linked").
func linkPattern(p *pattern) bool {
	for _, alts := range p.needs {
		for _, w := range alts {
			if w == "linked" || w == "romantically" {
				return true
			}
		}
	}
	return false
}

// current returns the partners of person p that the article does not tell
// p has split from or divorced.
func current(ps intSet, p int, ended map[[2]int]bool) intSet {
	var out intSet
	for _, q := range ps {
		if !ended[[2]int{p, q}] {
			out = append(out, q)
		}
	}
	return out
}

// affairTime is the time of the told affair of the same two people that a
// denial answers, or the denial's own time when none is told.
func affairTime(raws []*raw, rw *raw) *hearsay.FactTime {
	for _, m := range raws {
		if m != rw && !m.echo && m.f.Type == "affair" && sameArgs(m.f, rw.f) && m.f.Time != nil {
			return m.f.Time
		}
	}
	return rw.f.Time
}

// affairs reads a relationship of a married person with someone else
// ("Aalto, who has been married to Sara Aalto for 26 years ... had been in a
// relationship with Kristina Lund") as an affair, when the article tells of
// no end to the marriage. A marriage of a person the article calls a widow or
// a widower, when it is the only one told, is over ("Widower Ray Dunn married
// Pauline in 1975. Dunn is now dating X"), as is one told of a "first wife";
// a relationship of two people that the article tells ended by the year of
// the marriage is none beside it ("briefly dated X before they called it
// quits in 2020. X went on to marry Y last year").
func affairs(doc *hearsay.Document, raws []*raw) {
	if !slices.ContainsFunc(raws, func(rw *raw) bool { return rw.f.Type == "dating" }) {
		return // only a relationship can turn out an affair
	}
	spouses := map[int][]int{}
	wed := map[[2]int]string{}         // the year a marriage began, when told
	ended := map[[2]int]bool{}         // the marriage ended, as the article tells it
	endedAsserted := map[[2]int]bool{} // ... in the article's own voice, or at a time of its own
	stated := map[[2]int]bool{}        // ... as a fact, not a report or a rumour
	betrothed := map[[2]int]bool{}     // the two are engaged or plan to marry
	pair := func(a, b int) [2]int { return [2]int{min(a, b), max(a, b)} }
	deaths := map[int]string{}   // the people who died, with the year when told
	past := map[[2]int]bool{}    // a marriage told only in the past tense ("who was married to X for ten years")
	live := map[[2]int]bool{}    // ... or also in the present, or as a relation noun ("his wife")
	widowed := map[[2]int]bool{} // a spouse told as "late" ("whose late wife Sue Holt")
	split := map[[2]int]string{} // the year two people split or divorced, when told
	widows := widowedPeople(doc)
	for _, rw := range raws {
		a := rw.f.Args
		if rw.f.Type == "died" && !rw.echo && len(a) >= 1 && a[0].Entity >= 0 && rw.f.Polarity == hearsay.Pos && rw.f.Modality != hearsay.Denied && rw.f.Modality != hearsay.Speculated && rw.f.Modality != hearsay.Uncertain {
			if y, ok := deaths[a[0].Entity]; !ok || y == "" {
				deaths[a[0].Entity] = factYear(rw.f.Time)
			}
		}
		if rw.echo || len(a) != 2 || a[0].Entity < 0 || a[1].Entity < 0 {
			continue
		}
		switch rw.f.Type {
		case "married":
			if rw.f.Polarity == hearsay.Pos && rw.f.Modality != hearsay.Speculated && rw.f.Modality != hearsay.Uncertain {
				if rw.lateSpouse() || rw.firstSpouse() {
					widowed[pair(a[0].Entity, a[1].Entity)] = true
				}
				if rw.toldPast() {
					past[pair(a[0].Entity, a[1].Entity)] = true
				} else {
					live[pair(a[0].Entity, a[1].Entity)] = true
				}
			}
			if rw.f.Time != nil && rw.f.Time.End != "" {
				ended[pair(a[0].Entity, a[1].Entity)] = true // "was married to X from 2014 to 2016"
				endedAsserted[pair(a[0].Entity, a[1].Entity)] = endedAsserted[pair(a[0].Entity, a[1].Entity)] || endTold(rw)
			}
			if rw.f.Polarity == hearsay.Pos && (rw.f.Modality == hearsay.Speculated || rw.f.Modality == hearsay.Uncertain) {
				betrothed[pair(a[0].Entity, a[1].Entity)] = true // "had planned to marry next spring"
			}
			if rw.f.Polarity == hearsay.Pos && rw.f.Modality != hearsay.Speculated && rw.f.Modality != hearsay.Uncertain {
				// a wedding only expected or hoped for makes no spouse yet
				spouses[a[0].Entity] = append(spouses[a[0].Entity], a[1].Entity)
				spouses[a[1].Entity] = append(spouses[a[1].Entity], a[0].Entity)
				if y := factYear(rw.f.Time); y != "" {
					wed[pair(a[0].Entity, a[1].Entity)] = y
				}
			}
		case "engaged":
			if rw.f.Polarity == hearsay.Pos && rw.f.Modality != hearsay.Denied {
				betrothed[pair(a[0].Entity, a[1].Entity)] = true
			}
		case "divorced", "separated":
			if rw.f.Polarity == hearsay.Pos && rw.f.Modality == hearsay.Asserted {
				stated[pair(a[0].Entity, a[1].Entity)] = true
			}
			if rw.f.Polarity == hearsay.Pos {
				ended[pair(a[0].Entity, a[1].Entity)] = true
				endedAsserted[pair(a[0].Entity, a[1].Entity)] = endedAsserted[pair(a[0].Entity, a[1].Entity)] || endTold(rw)
				if y := factYear(rw.f.Time); y != "" && rw.f.Time.Value != "PRESENT_REF" {
					split[pair(a[0].Entity, a[1].Entity)] = y
				}
			}
		}
	}
	told := map[[2]int]bool{} // the pairs whose affair the article tells
	for _, rw := range raws {
		if a := rw.f.Args; rw.f.Type == "affair" && !rw.echo && len(a) == 2 && a[0].Entity >= 0 && a[1].Entity >= 0 {
			told[pair(a[0].Entity, a[1].Entity)] = true
		}
	}
	for _, rw := range raws {
		a := rw.f.Args
		if rw.f.Type != "dating" || len(a) != 2 || a[0].Entity < 0 || a[1].Entity < 0 {
			continue
		}
		if rw.f.Polarity == hearsay.Neg && told[pair(a[0].Entity, a[1].Entity)] {
			rw.f.Type = "affair" // "colleagues and nothing more" answers the affair claimed
			rw.f.Derived, rw.f.Reason = true, "a denied relationship of two people whose affair the article tells"
			continue
		}
		if slices.Contains(spouses[a[0].Entity], a[1].Entity) || betrothed[pair(a[0].Entity, a[1].Entity)] {
			continue // the couple married later, or mean to: a couple, not an affair
		}
		if (rw.f.Time == nil || rw.f.Time.Value == "PRESENT_REF") && rw.toldFormer() {
			continue // "previously dated X for three years": a past relationship, not one beside the marriage
		}
		if rw.formerPartner() || rw.f.Time == nil && rw.simplePast() {
			continue // "Vance's ex-boyfriend, X", "Rhodes dated X for two years in her twenties": over, not beside the marriage
		}
		for i, p := range []int{a[0].Entity, a[1].Entity} {
			other := a[1-i].Entity
			for _, sp := range spouses[p] {
				y, w := factYear(rw.f.Time), wed[pair(p, sp)]
				if y != "" && w > y {
					continue // "rumored to be dating in 2022 ... married Z the following year": no spouse yet
				}
				over := marriageOver(rw, ended[pair(p, sp)], endedAsserted[pair(p, sp)])
				if dy, died := deaths[sp]; died && (y == "" || dy == "" || y >= dy) {
					over = true // "a widower whose wife died in 2014, is dating X": death ended the marriage
				}
				if widowed[pair(p, sp)] {
					over = true // "whose late wife Sue Holt was a painter, is now dating X"
				}
				if widows[p] && len(spouses[p]) == 1 {
					over = true // "Widower Ray Dunn married Pauline in 1975 ... is now dating X"
				}
				if e := split[pair(p, other)]; e != "" && w != "" && e <= w {
					continue // "dated X before they called it quits in 2020 ... went on to marry Y last year"
				}
				if e := endYear(rw.f.Time); e != "" && w != "" && e <= w {
					continue // "dated X from 2015 to 2017 ... married Y in 2019"
				}
				if past[pair(p, sp)] && !live[pair(p, sp)] && rw.f.Time != nil && rw.f.Time.Value == "PRESENT_REF" {
					over = true // "X, who was married to Y for ten years, is now dating Z": a past marriage, a present romance
				}
				if rw.f.Polarity == hearsay.Neg {
					over = stated[pair(p, sp)] // a denial answers a claim against a marriage only reported over
				}
				if sp != other && !over {
					rw.f.Type = "affair"
					rw.f.Derived, rw.f.Reason = true, "a relationship of a married person with someone else"
				}
			}
		}
	}
}

// toldPast reports whether a marriage is told in the past tense before its
// trigger ("who was married to X", "had been married to X"), not in the
// present ("is married to X") nor by a relation noun ("his wife").
func (rw *raw) toldPast() bool {
	s := rw.s
	if s == nil || rw.noun {
		return false
	}
	tu := s.unitAt(rw.f.Trigger.Start)
	for u := tu; u >= 0 && u >= tu-3; u-- {
		if s.units[u].ment >= 0 {
			return false
		}
		switch s.units[u].word {
		case "was", "were", "had":
			return true
		case "is", "are", "'s", "has", "have", "remains", "still":
			return false
		}
	}
	return false
}

// lateSpouse reports whether a marriage is told by a relation noun the word
// "late" stands right before ("whose late wife", "Pell's late husband"): the
// spouse has died.
func (rw *raw) lateSpouse() bool {
	s := rw.s
	if s == nil || !rw.noun {
		return false
	}
	for u := s.unitAt(rw.f.Trigger.Start); u >= 0 && u < len(s.units) && s.units[u].Start < rw.f.Trigger.End; u++ {
		if s.units[u].word == "late" && u+1 < len(s.units) && kinSpouseWords[s.units[u+1].word] {
			return true
		}
	}
	return false
}

// formerPartner reports whether a relationship is told by a relation noun of
// a partner of the past ("her ex-boyfriend", "Holly's former flame", "his
// old flame").
func (rw *raw) formerPartner() bool {
	if !rw.noun || rw.s == nil {
		return false
	}
	s := rw.s
	for u := s.unitAt(rw.f.Trigger.Start); u >= 0 && u < len(s.units) && s.units[u].Start < rw.f.Trigger.End; u++ {
		w := s.units[u].word
		switch {
		case w == "former" || w == "ex" || w == "old" || w == "one-time" || w == "onetime" || w == "previous" || w == "past",
			strings.HasPrefix(w, "ex-") || strings.HasPrefix(w, "then-"):
			return true
		}
	}
	return false
}

// simplePast reports whether a relationship is told by a verb in the simple
// past ("dated X at university", "was in a five-year relationship with X"),
// not in a perfect ("had been seeing X") nor the present: with no time of its
// own it is one of the past, told as a life's story.
func (rw *raw) simplePast() bool {
	s := rw.s
	if s == nil || rw.noun {
		return false
	}
	tu := s.unitAt(rw.f.Trigger.Start)
	if tu < 0 {
		return false
	}
	past, state := false, false
	switch s.units[tu].word {
	case "dated", "romanced":
		past = true
	case "in", "dating", "seeing": // "was in a relationship with", "was dating": not "was rumored to be involved with"
		state = true
	}
	for u := tu - 1; u >= 0 && u >= tu-3; u-- {
		if s.units[u].ment >= 0 {
			break
		}
		switch s.units[u].word {
		case "was", "were":
			past = past || state
		case "had", "has", "have", "'s", "'d", "been", "is", "are", "still", "secretly", "allegedly", "reportedly", "while", "when":
			return false
		}
	}
	return past
}

// firstSpouse reports whether a spouse of a marriage is told as the first
// one ("married his first wife, Pauline, in 1975", "X's first husband, Y"):
// a later marriage ended it.
func (rw *raw) firstSpouse() bool {
	s := rw.s
	if s == nil {
		return false
	}
	for u := range s.units {
		x := &s.units[u]
		if x.ment < 0 || !slices.ContainsFunc(rw.f.Args, func(a hearsay.Arg) bool { return a.Entity >= 0 && slices.Contains(x.ents, a.Entity) }) {
			continue
		}
		for v := u - 1; v >= 1 && v >= u-3; v-- {
			if kinSpouseWords[s.units[v].word] && (s.units[v-1].word == "first" || s.units[v-1].word == "previous") {
				return true
			}
			if s.units[v].ment >= 0 {
				break
			}
		}
	}
	return false
}

// widowWords are the words that call a person widowed.
var widowWords = []string{"widower", "widow", "widowed"}

// isWidowWord reports whether w is one of widowWords in any case, without
// allocating (it runs on every token of an article).
func isWidowWord(w string) bool {
	for _, ww := range widowWords {
		if strings.EqualFold(w, ww) {
			return true
		}
	}
	return false
}

// mayNameWidow reports whether a mention's text may hold a word of
// widowWords, a cheap test before it is split into words.
func mayNameWidow(text string) bool {
	return strings.Contains(text, "idow") || strings.Contains(text, "IDOW")
}

// widowedPeople returns the people the article calls a widow or a widower:
// the name right after the word ("Widower Ray Dunn", "his widow, Mary"), or
// the person named just before it when no name follows ("Dunn, 74, a
// widower,", "Hale, who was widowed in 2012"), or a description with the
// word that stands for a person ("the widower").
func widowedPeople(doc *hearsay.Document) map[int]bool {
	out := map[int]bool{}
	person := func(m *hearsay.Mention) bool {
		return m.Type == hearsay.Person && m.Entity >= 0 && len(m.Members) == 0
	}
	byToken := map[int]int{} // the first token of a person mention -> the mention
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if !person(m) {
			continue
		}
		if mayNameWidow(m.Text) {
			for _, w := range strings.Fields(m.Text) {
				if isWidowWord(strings.Trim(w, ",.'’")) {
					out[m.Entity] = true
				}
			}
		}
		t, _ := slices.BinarySearchFunc(doc.Tokens, m.Start, func(tk hearsay.Token, at int) int { return cmp.Compare(tk.Start, at) })
		for ; t < len(doc.Tokens) && doc.Tokens[t].Start < m.End; t++ {
			if _, ok := byToken[t]; !ok {
				byToken[t] = i
			}
		}
	}
	for t := range doc.Tokens {
		if !isWidowWord(doc.Tokens[t].Text) {
			continue
		}
		if _, in := byToken[t]; in {
			continue // the word is inside a mention, read above
		}
		sent := doc.Tokens[t].Sentence
		found := false
		if t+1 < len(doc.Tokens) && strings.EqualFold(doc.Tokens[t+1].Text, "of") {
			found = true // "Mary Hale, the widow of Tom Hale": the name after is the late spouse
		}
		for n := t + 1; !found && n < len(doc.Tokens) && n <= t+3 && doc.Tokens[n].Sentence == sent; n++ {
			if i, ok := byToken[n]; ok && doc.Mentions[i].Kind == hearsay.NameMention {
				out[doc.Mentions[i].Entity], found = true, true
				break
			}
		}
		if t == 0 || found && !strings.EqualFold(doc.Tokens[t+1].Text, "of") {
			continue
		}
		if w := strings.ToLower(doc.Tokens[t-1].Text); w == "'s" || w == "’s" || w == "his" || w == "her" || w == "their" {
			continue // "Dunn's widow": another person
		}
		for n := t - 1; n >= 0 && n >= t-8 && doc.Tokens[n].Sentence == sent; n-- {
			if i, ok := byToken[n]; ok {
				out[doc.Mentions[i].Entity] = true
				break
			}
		}
	}
	return out
}

// endYear is the year a state's time ends, when told.
func endYear(t *hearsay.FactTime) string {
	if t == nil || len(t.End) < 4 || t.End[0] < '0' || t.End[0] > '9' {
		return ""
	}
	return t.End[:4]
}

// kinSpouseWords are the nouns of a spouse that "late" may stand before.
var kinSpouseWords = map[string]bool{"wife": true, "husband": true, "spouse": true, "partner": true}

// affairsOverDating removes the start of a relationship that the same
// sentence tells as an affair of the same two people ("began a romance with
// X while still married"): the sentence tells one thing, the affair.
func affairsOverDating(raws []*raw) []*raw {
	out := raws[:0]
	for _, rw := range raws {
		if rw.f.Type == "dating" && !rw.echo && rw.pat != nil && rw.pat.has("start") && affairInSentence(raws, rw) {
			continue
		}
		out = append(out, rw)
	}
	return out
}

// affairInSentence reports whether the sentence of rw tells an affair of
// the same two people with the same polarity.
func affairInSentence(raws []*raw, rw *raw) bool {
	as := rw.f
	as.Type = "affair"
	for _, m := range raws {
		if m != rw && !m.echo && m.f.Type == "affair" && m.s == rw.s && m.f.Polarity == rw.f.Polarity && sameArgs(m.f, as) {
			return true
		}
	}
	return false
}

// factYear returns the year a fact's time starts in (its value, earliest
// bound or start), or "" when it has none.
func factYear(t *hearsay.FactTime) string {
	if t == nil {
		return ""
	}
	for _, v := range []string{t.Value, t.Earliest, t.Start} {
		if len(v) >= 4 && v[0] >= '0' && v[0] <= '9' {
			return v[:4]
		}
	}
	return ""
}

// endTold reports whether an end of a marriage is told as a fact of the past
// rather than as the news of the day: in the article's own voice, or at a
// time before the article ("divorced in 2019, according to court records").
func endTold(rw *raw) bool {
	return rw.f.Modality == hearsay.Asserted || rw.f.Time != nil && rw.f.Time.Value != "" && rw.f.Time.Value != "PRESENT_REF"
}

// repDenials gives a denied relationship whose denier is the representative
// of someone it leaves out ("A rep for Kilgore said the pair were just old
// friends", where "the pair" was read as the married couple) the pair of the
// rumoured romance of that person told in the sentences before it: a
// representative answers for the client.
func repDenials(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		a := rw.f.Args
		if rw.echo || rw.f.Modality != hearsay.Denied || rw.f.Type != "dating" && rw.f.Type != "affair" || len(a) != 2 || a[0].Entity < 0 || a[1].Entity < 0 {
			continue
		}
		n := len(rw.f.Sources)
		if n == 0 || rw.f.Sources[n-1].Kind != hearsay.RepresentativeSource {
			continue
		}
		client := personIn(doc, rw.f.Sources[n-1].Span)
		if client < 0 || client == a[0].Entity || client == a[1].Entity {
			continue
		}
		if c := romanceOf(raws, rw, client); c != nil {
			rw.f.Type, rw.f.Args = c.f.Type, append([]hearsay.Arg(nil), c.f.Args...)
			rw.f.Derived, rw.f.Reason = true, "the representative answers for the client's rumoured romance"
		}
	}
}

// personIn returns the one person named within span, or -1.
func personIn(doc *hearsay.Document, span hearsay.Span) int {
	found := -1
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Kind != hearsay.NameMention || m.Type != hearsay.Person || m.Entity < 0 || m.Start < span.Start || m.End > span.End {
			continue
		}
		if found >= 0 && found != m.Entity {
			return -1
		}
		found = m.Entity
	}
	return found
}

// romanceOf returns the last rumoured, reported or speculated relationship
// of person p told in rw's sentence or the four before it, or nil.
func romanceOf(raws []*raw, rw *raw, p int) *raw {
	var last *raw
	for _, c := range raws {
		if c == rw || c.echo || c.f.Type != "dating" && c.f.Type != "affair" || c.s.idx > rw.s.idx || c.s.idx < rw.s.idx-4 || len(c.f.Args) != 2 {
			continue
		}
		switch c.f.Modality {
		case hearsay.Rumored, hearsay.Reported, hearsay.Speculated:
		default:
			continue
		}
		if c.f.Args[0].Entity == p || c.f.Args[1].Entity == p {
			last = c
		}
	}
	return last
}

// marriageOver reports whether a marriage the article ends rules out reading
// the relationship rw as an affair. A rumoured romance ("sparking
// speculation that the two were more than friends") is still an affair when
// the split itself is only the reported news of the day ("have quietly
// split, insiders told Us Weekly"): the gossip is about a married person.
func marriageOver(rw *raw, ended, endedAsserted bool) bool {
	if !ended {
		return false
	}
	switch rw.f.Modality {
	case hearsay.Speculated, hearsay.Rumored:
		return endedAsserted
	}
	return true
}

// dueDates gives a pregnancy told in the present with a time after it ("are
// expecting a baby boy in December", "is pregnant, due in January"), or with a
// time still to come, the present: the time is the baby's due date, and the
// pregnancy is claimed of the day the article tells it.
func dueDates(doc *hearsay.Document, raws []*raw) {
	dct := doc.Date.Format("2006-01-02")
	for _, rw := range raws {
		t := rw.f.Time
		if rw.f.Type != "expecting_child" || t == nil || t.Value == "" || t.Value == "PRESENT_REF" || t.Start != "" || t.End != "" {
			continue
		}
		earliest, _, ok := timex.Interval(t.Value)
		if ok && earliest > dct || rw.presentDue(doc) {
			rw.f.Time = &hearsay.FactTime{Value: "PRESENT_REF", Timex: -1}
		}
	}
}

// presentDue reports whether the pregnancy rw is told in the present tense
// and its time stands after the trigger: a due date.
func (rw *raw) presentDue(doc *hearsay.Document) bool {
	t := rw.f.Time
	if rw.s == nil || rw.pat == nil || !rw.pat.has("present") || t.Timex < 0 || t.Timex >= len(doc.Timexes) || doc.Timexes[t.Timex].Start < rw.f.Trigger.End {
		return false
	}
	u := rw.s.unitAt(rw.f.Trigger.Start)
	for k := u; k >= 0 && k >= u-3; k-- {
		switch rw.s.units[k].word {
		case "is", "are", "'s", "'re", "’s", "’re", "am", "'m":
			return true
		case "was", "were", "had", "been":
			return false
		}
	}
	return false
}

// datePresent dates a present-tense event ("X is engaged to Y") with a later
// telling of the same event that gives its time ("Y proposed last weekend"),
// when both make the same claim with the same modality (the later one
// sourced only if the first is: "the friends said"): one fact with the later
// time and the evidence of both.
func datePresent(raws []*raw) []*raw {
	drop := map[*raw]bool{}
	for _, p := range raws {
		if p.echo || !onceTypes.has(p.f.Type) && p.f.Type != "dating" && p.f.Type != "separated" || p.f.Time == nil || p.f.Time.Value != "PRESENT_REF" {
			continue
		}
		if p.f.Type == "dating" {
			foldStarted(raws, p, drop)
			continue
		}
		for _, d := range raws {
			if d == p || d.echo || d.s.idx <= p.s.idx || d.f.Time == nil || d.f.Time.Value == "" || d.f.Time.Value == "PRESENT_REF" {
				continue
			}
			if d.f.Type != p.f.Type || !sameArgs(d.f, p.f) || d.f.Modality != p.f.Modality || d.f.Polarity != p.f.Polarity || len(d.f.Sources) > 0 && len(p.f.Sources) == 0 {
				continue
			}
			if p.f.Type == "separated" && (d.f.Type != p.f.Type || len(d.f.Sources) > 0 && d.f.Sources[0].Text != p.f.Sources[0].Text) {
				continue // "have separated, insiders told Us Weekly ... living apart since January, according to the magazine"
			}
			p.f.Time = d.f.Time
			p.f.Evidence = append(p.f.Evidence, d.f.Evidence...)
			drop[d] = true
			break
		}
	}
	if len(drop) == 0 {
		return raws
	}
	out := make([]*raw, 0, len(raws))
	for _, rw := range raws {
		if !drop[rw] {
			out = append(out, rw)
		}
	}
	return out
}

// partnerTypes are the events whose missing partner is the person's partner.
var partnerTypes = typesOf("separated", "divorced", "expecting_child", "engaged", "married", "dating", "affair")

// claimsTold drops a present claim (option claim: "sharing a video of her
// baby bump") when its sentence tells the same fact with a time of its own
// ("they announced the pregnancy in October, sharing ..."): one telling.
func claimsTold(raws []*raw) []*raw {
	out := make([]*raw, 0, len(raws))
	for _, rw := range raws {
		if rw.pat.has("claim") && !rw.echo && slices.ContainsFunc(raws, func(d *raw) bool {
			return d != rw && !d.echo && !d.pat.has("claim") && d.s == rw.s && d.f.Type == rw.f.Type && sameArgs(d.f, rw.f) &&
				d.f.Modality == rw.f.Modality && d.f.Time != nil && d.f.Time.Value != "" && len(d.f.Sources) == len(rw.f.Sources)
		}) {
			continue
		}
		out = append(out, rw)
	}
	return out
}

// foldStarted folds into a present relationship ("X has moved on with Y")
// a later telling of when it began ("the pair made their red carpet debut in
// July"), with the same claim: one relationship, told twice.
func foldStarted(raws []*raw, p *raw, drop map[*raw]bool) {
	for _, d := range raws {
		if d == p || d.echo || drop[d] || d.f.Type != p.f.Type || d.s.idx <= p.s.idx || d.f.Time == nil || d.f.Time.Start == "" || d.f.Time.End != "" {
			continue
		}
		if !sameArgs(d.f, p.f) || d.f.Modality != p.f.Modality || d.f.Polarity != p.f.Polarity || len(d.f.Sources) != len(p.f.Sources) {
			continue
		}
		p.f.Evidence = append(p.f.Evidence, d.f.Evidence...)
		drop[d] = true
	}
}

// anniversaries turns "the 11th anniversary of her wedding (last week)" into
// wedding-date bounds: the anniversary's time moved back that many years.
// A dated wedding of the same couple that contains the bounds is narrowed to
// them; otherwise the bounds make a derived wedding fact.
func anniversaries(doc *hearsay.Document, raws []*raw) []*raw {
	var out []*raw
	for _, rw := range raws {
		if rw.anniversary == 0 {
			out = append(out, rw)
			continue
		}
		t := rw.f.Time
		if t == nil || t.Earliest == "" || t.Latest == "" {
			continue
		}
		lo, hi, err := shiftYears(t.Earliest, t.Latest, rw.anniversary)
		if err != nil {
			continue
		}
		reason := fmt.Sprintf("the %s anniversary of the wedding fell in %s", ordinal(rw.anniversary), t.Value)
		folded := false
		for _, m := range raws {
			if m.anniversary != 0 || m.f.Type != "married" || !sameArgs(m.f, rw.f) || m.f.Time == nil {
				continue
			}
			mlo, mhi := m.f.Time.Earliest, m.f.Time.Latest
			if mlo == "" || mhi == "" {
				continue
			}
			if mlo >= lo && mhi <= hi {
				// the wedding's own date is narrower ("in June 2016" and "their eighth
				// anniversary" this year): the anniversary only adds evidence
				m.f.Evidence = append(m.f.Evidence, rw.s.idx)
				folded = true
				continue
			}
			if mlo > lo || mhi < hi {
				continue
			}
			m.f.Time.Earliest, m.f.Time.Latest = lo, hi
			m.f.Evidence = append(m.f.Evidence, rw.s.idx)
			m.f.Reason = reason
			folded = true
		}
		if folded {
			continue
		}
		rw.f.Time = &hearsay.FactTime{Earliest: lo, Latest: hi, Timex: -1}
		if lo[:4] == hi[:4] {
			rw.f.Time.Value = lo[:4]
		}
		rw.f.Derived, rw.f.Reason = true, reason
		rw.anniversary = 0
		out = append(out, rw)
	}
	return out
}

func ordinal(n int) string {
	suf := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suf = "st"
	case n%10 == 2:
		suf = "nd"
	case n%10 == 3:
		suf = "rd"
	}
	return fmt.Sprintf("%d%s", n, suf)
}

// onceTypes happen once between the same people (a couple marries once in
// an article's telling; two collaborations are two facts).
var onceTypes = typesOf("married", "engaged", "met", "divorced", "died")

// stateTypes hold over a time; an undated mention of one held by the same
// people is the dated one ("joined X's youth academy" and "his move from X").
var stateTypes = typesOf("member_of", "position_held", "residence")

// dateRetold dates an undated, attributed or reported telling of an event
// that happens once to a couple ("the rep confirmed the divorce", "has
// reportedly tied the knot") with the time of the one
// dated fact of the same type and people that the article gives: the same
// event, told by another source.
func dateRetold(raws []*raw) {
	for _, rw := range raws {
		if rw.f.Time != nil || rw.echo || rw.noun || len(rw.f.Sources) == 0 && (rw.f.Modality != hearsay.Reported || rw.pat == nil || rw.pat.has("present") || rw.pat.has("now")) || !onceTypes.has(rw.f.Type) || rw.f.Type == "died" ||
			rw.f.Polarity != hearsay.Pos || rw.f.Modality == hearsay.Denied || rw.f.Modality == hearsay.Uncertain {
			continue // a source who will not say ("no comment", "have not set a date") tells no date
		}
		var dated *hearsay.FactTime
		n := 0
		for _, m := range raws {
			if m != rw && !m.echo && m.f.Time != nil && m.f.Type == rw.f.Type && sameArgs(m.f, rw.f) && m.f.Polarity == hearsay.Pos &&
				(m.f.Modality != hearsay.Speculated || rw.f.Modality == hearsay.Speculated) && (dated == nil || !sameTime(dated, m.f.Time)) {
				dated = m.f.Time
				n++
			}
		}
		if n == 1 && dated.Value != "" && !strings.Contains(dated.Value, "REF") {
			cp := *dated
			cp.Timex = -1
			rw.f.Time = &cp
		}
	}
}

// sameTime reports whether two fact times say the same.
func sameTime(a, b *hearsay.FactTime) bool {
	return a.Value == b.Value && a.Start == b.Start && a.End == b.End && a.Earliest == b.Earliest && a.Latest == b.Latest
}

// foldEndOnly folds a telling of a state that gives its end but not its
// start, or that the person it is about tells ("announced that she will
// retire after 22 years at the station", ended on the day of the telling),
// into a telling of the same state, arguments, modality and polarity in the
// article's own voice (or with the same sources) that gives both a start
// and an end ("joined the station in 2002", closed by the retirement), as
// extra evidence: the fuller telling dates the one spell.
func foldEndOnly(raws []*raw) []*raw {
	return foldTellings(raws, func(rw *raw) bool {
		t := rw.f.Time
		return !rw.echo && stateTypes.has(rw.f.Type) && t != nil && t.End != "" && t.Value == "" && (t.Start == "" || principalTold(rw.f))
	}, func(rw, m *raw) bool {
		t, mt := rw.f.Time, m.f.Time
		return mt != nil && mt.Start != "" && mt.End != "" && (t.Start == "" || t.Start == mt.Start) &&
			m.f.Type == rw.f.Type && m.f.Modality == rw.f.Modality && m.f.Polarity == rw.f.Polarity && sameArgs(m.f, rw.f) &&
			(sameSources(m.f.Sources, rw.f.Sources) || len(m.f.Sources) == 0 && principalTold(rw.f))
	})
}

// joinHalves joins a telling of a state that gives only its end ("promoted
// head coach X to director of football", closing the coaching post) to a
// telling of the same state, arguments, modality and polarity that gives
// only its start ("X, who has coached the club since 2021"), with the same
// sources or none, when the start comes first: the start-only telling takes
// the end and the end-only one becomes its extra evidence.
func joinHalves(raws []*raw) []*raw {
	return foldTellings(raws, func(rw *raw) bool {
		t := rw.f.Time
		return !rw.echo && stateTypes.has(rw.f.Type) && t != nil && t.End != "" && t.Start == "" && t.Value == "" && rw.s != nil
	}, func(rw, m *raw) bool {
		t, mt := rw.f.Time, m.f.Time
		if mt == nil || mt.Start == "" || mt.End != "" || mt.Value != "" || mt.Start > t.End || strings.Contains(mt.Start, "REF") ||
			m.f.Type != rw.f.Type || m.f.Modality != rw.f.Modality || m.f.Polarity != rw.f.Polarity || !sameArgs(m.f, rw.f) ||
			!sameSources(m.f.Sources, rw.f.Sources) && len(m.f.Sources) > 0 {
			return false
		}
		joined := *mt
		joined.End, joined.EndMod = t.End, t.EndMod
		m.f.Time = &joined
		return true
	})
}

// foldTellings returns raws without each telling that folds reports may be
// folded and that some other, non-echo telling m of raws takes (into(rw,
// m), the first such m): rw's sentence becomes extra evidence of m.
func foldTellings(raws []*raw, folds func(rw *raw) bool, into func(rw, m *raw) bool) []*raw {
	out := make([]*raw, 0, len(raws))
	for _, rw := range raws {
		var target *raw
		if folds(rw) {
			for _, m := range raws {
				if m != rw && !m.echo && into(rw, m) {
					target = m
					break
				}
			}
		}
		if target == nil {
			out = append(out, rw)
			continue
		}
		target.f.Evidence = append(target.f.Evidence, rw.s.idx)
	}
	return out
}

// principalTold reports whether the fact's one source is the person it is
// about.
func principalTold(f hearsay.Fact) bool {
	return len(f.Sources) == 1 && len(f.Args) > 0 && f.Sources[0].Kind == hearsay.PrincipalSource && f.Sources[0].Entity >= 0 && f.Sources[0].Entity == f.Args[0].Entity
}

// foldUndated folds an undated mention of a fact ("her husband Y", "the
// couple exchanged vows", "has filed for divorce, according to court
// documents obtained by TMZ") into a dated fact of the same type, arguments,
// modality, polarity and sources, as extra evidence.
func foldUndated(raws []*raw) []*raw {
	out := make([]*raw, 0, len(raws))
	for _, rw := range raws {
		if rw.f.Type == "died" && rw.f.Time == nil && !rw.echo {
			if into := datedDeath(raws, rw); into != nil { // a person dies once
				into.f.Evidence = append(into.f.Evidence, rw.s.idx)
				continue
			}
		}
		if rw.f.Type == "died" && rw.f.Time != nil && !rw.echo {
			if into := finerDeath(raws, rw); into != nil { // "died last month" and "died March 9": one death
				into.f.Evidence = append(into.f.Evidence, rw.s.idx)
				continue
			}
		}
		if rw.f.Time == nil && !rw.echo && leaving(rw.f.Type) && len(rw.f.Sources) > 0 {
			if into := datedDeparture(raws, rw); into != nil { // "had been dismissed", the company said, of a dismissal dated before
				into.f.Evidence = append(into.f.Evidence, rw.s.idx)
				continue
			}
			if into := datedOwnDeparture(raws, rw); into != nil { // "X has announced his retirement ... will step down at the end of June"
				into.f.Evidence = append(into.f.Evidence, rw.s.idx)
				continue
			}
		}
		if into := pastTitlePost(raws, rw); into != nil { // "Former city council member X" of one who "served on the council from 2015"
			into.f.Evidence = append(into.f.Evidence, rw.s.idx)
			continue
		}
		if rw.f.Time != nil || rw.echo || !rw.noun && !onceTypes.has(rw.f.Type) && !stateTypes.has(rw.f.Type) {
			if into := reportedEvent(raws, rw); into != nil && !rw.echo {
				into.f.Evidence = append(into.f.Evidence, rw.s.idx)
				continue
			}
			out = append(out, rw)
			continue
		}
		var into *raw
		for _, m := range raws {
			if m != rw && !m.echo && m.f.Time != nil && m.f.Type == rw.f.Type && m.f.Modality == rw.f.Modality &&
				m.f.Polarity == rw.f.Polarity && sameArgs(m.f, rw.f) && sameSources(m.f.Sources, rw.f.Sources) {
				into = m
				break
			}
		}
		if into == nil {
			into = reportedEvent(raws, rw)
		}
		if into == nil {
			out = append(out, rw)
			continue
		}
		into.f.Evidence = append(into.f.Evidence, rw.s.idx)
	}
	return out
}

// reportedEvent returns the one dated, sourced telling of the event that
// the undated rw states in the article's own voice ("X has filed for
// divorce", "have called it quits" in the lede; "filed the petition on
// Friday, according to court documents obtained by TMZ", "exchanged vows on
// Saturday, a spokesman confirmed" after it): the article tells the news
// its source gives. It returns nil when rw is not such a statement or when
// the article dates the event otherwise too.
func reportedEvent(raws []*raw, rw *raw) *raw {
	if rw.noun || !onceTypes.has(rw.f.Type) && rw.f.Type != "separated" || rw.f.Type == "died" || rw.f.Modality != hearsay.Asserted || len(rw.f.Sources) > 0 || rw.f.Polarity != hearsay.Pos {
		return nil
	}
	if t := rw.f.Time; t != nil && (t.Value != "PRESENT_REF" || t.Start != "" || t.End != "" || t.Earliest != "") {
		return nil
	}
	var found *raw
	for _, m := range raws {
		if m == rw || m.echo || !dated(m.f.Time) || m.f.Type != rw.f.Type || m.f.Polarity != rw.f.Polarity || !sameArgs(m.f, rw.f) {
			continue
		}
		if len(m.f.Sources) == 0 || found != nil {
			return nil
		}
		found = m
	}
	return found
}

// sameTelling reports whether m tells the same fact as o (whose time was t
// before any echo dated it), with the same modality, polarity and sources: a
// second reading of one clause, which an echo completes alike.
func sameTelling(m, o *raw, t *hearsay.FactTime) bool {
	if m.f.Type != o.f.Type || !sameArgs(m.f, o.f) || m.f.Modality != o.f.Modality || m.f.Polarity != o.f.Polarity || !sameSources(m.f.Sources, o.f.Sources) {
		return false
	}
	if m.f.Time == nil || t == nil {
		return m.f.Time == nil && t == nil
	}
	return sameTime(m.f.Time, t)
}

// datedDeath returns the dated death of the same person as rw, or nil.
func datedDeath(raws []*raw, rw *raw) *raw {
	for _, m := range raws {
		if m != rw && !m.echo && m.f.Type == "died" && m.f.Time != nil && sameArgs(m.f, rw.f) && m.f.Polarity == rw.f.Polarity {
			return m
		}
	}
	return nil
}

// finerDeath returns the telling of the same person's death that the dated
// death rw only tells less exactly: a day inside rw's month ("died last
// month", "died March 9"), or a death told by its verb with a date of its
// own where rw is a noun that took the time of its clause ("the seat left
// vacant by the death of X" on the day of an appointment); or nil.
func finerDeath(raws []*raw, rw *raw) *raw {
	lo, hi := timeBoundsOf(rw.f.Time)
	noun := rw.pat != nil && rw.pat.opt("trigger") == "event"
	for _, m := range raws {
		if m == rw || m.echo || m.f.Type != "died" || !dated(m.f.Time) || !sameArgs(m.f, rw.f) || m.f.Polarity != rw.f.Polarity {
			continue
		}
		mlo, mhi := timeBoundsOf(m.f.Time)
		if mlo == "" || lo == "" {
			continue
		}
		inside := lo <= mlo && mhi <= hi && (lo != mlo || hi != mhi)
		if inside || noun && (m.pat == nil || m.pat.opt("trigger") != "event") && (mhi < lo || hi < mlo) {
			return m
		}
	}
	return nil
}

// timeBoundsOf returns the first and last day a dated fact's time covers,
// or "" when it has none.
func timeBoundsOf(t *hearsay.FactTime) (string, string) {
	if t == nil {
		return "", ""
	}
	if t.Earliest != "" && t.Latest != "" {
		return t.Earliest, t.Latest
	}
	if lo, hi, ok := valueBounds(t.Value); ok {
		return lo.Format(day), hi.Format(day)
	}
	return "", ""
}

// pastTitlePost returns, for an undated post read from a title told as
// held before ("Former city council member X"), a dated post of the same
// person and organisation whose role is the title's or ends it ("served on
// the council from 2015": a council member), or nil: one post, told twice.
func pastTitlePost(raws []*raw, rw *raw) *raw {
	if rw.pat != titlePattern || rw.f.Time != nil || rw.echo || rw.f.Qualifiers["note"] != "former" || len(rw.f.Args) != 3 || rw.f.Args[2].Entity < 0 {
		return nil
	}
	role := strings.ToLower(rw.f.Args[1].Literal)
	for _, m := range raws {
		if m == rw || m.echo || m.f.Type != "position_held" || !dated(m.f.Time) && (m.f.Time == nil || m.f.Time.Start == "" && m.f.Time.End == "") ||
			len(m.f.Args) != 3 || m.f.Args[0].Entity != rw.f.Args[0].Entity || m.f.Args[2].Entity != rw.f.Args[2].Entity {
			continue
		}
		if r := strings.ToLower(m.f.Args[1].Literal); r == role || strings.HasSuffix(role, " "+r) {
			return m
		}
	}
	return nil
}

// datedOwnDeparture returns, for the undated departure rw that the person
// leaving announces ("X has announced his retirement"), the article's dated
// telling of the same departure, asserted as rw is ("will step down at the
// end of June"), or nil: one leaves a post once.
func datedOwnDeparture(raws []*raw, rw *raw) *raw {
	if !principalTold(rw.f) || rw.f.Modality != hearsay.Asserted || rw.f.Polarity != hearsay.Pos {
		return nil
	}
	for _, m := range raws {
		if m != rw && !m.echo && dated(m.f.Time) && m.f.Type == rw.f.Type && sameArgs(m.f, rw.f) &&
			m.f.Modality == hearsay.Asserted && m.f.Polarity == hearsay.Pos && len(m.f.Sources) == 0 {
			return m
		}
	}
	return nil
}

// datedDeparture returns a dated telling of the same departure as the
// undated rw by the same sources, with its modality and polarity, or nil.
func datedDeparture(raws []*raw, rw *raw) *raw {
	for _, m := range raws {
		if m != rw && !m.echo && m.f.Time != nil && m.f.Type == rw.f.Type && sameArgs(m.f, rw.f) &&
			m.f.Modality == rw.f.Modality && m.f.Polarity == rw.f.Polarity && sameSources(m.f.Sources, rw.f.Sources) {
			return m
		}
	}
	return nil
}

// sameSources reports whether two source chains name the same sources in
// the same order: the same entities, or the same text (case aside) for
// sources that are no entity.
func sameSources(a, b []hearsay.Source) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Entity != b[i].Entity || a[i].Entity < 0 && !strings.EqualFold(a[i].Text, b[i].Text) {
			return false
		}
	}
	return true
}

// mergeEchoes folds partial mentions ("his rumored affair") into the full
// facts of the same type that share their named argument: they add evidence,
// a rumour framing, and a time when the full fact has none.
func mergeEchoes(raws []*raw) []*raw {
	out := make([]*raw, 0, len(raws))
	for _, rw := range raws {
		if !rw.echo {
			out = append(out, rw)
		}
	}
	for _, e := range raws {
		if !e.echo {
			continue
		}
		only := nearestCouple(out, e)
		var onlyTime *hearsay.FactTime
		if only != nil {
			onlyTime = only.f.Time
		}
		for _, m := range out {
			if m.f.Type != e.f.Type || !sharesEntity(m.f, e.f) || !samePost(m.f, e.f) || only != nil && m != only && !sameTelling(m, only, onlyTime) || pastPostFor(m, e) ||
				takesOffice(e) && leftPost(out, m.f) {
				continue // a post taken up is not one its holder left ("X, who has quit as managing director of Y, starts in October")
			}
			m.f.Evidence = append(m.f.Evidence, e.s.idx)
			if e.f.Modality == hearsay.Rumored && (m.f.Modality == hearsay.Reported || m.f.Modality == hearsay.Asserted && len(m.f.Sources) == 0) {
				m.f.Modality = hearsay.Rumored
			}
			if e.f.Time != nil && (m.f.Time == nil || m.f.Time.Value == "PRESENT_REF" && e.f.Time.Value != "PRESENT_REF" && e.f.Time.Value != "") {
				m.f.Time = e.f.Time // "is engaged ... proposed last weekend"
			} else {
				closeState(m.f.Time, e.f.Time) // "became head chef in 2006, a post she held until 2012"
			}
		}
	}
	return out
}

// nearestCouple returns, when a partial mention of a couple's event could
// stand for the events of several couples of the same person ("filed the
// petition on Friday" after "filed for divorce from her husband Y" and
// before "shares a daughter with ex-husband Z"), the one told last before it
// (or else first after it): the telling it continues. It returns nil when
// there is at most one.
func nearestCouple(out []*raw, e *raw) *raw {
	if !partnerTypes.has(e.f.Type) || e.f.Type == "affair" || e.s == nil {
		return nil
	}
	var best *raw
	n, bestDist := 0, 1<<30
	for _, m := range out {
		if m.f.Type != e.f.Type || !sharesEntity(m.f, e.f) || m.s == nil {
			continue
		}
		n++
		d := leaning(e.s.idx - m.s.idx) // prefer a telling before the mention
		if d < bestDist {
			best, bestDist = m, d
		}
	}
	if n < 2 {
		return nil
	}
	return best
}

// closeState gives a state the start or the end that a partial mention of it
// tells and it lacks.
func closeState(t, from *hearsay.FactTime) {
	if t == nil || from == nil || t.Value != "" {
		return
	}
	if t.Start != "" && t.End == "" && from.End != "" && from.Start == "" && from.End >= t.Start {
		t.End, t.EndMod = from.End, from.EndMod
	}
	if t.End != "" && t.Start == "" && from.Start != "" && from.End == "" && from.Start <= t.End {
		t.Start, t.StartMod = from.Start, from.StartMod
	}
}

// samePost reports whether a partial mention of an office (e) may stand for
// the full fact m: both are about the same person, and a role the partial
// mention names is m's ("Lowe was fired by the club" says nothing of the
// coach the club fired before; "served on the council" is not the mayoralty).
func samePost(m, e hearsay.Fact) bool {
	if len(m.Args) != 3 || len(e.Args) != 3 {
		return true
	}
	if e.Args[0].Entity < 0 || m.Args[0].Entity != e.Args[0].Entity {
		return false
	}
	return e.Args[1].Literal == "" || strings.EqualFold(m.Args[1].Literal, e.Args[1].Literal)
}

func sharesEntity(a, b hearsay.Fact) bool {
	for _, x := range b.Args {
		if x.Entity < 0 {
			continue
		}
		for _, y := range a.Args {
			if y.Entity == x.Entity {
				return true
			}
		}
	}
	return false
}

// dedupe merges facts with the same type, arguments, time, modality,
// polarity and sources into one, with the evidence of all.
func dedupe(raws []*raw) []hearsay.Fact {
	if len(raws) == 0 {
		return nil
	}
	out := make([]hearsay.Fact, 0, len(raws))
	idx := make(map[string]int, len(raws))
	// every fact's key is written into one buffer and made one string,
	// which the keys are parts of, instead of a string for each
	ends := make([]int, len(raws))
	buf := make([]byte, 0, 96*len(raws))
	for i, rw := range raws {
		buf = appendFactKey(buf, rw.f)
		ends[i] = len(buf)
	}
	keys := string(buf)
	for i, rw := range raws {
		k := keys[:ends[i]]
		if i > 0 {
			k = keys[ends[i-1]:ends[i]]
		}
		if j, ok := idx[k]; ok {
			out[j].Evidence = append(out[j].Evidence, rw.f.Evidence...)
			if out[j].Qualifiers == nil {
				out[j].Qualifiers = rw.f.Qualifiers
			}
			continue
		}
		idx[k] = len(out)
		out = append(out, rw.f)
	}
	for i := range out {
		out[i].Evidence = uniqueEvidence(out[i].Evidence)
	}
	return out
}

// uniqueEvidence returns the sentences of ev without repeats, in order: a
// new slice, or for one sentence ev itself capped so that an append copies.
func uniqueEvidence(ev []int) []int {
	if len(ev) == 1 {
		return ev[:1:1]
	}
	var out []int
	for _, e := range ev {
		if !slices.Contains(out, e) { // lists of evidence are short
			out = append(out, e)
		}
	}
	return out
}

// appendFactKey appends the key under which dedupe merges facts to dst:
// the fact's arguments, time, modality, polarity and sources.
func appendFactKey(dst []byte, f hearsay.Fact) []byte {
	dst = appendArgKey(dst, f)
	if t := f.Time; t != nil {
		for i, v := range [...]string{t.Value, t.Earliest, t.Latest, t.Start, t.End, t.EndMod} {
			if i == 0 {
				dst = append(dst, '|')
			} else {
				dst = append(dst, ' ')
			}
			dst = append(dst, v...)
		}
	}
	dst = append(dst, '|')
	dst = append(dst, f.Modality...)
	dst = append(dst, '|')
	dst = append(dst, f.Polarity...)
	for _, s := range f.Sources {
		dst = append(dst, '|')
		dst = appendLower(dst, s.Text)
	}
	return dst
}

// resolveStatus turns a statement about where a couple stands into a fact
// about the couple's relationship news read before it (time: the present):
// a split before a marriage before dating (relationTypes order), the latest
// mention on ties. It is dropped when there is none.
func resolveStatus(raws []*raw) []*raw {
	out := make([]*raw, 0, len(raws))
	for _, rw := range raws {
		if rw.f.Type != statusType {
			out = append(out, rw)
			continue
		}
		var topic *raw
		for _, m := range raws {
			if m.f.Type == statusType || m.echo || m.s.idx > rw.s.idx || !isRelation(m.f.Type) {
				continue
			}
			k := rw.f
			k.Type = m.f.Type
			if !sameArgs(k, m.f) {
				continue
			}
			if topic == nil || relRank(m.f.Type) < relRank(topic.f.Type) || relRank(m.f.Type) == relRank(topic.f.Type) && m.s.idx > topic.s.idx {
				topic = m
			}
		}
		if topic == nil {
			continue
		}
		rw.f.Type = topic.f.Type
		rw.f.Time = &hearsay.FactTime{Value: "PRESENT_REF", Timex: -1}
		rw.f.Reason = "a statement about where the couple stands, read as being about their " + topic.f.Type
		out = append(out, rw)
	}
	return out
}

func isRelation(t string) bool { return relRank(t) < len(relationTypes) }

func relRank(t string) int {
	for i, r := range relationTypes {
		if r == t {
			return i
		}
	}
	return len(relationTypes)
}

// derivePositions dates positions from the events that begin and end them:
// an appointment or election starts the position, a resignation or
// dismissal ends it. A position the text does not state otherwise is added as
// a derived fact. Starts are read first, so that a dated appointment opens
// the post rather than a length of service told with its end ("became lead
// anchor in 2009" and "will retire after 22 years at the station"). The
// taking up of a post is read before the appointment to it, also when the
// sentence names no post: the post began when it was taken up ("was appointed
// chair last year and took up the role in February").
func derivePositions(raws []*raw, tc tenureCues) []*raw {
	out := raws
	for _, ev := range raws {
		if ev.f.Type == "appointed" && takesOffice(ev) {
			out = positionFrom(out, ev, false, tc) // "was appointed chair last year and took up the role in February": the post began when taken up
		}
	}
	for _, ends := range []bool{false, true} {
		for _, ev := range raws {
			if leaving(ev.f.Type) == ends && (ends || ev.f.Type == "appointed" || ev.f.Type == "elected") {
				out = positionFrom(out, ev, ends, tc)
			}
		}
	}
	for _, ev := range raws {
		out = undatedPostFrom(out, ev)
	}
	return out
}

// undatedPostFrom adds to out the post that an undated departure ev tells
// as fact ("X resigned as head of chartering", "the bank has parted ways
// with its chief risk officer", or one dated only as before a time: "resigned
// before he joined Orbis in 2019"), undated too, when out has none: the
// person held the post, at a time the text does not give. An undated
// appointment adds none: its post is mostly dated by a start told
// elsewhere, which the appointment's own time would give.
func undatedPostFrom(out []*raw, ev *raw) []*raw {
	if ev.echo || ev.f.Time != nil && ev.f.Time.Value != "" || len(ev.f.Args) != 3 || ev.f.Polarity != hearsay.Pos || ev.f.Modality != hearsay.Asserted ||
		!leaving(ev.f.Type) || ev.f.Args[1].Literal == "" || ev.f.Args[2].Literal == "" && ev.f.Args[2].Entity < 0 ||
		fellowships[strings.ToLower(ev.f.Args[1].Literal)] {
		return out
	}
	n := len(out)
	ph, out := postOf(out, ev, false)
	if len(out) > n {
		ph.f.Derived = true
		ph.f.Sources = nil // the post is background, told in the article's voice
		ph.f.Reason = "the post that the " + ev.f.Type + " tells"
	}
	return out
}

// postOf returns the post of out with the arguments of the change of office
// ev (never an echo when noEchoes), adding an undated one, derived
// from ev, when out has none.
func postOf(out []*raw, ev *raw, noEchoes bool) (*raw, []*raw) {
	key := ev.f
	key.Type = "position_held"
	for _, m := range out {
		if m.f.Type == "position_held" && !(noEchoes && m.echo) && sameArgs(m.f, key) {
			return m, out
		}
	}
	cp := *ev
	cp.f.Type = "position_held"
	cp.f.Time = nil
	cp.f.Qualifiers = nil
	cp.pat = &pattern{typ: "position_held", line: ev.pat.line}
	return &cp, append(out, &cp)
}

// positionFrom opens (or, when end, closes) the position that the change of
// office ev tells, adding it to out as a derived fact when out has none.
func positionFrom(out []*raw, ev *raw, end bool, tc tenureCues) []*raw {
	if ev.echo && !takesOffice(ev) || ev.f.Time == nil || ev.f.Time.Value == "" || ev.f.Args[1].Literal == "" || ev.f.Args[2].Literal == "" && ev.f.Args[2].Entity < 0 {
		return out
	}
	switch ev.f.Modality {
	case hearsay.Rumored, hearsay.Speculated, hearsay.Uncertain, hearsay.Denied:
		return out // only a change told as fact opens or closes the position
	}
	if fellowships[strings.ToLower(ev.f.Args[1].Literal)] {
		return out // "was elected a Fellow of the Royal Society": a membership (read as such), no post
	}
	if !end && renewal(ev) {
		n := len(out) // "has been re-elected for a further term": the tenure goes on, it does not begin
		ph, out := postOf(out, ev, false)
		if len(out) > n {
			ph.f.Derived, ph.f.Sources = true, nil
			ph.f.Reason = "the post that the " + ev.f.Type + " renews"
		}
		return out
	}
	if !end && stopGap(ev.f.Args[1].Literal) {
		return out // an interim stands in: the appointment is the fact, not a tenure
	}
	if end && ev.f.Time.Latest != "" && ev.f.Time.Latest > ev.s.doc.DateString() && !settledLeave(ev.f) {
		return out // a resignation still to come ("is preparing to step down later this year")
	}
	ph, out := postOf(out, ev, false)
	if ph.f.Time == nil {
		ph.f.Time = &hearsay.FactTime{Timex: -1}
	}
	t := ph.f.Time
	if end && t.End == "" {
		t.End = ev.f.Time.Value
		if t.Start == "" {
			for _, si := range ev.f.Evidence {
				if n, ok := tenureAfterIn(ev.s.doc, si, tc); ok {
					t.Start = monthsBefore(t.End, n) // "stepped down in May after eight years as mayor"
					break
				}
			}
		}
	} else if !end && t.Start == "" {
		t.Start = ev.f.Time.Value
	} else {
		return out
	}
	if t.Value != "" {
		t.Value, t.Mod, t.Earliest, t.Latest = "", "", "", ""
	}
	ph.f.Derived = true
	ph.f.Reason = fmt.Sprintf("the position %s with the %s (%s)", map[bool]string{true: "ended", false: "began"}[end], ev.f.Type, ev.f.Time.Value)
	return out
}

// renewal reports whether a change of office renews a tenure the person
// holds already ("re-elected", "reappointed", "re-elected for a second term").
func renewal(ev *raw) bool {
	if ev.s == nil || ev.f.Trigger.End <= ev.f.Trigger.Start || ev.f.Trigger.End > len(ev.s.doc.Text) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(ev.s.doc.Text[ev.f.Trigger.Start:ev.f.Trigger.End])) {
		if strings.HasPrefix(w, "re-elect") || strings.HasPrefix(w, "reelect") || strings.HasPrefix(w, "re-appoint") || strings.HasPrefix(w, "reappoint") {
			return true
		}
	}
	return false
}

// fellowships are the titles of a society's members (data/classes.tsv): an
// election to one makes a member, not the holder of a post.
var fellowships = wordSet("fellowships")

// settledLeave reports whether a departure still to come is settled: told
// as fact and dated to a day, a month or the end of a period ("will retire on
// May 31", "will step down at the end of the year"), so that the post ends
// then. A departure dated only to a year ("later this year") is a plan.
func settledLeave(f hearsay.Fact) bool {
	if f.Modality != hearsay.Asserted && !(f.Modality == hearsay.Reported && announced(f)) || f.Time == nil {
		return false
	}
	return f.Time.Mod == "END" || len(f.Time.Value) >= len("2006-01") && f.Time.Value[4] == '-' && f.Time.Value[5] != 'W'
}

// announced reports whether a departure reported by a source is the
// announcement of the employer or its people, not word passed on by others:
// the source is not an anonymous one ("the paper's publisher announced
// Tuesday", not "people familiar with the matter said").
func announced(f hearsay.Fact) bool {
	if len(f.Sources) == 0 {
		return false
	}
	for _, src := range f.Sources {
		if src.Kind == hearsay.AnonymousSource {
			return false
		}
	}
	return true
}

// previousPosts ends a post told as the one a person left for a move ("joined
// Calloway in 2019 from a rival, Pruitt Home, where he was chief marketing
// officer"): an undated position at another organisation, read in the
// sentence of the move after it, ends when the new membership or post began.
func previousPosts(raws []*raw) {
	for _, mv := range raws {
		began := moveStart(mv)
		if began == "" {
			continue
		}
		for _, ph := range raws {
			if ph == mv || ph.echo || ph.f.Type != "position_held" || ph.f.Time != nil || ph.s != mv.s || len(ph.f.Args) != 3 ||
				ph.f.Args[0].Entity != mv.f.Args[0].Entity || ph.f.Args[2].Entity < 0 || ph.f.Args[2].Entity == mv.f.Args[len(mv.f.Args)-1].Entity ||
				ph.f.Trigger.Start < mv.f.Trigger.End || !ph.s.previouslyBefore(ph.f.Trigger.End) && (mv.f.Type == "appointed" || !ph.s.fromBefore(ph.f.Trigger.Start)) {
				continue // an appointment "from" a post ends it only where the text says "previously"
			}
			ph.f.Time = &hearsay.FactTime{End: began, Timex: -1}
			ph.f.Derived = true
			ph.f.Reason = "the post ended with the move told in the same sentence (" + began + ")"
		}
	}
}

// moveStart returns when the move mv began a membership or a post: the
// start of a membership or a post that has not ended, or the day of an
// appointment ("who took over at Harbourne in November 2019"); "" for
// none.
func moveStart(mv *raw) string {
	t := mv.f.Time
	switch {
	case mv.echo || t == nil || mv.f.Polarity != hearsay.Pos:
		return ""
	case (mv.f.Type == "member_of" || mv.f.Type == "position_held") && t.Start != "" && t.End == "":
		return t.Start
	case mv.f.Type == "appointed" && t.Value != "" && !strings.Contains(t.Value, "REF"):
		return t.Value
	}
	return ""
}

// previouslyBefore reports whether "previously" or "formerly" stands in
// the sentence before offset off ("who took over at X in 2019, was
// previously in charge of Y": the post before the move).
func (s *sent) previouslyBefore(off int) bool {
	for ui := range s.units {
		x := &s.units[ui]
		if x.Start >= off {
			break
		}
		if x.word == "previously" || x.word == "formerly" {
			return true
		}
	}
	return false
}

// fromBefore reports whether "from" stands in the sentence before offset off
// (the organisation a move came from).
func (s *sent) fromBefore(off int) bool {
	for ui := range s.units {
		x := &s.units[ui]
		if x.Start >= off {
			break
		}
		if x.word == "from" {
			return true
		}
	}
	return false
}

// fromBetween reports whether "from" stands in the sentence between the
// offsets a and b (the organisation a move came from, told after the move).
func (s *sent) fromBetween(a, b int) bool {
	for ui := range s.units {
		x := &s.units[ui]
		if x.Start >= b {
			break
		}
		if x.Start >= a && x.word == "from" {
			return true
		}
	}
	return false
}

// purposeVerbs take a post after "to" in a clause of purpose ("left the
// bank to lead a charity", "quit in May to become chief executive").
var purposeVerbs = wordSet("purposeverbs")

// purposeBetween reports whether a clause of purpose that takes a post
// ("to become", "to lead", "to take up") starts between the offsets a and b.
func (s *sent) purposeBetween(a, b int) bool {
	for ui := range s.units {
		x := &s.units[ui]
		if x.Start >= b {
			break
		}
		if x.Start >= a && x.word == "to" && ui+1 < len(s.units) && purposeVerbs[s.units[ui+1].word] {
			return true
		}
	}
	return false
}

// effectiveDepartures drops the telling of when a departure told already
// takes effect ("resigned Tuesday ... Her resignation takes effect June
// 30"): the departure happened when it was told first; the date it takes
// effect is no second departure.
func effectiveDepartures(raws []*raw) []*raw {
	out := make([]*raw, 0, len(raws))
	for _, rw := range raws {
		if !effectiveTelling(rw) || !departedBefore(raws, rw) {
			out = append(out, rw)
		}
	}
	return out
}

// effectiveTelling reports whether rw is a dated departure read from an
// event noun in a sentence about when it takes effect.
func effectiveTelling(rw *raw) bool {
	return !rw.echo && leaving(rw.f.Type) && rw.pat != nil && rw.pat.opt("trigger") == "event" && rw.f.Time != nil && rw.f.Time.Value != "" &&
		(rw.s.has("effective") || rw.s.has("effect"))
}

// departedBefore reports whether raws tell the same departure as rw, dated
// before it, in another sentence.
func departedBefore(raws []*raw, rw *raw) bool {
	for _, o := range raws {
		if o == rw || o.echo || o.f.Type != rw.f.Type || o.s == rw.s || !sameArgs(o.f, rw.f) || o.f.Time == nil || o.f.Time.Value == "" {
			continue
		}
		if o.f.Time.Value < rw.f.Time.Value {
			return true
		}
	}
	return false
}

// foldDepartures merges tellings of one change of office told in the
// article's voice at overlapping times ("the abrupt departure of editor X"
// five weeks ago, "X left the magazine in early January") into the one with
// the narrower time.
func foldDepartures(raws []*raw) []*raw {
	out := make([]*raw, 0, len(raws))
	for _, rw := range raws {
		if into := sameChange(out, rw); into != nil {
			if narrower(rw.f.Time, into.f.Time) {
				into.f.Time = rw.f.Time
			}
			into.f.Evidence = append(into.f.Evidence, rw.f.Evidence...)
			continue
		}
		out = append(out, rw)
	}
	return out
}

// sameChange returns the change of office among raws that rw tells again:
// same type, arguments, modality and polarity, both in the article's voice,
// with overlapping dated times.
func sameChange(raws []*raw, rw *raw) *raw {
	if rw.echo || !leaving(rw.f.Type) && rw.f.Type != "appointed" || len(rw.f.Sources) > 0 {
		return nil
	}
	lo, hi, ok := pointBounds(rw.f.Time)
	if !ok {
		return nil
	}
	for _, m := range raws {
		if m.echo || m.f.Type != rw.f.Type || !sameArgs(m.f, rw.f) || len(m.f.Sources) > 0 || m.f.Modality != rw.f.Modality || m.f.Polarity != rw.f.Polarity {
			continue
		}
		if mlo, mhi, ok := pointBounds(m.f.Time); ok && !mlo.After(hi) && !lo.After(mhi) {
			return m
		}
	}
	return nil
}

// pointBounds returns the days a dated point time covers.
func pointBounds(t *hearsay.FactTime) (time.Time, time.Time, bool) {
	if t == nil || t.Value == "" || strings.Contains(t.Value, "REF") {
		return time.Time{}, time.Time{}, false
	}
	if t.Earliest != "" && t.Latest != "" {
		lo, err1 := time.Parse(day, t.Earliest)
		hi, err2 := time.Parse(day, t.Latest)
		return lo, hi, err1 == nil && err2 == nil
	}
	return valueBounds(t.Value)
}

// narrower reports whether time a covers fewer days than time b.
func narrower(a, b *hearsay.FactTime) bool {
	alo, ahi, ok1 := pointBounds(a)
	blo, bhi, ok2 := pointBounds(b)
	return ok1 && ok2 && ahi.Sub(alo) < bhi.Sub(blo)
}

// joinTenures merges two tellings of one post, one giving its start and the
// other its end ("In 2006 she became head chef ..., a post she held until
// 2012"), into one state from the start to the end.
func joinTenures(raws []*raw) []*raw {
	out := make([]*raw, 0, len(raws))
	for _, rw := range raws {
		if into := tenureOf(out, rw); into != nil {
			closeState(into.f.Time, rw.f.Time)
			into.f.Evidence = append(into.f.Evidence, rw.f.Evidence...)
			continue
		}
		out = append(out, rw)
	}
	return out
}

// tenureOf returns the position among raws that rw tells the other end of:
// the same person, role and organisation, modality and sources, one with
// only a start and the other with only a later end.
func tenureOf(raws []*raw, rw *raw) *raw {
	if rw.echo || rw.f.Type != "position_held" || rw.f.Time == nil {
		return nil
	}
	point := rw.f.Time.Value != "" && rw.f.Time.Start == "" && rw.f.Time.End == "" // "became head chef in 2006", read as a state
	if !point && (rw.f.Time.Value != "" || (rw.f.Time.Start == "") == (rw.f.Time.End == "")) {
		return nil
	}
	for _, m := range raws {
		if m.echo || m.f.Type != "position_held" || m.f.Time == nil || m.f.Time.Value != "" || !sameArgs(m.f, rw.f) ||
			m.f.Modality != rw.f.Modality || len(m.f.Sources) != len(rw.f.Sources) || len(rw.f.Sources) > 0 {
			continue
		}
		a, b := m.f.Time, rw.f.Time
		if point {
			if a.Start == b.Value {
				return m
			}
			continue
		}
		if a.Start != "" && a.End == "" && b.End != "" && b.End >= a.Start || a.End != "" && a.Start == "" && b.Start != "" && b.Start <= a.End ||
			a.Start != "" && a.End != "" && (b.End == a.End || b.Start == a.Start) { // already joined
			return m
		}
	}
	return nil
}

// boundOrg returns the entity the organisation slot of the match of a
// membership binds when the fact leaves the organisation open (args
// "A,?"): the one the person came from ("Pike, who joined from
// Ferencvaros in 2022"), never the one joined; -1 when it binds none.
func boundOrg(rw *raw) int {
	if rw.b == nil {
		return -1
	}
	if o := rw.b.slots[slotOrg]; o.set && len(o.ents) == 1 {
		return o.ents[0]
	}
	return -1
}

// holdsPostIn reports whether raws give person a post in organisation org
// (a post held, or a change of post).
func holdsPostIn(raws []*raw, person, org int) bool {
	for _, m := range raws {
		a := m.f.Args
		if isPostEvent(m.f.Type) && len(a) == 3 && a[0].Entity == person && a[2].Entity == org && m.f.Polarity == hearsay.Pos {
			return true
		}
	}
	return false
}

// datedBefore reports whether fact a is dated before fact b began (both
// dated, a's value earlier and not containing b's).
func datedBefore(a, b hearsay.Fact) bool {
	if a.Time == nil || b.Time == nil || a.Time.Value == "" || b.Time.Value == "" || strings.Contains(a.Time.Value, "REF") || strings.Contains(b.Time.Value, "REF") {
		return false
	}
	return a.Time.Value < b.Time.Value && !strings.HasPrefix(b.Time.Value, a.Time.Value)
}

// completeOrgs gives a position whose organisation the text leaves out
// ("board chair Helen Osei", "was appointed transport minister") the
// organisation the article is about: its most mentioned organisation, or,
// for offices of state, its most mentioned place. It needs at least two
// mentions. A minister's or a secretary of state's office is the country's
// the article names (countries), not a constituency's or a town's.
func completeOrgs(doc *hearsay.Document, raws []*raw, bodies map[string]string, teamWords map[string]bool, countries map[string]bool, nations map[string]string) {
	if !slices.ContainsFunc(raws, orgToComplete) {
		return // nothing below would be read: the article's organisations and places are not looked for
	}
	org, place := salient(doc, hearsay.Org), salient(doc, hearsay.Place)
	country := -2               // the country the article names most, once looked up
	var demonyms map[string]int // the times the text writes each country's people's word, once counted
	team := articleTeam(raws, teamWords)
	postOrg := org // the organisation of a post the text leaves open
	if org < 0 {
		org = onlyOrg(doc)
		if org >= 0 && !describesOnly(doc, org) {
			postOrg = org // "Marcus Grant, director of X, was elected president": not X's president
		}
	}
	ownOutlet := -1 // a news outlet the article is about, which employs the staff it leaves unplaced
	if postOrg < 0 {
		if ownOutlet = outletAbout(doc); ownOutlet >= 0 {
			postOrg = ownOutlet // "The Kelso Gazette has named ... Reed, its deputy editor since 2019,"
		}
	}
	if place < 0 {
		place = polity(doc, raws, bodies)
	}
	lit := namedOrg(doc, raws)
	dateline := filedFrom(doc)
	band := -2 // the band the article is about, once looked up
	var refs kindRefTally
	for _, rw := range raws {
		switch rw.f.Type {
		case "resigned", "dismissed", "appointed", "elected", "position_held", "member_of":
		default:
			continue
		}
		a := rw.f.Args
		if len(a) == 3 && a[2].Entity < 0 && a[2].Literal != "" && lit != "" && partOfName(a[2].Literal, lit) {
			rw.f.Args[2].Literal = lit // "Athletic" is "Castlegate Athletic"
			continue
		}
		if rw.f.Type == "member_of" && len(a) == 2 && a[0].Entity >= 0 && a[1].Entity < 0 && a[1].Literal == "" && rw.pat != nil && rw.pat.has("band") {
			if b := memberBand(doc, rw, &band); b >= 0 {
				rw.fillArg(1, entArg(doc, b), "a place in a band told before the name is one in the band the text refers to")
			}
			continue // "guitarist Tom Reed": a band's, never another organisation's
		}
		if rw.f.Type == "member_of" && len(a) == 2 && a[0].Entity >= 0 && a[1].Entity < 0 && a[1].Literal == "" {
			// "joined the company"; never the news agency of the dateline, nor the organisation the match
			// binds, which the person came from ("Pike, who joined from Ferencvaros")
			near := orgJustBefore(doc, rw)
			left := boundOrg(rw)
			if n := echoNounOrg(doc, rw); n >= 0 && n != left {
				rw.fillArg(1, entArg(doc, n), "the organisation is the one whose name holds the noun the text uses")
			} else if near >= 0 && newsOrg(doc.Entities[near]) {
				continue // "the Courier's own sub-editor ... after 42 years at the paper": the outlet, not a post's organisation
			} else if p := ownPostOrg(doc, raws, rw); p >= 0 && p != left {
				rw.fillArg(1, entArg(doc, p), "the organisation is the one the sentence gives the person a post in")
			} else if t := ownTeam(doc, raws, rw); t >= 0 && t != left {
				rw.fillArg(1, entArg(doc, t), "the club is the one the text names the person a member of")
			} else if left >= 0 && org >= 0 && holdsPostIn(raws, rw.f.Args[0].Entity, org) {
				rw.f.Time = nil // "The CFO, who joined from Fenwick Stores": the post tells the place joined, no membership besides
				continue
			} else if org >= 0 && org != left && !newsOrg(doc.Entities[org]) {
				rw.fillArg(1, entArg(doc, org), "the organisation is the one the article is about")
			} else if b := bandFor(doc, rw); b >= 0 {
				rw.fillArg(1, entArg(doc, b), "the band is the one band the article names") // "indie band X" once, a label and a venue besides
			} else if lit != "" {
				rw.fillArg(1, hearsay.Arg{Entity: -1, Literal: lit}, "the organisation is the one the article's other posts name")
			}
			if rw.echo && left >= 0 {
				rw.f.Time = nil // the start of a membership left open is no time of the one the person came from
			}
			continue
		}
		if len(a) != 3 || a[1].Literal == "" || a[2].Entity >= 0 || a[2].Literal != "" {
			continue
		}
		if team != "" && teamCaptain(a[1].Literal) {
			rw.fillArg(2, hearsay.Arg{Entity: -1, Literal: team}, "a captain leads the team the article's posts name")
			continue
		}
		if strings.HasPrefix(strings.ToLower(a[1].Literal), "shadow ") {
			if postOrg >= 0 && partyName(doc.Entities[postOrg].Name, nil) {
				rw.fillArg(2, entArg(doc, postOrg), "a shadow post is held in the party the article is about")
			}
			continue // "shadow chancellor X": the opposition party's spokesman, no office of the country's state
		}
		e := postOrg
		state := stateOffice(a[1].Literal) && (place >= 0 && !companyPresident(a[1].Literal, org) && !orgHasPresident(raws, org) || !strings.Contains(a[1].Literal, "president")) ||
			rw.pat != nil && rw.pat.has("polity") && place >= 0 // "the city's budget director"
		if state {
			e = place // an office of state; a president where the article names no place is a company's
			if b := bodyNamed(doc, a[1].Literal, bodies); b >= 0 {
				e = b // "State Senator X ... twelve years in the Senate": the body the article names
			} else if nationalOffice(a[1].Literal) && (e < 0 || !countries[strings.ToLower(doc.Entities[e].Name)] || strings.Contains(a[1].Literal, strings.ToLower(doc.Entities[e].Name))) {
				if country == -2 {
					country = mostNamedCountry(doc, raws, countries, nations, a[1].Literal)
				}
				if country >= 0 {
					e = country // "Culture Secretary X, MP for Mirfield Vale": the country's office, not the seat's
				}
			} else if countryOffice(a[1].Literal) && e >= 0 && countries[strings.ToLower(doc.Entities[e].Name)] {
				if country == -2 {
					country = mostNamedCountry(doc, raws, countries, nations, a[1].Literal)
				}
				if demonyms == nil {
					demonyms = demonymCounts(doc, nations)
				}
				if country >= 0 && demonyms[strings.ToLower(doc.Entities[country].Name)] > demonyms[strings.ToLower(doc.Entities[e].Name)] {
					e = country // "Prime Minister X" in a story of Israeli officials that names Lebanon as often: the country its people's word names more
				}
			}
		}
		if s := subjectOrg(doc, rw, state); s >= 0 && !(state && strings.Contains(a[1].Literal, strings.ToLower(doc.Entities[s].Name))) {
			e = s // "Cascadia said Chief Financial Officer Owen Haldane would ...": the clause's own organisation
		}
		if l := loneOrgBefore(doc, rw); l >= 0 && !state {
			e = l // "Over at Trewithen Chartering, managing director X ...": the one the sentence fronts
		}
		if !state && leavingOrTaking(rw.f.Type) && !(rw.pat != nil && rw.pat.has("ranked")) {
			// (a rank of a promotion order is held in the force the article is about, not in the unit of the line before)
			if n := nearOrg(doc, rw); n >= 0 {
				e = n // a round-up of moves: the organisation of this story, not the one the article opens with
			}
		}
		if e < 0 {
			if !state && lit != "" {
				rw.fillArg(2, hearsay.Arg{Entity: -1, Literal: lit}, "the organisation is the one the article's other posts name")
			}
			continue
		}
		if (rw.f.Type == "appointed" || rw.f.Type == "elected" || rw.f.Type == "position_held") && cameFromOrg(doc, rw, e) {
			continue // "who joins in September as head of mathematics from Brookfield College": the post is not at the organisation left
		}
		if newsOrg(doc.Entities[e]) && e != ownOutlet {
			continue // "told The Associated Press": the agency that carries the story employs no one the text leaves open
		}
		if state && countryOffice(a[1].Literal) && doc.Entities[e].Type == hearsay.Place && !isCountry(doc, raws, e, countries) && (namesCountry(doc, countries) || holdsTownOffice(raws, e)) {
			continue // "President X" in a story about Miami that names Cuba, "Prime Minister X" in one on Drayford's mayoral count: a city holds no office of a country's state
		}
		if role := strings.ToLower(a[1].Literal); state && (provinceOffices[role] || cityLevelOffice(role)) && doc.Entities[e].Type == hearsay.Place && listedCountry(doc.Entities[e].Name, countries) {
			continue // "Gov. X asked the president to act" in a story about Cuba, "the mayor X" in one about Italy: a province's or a town's office, no country's
		}
		if state && e == dateline && !cityLevelOffice(strings.ToLower(a[1].Literal)) && !countries[strings.ToLower(doc.Entities[e].Name)] {
			continue // "DUBLIN (Reuters) - ... the late senator X": the city the story is filed from holds no national office
		}
		if academicRank(a[1].Literal) && (!academicOrg(doc.Entities[e].Name) || rw.pat == titlePattern) {
			continue // "Professor X" in a charity's report holds no chair at the charity; in a university's, the title tells a trade, not the employer
		}
		if strings.Contains(strings.ToLower(a[1].Literal), "emeritus") {
			continue // "succeeding Professor Emeritus X, who retired": an honour kept after the post, no post of the article's university
		}
		if courtPosts[strings.ToLower(a[1].Literal)] {
			continue // "Judge X" in a report of a firm's fraud trial sits in a court, not in the firm
		}
		if royalTitles[strings.ToLower(a[1].Literal)] && (doc.Entities[e].Type != hearsay.Place || !isCountry(doc, raws, e, countries)) {
			continue // "Pope Leo has appointed Fr John Hale as Bishop of Ashby": a sovereign reigns over a country, not the see or town of the story
		}
		if doc.Entities[e].Type == hearsay.Org && !titleFitsOrg(a[1].Literal, doc.Entities[e].Name) {
			continue // "Bishop X" in a report on a ferry company, "X, a former headteacher" in one on a hospital: no post of it
		}
		if rw.pat == titlePattern && rw.s != nil && rw.s.namedOfAfter(rw.f.Trigger.End) {
			continue // "Superintendent Ray Moss of Dunmore Public Schools": an organisation the text names, which the names stage missed
		}
		if rw.pat == titlePattern && partnerTitle(doc, rw) {
			continue // "her divorce from the publisher X": a partner described by trade, not the article's organisation's officer
		}
		if placedElsewhere(raws, rw, e) {
			continue // "took up the post of harbour master at the Port of X": the fuller reading names another organisation
		}
		if !state && rw.pat == titlePattern && !namedInReach(doc, rw.s.idx, e) {
			continue // a round-up of moves: "Founder X, 68, is retiring", far from where the article's firm is named
		}
		if rw.pat != nil && rw.pat.has("possessed") && !kindFits(doc, possessedKind(rw), e, &refs) {
			continue // "the union's regional organiser" in a story of a firm: no union the text names
		}
		rw.f.Args[2] = entArg(doc, e)
		rw.echo = false
		rw.f.Derived = true
		rw.f.Reason = "the organisation is the one the article is about"
	}
}

// cameFromOrg reports whether the sentence of rw names organisation e
// right after "from" ("from Brookfield College", "from the Kelby Trust"):
// the place the person comes from, not the one whose post the sentence
// tells.
func cameFromOrg(doc *hearsay.Document, rw *raw, e int) bool {
	if rw.s == nil {
		return false
	}
	for _, ix := range rw.s.mentionsHere() {
		m := &doc.Mentions[ix]
		if m.Entity != e {
			continue
		}
		before := strings.ToLower(doc.Text[max(0, m.Start-9):m.Start])
		if strings.HasSuffix(before, " from ") || strings.HasSuffix(before, " from the ") {
			return true
		}
	}
	return false
}

// Sentences around a post whose organisation the text leaves open within
// which the organisation the article is about must be named for the post to
// take it: the article's lead, and the sentences just before and after.
const (
	leadSentences = 3
	reachBefore   = 2
	reachAfter    = 1
)

// namedInReach reports whether entity e is named in the article's lead
// (its first leadSentences sentences) or near sentence si (from
// reachBefore sentences before it to reachAfter after it). In a round-up
// of moves the firm the article names most may be another story's: a
// title before a name far from it ("Founder X, 68, is retiring", "the late
// theatre producer Sir X") tells no post there.
func namedInReach(doc *hearsay.Document, si, e int) bool {
	lo, hi := max(0, si-reachBefore), min(len(doc.Sentences)-1, si+reachAfter)
	for _, m := range doc.Entities[e].Mentions {
		if m < 0 || m >= len(doc.Mentions) {
			continue
		}
		start := doc.Mentions[m].Start
		if len(doc.Sentences) > leadSentences && start < doc.Sentences[leadSentences-1].Span.End {
			return true
		}
		if lo <= hi && start >= doc.Sentences[lo].Span.Start && start < doc.Sentences[hi].Span.End {
			return true
		}
	}
	return false
}

// regionNames holds the regions of the entity package's data (states,
// provinces, counties), lowercased.
var regionNames = mustEntityWords(entity.Regions)

// provinceOffices are the offices of a state or province that no country
// holds (data/classes.tsv): a governor, a state legislator.
var provinceOffices = wordSet("provinceoffices")

// regionOfficeWords are the offices of a state or province that no town
// holds (data/classes.tsv).
var regionOfficeWords = wordSet("regionoffices")

// regionOffices gives the region the text names to the offices of a state
// that completeOrgs gave the town an article is set in ("Secretary of State
// X" in a story about Des Moines that names Iowa's attorney general): a
// town holds no such office. The region is the one the text gives such an
// office in its own words, or else the only region it names.
func regionOffices(doc *hearsay.Document, raws []*raw, countries map[string]bool) {
	region := -2 // looked up once
	for _, rw := range raws {
		a := rw.f.Args
		if !postTypes.has(rw.f.Type) || len(a) != 3 || a[2].Entity < 0 || !rw.f.Derived || !regionOfficeWords[strings.ToLower(a[1].Literal)] && !stateTitled(doc, rw) {
			continue
		}
		e := &doc.Entities[a[2].Entity]
		if name := strings.ToLower(e.Name); e.Type != hearsay.Place || regionNames[name] || countries[name] || otherCountryName(name) {
			continue
		}
		if region == -2 {
			region = officeRegion(doc, raws, countries)
		}
		if region < 0 {
			return
		}
		rw.f.Args[2] = entArg(doc, region)
		rw.f.Reason = "a town holds no office of a state: the region the text names"
	}
}

// stateTitled reports whether the post of rw is written after the word
// "state" ("state Rep. X", "the state senator"): an office of a state.
func stateTitled(doc *hearsay.Document, rw *raw) bool {
	t := rw.f.Trigger
	if t.Start < 6 || t.Start > len(doc.Text) {
		return false
	}
	before := strings.ToLower(strings.TrimRight(doc.Text[max(0, t.Start-7):t.Start], " "))
	return before == "state" || strings.HasSuffix(before, " state")
}

// officeRegion returns the region (regionNames) that the text gives most
// offices of a state ("Iowa Attorney General Tom Miller"),
// or else the only region a text naming no country names; -1 when there
// is none.
func officeRegion(doc *hearsay.Document, raws []*raw, countries map[string]bool) int {
	count := map[int]int{}
	best := -1
	for _, rw := range raws {
		a := rw.f.Args
		if rw.echo || !postTypes.has(rw.f.Type) || len(a) != 3 || a[2].Entity < 0 || !regionOfficeWords[strings.ToLower(a[1].Literal)] {
			continue
		}
		if e := &doc.Entities[a[2].Entity]; e.Type != hearsay.Place || !regionNames[strings.ToLower(e.Name)] {
			continue
		}
		count[a[2].Entity]++
		if best < 0 || count[a[2].Entity] > count[best] {
			best = a[2].Entity
		}
	}
	if best >= 0 || namesCountry(doc, countries) {
		return best // "Attorney General X" in a story that names the United States and Florida: the country's, perhaps
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type != hearsay.Place || len(e.Mentions) == 0 || !regionNames[strings.ToLower(e.Name)] || strings.EqualFold(e.Name, "Washington") {
			continue // "Washington" is the capital far more often than the state
		}
		if best >= 0 {
			return -1 // two regions: which one the office is of, the text does not say
		}
		best = i
	}
	return best
}

// placedElsewhere reports whether another fact of raws read in the same
// sentence tells what rw tells, a change of post or a post of the same
// person and role, with an organisation other than e: rw, a reading of fewer
// words of the clause, only echoes it and takes no organisation of the
// article's.
func placedElsewhere(raws []*raw, rw *raw, e int) bool {
	if rw.s == nil {
		return false
	}
	a := rw.f.Args
	for _, o := range raws {
		b := o.f.Args
		if o == rw || o.echo || o.s != rw.s || o.f.Type != rw.f.Type || len(b) != 3 || b[0].Entity != a[0].Entity || b[0].Entity < 0 ||
			!strings.EqualFold(b[1].Literal, a[1].Literal) || b[2].Entity < 0 || b[2].Entity == e || o.f.Polarity != rw.f.Polarity {
			continue
		}
		return true
	}
	return false
}

// partnerLinks are the words of a marriage or a relationship after which a
// title before a name describes a partner (data/classes.tsv).
var partnerLinks = wordSet("partnerlinks")

// partnerTitle reports whether the title of rw, read before a name, comes
// right after a word of a marriage or relationship, with a preposition
// and an article between ("her divorce from the publisher Guy Marlow",
// "is engaged to the banker X", "married the producer X"): the person is
// told as someone's partner, and a post the text leaves open is no post of
// the organisation the article is about. So does a title in apposition to
// a partner ("her husband, the tennis coach X"; "her partner, the ...").
func partnerTitle(doc *hearsay.Document, rw *raw) bool {
	if rw.s == nil {
		return false
	}
	from := doc.Sentences[rw.s.idx].Start
	ws := strings.Fields(strings.ToLower(doc.Text[from:min(rw.f.Trigger.Start, len(doc.Text))]))
	k := len(ws) - 1
	if k >= 0 && determiners[ws[k]] {
		k--
	}
	if k >= 0 && (ws[k] == "from" || ws[k] == "to" || ws[k] == "with" || ws[k] == "of") {
		k--
	}
	if k < 0 {
		return false
	}
	if w, appos := strings.CutSuffix(ws[k], ","); appos {
		return partnerLinks[w] || w == "partner" // "her partner, the tennis coach X": the partner in apposition
	}
	return partnerLinks[ws[k]]
}

// orgToComplete reports whether completeOrgs may change rw: a post or a
// membership whose organisation is a literal (which may be part of the
// name the article's posts give in full) or missing.
func orgToComplete(rw *raw) bool {
	switch rw.f.Type {
	case "resigned", "dismissed", "appointed", "elected", "position_held", "member_of":
	default:
		return false
	}
	a := rw.f.Args
	switch {
	case len(a) == 3:
		return a[2].Entity < 0 && (a[2].Literal != "" || a[1].Literal != "")
	case rw.f.Type == "member_of" && len(a) == 2:
		return a[0].Entity >= 0 && a[1].Entity < 0 && a[1].Literal == ""
	}
	return false
}

// filedFrom returns the place a dateline in capitals at the start of a line
// of the opening sentences names ("DUBLIN, Feb 18 (Reuters) -", "HARTFORD,
// Conn. (AP) —"), or -1.
func filedFrom(doc *hearsay.Document) int {
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Sentence > 2 {
			break
		}
		if m.Entity < 0 || m.Type != hearsay.Place || m.Kind != hearsay.NameMention || strings.ToUpper(m.Text) != m.Text || strings.ToLower(m.Text) == m.Text {
			continue
		}
		if m.Start > doc.Body.Start && doc.Text[m.Start-1] != '\n' {
			continue
		}
		after := doc.Text[m.End:]
		if strings.HasPrefix(after, ",") || strings.HasPrefix(after, " (") || strings.HasPrefix(after, " -") || strings.HasPrefix(after, " —") || strings.HasPrefix(after, " –") {
			return m.Entity
		}
	}
	return -1
}

// namedOfAfter reports whether "of" and a capitalised plain word that is
// no place's or organisation's mention follow offset end ("Superintendent
// Ray Moss of Dunmore Public Schools"): the title's own organisation,
// named in words the names stage did not read as a name.
func (s *sent) namedOfAfter(end int) bool {
	u := s.unitAt(end - 1)
	if u < 0 || u+2 >= len(s.units) || s.units[u+1].word != "of" {
		return false
	}
	y := &s.units[u+2]
	if y.word == "the" && u+3 < len(s.units) {
		y = &s.units[u+3]
	}
	return y.ment == -1 && y.capital && !y.boundary
}

// courtPosts are the posts of the bench (data/classes.tsv): a judge or a
// magistrate the text names with no court serves in no organisation the
// article is about.
var courtPosts = wordSet("courtposts")

// titleFitsOrg reports whether a post whose organisation the text leaves open can
// be held in the organisation named name: a post of a church, a school or
// a police force (data/classes.tsv: churchposts, schoolposts, policeposts)
// only where the name holds a word of that kind of body (churchbodywords,
// schoolbodywords, policebodywords); any other post anywhere, except in a
// body that holds only posts of its own kind (closedBodies: a court, whose
// officers are its bench and staff, so "Director X" in a story on a filing
// in Los Angeles Superior Court is no officer of it).
func titleFitsOrg(role, name string) bool {
	r := strings.ToLower(role)
	last, _ := lastField(strings.ToLower(name))
	for _, k := range closedBodies {
		if k.words[last] && !k.posts[r] {
			return false
		}
	}
	for _, k := range titleKinds {
		if !k.posts[r] {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(name)) {
			if k.words[w] {
				return true
			}
		}
		return false
	}
	return true
}

// titleKinds are the kinds of body of titleFitsOrg: the posts of each and
// the words of its bodies' names.
var titleKinds = [...]struct {
	posts, words map[string]bool
}{
	{wordSet("churchposts"), wordSet("churchbodywords")},
	{wordSet("schoolposts"), wordSet("schoolbodywords")},
	{wordSet("policeposts"), wordSet("policebodywords")},
	{wordSet("musicposts"), wordSet("musicbodywords")},
}

// closedBodies are the kinds of body whose organisations, named with one
// of words last ("Los Angeles Superior Court", "the Employment Tribunal"),
// hold no posts but posts (data/classes.tsv: courtbodywords, courtstaff).
var closedBodies = [...]struct {
	posts, words map[string]bool
}{
	{wordSet("courtstaff"), wordSet("courtbodywords")},
}

// echoNounOrg returns the one organisation of the article whose name holds
// the noun that ends a membership's match ("after 30 years with the trust":
// "Dunholm Hospitals Trust"), or -1 when none or several do, or the match
// ends in no such noun.
func echoNounOrg(doc *hearsay.Document, rw *raw) int {
	if rw.b == nil || rw.s == nil || rw.b.last < 1 || rw.b.last > len(rw.s.units) {
		return -1
	}
	e := ledeOrgWithNoun(doc, nounWord(rw.s.units[rw.b.last-1].word))
	if k := rw.b.last - 2; e < 0 && k >= 1 && rw.s.units[k-1].word == "the" {
		e = ledeOrgWithNoun(doc, nounWord(rw.s.units[k].word)) // "joined the department as a graduate"
	}
	if e < 0 || newsOrg(doc.Entities[e]) {
		return -1
	}
	return e
}

// ledeOrgWithNoun returns the one organisation whose name holds the noun
// (orgWithNoun); of several, the one the article's opening names ("The
// head of the Dunmoor Police Department resigned ... a veteran of the
// department", beside a state's Department of Justice), or -1.
func ledeOrgWithNoun(doc *hearsay.Document, noun string) int {
	if e := orgWithNoun(doc, noun); e >= 0 || noun == "" {
		return e
	}
	return soleOrgWithNoun(doc, noun, func(e hearsay.Entity) bool { return mentionedInLede(doc, e) })
}

// nounWord returns w lowercased when it begins with a letter, else "" (no
// organisation's name holds it).
func nounWord(w string) string {
	w = strings.ToLower(w)
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return ""
	}
	return w
}

// orgJustBefore returns the organisation named last before a match in its
// sentence ("the Courier's own chief sub-editor, X, retires after 42 years
// at the paper"), or -1 when none is.
func orgJustBefore(doc *hearsay.Document, rw *raw) int {
	if rw.s == nil || rw.f.Trigger.Start <= 0 {
		return -1
	}
	found, at := -1, -1
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Entity < 0 || m.Entity >= len(doc.Entities) || m.Kind != hearsay.NameMention || m.Start >= rw.f.Trigger.Start || m.Start <= at ||
			m.Sentence != rw.s.idx || doc.Entities[m.Entity].Type != hearsay.Org {
			continue
		}
		found, at = m.Entity, m.Start
	}
	return found
}

// possessedOrgs gives a post told as "the union's president" (option
// possessed) the organisation of the article whose name holds that noun
// ("Allied Health and Care Workers' Union"), else the organisation the
// article is about: an organisation's post, never an office of state.
func possessedOrgs(doc *hearsay.Document, raws []*raw) {
	org := -2 // the salient organisation, once looked up
	var refs kindRefTally
	for _, rw := range raws {
		a := rw.f.Args
		if rw.pat == nil || !rw.pat.has("possessed") || len(a) != 3 || a[2].Entity >= 0 || a[2].Literal != "" || rw.b == nil || rw.s == nil {
			continue
		}
		noun := possessedKind(rw)
		if noun == "" {
			continue
		}
		e := orgWithNoun(doc, noun)
		if e < 0 {
			if org == -2 {
				org = salient(doc, hearsay.Org)
			}
			if e = org; e >= 0 && !kindFits(doc, noun, e, &refs) {
				continue // "the council's director of housing" in a story of a food firm: no council the text names
			}
		}
		if e >= 0 && !newsOrg(doc.Entities[e]) {
			rw.fillArg(2, entArg(doc, e), "the organisation the text names by its kind")
		}
	}
}

// possessedKind returns the noun of an organisation's kind that a post of
// a pattern with option possessed is told of ("union" of "the union's
// president"), or "" when the words before the post are no possessive.
func possessedKind(rw *raw) string {
	if rw.b == nil || rw.s == nil {
		return ""
	}
	r := rw.b.slots[slotRole]
	u := rw.s.unitAt(r.span.Start)
	if !r.set || u < 2 {
		return ""
	}
	if k := coordinatedPost(rw.s, u); k > 0 {
		u = k // "the party's deputy leader and shadow health secretary": the possessive before the first post
	}
	if rw.s.units[u-1].word != "'s" && rw.s.units[u-1].word != "’s" {
		return ""
	}
	return rw.s.units[u-2].word
}

// kindsNamed are the kinds of organisation of kindFits (data/classes.tsv).
var kindsNamed = wordSet("kindsnamed")

// kindFits reports whether organisation e may be the one a text calls by
// the noun of its kind ("the council's director", "the charity's chair"):
// any organisation for a noun of a firm or a club; for a kind of
// kindsNamed, only one whose name holds the noun, or that the text calls by
// it again ("the union said"), or whose name the noun comes right before
// ("the homelessness charity Shelter North"). refs holds the text's tally.
func kindFits(doc *hearsay.Document, noun string, e int, refs *kindRefTally) bool {
	if noun == "" || !kindsNamed[noun] {
		return true
	}
	if slices.Contains(strings.Fields(strings.ToLower(doc.Entities[e].Name)), noun) {
		return true
	}
	if !refs.made {
		refs.count(doc.Text)
	}
	for _, c := range refs.counts {
		if c.noun == noun && c.n >= 2 {
			return true
		}
	}
	for _, k := range doc.Entities[e].Mentions {
		if k < 0 || k >= len(doc.Mentions) {
			continue
		}
		if before := strings.TrimRight(doc.Text[:doc.Mentions[k].Start], " "); len(before) > len(noun) && strings.EqualFold(before[len(before)-len(noun):], noun) && !isWordByte(before[len(before)-len(noun)-1]) {
			return true
		}
	}
	return false
}

// coordinatedPost returns, for a post that starts at unit u after "and"
// and a first post ("the party's deputy leader and shadow health
// secretary"), the unit of the first post right after the possessive, or
// -1 when no possessive opens the pair within a few plain words.
func coordinatedPost(s *sent, u int) int {
	if u < 2 || s.units[u-1].word != "and" {
		return -1
	}
	for k := u - 2; k >= 2 && k >= u-5; k-- {
		if w := s.units[k-1].word; w == "'s" || w == "’s" {
			return k
		}
		if x := &s.units[k]; x.ment != -1 || x.boundary || x.word == "," {
			return -1
		}
	}
	return -1
}

// nounOrgs gives a post or membership whose organisation the names stage
// read as the bare noun of a title ("Council leader X": "Council") the
// one organisation of the article whose name holds that noun ("Kelsworth
// District Council").
func nounOrgs(doc *hearsay.Document, raws []*raw, orgNouns map[string]bool) {
	for _, rw := range raws {
		nounOrg(doc, &rw.f, orgNouns)
	}
}

// nounOrg does for one fact what nounOrgs does.
func nounOrg(doc *hearsay.Document, f *hearsay.Fact, orgNouns map[string]bool) {
	a := f.Args
	var k int
	switch {
	case postTypes.has(f.Type) && len(a) == 3:
		k = 2
	case f.Type == "member_of" && len(a) == 2:
		k = 1
	default:
		return
	}
	if a[k].Entity < 0 || a[k].Entity >= len(doc.Entities) {
		return
	}
	var buf [64]byte
	lowered := appendLower(buf[:0], strings.TrimPrefix(doc.Entities[a[k].Entity].Name, "The "))
	if !orgNouns[string(lowered)] && !bodyNouns[string(lowered)] && !houseNouns[string(lowered)] && !orgKindNouns[string(lowered)] {
		return
	}
	noun := string(lowered)
	found := -1
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if i == a[k].Entity || e.Type != hearsay.Org || !slices.Contains(strings.Fields(strings.ToLower(e.Name)), noun) {
			continue
		}
		if found >= 0 {
			return // several: the text does not say which
		}
		found = i
	}
	if found < 0 && houseNouns[noun] {
		found = houseOrg(doc) // "Club captain X" opening a sentence: the club the article is about
	}
	if found >= 0 {
		f.Args[k] = entArg(doc, found)
	}
}

// bodyNouns name public bodies by their kind ("Council", "Department").
var bodyNouns = wordSet("bodynouns")

// bodyNamed returns the body of members (bodies: last word of its name →
// the post of a member) whose member's post the role is, when the article
// names it as an organisation ("the Senate" for a state senator), or -1.
func bodyNamed(doc *hearsay.Document, role string, bodies map[string]string) int {
	role = strings.ToLower(role)
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type != hearsay.Org {
			continue
		}
		ws := strings.Fields(strings.ToLower(e.Name))
		if len(ws) == 0 {
			continue
		}
		if post, ok := bodies[ws[len(ws)-1]]; ok && (role == post || strings.HasSuffix(role, " "+post) || councilPosts[role] && post == "council member") {
			return i
		}
	}
	return -1
}

// councilPosts name a council member's post in other words.
var councilPosts = wordSet("councilposts")

// namedOrg returns the organisation that the article's posts name only in
// words, when the names stage has not recognised it ("Castlegate Athletic
// have sacked manager X"): the one such name the posts read before (by the
// mention stage) give, or "" when they give none or several.
func namedOrg(doc *hearsay.Document, raws []*raw) string {
	found := ""
	see := func(f hearsay.Fact) bool {
		if len(f.Args) != 3 || f.Args[2].Entity >= 0 || f.Args[2].Literal == "" || stateOffice(f.Args[1].Literal) {
			return true
		}
		switch f.Type {
		case "position_held", "appointed", "resigned", "dismissed":
		default:
			return true
		}
		lit := f.Args[2].Literal
		switch {
		case found == "" || len(lit) > len(found) && partOfName(found, lit):
			found = lit
		case len(lit) <= len(found) && partOfName(lit, found):
		default:
			return false
		}
		return true
	}
	for _, f := range doc.Facts {
		if !see(f) {
			return ""
		}
	}
	for _, rw := range raws {
		if !rw.echo && !see(rw.f) {
			return ""
		}
	}
	return found
}

// partOfName reports whether short is the whole of name or its first or
// last words ("Athletic" of "Castlegate Athletic").
func partOfName(short, name string) bool {
	s, n := strings.ToLower(short), strings.ToLower(name)
	return s == n || strings.HasPrefix(n, s+" ") || strings.HasSuffix(n, " "+s)
}

// onlyOrg returns the one organisation the document names (outlets and
// platforms aside: "She joined the family company in 2019", with Ashcombe
// Hotels named once), or -1 when it names none or several.
func onlyOrg(doc *hearsay.Document) int {
	found := -1
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type != hearsay.Org || e.Kind == "outlet" || e.Kind == "platform" {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// bandNouns are the words that, right before a name, say it is a band
// ("indie band The Tin Larks", "the folk trio Hallow Reed"), and that after
// "the" refer back to it ("joined the band in 2004").
var bandNouns = []string{"band", "duo", "trio", "quartet", "quintet", "outfit", "four-piece", "five-piece", "three-piece", "six-piece"}

// bandFor returns the band a member_of fact rw leaves open stands for when
// its sentence says "the band" (or "the group", "the trio" ...) and the
// article names exactly one name as a band ("indie band The Tin Larks"),
// however often, and it is an organisation; -1 otherwise.
func bandFor(doc *hearsay.Document, rw *raw) int {
	if rw.s == nil || rw.s.idx < 0 || rw.s.idx >= len(doc.Sentences) {
		return -1
	}
	sp := doc.Sentences[rw.s.idx].Span
	if sp.End > len(doc.Text) || sp.Start > sp.End || !refersToBand(strings.ToLower(doc.Text[sp.Start:sp.End])) {
		return -1
	}
	found, _ := namedBand(doc)
	return found
}

// refersToBand reports whether a lowered sentence says "the band", "the
// group" or "the N" for a noun of bandNouns, as words.
func refersToBand(s string) bool {
	return mentionsBandNoun(s, append([]string{"group"}, bandNouns...))
}

// mentionsBandNoun reports whether a lowered text says "the N" for one of
// nouns, as words.
func mentionsBandNoun(s string, nouns []string) bool {
	for _, n := range nouns {
		for k := 0; ; {
			i := strings.Index(s[k:], "the "+n)
			if i < 0 {
				break
			}
			i += k
			end := i + len("the "+n)
			if (i == 0 || !isLetter(s[i-1])) && (end == len(s) || !isLetter(s[end])) {
				return true
			}
			k = end
		}
	}
	return false
}

// namedAsBand reports whether the text before a name ends with a noun of
// bandNouns ("rock band ", "the folk trio ").
func namedAsBand(before string) bool {
	w := trailingWord(before)
	if strings.EqualFold(w, "the") {
		w = trailingWord(before[:len(strings.TrimRight(before, " "))-len(w)]) // "folk trio The Marram Larks"
	}
	return slices.Contains(bandNouns, strings.ToLower(w))
}

// bandAppositive reports whether the text after a name sets a band noun
// in apposition to it within three words (", the Glasgow four-piece",
// ", a folk trio from Cork").
func bandAppositive(after string) bool {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return false
	}
	ws := strings.Fields(strings.ToLower(rest))
	if len(ws) == 0 || ws[0] != "the" && ws[0] != "a" && ws[0] != "an" {
		return false
	}
	for _, w := range ws[1:min(len(ws), 4)] {
		w = strings.TrimRight(w, ",.;:!?'\"")
		if slices.Contains(bandNouns, w) {
			return true
		}
	}
	return false
}

// trailingWord returns the last word of s, spaces after it left out.
func trailingWord(s string) string {
	w := strings.TrimRight(s, " ")
	if i := strings.LastIndexAny(w, " \n("); i >= 0 {
		w = w[i+1:]
	}
	return w
}

// describesOnly reports whether every mention of entity e stands in a
// description of a person set off by a comma right after the person's name
// ("Marcus Grant, managing director of the haulier Redfell Freight, was
// elected president"; "Ana Ruiz, 41, who chairs Lowmoor Water, ..."): an
// organisation told only to say who someone is is not the one the article
// is about.
func describesOnly(doc *hearsay.Document, e int) bool {
	return describedWith(doc, e, doc.Entities[e].Mentions)
}

// inPersonDescription reports whether mention m closes a stretch without
// commas that opens with a comma right after a person's mention (an age
// between allowed: "X, 52, chief executive of Y,") and is itself followed
// by a comma, the stretch saying more than the organisation's name: a
// description with a post or a tie of its own to the organisation.
func inPersonDescription(doc *hearsay.Document, m *hearsay.Mention) bool {
	if m.Sentence < 0 || m.Sentence >= len(doc.Sentences) || m.End > len(doc.Text) {
		return false
	}
	sent := doc.Sentences[m.Sentence].Span
	if m.Start < sent.Start || m.End > sent.End {
		return false
	}
	if !strings.HasPrefix(strings.TrimLeft(doc.Text[m.End:min(len(doc.Text), sent.End)], " "), ",") {
		return false
	}
	c := strings.LastIndexByte(doc.Text[sent.Start:m.Start], ',')
	if c < 0 {
		return false
	}
	c += sent.Start
	switch strings.ToLower(strings.TrimSpace(doc.Text[c+1 : m.Start])) {
	case "", "the", "a", "an":
		return false // "Captain X, the Border Rifles,": the organisation is all the description says
	}
	before := strings.TrimRight(doc.Text[sent.Start:c], " ")
	if k := strings.LastIndexByte(before, ','); k >= 0 && allDigits(strings.TrimSpace(before[k+1:])) {
		c = sent.Start + k // ", 52," an age before the description
		before = strings.TrimRight(doc.Text[sent.Start:c], " ")
	}
	end := sent.Start + len(before)
	for i := range doc.Mentions {
		p := &doc.Mentions[i]
		if p.Sentence == m.Sentence && p.End == end && p.Type == hearsay.Person {
			return true
		}
	}
	return false
}

// newsOrg reports whether an organisation is a news outlet, agency or
// platform ("The Associated Press", "Us Weekly"): the article's source or
// dateline, never the employer of a post the text leaves open ("director
// Sam Whitlock"); "AP reporter X" names it outright and is read elsewhere.
func newsOrg(e hearsay.Entity) bool {
	switch e.Kind {
	case "outlet", "agency", "platform":
		return true
	}
	return false
}

// subjectOrg returns the organisation (for an office of state, the place)
// that opens the sentence of a post whose organisation the text leaves
// open, as the subject of its clause ("Cascadia said Chief Financial Officer
// Owen Haldane would ...", "New Zealand has recalled its ambassador ...,
// Foreign Minister Hemi Tawhirangi said"): the sentence's first name, before
// the post, read before the article's most mentioned one. A dateline in
// capitals and a news outlet are passed over; -1 when the sentence opens
// with any other name.
func subjectOrg(doc *hearsay.Document, rw *raw, state bool) int {
	if rw.s == nil || rw.f.Trigger.Start <= 0 {
		return -1
	}
	want := hearsay.Org
	if state {
		want = hearsay.Place
	}
	from := doc.Sentences[rw.s.idx].Start
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Sentence != rw.s.idx || m.Entity < 0 {
			continue
		}
		if m.Start >= rw.f.Trigger.Start || m.Kind != hearsay.NameMention {
			return -1 // "She practiced law in Rutland before Gov. Philip Hoke appointed her"
		}
		e := doc.Entities[m.Entity]
		if newsOrg(e) || m.Type == hearsay.Place && strings.ToUpper(m.Text) == m.Text {
			from = m.End
			continue // "WELLINGTON, Nov 20 (Reuters) -"
		}
		if e.Type != want || m.Start < from || !opensClause(doc.Text[from:m.Start]) {
			return -1
		}
		return m.Entity
	}
	return -1
}

// opensClause reports whether the text before a name leaves it the subject
// of its sentence: nothing, "The", or the end of a dateline ("Nov 20
// (Reuters) - ").
func opensClause(before string) bool {
	b := strings.TrimSpace(before)
	if i := strings.LastIndexAny(b, "-–—"); i >= 0 && i >= len(b)-len("— The") {
		b = strings.TrimSpace(b[i+1:])
	}
	return b == "" || b == "The" || b == "the"
}

// teamPosts gives a post whose organisation is a place (or a country the
// names stage took for an organisation) the text follows with a team's name ("head coach of the Republic of Ireland women's team")
// that whole name (data/teamwords.txt): the team, not the country. It reads
// the mentions of the post's sentence from the sentences' index.
func teamPosts(doc *hearsay.Document, raws []*raw, words map[string]bool) {
	for _, rw := range raws {
		a := rw.f.Args
		if !postTypes.has(rw.f.Type) || len(a) != 3 || a[2].Entity < 0 || rw.s == nil || doc.Entities[a[2].Entity].Type != hearsay.Place && doc.Entities[a[2].Entity].Type != hearsay.Org {
			continue
		}
		for _, ix := range rw.s.mentionsOf(rw.s.idx) {
			m := &doc.Mentions[ix]
			if m.Entity != a[2].Entity || m.Kind != hearsay.NameMention {
				continue
			}
			if team := teamAfter(doc.Text, m.Start, m.End, words); team != "" {
				rw.f.Args[2] = hearsay.Arg{Entity: -1, Literal: team}
				break
			}
		}
	}
}

// articleTeam returns the one team (data/teamwords.txt) the posts name as
// their organisation ("head coach of the Republic of Ireland women's
// team"), or "" when they name none or several.
func articleTeam(raws []*raw, words map[string]bool) string {
	found := ""
	for _, rw := range raws {
		a := rw.f.Args
		if !postTypes.has(rw.f.Type) || len(a) != 3 || a[2].Entity >= 0 || a[2].Literal == "" {
			continue
		}
		lit := a[2].Literal
		if !words["head:"+strings.ToLower(lit[strings.LastIndexByte(lit, ' ')+1:])] {
			continue
		}
		if found != "" && found != lit {
			return ""
		}
		found = lit
	}
	return found
}

// teamCaptain reports whether a role is a team's captain ("captain",
// "vice-captain"), not a rank of a force ("fire captain").
func teamCaptain(role string) bool { return captainRoles[role] }

// captainRoles are the roles of teamCaptain (data/classes.tsv).
var captainRoles = wordSet("captainroles")

// teamAfter returns the team's name a place named at text[start:end] begins
// ("Republic of Ireland women's team"), or "" when no team noun of words
// follows within two modifiers, or the place is a possessive ("Norway's
// under-23 side" is a post of Norway's, as the gold conventions write it).
func teamAfter(text string, start, end int, words map[string]bool) string {
	rest := text[end:]
	if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return "" // "has coached Norway's under-23 side": a post of the country's
	}
	var ws [2]string // the modifiers read so far (no more than two are)
	i := 0
	for w := range strings.FieldsSeq(rest[:min(len(rest), 40)]) {
		lw := strings.ToLower(strings.TrimRight(w, ".,;:"))
		if words["head:"+lw] && i > 0 { // "England squad" alone stays the country's
			return text[start:end] + " " + strings.Join(ws[:i], " ") + " " + strings.TrimRight(w, ".,;:")
		}
		if i >= 2 || !words["mod:"+lw] && !underAge(lw) || strings.TrimRight(w, ".,;:") != w {
			return ""
		}
		ws[i] = w
		i++
	}
	return ""
}

// underAge reports whether a word names an age group ("under-23", "u21").
func underAge(w string) bool {
	for _, p := range []string{"under-", "u-", "u"} {
		if n, ok := strings.CutPrefix(w, p); ok && n != "" && strings.Trim(n, "0123456789") == "" {
			return true
		}
	}
	return false
}

// dropAppointers removes a post read with the organisation that opens the
// sentence as its subject when the same sentence gives the same person the
// same role "of" another organisation ("The Football Association of Ireland
// has named X as head coach of the Republic of Ireland women's team"): the
// subject names, the post is the other's.
func dropAppointers(doc *hearsay.Document, raws []*raw) []*raw {
	type key struct {
		typ          string
		person, sent int
		role         string
	}
	ofOrg := map[key]int{} // the organisation named right after "of" for the post
	for _, rw := range raws {
		if a := rw.f.Args; postTypes.has(rw.f.Type) && len(a) == 3 && a[0].Entity >= 0 && a[2].Entity >= 0 && rw.s != nil && namedAfter(doc, rw, a[2].Entity, " of ") {
			ofOrg[key{rw.f.Type, a[0].Entity, rw.s.idx, a[1].Literal}] = a[2].Entity
		}
	}
	if len(ofOrg) == 0 {
		return raws
	}
	out := make([]*raw, 0, len(raws))
	for _, rw := range raws {
		if a := rw.f.Args; postTypes.has(rw.f.Type) && len(a) == 3 && a[0].Entity >= 0 && a[2].Entity >= 0 && rw.s != nil {
			if o, ok := ofOrg[key{rw.f.Type, a[0].Entity, rw.s.idx, a[1].Literal}]; ok && o != a[2].Entity && subjectOrg(doc, rw, false) == a[2].Entity {
				continue
			}
		}
		out = append(out, rw)
	}
	return out
}

// namedAfter reports whether entity e is named in the sentence of rw right
// after the word w (" of ", with "the" between or not).
func namedAfter(doc *hearsay.Document, rw *raw, e int, w string) bool {
	from := doc.Sentences[rw.s.idx].Start
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Sentence != rw.s.idx || m.Entity != e || m.Kind != hearsay.NameMention {
			continue
		}
		before := strings.TrimSuffix(strings.ToLower(doc.Text[min(max(from, m.Start-8), m.Start):m.Start]), "the ")
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// underOffices gives a post held "under" an office holder ("a former deputy
// secretary of education under Gov. Harlan Tewkesbury", "chief of staff
// under President Ana Ruiz") the place of that holder's office of state: a
// post in their government, not one of the organisation the article is
// about. A post whose organisation is named between the role and "under"
// ("director of the Ostrel Museum under Mayor X") keeps it.
func underOffices(doc *hearsay.Document, raws []*raw) {
	office := map[int]int{} // office holder -> the place of the office
	see := func(f *hearsay.Fact) {
		if a := f.Args; postTypes.has(f.Type) && len(a) == 3 && a[0].Entity >= 0 && a[2].Entity >= 0 && stateOffice(a[1].Literal) && doc.Entities[a[2].Entity].Type == hearsay.Place {
			office[a[0].Entity] = a[2].Entity
		}
	}
	for i := range doc.Facts {
		see(&doc.Facts[i])
	}
	for _, rw := range raws {
		if !rw.echo {
			see(&rw.f)
		}
	}
	if len(office) == 0 {
		return
	}
	for i := range doc.Facts {
		underOffice(doc, &doc.Facts[i], office)
	}
	for _, rw := range raws {
		underOffice(doc, &rw.f, office)
	}
}

// underOffice does for one fact what underOffices does.
func underOffice(doc *hearsay.Document, f *hearsay.Fact, office map[int]int) {
	a := f.Args
	if !postTypes.has(f.Type) || len(a) != 3 || a[0].Entity < 0 || a[1].Literal == "" || f.Trigger.End <= 0 || f.Trigger.End > len(doc.Text) {
		return
	}
	if _, ok := office[a[0].Entity]; ok {
		return // the holder's own office
	}
	rest := doc.Text[f.Trigger.End:min(len(doc.Text), f.Trigger.End+48)]
	u := strings.Index(rest, " under ")
	if u < 0 || strings.ContainsAny(rest[:u], ",;.()") {
		return
	}
	from := f.Trigger.End + u + len(" under ")
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Start < from || m.Kind != hearsay.NameMention || m.Entity < 0 {
			continue
		}
		if m.Start > from+24 || strings.ContainsAny(doc.Text[from:m.Start], ",;()") {
			return
		}
		if m.Type != hearsay.Person {
			if m.Entity == a[2].Entity {
				return
			}
			continue
		}
		place, ok := office[m.Entity]
		if !ok || a[2].Entity == place || a[2].Entity >= 0 && namedBetween(doc, a[2].Entity, f.Trigger.End, from) {
			return
		}
		f.Args[2] = entArg(doc, place)
		f.Derived, f.Reason = true, "a post held under an office holder is in that holder's government"
		return
	}
}

// namedBetween reports whether entity e is named in the text from start to
// end.
func namedBetween(doc *hearsay.Document, e, start, end int) bool {
	for ix := range doc.Mentions {
		if m := &doc.Mentions[ix]; m.Entity == e && m.Start >= start && m.End <= end {
			return true
		}
	}
	return false
}

// envoyPosts gives an envoy's post whose country is the place they are
// posted to ("has been ambassador in Santiago since 2022", "ambassador to
// Chile") the country the envoy represents: the one the person's other
// envoy posts name, else the one that opens the sentence as its subject
// ("New Zealand has recalled its ambassador to Chile"). A post with neither
// is left open, an echo: the place the envoy is posted to is never the
// post's.
func envoyPosts(doc *hearsay.Document, raws []*raw, envoys map[string]bool) {
	sender := map[int]int{}    // person -> the country their envoy posts name
	postedAt := map[int]bool{} // the places envoys are told as posted to
	var posted, others []*raw
	for _, rw := range raws {
		a := rw.f.Args
		if !postTypes.has(rw.f.Type) || len(a) != 3 || a[0].Entity < 0 || a[2].Entity < 0 || !envoyRole(a[1].Literal, envoys) {
			continue
		}
		if postedTo(doc, rw, a[2].Entity) {
			posted = append(posted, rw)
			postedAt[a[2].Entity] = true
			continue
		}
		others = append(others, rw)
	}
	for _, rw := range others {
		a := rw.f.Args
		if postedAt[a[2].Entity] && rw.f.Derived {
			posted = append(posted, rw) // "X, ambassador in Santiago ... His replacement, Y,": Y's post as derived from X's
			continue
		}
		if t := doc.Entities[a[2].Entity].Type; t == hearsay.Place || t == hearsay.Org {
			sender[a[0].Entity] = a[2].Entity
		}
	}
	sentTo := map[int]int{} // a place posted to -> the country of the envoy posted there
	for _, rw := range posted {
		a := rw.f.Args
		if c, ok := sender[a[0].Entity]; ok {
			sentTo[a[2].Entity] = c
		}
	}
	for _, rw := range posted {
		a := rw.f.Args
		c, ok := sender[a[0].Entity]
		if !ok {
			c, ok = sentTo[a[2].Entity] // the successor of an envoy to the same place represents the same country
		}
		if !ok {
			if c = subjectOrg(doc, rw, true); c < 0 || c == a[2].Entity {
				rw.f.Args[2], rw.echo = hearsay.Arg{Entity: -1}, true // "ambassador in Santiago": no post of Santiago's
				continue
			}
		}
		rw.f.Args[2] = entArg(doc, c)
		rw.f.Derived, rw.f.Reason = true, "an envoy's post is the country they represent, not where they are posted"
	}
}

// envoyRole reports whether a role is an envoy's (data/envoys.txt): one of
// the list, or one with a rank before it ("deputy ambassador", "acting
// consul general"); a "brand ambassador" is none.
func envoyRole(role string, envoys map[string]bool) bool {
	for _, rank := range envoyRanks {
		role = strings.TrimPrefix(role, rank)
	}
	return envoys[role]
}

// envoyRanks are the ranks that may stand before an envoy's post, each
// with the space after it.
var envoyRanks = spaced(wordList("envoyranks"), "", " ")

// postedTo reports whether entity e is named in the sentence of rw as the
// place an envoy is posted to: right after "to", "in" or "at" ("ambassador
// to Chile", "ambassador in Santiago", "envoy to the United Nations").
func postedTo(doc *hearsay.Document, rw *raw, e int) bool {
	if rw.s == nil {
		return false
	}
	from := doc.Sentences[rw.s.idx].Start
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Sentence != rw.s.idx || m.Entity != e || m.Kind != hearsay.NameMention {
			continue
		}
		before := strings.ToLower(doc.Text[min(max(from, m.Start-8), m.Start):m.Start])
		before = strings.TrimSuffix(before, "the ")
		if strings.HasSuffix(before, " to ") || strings.HasSuffix(before, " in ") || strings.HasSuffix(before, " at ") {
			return true
		}
	}
	return false
}

// polity returns the place that the offices of state the text names
// explicitly belong to ("elected mayor of Port Ellery"; a country the names
// stage took for an organisation counts), or -1: the place where the
// article's other offices are held ("served on the council"). A body of
// members (bodies: "the Senate") is where its members sit, not the polity
// of other offices ("Gov. X" is no governor of the Senate).
func polity(doc *hearsay.Document, raws []*raw, bodies map[string]string) int {
	count := map[int]int{}
	best := -1
	for _, rw := range raws {
		a := rw.f.Args
		if rw.echo || len(a) != 3 || !stateOffice(a[1].Literal) || a[2].Entity < 0 || doc.Entities[a[2].Entity].Type != hearsay.Place && doc.Entities[a[2].Entity].Type != hearsay.Org {
			continue
		}
		if ws := strings.Fields(strings.ToLower(doc.Entities[a[2].Entity].Name)); len(ws) > 0 && bodies[ws[len(ws)-1]] != "" {
			continue
		}
		if strings.Contains(a[1].Literal, "president") && doc.Entities[a[2].Entity].Type == hearsay.Org {
			continue // "president of the Ferndale Teachers Association": an association's head, no office of state
		}
		if rw.s.fromBefore(rw.f.Trigger.Start) {
			continue // "hired in 2022 from Clearwater, Fla., where he had been deputy city manager": a post elsewhere
		}
		count[a[2].Entity]++
		if best < 0 || count[a[2].Entity] > count[best] {
			best = a[2].Entity
		}
	}
	return best
}

// companyPresident reports whether a president's role is a company's when
// the article is about an organisation: "vice president", "president of
// brand"; and a "board president" (a board's, a school district's or a
// club's, never a state's) whatever the article is about.
func companyPresident(role string, org int) bool {
	return strings.HasPrefix(role, "board ") || org >= 0 && (strings.Contains(role, "vice president") || strings.HasPrefix(role, "president of "))
}

// orgHasPresident reports whether the text names a president of the
// organisation org ("The president of Tallowmere State University
// resigned"): a president the article leaves open is then the
// organisation's, not the country's.
func orgHasPresident(raws []*raw, org int) bool {
	if org < 0 {
		return false
	}
	for _, rw := range raws {
		if a := rw.f.Args; postTypes.has(rw.f.Type) && len(a) == 3 && a[2].Entity == org && strings.HasSuffix(a[1].Literal, "president") {
			return true
		}
	}
	return false
}

// stateOffice reports whether a role is an office of a country or city:
// it holds one of stateOffices, or "secretary" and one of stateSecretaries.
// A shadow post is none: the opposition party gives it ("the party's
// shadow health secretary").
func stateOffice(role string) bool {
	if strings.HasPrefix(role, "shadow ") || companyChief(role) {
		return false
	}
	if stateOfficeSet.in(role) {
		return true
	}
	if !strings.Contains(role, "secretary") {
		return false // every one of stateSecretaries holds it
	}
	return stateSecretarySet.in(role)
}

// companyChiefs are the words after "chief" of a company's officers
// (data/classes.tsv companychiefs): "deputy chief executive" is a
// company's post, where "deputy chief" alone is a police or fire
// service's.
var companyChiefs = wordSet("companychiefs")

// companyChief reports whether a role names a company's chief officer
// ("deputy chief executive", "deputy chief operating officer").
func companyChief(role string) bool {
	_, after, ok := strings.Cut(role, "chief ")
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(after, " ")
	return companyChiefs[w]
}

// stateOfficeSet and stateSecretarySet are stateOffices and
// stateSecretaries for a search of every word at once.
var stateOfficeSet, stateSecretarySet = newSubstrings(stateOffices), newSubstrings(stateSecretaries)

// substrings is a set of non-empty strings indexed by their first byte, to
// ask whether a text holds one of them in one pass over the text instead
// of one search per string.
type substrings struct {
	byFirst [256][]string
}

// newSubstrings indexes ws, none of which may be empty.
func newSubstrings(ws []string) *substrings {
	out := &substrings{}
	for _, w := range ws {
		if w == "" {
			panic("fact: an empty string in a set of substrings")
		}
		out.byFirst[w[0]] = append(out.byFirst[w[0]], w)
	}
	return out
}

// in reports whether text holds one of the strings (strings.Contains of
// any of them).
func (set *substrings) in(text string) bool {
	for i := 0; i < len(text); i++ {
		for _, w := range set.byFirst[text[i]] {
			if strings.HasPrefix(text[i:], w) {
				return true
			}
		}
	}
	return false
}

// nationalOffice reports whether a role is an office of a country's
// government: a minister's, a secretary of state's (stateSecretaries) or a
// chancellor's.
func nationalOffice(role string) bool {
	if strings.Contains(role, "minister") && !strings.Contains(role, "first minister") {
		return true
	}
	if strings.HasPrefix(role, "chancellor") {
		return !strings.Contains(role, "vice") && !strings.Contains(role, "pro-")
	}
	return strings.Contains(role, "secretary") && stateSecretarySet.in(role)
}

// mostNamedCountry returns the country of the article's government: the
// place whose name is one of the countries and not part of the role
// ("Scotland secretary") that holds most of the offices of state the text
// names with their country ("British Prime Minister X"), else the one
// named most often, by its name or by its people's ("Israeli officials",
// "the Israelis"); -1 when there is none.
func mostNamedCountry(doc *hearsay.Document, raws []*raw, countries map[string]bool, nations map[string]string, role string) int {
	best, bestScore := -1, 0
	var demonyms map[string]int // the times the text writes each country's nationality word, once counted
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type != hearsay.Place || !countries[strings.ToLower(e.Name)] || strings.Contains(role, strings.ToLower(e.Name)) {
			continue
		}
		if demonyms == nil {
			demonyms = demonymCounts(doc, nations)
		}
		score := len(e.Mentions) + demonyms[strings.ToLower(e.Name)]
		for _, f := range doc.Facts {
			if f.Type == "position_held" && len(f.Args) == 3 && f.Args[2].Entity == i && stateOffice(f.Args[1].Literal) {
				score += 100
			}
		}
		for _, rw := range raws {
			if a := rw.f.Args; !rw.echo && postTypes.has(rw.f.Type) && len(a) == 3 && a[2].Entity == i && nationalOffice(a[1].Literal) && !rw.f.Derived {
				score += 100
			}
		}
		if best < 0 || score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

// demonymCounts returns how many times the text writes each country's
// nationality word (nations: "Israeli", "the Israelis") outside a name,
// by the country's lowercased name.
func demonymCounts(doc *hearsay.Document, nations map[string]string) map[string]int {
	out := map[string]int{}
	m := 0
	for _, t := range doc.Tokens {
		for m < len(doc.Mentions) && doc.Mentions[m].End <= t.Start {
			m++
		}
		if m < len(doc.Mentions) && doc.Mentions[m].Start <= t.Start {
			continue // a token of a name ("Israeli Army") is that name's
		}
		w := strings.ToLower(t.Text)
		c := nations[w]
		if c == "" && strings.HasSuffix(w, "s") {
			c = nations[w[:len(w)-1]]
		}
		if c != "" && !strings.EqualFold(c, t.Text) {
			out[strings.ToLower(c)]++
		}
	}
	return out
}

// countryOffices and countryWords are the offices held only by a country's
// state besides nationalOffice's, and the words of a place's name that make
// it a country's (data/classes.tsv).
var countryOffices, countryWords = wordSet("countryoffices"), wordSet("countrywords")

// countryOffice reports whether a role is an office of a country's state
// alone: a president's, a prime minister's, a minister's (but a chief
// minister's, a state's), a secretary of state's or a chancellor's.
func countryOffice(role string) bool {
	if countryOffices[role] {
		return true
	}
	return nationalOffice(role) && !strings.Contains(role, "chief minister")
}

// isCountry reports whether entity e is a country: a listed one
// (listedCountry), a place the text presents as a country ("Karvenia, a
// country of ...", "the nation of Karvenia"), or one it gives an office of
// a country's state.
func isCountry(doc *hearsay.Document, raws []*raw, e int, countries map[string]bool) bool {
	return listedCountry(doc.Entities[e].Name, countries) || presentedCountry(doc, e) || holdsCountryOffice(raws, e)
}

// listedCountry reports whether a place's name is a country of the
// nationality list (countries), one of its other names ("Britain",
// "U.S."), or a name holding a word of countryWords ("the Karvenian
// Republic").
func listedCountry(name string, countries map[string]bool) bool {
	name = strings.ToLower(name)
	if countries[name] || otherCountryName(name) {
		return true
	}
	for _, w := range strings.Fields(name) {
		if countryWords[w] {
			return true
		}
	}
	return false
}

// namesCountry reports whether the article names a place that is a listed
// country (listedCountry): an article about real countries, where a place
// outside the list is no country.
func namesCountry(doc *hearsay.Document, countries map[string]bool) bool {
	for i := range doc.Entities {
		if doc.Entities[i].Type == hearsay.Place && listedCountry(doc.Entities[i].Name, countries) {
			return true
		}
	}
	return false
}

// holdsCountryOffice reports whether the text gives place e an office of a
// country's state in its own words ("Norland's transport minister"), not
// one filled in from the article.
func holdsCountryOffice(raws []*raw, e int) bool {
	for _, rw := range raws {
		if a := rw.f.Args; !rw.echo && !rw.f.Derived && postTypes.has(rw.f.Type) && len(a) == 3 && a[2].Entity == e && countryOffice(a[1].Literal) {
			return true
		}
	}
	return false
}

// holdsTownOffice reports whether the text gives place e an office of a
// city or a town in its own words ("elected mayor of Drayford"): a town,
// which holds no office of a country's state.
func holdsTownOffice(raws []*raw, e int) bool {
	for _, rw := range raws {
		if a := rw.f.Args; !rw.echo && postTypes.has(rw.f.Type) && len(a) == 3 && a[2].Entity == e && cityLevelOffice(strings.ToLower(a[1].Literal)) {
			return true
		}
	}
	return false
}

// presentedCountry reports whether the text calls a mention of e a country
// or a nation: in apposition after it (", a country", ", the nation") or
// before it ("the country of", "the nation of").
func presentedCountry(doc *hearsay.Document, e int) bool {
	for _, m := range doc.Entities[e].Mentions {
		if m < 0 || m >= len(doc.Mentions) {
			continue
		}
		mn := &doc.Mentions[m]
		after := strings.ToLower(doc.Text[mn.End:min(len(doc.Text), mn.End+14)])
		before := strings.ToLower(doc.Text[max(0, mn.Start-16):mn.Start])
		for _, noun := range []string{"country", "nation"} {
			if strings.HasPrefix(after, ", a "+noun) || strings.HasPrefix(after, ", the "+noun) || strings.HasSuffix(before, "the "+noun+" of ") {
				return true
			}
		}
	}
	return false
}

// stateOffices are the words of the offices of a country or city, but for
// secretaries (stateSecretaries).
var stateOffices = wordList("stateoffices")

// stateSecretaries are the secretaries' offices of a country, each holding
// "secretary".
var stateSecretaries = wordList("statesecretaries")

// salient returns the entity of type t the article is about: the most
// mentioned one (outlets excluded; at least two mentions, or for a place
// one possessive in the lede), where a mention in the headline or lede adds
// two ("Rovers sack manager ...").
func salient(doc *hearsay.Document, t hearsay.EntityType) int {
	best, n, second, total := -1, 1, 0, 0
	var refs kindRefTally // "the trust" and the like in the text, counted when an organisation first needs them
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type != t || e.Kind == "outlet" {
			continue
		}
		mentions := len(e.Mentions)
		if t == hearsay.Org {
			mentions += kindRefs(doc, e, &refs) // "joined the trust" names Marrowdale Rivers Trust again
		}
		score := mentions
		total += score
		if mentionedInLede(doc, *e) {
			score += 2
		}
		if mentions < 2 && (t != hearsay.Place || !possessiveInLede(doc, *e)) {
			second = max(second, score)
			continue // one mention is enough only for "Norland's transport minister" in the lede
		}
		if score > n {
			second = max(second, n)
			best, n = i, score
		} else {
			second = max(second, score)
		}
	}
	if best >= 0 && t == hearsay.Org && !aboutOne(len(doc.Entities[best].Mentions)+kindRefs(doc, &doc.Entities[best], &refs), n, second, total) {
		return -1
	}
	return best
}

// academicRank reports whether a role is a rank of a university teacher
// ("professor", "senior lecturer"), held at a place of learning only.
func academicRank(role string) bool {
	return academicRanks[strings.ToLower(role)]
}

// academicRanks are the ranks of academicRank (data/classes.tsv).
var academicRanks = wordSet("academicranks")

// academicOrg reports whether an organisation's name makes it a place of
// learning or research where academic ranks are held.
func academicOrg(name string) bool {
	n := strings.ToLower(name)
	for _, w := range academicWords {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// academicWords make the name of an organisation that holds one a place of
// learning.
var academicWords = wordList("academicwords")

// kindNouns end the names of organisations that the text goes on to call
// by that noun alone ("Marrowdale Rivers Trust" ... "joined the trust").
var kindNouns = wordSet("kindnouns")

// kindRefs counts the times the text calls an organisation by the noun that
// ends its name ("the trust", "the society's") besides naming it; refs
// holds the counts of the document's text.
func kindRefs(doc *hearsay.Document, e *hearsay.Entity, refs *kindRefTally) int {
	i := strings.LastIndexByte(e.Name, ' ')
	if i < 0 {
		return 0
	}
	var buf [32]byte
	noun := appendLower(buf[:0], e.Name[i+1:])
	if !kindNouns[string(noun)] {
		return 0
	}
	if !refs.made {
		refs.count(doc.Text)
	}
	for _, c := range refs.counts {
		if c.noun == string(noun) {
			return c.n
		}
	}
	return 0
}

// A kindRefTally holds, once made, how many times a text says "the N" for
// each noun N of kindNouns it says so with.
type kindRefTally struct {
	made   bool
	counts []nounCount
}

// A nounCount is a noun and a number of times.
type nounCount struct {
	noun string
	n    int
}

// count makes the tally of text in one pass: at each "the" followed by
// one space, in any case, that stands as a word, the ASCII letters after
// it (lowered) are a noun of kindNouns that a byte other than an ASCII
// letter or digit ends. That is where "the trust" stands as whole words
// in strings.ToLower(text) (whose occurrences cannot overlap where they
// count): only the dotted capital I and the Kelvin sign lower into ASCII
// letters from beyond ASCII, and a text with them is lowered first.
func (t *kindRefTally) count(text string) {
	t.made = true
	if strings.Contains(text, "\u0130") || strings.Contains(text, "\u212a") {
		text = strings.ToLower(text)
	}
	for at := 3; at < len(text); at += theSkip(text[at]) {
		if text[at] != ' ' || !asciiFoldEq(text[at-3:at], "the") || at > 3 && isWordByte(text[at-4]) {
			continue
		}
		end := at + 1
		for end < len(text) && isASCIILetter(text[end]) {
			end++
		}
		if end == at+1 || end < len(text) && isWordByte(text[end]) {
			continue
		}
		var buf [16]byte
		noun := appendLower(buf[:0], text[at+1:end])
		if !kindNouns[string(noun)] {
			continue
		}
		t.add(string(noun))
	}
}

// theSkip returns how far the space ending the next "the " (in any case)
// lies at least after byte c of the text: a letter of "the" may stand
// before it, any other byte (a space too) not within its four bytes.
func theSkip(c byte) int {
	switch c | 0x20 {
	case 'e':
		return 1
	case 'h':
		return 2
	case 't':
		return 3
	}
	return 4
}

// add counts one more of noun.
func (t *kindRefTally) add(noun string) {
	for i := range t.counts {
		if t.counts[i].noun == noun {
			t.counts[i].n++
			return
		}
	}
	t.counts = append(t.counts, nounCount{noun: noun, n: 1})
}

// isASCIILetter reports whether b is an ASCII letter.
func isASCIILetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// isWordByte reports whether b is a letter or digit of ASCII text.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 'A' && b <= 'Z'
}

// aboutOne reports whether an article that names organisations is about
// the one with the given number of mentions and score: it must lead the
// runner-up's score and hold a third of all their mentions. A round-up of
// moves across several firms ("Boardroom moves: ...", "people on the
// move") is about none of them, and a post it leaves without an
// organisation takes none.
func aboutOne(mentions, score, second, total int) bool {
	return score >= second+2 || score > second && 3*mentions >= total
}

// loneOrgBefore returns the organisation a sentence fronts before rw's
// trigger, named before any person and followed by a comma or a
// possessive, when it is the only one named there ("Over at the broker
// Trewithen Chartering, managing director X has been ousted"); -1 when
// there is none or more than one.
func loneOrgBefore(doc *hearsay.Document, rw *raw) int {
	if rw.s == nil || rw.f.Trigger.Start <= 0 {
		return -1
	}
	found, person := -1, false
	for _, ix := range rw.s.mentionsHere() {
		m := &doc.Mentions[ix]
		if m.Entity < 0 || m.Start >= rw.f.Trigger.Start {
			continue
		}
		e := &doc.Entities[m.Entity]
		if e.Type == hearsay.Person {
			person = true
		}
		if m.Kind != hearsay.NameMention || e.Type != hearsay.Org || newsOrg(*e) {
			continue
		}
		rest := doc.Text[m.End:min(len(doc.Text), m.End+3)]
		if person || found >= 0 && found != m.Entity || !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") {
			return -1
		}
		found = m.Entity
	}
	return found
}

// possessiveInLede reports whether entity e is named with a possessive in
// the document's first two sentences ("Norland's transport minister").
func possessiveInLede(doc *hearsay.Document, e hearsay.Entity) bool {
	for _, mi := range e.Mentions {
		if mi < 0 || mi >= len(doc.Mentions) {
			continue
		}
		m := doc.Mentions[mi]
		rest := doc.Text[m.End:min(len(doc.Text), m.End+4)]
		if m.Sentence < 2 && m.Kind == hearsay.NameMention && (strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")) {
			return true
		}
	}
	return false
}

// outletAbout returns the news outlet an article is about, or -1: the
// outlet is the first thing the opening sentence names, by its name, and
// the text names it again ("The Kelso Gazette has named Tom Reed as its new
// editor ... the Gazette"). A dateline's agency ("LONDON (Reuters) -") or an
// outlet that is only quoted later is no such outlet.
func outletAbout(doc *hearsay.Document) int {
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Sentence > 0 {
			break
		}
		if m.Entity < 0 {
			continue
		}
		e := &doc.Entities[m.Entity]
		if m.Kind != hearsay.NameMention || e.Type != hearsay.Org || e.Kind != "outlet" || len(e.Mentions) < 2 {
			return -1
		}
		return m.Entity
	}
	return -1
}

// mentionedInLede reports whether entity e is named in the document's first
// two sentences (the headline and the lede).
func mentionedInLede(doc *hearsay.Document, e hearsay.Entity) bool {
	for _, mi := range e.Mentions {
		if mi >= 0 && mi < len(doc.Mentions) && doc.Mentions[mi].Sentence < 2 && doc.Mentions[mi].Kind == hearsay.NameMention {
			return true
		}
	}
	return false
}

// marriageLengths dates a wedding from the length of the marriage when a
// split is told with it ("are divorcing after 27 years of marriage", "ended
// in divorce in 1975 after 14 years"): the wedding lies that many years
// before the split (or before the document date for a present split).
func marriageLengths(doc *hearsay.Document, raws []*raw) []*raw {
	out := raws
	for _, rw := range raws {
		if rw.echo || rw.f.Type != "separated" && rw.f.Type != "divorced" || len(rw.f.Args) != 2 {
			continue
		}
		n, ok := rw.s.yearsAfter()
		if !ok {
			n, ok = rw.s.marriageYears() // "ending their 10-year marriage"
		}
		if !ok || rw.f.Type == "separated" && !rw.s.has("marriage") && !rw.s.has("married") {
			continue
		}
		var t *hearsay.FactTime
		switch ft := rw.f.Time; {
		case ft == nil || ft.Value == "PRESENT_REF":
			iv := BirthFromAge(n, doc.DateString())
			if iv == nil {
				continue
			}
			t = &hearsay.FactTime{Earliest: iv.Earliest, Latest: iv.Latest, Timex: -1}
		case len(ft.Value) >= 4 && reYear.MatchString(ft.Value[:4]):
			y, _ := strconv.Atoi(ft.Value[:4])
			t = &hearsay.FactTime{Value: strconv.Itoa(y - n), Timex: -1}
		default:
			continue
		}
		reason := fmt.Sprintf("the marriage had lasted %d years when it ended", n)
		var m *raw
		dated := false
		key := hearsay.Fact{Type: "married", Args: rw.f.Args}
		for _, x := range out {
			if x.f.Type == "married" && !x.echo && sameArgs(x.f, key) {
				if m == nil {
					m = x
				}
				dated = dated || x.f.Time != nil && x.f.Polarity == hearsay.Pos
			}
		}
		if dated {
			continue // "the couple, who married in 2011": the text dates the wedding itself
		}
		if m == nil {
			cp := *rw
			cp.f.Type, cp.f.Sources, cp.f.Modality, cp.f.Polarity = "married", nil, hearsay.Asserted, hearsay.Pos
			cp.f.Evidence = []int{rw.s.idx}
			cp.pat = &pattern{typ: "married", line: rw.pat.line}
			out = append(out, &cp)
			m = &cp
		} else if m.f.Time != nil {
			continue
		}
		m.f.Time, m.f.Derived, m.f.Reason = t, true, reason
		m.f.Evidence = uniqueEvidence(append(m.f.Evidence, rw.s.idx))
	}
	return out
}

// togetherBefore starts an undated relationship of a couple from a dated
// engagement or wedding told "after N years together" ("announced their
// engagement in January after almost a decade together"): the couple had
// been together since N years before it.
func togetherBefore(raws []*raw, together [][]string) {
	for _, rw := range raws {
		if rw.echo || rw.s == nil || rw.f.Type != "engaged" && rw.f.Type != "married" || rw.f.Polarity != hearsay.Pos || len(rw.f.Args) != 2 {
			continue
		}
		t := rw.f.Time
		if t == nil || len(t.Value) < 4 || !reYear.MatchString(t.Value[:4]) {
			continue
		}
		n, ok := rw.s.yearsTogether(together)
		if !ok {
			continue
		}
		y, _ := strconv.Atoi(t.Value[:4])
		key := hearsay.Fact{Type: "dating", Args: rw.f.Args}
		for _, d := range raws {
			if d.f.Type == "dating" && !d.echo && (d.f.Time == nil || d.s == rw.s && sameTime(d.f.Time, t)) && d.f.Polarity == hearsay.Pos && sameArgs(d.f, key) {
				d.f.Time = &hearsay.FactTime{Start: strconv.Itoa(y - n), Timex: -1}
				d.f.Derived, d.f.Reason = true, fmt.Sprintf("the couple had been together %d years by the %s", n, rw.f.Type)
			}
		}
	}
}

// yearsTogether reads "after N years together" ("after almost a decade
// together", "after three years of dating": phrases from together) in the
// sentence.
func (s *sent) yearsTogether(together [][]string) (int, bool) {
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		if t.Type != hearsay.Duration {
			continue
		}
		mult := 1
		m := reYears.FindStringSubmatch(t.Value)
		if m == nil {
			m, mult = reDecades.FindStringSubmatch(t.Value), 10
		}
		if m == nil {
			continue
		}
		n, err := strconv.Atoi(m[1])
		if err != nil {
			continue
		}
		u, e := s.unitAt(t.Start), s.unitAt(t.End-1)
		after := u > 0 && s.units[u-1].word == "after" || strings.HasPrefix(strings.ToLower(t.Text), "after ")
		if after && e >= 0 && s.phraseAt(e+1, together) {
			return n * mult, true
		}
	}
	return 0, false
}

// phraseAt reports whether one of phrases (lowercased words) starts at unit
// u.
func (s *sent) phraseAt(u int, phrases [][]string) bool {
	for _, p := range phrases {
		if u+len(p) > len(s.units) {
			continue
		}
		ok := true
		for k, w := range p {
			if s.units[u+k].word != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// yearsAfter reads "after N years" in the sentence.
func (s *sent) yearsAfter() (int, bool) { return s.yearsWith("after") }

// marriageYears reads the length of a marriage told before the noun
// ("their 10-year marriage", "a 27-year marriage"), in whole years.
func (s *sent) marriageYears() (int, bool) {
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		n, ok := wholeYears(t.Value)
		if t.Type != hearsay.Duration || !ok {
			continue
		}
		if u := s.unitAt(t.End - 1); u >= 0 && u+1 < len(s.units) && s.units[u+1].word == "marriage" {
			return n, true
		}
	}
	return 0, false
}

// yearsWith reads a duration of whole years introduced by the preposition
// prep ("after N years", "for N years") in the sentence.
func (s *sent) yearsWith(prep string) (int, bool) {
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		n, ok := wholeYears(t.Value) // "for 15 years", "for two decades"
		if t.Type != hearsay.Duration || !ok {
			continue
		}
		u := s.unitAt(t.Start)
		if u > 0 && s.units[u-1].word == prep || strings.HasPrefix(strings.ToLower(t.Text), prep+" ") {
			return n, true
		}
	}
	return 0, false
}

// yearsWithNear reports whether the length yearsWith finds starts within
// three units after the trigger tr ("wife of 64 years"), or the trigger is
// unknown.
func (s *sent) yearsWithNear(prep string, tr hearsay.Span) bool {
	if tr.End <= tr.Start {
		return true
	}
	for _, ti := range s.tix() {
		t := s.doc.Timexes[ti]
		if _, ok := wholeYears(t.Value); t.Type != hearsay.Duration || !ok {
			continue
		}
		u, v := s.unitAt(t.Start), s.unitAt(tr.Start)
		if u > 0 && v >= 0 && u > v && u-v <= 3 && (s.units[u-1].word == prep || strings.HasPrefix(strings.ToLower(t.Text), prep+" ")) {
			return true
		}
	}
	return false
}

// marriedFor dates an undated marriage that the article says has lasted N
// years to the document's date ("have been married for 15 years", "her
// husband of 20 years"): the wedding fell N years before it. An engagement
// told by "her fiancé of two years" is dated alike.
func marriedFor(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		if rw.echo || rw.f.Type != "married" && rw.f.Type != "engaged" || rw.f.Time != nil || rw.f.Polarity != hearsay.Pos || len(rw.f.Args) != 2 || datedIn(raws, rw) {
			continue
		}
		s := rw.s
		n, ok := s.yearsWith("of")
		if ok && rw.noun && !s.yearsWithNear("of", rw.f.Trigger) {
			continue // "his wife of 64 years, Ann; daughter Kay (Dale) Moss": the length is of another marriage
		}
		if rw.f.Type == "engaged" && (!ok || !rw.noun) {
			continue // only "her fiancé of two years" tells when an engagement began
		}
		if !ok || !rw.noun {
			n, ok = s.yearsFor()
			if ok && !rw.noun && s.has("married") && (s.has("was") || s.has("were")) {
				untilDeath(raws, rw, n, 0) // "she was married for 58 years to X, who died in 2019"
				continue
			}
			if ok && s.has("married") && s.has("been") && s.has("had") && !s.reportedBefore(s.unitAt(rw.f.Trigger.Start)) {
				untilDeath(raws, rw, n, 2) // "Her husband died in 1989. The couple had been married for 42 years."
				continue
			}
			ok = ok && s.has("married") && s.has("been") && (s.has("has") || s.has("have") || s.has("'ve") || s.has("had") && s.reportedBefore(s.unitAt(rw.f.Trigger.Start)))
		}
		if !ok {
			continue
		}
		if y, ok := endedInYear(doc, raws, rw); ok && rw.noun {
			// "divorced Lily Rao, his wife of ten years, in 2020": the length runs up to the end
			// the sentence dates, not to the article's date
			rw.f.Time = &hearsay.FactTime{Value: strconv.Itoa(y - n), Timex: -1}
			rw.f.Derived = true
			rw.f.Reason = fmt.Sprintf("%s %d years when it ended in %d", rw.f.Type, n, y)
			continue
		}
		iv := BirthFromAge(n, doc.DateString())
		if iv == nil {
			continue
		}
		rw.f.Time = &hearsay.FactTime{Earliest: iv.Earliest, Latest: iv.Latest, Timex: -1}
		rw.f.Derived = true
		rw.f.Reason = fmt.Sprintf("%s %d years by the article's date", rw.f.Type, n)
	}
}

// endedInYear returns the year of a divorce or separation of rw's couple,
// or of the death of one of them, that rw's sentence tells and dates before
// the article's year ("divorced X, his wife of ten years, in 2020"): the
// end a length told with the marriage runs up to.
func endedInYear(doc *hearsay.Document, raws []*raw, rw *raw) (int, bool) {
	for _, m := range raws {
		if m.echo || m.s != rw.s || m.f.Time == nil || len(m.f.Time.Value) < 4 || !reYear.MatchString(m.f.Time.Value[:4]) || m.f.Polarity != hearsay.Pos {
			continue
		}
		switch m.f.Type {
		case "divorced", "separated":
			if !sameArgs(hearsay.Fact{Type: m.f.Type, Args: rw.f.Args}, m.f) {
				continue
			}
		case "died":
			if len(m.f.Args) != 1 || m.f.Args[0].Entity < 0 || m.f.Args[0].Entity != rw.f.Args[0].Entity && m.f.Args[0].Entity != rw.f.Args[1].Entity {
				continue
			}
		default:
			continue
		}
		if y, err := strconv.Atoi(m.f.Time.Value[:4]); err == nil && y < doc.Date.Year() {
			return y, true
		}
	}
	return 0, false
}

// untilDeath dates a past marriage of n years that ended with a death the
// sentence tells, or one of the before sentences before it ("She was
// married for 58 years to X, who died in 2019"; "Her husband died in 1989.
// The couple had been married for 42 years"): the wedding fell n years
// before the death.
func untilDeath(raws []*raw, rw *raw, n, before int) {
	for _, d := range raws {
		if d.echo || d.f.Type != "died" || d.s.idx > rw.s.idx || d.s.idx < rw.s.idx-before || d.f.Time == nil || d.f.Time.Value == "" || len(d.f.Args) != 1 || d.f.Polarity != hearsay.Pos {
			continue
		}
		if e := d.f.Args[0].Entity; e < 0 || e != rw.f.Args[0].Entity && e != rw.f.Args[1].Entity {
			continue
		}
		if y := yearsBefore(d.f.Time.Value[:min(4, len(d.f.Time.Value))], n); y != "" {
			rw.f.Time = &hearsay.FactTime{Value: y, Timex: -1}
			if lo, hi, ok := valueBounds(y); ok {
				rw.f.Time.Earliest, rw.f.Time.Latest = lo.Format(day), hi.Format(day)
			}
			rw.f.Derived = true
			rw.f.Reason = fmt.Sprintf("married %d years until a death in %s", n, d.f.Time.Value)
		}
		return
	}
}

// datingFor starts an undated relationship told by a partner's noun and
// its length ("her boyfriend of three years, X") that many years before
// the article's date, when the sentence gives no date of its own that the
// length might count from ("her boyfriend of two years proposed in 2019").
func datingFor(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		if rw.echo || rw.f.Type != "dating" || rw.f.Polarity != hearsay.Pos || !rw.noun || len(rw.f.Args) != 2 {
			continue
		}
		s := rw.s
		n, ok := s.yearsWith("of")
		if !ok {
			continue
		}
		if t := rw.f.Time; t != nil && t.Start == "" && t.End != "" {
			t.Start = yearsBefore(t.End, n) // "her boyfriend of three years ... split on Saturday"
			continue
		}
		if rw.f.Time != nil || datedIn(raws, rw) || s.hasDate() && !s.datesInYear(doc.Date.Year()) {
			continue // "her boyfriend of two years proposed in 2019": the length may count to that year
		}
		if y := yearsBefore(doc.DateString(), n); y != "" {
			rw.f.Time = &hearsay.FactTime{Start: y, Timex: -1}
			rw.f.Derived = true
			rw.f.Reason = fmt.Sprintf("together %d years by the article's date", n)
		}
	}
}

// datesInYear reports whether every date of the sentence falls in the year
// y ("married his partner of 11 years on Saturday"): a length counted to
// one of them starts in the same year as one counted to the article's date.
func (s *sent) datesInYear(y int) bool {
	for _, ti := range s.tix() {
		if t := s.doc.Timexes[ti]; t.Type == hearsay.Date && !strings.Contains(t.Value, "REF") && !strings.HasPrefix(t.Value, strconv.Itoa(y)) {
			return false
		}
	}
	return true
}

// hasDate reports whether the sentence has a time expression of a date.
func (s *sent) hasDate() bool {
	for _, ti := range s.tix() {
		if t := s.doc.Timexes[ti]; t.Type == hearsay.Date && !strings.Contains(t.Value, "REF") {
			return true
		}
	}
	return false
}

// foldLengthBounds folds a wedding known only by bounds from the length of
// the marriage ("have been married for nine years") into the wedding the
// article dates ("married in 2015"), when the date falls within the bounds:
// a couple marries once, and the date is what the text tells.
func foldLengthBounds(raws []*raw) []*raw {
	return foldTellings(raws, func(rw *raw) bool {
		t := rw.f.Time
		return !rw.echo && rw.s != nil && rw.f.Type == "married" && t != nil && t.Value == "" && t.Start == "" && t.End == "" && t.Earliest != "" && t.Latest != ""
	}, func(rw, m *raw) bool {
		if m.f.Type != "married" || m.f.Time == nil || m.f.Time.Value == "" || m.f.Polarity != rw.f.Polarity ||
			m.f.Modality != rw.f.Modality || !sameArgs(m.f, rw.f) {
			return false
		}
		lo, hi, ok := valueBounds(m.f.Time.Value)
		return ok && lo.Format(day) <= rw.f.Time.Latest && hi.Format(day) >= rw.f.Time.Earliest
	})
}

// childrenOfMarriage gives a child "from his first marriage" or "from that
// marriage" its other parent: the person the parent was married to then (the
// first spouse the article names, or the one former spouse).
func childrenOfMarriage(doc *hearsay.Document, raws []*raw) []*raw {
	out := raws
	for _, rw := range raws {
		if rw.echo || rw.f.Type != "parent_of" || len(rw.f.Args) != 2 || rw.f.Args[0].Entity < 0 || rw.f.Args[1].Entity < 0 {
			continue
		}
		if rw.pat == namedKinPattern && !marriageFollows(doc.Text, rw.f.Trigger.End) {
			continue // "in addition to his daughter, he is survived by a son from his first marriage": the marriage is the son's
		}
		found, first, past := rw.s.fromMarriage()
		if !found {
			continue
		}
		sp := formerSpouse(raws, rw.f.Args[0].Entity, first, past)
		if sp < 0 || sp == rw.f.Args[1].Entity {
			continue
		}
		key := hearsay.Fact{Type: "parent_of", Args: []hearsay.Arg{entArg(doc, sp), rw.f.Args[1]}}
		if slices.ContainsFunc(out, func(x *raw) bool { return x.f.Type == "parent_of" && sameArgs(x.f, key) }) {
			continue
		}
		cp := *rw
		cp.f.Args = key.Args
		cp.f.Derived = true
		cp.f.Reason = "a child of that marriage: the spouse is the other parent"
		out = append(out, &cp)
	}
	return out
}

// marriageFollows reports whether the text right after a description of a
// child places it in a marriage ("her daughter, from her first marriage,").
func marriageFollows(text string, end int) bool {
	rest := text[end:min(len(text), end+40)]
	rest = strings.TrimLeft(rest, ", ")
	if !strings.HasPrefix(rest, "from ") && !strings.HasPrefix(rest, "of ") {
		return false
	}
	if i := strings.IndexAny(rest, ",;."); i >= 0 {
		rest = rest[:i]
	}
	return strings.Contains(rest, " marriage")
}

// spouseParents gives a child of a married person ("his son, Dr. Chidi
// Okonkwo", where he is survived by his wife of 50 years) the spouse as its
// other parent, when the article gives the parent one spouse and no other
// partner, no end to the marriage, and the child no other parent, no birth
// before the wedding and no earlier marriage or relationship it comes from.
func spouseParents(doc *hearsay.Document, raws []*raw) []*raw {
	spouses := map[int]intSet{}  // by person: spouses
	wedYear := map[int]string{}  // by person: the year the marriage began, when told
	partners := map[int]intSet{} // by person: anyone in a relationship fact with them
	ended := map[int]bool{}      // people whose marriage or relationship the article ends
	parents := map[int]intSet{}  // by child: parents
	var pool intPool
	add := func(m map[int]intSet, a, b int) {
		m[a] = pool.addTo(m[a], b)
	}
	for _, rw := range raws {
		a := rw.f.Args
		if rw.echo || len(a) != 2 || a[0].Entity < 0 || a[1].Entity < 0 {
			continue
		}
		x, y := a[0].Entity, a[1].Entity
		switch rw.f.Type {
		case "married":
			if rw.f.Polarity == hearsay.Pos && (rw.f.Modality == hearsay.Asserted || rw.f.Modality == hearsay.Reported) {
				add(spouses, x, y)
				add(spouses, y, x)
				if yr := factYear(rw.f.Time); yr != "" {
					wedYear[x], wedYear[y] = yr, yr
				}
			}
			add(partners, x, y)
			add(partners, y, x)
		case "dating", "engaged", "affair", "expecting_child":
			add(partners, x, y)
			add(partners, y, x)
		case "divorced", "separated":
			ended[x], ended[y] = true, true
		case "parent_of":
			add(parents, y, x)
		}
	}
	out := raws
	for _, rw := range raws {
		a := rw.f.Args
		if rw.echo || rw.f.Type != "parent_of" || rw.f.Polarity != hearsay.Pos || len(a) != 2 || a[0].Entity < 0 || a[1].Entity < 0 || rw.s == nil {
			continue
		}
		p, c := a[0].Entity, a[1].Entity
		if len(spouses[p]) != 1 || len(partners[p]) != 1 || ended[p] || len(parents[c]) != 1 {
			continue
		}
		if found, _, _ := rw.s.fromMarriage(); found || rw.s.fromRelationship() || rw.s.formerPartner() {
			continue
		}
		sp := spouses[p][0]
		if sp == c || ended[sp] || len(partners[sp]) != 1 || parents[sp].has(c) {
			continue
		}
		if w, b := wedYear[p], bornBy(rw.f.Time); w != "" && b != "" && b < w {
			continue // born before the wedding: perhaps of an earlier relationship
		}
		if newlyWed(doc, wedYear[p], bornBy(rw.f.Time)) {
			continue // "the bride was given away by her son": a wedding of the news, a child from before it
		}
		cp := *rw
		cp.f.Args = []hearsay.Arg{entArg(doc, sp), a[1]}
		cp.f.Derived = true
		cp.f.Reason = "a child of a married person with no other partner: the spouse is the other parent"
		out = append(out, &cp)
		add(parents, c, sp)
	}
	return out
}

// newlyWed reports whether a marriage began in the article's year or the
// year before (wed, a year) and the child's birth year (born) is not told to
// fall after it: the child of one spouse is then no child of the other.
func newlyWed(doc *hearsay.Document, wed, born string) bool {
	if wed == "" || doc.Date.IsZero() || born != "" && born >= wed {
		return false
	}
	y, err := strconv.Atoi(wed)
	return err == nil && y >= doc.Date.Year()-1
}

// bornBy returns the year by which a child was born, from the time of its
// parent_of fact (its latest bound or its value), or "".
func bornBy(t *hearsay.FactTime) string {
	if t == nil {
		return ""
	}
	for _, v := range []string{t.Latest, t.Value} {
		if len(v) >= 4 && v[0] >= '0' && v[0] <= '9' {
			return v[:4]
		}
	}
	return ""
}

// formerPartner reports whether the sentence tells of a partner before the
// present one ("raised her three children alone after her first husband
// died", "his ex-wife", "her former partner"): a child it tells of may be
// that partner's.
func (s *sent) formerPartner() bool {
	for u := range s.units {
		w := s.units[u].word
		if kinLex.rel[w] && !kinLex.spouse[w] && !kinLex.kin[w] && !strings.HasPrefix(w, "then-") {
			return true // "ex-wife", "ex-boyfriend"
		}
		if u > 0 && kinLex.spouse[w] {
			switch s.units[u-1].word {
			case "first", "former", "previous", "earlier", "ex":
				return true
			}
		}
	}
	return false
}

// fromRelationship reports whether the sentence places a child in an
// earlier relationship ("from a previous relationship").
func (s *sent) fromRelationship() bool {
	for u := range s.units {
		x := &s.units[u]
		if x.word != "relationship" && x.word != "relationships" {
			continue
		}
		for k := u - 1; k >= 0 && k >= u-4; k-- {
			if w := s.units[k].word; w == "from" || w == "of" || w == "by" {
				return true
			}
		}
	}
	return false
}

// fromMarriage reports whether the sentence places a child in a marriage
// ("from his first marriage", "from that marriage", "of a previous
// marriage"), whether it is the first one, and whether it is one that came
// before another (first, previous, prior, earlier, former).
func (s *sent) fromMarriage() (found, first, past bool) {
	for u := range s.units {
		x := &s.units[u]
		if x.word != "marriage" {
			continue
		}
		for k := u - 1; k >= 0 && k >= u-4; k-- {
			switch s.units[k].word {
			case "first":
				first, past = true, true
			case "previous", "prior", "earlier", "former":
				past = true
			case "from", "of":
				return true, first, past
			}
		}
		first, past = false, false
	}
	return false, false, false
}

// formerSpouse returns the one person e was married to whose marriage the
// article tells as past (or the first of several, when first), or -1. A
// marriage that came before another (past: "from a previous marriage") is
// none of the one spouse the article tells of with no end: that one is the
// present spouse ("X, who has two children from a previous marriage,
// married Y").
func formerSpouse(raws []*raw, e int, first, past bool) int {
	var all, ended []int
	var firstSp int = -1
	firstTime := ""
	for _, rw := range raws {
		a := rw.f.Args
		if rw.echo || rw.f.Polarity != hearsay.Pos || rw.f.Modality == hearsay.Denied || len(a) != 2 || a[0].Entity < 0 || a[1].Entity < 0 {
			continue
		}
		if rw.f.Type != "married" && rw.f.Type != "divorced" || a[0].Entity != e && a[1].Entity != e {
			continue
		}
		other := a[0].Entity
		if other == e {
			other = a[1].Entity
		}
		if !slices.Contains(all, other) {
			all = append(all, other)
		}
		if (rw.f.Type == "divorced" || rw.f.Time != nil && rw.f.Time.End != "") && !slices.Contains(ended, other) {
			ended = append(ended, other)
		}
		if rw.f.Type == "married" && (rw.s.has("first") || rw.f.Time != nil && rw.f.Time.Value != "" && (firstTime == "" || rw.f.Time.Value < firstTime)) {
			if rw.s.has("first") {
				firstTime = "0"
			} else {
				firstTime = rw.f.Time.Value
			}
			firstSp = other
		}
	}
	switch {
	case first && firstSp >= 0:
		return firstSp
	case len(ended) == 1:
		return ended[0]
	case len(all) == 1 && !past:
		return all[0]
	}
	return -1
}

// datedIn reports whether the article gives a dated fact of the same type
// and people as rw (the undated mention then folds into it).
func datedIn(raws []*raw, rw *raw) bool {
	for _, m := range raws {
		if m != rw && !m.echo && m.f.Time != nil && m.f.Type == rw.f.Type && sameArgs(m.f, rw.f) {
			return true
		}
	}
	return false
}

// marriageSpans reads "was married to Y from 2014 to 2016" (a married fact
// given as a state) as a wedding at the start and, when it ends, a divorce
// at the end.
func marriageSpans(raws []*raw) []*raw {
	out := raws
	for _, rw := range raws {
		t := rw.f.Time
		if rw.f.Type != "married" || t == nil || t.Start == "" && t.End == "" {
			continue
		}
		if t.End != "" {
			cp := *rw
			cp.f.Type = "divorced"
			cp.f.Time = &hearsay.FactTime{Value: t.End, Mod: t.EndMod, Timex: -1}
			cp.f.Derived, cp.f.Reason = true, "the marriage ended then"
			cp.pat = &pattern{typ: "divorced", line: rw.pat.line}
			out = append(out, &cp)
		}
		if t.Start != "" {
			rw.f.Time = &hearsay.FactTime{Value: t.Start, Mod: t.StartMod, Timex: t.Timex}
			if lo, hi, ok := valueBounds(t.Start); ok && t.StartMod == "" {
				rw.f.Time.Earliest, rw.f.Time.Latest = lo.Format(day), hi.Format(day) // the wedding's day interval, as a dated wedding has
			}
		} else {
			rw.f.Time = nil
		}
	}
	return out
}

// complete keeps the facts whose arguments are all known.
func complete(raws []*raw) []*raw {
	out := make([]*raw, 0, len(raws))
	for _, rw := range raws {
		ok := true
		for _, a := range rw.f.Args {
			if a.Entity < 0 && a.Literal == "" {
				ok = false
			}
		}
		if ok {
			out = append(out, rw)
		}
	}
	return out
}

// datingEnds closes a relationship at the couple's split ("dated for four
// years; they split in 2018"; a split told as fact or reported by a source,
// not a rumour), and opens it N years before the end when the text gives its
// length ("for four years"). A wedding does not end it: the couple stays
// together, and a later split of the married couple ends the marriage.
func datingEnds(raws []*raw, together [][]string) {
	for _, d := range raws {
		if d.echo || d.f.Type != "dating" || len(d.f.Sources) > 0 || d.f.Time != nil && (d.f.Time.End != "" || d.f.Time.Value != "") || wedded(raws, d) {
			continue // the split of a married couple ends the marriage, not the courtship before it
		}
		var end *raw
		for _, e := range raws {
			if e.echo || e.f.Time == nil || e.f.Time.Value == "" || e.f.Time.Value == "PRESENT_REF" || len(e.f.Sources) > 0 && e.f.Modality != hearsay.Asserted && e.f.Modality != hearsay.Reported || e.f.Polarity != hearsay.Pos {
				continue
			}
			if e.f.Type != "separated" || !sameArgs(hearsay.Fact{Type: "dating", Args: e.f.Args}, d.f) {
				continue
			}
			if end == nil {
				end = e
			}
		}
		if end == nil {
			continue
		}
		if d.f.Time == nil {
			d.f.Time = &hearsay.FactTime{Timex: -1}
		}
		d.f.Time.End = end.f.Time.Value
		if d.f.Time.Start == "" {
			d.f.Time.Start = startTold(raws, d) // "her boyfriend" is the relationship that "began in 2019"
		}
		n, ok := d.s.yearsFor()
		if !ok {
			n, ok = end.s.yearsTogether(together) // "split last summer after two years together"
		}
		if ok && d.f.Time.Start == "" {
			d.f.Time.Start = yearsBefore(end.f.Time.Value, n)
		}
		d.f.Derived = true
		d.f.Reason = "the relationship ended with the split"
	}
}

// startTold returns the start the article gives another telling of
// relationship d (same couple, in the article's voice), or "".
func startTold(raws []*raw, d *raw) string {
	for _, m := range raws {
		if m != d && !m.echo && m.f.Type == "dating" && len(m.f.Sources) == 0 && m.f.Modality == d.f.Modality && m.f.Polarity == hearsay.Pos &&
			m.f.Time != nil && m.f.Time.Start != "" && sameArgs(m.f, d.f) {
			return m.f.Time.Start
		}
	}
	return ""
}

// wedded reports whether the article tells that the couple of relationship
// d married.
func wedded(raws []*raw, d *raw) bool {
	for _, m := range raws {
		if m.f.Type == "married" && m.f.Polarity == hearsay.Pos && sameArgs(hearsay.Fact{Type: "dating", Args: m.f.Args}, d.f) {
			switch m.f.Modality {
			case hearsay.Asserted, hearsay.Reported:
				return true
			}
		}
	}
	return false
}

// splitCourtships adds the relationship that a split told with its length
// ends ("called off their engagement in 2021 after two years together",
// "have quietly split after three years together, sources said"), when the
// article tells no other romance of the couple and no marriage: it began that
// many years before the split (or the document date, for a split told as
// news) and ended with it, with the split's modality, sources and evidence.
func splitCourtships(raws []*raw, together [][]string) []*raw {
	n0 := len(raws)
	for _, e := range raws[:n0] {
		a := e.f.Args
		if e.echo || e.s == nil || e.f.Type != "separated" || e.f.Polarity != hearsay.Pos || e.f.Time == nil || e.f.Time.Value == "" || len(a) != 2 || a[0].Entity < 0 || a[1].Entity < 0 {
			continue
		}
		if e.f.Modality != hearsay.Asserted && e.f.Modality != hearsay.Reported {
			continue
		}
		n, ok := e.s.yearsTogether(together)
		if !ok || coupleTold(raws, e) {
			continue
		}
		at, end := e.f.Time.Value, e.f.Time.Value
		if strings.Contains(at, "REF") {
			at, end = e.s.doc.DateString(), ""
		}
		sl := e.s.slab()
		f := sl.derived(e.f, "dating", fmt.Sprintf("together %d years before the split", n), a...)
		f.Time = sl.newTime(hearsay.FactTime{Start: yearsBefore(at, n), End: end, Timex: -1})
		raws = append(raws, sl.rawOf(raw{f: f, pat: e.pat, s: e.s, b: e.b, frame: e.frame}))
	}
	return raws
}

// coupleTold reports whether the article tells a romance, a marriage or a
// divorce of the couple the split e parts.
func coupleTold(raws []*raw, e *raw) bool {
	for _, m := range raws {
		switch m.f.Type {
		case "dating", "married", "divorced", "affair":
		default:
			continue
		}
		if len(m.f.Args) == 2 && sameArgs(hearsay.Fact{Type: m.f.Type, Args: e.f.Args}, m.f) {
			return true
		}
	}
	return false
}

// splitLengths reads a relationship told as a length in the sentence of the
// split that ends it ("have split after two years of dating", "split in 2018
// after four years together"), which takes the split's time as a point: it
// began that many years before the split (or the document date, for a split
// told as news) and ended with it.
func splitLengths(raws []*raw, together [][]string) {
	for _, d := range raws {
		if d.echo || d.s == nil || d.f.Type != "dating" || d.f.Time == nil || d.f.Time.Value == "" || d.f.Polarity != hearsay.Pos {
			continue
		}
		for _, e := range raws {
			if e.echo || e.s != d.s || e.f.Type != "separated" || e.f.Polarity != hearsay.Pos || e.f.Time == nil || !sameTime(e.f.Time, d.f.Time) ||
				!sameArgs(hearsay.Fact{Type: "dating", Args: e.f.Args}, d.f) {
				continue
			}
			n, ok := e.s.yearsTogether(together)
			if !ok {
				continue
			}
			at, end := e.f.Time.Value, e.f.Time.Value
			if strings.Contains(at, "REF") {
				at, end = d.s.doc.DateString(), ""
			}
			d.f.Time = &hearsay.FactTime{Start: yearsBefore(at, n), End: end, Timex: -1}
			d.f.Derived = true
			d.f.Reason = fmt.Sprintf("together %d years before the split", n)
			break
		}
	}
}

// yearsFor reads "for N years" in the sentence.
func (s *sent) yearsFor() (int, bool) { return s.yearsWith("for") }

// successions turns "X succeeded Y" into a position of Y: the office X holds
// or was appointed to in the article, ended when X's tenure began (for a
// handover in the past). The succession facts themselves are dropped.
func successions(doc *hearsay.Document, raws []*raw) []*raw {
	out := make([]*raw, 0, len(raws))
	for _, rw := range raws {
		if rw.f.Type != succeededType && rw.f.Type != succeedsType {
			out = append(out, rw)
		}
	}
	for _, rw := range raws {
		if rw.f.Type != succeededType && rw.f.Type != succeedsType || rw.echo || len(rw.f.Args) < 2 {
			continue
		}
		if a := rw.f.Args[0].Entity; a >= 0 && a < len(doc.Entities) && doc.Entities[a].Unnamed && doc.Entities[a].Type == hearsay.Person && !rw.pat.has("named") {
			continue // "her predecessor" read as someone the text never names: no office for them
		}
		if rw.pat.has("named") {
			if ap := namedSuccessor(doc, out, rw); ap != nil {
				out = append(out, ap)
			}
			continue
		}
		if ap := replacedOnLeaving(doc, out, rw); ap != nil {
			out = append(out, ap)
			continue
		}
		office := sentenceOffice(out, rw)
		if office == nil {
			office = successorOffice(out, rw.f.Args[0].Entity)
		}
		if office == nil {
			office = officeOf(knownOffices(doc), rw.f.Args[0].Entity) // "chief executive Janine Okoye"
		}
		if office != nil && formerPost(doc, office) {
			office = nil // "X, a former mayor, takes over from Y": the post X left, not the one taken
		}
		if office != nil && otherTitle(out, office, rw) {
			office = nil // "Y will be succeeded by assistant manager X": X takes Y's office, not Y X's
		}
		if office != nil && office.f.Type == "position_held" && len(office.f.Args) == 3 && understudyPost(office.f.Args[1].Literal) {
			office = nil // "Deputy editor X will replace Y": the post below the one taken
		}
		if office == nil {
			if ap := takenOffice(doc, out, rw); ap != nil {
				out = append(out, ap)
			} else if mb := takenPlace(doc, out, rw); mb != nil {
				out = append(out, mb)
			}
			continue
		}
		key := office.f
		key.Type = "position_held"
		key.Args = append([]hearsay.Arg{rw.f.Args[1]}, office.f.Args[1:]...)
		if office.f.Type == "position_held" {
			if title := ownTitle(out, rw); title != "" {
				key.Args[1] = hearsay.Arg{Entity: -1, Literal: title} // "He replaces Chief Linda Marsh": her own title, not the post he held
			}
		}
		if at := frontedOrg(doc, rw); at >= 0 && len(key.Args) == 3 {
			key.Args[2] = entArg(doc, at) // "At Ruddlestone she replaces X": the office there, not the one she leaves
		}
		if key.Args[0].Entity < 0 || holdsOtherAt(out, key.Args[0].Entity, key.Args[2], "", &rw.f) {
			if (rw.f.Type == succeededType || rw.f.Modality == hearsay.Asserted) && risingSuccessor(doc, out, office, rw) {
				if ap := takenOffice(doc, out, rw); ap != nil {
					out = append(out, ap) // "He will be succeeded by X, the chief operating officer": X takes his office, and leaves the one X holds
				}
			}
			continue
		}
		if stopGap(key.Args[1].Literal) {
			key.Args[1].Literal = permanentRole(key.Args[1].Literal) // an interim stands in for the holder of the post itself
		}
		cp := *rw
		cp.f.Type = "position_held"
		cp.f.Args = key.Args
		cp.f.Time = nil
		cp.f.Qualifiers = nil
		cp.pat = &pattern{typ: "position_held", line: rw.pat.line}
		if end := predecessorEnd(out, office, rw); end != "" {
			cp.f.Time = &hearsay.FactTime{End: end, Timex: -1}
		}
		cp.f.Derived = true
		cp.f.Reason = fmt.Sprintf("%s held the office %s took over", doc.Entities[key.Args[0].Entity].Name, doc.Entities[office.f.Args[0].Entity].Name)
		out = append(out, &cp)
	}
	return out
}

// risingSuccessor reports whether office, the post the successor of
// succession rw holds, is a post told as held (not a change) in the
// organisation of the predecessor's own office, or in one the text leaves
// open, while the predecessor holds another post there ("Stephen Aker, 49,
// the chief operating officer, will succeed him"): the successor rises to
// the predecessor's office. A post elsewhere ("takes over from X, owner of
// a bakery chain") says nothing of which office is handed on.
func risingSuccessor(doc *hearsay.Document, raws []*raw, office, rw *raw) bool {
	if office.f.Type != "position_held" || len(office.f.Args) != 3 || stopGap(office.f.Args[1].Literal) {
		return false // "Acting chief executive X replaced Y": an interim stands in for the holder, whose office it is
	}
	prev := officeOf(raws, rw.f.Args[1].Entity)
	if prev == nil {
		prev = officeOf(knownOffices(doc), rw.f.Args[1].Entity)
	}
	return prev != nil && len(prev.f.Args) == 3 && sameOrg(office.f.Args[2], prev.f.Args[2]) &&
		!strings.EqualFold(office.f.Args[1].Literal, prev.f.Args[1].Literal)
}

// ownTitle returns the title written before the predecessor's name in the
// sentence of succession rw ("He replaces Chief Linda Marsh"), or "" when the
// sentence gives none: the office the predecessor left, which a post the
// successor held before is not.
func ownTitle(raws []*raw, rw *raw) string {
	for _, m := range raws {
		if m.pat == titlePattern && m.s == rw.s && len(m.f.Args) == 3 && m.f.Args[0].Entity == rw.f.Args[1].Entity &&
			m.f.Args[1].Literal != "" && !rankRole(m.f.Args[1].Literal) && m.f.Qualifiers["note"] != "former" &&
			!standingPosts[strings.ToLower(m.f.Args[1].Literal)] {
			return m.f.Args[1].Literal // not "founder Paul Verne", who may have held the office handed on too
		}
	}
	return ""
}

// predecessorEnd returns when the predecessor's tenure in the office a
// succession rw hands over ended: the day of their own departure told
// with it ("succeeding X, who retired in June"), else, for a succession
// told in the past, the handover, and for one whose predecessor leaves in
// the same sentence ("X, who takes over on July 1, succeeds Y, who
// retires") or whose own clause dates the handover ("Y will be succeeded
// by X in June"), the start the text gives the successor's post; "" when
// the text tells neither.
func predecessorEnd(raws []*raw, office, rw *raw) string {
	if left := departureNear(raws, rw); left != nil {
		return left.Value
	}
	if rw.f.Type == succeededType {
		return handover(office, rw)
	}
	if t := office.f.Time; t != nil && t.Start != "" && !leaving(office.f.Type) && leavesWith(raws, rw) {
		return t.Start
	}
	return datedHandover(office, rw)
}

// datedHandover returns the day the successor takes the office when the
// succession rw's own clause gives it, as its appointment does ("X will be
// succeeded as chairman by Y in June"): the predecessor holds the office
// until then; "" otherwise.
func datedHandover(office, rw *raw) string {
	t, o := rw.f.Time, office.f.Time
	if t == nil || o == nil || t.Value == "" || strings.Contains(t.Value, "REF") || office.f.Type != "appointed" && office.f.Type != "elected" {
		return ""
	}
	if o.Value == t.Value || o.Start == t.Value {
		return t.Value
	}
	return ""
}

// leavesWith reports whether the predecessor of succession rw resigns or
// retires in the succession's own sentence ("X succeeds Y, who retires").
func leavesWith(raws []*raw, rw *raw) bool {
	if rw.s == nil || len(rw.f.Args) < 2 || rw.f.Args[1].Entity < 0 {
		return false
	}
	for _, d := range raws {
		if d.s == rw.s && leaving(d.f.Type) && d.f.Polarity == hearsay.Pos && d.f.Modality == hearsay.Asserted && len(d.f.Args) > 0 && d.f.Args[0].Entity == rw.f.Args[1].Entity {
			return true
		}
	}
	return false
}

// frontedOrg returns the organisation a sentence opens with after "At"
// ("At Ruddlestone she replaces Grant Ostby", "At the bank, he succeeds
// ..."): where what the sentence tells happens, a news outlet too (the
// network an anchor works at); -1 when none.
func frontedOrg(doc *hearsay.Document, rw *raw) int {
	if rw.s == nil {
		return -1
	}
	from := doc.Sentences[rw.s.idx].Start
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Sentence != rw.s.idx || m.Entity < 0 || m.Start < from {
			continue
		}
		b := strings.TrimSpace(doc.Text[from:m.Start])
		if m.Kind != hearsay.NameMention || doc.Entities[m.Entity].Type != hearsay.Org || b != "At" && b != "At the" {
			return -1
		}
		return m.Entity
	}
	return -1
}

// otherTitle reports whether office, the post the successor of the
// succession rw holds, is a title before the successor's name that names
// a deputy's or an assistant's post under the office the predecessor holds
// ("He will be succeeded by assistant manager Linda Marsh"): the successor
// takes the predecessor's office.
func otherTitle(raws []*raw, office, rw *raw) bool {
	if office.pat != titlePattern || len(office.f.Args) != 3 {
		return false
	}
	prev := officeOf(raws, rw.f.Args[1].Entity)
	if prev == nil || len(prev.f.Args) != 3 || prev.f.Args[1].Literal == "" {
		return false
	}
	title := office.f.Args[1].Literal
	if stopGap(title) {
		return false // "Acting chief executive X replaced Y": an interim stands in for the holder of the office itself
	}
	return strings.HasSuffix(strings.ToLower(title), " "+strings.ToLower(prev.f.Args[1].Literal))
}

// takenOffice turns a past succession whose successor has no office in the
// text into the successor's appointment to the predecessor's office ("the
// manager of Pines FC ... was replaced by Tom Hale in May"), dated by the
// succession; nil when the predecessor has no office either, or the
// succession has no date.
func takenOffice(doc *hearsay.Document, raws []*raw, rw *raw) *raw {
	if rw.f.Type == succeedsType {
		return comingOffice(doc, raws, rw)
	}
	if rw.f.Type != succeededType {
		return nil
	}
	dated := rw.f.Time != nil && rw.f.Time.Value != "" && !strings.Contains(rw.f.Time.Value, "REF")
	if !dated && (true || !risingTold(doc, raws, rw)) {
		return nil
	}
	prev := officeOf(raws, rw.f.Args[1].Entity)
	if prev == nil {
		prev = officeOf(knownOffices(doc), rw.f.Args[1].Entity)
	}
	if prev == nil || rw.f.Args[0].Entity < 0 || holdsOtherAt(withoutPostsBelow(raws, rw.f.Args[0].Entity, prev), rw.f.Args[0].Entity, prev.f.Args[2], prev.f.Args[1].Literal, nil) {
		return nil
	}
	if !dated {
		return appointedTo(doc, rw, prev, "%s took the office %s held", true) // "He was succeeded by X, then the chief operating officer": undated
	}
	if prev.f.Type == "position_held" && prev.s != nil && (prev.f.Time == nil || prev.f.Time.Value == "" && prev.f.Time.End == "") {
		if prev.f.Time == nil {
			prev.f.Time = &hearsay.FactTime{Timex: -1}
		}
		prev.f.Time.End = rw.f.Time.Value // the post ended with the handover
	}
	return appointedTo(doc, rw, prev, "%s took the office %s held", false)
}

// risingTold reports whether the successor of succession rw, told in the
// past with no time, holds a post below the predecessor's office in its
// organisation, told in the succession's sentence ("X was succeeded by Y,
// then the chief financial officer"): the successor rose to the office.
func risingTold(doc *hearsay.Document, raws []*raw, rw *raw) bool {
	for _, m := range raws {
		if m.s == rw.s && m.f.Type == "position_held" && !m.echo && len(m.f.Args) == 3 && m.f.Args[0].Entity == rw.f.Args[0].Entity && risingSuccessor(doc, raws, m, rw) {
			return true
		}
	}
	return false
}

// takenPlace turns the succession rw of a predecessor who holds no office
// but belongs to an organisation that they left ("Guitarist Y has left the
// Copper Saints. He was replaced by X", "Y quit the band; X replaces him")
// into the successor's membership of it, with no time of its own; nil when
// the predecessor's membership is not told ended, is in more than one
// organisation, or the successor already belongs there.
func takenPlace(doc *hearsay.Document, raws []*raw, rw *raw) *raw {
	succ, pred := rw.f.Args[0].Entity, rw.f.Args[1].Entity
	if succ < 0 || pred < 0 || succ == pred || doc.Entities[succ].Type != hearsay.Person {
		return nil
	}
	var left *raw
	for _, m := range raws {
		if m.echo || m.f.Type != "member_of" || len(m.f.Args) != 2 || m.f.Args[0].Entity != pred || m.f.Polarity != hearsay.Pos || m.f.Time == nil || m.f.Time.End == "" {
			continue
		}
		if left != nil && left.f.Args[1] != m.f.Args[1] {
			return nil // two organisations left: which place was taken is not told
		}
		left = m
	}
	if left == nil {
		return nil
	}
	for _, m := range raws {
		if m.f.Type == "member_of" && len(m.f.Args) == 2 && m.f.Args[0].Entity == succ && m.f.Args[1] == left.f.Args[1] {
			return nil
		}
	}
	cp := *rw
	cp.f.Type = "member_of"
	cp.f.Args = []hearsay.Arg{rw.f.Args[0], left.f.Args[1]}
	cp.f.Time = nil
	cp.f.Qualifiers = nil
	cp.pat = &pattern{typ: "member_of", line: rw.pat.line}
	cp.f.Derived = true
	cp.f.Reason = fmt.Sprintf("%s took the place %s left", doc.Entities[succ].Name, doc.Entities[pred].Name)
	return &cp
}

// replacedOnLeaving turns the succession rw whose predecessor resigned or
// was dismissed in the same sentence or the two before it ("X was sacked on
// Tuesday. He was replaced by Y, a former mayor") into the successor's
// appointment to the office left, dated by the succession or else by the
// departure; nil when there is no such departure, the predecessor's office
// is unknown, or the successor already holds that post.
func replacedOnLeaving(doc *hearsay.Document, raws []*raw, rw *raw) *raw {
	if rw.f.Type != succeededType || rw.f.Args[0].Entity < 0 || rw.f.Args[0].Entity == rw.f.Args[1].Entity {
		return nil
	}
	left := departureNear(raws, rw)
	if left == nil {
		return nil
	}
	prev := officeOf(raws, rw.f.Args[1].Entity)
	if prev == nil {
		prev = officeOf(knownOffices(doc), rw.f.Args[1].Entity)
	}
	if prev == nil || holdsRole(raws, rw.f.Args[0].Entity, prev.f.Args[1].Literal) || electiveOffice(prev.f.Args[1].Literal) {
		return nil // a seat is won at an election, which the text tells in words of its own
	}
	if wentOnTo(prev, left) {
		return nil // "He takes over from X, who left the charity in October to lead Y": Y's post is the one X went to
	}
	if t := rw.f.Time; t == nil || t.Value == "" || strings.Contains(t.Value, "REF") {
		rw.f.Time = left // the handover is the departure
		if presentTaking(doc, rw) && longGone(doc, left) {
			// "He takes over from X, who stepped down last April": the taking is the news, the departure long past
			rw.f.Time = nil
			if t, ok := newsDay(doc, firstSentence(doc)); ok {
				lo, hi := bounds(t)
				rw.f.Time = &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: lo, Latest: hi, Timex: -1}
			}
		}
	}
	return appointedTo(doc, rw, prev, "%s took the office %s left", false)
}

// presentTaking reports whether the succession rw is told in the present
// simple ("takes over from", "succeeds", "replaces"): news of the day.
func presentTaking(doc *hearsay.Document, rw *raw) bool {
	tr := spanText(doc, rw.f.Trigger)
	if tr == "" {
		return false
	}
	w, _, _ := strings.Cut(strings.ToLower(tr), " ")
	switch w {
	case "takes", "succeeds", "replaces":
		return true
	}
	return false
}

// longGone reports whether the time t ended more than two months before the
// article's date.
func longGone(doc *hearsay.Document, t *hearsay.FactTime) bool {
	if doc.Date.IsZero() {
		return false
	}
	hi := t.Latest
	if hi == "" {
		_, hi = bounds(hearsay.Timex{Value: t.Value, Mod: t.Mod})
	}
	return hi != "" && hi < doc.Date.AddDate(0, -2, 0).Format(day)
}

// electiveOffice reports whether role is a seat voters fill.
func electiveOffice(role string) bool {
	role = strings.ToLower(role)
	for _, w := range electiveOffices {
		if strings.Contains(role, w) {
			return true
		}
	}
	return role == "mp"
}

// electiveOffices are the words of seats voters fill, found anywhere in a
// role.
var electiveOffices = wordList("electiveoffices")

// holdsRole reports whether person e holds, takes or wins the post role
// among raws.
func holdsRole(raws []*raw, e int, role string) bool {
	for _, m := range raws {
		if len(m.f.Args) == 3 && m.f.Args[0].Entity == e && strings.EqualFold(m.f.Args[1].Literal, role) &&
			(m.f.Type == "position_held" || m.f.Type == "appointed" || m.f.Type == "elected") {
			return true
		}
	}
	return false
}

// wentOnTo reports whether office m began with or after the departure at
// time left and is still held: the post its holder left for, not the one a
// successor takes ("who left the charity in October to lead the Northern
// Food Network").
func wentOnTo(m *raw, left *hearsay.FactTime) bool {
	t := m.f.Time
	if t == nil || left == nil || t.End != "" {
		return false
	}
	start := t.Start
	if start == "" && (m.f.Type == "appointed" || m.f.Type == "elected") {
		start = t.Value
	}
	if start == "" || strings.Contains(start, "REF") || strings.Contains(left.Value, "REF") {
		return false
	}
	return start >= left.Value
}

// departureNear returns a copy of the time of the dated resignation or
// dismissal of the predecessor of the undated succession rw (its second
// argument) told in the same sentence or the two before it, or nil.
func departureNear(raws []*raw, rw *raw) *hearsay.FactTime {
	if rw.s == nil || len(rw.f.Args) < 2 || rw.f.Args[1].Entity < 0 {
		return nil
	}
	for _, d := range raws {
		if d.s == nil || !leaving(d.f.Type) || d.f.Polarity != hearsay.Pos || len(d.f.Args) == 0 || d.f.Args[0].Entity != rw.f.Args[1].Entity ||
			d.f.Time == nil || d.f.Time.Value == "" || strings.Contains(d.f.Time.Value, "REF") || d.s.idx > rw.s.idx || rw.s.idx-d.s.idx > 2 {
			continue
		}
		cp := *d.f.Time
		cp.Timex = -1
		return &cp
	}
	return nil
}

// announcements date a change of office that is made by its telling
// (pattern option announce: "naming X as his successor"; "in a memo on
// Tuesday, the company said it had picked X as her successor") by the day of the
// statement that tells it, named in the sentence outside the statement's
// complement; a later date in the complement is when the change takes
// effect, not when it was made.
func announcements(raws []*raw) {
	for _, rw := range raws {
		if rw.s == nil || !rw.pat.has("announce") {
			continue
		}
		if t := rw.s.reportDay(rw.f.Trigger); t != nil {
			rw.f.Time = t
		}
	}
}

// participleTimes dates an undated change of office told in a participle
// clause after a comma ("stepped down in May, handing the role to his
// deputy"; "resigned on Friday, paving the way for X") by the change of
// office the clause hangs on: the nearest dated one before it in the
// sentence.
func participleTimes(raws []*raw) {
	for _, rw := range raws {
		if rw.s == nil || rw.echo || !careerChange.has(rw.f.Type) || rw.f.Time != nil || !rw.s.afterCommaParticiple(rw.f.Trigger) {
			continue
		}
		main := latestChange(raws, rw, func(d *raw) bool {
			return d.s == rw.s && d.f.Time.Value != "" && !strings.Contains(d.f.Time.Value, "REF") && d.f.Trigger.End <= rw.f.Trigger.Start
		})
		if main != nil {
			borrowTime(rw, main)
		}
	}
}

// latestChange returns the career change other than rw, with a time, for
// which keep holds and whose trigger starts last; nil when there is none.
func latestChange(raws []*raw, rw *raw, keep func(d *raw) bool) *raw {
	var main *raw
	for _, d := range raws {
		if d == rw || d.echo || !careerChange.has(d.f.Type) || d.f.Time == nil || !keep(d) {
			continue
		}
		if main == nil || d.f.Trigger.Start > main.f.Trigger.Start {
			main = d
		}
	}
	return main
}

// borrowTime gives rw a copy of from's time, tied to no time expression.
func borrowTime(rw, from *raw) {
	cp := *from.f.Time
	cp.Timex = -1
	rw.f.Time = &cp
}

// afterCommaParticiple reports whether a trigger opens with a present
// participle right after a comma ("..., handing the role to").
func (s *sent) afterCommaParticiple(trig hearsay.Span) bool {
	u := s.unitAt(trig.Start)
	if u < 1 || s.units[u-1].word != "," {
		return false
	}
	w := s.units[u].word
	return len(w) > 4 && strings.HasSuffix(w, "ing")
}

// reportDay returns the day of the statement whose complement holds the
// trigger ("In a memo on Tuesday, the company said that ..."), or else of a
// statement the trigger's clause follows ("..., the utility said on
// Tuesday, naming X as his successor"), or nil.
func (s *sent) reportDay(trig hearsay.Span) *hearsay.FactTime {
	if t := s.statementDate(func(f *frame) bool { return f.scope.Contains(trig) }); t != nil {
		return t
	}
	return s.statementDate(func(f *frame) bool {
		return f.subject.End <= trig.Start && !f.scope.Contains(trig) && f.scope.End <= trig.Start
	})
}

// statementDate returns the day named outside the complement of the first
// statement frame of the sentence that ok accepts, or nil.
func (s *sent) statementDate(ok func(*frame) bool) *hearsay.FactTime {
	for _, f := range s.frames {
		if !statementVerbs[f.verb] || !ok(f) {
			continue
		}
		for _, ti := range s.tix() {
			t, ok := dayOf(s.doc.Timexes[ti])
			if !ok || f.scope.Contains(t.Span) {
				continue
			}
			e, l := bounds(t)
			return &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: e, Latest: l, Timex: ti}
		}
	}
	return nil
}

// namedSuccessor turns the naming of a successor ("naming finance chief
// Sabine Kroll as his successor") into the successor's appointment to the
// predecessor's office, dated by the naming; the successor's own present
// post is the one left behind, not the one taken. Nil when the predecessor
// has no office in the text.
func namedSuccessor(doc *hearsay.Document, raws []*raw, rw *raw) *raw {
	if len(rw.f.Args) < 2 || rw.f.Args[0].Entity < 0 || rw.f.Args[1].Entity < 0 || rw.f.Args[0].Entity == rw.f.Args[1].Entity {
		return nil
	}
	prev := officeOf(raws, rw.f.Args[1].Entity)
	if prev == nil {
		prev = officeOf(knownOffices(doc), rw.f.Args[1].Entity)
	}
	if prev == nil {
		return nil
	}
	ap := appointedTo(doc, rw, prev, "%s was named to succeed %s", true)
	if rw.pat.has("announce") {
		ap.succeeds = rw.f.Args[1].Entity + 1 // a naming told by its verb ("X named Y as his replacement")
	}
	return ap
}

// comingOffice reads a succession told in the present or future ("X will
// succeed Y", "X is likely to replace Y") as the appointment of X to the
// office Y holds, with the modality of its telling, or nil when Y holds no
// office the article names or an office of state.
func comingOffice(doc *hearsay.Document, raws []*raw, rw *raw) *raw {
	prev := officeOf(raws, rw.f.Args[1].Entity)
	if prev == nil {
		prev = officeOf(knownOffices(doc), rw.f.Args[1].Entity)
	}
	if prev != nil && movedOnTo(raws, prev, rw) {
		return nil
	}
	if prev == nil || rw.f.Args[0].Entity < 0 || rw.f.Args[0].Entity == rw.f.Args[1].Entity || holdsOtherAt(withoutPostsBelow(raws, rw.f.Args[0].Entity, prev), rw.f.Args[0].Entity, prev.f.Args[2], prev.f.Args[1].Literal, nil) {
		return nil
	}
	if stateOffice(prev.f.Args[1].Literal) {
		return nil // an office of state is won at an election, which the text tells in words of its own
	}
	return appointedTo(doc, rw, prev, "%s is to take the office %s holds", true)
}

// movedOnTo reports whether prev, the office read for the predecessor of
// succession rw, is a post the predecessor is appointed or elected to in a
// clause after the succession's own words ("replacing General Joel Tanner,
// who has been appointed secretary-general of the council"): the post the
// predecessor moves on to, not the office handed over.
func movedOnTo(raws []*raw, prev, rw *raw) bool {
	if prev.s == nil || prev.s != rw.s || prev.f.Trigger.Start <= rw.f.Trigger.Start || len(prev.f.Args) != 3 {
		return false
	}
	for _, m := range raws {
		if (m.f.Type == "appointed" || m.f.Type == "elected") && m.s == rw.s && len(m.f.Args) == 3 && m.f.Args[0].Entity == prev.f.Args[0].Entity &&
			m.f.Trigger.Start > rw.f.Trigger.Start && strings.EqualFold(m.f.Args[1].Literal, prev.f.Args[1].Literal) {
			return true
		}
	}
	return false
}

// withoutPostsBelow returns raws without the posts that successor e holds
// now, told as a description and not as a change, in the organisation of
// the office prev hands on or in one the text leaves open, under a title
// other than prev's ("Stephen Aker, 49, the chief operating officer, will
// succeed him", "He will be succeeded by X, currently the treasurer"): the
// post the successor leaves for the office taken, which does not make the
// office one the successor already holds. A post held before ("a former
// treasurer") or ended, and one of prev's own title, still count.
func withoutPostsBelow(raws []*raw, e int, prev *raw) []*raw {
	out := make([]*raw, 0, len(raws))
	for _, m := range raws {
		if a := m.f.Args; m.f.Type == "position_held" && len(a) == 3 && a[0].Entity == e && a[1].Literal != "" &&
			!strings.EqualFold(a[1].Literal, prev.f.Args[1].Literal) && sameOrg(a[2], prev.f.Args[2]) &&
			m.f.Qualifiers["note"] != "former" && (m.f.Time == nil || m.f.Time.End == "") && m.f.Polarity == hearsay.Pos {
			continue
		}
		out = append(out, m)
	}
	return out
}

// appointedTo derives the appointment of the successor rw names (its first
// argument) to the office prev holds, with a reason made of format and the
// two people's names; undated drops a present or open time ("naming X as
// his successor" is no date of the appointment).
func appointedTo(doc *hearsay.Document, rw, prev *raw, format string, undated bool) *raw {
	cp := *rw
	cp.f.Type = "appointed"
	cp.f.Args = append([]hearsay.Arg{rw.f.Args[0]}, prev.f.Args[1:]...)
	cp.f.Qualifiers = nil
	if t := rw.f.Time; undated && t != nil && (t.Value == "" || strings.Contains(t.Value, "REF")) {
		cp.f.Time = nil
	}
	cp.pat = &pattern{typ: "appointed", line: rw.pat.line}
	cp.echo = cp.f.Args[2].Entity < 0 && cp.f.Args[2].Literal == ""
	cp.f.Derived = true
	cp.f.Reason = fmt.Sprintf(format, doc.Entities[rw.f.Args[0].Entity].Name, doc.Entities[rw.f.Args[1].Entity].Name)
	return &cp
}

// successorStarts dates the office a successor was named to ("X named Y as
// his replacement") by the departure of the predecessor, when the text
// dates it to a day after the naming ("Z will step down on Oct. 3"): the
// successor holds the office from that day, and a post in the same
// organisation that the naming sentence gives the successor ("X named her
// press secretary, Y, as his replacement") ends then.
func successorStarts(raws []*raw) []*raw {
	out := raws
	for _, ap := range raws {
		a := ap.f.Args
		if ap.succeeds == 0 || ap.f.Type != "appointed" || ap.echo || len(a) != 3 || a[0].Entity < 0 || ap.f.Modality != hearsay.Asserted {
			continue
		}
		end := predecessorLeft(raws, ap.succeeds-1, ap.f)
		if end == "" || ap.f.Time != nil && ap.f.Time.Value != "" && ap.f.Time.Value >= end {
			continue // a successor named after the predecessor left took the office when named
		}
		ph, more := postOf(out, ap, true)
		if t := ph.f.Time; t != nil && t.Start != "" && !(ap.f.Time != nil && t.Start == ap.f.Time.Value) || t != nil && t.End != "" {
			continue // the office's start is told, not the day of the naming
		}
		out = more
		ph.f.Time = &hearsay.FactTime{Start: end}
		ph.f.Derived, ph.f.Reason = true, "the successor takes the office when the predecessor leaves it"
		predecessorEnds(raws, ap.succeeds-1, ap.f, end)
		for _, old := range raws {
			b := old.f.Args
			if old == ap || old == ph || old.f.Type != "position_held" || old.echo || old.s != ap.s || len(b) != 3 || b[0].Entity != a[0].Entity ||
				!sameOrg(b[2], a[2]) || strings.EqualFold(b[1].Literal, a[1].Literal) || old.f.Time != nil {
				continue
			}
			old.f.Time = &hearsay.FactTime{End: end}
			old.f.Derived, old.f.Reason = true, "a post left for the office the successor takes when the predecessor leaves it"
		}
	}
	return out
}

// predecessorEnds ends on day end the undated post of person pred with the
// role and the organisation of appointment f, which a successor takes that
// day.
func predecessorEnds(raws []*raw, pred int, f hearsay.Fact, end string) {
	for _, ph := range raws {
		if b := ph.f.Args; ph.f.Type == "position_held" && !ph.echo && len(b) == 3 && b[0].Entity == pred && ph.f.Time == nil &&
			strings.EqualFold(b[1].Literal, f.Args[1].Literal) && sameOrg(b[2], f.Args[2]) {
			ph.f.Time = &hearsay.FactTime{End: end}
			ph.f.Derived, ph.f.Reason = true, "the post ends when the successor takes it"
		}
	}
}

// predecessorLeft returns the day person pred leaves the office of
// appointment f, when the text dates it: the end of their post with f's
// role and organisation, or the time of a departure of theirs told as fact
// with that role or none ("Z will step down on Oct. 3"); else "".
func predecessorLeft(raws []*raw, pred int, f hearsay.Fact) string {
	for _, ph := range raws {
		b := ph.f.Args
		if len(b) != 3 || b[0].Entity != pred || ph.f.Polarity != hearsay.Pos || ph.f.Modality != hearsay.Asserted {
			continue
		}
		t := ph.f.Time
		switch {
		case ph.f.Type == "position_held" && !ph.echo && strings.EqualFold(b[1].Literal, f.Args[1].Literal) && sameOrg(b[2], f.Args[2]):
			if t != nil && len(t.End) == len("2006-01-02") {
				return t.End
			}
		case leaving(ph.f.Type) && (b[1].Literal == "" || strings.EqualFold(b[1].Literal, f.Args[1].Literal)):
			if t != nil && len(t.Value) == len("2006-01-02") {
				return t.Value
			}
		}
	}
	return ""
}

// knownOffices returns the positions the earlier stages read from how
// people are described ("chief executive Janine Okoye"), as raw facts.
func knownOffices(doc *hearsay.Document) []*raw {
	var out []*raw
	for _, f := range doc.Facts {
		if f.Type == "position_held" {
			out = append(out, &raw{f: f, b: new(binding), childAge: -1})
		}
	}
	return out
}

// formerPost reports whether a post is told as one held before: marked so,
// read from a description that says "former" ("X, a former mayor of Y"),
// or from a verb right after an adverb of pastPostAdverbs ("X, who
// previously headed Y").
func formerPost(doc *hearsay.Document, rw *raw) bool {
	if rw.f.Qualifiers["note"] == "former" {
		return true
	}
	t := rw.f.Trigger
	if !rw.noun && rw.f.Type == "position_held" && t.Start > 0 && t.Start <= len(doc.Text) {
		before, _ := lastField(strings.TrimRight(doc.Text[max(0, t.Start-16):t.Start], " "))
		return pastPostAdverbs[strings.ToLower(before)] // "Medina, who previously headed the tax agency Sunat, replaces X"
	}
	if !rw.noun || spanText(doc, t) == "" {
		return false // a match's trigger spans more than the post's own words
	}
	lo := max(0, t.Start-8) // "former Mayor X": the word before a title
	for _, w := range strings.Fields(doc.Text[lo:t.End]) {
		if strings.EqualFold(w, "former") {
			return true
		}
		if p := pastPrefixLen(strings.ToLower(w)); p > 0 && !strings.EqualFold(w[:p], "then-") {
			return true // "X, an ex-finance director at Y"
		}
	}
	return false
}

// pastPostAdverbs tell, right before the verb of a post, that it was held
// before ("who previously headed", "who once ran"; data/classes.tsv).
var pastPostAdverbs = wordSet("pastpostadverbs")

// formerNotes marks as former the posts, trades and memberships read from
// a description that tells them as held before ("X, an ex-finance
// director at Y,", "X, a former Orlo Foods executive,"), as the mention
// stage marks the descriptions it reads.
func formerNotes(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		if rw.f.Type != "position_held" && rw.f.Type != "occupation" && rw.f.Type != "member_of" || rw.f.Qualifiers != nil || rw.f.Polarity != hearsay.Pos {
			continue
		}
		if formerPost(doc, rw) {
			rw.f.Qualifiers = map[string]string{"note": "former"}
		}
	}
}

// sentenceOffice returns the office the successor of succession rw takes
// in the succession's own sentence ("X has named Y as chair, succeeding Z"),
// which outranks any other post the article gives Y ("Y is a former chief
// executive of ..."); nil when that sentence gives none.
func sentenceOffice(raws []*raw, rw *raw) *raw {
	if rw.s == nil {
		return nil
	}
	var here []*raw
	for _, m := range raws {
		if m.s == rw.s && (m.f.Type == "appointed" || m.f.Type == "elected") {
			here = append(here, m)
		}
	}
	if len(here) == 0 {
		return nil
	}
	return bestOffice(here, rw.f.Args[0].Entity, false)
}

// officeOf returns the position (or appointment) of person e with a role and
// an organisation, or else with a role whose organisation the text leaves
// open ("confirmed X as the city's next police chief"), or nil.
func officeOf(raws []*raw, e int) *raw {
	if e < 0 {
		return nil
	}
	if best := bestOffice(raws, e, false); best != nil {
		return best
	}
	return bestOffice(raws, e, true)
}

// successorOffice returns the office a successor e takes: the post the
// article appoints or elects them to when they hold no post of that name
// (the post they held is the one left for it: "X, who spent a decade at A
// as its head of finance, becomes finance director. He replaces Y"), else
// their office (officeOf).
func successorOffice(raws []*raw, e int) *raw {
	if e < 0 {
		return nil
	}
	var taken *raw
	for _, m := range raws {
		if (m.f.Type == "appointed" || m.f.Type == "elected") && !m.echo && m.f.Modality == hearsay.Asserted &&
			len(m.f.Args) == 3 && m.f.Args[0].Entity == e && m.f.Args[1].Literal != "" && !rankRole(m.f.Args[1].Literal) {
			taken = m
			break
		}
	}
	if taken == nil {
		taken = openAppointment(raws, e)
	}
	if taken == nil {
		if started := startedOffice(raws, e); started != nil {
			return started
		}
		return officeOf(raws, e)
	}
	var sameRole bool
	for _, m := range raws {
		if m.f.Type == "position_held" && len(m.f.Args) == 3 && m.f.Args[0].Entity == e && strings.EqualFold(m.f.Args[1].Literal, taken.f.Args[1].Literal) {
			if sameArg(m.f.Args[2], taken.f.Args[2]) {
				return m // the post taken, told as held since ("has a new president: X, managing director of A, ... He takes over from Y")
			}
			sameRole = true
		}
	}
	if sameRole && !heldElsewhere(raws, e, taken) {
		return officeOf(raws, e)
	}
	return taken
}

// openAppointment returns person e's asserted appointment or election to a
// named role whose organisation is still to be found ("was named the city's
// police chief") when e also holds a post of another role, which would
// otherwise pass for the office taken ("X, deputy chief since 2019, was
// named the city's police chief. He replaces Y"); else nil.
func openAppointment(raws []*raw, e int) *raw {
	var taken *raw
	for _, m := range raws {
		if (m.f.Type == "appointed" || m.f.Type == "elected") && m.f.Modality == hearsay.Asserted && openOrg(m.f) && m.f.Args[0].Entity == e &&
			m.f.Args[1].Literal != "" && !rankRole(m.f.Args[1].Literal) {
			taken = m
			break
		}
	}
	if taken == nil {
		return nil
	}
	for _, m := range raws {
		if m.f.Type == "position_held" && len(m.f.Args) == 3 && m.f.Args[0].Entity == e && !strings.EqualFold(m.f.Args[1].Literal, taken.f.Args[1].Literal) {
			return taken
		}
	}
	return nil
}

// heldElsewhere reports whether person e holds the post of appointment
// taken at another named organisation too, begun or ended at a date of its
// own ("X, who became chief executive of A in 2019, is to be chief
// executive of B, succeeding Y"): a post before the one taken, which the
// predecessor never held.
func heldElsewhere(raws []*raw, e int, taken *raw) bool {
	for _, m := range raws {
		if m.f.Type != "position_held" || len(m.f.Args) != 3 || m.f.Args[0].Entity != e || m.f.Args[2].Entity < 0 || taken.f.Args[2].Entity < 0 ||
			m.f.Args[2].Entity == taken.f.Args[2].Entity || !strings.EqualFold(m.f.Args[1].Literal, taken.f.Args[1].Literal) {
			continue
		}
		if t := m.f.Time; t != nil && (t.Start != "" || t.End != "") && !sameTime(t, taken.f.Time) {
			return true
		}
	}
	return false
}

// startedOffice returns the position of person e that the article tells
// as begun with an appointment or election of e told at the same time
// ("The X Club has a new president: Y, managing director of Z, was elected
// last Thursday"): the post e takes, which outranks the post told of e in
// apposition; nil when there is none.
func startedOffice(raws []*raw, e int) *raw {
	for _, m := range raws {
		if m.f.Type != "appointed" && m.f.Type != "elected" || m.f.Modality != hearsay.Asserted || m.f.Polarity != hearsay.Pos ||
			len(m.f.Args) == 0 || m.f.Args[0].Entity != e || m.f.Time == nil || m.f.Time.Value == "" {
			continue
		}
		for _, p := range raws {
			if p.f.Type != "position_held" || p.echo || len(p.f.Args) != 3 || p.f.Args[0].Entity != e || p.f.Args[1].Literal == "" || rankRole(p.f.Args[1].Literal) ||
				p.f.Modality != hearsay.Asserted || p.f.Polarity != hearsay.Pos || p.f.Time == nil {
				continue
			}
			if sameTime(p.f.Time, m.f.Time) || p.f.Time.Start == m.f.Time.Value {
				return p
			}
		}
	}
	return nil
}

// rankRole reports whether a post's role is a rank of the armed services
// (classes militaryranks and serviceranks: "colonel", "major general"),
// which its holder keeps when another takes over a command.
func rankRole(role string) bool {
	r := strings.ToLower(role)
	return militaryRanks[r] || serviceRanks[r] || militaryRanks[strings.ReplaceAll(r, " ", "_")] || serviceRanks[strings.ReplaceAll(r, " ", "_")]
}

// bestOffice returns person e's office told as fact, preferring a position
// to an appointment or election; openOrg admits one whose organisation is
// still open.
func bestOffice(raws []*raw, e int, openOrg bool) *raw {
	var best *raw
	for _, m := range raws {
		if len(m.f.Args) != 3 || m.f.Args[0].Entity != e || m.f.Args[1].Literal == "" || rankRole(m.f.Args[1].Literal) {
			continue // a rank is no office one hands to a successor ("Colonel X succeeded Colonel Y")
		}
		if open := m.f.Args[2].Entity < 0 && m.f.Args[2].Literal == ""; open != openOrg || m.echo && !openOrg {
			continue
		}
		switch m.f.Modality {
		case hearsay.Rumored, hearsay.Speculated, hearsay.Uncertain, hearsay.Denied:
			continue
		}
		switch m.f.Type {
		case "position_held", "appointed", "elected":
			if best != nil && formerOffice(m) && !formerOffice(best) {
				continue // "X, 58, a former House speaker, will step down ... Y named Z as his replacement": the post held now
			}
			if best == nil || m.f.Type == "position_held" && best.f.Type != "position_held" || leaving(best.f.Type) || formerOffice(best) && !formerOffice(m) {
				best = m
			}
		case "resigned", "dismissed": // the post left is the one held ("ousted X as chief executive")
			if best == nil {
				best = m
			}
		}
	}
	return best
}

// formerOffice reports whether post m is told as one held before ("a
// former speaker"): no office handed on now.
func formerOffice(m *raw) bool {
	return m.f.Type == "position_held" && m.f.Qualifiers["note"] == "former"
}

// standingPosts are held beside any office in the same organisation: a
// founder or an owner may also have run it.
var standingPosts = wordSet("standingposts")

// holdsOtherAt reports whether the text already gives person e an office,
// or a change of office, at organisation org (in whatever words) or at an
// organisation it leaves open (with a role: "resigned as party leader").
// For a successor to the post role, a title before the successor's name
// that names another post does not count ("He will be succeeded by deputy
// CRO Linda Marsh": the deputy takes the chief risk officer's post). With a
// change given, a post that goes on after it does not count either ("Y
// will succeed X as chief executive on July 1 ... X will remain on the
// board as chairman until next year").
func holdsOtherAt(raws []*raw, e int, org hearsay.Arg, role string, change *hearsay.Fact) bool {
	for _, m := range raws {
		if len(m.f.Args) != 3 || m.f.Args[0].Entity != e {
			continue
		}
		if change != nil && m.f.Type == "position_held" && m.f.Time != nil && m.f.Time.End != "" && takenBefore(*change, m.f.Time.End) {
			continue
		}
		if role != "" && m.f.Type == "position_held" && m.pat == titlePattern && !strings.EqualFold(m.f.Args[1].Literal, role) {
			continue
		}
		switch m.f.Type {
		case "position_held", "appointed", "elected", "resigned", "dismissed":
		default:
			continue
		}
		if standingPosts[strings.ToLower(m.f.Args[1].Literal)] {
			continue // "founder Paul Verne" may have run the company too
		}
		if leaving(m.f.Type) && m.f.Args[1].Literal == "" {
			continue // "Y succeeds X, who left Marrick last month": a departure that names no post is the post handed over
		}
		if m.f.Args[2].Entity < 0 && m.f.Args[2].Literal == "" && roleHeldElsewhere(raws, m, org) {
			continue // "... to take up the post of harbour master at Z": the post taken at another organisation
		}
		o := m.f.Args[2]
		if o.Entity < 0 && o.Literal == "" && m.f.Args[1].Literal != "" || o.Entity >= 0 && o.Entity == org.Entity || o.Entity < 0 && org.Entity < 0 && o.Literal != "" && strings.EqualFold(o.Literal, org.Literal) {
			return true
		}
	}
	return false
}

// roleHeldElsewhere reports whether the post of m, told without its
// organisation, is one its holder takes or holds at an organisation other
// than org in another fact of raws.
func roleHeldElsewhere(raws []*raw, m *raw, org hearsay.Arg) bool {
	for _, o := range raws {
		if o == m || len(o.f.Args) != 3 || o.f.Args[0].Entity != m.f.Args[0].Entity || leaving(o.f.Type) ||
			!strings.EqualFold(o.f.Args[1].Literal, m.f.Args[1].Literal) {
			continue
		}
		if a := o.f.Args[2]; a.Entity >= 0 && a.Entity != org.Entity {
			return true
		}
	}
	return false
}

// handover returns when the successor's tenure began: the start of their
// position, their appointment's date, or the succession's own date.
func handover(office, succession *raw) string {
	if t := office.f.Time; t != nil && !leaving(office.f.Type) {
		if t.Start != "" {
			return t.Start
		}
		if office.f.Type != "position_held" && t.Value != "" && !strings.Contains(t.Value, "REF") {
			return t.Value
		}
	}
	if t := succession.f.Time; t != nil && t.Value != "" && !strings.Contains(t.Value, "REF") {
		return t.Value
	}
	return ""
}

// meetingWord reports whether w tells where two people met: the place of
// such a clause is the meeting's context, not a sighting.
func meetingWord(w string) bool {
	switch w {
	case "met", "meet", "meeting", "meets":
		return true
	}
	return false
}

// meetingNoun reports whether unit u is the noun "meeting" after a
// determiner ("spoke at a public meeting in Leeds"): a gathering someone
// was at, not how two people met.
func meetingNoun(units []unit, u int) bool {
	if units[u].word != "meeting" {
		return false
	}
	for k := u - 1; k >= 0 && k >= u-2; k-- {
		if units[k].is(clsDeterminer) {
			return true
		}
	}
	return false
}

// dropMeetingPlaces removes whereabouts read from a clause about how people
// met ("met on holiday in Ibiza", "since meeting at a gala in Monaco").
func dropMeetingPlaces(raws []*raw) []*raw { return dropWhereabouts(raws, (*raw).aboutMeeting) }

// dropWhereabouts removes the whereabouts (located_at) for which not holds.
func dropWhereabouts(raws []*raw, not func(*raw) bool) []*raw {
	out := raws[:0]
	for _, rw := range raws {
		if rw.f.Type != "located_at" || !not(rw) {
			out = append(out, rw)
		}
	}
	return out
}

// metCrowds are the groups of people one meets on a visit ("met flood
// victims in Carlisle", "met staff and patients at the hospital";
// data/classes.tsv: metcrowds).
var metCrowds = wordSet("metcrowds")

// metCrowd reports whether a group of metCrowds follows the meeting word at
// unit u, past up to two words before it ("met flood victims"): a visit,
// which places its subject, not how two people met.
func metCrowd(units []unit, u int) bool {
	for k := u + 1; k < len(units) && k <= u+3; k++ {
		if units[k].ment >= 0 {
			return false
		}
		if metCrowds[units[k].word] {
			return true
		}
	}
	return false
}

// meetingEnds end the clause of a meeting word: the place after them is
// another clause's ("met as students and founded the firm in Pittsburgh").
var meetingEnds = map[string]bool{"and": true, "but": true, "then": true}

// aboutMeeting reports whether a meeting word stands between the start of
// the match and its place, in the place's clause. "Met with" tells a
// meeting of business, not how people met: "met with supporters in Denver"
// places its subject.
func (rw *raw) aboutMeeting() bool {
	place := rw.b.slots[slotPlace]
	if !place.set || rw.s == nil {
		return false
	}
	units := rw.s.units
	meeting := false
	for u := rw.b.first; u < len(units) && units[u].End <= place.span.Start; u++ {
		switch w := units[u].word; {
		case meetingWord(w) && (u+1 >= len(units) || units[u+1].word != "with") && !meetingNoun(units, u) && !metCrowd(units, u):
			meeting = true
		case meetingEnds[w]:
			meeting = false
		}
	}
	return meeting
}

// countryArgs makes the country of a nationality read from an adjective
// ("a German national") the document's place of that name, adding an implied
// one (no mentions) when the text names none, so that it merges with the same
// fact read from a description.
func countryArgs(doc *hearsay.Document, facts []hearsay.Fact) {
	for i := range facts {
		f := &facts[i]
		if f.Type != "nationality" || len(f.Args) < 2 || f.Args[1].Entity >= 0 || f.Args[1].Literal == "" {
			continue
		}
		f.Args[1].Entity = countryEntity(doc, f.Args[1].Literal)
	}
}

// countryEntity returns the index of the place named name (or of a name
// the tagger left miscellaneous), adding a place when there is none.
func countryEntity(doc *hearsay.Document, name string) int {
	return namedEntity(doc, hearsay.Place, name, hearsay.Misc)
}

// namedEntity returns the index of the entity of type typ (or of one of
// also) named name, case aside, adding one of type typ when there is none.
func namedEntity(doc *hearsay.Document, typ hearsay.EntityType, name string, also ...hearsay.EntityType) int {
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if (e.Type == typ || slices.Contains(also, e.Type)) && strings.EqualFold(e.Name, name) {
			return i
		}
	}
	return addEntity(doc, hearsay.Entity{Type: typ, Name: name})
}

// addEntity appends e to the document's entities with the next id and
// returns its index: an entity the facts need that the mention stage did
// not find ("Diocese of Ely", "Tom Hale's children").
func addEntity(doc *hearsay.Document, e hearsay.Entity) int {
	e.ID = fmt.Sprintf("e%d", len(doc.Entities)+1)
	doc.Entities = append(doc.Entities, e)
	return len(doc.Entities) - 1
}

// venueWords before an organisation make it the venue someone was at
// ("spotted leaving Nobu", "at the Chateau Marmont", "visited the Louvre"); after other words
// ("moved to Real Madrid", "returned to the orchestra") it is an employer.
var venueWords = wordSet("venuewords")

// buildingPreps before an institution's building (venueOrgHeads) make it
// where someone was ("speaking in the House of Commons", "flown to the
// Royal Infirmary"); before another organisation they may name an employer.
var buildingPreps = map[string]bool{"in": true, "to": true, "into": true, "from": true}

// dropNonPlaces removes residences that name no place or no named person,
// nationalities of a pattern that wants a country that name none, memberships of a
// pattern that wants no country that name one ("joined from Ireland"), and whereabouts in an
// organisation that is not told as a venue or in a nationality adjective
// taken for a name ("to visit Russian gas giant Gazprom"), and memberships
// and posts whose organisation is such an adjective ("Brazilian midfielder X").
func dropNonPlaces(raws []*raw, nations map[string]string, movedThings, parties map[string]bool) []*raw {
	out := raws[:0]
	for _, rw := range raws {
		if (rw.f.Type == "residence" || rw.f.Type == "located_at") && (!rw.placeArg(nations) || rw.unnamedPerson() && !rw.unnamedKin()) ||
			rw.f.Type == "residence" && (rw.propertyShare() || rw.birthplaceWord() || rw.movesThing(movedThings, parties)) {
			continue
		}
		if rw.pat != nil && (rw.pat.has("country") && !rw.countryArg(nations) || rw.pat.has("nocountry") && rw.countryArg(nations)) || rw.adjectiveOrg(nations) {
			continue
		}
		out = append(out, rw)
	}
	return out
}

// dropNonOffices drops the posts of a pattern with option stateoffice
// whose role is no office of a state: neither a national office
// (nationalOffice) nor an envoy's ("the Norwegian finance minister, X" is
// Norway's; "the Irish manager, X" names no post of Ireland).
func dropNonOffices(raws []*raw, envoys map[string]bool) []*raw {
	out := raws[:0]
	for _, rw := range raws {
		if a := rw.f.Args; rw.pat != nil && rw.pat.has("stateoffice") && len(a) == 3 &&
			!nationalOffice(a[1].Literal) && !envoyRole(a[1].Literal, envoys) {
			continue
		}
		out = append(out, rw)
	}
	return out
}

// dropWordPlaces drops a whereabouts whose place is only a capitalised
// word, no place the article names, when the same sentence places the same
// person somewhere it names ("spotted leaving a Grammys after-party
// together in Los Angeles": Los Angeles, not "Grammys").
func dropWordPlaces(raws []*raw) []*raw {
	named := map[[2]int]bool{} // sentence and person placed at a named place
	for _, rw := range raws {
		if rw.f.Type == "located_at" && len(rw.f.Args) == 2 && rw.f.Args[1].Entity >= 0 && rw.s != nil {
			named[[2]int{rw.s.idx, rw.f.Args[0].Entity}] = true
		}
	}
	out := raws[:0]
	for _, rw := range raws {
		if rw.f.Type == "located_at" && len(rw.f.Args) == 2 && rw.f.Args[1].Entity < 0 && rw.s != nil && named[[2]int{rw.s.idx, rw.f.Args[0].Entity}] {
			continue
		}
		out = append(out, rw)
	}
	return out
}

// dropLifeStages removes occupations that name a time of life, no job
// (classes.tsv lifestage: "rose to fame as a teenager", "child").
func dropLifeStages(raws []*raw, stages map[string]bool) []*raw {
	out := raws[:0]
	for _, rw := range raws {
		if rw.f.Type == "occupation" && len(rw.f.Args) == 2 {
			words := strings.Fields(strings.ToLower(rw.f.Args[1].Literal))
			if len(words) > 0 && stages[words[len(words)-1]] {
				continue
			}
		}
		out = append(out, rw)
	}
	return out
}

// personalTypes are the relations between people that a part in a work or
// a relative clause about someone else can seem to tell.
var personalTypes = typesOf("married", "engaged", "divorced", "separated", "dating", "affair", "parent_of", "expecting_child")

// castRelation reports whether a personal relation's match is no fact of
// the people: one read across a verb that casts them in a part (classes.tsv
// roleverb: "X and Y played a married couple in the film"), or one whose
// subject stands inside a relative clause about someone else while the verb
// follows the clause ("Ann, who has two children, Mia and Leo, from a
// previous marriage, married Tom": neither child married).
func (rw *raw) castRelation(roleVerbs, asRoleVerbs map[string]bool) bool {
	return personalTypes.has(rw.f.Type) && rw.b != nil && rw.s != nil && !rw.noun && (rw.castAcross(roleVerbs, asRoleVerbs) || rw.relativeSubject())
}

// possessedSubject reports whether the subject of a collaboration or a
// personal relation follows the possessive of another name ("Quell's Blue
// Harbour co-star Tom Hale"): the name between the possessive and the noun
// qualifies the noun, as a work's title does, and is not the one whose
// co-star, partner or spouse it is.
func (rw *raw) possessedSubject() bool {
	if rw.f.Type != "collaborated" && !personalTypes.has(rw.f.Type) || rw.b == nil || rw.s == nil {
		return false
	}
	k := rw.subjectUnit()
	if k < 2 {
		return false
	}
	u := rw.s.units
	return u[k-1].ment == -1 && (wordEq(u[k-1].word, "'s") || u[k-1].word == "’s") && u[k-2].capital
}

// kinSubject reports whether a death's trigger follows, past no more than an
// adverb ("suddenly") or a length of marriage ("of 40 years"), a relative
// told by a noun that is not the fact's subject ("X moved to Paris after her
// first husband died", "Y was devastated when his wife of 40 years died"):
// the relative is who died.
func (rw *raw) kinSubject() bool {
	if rw.f.Type != "died" || rw.noun || rw.b == nil || rw.s == nil {
		return false
	}
	sub := rw.subjectUnit()
	if sub < 0 {
		return false
	}
	u := rw.s.units
	k := -1
	for j := sub + 1; j < len(u) && u[j].End <= rw.b.trig.Start; j++ {
		k = j
	}
	for n := 0; n < 4 && k > sub+1 && u[k].ment == -1 && kinTail(u[k].word); n++ {
		k--
	}
	if k <= sub {
		return false
	}
	x := &u[k]
	if x.ment == -1 {
		return kinLex.kin[x.word] || kinLex.rel[x.word] || kinLex.relative[x.word]
	}
	return x.mkind == kindNominal && x.ment >= 0 && relativePatterns[rw.s.doc.Mentions[x.ment].Rule] != nil
}

// kinObject reports whether the subject a death's match binds is named
// after a kinship noun and "of", alone or in a list ("Dennis Graham,
// husband of the late Margaret and father of Susan and Paul, died on May
// 4"): the relatives an apposition lists, not who died.
func (rw *raw) kinObject() bool {
	if rw.f.Type != "died" || rw.noun || rw.b == nil || rw.s == nil {
		return false
	}
	sub := rw.subjectUnit()
	if sub < 0 {
		return false
	}
	u := rw.s.units
	k := sub - 1
	for k >= 0 && (u[k].ment != -1 && u[k].mkind == kindName || u[k].word == "and" || u[k].word == ",") {
		k--
	}
	if k < 1 || u[k].word != "of" || u[k-1].ment != -1 {
		return false
	}
	w := u[k-1].word
	return kinLex.kin[w] || kinLex.rel[w] || kinLex.relative[w]
}

// kinPossessed reports whether the person of a change of office, a
// personal relation or a collaboration is only the possessor of the
// relative who is the subject: "'s" and a kinship noun follow the name
// ("X's father was appointed mayor of Y in 1970", "X's father joined Y on
// stage"; a personal relation only when the trigger, as an adjective,
// stands between them: "X's divorced mother, Y" is Y's divorce, not one
// from X).
func (rw *raw) kinPossessed() bool {
	if !changeTypes.has(rw.f.Type) && !personalTypes.has(rw.f.Type) && rw.f.Type != "collaborated" || rw.noun || rw.b == nil || rw.s == nil {
		return false
	}
	sub := rw.subjectUnit()
	u := rw.s.units
	if sub < 0 || sub+2 >= len(u) {
		return false
	}
	if w := u[sub+1].word; w != "'s" && w != "'" && w != "’s" {
		return false
	}
	x := &u[sub+2]
	if x.End > rw.b.trig.Start {
		if !personalTypes.has(rw.f.Type) || x.Start != rw.b.trig.Start || sub+3 >= len(u) {
			return false
		}
		x = &u[sub+3] // the trigger read as an adjective: "X's divorced mother"
	} else if personalTypes.has(rw.f.Type) {
		return rw.f.Type == "parent_of" && !kinLex.spouse[x.word] && kinUnit(rw.s, x) // "X's mother gave birth to twins": not X's; "X's mother confirmed the engagement": X's, which her mother tells
	}
	return kinUnit(rw.s, x)
}

// kinUnit reports whether unit x names a relative: a kinship word, or a
// description the mention stage read as an unnamed relative.
func kinUnit(s *sent, x *unit) bool {
	if x.ment == -1 {
		return kinLex.kin[x.word] || kinLex.rel[x.word] || kinLex.relative[x.word]
	}
	return x.mkind == kindNominal && relativePatterns[s.doc.Mentions[x.ment].Rule] != nil
}

// kinTail reports whether a word may stand between a relative's noun and
// the verb of the relative's death: an adverb, or the words of a length of
// marriage ("of 40 years").
func kinTail(w string) bool {
	return strings.HasSuffix(w, "ly") || isNumber(w) || w == "of" || w == "years" || w == "decades" || w == "months"
}

// castAcross reports whether a verb of roleVerbs, or one of asRoleVerbs
// before "as", stands inside the match before its trigger with no comma
// between them and no "for" after it ("X, who plays for Harlow, has moved on
// with Y" tells of a team, not a part).
func (rw *raw) castAcross(roleVerbs, asRoleVerbs map[string]bool) bool {
	u := rw.s.units
	cast := false
	for k := rw.b.first; k < rw.b.last && k < len(u); k++ {
		x := &u[k]
		if x.Start >= rw.b.trig.Start {
			break
		}
		switch {
		case x.word == "," || x.boundary:
			cast = false
		case x.ment == -1 && roleVerbs[x.word]:
			cast = k+1 < len(u) && u[k+1].word != "for"
		case x.ment == -1 && asRoleVerbs[x.word] && k+1 < len(u) && u[k+1].word == "as":
			cast = true
		}
	}
	return cast
}

// subjectUnit returns the unit of the match, before its trigger, that
// mentions the fact's first argument, or -1 when none does (a subject told
// before the match or left out).
func (rw *raw) subjectUnit() int {
	if len(rw.f.Args) == 0 || rw.f.Args[0].Entity < 0 {
		return -1
	}
	for k := rw.b.first; k < rw.b.last && k < len(rw.s.units); k++ {
		x := &rw.s.units[k]
		if x.Start >= rw.b.trig.Start {
			break
		}
		for _, e := range x.ents {
			if x.ment != -1 && e == rw.f.Args[0].Entity {
				return k
			}
		}
	}
	return -1
}

// relativeSubject reports whether the subject of the match stands inside a
// relative clause (", who|whose|whom ...", the subject right after it or
// set off by a comma within it: ", who has two children, Mia and Leo,") and a comma stands between it and
// the trigger: the verb after that comma is that of the clause's antecedent.
func (rw *raw) relativeSubject() bool {
	u := rw.s.units
	first := rw.subjectUnit()
	if first <= 1 || first >= len(u) {
		return false
	}
	open := false
	for k := first - 1; k >= 1; k-- {
		if u[k].boundary && u[k].ment == -1 && u[k].word != "who" && u[k].word != "whose" && u[k].word != "whom" && u[k].word != "which" {
			break
		}
		if u[k].word == "," && k < first-1 {
			break // the clause closed before the subject: "X, who turned 50, said that she and Y ..."
		}
		if u[k].ment == -1 && (u[k].word == "who" || u[k].word == "whose" || u[k].word == "whom") && u[k-1].word == "," {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for k := first; k < len(u); k++ {
		if u[k].Start >= rw.b.trig.Start {
			break
		}
		if u[k].word == "," {
			return true
		}
	}
	return false
}

// birthplaceWord reports whether the place of the match is written as a
// birthplace before a noun ("the Brooklyn-born director X"): no home.
func (rw *raw) birthplaceWord() bool {
	if rw.b == nil || rw.s == nil {
		return false
	}
	sp := rw.b.slots[slotPlace].span
	return rw.b.slots[slotPlace].set && sp.End <= len(rw.s.doc.Text) && hasLowerSuffix(rw.s.doc.Text[sp.Start:sp.End], "-born")
}

// dropPostSeats removes the residences told by a noun phrase ("King
// Albrecht of Valmora", "Mayor Ruth Dane of Leeds") whose place is that of a
// post the same person holds, held or was named or elected to, or that
// completes a description ("a former mayor of Bristol"), or that a membership
// told by a noun phrase names ("her solicitor, Amir Dace of Hale Lowe"): the
// place names the office or the firm, not a home.
func dropPostSeats(raws []*raw) []*raw {
	seats := map[[2]int]bool{}
	for _, rw := range raws {
		if postTypes.has(rw.f.Type) && len(rw.f.Args) == 3 {
			seats[[2]int{rw.f.Args[0].Entity, rw.f.Args[2].Entity}] = true
		}
		if rw.f.Type == "member_of" && rw.noun && len(rw.f.Args) == 2 { // "the family's solicitor, Amir Dace of Hale Lowe": the firm
			seats[[2]int{rw.f.Args[0].Entity, rw.f.Args[1].Entity}] = true
		}
	}
	out := raws[:0]
	for _, rw := range raws {
		if rw.f.Type == "residence" && rw.noun && len(rw.f.Args) == 2 && (seats[[2]int{rw.f.Args[0].Entity, rw.f.Args[1].Entity}] || rw.nounOf()) && !rw.nativeHome() {
			continue
		}
		out = append(out, rw)
	}
	return out
}

// nativeHome reports whether the place of a residence is told as the
// person's origin by "native" ("Benavides, a Riverton native, would be
// the first woman to lead the department", "a native of Cork"): a
// hometown, also of one who holds a post there.
func (rw *raw) nativeHome() bool {
	pl := rw.b.slots[slotPlace]
	if rw.s == nil || !pl.set {
		return false
	}
	units := rw.s.units
	if e := rw.s.unitAt(pl.span.End-1) + 1; e > 0 && e < len(units) && units[e].word == "native" {
		return true
	}
	u := rw.s.unitAt(pl.span.Start) - 1
	if u >= 0 && units[u].word == "the" {
		u--
	}
	return u >= 1 && units[u].word == "of" && units[u-1].word == "native"
}

// dropTransitiveSplits removes the separations read from "split" with an
// object of the couple's own ("have split their time between Nashville and
// Los Angeles", "split his week between"): sharing out, not a breakup.
func dropTransitiveSplits(raws []*raw) []*raw {
	out := raws[:0]
	for _, rw := range raws {
		if rw.f.Type == "separated" && rw.s != nil {
			u := rw.s.unitAt(rw.f.Trigger.End - 1)
			if u >= 0 && u+1 < len(rw.s.units) && strings.HasPrefix(rw.s.units[u].word, "split") && possessives[rw.s.units[u+1].word] {
				continue
			}
		}
		out = append(out, rw)
	}
	return out
}

// dropRelativeRivals removes, among the facts of one type read at the same
// trigger of a sentence, those that give it to someone else than a match
// that binds its person as the head of a relative clause ("succeed
// Councillor X, who held the seat until his death": X died, whoever "his"
// was resolved to).
func dropRelativeRivals(raws []*raw) []*raw {
	type key struct {
		typ  string
		sent int
		end  int // where the trigger ends: its head word
	}
	heads := map[key]int{}
	for _, rw := range raws {
		if rw.s != nil && rw.pat.relativeHead() && len(rw.f.Args) > 0 {
			heads[key{rw.f.Type, rw.s.idx, rw.f.Trigger.End}] = rw.f.Args[0].Entity
		}
	}
	if len(heads) == 0 {
		return raws
	}
	out := raws[:0]
	for _, rw := range raws {
		if rw.s != nil && len(rw.f.Args) > 0 {
			if e, ok := heads[key{rw.f.Type, rw.s.idx, rw.f.Trigger.End}]; ok && e != rw.f.Args[0].Entity {
				continue
			}
		}
		out = append(out, rw)
	}
	return out
}

// relativeHead reports whether the pattern opens with its person and a
// relative clause about them ("{A} , who ...").
func (p *pattern) relativeHead() bool {
	if p == nil || len(p.elems) < 3 || p.elems[0].kind != elemSlot || p.elems[0].slot != slotA {
		return false
	}
	return p.elems[1].kind == elemWord && slices.ContainsFunc(p.elems[1].alts, func(a []string) bool { return len(a) == 1 && a[0] == "," }) &&
		p.elems[2].kind == elemWord && slices.ContainsFunc(p.elems[2].alts, func(a []string) bool { return len(a) == 1 && a[0] == "who" })
}

// nounOf reports whether the match's person is a description followed by
// "of" ("a former mayor of Bristol", "the pride of Leeds"): the place
// completes the noun and tells no home.
func (rw *raw) nounOf() bool {
	a := rw.b.slots[slotA]
	if rw.s == nil || !a.set {
		return false
	}
	u := rw.s.unitAt(a.span.Start)
	if u < 0 || u+1 >= len(rw.s.units) {
		return false
	}
	return rw.s.units[u].mkind == kindNominal && rw.s.units[u+1].word == "of"
}

// dropAppearances removes whereabouts read from a future or generic "be
// seen in" ("will next be seen in Northern Rail", "can be seen in"): an
// appearance in a work, not a sighting.
func dropAppearances(raws []*raw) []*raw { return dropWhereabouts(raws, (*raw).appearance) }

// appearance reports whether the match's trigger opens with "seen" after
// "be" and a modal ("will be seen", "can next be seen").
func (rw *raw) appearance() bool {
	if rw.s == nil {
		return false
	}
	u := rw.s.unitAt(rw.f.Trigger.Start)
	if u < 2 || rw.s.units[u].word != "seen" || rw.s.units[u-1].word != "be" {
		return false
	}
	for k := u - 2; k >= 0 && k >= u-3; k-- {
		switch rw.s.units[k].word {
		case "will", "can", "could", "would", "'ll", "may", "might", "to":
			return true
		}
	}
	return false
}

// countryNames are other names of countries than the nationality list's
// (data/classes.tsv): "Britain", "U.S.", "Holland".
var countryNames = wordSet("countrynames")

// otherCountryName reports whether name, in any case and with or without
// "the", is one of countryNames ("Britain", "the Czech Republic").
func otherCountryName(name string) bool {
	n := strings.ToLower(name)
	return countryNames[n] || countryNames[strings.TrimPrefix(n, "the ")]
}

// countryArg reports whether the fact's second argument is a country the
// nationality list names, or one of its other names ("Norway's Ingrid
// Sorlie", "Tom Hale (Britain)"; not "Paris's").
func (rw *raw) countryArg(nations map[string]string) bool {
	a := rw.f.Args
	if len(a) < 2 || a[1].Entity < 0 || rw.s == nil {
		return false
	}
	name := rw.s.doc.Entities[a[1].Entity].Name
	if otherCountryName(name) {
		return true // "Tom Hale (Britain)"
	}
	for _, c := range nations {
		if strings.EqualFold(c, name) {
			return true
		}
	}
	return false
}

// adjectiveOrg reports whether the organisation of a membership or a post
// is a nationality adjective taken for a name ("Brazilian midfielder X",
// "the Canadian singer X"): a nationality, no team or employer. A country's
// own name ("New Zealand") and abbreviations ("U.S.") are kept.
func (rw *raw) adjectiveOrg(nations map[string]string) bool {
	var org hearsay.Arg
	switch a := rw.f.Args; {
	case rw.f.Type == "member_of" && len(a) == 2:
		org = a[1]
	case postTypes.has(rw.f.Type) && len(a) == 3:
		org = a[2]
	default:
		return false
	}
	name := org.Literal
	if org.Entity >= 0 && rw.s != nil {
		name = rw.s.doc.Entities[org.Entity].Name
	}
	var buf [64]byte
	country, adjective := nations[string(appendLower(buf[:0], name))]
	return adjective && !strings.EqualFold(country, name) && !strings.Contains(name, ".") // "New Zealand" is both
}

// movesThing reports whether the words from a residence's trigger to its
// place hold the object of a move that is no person (classes.tsv
// movedthing: "founded the firm in Leeds before moving it to York", "moved
// the company's headquarters to Austin") or an organisation whose place it
// is ("works as a curator at the Whitcombe Gallery in London"): a
// business's place, not a home, unless a verb of living (classes.tsv
// livingverbs) triggers the residence. A party named bare is no such
// organisation ("X, a Republican from Kelby": the member's home; bareParty).
func (rw *raw) movesThing(things, parties map[string]bool) bool {
	pl := rw.b.slots[slotPlace]
	if rw.s == nil || !pl.set || rw.f.Trigger.End <= rw.f.Trigger.Start {
		return false
	}
	u := rw.s.unitAt(rw.f.Trigger.Start)
	if u < 0 {
		return false
	}
	lives := livingVerbs[rw.s.units[u].word] // "lives above his shop in Ramsgate": a home, whatever the building
	for ; u < len(rw.s.units) && rw.s.units[u].End <= pl.span.Start; u++ {
		if x := &rw.s.units[u]; x.ment == -1 && things[x.word] && !lives || x.ment != -1 && x.etype == entOrg && x.End <= pl.span.Start && !rw.s.bareParty(u, parties) {
			return true // "works as a curator at the Whitcombe Gallery in London": the gallery's place
		}
	}
	return false
}

// bareParty reports whether unit u is a mention of a party (postParty)
// right after an article ("a Republican from Kelby"): a member's home. A
// modifier between ("a three-term Democrat from Millbrook County") makes
// the member one who holds the seat, whose place is the district.
func (s *sent) bareParty(u int, parties map[string]bool) bool {
	x := &s.units[u]
	if u == 0 || len(x.ents) != 1 || x.ents[0] >= len(s.doc.Entities) {
		return false
	}
	switch s.units[u-1].word {
	case "a", "an":
		return postParty(s.doc.Entities[x.ents[0]].Name, parties)
	}
	return false
}

// propertyShare reports whether a home named by a noun is property that
// someone keeps or receives ("will keep the couple's Malibu home",
// "receives their ranch in Montana"): a settlement, not where anyone lives.
func (rw *raw) propertyShare() bool {
	if !rw.noun || rw.s == nil {
		return false
	}
	u := rw.s.unitAt(rw.f.Trigger.Start)
	for k := u - 1; k >= 0 && k >= u-5; k-- {
		x := rw.s.units[k]
		if x.boundary || x.word == "," {
			return false
		}
		if propertyVerbs[x.word] {
			return true
		}
	}
	return false
}

// propertyVerbs give property to someone.
var propertyVerbs = wordSet("propertyverbs")

// unnamedPerson reports whether the fact's first argument is a person the
// article does not name ("seen with a model in Singapore"): whereabouts and
// homes are told of named people.
func (rw *raw) unnamedPerson() bool {
	return rw.unnamedArg(0)
}

// unnamedKin reports whether the fact is a home of a relative the article
// does not name ("Her mother, a market trader, still lives in Takoradi";
// "lives in Hexham with her husband"): the conventions give unnamed
// relatives their homes, while a stranger seen somewhere is no one's.
func (rw *raw) unnamedKin() bool {
	if rw.f.Type != "residence" || !rw.unnamedArg(0) {
		return false
	}
	name := strings.ToLower(rw.s.doc.Entities[rw.f.Args[0].Entity].Name)
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '>' || r == ',' }) {
		if kinHomeNouns[w] {
			return true
		}
	}
	return false
}

// kinHomeNouns are the grown relatives whose homes are told unnamed; the
// gold leaves the homes of unnamed children optional.
var kinHomeNouns = wordSet("kinhomenouns")

// unnamedArg reports whether the fact's argument i is a person the article
// does not name.
func (rw *raw) unnamedArg(i int) bool {
	a := rw.f.Args
	if len(a) <= i || a[i].Entity < 0 || rw.s == nil || a[i].Entity >= len(rw.s.doc.Entities) {
		return false
	}
	return rw.s.doc.Entities[a[i].Entity].Unnamed
}

// dropNamedPartners removes the facts of patterns with option unnamed whose
// second argument is a named person: being "seen with a model" or "spending
// time with a young sommelier" tells of a romance with someone the story
// will not name, while being seen with a named person tells nothing of the
// kind. It also removes the facts of patterns with option partner whose
// second argument is a person the article does not name: "is seeing a
// therapist" or "has been seeing a doctor" tells of visits to a
// professional, while "is seeing Tom Hale" tells of a romance.
func dropNamedPartners(raws []*raw) []*raw {
	out := raws[:0]
	for _, rw := range raws {
		if rw.pat != nil && rw.pat.has("unnamed") && !rw.unnamedArg(1) {
			continue
		}
		if rw.pat != nil && rw.pat.has("partner") && rw.unnamedArg(1) {
			continue
		}
		out = append(out, rw)
	}
	return out
}

// dropPartnerPosts drops a post of "partner" read from words that also tell
// a romance with its holder in the same sentence ("My partner, Tom Hale, is
// a chef": Tom Hale dates the speaker and is no partner of the firm the
// article is about).
func dropPartnerPosts(raws []*raw) []*raw {
	out := raws[:0]
	for _, rw := range raws {
		if !partnerPost(rw) || !slices.ContainsFunc(raws, func(o *raw) bool { return romanceWith(o, rw) }) {
			out = append(out, rw)
		}
	}
	return out
}

// partnerPost reports whether rw is a post whose role is "partner".
func partnerPost(rw *raw) bool {
	return rw.f.Type == "position_held" && len(rw.f.Args) == 3 && rw.f.Args[0].Entity >= 0 && strings.EqualFold(rw.f.Args[1].Literal, "partner")
}

// romanceWith reports whether o is a romance or a marriage of the holder of
// post rw read from the same sentence, whose trigger overlaps rw's.
func romanceWith(o, rw *raw) bool {
	switch o.f.Type {
	case "dating", "married", "engaged":
	default:
		return false
	}
	if o.s != rw.s || len(o.f.Args) != 2 || o.f.Args[0].Entity != rw.f.Args[0].Entity && o.f.Args[1].Entity != rw.f.Args[0].Entity {
		return false
	}
	return o.f.Trigger.Start < rw.f.Trigger.End && rw.f.Trigger.Start < o.f.Trigger.End
}

// placeArg reports whether the place of a residence or a whereabouts is a
// place, or for whereabouts an organisation told as a venue.
func (rw *raw) placeArg(nations map[string]string) bool {
	pl := rw.b.slots[slotPlace]
	var buf [48]byte // room for most names lowercased without allocating
	if _, adjective := nations[string(appendLower(buf[:0], pl.lit))]; pl.set && pl.lit != "" && adjective && !strings.Contains(pl.lit, ".") {
		return false // "speaking in French": a language, not a place
	}
	if pl.set && len(pl.ents) == 0 && rw.s != nil && rw.s.unitAt(pl.span.Start) == 0 {
		return false // "Local resident X said": a capital that only opens the sentence names nothing
	}
	if pl.set && rw.f.Type == "located_at" && rw.s != nil && chamberName(rw.s.doc.Text[pl.span.Start:pl.span.End]) {
		return false // "has been in Parliament since 2019": a seat in a chamber, no whereabouts
	}
	if !pl.set || len(pl.ents) != 1 || rw.s == nil {
		return true
	}
	e := rw.s.doc.Entities[pl.ents[0]]
	if _, adjective := nations[string(appendLower(buf[:0], e.Name))]; adjective && !strings.Contains(e.Name, ".") {
		return false // "speaking in French": a language, not a place; "moved to the U.S." is one
	}
	switch e.Type {
	case hearsay.Place:
		return true
	case hearsay.Misc:
		_, adjective := nations[string(appendLower(buf[:0], e.Name))]
		return !adjective || strings.Contains(e.Name, ".")
	case hearsay.Event:
		return rw.f.Type == "located_at" // "at the Austin City Limits festival": there, but no home
	case hearsay.Org:
		if rw.f.Type == "residence" {
			return rw.s.townLike(pl.span)
		}
		if rw.f.Type != "located_at" {
			return false
		}
		u := rw.s.unitAt(pl.span.Start) - 1
		for u >= 0 && rw.s.units[u].is(clsDeterminer) {
			u--
		}
		return u >= 0 && (venueWords[rw.s.units[u].word] || buildingPreps[rw.s.units[u].word] && venueOrg(e.Name))
	}
	return false
}

// chamberName reports whether name names a legislature, a cabinet or a
// government (class legislatures): one such word ("Parliament", "the
// Legislature"), or a name of several words ending with one other than
// "house" and with no "of" ("Scottish Parliament", not "Opera House" or
// "Houses of Parliament", buildings), an institution a person sits in
// rather than a place they are at.
func chamberName(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if len(words) == 1 {
		return legislatureWords[last] || last == "government" || last == "cabinet"
	}
	for _, w := range words {
		if w == "of" {
			return false
		}
	}
	return legislatureWords[last] && last != "house"
}

// homePreps before a one-word name make it the town someone lives in, even
// when the tagger took it for an organisation ("lives in Millbrook",
// "outside Ferndale"); "moved to" may name an employer and is not one.
var homePreps = map[string]bool{"in": true, "near": true, "outside": true, "nearby": true, "of": true}

// townLike reports whether the name at sp is one capitalised word right
// after a preposition of a home, or after a place and a comma (the town of
// a street address: "of Station Road, Penrith"): a town the tagger took
// for an organisation.
func (s *sent) townLike(sp hearsay.Span) bool {
	u := s.unitAt(sp.Start)
	if u < 1 || s.unitAt(sp.End-1) != u || strings.ContainsAny(s.doc.Text[sp.Start:sp.End], " &.") {
		return false
	}
	if s.units[u-1].word == "," && u >= 2 && s.units[u-2].ment >= 0 && s.units[u-2].etype == entPlace {
		return true
	}
	return homePreps[s.units[u-1].word]
}

// presentHomes leaves a residence told in the present ("now lives in",
// "currently runs a fund in") undated: a home is a state, and "now" neither
// starts nor ends it. So is a post told in the present ("now teaches at
// X", "now hosts the breakfast show on Y"), and so is a membership or a
// marriage ("now works for X", "is now married to Y").
//
// A home where someone was or stayed on a single day takes no time: the
// day is the stay's ("was at the family home in Surrey on Sunday"). A
// home told in the present simple ("lives in", "reside in") takes no
// point in time either: a year in its clause is another verb's ("joined the
// firm in 2011 and lives in Hexham", "married in 2010 and live in Leeds");
// "since" gives it a start, which stays.
func presentHomes(raws []*raw) {
	for _, rw := range raws {
		t := rw.f.Time
		if presentUndated.has(rw.f.Type) && t != nil && t.End == "" && (t.Start == "" && t.Value == "PRESENT_REF" || t.Start == "PRESENT_REF") &&
			(rw.f.Type == "position_held" || rw.f.Modality == hearsay.Asserted && rw.f.Polarity == hearsay.Pos) {
			rw.f.Time = nil // "now teaches at X", "is currently its finance director", "now plays for Y": undated like a home
			continue
		}
		if rw.f.Type != "residence" || t == nil || t.Start != "" || t.End != "" {
			continue
		}
		if t.Value == "PRESENT_REF" || rw.s != nil && oneDay(t) && homeVisitWords[rw.triggerWord()] || rw.s != nil && presentHomeVerbs[rw.triggerWord()] && !rw.infinitive() {
			rw.f.Time = nil
		}
	}
}

// oneDay reports whether time t is a single day ("on Sunday"): the day
// someone was at a home, not a time of the home itself ("was at the family
// home in Surrey on Sunday").
func oneDay(t *hearsay.FactTime) bool {
	return len(t.Value) == len("2006-01-02") && t.Earliest == t.Value && t.Latest == t.Value
}

// homeVisitWords are the first words of a home told as where someone was
// or stayed ("was at the family home", "staying at her home in").
var homeVisitWords = wordSet("homevisitwords")

// presentUndated are the states that "now" or "currently" leaves undated: a
// post, a membership or a marriage told of the present has no start or end
// the text gives ("now works for X", "is now married to Y"), unlike a
// romance, whose news is timed PRESENT_REF. A rumour or a denial of a
// membership or a marriage is a claim about now and keeps PRESENT_REF.
var presentUndated = typesOf("position_held", "member_of", "married")

// presentHomeVerbs are the verbs of a home told in the present simple.
var presentHomeVerbs = wordSet("presenthomeverbs")

// infinitive reports whether "to" comes right before the fact's trigger
// ("returned to live in Leeds in 2019").
func (rw *raw) infinitive() bool {
	u := rw.s.unitAt(rw.f.Trigger.Start)
	return u > 0 && rw.s.units[u-1].word == "to"
}

// triggerWord returns the first word of the fact's trigger, lowercased.
func (rw *raw) triggerWord() string {
	tr := rw.f.Trigger
	if tr.End <= tr.Start || tr.End > len(rw.s.doc.Text) {
		return ""
	}
	w := rw.s.doc.Text[tr.Start:tr.End]
	if i := strings.IndexByte(w, ' '); i >= 0 {
		w = w[:i]
	}
	return strings.ToLower(w)
}

// candidacies turns each candidate for an office (pseudo-type candidate)
// into a speculated appointment, and each contender (pseudo-type
// contender) into a speculated election, to the office the article tells
// someone left: the departure told nearest before the candidacy (else after it), or
// else an interim post someone holds ("the leading candidate for the
// permanent job" is a candidate for the post, not for its interim). A
// candidate who is told to be appointed to that post already, or an
// article that tells of no vacant post, gives nothing.
func candidacies(doc *hearsay.Document, raws []*raw) []*raw {
	out := make([]*raw, 0, len(raws))
	var cands []*raw
	for _, rw := range raws {
		if rw.f.Type == candidateType || rw.f.Type == contenderType {
			cands = append(cands, rw)
		} else {
			out = append(out, rw)
		}
	}
	for _, c := range cands {
		if c.echo || c.s == nil || len(c.f.Args) < 1 || c.f.Args[0].Entity < 0 {
			continue
		}
		v := vacancy(out, c)
		if v == nil {
			continue
		}
		role := strings.ToLower(v.f.Args[1].Literal)
		if first, rest, ok := strings.Cut(role, " "); ok && (first == "interim" || first == "acting" || first == "caretaker") {
			role = rest
		}
		args := []hearsay.Arg{c.f.Args[0], {Entity: -1, Literal: role}, v.f.Args[2]}
		if appointedAlready(out, args, changeType(c.f.Type)) {
			continue
		}
		typ := changeType(c.f.Type)
		cp := *c
		cp.f.Type = typ
		cp.f.Args = args
		cp.f.Time = nil
		cp.f.Qualifiers = nil
		cp.pat = &pattern{typ: typ, line: c.pat.line}
		cp.f.Derived = true
		cp.f.Reason = fmt.Sprintf("%s is named as a candidate for the post of %s", doc.Entities[args[0].Entity].Name, role)
		out = append(out, &cp)
	}
	return out
}

// vacancy returns the post a candidacy c is for: a departure from a post
// (role and organisation known) by someone else, told nearest before c
// (else nearest after it), or else an interim post someone holds; nil when
// the article tells of none.
func vacancy(raws []*raw, c *raw) *raw {
	var best *raw
	bestDist := 1 << 30
	for _, m := range raws {
		if m.echo || m.s == nil || len(m.f.Args) != 3 || m.f.Args[1].Literal == "" || m.f.Args[2].Entity < 0 && m.f.Args[2].Literal == "" ||
			m.f.Polarity == hearsay.Neg || m.f.Modality == hearsay.Denied {
			continue
		}
		interim := m.f.Type == "appointed" || m.f.Type == "position_held"
		if !leaving(m.f.Type) && !(interim && strings.HasPrefix(m.f.Args[1].Literal, "interim ") || interim && strings.HasPrefix(m.f.Args[1].Literal, "acting ")) {
			continue
		}
		if leaving(m.f.Type) && m.f.Args[0].Entity == c.f.Args[0].Entity {
			continue
		}
		d := leaning(c.s.idx - m.s.idx)
		if !leaving(m.f.Type) {
			d += 1 << 20 // a departure first
		}
		if underPost(m.f.Args[1].Literal) {
			d += 1 << 19 // a departure from a post under another after one from the post above: "Castlegate sacked manager X. His assistant, Y, has also left"
		}
		if d < bestDist {
			best, bestDist = m, d
		}
	}
	return best
}

// changeType is the change of office a candidacy pseudo-type stands for.
func changeType(t string) string {
	if t == contenderType {
		return "elected"
	}
	return "appointed"
}

// appointedAlready reports whether raws tell, not as speculation, the
// change of office typ (appointed, elected) of args' person to args' post.
func appointedAlready(raws []*raw, args []hearsay.Arg, typ string) bool {
	for _, m := range raws {
		if m.f.Type != typ || len(m.f.Args) != 3 || m.f.Args[0].Entity != args[0].Entity || !strings.EqualFold(m.f.Args[1].Literal, args[1].Literal) {
			continue
		}
		if m.f.Modality == hearsay.Asserted || m.f.Modality == hearsay.Reported {
			return true
		}
	}
	return false
}

// lengthStarts opens a state that has an end but no start with the length
// its own clause gives ("where he had been president for six years", after a
// move in March 2018; a post left "after two years as minister"): it began
// that many years before it ended.
func lengthStarts(raws []*raw, tc tenureCues) {
	for _, rw := range raws {
		t := rw.f.Time
		if rw.echo || rw.s == nil || t == nil || t.End == "" || t.Start != "" || t.Value != "" {
			continue
		}
		tu := rw.s.unitAt(rw.f.Trigger.End - 1)
		if tu < 0 {
			continue
		}
		if n, ok := rw.s.stateLength(rw.s.clauses(), tu); ok {
			t.Start = yearsBefore(t.End, n)
		} else if rw.f.Type == "position_held" || rw.f.Type == "member_of" {
			if n, ok := rw.s.tenureAfter(tc); ok { // "quit on Tuesday after two years as finance minister"
				t.Start = monthsBefore(t.End, n)
			} else if n, ok := heldNext(rw, tc.posts); ok && rw.f.Type == "position_held" {
				t.Start = monthsBefore(t.End, n) // "... fired X on Monday. X had been in the job for five months."
			}
		}
	}
}

// heldNext reads the length of a post from the sentence after the fact's
// when that sentence opens with the post holder and measures a post held
// ("Berg had been in the job for just five months", "She had held the
// position for three years"), in months.
func heldNext(rw *raw, posts map[string]bool) (int, bool) {
	doc, si := rw.s.doc, rw.s.idx+1
	if si >= len(doc.Sentences) || len(rw.f.Args) == 0 || rw.f.Args[0].Entity < 0 {
		return 0, false
	}
	sn := doc.Sentences[si]
	if sn.FirstToken < 0 || sn.FirstToken >= sn.EndToken || sn.EndToken > len(doc.Tokens) {
		return 0, false
	}
	first := doc.Tokens[sn.FirstToken]
	opens := false
	for _, m := range doc.Mentions {
		if m.Sentence == si && m.Start == first.Start && m.Entity == rw.f.Args[0].Entity {
			opens = true
		}
	}
	if !opens {
		return 0, false
	}
	toks := doc.Tokens[sn.FirstToken:sn.EndToken]
	for _, ti := range sentTimexes(doc, si) {
		t := doc.Timexes[ti]
		if t.Type != hearsay.Duration || t.Mod != "" || !heldFor(toks, t, posts) {
			continue
		}
		if n, ok := wholeYears(t.Value); ok {
			return 12 * n, true
		}
		if m := reMonths.FindStringSubmatch(t.Value); m != nil {
			if n, err := strconv.Atoi(m[1]); err == nil && n > 0 {
				return n, true
			}
		}
	}
	return 0, false
}

// tenureAfter reads how long a post was held from "after N years" in a
// sentence that tells its end ("stepped down after nine years in the
// role", "after 14 years at the helm"); a length of a marriage or of a
// couple's time together ("after ten years of marriage", "after two years
// together") is not a post's. A length before a noun of tenures tells it
// too ("ending an eight-year tenure"), and one before "after" and a word of
// taking up the post ("18 months after taking charge"). The length is in
// months.
func (s *sent) tenureAfter(tc tenureCues) (int, bool) {
	return tenureAfterIn(s.doc, s.idx, tc)
}

// tenureCues are the words that tell a length is a post's: nouns of a
// spell in it ("tenure") and words of taking it up ("taking", "joining").
type tenureCues struct {
	tenures, takeovers, posts map[string]bool
}

// monthsBefore is the time n months before the time value v: a year when n
// is whole years, else a month ("" when v names no month).
func monthsBefore(v string, n int) string {
	if n%12 == 0 {
		return yearsBefore(v, n/12)
	}
	if len(v) < 7 {
		return ""
	}
	at, err := time.Parse("2006-01", v[:7])
	if err != nil {
		return ""
	}
	return at.AddDate(0, -n, 0).Format("2006-01")
}

// tenureAfterIn reads such a length in sentence si of the document.
func tenureAfterIn(doc *hearsay.Document, si int, tc tenureCues) (int, bool) {
	sn := doc.Sentences[si]
	if sn.FirstToken < 0 || sn.FirstToken > sn.EndToken || sn.EndToken > len(doc.Tokens) {
		return 0, false
	}
	toks := doc.Tokens[sn.FirstToken:sn.EndToken]
	for _, ti := range sentTimexes(doc, si) {
		t := doc.Timexes[ti]
		if t.Type != hearsay.Duration || t.Mod != "" {
			continue
		}
		before, next, then := "", "", ""
		for k, tok := range toks {
			if tok.End <= t.Start {
				before = strings.ToLower(tok.Text)
			}
			if tok.Start >= t.End && next == "" {
				next = strings.ToLower(toks[k].Text)
				if k+1 < len(toks) {
					then = strings.ToLower(toks[k+1].Text)
				}
				if subjectPronouns[then] && k+2 < len(toks) {
					then = strings.ToLower(toks[k+2].Text) // "after he took charge"
				}
			}
		}
		took := next == "after" && tc.takeovers[then] // "18 months after taking charge"
		took = took || heldFor(toks, t, tc.posts)     // "had been in the job for five months"
		if before != "after" && !strings.HasPrefix(strings.ToLower(t.Text), "after ") && !tc.tenures[next] && !took {
			continue
		}
		if !took && (next == "of" || next == "together" || next == "apart" || next == "") {
			continue
		}
		if n, ok := wholeYears(t.Value); ok {
			return 12 * n, true
		}
		if m := reMonths.FindStringSubmatch(t.Value); m != nil && took {
			if n, err := strconv.Atoi(m[1]); err == nil && n > 0 {
				return n, true
			}
		}
	}
	return 0, false
}

// heldFor reports whether the length t follows "for" (or "for just",
// "for only") right after a noun of posts ("in the job for five months",
// "in office for six years").
func heldFor(toks []hearsay.Token, t hearsay.Timex, posts map[string]bool) bool {
	k := -1
	for i, tok := range toks {
		if tok.End <= t.Start {
			k = i
		}
	}
	if t.Text != "" && strings.HasPrefix(strings.ToLower(t.Text), "for ") {
		k++ // the length begins with its "for"
	}
	for k >= 0 && hedgeWords[strings.ToLower(toks[k].Text)] {
		k--
	}
	if k < 1 || strings.ToLower(toks[k].Text) != "for" {
		return false
	}
	return posts[strings.ToLower(toks[k-1].Text)]
}

// hedgeWords may stand between "for" and a length ("for just five months").
var hedgeWords = wordSet("hedgewords")

// officeWords tell that someone takes up a post at a time ("will take over
// on July 1", "will be sworn in on January 3", "takes office on Jan. 1",
// "will start on March 2", "effective Sept. 1").
var officeWords = wordPhrases("officewords")

// officeFirst are officeWords by their first word.
var officeFirst = func() map[string][][]string {
	m := map[string][][]string{}
	for _, ph := range officeWords {
		m[ph[0]] = append(m[ph[0]], ph)
	}
	return m
}()

// officeLeads are the distinct first words of officeWords, by their
// first letter.
var officeLeads = func() [256][]string {
	var a [256][]string
	for _, ph := range officeWords {
		if w := ph[0]; !slices.Contains(a[w[0]], w) {
			a[w[0]] = append(a[w[0]], w)
		}
	}
	return a
}()

// officeLeadLens are the lengths of officeLeads, by first letter, as bits:
// a word of no such length starts no phrase.
var officeLeadLens = func() [256]uint32 {
	var a [256]uint32
	for c, leads := range officeLeads {
		for _, l := range leads {
			a[c] |= 1 << len(l) // every lead is shorter than 32 bytes
		}
	}
	return a
}()

// gapWords may stand between such words and their time ("take over as chief
// executive on July 1" keeps the role's words too).
var gapWords = map[string]bool{"on": true, "in": true, "from": true, "as": true, "of": true, "at": true, "the": true}

// officeStart is a day someone takes up a post: ent is the person, or -1
// when the words name none ("effective Sept. 1"): the one appointed in the
// sentence.
type officeStart struct {
	ent, sent int
	time      hearsay.Timex
}

// officeStarts finds the days people take up posts that the text tells
// apart from their appointment; marks are the document's cueMarks.
func officeStarts(doc *hearsay.Document, marks cueMarks) []officeStart {
	var out []officeStart
	for si, sn := range doc.Sentences {
		if sn.FirstToken < 0 || sn.FirstToken > sn.EndToken || sn.EndToken > len(doc.Tokens) {
			continue
		}
		toks := doc.Tokens[sn.FirstToken:sn.EndToken]
		for i, m := range marks[sn.FirstToken:sn.EndToken] {
			if m&markOffice == 0 {
				continue
			}
			n := officePhrase(toks, i)
			if n == 0 {
				continue
			}
			t, ok := officeTime(doc, toks, i+n)
			if !ok {
				continue
			}
			ent := -1
			if !strings.EqualFold(toks[i].Text, "effective") {
				if ent = subjectBefore(doc, si, toks[i].Start); ent < 0 {
					continue
				}
			}
			out = append(out, officeStart{ent: ent, sent: si, time: t})
		}
	}
	return out
}

// mayLeadOffice reports whether some lead of officeWords has the first
// letter and the length of word w (see officeLeadLens).
func mayLeadOffice(w string) bool {
	return w != "" && len(w) < 32 && officeLeadLens[w[0]|0x20]&(1<<len(w)) != 0
}

// officePhrase returns how many tokens from i one of officeWords takes, or 0.
func officePhrase(toks []hearsay.Token, i int) int {
	w := toks[i].Text
	if w == "" {
		return 0
	}
	if !mayLeadOffice(w) {
		return 0 // no lead of that first letter and length
	}
	lead := ""
	for _, l := range officeLeads[w[0]|0x20] { // no phrase starts with most letters
		if asciiFoldEq(w, l) {
			lead = l
			break
		}
	}
	if lead == "" {
		return 0
	}
	for _, ph := range officeFirst[lead] {
		if i+len(ph) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(ph); k++ {
			if !strings.EqualFold(toks[i+k].Text, ph[k]) {
				ok = false
				break
			}
		}
		if ok {
			return len(ph)
		}
	}
	return 0
}

// asciiFoldEq reports whether w is lower, ignoring the case of ASCII
// letters only.
func asciiFoldEq(w, lower string) bool {
	if len(w) != len(lower) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[k] {
			return false
		}
	}
	return true
}

// officeTime returns a dated time of day or month granularity that starts
// within a few words after token j, with only prepositions and a role
// between ("on July 1", "as chief executive on Jan. 1").
func officeTime(doc *hearsay.Document, toks []hearsay.Token, j int) (hearsay.Timex, bool) {
	for k := j; k < len(toks) && k < j+6; k++ {
		for ix := range doc.Timexes {
			t := &doc.Timexes[ix]
			if t.Start == toks[k].Start && t.Type == hearsay.Date && len(t.Value) >= len("2006-01") && !strings.Contains(t.Value, "REF") && t.Value[4] == '-' && t.Value[5] != 'W' {
				return *t, true
			}
		}
		if !gapWords[strings.ToLower(toks[k].Text)] && (k == j || !strings.EqualFold(toks[j].Text, "as")) {
			return hearsay.Timex{}, false
		}
	}
	return hearsay.Timex{}, false
}

// subjectBefore returns the person last mentioned in sentence si before
// offset off, or -1.
func subjectBefore(doc *hearsay.Document, si, off int) int {
	ent := -1
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Sentence == si && m.End <= off && m.Type == hearsay.Person && m.Entity >= 0 {
			ent = m.Entity
		}
	}
	return ent
}

// effectWords stand right before the day a new post takes effect, apart
// from the day it was made ("effective July 1", "with effect from 1
// February", "starting Jan. 1").
var effectWords = wordSet("effectwords")

// effectiveDays tells an appointment from the day it takes effect ("was
// named head of school, effective July 1"; "has appointed X as a director
// from September 1"): the post starts that day, and the appointment takes
// the day the sentence gives for its making ("today announced the
// appointment of X, effective June 15"), or no time.
func effectiveDays(raws []*raw) []*raw {
	out := raws
	for _, rw := range raws {
		if rw.echo || rw.s == nil || rw.f.Type != "appointed" && rw.f.Type != "elected" || rw.f.Time == nil || rw.f.Time.Timex < 0 || len(rw.f.Args) != 3 {
			continue
		}
		doc := rw.s.doc
		if rw.f.Time.Timex >= len(doc.Timexes) || !rw.s.effectDay(doc.Timexes[rw.f.Time.Timex], rw.f.Trigger) {
			continue
		}
		start := doc.Timexes[rw.f.Time.Timex]
		out = startPostOn(out, rw, start)
		rw.f.Time = rw.s.madeOn(rw.f.Time.Timex)
		if rw.f.Time == nil {
			rw.f.Time = newsMade(rw, start)
		}
		rw.f.Derived = true
		rw.f.Reason = "made apart from the day it takes effect (" + start.Value + ")"
	}
	return out
}

// newsMade returns the news day of the article, from its opening
// sentences, as the day an appointment told as fact was made when the post
// takes effect on day start, no earlier than the news: "the board appointed
// X as clerk effective January 1" in the minutes of a meeting; failing
// that, the article's day when the sentence announces the change in the
// present, as a press release does (announcesNow); or nil.
func newsMade(rw *raw, start hearsay.Timex) *hearsay.FactTime {
	if rw.f.Modality != hearsay.Asserted && rw.f.Modality != hearsay.Reported {
		return nil
	}
	doc := rw.s.doc
	t, ok := newsDay(doc, firstSentence(doc))
	if !ok && rw.s.announcesNow(rw.f.Trigger) {
		t, ok = hearsay.Timex{Type: hearsay.Date, Value: doc.DateString()}, true // "The Board is pleased to announce the appointment of X ... with effect from 1 July": the release's day
	}
	if !ok || len(start.Value) < len(day) || start.Value[:len(day)] < t.Value[:len(day)] {
		return nil
	}
	lo, hi := bounds(t)
	return &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: lo, Latest: hi, Timex: -1}
}

// announceNowVerbs tell in the present that a body makes a change known
// ("the Company announces that", "is pleased to announce"); notNowWords
// before one put it off ("will announce") (data/classes.tsv).
var (
	announceNowVerbs = wordSet("announcenow")
	notNowWords      = wordSet("notnowwords")
)

// announcesNow reports whether the sentence tells, before trig ends, in the
// present tense that a body announces what it holds: a press release's
// voice, whose day is the article's.
func (s *sent) announcesNow(trig hearsay.Span) bool {
	return s.anyUnit(0, trig.End, func(u int) bool {
		return announceNowVerbs[s.units[u].word] && (u == 0 || !notNowWords[s.units[u-1].word])
	})
}

// effectDay reports whether time t, after the trigger trig, is the day a
// post takes effect: one of effectWords stands right before it or before
// its "on" ("starting on March 3"), and "from" only before a day or month
// still to come.
func (s *sent) effectDay(t hearsay.Timex, trig hearsay.Span) bool {
	if t.Start < trig.End || len(t.Value) < len("2006-01") || t.Value[4] != '-' || t.Value[5] == 'W' || strings.Contains(t.Value, "REF") {
		return false
	}
	u := s.unitAt(t.Start)
	if u > 1 && s.units[u-1].word == "on" && s.units[u-2].word != "from" {
		u-- // "starting on March 3", "effective on 1 April"
	}
	if u < 1 || !effectWords[s.units[u-1].word] {
		return false
	}
	if s.units[u-1].word == "from" {
		_, hi, ok := valueBounds(t.Value)
		return ok && hi.After(s.doc.Date)
	}
	return true
}

// madeOn returns the day other than the one of time expression skip that
// the sentence gives, up to the article's date: the day a change was made;
// or nil.
func (s *sent) madeOn(skip int) *hearsay.FactTime {
	for _, ti := range s.tix() {
		if ti == skip {
			continue
		}
		t, ok := dayOf(s.doc.Timexes[ti])
		if !ok || len(t.Value) < len(day) || t.Value[:len(day)] > s.doc.DateString() {
			continue
		}
		lo, hi := bounds(t)
		return &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: lo, Latest: hi, Timex: ti}
	}
	return nil
}

// startPostOn starts the post that appointment ev opens on the day it takes
// effect, adding the post when out has none; a post already dated keeps its
// time. An interim post the text says takes effect on a day is a tenure from
// that day ("was named interim editor, effective December 1").
func startPostOn(out []*raw, ev *raw, start hearsay.Timex) []*raw {
	switch ev.f.Modality {
	case hearsay.Rumored, hearsay.Speculated, hearsay.Uncertain, hearsay.Denied:
		return out
	}
	if ev.f.Args[1].Literal == "" || ev.f.Args[2].Literal == "" && ev.f.Args[2].Entity < 0 {
		return out
	}
	ph, out := postOf(out, ev, true)
	if ph.f.Time != nil && (ph.f.Time.Start != "" || ph.f.Time.Value != "") {
		return out
	}
	ph.f.Time = &hearsay.FactTime{Start: start.Value, StartMod: start.Mod, Timex: -1}
	ph.f.Derived = true
	ph.f.Reason = "the post began the day the appointment took effect (" + start.Value + ")"
	return out
}

// officeTaken starts a post on the day its holder takes it up when the text
// tells that day apart from the appointment or election that began it ("was
// named chief executive on Tuesday ... will take over on July 1"; "was
// elected mayor on Tuesday. She will be sworn in on January 3"); marks are
// the document's cueMarks.
func officeTaken(doc *hearsay.Document, raws []*raw, marks cueMarks) {
	if !anyStartedPost(raws) || !anyOpenPost(raws) {
		return
	}
	for _, os := range officeStarts(doc, marks) {
		var ph *raw
		for _, rw := range raws {
			if rw.echo || rw.f.Type != "position_held" || rw.f.Time == nil || rw.f.Time.Start == "" || rw.f.Time.End != "" || !startedBy(raws, rw, os) {
				continue
			}
			if ph != nil {
				ph = nil // two new posts: which one is taken up is unclear
				break
			}
			ph = rw
		}
		if ph == nil {
			continue
		}
		lo, _, ok1 := valueBounds(ph.f.Time.Start)
		at, _, ok2 := valueBounds(os.time.Value)
		if !ok1 || !ok2 || at.Before(lo) {
			continue
		}
		ph.f.Time.Start, ph.f.Time.StartMod = os.time.Value, os.time.Mod
		ph.f.Derived = true
		ph.f.Reason = "the post began the day it was taken up (" + os.time.Value + ")"
		ph.f.Evidence = uniqueEvidence(append(ph.f.Evidence, os.sent))
	}
}

// startedBy reports whether a position's start is the time of an
// appointment or election of its holder, and the holder is the one who
// takes up a post at os.
func startedBy(raws []*raw, ph *raw, os officeStart) bool {
	for _, ev := range raws {
		if ev.echo || ev.f.Type != "appointed" && ev.f.Type != "elected" || ev.f.Time == nil || ev.f.Time.Value != ph.f.Time.Start {
			continue
		}
		if !sameArgs(hearsay.Fact{Type: "position_held", Args: ev.f.Args}, ph.f) {
			continue
		}
		if os.ent >= 0 && ev.f.Args[0].Entity == os.ent || os.ent < 0 && ev.f.Sentence == os.sent {
			return true
		}
	}
	return false
}

// stopGap reports whether a role is an interim, acting or caretaker post.
func stopGap(role string) bool {
	first, _, ok := strings.Cut(strings.ToLower(role), " ")
	return ok && (first == "interim" || first == "acting" || first == "caretaker")
}

// understudyPost reports whether a role is held under another of its name
// ("deputy editor", "assistant manager", "vice chairman"): its first word
// is a step up's (stepUpWords) other than a stop-gap's.
func understudyPost(role string) bool {
	first, _, ok := strings.Cut(strings.ToLower(role), " ")
	return ok && stepUpWords[first] && !stopGap(role)
}

// underPost reports whether a role is held under another, by its name
// alone or by its first word ("assistant", "deputy", "assistant manager",
// "vice chairman"): a step up's word (stepUpWords) other than a
// stop-gap's.
func underPost(role string) bool {
	first, _, _ := strings.Cut(strings.ToLower(role), " ")
	return stepUpWords[first] && !stopGap(role)
}

// permanentRole returns a stop-gap role without its first word ("interim
// chief" → "chief"): the post the interim fills.
func permanentRole(role string) string {
	_, rest, _ := strings.Cut(role, " ")
	return rest
}

// interimTimes dates an undated appointment to an interim or acting post
// ("was named interim chief executive, effective immediately") by the
// departure from the post it fills, told in the article with a date: the
// interim takes over when the holder leaves.
func interimTimes(raws []*raw, roles map[string]string) {
	for _, rw := range raws {
		if rw.f.Type != "appointed" || rw.echo || rw.f.Time != nil || len(rw.f.Args) != 3 {
			continue
		}
		_, rest, _ := strings.Cut(canonRole(rw.f.Args[1].Literal, roles), " ")
		if !stopGap(rw.f.Args[1].Literal) {
			continue
		}
		var left *raw
		for _, d := range raws {
			if !leaving(d.f.Type) || d.echo || len(d.f.Args) != 3 || d.f.Args[0].Entity == rw.f.Args[0].Entity || d.f.Polarity == hearsay.Neg ||
				d.f.Time == nil || d.f.Time.Value == "" || strings.Contains(d.f.Time.Value, "REF") || !sameOrg(d.f.Args[2], rw.f.Args[2]) ||
				canonRole(d.f.Args[1].Literal, roles) != rest {
				continue
			}
			if left == nil || d.f.Time.Value > left.f.Time.Value {
				left = d
			}
		}
		if left != nil {
			t := left.f.Time
			rw.f.Time = &hearsay.FactTime{Value: t.Value, Earliest: t.Earliest, Latest: t.Latest, Timex: -1}
		}
	}
}

// presentDatedElsewhere leaves undated a once-only event told as a present
// state ("X and Y are engaged, a rep confirmed") that the article dates in a
// telling it could not fold in (another source: "Y proposed on New Year's
// Eve, according to People"): the event happened then, not on the day of
// the article.
func presentDatedElsewhere(raws []*raw) {
	for _, p := range raws {
		if p.echo || !onceTypes.has(p.f.Type) || p.f.Type == "died" || p.f.Time == nil || p.f.Time.Value != "PRESENT_REF" || p.f.Polarity != hearsay.Pos {
			continue
		}
		for _, d := range raws {
			if d != p && !d.echo && d.f.Type == p.f.Type && sameArgs(d.f, p.f) && d.f.Polarity == hearsay.Pos && d.f.Time != nil &&
				d.f.Time.Value != "" && !strings.Contains(d.f.Time.Value, "REF") {
				p.f.Time = nil
				break
			}
		}
	}
}

// babyWords name a child without naming it ("the baby was born on March
// 21", "their daughter was born Tuesday").
var babyWords = wordSet("babywords")

// newbornTime dates the parenthood of the one child whose birth the
// article tells without its name ("have welcomed their first child, a
// daughter named Elodie. The baby was born on March 21"): when the undated
// parent_of facts all name the same child.
func newbornTime(doc *hearsay.Document, raws []*raw) {
	child := -1
	var undated []*raw
	for _, rw := range raws {
		if rw.f.Type != "parent_of" || rw.echo || rw.f.Time != nil || len(rw.f.Args) < 2 || rw.f.Modality != hearsay.Asserted {
			continue
		}
		if c := rw.f.Args[1].Entity; c < 0 || child >= 0 && c != child {
			return
		} else {
			child = c
		}
		undated = append(undated, rw)
	}
	if len(undated) == 0 || grownUp(raws, child) {
		return
	}
	t, si, ok := unnamedBirth(doc)
	if !ok {
		return
	}
	for _, rw := range undated {
		lo, hi := bounds(t)
		rw.f.Time = &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: lo, Latest: hi, Timex: -1}
		rw.f.Derived = true
		rw.f.Reason = "time is the birth the article tells of the baby"
		rw.f.Evidence = uniqueEvidence(append(rw.f.Evidence, si))
	}
}

// adultTypes are the facts whose people are grown up: a person who
// marries, dates, expects a child or holds a job is no newborn.
var adultTypes = typesOf("married", "engaged", "dating", "separated", "divorced", "affair", "expecting_child", "occupation", "position_held", "appointed", "elected", "resigned", "member_of")

// grownUp reports whether the facts tell of person e as an adult: a
// partner, a worker or a parent ("Kovar's mother, Ilse" is no baby's
// parenthood for "Their son was born in March").
func grownUp(raws []*raw, e int) bool {
	for _, rw := range raws {
		for i, a := range rw.f.Args {
			if a.Entity != e {
				continue
			}
			if adultTypes.has(rw.f.Type) || rw.f.Type == "parent_of" && i == 0 {
				return true
			}
		}
	}
	return false
}

// unnamedBirth returns the one time the article gives to the birth of a
// child it does not name there ("The baby was born on March 21", "Their
// son was born Tuesday").
func unnamedBirth(doc *hearsay.Document) (hearsay.Timex, int, bool) {
	var found []hearsay.Timex
	at := -1
	for si, sn := range doc.Sentences {
		if sn.FirstToken < 0 || sn.FirstToken > sn.EndToken || sn.EndToken > len(doc.Tokens) {
			continue
		}
		toks := doc.Tokens[sn.FirstToken:sn.EndToken]
		for i := 0; i+2 < len(toks); i++ {
			if !strings.EqualFold(toks[i+2].Text, "born") || !babyWords[strings.ToLower(toks[i].Text)] {
				continue
			}
			if w := strings.ToLower(toks[i+1].Text); w != "was" && w != "were" {
				continue
			}
			if i > 0 && !determiners[strings.ToLower(toks[i-1].Text)] && toks[i-1].Text != "'s" && toks[i-1].Text != "’s" {
				continue
			}
			for ix := range doc.Timexes {
				t := &doc.Timexes[ix]
				if t.Type == hearsay.Date && t.Start >= toks[i+2].End && t.Start-toks[i+2].End <= 4 && t.Value != "" && !strings.Contains(t.Value, "REF") {
					found, at = append(found, *t), si
				}
			}
		}
	}
	if len(found) != 1 {
		return hearsay.Timex{}, -1, false
	}
	return found[0], at, true
}

// datedDenials dates an undated denial of a change of office ("I was not
// fired," he wrote) with the time of the one dated telling of that change
// it answers ("was removed late Monday, the people said"): the denial is
// about that event.
func datedDenials(raws []*raw) {
	for _, rw := range raws {
		if rw.echo || rw.f.Time != nil || rw.f.Modality != hearsay.Denied {
			continue
		}
		if !careerChange.has(rw.f.Type) {
			if c := answeredClaim(raws, rw); c != nil {
				cp := *c.f.Time
				cp.Timex = -1
				rw.f.Time = &cp
			}
			continue
		}
		var dated *hearsay.FactTime
		n := 0
		for _, m := range raws {
			if m == rw || m.echo || m.f.Type != rw.f.Type || !sameArgs(m.f, rw.f) || m.f.Polarity != hearsay.Pos || m.f.Time == nil ||
				m.f.Time.Value == "" || strings.Contains(m.f.Time.Value, "REF") {
				continue
			}
			if dated == nil || !sameTime(dated, m.f.Time) {
				dated = m.f.Time
				n++
			}
		}
		if n == 1 {
			cp := *dated
			cp.Timex = -1
			rw.f.Time = &cp
		}
	}
}

// answeredClaim returns the claim an undated denial rw answers: the
// nearest dated telling of the same fact as a report, a rumour or a
// speculation ("reports that the pair split in March") in the denial's
// sentence before it or in a sentence before, or nil. A denial is about
// the claim it answers, so it takes that claim's time.
func answeredClaim(raws []*raw, rw *raw) *raw {
	if rw.s == nil {
		return nil
	}
	var best *raw
	for _, m := range raws {
		if m == rw || m.echo || m.s == nil || m.f.Type != rw.f.Type || argKey(m.f) != argKey(rw.f) || m.f.Polarity != hearsay.Pos || m.f.Time == nil {
			continue
		}
		switch m.f.Modality {
		case hearsay.Reported, hearsay.Rumored, hearsay.Speculated:
		default:
			continue
		}
		if m.s.idx > rw.s.idx || m.s.idx == rw.s.idx && m.f.Trigger.Start > rw.f.Trigger.Start {
			continue // a denial answers what was claimed before it
		}
		if best == nil || m.s.idx > best.s.idx || m.s.idx == best.s.idx && m.f.Trigger.Start > best.f.Trigger.Start {
			best = m
		}
	}
	return best
}

// foldDatingStarts folds two starts of one couple's relationship told in
// one sentence ("were first linked in the spring of 2024 ... and went
// Instagram official that September") into one relationship from the
// earlier start, told as the article tells the firmer of the two.
func foldDatingStarts(raws []*raw) []*raw {
	drop := map[*raw]bool{}
	for _, a := range raws {
		if !openStart(a) || drop[a] {
			continue
		}
		for _, b := range raws {
			if b == a || drop[b] || !openStart(b) || b.s != a.s || !sameArgs(b.f, a.f) || b.f.Polarity != a.f.Polarity || !startsBefore(a.f.Time.Start, b.f.Time.Start) {
				continue
			}
			if b.f.Modality == hearsay.Asserted && a.f.Modality != hearsay.Asserted {
				a.f.Modality, a.f.Sources = b.f.Modality, b.f.Sources
			}
			drop[b] = true
		}
	}
	return rawsWithout(raws, drop)
}

// startsBefore reports whether the time value a begins before b does.
func startsBefore(a, b string) bool {
	alo, _, ok1 := valueBounds(a)
	blo, _, ok2 := valueBounds(b)
	return ok1 && ok2 && alo.Before(blo)
}

// openStart reports whether rw is a relationship with a start and no end.
func openStart(rw *raw) bool {
	return rw.f.Type == "dating" && !rw.echo && rw.s != nil && rw.f.Time != nil && rw.f.Time.Start != "" && rw.f.Time.End == "" && rw.f.Modality != hearsay.Denied
}

// immediate reports whether a sentence makes a change take effect at once
// ("effective immediately", "with immediate effect").
func (s *sent) immediate() bool {
	return s.has("effective") && s.has("immediately") || s.has("immediate") && s.has("effect")
}

// immediateChanges dates an undated change of office that takes effect at
// once ("X was named interim chief executive, effective immediately") by the
// dated change of office told last before it: the day of the news it is
// part of; with none, by the news day the opening sentences give.
func immediateChanges(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		if rw.s == nil || rw.echo || !careerChange.has(rw.f.Type) || rw.f.Time != nil || !rw.s.immediate() {
			continue
		}
		main := latestChange(raws, rw, func(d *raw) bool {
			return len(d.f.Time.Value) >= len(day) && d.f.Time.Value[4] == '-' && d.f.Trigger.Start <= rw.f.Trigger.Start
		})
		if main != nil {
			borrowTime(rw, main)
			rw.f.Derived, rw.f.Reason = true, "effective at once: the day of the change told before it"
			continue
		}
		if t, ok := newsDay(doc, firstSentence(doc)); ok && rw.f.Modality != hearsay.Speculated && rw.f.Modality != hearsay.Uncertain && rw.f.Modality != hearsay.Denied {
			lo, hi := bounds(t) // "X takes over as CEO effective immediately, the memo said": the news day
			rw.f.Time = &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: lo, Latest: hi, Timex: -1}
			rw.f.Derived, rw.f.Reason = true, "effective at once: the day the opening sentences give"
		}
	}
}

// madeWhenTold dates an appointment told as fact whose time lies after the
// article's date ("will take over as chief executive on January 1", "named
// X as interim chief starting Jan. 1") by the day it was made: the news day
// the opening sentences give, else the article's date. The post it opens
// keeps the later day as its start (derivePositions has read it). An echo
// ("appointed X as town clerk", its organisation left out) is dated too, as
// it lends its time to the full fact it is merged into.
func madeWhenTold(doc *hearsay.Document, raws []*raw) {
	if doc.Date.IsZero() {
		return
	}
	dct := doc.DateString()
	for _, rw := range raws {
		t := rw.f.Time
		if rw.f.Type != "appointed" || t == nil || t.Value == "" || t.Start != "" || strings.Contains(t.Value, "REF") ||
			rw.f.Modality != hearsay.Asserted && rw.f.Modality != hearsay.Reported {
			continue
		}
		lo, _ := bounds(hearsay.Timex{Value: t.Value, Mod: t.Mod})
		if t.Earliest != "" {
			lo = t.Earliest
		}
		if lo == "" || lo <= dct || rw.s != nil && rw.b != nil && rw.s.simplePast(rw.b, rw.s.unitAt(rw.f.Trigger.End-1)) {
			continue // "was appointed a director on 1 February": the past tense dates the making
		}
		told, ok := newsDay(doc, firstSentence(doc))
		if !ok {
			told = hearsay.Timex{Type: hearsay.Date, Value: dct}
		}
		tlo, thi := bounds(told)
		rw.f.Time = &hearsay.FactTime{Value: told.Value, Mod: told.Mod, Earliest: tlo, Latest: thi, Timex: -1}
		rw.f.Derived, rw.f.Reason = true, "an appointment to a post that begins later is made when told"
	}
}

// foldTakings folds an appointment read from the taking up of a post the
// sentence does not name ("She will take up the role in May"), once it has
// the post of the person's appointment told elsewhere ("X has named her as
// chief executive"), into that appointment as more of its evidence: one
// appointment told twice, whose start the position has taken already.
func foldTakings(raws []*raw) []*raw {
	drop := map[*raw]bool{}
	for _, rw := range raws {
		if rw.f.Type != "appointed" || rw.echo || rw.pat == nil || !rw.pat.has("taking") || rw.s == nil || len(rw.f.Args) != 3 {
			continue
		}
		for _, m := range raws {
			if m == rw || drop[m] || m.f.Type != "appointed" || m.echo || m.pat != nil && m.pat.has("taking") || len(m.f.Args) != 3 ||
				m.f.Args[0].Entity != rw.f.Args[0].Entity || !strings.EqualFold(m.f.Args[1].Literal, rw.f.Args[1].Literal) ||
				!sameOrg(m.f.Args[2], rw.f.Args[2]) || m.f.Polarity != rw.f.Polarity {
				continue
			}
			m.f.Evidence = append(m.f.Evidence, rw.s.idx)
			if m.f.Time == nil {
				m.f.Time = rw.f.Time // "has appointed a new chief executive. X takes up the post in October": made when told
			}
			drop[rw] = true
			break
		}
	}
	return rawsWithout(raws, drop)
}

// foldTakenUp folds a post that its appointment opened ("was named music
// director in February") into the telling of the same post taken up later
// ("... and takes up the post this month"): the post began when it was
// taken up, and is one post.
func foldTakenUp(raws []*raw) []*raw {
	drop := map[*raw]bool{}
	for _, rw := range raws {
		t := rw.f.Time
		if rw.f.Type != "position_held" || rw.echo || !takesOffice(rw) || t == nil || t.Start == "" || t.End != "" || rw.s == nil {
			continue
		}
		for _, m := range raws {
			mt := m.f.Time
			if m == rw || drop[m] || m.f.Type != "position_held" || m.echo || mt == nil || mt.Start == "" || mt.End != "" ||
				mt.Start >= t.Start || !sameArgs(m.f, rw.f) || !openedByAppointment(raws, m) {
				continue
			}
			rw.f.Evidence = append(rw.f.Evidence, m.f.Evidence...)
			drop[m] = true
		}
	}
	return rawsWithout(raws, drop)
}

// openedByAppointment reports whether post p starts on the day of an
// appointment to it among raws.
func openedByAppointment(raws []*raw, p *raw) bool {
	for _, a := range raws {
		if a.f.Type != "appointed" || a.echo || a.f.Time == nil || a.f.Time.Value != p.f.Time.Start {
			continue
		}
		key := a.f
		key.Type = "position_held"
		if sameArgs(key, p.f) {
			return true
		}
	}
	return false
}

// firstSentence returns the index of the document's first sentence that is
// not skipped, or -1.
func firstSentence(doc *hearsay.Document) int {
	for si := range doc.Sentences {
		if !doc.Skipped(doc.Sentences[si].Span) {
			return si
		}
	}
	return -1
}

// newsDays is how many days before the article its news may have happened.
const newsDays = 3

// newsChanges dates a change of office that the article's first sentence
// tells as done, in the present perfect and with no time ("Castlegate have
// sacked manager X after a run of defeats"), or as under way, in the present
// progressive ("X is leaving the house after five years, it confirmed on
// Tuesday"), or that a later sentence tells
// in the simple past with no time ("The prime minister also ousted X"), by
// the news day: the first day the opening sentences give that falls within
// a few days before the article ("was informed of the decision on Monday
// morning").
func newsChanges(doc *hearsay.Document, raws []*raw) {
	first := -1
	for si := range doc.Sentences {
		if !doc.Skipped(doc.Sentences[si].Span) {
			first = si
			break
		}
	}
	if first < 0 || doc.Date.IsZero() {
		return
	}
	for _, rw := range raws {
		if rw.s == nil || rw.echo || !careerChange.has(rw.f.Type) || rw.f.Time != nil || rw.f.Modality == hearsay.Denied ||
			rw.f.Modality == hearsay.Speculated || rw.f.Modality == hearsay.Uncertain {
			continue
		}
		tu := rw.s.unitAt(rw.f.Trigger.End - 1)
		if tu > 0 && rw.s.units[tu-1].word == "to" {
			tu = rw.s.unitAt(rw.f.Trigger.Start) // "tapped X to replace him": the naming's verb, not the infinitive's
		}
		if rw.s.attributiveParticiple(rw.s.unitAt(rw.f.Trigger.Start)) {
			continue // "Sacked Tarrow Town manager X said on Friday": a change of the past, background to the news
		}
		if !(rw.s.idx == first && (rw.s.perfect(rw.b, tu) || rw.s.progressive(rw.s.unitAt(rw.f.Trigger.Start))) || rw.s.idx > first && rw.s.toldPast(rw.b, tu)) &&
			!(rw.s.idx > first && rw.s.perfect(rw.b, tu) && !rw.s.hasDate() && rw.s.announcedNews(rw.f.Trigger)) {
			continue
		}
		if t, ok := sameVerbDay(doc, rw); ok && rw.s.idx > first {
			lo, hi := bounds(t) // "The Senate on Thursday confirmed two nominees. X was confirmed as director"
			rw.f.Time = &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: lo, Latest: hi, Timex: -1}
			rw.f.Derived, rw.f.Reason = true, "told as news: the day of the sentence before, which tells it with the same verb"
			continue
		}
		if t, ok := newsDay(doc, first); ok {
			lo, hi := bounds(t)
			rw.f.Time = &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: lo, Latest: hi, Timex: -1}
			rw.f.Derived, rw.f.Reason = true, "told as news: the day the opening sentences give"
		}
	}
}

// sameVerbDay returns the day named in the sentence right before rw's when
// that sentence holds the verb in the past of rw's trigger ("The state
// Senate on Thursday confirmed two of the governor's nominees. X was
// confirmed as director of Y"): the sentence that rw's tells in detail.
func sameVerbDay(doc *hearsay.Document, rw *raw) (hearsay.Timex, bool) {
	si := rw.s.idx - 1
	tr := spanText(doc, rw.f.Trigger)
	if si < 0 || tr == "" {
		return hearsay.Timex{}, false
	}
	var verb string
	for _, w := range strings.Fields(strings.ToLower(tr)) {
		if len(w) > 4 && strings.HasSuffix(w, "ed") {
			verb = w
			break
		}
	}
	if verb == "" {
		return hearsay.Timex{}, false
	}
	sn := doc.Sentences[si]
	has := false
	for _, w := range strings.FieldsFunc(strings.ToLower(doc.Text[sn.Start:sn.End]), func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		if w == verb {
			has = true
			break
		}
	}
	if !has {
		return hearsay.Timex{}, false
	}
	var got hearsay.Timex
	n := 0
	for _, t := range doc.Timexes {
		if t.Sentence != si || t.Start < sn.Start || t.End > sn.End {
			continue
		}
		if d, ok := dayOf(t); ok {
			got = d
			n++
		}
	}
	return got, n == 1
}

// announcedNews reports whether a change told before trig is the complement
// of the announcing body's statement ("The company also announced that X has
// been elected to its board"): news of the article's day, as in its opening.
func (s *sent) announcedNews(trig hearsay.Span) bool {
	return s.anyUnit(0, trig.Start, func(u int) bool {
		w := s.units[u].word
		return (w == "announced" || w == "announces" || w == "announce" || w == "confirmed" || w == "confirms") && u+1 < len(s.units) && s.units[u+1].word == "that"
	})
}

// toldPast reports whether a change of office after the article's opening
// is told in the simple past, not as something before the story's time
// ("Vasquez-Rudd also ousted transport minister X", not "had been sacked by
// X in a previous job"): the story goes on with the news of its opening.
func (s *sent) toldPast(b *binding, tu int) bool {
	if tu < 0 || !s.simplePast(b, tu) && !s.activeParticiple(b) {
		return false
	}
	for _, q := range s.quoteSpans() {
		if q.Contains(s.units[tu].Span) {
			return false // "I resigned," he wrote: the speaker's own account keeps its time
		}
	}
	for u := max(b.first, 0); u <= tu && u < len(s.units); u++ {
		if s.units[u].word == "had" {
			return false
		}
	}
	return true
}

// activeParticiple reports whether the match opens with a verb in -ed
// right after a comma whose object, a person, follows it ("X, 52, named Y
// as finance minister"): the tagger may read it as a participle, but a
// participle of the passive takes no object.
func (s *sent) activeParticiple(b *binding) bool {
	u := b.first
	if u < 1 || u+1 >= len(s.units) || s.units[u-1].word != "," || s.units[u].ment >= 0 || !strings.HasSuffix(s.units[u].word, "ed") {
		return false
	}
	return s.units[u+1].ment >= 0 && s.units[u+1].etype == entPerson
}

// newsDay returns the first time of a day in the three sentences from
// first on that lies within newsDays days before the article's date.
func newsDay(doc *hearsay.Document, first int) (hearsay.Timex, bool) {
	if first < 0 {
		return hearsay.Timex{}, false
	}
	to := doc.DateString()
	if meetingRecord(doc, first) {
		for _, ti := range sentTimexes(doc, first) {
			if t, ok := dayOf(doc.Timexes[ti]); ok && t.Value <= to {
				return t, true // the day of the meeting the article records
			}
		}
	}
	from := doc.Date.AddDate(0, 0, -newsDays).Format(day)
	for si := first; si < len(doc.Sentences) && si < first+3; si++ {
		for _, ti := range sentTimexes(doc, si) {
			t := doc.Timexes[ti]
			if t.Type != hearsay.Date && t.Type != hearsay.Time || !reDay.MatchString(t.Value) {
				continue
			}
			if d := t.Value[:len(day)]; d >= from && d <= to {
				return t, true
			}
		}
	}
	return hearsay.Timex{}, false
}

// gatheringNouns end the names of gatherings (data/classes.tsv).
var gatheringNouns = wordSet("gatheringnouns")

// gatheringOrgs leaves out the organisation of a post that is the name of a
// gathering ("will stand down as churchwarden at the Annual Parish Meeting"):
// the change happens there, and the post's organisation is found as for a
// post told without one.
func gatheringOrgs(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		if len(rw.f.Args) != 3 || rw.f.Args[2].Entity < 0 || !careerChange.has(rw.f.Type) && rw.f.Type != "position_held" {
			continue
		}
		name := doc.Entities[rw.f.Args[2].Entity].Name
		if i := strings.LastIndexByte(name, ' '); i >= 0 && inLower(gatheringNouns, name[i+1:]) {
			rw.f.Args[2] = hearsay.Arg{Entity: -1}
			rw.echo = true
		}
	}
}

// recordWords and sittingWords, together in an article's opening, make it
// the record of a meeting ("Minutes of the regular meeting of the board").
var recordWords, sittingWords = wordSet("recordwords"), wordSet("sittingwords")

// meetingRecord reports whether sentence si, an article's opening, makes the
// article the record of a meeting: its news is what the meeting did.
func meetingRecord(doc *hearsay.Document, si int) bool {
	record, sitting := false, false
	sen := doc.Sentences[si]
	for _, t := range doc.Tokens[sen.FirstToken:sen.EndToken] {
		record = record || inLower(recordWords, t.Text)
		sitting = sitting || inLower(sittingWords, t.Text)
	}
	return record && sitting
}

// riseWords tell of a later post at the same place ("joined in 2010 and
// became chief financial officer in 2015").
var riseWords = wordList("risewords")

// risesThere reports whether a sentence tells of a later post.
func (s *sent) risesThere() bool {
	for _, w := range riseWords {
		if s.has(w) {
			return true
		}
	}
	return false
}

// joinedStarts opens a post that has an end but no start with the day its
// holder joined the organisation ("joined Harrow & Finch in March 2018"),
// when that is the only post the text gives the person there.
func joinedStarts(raws []*raw) {
	for _, ph := range raws {
		t := ph.f.Time
		if ph.echo || ph.f.Type != "position_held" || t == nil || t.End == "" || t.Start != "" || t.Value != "" || len(ph.f.Args) != 3 || ph.f.Args[2].Entity < 0 {
			continue
		}
		person, org := ph.f.Args[0].Entity, ph.f.Args[2].Entity
		var joined *raw
		posts := 0
		for _, m := range raws {
			if m.echo || len(m.f.Args) < 2 || m.f.Args[0].Entity != person || m.f.Args[len(m.f.Args)-1].Entity != org {
				continue
			}
			switch {
			case m.f.Type == "position_held":
				posts++
			case m.f.Type == "member_of" && m.f.Time != nil && m.f.Time.Start != "" && m.f.Time.End == "" && m.f.Modality == hearsay.Asserted:
				if joined != nil {
					posts = 2 // two joinings: which one began the post is unclear
				}
				joined = m
			}
		}
		if joined == nil || posts != 1 || joined.s != nil && joined.s.risesThere() {
			continue
		}
		startPostAt(ph, joined.f.Time.Start, joined.f.Time.StartMod, "when its holder joined")
	}
}

// arrivalWords tell a move to a new post with "from" the one left
// ("joined from FC Heerenkamp in June 2024", "arrived from Lazio").
var arrivalWords = wordSet("arrivalwords")

// arrivalStarts opens a post that has an end but no start with the day its
// holder arrived from the previous organisation ("The 44-year-old, who
// joined from FC Heerenkamp in June 2024, leaves"): the membership left then
// is the arrival's other side. It needs a single such arrival for the
// person, before the post's end.
func arrivalStarts(raws []*raw) {
	for _, ph := range raws {
		t := ph.f.Time
		if ph.echo || ph.f.Type != "position_held" || t == nil || t.End == "" || t.Start != "" || t.Value != "" || len(ph.f.Args) != 3 || ph.f.Args[0].Entity < 0 {
			continue
		}
		var from *raw
		n := 0
		for _, m := range raws {
			if m.echo || m.f.Type != "member_of" || len(m.f.Args) != 2 || m.f.Args[0].Entity != ph.f.Args[0].Entity || m.f.Modality != hearsay.Asserted ||
				m.f.Time == nil || m.f.Time.End == "" || m.f.Args[1] == ph.f.Args[2] || !arrival(m.f.Trigger, m) {
				continue
			}
			from = m
			n++
		}
		if n != 1 {
			continue
		}
		startPostAt(ph, from.f.Time.End, from.f.Time.EndMod, "when its holder arrived from "+argName(from.s.doc, from.f.Args[1]))
	}
}

// contractNouns are what a post holder signs on taking the post.
var contractNouns = wordSet("contractnouns")

// contractStarts opens a post that has an end but no start with the time
// its holder signed a contract, told in a sentence of the article about
// them ("The 52-year-old Swede, who signed a three-year contract in the
// summer of 2022, was informed"), when the article tells one such signing.
func contractStarts(doc *hearsay.Document, raws []*raw) {
	for _, ph := range raws {
		t := ph.f.Time
		if ph.echo || ph.f.Type != "position_held" || t == nil || t.End == "" || t.Start != "" || t.Value != "" || len(ph.f.Args) != 3 || ph.f.Args[0].Entity < 0 {
			continue
		}
		ti, n := -1, 0
		for _, m := range doc.Mentions {
			if m.Entity != ph.f.Args[0].Entity || m.Sentence < 0 || m.Sentence >= len(doc.Sentences) {
				continue
			}
			if x := signedAfter(doc, m); x >= 0 && x != ti {
				ti = x
				n++
			}
		}
		if n != 1 {
			continue
		}
		st := doc.Timexes[ti]
		startPostAt(ph, st.Value, st.Mod, "when its holder signed a contract")
	}
}

// startPostAt opens the post ph, which has an end, at value v (with
// modifier mod) unless v begins after the end, and marks it derived: the
// post began why (v).
func startPostAt(ph *raw, v, mod, why string) {
	t := ph.f.Time
	lo, _, ok1 := valueBounds(v)
	_, hi, ok2 := valueBounds(t.End)
	if !ok1 || !ok2 || lo.After(hi) {
		return
	}
	t.Start, t.StartMod = v, mod
	ph.f.Derived = true
	ph.f.Reason = "the post began " + why + " (" + v + ")"
}

// signedAfter returns the date of a contract signed by the subject m of its
// clause ("X, who signed a three-year contract in June 2022"), or -1: "signed"
// a few words after m, a contract noun and a date after it in the same
// sentence with no other person named between.
func signedAfter(doc *hearsay.Document, m hearsay.Mention) int {
	sn := doc.Sentences[m.Sentence]
	if sn.FirstToken < 0 || sn.EndToken > len(doc.Tokens) {
		return -1
	}
	toks := doc.Tokens[sn.FirstToken:sn.EndToken]
	k := -1
	for i, tok := range toks {
		if tok.Start >= m.End {
			k = i
			break
		}
	}
	if k < 0 {
		return -1
	}
	if possessives[strings.ToLower(m.Text)] || strings.HasSuffix(m.Text, "'s") || strings.HasSuffix(m.Text, "’s") {
		return -1 // "his assistant X signed": the signing is X's
	}
	signed := -1
	for i := k; i < len(toks) && i <= k+3; i++ {
		if w := strings.ToLower(toks[i].Text); w == "signed" {
			signed = i
			break
		}
	}
	if signed < 0 {
		return -1
	}
	for _, o := range doc.Mentions {
		if o.Sentence == m.Sentence && o.Start >= m.End && o.Start < toks[signed].Start {
			return -1 // another person is the one who signed
		}
	}
	noun := -1
	for i := signed + 1; i < len(toks) && i <= signed+5; i++ {
		w := strings.ToLower(toks[i].Text)
		if renewals[w] {
			return -1 // "signed a new contract": a post already held
		}
		if contractNouns[w] {
			noun = i
			break
		}
	}
	if noun < 0 {
		return -1
	}
	for _, ti := range sentTimexes(doc, m.Sentence) {
		x := doc.Timexes[ti]
		lead := strings.ToLower(doc.Text[max(x.Start-6, 0):x.Start])
		if x.Type != hearsay.Date || x.Value == "" || strings.Contains(x.Value, "REF") || x.Start < toks[noun].End || x.Start-toks[noun].End >= 40 ||
			strings.HasSuffix(lead, "until ") || strings.HasPrefix(strings.ToLower(x.Text), "until") {
			continue // "a contract until 2027": when it runs out
		}
		return ti
	}
	return -1
}

// renewals before a contract noun tell a contract for a post already held.
var renewals = wordSet("renewals")

// arrival reports whether a membership's trigger tells a move away from
// it: a word of arrival and "from".
func arrival(trig hearsay.Span, m *raw) bool {
	if m.s == nil {
		return false
	}
	words := strings.Fields(strings.ToLower(m.s.doc.Text[trig.Start:trig.End]))
	arrived, from := false, false
	for _, w := range words {
		arrived = arrived || arrivalWords[w]
		from = from || w == "from"
	}
	return arrived && from
}

// successivePosts ends a post at the start of the next one the same
// sentence gives its holder at the same organisation ("joined Pellucid in
// 2011 as chief operating officer and took over as CEO in 2013"), when the
// next one has begun by the article's date.
func successivePosts(raws []*raw) {
	for _, a := range raws {
		ta := a.f.Time
		if a.echo || a.s == nil || a.f.Type != "position_held" || ta == nil || ta.Start == "" || ta.End != "" || len(a.f.Args) != 3 || a.f.Args[2].Entity < 0 {
			continue
		}
		if strings.HasSuffix(strings.ToLower(a.f.Args[1].Literal), "member") {
			continue // a member who takes a post in the body stays a member ("council member", then "deputy leader of the council")
		}
		for _, b := range raws {
			next := nextStart(b)
			if b == a || b.echo || b.s != a.s || next == "" || len(b.f.Args) != 3 || b.f.Modality != hearsay.Asserted ||
				b.f.Args[0].Entity != a.f.Args[0].Entity || b.f.Args[2].Entity != a.f.Args[2].Entity || b.f.Args[1].Literal == a.f.Args[1].Literal ||
				b.f.Trigger.Start < a.f.Trigger.End || heldBeside(a.f.Args[1].Literal, b.f.Args[1].Literal) {
				continue
			}
			alo, _, ok1 := valueBounds(ta.Start)
			blo, _, ok2 := valueBounds(next)
			if !ok1 || !ok2 || !blo.After(alo) || blo.Format(day) > a.s.doc.DateString() || postBeginsLater(raws, b) {
				continue
			}
			ta.End = next
			a.f.Derived = true
			a.f.Reason = "the post ended when the next one began (" + next + ")"
			break
		}
	}
}

// heldBeside reports whether a post is a rank kept when its holder takes
// up a post of another kind: a professor made associate dean or dean is
// still a professor ("was promoted to full professor in 2021 and has been
// associate dean since 2023"), while a rank gives way to the next rank
// (data/classes.tsv, stackedranks).
func heldBeside(post, next string) bool {
	return stackedRank(post) && !stackedRank(next)
}

// stackedRank reports whether a role is a rank of stackedRanks by its last
// word ("full professor", "professor of mechanical engineering").
func stackedRank(role string) bool {
	ws := strings.Fields(strings.ToLower(role))
	for i, w := range ws {
		if w == "of" || w == "in" {
			ws = ws[:i] // "professor of history"
			break
		}
	}
	return len(ws) > 0 && stackedRanks[ws[len(ws)-1]]
}

// stackedRanks are the last words of the ranks of heldBeside.
var stackedRanks = wordSet("stackedranks")

// postBeginsLater reports whether the post an appointment or election b
// opens begins after the article's date (its position, from b's sentence,
// starts then): "will become chief executive in the new year", told in
// November, has not yet ended the post held before.
func postBeginsLater(raws []*raw, b *raw) bool {
	if b.f.Type != "appointed" && b.f.Type != "elected" {
		return false
	}
	dct := b.s.doc.DateString()
	for _, p := range raws {
		if p.f.Type != "position_held" || p.s != b.s || p.f.Time == nil || p.f.Time.Start == "" || len(p.f.Args) != 3 ||
			p.f.Args[0].Entity != b.f.Args[0].Entity || p.f.Args[2].Entity != b.f.Args[2].Entity || p.f.Args[1].Literal != b.f.Args[1].Literal {
			continue
		}
		if lo, _, ok := valueBounds(p.f.Time.Start); ok && lo.Format(day) > dct {
			return true
		}
	}
	return false
}

// nextStart is when a post that a fact begins starts: a position's start,
// or the time of an appointment or election; "" for other facts.
func nextStart(b *raw) string {
	t := b.f.Time
	if t == nil {
		return ""
	}
	switch b.f.Type {
	case "position_held":
		return t.Start
	case "appointed", "elected":
		if strings.Contains(t.Value, "REF") {
			return ""
		}
		return t.Value
	}
	return ""
}

// anyStartedPost reports whether some position starts with an appointment
// or election: only then can a day of taking it up move its start.
func anyStartedPost(raws []*raw) bool {
	for _, rw := range raws {
		if t := rw.f.Time; (rw.f.Type == "appointed" || rw.f.Type == "elected") && t != nil && t.Value != "" {
			return true
		}
	}
	return false
}

// anyOpenPost reports whether a post that officeTaken may date is among
// raws: one told, with a start and no end.
func anyOpenPost(raws []*raw) bool {
	for _, rw := range raws {
		if t := rw.f.Time; !rw.echo && rw.f.Type == "position_held" && t != nil && t.Start != "" && t.End == "" {
			return true
		}
	}
	return false
}

// romanceSteps are the stages of a couple's relationship that follow their
// first meeting.
var romanceSteps = typesOf("dating", "engaged", "married")

// meetingsBefore moves a first meeting dated by a day or a month written
// without its year ("they met at a Fourth of July party") a year back when
// the timex stage put it after the start of the couple's relationship
// ("have been dating since last summer"): people meet before they date.
func meetingsBefore(doc *hearsay.Document, raws []*raw) {
	var steps []*raw // the asserted stages of relationships, looked for once
	for _, r := range raws {
		if romanceSteps.has(r.f.Type) && r.f.Polarity == hearsay.Pos && r.f.Modality == hearsay.Asserted {
			steps = append(steps, r)
		}
	}
	if len(steps) == 0 {
		return
	}
	for _, m := range raws {
		t := m.f.Time
		if m.f.Type != "met" || m.f.Polarity != hearsay.Pos || t == nil || t.Earliest == "" || t.Latest == "" || len(t.Value) < len("2006-01") ||
			t.Timex < 0 || t.Timex >= len(doc.Timexes) || yearWritten(doc.Timexes[t.Timex].Text) {
			continue
		}
		for _, r := range steps {
			if !sameArgs(hearsay.Fact{Type: "met", Args: r.f.Args}, m.f) {
				continue
			}
			if began := stepBegan(doc, r.f.Time); began != "" && t.Earliest > began {
				lo, hi, err := shiftYears(t.Earliest, t.Latest, 1)
				y, yerr := strconv.Atoi(t.Value[:4])
				if err != nil || yerr != nil {
					break
				}
				t.Value, t.Earliest, t.Latest = fmt.Sprintf("%04d%s", y-1, t.Value[4:]), lo, hi
				m.f.Derived = true
				m.f.Reason = "the couple met before their relationship began"
				break
			}
		}
	}
}

// stepBegan is the last day a relationship's start may fall on: the end of
// its start's period ("since last summer" is by August 31), or of the day
// of an event; "" when the fact has no such time.
func stepBegan(doc *hearsay.Document, t *hearsay.FactTime) string {
	switch {
	case t == nil:
		return ""
	case t.Start != "" && t.Timex >= 0 && t.Timex < len(doc.Timexes) && doc.Timexes[t.Timex].Value == t.Start && doc.Timexes[t.Timex].Latest != "":
		return doc.Timexes[t.Timex].Latest
	case t.Start != "":
		return periodEnd(t.Start)
	case t.Value != "" && t.Latest != "":
		return t.Latest
	}
	return ""
}

// seasonEnds are the last month and day of each season of a year ("2022-WI"
// runs to the end of February 2023).
var seasonEnds = map[string]string{"SP": "-05-31", "SU": "-08-31", "FA": "-11-30"}

// periodEnd is the last day of a year, month, week, day or season value, ""
// for anything else.
func periodEnd(v string) string {
	if _, hi, ok := valueBounds(v); ok {
		return hi.Format(day)
	}
	if len(v) != len("2006-SU") || v[4] != '-' {
		return ""
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return ""
	}
	if end, ok := seasonEnds[v[5:]]; ok {
		return fmt.Sprintf("%04d%s", y, end)
	}
	if v[5:] == "WI" {
		return time.Date(y+1, 3, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1).Format(day)
	}
	return ""
}

// finalDay finds the last day of a leaving told as such: "her final
// broadcast will be the 6 p.m. newscast on Friday, May 31", "his last game
// is Sunday's match", "her last day at the company will be June 30".
var finalDay = regexp.MustCompile(`(?i)\b(?:his|her|their|the)\s+(?:final|last)\s+(?:[\w'-]+\s+){0,4}?(?:will\s+be|is\s+set\s+for|is\s+scheduled\s+for|is\s+expected\s+to\s+be|comes|is)\b`)

// futureMarks before a trigger tell a change still to come ("will retire",
// "is set to step down").
var futureMarks = wordSet("futuremarks")

// finalDays dates a resignation still to come ("announced Monday night that
// she will retire") by the last day its own or the next sentence gives ("Her
// final broadcast will be ... May 31"): the leaving takes effect then, not
// on the day it was announced.
func finalDays(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		if rw.f.Type != "resigned" || rw.s == nil || rw.echo || rw.f.Polarity != hearsay.Pos || !rw.s.toCome(rw.b) {
			continue
		}
		if t := rw.f.Time; t != nil && t.Value != "" && !strings.Contains(t.Value, "REF") && t.Earliest > doc.DateString() {
			if told := rw.s.statedOn(rw.b); told != "" {
				// "announced in October that he would retire at the end of the school
				// year": made known then, taking effect later, bounded by both
				rw.f.Time = &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: told, Latest: t.Latest, Timex: t.Timex}
			}
			continue // already dated after the article: "will step down on June 30"
		}
		told := announcedOn(doc, rw)
		for j := rw.s.idx; j <= rw.s.idx+1 && j < len(doc.Sentences); j++ {
			if ft := lastDayIn(doc, j); ft != nil {
				if told != "" {
					ft.Earliest = told // announced on one day, taking effect on another: bounded by both
				}
				rw.f.Time = ft
				break
			}
		}
	}
}

// statedOn returns the first day of the time that a verb of statement
// before the match gives between itself and the "that" which opens the
// match ("announced in October that he would retire", "who said on Monday
// that she will step down"), when that time lies no later than the
// article's day; else "".
func (s *sent) statedOn(b *binding) string {
	for u := 0; u < len(s.units) && s.units[u].End <= b.trig.Start; u++ {
		if !statementVerbs[s.units[u].word] {
			continue
		}
		that := -1
		for k := u + 1; k < len(s.units) && s.units[k].End <= b.trig.Start; k++ {
			if s.units[k].word == "that" {
				that = k
				break
			}
		}
		if that < 0 {
			continue
		}
		for _, ti := range s.tix() {
			t := s.doc.Timexes[ti]
			if t.Type != hearsay.Date && t.Type != hearsay.Time || t.Start < s.units[u].End || t.End > s.units[that].Start {
				continue
			}
			if lo, _ := bounds(t); lo != "" && lo <= s.doc.DateString() {
				return lo
			}
		}
	}
	return ""
}

// announcedOn returns the day a departure still to come was made known: the
// day its own time gives when that is a day no later than the article's
// ("announced on Monday that she will retire"), else the news day of the
// opening sentences, or "".
func announcedOn(doc *hearsay.Document, rw *raw) string {
	if t := rw.f.Time; t != nil && reDay.MatchString(t.Value) && t.Value[:len(day)] <= doc.DateString() {
		return t.Value[:len(day)] // "announced Monday night that she will step down"
	}
	if t, ok := newsDay(doc, firstSentence(doc)); ok {
		return t.Value[:len(day)]
	}
	return ""
}

// effectiveBounds folds the telling of the day a departure still to come
// takes effect ("announced on Wednesday that she is stepping down; her
// resignation takes effect June 30") into the departure it tells, dated by
// its announcement: one resignation bounded by the day it was announced and
// the day it takes effect, whose post ends on the later day.
func effectiveBounds(doc *hearsay.Document, raws []*raw) []*raw {
	drop := map[*raw]bool{}
	dct := doc.DateString()
	for _, rw := range raws {
		if !effectiveTelling(rw) || rw.f.Time.Earliest <= dct {
			continue
		}
		for _, o := range raws {
			if o == rw || drop[o] || o.echo || o.f.Type != rw.f.Type || o.s == nil || o.s.idx > rw.s.idx || o.s.idx < rw.s.idx-1 ||
				!sameArgs(o.f, rw.f) || o.f.Time == nil || len(o.f.Time.Value) != len(day) || o.f.Time.Value > dct || !o.s.toCome(o.b) {
				continue
			}
			o.f.Time = &hearsay.FactTime{Value: rw.f.Time.Value, Mod: rw.f.Time.Mod, Earliest: o.f.Time.Value, Latest: rw.f.Time.Latest, Timex: rw.f.Time.Timex}
			o.f.Evidence = append(o.f.Evidence, rw.f.Evidence...)
			drop[rw] = true
			break
		}
	}
	return rawsWithout(raws, drop)
}

// toCome reports whether the words of a match before its trigger's head
// mark a change still to come.
func (s *sent) toCome(b *binding) bool {
	for u := b.first; u >= 0 && u < len(s.units) && s.units[u].Start < b.trig.End; u++ {
		if futureMarks[s.units[u].word] {
			return true
		}
		if w := s.units[u].word; (w == "is" || w == "are" || w == "'s" || w == "'re") && u+1 < len(s.units) && leavingNow[s.units[u+1].word] {
			return true // "is leaving the network", "is stepping down": the departure is planned
		}
	}
	return false
}

// leavingNow are the -ing forms of leaving that, after "is" or "are", tell
// a departure already settled but still to come.
var leavingNow = wordSet("leavingnow")

// lastDayIn returns the day or month a final-day phrase of sentence j
// names after it, later than the article's date, or nil.
func lastDayIn(doc *hearsay.Document, j int) *hearsay.FactTime {
	sen := doc.Sentences[j]
	loc := finalDay.FindStringIndex(doc.SentenceText(j))
	if loc == nil {
		return nil
	}
	from := sen.Start + loc[1]
	for _, ti := range sentTimexes(doc, j) {
		t, ok := dayOf(doc.Timexes[ti])
		if !ok && doc.Timexes[ti].Type == hearsay.Date && reMonth.MatchString(doc.Timexes[ti].Value) {
			t, ok = doc.Timexes[ti], true
		}
		if !ok || t.Start < from {
			continue
		}
		lo, hi := bounds(t)
		if lo <= doc.DateString() {
			continue
		}
		return &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: lo, Latest: hi, Timex: ti}
	}
	return nil
}

// partyMembers adds the membership that a post in a party or the
// leadership of a body tells: whoever holds a post in a party ("Labour
// leader X", "Conservative party chairman Y": a party by its name, "...
// Party", "Labour", "the Greens" of partyNames, or by the post, "party
// leader") or leads an organisation of members ("elected leader of the
// Civic Union"; not a body of bodies, "deputy leader of the council") is
// one of its members. Posts told as fact and not ended only, and one
// membership per person and party.
func partyMembers(doc *hearsay.Document, raws []*raw, partyNames map[string]bool, bodies map[string]string) []*raw {
	out := raws
	for _, rw := range raws {
		switch rw.f.Type {
		case "position_held", "elected", "appointed":
		default:
			continue // a post left says nothing of the membership now
		}
		a := rw.f.Args
		if rw.f.Time != nil && rw.f.Time.End != "" {
			continue
		}
		if rw.echo || len(a) != 3 || a[0].Entity < 0 || a[1].Literal == "" || rw.f.Modality != hearsay.Asserted || rw.f.Polarity != hearsay.Pos {
			continue
		}
		org := a[2].Literal
		if a[2].Entity >= 0 {
			if doc.Entities[a[2].Entity].Type != hearsay.Org {
				continue
			}
			org = doc.Entities[a[2].Entity].Name
		}
		role := strings.ToLower(a[1].Literal)
		if org == "" || !postParty(org, partyNames) && !strings.HasPrefix(role, "party ") && !leaderPost(role) {
			continue
		}
		if ws := strings.Fields(strings.ToLower(org)); bodies[ws[len(ws)-1]] != "" {
			continue // "deputy leader of the council": a body whose members hold a post of their own
		}
		if memberAlready(doc, out, a[0].Entity, org) {
			continue
		}
		cp := *rw
		cp.f.Type = "member_of"
		cp.f.Args = []hearsay.Arg{a[0], a[2]}
		cp.f.Time = nil
		cp.f.Qualifiers = nil
		cp.f.Derived = true
		cp.f.Reason = "a post in the party (" + a[1].Literal + ") is held by one of its members"
		cp.pat = &pattern{typ: "member_of", line: rw.pat.line}
		out = append(out, &cp)
	}
	return out
}

// leaderPost reports whether a role is the leadership of a body of members
// ("leader", "deputy leader").
func leaderPost(role string) bool {
	return role == "leader" || role == "deputy leader" || role == "leader of the opposition"
}

// partyName reports whether an organisation's name is a party's: it ends in
// "Party" or another word parties are named with ("Riverside Alliance",
// "National Front", "Sweden Democrats"), or is one of partyNames
// ("Labour", "Conservatives").
func partyName(name string, partyNames map[string]bool) bool {
	n := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "))
	for _, w := range partyEndings {
		if strings.HasSuffix(n, w) {
			return true
		}
	}
	return partyNames[n]
}

// postParty reports whether a post's organisation is a party by a name
// no other body has: it ends in "Party" or is one of partyNames (the
// chief executive of the "Health Alliance" is no party member).
func postParty(name string, partyNames map[string]bool) bool {
	var buf [64]byte
	n := appendLower(buf[:0], strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "))
	return bytes.HasSuffix(n, []byte(" party")) || partyNames[string(n)]
}

// partyEndings are the last words of parties' names.
var partyEndings = spaced(wordList("partyendings"), " ", "")

// memberAlready reports whether out holds a membership of person e in the
// party org, under its name or a shorter one ("Labour" of "Labour Party").
func memberAlready(doc *hearsay.Document, out []*raw, e int, org string) bool {
	key := partyKey(org)
	for _, m := range out {
		if m.f.Type != "member_of" || len(m.f.Args) != 2 || m.f.Args[0].Entity != e {
			continue
		}
		name := m.f.Args[1].Literal
		if m.f.Args[1].Entity >= 0 {
			name = doc.Entities[m.f.Args[1].Entity].Name
		}
		if partyKey(name) == key {
			return true
		}
	}
	return false
}

// namedParties gives a membership read with a party's fixed name ("Labour's
// X" is a member of the Labour Party) the party as the article names it
// ("Labour"): the one organisation of the article with the party's key.
func namedParties(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		a := rw.f.Args
		if rw.f.Type != "member_of" || len(a) != 2 || a[1].Entity >= 0 || a[1].Literal == "" {
			continue
		}
		if e := partyEntity(doc, a[1].Literal); e >= 0 {
			rw.f.Args[1] = entArg(doc, e)
		}
	}
}

// partyEntity returns the one organisation of doc whose name has the
// party key of name ("Labour" for "Labour Party"), or -1.
func partyEntity(doc *hearsay.Document, name string) int {
	key, found := partyKey(name), -1
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type != hearsay.Org || partyKey(e.Name) != key {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// partyKey is a party's name without "the", "Party" and a plural "s", lower
// case: "Labour Party" and "Labour", "the Conservatives" and "Conservative
// Party" have one key.
func partyKey(name string) string {
	n := strings.ToLower(name)
	n = strings.TrimPrefix(n, "the ")
	n = strings.TrimSuffix(n, " party")
	return strings.TrimSuffix(n, "s")
}

// partyArg reports whether the last argument of a fact names a party.
func (rw *raw) partyArg(partyNames map[string]bool) bool {
	return rw.s != nil && len(rw.f.Args) > 0 && isParty(rw.s.doc, rw.f.Args[len(rw.f.Args)-1], partyNames)
}

// isParty reports whether an argument is an organisation whose name is a
// party's (partyName).
func isParty(doc *hearsay.Document, org hearsay.Arg, partyNames map[string]bool) bool {
	name := org.Literal
	if org.Entity >= 0 {
		if doc.Entities[org.Entity].Type != hearsay.Org {
			return false
		}
		name = doc.Entities[org.Entity].Name
	}
	return name != "" && partyName(name, partyNames)
}

// dedupeParties keeps one membership of a person in a party told under
// several names ("Labour" and "the Labour Party"): the first.
func dedupeParties(doc *hearsay.Document, raws []*raw, partyNames map[string]bool) []*raw {
	out := raws[:0]
	for i, rw := range raws {
		if rw.f.Type == "member_of" && !rw.echo && rw.partyArg(partyNames) && memberAlready(doc, raws[:i], rw.f.Args[0].Entity, argName(doc, rw.f.Args[1])) {
			continue
		}
		out = append(out, rw)
	}
	return out
}

// describedParentSubjects drops a fact whose subject is a parent with no
// name that the sentence describes in apposition to their child ("Luca
// Rossi, the son of a bus driver and a nurse, spent eight years at Casa
// Orsini"), when the same words give the same fact to the child: the child,
// named before the apposition, is the subject.
func describedParentSubjects(doc *hearsay.Document, raws []*raw) []*raw {
	var parentChild map[[2]int]bool // (parent, child) of each parent_of with a parent the text does not name
	for _, rw := range raws {
		if a := rw.f.Args; rw.f.Type == "parent_of" && len(a) == 2 && a[0].Entity >= 0 && a[1].Entity >= 0 && doc.Entities[a[0].Entity].Unnamed {
			if parentChild == nil {
				parentChild = map[[2]int]bool{}
			}
			parentChild[[2]int{a[0].Entity, a[1].Entity}] = true
		}
	}
	if parentChild == nil {
		return raws
	}
	childToo := func(rw *raw) bool {
		for _, o := range raws {
			if o != rw && o.f.Type == rw.f.Type && o.f.Sentence == rw.f.Sentence && o.f.Trigger == rw.f.Trigger && len(o.f.Args) == len(rw.f.Args) &&
				o.f.Args[0].Entity >= 0 && parentChild[[2]int{rw.f.Args[0].Entity, o.f.Args[0].Entity}] && slices.Equal(o.f.Args[1:], rw.f.Args[1:]) {
				return true
			}
		}
		return false
	}
	out := raws[:0]
	for _, rw := range raws {
		if rw.f.Type != "parent_of" && len(rw.f.Args) >= 2 && rw.f.Args[0].Entity >= 0 && doc.Entities[rw.f.Args[0].Entity].Unnamed && childToo(rw) {
			continue
		}
		out = append(out, rw)
	}
	return out
}

// dropWonAppointments drops an appointment that the same sentence tells as
// an election of the same person to the same post ("won the election to
// become mayor of X": elected, not appointed).
func dropWonAppointments(raws []*raw) []*raw {
	won := func(ap *raw) bool {
		for _, e := range raws {
			if e.f.Type == "elected" && !e.echo && e.s == ap.s && len(e.f.Args) == 3 && e.f.Args[0].Entity >= 0 &&
				e.f.Args[0].Entity == ap.f.Args[0].Entity && strings.EqualFold(e.f.Args[1].Literal, ap.f.Args[1].Literal) &&
				sameOrgArg(e.f.Args[2], ap.f.Args[2]) {
				return true
			}
		}
		return false
	}
	out := make([]*raw, 0, len(raws))
	for _, rw := range raws {
		if rw.f.Type == "appointed" && !rw.echo && len(rw.f.Args) == 3 && won(rw) {
			continue
		}
		out = append(out, rw)
	}
	return out
}

// retiredMembers ends an undated membership with the retirement of the same
// person dated in the same sentence ("former Ireland goalkeeper X, who
// retired in 2022": a member until 2022), when the retirement names no
// other organisation.
func retiredMembers(raws []*raw) {
	for _, m := range raws {
		if m.echo || m.f.Type != "member_of" || m.f.Time != nil || len(m.f.Args) != 2 || m.f.Args[0].Entity < 0 {
			continue
		}
		for _, r := range raws {
			if r.s != m.s || r.f.Type != "resigned" || len(r.f.Args) != 3 || r.f.Args[0].Entity != m.f.Args[0].Entity ||
				r.f.Time == nil || r.f.Time.Value == "" || r.f.Trigger.Start < m.f.Trigger.End || !retiredWord(r) {
				continue
			}
			if o := r.f.Args[2]; o.Entity >= 0 && o.Entity != m.f.Args[1].Entity || o.Entity < 0 && o.Literal != "" {
				continue
			}
			m.f.Time = &hearsay.FactTime{End: r.f.Time.Value, Timex: -1}
			m.f.Derived = true
			m.f.Reason = "the membership ended with the retirement told in the same sentence (" + r.f.Time.Value + ")"
			break
		}
	}
}

// retiredWord reports whether a departure is told as a retirement.
func retiredWord(r *raw) bool {
	t := strings.ToLower(r.s.doc.Text[r.f.Trigger.Start:r.f.Trigger.End])
	return strings.Contains(t, "retire")
}

// pastRelativePost reports whether the post c is told in this sentence,
// before offset end, by a relative clause in the simple past set off after
// a person (", who led Castleford Town to the title,"): a post held before,
// not the one that a departure told after the clause ends.
func (s *sent) pastRelativePost(c hearsay.Fact, end int) bool {
	if c.Sentence != s.idx || c.Trigger.End > end {
		return false
	}
	u := s.unitAt(c.Trigger.Start)
	for k := u - 1; k >= 2 && k >= u-maxRelativeReach; k-- {
		x := &s.units[k]
		if x.ment == -1 && x.word == "who" {
			tag, w := s.xposOf(k+1), s.units[k+1].word
			past := tag == "VBD" || tag == "" && len(w) > 3 && strings.HasSuffix(w, "ed") // untagged text: a regular past form
			return past && s.units[k-1].word == "," && s.isPerson(k-2) && s.relativeEnd(k-1) > k-1
		}
		if x.boundary || x.word == "," {
			return false
		}
	}
	return false
}

// namesOtherOrg reports whether the sentence names an organisation before
// offset end and none of those it names there is org: what it tells
// happened at another one.
func (s *sent) namesOtherOrg(org hearsay.Arg, end int) bool {
	if org.Entity < 0 {
		return false
	}
	other := false
	for _, u := range s.units {
		if u.Start >= end {
			break
		}
		if u.ment < 0 || u.etype != entOrg {
			continue
		}
		for _, e := range u.ents {
			if e == org.Entity {
				return false
			}
		}
		other = true
	}
	return other
}

// vacancyWords open the clause of a departure that made way for an
// appointment told before it ("named X head coach, three weeks after Y
// quit").
var vacancyWords = wordSet("vacancywords")

// vacatedPosts give a departure whose post the article tells nowhere else
// the post an appointment of someone else in its sentence fills, when the
// departure is told after it in a clause of "after" or "following" ("has
// named X as head coach of O, three weeks after Y quit": Y was head coach
// of O); a stand-in word before the post ("interim", "acting") is dropped.
func vacatedPosts(raws []*raw) {
	for _, rw := range raws {
		if leaving(rw.f.Type) && rw.s != nil && len(rw.f.Args) == 3 && rw.f.Args[1].Literal == "" {
			vacatedPost(raws, rw)
		}
	}
}

// vacatedPost fills the post of one departure for vacatedPosts: the post of
// an appointment, or of a holder who took it up right before the departure's
// clause ("Manager X, who took charge in November after Y was sacked").
func vacatedPost(raws []*raw, rw *raw) {
	for _, ap := range append(raws[:len(raws):len(raws)], knownOffices(rw.s.doc)...) {
		if ap.f.Sentence != rw.s.idx || ap.echo || ap.f.Type != "appointed" && (ap.f.Type != "position_held" || !rw.s.takenUpBetween(ap.f.Trigger.End, rw.f.Trigger.Start, ap.f.Args[0].Entity, rw.f.Args[0].Entity)) ||
			len(ap.f.Args) != 3 || ap.f.Args[1].Literal == "" ||
			ap.f.Args[0].Entity == rw.f.Args[0].Entity || ap.f.Trigger.End > rw.f.Trigger.Start || !rw.s.wordsBetween(ap.f.Trigger.End, rw.f.Trigger.Start, vacancyWords) {
			continue
		}
		if a := rw.f.Args[2]; (a.Entity >= 0 || a.Literal != "") && !sameOrg(a, ap.f.Args[2]) {
			continue
		}
		role := ap.f.Args[1]
		if w, rest, ok := strings.Cut(role.Literal, " "); ok && stepUpWords[w] {
			role.Literal = rest
		}
		for _, o := range raws {
			// the departure told again without its post ("Y, 58, stepped down on 3 July")
			if o == rw || leaving(o.f.Type) && len(o.f.Args) == 3 && o.f.Args[0].Entity == rw.f.Args[0].Entity && o.f.Args[1].Literal == "" &&
				(o.f.Args[2].Entity < 0 && o.f.Args[2].Literal == "" || sameOrg(o.f.Args[2], ap.f.Args[2])) {
				o.f.Args[1], o.f.Args[2] = role, ap.f.Args[2]
				o.echo = o.f.Args[2].Entity < 0 && o.f.Args[2].Literal == ""
				o.f.Derived = true
				o.f.Reason = "the post the appointment told with the departure fills"
			}
		}
		return
	}
}

// takeUpVerbs and takeUpObjects tell that someone took up a post ("took
// charge", "took over").
var (
	takeUpVerbs   = wordSet("takeupverbs")
	takeUpObjects = wordSet("takeupobjects")
)

// takenUpBetween reports whether words of taking up a post ("took charge",
// "took over") stand between offsets a and b, with no person other than the
// holder and the one who left named.
func (s *sent) takenUpBetween(a, b, holder, left int) bool {
	found := false
	for ui := range s.units {
		x := &s.units[ui]
		if x.Start >= b {
			break
		}
		if x.Start < a {
			continue
		}
		if x.ment >= 0 && x.etype == entPerson && !slices.Contains(x.ents, holder) && !slices.Contains(x.ents, left) {
			return false
		}
		if takeUpVerbs[x.word] && ui+1 < len(s.units) && takeUpObjects[s.units[ui+1].word] {
			found = true
		}
	}
	return found
}

// wordsBetween reports whether a word of a set lies between offsets a and b.
func (s *sent) wordsBetween(a, b int, words map[string]bool) bool {
	for ui := range s.units {
		x := &s.units[ui]
		if x.Start >= b {
			break
		}
		if x.Start >= a && words[x.word] {
			return true
		}
	}
	return false
}

// rawsWithout returns raws without the facts marked in drop, reusing the
// slice's storage.
func rawsWithout(raws []*raw, drop map[*raw]bool) []*raw {
	if len(drop) == 0 {
		return raws
	}
	out := raws[:0]
	for _, rw := range raws {
		if !drop[rw] {
			out = append(out, rw)
		}
	}
	return out
}
