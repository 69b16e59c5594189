package reader

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
	"golang.org/x/text/unicode/norm"
)

const dated = " date 2023-08-07 Sources close to Portman say so.\n\nNatalie Portman and her husband have separated.\n(Photo: NAME/AGENCY via Getty Images)\nRead more\n"

func TestParseDated(t *testing.T) {
	docs, errs := Parse("seed.txt", []byte(dated), Options{Outlet: "Us Weekly"})
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("docs %d, errs %v", len(docs), errs)
	}
	d := docs[0]
	if d.Text != dated {
		t.Error("Text is not the input as read")
	}
	if got := d.Text[d.Body.Start:d.Body.End]; !strings.HasPrefix(got, "Sources close") || !strings.HasSuffix(got, "Read more") {
		t.Errorf("body %q", got)
	}
	if d.Body.Start != len(" date 2023-08-07 ") {
		t.Errorf("body starts at %d", d.Body.Start)
	}
	if want := time.Date(2023, 8, 7, 0, 0, 0, 0, time.UTC); !d.Date.Equal(want) || d.Date.Location() != time.UTC {
		t.Errorf("date %v", d.Date)
	}
	if d.Title != "" || d.Source != "seed.txt" || d.Outlet != "Us Weekly" || len(d.ID) != 32 {
		t.Errorf("title %q source %q outlet %q id %q", d.Title, d.Source, d.Outlet, d.ID)
	}
	var kinds []string
	for _, s := range d.Skips {
		kinds = append(kinds, s.Kind+"="+d.Text[s.Start:s.End])
	}
	if got := strings.Join(kinds, "; "); got != "photo-credit=(Photo: NAME/AGENCY via Getty Images); read-more=Read more" {
		t.Errorf("skips: %s", got)
	}
}

func TestParseDatedVariants(t *testing.T) {
	for _, in := range []string{
		"\ufeffdate 2023-08-07 First.\r\n\r\nSecond.\r\n",
		"\n\ndate\t2023-08-07\tFirst.\n\nSecond.",
		"date 2023-08-07\nFirst.\n\nSecond.",
	} {
		docs, errs := Parse("v.txt", []byte(in), Options{})
		if len(errs) != 0 {
			t.Errorf("%q: %v", in, errs)
			continue
		}
		d := docs[0]
		if got := d.Text[d.Body.Start:d.Body.End]; !strings.HasPrefix(got, "First.") || !strings.HasSuffix(got, "Second.") || d.DateString() != "2023-08-07" {
			t.Errorf("%q: body %q date %s", in, got, d.DateString())
		}
	}
}

