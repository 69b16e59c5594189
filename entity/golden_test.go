package entity

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenView is what a golden file records of one analysed article.
type goldenView struct {
	Entities []goldenEntity `json:"entities"`
	Groups   []string       `json:"groups,omitempty"`
	Facts    []string       `json:"facts,omitempty"`
}

type goldenEntity struct {
	ID       string            `json:"id"`
	Type     string            `json:"type"`
	Name     string            `json:"name"`
	Aliases  []string          `json:"aliases,omitempty"`
	Age      *hearsay.Age      `json:"age,omitempty"`
	Birth    *hearsay.Interval `json:"birth,omitempty"`
	Mentions []string          `json:"mentions,omitempty"` // "s3 pronoun she"
}

func view(doc *hearsay.Document) goldenView {
	var v goldenView
	for _, e := range doc.Entities {
		ge := goldenEntity{ID: e.ID, Type: string(e.Type), Name: e.Name, Aliases: e.Aliases, Age: e.Age, Birth: e.Birth}
		for _, mi := range e.Mentions {
			m := doc.Mentions[mi]
			ge.Mentions = append(ge.Mentions, fmt.Sprintf("s%d %s %s", m.Sentence, m.Kind, m.Text))
		}
		v.Entities = append(v.Entities, ge)
	}
	for _, m := range doc.Mentions {
		if m.Entity >= 0 {
			continue
		}
		var names []string
		for _, e := range m.Members {
			names = append(names, doc.Entities[e].Name)
		}
		v.Groups = append(v.Groups, fmt.Sprintf("s%d %s %q = %s", m.Sentence, m.Kind, m.Text, strings.Join(names, " + ")))
	}
	for _, f := range doc.Facts {
		var args []string
		for _, a := range f.Args {
			args = append(args, a.Literal)
		}
		v.Facts = append(v.Facts, fmt.Sprintf("%s(%s) s%d %s %q", f.Type, strings.Join(args, ", "), f.Sentence, f.Rule, doc.Text[f.Trigger.Start:f.Trigger.End]))
	}
	return v
}

// TestGolden runs the stage on the test articles and compares with the
// golden files, which were checked by eye (regenerate with -update).
func TestGolden(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/articles/*.txt")
	if len(files) < 15 {
		t.Fatalf("want at least 15 test articles, have %d", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc := testDoc(string(b))
			if err := st.Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			got, _ := json.MarshalIndent(view(doc), "", "  ")
			got = append(got, '\n')
			gf := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(gf, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if string(got) != string(want) {
				t.Errorf("%s differs from the golden file; got:\n%s", gf, got)
			}
		})
	}
}
