package fact

import (
	"bytes"
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
	htext "github.com/hearsay-news/hearsay/text"
)

// Stage is the fact stage of the pipeline.
type Stage struct {
	r      *resources
	memos  sync.Pool // *memoBuf storage, reused from document to document
	arenas sync.Pool // *sentArena storage, reused from document to document
}

// NewStage loads the embedded patterns and cue lists and returns the stage.
func NewStage() (*Stage, error) {
	r, err := loadResources()
	if err != nil {
		return nil, err
	}
	return &Stage{r: r}, nil
}

// Name is "fact".
func (st *Stage) Name() string { return "fact" }

// Requires lists the layers the stage reads.
func (st *Stage) Requires() []hearsay.Layer {
	return []hearsay.Layer{hearsay.LayerSentences, hearsay.LayerTokens, hearsay.LayerTimexes, hearsay.LayerMentions, hearsay.LayerEntities, hearsay.LayerAttrs}
}

// Provides is LayerFacts.
func (st *Stage) Provides() []hearsay.Layer { return []hearsay.Layer{hearsay.LayerFacts} }

// A raw is a fact as read from one match, before merging.
type raw struct {
	f           hearsay.Fact
	pat         *pattern
	s           *sent
	b           *binding // shared by the raws of one match; never changed once made
	echo        bool     // an argument is missing
	noun        bool     // triggered by a relation noun
	anniversary int      // for anniversary matches: the number of years
	childAge    int      // for children listed with their ages: the child's age, -1 when none
	frame       *frame
	moot        bool // a change of office that a call, a demand or a refusal names without telling it
	succeeds    int  // for an appointment derived from a succession: one more than the predecessor's entity, else 0
}

// fillArg gives argument i of rw, which the text left open, the value a
// from the rest of the document: the fact becomes a full one (no echo),
// derived for the reason why.
func (rw *raw) fillArg(i int, a hearsay.Arg, why string) {
	rw.f.Args[i] = a
	rw.echo, rw.f.Derived, rw.f.Reason = false, true, why
}

// Process reads the document's facts and appends them to doc.Facts.
func (st *Stage) Process(ctx context.Context, doc *hearsay.Document) error {
	families := familyNames(doc)
	var raws []*raw
	var prev *frame
	var allFrames []*frame
	var lastOutlet outletSeen
	sents := make([]*sent, len(doc.Sentences)) // as read; nil for skipped sentences
	lead := leadPair(doc)
	qa := interviewOf(doc)               // nil unless the article is laid out as questions and answers
	tr := transcriptOf(doc)              // nil unless the article is laid out as speakers' lines
	openQuote := false                   // a quotation left open by the sentence before
	var hereBuf []*raw                   // room for the facts of one sentence, which raws then holds
	memo, _ := st.memos.Get().(*memoBuf) // slot memo storage, reused by each sentence in turn
	if memo == nil {
		memo = &memoBuf{}
	}
	defer st.memos.Put(memo)
	arena, _ := st.arenas.Get().(*sentArena) // nothing read from the document keeps the arena's storage
	arena = arena.reuse(doc)
	defer st.arenas.Put(arena)
	ments := sentMentions(doc, arena.mentionsBySentence(doc))
	for si := range doc.Sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		if doc.Skipped(doc.Sentences[si].Span) {
			openQuote = false
			continue
		}
		group := lastGroup(doc, ments, si, arena.slab())
		if group == nil {
			group = lastCouple(raws)
		}
		if group == nil {
			group = lead // "The couple married in 2022" before any relation is read
		}
		s := buildSent(st.r, doc, si, ments[si], group, families, arena)
		coupleThey(s, raws)
		if si > 0 {
			placeAnaphora(s, sents[si-1])
		} else {
			placeAnaphora(s, nil)
		}
		s.contQuote = openQuote
		openQuote = (quoteMarksIn(s)+boolInt(openQuote))%2 == 1
		sents[si] = s
		frames := st.frames(s, prev)
		st.definiteSources(frames, allFrames)
		if len(frames) == 0 && prev != nil && prev.s.idx == si-1 && (prev.quoted || startsQuote(prev.s)) && startsQuote(s) {
			// a quote running on from the previous sentence keeps its speaker, also one
			// who "told" an outlet what was quoted first
			frames = []*frame{{scope: doc.Sentences[si].Span, chain: prev.chain, verb: prev.verb, after: 0, s: s, quoted: true}}
		}
		if len(frames) == 0 && openQuote && startsQuote(s) && si+1 < len(doc.Sentences) && !doc.Skipped(doc.Sentences[si+1].Span) {
			// a quote that runs into the next sentence, where its speaker is named
			// ("I love him, but we are not dating. We have never dated," X said.)
			if f := st.speakerAfter(buildSent(st.r, doc, si+1, ments[si+1], group, families, nil), prev); f != nil {
				frames = []*frame{{scope: doc.Sentences[si].Span, chain: f.chain, verb: f.verb, after: 0, s: s, quoted: true}}
			}
		}
		we := group
		if len(frames) == 0 && qa != nil && qa.answer[si] {
			frames = []*frame{qa.frame(doc, s)} // "I joined the firm in 2009": the person answering says so
			we = qa.we(raws, group)
		}
		if len(frames) == 0 && tr != nil {
			if f := tr.frame(doc, s); f != nil {
				frames = []*frame{f} // "KERRY VANCE: I joined the crew in 1998": the speaker says so
			}
		}
		quotedSpeakers(st.r, s, frames, we)
		lastOutlet = st.outletContext(frames, lastOutlet, si)
		s.frames = frames
		if len(frames) > 0 {
			prev = frames[len(frames)-1]
		}
		allFrames = append(allFrames, frames...)
		s.buf = memo
		here := st.matchSentence(s, frames, hereBuf)
		here = append(here, st.coordinatedRoles(s, here)...)
		if s.regroup(here) {
			here = st.matchSentence(s, frames, hereBuf)
		}
		s.release()
		here = append(here, st.coordinatedObjects(s, here)...)
		here = append(here, st.titledNames(s, frames)...)
		here = append(here, st.nominalMembers(s, frames)...)
		here = append(here, st.nominalNationals(s, frames)...)
		here = append(here, st.coupleNationals(s, frames)...)
		here = append(here, st.nominalPosts(s, frames)...)
		here = append(here, st.partyBeforeName(s, frames)...)
		here = append(here, st.partyAfterName(s, frames)...)
		here = append(here, st.partyInBrackets(s, frames)...)
		here = append(here, st.sharedTrades(s, frames)...)
		here = append(here, st.describedHomes(s, frames)...)
		here = append(here, st.survivorChildren(s, frames)...)
		here = append(here, st.noticeKin(s, frames)...)
		here = append(here, st.unnamedRelatives(s, frames, here)...)
		here = append(here, st.siblingOrder(s, frames, raws, here)...)
		here = append(here, st.orderAmongCounted(s, frames, raws, here)...)
		here = append(here, st.siblingKin(s, frames, raws, here)...)
		if s.question() {
			for _, rw := range here {
				rw.echo = true // "Are X and Y back on?" asks; it adds evidence to what is told
			}
		}
		raws = append(raws, here...)
		hereBuf = here[:0]
	}
	st.backfill(raws, allFrames)
	stampEntries(doc, raws, liveStamps(doc), stampedTypes) // "14:42 RESULT: X is elected": at 14:42
	heads := headingStamps(doc)
	stampEntries(doc, raws, heads, headedTypes) // "Sept. 2021: Wedding bells. The couple wed in Sonoma": in September 2021
	headedPresents(doc, raws, heads)            // "March 2016: The pair go public": dating from March 2016
	raws = append(raws, st.denials(raws, allFrames, sents)...)
	confirmedNews(raws, allFrames, st.r.sinces)
	widenPosts(doc.Text, doc.Facts, doc.Entities, st.r.roles, st.r.fieldRoles, st.r.fieldNouns)
	for i := range doc.Facts {
		nounOrg(doc, &doc.Facts[i], st.r.orgNouns) // the mention stage's posts, which deriving reads
	}
	doc.Facts = bandPosts(doc.Text, doc.Facts)
	doc.Facts = listedMemberships(doc, sents, doc.Facts)
	marks := st.cueMarksOf(doc, arena.marks)
	arena.marks = marks
	facts := dropOwnOutlet(st.nameAllBodies(doc, st.derive(doc, raws, marks)), allFrames)
	countryArgs(doc, facts)
	facts = withoutCountryPartners(doc, facts, st.r.countries)
	facts = withoutCountedNamed(doc, facts)
	facts = addNew(facts, st.compoundFacts(doc))
	facts = addNew(facts, st.dualCitizenFacts(doc))
	facts = addNew(facts, st.parentNationalFacts(doc, facts))
	facts = addNew(facts, st.turnedFacts(doc))
	facts = addNew(facts, st.townsfolkFacts(doc, marks))
	facts = addNew(facts, parentCountFacts(doc, facts, marks))
	facts = addNew(facts, engagementNotices(doc))
	facts = addNew(facts, coupleWives(doc, facts))
	facts = addNew(facts, countyHomes(doc))
	facts = addNew(facts, profileFacts(doc))
	facts = addNew(facts, signatureHomes(doc))
	facts = dropCoupleChildren(facts)
	facts = dropWishedChildren(doc, facts)
	facts = dropHomeWhereabouts(facts)
	facts = dropTalks(doc, facts)
	facts = dropEngagedIn(doc, facts)
	doc.Facts = dropHopedPosts(doc.Facts, facts, st.r.roles)
	doc.Facts = withoutTitlePersons(doc, doc.Facts, st.r.roles)
	doc.Facts = withoutLeagueMembers(doc, doc.Facts, st.r.leagues)
	if qa != nil {
		qa.attribute(doc) // "My husband, Tom, is a paramedic": the mention stage's facts are the answer's too
	}
	if tr != nil {
		tr.attribute(doc)
	}
	facts = mergeKnown(doc.Facts, facts, st.r.roles)
	facts = append(facts, otherBoards(doc, facts, sents)...) // "the boards of X and Y"
	facts = append(facts, postTrades(doc.Facts, facts)...)   // "chief economist at X": an economist
	setIDs(facts, len(doc.Facts))
	parentOrgs(doc, facts, st.r.subUnits)
	parentOrgs(doc, doc.Facts, st.r.subUnits)
	doc.Facts = withoutCutPosts(doc.Text, newsDayTwins(doc.DateString(), twinPosts(narrowestPosts(narrowestOccupations(ungradedOccupations(append(doc.Facts, facts...)), st.r.sameTrades, st.r.foundings)), st.r.roles)))
	lexiconRoles(doc.Facts, st.r.roles)
	possessorPlaces(doc, doc.Facts)
	councilPlaceFacts(doc, doc.Facts)
	yearsAsPosts(doc.Facts, sents, st.r.roles)
	knownSpans(doc.Facts, sents, st.r.lengths)
	st.scoreFacts(doc)
	return nil
}

// dropHopedPosts removes from the facts the mention stage read (known) a
// post of a person that the same sentence tells only as a change still
// hoped for or doubted ("could name X as its next chief executive": X is
// not its chief executive): an appointment or election of the same post
// read by the stage (facts) that is speculated, uncertain or denied, with
// no appointment told as fact beside it.
func dropHopedPosts(known, facts []hearsay.Fact, roles map[string]string) []hearsay.Fact {
	hoped := func(k *hearsay.Fact) bool {
		doubted := false
		for i := range facts {
			f := &facts[i]
			if f.Type != "appointed" && f.Type != "elected" || f.Sentence != k.Sentence || len(f.Args) != 3 || f.Args[0].Entity != k.Args[0].Entity ||
				canonRole(f.Args[1].Literal, roles) != canonRole(k.Args[1].Literal, roles) {
				continue
			}
			switch f.Modality {
			case hearsay.Speculated, hearsay.Uncertain, hearsay.Denied:
				doubted = true
			default:
				return false
			}
		}
		return doubted
	}
	out := known[:0]
	for i := range known {
		k := &known[i]
		if k.Type == "position_held" && len(k.Args) == 3 && k.Args[0].Entity >= 0 && hoped(k) {
			continue
		}
		out = append(out, *k)
	}
	return out
}

// narrowestOccupations drops an occupation of a person that a longer one
// of the same person ends with, in the same polarity and modality: "star"
// beside "reality star", "captain" beside "rugby captain"; a generic one
// beside a specific one that names the same trade (same, from
// data/sametrades.tsv: "musician" beside "singer-songwriter", "basketball
// star" beside "point guard"); and a founding (data/foundings.txt) the
// person holds as a post of an organisation ("founder Ann Cole" of the
// company the article names is no trade); and one read from a description
// that opens with a quoted title (titledTrade) beside any other.
func narrowestOccupations(facts []hearsay.Fact, same map[string]map[string]bool, foundings map[string]bool) []hearsay.Fact {
	var drop []bool // by fact: whether it goes; nil while none does
	for i, f := range facts {
		if f.Type == "occupation" && len(f.Args) == 2 && f.Args[0].Entity >= 0 && (widerOccupation(facts, i, same) || foundingPost(facts, i, foundings)) {
			if drop == nil {
				drop = make([]bool, len(facts))
			}
			drop[i] = true
		}
	}
	return withoutDropped(facts, drop)
}

// foundingPost reports whether facts[i], an occupation, is a founding
// (foundings) that the same person holds as a post of an organisation.
func foundingPost(facts []hearsay.Fact, i int, foundings map[string]bool) bool {
	f := facts[i]
	if !foundings[strings.ToLower(f.Args[1].Literal)] {
		return false
	}
	for j := range facts {
		g := &facts[j]
		if g.Type == "position_held" && len(g.Args) == 3 && g.Args[0].Entity == f.Args[0].Entity && g.Polarity == f.Polarity &&
			foundings[strings.ToLower(g.Args[1].Literal)] {
			return true
		}
	}
	return false
}

// withoutDropped returns the facts whose drop entry is false: facts itself
// when drop is nil (nothing goes).
func withoutDropped(facts []hearsay.Fact, drop []bool) []hearsay.Fact {
	if drop == nil {
		return facts
	}
	out := make([]hearsay.Fact, 0, len(facts))
	for i, f := range facts {
		if !drop[i] {
			out = append(out, f)
		}
	}
	return out
}

// widerOccupation reports whether facts[i], an occupation, is ended by a
// longer occupation of the same person in the same polarity and modality,
// or is a generic one (same) beside a specific one of the same trade.
func widerOccupation(facts []hearsay.Fact, i int, same map[string]map[string]bool) bool {
	f := facts[i]
	lit := strings.ToLower(f.Args[1].Literal)
	specific := same[lit]
	for j := range facts {
		g := &facts[j]
		if j == i || g.Type != "occupation" || len(g.Args) != 2 || g.Args[0].Entity != f.Args[0].Entity || g.Polarity != f.Polarity || g.Modality != f.Modality {
			continue
		}
		if f.Rule == titledTrade && g.Rule != titledTrade {
			return true // "the 'Gravel Road' singer" beside "a backup singer": the trade the text states
		}
		other := strings.ToLower(g.Args[1].Literal)
		if strings.HasSuffix(other, " "+lit) && !lesserTrades[strings.TrimSuffix(other, " "+lit)] || specific[other] {
			return true
		}
	}
	return false
}

// titledTrade is the rule of an occupation read from a description that
// opens with a quoted title ("the 'Saltwater' actress"): it stands only
// when the text states no other trade of the person.
const titledTrade = "entity-nominal-title"

// lesserTrades are the words before an occupation that make it a job of
// its own, below or before the trade ("backing singer" beside "singer",
// "trainee solicitor" beside "solicitor"): the trade is kept beside it.
var lesserTrades = wordSet("lessertrades")

// rankWords are the words before a role's last word that make it another
// post than the last word alone: a "vice president" is not the president,
// an "assistant coach" not the coach.
var rankWords = wordSet("rankwords")

// gradeWords are the rank words that tell a grade within a post
// (data/classes.tsv).
var gradeWords = wordSet("gradewords")

// narrowestPosts folds a post named by one word into the same post of the
// same person and organisation named more fully in the same polarity and
// modality ("chief" into "police chief", "coach" into "head coach"), when
// their times agree: the fuller post keeps both times and both evidences.
// A rank word before the last word makes another post ("vice president").
func narrowestPosts(facts []hearsay.Fact) []hearsay.Fact {
	var drop []bool // by fact: whether it goes; nil while none does
	for i := range facts {
		f := &facts[i]
		if !isPostEvent(f.Type) || len(f.Args) != 3 || f.Args[0].Entity < 0 || f.Args[1].Entity >= 0 || strings.Contains(f.Args[1].Literal, " ") {
			continue
		}
		j := fullerPost(facts, i, drop)
		if j < 0 {
			continue
		}
		drop = foldPost(facts, j, i, drop)
	}
	return withoutDropped(facts, drop)
}

// foldPost folds post fact gone into fact keep (their times joined, their
// evidence together, the sources of gone when keep is told in the article's
// own voice: "X is leaving, his office said. X will step down on October
// 3.") and marks gone in drop, which it makes when nil.
func foldPost(facts []hearsay.Fact, keep, gone int, drop []bool) []bool {
	k, g := &facts[keep], &facts[gone]
	k.Time = joinTimes(k.Time, g.Time)
	if len(k.Sources) == 0 && len(g.Sources) > 0 {
		k.Sources = g.Sources
	}
	k.Evidence = uniqueEvidence(append(k.Evidence, g.Evidence...))
	if drop == nil {
		drop = make([]bool, len(facts))
	}
	drop[gone] = true
	return drop
}

// chairWords are the last words of a role that name one post, the head of
// a board, in several ways ("chairman", "chair", "chairwoman").
var chairWords = wordSet("chairwords")

// twinPosts folds a post into the same post of the same person and
// organisation, in the same polarity and modality, whose role is written
// the same ("Interim Chief Luis Roe" and "Roe has led the department as
// interim chief since July 31", read by two rules) or the other way
// ("Chairman Ann Vole" and "has chaired the firm since 2017" give
// "chairman" and "chair"): the roles differ only in a last word of
// chairWords, one is the other written with "co-" ("co-founder" and
// "founder", sharedPosts), or the role lexicon (roles, canonRole) writes
// both the same ("interim CEO" and "interim chief executive"). The dated
// one is kept, with both times and both evidences.
func twinPosts(facts []hearsay.Fact, roles map[string]string) []hearsay.Fact {
	var drop []bool // by fact: whether it goes; nil while none does
	for i := range facts {
		f := &facts[i]
		if drop != nil && drop[i] || !isPostEvent(f.Type) || len(f.Args) != 3 || f.Args[0].Entity < 0 || f.Args[1].Entity >= 0 {
			continue
		}
		j := twinPost(facts, i, drop, roles)
		if j < 0 {
			continue
		}
		keep, gone := i, j // the dated one stays: the earlier, unless only the later is dated
		if f.Time.IsZero() && !facts[j].Time.IsZero() {
			keep, gone = j, i
		}
		drop = foldPost(facts, keep, gone, drop)
	}
	return withoutDropped(facts, drop)
}

// twinPost returns the fact of facts after i (not dropped) that holds the
// post of facts[i] under the same role or the role written the other way
// (sameChairPost, sameSharedPost, sameLexiconPost), with a time that
// agrees, or -1.
func twinPost(facts []hearsay.Fact, i int, drop []bool, roles map[string]string) int {
	f := &facts[i]
	for j := i + 1; j < len(facts); j++ {
		g := &facts[j]
		if drop != nil && drop[j] || g.Type != f.Type || len(g.Args) != 3 || g.Args[0].Entity != f.Args[0].Entity || g.Args[1].Entity >= 0 ||
			g.Polarity != f.Polarity || g.Modality != f.Modality || !sameOrgArg(f.Args[2], g.Args[2]) {
			continue
		}
		a, b := f.Args[1].Literal, g.Args[1].Literal
		if (strings.EqualFold(a, b) || sameChairPost(a, b) || sameSharedPost(a, b) || sameLexiconPost(a, b, roles)) && timesAgree(f.Time, g.Time) {
			return j
		}
	}
	return -1
}

// newsDayTwins drops an appointment dated only by the news it is told as
// (the article's day or the day its lead gives: "The new chief executive of
// X, Ann Lee,") when the same appointment of the same person to the same
// post is told with an earlier date of its own ("who was appointed in
// March"): one change, at the date the text gives, which takes the other's
// evidence. An election may come again ("won a third term", "was first
// elected in 2019") and stays.
func newsDayTwins(day string, facts []hearsay.Fact) []hearsay.Fact {
	var drop []bool // by fact: whether it goes; nil while none does
	for i := range facts {
		f := &facts[i]
		if f.Type != "appointed" || len(f.Args) != 3 || f.Time == nil || f.Time.Timex >= 0 || f.Time.Value < day[:min(len(day), 7)] {
			continue // not derived, or derived before the article's month: no date of the news
		}
		for j := range facts {
			g := &facts[j]
			if j == i || drop != nil && drop[j] || g.Type != f.Type || len(g.Args) != 3 || g.Args[0].Entity < 0 || g.Args[0].Entity != f.Args[0].Entity ||
				g.Polarity != f.Polarity || !sameOrgArg(f.Args[2], g.Args[2]) || !strings.EqualFold(f.Args[1].Literal, g.Args[1].Literal) ||
				g.Time == nil || g.Time.Timex < 0 || g.Time.Value == "" || g.Time.Value >= f.Time.Value[:min(len(f.Time.Value), len(g.Time.Value))] || strings.Contains(g.Time.Value, "REF") {
				continue // not the same post, or no date of its own from the text before the news
			}
			g.Evidence = uniqueEvidence(append(g.Evidence, f.Evidence...))
			if drop == nil {
				drop = make([]bool, len(facts))
			}
			drop[i] = true
			break
		}
	}
	return withoutDropped(facts, drop)
}

