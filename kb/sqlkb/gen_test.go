package sqlkb

import (
	"fmt"
	"math/rand"
	"strings"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/kb"
)

// A corpus makes fictional analysed documents for tests and benchmarks of
// the knowledge base: people with shared surnames and namesakes of other
// ages and trades, one-word mentions, outlets named like people, ages,
// relationships with times that sometimes disagree, attribution chains,
// denials, and new versions of earlier articles. It is deterministic for a
// seed.
type corpus struct {
	rng     *rand.Rand
	people  []genPerson
	outlets []string
	n       int      // documents made so far
	urls    []string // urls used so far, for new versions
}

type genPerson struct {
	given, family string
	birth         time.Time
	occ           string
}

func newCorpus(seed int64, people int) *corpus {
	rng := rand.New(rand.NewSource(seed))
	given := []string{"Ada", "Bram", "Cleo", "Dario", "Edda", "Felix", "Greta", "Hugo", "Iris", "Jonas", "Kira", "Luca", "Mina", "Nils", "Olga", "Pavel"}
	occs := []string{"actor", "singer", "director", "footballer", "senator", "chef", "author", "model"}
	c := &corpus{rng: rng, outlets: []string{"Star Daily", "Wire Report", "Celeb Now", "The Ledger", "Pop Weekly", "Ross"}}
	families := max(4, people/3)
	for i := 0; i < people; i++ {
		p := genPerson{given: given[rng.Intn(len(given))], family: fmt.Sprintf("Vel%s%d", string(rune('a'+i%7)), rng.Intn(families)),
			birth: time.Date(1950+rng.Intn(50), 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.Intn(365)), occ: occs[rng.Intn(len(occs))]}
		if i > 0 && rng.Intn(12) == 0 {
			// a namesake of an earlier person
			q := c.people[rng.Intn(len(c.people))]
			p.given, p.family = q.given, q.family
		}
		c.people = append(c.people, p)
	}
	return c
}

// doc makes the next document.
func (c *corpus) doc() *hearsay.Document {
	rng := c.rng
	c.n++
	day := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.Intn(3000))
	d := &hearsay.Document{ID: fmt.Sprintf("d%07d-%04x", c.n, rng.Intn(1<<16)), Source: "gen", Outlet: c.outlets[rng.Intn(len(c.outlets))], Date: day}
	switch {
	case len(c.urls) > 0 && rng.Intn(15) == 0:
		d.URL = c.urls[rng.Intn(len(c.urls))] // a new version of an earlier article
	default:
		d.URL = fmt.Sprintf("https://news.example/%d", c.n)
		c.urls = append(c.urls, d.URL)
	}
	c.fill(d)
	return d
}

// reanalysed gives d new layers (same text, other entities and facts).
func (c *corpus) reanalysed(d *hearsay.Document) *hearsay.Document {
	n := &hearsay.Document{ID: d.ID, Source: d.Source, URL: d.URL, Outlet: d.Outlet, Date: d.Date}
	c.fill(n)
	n.Text, n.Body = d.Text, d.Body
	var spans []hearsay.Span
	for _, s := range d.Sentences {
		spans = append(spans, s.Span)
	}
	n.Sentences = n.Sentences[:0]
	for _, sp := range spans {
		n.Sentences = append(n.Sentences, hearsay.Sentence{Span: sp})
	}
	for i := range n.Facts {
		n.Facts[i].Sentence = rng0(c.rng, len(spans))
		n.Facts[i].Evidence = []int{n.Facts[i].Sentence}
	}
	return n
}

func rng0(rng *rand.Rand, n int) int {
	if n == 0 {
		return 0
	}
	return rng.Intn(n)
}

