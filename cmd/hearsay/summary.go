package main

// The readable form of an analysed document, shared by read, extract and
// show.

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
)

// summaryOptions choose what printSummary adds.
type summaryOptions struct {
	status string // what the store did ("stored", "unchanged", ...); empty when not stored
	inline bool   // mark time expressions and names inside the sentences
}

// printSummary writes a readable account of doc: identity, sentences, then
// every annotation layer present.
func printSummary(w io.Writer, doc *hearsay.Document, o summaryOptions) {
	fmt.Fprintf(w, "● %s  %s  %s  %s\n", shortID(doc.ID), doc.DateString(), orElse(doc.Outlet, "(outlet unknown)"), orElse(doc.Title, "(no title)"))
	fmt.Fprintf(w, "  id %s  source %s", doc.ID, location(doc.Source, doc.URL, doc.Line))
	if doc.URL != "" && doc.URL != doc.Source {
		fmt.Fprintf(w, "  url %s", doc.URL)
	}
	if o.status != "" {
		fmt.Fprintf(w, "  [%s]", o.status)
	}
	fmt.Fprintln(w)
	for _, warn := range doc.Warnings {
		fmt.Fprintf(w, "  warning: %s\n", warn)
	}
	printSentences(w, doc, o.inline)
	printTimexes(w, doc)
	printEntities(w, doc)
	printFacts(w, doc)
	fmt.Fprintln(w)
}

// location is where a document came from: its source, with the line for
// multi-document files unless the source is the document's own URL.
func location(source, url string, line int) string {
	if line > 0 && source != url {
		return fmt.Sprintf("%s:%d", source, line)
	}
	return source
}

// shortID is the first 12 characters of an id, enough to name it.
func shortID(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}

// oneLine collapses white space runs so that a span prints on one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func printSentences(w io.Writer, doc *hearsay.Document, inline bool) {
	if !doc.Has(hearsay.LayerSentences) && len(doc.Sentences) == 0 {
		fmt.Fprintf(w, "  text: %s (not split into sentences)\n", count(int64(doc.Body.Len()), "byte", "bytes"))
		return
	}
	fmt.Fprintf(w, "  %s\n", count(int64(len(doc.Sentences)), "sentence", "sentences"))
	var marks []mark
	if inline {
		marks = inlineMarks(doc)
	}
	for i, s := range doc.Sentences {
		fmt.Fprintf(w, "  %3d. %s\n", i+1, oneLine(markup(doc.Text, s.Span, marks)))
	}
}

// A mark is an annotation shown inside a sentence: [text|label].
type mark struct {
	hearsay.Span
	label string
}

// inlineMarks collects time expressions and entity mentions that do not
// overlap, time expressions first.
func inlineMarks(doc *hearsay.Document) []mark {
	var marks []mark
	free := func(s hearsay.Span) bool {
		for _, m := range marks {
			if m.Overlaps(s) {
				return false
			}
		}
		return s.End > s.Start
	}
	for _, t := range doc.Timexes {
		if free(t.Span) {
			marks = append(marks, mark{t.Span, t.Value})
		}
	}
	for _, m := range doc.Mentions {
		if label := mentionLabel(doc, m); label != "" && free(m.Span) {
			marks = append(marks, mark{m.Span, label})
		}
	}
	sort.Slice(marks, func(i, j int) bool { return marks[i].Start < marks[j].Start })
	return marks
}

// mentionLabel is the id of the entity a mention refers to, "e1+e2" for a
// group, or "" when it is unresolved.
func mentionLabel(doc *hearsay.Document, m hearsay.Mention) string {
	if m.Entity >= 0 && m.Entity < len(doc.Entities) {
		return doc.Entities[m.Entity].ID
	}
	var ids []string
	for _, e := range m.Members {
		if e >= 0 && e < len(doc.Entities) {
			ids = append(ids, doc.Entities[e].ID)
		}
	}
	return strings.Join(ids, "+")
}