// sameChairPost reports whether two roles differ only in their last words,
// two different words of chairWords ("executive chairman" and "executive
// chair").
func sameChairPost(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	pa, la := cutLastWord(a)
	pb, lb := cutLastWord(b)
	return pa == pb && la != lb && chairWords[la] && chairWords[lb]
}

// sameLexiconPost reports whether two roles written differently are one
// post in the canonical words of the role lexicon ("interim ceo" and
// "interim chief executive officer").
func sameLexiconPost(a, b string, roles map[string]string) bool {
	return !strings.EqualFold(a, b) && canonRole(a, roles) == canonRole(b, roles)
}

// sharedPosts are posts written with "co-" when shared (data/classes.tsv).
var sharedPosts = wordSet("sharedposts")

// sameSharedPost reports whether one role is the other written with "co-"
// before it, a post of sharedPosts ("co-founder" and "founder").
func sameSharedPost(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if len(a) < len(b) {
		a, b = b, a
	}
	return sharedPosts[b] && strings.TrimPrefix(a, "co-") == b && a != b
}

// cutLastWord splits a role before its last word.
func cutLastWord(role string) (before, last string) {
	i := strings.LastIndexByte(role, ' ')
	return role[:i+1], role[i+1:]
}

// isPostEvent reports whether t is a fact type of a post: position_held
// and the changes of office.
func isPostEvent(t string) bool {
	switch t {
	case "position_held", "appointed", "elected", "resigned", "dismissed":
		return true
	}
	return false
}

// fullerPost returns the fact of facts (not dropped) that names the post of
// facts[i] more fully, or -1. A fuller role with a rank ("deputy editor")
// is another post; one with a grade (gradeWords: "senior editor") too,
// unless both are read undated from one sentence ("is a senior editor at
// X" read as "editor" too).
func fullerPost(facts []hearsay.Fact, i int, drop []bool) int {
	f := &facts[i]
	head := " " + strings.ToLower(f.Args[1].Literal)
	for j := range facts {
		g := &facts[j]
		if j == i || drop != nil && drop[j] || g.Type != f.Type || len(g.Args) != 3 || g.Args[0].Entity != f.Args[0].Entity ||
			g.Polarity != f.Polarity || g.Modality != f.Modality || !sameOrgArg(f.Args[2], g.Args[2]) {
			continue
		}
		role := strings.ToLower(g.Args[1].Literal)
		if !strings.HasSuffix(role, head) || !timesAgree(f.Time, g.Time) {
			continue
		}
		ranked, graded := false, false
		for _, w := range strings.Fields(strings.TrimSuffix(role, head)) {
			if rankWords[w] || strings.HasPrefix(w, "co-") || strings.HasPrefix(w, "vice-") {
				ranked = true
			}
			graded = graded || gradeWords[w]
		}
		if !ranked || graded && g.Sentence == f.Sentence && f.Time.IsZero() && g.Time.IsZero() {
			return j // a grade in the same sentence with no time is the same post read twice: "is a senior editor at X"
		}
		if readWithin(f, g) {
			return j // "Prime Minister X of Norway" read once as "minister": the same words, read whole by the other
		}
	}
	return -1
}

// readWithin reports whether undated post f was read from words inside
// the trigger of undated post g in the same sentence: one title read
// twice, once cut short.
func readWithin(f, g *hearsay.Fact) bool {
	return g.Sentence == f.Sentence && f.Time.IsZero() && g.Time.IsZero() && f.Trigger.Start < f.Trigger.End &&
		g.Trigger.Start <= f.Trigger.Start && f.Trigger.End <= g.Trigger.End
}

// sameOrgArg reports whether two organisation arguments are the same:
// one entity, or the same literal.
func sameOrgArg(a, b hearsay.Arg) bool {
	if a.Entity >= 0 || b.Entity >= 0 {
		return a.Entity == b.Entity
	}
	return strings.EqualFold(a.Literal, b.Literal)
}

// timesAgree reports whether two times of one post can be one: either is
// empty, or both are points with the same value, or both are spans whose
// starts and ends do not differ where both give them.
func timesAgree(a, b *hearsay.FactTime) bool {
	if a.IsZero() || b.IsZero() {
		return true
	}
	if a.Value != "" || b.Value != "" {
		return a.Value == b.Value
	}
	return (a.Start == "" || b.Start == "" || a.Start == b.Start) && (a.End == "" || b.End == "" || a.End == b.End) &&
		(a.Start == "" || b.End == "" || a.Start <= b.End) && (b.Start == "" || a.End == "" || b.Start <= a.End)
}

// joinTimes returns the time of a post told as a and b, which agree
// (timesAgree): the one that is not empty, or a span with the start and
// end either gives.
func joinTimes(a, b *hearsay.FactTime) *hearsay.FactTime {
	if b.IsZero() {
		return a
	}
	if a.IsZero() {
		return b
	}
	if a.Value != "" {
		return a
	}
	t := *a
	if t.Start == "" {
		t.Start, t.StartMod = b.Start, b.StartMod
	}
	if t.End == "" {
		t.End, t.EndMod = b.End, b.EndMod
	}
	return &t
}

// boolInt is 1 for true, 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// quoteMarksIn counts the quotation marks of a sentence.
func quoteMarksIn(s *sent) int {
	n := 0
	for i := range s.units {
		if s.units[i].is(clsQuote) {
			n++
		}
	}
	return n
}

// speakerAfter returns the attribution of a sentence that closes a
// quotation opened before it: the sentence does not open a quote, and its
// first quotation mark comes before the source ("We have never dated," the
// actress told Showbiz Now.); nil when there is none.
func (st *Stage) speakerAfter(ns *sent, prev *frame) *frame {
	if startsQuote(ns) {
		return nil
	}
	ns.contQuote = true
	mark := -1
	for _, u := range ns.units {
		if u.is(clsQuote) {
			mark = u.Start
			break
		}
	}
	if mark < 0 {
		return nil
	}
	for _, f := range st.frames(ns, prev) {
		if f.subject.Start > mark && len(f.chain) > 0 {
			return f
		}
	}
	return nil
}

// quotedSpeakers reads the first person in a quotation as its speaker:
// "I" is the person quoted; "we" is the speaker and the last other person
// they name in the quotation ("I love him, but we are not dating"), else the
// group named before that includes them ("'We are not getting divorced,' X
// said").
func quotedSpeakers(r *resources, s *sent, frames []*frame, group []int) {
	for _, f := range frames {
		if !f.quoted || len(f.chain) == 0 {
			continue
		}
		sp := f.chain[len(f.chain)-1]
		if sp.Entity < 0 || s.doc.Entities[sp.Entity].Type != hearsay.Person {
			continue
		}
		other := -1 // the last other person the speaker names ("I love him ... but we are not dating")
		for k := range s.units {
			x := &s.units[k]
			if x.Start < f.scope.Start || x.End > f.scope.End {
				continue
			}
			if x.ment != -1 {
				if x.etype == entPerson && len(x.ents) == 1 && x.ents[0] != sp.Entity {
					other = x.ents[0]
				}
				continue
			}
			switch x.word {
			case "i", "me", "my":
				x.ment, x.ents, x.etype, x.mkind = -2, []int{sp.Entity}, entPerson, kindPronoun
				if x.word == "i" && k+1 < len(s.units) {
					thirdPerson(r, s, k+1) // "I am", "I've been": read as of the person named
				}
			case "we", "us", "our":
				switch {
				case other >= 0:
					x.ment, x.ents, x.etype, x.mkind = -2, []int{min(sp.Entity, other), max(sp.Entity, other)}, entPerson, kindPronoun
				case len(group) >= 2 && slices.Contains(group, sp.Entity):
					x.ment, x.ents, x.etype, x.mkind = -2, group, entPerson, kindPronoun
				}
			}
		}
	}
}

// firstPersonVerbs are the forms of "be" and "have" that go with "I", and
// the third-person forms the patterns read after a person.
var firstPersonVerbs = map[string]string{"am": "is", "'m": "is", "’m": "is", "have": "has", "'ve": "has", "’ve": "has"}

// thirdPerson reads the verb at unit u, right after "I" taken as a person
// named, in the third person ("I am engaged", "I have been chair since
// 2019" are read as "X is engaged", "X has been chair since 2019").
func thirdPerson(r *resources, s *sent, u int) {
	y := &s.units[u]
	w, ok := firstPersonVerbs[y.word]
	if y.ment != -1 || !ok {
		return
	}
	y.word, y.info = w, r.word(w)
	s.addWord(w)
}

// question reports whether the sentence asks rather than tells (it ends
// with a question mark outside a quotation).
func (s *sent) question() bool {
	n := len(s.units)
	return n > 0 && s.units[n-1].word == "?" && (n < 2 || !s.units[n-2].is(clsQuote))
}

// shadowed reports whether an earlier (more specific) pattern already read
// a fact of the same type and arguments from an overlapping trigger.
func shadowed(here []*raw, rw *raw) bool {
	for _, h := range here {
		if h.pat == rw.pat || h.f.Type != rw.f.Type || !h.f.Trigger.Overlaps(rw.f.Trigger) {
			continue
		}
		if sameArgs(h.f, rw.f) || rw.echo && !h.echo && len(h.f.Args) > 0 && h.f.Args[0].Entity == rw.f.Args[0].Entity {
			return true
		}
		if rw.echo && len(h.f.Args) > 0 && h.f.Args[0].Entity == rw.f.Args[0].Entity && knownArgs(h.f) > knownArgs(rw.f) {
			return true // "will retire from WKXR-TV" over "will retire"
		}
	}
	return false
}

// placePrepositions put a place after them ("grew up in", "moved to").
var placePrepositions = map[string]bool{"in": true, "at": true, "from": true, "to": true, "near": true, "outside": true}

// placeAfterPreposition reports whether the listed children at span start
// with a mention that is no person after a preposition of place, directly or
// in a list of places ("in Tulsa, Oklahoma"); an age before a person's name
// is no place ("parents to three-year-old Leo").
func placeAfterPreposition(s *sent, span hearsay.Span) bool {
	u := s.unitAt(span.Start)
	if u < 1 || s.units[u].etype == entPerson {
		return false
	}
	if s.units[u].ment == -1 {
		for v := u; v < len(s.units) && s.units[v].Start < span.End; v++ {
			if s.units[v].ment != -1 {
				if s.units[v].etype == entPerson {
					return false // "parents to three-year-old Leo": the child's age before the child's name
				}
				break
			}
		}
	}
	for k := u - 1; k >= 0; k-- {
		x := &s.units[k]
		switch {
		case x.ment == -1 && placePrepositions[x.word]:
			return true
		case x.ment == -1 && x.word == ",", x.ment != -1 && x.etype != entPerson:
			continue // "in Tulsa, Oklahoma"
		}
		return false
	}
	return false
}

// relativeSubject returns the unit of the one person a relative clause
// before span is about ("Ada Moss, who grew up in Tulsa, Oklahoma, ..."),
// or -1.
func (s *sent) relativeSubject(span hearsay.Span) int {
	for u := s.unitAt(span.Start) - 1; u >= 1; u-- {
		x := &s.units[u]
		if x.ment != -1 || x.word != "who" {
			if x.boundary && x.word != "," {
				return -1
			}
			continue
		}
		h := u - 1
		if s.units[h].word == "," && h > 0 {
			h--
		}
		if s.isPerson(h) && len(s.units[h].ents) == 1 {
			return h
		}
		return -1
	}
	return -1
}

// dropTitlePlaces returns the listed children less the names that modify a
// name after them ("their daughter, Millbrook Mayor Grace Vance-Pell":
// Millbrook is the mayor's town, the daughter is Grace Vance-Pell).
func dropTitlePlaces(s *sent, k bound) []int {
	var drop, add []int
	for u := s.unitAt(k.span.Start); u >= 0 && u+1 < len(s.units) && s.units[u].Start < k.span.End; u++ {
		x, t := s.units[u], s.units[u+1]
		if x.ment == -1 || len(x.ents) != 1 {
			continue
		}
		if t.ment != -1 && t.etype == entPerson && len(t.ents) == 1 && t.ents[0] != x.ents[0] && x.mkind == kindName {
			drop, add = append(drop, x.ents[0]), append(add, t.ents[0]) // "Millbrook Mayor Grace Vance-Pell": two names side by side, the first a modifier
			continue
		}
		if u+2 >= len(s.units) || t.ment != -1 || !t.capital {
			continue
		}
		if s.isPerson(u+2) && len(s.units[u+2].ents) == 1 {
			drop, add = append(drop, x.ents[0]), append(add, s.units[u+2].ents[0]) // "Millbrook Mayor Grace Vance-Pell"
		}
	}
	if len(drop) == 0 {
		return k.ents
	}
	out := withoutEnts(k.ents, drop)
	for _, e := range add {
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// dropAddresses returns the listed children of k without the places of an
// address, a place, a comma and a place ("of Tetford, Westshire, and
// Marisa, younger daughter of"): a town and its county are no children.
func dropAddresses(s *sent, k bound) []int {
	var drop []int
	u := s.unitAt(k.span.Start)
	if u >= 2 {
		u -= 2 // the list may start at the county: "Westshire, and Marisa"
	}
	for ; u >= 0 && u+2 < len(s.units) && s.units[u].Start < k.span.End; u++ {
		x, c, y := &s.units[u], &s.units[u+1], &s.units[u+2]
		if x.ment != -1 && x.etype == entPlace && c.ment == -1 && c.word == "," && y.ment != -1 && y.etype == entPlace {
			drop = append(append(drop, x.ents...), y.ents...)
		}
	}
	return withoutEnts(k.ents, drop)
}

// withoutEnts returns ents without those in drop (ents itself when drop is
// empty).
func withoutEnts(ents, drop []int) []int {
	if len(drop) == 0 {
		return ents
	}
	var out []int
	for _, e := range ents {
		if !slices.Contains(drop, e) {
			out = append(out, e)
		}
	}
	return out
}

// knownArgs counts the arguments a fact names.
func knownArgs(f hearsay.Fact) int {
	n := 0
	for _, a := range f.Args {
		if a.Entity >= 0 || a.Literal != "" {
			n++
		}
	}
	return n
}

// subjectTypes are the fact types whose first person is the subject of the
// clause that tells them: a possessor named before the subject is not it.
var subjectTypes = typesOf("residence", "located_at", "nationality", "religion", "occupation", "married", "engaged", "dating", "separated", "divorced", "died")

// possessorOnly reports whether the match's first person is only the
// possessor of the people the clause is about ("Stone's parents live in
// Sydney", "Hale's mother married a banker"): the pattern's gap passed over
// them before its trigger.
func possessorOnly(s *sent, p *pattern, b *binding) bool {
	a := b.slots[slotA]
	if !subjectTypes.has(p.typ) || !a.set || !b.trigSet || b.trig.Start < a.span.End {
		return false
	}
	u := s.unitAt(a.span.End - 1)
	if u < 0 {
		return false
	}
	k := s.possessedPerson(u + 1)
	if k < 0 && (p.typ == "residence" || p.typ == "located_at") {
		k = s.possessedThing(u + 1) // "Hale's company is based in Leeds"
	}
	if k < 0 || s.units[k].End > b.trig.Start {
		return false
	}
	t := s.unitAt(b.trig.Start)
	return t < 0 || !tellingVerbs[s.units[t].word] // "Berg's mother confirmed the engagement": she tells of Berg
}

// possessiveObject reports whether the person of a change of office, told
// as the object after its verb, is only a possessive determiner before the
// post or the person who is the object ("Prime Minister X sacked her
// chancellor", "fired his assistant"): the change is that one's, not the
// possessor's.
func possessiveObject(s *sent, p *pattern, b *binding) bool {
	a := b.slots[slotA]
	if !careerTypes.has(p.typ) || !a.set || !b.trigSet || a.span.Start < b.trig.End {
		return false
	}
	u := s.unitAt(a.span.Start)
	if u < 0 || u+1 >= len(s.units) || s.unitAt(a.span.End-1) != u || !possessiveDeterminers[s.units[u].word] {
		return false
	}
	y := &s.units[u+1]
	return y.ment == -1 && (plainLitStarts(y.word, y.info)&(1<<litRoles) != 0 || otherPersonNouns[y.word] || kinLex.kin[y.word] || kinLex.rel[y.word])
}

// pairTypes are the fact types between two people whose second person is
// the object after the trigger ("met X", "engaged to X").
var pairTypes = typesOf("met", "married", "engaged", "dating", "affair", "divorced", "separated", "collaborated")

// objectPossessorOnly reports whether the match's second person, named
// after its trigger, is only the possessor of the people the clause is
// about ("has met Ravenscroft's parents", "married Hale's sister"): the
// relation is with them, not with the possessor.
func objectPossessorOnly(s *sent, p *pattern, b *binding) bool {
	o := b.slots[slotB]
	if !pairTypes.has(p.typ) || !o.set || !b.trigSet || b.trig.End > o.span.Start {
		return false
	}
	u := s.unitAt(o.span.End - 1)
	return u >= 0 && s.possessedPerson(u+1) >= 0
}

// travelFromWords are the verbs and particles of a journey before "from"
// (data/classes.tsv travelfrom): the place after them is where the journey
// began, no home.
var travelFromWords = wordSet("travelfrom")

// travelledFrom reports whether a residence's place follows "from" after
// a word of a journey and a clause opened by ", where" tells what was done
// there ("X, who flew in from Brussels, where she had attended a summit"):
// where the person came from that day, not home. A journey from a place
// alone keeps the home ("her parents, who traveled from El Paso"), and so
// does a clause that tells of living there.
func (s *sent) travelledFrom(p *pattern, b *binding) bool {
	pl := b.slots[slotPlace]
	if p.typ != "residence" || !pl.set {
		return false
	}
	u := s.unitAt(pl.span.Start)
	for u > 0 && s.units[u-1].is(clsDeterminer) {
		u--
	}
	if u < 2 || s.units[u-1].word != "from" || !travelFromWords[s.units[u-2].word] {
		return false
	}
	e := s.unitAt(pl.span.End - 1)
	if e < 0 || e+2 >= len(s.units) || s.units[e+1].word != "," || s.units[e+2].word != "where" {
		return false
	}
	for k := e + 3; k < len(s.units) && k <= e+6; k++ {
		if homeWords[s.units[k].word] {
			return false
		}
	}
	return true
}

// movedFrom reports whether the holder of a post a pattern opens with its
// person is the object of a move ("X is leaving Maison Dovre after five
// years as creative director", "she joined Tom Hale as co-host"): the one left
// or joined, where the names stage took a house for a person, holds no post
// the sentence tells.
func (s *sent) movedFrom(p *pattern, b *binding) bool {
	if !postTypes.has(p.typ) || len(p.elems) == 0 {
		return false
	}
	a := b.slots[slotA]
	if !a.set {
		return false
	}
	u := s.unitAt(a.span.Start)
	return u >= 1 && moveObjectVerbs[s.units[u-1].word]
}

// moveObjectVerbs take the organisation or the person someone leaves or
// joins as their object (data/classes.tsv).
var moveObjectVerbs = wordSet("moveobjectverbs")

// notNext reports whether the word after a match ending before unit last,
// past a possessive determiner, is one of the words of the pattern's
// notnext option: "split their time between" tells of no separation.
func (s *sent) notNext(p *pattern, last int) bool {
	if p.has("notappos") && s.apposNameAt(last) {
		return true
	}
	if p.has("notsaid") && s.saidAfter(last) {
		return true
	}
	if p.has("intrans") && last < len(s.units) && s.units[last].onePerson(kindName) {
		return true // "A and B, married C": the verb has its own object, so A and B are no couple
	}
	words := p.opt("notnext")
	if words == "" || last >= len(s.units) {
		return false
	}
	if possessiveDeterminers[s.units[last].word] && last+1 < len(s.units) {
		last++ // "split their time"
	}
	next := "" // the word after a possessive mark: "a member of Ghana's parliament"
	if w := s.units[last].word; (w == "'s" || w == "'") && last+1 < len(s.units) {
		next = s.units[last+1].word
	}
	for w := range strings.SplitSeq(words, "|") {
		if s.units[last].word == w || next == w {
			return true
		}
	}
	return false
}

// saidAfter reports whether the match ending before unit last is followed
// by a verb of saying (statementverbs, "told"), with a person named before
// the match in its sentence: the person before the verb is the source of
// the sentence, not the holder of the post the match names, which is the
// earlier person's ("X succeeded Y as chairman of Z, Ruth Kane said").
func (s *sent) saidAfter(last int) bool {
	if last >= len(s.units) || !statementVerbs[s.units[last].word] && s.units[last].word != "told" {
		return false
	}
	return s.personBefore(last)
}

// personBefore reports whether a person is named in the sentence before
// the match that ends before unit last, besides the one the match binds
// last: its person slot is the name just before unit last.
func (s *sent) personBefore(last int) bool {
	seen := 0
	for u := range last {
		if s.units[u].onePerson(kindName) {
			seen++
		}
	}
	return seen >= 2
}

// apposNameAt reports whether unit u is a comma with a person's name right
// after it: the noun before is the name's apposition ("appointed her
// deputy, Tom Reed, as ..."), so a pronoun before that noun owns it.
func (s *sent) apposNameAt(u int) bool {
	return u+1 < len(s.units) && s.units[u].word == "," && s.units[u+1].onePerson(kindName)
}

// possessiveDeterminers open a noun phrase owned by someone.
var possessiveDeterminers = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true}

// tellingVerbs tell of someone else's life: a relative or a representative
// who confirms or denies a fact speaks of the person named before them.
var tellingVerbs = wordSet("tellingverbs")

// holderSentences is how many sentences after an office told without its
// holder ("The police chief of Springfield resigned") the holder may be
// named in.
const holderSentences = 2

// officeHolder returns the person who holds the office of a match that
// names no one ("The police chief of Springfield resigned on Tuesday"):
// the person the mention stage read the office's words as a description
// of ("Norland's finance minister was fired ... Peter Quarn, 61,"), else
// the first person named after it, within holderSentences, with the
// office's last word in the name's title or right before the name
// ("Chief Dana Holt"), when no
// other person is named in the match's own sentence after it.
func (s *sent) officeHolder(b *binding) (bound, bool) {
	r := b.slots[slotRole]
	if !r.set || s.doc == nil {
		return bound{}, false
	}
	if e := s.describedHolder(r.span); e >= 0 {
		return bound{set: true, ents: []int{e}, span: r.span}, true
	}
	words := strings.Fields(strings.ToLower(s.doc.Text[r.span.Start:r.span.End]))
	if len(words) == 0 {
		return bound{}, false
	}
	head := words[len(words)-1]
	opener := true // the next sentence's first name is still to come
	for i := range s.doc.Mentions {
		m := &s.doc.Mentions[i]
		if m.Start < b.trig.End || m.Sentence > s.idx+holderSentences || m.Type != hearsay.Person || m.Entity < 0 {
			continue
		}
		if m.Kind != hearsay.NameMention {
			continue
		}
		name := strings.ToLower(s.doc.Entities[m.Entity].Name)
		before := strings.ToLower(strings.TrimRight(s.doc.Text[max(0, m.Start-len(head)-1):m.Start], " "))
		if t := strings.ToLower(m.Text); strings.Contains(t, head) && !strings.Contains(name, head) || strings.HasSuffix(before, head) {
			return bound{set: true, ents: []int{m.Entity}, span: m.Span}, true
		}
		if m.Sentence == s.idx {
			if len(strings.Fields(s.doc.Text[r.span.End:m.Start])) <= 2 {
				return bound{}, false // "fired its chief executive, Tom Hale,": the name says who, read elsewhere
			}
			continue // "..., Foreign Minister X said": someone else
		}
		if m.Sentence == s.idx+1 && opener {
			opener = false
			if s.opensWithHolder(m, head) {
				return bound{set: true, ents: []int{m.Entity}, span: m.Span}, true
			}
		}
	}
	return bound{}, false
}

// opensWithHolder reports whether the name at m opens its sentence, past
// a title or two, and the rest of the sentence names the office by its
// last word ("The police chief of X resigned. Dana Holt, who had been
// chief since 2019, said ..."; "X has recalled its ambassador to Chile.
// Callum Fennimore, who has been ambassador in Santiago since 2022, ...").
func (s *sent) opensWithHolder(m *hearsay.Mention, head string) bool {
	sp := s.doc.Sentences[m.Sentence].Span
	if !titlesOnly(s.doc.Text[sp.Start:m.Start]) {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s.doc.Text[m.End:sp.End]), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if w == head {
			return true
		}
	}
	return false
}

