package sqlite_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hearsay-news/hearsay/store"
	"github.com/hearsay-news/hearsay/store/sqlite"
	"github.com/hearsay-news/hearsay/store/storetest"
)

func open(t testing.TB, path string) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), path, sqlite.Options{})
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	return s
}

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		return open(t, filepath.Join(t.TempDir(), "hearsay.db"))
	})
}

func TestReopenKeepsEverything(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.db")
	s := open(t, path)
	doc := storetest.NewDocument("x.txt", 5, 0)
	if _, err := s.Put(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, path)
	defer s.Close()
	got, err := s.Document(context.Background(), doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d := storetest.Diff(doc, got); d != "" {
		t.Fatalf("after reopening:\n%s", d)
	}
	var n int
	if err := s.DB().QueryRow(`SELECT COUNT(*) FROM schema_version`).Scan(&n); err != nil || n != sqlite.SchemaVersion() {
		t.Errorf("schema_version rows = %d, %v; want %d (migrations applied once)", n, err, sqlite.SchemaVersion())
	}
}

// TestRefusesForeignFiles checks that files that are not hearsay stores are
// refused with an error naming them, and are left byte for byte untouched.
func TestRefusesForeignFiles(t *testing.T) {
	dir := t.TempDir()
	random := make([]byte, 8192)
	rand.Read(random)
	foreign := filepath.Join(dir, "foreign.db")
	db, err := sql.Open("sqlite", foreign)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES ('hello')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	newer := filepath.Join(dir, "newer.db")
	s := open(t, newer)
	if _, err := s.DB().Exec(`INSERT INTO schema_version(version, name, applied_at) VALUES (999, '0999_future.sql', 'x')`); err != nil {
		t.Fatal(err)
	}
	s.Close()

	cases := []struct {
		name    string
		content []byte // nil: keep what is there
		path    string
		want    error
		msg     string
	}{
		{"random bytes", random, "random.db", store.ErrNotHearsay, "not an SQLite database"},
		{"text file", []byte("date 2023-08-07 Hello.\n\nWorld.\n"), "article.txt", store.ErrNotHearsay, "not an SQLite database"},
		{"short file", []byte("SQLite"), "short.db", store.ErrNotHearsay, "not an SQLite database"},
		{"foreign sqlite", nil, foreign, store.ErrNotHearsay, "another application"},
		{"newer schema", nil, newer, store.ErrSchemaTooNew, "schema version 999"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := tc.path
			if tc.content != nil {
				path = filepath.Join(dir, tc.path)
				if err := os.WriteFile(path, tc.content, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			s, err := sqlite.Open(context.Background(), path, sqlite.Options{})
			if err == nil {
				s.Close()
				t.Fatalf("Open(%s) succeeded", path)
			}
			if !errors.Is(err, tc.want) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("Open error = %q, want %v naming %s and saying %q", err, tc.want, path, tc.msg)
			}
			after, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(before, after) {
				t.Errorf("Open changed %s (%v)", path, err)
			}
		})
	}
	if _, err := sqlite.Open(context.Background(), dir, sqlite.Options{}); !errors.Is(err, store.ErrNotHearsay) {
		t.Errorf("Open(a directory) error = %v, want ErrNotHearsay", err)
	}
	missing := filepath.Join(dir, "missing.db")
	if _, err := sqlite.Open(context.Background(), missing, sqlite.Options{MustExist: true}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Open(missing, MustExist) error = %v, want os.ErrNotExist", err)
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Open(missing, MustExist) created the file")
	}
	if _, err := sqlite.Open(context.Background(), filepath.Join(dir, "no", "such", "dir.db"), sqlite.Options{}); err == nil ||
		!strings.Contains(err.Error(), "no directory "+filepath.Join(dir, "no", "such")) {
		t.Errorf("Open in a missing directory: error %v", err)
	}
}

func TestEmptyFileBecomesStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s := open(t, path)
	s.Close()
	s = open(t, path) // and is recognised afterwards
	s.Close()
}

func TestIntegrityAndPragmas(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "h.db"))
	defer s.Close()
	for i := range 5 {
		if _, err := s.Put(context.Background(), storetest.NewDocument(fmt.Sprintf("%d", i), 4, 0)); err != nil {
			t.Fatal(err)
		}
	}
	checks := []struct{ pragma, want string }{
		{"integrity_check", "ok"},
		{"journal_mode", "wal"},
		{"foreign_keys", "1"},
		{"application_id", fmt.Sprint(sqlite.ApplicationID)},
	}
	for _, c := range checks {
		var got string
		if err := s.DB().QueryRow("PRAGMA " + c.pragma).Scan(&got); err != nil || got != c.want {
			t.Errorf("PRAGMA %s = %q, %v; want %q", c.pragma, got, err, c.want)
		}
	}
	rows, err := s.DB().Query("PRAGMA foreign_key_check")
	if err != nil {
		t.Fatal(err)
	}
	if rows.Next() {
		t.Error("foreign_key_check reports violations")
	}
	rows.Close()
}

