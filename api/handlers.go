package api

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/hearsay-news/hearsay/query"
	"github.com/hearsay-news/hearsay/schema"
	"github.com/hearsay-news/hearsay/store"
)

// Page sizes.
const (
	DefaultLimit = 50  // items per page when limit is not given
	MaxLimit     = 500 // the largest limit accepted
)

// A List is one page of a list whose total is known.
type List[T any] struct {
	Items  []T `json:"items"`
	Total  int `json:"total"` // items before paging
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}

// A Cursor is one page of a list whose total is not counted: Next is the
// offset of the following page, null on the last one.
type Cursor[T any] struct {
	Items  []T  `json:"items"`
	Limit  int  `json:"limit"`
	Offset int  `json:"offset"`
	Next   *int `json:"next"`
}

// PageOf reads limit and offset from the query string.
func PageOf(r *http.Request) (query.Page, error) {
	p := query.Page{Limit: DefaultLimit}
	var err error
	if p.Limit, err = intParam(r, "limit", DefaultLimit, 1, MaxLimit); err != nil {
		return p, err
	}
	if p.Offset, err = intParam(r, "offset", 0, 0, 1<<30); err != nil {
		return p, err
	}
	return p, nil
}

func intParam(r *http.Request, name string, def, lo, hi int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, errorf(http.StatusBadRequest, "bad_request", "%s must be an integer from %d to %d", name, lo, hi)
	}
	return n, nil
}

// AsOf reads the as_of parameter: empty, or a real calendar day.
func AsOf(r *http.Request) (string, error) {
	v := strings.TrimSpace(r.URL.Query().Get("as_of"))
	if v == "" {
		return "", nil
	}
	if _, err := time.Parse(time.DateOnly, v); err != nil {
		return "", errorf(http.StatusBadRequest, "bad_date", "as_of must be a day YYYY-MM-DD, not %q", v)
	}
	return v, nil
}

func listOf[T any](items []T, total int, p query.Page) List[T] {
	if items == nil {
		items = []T{}
	}
	return List[T]{Items: items, Total: total, Limit: p.Limit, Offset: p.Offset}
}

// cursorOf pages items fetched with one extra beyond the limit.
func cursorOf[T any](items []T, p query.Page) Cursor[T] {
	c := Cursor[T]{Items: items, Limit: p.Limit, Offset: p.Offset}
	if len(items) > p.Limit {
		c.Items = items[:p.Limit]
		next := p.Offset + p.Limit
		c.Next = &next
	}
	if c.Items == nil {
		c.Items = []T{}
	}
	return c
}

func window[T any](xs []T, p query.Page) []T {
	if p.Offset >= len(xs) {
		return []T{}
	}
	xs = xs[p.Offset:]
	if p.Limit > 0 && p.Limit < len(xs) {
		xs = xs[:p.Limit]
	}
	return xs
}

func (s *Server) openapi(w http.ResponseWriter, _ *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, err := w.Write(openAPI)
	return err
}

// people lists people whose name starts with q.
func (s *Server) people(w http.ResponseWriter, r *http.Request) error {
	p, err := PageOf(r)
	if err != nil {
		return err
	}
	refs, total, err := s.cfg.Query.People(r.Context(), strings.TrimSpace(r.URL.Query().Get("q")), p)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, listOf(refs, total, p))
	return nil
}

// lookup lists the profiles of every person a name can mean.
func (s *Server) lookup(w http.ResponseWriter, r *http.Request) error {
	name := strings.TrimSpace(r.URL.Query().Get("name"))
	if name == "" {
		return errorf(http.StatusBadRequest, "bad_request", "name is required")
	}
	p, err := PageOf(r)
	if err != nil {
		return err
	}
	asOf, err := AsOf(r)
	if err != nil {
		return err
	}
	ps, err := s.cfg.Query.Person(r.Context(), name, asOf)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, listOf(window(ps, p), len(ps), p))
	return nil
}

func (s *Server) person(w http.ResponseWriter, r *http.Request) error {
	return writeByID(w, r, s.cfg.Query.PersonByID)
}

// writeByID answers a request for the one item the path's id names, as of
// the as_of day, with what get returns.
func writeByID[T any](w http.ResponseWriter, r *http.Request, get func(ctx context.Context, id, asOf string) (T, error)) error {
	asOf, err := AsOf(r)
	if err != nil {
		return err
	}
	v, err := get(r.Context(), r.PathValue("id"), asOf)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, v)
	return nil
}

// asOfPage reads the as_of day, then the page.
func asOfPage(r *http.Request) (string, query.Page, error) {
	asOf, err := AsOf(r)
	if err != nil {
		return "", query.Page{}, err
	}
	p, err := PageOf(r)
	return asOf, p, err
}

