// Package store defines where analysed documents are kept: the Store
// interface that every backend implements (SQLite embedded by default, a
// server database later), the values it takes and returns, and its sentinel
// errors. Stages never see a store; commands put finished documents into one.
//
// A store keeps each document with every annotation layer the pipeline
// filled (sentences, tokens, time expressions, mentions, entities, facts and
// their provenance) so that Document returns it exactly as it was put.
//
// Identity and versions. A document is identified by its ID (a hash of its
// normalized content). Putting a document whose ID is already stored and
// current changes nothing. Documents that come from the same place share a
// source key (see SourceKey); putting a document with a new ID under a known
// source key stores it as a new version and marks the previous version and
// its facts as superseded by it. Superseded documents and facts are kept and
// stay readable.
package store

import (
	"context"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
)

// Sentinel errors. Backends wrap them with context (the path, the id), so
// test with errors.Is.
var (
	// ErrNotFound means no document matches the id or reference.
	ErrNotFound = errors.New("not found")
	// ErrAmbiguous means a reference (an id prefix) matches several documents.
	ErrAmbiguous = errors.New("ambiguous reference")
	// ErrNotHearsay means the store location holds something that is not a
	// hearsay store (another database, or not a database at all).
	ErrNotHearsay = errors.New("not a hearsay database")
	// ErrSchemaTooNew means the store was written by a newer hearsay whose
	// schema this version does not know.
	ErrSchemaTooNew = errors.New("database schema is newer than this hearsay supports")
	// ErrTextChanged means a document given to Reanalyse does not have the
	// text stored under its id.
	ErrTextChanged = errors.New("text differs from the stored document")
)

// A Store keeps analysed documents. Implementations are safe for concurrent
// use. Every method takes a context and stops early when it is cancelled.
type Store interface {
	// Put stores doc and all its layers in one transaction: either all of it
	// is stored or none of it is.
	Put(ctx context.Context, doc *hearsay.Document) (PutResult, error)
	// Document returns the document with the given full id, with every layer
	// that was stored, or an error wrapping ErrNotFound.
	Document(ctx context.Context, id string) (*hearsay.Document, error)
	// Has reports whether the document with the given full id is stored
	// and current (not superseded): putting it again would change nothing.
	Has(ctx context.Context, id string) (bool, error)
	// Reanalyse replaces every annotation layer of the stored document with
	// doc's id by doc's layers, in one transaction, keeping what identifies
	// the stored document (its text, source, version, supersession and
	// ingestion time). It fails and changes nothing when no document with
	// that id is stored (ErrNotFound) or when doc's text differs from the
	// stored text (ErrTextChanged).
	Reanalyse(ctx context.Context, doc *hearsay.Document) error
	// Documents lists stored documents matching f, newest date first, then
	// by id.
	Documents(ctx context.Context, f DocFilter) ([]DocInfo, error)
	// Search runs a full-text query over the titles and text of current
	// (not superseded) documents, best match first.
	Search(ctx context.Context, query string, limit, offset int) ([]Hit, error)
	// Close releases the store. The store must not be used afterwards.
	Close() error
}

// Status says what Put did with a document.
type Status string

// Put statuses.
const (
	Stored     Status = "stored"      // a document not seen before
	Unchanged  Status = "unchanged"   // the same document (same id) was already stored and current: nothing changed
	NewVersion Status = "new-version" // a new version of a document from a known source key; the old one is superseded
)

// A PutResult reports what Put did.
type PutResult struct {
	ID         string   `json:"id"`                   // the document's id
	Status     Status   `json:"status"`               // stored, unchanged or new-version
	Version    int      `json:"version"`              // the document's version number under its source key, from 1
	Superseded []string `json:"superseded,omitempty"` // ids of the documents this one superseded (new-version only)
}

// A DocFilter selects documents. The zero value selects every current
// document.
type DocFilter struct {
	Limit      int       // at most this many; 0 means no limit
	Offset     int       // skip this many first
	Outlet     string    // only this outlet (its whole name, in any case: see OutletKey), when not empty
	Since      time.Time // only documents dated on or after this day, when not zero
	Until      time.Time // only documents dated on or before this day, when not zero
	IDPrefix   string    // only documents whose id starts with this, when not empty
	Source     string    // only documents read from this source (path or URL), when not empty
	Superseded bool      // include superseded versions too
}

// DocInfo summarises one stored document.
type DocInfo struct {
	ID           string    `json:"id"`
	Source       string    `json:"source"`
	Line         int       `json:"line,omitempty"`
	URL          string    `json:"url,omitempty"`
	Outlet       string    `json:"outlet,omitempty"`
	Title        string    `json:"title,omitempty"`
	Date         time.Time `json:"date"`
	Version      int       `json:"version"`
	SupersededBy string    `json:"superseded_by,omitempty"`
	IngestedAt   time.Time `json:"ingested_at"`
	Analyzer     string    `json:"analyzer,omitempty"` // the build of hearsay that analysed it; empty when not recorded
	Bytes        int       `json:"bytes"`
	Sentences    int       `json:"sentences"`
	Timexes      int       `json:"timexes"`
	Entities     int       `json:"entities"`
	Facts        int       `json:"facts"`
}

// A Hit is one full-text search result.
type Hit struct {
	ID      string    `json:"id"`
	Source  string    `json:"source"`
	Outlet  string    `json:"outlet,omitempty"`
	Title   string    `json:"title,omitempty"`
	Date    time.Time `json:"date"`
	Snippet string    `json:"snippet"` // text around the matches; matched terms are wrapped in [ and ]
	Score   float64   `json:"score"`   // higher is better
}

// SourceKey is the key under which versions of a document are tracked: its
// URL when known, else its source with the line for multi-document files
// ("/news/feed.jsonl#12"), else its source; file paths are made absolute.
// Documents from standard input ("-") or with no source have no versions:
// their key is their id.
func SourceKey(d *hearsay.Document) string {
	switch {
	case d.URL != "":
		return d.URL
	case d.Source == "" || d.Source == "-":
		return "id:" + d.ID
	}
	src := d.Source
	if !strings.Contains(src, "://") {
		// A file: the same file however it was named on the command line.
		if abs, err := filepath.Abs(src); err == nil {
			src = abs
		}
	}
	if d.Line > 0 {
		return src + "#" + strconv.Itoa(d.Line)
	}
	return src
}

// Find returns the document of s with the id or, failing that, the one
// document (superseded versions included) whose id starts with it, as the
// short ids listings print; the error of the exact lookup, wrapping
// ErrNotFound, when no document or several have the prefix.
func Find(ctx context.Context, s Store, id string) (*hearsay.Document, error) {
	d, err := s.Document(ctx, id)
	if !errors.Is(err, ErrNotFound) || id == "" {
		return d, err
	}
	infos, lerr := s.Documents(ctx, DocFilter{IDPrefix: id, Superseded: true, Limit: 2})
	if lerr != nil || len(infos) != 1 {
		return nil, err
	}
	return s.Document(ctx, infos[0].ID)
}
