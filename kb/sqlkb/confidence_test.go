package sqlkb

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/store/sqlite"
)

// scored is doc with its fact scored conf.
func scored(id, url, day, outlet, a, b string, mod hearsay.Modality, conf float64) *hearsay.Document {
	d := doc(id, url, day, outlet, a, b, 38, mod)
	d.Facts[0].Confidence = conf
	return d
}

// TestConfidenceRoundTrip stores scored facts, refreshes, and reads each
// report's confidence and the claim's back, through the store's
// connections and through read-only ones, then lists claims by it.
func TestConfidenceRoundTrip(t *testing.T) { eachBackend(t, testConfidenceRoundTrip) }

func testConfidenceRoundTrip(t *testing.T, open opener) {
	ctx := context.Background()
	st, b, rules := open(t)
	mustPut(t, st, scored("d1", "u1", "2024-02-12", "Starlight", "Ann Lee", "Bo Park", hearsay.Rumored, 0.4004))
	mustPut(t, st, scored("d2", "u2", "2024-02-13", "Wire", "Ann Lee", "Bo Park", hearsay.Reported, 0.5))
	mustPut(t, st, scored("d3", "u3", "2024-03-01", "Post", "Cy Dunn", "Di Egan", hearsay.Asserted, 0.95))
	if _, err := kb.Refresh(ctx, b, rules, false); err != nil {
		t.Fatal(err)
	}
	rb, err := Open(st, ReadOptions{Conns: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer rb.Close()
	for name, r := range map[string]*Backend{"store": b, "read-only": rb} {
		cs, err := r.ClaimsAbout(ctx, "ann-lee")
		if err != nil || len(cs) != 1 || len(cs[0].Reports) != 2 {
			t.Fatalf("%s: claims %+v %v", name, cs, err)
		}
		c := cs[0]
		// the sentences are the same words: one reading, its best report
		if c.Reports[0].Confidence != 0.4 || c.Reports[1].Confidence != 0.5 || c.Confidence != 0.5 {
			t.Errorf("%s: reports %v, %v, claim %v; want 0.4, 0.5, 0.5", name, c.Reports[0].Confidence, c.Reports[1].Confidence, c.Confidence)
		}
		for _, s := range []struct {
			sel   kb.ClaimSelect
			first string // doc of the first claim's first report
			n     int
		}{
			{kb.ClaimSelect{}, "d3", 2},
			{kb.ClaimSelect{MinConfidence: 0.5}, "d3", 2},
			{kb.ClaimSelect{MinConfidence: 0.6}, "d3", 1},
			{kb.ClaimSelect{MinConfidence: 0.96}, "", 0},
			{kb.ClaimSelect{Sort: kb.SortConfidence}, "d3", 2},
			{kb.ClaimSelect{Sort: kb.SortConfidence, Offset: 1}, "d1", 2},
		} {
			cs, total, err := r.ListClaims(ctx, s.sel)
			if err != nil || total != s.n || s.first != "" && (len(cs) == 0 || cs[0].Reports[0].Doc != s.first) {
				t.Errorf("%s: %+v: %d claims, %v; want %d, the first from %s", name, s.sel, total, err, s.n, s.first)
			}
		}
	}
}

// TestOldStoreRefreshes takes a store back to what schema version 8 left
// (no claim confidence column, cached inputs of the earlier format, claims
// without confidence, an up-to-date knowledge base), opens it again so
// that migration 9 runs, and checks that the next refresh rebuilds the
// knowledge base with every confidence, reading the cached inputs again
// from the documents.
func TestOldStoreRefreshes(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := New(st)
	rules, err := kb.LoadRules()
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, st, scored("d1", "u1", "2024-02-12", "Starlight", "Ann Lee", "Bo Park", hearsay.Rumored, 0.7))
	mustPut(t, st, scored("d2", "u2", "2024-03-01", "Post", "Cy Dunn", "Di Egan", hearsay.Asserted, 0.9))
	if _, err := kb.Refresh(ctx, b, rules, false); err != nil {
		t.Fatal(err)
	}
	downgrade(t, st)
	st.Close()

	st, err = sqlite.Open(ctx, path, sqlite.Options{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	b = New(st)
	if stale, err := b.Stale(ctx); err != nil || !stale {
		t.Fatalf("after the migration: stale %v, %v; want stale", stale, err)
	}
	if did, err := kb.Refresh(ctx, b, rules, false); err != nil || !did {
		t.Fatalf("refresh: %v %v", did, err)
	}
	var old int
	if err := st.DB().QueryRow(fmt.Sprintf(`SELECT COUNT(*) FROM kb_inputs WHERE substr(data, 1, 1) <> X'%02X'`, inputFormat)).Scan(&old); err != nil || old != 0 {
		t.Fatalf("%d cached inputs of another format left, %v", old, err)
	}
	cs, total, err := b.ListClaims(ctx, kb.ClaimSelect{MinConfidence: 0.8})
	if err != nil || total != 1 || cs[0].Confidence != 0.9 || cs[0].Reports[0].Confidence != 0.9 {
		t.Fatalf("claims of confidence 0.8 or more: %d %+v %v", total, cs, err)
	}
	checkFull(t, st, b, rules)
}

// downgrade makes st look like a store of schema version 8 whose
// knowledge base was up to date.
func downgrade(t *testing.T, st testStore) {
	t.Helper()
	db := st.DB()
	rows, err := db.Query(`SELECT id, data FROM kb_claims`)
	if err != nil {
		t.Fatal(err)
	}
	old := map[string][]byte{}
	for rows.Next() {
		var id string
		var data []byte
		var c map[string]any
		if err := rows.Scan(&id, &data); err != nil || json.Unmarshal(data, &c) != nil {
			t.Fatal(err)
		}
		delete(c, "confidence")
		for _, r := range c["reports"].([]any) {
			delete(r.(map[string]any), "confidence")
		}
		if old[id], err = json.Marshal(c); err != nil {
			t.Fatal(err)
		}
	}
	rows.Close()
	for id, data := range old {
		if _, err := db.Exec(`UPDATE kb_claims SET data = ?, sum = ? WHERE id = ?`, data, digest(data), id); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []string{
		`DROP INDEX kb_claims_confidence`,
		`ALTER TABLE kb_claims DROP COLUMN confidence`,
		`UPDATE kb_inputs SET data = X'01' || substr(data, 2)`,
		`DELETE FROM schema_version WHERE version = 9`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if stale, err := New(st).Stale(context.Background()); err != nil || stale {
		t.Fatalf("the old store: stale %v, %v; want up to date", stale, err)
	}
}
