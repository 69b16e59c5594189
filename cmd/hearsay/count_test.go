package main

import "testing"

func TestCount(t *testing.T) {
	for _, c := range []struct {
		n    int64
		want string
	}{{0, "0 documents"}, {1, "1 document"}, {2, "2 documents"}} {
		if got := count(c.n, "document", "documents"); got != c.want {
			t.Errorf("count(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}

func TestTimingRatesOnlyStoredDocuments(t *testing.T) {
	if got, want := timing("h.db", putCounts{Documents: 4, Unchanged: 4}, 2), "h.db in 2.0s"; got != want {
		t.Errorf("nothing stored: %q, want %q", got, want)
	}
	if got, want := timing("h.db", putCounts{Documents: 4, Stored: 3, Unchanged: 1}, 2), "h.db in 2.0s (1.5 stored docs/s)"; got != want {
		t.Errorf("3 stored: %q, want %q", got, want)
	}
}
