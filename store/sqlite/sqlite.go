// Package sqlite is hearsay's embedded store: a store.Store in one SQLite
// file, through the pure-Go driver modernc.org/sqlite (no cgo).
//
// The database runs in WAL mode with synchronous=NORMAL, a busy timeout and
// foreign keys on. Each Put is one transaction, so a process killed at any
// moment leaves every document either fully stored or absent. The schema is
// versioned: migrations are the embedded files migrations/NNNN_name.sql,
// applied in order and recorded in the schema_version table. A hearsay
// database carries SQLite's application_id ApplicationID in its header; any
// other file is refused with store.ErrNotHearsay and left untouched, and a
// database from a newer hearsay is refused with store.ErrSchemaTooNew.
//
// Offsets are stored as byte offsets into documents.text, as in
// hearsay.Span (see migrations/0001_init.sql for the layout). Everything but
// opening the file and the full-text index is package sqldb, shared with the
// PostgreSQL backend.
package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/hearsay-news/hearsay/store"
	"github.com/hearsay-news/hearsay/store/sqldb"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// ApplicationID marks a SQLite file as a hearsay store ("HRSY"), in the
// application_id field of the database header.
const ApplicationID = 0x48525359

// sqliteMagic starts every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

// headerSize is the size of the SQLite database header.
const headerSize = 100

// Options tune Open.
type Options struct {
	// MustExist refuses to create a new store: Open fails with an error
	// wrapping os.ErrNotExist when there is no store at the path.
	MustExist bool
	// BusyTimeout is how long a write waits for another writer; 0 means 10s.
	BusyTimeout time.Duration
	// Analyzer names the build of hearsay (and its models) that analysed
	// the documents this process stores; Put and Reanalyse record it with
	// each document (store.DocInfo.Analyzer).
	Analyzer string
}

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrations returns the embedded migrations in version order.
func migrations() ([]sqldb.Migration, error) { return sqldb.Migrations(migrationFiles, "migrations") }

// SchemaVersion is the schema version this package writes: the number of
// the last embedded migration.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].Version
}

// Dialect is SQLite's: ? placeholders, FTS5 for search.
var Dialect = &sqldb.Dialect{
	Name:        "sqlite",
	NoLimit:     -1,
	SearchQuery: ftsQuery,
	SearchSQL: `SELECT d.id, d.source, d.outlet, d.title, d.date,
		snippet(documents_fts, 2, '[', ']', '…', 16), -bm25(documents_fts)
		FROM documents_fts f JOIN documents d ON d.id = f.doc_id
		WHERE documents_fts MATCH ? AND d.superseded_by IS NULL
		ORDER BY bm25(documents_fts), d.id LIMIT ? OFFSET ?`,
	TextBytes:  "substr(CAST(%[1]s AS BLOB), %[2]s + 1, %[3]s)",
	IndexHints: true,
	NULInText:  true,
}

// Store is a store.Store backed by one SQLite file.
type Store struct {
	*sqldb.Store
	path string
}

var _ store.Store = (*Store)(nil)

// Open opens the hearsay store at path, creating it (and applying every
// migration) when the file does not exist or is empty. It refuses any other
// file, naming the path in the error.
func Open(ctx context.Context, path string, opts Options) (*Store, error) {
	fresh, err := inspect(path)
	if err != nil {
		return nil, err
	}
	if fresh && opts.MustExist {
		return nil, fmt.Errorf("store %s: no hearsay database here: %w", path, os.ErrNotExist)
	}
	if opts.BusyTimeout <= 0 {
		opts.BusyTimeout = 10 * time.Second
	}
	if fresh {
		if dir := filepath.Dir(path); !isDir(dir) {
			return nil, fmt.Errorf("store %s: cannot create it: no directory %s", path, dir)
		}
		if err := create(ctx, path, opts); err != nil {
			return nil, explainOpen(path, err, true, canWrite)
		}
	}
	db, err := sql.Open("sqlite", dsn(path, opts, "WAL"))
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	if err := migrate(ctx, db, path); err != nil {
		db.Close()
		return nil, explainOpen(path, err, false, canWrite)
	}
	return &Store{Store: sqldb.New(db, Dialect, path, opts.Analyzer), path: path}, nil
}