func TestStableID(t *testing.T) {
	a, _ := Parse("a.txt", []byte(dated), Options{})
	b, _ := Parse("b.txt", []byte(strings.ReplaceAll(dated, "\n\n", "\n  \n\n")), Options{})
	// The same article as JSON Lines: same date, same body text.
	body := a[0].Text[a[0].Body.Start:a[0].Body.End]
	line := `{"url":"https://example.com/a","date":"2023-08-07T10:00:00-04:00","text":` + quote(body) + "}\n"
	c, errs := Parse("c.jsonl", []byte(line), Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if a[0].ID != b[0].ID || a[0].ID != c[0].ID {
		t.Errorf("ids differ: %s %s %s", a[0].ID, b[0].ID, c[0].ID)
	}
	d, _ := Parse("d.txt", []byte(strings.Replace(dated, "2023-08-07", "2023-08-08", 1)), Options{})
	if d[0].ID == a[0].ID {
		t.Error("a different date must give a different id")
	}
}

func quote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

func TestParsePlainWithDate(t *testing.T) {
	in := "Portman and Millepied split.\n\nBy Jane Doe\n\nThe couple married in 2012.\n"
	docs, errs := Parse("story.txt", []byte(in), Options{Date: time.Date(2023, 8, 7, 15, 4, 0, 0, time.FixedZone("X", -5*3600))})
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	d := docs[0]
	if d.DateString() != "2023-08-07" || d.Date.Hour() != 0 {
		t.Errorf("date %v", d.Date)
	}
	if d.Body.Start != 0 || d.Text[d.Body.Start:d.Body.End] != strings.TrimSpace(in) {
		t.Errorf("body %v", d.Body)
	}
	if len(d.Skips) != 1 || d.Skips[0].Kind != "byline" {
		t.Errorf("skips %v", d.Skips)
	}
}

func TestPlainTextStartingWithDate(t *testing.T) {
	in := "date night ended early for the couple.\n\nThey left at nine."
	docs, errs := Parse("night.txt", []byte(in), Options{Date: time.Date(2023, 8, 7, 0, 0, 0, 0, time.UTC)})
	if len(errs) != 0 || docs[0].Body.Start != 0 {
		t.Fatalf("errs %v", errs)
	}
	if _, errs := Parse("night.txt", []byte(in), Options{}); len(errs) != 1 || !errors.Is(errs[0], ErrNoDate) {
		t.Errorf("without --date: %v", errs)
	}
}

func TestParseJSONLines(t *testing.T) {
	in := `{"url":"https://a.example/1","outlet":"Us Weekly","title":" Split ","date":"2023-08-07","text":"One."}` + "\n\n" +
		`{"date":"2023-08-07T23:30:00-04:00","text":"Two."}` + "\r\n" +
		`{"text":"Three."}` + "\n"
	docs, errs := Parse("feed.jsonl", []byte(in), Options{Outlet: "Wire", Date: time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)})
	if len(errs) != 0 || len(docs) != 3 {
		t.Fatalf("docs %d errs %v", len(docs), errs)
	}
	if d := docs[0]; d.Source != "https://a.example/1" || d.URL != d.Source || d.Outlet != "Us Weekly" || d.Title != "Split" || d.Line != 1 {
		t.Errorf("doc 1: %+v", d)
	}
	if d := docs[1]; d.Source != "feed.jsonl" || d.Line != 3 || d.DateString() != "2023-08-07" || d.Outlet != "Wire" {
		t.Errorf("doc 2: source %q line %d date %s outlet %q", d.Source, d.Line, d.DateString(), d.Outlet)
	}
	if d := docs[2]; d.DateString() != "2020-01-02" || d.Line != 4 {
		t.Errorf("doc 3: date %s line %d", d.DateString(), d.Line)
	}
	if d := docs[1]; d.Text != "Two." || d.Body != (hearsay.Span{Start: 0, End: 4}) {
		t.Errorf("doc 2 text %q body %v", d.Text, d.Body)
	}
}

func TestArticleDates(t *testing.T) {
	for in, want := range map[string]string{
		"2023-08-07":                "2023-08-07",
		"2023-08-07T23:30:00-04:00": "2023-08-07",
		"2023-08-07T01:30:00+09:00": "2023-08-07",
		"2023-08-07T10:00:00Z":      "2023-08-07",
		"2023-08-07T10:00:00.123Z":  "2023-08-07",
		"2023-08-07T10:00:00":       "2023-08-07",
		"2023-08-07 10:00":          "2023-08-07",
	} {
		d, err := articleDate(in, Options{})
		if err != nil || d.Format(time.DateOnly) != want || d.Location() != time.UTC || d.Hour() != 0 {
			t.Errorf("%s: %v %v", in, d, err)
		}
	}
	for _, in := range []string{"2023-13-01", "2023-08-07T25:00:00Z", "Aug 7, 2023", "2023-8-7"} {
		if _, err := articleDate(in, Options{}); !errors.Is(err, ErrBadDate) {
			t.Errorf("%s: error %v", in, err)
		}
	}
}

func TestParseJSONObject(t *testing.T) {
	in := "\n{\n  \"date\": \"2023-08-07\",\n  \"text\": \"One.\"\n}\n"
	docs, errs := Parse("one.json", []byte(in), Options{})
	if len(errs) != 0 || len(docs) != 1 || docs[0].Text != "One." || docs[0].Line != 2 {
		t.Fatalf("docs %v errs %v", docs, errs)
	}
}

func TestParseJSONArray(t *testing.T) {
	in := "[\n  {\"date\":\"2023-08-07\",\"text\":\"One.\"},\n  {\"date\":\"2023-02-30\",\"text\":\"Two.\"},\n  {\"date\":\"2023-08-09\",\"text\":\"Three.\"}\n]\n"
	docs, errs := Parse("a.json", []byte(in), Options{})
	if len(docs) != 2 || len(errs) != 1 {
		t.Fatalf("docs %d errs %v", len(docs), errs)
	}
	if got := errs[0].Error(); got != `a.json:3: item 2: bad date: impossible date "2023-02-30"` {
		t.Errorf("error %q", got)
	}
	if docs[1].Line != 4 {
		t.Errorf("line %d", docs[1].Line)
	}
}

