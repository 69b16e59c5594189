package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/query"
	"github.com/hearsay-news/hearsay/store"
)

// Base is what every page's layout needs.
type Base struct {
	Title string
	AsOf  string // the as-of day, "" for everything stored
	Path  string // the page's path, for the as-of form
	Q     string // the search box's text
}

func base(r *http.Request, title string) Base {
	return Base{Title: title, AsOf: strings.TrimSpace(r.URL.Query().Get("as_of")), Path: r.URL.Path, Q: r.URL.Query().Get("q")}
}

// withAsOf adds the as-of day to a site path.
func withAsOf(path, asOf string) string {
	if asOf == "" {
		return path
	}
	return path + "?as_of=" + url.QueryEscape(asOf)
}

func personURL(id, asOf string) string { return withAsOf("/people/"+url.PathEscape(id), asOf) }
func claimURL(id, asOf string) string  { return withAsOf("/claims/"+url.PathEscape(id), asOf) }

// docURL links to a document with a byte span highlighted.
func docURL(id string, sp hearsay.Span) string {
	u := "/documents/" + url.PathEscape(id)
	if sp.End > sp.Start {
		u += "?hl=" + strconv.Itoa(sp.Start) + "-" + strconv.Itoa(sp.End)
	}
	return u
}

// Looks are how a claim's standing is drawn, strongest doubt last.
var looks = []Legend{
	{"asserted", "asserted", "stated as fact by an article in its own voice"},
	{"reported", "reported", "relayed from sources; not confirmed"},
	{"rumored", "rumored", "a rumour or speculation"},
	{"disputed", "disputed", "reported, then denied by someone involved"},
	{"denied", "denied", "denied or retracted"},
	{"confirmed", "confirmed", "confirmed by the people involved, their representatives or a record"},
}

// A Legend entry explains one look.
type Legend struct {
	Look, Label, Meaning string
}

// Look is the drawing class of a claim from its status and strongest
// modality: asserted, reported, rumored, disputed, denied or confirmed.
func Look(status, modality string) string {
	switch status {
	case kb.StatusConfirmed:
		return "confirmed"
	case kb.StatusDenied, kb.StatusRetracted:
		return "denied"
	case kb.StatusDisputed:
		return "disputed"
	case kb.StatusReported:
		return "reported"
	case kb.StatusRumored:
		return "rumored"
	case kb.StatusAsserted:
		return "asserted"
	}
	switch modality {
	case "reported":
		return "reported"
	case "rumored", "speculated", "uncertain":
		return "rumored"
	case "denied":
		return "denied"
	}
	return "asserted"
}

// lookRank orders looks by how firmly they hold, for choosing one look
// for several claims.
var lookRank = map[string]int{"confirmed": 6, "asserted": 5, "reported": 4, "disputed": 3, "rumored": 2, "denied": 1}

// readAsOf validates the as-of parameter.
func readAsOf(r *http.Request) (string, error) {
	asOf := strings.TrimSpace(r.URL.Query().Get("as_of"))
	if asOf != "" && !validDay(asOf) {
		return "", query.ErrBadDate
	}
	return asOf, nil
}

