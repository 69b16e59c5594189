// Package schema is hearsay's JSON form of one analysed document, the shape
// of SCHEMA.md ("hearsay-gold/1"): the document's identity, its entities,
// time expressions and facts. `hearsay extract --json`, `hearsay show
// --json`, the evaluation and the API all encode documents through this one
// package, so that hearsay's output can be scored against gold files.
//
// Offsets in this form are Unicode code points into Document.Text, end
// exclusive (the dated format's first line included), converted from the
// byte offsets of hearsay.Span with hearsay.NewRuneIndex.
//
// Fields beyond SCHEMA.md that hearsay adds (scorers ignore them):
// document.source, entity mentions, timex rule, fact source_kinds,
// evidence_spans, trigger, derived, reason, rule and confidence.
package schema

import (
	"math"
	"strconv"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// Version is the value of the schema_version field.
const Version = "hearsay-gold/1"

// A Document is one analysed article in SCHEMA.md's shape.
type Document struct {
	SchemaVersion string   `json:"schema_version"`
	Document      Meta     `json:"document"`
	Entities      []Entity `json:"entities"`
	Timexes       []Timex  `json:"timexes"`
	Facts         []Fact   `json:"facts"`
}

// Meta identifies the article. Unknown values are null.
type Meta struct {
	ID     string  `json:"id"`
	Date   string  `json:"date"` // publication day, YYYY-MM-DD
	Outlet *string `json:"outlet"`
	URL    *string `json:"url"`
	Title  *string `json:"title"`
	Source string  `json:"source"` // the path or URL it was read from
}

// A Span is a range of code points [Start, End) with its text.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"`
}

// A Mention is one place where an entity is referred to.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"` // name, pronoun, nominal, group
}

// An Entity is a person, organisation, place, work or event in the article.
type Entity struct {
	ID       string            `json:"id"`
	Type     string            `json:"type"`
	Name     string            `json:"name"`
	Aliases  []string          `json:"aliases"`
	Age      *hearsay.Age      `json:"age,omitempty"`
	Birth    *hearsay.Interval `json:"birth,omitempty"`
	Unnamed  bool              `json:"unnamed,omitempty"`
	Kind     string            `json:"kind,omitempty"`
	Mentions []Mention         `json:"mentions"`
}

// A Timex is a time expression; t0 is the document creation time.
type Timex struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Start     *int   `json:"start"` // null for a creation time not written in the text
	End       *int   `json:"end"`
	Type      string `json:"type"`
	Value     string `json:"value"`
	Mod       string `json:"mod,omitempty"`
	Earliest  string `json:"earliest,omitempty"`
	Latest    string `json:"latest,omitempty"`
	Function  string `json:"function,omitempty"` // CREATION_TIME for t0
	AgeOf     string `json:"age_of,omitempty"`   // for ages: the person's canonical name
	Anaphoric bool   `json:"anaphoric,omitempty"`
	Rule      string `json:"rule,omitempty"`
}

// A Fact is one claim, with its time, certainty, source and evidence.
type Fact struct {
	ID            string            `json:"id"`
	Type          string            `json:"type"`
	Args          []string          `json:"args"` // entity canonical names or literals
	Ordered       bool              `json:"ordered"`
	Time          *hearsay.FactTime `json:"time"`
	Modality      string            `json:"modality"`
	Polarity      string            `json:"polarity"`
	Source        []string          `json:"source"`       // attribution chain, outermost first
	SourceKinds   []string          `json:"source_kinds"` // outlet, anonymous, ... per link
	Evidence      []string          `json:"evidence"`     // sentences, main first
	EvidenceSpans []Span            `json:"evidence_spans"`
	Trigger       *Span             `json:"trigger,omitempty"`
	Qualifiers    map[string]string `json:"qualifiers,omitempty"`
	Derived       bool              `json:"derived,omitempty"`
	Reason        string            `json:"reason,omitempty"`
	Rule          string            `json:"rule,omitempty"`
	// Confidence is the fact stage's estimate in [0,1] that the fact is
	// right (fact/confidence.go), to three decimals; absent when not scored.
	Confidence float64 `json:"confidence,omitempty"`
}

// roundConfidence rounds a confidence to three decimals.
func roundConfidence(c float64) float64 { return math.Round(c*1000) / 1000 }

// symmetric lists the fact types whose arguments are unordered (SCHEMA.md).
var symmetric = map[string]bool{
	"married": true, "engaged": true, "dating": true, "separated": true, "divorced": true, "affair": true,
	"met": true, "collaborated": true, "sibling_of": true, "friend_of": true, "expecting_child": true,
}

// Ordered reports whether a fact type's arguments are ordered.
func Ordered(factType string) bool { return !symmetric[factType] }

// FromDocument converts an analysed document. Layers that were not filled
// come out as empty lists; t0 is always present.
func FromDocument(d *hearsay.Document) *Document {
	c := converter{doc: d, runes: hearsay.NewRuneIndex(d.Text)}
	return &Document{
		SchemaVersion: Version,
		Document:      c.meta(),
		Entities:      c.entities(),
		Timexes:       c.timexes(),
		Facts:         c.facts(),
	}
}