// TestBadInput checks each kind of bad input: the error wraps the right
// sentinel and its message names the file and, where it applies, the line.
func TestBadInput(t *testing.T) {
	big := "date 2023-08-07 " + strings.Repeat("word ", 100)
	cases := []struct {
		name, in string
		opts     Options
		want     error
		msg      string
	}{
		{"empty.txt", "", Options{}, ErrEmpty, "empty.txt: empty file"},
		{"blank.txt", " \n\t\n", Options{}, ErrEmpty, "blank.txt: empty file"},
		{"nul.txt", "date 2023-08-07 A\x00B", Options{}, ErrBinary, "nul.txt: binary file, not text (NUL byte at offset 17)"},
		{"utf16.txt", "\xff\xfed\x00a\x00t\x00e\x00", Options{}, ErrBinary, "utf16.txt: binary file, not text (UTF-16 text; convert it to UTF-8)"},
		{"noise.txt", strings.Repeat("\x01\x02\x03abc", 50), Options{}, ErrBinary, "noise.txt: binary file, not text"},
		{"nodate.txt", "Portman and Millepied split.", Options{}, ErrNoDate, "nodate.txt:1: no publication date"},
		{"nodate2.txt", "\n\nPortman split.", Options{}, ErrNoDate, "nodate2.txt:3: no publication date"},
		{"feb30.txt", "date 2023-02-30 The couple split.\n\nMore.", Options{}, ErrBadDate, `feb30.txt:1: bad date: impossible date "2023-02-30"`},
		{"year1.txt", "date 0001-01-01 Long ago.", Options{}, ErrBadDate, `year1.txt:1: bad date: implausible date "0001-01-01" (before year 1000)`},
		{"year1.jsonl", "{\"date\":\"0001-01-01T00:00:00Z\",\"text\":\"x\"}", Options{}, ErrBadDate, `year1.jsonl:1: bad date: implausible date`},
		{"slash.txt", "date 2023/02/03 The couple split.", Options{}, ErrBadDate, `slash.txt:1: bad date: "2023/02/03" is not YYYY-MM-DD`},
		{"nobody.txt", " date 2023-08-07 \n\n  \n", Options{}, ErrNoBody, `nobody.txt:1: date line with no article text: nothing follows "date 2023-08-07"`},
		{"big.txt", big, Options{MaxBytes: 100}, ErrTooLarge, "big.txt: file too large"},
		{"notjson.jsonl", "{\"date\":\"2023-08-07\",\"text\":\"ok\"}\nnot json\n", Options{}, ErrNotJSON, "notjson.jsonl:2: not JSON"},
		{"array.jsonl", "[1,2]\n", Options{}, ErrNotJSON, "array.jsonl:1: not JSON: want an object"},
		{"notext.jsonl", "\n{\"date\":\"2023-08-07\",\"title\":\"x\"}\n", Options{}, ErrNoText, `notext.jsonl:2: no "text" field, or only white space in it`},
		{"emptytext.jsonl", "{\"date\":\"2023-08-07\",\"text\":\"  \"}\n", Options{}, ErrNoText, `emptytext.jsonl:1: no "text" field, or only white space in it`},
		{"baddate.jsonl", "{\"date\":\"yesterday\",\"text\":\"x\"}\n", Options{}, ErrBadDate, `baddate.jsonl:1: bad date: "yesterday" is neither YYYY-MM-DD nor RFC 3339`},
		{"nodate.jsonl", "{\"text\":\"x\"}\n", Options{}, ErrNoDate, `nodate.jsonl:1: no publication date: no "date" field`},
		{"wrongtype.jsonl", "{\"date\":20230807,\"text\":\"x\"}\n", Options{}, ErrNotJSON, "wrongtype.jsonl:1: not JSON"},
	}
	for _, c := range cases {
		_, errs := Parse(c.name, []byte(c.in), c.opts)
		if len(errs) != 1 {
			t.Errorf("%s: got %d errors %v, want 1", c.name, len(errs), errs)
			continue
		}
		err := errs[0]
		var re *Error
		if !errors.As(err, &re) || re.Path != c.name {
			t.Errorf("%s: error %v is not an *Error for the file", c.name, err)
		}
		if !errors.Is(err, c.want) {
			t.Errorf("%s: error %q does not wrap %q", c.name, err, c.want)
		}
		if !strings.HasPrefix(err.Error(), c.msg) {
			t.Errorf("%s: error %q, want prefix %q", c.name, err, c.msg)
		}
	}
}

