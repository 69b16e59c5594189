package ner

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hearsay-news/hearsay/internal/golden"
)

// TestArticleGolden compares the entities found in testdata/article.txt
// with testdata/article.golden (regenerate with go test -update).
func TestArticleGolden(t *testing.T) {
	doc := tagArticle(t)
	var b strings.Builder
	for _, s := range Spans(doc) {
		fmt.Fprintf(&b, "%d\t%d\t%s\t%s\t%s\n", s.Span.Start, s.Span.End, s.Label, s.Kind, s.Text)
	}
	golden.Check(t, "testdata/article.golden", b.String())
}
