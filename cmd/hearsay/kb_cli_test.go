package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/hearsay-news/hearsay/query"
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
	want := []string{"args", "claim", "confidence", "documents", "first_reported", "history", "independent_sources", "modality", "status", "time", "type"}
	for _, c := range claims {
		if got := keys(c); !reflect.DeepEqual(got, want) {
			t.Errorf("claim keys %v, want %v", got, want)
		}
		var hist []map[string]json.RawMessage
		if err := json.Unmarshal(c["history"], &hist); err != nil || len(hist) == 0 {
			t.Fatalf("history: %v", err)
		}
		if got := keys(hist[0]); !reflect.DeepEqual(got, []string{"confidence", "date", "doc", "modality", "outlet", "source"}) {
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
	checkClaimsByConfidence(t, db)
	checkClaimsAnyCase(t, db)
	checkEvidence(t, db)
	checkOneClaim(t, db)
	runCLI(t, nil, "outlets", "--db", db).want(t, exitOK)
	runCLI(t, nil, "contradictions", "--db", db, "--json").want(t, exitOK)
	if r := runCLI(t, nil, "contradictions", "--db", db, "--as-of", "1990-01-01").want(t, exitOK); r.stdout != "0 contradictions\n" {
		t.Errorf("contradictions as of 1990, before every article: %q", r.stdout)
	}
	runCLI(t, nil, "contradictions", "--db", db, "--as-of", "2024-13-01").want(t, exitUsage)

	// merge the namesakes by hand; the decision survives a re-ingest
	runCLI(t, nil, "entity", "merge", "--db", db, people[0].ID, people[1].ID).want(t, exitOK)
	runCLI(t, nil, "ingest", "--db", db, "../../examples/story.jsonl").want(t, exitOK)
	runCLI(t, nil, "entity", "rebuild", "--db", db).want(t, exitOK)
	r = runCLI(t, nil, "person", "--db", db, "--json", "Hadley").want(t, exitOK)
	if err := json.Unmarshal([]byte(r.stdout), &people); err != nil || len(people) != 1 {
		t.Fatalf("after merge: %v, %d people\n%s", err, len(people), r.stdout)
	}
	if r := runCLI(t, nil, "entity", "merge", "--db", db, "no-such-id", people[0].ID).want(t, exitUsage); !strings.Contains(r.stderr, `no person has the id "no-such-id"`) {
		t.Errorf("merge with an unknown id: %q", r.stderr)
	}
	if r := runCLI(t, nil, "entity", "merge", "--db", db, people[0].ID, people[0].ID).want(t, exitUsage); !strings.Contains(r.stderr, "already one person") {
		t.Errorf("merge of a person with itself: %q", r.stderr)
	}
	if r := runCLI(t, nil, "entity", "list", "--db", db, "tom"); !strings.Contains(r.stdout, people[0].ID) {
		t.Errorf("entity list tom: %q", r.stdout)
	}
	// a split names its documents by enough of their ids to be sure
	for _, c := range []struct{ doc, want string }{
		{"0", "give at least 6 characters"},
		{"", "give at least 6 characters"},
		{"zzzzzzzz", "no stored document has this id or id prefix"},
	} {
		r := runCLI(t, nil, "entity", "split", "--db", db, people[0].ID, "--doc", c.doc).want(t, exitUsage)
		if !strings.Contains(r.stderr, `--doc "`+c.doc+`": `+c.want) {
			t.Errorf("split --doc %q: stderr %q, want %q", c.doc, r.stderr, c.want)
		}
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

// checkEvidence checks that every command that shows facts can show,
// with --evidence, where each one comes from: under each fact or claim its
// reports with their document and sentence, under a birth interval the
// stated ages with theirs.
func checkEvidence(t *testing.T, db string) {
	t.Helper()
	for _, args := range [][]string{
		{"person", "Elise Navarro"},
		{"timeline", "Elise Navarro"},
		{"status", "Elise", "Pryce"},
		{"claims", "--limit", "5"},
		{"contradictions"},
	} {
		r := runCLI(t, nil, append([]string{args[0], "--db", db, "--evidence"}, args[1:]...)...).want(t, exitOK)
		lines := strings.Split(strings.TrimRight(r.stdout, "\n"), "\n")
		n := 0
		for _, l := range lines {
			if strings.Contains(l, "↳") {
				n++
				if !strings.Contains(l, "“") || strings.Contains(l, "not kept") {
					t.Errorf("%v: evidence line without its sentence: %q", args, l)
				}
			}
		}
		if n == 0 {
			t.Errorf("%v --evidence shows no evidence:\n%s", args, r.stdout)
		}
		if args[0] == "person" || args[0] == "timeline" {
			if !regexp.MustCompile(`(?m)^\s+↳ .*: age \d+ on \d{4}-\d\d-\d\d: “`).MatchString(r.stdout) {
				t.Errorf("%v --evidence shows no stated age with its sentence:\n%s", args, r.stdout)
			}
		}
		plain := runCLI(t, nil, append([]string{args[0], "--db", db}, args[1:]...)...).want(t, exitOK)
		if strings.Contains(plain.stdout, "↳") {
			t.Errorf("%v without --evidence shows evidence", args)
		}
	}
}

// TestBadAsOf checks that a bad --as-of is a usage error naming the
// command, the flag and the value, before any store is opened (so also
// when there is none).
func TestBadAsOf(t *testing.T) {
	db := filepath.Join(t.TempDir(), "missing.db")
	for _, c := range [][]string{
		{"status", "A", "B"}, {"timeline", "A"}, {"person", "A"}, {"claims"}, {"outlets"}, {"contradictions"},
	} {
		for _, bad := range []string{"2024-13-01", "2024-02-30", "yesterday", "2024-1-5", "2024"} {
			args := append([]string{c[0], "--db", db, "--as-of", bad}, c[1:]...)
			r := runCLI(t, nil, args...).want(t, exitUsage)
			if want := "hearsay " + c[0] + ": --as-of \"" + bad + "\": want a calendar day, YYYY-MM-DD"; !strings.Contains(r.stderr, want) {
				t.Errorf("%v: stderr %q, want %q", args, r.stderr, want)
			}
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a bad --as-of created a store")
	}
}

// checkOneClaim checks that claims ID shows that claim with its reports
// and their sentences, that an unknown id or a name instead of an id is a
// usage error that says where names go, and that two arguments are one.
func checkOneClaim(t *testing.T, db string) {
	t.Helper()
	r := runCLI(t, nil, "claims", "--db", db, "--json", "--limit", "1").want(t, exitOK)
	var list struct {
		Claims []struct {
			ID       string `json:"id"`
			Evidence []struct {
				Sentence string `json:"sentence"`
			} `json:"evidence"`
		} `json:"claims"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil || len(list.Claims) != 1 {
		t.Fatalf("claims --json: %v\n%s", err, r.stdout)
	}
	c := list.Claims[0]
	one := runCLI(t, nil, "claims", "--db", db, c.ID).want(t, exitOK)
	if !strings.HasPrefix(one.stdout, c.ID+"  ") || strings.Count(one.stdout, "↳") != len(c.Evidence) || !strings.Contains(one.stdout, c.Evidence[0].Sentence) {
		t.Errorf("claims %s:\n%s\nwant its %d reports with their sentences", c.ID, one.stdout, len(c.Evidence))
	}
	for _, args := range [][]string{{"cnothing"}, {"Navarro"}} {
		r := runCLI(t, nil, append([]string{"claims", "--db", db}, args...)...).want(t, exitUsage)
		if !strings.Contains(r.stderr, "no claim has the id") || !strings.Contains(r.stderr, "--entity") {
			t.Errorf("claims %v: stderr %q", args, r.stderr)
		}
	}
	r = runCLI(t, nil, "claims", "--db", db, "Elise", "Navarro").want(t, exitUsage)
	if !strings.Contains(r.stderr, "at most one claim id") {
		t.Errorf("claims Elise Navarro: stderr %q", r.stderr)
	}
}

// checkClaimsAnyCase checks that claims takes the words of --type,
// --status, --modality and --sort in any case, with the answer of the word
// in lower case.
func checkClaimsAnyCase(t *testing.T, db string) {
	t.Helper()
	for _, c := range []struct{ lower, other []string }{
		{[]string{"--type", "married"}, []string{"--type", "Married"}},
		{[]string{"--status", "confirmed"}, []string{"--status", "CONFIRMED"}},
		{[]string{"--modality", "rumored"}, []string{"--modality", "Rumored"}},
		{[]string{"--sort", "confidence"}, []string{"--sort", "Confidence"}},
	} {
		want := runCLI(t, nil, append([]string{"claims", "--db", db}, c.lower...)...).want(t, exitOK)
		got := runCLI(t, nil, append([]string{"claims", "--db", db}, c.other...)...).want(t, exitOK)
		if got.stdout != want.stdout || strings.HasPrefix(want.stdout, "0 claims") {
			t.Errorf("claims %v:\n%s\nwant as %v:\n%s", c.other, got.stdout, c.lower, want.stdout)
		}
	}
}

// checkClaimsByConfidence checks that claims --min-confidence keeps only
// claims of that confidence, --sort confidence puts the most confident
// first, the text shows each claim's confidence, and a minimum outside
// [0,1] or another order is a usage error that says why.
func checkClaimsByConfidence(t *testing.T, db string) {
	t.Helper()
	r := runCLI(t, nil, "claims", "--db", db, "--json", "--min-confidence", "0.9", "--sort", "confidence").want(t, exitOK)
	var res struct {
		Total  int `json:"total"`
		Claims []struct {
			Confidence float64 `json:"confidence"`
		} `json:"claims"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil || res.Total == 0 || len(res.Claims) != res.Total {
		t.Fatalf("claims --min-confidence 0.9: %v, %d claims\n%s", err, res.Total, r.stdout)
	}
	for i, c := range res.Claims {
		if c.Confidence < 0.9 || i > 0 && c.Confidence > res.Claims[i-1].Confidence {
			t.Fatalf("claim %d: confidence %v, after %+v", i, c.Confidence, res.Claims[:i])
		}
	}
	all := runCLI(t, nil, "claims", "--db", db).want(t, exitOK)
	if !strings.Contains(all.stdout, " conf 0.") && !strings.Contains(all.stdout, " conf 1.00") {
		t.Errorf("claims shows no confidence:\n%s", all.stdout)
	}
	for _, bad := range [][]string{{"--min-confidence", "1.5"}, {"--min-confidence", "-0.1"}, {"--min-confidence", "high"}, {"--sort", "oldest"},
		{"--type", "wedding"}, {"--status", "sure"}, {"--modality", "whispered"}} {
		r := runCLI(t, nil, append([]string{"claims", "--db", db}, bad...)...).want(t, exitUsage)
		if !strings.Contains(r.stderr, bad[0][2:]) {
			t.Errorf("claims %v: stderr %q does not name the flag", bad, r.stderr)
		}
	}
}

// TestEventTail checks the end of a timeline line: an event whose articles
// name no outlet says so, a birth (from stated ages) lists no sources.
func TestEventTail(t *testing.T) {
	for _, c := range []struct {
		ev   query.Event
		want string
	}{
		{query.Event{Type: "married", Status: "asserted", Confidence: 0.9, Sources: []string{"Daily Post", "Celeb Wire"}}, "[asserted] conf 0.90 Daily Post; Celeb Wire"},
		{query.Event{Type: "married", Status: "asserted", Confidence: 0.9, Sources: []string{}}, "[asserted] conf 0.90 (outlet unknown)"},
		{query.Event{Type: "born", Status: "asserted", Sources: []string{}}, "[asserted]"},
	} {
		if got := eventTail(c.ev); got != c.want {
			t.Errorf("eventTail(%+v) = %q, want %q", c.ev, got, c.want)
		}
	}
}

func TestDaysText(t *testing.T) {
	for _, c := range []struct {
		days []int
		want string
	}{{nil, "-"}, {[]int{210}, "210"}, {[]int{3, 14}, "3, 14"}} {
		if got := daysText(c.days); got != c.want {
			t.Errorf("daysText(%v) = %q, want %q", c.days, got, c.want)
		}
	}
}
