// Package web is hearsay's web site: server-rendered pages over package
// query and the store, from embedded templates and assets (no build step,
// nothing from other hosts). A person page shows the profile, a visual
// timeline whose markers show each claim's standing at a glance (asserted,
// reported, rumored, disputed, denied, confirmed, with a legend) and a
// relationship graph; a claim page follows a claim from first report to
// confirmation or denial with each evidence sentence highlighted in its
// article; outlets, contradictions and search pages complete it. Every page
// takes an as-of day (a plain GET form) and works without JavaScript.
//
// Article text is untrusted: html/template escapes everything, and
// bidirectional override characters are removed from every page so that
// no text can reorder what is shown around it.
package web

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"

	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/query"
	"github.com/hearsay-news/hearsay/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Config is what the site shows.
type Config struct {
	Query *query.Engine // answers every question
	Store store.Store   // article text and full-text search
	Log   *slog.Logger  // for errors; nil discards
}

// A Site is the web pages' handlers.
type Site struct {
	cfg   Config
	rules *kb.Rules // words for fact types
	pages map[string]*template.Template
}

// New parses the embedded templates and returns the site.
func New(cfg Config) (*Site, error) {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	rules, err := kb.LoadRules()
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	return &Site{cfg: cfg, rules: rules, pages: pages}, nil
}

// parsePages parses each page template with the shared layout.
func parsePages() (map[string]*template.Template, error) {
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("web: templates: %w", err)
	}
	pages := map[string]*template.Template{}
	for _, n := range names {
		base := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if base == "layout" {
			continue
		}
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", n)
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", n, err)
		}
		pages[base] = t
	}
	return pages, nil
}

// Register adds the pages and the static assets to mux.
func (s *Site) Register(mux *http.ServeMux) {
	mux.Handle("GET /{$}", s.page(s.home))
	mux.Handle("GET /people/{id}", s.page(s.person))
	mux.Handle("GET /claims/{id}", s.page(s.claim))
	mux.Handle("GET /documents/{id}", s.page(s.document))
	mux.Handle("GET /search", s.page(s.search))
	mux.Handle("GET /outlets", s.page(s.outlets))
	mux.Handle("GET /contradictions", s.page(s.contradictions))
	static, _ := fs.Sub(staticFS, "static")
	files := http.StripPrefix("/static/", http.FileServerFS(static))
	mux.Handle("GET /static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	}))
	mux.Handle("GET /favicon.ico", http.RedirectHandler("/static/favicon.svg", http.StatusMovedPermanently))
	mux.Handle("/", s.page(func(r *http.Request) (string, any, error) {
		return "", nil, &pageError{Status: http.StatusNotFound, Message: "There is no page at this address."}
	}))
}

// Handler returns a handler serving only the site.
func (s *Site) Handler() http.Handler {
	mux := http.NewServeMux()
	s.Register(mux)
	return mux
}

// A pageError is an error shown to the reader with its status.
type pageError struct {
	Status  int
	Message string
}

// Error is the message shown to the reader.
func (e *pageError) Error() string { return e.Message }

// A handlerFunc returns the page to render and its data.
type handlerFunc func(r *http.Request) (page string, data any, err error)

// page renders what h returns, or an error page.
func (s *Site) page(h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, data, err := h(r)
		status := http.StatusOK
		if err != nil {
			pe := s.pageErr(r, err)
			status, name, data = pe.Status, "error", errorPage{Base: base(r, "Error"), Status: pe.Status, Message: pe.Message}
		}
		var buf bytes.Buffer
		if err := s.pages[name].Execute(&buf, data); err != nil {
			s.cfg.Log.ErrorContext(r.Context(), "web: render", "page", name, "err", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(status)
		_, _ = w.Write(stripBidi(buf.Bytes()))
	})
}

// pageErr maps an error to what the reader sees; unexpected errors are
// logged and shown without detail.
func (s *Site) pageErr(r *http.Request, err error) *pageError {
	var pe *pageError
	switch {
	case errors.As(err, &pe):
		return pe
	case errors.Is(err, query.ErrUnknownPerson), errors.Is(err, query.ErrNotFound), errors.Is(err, store.ErrNotFound):
		return &pageError{Status: http.StatusNotFound, Message: "Nothing by that name or id is known."}
	case errors.Is(err, query.ErrBadDate):
		return &pageError{Status: http.StatusBadRequest, Message: "The as-of date must be a day written YYYY-MM-DD."}
	}
	s.cfg.Log.ErrorContext(r.Context(), "web: page failed", "path", r.URL.Path, "err", err)
	return &pageError{Status: http.StatusInternalServerError, Message: "Something went wrong on our side."}
}

// bidiControl reports whether r overrides, embeds or isolates text
// direction.
func bidiControl(r rune) bool {
	return (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069')
}

// hasBidi reports whether b holds a bidirectional control, looking only at
// the bytes that can start one: in UTF-8 they are E2 80 AA..AE and
// E2 81 A6..A9, and E2 is never inside another character.
func hasBidi(b []byte) bool {
	for {
		i := bytes.IndexByte(b, 0xe2)
		if i < 0 || len(b)-i < 3 {
			return false
		}
		c1, c2 := b[i+1], b[i+2]
		if c1 == 0x80 && c2 >= 0xaa && c2 <= 0xae || c1 == 0x81 && c2 >= 0xa6 && c2 <= 0xa9 {
			return true
		}
		b = b[i+1:]
	}
}

// stripBidi removes bidirectional embedding, override and isolate controls.
func stripBidi(b []byte) []byte {
	if !hasBidi(b) {
		return b
	}
	return bytes.Map(func(r rune) rune {
		if bidiControl(r) {
			return -1
		}
		return r
	}, b)
}
