package postgres_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	hearsay "github.com/hearsay-news/hearsay"

	"github.com/hearsay-news/hearsay/store"
	"github.com/hearsay-news/hearsay/store/postgres"
	"github.com/hearsay-news/hearsay/store/postgres/pgtest"
	"github.com/hearsay-news/hearsay/store/storetest"
)

// open opens a store in a schema of the test's own.
func open(t testing.TB) (*postgres.Store, string) {
	t.Helper()
	u := pgtest.URL(t)
	s, err := postgres.Open(context.Background(), u, postgres.Options{})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s, u
}

func TestContract(t *testing.T) {
	t.Parallel() // each test works in a schema of its own
	storetest.Run(t, func(t *testing.T) store.Store {
		s, _ := open(t)
		return s
	})
}

// count returns the number of rows of a query.
func count(t *testing.T, db *sql.DB, q string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// rowCounts counts the rows of every table a Put writes.
func rowCounts(t *testing.T, db *sql.DB) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, table := range []string{"documents", "documents_fts", "tokens", "sentences", "timexes", "entities",
		"entity_aliases", "mentions", "facts", "fact_args", "fact_sources", "kb_changes"} {
		out[table] = count(t, db, `SELECT COUNT(*) FROM `+table)
	}
	out["gen"] = count(t, db, `SELECT value FROM kb_meta WHERE key = 'gen'`)
	return out
}

// TestFailedPutStoresNothing makes a Put fail half-way (a fact argument
// PostgreSQL refuses, written after the document, its layers and the
// knowledge base's change log) and checks that nothing of it stays.
func TestFailedPutStoresNothing(t *testing.T) {
	t.Parallel() // each test works in a schema of its own
	s, _ := open(t)
	defer s.Close()
	ctx := context.Background()
	good := storetest.NewDocument("good.txt", 3, 0)
	if _, err := s.Put(ctx, good); err != nil {
		t.Fatal(err)
	}
	before := rowCounts(t, s.DB())
	bad := storetest.NewDocument("bad.txt", 4, 0)
	bad.Facts[len(bad.Facts)-1].Args[0].Literal = "nul\x00byte"
	if _, err := s.Put(ctx, bad); err == nil {
		t.Fatal("Put of a literal with a NUL byte succeeded")
	} else if !strings.Contains(err.Error(), "bad.txt") {
		t.Errorf("error %q does not name the source", err)
	}
	if after := rowCounts(t, s.DB()); !maps.Equal(before, after) {
		t.Errorf("rows after a failed Put:\nbefore %v\nafter  %v", before, after)
	}
	// The store goes on working.
	if _, err := s.Put(ctx, storetest.NewDocument("bad.txt", 4, 0)); err != nil {
		t.Fatalf("Put after a failed one: %v", err)
	}
}

// TestInterruptedPutStoresNothing interrupts a Put in the middle of its
// transaction: another connection holds the knowledge base's change
// counter, so the Put waits after writing its document row, and its
// context is cancelled there.
func TestInterruptedPutStoresNothing(t *testing.T) {
	t.Parallel() // each test works in a schema of its own
	s, _ := open(t)
	defer s.Close()
	ctx := context.Background()
	before := rowCounts(t, s.DB())
	holder, err := s.DB().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := holder.ExecContext(ctx, `SELECT value FROM kb_meta WHERE key = 'gen' FOR UPDATE`); err != nil {
		t.Fatal(err)
	}
	pctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		_, err := s.Put(pctx, storetest.NewDocument("cut.txt", 4, 0))
		done <- err
	}()
	// wait until the Put is blocked inside its transaction
	deadline := time.Now().Add(10 * time.Second)
	for count(t, s.DB(), `SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
		AND query LIKE 'INSERT INTO documents%'`) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the Put never waited for the lock")
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; err == nil {
		t.Fatal("interrupted Put succeeded")
	}
	if err := holder.Rollback(); err != nil {
		t.Fatal(err)
	}
	if after := rowCounts(t, s.DB()); !maps.Equal(before, after) {
		t.Errorf("rows after an interrupted Put:\nbefore %v\nafter  %v", before, after)
	}
}

