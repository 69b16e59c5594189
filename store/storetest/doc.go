package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"reflect"
	"strings"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
)

// Names, places and outlets for generated documents. Some carry non-ASCII
// letters so that byte and code-point offsets differ.
var (
	firstNames = []string{"Camille", "Jonah", "Inès", "Marta", "Björn", "Alisha", "Teodor", "Ngozi", "Renée", "Piotr"}
	lastNames  = []string{"Étienne", "Vasquez", "Okafor", "Lindqvist", "Moreau", "Hale", "Brennan", "Sørensen", "Kaur", "Delacroix"}
	places     = []string{"Paris", "Sydney", "Lagos", "Malmö", "Toronto", "Kraków", "Lisbon", "Osaka"}
	outlets    = []string{"Us Weekly", "The Daily Ledger", "Page Six", "Le Quotidien"}
	months     = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// NewDocument returns a generated document read from source, with sentences
// sentences and every annotation layer filled (tokens with tags, time
// expressions, mentions, entities with ages and births, facts with arguments,
// sources, evidence and qualifiers, a skipped photo credit, a warning). The
// same arguments always give the same document; its ID is a hash of its text.
// variant changes the wording, to make a new version of the same source.
func NewDocument(source string, sentences, variant int) *hearsay.Document {
	seed := 0
	for _, c := range source {
		seed = seed*31 + int(c)
	}
	if seed < 0 {
		seed = -seed
	}
	date := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, seed%365)
	g := &generator{doc: &hearsay.Document{Source: source, Date: date, Outlet: outlets[seed%len(outlets)]}, names: map[string]int{}}
	g.doc.Title = fmt.Sprintf("Story %d of %s", variant, source)
	g.write(" date " + date.Format("2006-01-02") + " ")
	g.doc.Body.Start = g.b.Len()
	for i := range max(sentences, 1) {
		if i > 0 {
			g.write(" ")
		}
		g.sentence(seed+i*7, variant)
	}
	credit := g.write("\n\n(Photo: DANIEL LEAL/AFP via Getty Images)")
	g.doc.Skips = []hearsay.Skip{{Span: hearsay.Span{Start: credit.Start + 2, End: credit.End}, Kind: "photo-credit"}}
	g.doc.Body.End = g.b.Len()
	g.doc.Text = g.b.String()
	for i := range g.doc.Tokens {
		t := &g.doc.Tokens[i]
		t.Text = g.doc.Text[t.Start:t.End]
	}
	sum := sha256.Sum256([]byte(g.doc.Text))
	g.doc.ID = hex.EncodeToString(sum[:12])
	g.doc.Warnings = []string{source + ": generated for tests"}
	for _, l := range []hearsay.Layer{hearsay.LayerSentences, hearsay.LayerTokens, hearsay.LayerPOS, hearsay.LayerNER,
		hearsay.LayerTimexes, hearsay.LayerMentions, hearsay.LayerEntities, hearsay.LayerFacts} {
		g.doc.MarkDone(l)
	}
	return g.doc
}

// generator writes a document's text and its layers together.
type generator struct {
	doc   *hearsay.Document
	b     strings.Builder
	names map[string]int // entity index by name
}

// write appends s to the text and returns its span.
func (g *generator) write(s string) hearsay.Span {
	start := g.b.Len()
	g.b.WriteString(s)
	return hearsay.Span{Start: start, End: g.b.Len()}
}

// word appends one token (and the space before it unless glue).
func (g *generator) word(s, upos, ner string, glue bool) hearsay.Span {
	if !glue && g.b.Len() > 0 && !strings.HasSuffix(g.b.String(), " ") {
		g.write(" ")
	}
	sp := g.write(s)
	g.doc.Tokens = append(g.doc.Tokens, hearsay.Token{Span: sp, Sentence: len(g.doc.Sentences), UPOS: upos, XPOS: upos, NER: ner})
	return sp
}

// person writes a person's name as two tokens, with its mention and entity.
func (g *generator) person(first, last string) int {
	name := first + " " + last
	a := g.word(first, "PROPN", "B-PER", false)
	b := g.word(last, "PROPN", "I-PER", false)
	span := hearsay.Span{Start: a.Start, End: b.End}
	e, ok := g.names[name]
	if !ok {
		e = len(g.doc.Entities)
		g.names[name] = e
		g.doc.Entities = append(g.doc.Entities, hearsay.Entity{
			ID: fmt.Sprintf("e%d", e+1), Type: hearsay.Person, Name: name, Aliases: []string{name, last},
		})
	}
	m := len(g.doc.Mentions)
	g.doc.Mentions = append(g.doc.Mentions, hearsay.Mention{
		Span: span, Text: name, Type: hearsay.Person, Kind: hearsay.NameMention, Entity: e,
		Sentence: len(g.doc.Sentences), Rule: "name",
	})
	g.doc.Entities[e].Mentions = append(g.doc.Entities[e].Mentions, m)
	return e
}

