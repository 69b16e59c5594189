package main

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/hearsay-news/hearsay/store/postgres"
	"github.com/hearsay-news/hearsay/store/postgres/pgtest"
)

// TestPostgresLikeSQLite ingests the bundled examples into a SQLite file
// and into a PostgreSQL schema (chosen once with --db, once with
// $HEARSAY_DB) and checks that the knowledge-base commands, the listing
// and the entity commands answer the same on both, that search finds the
// same documents, and that serve answers from PostgreSQL.
func TestPostgresLikeSQLite(t *testing.T) {
	pg := pgtest.URL(t)
	lite := ingestedStore(t, "lite.db", "../../examples/")
	r := runCLI(t, map[string]string{dbEnv: pg}, "ingest", "../../examples/").want(t, exitOK)
	again := runCLI(t, nil, "ingest", "--json", "--db", pg, "../../examples/").want(t, exitOK)
	u, _ := url.Parse(pg)
	if pw := passwordOf(u); pw != "" && strings.Contains(r.stdout+r.stderr+again.stdout+again.stderr, ":"+pw+"@") {
		t.Errorf("ingest shows the password:\n%s%s%s%s", r.stdout, r.stderr, again.stdout, again.stderr)
	}
	for _, args := range [][]string{
		{"claims"}, {"claims", "--sort", "confidence", "--open"}, {"contradictions"}, {"outlets"},
		{"status", "Navarro", "Hadley"}, {"timeline", "Navarro"}, {"person", "Navarro"}, {"entity", "list"},
		{"docs"}, {"docs", "--all", "--limit", "3"},
	} {
		want := runCLI(t, nil, append(args, "--db", lite)...).want(t, exitOK).stdout
		got := runCLI(t, nil, append(args, "--db", pg)...).want(t, exitOK).stdout
		if got != want {
			t.Errorf("hearsay %s: PostgreSQL answers\n%s\nSQLite answers\n%s", strings.Join(args, " "), got, want)
		}
	}
	searchIDs := func(db string) string {
		var ids []string
		for line := range strings.Lines(runCLI(t, nil, "search", "--db", db, "navarro").want(t, exitOK).stdout) {
			if !strings.HasPrefix(line, " ") {
				ids = append(ids, strings.Fields(line)[0])
			}
		}
		slices.Sort(ids) // the two rank matches differently
		return strings.Join(ids, " ")
	}
	if got, want := searchIDs(pg), searchIDs(lite); got != want || got == "" {
		t.Errorf("search navarro: PostgreSQL finds %q, SQLite %q", got, want)
	}
	// decisions are kept and replayed alike
	for _, db := range []string{lite, pg} {
		runCLI(t, nil, "entity", "merge", "--db", db, "elise-navarro", "tom-hadley").want(t, exitOK)
	}
	for _, args := range [][]string{{"entity", "list"}, {"person", "Hadley"}, {"claims"}} {
		want := runCLI(t, nil, append(args, "--db", lite)...).want(t, exitOK).stdout
		got := runCLI(t, nil, append(args, "--db", pg)...).want(t, exitOK).stdout
		if got != want {
			t.Errorf("after a merge, hearsay %s: PostgreSQL answers\n%s\nSQLite answers\n%s", strings.Join(args, " "), got, want)
		}
	}

	st, err := postgres.Open(context.Background(), pg, postgres.Options{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h, closeKB, err := serveHandler(st, "", 1<<20, 1<<20, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer closeKB()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/people?q=navarro", nil))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "Elise Navarro") {
		t.Errorf("serve on PostgreSQL: GET /api/people?q=navarro: %d %s", rec.Code, rec.Body)
	}
}

// TestPostgresErrorsHidePassword checks that a store that cannot be
// opened is named without its password.
func TestPostgresErrorsHidePassword(t *testing.T) {
	const u = "postgres://alice:s3cret-pw@127.0.0.1:1/team?sslmode=disable&connect_timeout=2"
	for _, args := range [][]string{{"docs", "--db", u}, {"claims", "--db", u}, {"ingest", "--db", u, "../../examples/navarro-pryce-anniversary.txt"}} {
		r := runCLI(t, nil, args...).want(t, exitPartial)
		if strings.Contains(r.stderr+r.stdout, "s3cret") || !strings.Contains(r.stderr, "postgres://alice@127.0.0.1:1/team") {
			t.Errorf("hearsay %s: the message shows the password or does not name the store:\n%s", args[0], r.stderr)
		}
	}
}

// TestPostgresMustExist checks that read-only commands do not create a store
// in an empty PostgreSQL schema.
func TestPostgresMustExist(t *testing.T) {
	pg := pgtest.URL(t)
	r := runCLI(t, nil, "docs", "--db", pg).want(t, exitPartial)
	u, _ := url.Parse(pg)
	if !strings.Contains(r.stderr, "no store at") || strings.Contains(r.stderr, ":"+passwordOf(u)+"@") && passwordOf(u) != "" {
		t.Errorf("docs on an empty schema: %s", r.stderr)
	}
}

func passwordOf(u *url.URL) string {
	if u == nil || u.User == nil {
		return ""
	}
	pw, _ := u.User.Password()
	return pw
}
