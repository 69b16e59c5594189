package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/store"
	"github.com/hearsay-news/hearsay/store/sqlite"
	"github.com/hearsay-news/hearsay/store/storetest"
)

// result is what one run of the command line produced.
type result struct {
	code           int
	stdout, stderr string
}

// ingestedStore ingests the articles at paths into a new store (file name
// in a temporary folder) and returns the store's path. It skips the test in
// short mode: ingesting runs the full pipeline.
func ingestedStore(t *testing.T, name string, paths ...string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the full pipeline")
	}
	db := filepath.Join(t.TempDir(), name)
	runCLI(t, nil, append([]string{"ingest", "--db", db}, paths...)...).want(t, exitOK)
	return db
}

// runCLI runs the command line in-process with the given environment
// variables (nil: none) and arguments.
func runCLI(t *testing.T, vars map[string]string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(k string) string { return vars[k] }}
	code := run(context.Background(), e, args)
	return result{code: code, stdout: out.String(), stderr: errb.String()}
}

// want fails the test unless the run exited with code.
func (r result) want(t *testing.T, code int) result {
	t.Helper()
	if r.code != code {
		t.Fatalf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, code, r.stdout, r.stderr)
	}
	return r
}

// write creates a file under dir with the given content.
func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const storyA = ` date 2023-08-07 Sources close to Jonah Vasquez say that he has not forgiven Marta Okafor.

Jonah Vasquez and his wife Marta Okafor have reportedly separated. The couple married in 2012 in Lisbon.

Back in June, insiders told The Daily Ledger that Okafor was seen with Teodor Lindqvist, a 35-year-old choreographer.
`

const storyB = ` date 2021-10-02 Renée Sørensen turned 61 in May, her publicist said.

Sørensen and her partner Piotr Delacroix have been dating since 2015. They met on the set of a film in Kraków.
`

// lines splits output into non-empty lines.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// docRows is the output of `hearsay docs` without its header line.
func docRows(s string) []string {
	l := lines(s)
	if len(l) > 0 && strings.HasPrefix(l[0], "ID ") {
		return l[1:]
	}
	return l
}