// sentence writes one sentence: "A, 42, and B met in PLACE in MONTH YEAR,
// sources told OUTLET." and its layers.
func (g *generator) sentence(k, variant int) {
	si := len(g.doc.Sentences)
	firstTok := len(g.doc.Tokens)
	start := g.b.Len()
	if start > 0 && !strings.HasSuffix(g.b.String(), " ") {
		start++
	}
	a := g.person(firstNames[k%len(firstNames)], lastNames[(k/3)%len(lastNames)])
	g.word(",", "PUNCT", "O", true)
	age := 20 + (k+variant)%50
	ageSpan := g.word(fmt.Sprint(age), "NUM", "O", false)
	g.word(",", "PUNCT", "O", true)
	g.word("and", "CCONJ", "O", false)
	b := g.person(firstNames[(k+3)%len(firstNames)], lastNames[(k/3+4)%len(lastNames)])
	trigger := g.word("met", "VERB", "O", false)
	g.word("in", "ADP", "O", false)
	place := places[(k+variant)%len(places)]
	g.word(place, "PROPN", "B-LOC", false)
	g.word("in", "ADP", "O", false)
	month, year := (k+variant)%12, 2010+k%13
	ms := g.word(months[month], "PROPN", "O", false)
	ys := g.word(fmt.Sprint(year), "NUM", "O", false)
	g.word(",", "PUNCT", "O", true)
	src := g.word("sources", "NOUN", "O", false)
	g.word("told", "VERB", "O", false)
	outlet := hearsay.Span{Start: g.b.Len() + 1}
	for _, w := range strings.Fields(g.doc.Outlet) {
		g.word(w, "PROPN", "B-ORG", false)
	}
	outlet.End = g.b.Len()
	g.word(".", "PUNCT", "O", true)
	g.doc.Sentences = append(g.doc.Sentences, hearsay.Sentence{
		Span: hearsay.Span{Start: start, End: g.b.Len()}, FirstToken: firstTok, EndToken: len(g.doc.Tokens),
	})

	value := fmt.Sprintf("%d-%02d", year, month+1)
	last := time.Date(year, time.Month(month+2), 0, 0, 0, 0, 0, time.UTC)
	tx := len(g.doc.Timexes)
	g.doc.Timexes = append(g.doc.Timexes, hearsay.Timex{
		Span: hearsay.Span{Start: ms.Start, End: ys.End}, Text: months[month] + " " + fmt.Sprint(year),
		Type: hearsay.Date, Value: value, Earliest: value + "-01", Latest: last.Format("2006-01-02"),
		Sentence: si, Rule: "month_year",
	}, hearsay.Timex{
		Span: ageSpan, Text: fmt.Sprint(age), Type: hearsay.Duration, Value: fmt.Sprintf("P%dY", age),
		Sentence: si, Rule: "age_apposition", Anaphoric: k%5 == 0,
	})
	ent := &g.doc.Entities[a]
	if ent.Age == nil {
		at := g.doc.Date.Format("2006-01-02")
		ent.Age = &hearsay.Age{Years: age, At: at, Span: ageSpan}
		ent.Birth = &hearsay.Interval{
			Earliest: g.doc.Date.AddDate(-(age + 1), 0, 1).Format("2006-01-02"),
			Latest:   g.doc.Date.AddDate(-age, 0, 0).Format("2006-01-02"),
		}
	}
	group := len(g.doc.Mentions)
	g.doc.Mentions = append(g.doc.Mentions, hearsay.Mention{
		Span: hearsay.Span{Start: g.doc.Mentions[group-1].Start, End: g.doc.Mentions[group-1].End},
		Text: "the two", Type: hearsay.Person, Kind: hearsay.GroupMention, Entity: -1, Members: []int{a, b},
		Sentence: si, Rule: "group",
	})
	fact := hearsay.Fact{
		ID: fmt.Sprintf("f%d", len(g.doc.Facts)+1), Type: "met",
		Args:     []hearsay.Arg{{Entity: a, Literal: g.doc.Entities[a].Name}, {Entity: b, Literal: g.doc.Entities[b].Name}},
		Time:     &hearsay.FactTime{Value: value, Earliest: value + "-01", Latest: last.Format("2006-01-02"), Timex: tx},
		Modality: hearsay.Reported, Polarity: hearsay.Pos, Confidence: 0.625,
		Sources: []hearsay.Source{
			{Text: g.doc.Outlet, Kind: hearsay.OutletSource, Entity: -1, Span: outlet},
			{Text: "sources", Kind: hearsay.AnonymousSource, Entity: -1, Span: src},
		},
		Sentence: si, Evidence: []int{si}, Trigger: trigger,
		Qualifiers: map[string]string{"place": place, "context": "sentence " + fmt.Sprint(si)},
		Rule:       "met_in",
	}
	if si > 0 {
		fact.Evidence = append(fact.Evidence, si-1)
	}
	g.doc.Facts = append(g.doc.Facts, fact)
	if k%3 == 0 {
		g.doc.Facts = append(g.doc.Facts, hearsay.Fact{
			ID: fmt.Sprintf("f%d", len(g.doc.Facts)+1), Type: "occupation",
			Args:     []hearsay.Arg{{Entity: a, Literal: g.doc.Entities[a].Name}, {Entity: -1, Literal: "dancer"}},
			Modality: hearsay.Asserted, Polarity: hearsay.Neg, Sentence: si, Evidence: []int{si},
			Trigger: trigger, Derived: true, Reason: "test: derived from the met fact", Rule: "derived",
		})
	}
}

