package timex_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/internal/golden"
	"github.com/hearsay-news/hearsay/timex"
)

// readArticle reads a test article: "date YYYY-MM-DD" (possibly after
// spaces), a space or line break, then the text. It returns the whole text,
// the offset where the body starts and the date.
func readArticle(t *testing.T, path string) (string, int, time.Time) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	i := len(text) - len(strings.TrimLeft(text, " \n"))
	if !strings.HasPrefix(text[i:], "date ") || len(text) < i+16 {
		t.Fatalf("%s: no date header", path)
	}
	dct, err := time.Parse("2006-01-02", text[i+5:i+15])
	if err != nil {
		t.Fatalf("%s: date header: %v", path, err)
	}
	return text, i + 16, dct
}

// TestArticle tags a whole news article and checks the phenomena of
// news-style time: tense, anchoring to the narrative, anniversaries' weeks,
// ages, "until at least". The full output is also compared to a golden file.
func TestArticle(t *testing.T) {
	tg, err := timex.New("en")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("lang", "en", "testdata", "article.txt")
	text, body, dct := readArticle(t, path)
	got := tg.Tag(text[body:], body, dct, nil)

	// want lists, in text order, expressions that must be found (by their
	// text) with a value, type and mod.
	want := []struct{ text, value, typ, mod string }{
		{"January", "2022-01", "DATE", ""},        // "back in January": the past one
		{"earlier this year", "2022", "DATE", ""}, // relative to the DCT
		{"the time", "2022", "DATE", ""},          // "at the time": the last mentioned time
		{"Now", "PRESENT_REF", "DATE", ""},        //
		{"several months", "PXM", "DURATION", ""}, // vague duration
		{"currently", "PRESENT_REF", "DATE", ""},  //
		{"38-year-old", "P38Y", "DURATION", ""},   // age
		{"last week", "2022-W10", "DATE", ""},     // the ISO week before the DCT's
		{"45", "P45Y", "DURATION", ""},            // "Bell, 45,"
		{"Saturday night", "2022-03-12TNI", "TIME", ""},
		{"January", "2022-01", "DATE", ""},           // "Back in January"
		{"29", "P29Y", "DURATION", ""},               // "Varga, 29,"
		{"the time", "2022-01", "DATE", ""},          // "At the time": January
		{"Three weeks later", "2022-01", "DATE", ""}, // anchored to January, at its granularity
		{"7-year-old", "P7Y", "DURATION", ""},        //
		{"aged four", "P4Y", "DURATION", ""},         //
		{"2011", "2011", "DATE", ""},                 //
		{"2014", "2014", "DATE", ""},                 //
		{"2016", "2016", "DATE", "ON_OR_AFTER"},      // "until at least 2016"
		{"a time", "PX", "DURATION", ""},             // "for a time"
		{"2019", "2019", "DATE", ""},                 //
		{"The following year", "2020", "DATE", ""},   // anchored to 2019
		{"Friday", "2022-03-18", "DATE", ""},         // future tense: the coming Friday
		{"June", "2022-06", "DATE", ""},              // future: the next June
		{"next spring", "2023-SP", "DATE", ""},       //
	}
	i := 0
	for _, w := range want {
		for i < len(got) && got[i].Text != w.text {
			i++
		}
		if i == len(got) {
			t.Errorf("%q (%s) not found in order", w.text, w.value)
			break
		}
		x := got[i]
		if x.Value != w.value || string(x.Type) != w.typ || x.Mod != w.mod {
			t.Errorf("%q at %d: got %s %s %s (%s), want %s %s %s", w.text, x.Start, x.Value, x.Type, x.Mod, x.Rule, w.value, w.typ, w.mod)
		}
		if x.Start < body || text[x.Start:x.End] != x.Text {
			t.Errorf("%q: bad span %d-%d", w.text, x.Start, x.End)
		}
		i++
	}
	golden.Check(t, path+".golden", formatTimexes(got))
}

// formatTimexes writes one line per timex, for golden files.
func formatTimexes(xs []hearsay.Timex) string {
	var b strings.Builder
	for _, x := range xs {
		fmt.Fprintf(&b, "%d\t%d\t%q\t%s\t%s\t%s\t%s..%s\tana=%v\ts%d\t%s\n", x.Start, x.End, x.Text, x.Type, x.Value, x.Mod,
			x.Earliest, x.Latest, x.Anaphoric, x.Sentence, x.Rule)
	}
	return b.String()
}
