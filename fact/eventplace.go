package fact

import (
	"strings"

	"github.com/hearsay-news/hearsay"
)

// placedEvents are the events whose stated place is where each of their
// people was at the event's time: an engagement, a first meeting, a death,
// a wedding whose ceremony or venue is told ("proposed at a cabin in Banff",
// "met at a gala in Monaco in 2017", "died Monday at his home in Santa Fe",
// "married in a small ceremony in Nashville", "wed in Napa in 2008").
var placedEvents = typesOf("engaged", "met", "died", "married")

// placedModality are the modalities of an event whose place is told: a
// rumour's place is that of the sighting that sparked it ("sparked engagement
// rumors when she was photographed at the airport"), which names its own
// people.
var placedModality = map[hearsay.Modality]bool{hearsay.Asserted: true, hearsay.Reported: true, hearsay.Speculated: true}

// placePrep reports whether w introduces the place of an event after its
// trigger ("during a trip to Lake Como" names it with "to", "married on
// Skye" an island with "on").
func placePrep(w string) bool {
	switch w {
	case "in", "at", "near", "outside", "to", "on":
		return true
	}
	return false
}

// eventStop reports whether w ends the search for an event's place: what
// follows is about something else ("met in 2003 and moved to Boston", "a
// daughter who studies in Boston").
func eventStop(w string) bool {
	switch w {
	case "who", "which", "whose", "where", "whom", "and", "but", "before", "since":
		return true
	}
	return false
}

// vehicleNouns name a craft or a ride: the place after them and "to" is
// where it was bound, not where its passengers were ("met on a flight to
// Paris", "died on the way to hospital"); a trip's place is where it went
// ("during a trip to Lake Como").
var vehicleNouns = map[string]bool{"ferry": true, "flight": true, "plane": true, "train": true, "bus": true, "boat": true, "coach": true, "ship": true, "cruise": true, "taxi": true, "cab": true,
	"way": true, "route": true, "road": true, "drive": true, "ride": true, "walk": true, "commute": true}

// gerundLinks open a clause of another event told by a gerund ("married
// in 2009, two years after meeting at a school in Lyon", "while filming in
// Rome"): its place is that event's.
var gerundLinks = map[string]bool{"after": true, "while": true, "when": true, "whilst": true}

// gerundClause reports whether unit k is a gerundLinks word followed by a
// word in -ing.
func (s *sent) gerundClause(k int) bool {
	if !gerundLinks[s.units[k].word] || k+1 >= len(s.units) {
		return false
	}
	next := &s.units[k+1]
	return next.ment < 0 && len(next.word) > 4 && strings.HasSuffix(next.word, "ing")
}

// eventPlaceWindow is how many units after an event's trigger its place may
// stand ("died yesterday aged 84 at her home in Oslo").
const eventPlaceWindow = 16

// A placedEvent is an event whose clause names its place.
type placedEvent struct {
	ev    *raw
	place hearsay.Arg
}

// eventPlaces finds the engagements, first meetings, deaths and weddings
// whose clause names their place after the trigger. A wedding told only as
// reported or rumoured places its couple only when its ceremony or venue
// is told as well ("married in Como in 2019" is there; "are said to have
// married in Lisbon" is not). It runs before repeated mentions of
// an event are folded into one, so that each clause is read.
func eventPlaces(doc *hearsay.Document, raws []*raw, nations map[string]string) []placedEvent {
	var out []placedEvent
	for _, rw := range raws {
		if !placedEvents.has(rw.f.Type) || rw.s == nil || !rw.eventTold() {
			continue
		}
		if rw.f.Type == "married" && !rw.venueTold() && rw.f.Modality != hearsay.Asserted { // "are said to have married in Lisbon": no place of theirs
			continue
		}
		if place, ok := rw.eventPlace(doc, nations); ok {
			out = append(out, placedEvent{rw, place})
		}
	}
	return out
}

