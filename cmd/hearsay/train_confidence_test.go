package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsay-news/hearsay/fact"
)

// TestTrainConfidenceDeterministic trains the confidence model twice on the
// tiny invented gold sets of testdata/confidence: the same seed gives the
// same bytes, and the model reads back.
func TestTrainConfidenceDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	dir := t.TempDir()
	gold := "../../testdata/confidence/a,../../testdata/confidence/b"
	var models [][]byte
	for i := range 2 {
		out := filepath.Join(dir, "m"+string(rune('0'+i)))
		r := runCLI(t, nil, "train", "confidence", "--gold", gold, "--min-count", "1", "--seed", "7", "--cv", "--out", out).want(t, exitOK)
		if !strings.Contains(r.stdout, "leave-one-set-out") || !strings.Contains(r.stdout, "confidence/b") {
			t.Errorf("no leave-one-set-out table:\n%s", r.stdout)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		models = append(models, b)
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Error("two trainings with the same seed wrote different models")
	}
	m, err := fact.ParseConfModel(string(models[0]))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Weights) == 0 {
		t.Error("the model has no weights")
	}
	runCLI(t, nil, "train", "confidence", "--out", filepath.Join(dir, "x")).want(t, exitUsage)
}
