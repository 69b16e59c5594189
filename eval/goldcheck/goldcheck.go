// Package goldcheck loads hand-made gold files in the hearsay-gold/1 format
// (see SCHEMA.md) and checks them against the article text they annotate:
// the creation time matches the article's date line, every time expression
// span cuts its text out of the article (Unicode code points, end
// exclusive), every evidence sentence occurs in the article, fact arguments
// name entities of the file or are literals, birth intervals follow the age
// rule, and fact types, modalities and polarities come from the schema's
// vocabulary.
package goldcheck

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"time"
)

// SchemaVersion is the only schema_version this package accepts.
const SchemaVersion = "hearsay-gold/1"

// Gold is one article's gold annotation.
type Gold struct {
	SchemaVersion string   `json:"schema_version"`
	Document      Document `json:"document"`
	Entities      []Entity `json:"entities"`
	Timexes       []Timex  `json:"timexes"`
	Facts         []Fact   `json:"facts"`
}

// Document identifies the article.
type Document struct {
	ID     string  `json:"id"`
	Date   string  `json:"date"`
	Outlet *string `json:"outlet"`
	URL    *string `json:"url"`
	Title  *string `json:"title"`
}

// Entity is a person, organisation, place, work or event of the article.
type Entity struct {
	ID      string   `json:"id"`
	Type    string   `json:"type"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Age     *Age     `json:"age"`
	Birth   *Bounds  `json:"birth"`
	Unnamed bool     `json:"unnamed"`
}

// Age is a stated age and the time it holds on. At is a day, a month or a
// year; Turned means the birthday itself fell within At ("turned 61 in May").
type Age struct {
	Years  int    `json:"years"`
	At     string `json:"at"`
	Turned bool   `json:"turned"`
}

// Bounds are inclusive bounds on a date; a nil bound is open.
type Bounds struct {
	Earliest *string `json:"earliest"`
	Latest   *string `json:"latest"`
}

// Timex is a time expression with its span in code points.
type Timex struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Type      string `json:"type"`
	Value     string `json:"value"`
	Mod       string `json:"mod"`
	AgeOf     string `json:"age_of"`
	Anaphoric bool   `json:"anaphoric"`
	Optional  bool   `json:"optional"`
	Function  string `json:"function"`
}

// Fact is one attributed claim. Args stay raw because an argument is either
// a string (an entity name or a literal) or a list of accepted literal variants.
type Fact struct {
	ID         string            `json:"id"`
	Type       string            `json:"type"`
	Args       []json.RawMessage `json:"args"`
	Ordered    bool              `json:"ordered"`
	Time       *FactTime         `json:"time"`
	Modality   string            `json:"modality"`
	Polarity   string            `json:"polarity"`
	Source     []string          `json:"source"`
	Evidence   []string          `json:"evidence"`
	Qualifiers map[string]any    `json:"qualifiers"`
	Optional   bool              `json:"optional"`
}

// FactTime is a fact's time: a value with optional bounds, or a state's
// start and end.
type FactTime struct {
	Value    *string `json:"value"`
	Mod      *string `json:"mod"`
	Earliest *string `json:"earliest"`
	Latest   *string `json:"latest"`
	Start    *string `json:"start"`
	End      *string `json:"end"`
	StartMod *string `json:"start_mod"`
	EndMod   *string `json:"end_mod"`
}

// Load reads and decodes one gold file.
func Load(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("goldcheck: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("goldcheck: decode %s: %w", path, err)
	}
	return &g, nil
}

// argKinds gives, per fact type, whether it is ordered and the kind of each
// argument: p a person entity, e any entity, l a literal.
var argKinds = map[string]struct {
	ordered bool
	kinds   string
}{
	"married": {false, "pp"}, "engaged": {false, "pp"}, "dating": {false, "pp"}, "separated": {false, "pp"},
	"divorced": {false, "pp"}, "affair": {false, "pp"}, "met": {false, "pp"}, "collaborated": {false, "pp"},
	"sibling_of": {false, "pp"}, "friend_of": {false, "pp"}, "expecting_child": {false, "pp"},
	"parent_of": {true, "pp"}, "died": {true, "p"}, "born": {true, "p"},
	"position_held": {true, "ple"}, "appointed": {true, "ple"}, "elected": {true, "ple"},
	"resigned": {true, "ple"}, "dismissed": {true, "ple"},
	"occupation": {true, "pl"}, "nationality": {true, "pe"}, "religion": {true, "pl"},
	"residence": {true, "pe"}, "located_at": {true, "pe"}, "member_of": {true, "pe"},
	"representative_of": {true, "pe"},
}

var (
	modalities  = set("asserted", "reported", "rumored", "denied", "speculated", "uncertain")
	polarities  = set("pos", "neg")
	entityTypes = set("person", "org", "place", "work", "event")
	timexTypes  = set("DATE", "TIME", "DURATION", "SET")
	dateLine    = regexp.MustCompile(`^date (\d{4}-\d{2}-\d{2}) `)
	// datePoint matches TIMEX3 values that denote a stretch of calendar time.
	datePoint = regexp.MustCompile(`^(PRESENT_REF|PAST_REF|FUTURE_REF|\d{2}|\d{3}|\d{4}(-(\d{2}(-\d{2}(T(\d{2}(:\d{2})?|MO|AF|EV|NI|DT))?)?|W\d{2}(-(WE|\d))?|SP|SU|FA|WI|Q[1-4]|H[12]))?)$`)
	// duration matches TIMEX3 durations, vague ones (PX, PXM) included.
	duration = regexp.MustCompile(`^PT?(X|\d+(\.\d+)?)(Y|M|W|D|H|S|DE|CE|Q)?$|^P(\d+Y)?(\d+M)?(\d+D)?$`)
	setValue = regexp.MustCompile(`^(XXXX(-\w+)*|P\w+|\d{4}-W?X*.*)$`) // XXXX-WXX-2, XXXX-12-25, P1W
	isoDay   = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

func set(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// Check returns every problem found in g, which annotates text (the .txt
// file's whole content). An empty result means the file is consistent.
func Check(g *Gold, text string) []string {
	c := checker{g: g, text: text, runes: []rune(text)}
	c.document()
	c.entities()
	c.timexes()
	c.facts()
	return c.problems
}

type checker struct {
	g        *Gold
	text     string
	runes    []rune
	problems []string
	byName   map[string][]Entity // lower-cased name or alias → entities
}

func (c *checker) errf(format string, args ...any) {
	c.problems = append(c.problems, fmt.Sprintf(format, args...))
}

func (c *checker) document() {
	if c.g.SchemaVersion != SchemaVersion {
		c.errf("schema_version %q, want %q", c.g.SchemaVersion, SchemaVersion)
	}
	trimmed := strings.TrimLeft(c.text, " \t\r\n")
	m := dateLine.FindStringSubmatch(trimmed)
	if m == nil {
		c.errf("text does not start with a line \"date YYYY-MM-DD <first sentence>\"")
		return
	}
	if c.g.Document.Date != m[1] {
		c.errf("document.date %q but the date line says %q", c.g.Document.Date, m[1])
	}
	if _, err := time.Parse(time.DateOnly, m[1]); err != nil {
		c.errf("date line: %v", err)
	}
	if lines := strings.SplitN(c.text, "\n", 3); len(lines) < 3 || strings.TrimSpace(lines[1]) != "" {
		c.errf("the date line must be followed by a blank line and the body")
	}
	if c.g.Document.ID == "" {
		c.errf("document.id is empty")
	}
}

func (c *checker) entities() {
	c.byName = map[string][]Entity{}
	ids := map[string]bool{}
	for _, e := range c.g.Entities {
		where := "entity " + e.ID
		if e.ID == "" || ids[e.ID] {
			c.errf("%s: missing or duplicate id", where)
		}
		ids[e.ID] = true
		if !entityTypes[e.Type] {
			c.errf("%s: type %q not in the vocabulary", where, e.Type)
		}
		if e.Name == "" {
			c.errf("%s: empty name", where)
		}
		if e.Unnamed != strings.HasPrefix(e.Name, "<unnamed:") {
			c.errf("%s: unnamed=%v but name is %q", where, e.Unnamed, e.Name)
		}
		for _, a := range e.Aliases {
			if !strings.Contains(c.text, a) {
				c.errf("%s: alias %q does not occur in the text", where, a)
			}
		}
		seen := map[string]bool{}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := strings.ToLower(n)
			if !seen[k] {
				c.byName[k] = append(c.byName[k], e)
				seen[k] = true
			}
		}
		c.birth(e, where)
	}
}

// birth checks the birth interval against the stated age.
func (c *checker) birth(e Entity, where string) {
	if e.Birth != nil {
		lo, hi, ok := c.bounds(e.Birth.Earliest, e.Birth.Latest, where+": birth")
		if ok && lo != nil && hi != nil && lo.After(*hi) {
			c.errf("%s: birth earliest %s after latest %s", where, *e.Birth.Earliest, *e.Birth.Latest)
		}
	}
	if e.Age == nil {
		return
	}
	if e.Type != "person" {
		c.errf("%s: age on a %s", where, e.Type)
	}
	want, err := BirthFromAge(e.Age.Years, e.Age.At, e.Age.Turned)
	if err != nil {
		c.errf("%s: %v", where, err)
		return
	}
	if e.Birth == nil || e.Birth.Earliest == nil || e.Birth.Latest == nil ||
		*e.Birth.Earliest != want[0] || *e.Birth.Latest != want[1] {
		c.errf("%s: age %d at %s gives birth %s..%s, gold has %s", where, e.Age.Years, e.Age.At, want[0], want[1], showBounds(e.Birth))
	}
}

func showBounds(b *Bounds) string {
	if b == nil {
		return "none"
	}
	s := func(p *string) string {
		if p == nil {
			return "null"
		}
		return *p
	}
	return s(b.Earliest) + ".." + s(b.Latest)
}

// BirthFromAge applies the schema's rule: someone A years old at time D was
// born in [D.first - (A+1) years + 1 day, D.last - A years], where D is a day,
// a month (YYYY-MM) or a year (YYYY) and D.first, D.last are its first and
// last days. When turned is true the birthday fell within D, so the birth is
// in [D.first - A years, D.last - A years].
func BirthFromAge(years int, at string, turned bool) ([2]string, error) {
	first, last, err := Period(at)
	if err != nil {
		return [2]string{}, fmt.Errorf("age at %q: %w", at, err)
	}
	if turned {
		return [2]string{addYears(first, -years).Format(time.DateOnly), addYears(last, -years).Format(time.DateOnly)}, nil
	}
	lo := addYears(first, -(years+1)).AddDate(0, 0, 1)
	return [2]string{lo.Format(time.DateOnly), addYears(last, -years).Format(time.DateOnly)}, nil
}

// addYears moves t by n years, clamping 29 February to the 28th in common years.
func addYears(t time.Time, n int) time.Time {
	y := t.Year() + n
	d := t.Day()
	if t.Month() == time.February && d == 29 && !isLeap(y) {
		d = 28
	}
	return time.Date(y, t.Month(), d, 0, 0, 0, 0, time.UTC)
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// Period returns the first and last day of a day, month or year value.
func Period(v string) (time.Time, time.Time, error) {
	switch len(v) {
	case 4:
		t, err := time.Parse("2006", v)
		return t, t.AddDate(1, 0, -1), err
	case 7:
		t, err := time.Parse("2006-01", v)
		return t, t.AddDate(0, 1, -1), err
	default:
		t, err := time.Parse(time.DateOnly, v)
		return t, t, err
	}
}

// bounds parses optional ISO day bounds.
func (c *checker) bounds(lo, hi *string, where string) (*time.Time, *time.Time, bool) {
	parse := func(p *string) (*time.Time, bool) {
		if p == nil {
			return nil, true
		}
		t, err := time.Parse(time.DateOnly, *p)
		if err != nil {
			c.errf("%s: %q is not an ISO day", where, *p)
			return nil, false
		}
		return &t, true
	}
	a, ok1 := parse(lo)
	b, ok2 := parse(hi)
	return a, b, ok1 && ok2
}

func (c *checker) timexes() {
	ids := map[string]bool{}
	var t0 *Timex
	for i := range c.g.Timexes {
		t := &c.g.Timexes[i]
		where := "timex " + t.ID
		if t.ID == "" || ids[t.ID] {
			c.errf("%s: missing or duplicate id", where)
		}
		ids[t.ID] = true
		if t.ID == "t0" {
			t0 = t
		}
		if t.Start < 0 || t.End <= t.Start || t.End > len(c.runes) {
			c.errf("%s: bad span [%d,%d) for a text of %d code points", where, t.Start, t.End, len(c.runes))
		} else if got := string(c.runes[t.Start:t.End]); got != t.Text {
			c.errf("%s: text %q but the span [%d,%d) is %q", where, t.Text, t.Start, t.End, got)
		}
		if !timexTypes[t.Type] {
			c.errf("%s: type %q not in the vocabulary", where, t.Type)
		}
		c.timexValue(t, where)
		if t.AgeOf != "" {
			c.ageTimex(t, where)
		}
	}
	if t0 == nil {
		c.errf("no t0 (creation time)")
		return
	}
	if t0.Function != "CREATION_TIME" || t0.Type != "DATE" || t0.Value != c.g.Document.Date {
		c.errf("t0 must be the DATE %s with function CREATION_TIME", c.g.Document.Date)
	}
	lead := len([]rune(c.text)) - len([]rune(strings.TrimLeft(c.text, " \t\r\n")))
	if t0.Start != lead+len("date ") {
		c.errf("t0 starts at %d, the date line's date starts at %d", t0.Start, lead+len("date "))
	}
}

// ageTimex checks that an age expression names a person of the file and
// agrees with the age recorded on that person, if any.
func (c *checker) ageTimex(t *Timex, where string) {
	if !c.isPerson(t.AgeOf) {
		c.errf("%s: age_of %q is not a person of the file", where, t.AgeOf)
	}
	if t.Type != "DURATION" {
		c.errf("%s: an age must be a DURATION", where)
	}
	for _, e := range c.resolve(t.AgeOf) {
		if e.Type == "person" && e.Age != nil && t.Value != fmt.Sprintf("P%dY", e.Age.Years) {
			c.errf("%s: age %s but entity %s has age %d", where, t.Value, e.ID, e.Age.Years)
		}
	}
}

func (c *checker) timexValue(t *Timex, where string) {
	switch t.Type {
	case "DATE", "TIME":
		if !datePoint.MatchString(t.Value) {
			c.errf("%s: %s value %q is not a calendar value", where, t.Type, t.Value)
		}
	case "DURATION":
		if !duration.MatchString(t.Value) {
			c.errf("%s: DURATION value %q is not a TIMEX3 duration", where, t.Value)
		}
	case "SET":
		if !setValue.MatchString(t.Value) {
			c.errf("%s: SET value %q is not a TIMEX3 set", where, t.Value)
		}
	}
}

// resolve returns the entities a name or alias denotes (case-insensitive).
func (c *checker) resolve(name string) []Entity { return c.byName[strings.ToLower(name)] }

func (c *checker) isPerson(name string) bool {
	for _, e := range c.resolve(name) {
		if e.Type == "person" {
			return true
		}
	}
	return false
}

func (c *checker) facts() {
	ids := map[string]bool{}
	for _, f := range c.g.Facts {
		where := "fact " + f.ID
		if f.ID == "" || ids[f.ID] {
			c.errf("%s: missing or duplicate id", where)
		}
		ids[f.ID] = true
		c.factArgs(f, where)
		if !modalities[f.Modality] {
			c.errf("%s: modality %q not in the vocabulary", where, f.Modality)
		}
		if !polarities[f.Polarity] {
			c.errf("%s: polarity %q is not pos or neg", where, f.Polarity)
		}
		if f.Modality == "denied" && f.Polarity != "neg" {
			c.errf("%s: a denied fact has polarity neg", where)
		}
		for _, s := range f.Source {
			if strings.TrimSpace(s) == "" {
				c.errf("%s: empty source element", where)
			}
		}
		if len(f.Evidence) == 0 {
			c.errf("%s: no evidence", where)
		}
		for i, ev := range f.Evidence {
			if ev == "" || !strings.Contains(c.text, ev) {
				c.errf("%s: evidence[%d] does not occur in the text: %.60q", where, i, ev)
			}
			if dateLine.MatchString(ev) {
				c.errf("%s: evidence[%d] includes the date line's header", where, i)
			}
		}
		c.factTime(f.Time, where)
	}
}

func (c *checker) factArgs(f Fact, where string) {
	spec, ok := argKinds[f.Type]
	if !ok {
		c.errf("%s: type %q not in the vocabulary", where, f.Type)
		return
	}
	if f.Ordered != spec.ordered {
		c.errf("%s: ordered=%v but %s has ordered=%v", where, f.Ordered, f.Type, spec.ordered)
	}
	if len(f.Args) != len(spec.kinds) {
		c.errf("%s: %d args, %s takes %d", where, len(f.Args), f.Type, len(spec.kinds))
		return
	}
	for i, raw := range f.Args {
		kind := spec.kinds[i]
		var name string
		if err := json.Unmarshal(raw, &name); err != nil {
			var variants []string
			if err := json.Unmarshal(raw, &variants); err != nil || len(variants) == 0 {
				c.errf("%s: args[%d] is neither a string nor a list of strings", where, i)
				continue
			}
			if kind != 'l' {
				c.errf("%s: args[%d] must name an entity, got a list of literals", where, i)
			}
			c.literal(variants, where, i)
			continue
		}
		switch kind {
		case 'p':
			if !c.isPerson(name) {
				c.errf("%s: args[%d] %q is not a person of the file", where, i, name)
			}
		case 'e':
			if len(c.resolve(name)) == 0 {
				c.errf("%s: args[%d] %q is not an entity of the file", where, i, name)
			}
		case 'l':
			c.literal([]string{name}, where, i)
		}
	}
}

func (c *checker) literal(variants []string, where string, i int) {
	for _, v := range variants {
		if strings.TrimSpace(v) == "" {
			c.errf("%s: args[%d] has an empty literal", where, i)
		}
	}
}

func (c *checker) factTime(t *FactTime, where string) {
	if t == nil {
		return
	}
	point := func(p *string, what string) {
		if p != nil && !datePoint.MatchString(*p) {
			c.errf("%s: time.%s %q is not a calendar value", where, what, *p)
		}
	}
	point(t.Value, "value")
	point(t.Start, "start")
	point(t.End, "end")
	if (t.Start != nil || t.End != nil) && (t.Value != nil || t.Earliest != nil || t.Latest != nil) {
		c.errf("%s: time mixes a state (start/end) with a point (value/bounds)", where)
	}
	if t.Value == nil && t.Earliest == nil && t.Latest == nil && t.Start == nil && t.End == nil {
		c.errf("%s: empty time object (use null)", where)
	}
	for _, p := range []*string{t.Earliest, t.Latest} {
		if p != nil && !isoDay.MatchString(*p) {
			c.errf("%s: time bound %q is not an ISO day", where, *p)
		}
	}
	lo, hi, ok := c.bounds(t.Earliest, t.Latest, where+": time")
	if ok && lo != nil && hi != nil && lo.After(*hi) {
		c.errf("%s: time earliest after latest", where)
	}
}
