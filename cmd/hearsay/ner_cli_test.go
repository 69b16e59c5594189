package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const nerSample = `-DOCSTART- -X- -X- O

Natalie NNP B-NP B-PER
Portman NNP I-NP I-PER
lives VBZ B-VP O
in IN B-PP O
Paris NNP B-NP B-LOC
. . O O

Portman NNP B-NP B-PER
spoke VBD B-VP O
to TO B-PP O
Reuters NNP B-NP B-ORG
. . O O
`

func TestTagNER(t *testing.T) {
	dir := t.TempDir()
	in := write(t, dir, "in.conll", nerSample)
	r := runCLI(t, nil, "tag", "ner", "--conll", in).want(t, exitOK)
	lines := strings.Split(strings.TrimRight(r.stdout, "\n"), "\n")
	inLines := strings.Split(strings.TrimRight(nerSample, "\n"), "\n")
	if len(lines) != len(inLines) {
		t.Fatalf("%d lines out, %d in", len(lines), len(inLines))
	}
	for i, l := range lines {
		switch {
		case strings.HasPrefix(inLines[i], "-DOCSTART-") || inLines[i] == "":
			if l != inLines[i] {
				t.Errorf("line %d changed: %q", i+1, l)
			}
		case !strings.HasPrefix(l, inLines[i]+" "):
			t.Errorf("line %d: %q does not extend %q", i+1, l, inLines[i])
		}
	}
	if !strings.Contains(r.stdout, "Paris NNP B-NP B-LOC B-LOC") {
		t.Errorf("Paris not tagged B-LOC:\n%s", r.stdout)
	}
	// the tagged file scores the same through eval ner --predicted
	pred := write(t, dir, "pred.conll", r.stdout)
	e := runCLI(t, nil, "eval", "ner", "--predicted", "--json", pred).want(t, exitOK)
	var got struct {
		Tokens int     `json:"tokens"`
		F1     float64 `json:"f1"`
	}
	if err := json.Unmarshal([]byte(e.stdout), &got); err != nil {
		t.Fatal(err)
	}
	if got.Tokens != 11 || got.F1 < 99.9 {
		t.Errorf("eval --predicted = %+v", got)
	}
	// and eval ner tags and scores the gold file directly
	d := runCLI(t, nil, "eval", "ner", in).want(t, exitOK)
	if !strings.Contains(d.stdout, "processed 11 tokens with 4 phrases") {
		t.Errorf("eval ner:\n%s", d.stdout)
	}
}

func TestNERUsage(t *testing.T) {
	runCLI(t, nil, "tag", "ner").want(t, exitUsage)
	runCLI(t, nil, "tag", "ner", "--conll", "x", "--model", "nope").want(t, exitUsage)
	runCLI(t, nil, "eval", "ner").want(t, exitUsage)
	runCLI(t, nil, "train", "ner", "--train", "x").want(t, exitUsage)
	runCLI(t, nil, "train", "ner", "--train", "x:nosuchformat", "--out", "y").want(t, exitUsage)
	runCLI(t, nil, "tag", "ner", "--help").want(t, exitOK)
	for _, cmd := range []string{"read", "ingest", "extract", "bench"} {
		runCLI(t, nil, cmd, "--model", "nope", "x.txt").want(t, exitUsage)
	}
}

// TestExtractWithOpenModel runs the pipeline with the openly licensed NER
// model chosen by --model.
func TestExtractWithOpenModel(t *testing.T) {
	dir := t.TempDir()
	in := write(t, dir, "a.txt", "date 2023-08-07 Natalie Portman told Us Weekly on Monday that she is fine.\n")
	r := runCLI(t, nil, "extract", "--model", "open", "--json", in).want(t, exitOK)
	if !strings.Contains(r.stdout, `"name":"Natalie Portman"`) {
		t.Errorf("extract --model open:\n%s", r.stdout)
	}
}

func TestTrainNER(t *testing.T) {
	dir := t.TempDir()
	in := write(t, dir, "train.conll", strings.Repeat(nerSample, 3))
	out := filepath.Join(dir, "m.bin")
	r := runCLI(t, nil, "train", "ner", "--train", in, "--dev", in, "--out", out, "--epochs", "3").want(t, exitOK)
	if !strings.Contains(r.stdout, "F1") {
		t.Errorf("no dev score: %s", r.stdout)
	}
	if fi, err := os.Stat(out); err != nil || fi.Size() == 0 {
		t.Fatalf("model not written: %v", err)
	}
}
