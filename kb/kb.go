// Package kb is hearsay's cross-document layer: it resolves the per-article
// entities of every current document into people with stable ids, groups
// facts that say the same thing into claims with all their evidence, counts
// the independent sources behind each claim, follows a claim from first
// report to confirmation or denial, intersects birth intervals and finds
// contradictions.
//
// The layer is a pure function of the current (not superseded) documents
// and the user's merge and split decisions, so the same corpus gives the
// same answers in whatever order it was ingested. Build computes it; a
// Backend stores it next to the documents (kb/sqlkb for the embedded
// store) and marks it stale whenever a document is stored, so an ingest that
// was killed half-way is completed by the next Refresh.
package kb

import (
	"context"
	"errors"

	hearsay "github.com/hearsay-news/hearsay"
)

// ErrNotFound means no entity or claim has the id.
var ErrNotFound = errors.New("kb: not found")

// An Interval is a closed range of days, "YYYY-MM-DD"; an empty end is open.
type Interval struct {
	Earliest string `json:"earliest"`
	Latest   string `json:"latest"`
}

// An AgeObs is one stated age of a person, with its provenance: the
// document, the sentence and the span of the age's words.
type AgeObs struct {
	Years  int      `json:"years"`
	At     string   `json:"at"`  // the day the age holds on
	Doc    string   `json:"doc"` // the document that states it
	Date   string   `json:"date"`
	Outlet string   `json:"outlet,omitempty"` // the document's outlet, "" when it names none
	Birth  Interval `json:"birth"`
	// Sentence is the sentence that states the age and Span its byte span
	// in the document's text, as a fact report's; AgeSpan is the byte span
	// of the age's own words ("42-year-old"). All are empty for ages read
	// before knowledge bases kept them (hearsay entity rebuild fills them).
	Sentence string       `json:"sentence,omitempty"`
	Span     hearsay.Span `json:"span,omitzero"`
	AgeSpan  hearsay.Span `json:"age_span,omitzero"`
}

// A Ref points at one entity of one document.
type Ref struct {
	Doc   string `json:"doc"`
	Local string `json:"local"` // "e3"
	Date  string `json:"date"`
}

// An Entity is one resolved person (or organisation, work, place) across
// documents.
type Entity struct {
	ID          string   `json:"id"`   // stable: slug of the canonical name, "-2", "-3" for namesakes
	Type        string   `json:"type"` // person, org, ...
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases"`
	Occupations []string `json:"occupations,omitempty"`
	Ages        []AgeObs `json:"ages,omitempty"`
	Refs        []Ref    `json:"refs"` // every document entity resolved to it, oldest first
}

// Birth intersects the birth intervals of the ages stated by articles
// published on or before asOf ("" for all). ok is false when the
// intersection is empty (a contradiction).
func (e *Entity) Birth(asOf string) (iv Interval, ok bool) {
	return birthOf(e.Ages, asOf)
}

// Docs counts the documents that mention the entity on or before asOf.
func (e *Entity) Docs(asOf string) int {
	n := 0
	seen := map[string]bool{}
	for _, r := range e.Refs {
		if (asOf == "" || r.Date <= asOf) && !seen[r.Doc] {
			seen[r.Doc] = true
			n++
		}
	}
	return n
}

// A Source is one link of a report's attribution chain.
type Source struct {
	Text   string `json:"text"`
	Kind   string `json:"kind"`             // outlet, anonymous, representative, principal, named, official
	Entity string `json:"entity,omitempty"` // resolved entity id, when the source is an entity
}

