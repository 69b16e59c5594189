package kb

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
)

func TestBirthFromAge(t *testing.T) {
	for _, c := range []struct {
		years    int
		at, e, l string
	}{
		{42, "2023-08-07", "1980-08-08", "1981-08-07"},
		{38, "2024-02-12", "1985-02-13", "1986-02-12"},
		{0, "2024-03-01", "2023-03-02", "2024-03-01"},
		{1, "2024-02-29", "2022-03-01", "2023-02-28"},
	} {
		iv, err := BirthFromAge(c.years, c.at)
		if err != nil || iv.Earliest != c.e || iv.Latest != c.l {
			t.Errorf("BirthFromAge(%d, %s) = %v %v, want %s..%s", c.years, c.at, iv, err, c.e, c.l)
		}
	}
	if _, err := BirthFromAge(3, "someday"); err == nil {
		t.Error("bad day accepted")
	}
}

func TestBirthIntersection(t *testing.T) {
	e := &Entity{}
	for _, a := range []struct {
		years int
		at    string
	}{{38, "2024-02-12"}, {38, "2024-05-10"}, {39, "2024-07-20"}, {39, "2025-01-15"}} {
		iv, _ := BirthFromAge(a.years, a.at)
		e.Ages = append(e.Ages, AgeObs{Years: a.years, At: a.at, Date: a.at, Birth: iv})
	}
	if iv, ok := e.Birth(""); !ok || iv != (Interval{"1985-05-11", "1985-07-20"}) {
		t.Errorf("birth = %v %v, want 1985-05-11..1985-07-20", iv, ok)
	}
	if iv, ok := e.Birth("2024-02-12"); !ok || iv != (Interval{"1985-02-13", "1986-02-12"}) {
		t.Errorf("birth as of 2024-02-12 = %v %v", iv, ok)
	}
	bad, _ := BirthFromAge(45, "2024-05-01")
	e.Ages = append(e.Ages, AgeObs{Years: 45, At: "2024-05-01", Date: "2024-05-01", Doc: "x", Outlet: "Daily Ledger", Birth: bad,
		Sentence: "Lark, 45, smiled.", Span: hearsay.Span{Start: 10, End: 27}})
	if _, ok := e.Birth(""); ok {
		t.Error("empty intersection not reported")
	}
	c, ok := BirthConflict(e, "")
	if !ok || len(c.Sides) != 2 {
		t.Fatalf("conflict = %+v %v, want two sides", c, ok)
	}
	outlets := map[string]string{}
	for _, s := range c.Sides {
		for _, r := range s.Reports {
			outlets[r.Doc] = r.Outlet
			if r.Doc == "x" && (r.Sentence != "Lark, 45, smiled." || r.Span != (hearsay.Span{Start: 10, End: 27})) {
				t.Errorf("the report of the age 45 has sentence %q at %v, want the age's", r.Sentence, r.Span)
			}
		}
	}
	if outlets["x"] != "Daily Ledger" {
		t.Errorf("the report of the age 45 names outlet %q, want the article's (Daily Ledger)", outlets["x"])
	}
}

