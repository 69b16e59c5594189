package web_test

import (
	"context"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/hearsay-news/hearsay/api/apitest"
	"github.com/hearsay-news/hearsay/kb/sqlkb"
	"github.com/hearsay-news/hearsay/query"
	"github.com/hearsay-news/hearsay/store"
	"github.com/hearsay-news/hearsay/store/sqlite"
	"github.com/hearsay-news/hearsay/web"
)

var (
	once   sync.Once
	shared *sqlite.Store
	setErr error
)

// examples is a store of the bundled examples and the hostile article,
// built once.
func examples(t *testing.T) *sqlite.Store {
	t.Helper()
	once.Do(func() {
		dir, err := os.MkdirTemp("", "hearsay-web-test")
		if err != nil {
			setErr = err
			return
		}
		shared, setErr = apitest.Build(context.Background(), filepath.Join(dir, "hearsay.db"), apitest.Examples(), filepath.Join("testdata", "hostile.jsonl"))
	})
	if setErr != nil {
		t.Fatal(setErr)
	}
	return shared
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared != nil {
		shared.Close()
		os.RemoveAll(filepath.Dir(shared.Path()))
	}
	os.Exit(code)
}

func site(t *testing.T) (http.Handler, *query.Engine) {
	t.Helper()
	st := examples(t)
	q := query.New(sqlkb.New(st))
	s, err := web.New(web.Config{Query: q, Store: st})
	if err != nil {
		t.Fatal(err)
	}
	return s.Handler(), q
}

func get(t *testing.T, h http.Handler, url string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", url, nil))
	b, _ := io.ReadAll(rec.Body)
	return rec.Code, string(b)
}

var (
	inlineStyle  = regexp.MustCompile(`(?i)<[^>]+\sstyle\s*=`)
	inlineEvent  = regexp.MustCompile(`(?i)<[^>]+\son[a-z]+\s*=`)
	inlineScript = regexp.MustCompile(`(?i)<script(\s[^>]*)?>[^<]`)
	offsite      = regexp.MustCompile(`(?i)(src|href)="(https?:)?//`)
)

// checkPage applies what every page must satisfy: nothing that a strict
// Content-Security-Policy would block, no bidirectional overrides, nothing
// loaded from other hosts.
func checkPage(t *testing.T, url, body string) {
	t.Helper()
	for _, re := range []*regexp.Regexp{inlineStyle, inlineEvent, inlineScript} {
		if m := re.FindString(body); m != "" {
			t.Errorf("%s: %q would need 'unsafe-inline'", url, m)
		}
	}
	if m := offsite.FindString(body); m != "" && !strings.Contains(body, `rel="noopener noreferrer nofollow"`) {
		t.Errorf("%s: refers to another host: %q", url, m)
	}
	if strings.ContainsAny(body, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") {
		t.Errorf("%s: a bidirectional control character reached the page", url)
	}
	if !strings.Contains(body, `<a class="skip" href="#main">`) || !strings.Contains(body, `<main id="main"`) {
		t.Errorf("%s: no skip link or main landmark", url)
	}
}

// TestPages opens every kind of page and checks its status and content.
func TestPages(t *testing.T) {
	h, _ := site(t)
	cases := []struct {
		url    string
		status int
		want   []string
	}{
		{"/", 200, []string{"People in the news", `href="/people/elise-navarro"`}},
		{"/?as_of=2024-02-13", 200, []string{`href="/people/elise-navarro?as_of=2024-02-13"`, `value="2024-02-13"`}},
		{"/people/elise-navarro", 200, []string{"<h1><bdi>Elise Navarro</bdi></h1>", `class="timeline"`, `class="legend"`, `<svg class="graph"`, "Graham Pryce", "Undated facts"}},
		{"/people/elise-navarro?as_of=2023-12-31", 200, []string{"as of 2023-12-31", "married Graham Pryce"}},
		{"/outlets", 200, []string{`<svg class="chart"`, "Starlight Weekly", `class="seg seg-`}},
		{"/contradictions", 200, []string{"Contradictions"}},
		{"/search?q=separated", 200, []string{"<mark>separated</mark>", `class="hits"`}},
		{"/search?q=elise", 200, []string{`href="/people/elise-navarro"`}},
		{"/search", 200, []string{"Search"}},
		{"/search?q=%22unclosed", 200, nil},
		{"/people/no-such-person", 404, []string{"Not found"}},
		{"/claims/no-such-claim", 404, []string{"Not found"}},
		{"/documents/0000", 404, []string{"Not found"}},
		{"/people/elise-navarro?as_of=2024-13-01", 400, []string{"YYYY-MM-DD"}},
		{"/no/such/page", 404, []string{"Not found"}},
	}
	for _, c := range cases {
		code, body := get(t, h, c.url)
		if code != c.status {
			t.Errorf("GET %s: status %d, want %d", c.url, code, c.status)
		}
		for _, w := range c.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: no %q in the page", c.url, w)
			}
		}
		checkPage(t, c.url, body)
	}
	for _, asset := range []string{"/static/style.css", "/static/app.js", "/static/favicon.svg"} {
		if code, body := get(t, h, asset); code != 200 || len(body) < 100 {
			t.Errorf("GET %s: %d, %d bytes", asset, code, len(body))
		}
	}
}

