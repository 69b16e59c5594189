package query

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/hearsay-news/hearsay/kb"
)

// scenarioKB builds the knowledge base of a scenario file's documents.
func scenarioKB(t *testing.T, path string) *kb.KB {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var inputs []*kb.Input
	// documents come first, commands after them
docs:
	for _, l := range strings.Split(string(data), "\n") {
		switch {
		case strings.HasPrefix(l, "doc "):
			inputs = append(inputs, parseDoc(t, l))
		case strings.HasPrefix(l, "  ") && len(inputs) > 0:
			addLine(t, inputs[len(inputs)-1], strings.TrimSpace(l))
		case strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "#"):
			break docs
		}
	}
	rules, err := kb.LoadRules()
	if err != nil {
		t.Fatal(err)
	}
	k, err := kb.Build(context.Background(), rules, inputs, nil)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestPersonTimelineAnswersAlike checks that PersonTimeline answers exactly
// what PersonByID and TimelineByID answer, for every person of every
// scenario, as of every day a document was published and as of now.
func TestPersonTimelineAnswersAlike(t *testing.T) {
	ctx := context.Background()
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		k := scenarioKB(t, f)
		q := New(kb.NewMemory(k))
		days := map[string]bool{"": true, "1900-01-01": true}
		for _, c := range k.Claims {
			for _, r := range c.Reports {
				days[r.Date] = true
			}
		}
		for _, e := range k.Entities {
			for asOf := range days {
				for _, page := range []Page{{}, {Limit: 1, Offset: 1}} {
					p, tl, err := q.PersonTimeline(ctx, e.ID, asOf, page)
					wp, werr := q.PersonByID(ctx, e.ID, asOf)
					wtl, wtlErr := q.TimelineByID(ctx, e.ID, asOf, page)
					if (err != nil) != (werr != nil || wtlErr != nil) {
						t.Fatalf("%s %s as of %q: error %v, want %v / %v", f, e.ID, asOf, err, werr, wtlErr)
					}
					if err == nil && (!reflect.DeepEqual(p, wp) || !reflect.DeepEqual(tl, wtl)) {
						t.Errorf("%s %s as of %q %+v: answers differ:\n%+v\n%+v\nwant\n%+v\n%+v", f, e.ID, asOf, page, p, tl, wp, wtl)
					}
				}
			}
		}
	}
	if _, _, err := New(kb.NewMemory(&kb.KB{})).PersonTimeline(ctx, "nobody", "", Page{}); err == nil {
		t.Error("an unknown id answered")
	}
}