func TestInvalidUTF8IsRepaired(t *testing.T) {
	in := "date 2023-08-07 Caf\xe9 owner speaks.\n\nShe said \xff\xfe hi."
	docs, errs := Parse("latin1.txt", []byte(in), Options{})
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	d := docs[0]
	if !strings.Contains(d.Text, "Caf\uFFFD owner") || !strings.Contains(d.Text, "said \uFFFD hi") {
		t.Errorf("text %q", d.Text)
	}
	if len(d.Warnings) != 1 || d.Warnings[0] != "latin1.txt:1: invalid UTF-8 replaced with U+FFFD (2 place(s))" {
		t.Errorf("warnings %q", d.Warnings)
	}
	docs, errs = Parse("a.jsonl", []byte("{\"date\":\"2023-08-07\",\"text\":\"ok\"}\n{\"date\":\"2023-08-07\",\"text\":\"bad \xe9\"}\n"), Options{})
	if len(errs) != 0 || len(docs) != 2 {
		t.Fatal(errs)
	}
	if len(docs[0].Warnings) != 0 || len(docs[1].Warnings) != 1 || !strings.HasPrefix(docs[1].Warnings[0], "a.jsonl:2: invalid UTF-8") {
		t.Errorf("warnings %q %q", docs[0].Warnings, docs[1].Warnings)
	}
}

// collect reads paths and returns document sources and error messages.
func collect(t *testing.T, paths []string, opts Options) (docs []*hearsay.Document, errs []string) {
	t.Helper()
	for d, err := range Documents(context.Background(), paths, opts) {
		if err != nil {
			var re *Error
			if !errors.As(err, &re) {
				t.Errorf("error %v is not an *Error", err)
			}
			errs = append(errs, err.Error())
			continue
		}
		docs = append(docs, d)
	}
	return docs, errs
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDocumentsDirectory(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "b.txt"), "date 2023-08-08 Second.")
	write(t, filepath.Join(dir, "a.txt"), "date 2023-08-07 First.")
	write(t, filepath.Join(dir, "sub", "c.jsonl"), `{"date":"2023-08-09","text":"Third."}`+"\nbroken\n")
	write(t, filepath.Join(dir, "sub", "empty.text"), "")
	write(t, filepath.Join(dir, "notes.md"), "date 2023-08-07 ignored")
	write(t, filepath.Join(dir, "a.gold.json"), `{"schema_version": "hearsay-gold/1"}`)
	write(t, filepath.Join(dir, ".git", "x.txt"), "date 2023-08-07 ignored")
	locked := filepath.Join(dir, "sub", "locked.txt")
	write(t, locked, "date 2023-08-07 Locked.")
	lockedDir := filepath.Join(dir, "z")
	write(t, filepath.Join(lockedDir, "d.txt"), "date 2023-08-07 Hidden.")
	write(t, filepath.Join(dir, "zz.txt"), "date 2023-08-10 Last.")
	// Permission bits do not stop root, so the denial is also simulated.
	for _, p := range []string{locked, lockedDir} {
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
	}
	defer os.Chmod(locked, 0o644)
	defer os.Chmod(lockedDir, 0o755)
	real := osFileSystem()
	deny := real
	deny.open = func(p string) (io.ReadCloser, error) {
		if p == locked {
			return nil, &fs.PathError{Op: "open", Path: p, Err: fs.ErrPermission}
		}
		return real.open(p)
	}
	deny.readDir = func(p string) ([]fs.DirEntry, error) {
		if p == lockedDir {
			return nil, &fs.PathError{Op: "open", Path: p, Err: fs.ErrPermission}
		}
		return real.readDir(p)
	}
	var docs []string
	var errs []error
	w := &walker{ctx: context.Background(), fs: deny, yield: func(d *hearsay.Document, err error) bool {
		if err != nil {
			errs = append(errs, err)
		} else {
			docs = append(docs, d.Text[d.Body.Start:d.Body.End])
		}
		return true
	}}
	w.path(dir)
	if got, want := strings.Join(docs, "|"), "First.|Second.|Third.|Last."; got != want {
		t.Errorf("documents %s, want %s", got, want)
	}
	wantErrs := []string{
		filepath.Join(dir, "sub", "c.jsonl") + ":2: not JSON",
		filepath.Join(dir, "sub", "empty.text") + ": empty file",
		locked + ": cannot read: permission denied",
		lockedDir + ": cannot read: permission denied",
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors %q, want %q", errs, wantErrs)
	}
	for i, err := range errs {
		var re *Error
		if !errors.As(err, &re) {
			t.Errorf("error %v is not an *Error", err)
		}
		if !strings.HasPrefix(err.Error(), wantErrs[i]) {
			t.Errorf("error %d %q, want prefix %q", i, err, wantErrs[i])
		}
	}
	if os.Geteuid() != 0 { // the real file system denies the same two entries
		_, osErrs := collect(t, []string{dir}, Options{})
		if len(osErrs) != 4 || !strings.Contains(osErrs[2], "permission denied") || !strings.Contains(osErrs[3], "permission denied") {
			t.Errorf("errors %q", osErrs)
		}
	}
}