// A Report is one fact of one document: one piece of evidence of a claim.
//
// A birth contradiction's reports are stated ages, which are no facts: Fact
// then describes the age ("age 30 on 2020-01-10"), Sentence and Span are
// the sentence that states it, and the fields only a fact has (modality,
// polarity, confidence) are empty and left out of the JSON.
type Report struct {
	Doc      string            `json:"doc"`
	Date     string            `json:"date"` // publication day
	Outlet   string            `json:"outlet"`
	Fact     string            `json:"fact"` // fact id within the document, or the stated age
	Modality string            `json:"modality,omitempty"`
	Polarity string            `json:"polarity,omitempty"`
	Time     *hearsay.FactTime `json:"time,omitempty"`
	Sources  []Source          `json:"sources,omitempty"` // outermost first
	Sentence string            `json:"sentence,omitempty"`
	Span     hearsay.Span      `json:"span,omitzero"`
	Derived  bool              `json:"derived,omitempty"`
	// Confidence is the fact stage's estimate, in [0,1] to three
	// decimals, that it read this fact right (hearsay.Fact.Confidence);
	// 0, and left out of the JSON, when the fact was stored before facts
	// were scored or the report is a stated age.
	Confidence float64 `json:"confidence,omitzero"`
}

// An Arg is one argument of a claim: an entity or a literal.
type Arg struct {
	Entity string `json:"entity,omitempty"` // entity id; empty for literals
	Name   string `json:"name"`             // canonical name or the literal
}

// A Claim is what several reports say alike: the same type, the same
// entities and compatible times.
type Claim struct {
	ID      string   `json:"id"`
	Type    string   `json:"type"`
	Args    []Arg    `json:"args"`
	Reports []Report `json:"reports"` // oldest first, then by document id
	Status  string   `json:"status"`  // status as of the last report (set by Build)
	// Confidence is ClaimConfidence of all the reports (set by Build).
	Confidence float64 `json:"confidence"`
}

// A ConflictSide is one of the incompatible values of a contradiction and
// the reports that give it.
type ConflictSide struct {
	Value   string   `json:"value"`
	Reports []Report `json:"reports"`
}

// A Contradiction is a set of reports that cannot all be true.
type Contradiction struct {
	Kind    string         `json:"kind"`             // "birth" or "time"
	Subject string         `json:"subject"`          // what it is about, in words
	Claim   string         `json:"claim,omitempty"`  // claim id for time contradictions
	Entity  string         `json:"entity,omitempty"` // entity id for birth contradictions
	Sides   []ConflictSide `json:"sides"`
}

// A Decision is a user's correction of entity resolution, applied on every
// rebuild.
type Decision struct {
	Seq  int64    `json:"seq"`            // order in which decisions were made
	Op   string   `json:"op"`             // "merge" or "split"
	A    string   `json:"a"`              // merge: the entity kept; split: the entity split (an anchor, see Anchor, or an id)
	B    string   `json:"b"`              // merge: the entity merged into A
	Docs []string `json:"docs,omitempty"` // split: documents whose mentions leave A
	Note string   `json:"note,omitempty"`
}

// Anchor names an entity by one of its document entities ("DOC#e2"), the
// first one not in the skipped documents, for decisions that must outlive
// id changes; the entity's id when none is left.
func Anchor(e *Entity, skip []string) string {
	out := map[string]bool{}
	for _, d := range skip {
		out[d] = true
	}
	for _, r := range e.Refs {
		if !out[r.Doc] {
			return r.Doc + "#" + r.Local
		}
	}
	return e.ID
}

// MaxWordMatches caps the entities a one-word lookup returns (the most
// documented first) when the word is no entity's name or alias: a common
// given name can be part of thousands of names.
const MaxWordMatches = 100

