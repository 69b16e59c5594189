package fact

import (
	"context"
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden runs the stage on hand-annotated articles (testdata/*.markup)
// and compares its facts, in plain words, with testdata/*.golden.
func TestGolden(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"seed"} {
		b, err := os.ReadFile("testdata/" + name + ".markup")
		if err != nil {
			t.Fatal(err)
		}
		doc := markupDoc(t, strings.TrimSpace(string(b)))
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		var out strings.Builder
		for _, f := range doc.Facts {
			out.WriteString(Describe(doc, f) + "\n")
		}
		golden := "testdata/" + name + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(out.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if out.String() != string(want) {
			t.Errorf("%s: facts differ from %s (run with -update to accept)\ngot:\n%s\nwant:\n%s", name, golden, out.String(), want)
		}
	}
}