// TestDocumentsNoArticles checks that a directory named on the command
// line that holds no article file is an error naming it, once, and that a
// directory that cannot be listed gives only its own error.
func TestDocumentsNoArticles(t *testing.T) {
	for _, c := range []struct {
		name  string
		files map[string]string // relative path: content
		deny  bool              // the directory cannot be listed
		want  string            // the error after the directory's path
	}{
		{"empty", nil, false, ": no articles here"},
		{"other files", map[string]string{"notes.md": "x", "a.gold.json": "{}", ".git/x.txt": "date 2023-08-07 Hidden.", "sub/deeper/b.pdf": "x"}, false, ": no articles here"},
		{"unreadable", nil, true, ": cannot read: permission denied"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "feed")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			for name, content := range c.files {
				write(t, filepath.Join(dir, name), content)
			}
			fsys := osFileSystem()
			if c.deny {
				fsys.readDir = func(p string) ([]fs.DirEntry, error) {
					return nil, &fs.PathError{Op: "open", Path: p, Err: fs.ErrPermission}
				}
			}
			var errs []error
			w := &walker{ctx: context.Background(), fs: fsys, yield: func(d *hearsay.Document, err error) bool {
				if err != nil {
					errs = append(errs, err)
				}
				return true
			}}
			w.path(dir)
			if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), dir+c.want) {
				t.Fatalf("errors %q, want one starting %q", errs, dir+c.want)
			}
			if !c.deny && !errors.Is(errs[0], ErrNoArticles) {
				t.Errorf("error %v does not wrap ErrNoArticles", errs[0])
			}
		})
	}
	// a directory with articles, and one without beside it
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a", "x.txt"), "date 2023-08-07 First.")
	if err := os.MkdirAll(filepath.Join(dir, "b"), 0o755); err != nil {
		t.Fatal(err)
	}
	docs, errs := collect(t, []string{filepath.Join(dir, "a"), filepath.Join(dir, "b")}, Options{})
	if len(docs) != 1 || len(errs) != 1 || !strings.Contains(errs[0], filepath.Join(dir, "b")+": no articles here") {
		t.Errorf("documents %v, errors %q", docs, errs)
	}
}

func TestDocumentsFilesAndLimits(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	write(t, big, "date 2023-08-07 "+strings.Repeat("x", 200))
	ok := filepath.Join(dir, "ok.dat") // explicit files are read whatever their extension
	write(t, ok, "date 2023-08-07 Fine.")
	docs, errs := collect(t, []string{big, filepath.Join(dir, "missing.txt"), ok}, Options{MaxBytes: 100})
	if len(docs) != 1 || docs[0].Source != ok {
		t.Errorf("docs %v", docs)
	}
	if len(errs) != 2 || !strings.HasPrefix(errs[0], big+": file too large") || !strings.Contains(errs[1], "missing.txt: cannot read") {
		t.Errorf("errors %q", errs)
	}
}

