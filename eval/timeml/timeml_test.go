package timeml_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hearsay-news/hearsay/eval/timeml"
)

func TestReadFile(t *testing.T) {
	d, err := timeml.ReadFile(filepath.Join("testdata", "sample.tml"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != "sample" || d.DCT != "1998-03-12" {
		t.Errorf("name %q dct %q", d.Name, d.DCT)
	}
	if !strings.HasPrefix(d.Text, "\nThe fund & its managers met Wednesday.\nCafé") {
		t.Errorf("text %q", d.Text)
	}
	want := []struct{ text, typ, value string }{
		{"Wednesday", "DATE", "1998-03-11"},
		{"the past two years", "DURATION", "P2Y"},
		{"in the future", "DATE", "FUTURE_REF"},
	}
	if len(d.Timexes) != len(want) {
		t.Fatalf("got %d timexes, want %d (the empty one skipped): %+v", len(d.Timexes), len(want), d.Timexes)
	}
	rs := []rune(d.Text)
	for i, w := range want {
		x := d.Timexes[i]
		if x.Text != w.text || x.Type != w.typ || x.Value != w.value || string(rs[x.Start:x.End]) != w.text {
			t.Errorf("timex %d: %+v, want %+v", i, x, w)
		}
	}
	if utf8.RuneCountInString(d.Text) != len(rs) {
		t.Error("rune count")
	}
}

func TestParseErrors(t *testing.T) {
	if _, err := timeml.Parse("x", []byte("<TimeML><DCT></DCT></TimeML>")); err == nil {
		t.Error("no TEXT: want an error")
	}
	if _, err := timeml.Parse("nodate", []byte("<TimeML><TEXT>a</TEXT></TimeML>")); err == nil {
		t.Error("no DCT: want an error")
	}
	d, err := timeml.Parse("APW19980213.1380", []byte("<TimeML><TEXT>a</TEXT></TimeML>"))
	if err != nil || d.DCT != "1998-02-13" {
		t.Errorf("DCT from the file name: %v %q", err, d.DCT)
	}
}

// TestScores follows the reference scorer: exact spans align first, then
// larger overlap; each timex is used once; value and type F1 are accuracy
// on relaxed matches times relaxed F1.
func TestScores(t *testing.T) {
	gold := []timeml.Timex{
		{Start: 0, End: 9, Type: "DATE", Value: "1998-03-11"},
		{Start: 20, End: 38, Type: "DURATION", Value: "P2Y"},
		{Start: 50, End: 56, Type: "DATE", Value: "1998"},
	}
	sys := []timeml.Timex{
		{Start: 0, End: 9, Type: "DATE", Value: "1998-03-11"}, // strict
		{Start: 24, End: 38, Type: "DURATION", Value: "P2Y"},  // relaxed
		{Start: 30, End: 38, Type: "DURATION", Value: "P2Y"},  // second overlap: unmatched
		{Start: 70, End: 75, Type: "DATE", Value: "PAST_REF"}, // spurious
		{Start: 80, End: 80, Type: "DATE", Value: "ignored"},  // empty: ignored
	}
	var c timeml.Counts
	errs := c.Add("d", gold, sys)
	s := c.Scores()
	if s.Gold != 3 || s.System != 4 || s.StrictMatch != 1 || s.RelaxedMatch != 2 || s.ValueMatch != 2 || s.TypeMatch != 2 {
		t.Fatalf("counts %+v", s)
	}
	near := func(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }
	if !near(s.RelaxedP, 0.5) || !near(s.RelaxedR, 2.0/3) || !near(s.StrictF1, 2*0.25*(1.0/3)/(0.25+1.0/3)) {
		t.Errorf("scores %+v", s)
	}
	if !near(s.ValueF1, s.RelaxedF1) || !near(s.TypeAcc, 1) {
		t.Errorf("attribute scores %+v", s)
	}
	kinds := map[string]int{}
	for _, e := range errs {
		kinds[e.Kind]++
	}
	if kinds["MISS"] != 1 || kinds["SPURIOUS"] != 2 || kinds["VALUE"] != 0 {
		t.Errorf("errors %v", kinds)
	}
}

func TestReadGoldDir(t *testing.T) {
	docs, err := timeml.ReadGoldDir(filepath.Join("testdata", "gold"))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("got %d docs", len(docs))
	}
	d := docs[0]
	if d.Name != "a" || d.DCT != "2023-08-07" || d.Body != 16 || len(d.Timexes) != 3 {
		t.Fatalf("got %+v", d)
	}
	rs := []rune(d.Text)
	for _, x := range d.Timexes {
		if string(rs[x.Start:x.End]) != x.Text {
			t.Errorf("%q at %d-%d is %q", x.Text, x.Start, x.End, string(rs[x.Start:x.End]))
		}
	}
	// The optional gold timex is not missed when nothing matches it.
	var c timeml.Counts
	errs := c.Add(d.Name, d.Timexes, []timeml.Timex{{Start: 37, End: 41, Type: "DATE", Value: "2023-06"}})
	if c.Gold != 2 || c.Relaxed != 1 || len(errs) != 1 || errs[0].Kind != "MISS" || errs[0].Gold != "42" {
		t.Errorf("counts %+v errors %+v", c, errs)
	}
}

// TestReadPathsBelow checks that a directory stands for the .tml files of the
// directories below it too (TempEval-3's train folder holds two corpora),
// and that a directory with none is an error naming it.
func TestReadPathsBelow(t *testing.T) {
	root := t.TempDir()
	src, err := os.ReadFile(filepath.Join("testdata", "sample.tml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, sub := range []string{"b", "a/deep"} {
		dir := filepath.Join(root, sub)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "doc.tml"), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, err := timeml.ReadPaths([]string{root})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Errorf("read %d documents below %s, want 2", len(docs), root)
	}
	empty := t.TempDir()
	if _, err := timeml.ReadPaths([]string{empty}); err == nil || !strings.Contains(err.Error(), empty) {
		t.Errorf("empty directory: error %v, want one naming %s", err, empty)
	}
}
