package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// A small article and its gold file: two facts the pipeline should find
// (a wedding with its year, a reported split) and one it cannot (so that
// recall is below 1).
const factsArticle = `date 2023-03-14 Singer Mara Quill and actor Jonah Hart have split, insiders told People.

Quill and Hart married in 2019. Hart grew up on a farm.
`

const factsGold = `{"schema_version": "hearsay-gold/1",
 "document": {"id": "t", "date": "2023-03-14", "outlet": null, "url": null, "title": null},
 "entities": [
  {"id": "e1", "type": "person", "name": "Mara Quill", "aliases": ["Mara Quill", "Quill"]},
  {"id": "e2", "type": "person", "name": "Jonah Hart", "aliases": ["Jonah Hart", "Hart"]},
  {"id": "e3", "type": "org", "name": "People", "aliases": ["People"], "kind": "outlet"}],
 "timexes": [],
 "facts": [
  {"id": "f1", "type": "separated", "args": ["Mara Quill", "Jonah Hart"], "time": {"value": "PRESENT_REF"},
   "modality": "reported", "polarity": "pos", "source": ["People", "insiders"], "evidence": []},
  {"id": "f2", "type": "married", "args": ["Mara Quill", "Jonah Hart"], "time": {"value": "2019"},
   "modality": "asserted", "polarity": "pos", "source": [], "evidence": []},
  {"id": "f3", "type": "residence", "args": ["Jonah Hart", "farm"], "time": null,
   "modality": "asserted", "polarity": "pos", "source": [], "evidence": []}]}`

func TestEvalFacts(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", factsArticle)
	gold := write(t, dir, "a.gold.json", factsGold)
	r := runCLI(t, nil, "eval", "facts", gold, "--errors").want(t, exitOK)
	for _, want := range []string{"A type+args", "missed gold facts", "f3 residence"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	save := filepath.Join(dir, "sys")
	r = runCLI(t, nil, "eval", "facts", dir, "--json", "--save", save).want(t, exitOK)
	var out struct {
		Micro struct {
			Facts map[string]struct{ TP, FN int }
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("--json: %v\n%s", err, r.stdout)
	}
	if a := out.Micro.Facts["A"]; a.TP < 2 || a.FN < 1 {
		t.Errorf("level A = %+v, want at least 2 found and the residence missed", a)
	}
	runCLI(t, nil, "eval", "facts", filepath.Join(dir, "none.gold.json")).want(t, exitUsage)
}