func TestDocumentsStdin(t *testing.T) {
	w := &walker{ctx: context.Background(), stdin: strings.NewReader(`{"date":"2023-08-07","text":"From a pipe."}`)}
	var got []*hearsay.Document
	w.yield = func(d *hearsay.Document, err error) bool {
		if err != nil {
			t.Error(err)
		}
		got = append(got, d)
		return true
	}
	w.path("-")
	if len(got) != 1 || got[0].Source != "-" || got[0].Text != "From a pipe." {
		t.Errorf("got %v", got)
	}
}

func TestDocumentsStops(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a", "b", "c"} {
		write(t, filepath.Join(dir, n+".txt"), "date 2023-08-07 "+n)
	}
	n := 0
	for range Documents(context.Background(), []string{dir}, Options{}) {
		n++
		break
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for range Documents(ctx, []string{dir}, Options{}) {
		n++
	}
	if n != 1 {
		t.Errorf("read %d documents, want 1", n)
	}
}

func TestBoilerplateExamples(t *testing.T) {
	b, err := loadBoilerplate()
	if err != nil {
		t.Fatal(err)
	}
	if len(b.examples) < 20 {
		t.Fatalf("only %d examples", len(b.examples))
	}
	for _, ex := range b.examples {
		if got := b.kindOf(ex.text); got != ex.kind {
			t.Errorf("%s: %q marked %q, want %q", ex.pos, ex.text, got, ex.kind)
		}
	}
	// Every rule has at least one example that it marks, and the quick
	// filters (first rune, needed words) never hide a line the pattern
	// matches.
	for _, c := range b.cues {
		hit := false
		for _, ex := range b.examples {
			line := strings.TrimSpace(ex.text)
			lower := ""
			if c.re.MatchString(line) && ((!c.inline && !c.canStart(line)) || !c.hasNeeded(line, &lower)) {
				t.Errorf("%s: quick filter hides %q", c.pos, line)
			}
			if ex.kind == c.kind && c.re.MatchString(line) {
				hit = true
			}
		}
		if !hit {
			t.Errorf("%s: rule has no example", c.pos)
		}
	}
}

func TestBoilerplateSkipGroup(t *testing.T) {
	text := "Portman declined to comment. Sign up for our daily newsletter.\nWant more? Subscribe to our newsletter."
	skips := defaultBoilerplate().find(text, hearsay.Span{Start: 0, End: len(text)})
	var got []string
	for _, s := range skips {
		got = append(got, text[s.Start:s.End])
	}
	if g := strings.Join(got, "|"); g != "Sign up for our daily newsletter.|Want more? Subscribe to our newsletter." {
		t.Errorf("skips %q", g)
	}
}

func TestBoilerplateInline(t *testing.T) {
	text := "She wore no ring. (Photo: A B/AFP via Getty Images) Fans noticed."
	skips := defaultBoilerplate().find(text, hearsay.Span{Start: 0, End: len(text)})
	if len(skips) != 1 || text[skips[0].Start:skips[0].End] != "(Photo: A B/AFP via Getty Images)" {
		t.Errorf("skips %v", skips)
	}
}

func FuzzParseDated(f *testing.F) {
	f.Add([]byte(dated))
	f.Add([]byte("date 2023-02-30 x"))
	f.Add([]byte("\ufeff date 2024-02-29\n\nBody (Photo: x) Read more"))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, errs := Parse("f.txt", data, Options{})
		checkParse(t, docs, errs)
	})
}

func FuzzParsePlain(f *testing.F) {
	f.Add([]byte("Portman split.\n\nBy Jane Doe\nShare"))
	f.Add([]byte("\xff\xfe caf\xe9"))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, errs := Parse("f.text", data, Options{Date: time.Date(2023, 8, 7, 0, 0, 0, 0, time.UTC)})
		checkParse(t, docs, errs)
	})
}

func FuzzParseJSONL(f *testing.F) {
	f.Add([]byte(`{"url":"u","date":"2023-08-07T10:00:00Z","text":"a\nb"}` + "\n" + `{"text":1}`))
	f.Add([]byte("[{\"date\":\"2023-08-07\",\"text\":\"x\"}, 3]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, errs := Parse("f.jsonl", data, Options{})
		checkParse(t, docs, errs)
		docs, errs = Parse("f.json", data, Options{})
		checkParse(t, docs, errs)
	})
}