// converter holds what conversions of one document share.
type converter struct {
	doc   *hearsay.Document
	runes hearsay.RuneIndex
}

// span converts a byte span, clamped to the text.
func (c converter) span(s hearsay.Span) Span {
	n := len(c.doc.Text)
	st, en := min(max(s.Start, 0), n), min(max(s.End, 0), n)
	if en < st {
		en = st
	}
	return Span{Start: c.runes.Rune(st), End: c.runes.Rune(en), Text: c.doc.Text[st:en]}
}

// orNull is nil for an empty string.
func orNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func (c converter) meta() Meta {
	d := c.doc
	return Meta{ID: d.ID, Date: d.DateString(), Outlet: orNull(d.Outlet), URL: orNull(d.URL), Title: orNull(d.Title), Source: d.Source}
}

func (c converter) entities() []Entity {
	out := make([]Entity, 0, len(c.doc.Entities))
	for _, e := range c.doc.Entities {
		je := Entity{ID: e.ID, Type: string(e.Type), Name: e.Name, Aliases: e.Aliases, Age: e.Age, Birth: e.Birth,
			Unnamed: e.Unnamed, Kind: e.Kind, Mentions: []Mention{}}
		if je.Aliases == nil {
			je.Aliases = []string{}
		}
		for _, mi := range e.Mentions {
			if mi < 0 || mi >= len(c.doc.Mentions) {
				continue
			}
			m := c.doc.Mentions[mi]
			sp := c.span(m.Span)
			je.Mentions = append(je.Mentions, Mention{Start: sp.Start, End: sp.End, Text: sp.Text, Kind: string(m.Kind)})
		}
		out = append(out, je)
	}
	return out
}

func (c converter) timexes() []Timex {
	out := []Timex{c.creationTime()}
	for i, t := range c.doc.Timexes {
		sp := c.span(t.Span)
		out = append(out, Timex{
			ID: "t" + strconv.Itoa(i+1), Text: sp.Text, Start: &sp.Start, End: &sp.End, Type: string(t.Type), Value: t.Value,
			Mod: t.Mod, Earliest: t.Earliest, Latest: t.Latest, Anaphoric: t.Anaphoric, Rule: t.Rule,
			AgeOf: c.ageOf(t.Span),
		})
	}
	return out
}

// creationTime is t0: the publication date, with its span when the text
// writes it before the body (the dated format's first line).
func (c converter) creationTime() Timex {
	day := c.doc.DateString()
	t0 := Timex{ID: "t0", Text: day, Type: string(hearsay.Date), Value: day, Function: "CREATION_TIME"}
	head := c.doc.Text[:min(max(c.doc.Body.Start, 0), len(c.doc.Text))]
	if i := strings.Index(head, day); i >= 0 {
		sp := c.span(hearsay.Span{Start: i, End: i + len(day)})
		t0.Start, t0.End = &sp.Start, &sp.End
	}
	return t0
}

// ageOf names the person whose stated age is the expression at s.
func (c converter) ageOf(s hearsay.Span) string {
	for _, e := range c.doc.Entities {
		if e.Age != nil && e.Age.Span.Overlaps(s) {
			return e.Name
		}
	}
	return ""
}

func (c converter) facts() []Fact {
	out := make([]Fact, 0, len(c.doc.Facts))
	for _, f := range c.doc.Facts {
		jf := Fact{
			ID: f.ID, Type: f.Type, Args: []string{}, Ordered: Ordered(f.Type), Time: f.Time,
			Modality: string(f.Modality), Polarity: string(f.Polarity), Source: []string{}, SourceKinds: []string{},
			Evidence: []string{}, EvidenceSpans: []Span{}, Qualifiers: f.Qualifiers,
			Derived: f.Derived, Reason: f.Reason, Rule: f.Rule, Confidence: roundConfidence(f.Confidence),
		}
		if f.Time.IsZero() {
			jf.Time = nil
		}
		for _, a := range f.Args {
			jf.Args = append(jf.Args, c.argName(a))
		}
		for _, s := range f.Sources {
			text := s.Text
			if s.Entity >= 0 && s.Entity < len(c.doc.Entities) {
				text = c.doc.Entities[s.Entity].Name
			}
			jf.Source = append(jf.Source, text)
			jf.SourceKinds = append(jf.SourceKinds, string(s.Kind))
		}
		for _, si := range f.Evidence {
			if si < 0 || si >= len(c.doc.Sentences) {
				continue
			}
			sp := c.span(c.doc.Sentences[si].Span)
			jf.Evidence = append(jf.Evidence, sp.Text)
			jf.EvidenceSpans = append(jf.EvidenceSpans, Span{Start: sp.Start, End: sp.End})
		}
		if f.Trigger.End > f.Trigger.Start {
			tr := c.span(f.Trigger)
			jf.Trigger = &tr
		}
		out = append(out, jf)
	}
	return out
}

// argName is an argument as SCHEMA.md writes it: the entity's canonical
// name, or the literal.
func (c converter) argName(a hearsay.Arg) string {
	if a.Entity >= 0 && a.Entity < len(c.doc.Entities) {
		return c.doc.Entities[a.Entity].Name
	}
	return a.Literal
}
