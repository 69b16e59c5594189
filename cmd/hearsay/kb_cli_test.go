package main

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// TestKnowledgeBaseCommands ingests the bundled story and runs the query
// commands: status JSON has exactly the documented keys, person lists the
// namesakes, unknown names are usage errors, and entity decisions stick
// across a re-ingest.
func TestKnowledgeBaseCommands(t *testing.T) {
	db := ingestedStore(t, "kb.db", "../../examples/story.jsonl")

	r := runCLI(t, nil, "status", "--db", db, "--json", "--as-of", "2024-02-14", "Elise", "Pryce").want(t, exitOK)
	var st map[string]json.RawMessage
	if err := json.Unmarshal([]byte(r.stdout), &st); err != nil {
		t.Fatalf("status --json: %v\n%s", err, r.stdout)
	}
	if got := keys(st); !reflect.DeepEqual(got, []string{"a", "as_of", "b", "claims", "summary"}) {
		t.Errorf("status keys %v", got)
	}
	var claims []map[string]json.RawMessage
	if err := json.Unmarshal(st["claims"], &claims); err != nil || len(claims) == 0 {
		t.Fatalf("status claims: %v %s", err, st["claims"])
	}
	want := []string{"args", "documents", "first_reported", "history", "independent_sources", "modality", "status", "time", "type"}
	for _, c := range claims {
		if got := keys(c); !reflect.DeepEqual(got, want) {
			t.Errorf("claim keys %v, want %v", got, want)
		}
		var hist []map[string]json.RawMessage
		if err := json.Unmarshal(c["history"], &hist); err != nil || len(hist) == 0 {
			t.Fatalf("history: %v", err)
		}
		if got := keys(hist[0]); !reflect.DeepEqual(got, []string{"date", "doc", "modality", "outlet", "source"}) {
			t.Errorf("history keys %v", got)
		}
	}

	r = runCLI(t, nil, "person", "--db", db, "--json", "Tom Hadley").want(t, exitOK)
	var people []struct {
		ID    string            `json:"id"`
		Birth map[string]string `json:"birth"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &people); err != nil || len(people) != 2 {
		t.Fatalf("person Tom Hadley: %v, %d people\n%s", err, len(people), r.stdout)
	}

	runCLI(t, nil, "status", "--db", db, "Nobody Known", "Pryce").want(t, exitUsage)
	runCLI(t, nil, "status", "--db", db, "--as-of", "2024-13-45", "Elise", "Pryce").want(t, exitUsage)
	runCLI(t, nil, "timeline", "--db", db, "Graham Pryce").want(t, exitOK)
	runCLI(t, nil, "claims", "--db", db, "--open", "--json").want(t, exitOK)
	runCLI(t, nil, "outlets", "--db", db).want(t, exitOK)
	runCLI(t, nil, "contradictions", "--db", db, "--json").want(t, exitOK)

	// merge the namesakes by hand; the decision survives a re-ingest
	runCLI(t, nil, "entity", "merge", "--db", db, people[0].ID, people[1].ID).want(t, exitOK)
	runCLI(t, nil, "ingest", "--db", db, "../../examples/story.jsonl").want(t, exitOK)
	runCLI(t, nil, "entity", "rebuild", "--db", db).want(t, exitOK)
	r = runCLI(t, nil, "person", "--db", db, "--json", "Hadley").want(t, exitOK)
	if err := json.Unmarshal([]byte(r.stdout), &people); err != nil || len(people) != 1 {
		t.Fatalf("after merge: %v, %d people\n%s", err, len(people), r.stdout)
	}
	runCLI(t, nil, "entity", "merge", "--db", db, "no-such-id", people[0].ID).want(t, exitUsage)
	if r := runCLI(t, nil, "entity", "list", "--db", db, "tom"); !strings.Contains(r.stdout, people[0].ID) {
		t.Errorf("entity list tom: %q", r.stdout)
	}
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