// offsetParam reads a non-negative offset.
func offsetParam(r *http.Request) int {
	n, err := strconv.Atoi(r.URL.Query().Get("offset"))
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// Pager links to the previous and next pages of a list.
type Pager struct {
	Prev, Next string
	From, To   int
	Total      int // -1 when unknown
}

func pager(r *http.Request, offset, limit, shown, total int, more bool) Pager {
	p := Pager{From: offset + 1, To: offset + shown, Total: total}
	link := func(off int) string {
		q := r.URL.Query()
		q.Set("offset", strconv.Itoa(off))
		return r.URL.Path + "?" + q.Encode()
	}
	if offset > 0 {
		p.Prev = link(max(offset-limit, 0))
	}
	if more {
		p.Next = link(offset + limit)
	}
	return p
}

// HomePage lists people.
type HomePage struct {
	Base
	People []Link
	Pager  Pager
}

// A Link is a labelled site link.
type Link struct {
	Label, URL string
	Hint       string // tells namesakes apart: occupations, number of articles
}

const homeLimit = 60

func (s *Site) home(r *http.Request) (string, any, error) {
	asOf, err := readAsOf(r)
	if err != nil {
		return "", nil, err
	}
	off := offsetParam(r)
	refs, total, err := s.cfg.Query.People(r.Context(), "", query.Page{Limit: homeLimit, Offset: off})
	if err != nil {
		return "", nil, err
	}
	p := HomePage{Base: base(r, "People in the news"), Pager: pager(r, off, homeLimit, len(refs), total, off+len(refs) < total)}
	for _, ref := range refs {
		p.People = append(p.People, Link{Label: ref.Name, URL: personURL(ref.ID, asOf)})
	}
	return "home", p, nil
}

// An EventView is one timeline entry.
type EventView struct {
	When     string // the event's time as written ("2015-06-20", "2013", "since 2024-01")
	Datetime string // machine-readable day
	Year     string // set on the first event of a year
	Text     string
	Look     string
	Status   string
	Modality string
	Claim    string // link to the claim page, "" for derived events (birth)
	Sources  string
	Docs     int
	Conflict bool
	Conf     string // the claim's confidence, "0.87"; "" when not scored
	Low      bool   // the confidence is under kb.LowConfidence
}

// A Relation is a related person and what links them.
type Relation struct {
	Person Link
	Kinds  []RelKind
}

// A RelKind is one claim between two people.
type RelKind struct {
	Word, Look, Claim string
	Conf              string // "" when not scored
	Low               bool   // under kb.LowConfidence
}

// timelineLimit is the most dated events a person page shows at once.
const timelineLimit = 250

// PersonPage is a person's profile, timeline and graph.
type PersonPage struct {
	Base
	Person    *query.Person
	Birth     string
	Ages      []AgeView // the stated ages the birth interval rests on
	Events    []EventView
	Undated   []EventView
	Legend    []Legend
	Relations []Relation
	Graph     Graph
	Pager     Pager // of the dated events
	Total     int   // dated events before paging

	MinConf     string       // the minimum confidence shown, "" for all
	ConfChoices []ConfChoice // the choices of the confidence filter
	Hidden      int          // claims of this page hidden by the filter
	LowConf     string       // kb.LowConfidence, for the legend
}

// An AgeView is one stated age on a person page: the age, the article,
// the sentence and a link to the article with the sentence highlighted.
type AgeView struct {
	query.Age
	URL string
}

// ageViews links each stated age to its sentence in its article.
func ageViews(ages []query.Age) []AgeView {
	out := make([]AgeView, 0, len(ages))
	for _, a := range ages {
		out = append(out, AgeView{Age: a, URL: docURL(a.Doc, a.Span)})
	}
	return out
}

// A ConfChoice is one choice of the confidence filter.
type ConfChoice struct {
	Value, Label string
	Selected     bool
}

// confChoices are the minimum confidences the person page offers.
var confChoices = []string{"", "0.5", "0.8", "0.95"}

// choices lists the confidence filter's choices, cur selected (added when
// it is not one of them).
func choices(cur string) []ConfChoice {
	var out []ConfChoice
	found := false
	for _, v := range confChoices {
		label := "any confidence"
		if v != "" {
			label = "at least " + v
		}
		out = append(out, ConfChoice{Value: v, Label: label, Selected: v == cur})
		found = found || v == cur
	}
	if !found {
		out = append(out, ConfChoice{Value: cur, Label: "at least " + cur, Selected: true})
	}
	return out
}

// readMinConf reads the min_confidence parameter: 0 and "" when absent.
func readMinConf(r *http.Request) (float64, string, error) {
	v := strings.TrimSpace(r.URL.Query().Get("min_confidence"))
	if v == "" {
		return 0, "", nil
	}
	c, err := strconv.ParseFloat(v, 64)
	if err != nil || !(c >= 0 && c <= 1) {
		return 0, "", &pageError{Status: http.StatusBadRequest, Message: "The minimum confidence must be a number from 0 to 1."}
	}
	return c, v, nil
}

// confView writes a confidence for a page: "0.87", and whether it is low;
// "" when it was not scored.
func confView(c float64) (string, bool) {
	if c <= 0 {
		return "", false
	}
	return strconv.FormatFloat(c, 'f', 2, 64), c < kb.LowConfidence
}

func (s *Site) person(r *http.Request) (string, any, error) {
	asOf, err := readAsOf(r)
	if err != nil {
		return "", nil, err
	}
	minConf, minText, err := readMinConf(r)
	if err != nil {
		return "", nil, err
	}
	ctx := r.Context()
	id := r.PathValue("id")
	off := offsetParam(r)
	p, tl, err := s.cfg.Query.PersonTimeline(ctx, id, asOf, query.Page{Limit: timelineLimit, Offset: off})
	if err != nil {
		return "", nil, err
	}
	rules := s.rules
	page := PersonPage{Base: base(r, p.Name), Person: p, Birth: birthText(p), Ages: ageViews(p.Ages), Legend: looks, Total: tl.Total,
		Pager:   pager(r, off, timelineLimit, len(tl.Events), tl.Total, off+len(tl.Events) < tl.Total),
		MinConf: minText, ConfChoices: choices(minText), LowConf: strconv.FormatFloat(kb.LowConfidence, 'f', -1, 64)}
	// hidden reports whether the filter hides an event (never the birth
	// interval, which is no claim)
	hidden := func(ev query.Event) bool {
		if ev.Claim != "" && ev.Confidence < minConf {
			page.Hidden++
			return true
		}
		return false
	}
	lastYear := ""
	for _, ev := range tl.Events {
		if hidden(ev) {
			continue
		}
		v := eventView(ev, asOf)
		if y := yearOf(ev.Date); y != lastYear {
			v.Year, lastYear = y, y
		}
		page.Events = append(page.Events, v)
	}
	for _, ev := range tl.Undated {
		if !hidden(ev) {
			page.Undated = append(page.Undated, eventView(ev, asOf))
		}
	}
	page.Relations = relations(rules, p, asOf, minConf)
	page.Graph = graph(p.Name, page.Relations)
	return "person", page, nil
}

func birthText(p *query.Person) string {
	switch {
	case p.BirthConflict:
		return "sources disagree (see contradictions)"
	case p.Birth.Earliest != "" && p.Birth.Latest != "" && p.Birth.Earliest == p.Birth.Latest:
		return p.Birth.Earliest
	case p.Birth.Earliest != "" || p.Birth.Latest != "":
		return "between " + orQ(p.Birth.Earliest) + " and " + orQ(p.Birth.Latest)
	}
	return ""
}

func orQ(s string) string {
	if s == "" {
		return "?"
	}
	return s
}

func yearOf(day string) string {
	if len(day) >= 4 {
		return day[:4]
	}
	return ""
}

func eventView(ev query.Event, asOf string) EventView {
	v := EventView{When: whenText(ev), Datetime: ev.Date, Text: eventText(ev), Look: Look(ev.Status, ev.Modality),
		Status: ev.Status, Modality: ev.Modality, Sources: strings.Join(ev.Sources, "; "), Docs: len(ev.Documents), Conflict: ev.Conflict}
	v.Conf, v.Low = confView(ev.Confidence)
	if ev.Claim != "" {
		v.Claim = claimURL(ev.Claim, asOf)
	}
	return v
}

// eventText is an event's description without the time query.Event.Text
// ends with, since the page shows the time apart.
func eventText(ev query.Event) string {
	t := ev.Text
	if ev.Time.IsZero() || !strings.HasSuffix(t, ")") {
		return t
	}
	if i := strings.LastIndex(t, " ("); i > 0 {
		return t[:i]
	}
	return t
}

// whenText writes an event's time for people.
func whenText(ev query.Event) string {
	t := ev.Time
	switch {
	case t == nil:
		return ev.Date
	case t.Start != "" && t.End != "":
		return t.Start + " – " + t.End
	case t.Start != "":
		return "since " + t.Start
	case t.End != "":
		return "until " + t.End
	case t.Value != "" && t.Value != "PRESENT_REF":
		return t.Value
	case t.Earliest != "" && t.Latest != "" && t.Earliest != t.Latest:
		return t.Earliest + " – " + t.Latest
	}
	return ev.Date
}

// relations groups a person's facts of at least confidence minConf by the
// other people in them.
func relations(rules *kb.Rules, p *query.Person, asOf string, minConf float64) []Relation {
	var out []Relation
	for _, ref := range p.Related {
		rel := Relation{Person: Link{Label: ref.Name, URL: personURL(ref.ID, asOf)}}
		for _, f := range p.Facts {
			if !contains(f.Args, ref.Name) || f.Confidence < minConf {
				continue
			}
			k := RelKind{Word: rules.WordFrom(f.Type, len(f.Args) == 0 || f.Args[0] != ref.Name), Look: Look(f.Status, f.Modality), Claim: claimURL(f.Claim, asOf)}
			k.Conf, k.Low = confView(f.Confidence)
			rel.Kinds = append(rel.Kinds, k)
		}
		if len(rel.Kinds) > 0 {
			out = append(out, rel)
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// ClaimPage is a claim's history with its evidence.
type ClaimPage struct {
	Base
	Claim   *query.Claim
	Text    string
	Look    string
	When    string
	Legend  []Legend
	Steps   []StepView
	Persons []Link
	Conf    string // the claim's confidence as of the page's day; "" when not scored
	Low     bool   // under kb.LowConfidence
}

// A StepView is one report of a claim with its evidence in context.
type StepView struct {
	query.Evidence
	Look     string
	Title    string
	DocURL   string
	Context  Excerpt
	Missing  bool // the document is no longer stored
	Negative bool
	Conf     string // the report's confidence; "" when not scored
	Low      bool   // under kb.LowConfidence
}

// An Excerpt is article text around a highlighted span.
type Excerpt struct {
	Before, Mark, After string
	Cut                 [2]bool // text was left out before, after
}

func (s *Site) claim(r *http.Request) (string, any, error) {
	asOf, err := readAsOf(r)
	if err != nil {
		return "", nil, err
	}
	ctx := r.Context()
	c, err := s.cfg.Query.Claim(ctx, r.PathValue("id"), asOf)
	if err != nil {
		return "", nil, err
	}
	rules := s.rules
	word := rules.Word(c.Type)
	page := ClaimPage{Base: base(r, word+": "+strings.Join(c.Args, ", ")), Claim: c, Text: word + " — " + strings.Join(c.Args, ", "),
		Look: Look(c.Status, c.Modality), Legend: looks}
	page.Conf, page.Low = confView(c.Confidence)
	if c.Time != nil {
		page.When = whenText(query.Event{Time: c.Time})
	}
	docs := map[string]*hearsay.Document{}
	for _, e := range c.Evidence {
		st := StepView{Evidence: e, Look: Look("", e.Modality), DocURL: docURL(e.Doc, e.Span), Negative: e.Polarity == "neg"}
		st.Conf, st.Low = confView(e.Confidence)
		if st.Negative {
			st.Look = "denied"
		}
		if e.Step == query.StepConfirmation {
			st.Look = "confirmed"
		}
		d, err := s.doc(ctx, docs, e.Doc)
		if err != nil {
			st.Missing = true
		} else {
			st.Title = d.Title
			st.Context = excerpt(d, e.Span, claimContext)
		}
		page.Steps = append(page.Steps, st)
	}
	for _, a := range c.Args {
		if p := claimPerson(ctx, s.cfg.Query, a, c.ID, asOf); p != nil {
			page.Persons = append(page.Persons, Link{Label: p.Name, URL: personURL(p.ID, asOf)})
		}
	}
	return "claim", page, nil
}

// claimPerson finds, among the people a claim argument's name can mean,
// the one the claim is about (nil for literals and unknown names).
func claimPerson(ctx context.Context, q *query.Engine, name, claim, asOf string) *query.Person {
	ps, err := q.Person(ctx, name, asOf)
	if err != nil {
		return nil
	}
	for i := range ps {
		for _, f := range ps[i].Facts {
			if f.Claim == claim {
				return &ps[i]
			}
		}
	}
	return nil
}

// claimContext is how much article text a claim page shows on each side of
// an evidence sentence, in bytes.
const claimContext = 320

// doc loads a document once per request.
func (s *Site) doc(ctx context.Context, cache map[string]*hearsay.Document, id string) (*hearsay.Document, error) {
	if d, ok := cache[id]; ok {
		return d, nil
	}
	d, err := s.cfg.Store.Document(ctx, id)
	if err != nil {
		return nil, err
	}
	cache[id] = d
	return d, nil
}

// excerpt cuts the article body around the byte span sp, with at most
// room bytes on each side (cut at line or word boundaries).
func excerpt(d *hearsay.Document, sp hearsay.Span, room int) Excerpt {
	text := d.Text
	lo, hi := 0, len(text)
	if b := d.Body; b.End > b.Start && b.End <= len(text) && b.Start <= sp.Start && sp.End <= b.End {
		lo, hi = b.Start, b.End
	}
	if sp.Start < lo || sp.End > hi || sp.End < sp.Start || !boundary(text, sp.Start) || !boundary(text, sp.End) {
		return Excerpt{After: text[lo:min(hi, lo+2*room)], Cut: [2]bool{false, hi > lo+2*room}}
	}
	ex := Excerpt{Mark: text[sp.Start:sp.End]}
	from := max(lo, sp.Start-room)
	for from > lo && !boundary(text, from) {
		from--
	}
	if from > lo {
		if i := strings.IndexAny(text[from:sp.Start], "\n "); i >= 0 {
			from += i + 1
		}
		ex.Cut[0] = true
	}
	to := min(hi, sp.End+room)
	for to < hi && !boundary(text, to) {
		to++
	}
	if to < hi {
		if i := strings.LastIndexAny(text[sp.End:to], "\n "); i >= 0 {
			to = sp.End + i
		}
		ex.Cut[1] = true
	}
	ex.Before, ex.After = text[from:sp.Start], text[sp.End:to]
	return ex
}

// boundary reports whether byte offset i of s starts a rune (or is its end).
func boundary(s string, i int) bool {
	return i >= 0 && i <= len(s) && (i == len(s) || utf8.RuneStart(s[i]))
}

// DocumentPage is one article with an optional highlight.
type DocumentPage struct {
	Base
	Doc     *hearsay.Document
	Date    string
	Excerpt Excerpt
}

func (s *Site) document(r *http.Request) (string, any, error) {
	d, err := store.Find(r.Context(), s.cfg.Store, r.PathValue("id"))
	if err != nil {
		return "", nil, err
	}
	title := d.Title
	if title == "" {
		title = "Article of " + d.DateString()
	}
	page := DocumentPage{Base: base(r, title), Doc: d, Date: d.DateString()}
	if sp, ok := parseSpan(r.URL.Query().Get("hl")); ok {
		page.Excerpt = excerpt(d, sp, len(d.Text))
	} else {
		page.Excerpt = excerpt(d, hearsay.Span{Start: -1, End: -1}, len(d.Text))
	}
	return "document", page, nil
}

func parseSpan(v string) (hearsay.Span, bool) {
	a, b, ok := strings.Cut(v, "-")
	if !ok {
		return hearsay.Span{}, false
	}
	s, err1 := strconv.Atoi(a)
	e, err2 := strconv.Atoi(b)
	return hearsay.Span{Start: s, End: e}, err1 == nil && err2 == nil && s <= e
}

// personHint describes a person in a few words: occupations and the
// number of articles.
func personHint(p *query.Person) string {
	var occ []string
	for _, f := range p.Facts {
		if f.Type == "occupation" && len(f.Args) == 2 && !contains(occ, f.Args[1]) {
			occ = append(occ, f.Args[1])
		}
	}
	n := strconv.Itoa(p.Documents) + " article"
	if p.Documents != 1 {
		n += "s"
	}
	if len(occ) == 0 {
		return n
	}
	return strings.Join(occ, ", ") + " · " + n
}

// SearchPage shows people and articles matching a query.
type SearchPage struct {
	Base
	People []Link
	Hits   []HitView
	Pager  Pager
	Error  string
}

// A HitView is one search result with its snippet split into plain and
// matched parts.
type HitView struct {
	store.Hit
	URL     string
	Date    string
	Snippet []Part
}

// A Part is a piece of a snippet; Match marks a matched word.
type Part struct {
	Text  string
	Match bool
}

const searchLimit = 20

func (s *Site) search(r *http.Request) (string, any, error) {
	asOf, err := readAsOf(r)
	if err != nil {
		return "", nil, err
	}
	page := SearchPage{Base: base(r, "Search")}
	q := strings.TrimSpace(page.Q)
	if q == "" {
		return "search", page, nil
	}
	page.Title = "Search: " + q
	ctx := r.Context()
	off := offsetParam(r)
	if off == 0 {
		refs, _, err := s.cfg.Query.People(ctx, q, query.Page{Limit: 20})
		if err != nil {
			return "", nil, err
		}
		for _, ref := range refs {
			l := Link{Label: ref.Name, URL: personURL(ref.ID, asOf)}
			if p, err := s.cfg.Query.PersonByID(ctx, ref.ID, asOf); err == nil {
				l.Hint = personHint(p)
			}
			page.People = append(page.People, l)
		}
	}
	hits, err := s.cfg.Store.Search(ctx, q, searchLimit+1, off)
	if err != nil {
		if ctx.Err() != nil {
			return "", nil, err
		}
		s.cfg.Log.InfoContext(ctx, "web: search", "q", q, "err", err)
		page.Error = "The search could not be run; try plain words."
		return "search", page, nil
	}
	more := len(hits) > searchLimit
	if more {
		hits = hits[:searchLimit]
	}
	page.Pager = pager(r, off, searchLimit, len(hits), -1, more)
	for _, h := range hits {
		page.Hits = append(page.Hits, HitView{Hit: h, URL: docURL(h.ID, hearsay.Span{}), Date: h.Date.Format("2006-01-02"), Snippet: snippetParts(h.Snippet)})
	}
	return "search", page, nil
}

// snippetParts splits a snippet whose matches are in [brackets].
func snippetParts(s string) []Part {
	var out []Part
	for s != "" {
		i := strings.IndexByte(s, '[')
		j := strings.IndexByte(s[max(i, 0):], ']')
		if i < 0 || j < 0 {
			out = append(out, Part{Text: s})
			break
		}
		j += i
		if i > 0 {
			out = append(out, Part{Text: s[:i]})
		}
		out = append(out, Part{Text: s[i+1 : j], Match: true})
		s = s[j+1:]
	}
	return out
}

// OutletsPage shows outlets' track records and a chart of them.
type OutletsPage struct {
	Base
	Outlets []query.OutletRecord
	Chart   BarChart
	Total   int
}

func (s *Site) outlets(r *http.Request) (string, any, error) {
	asOf, err := readAsOf(r)
	if err != nil {
		return "", nil, err
	}
	os, total, err := s.cfg.Query.Outlets(r.Context(), asOf, query.Page{Limit: 100})
	if err != nil {
		return "", nil, err
	}
	return "outlets", OutletsPage{Base: base(r, "Outlets"), Outlets: os, Chart: outletChart(os), Total: total}, nil
}

// ContradictionsPage lists where sources disagree.
type ContradictionsPage struct {
	Base
	Items []ContradictionView
	Pager Pager
}

// A ContradictionView is one contradiction with links.
type ContradictionView struct {
	query.Contradiction
	URL   string
	Sides []SideView
}

// A SideView is one value of a contradiction and who gives it.
type SideView struct {
	Value   string
	Reports []ReportView
}

// A ReportView is one report of a side.
type ReportView struct {
	Date, Outlet, Sentence, URL string
	Fact                        string // what the report says when there is no sentence ("age 38 on 2024-02-12")
}

const contradictionsLimit = 50

func (s *Site) contradictions(r *http.Request) (string, any, error) {
	asOf, err := readAsOf(r)
	if err != nil {
		return "", nil, err
	}
	off := offsetParam(r)
	cs, total, err := s.cfg.Query.ContradictionsAsOf(r.Context(), asOf, query.Page{Limit: contradictionsLimit, Offset: off})
	if err != nil {
		return "", nil, err
	}
	page := ContradictionsPage{Base: base(r, "Contradictions"), Pager: pager(r, off, contradictionsLimit, len(cs), total, off+len(cs) < total)}
	for _, c := range cs {
		v := ContradictionView{Contradiction: c}
		switch {
		case c.Claim != "":
			v.URL = claimURL(c.Claim, asOf)
		case c.Entity != "":
			v.URL = personURL(c.Entity, asOf)
		}
		for _, sd := range c.Sides {
			sv := SideView{Value: sd.Value}
			for _, rp := range sd.Reports {
				sv.Reports = append(sv.Reports, ReportView{Date: rp.Date, Outlet: rp.Outlet, Sentence: rp.Sentence, Fact: rp.Fact, URL: docURL(rp.Doc, rp.Span)})
			}
			v.Sides = append(v.Sides, sv)
		}
		page.Items = append(page.Items, v)
	}
	return "contradictions", page, nil
}

// errorPage is the data of the error page.
type errorPage struct {
	Base
	Status  int
	Message string
}

// validDay reports whether s is a calendar day written YYYY-MM-DD.
func validDay(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return len(s) == 10 && err == nil
}

func itoa(n int) string { return strconv.Itoa(n) }
