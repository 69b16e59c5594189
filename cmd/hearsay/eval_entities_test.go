package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalEntities(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "dev01-a.txt", factsArticle)
	write(t, dir, "dev01-a.gold.json", factsGold)
	write(t, dir, "dev03-a.txt", factsArticle)
	write(t, dir, "dev03-a.gold.json", strings.Replace(factsGold, `"name": "Jonah Hart", "aliases": ["Jonah Hart", "Hart"]`,
		`"name": "Jonah Hart", "aliases": ["Jonah Hart", "Hart", "Jonah"]`, 1))
	r := runCLI(t, nil, "eval", "entities", dir, "--errors").want(t, exitOK)
	if strings.Contains(r.stdout, "== heldout") || !strings.Contains(r.stdout, "== dev03-a") {
		t.Errorf("without --heldout, want one part and the errors of every file:\n%s", r.stdout)
	}
	r = runCLI(t, nil, "eval", "entities", dir, "--errors", "--heldout", "dev03-*").want(t, exitOK)
	for _, want := range []string{"== dev", "== heldout", "canonical name", "alias recall", "== dev01-a"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "== dev03-a") {
		t.Errorf("errors of a held-out file listed without --heldout-errors:\n%s", r.stdout)
	}
	r = runCLI(t, nil, "eval", "entities", dir, "--json", "--heldout", "dev03-*").want(t, exitOK)
	var out struct {
		Micro map[string]struct {
			All struct{ TP, FN int }
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("--json: %v\n%s", err, r.stdout)
	}
	if d, h := out.Micro["dev"].All, out.Micro["heldout"].All; d.TP < 2 || h.TP < 2 {
		t.Errorf("dev %+v held-out %+v: want both people found in each part", d, h)
	}
	runCLI(t, nil, "eval", "entities", filepath.Join(dir, "none.gold.json")).want(t, exitUsage)
	runCLI(t, nil, "eval", "entities", dir, "--heldout", "[").want(t, exitUsage)
}

func TestHeldOut(t *testing.T) {
	for _, c := range []struct {
		pattern, name string
		want          bool
	}{
		{"blind2-*[02468]-*", "blind2-04-x", true},
		{"blind2-*[02468]-*", "blind2-05-x", false},
		{"", "dev03-x", false},
		{"dev*", "seed", false},
	} {
		if got := heldOut(c.pattern, c.name); got != c.want {
			t.Errorf("heldOut(%q, %q) = %v, want %v", c.pattern, c.name, got, c.want)
		}
	}
}