// addEventPlaces adds a whereabouts (located_at) for each person of each
// placed event that is dated, with the event's time, modality, sources and
// evidence as they stand once derived, unless the person is already placed
// there at that time. An undated first meeting places its people with no
// time ("met while studying in Edinburgh"), an undated death at the date of
// the death told elsewhere ("died at Mercy Hospital after a stroke");
// another undated event places no one ("announced her engagement, months after they were pictured at a
// London restaurant": the place is another event's).
func addEventPlaces(doc *hearsay.Document, raws []*raw, placed []placedEvent) []*raw {
	if len(placed) == 0 {
		return raws
	}
	seen := map[placedKey]bool{}
	for _, rw := range raws {
		if rw.f.Type == "located_at" && len(rw.f.Args) == 2 {
			seen[placedKey{rw.f.Args[0].Entity, rw.f.Args[1].Entity, timeValue(rw.f.Time)}] = true
		}
	}
	for _, p := range placed {
		rw := p.ev
		if rw.f.Polarity != hearsay.Pos || !placedModality[rw.f.Modality] {
			continue
		}
		when := rw.f.Time
		if !dated(when) && rw.f.Type == "died" && when == nil {
			when = deathDate(raws, rw)
		}
		if !dated(when) && (when != nil || rw.f.Type != "met") {
			continue
		}
		for _, a := range rw.f.Args {
			k := placedKey{a.Entity, p.place.Entity, timeValue(when)}
			if a.Entity < 0 || doc.Entities[a.Entity].Type != hearsay.Person || seen[k] {
				continue
			}
			seen[k] = true
			w := rw.whereabouts(a, p.place)
			if when != nil && w.f.Time == nil {
				w.f.Time = w.s.slab().newTime(*when)
			}
			raws = append(raws, w)
		}
	}
	return raws
}

// deathDate returns the time of a dated death of the person an undated
// death rw tells, told elsewhere in the article ("died on May 9 ... He died
// at Mercy General Hospital after a stroke"), or nil.
func deathDate(raws []*raw, rw *raw) *hearsay.FactTime {
	if len(rw.f.Args) == 0 || rw.f.Args[0].Entity < 0 {
		return nil
	}
	for _, o := range raws {
		if o.f.Type == "died" && o.f.Polarity == hearsay.Pos && len(o.f.Args) > 0 && o.f.Args[0].Entity == rw.f.Args[0].Entity && dated(o.f.Time) {
			return o.f.Time
		}
	}
	return nil
}

// A placedKey is a person at a place at a time: one whereabouts.
type placedKey struct {
	person, place int
	time          string
}

// timeValue returns the value of t, "" when there is none.
func timeValue(t *hearsay.FactTime) string {
	if t == nil {
		return ""
	}
	return t.Value
}

// dated reports whether t gives a calendar time (not only the present).
func dated(t *hearsay.FactTime) bool {
	return t != nil && t.Value != "" && !strings.Contains(t.Value, "REF")
}

// eventTold reports whether the match tells the event itself ("got engaged
// in Paris", "met at a gala"), not a state, a relation noun, an anniversary
// or a rumour's claim ("his fiancée", "sparked engagement rumors"), whose
// place is that of something else.
func (rw *raw) eventTold() bool {
	if rw.noun || rw.anniversary > 0 || rw.pat == nil {
		return false
	}
	for _, o := range []string{"state", "anniversary", "claim", "trigger", "now"} {
		if rw.pat.has(o) {
			return false
		}
	}
	return true
}

// whereabouts returns the located_at of person p at place that the event rw
// tells.
func (rw *raw) whereabouts(p, place hearsay.Arg) *raw {
	var sl *slab // the document's, when the event has a sentence
	if rw.s != nil {
		sl = rw.s.slab()
	}
	f := sl.derived(rw.f, "located_at", "the place of the "+rw.f.Type, p, place)
	if rw.f.Time != nil {
		f.Time = sl.newTime(*rw.f.Time)
	}
	return sl.rawOf(raw{f: f, pat: rw.pat, s: rw.s, b: rw.b, frame: rw.frame})
}

