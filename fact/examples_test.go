package fact

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/hearsay-news/hearsay/lexicon"
)

// TestExamples runs every worked example of data/examples.tsv.
func TestExamples(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	st.SetThreshold(0) // the examples show what the rules read; confidence is tested apart
	lines, err := lexicon.Table(dataFS, "data/examples.tsv", 2)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lines {
		doc := markupDoc(t, l.Fields[0])
		if err := st.Process(context.Background(), doc); err != nil {
			t.Errorf("%s: %v", l.Pos(), err)
			continue
		}
		var got []string
		for _, f := range doc.Facts {
			got = append(got, compact(doc, f))
		}
		var want []string
		if l.Fields[1] != "-" {
			for _, w := range strings.Split(l.Fields[1], " ; ") {
				want = append(want, strings.TrimSpace(w))
			}
		}
		sort.Strings(got)
		sort.Strings(want)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: %s\n got:\n\t%s\nwant:\n\t%s", l.Pos(), doc.Text, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
		}
	}
}
