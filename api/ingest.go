package api

import (
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/reader"
)

// MaxIngestDocs is the most articles one POST /api/documents may hold.
const MaxIngestDocs = 1000

// An IngestResult says what happened to one posted article.
type IngestResult struct {
	Line    int    `json:"line"` // 1-based line (JSON Lines) or position (array) in the body
	ID      string `json:"id,omitempty"`
	Status  string `json:"status,omitempty"` // stored, unchanged, new-version
	Version int    `json:"version,omitempty"`
	Error   string `json:"error,omitempty"`
}

// An IngestResponse lists the results of POST /api/documents.
type IngestResponse struct {
	Documents []IngestResult `json:"documents"`
	Stored    int            `json:"stored"`
	Failed    int            `json:"failed"`
}

// authorized reports whether r carries the write token. The comparison
// takes the same time whatever the token sent: both are hashed first, so
// not even the length is compared early.
func (s *Server) authorized(r *http.Request) bool {
	h := r.Header.Get("Authorization")
	const prefix = "Bearer "
	if len(h) < len(prefix) || !strings.EqualFold(h[:len(prefix)], prefix) {
		return false
	}
	got := sha256.Sum256([]byte(strings.TrimSpace(h[len(prefix):])))
	want := sha256.Sum256([]byte(s.cfg.WriteToken))
	return subtle.ConstantTimeCompare(got[:], want[:]) == 1
}

// ingest analyses and stores the articles of the body: JSON Lines or a JSON
// array of {"url","outlet","title","date","text"} objects.
func (s *Server) ingest(w http.ResponseWriter, r *http.Request) error {
	if s.cfg.WriteToken == "" || s.cfg.Pipeline == nil {
		return errorf(http.StatusForbidden, "read_only", "ingesting over HTTP is off: the server has no write token")
	}
	if !s.authorized(r) {
		return errorf(http.StatusUnauthorized, "unauthorized", "a valid bearer token is required")
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
	if err != nil {
		return err
	}
	docs, errs := reader.Parse("request.json", body, reader.Options{MaxBytes: s.cfg.MaxBody})
	if len(docs) == 0 {
		msg := "no articles in the body"
		if len(errs) > 0 {
			msg = errs[0].Error()
		}
		return errorf(http.StatusBadRequest, "bad_request", "%s", msg)
	}
	if len(docs) > MaxIngestDocs {
		return errorf(http.StatusRequestEntityTooLarge, "too_large", "at most %d articles per request", MaxIngestDocs)
	}
	s.ingestMu.Lock()
	defer s.ingestMu.Unlock()
	var res IngestResponse
	for _, e := range errs {
		res.Documents = append(res.Documents, IngestResult{Line: lineOf(e), Error: e.Error()})
		res.Failed++
	}
	ctx := r.Context()
	for _, d := range docs {
		d.Source = "" // no file behind it: versions only by URL
		ir := IngestResult{Line: d.Line}
		if err := s.cfg.Pipeline.Run(ctx, d); err != nil {
			ir.Error = fmt.Sprintf("analysis failed: %v", err)
			res.Failed++
		} else if pr, err := s.cfg.Store.Put(ctx, d); err != nil {
			s.cfg.Log.ErrorContext(ctx, "api: store", "err", err)
			ir.Error = "storing failed"
			res.Failed++
		} else {
			ir.ID, ir.Status, ir.Version = pr.ID, string(pr.Status), pr.Version
			res.Stored++
		}
		res.Documents = append(res.Documents, ir)
	}
	if s.cfg.KB != nil && res.Stored > 0 {
		if _, err := kb.Refresh(ctx, s.cfg.KB, s.rules, false); err != nil {
			return fmt.Errorf("api: ingest: %w", err)
		}
	}
	status := http.StatusOK
	if res.Stored == 0 {
		status = http.StatusUnprocessableEntity
	}
	writeJSON(w, status, res)
	return nil
}

// lineOf is the line of a reader error, 0 when unknown.
func lineOf(err error) int {
	if e, ok := err.(*reader.Error); ok {
		return e.Line
	}
	return 0
}