// eventPlace returns the place of a "where" clause that tells the event, or
// the place named after the event's trigger in its clause: the first place after "in", "at", "near", "outside" or "to",
// passing over the event's own people (any person, for a match that left a
// partner to be found: "popped the question to Anna"); another person or
// name ends the search. A venue the tagger did not type as a place (an event, or a name
// left miscellaneous) counts after "at", or after "in" when it is no
// nationality adjective ("at the Green Mountain Folk Festival", "in the
// Hamptons").
func (rw *raw) eventPlace(doc *hearsay.Document, nations map[string]string) (hearsay.Arg, bool) {
	s := rw.s
	if e, ok := rw.placeWhere(); ok {
		return hearsay.Arg{Entity: e, Literal: doc.Entities[e].Name}, true
	}
	u := s.unitAt(rw.f.Trigger.End - 1)
	if rw.pat != nil && len(rw.pat.elems) > 0 && rw.pat.elems[0].kind == elemWord {
		u = s.unitAt(rw.f.Trigger.Start) // "The marriage took place on Saturday at X between A and B": the place is inside the match
	}
	if u < 0 {
		return hearsay.Arg{}, false
	}
	prep := -1
	if placePrep(s.units[u].word) {
		prep = u // "met at" ends its trigger with the preposition
	}
	relative := rw.inRelativeClause()
	for k := u + 1; k < len(s.units) && k <= u+eventPlaceWindow; k++ {
		un := &s.units[k]
		if un.ment < 0 {
			if j := s.ageAside(k); j > k {
				k = j
				continue
			}
			if eventStop(un.word) || un.boundary || s.gerundClause(k) || relative && un.word == "," || un.word == "according" {
				break // "X, whom she met in 2001, works at Y": the comma closes the relative clause
			}
			if un.word == "from" {
				prep = -1 // "with guests flown in from Paris": where they came from
			}
			if placePrep(un.word) {
				prep = k
				if un.word == "to" && k > 0 && vehicleNouns[s.units[k-1].word] {
					prep = -1 // "met on a ferry to Block Island": the place the ferry was bound for
				}
			}
			continue
		}
		switch {
		case un.etype == entPerson && (rw.echo || rw.hasArg(un.ents)):
			k = s.apposAside(k) // "married Dahl, a former Davis Cup player, in Bergen"
			continue
		case prep >= 0 && k-prep <= 4 && len(un.ents) == 1 && venue(s, prep, un, nations, rw.f.Type == "met") && !s.sourcePlace(k):
			e := un.ents[0]
			if t, ok := s.townAfter(un.Span); ok && un.etype == entEvent {
				e = t // "met at the Grammys in Los Angeles"
			}
			return hearsay.Arg{Entity: e, Literal: doc.Entities[e].Name}, true
		}
		return hearsay.Arg{}, false
	}
	return hearsay.Arg{}, false
}

// sourcePlace reports whether the place at unit k ends the phrase of a
// source right before its verb of saying ("married in 2015, his publicist
// in London said"): the place is the source's.
func (s *sent) sourcePlace(k int) bool {
	if k+1 >= len(s.units) || s.units[k+1].ment != -1 {
		return false
	}
	next := &s.units[k+1]
	return next.is(clsReportVerb) || sourceTellings[next.word]
}

// sourceTellings are the verbs of a source's telling that reportverbs leaves
// out ("a spokesman for the couple in Los Angeles confirmed").
var sourceTellings = map[string]bool{"confirmed": true, "confirms": true, "announced": true, "announces": true, "revealed": true, "reveals": true, "reported": true, "reports": true}

// inRelativeClause reports whether the event's trigger opens with a relative
// pronoun ("X, whom she met on a dig"), or follows one closely: the event is
// told in a clause about X that a comma closes.
func (rw *raw) inRelativeClause() bool {
	s := rw.s
	t := s.unitAt(rw.f.Trigger.Start)
	for k := t; k >= 0 && k < len(s.units) && s.units[k].Start < rw.f.Trigger.End; k++ {
		if w := s.units[k].word; w == "whom" || w == "who" {
			return true
		}
	}
	for k := t - 1; k >= 0 && k >= t-relativeLead && s.units[k].ment < 0; k-- {
		if w := s.units[k].word; w == "who" || w == "whom" {
			return true // "X and his wife Y, who married in 2019, live in Leeds": the trigger alone is "married"
		}
	}
	return false
}

// relativeLead is how many plain words a relative pronoun may stand
// before an event's trigger that leaves it out ("who were married",
// "who had quietly wed").
const relativeLead = 3

// whereWindow is how far before an event's trigger a "where" that names its
// place may stand ("in Zurich, where, according to friends, she met him").
const whereWindow = 8

// placeWhere returns the place of a relative "where" clause that tells the
// event ("studied in Zurich, where she met Favre"): the place right before
// the "where" and its comma, with no other person between.
func (rw *raw) placeWhere() (int, bool) {
	s := rw.s
	u := s.unitAt(rw.f.Trigger.Start)
	for k := u - 1; k >= 2 && k >= u-whereWindow; k-- {
		un := &s.units[k]
		if un.ment >= 0 && !(un.etype == entPerson && rw.hasArg(un.ents)) {
			return 0, false
		}
		if un.word != "where" {
			continue
		}
		if s.units[k-1].word != "," {
			return 0, false
		}
		j := s.timeBefore(k - 2) // "came home to Wisbech in 1945, where he married": the place before the time
		if pl := s.units[j]; j >= 0 && pl.ment >= 0 && pl.etype == entPlace && len(pl.ents) == 1 {
			return pl.ents[0], true
		}
		return 0, false
	}
	return 0, false
}

