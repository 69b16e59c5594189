// Package query answers the questions people who follow the news ask of the
// knowledge base: where two people stand as of a date (Status), what happened
// in a person's life (Timeline), who a name can mean (Person), which claims
// are made and how they stand (Claims, Claim), how reliable outlets are with
// anonymous sources (Outlets), and where sources disagree (Contradictions).
//
// Every command-line query and every HTTP handler calls these functions:
// there is no second implementation. An Engine reads the cross-document
// layer that package kb builds and persists in the store; it never writes.
//
// Dates are "YYYY-MM-DD" strings. An empty as-of date means "everything
// stored"; a non-empty one restricts every answer to the articles published
// on or before that day. Lists take a Page (limit and offset) and report
// the total number of items before paging.
package query

import (
	"context"
	"errors"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/kb"
)

// Sentinel errors, wrapped with context; test with errors.Is.
var (
	// ErrUnknownPerson means no person in the knowledge base has the name.
	ErrUnknownPerson = errors.New("unknown person")
	// ErrNotFound means no claim or person has the given id.
	ErrNotFound = errors.New("not found")
	// ErrBadDate means an as-of date is not YYYY-MM-DD.
	ErrBadDate = errors.New("date must be a calendar day, YYYY-MM-DD")
	// ErrBadConfidence means a minimum confidence is not a number from 0
	// to 1.
	ErrBadConfidence = errors.New("confidence must be a number from 0 to 1")
	// ErrBadSort means a claim order is neither "newest" nor "confidence".
	ErrBadSort = errors.New(`sort must be "newest" or "confidence"`)
	// ErrBadFilter means a claim filter names a fact type, status or
	// modality that does not exist.
	ErrBadFilter = errors.New("bad filter")
)

// An Engine answers queries over a knowledge base.
type Engine struct {
	r     kb.Reader
	rules *kb.Rules
	err   error // from loading the embedded rules; returned by every query
}

// New returns an Engine reading from r (for the embedded store,
// sqlkb.New(store)).
func New(r kb.Reader) *Engine {
	rules, err := kb.LoadRules()
	return &Engine{r: r, rules: rules, err: err}
}

// A Page selects a window of a list. Limit 0 means no limit.
type Page struct {
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}

// A PersonRef names a resolved person.
type PersonRef struct {
	ID   string `json:"id"`   // stable knowledge-base id, e.g. "elise-navarro", "tom-hadley-2"
	Name string `json:"name"` // canonical name
}

// A Report is one article's telling of a claim: one step of its history.
type Report struct {
	Date     string `json:"date"`     // publication day of the article
	Doc      string `json:"doc"`      // document id
	Outlet   string `json:"outlet"`   // the article's outlet
	Modality string `json:"modality"` // asserted, reported, rumored, denied, speculated, uncertain
	Source   string `json:"source"`   // the attribution chain as text ("Starlight Weekly > insiders", outermost first), empty for the article's own voice
	// Confidence is the fact stage's estimate, in [0,1], that it read
	// this report's fact right; 0 when the fact was stored unscored.
	Confidence float64 `json:"confidence"`

	// Fields below are for pages that show the evidence; they are not part
	// of the status JSON.
	SourceKind string       `json:"-"` // kind of the innermost source: anonymous, representative, principal, official, ...
	Polarity   string       `json:"-"` // pos or neg
	Sentence   string       `json:"-"` // the main evidence sentence
	Span       hearsay.Span `json:"-"` // byte span of the evidence sentence in the document text
	Fact       string       `json:"-"` // the fact id within the document ("f3")
	Step       string       `json:"-"` // what the report did to the claim: see Steps
}

// Steps a report can take in a claim's history (Report.Step).
const (
	StepFirst         = "first report"
	StepCopy          = "copy"          // relays an earlier source ("insiders told Starlight Weekly")
	StepRepeat        = "repeat"        // the same source again
	StepCorroboration = "corroboration" // a new independent source
	StepDenial        = "denial"
	StepRetraction    = "retraction" // the first outlet takes it back
	StepConfirmation  = "confirmation"
	StepMention       = "mention" // speculation or doubt, no change
)

// A StatusClaim is one claim behind a status answer, in the exact JSON
// shape of `hearsay status --json`.
type StatusClaim struct {
	// ID is the claim's id: Engine.Claim (GET /api/claims/{id}, the claims
	// page) gives every report of it with its evidence sentence.
	ID       string            `json:"claim,omitempty"`
	Type     string            `json:"type"`
	Args     []string          `json:"args"`     // canonical names of the arguments (literals as written)
	Time     *hearsay.FactTime `json:"time"`     // the best-supported time, nil when unknown
	Status   string            `json:"status"`   // asserted, reported, rumored, disputed, denied, confirmed, retracted, superseded
	Modality string            `json:"modality"` // the strongest modality among the reports
	// Confidence is how likely the claim was read right from at least
	// one of its reports (kb.ClaimConfidence), as of the query's day.
	Confidence         float64  `json:"confidence"`
	FirstReported      *Report  `json:"first_reported"`
	IndependentSources []string `json:"independent_sources"` // original sources: outlets or first-hand parties
	Documents          []string `json:"documents"`           // ids of every article that reports it, oldest first
	History            []Report `json:"history"`             // oldest first
}