// ledeHolder returns the person a news story's opening sentence describes
// without naming ("named a 54-year-old parish priest as the next bishop"):
// the person whose name opens the next sentence, past a title or two
// ("Father Tobias Strandqvist, the rector of ..."), when the match is in
// the story's first sentence and that sentence names no person but the
// principal, whose office the match reads ("Gov. X's chief of staff is
// leaving").
func (s *sent) ledeHolder(principal []int) (bound, bool) {
	doc := s.doc
	first := -1
	for si := range doc.Sentences {
		if !doc.Skipped(doc.Sentences[si].Span) {
			first = si
			break
		}
	}
	if s.idx != first || s.idx+1 >= len(doc.Sentences) {
		return bound{}, false
	}
	for u := range s.units {
		if s.isPerson(u) && s.units[u].mkind == kindName && !(len(principal) > 0 && slices.Equal(s.units[u].ents, principal)) {
			return bound{}, false // the opening names its people itself, but for the principal of an office ("Gov. X's chief of staff")
		}
	}
	next := doc.Sentences[s.idx+1].Span
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Start < next.Start || m.Start >= next.End {
			continue
		}
		if m.Kind != hearsay.NameMention || m.Type != hearsay.Person || m.Entity < 0 || !titlesOnly(doc.Text[next.Start:m.Start]) {
			return bound{}, false
		}
		return bound{set: true, ents: []int{m.Entity}, span: m.Span}, true
	}
	return bound{}, false
}