func TestReadDocsShowSearch(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	a := write(t, in, "a.txt", storyA)
	write(t, in, "sub/b.txt", storyB)
	db := filepath.Join(dir, "h.db")

	r := runCLI(t, nil, "read", "--db", db, in).want(t, exitOK)
	for _, want := range []string{"2023-08-07", "2021-10-02", "sentences", "Jonah Vasquez and his wife Marta Okafor have reportedly separated.",
		"[stored]", "2 documents: 2 stored, 0 unchanged, 0 failed"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("read output lacks %q:\n%s", want, r.stdout)
		}
	}
	r = runCLI(t, nil, "read", in, "--db", db).want(t, exitOK) // flags after paths too
	if !strings.Contains(r.stdout, "2 documents: 0 stored, 2 unchanged, 0 failed") || !strings.Contains(r.stdout, "[unchanged]") {
		t.Errorf("second read:\n%s", r.stdout)
	}

	docs := docRows(runCLI(t, nil, "docs", "--db", db).want(t, exitOK).stdout)
	if len(docs) != 2 || !strings.HasPrefix(docs[1], "") || !strings.Contains(docs[0], "2023-08-07") || !strings.Contains(docs[1], "2021-10-02") {
		t.Fatalf("docs (newest first):\n%s", strings.Join(docs, "\n"))
	}
	var infos []store.DocInfo
	for _, l := range lines(runCLI(t, nil, "docs", "--db", db, "--json").want(t, exitOK).stdout) {
		var d store.DocInfo
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("docs --json line %q: %v", l, err)
		}
		infos = append(infos, d)
	}
	if len(infos) != 2 || infos[0].Source != a || infos[0].Sentences == 0 {
		t.Fatalf("docs --json = %+v", infos)
	}
	if got := docRows(runCLI(t, nil, "docs", "--db", db, "--since", "2022-01-01").want(t, exitOK).stdout); len(got) != 1 {
		t.Errorf("docs --since 2022-01-01 = %q", got)
	}
	id := infos[0].ID

	for _, ref := range []string{id, id[:8], a} {
		r := runCLI(t, nil, "show", "--db", db, ref).want(t, exitOK)
		if !strings.Contains(r.stdout, id) || !strings.Contains(r.stdout, "reportedly separated") {
			t.Errorf("show %s:\n%s", ref, r.stdout)
		}
	}
	if r := runCLI(t, nil, "show", "--db", db, "--raw", id[:6]).want(t, exitOK); r.stdout != storyA {
		t.Errorf("show --raw = %q, want the original text", r.stdout)
	}
	r = runCLI(t, nil, "show", "--db", db, "--json", id).want(t, exitOK)
	var sj map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &sj); err != nil || sj["schema_version"] != "hearsay-gold/1" {
		t.Errorf("show --json: %v\n%s", err, r.stdout)
	}
	if r := runCLI(t, nil, "show", "--db", db, "nosuchdoc").want(t, exitPartial); !strings.Contains(r.stderr, "nosuchdoc") {
		t.Errorf("show of a missing document: %q", r.stderr)
	}

	r = runCLI(t, nil, "search", "--db", db, "renee").want(t, exitOK)
	if !strings.Contains(r.stdout, "[Renée]") || strings.Contains(r.stdout, id[:12]) {
		t.Errorf("search renee:\n%s", r.stdout)
	}
	r = runCLI(t, nil, "search", "--db", db, "--json", "married", "Lisbon").want(t, exitOK)
	var hit store.Hit
	if err := json.Unmarshal([]byte(strings.TrimSpace(r.stdout)), &hit); err != nil || hit.ID != id {
		t.Errorf("search --json married Lisbon: %v\n%s", err, r.stdout)
	}
	if r := runCLI(t, nil, "search", "--db", db, "zebra").want(t, exitOK); r.stdout != "" {
		t.Errorf("search zebra printed %q", r.stdout)
	}
}

func TestNewVersionOfChangedFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "h.db")
	p := write(t, dir, "story.txt", storyA)
	if r := runCLI(t, nil, "ingest", "--db", db, p).want(t, exitOK); !strings.Contains(r.stdout, "stored docs/s") || !strings.Contains(r.stdout, "1 document: 1 stored") {
		t.Errorf("first ingest:\n%s", r.stdout)
	}
	// nothing stored: no rate, which would count documents not analysed
	if r := runCLI(t, nil, "ingest", "--db", db, p).want(t, exitOK); strings.Contains(r.stdout, "docs/s") || !strings.Contains(r.stdout, "1 document: 0 stored, 1 unchanged") {
		t.Errorf("second ingest of the same file:\n%s", r.stdout)
	}
	write(t, dir, "story.txt", strings.Replace(storyA, "married in 2012", "married in 2013", 1))
	r := runCLI(t, nil, "read", "--db", db, p).want(t, exitOK)
	if !strings.Contains(r.stdout, "new version 2") {
		t.Errorf("read of a changed file:\n%s", r.stdout)
	}
	write(t, dir, "story.txt", strings.Replace(storyA, "married in 2012", "married in 2014", 1))
	r = runCLI(t, nil, "read", "--json", "--db", db, p).want(t, exitOK)
	var rj struct {
		Document struct{ ID string } `json:"document"`
		Store    store.PutResult     `json:"store"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rj); err != nil || rj.Store.Status != store.NewVersion ||
		rj.Store.Version != 3 || len(rj.Store.Superseded) != 1 || rj.Store.ID != rj.Document.ID {
		t.Errorf("read --json = %+v, %v\n%s", rj, err, r.stdout)
	}
	if !strings.Contains(r.stdout, `"store":{"id":`) || !strings.Contains(r.stderr, "1 document: 1 stored") {
		t.Errorf("read --json stdout %s\nstderr %s", r.stdout, r.stderr)
	}
	if got := docRows(runCLI(t, nil, "docs", "--db", db).stdout); len(got) != 1 {
		t.Errorf("current documents: %q", got)
	}
	all := docRows(runCLI(t, nil, "docs", "--db", db, "--all").stdout)
	if len(all) != 3 || !strings.Contains(strings.Join(all, "\n"), "superseded by") {
		t.Errorf("docs --all:\n%s", strings.Join(all, "\n"))
	}
	if r := runCLI(t, nil, "search", "--db", db, "2012").want(t, exitOK); r.stdout != "" {
		t.Errorf("search finds the superseded text:\n%s", r.stdout)
	}
}

func TestStoreFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "env.db")
	p := write(t, dir, "a.txt", storyA)
	vars := map[string]string{"HEARSAY_DB": db}
	runCLI(t, vars, "ingest", p).want(t, exitOK)
	if _, err := os.Stat(db); err != nil {
		t.Fatalf("HEARSAY_DB not used: %v", err)
	}
	if got := docRows(runCLI(t, vars, "docs").want(t, exitOK).stdout); len(got) != 1 {
		t.Errorf("docs with HEARSAY_DB: %q", got)
	}
	other := filepath.Join(dir, "flag.db")
	runCLI(t, vars, "ingest", "--db", other, p).want(t, exitOK)
	if _, err := os.Stat(other); err != nil {
		t.Errorf("--db does not override HEARSAY_DB: %v", err)
	}
	if r := runCLI(t, map[string]string{"HEARSAY_DB": filepath.Join(dir, "none.db")}, "docs").want(t, exitPartial); !strings.Contains(r.stderr, "none.db") {
		t.Errorf("docs on a missing store: %q", r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "none.db")); err == nil {
		t.Error("docs created a store")
	}
}

// TestBadInputs runs one batch holding good and bad inputs: every bad one
// is reported with its file (and line), the good ones are stored, the exit
// code is 1, and a document stored before is unharmed.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "h.db")
	before := write(t, dir, "before/kept.txt", storyB)
	runCLI(t, nil, "ingest", "--db", db, before).want(t, exitOK)
	st, err := sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	kept, _ := st.Documents(context.Background(), store.DocFilter{})
	keptDoc, err := st.Document(context.Background(), kept[0].ID)
	st.Close()
	if err != nil {
		t.Fatal(err)
	}

	in := filepath.Join(dir, "in")
	write(t, in, "01-good.txt", storyA)
	write(t, in, "02-empty.txt", "")
	write(t, in, "03-binary.txt", "\x00\x01\x02ELF\x00\x00\x00binary\x00\xff\xfe")
	write(t, in, "04-impossible-date.txt", " date 2023-02-30 A lede.\n\nBody text.\n")
	write(t, in, "05-no-body.txt", "date 2023-08-07 \n\n")
	write(t, in, "06-feed.jsonl", strings.Join([]string{
		`{"url": "https://example.com/1", "outlet": "The Daily Ledger", "title": "One", "date": "2023-08-07", "text": "Marta Okafor met Jonah Vasquez in Paris."}`,
		`this line is not JSON`,
		`{"url": "https://example.com/3", "title": "No text", "date": "2023-08-07"}`,
		`{"url": "https://example.com/4", "title": "Four", "date": "2023-08-07T15:04:05+02:00", "text": "Teodor Lindqvist denied the rumors."}`,
	}, "\n")+"\n")
	write(t, in, "07-bad-utf8.txt", " date 2023-08-07 Caf\xe9 owners met in Paris.\n\nThe caf\xe9 was full.\n")
	write(t, in, "08-too-big.txt", " date 2023-08-07 "+strings.Repeat("Words and more words. ", 200)+"\n")
	write(t, in, "09-no-date.txt", "Just some text with no date line.\n")

	r := runCLI(t, nil, "ingest", "--db", db, "--max-bytes", "2000", in).want(t, exitPartial)
	for _, want := range []string{
		"02-empty.txt", "03-binary.txt", "04-impossible-date.txt", "05-no-body.txt",
		"06-feed.jsonl:2", "06-feed.jsonl:3", "08-too-big.txt", "09-no-date.txt",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr does not name %s:\n%s", want, r.stderr)
		}
	}
	// ingest prints no summary: the repair is told on stderr
	if !strings.Contains(r.stderr, "warning: "+filepath.Join(in, "07-bad-utf8.txt")+":1: invalid UTF-8") {
		t.Errorf("stderr does not warn of the repaired 07-bad-utf8.txt:\n%s", r.stderr)
	}
	if strings.Contains(r.stderr, "01-good") || strings.Contains(r.stderr, "06-feed.jsonl:1:") || strings.Contains(r.stderr, "06-feed.jsonl:4") {
		t.Errorf("good inputs reported as failures:\n%s", r.stderr)
	}
	// Stored: 01-good, feed lines 1 and 4, 07-bad-utf8 (repaired).
	if !strings.Contains(r.stdout, "12 documents: 4 stored, 0 unchanged, 8 failed") {
		t.Errorf("final line:\n%s", r.stdout)
	}
	got := docRows(runCLI(t, nil, "docs", "--db", db).stdout)
	if len(got) != 5 {
		t.Errorf("stored documents:\n%s", strings.Join(got, "\n"))
	}
	st, err = sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	after, err := st.Document(context.Background(), keptDoc.ID)
	if err != nil || after.Text != keptDoc.Text || len(after.Sentences) != len(keptDoc.Sentences) {
		t.Errorf("document stored before the bad batch changed: %v", err)
	}
	r = runCLI(t, nil, "show", "--db", db, filepath.Join(in, "07-bad-utf8.txt")).want(t, exitOK)
	if !strings.Contains(r.stdout, "warning") || !strings.Contains(r.stdout, "Caf\uFFFD") {
		t.Errorf("repaired document:\n%s", r.stdout)
	}
}

// TestUnreadableFileInDirectory checks that a file that cannot be read is
// reported and the rest of the directory is still stored.
func TestUnreadableFileInDirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not stop reading")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write(t, in, "a.txt", storyA)
	locked := write(t, in, "b.txt", storyB)
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(locked, 0o644)
	r := runCLI(t, nil, "ingest", "--db", filepath.Join(dir, "h.db"), in).want(t, exitPartial)
	if !strings.Contains(r.stderr, "b.txt") || !strings.Contains(r.stdout, "1 stored") {
		t.Errorf("stdout %q stderr %q", r.stdout, r.stderr)
	}
}

// TestBadStoreFiles points --db at files that are not hearsay stores: the
// command fails naming the file, and leaves it untouched.
func TestBadStoreFiles(t *testing.T) {
	dir := t.TempDir()
	article := write(t, dir, "a.txt", storyA)
	random := make([]byte, 4096)
	rand.Read(random)
	foreign := filepath.Join(dir, "foreign.sqlite")
	fdb, err := sql.Open("sqlite", foreign)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fdb.Exec(`CREATE TABLE t(x); INSERT INTO t VALUES (1)`); err != nil {
		t.Fatal(err)
	}
	fdb.Close()
	newer := filepath.Join(dir, "newer.db")
	st, err := sqlite.Open(context.Background(), newer, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.DB().Exec(`INSERT INTO schema_version VALUES (9999, '9999_future.sql', 'x')`); err != nil {
		t.Fatal(err)
	}
	st.Close()
	cases := map[string]string{
		write(t, dir, "random.db", string(random)): "not a hearsay database",
		article: "not a hearsay database",
		foreign: "not a hearsay database",
		newer:   "newer",
	}
	for path, msg := range cases {
		before, _ := os.ReadFile(path)
		for _, args := range [][]string{{"ingest", "--db", path, article}, {"docs", "--db", path}, {"search", "--db", path, "x"}} {
			r := runCLI(t, nil, args...).want(t, exitPartial)
			if !strings.Contains(r.stderr, path) || !strings.Contains(r.stderr, msg) {
				t.Errorf("%v: stderr %q does not name the file and say %q", args, r.stderr, msg)
			}
		}
		if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
			t.Errorf("%s was modified", path)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "h.db")
	cases := [][]string{
		{"read", "--db", db},
		{"ingest", "--db", db},
		{"extract"},
		{"bench"},
		{"read", "--db", db, "--date", "2023-02-30", "x.txt"},
		{"ingest", "--db", db, "--no-such-flag", "x.txt"},
		{"ingest", "--db", db, "--workers", "-1", "x.txt"},
		{"show", "--db", db},
		{"show", "--db", db, "a", "b"},
		{"search", "--db", db},
		{"docs", "--db", db, "stray"},
		{"docs", "--db", db, "--since", "yesterday"},
	}
	for _, args := range cases {
		if r := runCLI(t, nil, args...); r.code != exitUsage || r.stderr == "" {
			t.Errorf("%v: exit %d, stderr %q; want %d and a message", args, r.code, r.stderr, exitUsage)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a usage error created the store")
	}
}

func TestHelp(t *testing.T) {
	top := runCLI(t, nil, "--help").want(t, exitOK).stdout
	for _, c := range []string{"read", "ingest", "docs", "show", "search", "extract", "bench"} {
		if !strings.Contains(top, "\n  "+c+" ") {
			t.Errorf("hearsay --help does not list %s", c)
		}
		r := runCLI(t, nil, c, "--help").want(t, exitOK)
		if !strings.HasPrefix(r.stdout, "Usage: hearsay "+c) || (c != "bench" && !strings.Contains(r.stdout, "-json")) {
			t.Errorf("hearsay %s --help:\n%s", c, r.stdout)
		}
	}
}

func TestExtractJSON(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write(t, in, "a.txt", storyA)
	write(t, in, "b.txt", storyB)
	write(t, in, "c.txt", "Undated text, dated from the command line.\n")
	r := runCLI(t, nil, "extract", "--json", "--date", "2024-01-15", in).want(t, exitOK)
	sc := bufio.NewScanner(strings.NewReader(r.stdout))
	sc.Buffer(nil, 1<<24)
	n := 0
	for sc.Scan() {
		n++
		var doc struct {
			SchemaVersion string `json:"schema_version"`
			Document      struct {
				ID, Date, Source string
			} `json:"document"`
			Timexes []struct {
				ID         string
				Text       string
				Start, End *int
			} `json:"timexes"`
			Entities []any `json:"entities"`
			Facts    []any `json:"facts"`
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		if doc.SchemaVersion != "hearsay-gold/1" || doc.Document.ID == "" || doc.Entities == nil || doc.Facts == nil || len(doc.Timexes) == 0 {
			t.Errorf("line %d: %s", n, sc.Text())
		}
		src, _ := os.ReadFile(doc.Document.Source)
		runes := []rune(string(src))
		for _, x := range doc.Timexes {
			if x.Start != nil && string(runes[*x.Start:*x.End]) != x.Text {
				t.Errorf("%s: timex %s %q is not at code points %d..%d", doc.Document.Source, x.ID, x.Text, *x.Start, *x.End)
			}
		}
		if strings.HasSuffix(doc.Document.Source, "c.txt") && doc.Document.Date != "2024-01-15" {
			t.Errorf("--date not applied: %s", doc.Document.Date)
		}
	}
	if n != 3 {
		t.Errorf("%d JSON lines, want 3:\n%s", n, r.stdout)
	}
	if !utf8.ValidString(r.stdout) {
		t.Error("output is not UTF-8")
	}
	if _, err := os.Stat("hearsay.db"); err == nil {
		t.Error("extract created a store in the working directory")
	}
	txt := runCLI(t, nil, "extract", in, "--date", "2024-01-15").want(t, exitOK).stdout
	if !strings.Contains(txt, "3 documents analysed, 0 failed") {
		t.Errorf("extract:\n%s", txt)
	}
}

func TestBench(t *testing.T) {
	dir := t.TempDir()
	for i := range 5 {
		write(t, dir, fmt.Sprintf("%d.txt", i), strings.Replace(storyA, "2012", fmt.Sprint(2000+i), 1))
	}
	r := runCLI(t, nil, "bench", dir).want(t, exitOK)
	for _, want := range []string{"5 analysed", "documents/s", "MB/s", "peak heap"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("bench output lacks %q:\n%s", want, r.stdout)
		}
	}
	db := filepath.Join(t.TempDir(), "b.db")
	r = runCLI(t, nil, "bench", "--json", "--db", db, dir).want(t, exitOK)
	var res benchResult
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil || res.Documents != 5 || res.DocsPerSec <= 0 || res.PeakHeapMB <= 0 || !res.Stored {
		t.Errorf("bench --json = %+v, %v", res, err)
	}
	if got := docRows(runCLI(t, nil, "docs", "--db", db).stdout); len(got) != 5 {
		t.Errorf("bench --db stored %d documents, want 5", len(got))
	}
}

// TestRepeatedFailuresAreCounted checks that many failures with the same
// message are printed a few times and then counted.
func TestRepeatedFailuresAreCounted(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	for i := range 12 {
		write(t, in, fmt.Sprintf("empty-%02d.txt", i), "")
	}
	write(t, in, "good.txt", storyA)
	r := runCLI(t, nil, "ingest", "--db", filepath.Join(dir, "h.db"), in).want(t, exitPartial)
	if got := strings.Count(r.stderr, "empty file"); got != maxSameFailures {
		t.Errorf("%d 'empty file' messages, want %d:\n%s", got, maxSameFailures, r.stderr)
	}
	if !strings.Contains(r.stderr, "7 more failures not shown") || !strings.Contains(r.stdout, "13 documents: 1 stored, 0 unchanged, 12 failed") {
		t.Errorf("stdout %q\nstderr %q", r.stdout, r.stderr)
	}
}

// TestIngestIsDeterministic ingests the same inputs with one worker and
// with four and expects the same stored documents, layer by layer.
func TestIngestIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	generateArticles(t, in, 40)
	write(t, in, "x/a.txt", storyA)
	write(t, in, "x/b.txt", storyB)
	var stores []*sqlite.Store
	for _, workers := range []string{"1", "4"} {
		db := filepath.Join(dir, "w"+workers+".db")
		runCLI(t, nil, "ingest", "--db", db, "--workers", workers, in).want(t, exitOK)
		st, err := sqlite.Open(context.Background(), db, sqlite.Options{MustExist: true})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		stores = append(stores, st)
	}
	ctx := context.Background()
	a, err := stores[0].Documents(ctx, store.DocFilter{Superseded: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := stores[1].Documents(ctx, store.DocFilter{Superseded: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != 42 || len(a) != len(b) {
		t.Fatalf("%d and %d documents stored, want 42", len(a), len(b))
	}
	for i := range a {
		if a[i].ID != b[i].ID || a[i].Version != b[i].Version {
			t.Fatalf("document %d: %s v%d vs %s v%d", i, a[i].ID, a[i].Version, b[i].ID, b[i].Version)
		}
		da, err := stores[0].Document(ctx, a[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		db, err := stores[1].Document(ctx, a[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		if d := storetest.Diff(da, db); d != "" {
			t.Errorf("%s differs between 1 and 4 workers:\n%s", a[i].ID, d)
		}
	}
}

func TestTimeWords(t *testing.T) {
	cases := []struct {
		time *hearsay.FactTime
		want string
	}{
		{nil, ""},
		{&hearsay.FactTime{Value: "2024-08-13", Earliest: "2024-08-13", Latest: "2024-08-13"}, "2024-08-13"},
		{&hearsay.FactTime{Value: "2023-06", Earliest: "2023-06-01", Latest: "2023-06-30"}, "2023-06"},
		{&hearsay.FactTime{Value: "2012", Earliest: "2012-07-31", Latest: "2012-08-06"}, "2012 (2012-07-31..2012-08-06)"},
		{&hearsay.FactTime{Value: "2023-W31", Earliest: "2023-07-31", Latest: "2023-08-06"}, "2023-W31 (2023-07-31..2023-08-06)"},
		{&hearsay.FactTime{Value: "2013", Mod: "ON_OR_AFTER"}, "2013 (on_or_after)"},
		{&hearsay.FactTime{Start: "2009", End: "2013", EndMod: "ON_OR_AFTER"}, "2009 → 2013 (on_or_after)"},
		{&hearsay.FactTime{Start: "2009"}, "2009 → ?"},
		{&hearsay.FactTime{Earliest: "1980-08-08"}, "1980-08-08..?"},
	}
	for _, tc := range cases {
		if got := timeWords(tc.time); got != tc.want {
			t.Errorf("timeWords(%+v) = %q, want %q", tc.time, got, tc.want)
		}
	}
}

func TestFactLine(t *testing.T) {
	doc := &hearsay.Document{Entities: []hearsay.Entity{{Name: "Benjamin Millepied"}, {Name: "Camille Étienne"}}}
	f := hearsay.Fact{Type: "affair", Args: []hearsay.Arg{{Entity: 0}, {Entity: 1}},
		Time: &hearsay.FactTime{Value: "2023-06"}, Modality: hearsay.Rumored, Polarity: hearsay.Pos,
		Sources: []hearsay.Source{{Text: "reports", Entity: -1}}}
	if got, want := factLine(doc, f), "Benjamin Millepied — affair — Camille Étienne · 2023-06 · rumored · source: reports"; got != want {
		t.Errorf("factLine = %q, want %q", got, want)
	}
	f = hearsay.Fact{Type: "position_held", Args: []hearsay.Arg{{Entity: 0}, {Entity: -1, Literal: "director"}, {Entity: -1, Literal: "paris opera ballet"}},
		Modality: hearsay.Denied, Polarity: hearsay.Neg, Sources: []hearsay.Source{{Text: "Us Weekly", Entity: -1}, {Text: "a source", Entity: 1}},
		Derived: true, Reason: "from a title"}
	if got, want := factLine(doc, f), "Benjamin Millepied — not position_held — director — paris opera ballet · denied · source: Us Weekly › Camille Étienne · derived: from a title"; got != want {
		t.Errorf("factLine = %q, want %q", got, want)
	}
}

func TestInlineMarks(t *testing.T) {
	text := "Portman and Millepied met in June. The couple split."
	span := func(s string) hearsay.Span {
		i := strings.Index(text, s)
		return hearsay.Span{Start: i, End: i + len(s)}
	}
	doc := &hearsay.Document{
		Text:      text,
		Sentences: []hearsay.Sentence{{Span: span("Portman and Millepied met in June.")}, {Span: span("The couple split.")}},
		Timexes:   []hearsay.Timex{{Span: span("June"), Value: "2023-06"}},
		Entities:  []hearsay.Entity{{ID: "e1"}, {ID: "e2"}},
		Mentions: []hearsay.Mention{
			{Span: span("Portman"), Entity: 0},
			{Span: span("Millepied"), Entity: 1},
			{Span: span("June"), Entity: 1}, // overlaps the time expression: left out
			{Span: span("The couple"), Entity: -1, Members: []int{0, 1}},
			{Span: span("split"), Entity: -1},
		},
	}
	marks := inlineMarks(doc)
	got := []string{markup(text, doc.Sentences[0].Span, marks), markup(text, doc.Sentences[1].Span, marks)}
	want := []string{"[Portman|e1] and [Millepied|e2] met in [June|2023-06].", "[The couple|e1+e2] split."}
	if !slices.Equal(got, want) {
		t.Errorf("markup = %q, want %q", got, want)
	}
}

// cancelAfter is standard input that yields text, then cancels the run's
// context (as SIGINT does) and ends.
type cancelAfter struct {
	r      io.Reader
	cancel context.CancelFunc
}

func (c *cancelAfter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if err == io.EOF {
		c.cancel()
	}
	return n, err
}

// TestInterruptedIngest interrupts an ingest: it says so without a
// knowledge-base error, exits 1, and running it again completes the store.
func TestInterruptedIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full pipeline")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "h.db")
	feed := strings.Join([]string{
		`{"url": "https://example.com/1", "date": "2023-08-07", "text": "Marta Okafor met Jonah Vasquez in Paris."}`,
		`{"url": "https://example.com/2", "date": "2023-08-08", "text": "Teodor Lindqvist denied the rumors."}`,
	}, "\n") + "\n"
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb bytes.Buffer
	e := &env{stdin: &cancelAfter{r: strings.NewReader(feed), cancel: cancel}, stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	if code := run(ctx, e, []string{"ingest", "--db", db, "-"}); code != exitPartial {
		t.Errorf("exit code %d, want %d; stderr:\n%s", code, exitPartial, errb.String())
	}
	if !strings.Contains(errb.String(), "interrupted") || strings.Contains(errb.String(), "knowledge base") {
		t.Errorf("stderr:\n%s", errb.String())
	}
	r := runCLI(t, nil, "ingest", "--db", db, write(t, dir, "feed.jsonl", feed)).want(t, exitOK)
	if !strings.Contains(r.stdout, "2 documents:") {
		t.Errorf("second run:\n%s", r.stdout)
	}
	runCLI(t, nil, "claims", "--db", db).want(t, exitOK)
}

// TestDocsSaysWhenListGoesOn checks that docs tells on standard error when
// --limit leaves documents out, and only then.
func TestDocsSaysWhenListGoesOn(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write(t, in, "a.txt", storyA)
	write(t, in, "b.txt", storyB)
	db := ingestedStore(t, "h.db", in)
	for _, c := range []struct {
		limit string
		rows  int
		note  bool
	}{{"1", 1, true}, {"2", 2, false}, {"0", 2, false}} {
		r := runCLI(t, nil, "docs", "--db", db, "--limit", c.limit).want(t, exitOK)
		if got := len(docRows(r.stdout)); got != c.rows || strings.Contains(r.stderr, "--offset") != c.note {
			t.Errorf("docs --limit %s: %d rows, stderr %q; want %d rows, a note %v", c.limit, got, r.stderr, c.rows, c.note)
		}
	}
}

// TestAmbiguousCount checks that an ambiguous reference's message counts
// the documents it matches only when it has them all.
func TestAmbiguousCount(t *testing.T) {
	docs := func(n int) []store.DocInfo {
		ds := make([]store.DocInfo, n)
		for i := range ds {
			ds[i] = store.DocInfo{ID: fmt.Sprintf("5%031d", i), Source: fmt.Sprintf("d%d.txt", i)}
		}
		return ds
	}
	for _, c := range []struct {
		n         int
		want      string
		listedLen int
	}{{3, "matches 3 documents", 3}, {maxListed + 1, fmt.Sprintf("matches more than %d documents", maxListed), maxListed}} {
		msg := ambiguous("5", docs(c.n)).Error()
		if !strings.Contains(msg, c.want) || strings.Count(msg, "\n") != c.listedLen {
			t.Errorf("%d documents: %q, want %q and %d listed", c.n, msg, c.want, c.listedLen)
		}
	}
}
