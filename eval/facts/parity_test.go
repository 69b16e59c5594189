package facts

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "regenerate testdata/*.want.json with the reference scorer (python3)")

const referenceScorer = "/work/shared/bench/e2e/facts_score.py"

// TestParity scores the perturbed system files of testdata/ against copies
// of development gold files (testdata/gold/) and compares every number with
// what the reference scorer printed for the same pair (testdata/*.want.json).
func TestParity(t *testing.T) {
	files, err := filepath.Glob("testdata/*.sys.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no system files in testdata: %v", err)
	}
	for _, sysPath := range files {
		base := strings.TrimSuffix(filepath.Base(sysPath), ".sys.json")
		name := base[:strings.LastIndexByte(base, '.')]
		goldPath := filepath.Join("testdata", "gold", name+".gold.json")
		wantPath := filepath.Join("testdata", base+".want.json")
		if *update {
			out, err := exec.Command("python3", referenceScorer, goldPath, sysPath, "--json").Output()
			if err != nil {
				t.Fatalf("%s: reference scorer: %v", sysPath, err)
			}
			var full map[string]json.RawMessage
			if err := json.Unmarshal(out, &full); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(wantPath, full["micro"], 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got := scoreFiles(t, goldPath, sysPath)
		wantB, err := os.ReadFile(wantPath)
		if err != nil {
			t.Fatal(err)
		}
		var want, have any
		if err := json.Unmarshal(wantB, &want); err != nil {
			t.Fatal(err)
		}
		gb, _ := json.Marshal(got)
		if err := json.Unmarshal(gb, &have); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(roundAll(want), roundAll(have)) {
			var diffs []string
			diff("", want, have, &diffs)
			t.Errorf("%s: scores differ from the reference scorer:\n%s", sysPath, strings.Join(diffs, "\n"))
		}
	}
}

func scoreFiles(t *testing.T, goldPath, sysPath string) Summary {
	t.Helper()
	gold, sys := readDocs(t, goldPath, sysPath)
	c, _ := Score(gold, sys)
	return Summarise(c)
}

// roundAll rounds floats to 9 places so that the two languages' last bits
// do not matter.
func roundAll(x any) any {
	switch v := x.(type) {
	case float64:
		return float64(int64(v*1e9+0.5)) / 1e9
	case map[string]any:
		for k, e := range v {
			v[k] = roundAll(e)
		}
	case []any:
		for i, e := range v {
			v[i] = roundAll(e)
		}
	}
	return x
}

// diff lists the paths where two decoded JSON values differ.
func diff(path string, a, b any, out *[]string) {
	am, ok1 := a.(map[string]any)
	bm, ok2 := b.(map[string]any)
	if ok1 && ok2 {
		for k, v := range am {
			diff(path+"."+k, v, bm[k], out)
		}
		for k, v := range bm {
			if _, ok := am[k]; !ok {
				diff(path+"."+k, nil, v, out)
			}
		}
		return
	}
	if !reflect.DeepEqual(a, b) {
		*out = append(*out, fmt.Sprintf("  %s: reference %v, here %v", path, a, b))
	}
}

// readDocs reads and parses a gold file and a system file.
func readDocs(t *testing.T, goldPath, sysPath string) (gold, sys *Doc) {
	t.Helper()
	gb, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	sb, err := os.ReadFile(sysPath)
	if err != nil {
		t.Fatal(err)
	}
	gold, err = ParseDoc(gb, true)
	if err != nil {
		t.Fatalf("%s: %v", goldPath, err)
	}
	sys, err = ParseDoc(sb, false)
	if err != nil {
		t.Fatalf("%s: %v", sysPath, err)
	}
	return gold, sys
}