// titlesOnly reports whether the words before a name that opens its
// sentence are at most two capitalised titles ("Father", "Chief", "Dr."),
// not a clause ("Analysts said").
func titlesOnly(before string) bool {
	ws := strings.Fields(before)
	if len(ws) > 2 {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// describedHolder returns the person whose description, as the mention
// stage linked it to a named person of the document, holds the office
// words at span ("The chief executive", "Norland's finance minister"),
// or -1 when no such description holds them.
func (s *sent) describedHolder(span hearsay.Span) int {
	for i := range s.doc.Mentions {
		m := &s.doc.Mentions[i]
		if m.Kind != hearsay.NominalMention || m.Type != hearsay.Person || m.Entity < 0 || m.Start > span.Start || m.End < span.End {
			continue
		}
		if e := &s.doc.Entities[m.Entity]; e.Type == hearsay.Person && !e.Unnamed {
			return m.Entity
		}
	}
	return -1
}

// defeatedOnly reports whether the match's first person is the one beaten
// by someone named before, and the office follows in an infinitive ("X
// defeated incumbent Y to become mayor"): the office is the winner's, not
// the loser's.
func defeatedOnly(s *sent, p *pattern, b *binding) bool {
	a := b.slots[slotA]
	if !careerTypes.has(p.typ) || !a.set || !b.trigSet || b.trig.Start < a.span.End {
		return false
	}
	t := s.unitAt(b.trig.Start)
	if t < 1 || s.units[t-1].word != "to" {
		return false
	}
	u := s.unitAt(a.span.Start)
	for k := u - 1; k >= 0 && k >= u-3; k-- {
		x := &s.units[k]
		if x.ment != -1 || x.boundary {
			return false
		}
		if defeatVerbs[x.word] {
			return true
		}
	}
	return false
}

// refusedMove reports whether a match of a membership that begins (option
// start) follows a refusal of it in its clause, between the person and the
// pattern's words: "turned down a move to X", "rejected an offer to join X"
// tell of no membership.
func refusedMove(s *sent, p *pattern, b *binding) bool {
	a := b.slots[slotA]
	if p.typ != "member_of" || !p.has("start") || !a.set || !b.trigSet || b.trig.Start < a.span.End {
		return false
	}
	from, to := s.unitAt(a.span.End-1)+1, s.unitAt(b.trig.Start)
	refused := false
	for k := max(from, 0); k < to && k < len(s.units); k++ {
		w := s.units[k].word
		switch {
		case s.units[k].boundary || w == ",":
			refused = false // "X, who refused to comment, joined Y": the refusal is another clause's
		case refusalVerbs[w] || w == "down" && k > 0 && turnVerbs[s.units[k-1].word]:
			refused = true
		}
	}
	return refused
}

// refusalVerbs refuse an offer, a move or a post (data/classes.tsv).
var refusalVerbs = wordSet("refusalverbs")

// turnVerbs are the forms of "turn", which with "down" refuse.
var turnVerbs = map[string]bool{"turn": true, "turns": true, "turned": true, "turning": true}

// careerTypes are the fact types of offices and their changes.
var careerTypes = typesOf("position_held", "appointed", "elected", "resigned", "dismissed")

// defeatVerbs take the beaten rival as their object ("defeated", "unseated").
var defeatVerbs = wordSet("defeatverbs")

// makeRaws appends to out the facts of one match: one per combination of
// the people a group stands for, but those that a fact of the sentence
// read before (here) shadows. It may change *b (the sentence's match
// buffer, read once); the facts share a copy of their own.
func (st *Stage) makeRaws(s *sent, p *pattern, b *binding, out, here []*raw) []*raw {
	if p.opt("elided") == "A" && !b.slots[slotA].set {
		for u := b.first - 1; u >= 0; u-- {
			if s.isPerson(u) && len(s.units[u].ents) == 1 {
				b.slots[slotA] = bound{set: true, ents: s.units[u].ents, span: s.units[u].Span}
				break
			}
		}
		if !b.slots[slotA].set {
			return out
		}
	}
	if p.opt("timeline") == "A" && !b.slots[slotA].set {
		a, ok := s.timelineSubject(b.first)
		if !ok {
			return out
		}
		b.slots[slotA] = a // "2005 — Elected MP for Tarrow East." in a timeline of one person's career
	}
	if p.opt("subject") == "A" && !b.slots[slotA].set {
		u := purposeSubject(s, b.first)
		if u < 0 {
			return out
		}
		b.slots[slotA] = bound{set: true, ents: s.units[u].ents, span: s.units[u].Span}
	}
	if p.opt("prior") == "A" && !b.slots[slotA].set {
		a, ok := s.priorPerson(b.first)
		if !ok {
			return out
		}
		b.slots[slotA] = a
	}
	if p.opt("prior") == "B" && !b.slots[slotB].set {
		c, ok := s.priorPerson(b.first)
		if p.has("minor") {
			c, ok = s.priorMinor(b.first)
		}
		if !ok {
			return out
		}
		b.slots[slotB] = c // "Owen, 7, died. The boy's father, Dai Roberts, said": Owen
	}
	if p.opt("prior") == "AB" && !b.slots[slotAB].set {
		c, ok := s.priorCouple(b.first)
		if !ok {
			return out
		}
		b.slots[slotAB] = c // "X and Y split in 2020. The divorce was finalised in May 2021": X and Y
	}
	if b.slots[slotA].set && (p.has("deceased") || s.survivorsOf(b.slots[slotA].span)) {
		s.deceasedSubject(&b.slots[slotA])
	}
	if p.opt("holder") == "A" && !b.slots[slotA].set {
		a, ok := s.officeHolder(b)
		if p.has("lede") {
			a, ok = s.ledeHolder(b.slots[slotP].ents)
		}
		if !ok {
			return out
		}
		b.slots[slotA] = a
	}
	if p.opt("elided") == "AB" && !b.slots[slotAB].set {
		for u := b.first - 1; u >= 0 && !b.slots[slotAB].set; u-- {
			for _, o := range s.personOpts(st.r, u, true) {
				if u+o.n <= b.first {
					b.slots[slotAB] = o.bound
					break
				}
			}
		}
		if !b.slots[slotAB].set {
			return out
		}
	}
	if possessorOnly(s, p, b) || possessiveObject(s, p, b) || defeatedOnly(s, p, b) || refusedMove(s, p, b) || objectPossessorOnly(s, p, b) || s.notNext(p, b.last) || unknownJob(s, p, b) || nonTrade(p, b) || postJob(p, b) || nonPrincipalPost(p, b) || s.awardRole(b) || s.infinitiveRole(b) {
		return out
	}
	if k := b.slots[slotKids]; k.set && p.has("unnamed") && !s.unnamedOnly(k.ents) {
		return out // a pattern of children the text does not name: "have three grown children", not "have a daughter, Wren"
	}
	if k := b.slots[slotKids]; k.set && p.has("newborn") && !s.newbornWords(k.span) {
		return out // "had their first child in April" is a birth; "had two children" need not be
	}
	if k := b.slots[slotKids]; k.set && placeAfterPreposition(s, k.span) {
		// "The singer, who grew up in Tulsa, Oklahoma, is the only child of":
		// places, not children; the child is the one the relative clause is about
		h := s.relativeSubject(k.span)
		if h < 0 {
			return out
		}
		b.slots[slotKids] = bound{set: true, ents: s.units[h].ents, span: s.units[h].Span}
		b.kidAges = nil // a child of no stated age
	}
	for _, sl := range []slot{slotKids, slotB} {
		if k := b.slots[sl]; k.set && len(k.ents) > 0 {
			if ents := dropTitlePlaces(s, k); !slices.Equal(ents, k.ents) {
				k.ents = ents
				b.slots[sl] = k
			}
		}
	}
	if k := b.slots[slotKids]; k.set && len(k.ents) > 1 {
		if ents := dropAddresses(s, k); len(ents) == 0 {
			return out
		} else if len(ents) < len(k.ents) {
			k.ents = ents
			b.slots[slotKids] = k
		}
	}
	for _, sl := range []slot{slotA, slotAB} {
		if v := b.slots[sl]; v.set && b.trigSet {
			if h := s.relativeHead(v.span, b.trig); h >= 0 && (sl == slotA || len(s.units[h].ents) >= 2) {
				b.slots[sl] = bound{set: true, ents: s.units[h].ents, span: s.units[h].Span}
			} else if h >= 0 && sl == slotAB {
				if pair, ok := s.pairEndingAt(h); ok {
					b.slots[sl] = pair // "Wells and Reed, who share two children, Ava and Max, split"
				}
			}
		}
	}
	if v := b.slots[slotA]; v.set && len(v.ents) >= 2 && b.trigSet {
		if h := s.singularRelative(v.span, b.trig); h >= 0 {
			b.slots[slotA] = bound{set: true, ents: s.units[h].ents, span: s.units[h].Span} // "X and Y, who works at Z": Y
		} else if h := s.singularAppositive(v.span, b.slots[slotRole]); h >= 0 {
			b.slots[slotA] = bound{set: true, ents: s.units[h].ents, span: s.units[h].Span} // "X and Y, treasurer of Z": Y
		}
	}
	var own *binding           // the facts' copy of the match, made for the first kept
	var when *hearsay.FactTime // the match's time, found for the first kept
	timed := false
	sl := s.slab()
	for _, args := range st.argSets(s, p, b) {
		rw := sl.newRaw()
		// while the fact is judged it reads the match itself, which the
		// memo's buffer holds until the next pattern
		*rw = raw{pat: p, s: s, b: b, noun: p.opt("trigger") == "noun" || p.opt("trigger") == "event", childAge: -1}
		if k := b.slots[slotKids]; p.cross && len(args) == 2 {
			for i, e := range k.ents {
				if e == args[1].Entity && i < len(b.kidAges) {
					rw.childAge = b.kidAges[i]
				}
			}
		}
		rw.f = hearsay.Fact{
			Type: p.typ, Args: args, Polarity: hearsay.Pos, Modality: hearsay.Asserted,
			Sentence: s.idx, Evidence: sl.one(s.idx), Trigger: b.trig, Rule: p.line,
		}
		if p.has("newpost") {
			role := st.newPostDesc(s, b)
			if role == "" || len(rw.f.Args) != 3 {
				continue
			}
			rw.f.Args = append(rw.f.Args[:0:0], rw.f.Args...)
			rw.f.Args[1] = hearsay.Arg{Entity: -1, Literal: role}
		}
		for _, a := range args {
			if a.Entity < 0 && a.Literal == "" && !p.has("newpost") {
				rw.echo = true
			}
		}
		if !validArgs(s.doc, p.typ, args) || p.has("party") && !s.partyOrg(b, args[len(args)-1], st.r.parties) || p.has("org") && !s.orgSlot(b) || p.has("academic") && !s.academicSlot(b) || p.has("school") && s.academicSlot(b) || p.has("byname") && !s.nameSlot(b) || p.has("notchild") && s.childSlot(b) || p.has("lower") && s.capitalTrigger(b) || p.has("rank") && !s.rankSlot(b) || p.has("ranked") && !s.rankedSlot(b) || p.has("titles") && !s.coupleTitled(b) || p.has("nogenre") && s.genreSlot(b) || p.has("nameline") && !s.afterNameLine(b) || p.has("opening") && b.first != 0 || p.has("nonews") && s.newsSlot(b) || p.has("alone") && len(b.slots[slotA].ents) != 1 || p.has("place") && !s.placeSlot(b) || p.has("venue") && !s.venueSlot(b) || p.has("occasion") && !s.occasionSlot(b) || p.has("building") && !s.buildingSlot(b) || p.has("street") && !s.streetSlot(b) || p.has("senate") && !s.orgHeadIn(b, upperChambers) || p.has("surname") && !sameSurname(s.doc, args) || p.has("dated") && !s.datedBetween(b) || p.has("team") && !s.teamSlot(b, st.r.leagues) || rw.castRelation(st.r.roleVerbs, st.r.asRoleVerbs) || rw.possessedSubject() || rw.kinSubject() || rw.kinObject() || rw.kinPossessed() || rw.legislatureConfirms() || s.movedFrom(p, b) || s.travelledFrom(p, b) || p.cross && parentAmongKids(b, args) {
			sl.dropRaw(rw)
			continue
		}
		// a fact another pattern read before in the sentence shadows is left
		// out before its time is sought; the facts of one match shadow none
		// of each other, being of one pattern (see shadowed)
		keep := !shadowed(here, rw)
		also := p.opt("also")
		keepAlso := false
		if also != "" {
			twin := raw{pat: rw.pat, f: hearsay.Fact{Type: also, Args: rw.f.Args, Trigger: rw.f.Trigger}, echo: rw.echo}
			keepAlso = !shadowed(here, &twin)
		}
		if !keep && !keepAlso {
			sl.dropRaw(rw)
			continue
		}
		if own == nil {
			own = sl.newBinding()
			*own = *b
		}
		rw.b = own
		switch {
		case !timed:
			when, timed = st.timeFor(s, p, b), true
			rw.f.Time = when
		case when != nil:
			rw.f.Time = sl.newTime(*when) // each fact has a time of its own: the match's, found once
		}
		if p.has("anniversary") {
			rw.anniversary = b.num
		}
		st.qualify(rw)
		if keep {
			out = append(out, rw)
		}
		if keepAlso {
			cp := sl.newRaw()
			*cp = *rw
			cp.f.Type = also
			cp.f.Qualifiers = nil
			if w := b.slots[slotWork]; w.set {
				cp.f.Qualifiers = map[string]string{"context": contextText(s, b)}
			}
			out = append(out, cp)
		}
	}
	return out
}

// higherLearning are the words whose presence in an organisation's name
// makes it a place of higher learning (data/classes.tsv).
var higherLearning = wordList("higherlearning")

// academicSlot reports whether the organisation of a match of a pattern that
// wants one (option academic: "taught journalism at the University of
// Halden") is a university, a college or an institute by its name, not a
// school, whose teachers hold a post and no membership. Option school wants
// the contrary: "taught at Fenwick High" is a teacher's post there, "taught
// at the University of Halden" a membership only.
func (s *sent) academicSlot(b *binding) bool {
	if !s.orgSlot(b) {
		return false
	}
	name := strings.ToLower(s.doc.Entities[b.slots[slotOrg].ents[0]].Name)
	for _, w := range higherLearning {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// orgSlot reports whether the organisation of a match of a pattern that
// wants one (option org: "Orbis Software, where she worked") is an
// organisation, not a place ("London, where he works").
func (s *sent) orgSlot(b *binding) bool {
	e := s.soleEntity(b, slotOrg)
	return e != nil && e.Type == hearsay.Org
}

// soleEntity returns the one entity slot k of match b is bound to, or nil
// when the slot is unbound or holds several.
func (s *sent) soleEntity(b *binding, k slot) *hearsay.Entity {
	o := b.slots[k]
	if !o.set || len(o.ents) != 1 {
		return nil
	}
	return &s.doc.Entities[o.ents[0]]
}

// nameSlot reports whether the person of a match of a pattern that wants a
// name (option byname: "Tom Reed of Orbis Bank") is named there, not told by
// a description ("the former director of Orbis Bank").
func (s *sent) nameSlot(b *binding) bool {
	a := b.slots[slotA]
	if !a.set {
		return false
	}
	u := s.unitAt(a.span.Start)
	return u >= 0 && s.units[u].ment >= 0 && s.units[u].mkind == kindName
}

// newPostDesc returns the post that the description bound to the first
// person of a match gives as new (option newpost): the mention stage kept
// "a new chief executive" whole as a description of the person the next
// sentence names ("Orbis Bank has named a new chief executive. Tom Reed,
// 49, starts in October"), so the post is read from its words: "a", "an",
// "its" or "their", then "new", "next", "permanent" or "interim", then a
// post of roles.txt and nothing else. "" when the slot holds no such
// description.
func (st *Stage) newPostDesc(s *sent, b *binding) string {
	a := b.slots[slotA]
	if !a.set {
		return ""
	}
	u := s.unitAt(a.span.Start)
	if u < 0 || s.units[u].ment < 0 || s.units[u].mkind != kindNominal {
		return ""
	}
	ws := descWords(strings.ToLower(s.doc.Mentions[s.units[u].ment].Text))
	if len(ws) < 3 {
		return ""
	}
	switch ws[0] {
	case "a", "an", "its", "their":
	default:
		return ""
	}
	switch ws[1] {
	case "new", "next", "permanent", "interim":
	default:
		return ""
	}
	k, role := st.roleEndingAt(ws)
	if role == "" || k != 2 && !(k == 3 && postMods[ws[2]]) {
		return "" // the post must be all the rest: not "a new head of the team's academy"
	}
	if k == 3 {
		return ws[2] + " " + role // "a new interim manager"
	}
	if ws[1] == "interim" {
		return "interim " + role
	}
	return role
}

// childSlot reports whether the first person of a match is one the mention
// stage read as an unnamed child of someone (option notchild: "welcomed her
// first child with husband Tom Hale" is no marriage of the child).
func (s *sent) childSlot(b *binding) bool {
	a := b.slots[slotA]
	if !a.set {
		return false
	}
	u := s.unitAt(a.span.Start)
	return u >= 0 && s.units[u].ment >= 0 && s.doc.Mentions[s.units[u].ment].Rule == "unnamed-child"
}

// newsSlot reports whether the organisation of a match is a news outlet,
// agency or platform, which a pattern with option nonews leaves alone ("Tom
// Hale, of the Daily Ledger, said": a source, not a member told).
func (s *sent) newsSlot(b *binding) bool {
	e := s.soleEntity(b, slotOrg)
	return e != nil && newsOrg(*e)
}

// militaryRanks are the ranks of the armed services written before a name
// (data/classes.tsv).
var militaryRanks = wordSet("militaryranks")

// rankSlot reports whether the person of a match of a pattern that wants a
// rank (option rank: "Captain X, the Border Lancers,") is named with a rank
// of the armed services, in the mention ("Captain Rupert Hale") or right
// before it.
func (s *sent) rankSlot(b *binding) bool {
	return s.slotNamedWith(b, isRank)
}

// rankedSlot reports whether the person of a match of a pattern that wants
// a rank of a service (option ranked: "Inspector Asif Khan to Chief
// Inspector") is named with a rank of the armed services or of the police.
func (s *sent) rankedSlot(b *binding) bool {
	return s.slotNamedWith(b, isServiceRank)
}

// slotNamedWith reports whether the person of a match is named with a rank
// that rank accepts (one word, or two read as one), in the mention or right
// before it.
func (s *sent) slotNamedWith(b *binding, rank func(w, next string) bool) bool {
	a := b.slots[slotA]
	if !a.set {
		return false
	}
	words := strings.Fields(strings.ToLower(s.doc.Text[a.span.Start:a.span.End]))
	if len(words) >= 2 && (rank(words[0], "") || rank(words[0], words[1])) {
		return true // "Captain Rupert Hale", "Lieutenant Colonel Ann Roe"
	}
	u := s.unitAt(a.span.Start)
	if u < 1 || s.units[u].ment < 0 {
		return false
	}
	if rank(s.units[u-1].word, "") {
		return true
	}
	return u >= 2 && rank(s.units[u-2].word, s.units[u-1].word)
}

// isRank reports whether w, or w and next as one rank when next is not
// empty ("lieutenant colonel"), is a rank of class militaryranks; a period
// after an abbreviation ("Capt.") is left out.
func isRank(w, next string) bool {
	w = strings.TrimRight(w, ".")
	if next == "" {
		return militaryRanks[w]
	}
	return militaryRanks[w+" "+strings.TrimRight(next, ".")]
}

// policeRanks are the ranks of a police force written before a name
// (data/classes.tsv).
var policeRanks = wordSet("policeranks")

// isServiceRank reports whether w, or w and next as one rank, is a rank of
// the armed services or of the police ("Inspector", "Detective Sergeant").
func isServiceRank(w, next string) bool {
	if isRank(w, next) {
		return true
	}
	w = strings.TrimRight(w, ".")
	if next == "" {
		return policeRanks[w]
	}
	return policeRanks[w+" "+strings.TrimRight(next, ".")]
}

// placeSlot reports whether the place of a match of a pattern that wants one
// (option place: "won the Dunmore North seat") is a place the mention stage
// read, not an organisation ("won the Senate seat").
func (s *sent) placeSlot(b *binding) bool {
	e := s.soleEntity(b, slotPlace)
	return e != nil && e.Type == hearsay.Place
}

// venueSlot reports whether the place slot of a match of a pattern that
// wants a venue (option venue) holds a place, an event, or an organisation
// named as a building (venueOrg: "at the Houses of Parliament", "in Ipswich
// Magistrates Court"), not an employer ("was at Google for ten years").
func (s *sent) venueSlot(b *binding) bool {
	e := s.soleEntity(b, slotPlace)
	if e == nil {
		return false
	}
	switch e.Type {
	case hearsay.Place, hearsay.Event:
		return true
	case hearsay.Org:
		return venueOrg(e.Name)
	}
	return false
}

// occasionSlot reports whether the place slot of a match of a pattern that
// wants an occasion (option occasion) holds an event or a building
// (buildingSlot): "attended the Venice Film Festival", "attended St Mary's
// Church", not a town that names a university ("attended Oxford in the
// 1990s").
func (s *sent) occasionSlot(b *binding) bool {
	e := s.soleEntity(b, slotPlace)
	return e != nil && e.Type == hearsay.Event || s.buildingSlot(b)
}

// buildingSlot reports whether the place slot of a match of a pattern that
// wants a building (option building) holds a place or an organisation whose
// name has a word of a building (venueOrg: "appeared in Ipswich Magistrates
// Court"), not a town or a show ("appeared in Coronation Street").
func (s *sent) buildingSlot(b *binding) bool {
	e := s.soleEntity(b, slotPlace)
	return e != nil && (e.Type == hearsay.Place || e.Type == hearsay.Org) && venueOrg(e.Name)
}

// capitalTrigger reports whether the trigger of a match of a pattern that
// wants it in lower case (option lower) starts with a capital letter
// inside the sentence: after a place, a capitalised noun is a title ("U.S.
// Attorney X", an office of the country), not a resident's description
// ("a Leeds attorney, X").
func (s *sent) capitalTrigger(b *binding) bool {
	t := b.trig
	if t.Start <= s.doc.Sentences[s.idx].Span.Start || t.Start >= len(s.doc.Text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.doc.Text[t.Start:])
	return unicode.IsUpper(r)
}

// streetSlot reports whether the organisation slot of a match of a pattern
// that wants a street (option street: "X, of Ashgrove Road, Sheffield") holds
// a name whose last word is a street's (class streetheads), so that the
// place after it is the town the street is in, not a county after a town.
func (s *sent) streetSlot(b *binding) bool {
	return s.orgHeadIn(b, streetHeads)
}

// orgHeadIn reports whether the organisation slot of b holds one entity
// whose name's last word is one of heads.
func (s *sent) orgHeadIn(b *binding, heads map[string]bool) bool {
	e := s.soleEntity(b, slotOrg)
	if e == nil {
		return false
	}
	name := e.Name
	return heads[strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])]
}

// upperChambers are the last words of the names of a legislature's upper
// house (upperchambers of data/classes.tsv: "the state Senate"), which
// option senate wants of a pattern's organisation.
var upperChambers = wordSet("upperchambers")

// afterNameLine reports whether a match of a pattern that wants a line of
// a post under a line of a name (option nameline) is the whole of its
// sentence, which opens a line of its own, and the sentence before is a
// person's name alone, with at most words in brackets or after a comma
// ("Jane Doe\nChief Executive, Acme Foods", "Priya Mehta (£1.2bn)\nFounder
// of Lumen Foods."): lists of boards, staff and rich people write a post so.
func (s *sent) afterNameLine(b *binding) bool {
	if b.first != 0 || b.last < len(s.units) && !(b.last == len(s.units)-1 && s.units[b.last].word == ".") || s.idx < 1 {
		return false
	}
	prev, here := s.doc.Sentences[s.idx-1], s.doc.Sentences[s.idx]
	if prev.End > here.Start || !strings.Contains(s.doc.Text[prev.End:here.Start], "\n") {
		return false
	}
	person := -1
	for _, ix := range s.mentionsOf(s.idx - 1) {
		m := &s.doc.Mentions[ix]
		if m.Type != hearsay.Person || m.Entity < 0 || m.Kind != hearsay.NameMention || person >= 0 || m.Start != prev.Start {
			return false
		}
		person = ix
	}
	if person < 0 {
		return false
	}
	rest := strings.TrimSpace(s.doc.Text[s.doc.Mentions[person].End:prev.End])
	return rest == "" || strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, ",")
}

// musicGenres are the styles of music that news writes capitalised at a
// sentence's start before a player's trade ("Rock drummer X").
var musicGenres = wordSet("musicgenres")

// genreSlot reports whether the organisation of a match is a style of
// music that the mention stage took for a name ("Rock drummer X": no band
// named Rock).
func (s *sent) genreSlot(b *binding) bool {
	e := s.soleEntity(b, slotOrg)
	return e != nil && musicGenres[strings.ToLower(e.Name)]
}

// wifeTitleWords are the titles of a wife written after her husband's
// title and "and" ("Lord and Lady Ashby", "Mr and Mrs Hale").
var wifeTitleWords = wordSet("wifetitles")

// coupleTitled reports whether the two people of a match of a pattern that
// wants a couple's titles (option titles) are named as a couple writes
// them: the first by a title alone, the second by a wife's title and the
// surname ("Lord and Lady Ashby", "Mr and Mrs Hale").
func (s *sent) coupleTitled(b *binding) bool {
	a, c := b.slots[slotA], b.slots[slotB]
	if !a.set || !c.set || a.span.End > c.span.Start {
		return false
	}
	first := s.doc.Text[a.span.Start:a.span.End]
	second := strings.Fields(strings.ToLower(s.doc.Text[c.span.Start:c.span.End]))
	return !strings.ContainsAny(first, " ") && len(second) >= 2 && wifeTitleWords[strings.TrimRight(second[0], ".")]
}

// datedBetween reports whether the words between the first person of a
// match of a pattern that wants a date (option dated) and the noun before
// "to" and the second person are a time expression and nothing else: "her
// 2016 wedding to X", "Ann's September 2016 wedding to X", not "her planned
// June wedding to X".
func (s *sent) datedBetween(b *binding) bool {
	a, c := b.slots[slotA], b.slots[slotB]
	if !a.set || !c.set || a.span.End >= c.span.Start {
		return false
	}
	first, last := s.unitAt(a.span.End-1)+1, s.unitAt(c.span.Start)-2 // past the person, before the noun and "to"
	if first > 0 && first < last && (s.units[first].word == "'s" || s.units[first].word == "’s" || s.units[first].word == "'") {
		first++
	}
	if first <= 0 || first >= last {
		return false
	}
	for u := first; u < last; u++ {
		if !s.inTimex(s.units[u].Span) {
			return false
		}
	}
	return true
}

// streetHeads are the last words of street names.
var streetHeads = wordSet("streetheads")

// teamSlot reports whether the organisation of a match of a pattern that
// wants a team (option team: "Harwick Hawks pitcher X", "former Scotland
// midfielder X") is an organisation or a country the mention stage read,
// and not a league ("NFL linebacker X").
func (s *sent) teamSlot(b *binding, leagues map[string]bool) bool {
	o := b.slots[slotOrg]
	if !o.set || len(o.ents) != 1 {
		return false
	}
	e := &s.doc.Entities[o.ents[0]]
	return (e.Type == hearsay.Org || e.Type == hearsay.Place) && !leagues[strings.ToLower(e.Name)]
}

// partyOrg reports whether the organisation of a match of a pattern that
// wants a party (option party: "Labour's X", "the Conservative candidate,
// Y") is one by its name, written whole: not the end of a longer name the
// mention stage cut ("Liberal Democrat"); an article that opens the
// sentence is no part of the name ("The Fine Gael TD X", articleWord).
func (s *sent) partyOrg(b *binding, org hearsay.Arg, partyNames map[string]bool) bool {
	if !isParty(s.doc, org, partyNames) {
		return false
	}
	o := b.slots[slotOrg]
	if !o.set {
		return true
	}
	u := s.unitAt(o.span.Start)
	return u < 1 || s.units[u-1].ment != -1 || !s.units[u-1].capital || articleWord(s.units[u-1].word)
}

// articleWord reports whether w, lower case, is an article or another word
// that opens a sentence before a party's name ("One Labour backbencher,
// X,", "Former Tory MP X") without being part of it.
func articleWord(w string) bool {
	switch w {
	case "the", "a", "an", "one", "another", "former", "veteran", "senior", "fellow":
		return true
	}
	return false
}

// contextText is the words of a "met while filming W" match after "met",
// without function words ("filming Black Swan").
func contextText(s *sent, b *binding) string {
	var words []string
	after := false
	for u := b.first; u < b.last && u < len(s.units); u++ {
		x := &s.units[u]
		if !after {
			after = x.word == "met"
			continue
		}
		if contextSkip[x.word] {
			continue
		}
		words = append(words, s.doc.Text[x.Start:x.End])
	}
	return strings.Join(words, " ")
}

// contextSkip are the words contextText leaves out (data/classes.tsv).
var contextSkip = wordSet("contextskip")

func (st *Stage) qualify(rw *raw) {
	b := rw.b
	if w := b.slots[slotWork]; w.set {
		rw.f.Qualifiers = map[string]string{"work": boundName(rw.s.doc, w)}
	}
}

func boundName(doc *hearsay.Document, b bound) string {
	if len(b.ents) == 1 {
		return doc.Entities[b.ents[0]].Name
	}
	return b.lit
}

// argSets expands the slots of a match into argument lists.
func (st *Stage) argSets(s *sent, p *pattern, b *binding) [][]hearsay.Arg {
	sl := s.slab()
	var sets [][]hearsay.Arg
	if s.m != nil {
		sets = s.m.argSets[:0] // the caller reads the lists before the next match
		defer func() { s.m.argSets = sets[:0] }()
	}
	sets = append(sets, sl.argList(len(p.args)))
	var buf [4]hearsay.Arg // room for the choices of most slots; the sets keep copies
	for _, a := range p.args {
		choices := buf[:0]
		switch {
		case a.missing:
			choices = []hearsay.Arg{{Entity: -1}}
		case a.literal != "":
			choices = []hearsay.Arg{{Entity: -1, Literal: a.literal}}
		case a.slot == slotAB:
			v := b.slots[slotAB]
			if len(v.ents) < 2 {
				return nil
			}
			if p.cross {
				for _, e := range v.ents[:2] {
					choices = append(choices, entArg(s.doc, e))
				}
			} else if a.second {
				choices = []hearsay.Arg{entArg(s.doc, v.ents[1])}
			} else {
				choices = []hearsay.Arg{entArg(s.doc, v.ents[0])}
			}
		default:
			v := b.slots[a.slot]
			if !v.set {
				return nil
			}
			if len(v.ents) == 0 {
				choices = []hearsay.Arg{{Entity: -1, Literal: s.interimRole(a.slot, v, literalArg(s.doc, p.typ, a.slot, v.lit))}}
			}
			ents := v.ents
			if a.slot == slotA && len(p.elems) > 1 && p.elems[0].kind == elemSlot && p.elems[0].slot == slotA && p.elems[1].kind == elemGap {
				if h := s.appositiveHead(s.unitAt(v.span.End - 1)); h >= 0 {
					ents = []int{h} // "Vivienne, the only daughter of chairman Roland Ashcombe, began dating": Vivienne
				}
			}
			for _, e := range ents {
				choices = append(choices, entArg(s.doc, e))
			}

		}
		if a.slot == slotRole && s.titlesName(b.slots[slotRole], b.slots[slotA]) {
			return nil // "X named former police commissioner Y as ...": the role is Y's title
		}
		if a.slot == slotOrg && s.leagueOfSide(b.slots[slotOrg]) {
			return nil // "joined League One side Stockport Rovers": the league is not the club
		}
		if len(sets) == 1 && len(choices) == 1 {
			sets[0] = append(sets[0], choices[0]) // one way so far: the set grows where it is
			continue
		}
		next := make([][]hearsay.Arg, 0, len(sets)*len(choices))
		for _, set := range sets {
			for _, c := range choices {
				ns := sl.argList(len(p.args))[:len(set)]
				copy(ns, set)
				next = append(next, append(ns, c))
			}
		}
		sets = next
	}
	return sets
}

// interimRole keeps "interim" or "acting" written right before a role that
// a pattern read as an adjective ("named X interim superintendent" is an
// interim superintendent, not a superintendent).
func (s *sent) interimRole(sl slot, v bound, lit string) string {
	if sl != slotRole || !v.set {
		return lit
	}
	u := s.unitAt(v.span.Start)
	if u < 1 {
		return lit
	}
	w := s.units[u-1].word
	if (w == "interim" || w == "acting") && !strings.HasPrefix(lit, w+" ") {
		return w + " " + lit
	}
	return lit
}

// leagueOfSide reports whether an organisation bound in a match only
// describes the club named right after it ("League One side Stockport
// Rovers", "Premiership club Castlegate"): the league or competition a team
// plays in, not the team.
func (s *sent) leagueOfSide(org bound) bool {
	if !org.set {
		return false
	}
	u := s.unitAt(org.span.End - 1)
	if u < 0 || u+2 >= len(s.units) {
		return false
	}
	if !sideWords[s.units[u+1].word] {
		return s.placeOfNextOrg(u)
	}
	x := &s.units[u+2]
	return x.ment >= 0 && x.mkind == kindName && x.etype == entOrg
}

// placeOfNextOrg reports whether the place named at unit u only locates an
// organisation named after a few lowercase words ("the Geneva private bank
// Lautier & Cie"): the post is at the bank, not the city.
func (s *sent) placeOfNextOrg(u int) bool {
	if s.units[u].ment < 0 || s.units[u].etype != entPlace {
		return false
	}
	for k := u + 1; k < len(s.units) && k <= u+4; k++ {
		x := &s.units[k]
		if x.ment >= 0 {
			return k > u+1 && x.mkind == kindName && x.etype == entOrg
		}
		if x.capital || x.boundary || x.word == "," {
			return false
		}
	}
	return false
}

// sideWords name a team after the league it plays in.
var sideWords = wordSet("sidewords")

// titlesName reports whether a role bound in a match is the title of a
// person named right after it who is not the match's subject ("X named
// former police commissioner Y as chief of staff": police commissioner is
// Y's, not X's).
func (s *sent) titlesName(role, subj bound) bool {
	if !role.set || role.lit == "" {
		return false
	}
	u := s.unitAt(role.span.End - 1)
	if u < 0 {
		return false
	}
	u++
	for k := 0; k < 3 && u < len(s.units) && s.units[u].ment < 0 && s.units[u].capital && !s.units[u].boundary; k++ {
		u++ // the rest of a capitalized title: "Deputy Finance Minister X"
	}
	if u >= len(s.units) {
		return false
	}
	x := &s.units[u]
	if x.ment < 0 || x.mkind != kindName || x.etype != entPerson || len(x.ents) != 1 {
		return false
	}
	for _, e := range subj.ents {
		if e == x.ents[0] {
			return false
		}
	}
	return true
}

// postJob reports whether a match of a pattern with option trade names a
// post rather than a trade: its occupation ends with a word of class
// staffposts ("her campaign manager", "the club's sporting director", "the
// chief academic officer", "his assistant"); "the school's caretaker" and
// "the parish organist" are trades.
func postJob(p *pattern, b *binding) bool {
	if !p.has("trade") {
		return false
	}
	o := b.slots[slotOcc]
	ws := strings.Fields(o.lit)
	if !o.set || len(ws) == 0 {
		return false
	}
	return staffPosts[ws[len(ws)-1]]
}

// nonPrincipalPost reports whether a match of a pattern with option
// principal read a role that is no post held under a person (class
// principalposts of classes.tsv): "X named Y, a banker, as finance
// minister" is read by the patterns of offices, and "her spokesperson, Y"
// tells no post in her organisation.
func nonPrincipalPost(p *pattern, b *binding) bool {
	r := b.slots[slotRole]
	return p.has("principal") && r.set && !principalPosts[strings.ToLower(r.lit)]
}

// awardRole reports whether the role a match read names an award, not a
// post: "of", an optional "the" or year, and a period of awardperiods
// (data/classes.tsv) follow it ("was named coach of the year by X",
// "manager of the month").
func (s *sent) awardRole(b *binding) bool {
	r := b.slots[slotRole]
	if !r.set || r.span.End <= r.span.Start {
		return false
	}
	k := s.unitAt(r.span.End-1) + 1
	if k <= 0 || k+1 >= len(s.units) || s.units[k].word != "of" {
		return false
	}
	k++
	if w := s.units[k].word; w == "the" || w == "this" || w == "last" || len(w) == 4 && w[0] >= '1' && w[0] <= '2' {
		k++
	}
	return k < len(s.units) && awardPeriods[s.units[k].word]
}

// infinitiveRole reports whether the role a match read is the verb of an
// infinitive whose object is a body the text only describes: "to" before a
// one-word role of verblikeroles (data/classes.tsv) and "a" or "an" after
// it ("was appointed to chair an inquiry into the collapse of X": the
// inquiry is no post of X).
func (s *sent) infinitiveRole(b *binding) bool {
	r := b.slots[slotRole]
	if !r.set || r.span.End <= r.span.Start {
		return false
	}
	first, last := s.unitAt(r.span.Start), s.unitAt(r.span.End-1)
	if first <= 0 || first != last || last+1 >= len(s.units) || s.units[first-1].word != "to" || !verbLikeRoles[s.units[first].word] {
		return false
	}
	w := s.units[last+1].word
	return w == "a" || w == "an"
}

// legislatureConfirms reports whether an appointment names as its
// organisation a legislature that confirms it with a verb of confirmverbs
// in the match ("The Senate confirmed X as ambassador to Y"): the
// legislature votes on the post, it does not hold it (data/classes.tsv
// legislatures).
func (rw *raw) legislatureConfirms() bool {
	if rw.f.Type != "appointed" || len(rw.f.Args) < 3 || rw.b == nil {
		return false
	}
	org := rw.f.Args[2].Literal
	if e := rw.f.Args[2].Entity; e >= 0 {
		org = rw.s.doc.Entities[e].Name
	}
	name := strings.Fields(strings.ToLower(org))
	if len(name) == 0 || !legislatureWords[name[len(name)-1]] {
		return false
	}
	for k := rw.b.first; k <= rw.b.last && k < len(rw.s.units); k++ {
		if confirmVerbs[rw.s.units[k].word] {
			return true
		}
	}
	return false
}

// legislatureWords and confirmVerbs are the classes legislatures and
// confirmverbs of data/classes.tsv (see legislatureConfirms).
var (
	legislatureWords = wordSet("legislatures")
	confirmVerbs     = wordSet("confirmverbs")
)

// awardPeriods are the periods of an award named like a post (see
// awardRole).
var awardPeriods = wordSet("awardperiods")

// staffPosts end staff posts that are no trades (see postJob).
var staffPosts = wordSet("staffposts")

// appositiveHead returns the person an appositive describes when the
// mention at unit u closes it as the object of "of" ("Vivienne, the only
// daughter of chairman Roland Ashcombe, began dating"), with or without an
// age between ("Rufus, 29, the younger son of X, proposed"): the subject of what
// follows is the person before the appositive. It returns -1 otherwise,
// and when a verb comes between ("X, a paramedic who lives with his
// daughters, had been the favourite to succeed Y, who held the seat": a
// predicate, no appositive).
func (s *sent) appositiveHead(u int) int {
	of := false
	if e := s.possessiveEnd(u); e > u+1 {
		of = true // "Tom Hale, Ann Lee's father, died": the father is Tom Hale
		u = e - 1
	}
	if u < 0 || u+1 >= len(s.units) || s.units[u+1].word != "," {
		return -1
	}
	for k := u - 1; k >= 1 && k >= u-12; k-- {
		x := &s.units[k]
		if x.boundary || x.ment == -1 && (x.is(clsCopula) || predicateVerb(x.word)) {
			return -1
		}
		if x.ment == -1 && (x.word == "of" || x.word == "to") {
			of = true // "the daughter of X", "heir to X"
		}
		if x.word != "," {
			continue
		}
		y := &s.units[k-1]
		if k >= 3 && y.ment == -1 && isNumber(y.word) && s.units[k-2].word == "," {
			y = &s.units[k-3] // an age before the appositive: "Rufus Hale, 29, the younger son of Sir Anthony Hale, proposed"
		}
		if !of || y.ment == -1 || len(y.ents) != 1 || y.etype != entPerson || y.mkind == kindPronoun {
			return -1
		}
		return y.ents[0]
	}
	return -1
}

// possessiveEnd returns the unit of the comma after the possessive "'s"
// of the mention at unit u and the one or two plain words that follow it
// ("Ann Lee's father,", "Ann Lee's younger brother,"), or u+1 when there is
// none.
func (s *sent) possessiveEnd(u int) int {
	if u < 0 || u+2 >= len(s.units) || s.units[u].ment == -1 || !wordEq(s.units[u+1].word, "'s") && s.units[u+1].word != "’s" {
		return u + 1
	}
	for e := u + 2; e < len(s.units) && e <= u+4; e++ {
		x := &s.units[e]
		if x.word == "," && e > u+2 {
			return e
		}
		if x.ment != -1 || x.boundary || x.capital {
			break
		}
	}
	return u + 1
}

// predicateVerb reports whether w is an auxiliary or verb that makes the
// words after a comma a predicate rather than an appositive ("had been the
// favourite to succeed").
func predicateVerb(w string) bool {
	switch w {
	case "had", "has", "have", "been", "be", "will", "would", "could", "should", "may", "might", "must", "did",
		"does":
		return true
	}
	return false
}

// literalArg is how a literal argument is written: roles and occupations
// lowercased, names of places and organisations as written.
func literalArg(doc *hearsay.Document, typ string, sl slot, lit string) string {
	switch sl {
	case slotRole, slotOcc:
		return strings.ToLower(lit)
	}
	return lit
}

func entArg(doc *hearsay.Document, e int) hearsay.Arg {
	return hearsay.Arg{Entity: e, Literal: doc.Entities[e].Name}
}

// validArgs rejects facts relating a person to themselves.
func validArgs(doc *hearsay.Document, typ string, args []hearsay.Arg) bool {
	info, _ := typeOf(typ)
	for i, k := range info.kinds {
		if i >= len(args) {
			return false
		}
		if k == 'p' && args[i].Entity < 0 && args[i].Literal != "" {
			return false
		}
	}
	if len(args) >= 2 && args[0].Entity >= 0 && args[0].Entity == args[1].Entity {
		return false
	}
	if spouseTypes.has(typ) || typ == "affair" {
		for _, a := range args {
			if unnamedChild(doc, a.Entity) {
				return false // "lives with her husband, two sons and a dog": the sons are no spouse
			}
		}
	}
	return true
}

// unnamedChild reports whether entity e is a child or a group of children
// the text does not name (mention rule unnamed-child: "two sons", "their
// first child").
func unnamedChild(doc *hearsay.Document, e int) bool {
	if e < 0 || !doc.Entities[e].Unnamed {
		return false
	}
	for i := range doc.Mentions {
		if m := &doc.Mentions[i]; m.Entity == e && m.Rule == "unnamed-child" {
			return true
		}
	}
	return false
}

// mergeKnown folds facts the entity stage already gave (same type,
// arguments, modality and polarity, both in the article's voice or both
// sourced, or a post the article names in its own voice that a source
// dates; a post named in other words counts as the same: "board chair" and
// "chair") into those: they add their time, when the known fact has none, and
// their evidence.
func mergeKnown(known, facts []hearsay.Fact, roles map[string]string) []hearsay.Fact {
	if len(known) == 0 {
		return facts
	}
	// the known facts' argKeys, one after another in keyBuf, known fact i's
	// ending at ends[i]
	var keyBuf []byte
	ends := make([]int, len(known))
	for i := range known {
		keyBuf = appendArgKey(keyBuf, known[i])
		ends[i] = len(keyBuf)
	}
	knownKey := func(i int) []byte {
		if i == 0 {
			return keyBuf[:ends[0]]
		}
		return keyBuf[ends[i-1]:ends[i]]
	}
	out := facts[:0] // the facts not merged, kept in place: each is read before any is written over it
	var fBuf [160]byte
	for fi := range facts {
		f := &facts[fi]
		merged := false
		key := appendArgKey(fBuf[:0], *f)
		for i := range known {
			k := &known[i]
			// the cheap tests first: facts of two types never merge (their
			// keys differ, and samePostNamed wants one type)
			if k.Type != f.Type || k.Modality != f.Modality || k.Polarity != f.Polarity || (len(k.Sources) == 0) != (len(f.Sources) == 0) && k.Type != "position_held" ||
				!bytes.Equal(knownKey(i), key) && !samePostNamed(k, f, roles) {
				continue
			}
			if k.Time.IsZero() && !f.Time.IsZero() {
				k.Time = f.Time
				if f.Derived {
					k.Derived, k.Reason = true, f.Reason
				}
			}
			k.Evidence = uniqueEvidence(append(k.Evidence, f.Evidence...))
			merged = true
			break
		}
		if !merged {
			out = append(out, *f)
		}
	}
	return out
}

// samePostNamed reports whether two facts of one type about a post have the
// same person and organisation and roles that name the same post in other
// words ("interim chief executive" and "interim chief executive officer";
// "board chair" and "chair").
func samePostNamed(a, b *hearsay.Fact, roles map[string]string) bool {
	if a.Type != b.Type || len(a.Args) != 3 || len(b.Args) != 3 || a.Args[1].Entity >= 0 || b.Args[1].Entity >= 0 {
		return false
	}
	if a.Args[0].Entity < 0 || a.Args[0].Entity != b.Args[0].Entity || a.Args[2].Entity != b.Args[2].Entity ||
		a.Args[2].Entity < 0 && !strings.EqualFold(a.Args[2].Literal, b.Args[2].Literal) {
		return false
	}
	ra, rb := canonRole(a.Args[1].Literal, roles), canonRole(b.Args[1].Literal, roles)
	return ra != "" && (ra == rb || ra == "board "+rb || rb == "board "+ra)
}

// canonRole writes a role in the canonical words of roles.txt, keeping the
// words before it that name a post of their own ("interim chief executive"
// is "interim chief executive officer").
func canonRole(role string, roles map[string]string) string {
	role = strings.ToLower(role)
	if c, ok := roles[role]; ok && c != "" {
		role = c
	}
	first, rest, ok := strings.Cut(role, " ")
	if !ok || !postMods[first] {
		return role
	}
	if c, ok := roles[rest]; ok && c != "" {
		return first + " " + c
	}
	return role
}

// lexiconRoles writes the role of each post and change of post in the
// canonical words the role lexicon gives it (roles): "interim chief
// executive officer", which a title before a name ("interim CEO X") gives
// word by word, is the lexicon's "interim chief executive", as "named X
// interim CEO" gives it.
func lexiconRoles(facts []hearsay.Fact, roles map[string]string) {
	for i := range facts {
		f := &facts[i]
		if !isPostEvent(f.Type) || len(f.Args) != 3 || f.Args[1].Entity >= 0 {
			continue
		}
		if c, ok := roles[strings.ToLower(f.Args[1].Literal)]; ok && c != "" {
			f.Args[1].Literal = c
		}
	}
}

// appendArgPart appends an argument's part of argKey: "#" and the
// entity's number, or the literal lowercased.
func appendArgPart(dst []byte, a hearsay.Arg) []byte {
	if a.Entity >= 0 {
		return strconv.AppendInt(append(dst, '#'), int64(a.Entity), 10)
	}
	return appendLower(dst, a.Literal)
}

// argKey is the fact's type and arguments (sorted for symmetric types).
func argKey(f hearsay.Fact) string {
	var keyBuf [160]byte
	return string(appendArgKey(keyBuf[:0], f))
}

// sameArgs reports whether argKey(a) == argKey(b), without making either
// as a string.
func sameArgs(a, b hearsay.Fact) bool {
	if a.Type == b.Type && len(a.Args) == len(b.Args) {
		if same, known := samePlainArgs(a.Args, b.Args, IsSymmetric(a.Type)); known {
			return same
		}
	}
	var bufA, bufB [160]byte
	return bytes.Equal(appendArgKey(bufA[:0], a), appendArgKey(bufB[:0], b))
}

// samePlainArgs compares the parts argKey makes of two argument lists of
// facts of one type, part by part, where that decides (known): each part
// is an entity's ("#N", equal exactly when the numbers are), a literal
// without a comma that is the same in both lists, or an ASCII literal
// without a comma (its part: the literal in lower case, never an entity's
// unless it starts with "#"), so that the keys are equal exactly when the
// parts are. For a symmetric type, whose parts are
// sorted, only two entities in each list are compared (as sets).
func samePlainArgs(a, b []hearsay.Arg, symmetric bool) (same, known bool) {
	if symmetric {
		if len(a) != 2 || a[0].Entity < 0 || a[1].Entity < 0 || b[0].Entity < 0 || b[1].Entity < 0 {
			return false, false
		}
		x0, x1, y0, y1 := a[0].Entity, a[1].Entity, b[0].Entity, b[1].Entity
		return x0 == y0 && x1 == y1 || x0 == y1 && x1 == y0, true
	}
	same = true
	for i := range a {
		x, y := &a[i], &b[i]
		switch {
		case x.Entity >= 0 && y.Entity >= 0:
			same = same && x.Entity == y.Entity
		case x.Entity < 0 && y.Entity < 0 && x.Literal == y.Literal && strings.IndexByte(x.Literal, ',') < 0:
		case x.Entity < 0 && y.Entity < 0 && plainLiteral(x.Literal) && plainLiteral(y.Literal):
			same = same && equalLowerASCII(x.Literal, y.Literal)
		case x.Entity < 0 && y.Entity >= 0 && plainLiteral(x.Literal) && !strings.HasPrefix(x.Literal, "#"),
			y.Entity < 0 && x.Entity >= 0 && plainLiteral(y.Literal) && !strings.HasPrefix(y.Literal, "#"):
			same = false // an entity's part ("#N") and a literal's
		default:
			return false, false
		}
	}
	return same, true
}

// plainLiteral reports whether a literal's part of argKey is the literal
// in ASCII lower case without a comma.
func plainLiteral(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] == ',' {
			return false
		}
	}
	return true
}