// TestErrorPagesHideTheStore checks that a page for a missing document,
// person or claim does not show the store's file path (the store's own
// not-found message names it).
func TestErrorPagesHideTheStore(t *testing.T) {
	h, _ := site(t)
	dir := filepath.Dir(examples(t).Path())
	for _, url := range []string{"/documents/0123456789abcdef", "/documents/zz", "/people/no-such-person", "/claims/no-such-claim"} {
		code, body := get(t, h, url)
		if code != 404 || strings.Contains(body, dir) || strings.Contains(body, "hearsay.db") {
			t.Errorf("GET %s: status %d, and the page names the store:\n%s", url, code, body)
		}
	}
}

// TestDocumentByShortID opens a document by the short id 'hearsay docs'
// prints, a unique prefix of its id.
func TestDocumentByShortID(t *testing.T) {
	h, _ := site(t)
	infos, err := examples(t).Documents(context.Background(), store.DocFilter{Limit: 1})
	if err != nil || len(infos) != 1 {
		t.Fatalf("documents: %v, %d", err, len(infos))
	}
	full, short := infos[0].ID, infos[0].ID[:12]
	if code, body := get(t, h, "/documents/"+short); code != 200 || !strings.Contains(body, html.EscapeString(infos[0].Title)) {
		t.Errorf("GET /documents/%s: status %d, not the page of %s", short, code, full)
	}
	if code, _ := get(t, h, "/documents/"+full[:12]+"zz"); code != 404 {
		t.Errorf("a prefix of no document: status %d", code)
	}
}

var eventRe = regexp.MustCompile(`<li class="event look-([a-z]+)[^"]*" data-status="([a-z]*)" data-modality="([a-z]*)"`)

// TestBirthEvidence checks that a person page shows, under the birth
// interval, each stated age with its sentence and a link to the article
// with that sentence highlighted.
func TestBirthEvidence(t *testing.T) {
	h, q := site(t)
	p, err := q.PersonByID(context.Background(), "kevin-osei", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Ages) == 0 {
		t.Fatal("Kevin Osei has no stated age in the examples")
	}
	_, body := get(t, h, "/people/kevin-osei")
	for _, a := range p.Ages {
		if a.Sentence == "" || a.Span.End <= a.Span.Start {
			t.Errorf("age %+v lacks its sentence", a)
			continue
		}
		link := fmt.Sprintf(`href="/documents/%s?hl=%d-%d"`, a.Doc, a.Span.Start, a.Span.End)
		if !strings.Contains(body, html.EscapeString(a.Sentence)) || !strings.Contains(body, link) {
			t.Errorf("the page lacks the age's sentence %q or its link %s", a.Sentence, link)
		}
	}
}

// TestTimeline checks that the person page draws one marker per dated
// event with the look of its status and modality, as of each day.
func TestTimeline(t *testing.T) {
	h, q := site(t)
	for _, asOf := range []string{"", "2023-12-31", "2024-02-13", "2024-09-09"} {
		tl, err := q.TimelineByID(context.Background(), "elise-navarro", asOf, query.Page{})
		if err != nil {
			t.Fatal(err)
		}
		url := "/people/elise-navarro"
		if asOf != "" {
			url += "?as_of=" + asOf
		}
		_, body := get(t, h, url)
		ms := eventRe.FindAllStringSubmatch(body, -1)
		if len(ms) != len(tl.Events) {
			t.Fatalf("%s: %d events drawn, the timeline has %d", url, len(ms), len(tl.Events))
		}
		for i, m := range ms {
			ev := tl.Events[i]
			if want := web.Look(ev.Status, ev.Modality); m[1] != want || m[2] != ev.Status {
				t.Errorf("%s: event %d (%s) drawn %s/%s, want %s/%s", url, i, ev.Text, m[1], m[2], want, ev.Status)
			}
		}
	}
}

