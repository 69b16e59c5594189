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
