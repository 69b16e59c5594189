// Package gen writes fictional dated news articles for benchmarks: a world
// of people (with birth dates, occupations and namesakes), couples whose
// stories unfold over months (dating rumors, weddings, separation reports
// copied by other outlets, denials by representatives, confirmations,
// divorce filings) and careers (appointments, resignations), told in varied
// phrasings by many outlets. The same seed gives the same articles.
package gen

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"sort"
	"strings"
	"time"
)

// An Article is one generated article in hearsay's JSON Lines shape.
type Article struct {
	URL    string `json:"url"`
	Outlet string `json:"outlet"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	Text   string `json:"text"`
}

// Options size the generated world.
type Options struct {
	N    int   // articles
	Seed int64 // random seed
}

type person struct {
	first, last string
	birth       time.Time
	occ         string
	female      bool
	rep         string // publicist's name
}

func (p *person) name() string { return p.first + " " + p.last }

// age is p's age on day d.
func (p *person) age(d time.Time) int {
	a := d.Year() - p.birth.Year()
	if d.Month() < p.birth.Month() || d.Month() == p.birth.Month() && d.Day() < p.birth.Day() {
		a--
	}
	return a
}

type world struct {
	rng     *rand.Rand
	people  []*person
	outlets []string
	orgs    []string
	places  []string
}

var (
	femaleNames = []string{"Ada", "Bea", "Cleo", "Dana", "Edda", "Fay", "Greta", "Hana", "Iris", "June", "Kira", "Lena", "Mina", "Nora", "Olga", "Pia", "Rhea", "Sara", "Tess", "Vera", "Wren", "Yara", "Zoe", "Elise", "Maren"}
	maleNames   = []string{"Abel", "Bram", "Caspar", "Dario", "Emil", "Felix", "Gus", "Hugo", "Ivo", "Jonas", "Kai", "Luca", "Milo", "Nils", "Otto", "Pavel", "Quinn", "Rafe", "Sami", "Theo", "Ugo", "Viggo", "Will", "Tom", "Graham"}
	syllables   = []string{"bar", "cal", "den", "far", "gol", "har", "kes", "lin", "mor", "nev", "pel", "ros", "sal", "tor", "ven", "wyn", "ald", "ber", "ick", "ton", "ley", "son", "ard", "ers"}
	occupations = []struct{ occ, female string }{{"actor", "actress"}, {"singer", "singer"}, {"director", "director"}, {"footballer", "footballer"}, {"chef", "chef"}, {"author", "author"}, {"model", "model"}, {"senator", "senator"}}
	outletWords = []string{"Star", "Daily", "Wire", "Ledger", "Report", "Weekly", "Gazette", "Herald", "Buzz", "Trade", "Times", "Post", "Feed", "Pulse", "Scene", "Courier"}
	placeNames  = []string{"Big Sur", "Lake Como", "Santorini", "Maui", "Aspen", "Napa", "Tuscany", "Kyoto", "Cape Town", "Reykjavik"}
	weekdays    = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
)

func newWorld(n int, seed int64) *world {
	w := &world{rng: rand.New(rand.NewSource(seed))}
	np := n/8 + 20
	for i := 0; i < np; i++ {
		p := &person{female: w.rng.Intn(2) == 0}
		if p.female {
			p.first = pick(w.rng, femaleNames)
		} else {
			p.first = pick(w.rng, maleNames)
		}
		p.last = capitalize(pick(w.rng, syllables) + pick(w.rng, syllables) + pick(w.rng, syllables))
		p.birth = time.Date(1950+w.rng.Intn(50), time.Month(1+w.rng.Intn(12)), 1+w.rng.Intn(28), 0, 0, 0, 0, time.UTC)
		o := occupations[w.rng.Intn(len(occupations))]
		p.occ = o.occ
		if p.female {
			p.occ = o.female
		}
		p.rep = pick(w.rng, femaleNames) + " " + capitalize(pick(w.rng, syllables)+pick(w.rng, syllables))
		w.people = append(w.people, p)
	}
	seen := map[string]bool{}
	for len(w.outlets) < 40 {
		o := pick(w.rng, outletWords) + " " + pick(w.rng, outletWords)
		if a, b, _ := strings.Cut(o, " "); a != b && !seen[o] {
			seen[o] = true
			w.outlets = append(w.outlets, o)
		}
	}
	for i := 0; i < 60; i++ {
		w.orgs = append(w.orgs, capitalize(pick(w.rng, syllables)+pick(w.rng, syllables))+" "+pick(w.rng, []string{"Rovers", "United", "Film Festival", "Records", "Studios", "Athletic"}))
	}
	w.places = placeNames
	return w
}

func pick(r *rand.Rand, xs []string) string { return xs[r.Intn(len(xs))] }

// Generate writes opts.N articles to w as JSON Lines, oldest first.
func Generate(w io.Writer, opts Options) error {
	wd := newWorld(opts.N, opts.Seed)
	arts := make([]Article, 0, opts.N)
	start := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	for len(arts) < opts.N {
		day := start.AddDate(0, 0, wd.rng.Intn(3300))
		if wd.rng.Intn(4) == 0 {
			arts = append(arts, wd.career(day))
			continue
		}
		arts = append(arts, wd.story(day)...)
	}
	arts = arts[:opts.N]
	sort.SliceStable(arts, func(i, j int) bool { return arts[i].Date < arts[j].Date })
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range arts {
		arts[i].URL = fmt.Sprintf("https://%s.example/%s/%d", strings.ToLower(strings.ReplaceAll(arts[i].Outlet, " ", "")), arts[i].Date, i)
		if err := enc.Encode(arts[i]); err != nil {
			return fmt.Errorf("gen: %w", err)
		}
	}
	return nil
}

// fill replaces {A}, {B}, {a}, {b} (ages), {O}, {X} and the like.
func fill(s string, kv map[string]string) string {
	for k, v := range kv {
		s = strings.ReplaceAll(s, "{"+k+"}", v)
	}
	return s
}

// story tells one couple's story: a few articles from the first report to
// the outcome.
func (w *world) story(day time.Time) []Article {
	a, b := w.people[w.rng.Intn(len(w.people))], w.people[w.rng.Intn(len(w.people))]
	if a == b {
		return nil
	}
	first := pick(w.rng, w.outlets)
	weddingYear := day.Year() - 1 - w.rng.Intn(10)
	kind := w.rng.Intn(3) // 0 separation, 1 dating, 2 engagement
	kv := func(d time.Time, outlet string) map[string]string {
		return map[string]string{"A": a.name(), "B": b.name(), "Al": a.last, "Bl": b.last, "Af": a.first, "Bf": b.first,
			"a": fmt.Sprint(a.age(d)), "b": fmt.Sprint(b.age(d)), "O": outlet, "O0": first, "Y": fmt.Sprint(weddingYear),
			"P": pick(w.rng, w.places), "R": a.rep, "Aocc": a.occ, "Bocc": b.occ, "D": weekdays[int(d.AddDate(0, 0, -1-w.rng.Intn(5)).Weekday())]}
	}
	var arts []Article
	add := func(d time.Time, outlet, title string, sents []string) {
		m := kv(d, outlet)
		for i := range sents {
			sents[i] = fill(sents[i], m)
		}
		arts = append(arts, Article{Outlet: outlet, Date: d.Format("2006-01-02"), Title: fill(title, m), Text: strings.Join(sents, " ") + "\n"})
	}
	noun := []string{"split", "dating", "engaged"}[kind]
	rumor := map[int][]string{
		0: {"{A} and {B} have separated after years of marriage, multiple insiders tell {O}.", "{A}, {a}, and {B}, {b}, have quietly split, sources close to the couple told {O}.", "{A} and {B} are living apart, a source close to the {Aocc} says."},
		1: {"{A} is dating {B}, a source tells {O}.", "{A}, {a}, and {Bocc} {B}, {b}, have been spotted together and are dating, insiders say.", "{A} and {B} are an item, according to a source close to the pair."},
		2: {"{A} and {B} are engaged, sources tell {O}.", "{A}, {a}, is engaged to {B}, insiders told {O}.", "{A} and {B} are reportedly engaged."},
	}[kind]
	background := []string{"The couple married in {P} in {Y}.", "{Al}, {a}, is a {Aocc}; {Bl}, {b}, is a {Bocc}.", "{A} and {B} met in {Y} on the set of a film.", "Representatives for {Al} and {Bl} did not respond to requests for comment."}
	if kind != 0 {
		background[0] = "{Al} was previously married."
	}
	add(day, first, "{A} and {B}: "+noun+"?", []string{pick(w.rng, rumor), pick(w.rng, background), pick(w.rng, background)})
	copies := w.rng.Intn(4)
	d := day
	for i := 0; i < copies; i++ {
		d = d.AddDate(0, 0, 1+w.rng.Intn(3))
		o := pick(w.rng, w.outlets)
		if o == first {
			continue
		}
		cp := []string{"{A} and {B} have reportedly " + map[int]string{0: "split", 1: "been dating", 2: "gotten engaged"}[kind] + ", according to {O0}.",
			"Insiders told {O0} that {A} and {B} have " + map[int]string{0: "separated", 1: "been dating", 2: "become engaged"}[kind] + "."}
		add(d, o, "Report: {A} and {B} "+noun, []string{pick(w.rng, cp), pick(w.rng, background)})
	}
	if w.rng.Intn(3) == 0 {
		d = d.AddDate(0, 0, 1+w.rng.Intn(5))
		verb := map[int]string{0: "have separated", 1: "are dating", 2: "are engaged"}[kind]
		deny := []string{"{A}'s publicist, {R}, denied the report on {D}, calling it completely false.",
			"A representative for {A} denied that {Al} and {Bl} " + verb + ".",
			"{A} denied that she and {B} " + verb + ".",
			"\"{Af} and {Bf} are not " + map[int]string{0: "separated", 1: "dating", 2: "engaged"}[kind] + ",\" {A}'s spokesperson, {R}, said on {D}."}
		add(d, pick(w.rng, w.outlets), "{A}'s rep denies "+noun+" report", []string{pick(w.rng, deny), pick(w.rng, background)})
	}
	if w.rng.Intn(2) == 0 {
		d = d.AddDate(0, 1+w.rng.Intn(8), 0)
		conf := map[int][]string{
			0: {"{A} confirmed on {D} that she and {B} have separated.", "{A}'s representative, {R}, confirmed the separation from {B} in a statement on {D}."},
			1: {"{A} confirmed on {D} that she is dating {B}.", "A representative for {A} confirmed on {D} that {Al} and {Bl} are dating."},
			2: {"{A} and {B} confirmed their engagement on {D}.", "{A}'s representative confirmed the engagement to {B} on {D}."},
		}[kind]
		add(d, pick(w.rng, w.outlets), "{A} confirms "+noun, []string{pick(w.rng, conf), pick(w.rng, background)})
		if kind == 0 && w.rng.Intn(2) == 0 {
			d = d.AddDate(0, 1+w.rng.Intn(6), 0)
			add(d, pick(w.rng, w.outlets), "{B} files for divorce from {A}", []string{"{B}, {b}, filed for divorce from {A} on {D}, according to court documents.", "The couple married in {Y}."})
		}
	}
	return arts
}

// career tells one career event.
func (w *world) career(day time.Time) Article {
	p := w.people[w.rng.Intn(len(w.people))]
	org := pick(w.rng, w.orgs)
	m := map[string]string{"A": p.name(), "Al": p.last, "a": fmt.Sprint(p.age(day)), "G": org, "D": weekdays[int(day.AddDate(0, 0, -1-w.rng.Intn(5)).Weekday())],
		"Y": fmt.Sprint(day.Year() - 1 - w.rng.Intn(6)), "Aocc": p.occ}
	var s []string
	title := ""
	switch w.rng.Intn(3) {
	case 0:
		title = "{G} appoint {A}"
		s = []string{pick(w.rng, []string{"{G} appointed {A}, {a}, as president on {D}.", "{A}, {a}, was named president of {G} on {D}."}), "{Al} previously worked as a {Aocc}."}
	case 1:
		title = "{A} steps down at {G}"
		s = []string{pick(w.rng, []string{"{A} stepped down as president of {G} on {D}.", "{A}, {a}, resigned as president of {G}, the organisation said on {D}."}), "{Al} had been president since {Y}."}
	default:
		title = "{A} sacked by {G}"
		s = []string{"{G} dismissed {A}, {a}, as manager on {D}.", "{Al} was appointed in {Y}."}
	}
	for i := range s {
		s[i] = fill(s[i], m)
	}
	return Article{Outlet: pick(w.rng, w.outlets), Date: day.Format("2006-01-02"), Title: fill(title, m), Text: strings.Join(s, " ") + "\n"}
}

// capitalize upper-cases the first letter of an ASCII word.
func capitalize(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}
