package web_test

import (
	"context"
	"regexp"
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/api/apitest"
	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/query"
	"github.com/hearsay-news/hearsay/web"
)

// confidenceSite serves a knowledge base where Ada Lark's marriage is
// stated by two articles read with confidence 0.95 and 0.9, and a rumor
// that she dates Cal Reyes by one article read with confidence 0.3.
func confidenceSite(t *testing.T) (*web.Site, *query.Engine) {
	t.Helper()
	people := func(b string) []hearsay.Entity {
		return []hearsay.Entity{{ID: "e1", Type: hearsay.Person, Name: "Ada Lark"}, {ID: "e2", Type: hearsay.Person, Name: b}}
	}
	in := func(doc, day, typ, b string, mod hearsay.Modality, conf float64, sentence string) *kb.Input {
		return &kb.Input{Doc: doc, Date: day, Outlet: "Outlet " + doc, Entities: people(b),
			Facts: []hearsay.Fact{{ID: "f1", Type: typ, Args: []hearsay.Arg{{Entity: 0}, {Entity: 1}}, Modality: mod, Polarity: hearsay.Pos,
				Time: &hearsay.FactTime{Value: "2024-01", Earliest: "2024-01-01", Latest: "2024-01-31", Timex: -1}, Sentence: 0, Confidence: conf}},
			Sentences: []kb.InputSentence{{Text: sentence, Span: hearsay.Span{End: len(sentence)}}}}
	}
	rules, err := kb.LoadRules()
	if err != nil {
		t.Fatal(err)
	}
	k, err := kb.Build(context.Background(), rules, []*kb.Input{
		in("d1", "2024-02-01", "married", "Ben Moor", hearsay.Asserted, 0.95, "Ada Lark married Ben Moor in January."),
		in("d2", "2024-02-02", "married", "Ben Moor", hearsay.Asserted, 0.9, "Lark and Moor wed in January."),
		in("d3", "2024-02-03", "dating", "Cal Reyes", hearsay.Rumored, 0.3, "Lark, who was seen in January with a man friends say may be Cal Reyes, declined to comment."),
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	q := query.New(kb.NewMemory(k))
	s, err := web.New(web.Config{Query: q, Store: apitest.Store(t)})
	if err != nil {
		t.Fatal(err)
	}
	return s, q
}

var lowMark = regexp.MustCompile(`<span class="low-conf" title="read with confidence ([0-9.]+): more likely misread than read right">`)

// TestConfidenceMarks checks that the person page marks the claim read
// with low confidence (and only it), shows each claim's confidence, hides
// claims under the chosen minimum and says so, refuses a minimum outside
// [0,1], and that the claim page shows the claim's and each report's
// confidence with the mark.
func TestConfidenceMarks(t *testing.T) {
	s, q := confidenceSite(t)
	h := s.Handler()

	code, page := get(t, h, "/people/ada-lark")
	checkPage(t, "/people/ada-lark", page)
	if code != 200 {
		t.Fatalf("person page: %d", code)
	}
	marks := lowMark.FindAllStringSubmatch(page, -1)
	// the timeline's event and the relation to Cal Reyes
	if len(marks) != 2 || marks[0][1] != "0.30" {
		t.Fatalf("low-confidence marks %v, want the dating claim's (0.30) on the timeline and in the relations", marks)
	}
	events := regexp.MustCompile(`<li class="event [^"]*?( low)?" data-status="[a-z]*" data-modality="[a-z]*" data-confidence="([0-9.]*)">`).FindAllStringSubmatch(page, -1)
	if len(events) != 2 || events[0][2] != "1.00" && events[0][2] != "0.99" || events[0][1] != "" || events[1][2] != "0.30" || events[1][1] != " low" {
		t.Fatalf("events %v: want the marriage (0.99 or 1.00, not low) then the rumor (0.30, low)", events)
	}
	for _, want := range []string{"confidence 0.30", `<select id="min_confidence" name="min_confidence">`, "confidence under 0.5"} {
		if !strings.Contains(page, want) {
			t.Errorf("person page: no %q", want)
		}
	}

	code, page = get(t, h, "/people/ada-lark?min_confidence=0.5")
	checkPage(t, "/people/ada-lark?min_confidence=0.5", page)
	if code != 200 || lowMark.MatchString(page) || strings.Contains(page, "dating Cal Reyes") || !strings.Contains(page, "1 claim under 0.5 hidden") ||
		!strings.Contains(page, `<option value="0.5" selected>`) {
		t.Errorf("min_confidence=0.5: %d; the rumor should be hidden, and said to be", code)
	}
	if _, page = get(t, h, "/people/ada-lark?min_confidence=0.7&as_of=2024-02-02"); !strings.Contains(page, `<option value="0.7" selected>at least 0.7</option>`) ||
		!strings.Contains(page, `<input type="hidden" name="as_of" value="2024-02-02">`) {
		t.Error("min_confidence=0.7: the filter does not show the chosen value or keep the as-of day")
	}
	for _, bad := range []string{"2", "-0.5", "high", "NaN"} {
		code, page := get(t, h, "/people/ada-lark?min_confidence="+bad)
		if code != 400 || !strings.Contains(page, "minimum confidence must be a number from 0 to 1") {
			t.Errorf("min_confidence=%s: %d", bad, code)
		}
	}

	cs, _, err := q.Claims(context.Background(), query.ClaimFilter{Type: "dating"})
	if err != nil || len(cs) != 1 {
		t.Fatalf("dating claims: %v %v", cs, err)
	}
	url := "/claims/" + cs[0].ID
	code, page = get(t, h, url)
	checkPage(t, url, page)
	if code != 200 || len(lowMark.FindAllString(page, -1)) != 2 || !strings.Contains(page, "<dt>Read with confidence</dt><dd>0.30") ||
		!strings.Contains(page, "<dt>Confidence</dt>") || !strings.Contains(page, `class="step look-rumored low"`) {
		t.Errorf("claim page %s: %d; want the claim's and the report's confidence 0.30, marked", url, code)
	}
}