// equalLowerASCII reports whether two ASCII strings are equal in lower case.
func equalLowerASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// appendArgKey appends argKey(f) to dst.
func appendArgKey(dst []byte, f hearsay.Fact) []byte {
	if !IsSymmetric(f.Type) {
		// the parts in the order of the arguments: written straight on
		dst = append(dst, f.Type...)
		dst = append(dst, '(')
		for i, a := range f.Args {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendArgPart(dst, a)
		}
		return append(dst, ')')
	}
	var partBuf [128]byte // the parts written one after another
	var ends [8]int       // where each part ends in partBuf
	buf := partBuf[:0]
	if len(f.Args) > len(ends) {
		return append(dst, argKeySlow(f)...)
	}
	for i, a := range f.Args {
		buf = appendArgPart(buf, a)
		ends[i] = len(buf)
	}
	part := func(i int) []byte { // the i-th argument's part of buf
		if i == 0 {
			return buf[:ends[0]]
		}
		return buf[ends[i-1]:ends[i]]
	}
	var order [8]int // the parts in the order written: sorted, the type being symmetric
	for i := range f.Args {
		order[i] = i
	}
	// insertion sort of a few parts: equal parts are equal bytes, so the
	// order is that of any sort
	for i := 1; i < len(f.Args); i++ {
		for j := i; j > 0 && bytes.Compare(part(order[j-1]), part(order[j])) > 0; j-- {
			order[j-1], order[j] = order[j], order[j-1]
		}
	}
	dst = append(dst, f.Type...)
	dst = append(dst, '(')
	for i := range f.Args {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, part(order[i])...)
	}
	return append(dst, ')')
}

// appendLower appends strings.ToLower(s) to b, lowering ASCII text in one
// pass into b's spare room (text.AppendLowerASCII) without an intermediate
// string.
func appendLower(b []byte, s string) []byte {
	b = slices.Grow(b, len(s))
	if lw, ok := htext.AppendLowerASCII(b, s); ok {
		return lw
	}
	return append(b, strings.ToLower(s)...)
}

// argKeySlow is argKey for a fact of many arguments.
func argKeySlow(f hearsay.Fact) string {
	parts := make([]string, 0, len(f.Args))
	for _, a := range f.Args {
		if a.Entity >= 0 {
			parts = append(parts, "#"+strconv.Itoa(a.Entity))
		} else {
			parts = append(parts, strings.ToLower(a.Literal))
		}
	}
	if IsSymmetric(f.Type) {
		slices.Sort(parts)
	}
	return f.Type + "(" + strings.Join(parts, ",") + ")"
}

// startsQuote reports whether a sentence opens with a quotation mark.
func startsQuote(s *sent) bool {
	return len(s.units) > 0 && (s.units[0].word == "\"" || s.units[0].word == "“" || s.units[0].word == "``")
}

// relativeHead returns the person a relative clause describes when the
// subject found for a trigger lies inside that clause and the trigger after
// it ("Aalto, who has been married to Sara Aalto for 26 years, was
// appointed": the subject is Aalto; "Anna Berg, whose father Paul Berg was a
// miner, grew up in Leeds": the subject is Anna Berg), or -1.
func (s *sent) relativeHead(subj, trig hearsay.Span) int {
	u := s.unitAt(subj.Start)
	t := s.unitAt(trig.Start)
	if u < 0 || t < 0 || t < u {
		return -1
	}
	open := -1
	for k := u - 1; k >= 2; k-- {
		w := s.units[k].word
		if (w == "who" || w == "whose" || w == "which") && s.units[k-1].word == "," {
			open = k
			break
		}
		if w == "," && k == u-1 && s.units[k-1].ment == -1 && !s.units[k-1].boundary {
			continue // the subject set off after a description: ", who is married to his wife, Sara Hale,"
		}
		if s.units[k].boundary || w == "," {
			return -1
		}
	}
	if open < 0 {
		return -1
	}
	for k := u + 1; k < t; k++ {
		if n := s.ageLength(k + 1); s.units[k].word == "," && k == u+1 && n > 0 && k+n+1 < t && s.units[k+n+1].word == "," {
			k += n + 1 // the subject's own age: ", whose daughter Ellie, 17, died"
			continue
		}
		if s.units[k].word == "," {
			h := open - 2
			if h >= 2 && isNumber(s.units[h].word) && s.units[h-1].word == "," {
				h -= 2 // "Tom Hale, 52, who ..."
			}
			if s.isPerson(h) {
				return h
			}
			return -1
		}
	}
	return -1
}

// singularRelative returns the unit of the second of two people joined by
// "and" (subj, the pair's span) when a relative clause opened right after
// them by ", who" takes a singular verb and holds the end of the trigger
// trig, no comma between: the
// clause tells of the second alone ("X and Y, who works at Orbis Bank,",
// "X and Y, who is a director of Z"). A plural verb, or one that shows no
// number ("who worked"), keeps both; -1 then.
func (s *sent) singularRelative(subj, trig hearsay.Span) int {
	last := s.unitAt(subj.End - 1)
	if last < 0 || last+3 >= len(s.units) || !s.isPerson(last) || len(s.units[last].ents) != 1 || s.units[last+1].word != "," || s.units[last+2].word != "who" {
		return -1
	}
	if t := s.unitAt(trig.End - 1); t <= last+2 {
		return -1 // the trigger ends before the clause
	}
	for k := last + 3; k < len(s.units) && k <= last+5; k++ {
		x := &s.units[k]
		if x.ment != -1 || x.word == "," || x.boundary {
			return -1
		}
		if relativeAdverbs[x.word] || strings.HasSuffix(x.word, "ly") {
			continue // "who now works"
		}
		if x.word == "was" || x.word == "is" || x.word == "has" || x.word == "'s" || s.xposOf(k) == "VBZ" || strings.HasSuffix(x.word, "s") && !strings.HasSuffix(x.word, "ss") {
			for j := k + 1; j < len(s.units) && s.units[j].Start < trig.End; j++ {
				if s.units[j].word == "," || s.units[j].boundary {
					return -1 // the trigger is past the clause
				}
			}
			return last
		}
		return -1
	}
	return -1
}

// singularAppositive returns the unit of the last of people coordinated
// in subj when the post role right after them in commas is singular: the
// apposition tells of the last alone ("Trustees include Ann Hale and Tom
// Reed, treasurer of the Rotary Club": Reed). A plural post ("X and Y,
// co-founders of Z") keeps both; -1 then.
func (s *sent) singularAppositive(subj hearsay.Span, role bound) int {
	last := s.unitAt(subj.End - 1)
	if !role.set || last < 0 || last+2 >= len(s.units) || !s.isPerson(last) || len(s.units[last].ents) != 1 || s.units[last+1].word != "," {
		return -1
	}
	r := s.unitAt(role.span.Start)
	if r < last+2 || r > last+3 || r == last+3 && !singularDeterminer[s.units[last+2].word] {
		return -1
	}
	e := s.unitAt(role.span.End - 1)
	if e < r {
		return -1
	}
	if w := s.units[e].word; strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return -1 // "co-founders"
	}
	return last
}

// singularDeterminer may stand between the comma and a singular post in
// apposition ("X and Y, a partner at Z").
var singularDeterminer = map[string]bool{"a": true, "an": true, "the": true}

// relativeAdverbs may stand between "who" and its verb ("who now works").
var relativeAdverbs = map[string]bool{"also": true, "now": true, "still": true, "always": true, "currently": true, "already": true}

// priorSentences is how many sentences before its own a rumour told with
// no name ("Pregnancy rumors followed in January") looks back for the
// person it is about.
const priorSentences = 2

// adultAge is the age from which a person is no boy or girl.
const adultAge = 18

// minorPerson reports whether ents is one person whose stated age is under
// adultAge: "the boy" or "the girl" of the text.
func minorPerson(doc *hearsay.Document, ents []int) bool {
	return len(ents) == 1 && doc.Entities[ents[0]].Age != nil && doc.Entities[ents[0]].Age.Years < adultAge
}

// priorPerson returns the person named or referred to last before unit u:
// in the sentence, else in the priorSentences before it.
func (s *sent) priorPerson(u int) (bound, bool) {
	return s.priorPersonWhere(u, nil)
}

// priorCouple returns the couple named or referred to last before unit u,
// in the sentence or the two before it: the last group of two people ("the
// couple", "they"), else the two people named there when no one else is;
// false when there is none.
func (s *sent) priorCouple(u int) (bound, bool) {
	if s.doc == nil || u >= len(s.units) {
		return bound{}, false
	}
	start := s.units[u].Start
	var group *hearsay.Mention
	var people []int
	var last hearsay.Span
	for i := range s.doc.Mentions {
		m := &s.doc.Mentions[i]
		if m.End > start || m.Sentence < s.idx-priorSentences || m.Type != hearsay.Person {
			continue
		}
		switch {
		case m.Kind == hearsay.GroupMention && len(m.Members) == 2:
			group = m
		case m.Kind != hearsay.GroupMention && m.Entity >= 0 && !slices.Contains(people, m.Entity):
			people = append(people, m.Entity)
			last = m.Span
		case m.Kind != hearsay.GroupMention && m.Entity >= 0:
			last = m.Span
		}
	}
	if group != nil && group.Members[0] != group.Members[1] {
		return bound{set: true, ents: sortedPair(group.Members[0], group.Members[1]), span: group.Span}, true
	}
	if len(people) != 2 {
		return bound{}, false
	}
	return bound{set: true, ents: sortedPair(people[0], people[1]), span: last}, true
}

