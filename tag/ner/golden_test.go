package ner

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestArticleGolden compares the entities found in testdata/article.txt
// with testdata/article.golden (regenerate with go test -update).
func TestArticleGolden(t *testing.T) {
	doc := tagArticle(t)
	var b strings.Builder
	for _, s := range Spans(doc) {
		fmt.Fprintf(&b, "%d\t%d\t%s\t%s\t%s\n", s.Span.Start, s.Span.End, s.Label, s.Kind, s.Text)
	}
	const golden = "testdata/article.golden"
	if *updateGolden {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("entities differ from %s (run go test -update after checking):\n%s", golden, b.String())
	}
}
