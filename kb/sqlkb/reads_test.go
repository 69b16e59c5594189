package sqlkb

import (
	"context"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/kb"
)

// TestOpenReadsWhatTheStoreWrites checks that a Backend reading through its
// own read-only connections answers like one reading through the store's,
// and sees a rebuild as soon as it is committed.
func TestOpenReadsWhatTheStoreWrites(t *testing.T) { eachBackend(t, testOpenReadsWhatTheStoreWrites) }

func testOpenReadsWhatTheStoreWrites(t *testing.T, open opener) {
	ctx := context.Background()
	st, b, rules := open(t)
	rb, err := Open(st, ReadOptions{Conns: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer rb.Close()
	mustPut(t, st, doc("d1", "u1", "2024-02-12", "Starlight", "Ann Lee", "Bo Park", 38, hearsay.Rumored))
	if _, err := kb.Refresh(ctx, rb, rules, false); err != nil {
		t.Fatal(err)
	}
	cs, err := rb.ClaimsAbout(ctx, "ann-lee")
	if err != nil || len(cs) != 1 || len(cs[0].Reports) != 1 {
		t.Fatalf("read pool: %+v %v", cs, err)
	}
	v1 := version(t, rb)
	mustPut(t, st, doc("d2", "u2", "2024-02-13", "Wire", "Ann Lee", "Bo Park", 38, hearsay.Reported))
	v2 := version(t, rb)
	if _, err := kb.Refresh(ctx, b, rules, false); err != nil {
		t.Fatal(err)
	}
	v3 := version(t, rb)
	if _, err := kb.Refresh(ctx, b, rules, true); err != nil {
		t.Fatal(err)
	}
	v4 := version(t, rb)
	if v1 == v2 || v2 == v3 || v3 == v4 {
		t.Fatalf("versions %s (built), %s (a put), %s (rebuilt), %s (forced rebuild): want each new", v1, v2, v3, v4)
	}
	cs, err = rb.ClaimsAbout(ctx, "ann-lee")
	if err != nil || len(cs) != 1 || len(cs[0].Reports) != 2 {
		t.Fatalf("after a rebuild through the store: %+v %v", cs, err)
	}
	people, total, err := rb.People(ctx, "", 0, 0)
	if err != nil || total != 2 || len(people) != 2 {
		t.Fatalf("people: %d of %d, %v", len(people), total, err)
	}
	if rb.rd == nil { // a store without a read pool of its own
		return
	}
	if _, err := rb.rd.ExecContext(ctx, `DELETE FROM kb_claims`); err == nil {
		t.Fatal("a read-only connection wrote")
	}
}

func version(t *testing.T, b *Backend) string {
	t.Helper()
	v, err := b.Version(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return v
}
