// Package api is hearsay's JSON API over HTTP: people, timelines, the
// status of two people as of a date, claims, outlets' track records,
// contradictions, analysed documents and full-text search, plus ingesting
// articles when a write token is configured.
//
// Every answer comes from package query (the same functions the command
// line uses) or from the store; the handlers only parse parameters, page
// lists and encode JSON. Every list is paginated (limit and offset, with a
// total or the next offset); every error is {"error":{"code","message"}}
// with a matching status code. The routes are described by the OpenAPI 3
// document served at /api/openapi.json, embedded from openapi.json.
package api

import (
	"context"
	_ "embed"
	"log/slog"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/query"
	"github.com/hearsay-news/hearsay/store"
)

//go:embed openapi.json
var openAPI []byte

// OpenAPI returns the embedded OpenAPI 3 description of the routes.
func OpenAPI() []byte { return append([]byte(nil), openAPI...) }

// DefaultMaxBody is the size limit of a request body when Config.MaxBody
// is 0.
const DefaultMaxBody = 4 << 20

// Config is what the API serves.
type Config struct {
	Query *query.Engine // answers every question
	Store store.Store   // documents and full-text search
	// KB, when set with Pipeline and WriteToken, is refreshed after an
	// ingest so that new articles show in answers.
	KB kb.Backend
	// Pipeline analyses articles posted to /api/documents.
	Pipeline *hearsay.Pipeline
	// WriteToken enables POST /api/documents, which then requires
	// "Authorization: Bearer <token>". Empty: ingesting over HTTP is off.
	WriteToken string
	MaxBody    int64        // request body limit in bytes; 0 means DefaultMaxBody
	Log        *slog.Logger // for errors; nil discards
}

// A Server is the API's handlers.
type Server struct {
	cfg      Config
	rules    *kb.Rules
	ingestMu sync.Mutex // one ingest at a time: each ends with a knowledge-base refresh
}

// New returns the API for cfg.
func New(cfg Config) (*Server, error) {
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	rules, err := kb.LoadRules()
	if err != nil {
		return nil, err
	}
	return &Server{cfg: cfg, rules: rules}, nil
}

// A Route is one method and path pattern of the API.
type Route struct {
	Method  string
	Pattern string   // net/http ServeMux path pattern, e.g. "/api/people/{id}"
	Params  []string // the query parameters it accepts; any other is refused
	handler func(w http.ResponseWriter, r *http.Request) error
}

// Routes lists every route the API registers.
func (s *Server) Routes() []Route {
	return []Route{
		{"GET", "/api/openapi.json", nil, s.openapi},
		{"GET", "/api/people", []string{"q", "limit", "offset"}, s.people},
		{"GET", "/api/people/{id}", []string{"as_of"}, s.person},
		{"GET", "/api/people/{id}/timeline", []string{"as_of", "limit", "offset"}, s.timeline},
		{"GET", "/api/lookup", []string{"name", "as_of", "limit", "offset"}, s.lookup},
		{"GET", "/api/status", []string{"a", "b", "as_of"}, s.status},
		{"GET", "/api/claims", []string{"person", "type", "status", "modality", "open", "min_confidence", "sort", "as_of", "limit", "offset"}, s.claims},
		{"GET", "/api/claims/{id}", []string{"as_of"}, s.claim},
		{"GET", "/api/outlets", []string{"as_of", "limit", "offset"}, s.outlets},
		{"GET", "/api/contradictions", []string{"as_of", "limit", "offset"}, s.contradictions},
		{"GET", "/api/documents", []string{"outlet", "limit", "offset"}, s.documents},
		{"GET", "/api/documents/{id}", nil, s.document},
		{"POST", "/api/documents", nil, s.ingest},
		{"GET", "/api/search", []string{"q", "limit", "offset"}, s.search},
	}
}

// Register adds every route to mux, and a JSON 404 for other /api/ paths.
func (s *Server) Register(mux *http.ServeMux) {
	for _, rt := range s.Routes() {
		mux.Handle(rt.Method+" "+rt.Pattern, s.wrap(onlyParams(rt.Params, rt.handler)))
	}
	mux.Handle("/api/", s.wrap(func(w http.ResponseWriter, r *http.Request) error {
		if allow := allowed(mux, r); allow != "" {
			w.Header().Set("Allow", allow)
			return errorf(http.StatusMethodNotAllowed, "method_not_allowed", "%s %s: allowed: %s", r.Method, r.URL.Path, allow)
		}
		return errorf(http.StatusNotFound, "not_found", "no such API route: %s %s", r.Method, r.URL.Path)
	}))
}

// Handler returns a handler serving only the API.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	s.Register(mux)
	return mux
}

// wrap turns a handler that returns an error into an http.Handler that
// writes the error as JSON.
func (s *Server) wrap(h func(w http.ResponseWriter, r *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.fail(r.Context(), w, err)
		}
	})
}

// onlyParams refuses, with a 400 naming it and the accepted ones, a
// request carrying a query parameter not in accepted, so that a misspelt or
// misplaced filter (as_of where no date applies) is not silently ignored.
func onlyParams(accepted []string, h func(w http.ResponseWriter, r *http.Request) error) func(w http.ResponseWriter, r *http.Request) error {
	return func(w http.ResponseWriter, r *http.Request) error {
		if err := checkParams(r.URL.Query(), accepted); err != nil {
			return err
		}
		return h(w, r)
	}
}

// checkParams returns a bad_request error naming the first parameter of q
// (in name order) not in accepted, or given more than once (every
// parameter takes one value: a second one would be silently dropped), or
// nil.
func checkParams(q url.Values, accepted []string) error {
	names := slices.Sorted(maps.Keys(q))
	for _, n := range names {
		if slices.Contains(accepted, n) {
			if len(q[n]) > 1 {
				return errorf(http.StatusBadRequest, "repeated_parameter", "query parameter %q is given %d times: give it once", n, len(q[n]))
			}
			continue
		}
		if len(accepted) == 0 {
			return errorf(http.StatusBadRequest, "unknown_parameter", "unknown query parameter %q: this route takes none", n)
		}
		return errorf(http.StatusBadRequest, "unknown_parameter", "unknown query parameter %q: this route takes %s", n, strings.Join(accepted, ", "))
	}
	return nil
}

// fail writes err as a JSON error; unexpected errors are logged and shown
// only as "internal error".
func (s *Server) fail(ctx context.Context, w http.ResponseWriter, err error) {
	e := classify(err)
	if e.Status >= 500 {
		s.cfg.Log.ErrorContext(ctx, "api: request failed", "err", err)
	}
	if e.Status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="hearsay"`)
	}
	writeJSON(w, e.Status, map[string]any{"error": map[string]string{"code": e.Code, "message": e.Message}})
}

// allowed lists the methods of the routes whose path matches r's, when r's
// own method has none.
func allowed(mux *http.ServeMux, r *http.Request) string {
	var ms []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pat := mux.Handler(probe); pat != "" && pat != "/api/" {
			ms = append(ms, m)
		}
	}
	return strings.Join(ms, ", ")
}
