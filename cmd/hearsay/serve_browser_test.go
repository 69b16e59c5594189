package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/hearsay-news/hearsay/kb/sqlkb"
	"github.com/hearsay-news/hearsay/query"
	"github.com/hearsay-news/hearsay/store/sqlite"
	"github.com/hearsay-news/hearsay/web"
)

// chromium finds a Chromium binary: $HEARSAY_CHROMIUM, else chromium or
// chromium-browser on the PATH.
func chromium() string {
	if p := os.Getenv("HEARSAY_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// artifactDir is where the browser test saves screenshots:
// $HEARSAY_ARTIFACTS, else hearsay-artifacts in the temporary directory.
func artifactDir(t *testing.T) string {
	dir := os.Getenv("HEARSAY_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "hearsay-artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// A drawnEvent is what the browser shows of one timeline event.
type drawnEvent struct {
	Look   string `json:"look"`
	Status string `json:"status"`
	Text   string `json:"text"`
	Color  string `json:"color"` // computed border colour of its marker
	Style  string `json:"style"` // computed border style of its marker
	Fill   string `json:"fill"`  // computed background of its marker
}

// eventsJS reads the timeline's events with their computed marker styles.
const eventsJS = `Array.from(document.querySelectorAll('#timeline > li.event')).map(li => {
  const m = li.querySelector('.mark'), cs = getComputedStyle(m);
  const look = Array.from(li.classList).find(c => c.startsWith('look-')) || '';
  return {look: look.slice(5), status: li.dataset.status, text: li.querySelector('.what').textContent.trim(),
    color: cs.borderTopColor, style: cs.borderTopStyle, fill: cs.backgroundImage + ' ' + cs.backgroundColor};
})`

// TestBrowser drives a real headless Chromium against `hearsay serve` over
// the bundled examples: the person page draws every timeline event with
// the marker of its standing, a claim link leads to its history with each
// evidence sentence highlighted, and the as-of form redraws the page as it
// stood on an earlier day. Screenshots are saved (see artifactDir). It is
// skipped when no Chromium is installed, except in CI (CI=true).
func TestBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but no chromium binary: .ci/run installs Debian's chromium")
		}
		t.Skip("no chromium binary (install Debian's chromium, or set HEARSAY_CHROMIUM)")
	}
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("runs the full pipeline and a browser")
	}
	db := filepath.Join(t.TempDir(), "browser.db")
	runCLI(t, nil, "ingest", "--db", db, "../../examples").want(t, exitOK)
	base, q := startServer(t, db)

	opts := append(chromedp.DefaultExecAllocatorOptions[:0:0],
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("disable-breakpad", true),
		chromedp.Flag("disable-crash-reporter", true),
		// No UserDataDir: the allocator makes its own profile directory and
		// removes it after Chromium exits. A t.TempDir profile fails the
		// test when a Chromium helper still writes to it during cleanup.
		chromedp.WindowSize(1280, 900),
		// Chromium can take long to start on a busy machine; the default
		// 20 s wait for its DevTools address fails the test there.
		chromedp.WSURLReadTimeout(2*time.Minute),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	ctx, cancel := context.WithTimeout(bctx, 90*time.Second)
	defer cancel()
	arts := artifactDir(t)

	// The person page: one marker per dated event, in the look of its
	// standing; each look drawn differently.
	person := base + "/people/elise-navarro"
	var drawn []drawnEvent
	if err := chromedp.Run(ctx,
		chromedp.Navigate(person),
		chromedp.WaitVisible("#timeline", chromedp.ByID),
		chromedp.Evaluate(eventsJS, &drawn),
	); err != nil {
		t.Fatal(err)
	}
	want, err := q.TimelineByID(context.Background(), "elise-navarro", "", query.Page{})
	if err != nil {
		t.Fatal(err)
	}
	checkDrawn(t, "now", drawn, want)
	shot(t, ctx, filepath.Join(arts, "person.png"))

	// Follow the separation claim to its highlighted evidence.
	var marks []string
	var markBG, url string
	if err := chromedp.Run(ctx,
		chromedp.Click(`//ol[@id="timeline"]//a[starts-with(normalize-space(.), "separated Graham Pryce")]`, chromedp.BySearch),
		chromedp.WaitVisible("blockquote.article mark.evidence-sentence", chromedp.ByQuery),
		chromedp.Location(&url),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('blockquote.article mark.evidence-sentence')).map(m => m.textContent)`, &marks),
		chromedp.Evaluate(`getComputedStyle(document.querySelector('mark.evidence-sentence')).backgroundColor`, &markBG),
	); err != nil {
		t.Fatal(err)
	}
	claimID := strings.TrimPrefix(strings.TrimPrefix(url, base), "/claims/")
	c, err := q.Claim(context.Background(), claimID, "")
	if err != nil {
		t.Fatalf("the link led to %s: %v", url, err)
	}
	if len(marks) != len(c.Evidence) {
		t.Errorf("claim page: %d highlighted sentences for %d reports", len(marks), len(c.Evidence))
	}
	for i := range min(len(marks), len(c.Evidence)) {
		if strings.TrimSpace(marks[i]) == "" || !strings.Contains(c.Evidence[i].Sentence, strings.TrimSpace(marks[i])) {
			t.Errorf("step %d highlights %q; the evidence is %q", i, marks[i], c.Evidence[i].Sentence)
		}
	}
	if markBG == "" || markBG == "rgba(0, 0, 0, 0)" {
		t.Errorf("the evidence sentence is not highlighted (background %q)", markBG)
	}
	shot(t, ctx, filepath.Join(arts, "claim.png"))

	// Back to the person page; redraw it as of the day before the first
	// report of the separation, with the as-of form.
	asOf := "2023-12-31"
	var asOfDrawn []drawnEvent
	var note string
	if err := chromedp.Run(ctx,
		chromedp.Navigate(person),
		chromedp.WaitVisible("#as_of", chromedp.ByID),
		chromedp.SetValue("#as_of", asOf, chromedp.ByID),
		chromedp.Click(`form.asof-form button[type=submit]`, chromedp.ByQuery),
		chromedp.WaitVisible(`//span[@class="asof-note"]/strong[text()="`+asOf+`"]`, chromedp.BySearch),
		chromedp.Location(&url),
		chromedp.Text(".asof-note", &note, chromedp.ByQuery),
		chromedp.Evaluate(eventsJS, &asOfDrawn),
	); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(url, "as_of="+asOf) {
		t.Errorf("the as-of form led to %s", url)
	}
	wantThen, err := q.TimelineByID(context.Background(), "elise-navarro", asOf, query.Page{})
	if err != nil {
		t.Fatal(err)
	}
	checkDrawn(t, asOf, asOfDrawn, wantThen)
	if texts(asOfDrawn) == texts(drawn) {
		t.Errorf("the timeline as of %s is the same as now: %s", asOf, texts(drawn))
	}
	for _, ev := range asOfDrawn {
		if strings.HasPrefix(ev.Text, "separated") || strings.HasPrefix(ev.Text, "divorced") {
			t.Errorf("as of %s the timeline shows %q, reported only later", asOf, ev.Text)
		}
	}
	shot(t, ctx, filepath.Join(arts, "person-"+asOf+".png"))

	// A phone-sized view of the same page.
	if err := chromedp.Run(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(person), chromedp.WaitVisible("#timeline", chromedp.ByID)); err != nil {
		t.Fatal(err)
	}
	shot(t, ctx, filepath.Join(arts, "person-phone.png"))
	t.Logf("screenshots in %s", arts)
}

