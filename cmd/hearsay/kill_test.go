package main

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/pipeline"
	"github.com/hearsay-news/hearsay/reader"
	"github.com/hearsay-news/hearsay/store"
	"github.com/hearsay-news/hearsay/store/sqlite"
	"github.com/hearsay-news/hearsay/store/storetest"
)

// killDocs is how many documents the kill test ingests.
const killDocs = 2000

// TestKillDuringIngest builds the binary, starts `hearsay ingest` on a few
// thousand generated documents, kills it with SIGKILL mid-run, and checks
// that the store opens, passes PRAGMA integrity_check, holds only complete
// documents, and that a rerun completes the ingest with the right count.
func TestKillDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests thousands of documents")
	}
	dir := t.TempDir()
	start := time.Now()
	phase := func(name string) { t.Logf("%s: %.1fs", name, time.Since(start).Seconds()) }
	bin := filepath.Join(dir, "hearsay")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	in := filepath.Join(dir, "in")
	phase("build")
	generateArticles(t, in, killDocs)
	phase("generate")
	db := filepath.Join(dir, "kill.db")

	cmd := exec.Command(bin, "ingest", "--db", db, "--workers", "2", in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	atKill := waitForDocuments(t, db, killDocs/5, exited, &stderr)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatalf("kill: %v", err)
	}
	<-exited
	t.Logf("killed after about %d of %d documents", atKill, killDocs)

	phase("ingest until kill")
	stored := checkStore(t, db)
	if len(stored) < atKill || len(stored) >= killDocs {
		t.Fatalf("%d documents stored after the kill; saw %d before it, want fewer than %d", len(stored), atKill, killDocs)
	}
	checkComplete(t, db, in, stored)
	phase("check")

	rerun := exec.Command(bin, "ingest", "--db", db, in)
	out, err := rerun.CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	phase("rerun")
	want := fmt.Sprintf("%d documents: %d stored, %d unchanged, 0 failed", killDocs, killDocs-len(stored), len(stored))
	if !strings.Contains(string(out), want) {
		t.Errorf("rerun output lacks %q:\n%s", want, out)
	}
	if final := checkStore(t, db); len(final) != killDocs {
		t.Errorf("%d documents after the rerun, want %d", len(final), killDocs)
	}
	checkKBMatchesRebuild(t, bin, db)
	phase("knowledge base")
}

// checkKBMatchesRebuild checks that the knowledge base the interrupted and
// resumed ingests left (refreshed incrementally) lists the same claims and
// people as a full rebuild of a copy of the store.
func checkKBMatchesRebuild(t *testing.T, bin, db string) {
	t.Helper()
	data, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	fresh := db + ".rebuilt"
	if err := os.WriteFile(fresh, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "entity", "rebuild", "--db", fresh).CombinedOutput(); err != nil {
		t.Fatalf("entity rebuild: %v\n%s", err, out)
	}
	for _, args := range [][]string{{"claims", "--json"}, {"entity", "list"}, {"outlets", "--json"}} {
		got := runBin(t, bin, append(args, "--db", db)...)
		want := runBin(t, bin, append(args, "--db", fresh)...)
		if got != want {
			t.Errorf("%v after the resumed ingest differs from a full rebuild (%d bytes against %d)", args, len(got), len(want))
		}
		if len(got) < 100 {
			t.Errorf("%v printed almost nothing: %q", args, got)
		}
	}
}

// runBin runs the built binary and returns its standard output.
func runBin(t *testing.T, bin string, args ...string) string {
	t.Helper()
	out, err := exec.Command(bin, args...).Output()
	if err != nil {
		t.Fatalf("%v: %v", args, err)
	}
	return string(out)
}

// waitForDocuments polls the store until it holds at least n documents and
// returns the count seen; it fails if the process exits first.
func waitForDocuments(t *testing.T, path string, n int, exited <-chan error, stderr *bytes.Buffer) int {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			if err != nil {
				t.Fatalf("ingest failed before it could be killed: %v\n%.2000s", err, stderr.String())
			}
			t.Fatal("ingest finished before it could be killed; make the input bigger")
		case <-time.After(20 * time.Millisecond):
		}
		if c := countDocuments(path); c >= n {
			return c
		}
	}
	t.Fatal("ingest stored too few documents in 60 s")
	return 0
}

// countDocuments reads the number of stored documents without opening the
// store for writing; it returns -1 while the store does not exist yet.
func countDocuments(path string) int {
	if _, err := os.Stat(path); err != nil {
		return -1
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(1000)")
	if err != nil {
		return -1
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT COUNT(*) FROM documents`).Scan(&n); err != nil {
		return -1
	}
	return n
}

// checkStore opens the store after a crash, runs the integrity and
// foreign-key checks, and returns the ids stored.
func checkStore(t *testing.T, path string) []string {
	t.Helper()
	st, err := sqlite.Open(context.Background(), path, sqlite.Options{MustExist: true})
	if err != nil {
		t.Fatalf("store does not open after kill -9: %v", err)
	}
	defer st.Close()
	var ok string
	if err := st.DB().QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity_check = %q, %v", ok, err)
	}
	rows, err := st.DB().Query(`PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatal(err)
	}
	if rows.Next() {
		t.Error("foreign_key_check reports violations")
	}
	rows.Close()
	var ftsRows, docRows int
	st.DB().QueryRow(`SELECT COUNT(*) FROM documents_fts`).Scan(&ftsRows)
	st.DB().QueryRow(`SELECT COUNT(*) FROM documents`).Scan(&docRows)
	if ftsRows != docRows {
		t.Errorf("%d documents but %d full-text rows", docRows, ftsRows)
	}
	infos, err := st.Documents(context.Background(), store.DocFilter{Superseded: true})
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(infos))
	for i, d := range infos {
		ids[i] = d.ID
	}
	return ids
}