// migrate brings the schema of the database at path up to date.
func migrate(ctx context.Context, db *sql.DB, path string) error {
	ms, err := migrations()
	if err != nil {
		return fmt.Errorf("store %s: %w", path, err)
	}
	return sqldb.Migrate(ctx, db, Dialect, path, ms)
}

// Path is the file the store lives in.
func (s *Store) Path() string { return s.path }

// OpenReadPool opens a pool of conns read-only connections to the store's
// file, each with a page cache of cacheBytes and mmapBytes of the file
// mapped into memory, for servers answering many queries at once
// (kb/sqlkb.Open).
func (s *Store) OpenReadPool(conns int, cacheBytes, mmapBytes int64) (*sql.DB, error) {
	abs, err := filepath.Abs(s.path)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", s.path, err)
	}
	rd, err := sql.Open("sqlite", readDSN(abs, cacheBytes, mmapBytes))
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", abs, err)
	}
	// Keep every connection open: each holds its page cache.
	rd.SetMaxOpenConns(conns)
	rd.SetMaxIdleConns(conns)
	if err := rd.Ping(); err != nil {
		rd.Close()
		return nil, fmt.Errorf("store %s: %w", abs, err)
	}
	return rd, nil
}

// readDSN is the data source name of a read-only connection to the
// database file at abs.
func readDSN(abs string, cacheBytes, mmapBytes int64) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs), OmitHost: true}
	q := url.Values{}
	q.Set("mode", "ro")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "query_only(1)")
	q.Add("_pragma", fmt.Sprintf("cache_size(%d)", -cacheBytes/1024))
	q.Add("_pragma", fmt.Sprintf("mmap_size(%d)", mmapBytes))
	return u.String() + "?" + strings.ReplaceAll(q.Encode(), "+", "%20")
}

// isDir reports whether path is an existing directory.
func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// inspect reads the file header at path and reports whether a new store
// must be created there. A missing or empty file is fresh; a SQLite database
// with hearsay's application id is an existing store; anything else is an
// error wrapping store.ErrNotHearsay.
func inspect(path string) (fresh bool, err error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return true, nil
	}
	if err != nil {
		return false, fmt.Errorf("store %s: %w", path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return false, fmt.Errorf("store %s: %w", path, err)
	}
	if fi.IsDir() {
		return false, fmt.Errorf("store %s: is a directory: %w", path, store.ErrNotHearsay)
	}
	if fi.Size() == 0 {
		return true, nil
	}
	hdr := make([]byte, headerSize)
	if _, err := io.ReadFull(f, hdr); err != nil || !bytes.HasPrefix(hdr, []byte(sqliteMagic)) {
		return false, fmt.Errorf("store %s: %w (not an SQLite database; choose another file with --db)", path, store.ErrNotHearsay)
	}
	if id := binary.BigEndian.Uint32(hdr[68:72]); id != ApplicationID {
		return false, fmt.Errorf("store %s: %w (an SQLite database of another application, id %#x; choose another file with --db)", path, store.ErrNotHearsay, id)
	}
	return false, nil
}

// create makes a new store at path. It runs in rollback-journal mode so that
// the application id reaches the main file's header before the database ever
// switches to WAL, where a crash could leave the header only in the log.
func create(ctx context.Context, path string, opts Options) error {
	db, err := sql.Open("sqlite", dsn(path, opts, "DELETE"))
	if err != nil {
		return fmt.Errorf("store %s: create: %w", path, err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if err := migrate(ctx, db, path); err != nil {
		return err
	}
	if _, err := db.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", ApplicationID)); err != nil {
		return fmt.Errorf("store %s: create: %w", path, err)
	}
	if err := db.Close(); err != nil {
		return fmt.Errorf("store %s: create: %w", path, err)
	}
	return nil
}

// dsn builds the driver's data source name: a file: URI with the pragmas
// every connection runs.
func dsn(path string, opts Options, journal string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs), OmitHost: true}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", opts.BusyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode("+journal+")")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "wal_autocheckpoint(8192)")
	q.Set("_txlock", "immediate")
	return u.String() + "?" + strings.ReplaceAll(q.Encode(), "+", "%20")
}