// markup returns text[s] with the marks inside it written as [text|label].
func markup(text string, s hearsay.Span, marks []mark) string {
	var b strings.Builder
	at := s.Start
	for _, m := range marks {
		if !s.Contains(m.Span) || m.Start < at {
			continue
		}
		b.WriteString(text[at:m.Start])
		fmt.Fprintf(&b, "[%s|%s]", text[m.Start:m.End], m.label)
		at = m.End
	}
	b.WriteString(text[at:s.End])
	return b.String()
}

func printTimexes(w io.Writer, doc *hearsay.Document) {
	if len(doc.Timexes) == 0 {
		return
	}
	fmt.Fprintf(w, "  time expressions (%d):\n", len(doc.Timexes))
	for _, t := range doc.Timexes {
		extra := ""
		if t.Mod != "" {
			extra += " mod " + t.Mod
		}
		if t.Earliest != "" || t.Latest != "" {
			extra += fmt.Sprintf(" (%s..%s)", t.Earliest, t.Latest)
		}
		if t.Anaphoric {
			extra += " anaphoric"
		}
		fmt.Fprintf(w, "    %-24s %-9s %s%s\n", fmt.Sprintf("%q", oneLine(t.Text)), t.Type, t.Value, extra)
	}
}

func printEntities(w io.Writer, doc *hearsay.Document) {
	if len(doc.Entities) == 0 {
		return
	}
	fmt.Fprintf(w, "  entities (%d):\n", len(doc.Entities))
	for _, e := range doc.Entities {
		var about []string
		about = append(about, string(e.Type))
		if e.Kind != "" {
			about = append(about, e.Kind)
		}
		if e.Age != nil {
			about = append(about, fmt.Sprintf("%d on %s%s", e.Age.Years, e.Age.At, ageWhere(doc, e.Age.Span)))
		}
		if e.Birth != nil {
			about = append(about, fmt.Sprintf("born %s..%s", orQ(e.Birth.Earliest), orQ(e.Birth.Latest)))
		}
		fmt.Fprintf(w, "    %s %s (%s)\n", e.ID, e.Name, strings.Join(about, "; "))
		if ms := mentionList(doc, e); ms != "" {
			fmt.Fprintf(w, "       mentions: %s\n", ms)
		}
	}
}

// ageWhere says where a stated age is written: its words and the number
// of the sentence that holds them (` from "The 62-year-old", sentence 3`);
// "" when the span is unknown or outside the text.
func ageWhere(doc *hearsay.Document, sp hearsay.Span) string {
	if sp.End <= sp.Start || sp.Start < 0 || sp.End > len(doc.Text) {
		return ""
	}
	where := fmt.Sprintf(" from %q", oneLine(doc.Text[sp.Start:sp.End]))
	for i, s := range doc.Sentences {
		if s.Span.Start <= sp.Start && sp.Start < s.Span.End {
			where += fmt.Sprintf(", sentence %d", i+1)
			break
		}
	}
	return where
}

// orQ is "?" for an open bound.
func orQ(s string) string { return orElse(s, "?") }

// orElse is s, or def when s is empty.
// noOutlet stands for an outlet that the articles do not name.
const noOutlet = "(outlet unknown)"

// sourcesText lists a claim's independent sources, noOutlet when its
// articles name none.
func sourcesText(srcs []string) string {
	if len(srcs) == 0 {
		return noOutlet
	}
	return strings.Join(srcs, "; ")
}