func TestLook(t *testing.T) {
	cases := []struct{ status, modality, want string }{
		{"confirmed", "asserted", "confirmed"},
		{"denied", "denied", "denied"},
		{"retracted", "reported", "denied"},
		{"disputed", "reported", "disputed"},
		{"reported", "reported", "reported"},
		{"rumored", "rumored", "rumored"},
		{"asserted", "asserted", "asserted"},
		{"superseded", "reported", "reported"},
		{"superseded", "speculated", "rumored"},
		{"", "denied", "denied"},
		{"", "", "asserted"},
	}
	for _, c := range cases {
		if got := web.Look(c.status, c.modality); got != c.want {
			t.Errorf("Look(%q, %q) = %q, want %q", c.status, c.modality, got, c.want)
		}
	}
}

// TestClaimEvidence follows a claim from the person page and checks that
// every step shows its evidence sentence highlighted in the article.
func TestClaimEvidence(t *testing.T) {
	h, q := site(t)
	_, body := get(t, h, "/people/elise-navarro")
	link := regexp.MustCompile(`<a href="(/claims/[a-z0-9]+)">separated Graham Pryce</a>`).FindStringSubmatch(body)
	if link == nil {
		t.Fatal("no link to the separation claim on the person page")
	}
	code, page := get(t, h, link[1])
	if code != 200 {
		t.Fatalf("GET %s: %d", link[1], code)
	}
	checkPage(t, link[1], page)
	c, err := q.Claim(context.Background(), strings.TrimPrefix(link[1], "/claims/"), "")
	if err != nil {
		t.Fatal(err)
	}
	marks := regexp.MustCompile(`<mark class="evidence-sentence">([^<]*)</mark>`).FindAllStringSubmatch(page, -1)
	if len(marks) != len(c.Evidence) || len(marks) == 0 {
		t.Fatalf("%d highlighted sentences, %d reports", len(marks), len(c.Evidence))
	}
	for i, m := range marks {
		if !strings.Contains(c.Evidence[i].Sentence, strings.TrimSpace(unescape(m[1]))) {
			t.Errorf("step %d highlights %q, the evidence is %q", i, m[1], c.Evidence[i].Sentence)
		}
	}
	for _, who := range []string{`href="/people/elise-navarro"`, `href="/people/graham-pryce"`} {
		if !strings.Contains(page, who) {
			t.Errorf("the claim page does not link %s", who)
		}
	}
	for _, step := range []string{"first report", "denial", "confirmation"} {
		if !strings.Contains(page, `<strong class="step-name">`+step+`</strong>`) {
			t.Errorf("no %q step in the history", step)
		}
	}
}

func unescape(s string) string {
	return strings.NewReplacer("&#34;", `"`, "&#39;", "'", "&amp;", "&", "&lt;", "<", "&gt;", ">").Replace(s)
}

// TestHostileText checks that markup and direction overrides in an
// article never reach a page as such.
func TestHostileText(t *testing.T) {
	h, _ := site(t)
	_, search := get(t, h, "/search?q=lisbon")
	m := regexp.MustCompile(`href="(/documents/[0-9a-f]+)"`).FindStringSubmatch(search)
	if m == nil {
		t.Fatal("the hostile article is not found by search")
	}
	pages := []string{"/search?q=lisbon", m[1], m[1] + "?hl=0-40", m[1] + "?hl=1-999999999", m[1] + "?hl=9-3", m[1] + "?hl=x",
		"/", "/outlets", "/search?q=ada", "/search?q=%3Cscript%3E", "/search?q=%E2%80%AEevil"}
	if _, body := get(t, h, "/search?q=ada"); strings.Contains(body, "/people/ada-lark") {
		pages = append(pages, "/people/ada-lark")
	}
	for _, url := range pages {
		code, body := get(t, h, url)
		if code != 200 {
			t.Errorf("GET %s: %d", url, code)
		}
		checkPage(t, url, body)
		for _, bad := range []string{"<script>alert", "<img src=x", "<b>Evil", "href='javascript:", "</mark><a"} {
			if strings.Contains(body, bad) {
				t.Errorf("GET %s: raw %q in the page", url, bad)
			}
		}
	}
	_, doc := get(t, h, m[1])
	for _, want := range []string{"&lt;script&gt;alert(document.cookie)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;", "Zen\u200bith", "&lt;b&gt;Evil&lt;/b&gt; Outlet"} {
		if !strings.Contains(doc, want) {
			t.Errorf("the document page lacks the escaped text %q", want)
		}
	}
}
