package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// runWithStdin runs the command line in-process with stdin.
func runWithStdin(stdin string, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code = run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

func TestTimexJSONLines(t *testing.T) {
	in := `{"doc": "a", "dct": "2023-08-07", "text": "Étienne, 25, left back in June.", "other": 1}` + "\n" +
		`{"doc": "b", "dct": "2023-08-07T10:00:00Z", "text": "nothing here"}` + "\n"
	code, out, errs := runWithStdin(in, "timex", "--jsonl", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 lines, got %q", out)
	}
	var a struct {
		Doc     string
		Timexes []struct {
			Start, End             int
			Text, Type, Value, Mod string
		}
	}
	if err := json.Unmarshal([]byte(lines[0]), &a); err != nil {
		t.Fatal(err)
	}
	// Code-point offsets: "Étienne, 25, left back in " is 26 code points.
	if a.Doc != "a" || len(a.Timexes) != 1 || a.Timexes[0].Value != "2023-06" || a.Timexes[0].Start != 26 || a.Timexes[0].End != 30 {
		t.Errorf("got %s", lines[0])
	}
	if !strings.Contains(lines[1], `"timexes":[]`) {
		t.Errorf("empty document: got %s", lines[1])
	}
	// Ages appear with --ages.
	_, out, _ = runWithStdin(in, "timex", "--jsonl", "-", "--ages")
	if !strings.Contains(out, `"value":"P25Y"`) {
		t.Errorf("--ages: got %s", out)
	}
}

func TestTimexBadInput(t *testing.T) {
	in := "{not json}\n" + `{"doc":"x","dct":"yesterday","text":""}` + "\n" + `{"doc":"y","text":"Last week."}` + "\n" +
		`{"doc":"z","dct":"2024-01-02T10:00:00Z","text":"Yesterday."}` + "\n"
	code, out, errs := runWithStdin(in, "timex", "--jsonl", "-")
	for _, want := range []string{"<stdin>:1: not a JSON object", `<stdin>:2: bad "dct" field "yesterday": want a day YYYY-MM-DD`, `<stdin>:3: no "dct" field`} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr %q does not say %q", errs, want)
		}
	}
	if code != exitPartial || !strings.Contains(out, `"doc":"z"`) || strings.Count(out, "\n") != 1 {
		t.Errorf("exit %d, stdout %q: want the good line tagged and exit %d", code, out, exitPartial)
	}
	if code, _, _ := runWithStdin("", "timex"); code != exitUsage {
		t.Errorf("no --jsonl: exit %d, want %d", code, exitUsage)
	}
	if code, _, _ := runWithStdin("", "timex", "--jsonl", "/no/such/file"); code != exitUsage {
		t.Errorf("missing file: exit %d, want %d", code, exitUsage)
	}
}

func TestEvalTimex(t *testing.T) {
	sample := filepath.Join("..", "..", "eval", "timeml", "testdata", "sample.tml")
	code, out, errs := runWithStdin("", "eval", "timex", sample)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"sample", "strict", "relaxed", "value", "type", "gold timexes 3"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runWithStdin("", "eval", "timex", sample, "--json", "--errors")
	var res struct {
		Overall struct{ Gold, RelaxedMatch int }
		Errors  []struct{ Kind string }
	}
	if code != exitOK || json.Unmarshal([]byte(out), &res) != nil || res.Overall.Gold != 3 || res.Overall.RelaxedMatch < 2 {
		t.Errorf("--json: exit %d, %s", code, out)
	}
	if code, _, _ := runWithStdin("", "eval", "timex"); code != exitUsage {
		t.Errorf("no files: exit %d", code)
	}
}

func TestEvalTimexGoldDir(t *testing.T) {
	dir := filepath.Join("..", "..", "eval", "timeml", "testdata", "gold")
	code, out, errs := runWithStdin("", "eval", "timex", dir, "--docs=false")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// Both non-optional timexes ("back in June", the age "42") are found.
	if !strings.Contains(out, "gold timexes 2,") || !strings.Contains(out, "relaxed 100.00  100.00  100.00") {
		t.Errorf("got\n%s", out)
	}
}
