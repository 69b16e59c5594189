package sqlkb

import (
	"context"
	"database/sql"
	"fmt"
	"runtime"

	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/store/sqldb"
)

// ReadOptions tune the read-only connections of a Backend made by Open.
type ReadOptions struct {
	// Conns is the number of read-only connections; 0 means one per core
	// (at least two).
	Conns int
	// CacheBytes is each connection's page cache; 0 means 64 MiB.
	CacheBytes int64
	// MmapBytes is how much of the database file each connection maps into
	// memory instead of reading it page by page; 0 means 2 GiB.
	MmapBytes int64
}

// Default read tuning of Open.
const (
	defaultCacheBytes = 64 << 20
	defaultMmapBytes  = 2 << 30
)

// A ReadPooler is a store that can open a pool of read-only connections of
// its own (the SQLite store: each connection keeps a page cache).
type ReadPooler interface {
	OpenReadPool(conns int, cacheBytes, mmapBytes int64) (*sql.DB, error)
}

// Open returns the knowledge base kept in st, like New, but for servers
// answering many queries at once: it prepares each read query once and
// keeps the values decoded from recently read rows (the entities and claims
// it returns are shared between calls and must not be modified), and it
// reads through a pool of its own read-only connections when st has one
// (ReadPooler: SQLite's, with a large page cache and the file mapped into
// memory). Writes (Replace, AddDecision) still go through st. Close
// releases the pool.
func Open(st Store, o ReadOptions) (*Backend, error) {
	if o.Conns <= 0 {
		o.Conns = max(2, runtime.GOMAXPROCS(0))
	}
	if o.CacheBytes <= 0 {
		o.CacheBytes = defaultCacheBytes
	}
	if o.MmapBytes <= 0 {
		o.MmapBytes = defaultMmapBytes
	}
	b := New(st)
	b.entityRows, b.claimRows = newDecoded[kb.Entity](decodedEntities), newDecoded[kb.Claim](decodedClaims)
	b.stmts = &sqldb.StmtCache{DB: b.db, D: b.d}
	if p, ok := st.(ReadPooler); ok {
		rd, err := p.OpenReadPool(o.Conns, o.CacheBytes, o.MmapBytes)
		if err != nil {
			return nil, fmt.Errorf("sqlkb: open: %w", err)
		}
		b.rd, b.stmts.DB = rd, rd
	}
	return b, nil
}

// Close releases the read-only connections of a Backend made by Open; it
// does nothing for one made by New (the store owns its connections).
func (b *Backend) Close() error {
	if b.stmts != nil {
		b.stmts.Close()
	}
	if b.rd == nil {
		return nil
	}
	if err := b.rd.Close(); err != nil {
		return fmt.Errorf("sqlkb: close: %w", err)
	}
	return nil
}

// reads is the pool that answers queries: the read-only one when there is
// one, else the store's.
func (b *Backend) reads() *sql.DB {
	if b.rd != nil {
		return b.rd
	}
	return b.db
}

// query runs a read query, prepared once per Backend.
func (b *Backend) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if b.stmts == nil {
		return b.db.QueryContext(ctx, b.d.Rebind(q), args...)
	}
	st, err := b.stmts.Get(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// queryRow is query for one row.
func (b *Backend) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	if b.stmts == nil {
		return b.db.QueryRowContext(ctx, b.d.Rebind(q), args...)
	}
	st, err := b.stmts.Get(ctx, q)
	if err != nil {
		// sql.Row carries no error of its own: let the database report it
		return b.reads().QueryRowContext(ctx, b.d.Rebind(q), args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// Version names the state of the stored knowledge base and documents: it
// changes whenever a document is stored or superseded, a decision is made or
// the knowledge base is rebuilt, so answers computed under one version can
// be kept until it changes.
func (b *Backend) Version(ctx context.Context) (string, error) {
	var gen, built, replaced int64
	err := b.queryRow(ctx, `SELECT
		(SELECT value FROM kb_meta WHERE key = 'gen'),
		(SELECT value FROM kb_meta WHERE key = 'built'),
		COALESCE((SELECT value FROM kb_meta WHERE key = 'replaced'), 0)`).Scan(&gen, &built, &replaced)
	if err != nil {
		return "", fmt.Errorf("sqlkb: version: %w", err)
	}
	return fmt.Sprintf("%d.%d.%d", gen, built, replaced), nil
}