// timeBefore returns the unit before a time expression that ends at unit
// j and the preposition that opens it ("Wisbech in 1945"), or j when no
// time ends there; -1 when nothing is left before it.
func (s *sent) timeBefore(j int) int {
	k := j
	for k >= 0 && s.units[k].ment == -1 && s.inTimex(s.units[k].Span) {
		k--
	}
	if k == j {
		return j
	}
	if k >= 0 && (s.units[k].word == "in" || s.units[k].word == "on") {
		k--
	}
	return k
}

// apposWindow is how many units an apposition after a person may take
// ("Dahl, a former Davis Cup player,").
const apposWindow = 10

// apposAside returns the closing comma of an apposition set off by commas
// after the person at unit k, opened by an article and followed by a
// preposition of place ("married Dahl, a former Davis Cup player, in
// Bergen"), or k when there is none: what the apposition names is no place
// of the event, which the preposition gives.
func (s *sent) apposAside(k int) int {
	if k+2 >= len(s.units) || s.units[k+1].word != "," {
		return k
	}
	switch s.units[k+2].word {
	case "a", "an", "the":
	default:
		return k
	}
	for j := k + 3; j < len(s.units) && j <= k+2+apposWindow; j++ {
		un := &s.units[j]
		if un.boundary || un.ment < 0 && eventStop(un.word) {
			return k
		}
		if un.word == "," {
			if j+1 < len(s.units) && s.units[j+1].ment < 0 && placePrep(s.units[j+1].word) {
				return j
			}
			return k // no place follows: the apposition's own may be the event's ("met her husband, X, a biologist at Y, when they were both students there")
		}
	}
	return k
}

// ageAside returns the last unit of an age set off by commas at unit k
// ("met Jordan, 30, at a match"), or k when there is none.
func (s *sent) ageAside(k int) int {
	if k+2 >= len(s.units) || s.units[k].word != "," || s.units[k+2].word != "," || s.units[k+1].ment >= 0 {
		return k
	}
	for _, r := range s.units[k+1].word {
		if r < '0' || r > '9' {
			return k
		}
	}
	return k + 2
}

// venue reports whether the mention u after the preposition at prep is where
// an event took place: a place, a name the tagger left as miscellaneous that
// is no nationality adjective, or after "at" an event, an institution's
// building, an organisation after a gathering held there ("at a dance at
// the Corn Exchange"), or for a first meeting a place of learning ("met as
// students at Carnegie Mellon University").
func venue(s *sent, prep int, u *unit, nations map[string]string, meeting bool) bool {
	switch u.etype {
	case entPlace:
		return true
	case entMisc:
		_, adjective := nations[u.word]
		return !adjective
	case entEvent:
		return s.units[prep].word == "at"
	case entOrg:
		if s.units[prep].word != "at" || len(u.ents) != 1 {
			return false
		}
		name := s.doc.Entities[u.ents[0]].Name
		return venueOrg(name) || meeting && hasHead(name, schoolHeads) || prep >= 1 && occasionNouns[s.units[prep-1].word]
	}
	return false
}

// occasionNouns name a gathering held at a venue, so that the organisation
// named after "at" is the building it was held in ("met at a dance at the
// Barnsley Civic in 1973").
var occasionNouns = wordSet("occasionnouns")

// venueOrgHeads are the words of the name of an institution whose building
// is where an event happens ("died at Carsegowrie Hospice", "married at the
// Chapel of St Brendan", "jailed at Carlisle Crown Court").
var venueOrgHeads = wordSet("venueorgheads")

// schoolHeads are the words of the name of a place of learning, where
// people meet as students ("met at Durham University").
var schoolHeads = wordSet("schoolheads")

// venueOrg reports whether an organisation's name names an institution's
// building (venueOrgHeads): a place where an event happens.
func venueOrg(name string) bool {
	return hasHead(name, venueOrgHeads)
}

// hasHead reports whether one of the words of name, lowercased, is in heads.
func hasHead(name string, heads map[string]bool) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if heads[w] {
			return true
		}
	}
	return false
}

// hasArg reports whether one of ents is an argument of the fact.
func (rw *raw) hasArg(ents []int) bool {
	for _, e := range ents {
		for _, a := range rw.f.Args {
			if a.Entity == e {
				return true
			}
		}
	}
	return false
}