// sortedPair returns the two entities a and b in ascending order.
func sortedPair(a, b int) []int {
	return []int{min(a, b), max(a, b)}
}

// priorMinor returns the minor (minorPerson) named or referred to last
// before unit u, past the adults named after them: "Mateo Ortega, 6, was
// found at sea. President Raul Vega said the boy's father, Luis Ortega,
// would travel": Mateo.
func (s *sent) priorMinor(u int) (bound, bool) {
	return s.priorPersonWhere(u, func(ents []int) bool { return minorPerson(s.doc, ents) })
}

// priorPersonWhere is priorPerson for the people keep accepts (all when
// keep is nil).
func (s *sent) priorPersonWhere(u int, keep func(ents []int) bool) (bound, bool) {
	for v := u - 1; v >= 0; v-- {
		if s.isPerson(v) && len(s.units[v].ents) == 1 && (keep == nil || keep(s.units[v].ents)) {
			return bound{set: true, ents: s.units[v].ents, span: s.units[v].Span}, true
		}
	}
	if s.doc == nil || u >= len(s.units) {
		return bound{}, false
	}
	start, best := s.units[u].Start, -1
	for i := range s.doc.Mentions {
		m := &s.doc.Mentions[i]
		if m.End > start || m.Sentence < s.idx-priorSentences || m.Type != hearsay.Person || m.Entity < 0 || m.Kind == hearsay.GroupMention {
			continue
		}
		if keep != nil && !keep([]int{m.Entity}) {
			continue
		}
		if best < 0 || m.End > s.doc.Mentions[best].End {
			best = i
		}
	}
	if best < 0 {
		return bound{}, false
	}
	m := s.doc.Mentions[best]
	return bound{set: true, ents: []int{m.Entity}, span: m.Span}, true
}

// deceasedSubject makes the person whose death the article's opening
// reports the subject a pronoun stands for in a pattern of option deceased
// ("He is survived by his sons": in an obituary, the dead man), when the
// pronoun was taken for a relative the text names by kin ("His brother
// Frank died in 2010. He is survived by ..."). A name stays as it is.
func (s *sent) deceasedSubject(a *bound) {
	u := s.unitAt(a.span.Start)
	if u < 0 || s.units[u].mkind != kindPronoun || len(a.ents) != 1 || !s.namedByKin(a.ents[0]) {
		return
	}
	if d := openingDeath(s.doc); d >= 0 && d != a.ents[0] {
		a.ents = []int{d}
	}
}

// namedByKin reports whether a description of entity e is a kinship noun
// of someone ("his brother", "her late husband").
func (s *sent) namedByKin(e int) bool {
	for i := range s.doc.Mentions {
		m := &s.doc.Mentions[i]
		if m.Entity != e || m.Kind != hearsay.NominalMention {
			continue
		}
		if last, n := lastField(m.Text); n == 2 && (kinLex.kin[strings.ToLower(last)] || kinLex.rel[strings.ToLower(last)]) {
			return true
		}
	}
	return false
}

// survivorsOf reports whether the person at span is a possessive right
// after "survived by" ("He is survived by his sons, Kevin and Stephen":
// the sons of the dead man, as the subject is).
func (s *sent) survivorsOf(span hearsay.Span) bool {
	u := s.unitAt(span.Start)
	return u >= 2 && s.units[u].mkind == kindPronoun && s.units[u-1].word == "by" && s.units[u-2].word == "survived"
}

// deathSentences is how many sentences from the start an article reports
// the death it is about.
const deathSentences = 3

// openingDeath returns the person named first in the first sentence among
// the article's first deathSentences that tells a death (a word of class
// deathwords: "Tom Rourke has died aged 81"), or -1.
func openingDeath(doc *hearsay.Document) int {
	for si := 0; si < len(doc.Sentences) && si < deathSentences; si++ {
		sen := &doc.Sentences[si]
		told := false
		var buf [16]byte
		for k := sen.FirstToken; k < sen.EndToken && k < len(doc.Tokens) && !told; k++ {
			told = deathWords[string(appendLower(buf[:0], doc.Tokens[k].Text))]
		}
		if !told {
			continue
		}
		for i := range doc.Mentions {
			m := &doc.Mentions[i]
			if m.Sentence == si && m.Kind == hearsay.NameMention && m.Type == hearsay.Person && m.Entity >= 0 {
				return m.Entity
			}
		}
	}
	return -1
}

// pairEndingAt returns the two people "X and Y" whose second name is unit
// h, as one group.
func (s *sent) pairEndingAt(h int) (bound, bool) {
	if h < 2 || s.units[h-1].word != "and" || !s.isPerson(h-2) || len(s.units[h].ents) != 1 || len(s.units[h-2].ents) != 1 || s.units[h-2].ents[0] == s.units[h].ents[0] {
		return bound{}, false
	}
	ents := []int{s.units[h-2].ents[0], s.units[h].ents[0]}
	return bound{set: true, ents: ents, span: hearsay.Span{Start: s.units[h-2].Start, End: s.units[h].End}}, true
}

// titlePattern is the rule of positions read from titled names.
var titlePattern = &pattern{typ: "position_held", opts: options{{"trigger", "noun"}, {"state", ""}}, line: "title before a name"}

// titledNames reads positions from names that the mention stage kept with
// their title ("Prime Minister Ingrid Solberg-Vik"): the organisation is
// left for completeOrgs.
func (st *Stage) titledNames(s *sent, frames []*frame) []*raw {
	var out []*raw
	for i := range s.units {
		x := &s.units[i]
		if !x.onePerson(kindName) {
			continue
		}
		var wsBuf [8]string // room for most names' words without allocating
		ws := appendSplitWords(wsBuf[:0], x.word)
		first := i // the first unit of the title
		for k := i - 1; k >= 0 && k >= i-2 && s.units[k].ment < 0 && (s.units[k].capital || s.units[k].word == "board"); k-- {
			// title words left outside the name ("Prime" of "Prime Minister X",
			// "Health Secretary X", "board" of "board President X")
			ws = append([]string{s.units[k].word}, ws...)
			first = k
		}
		found := false
		if rw := st.titleToName(s, i, first, ws, frames); rw != nil {
			out = append(out, rw)
			continue
		}
		var bufArr [96]byte // room for most titles without allocating
		buf := bufArr[:0]
		for from := 0; from <= 2 && from < len(ws)-1 && !found; from++ {
			for n := min(len(ws)-1-from, st.r.roleMax); n >= 1; n-- {
				buf = joinWords(buf[:0], ws[from:from+n])
				role, ok := st.r.roles[string(buf)]
				if !ok {
					continue
				}
				if title := string(buf); nameStartsWith(s.doc.Entities[x.ents[0]].Name, title) && !royalTitles[title] {
					continue // "Dean Foley": a given name, not a title ("King Albrecht" keeps his)
				}
				found = true
				org, trigger := s.titleOrg(i), x.Span
				if openArg(org) && from == 0 {
					org = st.placeBeforeTitle(s, first, role)
				}
				if openArg(org) {
					org = st.countryBeforeTitle(s, first, ws, from, role) // "Philippine President X", "Russian Foreign Minister X"
				}
				if c, ok := st.portfolio(s, first-1, buf); ok && from == 0 {
					role, org, trigger.Start = c, hearsay.Arg{Entity: -1}, s.units[first-1].Start
				}
				args := append(s.slab().argList(3), entArg(s.doc, x.ents[0]), hearsay.Arg{Entity: -1, Literal: role}, org)
				if from >= 1 && st.r.orgNouns[ws[from-1]] {
					e := orgWithNoun(s.doc, ws[from-1])
					if e < 0 {
						break // "University President X": a post of an organisation the text does not name
					}
					args[2] = entArg(s.doc, e)
				}
				args[2] = partyOpen(s.doc, args)
				rw := s.slab().rawOf(raw{pat: titlePattern, s: s, b: s.slab().newBinding(), noun: true, echo: openArg(args[2]), childAge: -1})
				rw.f = hearsay.Fact{Type: "position_held", Args: args, Polarity: hearsay.Pos, Modality: hearsay.Asserted,
					Sentence: s.idx, Evidence: s.slab().one(s.idx), Trigger: trigger, Rule: titlePattern.line}
				st.attribute(rw, frames)
				out = append(out, rw)
				break
			}
		}
		if !found {
			if rw, joined := st.titleBefore(s, i); rw != nil {
				st.attribute(rw, frames)
				out = append(out, rw)
				if joined != nil {
					st.attribute(joined, frames)
					out = append(out, joined)
				}
			} else if rw := st.pluralTitle(s, i); rw != nil {
				st.attribute(rw, frames)
				out = append(out, rw)
			}
		}
	}
	return out
}

// titleToName reads a position from the longest title that runs up to the
// person's name among the words ws of a titled mention at unit i and the
// capitalized words before it ("Deputy Finance Minister Marek Halden" is a
// deputy finance minister, not a deputy), or nil when no such title ends
// right before the name.
func (st *Stage) titleToName(s *sent, i, first int, ws []string, frames []*frame) *raw {
	x := &s.units[i]
	name := s.ar.nameWords(s.doc, x.ents[0])
	end := len(ws) - len(name)
	if end < 2 || !slices.Equal(ws[end:], name) {
		return nil // a one-word title is read by the loop of titledNames
	}
	for from := max(0, end-st.r.roleMax); from < end-1; from++ {
		role, ok := st.r.roles[strings.Join(ws[from:end], " ")]
		if !ok && postMods[ws[from]] {
			if c, found := st.r.roles[strings.Join(ws[from+1:end], " ")]; found {
				role, ok = ws[from]+" "+c, true
			}
		}
		if !ok || vagueTitle[role] || from > 0 && pastTitle[ws[from-1]] {
			continue
		}
		args := append(s.slab().argList(3), entArg(s.doc, x.ents[0]), hearsay.Arg{Entity: -1, Literal: role}, s.titleOrg(i))
		if openArg(args[2]) {
			args[2] = st.countryBeforeTitle(s, first, ws, from, role)
		}
		args[2] = partyOpen(s.doc, args)
		rw := s.slab().rawOf(raw{pat: titlePattern, s: s, b: s.slab().newBinding(), noun: true, echo: openArg(args[2]), childAge: -1})
		rw.f = hearsay.Fact{Type: "position_held", Args: args, Polarity: hearsay.Pos, Modality: hearsay.Asserted,
			Sentence: s.idx, Evidence: s.slab().one(s.idx), Trigger: x.Span, Rule: titlePattern.line}
		st.attribute(rw, frames)
		return rw
	}
	return nil
}

// titleBefore reads a position from a title written just before a name and
// outside it ("Deputy transport minister Jonas Berg", "Harbourne manager
// Callum Reid"): the longest role ending before the name; an organisation
// or place named right before the role is the post's. A title written
// with "then-" or "ex-" ("then-governor X") is a post held before; one
// after "former" ("former finance minister X") is left alone. Two titles
// joined by "and" ("Orlo Foods founder and chairman X") are two posts of
// the organisation named before the first: the second is returned as
// joined.
func (st *Stage) titleBefore(s *sent, i int) (rw, joined *raw) {
	x := &s.units[i]
	var bufArr [96]byte // room for most titles without allocating
	buf := bufArr[:0]
	emptyRole, hasEmpty := st.r.emptyRole, st.r.hasEmptyRole // what a title without a past prefix finds
	for n := min(i, st.r.roleMax); n >= 1; n-- {
		if !hasEmpty && !mayOpenRole(&s.units[i-n]) {
			continue // no title of roles starts with the word
		}
		buf = buf[:0]
		ok := true
		seg := s.units[i-n : i]
		for k := range seg {
			y := &seg[k]
			if y.ment >= 0 && (k == 0 && !bareTown(y) || y.etype == entPerson || y.etype == entPlace) || y.boundary {
				ok = false
				break
			}
			if k > 0 {
				buf = append(buf, ' ')
			}
			if y.ment >= 0 {
				buf = appendLower(buf, y.word) // "Chancellor of the Exchequer X", where the names stage read Exchequer
			} else {
				buf = append(buf, y.word...)
			}
		}
		if !ok {
			continue
		}
		role, found := st.r.roles[string(buf)]
		former := false
		if !found {
			if p := pastPrefixLen(buf); p > 0 {
				role, found = st.r.roles[string(buf[p:])] // "then-governor X", "ex-mayor X"
				former = string(buf[:p]) != "then-"       // "ex-mayor X" held it before the news; "then-governor X" as the story tells
			} else {
				role, found = emptyRole, hasEmpty
			}
		}
		if !found || vagueTitle[role] {
			continue
		}
		org := hearsay.Arg{Entity: -1}
		start := s.units[i-n].Start
		if c, ok := st.portfolio(s, i-n-1, buf); ok {
			role, start, n = c, s.units[i-n-1].Start, n+1
		}
		first, firstAt := st.joinedTitle(s, i-n-1)
		if first != "" {
			n += i - n - firstAt // the organisation is looked for before the first title
		}
		k := i - n - 1
		if k >= 0 && first == "" && postMods[s.units[k].word] && s.units[k].word != "deputy" && s.units[k].ment < 0 && !strings.HasPrefix(role, s.units[k].word+" ") {
			// "Assistant finance director X": a post of its own, not the finance director's; a deputy's title is left to the
			// readings of deputies, which give it its time
			role, start, k = s.units[k].word+" "+role, s.units[k].Start, k-1
		}
		if k >= 0 && formerTitle[s.units[k].word] && first == "" {
			former, start, k = true, s.units[k].Start, k-1 // "Former finance director X": a post held before the news
			if k >= 0 && ownedTitle(&s.units[k]) {
				return nil, nil // "Pines' former manager X", "his former chief of staff X": read elsewhere
			}
		}
		if k >= 0 {
			y := &s.units[k]
			if pastTitle[y.word] || y.word == "'s" || y.word == "’s" || st.r.roles[y.word] != "" {
				return nil, nil // "former finance minister X"; "Norland's transport minister, X" is read elsewhere
			}
			if k >= 1 && y.capital && y.ment < 0 && pastTitle[s.units[k-1].word] {
				if st.r.nations[y.word] == "" || !stateOffice(role) {
					return nil, nil // "former Pines manager X", where the names stage saw no organisation
				}
				former = formerTitle[s.units[k-1].word] || s.units[k-1].word == "late" // "former Norwegian prime minister X": an office of Norway, held before the news
			}
			if y.ment < 0 && st.r.orgNouns[y.word] {
				e := orgWithNoun(s.doc, y.word)
				if e < 0 {
					return nil, nil // "University president X": a post of an organisation the text does not name
				}
				org = entArg(s.doc, e)
			} else if y.ment < 0 && bodyNouns[y.word] && orgWithNoun(s.doc, y.word) >= 0 {
				org = entArg(s.doc, orgWithNoun(s.doc, y.word)) // "Council leader X": the council the article names
			} else if c := st.r.nations[y.word]; y.ment < 0 && c != "" && stateOffice(role) {
				org = entArg(s.doc, countryEntity(s.doc, c)) // "Norwegian finance minister X": an office of Norway
			} else if y.ment < 0 && st.r.nations[y.word] != "" {
				return nil, nil // "Libyan leader X": a post among that nation, not in the organisation the article is about
			} else {
				if k >= 1 && y.ment < 0 && !y.capital && premodWord0(y) && !pastTitle[y.word] && !determiners[y.word] {
					y = &s.units[k-1] // "England rugby captain X": the organisation before a field
				}
				if y.ment >= 0 && y.mkind == kindName && len(y.ents) == 1 && (y.etype == entOrg || y.etype == entPlace) &&
					!lowerTail(s.doc.Text[y.Start:y.End]) {
					org = entArg(s.doc, y.ents[0])
				}
			}
		}
		args := append(s.slab().argList(3), entArg(s.doc, x.ents[0]), hearsay.Arg{Entity: -1, Literal: role}, org)
		args[2] = partyOpen(s.doc, args)
		if args[2].Entity < 0 {
			args[2] = s.titleOf(i)
		}
		rw := s.slab().rawOf(raw{pat: titlePattern, s: s, b: s.slab().newBinding(), noun: true, echo: args[2].Entity < 0, childAge: -1})
		rw.f = hearsay.Fact{Type: "position_held", Args: args, Polarity: hearsay.Pos, Modality: hearsay.Asserted,
			Sentence: s.idx, Evidence: s.slab().one(s.idx), Trigger: hearsay.Span{Start: start, End: x.End}, Rule: titlePattern.line}
		if former {
			rw.f.Qualifiers = map[string]string{"note": "former"}
		}
		if first != "" {
			args2 := append(s.slab().argList(3), args[0], hearsay.Arg{Entity: -1, Literal: first}, args[2])
			joined = s.slab().rawOf(raw{pat: titlePattern, s: s, b: s.slab().newBinding(), noun: true, echo: args2[2].Entity < 0, childAge: -1})
			joined.f = hearsay.Fact{Type: "position_held", Args: args2, Polarity: hearsay.Pos, Modality: hearsay.Asserted,
				Sentence: s.idx, Evidence: s.slab().one(s.idx), Trigger: hearsay.Span{Start: s.units[firstAt].Start, End: x.End}, Rule: titlePattern.line}
		}
		if from := s.titleFrom(i); first == "" && args[2].Entity < 0 && from.Entity >= 0 && !stateOffice(role) {
			// "has poached finance director X from rival Y": the post at Y, and the one the text goes on to give
			args2 := append(s.slab().argList(3), args[0], args[1], from)
			joined = s.slab().rawOf(raw{pat: titlePattern, s: s, b: s.slab().newBinding(), noun: true, childAge: -1})
			joined.f = hearsay.Fact{Type: "position_held", Args: args2, Polarity: hearsay.Pos, Modality: hearsay.Asserted,
				Sentence: s.idx, Evidence: s.slab().one(s.idx), Trigger: rw.f.Trigger, Rule: titlePattern.line}
			rw.echo = false // not an echo of the post at Y: the organisation is left for the passes that complete posts
		}
		return rw, joined
	}
	return nil, nil
}

// pluralTitle reads a position from a title in the plural written before
// a list of names ("Commissioners Ann Hale, Tom Reed and Jo Marsh",
// "Councillors Ann Hale and Tom Reed"): each person of the list, the name
// at unit i among them, holds the post the title names in the singular.
// The organisation is left for the passes that complete posts, unless the
// title follows an organisation's name, when it may be lowercase ("Halden
// Water directors Ian Fox and Ruth Kerr").
func (st *Stage) pluralTitle(s *sent, i int) *raw {
	k := i - 1
	for k >= 2 && (s.units[k].word == "," || s.units[k].word == "and") {
		if s.units[k].word == "and" && s.units[k-1].word == "," {
			k-- // "A, B, and C"
		}
		if !s.units[k-1].onePerson(kindName) {
			return nil
		}
		k -= 2
	}
	if k < 0 {
		return nil
	}
	if listVerbs[s.units[k].word] {
		return st.listedPost(s, i, k)
	}
	y := &s.units[k]
	org := hearsay.Arg{Entity: -1}
	if k >= 1 && s.units[k-1].mkind == kindName && len(s.units[k-1].ents) == 1 && s.units[k-1].etype == entOrg {
		org = entArg(s.doc, s.units[k-1].ents[0])
	}
	if y.ment >= 0 || !y.capital && org.Entity < 0 || len(y.word) < 4 || !strings.HasSuffix(y.word, "s") || strings.HasSuffix(y.word, "ss") {
		return nil
	}
	var bufArr [64]byte
	buf := appendLower(bufArr[:0], strings.TrimSuffix(y.word, "s"))
	role, ok := st.r.roles[string(buf)]
	if !ok || vagueTitle[role] {
		return nil
	}
	if k >= 1 && (pastTitle[s.units[k-1].word] || s.units[k-1].word == "'s" || s.units[k-1].word == "’s") {
		return nil // "former Commissioners A and B", "the board's Commissioners": read elsewhere or not a post now
	}
	x := &s.units[i]
	args := append(s.slab().argList(3), entArg(s.doc, x.ents[0]), hearsay.Arg{Entity: -1, Literal: role}, org)
	rw := s.slab().rawOf(raw{pat: titlePattern, s: s, b: s.slab().newBinding(), noun: true, echo: org.Entity < 0, childAge: -1})
	rw.f = hearsay.Fact{Type: "position_held", Args: args, Polarity: hearsay.Pos, Modality: hearsay.Asserted,
		Sentence: s.idx, Evidence: s.slab().one(s.idx), Trigger: hearsay.Span{Start: y.Start, End: x.End}, Rule: titlePattern.line}
	return rw
}

// listVerbs open a list of the people who hold a post ("Trustees include
// A and B", "The board comprises A, B and C").
var listVerbs = wordSet("listverbs")