// A Reader reads a built knowledge base. Implementations are safe for
// concurrent use.
type Reader interface {
	// Lookup returns the entities with the name or alias (case-insensitive),
	// most documented first; when none has it, the entities (at most
	// MaxWordMatches) that have it as one word of their name.
	Lookup(ctx context.Context, name string) ([]*Entity, error)
	// Entity returns the entity with the id, or an error wrapping ErrNotFound.
	Entity(ctx context.Context, id string) (*Entity, error)
	// People lists person entities whose name or an alias starts with
	// prefix, most documented first, and the total before paging.
	People(ctx context.Context, prefix string, limit, offset int) ([]*Entity, int, error)
	// ClaimsAbout returns the claims that have the entity as an argument.
	ClaimsAbout(ctx context.Context, entityID string) ([]*Claim, error)
	// Claim returns the claim with the id, or an error wrapping ErrNotFound.
	Claim(ctx context.Context, id string) (*Claim, error)
	// EachClaim calls fn for every claim, in id order.
	EachClaim(ctx context.Context, fn func(*Claim) error) error
	// Contradictions returns every contradiction found at build time.
	Contradictions(ctx context.Context) ([]Contradiction, error)
	// ListClaims lists the claims matching s by their status and
	// confidence as of the last report, in the order s.Sort names (newest
	// first report first, then by id, by default), and the total before
	// paging.
	ListClaims(ctx context.Context, s ClaimSelect) ([]*Claim, int, error)
	// Outlets returns the outlets' track records as of the last report,
	// most claims first.
	Outlets(ctx context.Context) ([]OutletRecord, error)
}

// Orders of a claim listing (ClaimSelect.Sort).
const (
	SortNewest     = ""           // newest first report first, then by id
	SortConfidence = "confidence" // most confident first, then newest first report, then by id
)

// A ClaimSelect selects claims by their current status. The zero value
// selects all.
type ClaimSelect struct {
	Type          string  // only this fact type
	Status        string  // only this status
	Modality      string  // only claims with a report of this modality
	Open          bool    // only reported, rumored or disputed claims
	MinConfidence float64 // only claims whose Confidence is at least this; 0 selects all
	Sort          string  // SortNewest or SortConfidence
	Limit         int     // at most this many; 0 means no limit
	Offset        int
}

// Match reports whether c is selected (ignoring paging).
func (s ClaimSelect) Match(c *Claim) bool {
	if s.Type != "" && c.Type != s.Type || s.Status != "" && c.Status != s.Status || s.Open && !Open(c.Status) {
		return false
	}
	if s.MinConfidence > 0 && c.Confidence < s.MinConfidence {
		return false
	}
	if s.Modality == "" {
		return true
	}
	for _, m := range c.Modalities() {
		if m == s.Modality {
			return true
		}
	}
	return false
}

// A Backend stores a knowledge base next to the documents it is built
// from.
type Backend interface {
	Reader
	// Inputs calls fn for every current document, in id order, and returns
	// the generation of the documents it read (it grows whenever a
	// document is stored or superseded). A backend may keep what it read
	// and read again only the documents that changed since; fresh makes it
	// read every document from what is stored of it.
	Inputs(ctx context.Context, fresh bool, fn func(*Input) error) (gen int64, err error)
	// Decisions returns the user's decisions in the order they were made.
	Decisions(ctx context.Context) ([]Decision, error)
	// AddDecision records a decision.
	AddDecision(ctx context.Context, d Decision) error
	// Stale reports whether documents changed since the last Replace.
	Stale(ctx context.Context) (bool, error)
	// Replace writes a new knowledge base atomically, replacing the old
	// one, and records kb.Gen as the generation it was built from: it stays
	// stale when documents changed since Inputs read them.
	Replace(ctx context.Context, kb *KB) error
}

// An Input is what the knowledge base needs of one document.
type Input struct {
	Doc       string
	Date      string // publication day
	Outlet    string
	Entities  []hearsay.Entity // Mentions are not filled
	Facts     []hearsay.Fact
	Sentences []InputSentence // text and span of each sentence facts or stated ages use, by index
}

// An InputSentence is one sentence's text and span.
type InputSentence struct {
	Text string
	Span hearsay.Span
}

// A KB is a built knowledge base.
type KB struct {
	Entities       []*Entity
	Claims         []*Claim
	Contradictions []Contradiction
	Outlets        []OutletRecord // track records as of the last report
	Docs           int            // documents it was built from
	Gen            int64          // generation of the documents it was built from
}