// checkComplete analyses the inputs again in this process and compares
// every stored document, layer by layer, with what the pipeline gives.
func checkComplete(t *testing.T, path, in string, ids []string) {
	t.Helper()
	stored := map[string]bool{}
	for _, id := range ids {
		stored[id] = true
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(context.Background(), path, sqlite.Options{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	docs := make(chan *hearsay.Document)
	go func() {
		defer close(docs)
		for d, err := range reader.Documents(ctx, []string{in}, reader.Options{}) {
			if err == nil && stored[d.ID] {
				docs <- d
			}
		}
	}()
	checked := 0
	err = p.RunAll(ctx, docs, 0, func(r hearsay.Result) error {
		if r.Err != nil {
			return r.Err
		}
		got, err := st.Document(ctx, r.Doc.ID)
		if err != nil {
			return err
		}
		if d := storetest.Diff(r.Doc, got); d != "" {
			return fmt.Errorf("stored document %s (%s) is incomplete:\n%s", r.Doc.ID, r.Doc.Source, d)
		}
		checked++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked != len(ids) {
		t.Errorf("checked %d stored documents, want %d", checked, len(ids))
	}
}

// generateArticles writes n dated articles: most as one file each, the
// rest as JSON Lines, with varied people, places, dates and attributions.
func generateArticles(t *testing.T, dir string, n int) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var feed strings.Builder
	for i := range n {
		date := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%1400)
		body := articleBody(i)
		if i%4 == 3 {
			fmt.Fprintf(&feed, `{"url": "https://news.example/%d", "outlet": "The Daily Ledger", "title": "Story %d", "date": %q, "text": %s}`+"\n",
				i, i, date.Format(time.DateOnly), strconv.Quote(body))
			continue
		}
		name := filepath.Join(dir, fmt.Sprintf("%02d", i%50), fmt.Sprintf("article-%05d.txt", i))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		first, rest, _ := strings.Cut(body, "\n\n")
		text := fmt.Sprintf(" date %s %s\n\n%s\n", date.Format(time.DateOnly), first, rest)
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "feed.jsonl"), []byte(feed.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

var (
	killFirst  = []string{"Camille", "Jonah", "Inès", "Marta", "Björn", "Alisha", "Teodor", "Ngozi", "Renée", "Piotr", "Amara", "Luca"}
	killLast   = []string{"Étienne", "Vasquez", "Okafor", "Lindqvist", "Moreau", "Hale", "Brennan", "Sørensen", "Kaur", "Delacroix", "Abara", "Conti"}
	killPlaces = []string{"Paris", "Sydney", "Lagos", "Malmö", "Toronto", "Kraków", "Lisbon", "Osaka", "St. Louis", "the U.S."}
	killMonths = []string{"January", "March", "June", "September", "November"}
)

// articleBody is a short news-style article: a lede, a blank line, and a
// paragraph with an age, a relative date and attributions, and a photo
// credit.
func articleBody(i int) string {
	p := func(k int) string {
		return killFirst[(i+k)%len(killFirst)] + " " + killLast[(i*7+k*5)%len(killLast)]
	}
	a, b := p(0), p(3)
	s := []string{
		fmt.Sprintf("Sources close to %s say that %s has not forgiven %s after the rumored affair back in %s.",
			a, a, b, killMonths[i%len(killMonths)]),
		"",
		fmt.Sprintf("%s and %s have reportedly separated, insiders told Us Weekly. The couple married in %d in %s.",
			a, b, 2005+i%15, killPlaces[i%len(killPlaces)]),
		fmt.Sprintf("Last week, the %d-year-old Dr. %s was spotted alone, a source said.", 25+i%40, b),
		"",
		"(Photo: JANE DOE/AFP via Getty Images)",
	}
	return strings.Join(s, "\n")
}

// TestArticleGeneratorDates checks the generator writes dated files the
// reader accepts (so that the kill test measures the store, not bad input).
func TestArticleGeneratorDates(t *testing.T) {
	dir := t.TempDir()
	generateArticles(t, dir, 8)
	n := 0
	for d, err := range reader.Documents(context.Background(), []string{dir}, reader.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		if !regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`).MatchString(d.DateString()) || d.Body.Len() == 0 {
			t.Errorf("bad document %+v", d)
		}
		n++
	}
	if n != 8 {
		t.Errorf("%d documents read, want 8", n)
	}
}
