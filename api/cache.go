package api

import (
	"bytes"
	"container/list"
	"context"
	"net/http"
	"slices"
	"strings"
	"sync"
)

// DefaultCacheBytes is the default size of the answer cache of Cache.
const DefaultCacheBytes = 64 << 20

// A Version names the state of what the answers are computed from (for
// hearsay serve, query.Engine.Version); an empty version means the state
// cannot be told and nothing is kept.
type Version func(ctx context.Context) (string, error)

// Cache wraps h with a cache of assembled answers: the body and headers of
// every successful GET response (except static assets), keyed by the
// request's path and query and kept while version reports the same state.
// When the state changes (a document stored, the knowledge base rebuilt)
// every kept answer is dropped. Concurrent requests for the same answer
// compute it once. At most maxBytes of bodies are kept (DefaultCacheBytes
// when 0), the least recently used dropped first.
func Cache(h http.Handler, version Version, maxBytes int64) http.Handler {
	if maxBytes <= 0 {
		maxBytes = DefaultCacheBytes
	}
	c := &answerCache{h: h, version: version, max: maxBytes, lru: list.New(), byKey: map[string]*list.Element{}, busy: map[string]chan struct{}{}}
	return c
}

// answerCache is the handler Cache returns.
type answerCache struct {
	h       http.Handler
	version Version
	max     int64

	mu    sync.Mutex
	ver   string                   // version of the kept answers
	size  int64                    // bytes of the kept bodies
	lru   *list.List               // of *answer, most recently used first
	byKey map[string]*list.Element // key → element of lru
	busy  map[string]chan struct{} // key → closed when its computation ends
}

// An answer is a kept response.
type answer struct {
	key    string
	header http.Header
	body   []byte
}

// ServeHTTP answers a GET from the kept answers of the store's current
// version, computing a missing answer once however many ask for it; other
// requests, static files and stores without a version go straight through.
func (c *answerCache) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet || strings.HasPrefix(r.URL.Path, "/static/") {
		c.h.ServeHTTP(w, r)
		return
	}
	ver, err := c.version(r.Context())
	if err != nil || ver == "" {
		c.h.ServeHTTP(w, r)
		return
	}
	key := r.URL.RequestURI()
	for {
		a, wait := c.lookup(ver, key)
		if a != nil {
			a.write(w)
			return
		}
		if wait == nil {
			break // this request computes the answer
		}
		select {
		case <-wait:
		case <-r.Context().Done():
			return
		}
		// the answer may be kept now; if it was not (an error, too
		// big), the next round computes it
	}
	defer c.done(key)
	rec := &bufferedResponse{header: http.Header{}, status: http.StatusOK}
	c.h.ServeHTTP(rec, r)
	if rec.status == http.StatusOK {
		c.keep(ver, &answer{key: key, header: rec.header.Clone(), body: rec.body.Bytes()})
	}
	rec.flush(w)
}

// lookup returns the kept answer for key under version ver, or a channel
// to wait on while another request computes it, or neither: then the
// caller computes it and must call done.
func (c *answerCache) lookup(ver, key string) (*answer, chan struct{}) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if ver != c.ver {
		c.ver, c.size = ver, 0
		c.lru.Init()
		clear(c.byKey)
	}
	if el, ok := c.byKey[key]; ok {
		c.lru.MoveToFront(el)
		return el.Value.(*answer), nil
	}
	if ch, ok := c.busy[key]; ok {
		return nil, ch
	}
	c.busy[key] = make(chan struct{})
	return nil, nil
}

// done ends the computation of key, waking those who wait for it.
func (c *answerCache) done(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if ch, ok := c.busy[key]; ok {
		close(ch)
		delete(c.busy, key)
	}
}

// keep stores a computed answer if it was computed under the current
// version and fits.
func (c *answerCache) keep(ver string, a *answer) {
	n := int64(len(a.body) + len(a.key))
	c.mu.Lock()
	defer c.mu.Unlock()
	if ver != c.ver || n > c.max/8 {
		return
	}
	if el, ok := c.byKey[a.key]; ok {
		c.size -= int64(len(el.Value.(*answer).body) + len(a.key))
		c.lru.Remove(el)
	}
	c.byKey[a.key] = c.lru.PushFront(a)
	c.size += n
	for c.size > c.max {
		old := c.lru.Remove(c.lru.Back()).(*answer)
		delete(c.byKey, old.key)
		c.size -= int64(len(old.body) + len(old.key))
	}
}

// write sends a kept answer.
func (a *answer) write(w http.ResponseWriter) {
	hd := w.Header()
	for k, v := range a.header {
		hd[k] = slices.Clone(v)
	}
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(a.body)
}

// bufferedResponse holds a response until it is complete.
type bufferedResponse struct {
	header http.Header
	status int
	wrote  bool
	body   bytes.Buffer
}

// Header is the header of the held response.
func (b *bufferedResponse) Header() http.Header { return b.header }

// WriteHeader holds the first status written.
func (b *bufferedResponse) WriteHeader(code int) {
	if !b.wrote {
		b.status, b.wrote = code, true
	}
}

// Write holds body bytes.
func (b *bufferedResponse) Write(p []byte) (int, error) {
	b.wrote = true
	return b.body.Write(p)
}

// flush sends the held response to w.
func (b *bufferedResponse) flush(w http.ResponseWriter) {
	hd := w.Header()
	for k, v := range b.header {
		hd[k] = v
	}
	w.WriteHeader(b.status)
	_, _ = w.Write(b.body.Bytes())
}
