package goldcheck

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldDirs are the directories whose gold files must all be consistent.
var goldDirs = []string{"../../testdata/dev", "../../testdata/dev2", "../../testdata/dev3", "../../testdata/dev4", "../../testdata/dev5", "../../testdata/dev6", "../../testdata/dev7", "../../testdata/dev8", "../../testdata/dev9", "../../testdata/dev10", "../../testdata/dev11", "../../testdata/dev12", "../../testdata/dev13", "../../testdata/dev14", "../../testdata/blind", "../../testdata/blind2", "../../testdata/blind3", "../../testdata/blind4", "../../testdata/blind5", "../../testdata/blind6", "../../examples"}

// minDev is the least number of gold articles the development set holds.
const minDev = 40

func goldFiles(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func loadPair(t *testing.T, path string) (*Gold, string) {
	t.Helper()
	g, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	txt, err := os.ReadFile(strings.TrimSuffix(path, ".gold.json") + ".txt")
	if err != nil {
		t.Fatalf("gold file without its article: %v", err)
	}
	return g, string(txt)
}

func TestGoldFiles(t *testing.T) {
	total := 0
	for _, dir := range goldDirs {
		for _, path := range goldFiles(t, dir) {
			total++
			t.Run(filepath.Base(path), func(t *testing.T) {
				g, txt := loadPair(t, path)
				for _, p := range Check(g, txt) {
					t.Error(p)
				}
				if want := strings.TrimSuffix(filepath.Base(path), ".gold.json"); g.Document.ID != want {
					t.Errorf("document.id %q, want the file name %q", g.Document.ID, want)
				}
			})
		}
	}
	if total == 0 {
		t.Fatal("no gold files found")
	}
}

func TestDevSetSize(t *testing.T) {
	if n := len(goldFiles(t, goldDirs[0])); n < minDev {
		t.Errorf("testdata/dev has %d gold articles, want at least %d", n, minDev)
	}
}

// TestCheckFindsErrors breaks a good gold file in one way at a time and
// expects Check to report each break.
func TestCheckFindsErrors(t *testing.T) {
	files := goldFiles(t, goldDirs[0])
	if len(files) == 0 {
		t.Skip("no development gold files")
	}
	base, txt := loadPair(t, files[0])
	if p := Check(base, txt); len(p) != 0 {
		t.Fatalf("the unbroken file already has problems: %v", p)
	}
	firstPerson := func(g *Gold) *Entity {
		for i := range g.Entities {
			if g.Entities[i].Type == "person" && g.Entities[i].Age != nil {
				return &g.Entities[i]
			}
		}
		t.Fatal("no person with an age in " + files[0])
		return nil
	}
	breaks := []struct {
		name   string
		want   string
		mutate func(g *Gold, text *string)
	}{
		{"schema version", "schema_version", func(g *Gold, _ *string) { g.SchemaVersion = "hearsay-gold/0" }},
		{"document date", "document.date", func(g *Gold, _ *string) { g.Document.Date = "1999-01-01" }},
		{"t0 offset", "t0 starts", func(g *Gold, _ *string) {
			g.Timexes[0].Start++
			g.Timexes[0].End++
			g.Timexes[0].Text = string([]rune(txt)[g.Timexes[0].Start:g.Timexes[0].End])
		}},
		{"timex span shifted", "but the span", func(g *Gold, _ *string) { g.Timexes[1].Start++; g.Timexes[1].End++ }},
		{"timex span past the end", "bad span", func(g *Gold, _ *string) { g.Timexes[1].End = len([]rune(txt)) + 5 }},
		{"timex type", "type", func(g *Gold, _ *string) { g.Timexes[1].Type = "WHEN" }},
		{"timex value", "not a calendar value", func(g *Gold, _ *string) { g.Timexes[1].Type = "DATE"; g.Timexes[1].Value = "last week" }},
		{"set value", "not a TIMEX3 set", func(g *Gold, _ *string) { g.Timexes[1].Type = "SET"; g.Timexes[1].Value = "every Christmas" }},
		{"byte offsets instead of code points", "but the span", func(g *Gold, text *string) {
			*text = "date " + g.Document.Date + " Ünïcödé. " + (*text)[len("date 2000-01-01 "):]
		}},
		{"evidence edited", "evidence[0]", func(g *Gold, _ *string) { g.Facts[0].Evidence[0] += " (edited)" }},
		{"no evidence", "no evidence", func(g *Gold, _ *string) { g.Facts[0].Evidence = nil }},
		{"fact type", "not in the vocabulary", func(g *Gold, _ *string) { g.Facts[0].Type = "cheated" }},
		{"modality", "modality", func(g *Gold, _ *string) { g.Facts[0].Modality = "alleged" }},
		{"polarity", "polarity", func(g *Gold, _ *string) { g.Facts[0].Polarity = "yes" }},
		{"denied positive", "denied fact", func(g *Gold, _ *string) { g.Facts[0].Modality = "denied"; g.Facts[0].Polarity = "pos" }},
		{"unknown argument", "not a person", func(g *Gold, _ *string) {
			for i := range g.Facts {
				if argKinds[g.Facts[i].Type].kinds[0] == 'p' {
					g.Facts[i].Args[0] = json.RawMessage(`"Nobody Inparticular"`)
					return
				}
			}
		}},
		{"ordered flag", "ordered", func(g *Gold, _ *string) { g.Facts[0].Ordered = !g.Facts[0].Ordered }},
		{"arity", "args", func(g *Gold, _ *string) { g.Facts[0].Args = g.Facts[0].Args[:1] }},
		{"birth off by a day", "gives birth", func(g *Gold, _ *string) {
			e := firstPerson(g)
			lo := "1900-01-01"
			e.Birth = &Bounds{Earliest: &lo, Latest: e.Birth.Latest}
		}},
		{"age changed", "gives birth", func(g *Gold, _ *string) { firstPerson(g).Age.Years++ }},
		{"alias not in text", "alias", func(g *Gold, _ *string) {
			g.Entities[0].Aliases = append(g.Entities[0].Aliases, "Zzyzx Quonk")
		}},
		{"duplicate entity id", "duplicate id", func(g *Gold, _ *string) { g.Entities[1].ID = g.Entities[0].ID }},
		{"bad fact time", "not a calendar value", func(g *Gold, _ *string) {
			v := "sometime"
			g.Facts[0].Time = &FactTime{Value: &v}
		}},
		{"age timex disagrees with the entity", "has age", func(g *Gold, _ *string) {
			for i := range g.Timexes {
				if g.Timexes[i].AgeOf != "" {
					g.Timexes[i].Value = "P101Y"
					return
				}
			}
		}},
		{"evidence with the header", "header", func(g *Gold, text *string) {
			first := strings.SplitN(*text, "\n", 2)[0]
			g.Facts[0].Evidence = append(g.Facts[0].Evidence, strings.TrimLeft(first, " "))
		}},
		{"date line missing", "does not start with", func(_ *Gold, text *string) { *text = strings.Replace(*text, "date ", "dated ", 1) }},
	}
	for _, b := range breaks {
		t.Run(b.name, func(t *testing.T) {
			g, text := loadPair(t, files[0])
			b.mutate(g, &text)
			problems := Check(g, text)
			for _, p := range problems {
				if strings.Contains(p, b.want) {
					return
				}
			}
			t.Errorf("no problem mentioning %q; got %v", b.want, problems)
		})
	}
}

// TestSetValues lists TIMEX3 set values the checker accepts and refuses.
func TestSetValues(t *testing.T) {
	for v, want := range map[string]bool{
		"XXXX-WXX-2": true, "XXXX-12-25": true, "XXXX-XX-XX": true, "P1W": true, "P1Y": true, "XXXX-SU": true,
		"every week": false, "Christmas": false, "": false,
	} {
		if got := setValue.MatchString(v); got != want {
			t.Errorf("SET value %q accepted %v, want %v", v, got, want)
		}
	}
}

func TestBirthFromAge(t *testing.T) {
	cases := []struct {
		years  int
		at     string
		turned bool
		want   [2]string
	}{
		{42, "2023-08-07", false, [2]string{"1980-08-08", "1981-08-07"}},
		{12, "2023-08-07", false, [2]string{"2010-08-08", "2011-08-07"}},
		{61, "2021-05", true, [2]string{"1960-05-01", "1960-05-31"}},
		{29, "2015", false, [2]string{"1985-01-02", "1986-12-31"}},
		{30, "2024-02-29", false, [2]string{"1993-03-01", "1994-02-28"}},
	}
	for _, c := range cases {
		got, err := BirthFromAge(c.years, c.at, c.turned)
		if err != nil || got != c.want {
			t.Errorf("BirthFromAge(%d, %s, %v) = %v, %v; want %v", c.years, c.at, c.turned, got, err, c.want)
		}
	}
}

// TestStoryLines checks the bundled multi-article story: every line is one
// article with all the JSON Lines fields, a valid date, and dates in order.
func TestStoryLines(t *testing.T) {
	b, err := os.ReadFile("../../examples/story.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) < 8 {
		t.Errorf("story has %d articles, want at least 8", len(lines))
	}
	prev := ""
	for i, line := range lines {
		var a struct{ URL, Outlet, Title, Date, Text string }
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Errorf("line %d: %v", i+1, err)
			continue
		}
		if a.URL == "" || a.Outlet == "" || a.Title == "" || a.Text == "" {
			t.Errorf("line %d: missing url, outlet, title or text", i+1)
		}
		if _, _, err := Period(a.Date); err != nil || len(a.Date) != 10 {
			t.Errorf("line %d: date %q is not YYYY-MM-DD", i+1, a.Date)
		}
		if a.Date < prev {
			t.Errorf("line %d: date %s before the previous article's %s", i+1, a.Date, prev)
		}
		prev = a.Date
	}
}