// TestSupersededFacts checks that the facts of a replaced version are marked
// with the document that replaced them, and kept.
func TestSupersededFacts(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "h.db"))
	defer s.Close()
	ctx := context.Background()
	v1, v2 := storetest.NewDocument("s.txt", 3, 0), storetest.NewDocument("s.txt", 3, 1)
	if _, err := s.Put(ctx, v1); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(ctx, v2); err != nil {
		t.Fatal(err)
	}
	count := func(q string, args ...any) int {
		var n int
		if err := s.DB().QueryRow(q, args...).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if got, want := count(`SELECT COUNT(*) FROM facts WHERE doc_id = ? AND superseded_by = ?`, v1.ID, v2.ID), len(v1.Facts); got != want {
		t.Errorf("%d facts of v1 superseded by v2, want %d", got, want)
	}
	if got := count(`SELECT COUNT(*) FROM facts WHERE doc_id = ? AND superseded_by IS NOT NULL`, v2.ID); got != 0 {
		t.Errorf("%d facts of v2 superseded, want 0", got)
	}
}

// TestDeterministic stores the same documents in two stores and compares
// every table except the ingestion times.
func TestDeterministic(t *testing.T) {
	dir := t.TempDir()
	dumps := make([]string, 2)
	for i := range dumps {
		s := open(t, filepath.Join(dir, fmt.Sprintf("%d.db", i)))
		for j := range 6 {
			if _, err := s.Put(context.Background(), storetest.NewDocument(fmt.Sprintf("d%d.txt", j%4), 3, j/4)); err != nil {
				t.Fatal(err)
			}
		}
		dumps[i] = dump(t, s.DB())
		s.Close()
	}
	if dumps[0] != dumps[1] {
		t.Error("two stores built from the same documents differ")
	}
	if !strings.Contains(dumps[0], "fact_sources") || len(dumps[0]) < 1000 {
		t.Errorf("dump looks empty:\n%.500s", dumps[0])
	}
}

// dump prints every table's rows in primary-key order, without the columns
// that record when something happened.
func dump(t *testing.T, db *sql.DB) string {
	t.Helper()
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'documents_fts%' AND name <> 'schema_version' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	tables = append(tables, "documents_fts")
	var b strings.Builder
	for _, tb := range tables {
		r, err := db.Query("SELECT * FROM " + tb + " ORDER BY 1, 2")
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := r.Columns()
		fmt.Fprintf(&b, "## %s %v\n", tb, cols)
		for r.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := r.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for i, c := range cols {
				if c == "ingested_at" {
					vals[i] = "-"
				}
			}
			fmt.Fprintln(&b, vals...)
		}
		r.Close()
	}
	return b.String()
}

// TestMigrationsEmbedded checks the embedded migrations are numbered from 1.
func TestMigrationsEmbedded(t *testing.T) {
	if v := sqlite.SchemaVersion(); v < 1 {
		t.Fatalf("SchemaVersion() = %d", v)
	}
	s := open(t, filepath.Join(t.TempDir(), "h.db"))
	defer s.Close()
	rows, err := s.DB().Query(`SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		names = append(names, n)
	}
	for _, want := range []string{"documents", "skips", "sentences", "tokens", "timexes", "entities", "entity_aliases",
		"mentions", "facts", "fact_args", "fact_sources", "fact_evidence", "documents_fts", "schema_version"} {
		if !slices.Contains(names, want) {
			t.Errorf("table %s missing; have %v", want, names)
		}
	}
}

// TestRefusesTagsWithTabs checks the one limit of the packed token rows.
func TestRefusesTagsWithTabs(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "h.db"))
	defer s.Close()
	doc := storetest.NewDocument("badtag.txt", 1, 0)
	doc.Tokens[0].NER = "B-PER\tX"
	if _, err := s.Put(context.Background(), doc); err == nil {
		t.Fatal("Put of a token tag with a tab succeeded")
	}
	if ok, err := s.Has(context.Background(), doc.ID); err != nil || ok {
		t.Errorf("Has = %v, %v after a refused Put", ok, err)
	}
}

// TestTokensOfEitherEncoding checks that token rows load whether they are
// compressed (written now) or plain text (written before schema version 4).
func TestTokensOfEitherEncoding(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "h.db"))
	defer s.Close()
	ctx := context.Background()
	doc := storetest.NewDocument("tok.txt", 4, 0)
	if _, err := s.Put(ctx, doc); err != nil {
		t.Fatal(err)
	}
	var enc string
	var size int
	if err := s.DB().QueryRow(`SELECT encoding, length(data) FROM tokens WHERE doc_id = ?`, doc.ID).Scan(&enc, &size); err != nil {
		t.Fatal(err)
	}
	if enc != "tsv+deflate" || size == 0 {
		t.Errorf("tokens stored as %q, %d bytes", enc, size)
	}
	var lines strings.Builder
	for _, tok := range doc.Tokens {
		fmt.Fprintf(&lines, "%d\t%d\t%d\t%s\t%s\t%s\n", tok.Start, tok.End, tok.Sentence, tok.UPOS, tok.XPOS, tok.NER)
	}
	if _, err := s.DB().Exec(`UPDATE tokens SET encoding = 'tsv', data = ? WHERE doc_id = ?`, lines.String(), doc.ID); err != nil {
		t.Fatal(err)
	}
	got, err := s.Document(ctx, doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d := storetest.Diff(doc, got); d != "" {
		t.Errorf("plain-text token rows:\n%s", d)
	}
	if _, err := s.DB().Exec(`UPDATE tokens SET encoding = 'zip' WHERE doc_id = ?`, doc.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Document(ctx, doc.ID); err == nil || !strings.Contains(err.Error(), "zip") {
		t.Errorf("unknown encoding: error %v", err)
	}
}