// listedPost reads the post of the person at unit i of a list of names
// that the list verb at unit k opens, after a plural post or a board
// ("Trustees include Ann Hale and Tom Reed", "Independent directors on the
// board include A, B and C", "Its board comprises A and B"): each holds
// the post in the singular, at the organisation named in between ("of the
// Kelso Trust"), else the one the passes that complete posts find. A
// former post ("Former trustees include") or a plural that names no post
// gives none.
func (st *Stage) listedPost(s *sent, i, k int) *raw {
	role, head, org := "", -1, hearsay.Arg{Entity: -1}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		y := &s.units[j]
		if y.boundary || y.word == "," || y.ment >= 0 && y.etype != entOrg {
			break
		}
		if y.ment >= 0 {
			if len(y.ents) == 1 {
				org = entArg(s.doc, y.ents[0])
			}
			continue
		}
		if r, ok := st.listedRole(s, j); ok {
			role, head = r, j
		}
	}
	if role == "" || head >= 1 && pastTitle[s.units[head-1].word] {
		return nil
	}
	x := &s.units[i]
	args := append(s.slab().argList(3), entArg(s.doc, x.ents[0]), hearsay.Arg{Entity: -1, Literal: role}, org)
	rw := s.slab().rawOf(raw{pat: titlePattern, s: s, b: s.slab().newBinding(), noun: true, echo: org.Entity < 0, childAge: -1})
	rw.f = hearsay.Fact{Type: "position_held", Args: args, Polarity: hearsay.Pos, Modality: hearsay.Asserted,
		Sentence: s.idx, Evidence: s.slab().one(s.idx), Trigger: hearsay.Span{Start: s.units[head].Start, End: x.End}, Rule: titlePattern.line}
	return rw
}

// listedRole returns the post a list's head at unit j names: a plural post
// with the word before it when the two make a post ("non-executive
// directors"), "board members", or a board itself ("the board comprises").
func (st *Stage) listedRole(s *sent, j int) (string, bool) {
	w := s.units[j].word
	if w == "board" || w == "Board" {
		if n := j + 1; n+1 < len(s.units) && relativeAdverbs[s.units[n].word] && listVerbs[s.units[n+1].word] || n < len(s.units) && listVerbs[s.units[n].word] {
			return "board member", true
		}
		return "", false
	}
	if len(w) < 5 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return "", false
	}
	one := strings.ToLower(strings.TrimSuffix(w, "s"))
	if j >= 1 && s.units[j-1].ment < 0 {
		if role, ok := st.r.roles[strings.ToLower(s.units[j-1].word)+" "+one]; ok {
			return role, true // "non-executive directors", "board members"
		}
	}
	role, ok := st.r.roles[one]
	if !ok || vagueTitle[role] || unlisted[role] {
		return "", false
	}
	return role, true
}

// unlisted holds the posts whose plural heads a list of people who need
// hold no post ("Speakers include A and B").
var unlisted = wordSet("unlisted")

// placeBeforeTitle returns the place named right before a titled name
// that starts at unit first, when the title is an office of state
// ("Former Harwell Mayor X", "Ohio Gov. X"): the place whose office it
// is, not the dateline's; an open argument when there is none.
func (st *Stage) placeBeforeTitle(s *sent, first int, role string) hearsay.Arg {
	if first < 1 {
		return hearsay.Arg{Entity: -1}
	}
	y := &s.units[first-1]
	if y.ment < 0 || y.mkind != kindName || len(y.ents) != 1 || !(y.etype == entPlace && stateOffice(role)) {
		return hearsay.Arg{Entity: -1}
	}
	return entArg(s.doc, y.ents[0])
}

// nationTitles are offices of a country's state, besides ministers',
// secretaries of state' and envoys', that a nationality word before the
// title gives to that country (data/classes.tsv).
var nationTitles = wordSet("nationtitles")

// nationBeforeTitle returns the country that a nationality word written
// right before a title names ("Russian Foreign Minister X", "Philippine
// President X", "U.S. Secretary of State X"), when the title is an office of
// a country's state: the country whose office it is, not the one the
// article is about; an open argument when there is none.
func (st *Stage) nationBeforeTitle(s *sent, word, role string) hearsay.Arg {
	if !nationalOffice(role) && !nationTitles[role] && !envoyRole(role, st.r.envoys) {
		return hearsay.Arg{Entity: -1}
	}
	c := st.r.nations[word]
	if c == "" {
		return hearsay.Arg{Entity: -1}
	}
	return entArg(s.doc, countryEntity(s.doc, c))
}

// countryBeforeTitle returns the country that the words right before a
// title of a titled mention name (placeBeforeTitle,
// nationBeforeTitle): the word of ws before the title's first word at
// from, or, when the title opens ws, the unit before first; an open
// argument when there is none.
func (st *Stage) countryBeforeTitle(s *sent, first int, ws []string, from int, role string) hearsay.Arg {
	if from >= 1 {
		return st.nationBeforeTitle(s, ws[from-1], role)
	}
	if first < 1 {
		return hearsay.Arg{Entity: -1}
	}
	y := &s.units[first-1]
	if y.ment < 0 {
		return st.nationBeforeTitle(s, y.word, role)
	}
	if a := st.placeBeforeTitle(s, first, role); a.Entity >= 0 && st.r.countries[strings.ToLower(s.doc.Entities[a.Entity].Name)] || st.r.nations[y.word] != "" {
		return a // "U.S. Secretary of State X"; a town's office before the title ("Louisville Assistant Chief X") may be an outsider's
	}
	return hearsay.Arg{Entity: -1}
}

// bareTown reports whether a mention is only a word of a town's corporate
// name ("Town" of "Town Attorney X", which the names stage took for an
// organisation): the first word of a town's title, not its organisation.
func bareTown(y *unit) bool {
	return y.etype == entOrg && townCorporations[y.word]
}

// titleOpeners are the words that may open the noun phrase of two titles
// before a name ("its founder and chairman X"): not "as" ("named Tom Hale as
// chairman and chief executive Ann Lee as his deputy").
var titleOpeners = wordSet("titleopeners")

// joinedTitle returns the post written before "and" at unit k, in front of
// a title that runs up to a name ("founder and executive chairman X"), and
// the unit it starts at: the longest role of plain words ending
// right before k, which opens the sentence or follows the name of an
// organisation or a place or one of titleOpeners. It is "" when unit k is
// no "and" or no such role ends there.
func (st *Stage) joinedTitle(s *sent, k int) (string, int) {
	if k < 1 || s.units[k].word != "and" {
		return "", 0
	}
	opensTitle := func(v int) bool { // what may stand before the first title
		if v < 0 {
			return true
		}
		y := &s.units[v]
		return y.ment >= 0 && y.mkind == kindName && (y.etype == entOrg || y.etype == entPlace) || titleOpeners[y.word]
	}
	var bufArr [96]byte
	buf := bufArr[:0]
	for n := min(k, st.r.roleMax); n >= 1; n-- {
		buf = buf[:0]
		ok := true
		for _, y := range s.units[k-n : k] {
			if y.ment >= 0 || y.boundary {
				ok = false
				break
			}
			if len(buf) > 0 {
				buf = append(buf, ' ')
			}
			buf = append(buf, y.word...)
		}
		if !ok {
			continue
		}
		if role, found := st.r.roles[string(buf)]; found && !vagueTitle[role] && opensTitle(k-n-1) {
			return role, k - n
		}
	}
	return "", 0
}

// portfolio returns the office of state that the name at unit k and the
// title after it make together ("Defence Secretary X", "Northern Ireland
// Secretary X"), where the names stage took the portfolio for a name of its
// own: the post is the country's, not Defence's.
func (st *Stage) portfolio(s *sent, k int, title []byte) (string, bool) {
	if k < 0 || k >= len(s.units) || s.units[k].ment < 0 || s.units[k].mkind != kindName {
		return "", false
	}
	y := &s.units[k]
	c, ok := st.r.roles[strings.ToLower(s.doc.Text[y.Start:y.End])+" "+string(title)]
	return c, ok && stateOffice(c)
}

// bandRoles are the places in a band that are posts of the band (class
// bandroles of classes.tsv: "drummer", "guitarist", "frontwoman").
var bandRoles = wordSet("bandroles")

// bandPostRule is the rule of posts in a band read from the mention
// stage's memberships.
const bandPostRule = "post in a band"

// bandPosts adds to the mention stage's facts the post in a band that a
// membership read from a description tells by a place in the band
// ("Velvet Static drummer Jonny Pike", "Jonny Pike, the Velvet Static
// guitarist,"): the person holds that post in the band, which its
// departure may end ("has left the band").
func bandPosts(text string, facts []hearsay.Fact) []hearsay.Fact {
	n := len(facts)
	for i := 0; i < n; i++ {
		f := facts[i]
		if f.Type != "member_of" || len(f.Args) != 2 || f.Args[1].Entity < 0 || f.Polarity != hearsay.Pos || !strings.HasPrefix(f.Rule, "entity-") {
			continue
		}
		t := f.Trigger
		if t.Start < 0 || t.End > len(text) || t.Start >= t.End {
			continue
		}
		role := strings.ToLower(text[t.Start:t.End])
		if !bandRoles[role] {
			continue
		}
		p := f
		p.Type = "position_held"
		p.Args = []hearsay.Arg{f.Args[0], {Entity: -1, Literal: role}, f.Args[1]}
		p.Rule = bandPostRule
		facts = append(facts, p)
	}
	return facts
}

// withoutLeagueMembers drops the memberships the mention stage read from a
// league's name written before a person's trade ("the Premier League
// footballer X", "NFL linebacker X"): a player plays in a league, for a
// club (leagues.txt).
func withoutLeagueMembers(doc *hearsay.Document, facts []hearsay.Fact, leagues map[string]bool) []hearsay.Fact {
	out := facts[:0]
	for _, f := range facts {
		if a := f.Args; f.Type == "member_of" && f.Rule == "entity-premodifier" && len(a) == 2 && a[1].Entity >= 0 &&
			a[1].Entity < len(doc.Entities) && leagues[strings.ToLower(doc.Entities[a[1].Entity].Name)] {
			continue
		}
		out = append(out, f)
	}
	return out
}