// fill gives d text, sentences, entities and facts.
func (c *corpus) fill(d *hearsay.Document) {
	rng := c.rng
	dayS := d.Date.Format("2006-01-02")
	k := 2 + rng.Intn(3)
	var ps []genPerson
	for len(ps) < k {
		ps = append(ps, c.people[rng.Intn(len(c.people))])
	}
	var sents []string
	for i, p := range ps {
		e := hearsay.Entity{ID: fmt.Sprintf("e%d", i+1), Type: hearsay.Person}
		switch r := rng.Intn(10); {
		case r == 0:
			e.Name = p.family
		case r == 1:
			e.Name = p.given
		default:
			e.Name = p.given + " " + p.family
		}
		e.Aliases = []string{e.Name}
		if !strings.Contains(e.Name, " ") {
			e.Aliases = append(e.Aliases, p.family)
		}
		if rng.Intn(4) == 0 {
			years := d.Date.Year() - p.birth.Year()
			if d.Date.YearDay() < p.birth.YearDay() {
				years--
			}
			if rng.Intn(20) == 0 {
				years += 1 + rng.Intn(3) // an outlet's mistake
			}
			iv, err := kb.BirthFromAge(years, dayS)
			if err == nil {
				e.Age = &hearsay.Age{Years: years, At: dayS}
				e.Birth = &hearsay.Interval{Earliest: iv.Earliest, Latest: iv.Latest}
			}
		}
		d.Entities = append(d.Entities, e)
		sents = append(sents, fmt.Sprintf("%s is a %s.", e.Name, p.occ))
	}
	if rng.Intn(5) == 0 {
		// an outlet read as a person, an organisation, an unnamed person
		d.Entities = append(d.Entities,
			hearsay.Entity{ID: fmt.Sprintf("e%d", len(d.Entities)+1), Type: hearsay.Person, Name: c.outlets[rng.Intn(len(c.outlets))]},
			hearsay.Entity{ID: fmt.Sprintf("e%d", len(d.Entities)+2), Type: hearsay.Org, Name: "Acme Films", Aliases: []string{"Acme"}},
			hearsay.Entity{ID: fmt.Sprintf("e%d", len(d.Entities)+3), Type: hearsay.Person, Unnamed: true})
	}
	types := []string{"married", "dating", "separated", "engaged", "divorced", "affair", "collaborated", "met", "parent_of", "appointed"}
	mods := []hearsay.Modality{hearsay.Asserted, hearsay.Reported, hearsay.Rumored, hearsay.Denied, hearsay.Reported, hearsay.Speculated}
	nf := 1 + rng.Intn(4)
	for i := 0; i < nf; i++ {
		a, b := rng.Intn(len(d.Entities)), rng.Intn(len(d.Entities))
		f := hearsay.Fact{ID: fmt.Sprintf("f%d", len(d.Facts)+1), Type: types[rng.Intn(len(types))],
			Args:     []hearsay.Arg{{Entity: a, Literal: d.Entities[a].Name}, {Entity: b, Literal: d.Entities[b].Name}},
			Modality: mods[rng.Intn(len(mods))], Polarity: hearsay.Pos, Sentence: rng.Intn(len(sents) + 1)}
		if f.Type == "appointed" {
			f.Args[1] = hearsay.Arg{Entity: -1, Literal: "chair of the board"}
		}
		if rng.Intn(8) == 0 {
			f.Polarity = hearsay.Neg
		}
		f.Derived = rng.Intn(10) == 0
		f.Confidence = rng.Float64() // stored as is; the knowledge base rounds it
		switch rng.Intn(4) {
		case 0:
			y := 2005 + rng.Intn(15)
			f.Time = &hearsay.FactTime{Value: fmt.Sprint(y), Earliest: fmt.Sprintf("%d-01-01", y), Latest: fmt.Sprintf("%d-12-31", y), Timex: -1}
		case 1:
			f.Time = &hearsay.FactTime{Start: fmt.Sprint(2008 + rng.Intn(10)), Timex: -1}
		case 2:
			f.Time = &hearsay.FactTime{Value: "PRESENT_REF", Timex: -1}
		}
		switch rng.Intn(5) {
		case 0:
			f.Sources = []hearsay.Source{{Text: c.outlets[rng.Intn(len(c.outlets))], Kind: hearsay.OutletSource, Entity: -1}, {Text: "insiders", Kind: hearsay.AnonymousSource, Entity: -1}}
		case 1:
			f.Sources = []hearsay.Source{{Text: "a representative", Kind: hearsay.RepresentativeSource, Entity: -1}}
		case 2:
			f.Sources = []hearsay.Source{{Text: d.Entities[a].Name, Kind: hearsay.PrincipalSource, Entity: a}}
		}
		d.Facts = append(d.Facts, f)
		sents = append(sents, fmt.Sprintf("%s and %s: %s.", d.Entities[a].Name, d.Entities[b].Name, f.Type))
	}
	for i, p := range ps {
		if rng.Intn(3) == 0 {
			d.Facts = append(d.Facts, hearsay.Fact{ID: fmt.Sprintf("f%d", len(d.Facts)+1), Type: "occupation",
				Args: []hearsay.Arg{{Entity: i, Literal: d.Entities[i].Name}, {Entity: -1, Literal: p.occ}}, Modality: hearsay.Asserted, Polarity: hearsay.Pos, Sentence: i})
		}
	}
	var text strings.Builder
	for _, s := range sents {
		if text.Len() > 0 {
			text.WriteByte(' ')
		}
		start := text.Len()
		text.WriteString(s)
		d.Sentences = append(d.Sentences, hearsay.Sentence{Span: hearsay.Span{Start: start, End: text.Len()}})
	}
	d.Text = text.String()
	d.Body = hearsay.Span{End: len(d.Text)}
	for i := range d.Facts {
		if d.Facts[i].Sentence >= len(d.Sentences) {
			d.Facts[i].Sentence = len(d.Sentences) - 1
		}
		d.Facts[i].Evidence = []int{d.Facts[i].Sentence}
		d.Facts[i].Trigger = d.Sentences[d.Facts[i].Sentence].Span
	}
	for _, l := range []hearsay.Layer{hearsay.LayerSentences, hearsay.LayerEntities, hearsay.LayerFacts} {
		d.MarkDone(l)
	}
}
