package timex_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/timex"
)

// A corpusCase is one phrase of a corpus file and what it must yield.
type corpusCase struct {
	line            int
	phrase          string
	value, typ, mod string
	none            bool
}

// readCorpus reads a corpus file: a "dct YYYY-MM-DD" header, a "----" line,
// then lines "VALUE TYPE [MOD]: phrase | phrase" or "none: phrase | ...".
func readCorpus(t *testing.T, path string) (time.Time, []corpusCase) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var dct time.Time
	var cases []corpusCase
	sc := bufio.NewScanner(f)
	n, body := 0, false
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case !body && strings.HasPrefix(line, "dct "):
			dct, err = time.Parse("2006-01-02", strings.TrimSpace(line[4:]))
			if err != nil {
				t.Fatalf("%s:%d: %v", path, n, err)
			}
			continue
		case line == "----":
			body = true
			continue
		}
		head, phrases, ok := strings.Cut(line, ": ")
		if !ok || !body {
			t.Fatalf("%s:%d: want VALUE TYPE [MOD]: phrases", path, n)
		}
		c := corpusCase{line: n}
		if f := strings.Fields(head); len(f) == 1 && f[0] == "none" {
			c.none = true
		} else if len(f) == 2 || len(f) == 3 {
			c.value, c.typ = f[0], f[1]
			if len(f) == 3 {
				c.mod = f[2]
			}
		} else {
			t.Fatalf("%s:%d: bad head %q", path, n, head)
		}
		for _, p := range strings.Split(phrases, "|") {
			c.phrase = strings.TrimSpace(p)
			cases = append(cases, c)
		}
	}
	if dct.IsZero() {
		t.Fatalf("%s: no dct header", path)
	}
	return dct, cases
}

// TestCorpus checks every phrase of testdata/corpus*.txt.
func TestCorpus(t *testing.T) {
	tg, err := timex.New("en")
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join("lang", "en", "testdata", "corpus*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatal("no corpus files", err)
	}
	total := 0
	for _, path := range files {
		dct, cases := readCorpus(t, path)
		total += len(cases)
		t.Run(filepath.Base(path), func(t *testing.T) { runCorpus(t, tg, path, dct, cases) })
	}
	if total < 300 {
		t.Errorf("corpus has only %d phrases", total)
	}
}

// runCorpus checks the phrases of one corpus file.
func runCorpus(t *testing.T, tg *timex.Tagger, path string, dct time.Time, cases []corpusCase) {
	for _, c := range cases {
		c := c
		t.Run(c.phrase, func(t *testing.T) {
			got := tg.Tag(c.phrase, 0, dct, nil)
			if c.none {
				if len(got) > 0 {
					t.Errorf("%s:%d: %q: want no timex, got %s", path, c.line, c.phrase, describe(got))
				}
				return
			}
			for _, x := range got {
				if x.Value == c.value && string(x.Type) == c.typ && x.Mod == c.mod {
					return
				}
			}
			t.Errorf("%s:%d: %q: want %s %s %s, got %s", path, c.line, c.phrase, c.value, c.typ, c.mod, describe(got))
		})
	}
}

func describe(xs []hearsay.Timex) string {
	if len(xs) == 0 {
		return "nothing"
	}
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(x.Text + "=" + x.Value + " " + string(x.Type))
		if x.Mod != "" {
			b.WriteString(" " + x.Mod)
		}
		b.WriteString(" (" + x.Rule + ")")
	}
	return b.String()
}