// withoutTitlePersons drops the facts about a person whom the names stage
// named by a post alone ("Director" in "Arvind Rao, Executive Director of
// Sundaram Steel,"): a one-word name that is a post of roles.txt names no
// one.
func withoutTitlePersons(doc *hearsay.Document, facts []hearsay.Fact, roles map[string]string) []hearsay.Fact {
	out := facts[:0]
	for _, f := range facts {
		if titlePerson(doc, f, roles) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// titlePerson reports whether one of fact f's people is named by a post
// alone.
func titlePerson(doc *hearsay.Document, f hearsay.Fact, roles map[string]string) bool {
	for _, a := range f.Args {
		if a.Entity < 0 || a.Entity >= len(doc.Entities) {
			continue
		}
		e := &doc.Entities[a.Entity]
		if e.Type != hearsay.Person || e.Unnamed || strings.ContainsAny(e.Name, " -.") {
			continue
		}
		if _, ok := roles[strings.ToLower(e.Name)]; ok {
			return true
		}
	}
	return false
}

// houseNouns are the nouns of an organisation that a title may open with
// in place of its name (class housenouns of classes.tsv: "club captain X").
var houseNouns = wordSet("housenouns")

// houseOrg returns the organisation the article is about when it is no
// news outlet, for a title that names its organisation by its kind only
// ("Club chairman X"); -1 when there is none.
func houseOrg(doc *hearsay.Document) int {
	e := salient(doc, hearsay.Org)
	if e < 0 || newsOrg(doc.Entities[e]) {
		return -1
	}
	return e
}

// orgWithNoun returns the one organisation whose name holds the noun
// ("Northfield University" for "university"), or -1 when none or several do.
func orgWithNoun(doc *hearsay.Document, noun string) int {
	return soleOrgWithNoun(doc, noun, func(hearsay.Entity) bool { return true })
}

// soleOrgWithNoun returns the one organisation that keep holds for whose
// name holds the noun, or -1 when there is none or more than one.
// Of several, it returns the one whose name the noun heads, when only one
// is ("University of Carrow" beside "University and College Union").
func soleOrgWithNoun(doc *hearsay.Document, noun string, keep func(hearsay.Entity) bool) int {
	found, headed, heads := -1, -1, 0
	several := false
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type != hearsay.Org || !keep(*e) {
			continue
		}
		ws := strings.Fields(strings.ToLower(e.Name))
		if !slices.Contains(ws, noun) {
			continue
		}
		if found >= 0 {
			several = true
		}
		found = i
		if nameHead(ws) == noun {
			headed, heads = i, heads+1
		}
	}
	if several {
		if heads == 1 {
			return headed
		}
		return -1
	}
	return found
}

// nameHead returns the word that heads a name of lowercased words: the
// word before its first "of" ("university" of "university of carrow"),
// else its last word ("union").
func nameHead(ws []string) string {
	for i, w := range ws {
		if w == "of" && i > 0 {
			return ws[i-1]
		}
	}
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// joinWords appends the words joined by spaces to buf, as strings.Join
// would make them.
func joinWords(buf []byte, ws []string) []byte {
	for i, w := range ws {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, w...)
	}
	return buf
}

// lowerTail reports whether a name ends in a hyphenated lowercase word
// ("Brooklyn-born", "Texas-raised", "London-based"): such a compound
// describes the person, not the organisation of a post.
func lowerTail(name string) bool {
	i := strings.LastIndexByte(name, '-')
	return i >= 0 && i+1 < len(name) && name[i+1] >= 'a' && name[i+1] <= 'z'
}

// vagueTitle roles say too little alone before a name ("longtime deputy X").
var vagueTitle = wordSet("vaguetitle")

// pastPrefixLen returns the length of the prefix of a past title that
// title opens with ("then-governor", "ex-mayor") and more follows, 0 for
// none.
func pastPrefixLen[T string | []byte](title T) int {
	for _, p := range pastPrefixes {
		if len(title) > len(p) && string(title[:len(p)]) == p {
			return len(p)
		}
	}
	return 0
}

// ownedTitle reports whether unit y, written before "former" and a title,
// says whose post it was (a name, a capitalised word, a possessive
// determiner): a post read by other rules or none, not the article's.
func ownedTitle(y *unit) bool {
	return y.ment >= 0 || y.capital && !articles[y.word] || determiners[y.word] && !articles[y.word]
}

// formerTitle are the words of pastTitle that, written before a title,
// make it a post held before the news ("former finance director X").
var formerTitle = map[string]bool{"former": true, "ex": true, "onetime": true, "one-time": true, "erstwhile": true}

// pastPrefixes make a title one held before ("then-governor").
var pastPrefixes = [...]string{"then-", "ex-", "former-"}

// mayOpenRole reports whether a title of the resources' roles may start
// at unit x, from the lexicon: a phrase of roles starts with a word that
// the phrase holds before its first space (headBit), or with one of
// pastPrefixes; a word that holds a space is not looked up.
func mayOpenRole(x *unit) bool {
	w := x.word
	if x.info == nil || strings.Contains(w, " ") {
		return true
	}
	for _, p := range pastPrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return x.info.lit&headBit(litRoles) != 0
}

// pastTitle words make a title one held before ("former finance minister").
var pastTitle = wordSet("pasttitle")

// titleOf returns the organisation or place a titled name at unit u holds
// its title of ("King Albrecht of Valmora"), or an open argument.
func (s *sent) titleOf(u int) hearsay.Arg {
	if u+2 >= len(s.units) || s.units[u+1].word != "of" {
		return hearsay.Arg{Entity: -1}
	}
	x := &s.units[u+2]
	if x.ment < 0 || x.mkind != kindName || len(x.ents) != 1 || x.etype != entPlace && x.etype != entOrg {
		return hearsay.Arg{Entity: -1}
	}
	return entArg(s.doc, x.ents[0])
}

// openArg reports whether argument a names nothing: no entity, no literal.
func openArg(a hearsay.Arg) bool { return a.Entity < 0 && a.Literal == "" }

// maxOfWords is the most capitalised words unnamedTitleOf reads.
const maxOfWords = 3

// unnamedTitleOf returns, as a literal, the capitalised words that "of"
// puts right after the titled name at unit u when no entity holds them
// ("President Omar Hadi of Elbonia said"): the title's country or
// organisation, which the article's own is not. It is an open argument
// when no such words follow.
func (s *sent) unnamedTitleOf(u int) hearsay.Arg {
	k := u + 2
	if k >= len(s.units) || s.units[u+1].word != "of" {
		return hearsay.Arg{Entity: -1}
	}
	var words []string
	for ; k < len(s.units) && len(words) < maxOfWords; k++ {
		x := &s.units[k]
		if len(x.ents) > 0 || !x.capital || x.boundary || !isLetters(strings.ReplaceAll(x.word, " ", "")) {
			break
		}
		words = append(words, s.doc.Text[x.Start:x.End])
	}
	if len(words) == 0 || k < len(s.units) && len(s.units[k].ents) > 0 {
		return hearsay.Arg{Entity: -1}
	}
	return hearsay.Arg{Entity: -1, Literal: strings.Join(words, " ")}
}

// isLetters reports whether w is made of letters only.
func isLetters(w string) bool {
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return w != ""
}

// fromLinks are the words between "from" and the organisation a person
// told with a title comes from (data/classes.tsv).
var fromLinks = wordSet("fromlinks")

// titleFrom returns the organisation a person named at unit u, with a title
// before the name, comes from: the one named after "from" right after the
// name or its age, past words of class fromlinks ("has poached finance
// director X from rival Y", "hired sales director X, 44, from Z"). The
// title is a post held there, besides the one the text may go on to give. It is an open argument when no
// organisation follows, or a place does ("managing director X from
// Leeds").
func (s *sent) titleFrom(u int) hearsay.Arg {
	k := u + 1
	if k+3 < len(s.units) && s.units[k].word == "," && isNumber(s.units[k+1].word) && s.units[k+2].word == "," {
		k += 3 // "X, 44, from Y"
	}
	if k >= len(s.units) || s.units[k].word != "from" {
		return hearsay.Arg{Entity: -1}
	}
	k++
	for k < len(s.units) && s.units[k].ment < 0 && fromLinks[s.units[k].word] {
		k++
	}
	if k >= len(s.units) {
		return hearsay.Arg{Entity: -1}
	}
	x := &s.units[k]
	if x.ment < 0 || x.mkind != kindName || len(x.ents) != 1 || x.etype != entOrg || newsOrg(s.doc.Entities[x.ents[0]]) {
		return hearsay.Arg{Entity: -1}
	}
	return entArg(s.doc, x.ents[0])
}

// titleOrg returns the organisation of the title a titled name at unit u
// carries: the one named after it ("King Albrecht of Valmora") or, failing
// that, the organisation named right before it ("Datalink Chief Executive
// Peter Vance"), or an open argument.
func (s *sent) titleOrg(u int) hearsay.Arg {
	if a := s.titleOf(u); a.Entity >= 0 {
		return a
	}
	if a := s.unnamedTitleOf(u); a.Literal != "" {
		return a
	}
	if u < 1 {
		return hearsay.Arg{Entity: -1}
	}
	y := &s.units[u-1]
	if y.ment < 0 || y.mkind != kindName || len(y.ents) != 1 || newsOrg(s.doc.Entities[y.ents[0]]) {
		return hearsay.Arg{Entity: -1}
	}
	if y.etype != entOrg {
		return hearsay.Arg{Entity: -1}
	}
	return entArg(s.doc, y.ents[0])
}

// partyOpen returns the organisation argument of a title's position, or an
// open one when the title is an office of state and the organisation is
// the holder's party, as the mention stage read it ("Labour MP Jane Holt"
// sits for a constituency, not for Labour).
func partyOpen(doc *hearsay.Document, args []hearsay.Arg) hearsay.Arg {
	org := args[2]
	if org.Entity < 0 || args[0].Entity < 0 || !stateOffice(args[1].Literal) {
		return org
	}
	for _, f := range doc.Facts {
		if f.Type == "member_of" && len(f.Args) == 2 && f.Args[0].Entity == args[0].Entity && f.Args[1].Entity == org.Entity && strings.HasPrefix(f.Rule, "entity-") {
			return hearsay.Arg{Entity: -1}
		}
	}
	return org
}

// royalTitles stay in a canonical name and still name an office.
var royalTitles = wordSet("royaltitles")

// nameStartsWith reports whether a person's canonical name begins with the
// word(s) w (the mention stage keeps titles out of canonical names, so a
// role word there is part of the name).
func nameStartsWith(name, w string) bool {
	ws := strings.Fields(strings.ToLower(name))
	ts := strings.Fields(w)
	if len(ws) <= len(ts) {
		return false
	}
	for i, t := range ts {
		if ws[i] != t {
			return false
		}
	}
	return true
}

// An outletSeen is the last outlet named as a source, and where, once set.
type outletSeen struct {
	src  hearsay.Source
	sent int
	set  bool
}

// outletContext lets the outlet an article cites stand behind its later
// anonymous sources ("insiders told Us Weekly ... one source said" is Us
// Weekly's source) and behind "the magazine" (for up to three sentences),
// and returns the outlet now in view.
func (st *Stage) outletContext(frames []*frame, last outletSeen, si int) outletSeen {
	for _, f := range frames {
		if len(f.chain) == 0 {
			continue
		}
		c0 := f.chain[0]
		if last.set && si-last.sent <= 3 && c0.Entity < 0 && definiteOutlet(c0.Text) {
			f.chain[0].Text, f.chain[0].Entity, f.chain[0].Kind = last.src.Text, last.src.Entity, hearsay.OutletSource
			continue
		}
		if c0.Kind == hearsay.OutletSource && !definiteOutlet(c0.Text) && !sameLower(c0.Text, "reports") {
			last = outletSeen{src: c0, sent: si, set: true}
			continue
		}
		if last.set && si-last.sent <= 3 && len(f.chain) == 1 && c0.Kind == hearsay.AnonymousSource && !st.publicSource(c0.Text) {
			f.chain = append([]hearsay.Source{last.src}, f.chain...)
		}
	}
	return last
}

// sameLower reports whether strings.ToLower(text) is lower, with nothing
// allocated for short ASCII text.
func sameLower(text, lower string) bool {
	var buf [32]byte
	return string(appendLower(buf[:0], text)) == lower
}

// publicSource reports whether an anonymous source is the public speaking
// for itself ("some fans", "eagle-eyed followers"), never an outlet's informant.
func (st *Stage) publicSource(text string) bool {
	last, n := lastField(text) // lowercased, the last field of the lowercased text
	var buf [32]byte
	return n > 0 && st.r.publicNouns[string(appendLower(buf[:0], strings.Trim(last, ".,")))]
}

// definiteOutlet reports whether a source is a definite reference to a
// publication ("the magazine", "the paper").
func definiteOutlet(text string) bool {
	var buf [32]byte
	return definiteOutlets[string(appendLower(buf[:0], text))]
}

// definiteOutlets are the phrases of definiteOutlet (data/classes.tsv).
var definiteOutlets = wordSet("definiteoutlets")

// denials reads answers to an earlier claim: a source that dismisses "the
// report" or "the rumors" in a sentence where no fact of its own is read
// ("a palace spokesperson dismissed the report as pure invention") denies
// the claim read last before it (within four sentences) that was reported,
// rumored or speculated. The denial is a fact of its own: denied, negative,
// with the answering source.
func (st *Stage) denials(raws []*raw, frames []*frame, sents []*sent) []*raw {
	var out []*raw
	type answer struct {
		topic *raw
		at    int // where its speaker starts
	}
	var answered map[answer]bool // the claims answered, by the speakers that answer them
	for _, f := range frames {
		if f.used || f.s == nil {
			continue
		}
		s := f.s
		window := 4
		relative := st.relativeDenial(f)
		noComment, confirm := false, false
		if !relative && !st.answersClaim(s, f) {
			switch {
			case st.deniesInScope(s, f):
				window = 1 // "his team said Beckett was 'a member of the band and nothing more'" answers the sentence before
			case st.cueInScope(s, f, "nocomment"):
				noComment = true // "a rep said there was 'nothing to announce'"
			case st.confirmsClaim(s, f):
				confirm = true // "a spokesperson confirmed the news to ESPN"
			default:
				continue
			}
		}
		var topic *raw
		for _, rw := range raws {
			if relative && (rw.s != s || rw.f.Trigger.Start >= f.subject.Start) || !relative && rw.s.idx > s.idx || !relative && rw.s == s && !butBetween(s, rw.f.Trigger.End, f.subject.Start) {
				continue // a relative denial answers its own sentence's claim, others the sentences before or a claim before ", but"
			}
			if rw.f.Type == "born" || rw.echo && !partnerOpen(rw) && !orgOpen(rw) || rw.s.idx < s.idx-window {
				continue // a claim with its partner still open ("claimed the duchess was pregnant") is answered too
			}
			switch rw.f.Modality {
			case hearsay.Reported, hearsay.Rumored, hearsay.Speculated:
			default:
				continue
			}
			if n := len(rw.f.Sources); n > 0 && rw.f.Sources[n-1].Kind == hearsay.OfficialSource {
				continue // a filing or a record is not the claim a denial answers
			}
			// the last claim, a relationship before anything else ("denied
			// the allegations" answers the affair, not where the pair was seen),
			// and of people the article names before one with someone it does
			// not name (a sighting "with a young sommelier" beside the split)
			if topic == nil || personal(rw.f.Type) && !personal(topic.f.Type) || personal(rw.f.Type) == personal(topic.f.Type) && laterOrNamed(rw, topic) {
				topic = rw
			}
		}
		if topic == nil {
			topic = st.troubleTopic(raws, sents, s)
		}
		if topic == nil || answered[answer{topic, f.subject.Start}] {
			continue // two readings of one speaker ("Hale's publicist (called the claims)") answer the claim once
		}
		if answered == nil {
			answered = map[answer]bool{}
		}
		answered[answer{topic, f.subject.Start}] = true
		sl := s.slab()
		cp := sl.rawOf(*topic)
		cp.f.Args = append(sl.argList(len(topic.f.Args)), topic.f.Args...) // its own, for an open partner filled later
		cp.s = s
		cp.frame = f
		cp.f.Sources = principalize(append([]hearsay.Source(nil), f.chain...), cp.f.Args)
		cp.f.Modality, cp.f.Polarity = hearsay.Denied, hearsay.Neg
		if noComment {
			cp.f.Modality, cp.f.Polarity = hearsay.Uncertain, topic.f.Polarity
			if cp.f.Time != nil && cp.f.Time.Value != "PRESENT_REF" {
				cp.f.Time = nil // an answer that says nothing dates nothing ("no comment" on the ring seen last weekend)
			}
		}
		cp.f.Sentence, cp.f.Evidence, cp.f.Trigger = s.idx, sl.one(s.idx), f.subject
		cp.f.Derived, cp.f.Reason = true, "a denial of the claim read before it"
		if noComment {
			cp.f.Reason = "an answer that neither confirms nor denies the claim read before it"
		}
		if confirm {
			cp.f.Modality, cp.f.Polarity = confirmedModality(cp.f.Sources), topic.f.Polarity
			cp.f.Reason = "a confirmation of the claim read before it"
		}
		cp.noun = false
		f.used = true
		out = append(out, cp)
	}
	return out
}

// laterOrNamed reports whether claim rw rather than topic is the one a
// denial answers, of two claims of the same kind: the one between people
// the article names, else the later one.
func laterOrNamed(rw, topic *raw) bool {
	if u, t := rw.unnamedArg(0) || rw.unnamedArg(1), topic.unnamedArg(0) || topic.unnamedArg(1); u != t {
		return t
	}
	return rw.s.idx >= topic.s.idx
}

// partnerOpen reports whether a raw fact is a couple's event whose partner
// the article has yet to give ("the duchess was pregnant").
func partnerOpen(rw *raw) bool {
	return partnerTypes.has(rw.f.Type) && len(rw.f.Args) == 2 && rw.f.Args[0].Entity >= 0 && rw.f.Args[1].Entity < 0 && rw.f.Args[1].Literal == ""
}

// butBetween reports whether ", but" stands in sentence s between the
// offsets from and to ("insiders claimed they had split, but her rep said
// the couple are still going strong": the answer to the claim before it).
func butBetween(s *sent, from, to int) bool {
	if from >= to {
		return false
	}
	for k := range s.units {
		x := &s.units[k]
		if x.Start >= from && x.End <= to && x.word == "but" && k > 0 && s.units[k-1].word == "," {
			return true
		}
	}
	return false
}

// orgOpen reports whether a raw fact is a change of post whose organisation
// the article has yet to give ("rumors that he planned to step down as
// chairman"): the claim a denial answers all the same.
func orgOpen(rw *raw) bool {
	a := rw.f.Args
	return len(a) == 3 && a[0].Entity >= 0 && a[1].Literal != "" && a[2].Entity < 0 && a[2].Literal == ""
}

// personal reports whether a fact type is a relationship or family event
// between people (what denials are mostly about).
func personal(t string) bool {
	switch t {
	case "dating", "engaged", "married", "separated", "divorced", "affair", "expecting_child", "met":
		return true
	}
	return false
}

// troubleTopic reads the claim a denial answers when no fact was read: a
// couple's trouble told in the denial's sentence or the one before ("rumors
// of trouble first surfaced last month", "the pair had hit a rough patch")
// is a rumoured split of the couple last named, at the time of that sentence.
func (st *Stage) troubleTopic(raws []*raw, sents []*sent, s *sent) *raw {
	for si := s.idx; si >= 0 && si >= s.idx-1; si-- {
		ts := sents[si]
		if ts == nil || !st.hasCue(ts, "trouble") {
			continue
		}
		var couple *raw
		for _, rw := range raws { // the couple named last before, or else first after
			if !rw.echo && isRelation(rw.f.Type) && len(rw.f.Args) == 2 && rw.f.Args[0].Entity >= 0 && rw.f.Args[1].Entity >= 0 {
				if couple != nil && rw.s.idx > s.idx {
					break
				}
				couple = rw
			}
		}
		if couple == nil {
			return nil
		}
		cp := *couple
		cp.s = ts
		cp.f.Type = "separated"
		cp.f.Time = nil
		for _, ti := range sentTimexes(s.doc, si) {
			if t := s.doc.Timexes[ti]; t.Type == hearsay.Date && t.Value != "" {
				lo, hi := bounds(t)
				cp.f.Time = &hearsay.FactTime{Value: t.Value, Mod: t.Mod, Earliest: lo, Latest: hi, Timex: ti}
				break
			}
		}
		cp.f.Qualifiers = nil
		return &cp
	}
	return nil
}

// deniesInScope reports whether a denial cue stands in what a frame's
// source says (its complement or quotation).
func (st *Stage) deniesInScope(s *sent, f *frame) bool {
	return st.cueInScope(s, f, "denied")
}

// cueInScope reports whether a cue of the kind stands in what a frame's
// source says (its complement or quotation).
func (st *Stage) cueInScope(s *sent, f *frame, kind string) bool {
	for u := range s.units {
		x := &s.units[u]
		if x.Start < f.scope.Start || x.End > f.scope.End {
			continue
		}
		for _, c := range st.r.cuesAt(s, u) {
			if c.kind == kind {
				return true
			}
		}
	}
	return false
}

// hasCue reports whether the sentence holds a cue of the kind.
func (st *Stage) hasCue(s *sent, kind string) bool {
	for u := range s.units {
		for _, c := range st.r.cuesAt(s, u) {
			if c.kind == kind {
				return true
			}
		}
	}
	return false
}

// confirmsClaim reports whether a frame confirms a claim named back right
// after its verb ("confirmed the news", "confirmed the split to People").
func (st *Stage) confirmsClaim(s *sent, f *frame) bool {
	switch f.verb {
	case "confirmed", "confirms", "confirm":
	default:
		return false
	}
	v := s.unitAt(f.subject.End-1) + 1 // the verb
	if v <= 0 {
		return false
	}
	for u := v + 1; u < len(s.units) && u <= v+4; u++ {
		x := &s.units[u]
		if x.ment == -1 && x.is(clsClaimNoun) {
			if u+2 < len(s.units) && s.units[u+1].word == "to" && len(f.chain) > 0 && f.chain[0].Kind != hearsay.OutletSource {
				if out, n := outletAt(s, u+2); n > 0 {
					f.chain = append([]hearsay.Source{out}, f.chain...) // "confirmed the news to ESPN"
				}
			}
			return true
		}
		if x.boundary || x.ment != -1 {
			return false
		}
	}
	return false
}

// confirmedModality is the modality of a claim a source confirms: asserted
// when a first-hand party or a record confirms it, else reported.
func confirmedModality(chain []hearsay.Source) hearsay.Modality {
	if n := len(chain); n > 0 {
		switch chain[n-1].Kind {
		case hearsay.PrincipalSource, hearsay.RepresentativeSource, hearsay.OfficialSource:
			return hearsay.Asserted
		}
	}
	return hearsay.Reported
}

// answersClaim reports whether a frame's words dismiss a claim named by an
// anaphoric noun ("denied the report", "dismissed the rumors as false") or
// affirm what the claim disputes ("said the couple are still together").
func (st *Stage) answersClaim(s *sent, f *frame) bool {
	if st.r.rebutVerbs[f.verb] {
		return true // "the manager insisted the couple were not going anywhere"
	}
	claim, denial := false, false
	for u := range s.units {
		x := &s.units[u]
		if f.quoted && f.scope.Start <= x.Start && x.End <= f.scope.End {
			for _, c := range st.r.cuesAt(s, u) {
				if c.kind == "counter" {
					return true // "We are very much together," she wrote
				}
			}
		}
		if x.Start < f.subject.Start {
			continue
		}
		if f.after >= 0 && f.scope.End > f.subject.End && x.Start >= f.scope.End {
			break // "A claimed X, but B denied any romance": B's denial is not A's answer
		}
		if x.ment == -1 && (x.is(clsClaimNoun) || claimIt(s, u)) {
			claim = true
		}
		for _, c := range st.r.cuesAt(s, u) {
			switch c.kind {
			case "denied":
				denial = true
			case "counter":
				return true // "the couple are still together"
			}
		}
	}
	return claim && denial
}

// claimIt reports whether unit u is an "it" that a verb of denial takes
// as its whole object ("Orme denied it on Monday", "a spokesman dismissed
// it as nonsense"): the claim told before, not the subject of a clause of
// its own ("denied it was over").
func claimIt(s *sent, u int) bool {
	if s.units[u].word != "it" || u == 0 || !itDenials[s.units[u-1].word] {
		return false
	}
	if u+1 >= len(s.units) {
		return true
	}
	n := &s.units[u+1]
	return n.boundary || n.ment == -1 && itEnds[n.word]
}

// itDenials are the verbs of claimIt; itEnds the words that may follow
// their "it" when it is the whole object.
var (
	itDenials = map[string]bool{"denied": true, "denies": true, "deny": true, "denying": true, "dismissed": true, "dismisses": true,
		"rejected": true, "rejects": true, "refuted": true, "refutes": true}
	itEnds = map[string]bool{",": true, ".": true, ";": true, "on": true, "in": true, "at": true, "last": true, "this": true,
		"to": true, "as": true, "through": true, "via": true, "outright": true, "flatly": true, "strongly": true, "before": true,
		"after": true, "and": true, "but": true, "yesterday": true, "today": true, "earlier": true, "later": true}
)

// leadPair returns the two people the article mentions most (each at least
// twice, the second at least half as often as the first), for "the couple"
// when no group or relation has been read; nil when there are no such two.
func leadPair(doc *hearsay.Document) []int {
	a, b := -1, -1
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type != hearsay.Person || len(e.Mentions) < 2 {
			continue
		}
		switch {
		case a < 0 || len(e.Mentions) > len(doc.Entities[a].Mentions):
			a, b = i, a
		case b < 0 || len(e.Mentions) > len(doc.Entities[b].Mentions):
			b = i
		}
	}
	if a < 0 || b < 0 || 2*len(doc.Entities[b].Mentions) < len(doc.Entities[a].Mentions) {
		return nil
	}
	return []int{min(a, b), max(a, b)}
}

// lastCouple returns the two people of the last relationship fact read, for
// "the couple" when no mention names a group.
func lastCouple(raws []*raw) []int {
	for i := len(raws) - 1; i >= 0; i-- {
		f := raws[i].f
		if !isRelation(f.Type) && f.Type != "met" && f.Type != "affair" || raws[i].echo || len(f.Args) != 2 || f.Args[0].Entity < 0 || f.Args[1].Entity < 0 {
			continue // "X met Y in 2015. They began dating soon after."
		}
		return []int{f.Args[0].Entity, f.Args[1].Entity}
	}
	return nil
}

// setIDs numbers facts after the n the document holds ("f1", "f2", ...):
// the identifiers are parts of one string made at once.
func setIDs(facts []hearsay.Fact, n int) {
	buf := make([]byte, 0, 5*len(facts))
	ends := make([]int, len(facts))
	for i := range facts {
		buf = strconv.AppendInt(append(buf, 'f'), int64(n+i+1), 10)
		ends[i] = len(buf)
	}
	ids, start := string(buf), 0
	for i := range facts {
		facts[i].ID, start = ids[start:ends[i]], ends[i]
	}
}

// matchSentence reads the facts of one sentence with every pattern, into
// the storage of buf (whose facts it overwrites).
func (st *Stage) matchSentence(s *sent, frames []*frame, buf []*raw) []*raw {
	here := buf[:0]
	if s.m == nil {
		s.memo(st.r)
	}
	present := s.m.present
	m := s.m
	m.candList = st.r.byNeed.candidates(m.setIDs, m.cands(st.r.byNeed.candidateBuf()), m.candList)
	idx := &st.r.byNeed
	for _, i := range m.candList {
		f := idx.filter(i)
		if f[0] > 2 && !f.viable(present) { // a filter of two numbers has nothing else to test (see patFilter)
			continue
		}
		p := st.r.patterns[i]
		found := s.matchAll(st.r, p, f)
		for i := range found {
			m.raws = st.makeRaws(s, p, &found[i], m.raws[:0], here)
			for _, rw := range m.raws {
				st.attribute(rw, frames)
				if rw.moot {
					continue // "faced calls to resign as leader": no resignation
				}
				here = append(here, rw)
			}
		}
	}
	clear(m.raws)
	return dropReread(here)
}

// dropReread drops the facts read of a group mention that another fact of
// the same type in the sentence passes over as the pair it names ("X was
// seen with Y, sparking speculation that the two were more than friends":
// the two are X and Y, whoever the group was first taken for).
func dropReread(here []*raw) []*raw {
	var passed []hearsay.Span
	for _, h := range here {
		if p := h.b.slots[slotP]; p.set && !h.echo {
			passed = append(passed, p.span)
		}
	}
	if len(passed) == 0 {
		return here
	}
	out := here[:0]
	for _, rw := range here {
		ab := rw.b.slots[slotAB]
		if ab.set && !rw.b.slots[slotP].set && slices.Contains(passed, ab.span) && rereadBy(here, rw, ab.span) {
			continue
		}
		out = append(out, rw)
	}
	return out
}

// rereadBy reports whether a fact of rw's type with other arguments passes
// over the group at span.
func rereadBy(here []*raw, rw *raw, span hearsay.Span) bool {
	for _, h := range here {
		if h != rw && h.f.Type == rw.f.Type && h.b.slots[slotP].set && h.b.slots[slotP].span == span && !sameArgs(h.f, rw.f) {
			return true
		}
	}
	return false
}

// regroup makes a group word that follows a couple's fact in the same
// sentence ("X has been dating Y since 2021, and the couple got engaged";
// "X was linked to Y; they split") stand for that couple, and reports
// whether any unit changed (the sentence is then read again). A sentence
// with no couple's fact is not read for group words.
func (s *sent) regroup(here []*raw) bool {
	if !slices.ContainsFunc(here, couplesFact) {
		return false
	}
	changed := false
	for i := range s.units {
		x := &s.units[i]
		bare := x.ment == -1 && x.is(clsPluralPronoun) // "her husband X and their two sons": no group known before
		if !bare && (len(x.ents) < 2 || x.mkind != kindGroup && x.mkind != kindPronoun) {
			continue
		}
		var pair []int
		for _, rw := range here {
			f := rw.f
			if !couplesFact(rw) || f.Trigger.End > x.Start {
				continue
			}
			if sameSet(x.ents, []int{f.Args[0].Entity, f.Args[1].Entity}) {
				continue
			}
			// the couple is named in the fact's own match, before the group word
			if rw.b.first >= 0 && rw.b.first < len(s.units) && s.units[rw.b.first].Start < x.Start {
				pair = []int{f.Args[0].Entity, f.Args[1].Entity}
			}
		}
		if pair != nil {
			x.ents = pair
			if bare {
				x.ment, x.etype, x.mkind = -2, entPerson, kindPronoun
			}
			changed = true
		}
	}
	if changed {
		s.forget()
	}
	return changed
}

// couplesFact reports whether rw is a relationship fact read of its own
// (not an echo) between two entities, the couple regroup gives a group word.
func couplesFact(rw *raw) bool {
	f := &rw.f
	return !rw.echo && isRelation(f.Type) && len(f.Args) == 2 && f.Args[0].Entity >= 0 && f.Args[1].Entity >= 0
}

func sameSet(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// newbornWordSet tell the birth of a child with no name that someone had
// (classes.tsv newbornwords).
var newbornWordSet = wordSet("newbornwords")

// newbornWords reports whether the words of span, the description of
// children with no name, hold a word of newbornWordSet ("their first child",
// "a baby").
func (s *sent) newbornWords(sp hearsay.Span) bool {
	for _, w := range strings.Fields(s.doc.Text[sp.Start:sp.End]) {
		if newbornWordSet[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// unnamedOnly reports whether every entity of ents is a person the article
// does not name.
func (s *sent) unnamedOnly(ents []int) bool {
	for _, e := range ents {
		if e < 0 || e >= len(s.doc.Entities) || !s.doc.Entities[e].Unnamed {
			return false
		}
	}
	return len(ents) > 0
}

// parentAmongKids reports whether the parent of a fact of shared children is
// one of the children the match lists: "the couple's children, Ava and Leo"
// read with no couple before it takes the two children for the couple.
func parentAmongKids(b *binding, args []hearsay.Arg) bool {
	if len(args) != 2 || args[0].Entity < 0 {
		return false
	}
	for _, e := range b.slots[slotKids].ents {
		if e == args[0].Entity {
			return true
		}
	}
	return false
}

// sameSurname reports whether the first two arguments are people whose
// names, of two words or more, end with the same word, or are given names
// alone: the spouse a survivor list writes in brackets bears the surname
// ("Karen (Dale) Brekke"), an actor named in brackets after a role does not
// ("Dean (Jensen Ackles)").
func sameSurname(doc *hearsay.Document, args []hearsay.Arg) bool {
	if len(args) < 2 || args[0].Entity < 0 || args[1].Entity < 0 {
		return false
	}
	a, b := strings.Fields(doc.Entities[args[0].Entity].Name), strings.Fields(doc.Entities[args[1].Entity].Name)
	if len(a) == 1 && len(b) == 1 {
		return true // "her sons Brendan (Anne) and Kevin (Louise)": given names alone
	}
	return len(a) >= 2 && len(b) >= 2 && strings.EqualFold(a[len(a)-1], b[len(b)-1])
}