// A StatusResult is where two people stand as of a date.
type StatusResult struct {
	A       string        `json:"a"`     // canonical name of the first person
	B       string        `json:"b"`     // canonical name of the second person
	AsOf    string        `json:"as_of"` // the as-of day, empty for "everything stored"
	Summary string        `json:"summary"`
	Claims  []StatusClaim `json:"claims"`

	AID string `json:"-"` // knowledge-base id of A
	BID string `json:"-"` // knowledge-base id of B
}

// Status says where a and b (any name or alias) stand as of asOf. When a
// name is shared by several people, the one connected to the other person
// is taken. It fails with ErrUnknownPerson when a name is not known.
func (q *Engine) Status(ctx context.Context, a, b, asOf string) (*StatusResult, error) {
	return q.status(ctx, a, b, asOf)
}

// An Event is one fact on a person's timeline.
type Event struct {
	Date       string            `json:"date,omitempty"` // sortable start of the event: earliest day, "" when undated
	Time       *hearsay.FactTime `json:"time,omitempty"`
	Type       string            `json:"type"`
	Args       []string          `json:"args"`
	Text       string            `json:"text"`   // one-line description ("married Graham Pryce")
	Status     string            `json:"status"` // claim status as of the query date
	Modality   string            `json:"modality"`
	Confidence float64           `json:"confidence"` // the claim's (StatusClaim.Confidence); 0 for the birth interval, which no fact states
	Claim      string            `json:"claim"`      // claim id
	Sources    []string          `json:"sources"`    // independent sources
	Documents  []string          `json:"documents"`
	Conflict   bool              `json:"conflict,omitempty"` // another report gives an incompatible time
	// Ages are the stated ages a birth interval ("born") rests on, each
	// with its sentence; other events point to their evidence through
	// Claim (Engine.Claim).
	Ages []Age `json:"ages,omitempty"`
}

// An Age is one stated age behind a birth interval, with where it comes
// from: the document, the sentence and the span of the age's words.
type Age struct {
	Years    int          `json:"years"`
	At       string       `json:"at"`    // the day the age holds on
	Birth    kb.Interval  `json:"birth"` // the birth interval this age alone gives
	Date     string       `json:"date"`  // publication day of the article
	Doc      string       `json:"doc"`   // document id
	Outlet   string       `json:"outlet"`
	Sentence string       `json:"sentence"`          // the sentence that states the age; empty in knowledge bases built before ages kept it
	Span     hearsay.Span `json:"span"`              // byte span of the sentence in the document text
	AgeSpan  hearsay.Span `json:"age_span,omitzero"` // byte span of the age's words ("42-year-old")
}

// A TimelineResult is a person's dated events, oldest first, and the
// undated facts apart.
type TimelineResult struct {
	Person  PersonRef   `json:"person"`
	AsOf    string      `json:"as_of"`
	Birth   kb.Interval `json:"birth"` // empty when the stated ages conflict
	Total   int         `json:"total"` // dated events before paging
	Events  []Event     `json:"events"`
	Undated []Event     `json:"undated"`
}

// Timeline lists the dated events of person a as of asOf, oldest first;
// page applies to the dated events. When the name is shared, the person
// with the most evidence is taken (use TimelineByID to choose).
func (q *Engine) Timeline(ctx context.Context, a, asOf string, page Page) (*TimelineResult, error) {
	return q.timeline(ctx, a, "", asOf, page)
}

// TimelineByID is Timeline for a knowledge-base id.
func (q *Engine) TimelineByID(ctx context.Context, id, asOf string, page Page) (*TimelineResult, error) {
	return q.timeline(ctx, "", id, asOf, page)
}

// A PersonFact is one fact in a profile.
type PersonFact struct {
	Type       string            `json:"type"`
	Args       []string          `json:"args"`
	Time       *hearsay.FactTime `json:"time,omitempty"`
	Status     string            `json:"status"`
	Modality   string            `json:"modality"`
	Confidence float64           `json:"confidence"` // the claim's (StatusClaim.Confidence)
	Claim      string            `json:"claim"`
	Sources    []string          `json:"sources"`
	Documents  []string          `json:"documents"`
}