// Diff returns "" when got holds the same document as want (all exported
// fields, every layer, and the set of filled layers), else a description of
// the first differences. Empty and nil slices and maps count as equal, and
// dates are compared as instants.
func Diff(want, got *hearsay.Document) string {
	if want == nil || got == nil {
		if want == got {
			return ""
		}
		return fmt.Sprintf("want %v, got %v", want, got)
	}
	var diffs []string
	if !want.Date.Equal(got.Date) {
		diffs = append(diffs, fmt.Sprintf("Date: want %v, got %v", want.Date, got.Date))
	}
	if w, g := want.Layers(), got.Layers(); !reflect.DeepEqual(normalize(reflect.ValueOf(w)).Interface(), normalize(reflect.ValueOf(g)).Interface()) {
		diffs = append(diffs, fmt.Sprintf("Layers: want %v, got %v", w, g))
	}
	wv, gv := reflect.ValueOf(*want), reflect.ValueOf(*got)
	for i := range wv.NumField() {
		f := wv.Type().Field(i)
		if !f.IsExported() || f.Name == "Date" {
			continue
		}
		w, g := normalize(wv.Field(i)).Interface(), normalize(gv.Field(i)).Interface()
		if reflect.DeepEqual(w, g) {
			continue
		}
		diffs = append(diffs, fieldDiff(f.Name, wv.Field(i), gv.Field(i)))
		if len(diffs) >= 5 {
			break
		}
	}
	return strings.Join(diffs, "\n")
}

// fieldDiff describes how one field differs, down to the first differing
// element of a slice.
func fieldDiff(name string, w, g reflect.Value) string {
	if w.Kind() == reflect.Slice && g.Kind() == reflect.Slice {
		if w.Len() != g.Len() {
			return fmt.Sprintf("%s: want %d elements, got %d", name, w.Len(), g.Len())
		}
		for i := range w.Len() {
			if !reflect.DeepEqual(normalize(w.Index(i)).Interface(), normalize(g.Index(i)).Interface()) {
				return fmt.Sprintf("%s[%d]:\n  want %+v\n  got  %+v", name, i, show(w.Index(i)), show(g.Index(i)))
			}
		}
	}
	return fmt.Sprintf("%s:\n  want %+v\n  got  %+v", name, show(w), show(g))
}

// show dereferences pointers inside a value for printing.
func show(v reflect.Value) string {
	s := fmt.Sprintf("%+v", v.Interface())
	if v.Kind() == reflect.Struct {
		var parts []string
		for i := range v.NumField() {
			f := v.Field(i)
			if f.Kind() == reflect.Pointer && !f.IsNil() {
				parts = append(parts, fmt.Sprintf("%s=%+v", v.Type().Field(i).Name, f.Elem().Interface()))
			}
		}
		if len(parts) > 0 {
			s += " " + strings.Join(parts, " ")
		}
	}
	return s
}

// normalize returns a copy of v with empty slices and maps made nil,
// unexported struct fields dropped and times converted to UTC.
func normalize(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Slice:
		if v.Len() == 0 {
			return reflect.Zero(v.Type())
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			out.Index(i).Set(normalize(v.Index(i)))
		}
		return out
	case reflect.Map:
		if v.Len() == 0 {
			return reflect.Zero(v.Type())
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		for it := v.MapRange(); it.Next(); {
			out.SetMapIndex(it.Key(), normalize(it.Value()))
		}
		return out
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		out := reflect.New(v.Type().Elem())
		out.Elem().Set(normalize(v.Elem()))
		return out
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			return reflect.ValueOf(v.Interface().(time.Time).UTC())
		}
		out := reflect.New(v.Type()).Elem()
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				out.Field(i).Set(normalize(v.Field(i)))
			}
		}
		return out
	default:
		return v
	}
}