// checkParse checks the reader's invariants: every error is an *Error,
// every document has valid spans, an id and a date.
func checkParse(t *testing.T, docs []*hearsay.Document, errs []error) {
	t.Helper()
	for _, err := range errs {
		var re *Error
		if !errors.As(err, &re) || re.Path == "" {
			t.Fatalf("error %v is not an *Error with a path", err)
		}
	}
	for _, d := range docs {
		if d.Body.Start < 0 || d.Body.End > len(d.Text) || d.Body.Start > d.Body.End {
			t.Fatalf("body %v outside text of %d bytes", d.Body, len(d.Text))
		}
		if len(d.ID) != 32 || d.Date.IsZero() {
			t.Fatalf("id %q date %v", d.ID, d.Date)
		}
		prev := d.Body.Start
		for _, s := range d.Skips {
			if s.Start < prev || s.End <= s.Start || s.End > d.Body.End {
				t.Fatalf("skip %v out of order or outside body %v", s.Span, d.Body)
			}
			prev = s.End
		}
	}
}

// benchArticle is a news-like article body of about 1.5 KB.
const benchArticle = `Sources close to the singer say the engagement is off.

Singer Lola Varga and her fiancé, producer Dmitri Hale, have called off their wedding, insiders told reporters on Tuesday. The couple, who met on the set of a music video in 2016, had planned a small ceremony in Lisbon next spring.
(Photo: Jane Roe/Getty Images)
"They've been living separate lives for months," a source close to Varga said. "It's over, but there's no drama."
Read more: The Couple's Timeline
A representative for Hale, 41, denied the report, calling it "completely false." Varga, 35, has not commented publicly; her new album, which she wrote "mostly at night," is due out Sept. 1.
Share this article
The pair were last seen together at the Grammy Awards on Feb. 4, where Varga performed without her engagement ring. Fans noticed that she had deleted several photos of the couple from her Instagram account, which has more than 12.5 million followers.
Sign up for our daily newsletter
`