// A Person is the profile of one resolved person.
type Person struct {
	ID            string       `json:"id"`
	Name          string       `json:"name"`
	Aliases       []string     `json:"aliases"`
	Birth         kb.Interval  `json:"birth"`                    // intersection of the stated ages; empty when they conflict
	BirthConflict bool         `json:"birth_conflict,omitempty"` // stated ages contradict each other (see Contradictions)
	Ages          []Age        `json:"ages"`                     // the stated ages the birth interval rests on, oldest first
	Documents     int          `json:"documents"`                // articles that mention the person
	Facts         []PersonFact `json:"facts"`
	Related       []PersonRef  `json:"related"` // people who share a claim with this one
}

// Person lists every person the name (or alias) can mean, most documented
// first, as of asOf. It fails with ErrUnknownPerson when none.
func (q *Engine) Person(ctx context.Context, name, asOf string) ([]Person, error) {
	return q.person(ctx, name, asOf)
}

// PersonByID returns one person's profile.
func (q *Engine) PersonByID(ctx context.Context, id, asOf string) (*Person, error) {
	return q.personByID(ctx, id, asOf)
}

// People lists people whose name or an alias starts with prefix
// (case-insensitive; every person when empty), most documented first.
func (q *Engine) People(ctx context.Context, prefix string, page Page) ([]PersonRef, int, error) {
	return q.people(ctx, prefix, page)
}

// A Claim is one claim with its full evidence.
type Claim struct {
	StatusClaim
	ID string `json:"id"`
	// Evidence holds every report with its evidence sentence.
	Evidence []Evidence `json:"evidence"`
}

// Evidence is a report with its evidence, for claim pages.
type Evidence struct {
	Report
	SourceKind string       `json:"source_kind,omitempty"`
	Polarity   string       `json:"polarity"`
	Sentence   string       `json:"sentence"`
	Span       hearsay.Span `json:"span"` // byte span of the sentence in the document text
	Fact       string       `json:"fact"`
	Step       string       `json:"step"` // first report, copy, repeat, corroboration, denial, retraction, confirmation, mention
}

// Claim orders (ClaimFilter.Sort).
const (
	SortNewest     = "newest"     // newest first report first (the default)
	SortConfidence = "confidence" // most confident first, then newest first report
)

// A ClaimFilter selects claims. The zero value selects all.
type ClaimFilter struct {
	Entity        string  // only claims about this person (name, alias or id)
	Type          string  // only this fact type (any case)
	Modality      string  // only claims with a report of this modality (any case)
	Status        string  // only claims with this status (any case)
	Open          bool    // only claims neither confirmed nor denied (reported, rumored, disputed)
	MinConfidence float64 // only claims whose confidence (as of AsOf) is at least this, from 0 to 1; 0 selects all
	Sort          string  // SortNewest ("" too) or SortConfidence, in any case
	AsOf          string
	Page
}

// Claims lists the claims matching f in the order f.Sort names (newest
// first report first by default), and the total before paging. It fails
// with ErrBadConfidence, ErrBadSort or ErrBadFilter on a bad filter.
func (q *Engine) Claims(ctx context.Context, f ClaimFilter) ([]Claim, int, error) {
	return q.claims(ctx, f)
}

// Claim returns one claim by id as of asOf.
func (q *Engine) Claim(ctx context.Context, id, asOf string) (*Claim, error) {
	return q.claim(ctx, id, asOf)
}

// An OutletRecord is an outlet's track record on the claims it was first
// to report from anonymous sources: how many were confirmed, denied or are
// still open, and how many days ahead of the confirmation it was.
type OutletRecord = kb.OutletRecord

// Outlets lists outlets' track records, most claims first.
func (q *Engine) Outlets(ctx context.Context, asOf string, page Page) ([]OutletRecord, int, error) {
	return q.outlets(ctx, asOf, page)
}

// A Contradiction is a set of reports that cannot all be true: an empty
// birth intersection or incompatible times of a one-time event.
type Contradiction struct {
	Kind    string            `json:"kind"`    // "birth" or "time"
	Subject string            `json:"subject"` // "Elise Navarro" or "married Elise Navarro, Graham Pryce"
	Claim   string            `json:"claim,omitempty"`
	Entity  string            `json:"entity,omitempty"`
	Sides   []kb.ConflictSide `json:"sides"` // each incompatible value with its reports
}

// Contradictions lists every contradiction, in a stable order.
func (q *Engine) Contradictions(ctx context.Context, page Page) ([]Contradiction, int, error) {
	return q.contradictions(ctx, "", page)
}

// ContradictionsAsOf lists the contradictions that the articles published
// on or before asOf already held, each with only those articles' reports;
// every contradiction when asOf is empty.
func (q *Engine) ContradictionsAsOf(ctx context.Context, asOf string, page Page) ([]Contradiction, int, error) {
	return q.contradictions(ctx, asOf, page)
}