// venueNouns name a wedding's ceremony or the kind of place it was held at
// ("at a vineyard in Sonoma", "at a castle outside Dublin").
var venueNouns = wordSet("venuenouns")

// venueTold reports whether a wedding's clause names its ceremony or venue
// after the trigger ("married in a small ceremony in Nashville").
func (rw *raw) venueTold() bool {
	u := rw.s.unitAt(rw.f.Trigger.End - 1)
	if u < 0 {
		return false
	}
	for k := u + 1; k < len(rw.s.units) && k <= u+eventPlaceWindow; k++ {
		if venueNouns[rw.s.units[k].word] {
			return true
		}
	}
	return false
}

// festivalHeads name events held on grounds of their own, where people are
// placed rather than in the town around them.
var festivalHeads = wordSet("festivalheads")

// eventTowns moves each whereabouts at a named event that the sentence
// places in a town ("photographed at the Grammys in Los Angeles", "arrived
// at the Met Gala in New York") to that town: the event is what they
// attended, the town is where they were. A festival is a ground of its own
// and stays ("spotted at the Lowenna Festival in Somerset"): the gold
// places people at the festival, its town only optionally (festivalHeads).
func eventTowns(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		if rw.f.Type != "located_at" || len(rw.f.Args) != 2 || rw.s == nil {
			continue
		}
		if f := festivalBefore(doc, rw); f >= 0 {
			rw.f.Args[1] = hearsay.Arg{Entity: f, Literal: doc.Entities[f].Name} // "spoke at the Harbour Festival in Kelmouth": the festival
			continue
		}
		if e := rw.f.Args[1].Entity; e < 0 || doc.Entities[e].Type != hearsay.Event || hasHead(doc.Entities[e].Name, festivalHeads) {
			continue
		}
		span := rw.b.slots[slotPlace].span
		if o := rw.b.slots[slotOrg]; o.set && len(o.ents) == 1 && o.ents[0] == rw.f.Args[1].Entity {
			span = o.span // "was at the Met Gala in New York": the event is the organisation's slot
		}
		if t, ok := rw.s.townAfter(span); ok {
			rw.f.Args[1] = hearsay.Arg{Entity: t, Literal: doc.Entities[t].Name}
		}
	}
}

// festivalBefore returns the festival a match of a whereabouts names in
// its work or organisation slot right before the town it gives ("spoke at
// the Harbour Festival in Kelmouth"), or -1: the gold places people at
// a festival and only optionally in its town, as eventTowns keeps them.
func festivalBefore(doc *hearsay.Document, rw *raw) int {
	pl := rw.b.slots[slotPlace]
	if !pl.set || len(pl.ents) != 1 || rw.f.Args[1].Entity != pl.ents[0] {
		return -1
	}
	for _, sl := range [...]slot{slotWork, slotOrg} {
		o := rw.b.slots[sl]
		if !o.set || len(o.ents) != 1 || o.span.End > pl.span.Start {
			continue
		}
		if e := &doc.Entities[o.ents[0]]; e.Type == hearsay.Event && hasHead(e.Name, festivalHeads) {
			if t, ok := rw.s.townAfter(o.span); ok && t == pl.ents[0] {
				return o.ents[0]
			}
		}
	}
	return -1
}

// townLink reports whether w links an event to the town or the venue named
// after it: "in", a comma, or "at" ("the County Show at Holmby Hall").
func townLink(w string) bool { return w == "in" || w == "," || w == "at" }

// townAfter returns the place named right after the mention at span, after
// "in", "at" or a comma ("the Grammys in Los Angeles", "the Cannes festival,
// France", "the County Show at Holmby Hall").
func (s *sent) townAfter(span hearsay.Span) (int, bool) {
	u := s.unitAt(span.Start)
	if u < 0 {
		return 0, false
	}
	for u+1 < len(s.units) && s.units[u+1].Start < span.End {
		u++
	}
	for k := u + 1; k < len(s.units) && k <= u+3 && !townLink(s.units[k].word); k++ {
		if x := &s.units[k]; x.ment != -1 || x.boundary || x.capital {
			return 0, false
		}
		u = k // "a Grammys after-party together in Los Angeles"
	}
	if u+2 >= len(s.units) || !townLink(s.units[u+1].word) {
		return 0, false
	}
	k := u + 2
	if s.units[k].word == "the" && k+1 < len(s.units) {
		k++
	}
	if pl := &s.units[k]; pl.ment >= 0 && pl.etype == entPlace && len(pl.ents) == 1 {
		return pl.ents[0], true
	}
	return 0, false
}