// count is n with its noun, singular for one: "1 document", "3 documents".
func count(n int64, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func orElse(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// mentionList is "Portman ×3, she ×2, Natalie Portman": each distinct
// mention text with its count, in order of first appearance.
func mentionList(doc *hearsay.Document, e hearsay.Entity) string {
	var order []string
	count := map[string]int{}
	for _, mi := range e.Mentions {
		if mi < 0 || mi >= len(doc.Mentions) {
			continue
		}
		t := oneLine(doc.Mentions[mi].Text)
		if count[t] == 0 {
			order = append(order, t)
		}
		count[t]++
	}
	parts := make([]string, len(order))
	for i, t := range order {
		parts[i] = t
		if count[t] > 1 {
			parts[i] += fmt.Sprintf(" ×%d", count[t])
		}
	}
	return strings.Join(parts, ", ")
}

func printFacts(w io.Writer, doc *hearsay.Document) {
	if len(doc.Facts) == 0 {
		return
	}
	fmt.Fprintf(w, "  facts (%d):\n", len(doc.Facts))
	for _, f := range doc.Facts {
		fmt.Fprintf(w, "    %s\n", factLine(doc, f))
		if f.Sentence >= 0 && f.Sentence < len(doc.Sentences) {
			fmt.Fprintf(w, "       evidence: sentence %d", f.Sentence+1)
			for _, e := range f.Evidence {
				if e != f.Sentence {
					fmt.Fprintf(w, ", %d", e+1)
				}
			}
			fmt.Fprintln(w)
		}
	}
}

// factLine puts a fact in plain words:
// "Millepied — affair — Camille Étienne · 2023-06 · rumored · source: reports · conf 0.81",
// the last part the fact's confidence, when it was scored.
func factLine(doc *hearsay.Document, f hearsay.Fact) string {
	args := make([]string, len(f.Args))
	for i, a := range f.Args {
		args[i] = a.Literal
		if a.Entity >= 0 && a.Entity < len(doc.Entities) {
			args[i] = doc.Entities[a.Entity].Name
		}
	}
	typ := f.Type
	if f.Polarity == hearsay.Neg {
		typ = "not " + typ
	}
	var head string
	switch len(args) {
	case 0:
		head = typ
	case 1:
		head = args[0] + " — " + typ
	default:
		head = args[0] + " — " + typ + " — " + strings.Join(args[1:], " — ")
	}
	parts := []string{head}
	if t := timeWords(f.Time); t != "" {
		parts = append(parts, t)
	}
	if f.Modality != "" {
		parts = append(parts, string(f.Modality))
	}
	parts = append(parts, "source: "+sourceWords(doc, f.Sources))
	if f.Derived {
		parts = append(parts, "derived: "+f.Reason)
	}
	if f.Confidence > 0 {
		parts = append(parts, fmt.Sprintf("conf %.2f", f.Confidence))
	}
	return strings.Join(parts, " · ")
}

// timeWords is a fact time in short form: "2023-06", "2012 (2012-07-31..2012-08-06)", "2009 → 2013".
func timeWords(t *hearsay.FactTime) string {
	if t.IsZero() {
		return ""
	}
	var s string
	switch {
	case t.Start != "" || t.End != "":
		s = withMod(orQ(t.Start), t.StartMod) + " → " + withMod(orQ(t.End), t.EndMod)
	case t.Value != "":
		s = withMod(t.Value, t.Mod)
		if (t.Earliest != "" || t.Latest != "") && !spansValue(t.Value, t.Earliest, t.Latest) {
			s += fmt.Sprintf(" (%s..%s)", orQ(t.Earliest), orQ(t.Latest))
		}
	default:
		s = fmt.Sprintf("%s..%s", orQ(t.Earliest), orQ(t.Latest))
	}
	return s
}

// spansValue reports whether earliest..latest is exactly the calendar
// period that a year, month or day value names, so that printing the bounds
// would add nothing.
func spansValue(value, earliest, latest string) bool {
	var first, last time.Time
	var err error
	switch len(value) {
	case 4:
		first, err = time.Parse("2006", value)
		last = first.AddDate(1, 0, -1)
	case 7:
		first, err = time.Parse("2006-01", value)
		last = first.AddDate(0, 1, -1)
	case 10:
		first, err = time.Parse(time.DateOnly, value)
		last = first
	default:
		return false
	}
	return err == nil && earliest == first.Format(time.DateOnly) && latest == last.Format(time.DateOnly)
}

func withMod(v, mod string) string {
	if mod == "" {
		return v
	}
	return v + " (" + strings.ToLower(mod) + ")"
}

// sourceWords is the attribution chain, outermost first, or "the article".
func sourceWords(doc *hearsay.Document, srcs []hearsay.Source) string {
	if len(srcs) == 0 {
		return "the article"
	}
	parts := make([]string, len(srcs))
	for i, s := range srcs {
		parts[i] = s.Text
		if s.Entity >= 0 && s.Entity < len(doc.Entities) {
			parts[i] = doc.Entities[s.Entity].Name
		}
	}
	return strings.Join(parts, " › ")
}