// checkDrawn compares the events the browser shows with the timeline,
// and checks that each look has one drawing and different looks differ.
func checkDrawn(t *testing.T, when string, drawn []drawnEvent, want *query.TimelineResult) {
	t.Helper()
	if len(drawn) != len(want.Events) || len(drawn) == 0 {
		t.Fatalf("%s: the page shows %d events, the timeline has %d", when, len(drawn), len(want.Events))
	}
	styleOf := map[string]string{}
	lookOf := map[string]string{}
	for i, d := range drawn {
		ev := want.Events[i]
		if wl := web.Look(ev.Status, ev.Modality); d.Look != wl || d.Status != ev.Status {
			t.Errorf("%s: event %d %q drawn %s (%s), want %s (%s)", when, i, d.Text, d.Look, d.Status, wl, ev.Status)
		}
		style := d.Color + "|" + d.Style + "|" + d.Fill
		if s, ok := styleOf[d.Look]; ok && s != style {
			t.Errorf("%s: two %s events drawn differently: %s and %s", when, d.Look, s, style)
		}
		if l, ok := lookOf[style]; ok && l != d.Look {
			t.Errorf("%s: %s and %s events drawn alike (%s)", when, l, d.Look, style)
		}
		styleOf[d.Look], lookOf[style] = style, d.Look
		if d.Color == "" || d.Color == "rgba(0, 0, 0, 0)" {
			t.Errorf("%s: event %d has no visible marker (the stylesheet did not load?)", when, i)
		}
	}
}

func texts(evs []drawnEvent) string {
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "%s [%s]; ", e.Text, e.Look)
	}
	return b.String()
}

// shot saves a full-page screenshot.
func shot(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	var png []byte
	if err := chromedp.Run(ctx, chromedp.FullScreenshot(&png, 100)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// startServer serves the store at db as `hearsay serve` does, on a free
// loopback port, until the test ends. It returns the base URL and a query
// engine over the same store.
func startServer(t testing.TB, db string) (string, *query.Engine) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	st, err := sqlite.Open(ctx, db, sqlite.Options{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	h, closeKB, err := serveHandler(st, "", 1<<20, serveCacheBytes(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, h, slog.New(slog.DiscardHandler)) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
		closeKB()
		st.Close()
	})
	return "http://" + ln.Addr().String(), query.New(sqlkb.New(st))
}