func (s *Server) timeline(w http.ResponseWriter, r *http.Request) error {
	asOf, p, err := asOfPage(r)
	if err != nil {
		return err
	}
	t, err := s.cfg.Query.TimelineByID(r.Context(), r.PathValue("id"), asOf, p)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, struct {
		*query.TimelineResult
		Limit  int `json:"limit"`
		Offset int `json:"offset"`
	}{t, p.Limit, p.Offset})
	return nil
}

func (s *Server) status(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	a, b := strings.TrimSpace(q.Get("a")), strings.TrimSpace(q.Get("b"))
	if a == "" || b == "" {
		return errorf(http.StatusBadRequest, "bad_request", "a and b (two names) are required")
	}
	asOf, err := AsOf(r)
	if err != nil {
		return err
	}
	res, err := s.cfg.Query.Status(r.Context(), a, b, asOf)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, res)
	return nil
}

// ClaimFilter reads the claim filters of the query string.
func ClaimFilter(r *http.Request) (query.ClaimFilter, error) {
	q := r.URL.Query()
	f := query.ClaimFilter{Entity: strings.TrimSpace(q.Get("person")), Type: q.Get("type"), Modality: q.Get("modality"), Status: q.Get("status")}
	switch q.Get("open") {
	case "", "false", "0":
	case "true", "1":
		f.Open = true
	default:
		return f, errorf(http.StatusBadRequest, "bad_request", "open must be true or false")
	}
	if v := strings.TrimSpace(q.Get("min_confidence")); v != "" {
		c, err := strconv.ParseFloat(v, 64)
		if err != nil || !(c >= 0 && c <= 1) {
			return f, errorf(http.StatusBadRequest, "bad_request", "min_confidence must be a number from 0 to 1, not %q", v)
		}
		f.MinConfidence = c
	}
	switch f.Sort = query.CanonicalSort(q.Get("sort")); f.Sort {
	case "", query.SortNewest, query.SortConfidence:
	default:
		return f, errorf(http.StatusBadRequest, "bad_request", "sort must be newest or confidence, not %q", f.Sort)
	}
	var err error
	if f.AsOf, err = AsOf(r); err != nil {
		return f, err
	}
	f.Page, err = PageOf(r)
	return f, err
}

func (s *Server) claims(w http.ResponseWriter, r *http.Request) error {
	f, err := ClaimFilter(r)
	if err != nil {
		return err
	}
	cs, total, err := s.cfg.Query.Claims(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, listOf(cs, total, f.Page))
	return nil
}

func (s *Server) claim(w http.ResponseWriter, r *http.Request) error {
	return writeByID(w, r, s.cfg.Query.Claim)
}

func (s *Server) outlets(w http.ResponseWriter, r *http.Request) error {
	asOf, p, err := asOfPage(r)
	if err != nil {
		return err
	}
	os, total, err := s.cfg.Query.Outlets(r.Context(), asOf, p)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, listOf(os, total, p))
	return nil
}

func (s *Server) contradictions(w http.ResponseWriter, r *http.Request) error {
	asOf, p, err := asOfPage(r)
	if err != nil {
		return err
	}
	cs, total, err := s.cfg.Query.ContradictionsAsOf(r.Context(), asOf, p)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, listOf(cs, total, p))
	return nil
}

func (s *Server) documents(w http.ResponseWriter, r *http.Request) error {
	p, err := PageOf(r)
	if err != nil {
		return err
	}
	ds, err := s.cfg.Store.Documents(r.Context(), store.DocFilter{Limit: p.Limit + 1, Offset: p.Offset, Outlet: r.URL.Query().Get("outlet")})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, cursorOf(ds, p))
	return nil
}

// A Document is an analysed document: its text and its annotations in
// SCHEMA.md's shape (offsets in code points into Text).
type Document struct {
	Text string `json:"text"`
	*schema.Document
}

func (s *Server) document(w http.ResponseWriter, r *http.Request) error {
	d, err := store.Find(r.Context(), s.cfg.Store, r.PathValue("id"))
	if errors.Is(err, store.ErrNotFound) {
		// the store's own message names its file or server
		return errorf(http.StatusNotFound, "not_found", "document %q: not found", r.PathValue("id"))
	}
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, Document{Text: d.Text, Document: schema.FromDocument(d)})
	return nil
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) error {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		return errorf(http.StatusBadRequest, "bad_request", "q (the query) is required")
	}
	p, err := PageOf(r)
	if err != nil {
		return err
	}
	hits, err := s.cfg.Store.Search(r.Context(), q, p.Limit+1, p.Offset)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, cursorOf(hits, p))
	return nil
}
