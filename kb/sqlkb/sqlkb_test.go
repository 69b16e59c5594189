package sqlkb

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"testing"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/store"
	"github.com/hearsay-news/hearsay/store/postgres"
	"github.com/hearsay-news/hearsay/store/postgres/pgtest"
	"github.com/hearsay-news/hearsay/store/sqldb"
	"github.com/hearsay-news/hearsay/store/sqlite"
)

// doc makes a stored-ready document where a and b are separated (with the
// given modality) and a's age is stated.
func doc(id, url, day, outlet, a, b string, age int, mod hearsay.Modality) *hearsay.Document {
	d, _ := time.Parse("2006-01-02", day)
	text := a + " and " + b + " have separated."
	doc := &hearsay.Document{ID: id, Source: "test", URL: url, Outlet: outlet, Date: d, Text: text, Body: hearsay.Span{End: len(text)},
		Sentences: []hearsay.Sentence{{Span: hearsay.Span{End: len(text)}}}}
	iv, _ := kb.BirthFromAge(age, day)
	doc.Entities = []hearsay.Entity{
		{ID: "e1", Type: hearsay.Person, Name: a, Aliases: []string{a}, Age: &hearsay.Age{Years: age, At: day}, Birth: &hearsay.Interval{Earliest: iv.Earliest, Latest: iv.Latest}},
		{ID: "e2", Type: hearsay.Person, Name: b, Aliases: []string{b}},
	}
	doc.Facts = []hearsay.Fact{{ID: "f1", Type: "separated", Args: []hearsay.Arg{{Entity: 0, Literal: a}, {Entity: 1, Literal: b}},
		Modality: mod, Polarity: hearsay.Pos, Sentence: 0, Evidence: []int{0}, Trigger: hearsay.Span{Start: 0, End: 1}}}
	for _, l := range []hearsay.Layer{hearsay.LayerSentences, hearsay.LayerEntities, hearsay.LayerFacts} {
		doc.MarkDone(l)
	}
	return doc
}

// A testStore is a store of either backend.
type testStore interface {
	store.Store
	DB() *sql.DB
	Dialect() *sqldb.Dialect
}

// An opener opens a new, empty store, its knowledge base and the rules.
type opener func(t *testing.T) (testStore, *Backend, *kb.Rules)

// eachBackend runs a test of the backend contract on SQLite, then on
// PostgreSQL (skipped without a server: see pgtest), beside the other
// tests: the PostgreSQL ones mostly wait for the server.
func eachBackend(t *testing.T, test func(t *testing.T, open opener)) {
	t.Parallel() // every test has a store of its own
	t.Run("sqlite", func(t *testing.T) { test(t, openSQLite) })
	t.Run("postgres", func(t *testing.T) { test(t, openPostgres) })
}

func openSQLite(t *testing.T) (testStore, *Backend, *kb.Rules) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "kb.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return opened(t, st)
}