// TestTwoStoresPutAtOnce runs two stores on one database, as two processes
// would (each its own connections), putting at once: the same documents,
// new versions of the same sources and documents of their own. Every
// document must be stored once, each source must have exactly one current
// version and no two documents of one version (a document put again after
// it was superseded comes back as a new version), and every document must
// reload whole.
func TestTwoStoresPutAtOnce(t *testing.T) {
	t.Parallel() // each test works in a schema of its own
	a, u := open(t)
	defer a.Close()
	b, err := postgres.Open(context.Background(), u, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	const n = 12
	var docs []*hearsay.Document
	for i := range n {
		docs = append(docs, storetest.NewDocument(fmt.Sprintf("shared/%d.txt", i), 3, 0))
		for v := 1; v <= 2; v++ { // new versions of a few sources
			d := storetest.NewDocument(fmt.Sprintf("versioned/%d.txt", i%3), 2, v*100+i)
			docs = append(docs, d)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4*len(docs))
	for w, st := range []*postgres.Store{a, b, a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range docs {
				d := docs[(i+w*7)%len(docs)]
				if _, err := st.Put(context.Background(), d); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("Put: %v", err)
	}
	db := a.DB()
	if got := count(t, db, `SELECT COUNT(*) FROM documents`); got != len(docs) {
		t.Errorf("%d documents stored, want %d", got, len(docs))
	}
	if bad := count(t, db, `SELECT COUNT(*) FROM (SELECT source_key FROM documents WHERE superseded_by IS NULL
		GROUP BY source_key HAVING COUNT(*) <> 1) x`); bad != 0 {
		t.Errorf("%d sources with more than one current version", bad)
	}
	if bad := count(t, db, `SELECT COUNT(*) FROM (SELECT source_key FROM documents GROUP BY source_key
		HAVING COUNT(DISTINCT version) <> COUNT(*)) x`); bad != 0 {
		t.Errorf("%d sources with two documents of the same version", bad)
	}
	if got := count(t, db, `SELECT COUNT(*) FROM documents_fts`); got != len(docs) {
		t.Errorf("%d documents indexed, want %d", got, len(docs))
	}
	for _, d := range docs {
		got, err := b.Document(context.Background(), d.ID)
		if err != nil {
			t.Fatalf("Document(%s): %v", d.ID, err)
		}
		if diff := storetest.Diff(d, got); diff != "" {
			t.Fatalf("Document(%s):\n%s", d.ID, diff)
		}
	}
}

func TestOpenRefusals(t *testing.T) {
	t.Parallel() // each test works in a schema of its own
	ctx := context.Background()
	u := pgtest.URL(t)
	if _, err := postgres.Open(ctx, u, postgres.Options{MustExist: true}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Open(MustExist) of an empty schema: %v, want os.ErrNotExist", err)
	}
	db, err := sql.Open("pgx", u)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE TABLE other_app (x INTEGER)`); err != nil {
		t.Fatal(err)
	}
	if _, err := postgres.Open(ctx, u, postgres.Options{}); !errors.Is(err, store.ErrNotHearsay) {
		t.Errorf("Open of another application's schema: %v, want ErrNotHearsay", err)
	}
	if _, err := db.Exec(`DROP TABLE other_app`); err != nil {
		t.Fatal(err)
	}
	s, err := postgres.Open(ctx, u, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if got := count(t, db, `SELECT COUNT(*) FROM schema_version`); got != postgres.SchemaVersion() {
		t.Errorf("schema_version rows = %d, want %d", got, postgres.SchemaVersion())
	}
	s, err = postgres.Open(ctx, u, postgres.Options{MustExist: true}) // migrations applied once
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := db.Exec(`INSERT INTO schema_version(version, name, applied_at) VALUES (999, '0999_future.sql', 'x')`); err != nil {
		t.Fatal(err)
	}
	if _, err := postgres.Open(ctx, u, postgres.Options{}); !errors.Is(err, store.ErrSchemaTooNew) {
		t.Errorf("Open of a newer schema: %v, want ErrSchemaTooNew", err)
	}
}

func TestErrorsHideThePassword(t *testing.T) {
	t.Parallel() // each test works in a schema of its own
	const u = "postgres://alice:s3cret-pw@127.0.0.1:1/nowhere?sslmode=disable&connect_timeout=2"
	if got := postgres.Redact(u); strings.Contains(got, "s3cret") || !strings.Contains(got, "alice@127.0.0.1:1/nowhere") {
		t.Errorf("Redact = %q", got)
	}
	_, err := postgres.Open(context.Background(), u, postgres.Options{})
	if err == nil {
		t.Fatal("Open of a server that is not there succeeded")
	}
	if strings.Contains(err.Error(), "s3cret") || !strings.Contains(err.Error(), "127.0.0.1:1/nowhere") {
		t.Errorf("error %q shows the password or does not name the store", err)
	}
}

func TestSearchQuery(t *testing.T) {
	t.Parallel() // each test works in a schema of its own
	for q, want := range map[string]string{
		`affair 2012`:        `'affair' & '2012'`,
		`"climate activist"`: `'climate activist'`,
		`choreo*`:            `'choreo':*`,
		`O'Neil back\slash`:  `'O''Neil' & 'back\\slash'`,
		`AND ( ) : " * ^ -`:  `'AND'`,
		``:                   ``,
	} {
		if got := postgres.TSQuery(q); got != want {
			t.Errorf("TSQuery(%q) = %q, want %q", q, got, want)
		}
	}
}
