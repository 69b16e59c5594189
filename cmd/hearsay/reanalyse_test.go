package main

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/store"
	"github.com/hearsay-news/hearsay/store/sqlite"
	"github.com/hearsay-news/hearsay/store/storetest"
)

// storedDocs loads every stored document, superseded versions included.
func storedDocs(t *testing.T, db string) map[string]*hearsay.Document {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db, sqlite.Options{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	infos, err := st.Documents(ctx, store.DocFilter{Superseded: true})
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]*hearsay.Document{}
	for _, d := range infos {
		if docs[d.ID], err = st.Document(ctx, d.ID); err != nil {
			t.Fatal(err)
		}
	}
	return docs
}

// execSQL runs statements on the store file directly, as an older build of
// hearsay (or damage) would have left it.
func execSQL(t *testing.T, db string, stmts ...string) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), db, sqlite.Options{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, s := range stmts {
		if _, err := st.DB().Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// kbBuiltFromCurrent reports whether the knowledge base was rebuilt after
// the last document change.
func kbBuiltFromCurrent(t *testing.T, db string) bool {
	t.Helper()
	st, err := sqlite.Open(context.Background(), db, sqlite.Options{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var gen, built int64
	err = st.DB().QueryRow(`SELECT (SELECT value FROM kb_meta WHERE key = 'gen'), (SELECT value FROM kb_meta WHERE key = 'built')`).Scan(&gen, &built)
	if err != nil && err != sql.ErrNoRows {
		t.Fatal(err)
	}
	return gen == built
}

// twoStories ingests the two test stories into a new store and returns its
// path and the documents as stored.
func twoStories(t *testing.T) (string, map[string]*hearsay.Document) {
	t.Helper()
	in := filepath.Join(t.TempDir(), "in")
	write(t, in, "a.txt", storyA)
	write(t, in, "b.txt", storyB)
	db := ingestedStore(t, "h.db", in)
	before := storedDocs(t, db)
	if len(before) != 2 {
		t.Fatalf("%d documents stored, want 2", len(before))
	}
	return db, before
}

func TestReanalyse(t *testing.T) {
	db, before := twoStories(t)

	r := runCLI(t, nil, "reanalyse", "--db", db).want(t, exitOK)
	if !strings.Contains(r.stdout, "2 documents: 0 reanalysed, 2 up to date, 0 failed") {
		t.Errorf("reanalyse right after ingest:\n%s", r.stdout)
	}
	r = runCLI(t, nil, "reanalyse", "--db", db, "--all").want(t, exitOK)
	if !strings.Contains(r.stdout, "2 documents: 2 reanalysed, 0 up to date, 0 failed") {
		t.Errorf("reanalyse --all:\n%s", r.stdout)
	}
	for id, d := range storedDocs(t, db) {
		if diff := storetest.Diff(before[id], d); diff != "" {
			t.Errorf("document %s changed when the same build analysed it again:\n%s", id, diff)
		}
	}

	// A document that an older build analysed, with fewer facts than the
	// rules find now, is brought up to date; the other is left alone.
	var old string
	for id, d := range before {
		if len(d.Facts) > 0 {
			old = id
			break
		}
	}
	if old == "" {
		t.Fatal("no stored document has facts")
	}
	execSQL(t, db,
		`UPDATE documents SET analyzer = 'hearsay 0.1' WHERE id = '`+old+`'`,
		`DELETE FROM facts WHERE doc_id = '`+old+`'`)
	if got := storedDocs(t, db)[old]; len(got.Facts) != 0 {
		t.Fatalf("setup: %d facts left", len(got.Facts))
	}
	r = runCLI(t, nil, "reanalyse", "--db", db, "--json").want(t, exitOK)
	if !strings.Contains(r.stdout, `"reanalysed":1,"up_to_date":1,"failed":0`) {
		t.Errorf("reanalyse --json after an older build:\n%s", r.stdout)
	}
	if diff := storetest.Diff(before[old], storedDocs(t, db)[old]); diff != "" {
		t.Errorf("document %s not restored by reanalyse:\n%s", old, diff)
	}
	if !kbBuiltFromCurrent(t, db) {
		t.Error("knowledge base left stale after reanalyse")
	}
}

func TestReanalyseInterrupted(t *testing.T) {
	db, before := twoStories(t)
	execSQL(t, db, `UPDATE documents SET analyzer = ''`)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb strings.Builder
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	if code := run(ctx, e, []string{"reanalyse", "--db", db}); code != exitPartial {
		t.Errorf("interrupted reanalyse exit code %d, want %d\n%s%s", code, exitPartial, out.String(), errb.String())
	}
	for id, d := range storedDocs(t, db) {
		if diff := storetest.Diff(before[id], d); diff != "" {
			t.Errorf("document %s damaged by an interrupted reanalyse:\n%s", id, diff)
		}
	}
	r := runCLI(t, nil, "reanalyse", "--db", db).want(t, exitOK)
	if !strings.Contains(r.stdout, "2 reanalysed") {
		t.Errorf("reanalyse after an interrupted one:\n%s", r.stdout)
	}
}

func TestReanalyseUsage(t *testing.T) {
	dir := t.TempDir()
	r := runCLI(t, nil, "reanalyse", "--db", filepath.Join(dir, "none.db")).want(t, exitPartial)
	if !strings.Contains(r.stderr, "no store at") {
		t.Errorf("reanalyse without a store: %q", r.stderr)
	}
	runCLI(t, nil, "reanalyse", "--db", filepath.Join(dir, "none.db"), "extra").want(t, exitUsage)
	r = runCLI(t, nil, "reanalyse", "--model", "nosuch").want(t, exitUsage)
	if !strings.Contains(r.stderr, "nosuch") {
		t.Errorf("reanalyse --model nosuch: %q", r.stderr)
	}
}

// TestBuildID reads the Go build ID of the test binary, which names the
// analyser of development builds, and checks that the name uses it.
func TestBuildID(t *testing.T) {
	path, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	id := buildID(f)
	if strings.Count(id, "/") < 1 {
		t.Fatalf("build ID %q, want the go command's slash-separated ID", id)
	}
	sum := sha256.Sum256([]byte("go build ID " + id))
	if got, want := executableHash(), hex.EncodeToString(sum[:])[:16]; got != want {
		t.Errorf("executableHash() = %q, want %q", got, want)
	}
}
