package main

import (
	"context"
	"encoding/json"
	"net/url"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/hearsay-news/hearsay/kb/sqlkb"
	"github.com/hearsay-news/hearsay/store/postgres/pgtest"
)

// copySource builds a SQLite store with the bundled examples, a source
// with three versions whose first one was revived (A, B, then A again),
// and an entity decision. It also returns a copy of the store file made
// while B was current, before the decision.
func copySource(t *testing.T) (db, earlier string) {
	t.Helper()
	db = ingestedStore(t, "src.db", "../../examples/")
	dir := t.TempDir()
	p := write(t, dir, "story.txt", storyA)
	runCLI(t, nil, "ingest", "--db", db, p).want(t, exitOK)
	write(t, dir, "story.txt", strings.Replace(storyA, "married in 2012", "married in 2013", 1))
	runCLI(t, nil, "ingest", "--db", db, p).want(t, exitOK)
	earlier = filepath.Join(dir, "earlier.db")
	runCLI(t, nil, "copy", "--from", db, "--to", earlier).want(t, exitOK)
	write(t, dir, "story.txt", storyA)
	runCLI(t, nil, "ingest", "--db", db, p).want(t, exitOK)
	runCLI(t, nil, "entity", "merge", "--db", db, "elise-navarro", "tom-hadley").want(t, exitOK)
	return db, earlier
}

// TestCopy copies a SQLite store into SQLite and, when a server is
// configured, PostgreSQL, and checks that the copy lists the same
// documents and versions, answers the same and has the same decisions;
// a second run copies nothing.
func TestCopy(t *testing.T) {
	src, earlier := copySource(t)
	for _, tc := range []struct {
		name string
		dst  func(t *testing.T) string
	}{
		{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "dst.db") }},
		{"postgres", func(t *testing.T) string { return pgtest.URL(t) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dst := tc.dst(t)
			r := runCLI(t, nil, "copy", "--from", src, "--to", dst).want(t, exitOK)
			if want := "18 documents: 18 copied, 0 already there, 0 failed; 1 decision copied\n"; r.stdout != want {
				t.Errorf("copy printed %q, want %q (stderr %s)", r.stdout, want, r.stderr)
			}
			if u, err := url.Parse(dst); err == nil {
				if pw := passwordOf(u); pw != "" && strings.Contains(r.stdout+r.stderr, ":"+pw+"@") {
					t.Errorf("copy shows the password:\n%s%s", r.stdout, r.stderr)
				}
			}
			checkSameStores(t, src, dst)
			r = runCLI(t, map[string]string{dbEnv: dst}, "copy", "--from", src).want(t, exitOK)
			if want := "18 documents: 0 copied, 18 already there, 0 failed; 0 decisions copied\n"; r.stdout != want {
				t.Errorf("copy again printed %q, want %q", r.stdout, want)
			}
			checkSameStores(t, src, dst)
		})
	}
	// A destination that holds an earlier state of the source: B current,
	// no decision. The copy makes A current again and adds the decision.
	r := runCLI(t, nil, "copy", "--from", src, "--to", earlier).want(t, exitOK)
	if want := "18 documents: 1 copied, 17 already there, 0 failed; 1 decision copied\n"; r.stdout != want {
		t.Errorf("copy onto an earlier copy printed %q, want %q", r.stdout, want)
	}
	checkSameStores(t, src, earlier)
}

// versionNumber matches the version numbers of docs --all, which differ
// where a superseded version was made current again: the copy stores each
// document once, so the revived version is numbered as if it were new.
var versionNumber = regexp.MustCompile(`\[v[0-9]+`)

// checkSameStores compares what two stores list and answer.
func checkSameStores(t *testing.T, a, b string) {
	t.Helper()
	for _, args := range [][]string{
		{"docs", "--all"}, {"claims"}, {"status", "Navarro", "Hadley"}, {"person", "Hadley"}, {"entity", "list"}, {"outlets"},
	} {
		want := versionNumber.ReplaceAllString(runCLI(t, nil, append(args, "--db", a)...).want(t, exitOK).stdout, "[v")
		got := versionNumber.ReplaceAllString(runCLI(t, nil, append(args, "--db", b)...).want(t, exitOK).stdout, "[v")
		if got != want {
			t.Errorf("hearsay %s: the copy answers\n%s\nthe original\n%s", strings.Join(args, " "), got, want)
		}
	}
	if got, want := docVersions(t, b), docVersions(t, a); !slices.Equal(got, want) {
		t.Errorf("documents of the copy\n%s\nof the original\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got, want := decisionsOf(t, b), decisionsOf(t, a); !slices.Equal(got, want) || len(want) != 1 {
		t.Errorf("decisions of the copy %q, of the original %q", got, want)
	}
}

// docVersions lists each document's id, supersession and analyzer.
func docVersions(t *testing.T, db string) []string {
	t.Helper()
	var out []string
	for line := range strings.Lines(runCLI(t, nil, "docs", "--all", "--json", "--db", db).want(t, exitOK).stdout) {
		var d struct {
			ID           string `json:"id"`
			SupersededBy string `json:"superseded_by"`
			Analyzer     string `json:"analyzer"`
		}
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatal(err)
		}
		out = append(out, d.ID+" "+d.SupersededBy+" "+d.Analyzer)
	}
	slices.Sort(out)
	return out
}

// decisionsOf returns a store's decisions without their sequence numbers.
func decisionsOf(t *testing.T, db string) []string {
	t.Helper()
	st := openStore(context.Background(), &env{}, db, true)
	if st == nil {
		t.Fatalf("cannot open %s", storeName(db))
	}
	defer st.Close()
	ds, err := sqlkb.New(st).Decisions(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range ds {
		out = append(out, decisionKey(d))
	}
	return out
}

// TestCopyRefuses checks the usage errors: missing stores and a store
// copied onto itself, however it is named.
func TestCopyRefuses(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "h.db")
	runCLI(t, nil, "ingest", "--db", db, write(t, dir, "story.txt", storyA)).want(t, exitOK)
	for _, tc := range []struct {
		name string
		vars map[string]string
		args []string
		want int
	}{
		{"no source", nil, []string{"--to", db}, exitUsage},
		{"no destination", nil, []string{"--from", db}, exitUsage},
		{"same file", nil, []string{"--from", db, "--to", filepath.Join(dir, ".", "h.db")}, exitUsage},
		{"same file from the environment", map[string]string{dbEnv: db}, []string{"--from", db}, exitUsage},
		{"same database", nil, []string{"--from", "postgres://a:secret@db.example/news", "--to", "postgres://b:other@db.example:5432/news?sslmode=require"}, exitUsage},
		{"no such source", nil, []string{"--from", filepath.Join(dir, "none.db"), "--to", db}, exitPartial},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runCLI(t, tc.vars, append([]string{"copy"}, tc.args...)...).want(t, tc.want)
			if strings.Contains(r.stderr, "secret") {
				t.Errorf("message shows the password: %s", r.stderr)
			}
		})
	}
}