func TestNameKey(t *testing.T) {
	for in, want := range map[string]string{
		"Natalie  Portman.": "natalie portman",
		"O'Neil":            "oneil",
		"J.K. Rowling":      "jk rowling",
		"  Élise-Navarro ":  "élise navarro",
	} {
		if got := NameKey(in); got != want {
			t.Errorf("NameKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRulesData checks the embedded data files and runs their examples:
// occupations in different families keep namesakes apart.
func TestRulesData(t *testing.T) {
	r, err := LoadRules()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		a, b string
		same bool
	}{{"actor", "actress", true}, {"actor", "director", true}, {"actor", "manager", false}, {"singer", "senator", false}, {"ceo", "founder", true}} {
		if got := r.family(c.a) == r.family(c.b); got != c.same {
			t.Errorf("%s and %s in one family: %v, want %v", c.a, c.b, got, c.same)
		}
	}
	if !r.Symmetric("married") || r.Symmetric("parent_of") || !r.typeOf("married").Once || r.Stage("divorced") <= r.Stage("married") {
		t.Error("types.tsv: married/parent_of/divorced not as expected")
	}
}

// TestOrderIndependent checks that the same documents give the same
// knowledge base in any order.
func TestOrderIndependent(t *testing.T) {
	rules, err := LoadRules()
	if err != nil {
		t.Fatal(err)
	}
	mk := func() []*Input {
		var ins []*Input
		names := []string{"Tom Hadley", "Elise Navarro", "Hadley", "Kevin Osei"}
		for i := 0; i < 40; i++ {
			day := fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28)
			a, b := names[i%4], names[(i+1)%4]
			age := 34
			if i%3 == 0 {
				age = 61
			}
			iv, _ := BirthFromAge(age, day)
			in := &Input{Doc: fmt.Sprintf("d%02d", i), Date: day, Outlet: fmt.Sprintf("Outlet %d", i%5)}
			in.Entities = []hearsay.Entity{
				{ID: "e1", Type: hearsay.Person, Name: a, Age: &hearsay.Age{Years: age, At: day}, Birth: &hearsay.Interval{Earliest: iv.Earliest, Latest: iv.Latest}},
				{ID: "e2", Type: hearsay.Person, Name: b},
			}
			in.Facts = []hearsay.Fact{{ID: "f1", Type: "dating", Args: []hearsay.Arg{{Entity: 0}, {Entity: 1}}, Modality: hearsay.Reported, Polarity: hearsay.Pos,
				Confidence: float64(1+i*37%97) / 100}}
			ins = append(ins, in)
		}
		return ins
	}
	build := func(ins []*Input) string {
		k, err := Build(context.Background(), rules, ins, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(k)
		return string(b)
	}
	want := build(mk())
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 5; i++ {
		ins := mk()
		rng.Shuffle(len(ins), func(a, b int) { ins[a], ins[b] = ins[b], ins[a] })
		if got := build(ins); got != want {
			t.Fatalf("shuffle %d gives a different knowledge base", i)
		}
	}
}

// TestBuildOddInputs checks that malformed analyses (out-of-range
// indices, odd dates, empty names) are skipped, never a panic.
func TestBuildOddInputs(t *testing.T) {
	rules, err := LoadRules()
	if err != nil {
		t.Fatal(err)
	}
	odd := []*Input{
		{Doc: "x1", Date: "2024", Outlet: "", Entities: []hearsay.Entity{{ID: "e1", Type: hearsay.Person, Name: ""}, {ID: "e2", Type: hearsay.Person, Name: "Ann Lee",
			Age: &hearsay.Age{Years: 3, At: "junk"}, Birth: &hearsay.Interval{Earliest: "z", Latest: "a"}}},
			Facts: []hearsay.Fact{
				{ID: "f1", Type: "married", Args: []hearsay.Arg{{Entity: 7}, {Entity: -1}}},
				{ID: "f2", Type: "located_at", Args: []hearsay.Arg{{Entity: 1}, {Entity: -1, Literal: "Oslo"}}, Time: &hearsay.FactTime{Value: "1", Earliest: "1", Latest: "2"}, Sentence: 40},
				{ID: "f3", Type: "located_at", Args: []hearsay.Arg{{Entity: 1}, {Entity: -1, Literal: "Oslo"}}, Time: &hearsay.FactTime{Value: "2001", Earliest: "2001-01-01", Latest: "2001-12-31"}, Sources: []hearsay.Source{{Text: "x", Kind: "outlet", Entity: 99}}},
				{ID: "f4", Type: "", Args: nil},
			}},
		{Doc: "x2", Date: "", Entities: []hearsay.Entity{{ID: "e1", Type: hearsay.Person, Name: "Ann Lee", Unnamed: true}}},
	}
	k, err := Build(context.Background(), rules, odd, []Decision{{Op: "merge", A: "nope", B: "x1#e2"}, {Op: "split", A: "ann-lee", Docs: []string{"x1"}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range k.Claims {
		if a, ok := Assess(rules, c, ""); ok {
			_ = a.Status
		}
	}
}

// TestDaysBetween checks the day arithmetic against package time over
// every pair of a spread of valid and malformed days.
func TestDaysBetween(t *testing.T) {
	days := []string{"0000-01-01", "0000-02-29", "0001-03-01", "1899-12-31", "1900-02-28", "1900-02-29", "1970-01-01",
		"1999-12-31", "2000-02-29", "2001-02-29", "2023-08-07", "2024-02-29", "2024-12-31", "2100-02-29", "2400-02-29",
		"9999-12-31", "2024-13-01", "2024-00-10", "2024-04-31", "2024-04-30", "2024-1-01", "2024-01-1", "20240101",
		"2024-01-01x", "", "abcd-ef-gh", "2024/01/01", "+024-01-01", "2024-01-00"}
	for y := 1890; y <= 2030; y += 7 {
		for m := 1; m <= 12; m++ {
			days = append(days, fmt.Sprintf("%04d-%02d-%02d", y, m, 1+(y+m)%28), fmt.Sprintf("%04d-%02d-%02d", y, m, 28+(y+m)%4))
		}
	}
	parse := func(a, b string) int {
		ta, err1 := time.Parse(dayLayout, a)
		tb, err2 := time.Parse(dayLayout, b)
		if err1 != nil || err2 != nil {
			return 0
		}
		return int(tb.Sub(ta).Hours() / 24)
	}
	for _, a := range days {
		for _, b := range days {
			if got, want := daysBetween(a, b), parse(a, b); got != want {
				t.Fatalf("daysBetween(%q, %q) = %d, want %d", a, b, got, want)
			}
		}
	}
}

// TestDayOf checks the day a claim's time sorts under: the first day its
// value covers.
func TestDayOf(t *testing.T) {
	for v, want := range map[string]string{
		"2020":        "2020-01-01",
		"2020-06":     "2020-06-01",
		"2020-06-15":  "2020-06-15",
		"2024-FA":     "2024-09-01",
		"2024-Q3":     "2024-07-01",
		"2024-W31":    "2024-07-29",
		"2024-W18-WE": "2024-05-04",
		"2024-06-XX":  "2024-06-01",
	} {
		if got := dayOf(v); got != want {
			t.Errorf("dayOf(%q) = %q, want %q", v, got, want)
		}
	}
}

// TestGivenNameNeedsKin checks that a bare given name of one article
// ("Rosa") becomes the person of another article's full name ("Rosa
// Marlow") only when both name the same other person in full or the same
// trade, not for places both stories name; a surname needs less.
func TestGivenNameNeedsKin(t *testing.T) {
	rules, err := LoadRules()
	if err != nil {
		t.Fatal(err)
	}
	person := func(id, name string) hearsay.Entity { return hearsay.Entity{ID: id, Type: hearsay.Person, Name: name} }
	place := func(id, name string) hearsay.Entity { return hearsay.Entity{ID: id, Type: hearsay.Place, Name: name} }
	ins := []*Input{
		{Doc: "d1", Date: "2024-01-02", Entities: []hearsay.Entity{person("e1", "Rosa Marlow"), place("e2", "United States"), person("e3", "Tom Hadley")}},
		{Doc: "d2", Date: "2024-01-03", Entities: []hearsay.Entity{person("e1", "Rosa"), place("e2", "United States")}},
		{Doc: "d3", Date: "2024-01-04", Entities: []hearsay.Entity{person("e1", "Rosa"), person("e2", "Tom Hadley")}},
		{Doc: "d4", Date: "2024-01-05", Entities: []hearsay.Entity{person("e1", "Marlow"), place("e2", "United States")}},
	}
	k, err := Build(context.Background(), rules, ins, nil)
	if err != nil {
		t.Fatal(err)
	}
	docsOf := map[string][]string{}
	for _, e := range k.Entities {
		for _, r := range e.Refs {
			docsOf[e.Name] = append(docsOf[e.Name], r.Doc)
		}
	}
	if got := strings.Join(docsOf["Rosa Marlow"], " "); got != "d1 d3 d4" {
		t.Errorf("Rosa Marlow is named in %q, want d1 d3 d4 (d2's Rosa shares only a place)", got)
	}
}