func openPostgres(t *testing.T) (testStore, *Backend, *kb.Rules) {
	t.Helper()
	st, err := postgres.Open(context.Background(), pgtest.URL(t), postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return opened(t, st)
}

func opened(t *testing.T, st testStore) (testStore, *Backend, *kb.Rules) {
	t.Helper()
	t.Cleanup(func() { st.Close() })
	rules, err := kb.LoadRules()
	if err != nil {
		t.Fatal(err)
	}
	return st, New(st), rules
}

func mustPut(t *testing.T, st testStore, d *hearsay.Document) {
	t.Helper()
	if _, err := st.Put(context.Background(), d); err != nil {
		t.Fatal(err)
	}
}

// TestStaleUntilRefreshed checks that storing a document marks the
// knowledge base stale in the same transaction, that a refresh clears it,
// and that a refresh that did not happen (a killed ingest) is done by the
// next one.
func TestStaleUntilRefreshed(t *testing.T) { eachBackend(t, testStaleUntilRefreshed) }

func testStaleUntilRefreshed(t *testing.T, open opener) {
	ctx := context.Background()
	st, b, rules := open(t)
	stale, err := b.Stale(ctx)
	if err != nil || !stale {
		t.Fatalf("new store: stale %v, %v; want stale", stale, err)
	}
	mustPut(t, st, doc("d1", "u1", "2024-02-12", "Starlight", "Ann Lee", "Bo Park", 38, hearsay.Reported))
	if did, err := kb.Refresh(ctx, b, rules, false); err != nil || !did {
		t.Fatalf("refresh: %v %v", did, err)
	}
	if stale, _ := b.Stale(ctx); stale {
		t.Fatal("stale after refresh")
	}
	if did, _ := kb.Refresh(ctx, b, rules, false); did {
		t.Fatal("refresh rebuilt an up-to-date knowledge base")
	}
	// A second document stored, then the process dies before refreshing.
	mustPut(t, st, doc("d2", "u2", "2024-02-13", "Wire", "Ann Lee", "Bo Park", 38, hearsay.Reported))
	if stale, _ := b.Stale(ctx); !stale {
		t.Fatal("not stale after a put")
	}
	cs, err := b.ClaimsAbout(ctx, "ann-lee")
	if err != nil || len(cs) != 1 || len(cs[0].Reports) != 1 {
		t.Fatalf("before the rerun: %v %v", cs, err)
	}
	// The rerun completes it.
	if did, err := kb.Refresh(ctx, b, rules, false); err != nil || !did {
		t.Fatalf("rerun: %v %v", did, err)
	}
	cs, _ = b.ClaimsAbout(ctx, "ann-lee")
	if len(cs) != 1 || len(cs[0].Reports) != 2 {
		t.Fatalf("after the rerun: %+v", cs)
	}
}

// TestReplaceOlderGenerationStaysStale checks that a knowledge base built
// from documents that changed meanwhile is stored but still stale.
func TestReplaceOlderGenerationStaysStale(t *testing.T) {
	eachBackend(t, testReplaceOlderGenerationStaysStale)
}

func testReplaceOlderGenerationStaysStale(t *testing.T, open opener) {
	ctx := context.Background()
	st, b, _ := open(t)
	mustPut(t, st, doc("d1", "u1", "2024-02-12", "Starlight", "Ann Lee", "Bo Park", 38, hearsay.Reported))
	gen, err := b.Inputs(ctx, false, func(*kb.Input) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, st, doc("d2", "u2", "2024-02-13", "Wire", "Ann Lee", "Bo Park", 38, hearsay.Reported))
	if err := b.Replace(ctx, &kb.KB{Gen: gen}); err != nil {
		t.Fatal(err)
	}
	if stale, _ := b.Stale(ctx); !stale {
		t.Fatal("a knowledge base built before the last put is not stale")
	}
}

// TestSupersededVersionsDropOut checks that a new version of an article
// replaces the old one's facts in the knowledge base.
func TestSupersededVersionsDropOut(t *testing.T) { eachBackend(t, testSupersededVersionsDropOut) }

func testSupersededVersionsDropOut(t *testing.T, open opener) {
	ctx := context.Background()
	st, b, rules := open(t)
	mustPut(t, st, doc("v1", "https://x.example/a", "2024-02-12", "Starlight", "Ann Lee", "Bo Park", 38, hearsay.Rumored))
	if _, err := kb.Refresh(ctx, b, rules, false); err != nil {
		t.Fatal(err)
	}
	// the new version names another partner: the old claim must go
	mustPut(t, st, doc("v2", "https://x.example/a", "2024-02-12", "Starlight", "Ann Lee", "Bo Park", 38, hearsay.Reported))
	mustPut(t, st, doc("w1", "https://x.example/b", "2024-02-12", "Starlight", "Cy Dunn", "Di Egan", 38, hearsay.Reported))
	if _, err := kb.Refresh(ctx, b, rules, false); err != nil {
		t.Fatal(err)
	}
	mustPut(t, st, doc("w2", "https://x.example/b", "2024-02-12", "Starlight", "Cy Dunn", "Flo Gray", 38, hearsay.Reported))
	if _, err := kb.Refresh(ctx, b, rules, false); err != nil {
		t.Fatal(err)
	}
	cs, err := b.ClaimsAbout(ctx, "ann-lee")
	if err != nil || len(cs) != 1 {
		t.Fatalf("claims: %v %v", cs, err)
	}
	if rs := cs[0].Reports; len(rs) != 1 || rs[0].Doc != "v2" || rs[0].Modality != "reported" {
		t.Fatalf("reports: %+v, want only v2's", rs)
	}
	if rs := cs[0].Reports; rs[0].Sentence != "Ann Lee and Bo Park have separated." {
		t.Fatalf("evidence sentence %q", rs[0].Sentence)
	}
	if es, _ := b.Lookup(ctx, "Di Egan"); len(es) != 0 {
		t.Fatalf("Di Egan, only named in a superseded version, is still known: %+v", es)
	}
	cs, err = b.ClaimsAbout(ctx, "cy-dunn")
	if err != nil || len(cs) != 1 || cs[0].Args[1].Name != "Flo Gray" {
		t.Fatalf("Cy Dunn's claims: %+v %v", cs, err)
	}
}

// TestDecisionsSurviveRebuilds checks that a merge is replayed on every
// rebuild and that lookups and errors behave.
func TestDecisionsSurviveRebuilds(t *testing.T) { eachBackend(t, testDecisionsSurviveRebuilds) }

func testDecisionsSurviveRebuilds(t *testing.T, open opener) {
	ctx := context.Background()
	st, b, rules := open(t)
	mustPut(t, st, doc("d1", "u1", "2024-02-12", "Starlight", "Ann Lee", "Bo Park", 38, hearsay.Reported))
	mustPut(t, st, doc("d2", "u2", "2024-02-13", "Wire", "Annie Lee", "Bo Park", 38, hearsay.Reported))
	if _, err := kb.Refresh(ctx, b, rules, false); err != nil {
		t.Fatal(err)
	}
	if err := b.AddDecision(ctx, kb.Decision{Op: "merge", A: "ann-lee", B: "annie-lee"}); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ {
		if _, err := kb.Refresh(ctx, b, rules, i == 1); err != nil {
			t.Fatal(err)
		}
		es, err := b.Lookup(ctx, "annie lee")
		if err != nil || len(es) != 1 || es[0].ID != "ann-lee" || len(es[0].Refs) != 2 {
			t.Fatalf("rebuild %d: lookup %+v %v", i, es, err)
		}
	}
	if _, err := b.Entity(ctx, "annie-lee"); !errors.Is(err, kb.ErrNotFound) {
		t.Fatalf("merged-away id: %v, want ErrNotFound", err)
	}
	people, total, err := b.People(ctx, "", 1, 0)
	if err != nil || total != 2 || len(people) != 1 {
		t.Fatalf("people: %d of %d, %v", len(people), total, err)
	}
}

// TestListsAndOutlets checks claims listed by current status and the
// outlets' records stored at build time.
func TestListsAndOutlets(t *testing.T) { eachBackend(t, testListsAndOutlets) }

func testListsAndOutlets(t *testing.T, open opener) {
	ctx := context.Background()
	st, b, rules := open(t)
	mustPut(t, st, doc("d1", "u1", "2024-02-12", "Starlight", "Ann Lee", "Bo Park", 38, hearsay.Rumored))
	mustPut(t, st, doc("d2", "u2", "2024-03-12", "Wire", "Cy Dunn", "Di Egan", 40, hearsay.Reported))
	mustPut(t, st, doc("d3", "u3", "2024-04-12", "Post", "Eve Fay", "Gus Hale", 41, hearsay.Asserted))
	if _, err := kb.Refresh(ctx, b, rules, false); err != nil {
		t.Fatal(err)
	}
	cs, total, err := b.ListClaims(ctx, kb.ClaimSelect{Open: true})
	if err != nil || total != 2 || len(cs) != 2 || cs[0].Reports[0].Doc != "d2" {
		t.Fatalf("open claims: %d of %d, %v; want d2's then d1's", len(cs), total, err)
	}
	cs, total, _ = b.ListClaims(ctx, kb.ClaimSelect{Modality: "rumored"})
	if total != 1 || cs[0].Status != kb.StatusRumored {
		t.Fatalf("rumored: %d %+v", total, cs)
	}
	cs, total, _ = b.ListClaims(ctx, kb.ClaimSelect{Limit: 1, Offset: 2})
	if total != 3 || len(cs) != 1 || cs[0].Reports[0].Doc != "d1" {
		t.Fatalf("paging: %d %+v", total, cs)
	}
	// an unattributed report or rumor is the outlet's own, unsourced claim
	recs, err := b.Outlets(ctx)
	if err != nil || len(recs) != 2 || recs[0].Outlet != "Starlight" || recs[0].Claims != 1 || recs[0].Open != 1 || recs[1].Outlet != "Wire" {
		t.Fatalf("outlets: %+v %v", recs, err)
	}
}