// BenchmarkParseJSONL parses 100 JSON Lines articles (id, date, boilerplate
// cues) and reports documents/s.
func BenchmarkParseJSONL(b *testing.B) {
	var sb strings.Builder
	for i := range 100 {
		sb.WriteString(`{"url":"https://example.com/` + strings.Repeat("a", i%7) + `","date":"2023-08-07","text":` + quote(benchArticle) + "}\n")
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		docs, errs := Parse("bench.jsonl", data, Options{})
		if len(docs) != 100 || len(errs) != 0 {
			b.Fatalf("docs %d errs %v", len(docs), errs)
		}
	}
	b.ReportMetric(100*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

func TestBoilerplateDateline(t *testing.T) {
	tests := []struct {
		text string
		want string // the marked spans, joined by "|"
	}{
		{"By Jane Doe\n\n  LOS ANGELES (AP) — Jane Roe wed.\nBOSTON — Not a dateline.", "By Jane Doe|LOS ANGELES (AP) — "},
		{"PORT ALDER, Maine — The mayor wed. (Photo: A B/AFP via Getty Images)", "PORT ALDER, Maine — |(Photo: A B/AFP via Getty Images)"},
		{"The mayor wed.\nLONDON (Reuters) - Not the first line.", ""},
		{"Governor names 24 commissioners\n\nABUJA — The Governor swore them in.\nLAGOS — Not a dateline.", "ABUJA — "},
		{"Sheriff to retire\nMore from the county: what voters said\nCOLUMBIA, Tenn. — Not after two lines.", ""},
		{"WASHINGTON, Dec. 6 (UPI) -- A senator wed.", "WASHINGTON, | (UPI) -- "},
	}
	for _, tt := range tests {
		skips := defaultBoilerplate().find(tt.text, hearsay.Span{Start: 0, End: len(tt.text)})
		var got []string
		for _, s := range skips {
			got = append(got, tt.text[s.Start:s.End])
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%q: skips %q, want %q", tt.text, g, tt.want)
		}
	}
}

// TestDocumentIDCollapsesBlanks checks documentID against the hash of the
// date and the body's words joined by single spaces, on bodies with blank
// runs of every kind, invalid UTF-8 and more text than one write holds.
func TestDocumentIDCollapsesBlanks(t *testing.T) {
	date := time.Date(2024, time.March, 5, 0, 0, 0, 0, time.UTC)
	long := strings.Repeat("Ana  Lima\u00a0wed \t Bo.\n", 300)
	for _, body := range []string{
		"", "   ", "one", "  lead and trail  ", "a\u200bb\ufeffc", "tab\tnew\nline\r\nend",
		"bad \xff byte \xe2\x80", "cafe\u0301 accent", "nel\u0085nbsp\u00a0ogham\u1680end", long,
		strings.Repeat("x", 2500) + " " + strings.Repeat("é", 700),
		" a b", "a b ", "a  b c", "a \u00a0b", "é b", "a \u00a0", "a \tb", "a\u00a0 b",
	} {
		want := sha256.Sum256([]byte(date.Format(time.DateOnly) + "\n" + strings.Join(strings.FieldsFunc(norm.NFC.String(body), isBlank), " ")))
		if got := documentID(date, body); got != hex.EncodeToString(want[:16]) {
			t.Errorf("documentID(%q) = %s, want %x", body, got, want[:16])
		}
	}
}

// TestDocumentIDMixedBlanks checks documentID against the hash of the
// date and the body's words joined by single spaces on bodies pieced
// together from words, blanks of every kind and combining marks.
func TestDocumentIDMixedBlanks(t *testing.T) {
	date := time.Date(2024, time.March, 5, 0, 0, 0, 0, time.UTC)
	pieces := []string{"a", "Bo", "é", "e\u0301", " ", "  ", "\t", "\n", "\u00a0", "\u200b", "\ufeff", "\xff", "\u0301", "x.y"}
	for n := range 3000 {
		var b strings.Builder
		for k, x := 0, n; k < 8; k, x = k+1, x*7+3 {
			b.WriteString(pieces[(x+k*k)%len(pieces)])
		}
		body := b.String()
		want := sha256.Sum256([]byte(date.Format(time.DateOnly) + "\n" + strings.Join(strings.FieldsFunc(norm.NFC.String(body), isBlank), " ")))
		if got := documentID(date, body); got != hex.EncodeToString(want[:16]) {
			t.Fatalf("documentID(%q) = %s, want %x", body, got, want[:16])
		}
	}
}

// TestErrorsNameWhatToFix checks that the error about an undated input
// names the caller's way to give a date only when it has one (the command
// line's --date, not the HTTP API), and that articles of a JSON array on
// one line are told apart by their place in it.
func TestErrorsNameWhatToFix(t *testing.T) {
	for _, c := range []struct {
		name, in string
		opts     Options
		want     []string
	}{
		{"undated.txt", "Portman split.", Options{DateFlag: "--date"},
			[]string{`undated.txt:1: no publication date: the first line is not "date YYYY-MM-DD ..." and no --date was given`}},
		{"undated.txt", "Portman split.", Options{},
			[]string{`undated.txt:1: no publication date: the first line is not "date YYYY-MM-DD ..."`}},
		{"request.json", `{"text":"x"}`, Options{}, []string{`request.json:1: no publication date: no "date" field`}},
		{"request.jsonl", `{"text":"x"}`, Options{DateFlag: "--date"}, []string{`request.jsonl:1: no publication date: no "date" field and no --date was given`}},
		{"request.json", `[{"date":"2024-01-02","text":"A."},{"date":"2024-01-02"},{"date":"2024-02-30","text":"C."}]`, Options{},
			[]string{`request.json:1: item 2: no "text" field`, `request.json:1: item 3: bad date`}},
	} {
		_, errs := Parse(c.name, []byte(c.in), c.opts)
		if len(errs) != len(c.want) {
			t.Errorf("%s %+v: errors %v, want %d", c.name, c.opts, errs, len(c.want))
			continue
		}
		for i, err := range errs {
			if got := err.Error(); !strings.HasPrefix(got, c.want[i]) || c.opts.DateFlag == "" && strings.Contains(got, "--date") {
				t.Errorf("%s %+v: error %q, want %q", c.name, c.opts, got, c.want[i])
			}
		}
	}
}
