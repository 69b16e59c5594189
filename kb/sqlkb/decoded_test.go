package sqlkb

import (
	"fmt"
	"testing"

	"github.com/hearsay-news/hearsay/kb"
)

// TestDecodedKeepsRecentRows checks that a row read again is not decoded
// again, that other bytes give their own value, and the size bound.
func TestDecodedKeepsRecentRows(t *testing.T) {
	d := newDecoded[kb.Claim](2)
	row := func(id string) []byte { return []byte(fmt.Sprintf(`{"id":%q,"type":"married"}`, id)) }
	a, err := d.decode(row("a"))
	if err != nil || a.ID != "a" {
		t.Fatalf("decode: %+v %v", a, err)
	}
	if again, _ := d.decode(row("a")); again != a {
		t.Fatal("the same row was decoded again")
	}
	b, _ := d.decode(row("b"))
	if b == a || b.ID != "b" {
		t.Fatalf("another row: %+v", b)
	}
	d.decode(row("c")) // drops a, the least recently used
	if again, _ := d.decode(row("a")); again == a || again.ID != "a" {
		t.Fatal("the size bound was not kept")
	}
	if _, err := d.decode([]byte(`{"id":`)); err == nil {
		t.Fatal("bad JSON decoded")
	}
	var none *decoded[kb.Claim]
	if c, err := none.decode(row("z")); err != nil || c.ID != "z" {
		t.Fatalf("without a cache: %+v %v", c, err)
	}
}
