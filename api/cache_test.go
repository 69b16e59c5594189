package api

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// countingHandler answers with the path, its call count and the state, and
// 404 under /missing.
type countingHandler struct {
	calls atomic.Int64
	state atomic.Value // string
	gate  chan struct{}
}

func (h *countingHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n := h.calls.Add(1)
	if h.gate != nil {
		<-h.gate
	}
	if strings.HasPrefix(r.URL.Path, "/missing") {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	fmt.Fprintf(w, "%s %s call %d", r.URL.RequestURI(), h.state.Load(), n)
}

func cacheGet(t *testing.T, h http.Handler, method, url string) (int, string, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, url, nil))
	return rec.Code, rec.Header().Get("Content-Type"), rec.Body.String()
}

// TestCacheKeepsAnswersPerVersion checks that an answer is computed once
// per URL and state, with its headers, and that errors, other methods and
// static assets are never kept.
func TestCacheKeepsAnswersPerVersion(t *testing.T) {
	inner := &countingHandler{}
	inner.state.Store("v1")
	h := Cache(inner, func(context.Context) (string, error) { return inner.state.Load().(string), nil }, 0)
	_, ct, first := cacheGet(t, h, "GET", "/people/a?as_of=2024-01-01")
	_, ct2, again := cacheGet(t, h, "GET", "/people/a?as_of=2024-01-01")
	if first != again || ct != "text/plain" || ct2 != "text/plain" || inner.calls.Load() != 1 {
		t.Fatalf("second request: %q (%s) after %q (%s), %d calls; want the kept answer", again, ct2, first, ct, inner.calls.Load())
	}
	if _, _, other := cacheGet(t, h, "GET", "/people/a"); other == first {
		t.Fatalf("another query string got the same answer")
	}
	inner.state.Store("v2")
	if _, _, after := cacheGet(t, h, "GET", "/people/a?as_of=2024-01-01"); after == first || !strings.Contains(after, "v2") {
		t.Fatalf("after the state changed: %q", after)
	}
	for _, c := range []struct{ method, url string }{{"GET", "/missing"}, {"POST", "/people/a"}, {"GET", "/static/x.css"}} {
		before := inner.calls.Load()
		cacheGet(t, h, c.method, c.url)
		cacheGet(t, h, c.method, c.url)
		if got := inner.calls.Load() - before; got != 2 {
			t.Errorf("%s %s: %d calls for two requests, want 2 (not kept)", c.method, c.url, got)
		}
	}
}

// TestCacheWithoutVersion checks that nothing is kept when the state
// cannot be told.
func TestCacheWithoutVersion(t *testing.T) {
	inner := &countingHandler{}
	h := Cache(inner, func(context.Context) (string, error) { return "", nil }, 0)
	cacheGet(t, h, "GET", "/x")
	cacheGet(t, h, "GET", "/x")
	if inner.calls.Load() != 2 {
		t.Fatalf("%d calls, want 2", inner.calls.Load())
	}
}

// TestCacheComputesOnceForConcurrentRequests checks that requests for an
// answer being computed wait for it.
func TestCacheComputesOnceForConcurrentRequests(t *testing.T) {
	inner := &countingHandler{gate: make(chan struct{})}
	inner.state.Store("v1")
	h := Cache(inner, func(context.Context) (string, error) { return "v1", nil }, 0)
	var wg sync.WaitGroup
	bodies := make([]string, 8)
	for i := range bodies {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _, bodies[i] = cacheGet(t, h, "GET", "/slow")
		}()
	}
	for inner.calls.Load() == 0 {
		time.Sleep(time.Millisecond) // until the first request reaches the handler
	}
	close(inner.gate)
	wg.Wait()
	for _, b := range bodies {
		if b != bodies[0] {
			t.Fatalf("answers differ: %q vs %q", b, bodies[0])
		}
	}
	if n := inner.calls.Load(); n != 1 {
		t.Fatalf("%d computations for 8 concurrent requests, want 1", n)
	}
}

// TestCacheEvictsLeastRecentlyUsed checks the size bound.
func TestCacheEvictsLeastRecentlyUsed(t *testing.T) {
	inner := &countingHandler{}
	inner.state.Store("v1")
	h := Cache(inner, func(context.Context) (string, error) { return "v1", nil }, 800)
	for i := range 40 {
		cacheGet(t, h, "GET", fmt.Sprintf("/p/%d", i))
	}
	before := inner.calls.Load()
	cacheGet(t, h, "GET", "/p/39") // recent: kept
	if inner.calls.Load() != before {
		t.Fatal("the most recent answer was dropped")
	}
	cacheGet(t, h, "GET", "/p/0") // oldest: dropped
	if inner.calls.Load() != before+1 {
		t.Fatal("the oldest answer was kept beyond the size bound")
	}
}
