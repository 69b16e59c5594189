// Package hearsay holds the core types that flow through the pipeline:
// a Document and the annotation layers that stages add to it (sentences,
// tokens, tags, time expressions, mentions, entities, facts), and the Stage
// and Pipeline contracts.
//
// Data flows one way:
//
//	reader → Document → text → tag → timex → entity → fact → store → kb → query → cli/api/web
//
// Every stage package imports this one; this package imports none of them.
//
// Offsets: every Span is a half-open range of BYTE offsets into
// Document.Text, the original text exactly as read (after invalid UTF-8 was
// repaired). JSON output converts byte offsets to Unicode code-point offsets
// with Document.RuneOffset, as ../SCHEMA.md requires.
package hearsay

import (
	"slices"
	"time"
	"unicode/utf8"
)

// A Span is a half-open byte range [Start, End) into Document.Text.
type Span struct {
	Start int `json:"start"` // first byte, starting at 0
	End   int `json:"end"`   // one past the last byte
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies entirely inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// A Document is one dated article and every annotation layer on it.
// Readers fill the identity fields, Text, Body and Skips; stages fill the
// layers. Offsets in all layers point into Text.
type Document struct {
	ID     string    // stable id: hash of the normalized content
	Source string    // path or URL the document was read from
	Line   int       // line in Source for multi-document files (JSON Lines), 1-based; 0 when not applicable
	URL    string    // canonical URL, when known
	Outlet string    // publication, e.g. "Us Weekly"; empty when unknown
	Title  string    // headline; empty when unknown
	Date   time.Time // publication date (UTC midnight for date-only values): the reference time for relative expressions
	Text   string    // the original text as read, including any header line (e.g. "date 2023-08-07 ")
	Body   Span      // the part of Text that is article text (excludes format headers)

	Skips    []Skip   // boilerplate inside Body (photo credits, share lines): kept in Text, skipped by analysis
	Warnings []string // non-fatal problems met while reading (e.g. repaired UTF-8)

	Sentences []Sentence
	Tokens    []Token
	Timexes   []Timex
	Mentions  []Mention
	Entities  []Entity
	Facts     []Fact

	layers map[Layer]bool
}

// A Skip marks a span of boilerplate that analysis ignores.
type Skip struct {
	Span
	Kind string // "photo-credit", "read-more", "share", "byline", "signup", ...
}

// A Sentence is a span of text and the range of its tokens.
type Sentence struct {
	Span
	FirstToken int // index into Document.Tokens of the first token
	EndToken   int // one past the last token
}

// A Token is a word, number or punctuation mark with its tags.
type Token struct {
	Span
	Text     string // Text[Span.Start:Span.End], kept for convenience
	Sentence int    // index into Document.Sentences
	UPOS     string // Universal POS tag ("NOUN"), empty until tagged
	XPOS     string // Penn Treebank tag ("NN"), empty until tagged
	NER      string // IOB2 entity tag ("B-PER", "I-ORG", "O"), empty until tagged
}

// TimexType is the TIMEX3 type of a time expression.
type TimexType string

// TIMEX3 types.
const (
	Date     TimexType = "DATE"
	Time     TimexType = "TIME"
	Duration TimexType = "DURATION"
	Set      TimexType = "SET"
)

// A Timex is a time expression normalized to a TIMEX3 value.
type Timex struct {
	Span
	Text      string    // the expression as written
	Type      TimexType // DATE, TIME, DURATION or SET
	Value     string    // TIMEX3 value: "2023-06", "2023-W31", "P2M", "PRESENT_REF"
	Mod       string    // TIMEX3 mod: "BEFORE", "START", "APPROX", ... or empty
	Earliest  string    // first calendar day denoted, "YYYY-MM-DD", empty when open or unknown
	Latest    string    // last calendar day denoted, "YYYY-MM-DD", empty when open or unknown
	Anaphoric bool      // resolved against an earlier time of the narrative, not the document date
	Sentence  int       // index into Document.Sentences
	Rule      string    // name of the rule that produced it
}

// EntityType is the kind of thing an entity is.
type EntityType string

// Entity types (SCHEMA.md).
const (
	Person EntityType = "person"
	Org    EntityType = "org"
	Place  EntityType = "place"
	Work   EntityType = "work"
	Event  EntityType = "event"
	Misc   EntityType = "misc"
)

// MentionKind says how a mention refers to its entity.
type MentionKind string

// Mention kinds.
const (
	NameMention    MentionKind = "name"    // "Natalie Portman", "Portman"
	PronounMention MentionKind = "pronoun" // "she", "his"
	NominalMention MentionKind = "nominal" // "her husband", "the actress"
	GroupMention   MentionKind = "group"   // "the couple", "the two"
)

// A Mention is a span of text that refers to an entity.
type Mention struct {
	Span
	Text     string
	Type     EntityType
	Kind     MentionKind
	Entity   int   // index into Document.Entities, -1 when unresolved
	Members  []int // for group mentions: the entities the group stands for
	Sentence int   // index into Document.Sentences
	Rule     string
}

// An Interval is a closed range of calendar days, either end open when empty.
type Interval struct {
	Earliest string `json:"earliest,omitempty"` // "YYYY-MM-DD"
	Latest   string `json:"latest,omitempty"`   // "YYYY-MM-DD"
}

// An Age is a stated age and the day it holds on.
type Age struct {
	Years int    `json:"years"`
	At    string `json:"at"` // "YYYY-MM-DD"
	Span  Span   `json:"-"`  // the evidence ("42-year-old")
}

// An Entity is one person, organisation, place or work within a document.
type Entity struct {
	ID       string     // "e1", "e2", ... local to the document
	Type     EntityType // person, org, place, work, event
	Name     string     // canonical name: the fullest form found in the text
	Aliases  []string   // name strings as they appear in the text
	Mentions []int      // indices into Document.Mentions
	Age      *Age       // stated age, when given
	Birth    *Interval  // birth interval implied by the age
	Unnamed  bool       // a person with no name in the text
	Kind     string     // optional refinement: "outlet", "film", ...
}

// Modality says how sure the text is of a fact (SCHEMA.md).
type Modality string

// Modalities.
const (
	Asserted   Modality = "asserted"
	Reported   Modality = "reported"
	Rumored    Modality = "rumored"
	Denied     Modality = "denied"
	Speculated Modality = "speculated"
	Uncertain  Modality = "uncertain"
)

// Polarity is whether a fact is affirmed or negated by its source.
type Polarity string

// Polarities.
const (
	Pos Polarity = "pos"
	Neg Polarity = "neg"
)

// SourceKind classifies who stands behind a claim.
type SourceKind string

// Source kinds.
const (
	OutletSource         SourceKind = "outlet"
	AnonymousSource      SourceKind = "anonymous"
	RepresentativeSource SourceKind = "representative"
	PrincipalSource      SourceKind = "principal"
	NamedSource          SourceKind = "named"
	OfficialSource       SourceKind = "official"
)

// A Source is one link of an attribution chain.
type Source struct {
	Text   string     // "Us Weekly", "insiders", "a source close to Portman"
	Kind   SourceKind // outlet, anonymous, representative, principal, named, official
	Entity int        // index into Document.Entities, -1 when the source is not an entity
	Span   Span       // where the source is named in the text
}

// An Arg is one argument of a fact: an entity or a literal ("choreographer").
type Arg struct {
	Entity  int    // index into Document.Entities, -1 for a literal
	Literal string // the literal value, lowercased; the entity's name for entity arguments
}

// FactTime is when a fact holds: a point (Value/Mod with Earliest/Latest bounds)
// or a state (Start/End). Empty strings mean unknown or open.
type FactTime struct {
	Value    string `json:"value,omitempty"`
	Mod      string `json:"mod,omitempty"`
	Earliest string `json:"earliest,omitempty"`
	Latest   string `json:"latest,omitempty"`
	Start    string `json:"start,omitempty"`
	End      string `json:"end,omitempty"`
	StartMod string `json:"start_mod,omitempty"`
	EndMod   string `json:"end_mod,omitempty"`
	Timex    int    `json:"-"` // index into Document.Timexes of the expression it came from, -1 when derived or none
}

// IsZero reports whether the time carries no information.
func (t *FactTime) IsZero() bool {
	return t == nil || (t.Value == "" && t.Earliest == "" && t.Latest == "" && t.Start == "" && t.End == "")
}

// A Fact is one claim about entities, with its time, source and certainty,
// and the evidence it was read from.
type Fact struct {
	ID         string    // "f1", ... local to the document
	Type       string    // SCHEMA.md vocabulary: "married", "affair", "position_held", ...
	Args       []Arg     // arguments in the order SCHEMA.md gives
	Time       *FactTime // nil when the text gives no time
	Modality   Modality
	Polarity   Polarity
	Sources    []Source          // attribution chain, outermost first; empty when the article says it in its own voice
	Sentence   int               // index into Document.Sentences of the main evidence
	Evidence   []int             // indices into Document.Sentences, main sentence first
	Trigger    Span              // the words that state the fact ("married", "affair")
	Qualifiers map[string]string // "place", "work", "context", "note", ...
	Derived    bool              // inferred from other facts rather than read
	Reason     string            // for derived facts: how it was inferred
	Rule       string            // the pattern that produced it
	// Confidence is the fact stage's estimate, in [0,1], that the fact is
	// right: a logistic model over the kind of evidence behind it (see
	// fact/confidence.go). 0 means not scored.
	Confidence float64
}

// Layer names an annotation layer that stages require and provide.
type Layer string

// Layers, in the order the default pipeline fills them.
const (
	LayerText      Layer = "text" // Text, Body, Skips: set by readers
	LayerSentences Layer = "sentences"
	LayerTokens    Layer = "tokens"
	LayerPOS       Layer = "pos"
	LayerNER       Layer = "ner"
	LayerTimexes   Layer = "timexes"
	LayerMentions  Layer = "mentions"
	LayerEntities  Layer = "entities"
	LayerAttrs     Layer = "attributes" // facts read from descriptions of people (occupation, nationality, role), added to Facts by the entity stage
	LayerFacts     Layer = "facts"
)

// layerCount is the number of layers above: the room MarkDone makes.
const layerCount = 10

// Has reports whether the layer has been filled.
func (d *Document) Has(l Layer) bool { return l == LayerText || d.layers[l] }

// Layers lists the filled layers other than LayerText, sorted by name, so
// that a store can record them and MarkDone them again on reload.
func (d *Document) Layers() []Layer {
	ls := make([]Layer, 0, len(d.layers))
	for l, ok := range d.layers {
		if ok && l != LayerText {
			ls = append(ls, l)
		}
	}
	slices.Sort(ls)
	return ls
}

// MarkDone records that a layer has been filled.
func (d *Document) MarkDone(l Layer) {
	if d.layers == nil {
		d.layers = make(map[Layer]bool, layerCount) // room for every layer: no growing
	}
	d.layers[l] = true
}

// RuneOffset converts a byte offset into Text to a Unicode code-point offset.
func (d *Document) RuneOffset(byteOff int) int {
	return utf8.RuneCountInString(d.Text[:byteOff])
}

// Skipped reports whether the span lies inside boilerplate.
func (d *Document) Skipped(s Span) bool {
	for _, sk := range d.Skips {
		if sk.Span.Overlaps(s) {
			return true
		}
	}
	return false
}

// SentenceText returns the text of sentence i.
func (d *Document) SentenceText(i int) string {
	s := d.Sentences[i]
	return d.Text[s.Start:s.End]
}

// DateString is the publication date as "YYYY-MM-DD".
func (d *Document) DateString() string { return d.Date.Format("2006-01-02") }

// A RuneIndex converts byte offsets into Text to code-point offsets in O(1).
type RuneIndex []int32

// NewRuneIndex builds the index for text: entry b is the number of code
// points before byte b (one entry per byte, plus one for len(text)).
func NewRuneIndex(text string) RuneIndex {
	idx := make(RuneIndex, len(text)+1)
	n := int32(0)
	for b := 0; b < len(text); {
		_, size := utf8.DecodeRuneInString(text[b:])
		for k := 0; k < size; k++ {
			idx[b+k] = n
		}
		b += size
		n++
	}
	idx[len(text)] = n
	return idx
}

// Rune returns the code-point offset of byte offset b.
func (r RuneIndex) Rune(b int) int { return int(r[b]) }
