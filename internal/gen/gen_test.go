package gen

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestGenerate checks that the same seed gives the same articles, that
// every line is a dated article in hearsay's JSON Lines shape, oldest
// first, and that the stories include rumors, copies, denials and
// confirmations.
func TestGenerate(t *testing.T) {
	var a, b bytes.Buffer
	if err := Generate(&a, Options{N: 400, Seed: 5}); err != nil {
		t.Fatal(err)
	}
	if err := Generate(&b, Options{N: 400, Seed: 5}); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Fatal("the same seed gave different articles")
	}
	lines := strings.Split(strings.TrimSpace(a.String()), "\n")
	if len(lines) != 400 {
		t.Fatalf("%d articles, want 400", len(lines))
	}
	prev := ""
	outlets := map[string]bool{}
	for i, l := range lines {
		var art Article
		if err := json.Unmarshal([]byte(l), &art); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if art.URL == "" || art.Outlet == "" || art.Title == "" || len(art.Date) != 10 || art.Text == "" {
			t.Fatalf("line %d: incomplete article %+v", i+1, art)
		}
		if art.Date < prev {
			t.Fatalf("line %d: %s after %s", i+1, art.Date, prev)
		}
		prev = art.Date
		outlets[art.Outlet] = true
	}
	text := a.String()
	for _, want := range []string{"insiders", "according to", "denied", "confirmed", "filed for divorce", "appointed"} {
		if !strings.Contains(text, want) {
			t.Errorf("no article says %q", want)
		}
	}
	if len(outlets) < 20 {
		t.Errorf("%d outlets, want many", len(outlets))
	}
	var c bytes.Buffer
	if err := Generate(&c, Options{N: 400, Seed: 6}); err != nil || c.String() == a.String() {
		t.Errorf("another seed gave the same articles (%v)", err)
	}
}
