// Package sqldb is hearsay's store over database/sql, shared by the
// SQLite (store/sqlite) and PostgreSQL (store/postgres) backends: row
// building, validation, token packing, the transactions of Put and
// Reanalyse, loading, listing and the migration runner exist once here.
// What differs between the two databases (placeholders, the full-text
// index and its query language, locking between writers, a few SQL
// functions) is a Dialect, which each backend provides.
//
// Offsets are stored as byte offsets into documents.text, as in
// hearsay.Span; the layout is in store/sqlite/migrations/0001_init.sql and
// store/postgres/migrations/0001_init.sql.
package sqldb

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hearsay-news/hearsay/store"
)

// A Dialect is what one database needs done its own way. Queries given to
// the shared code are written with ? placeholders and rebound.
type Dialect struct {
	// Name names the database ("sqlite", "postgres").
	Name string
	// Dollar means placeholders are $1, $2, ... rather than ?.
	Dollar bool
	// Snapshot is the isolation level under which a transaction's reads
	// all see one state of the database (the default, 0, for SQLite, whose
	// transactions always do).
	Snapshot sql.IsolationLevel
	// MultiRow is the most rows one INSERT of a Put writes; 0 or 1: one
	// row per statement (SQLite, where a statement costs no round trip).
	MultiRow int
	// NoLimit is the LIMIT argument that means no limit.
	NoLimit any
	// SearchQuery turns a user's query into the argument of SearchSQL; ""
	// means nothing can match.
	SearchQuery func(query string) string
	// SearchSQL finds current documents: its arguments are SearchQuery's
	// result, the limit and the offset; its columns are the id, source,
	// outlet, title and date of each document, a snippet with matches in
	// [ ] and a score (higher is better), best first.
	SearchSQL string
	// TextBytes is the SQL that cuts bytes [%[2]s, %[2]s+%[3]s) of the text
	// expression %[1]s as a blob (a byte slice), for fmt.Sprintf.
	TextBytes string
	// LockKeys, when set, runs at the start of a write transaction with the
	// keys (document id, source key) it writes, so that writers of other
	// processes on the same keys wait for each other.
	LockKeys func(ctx context.Context, tx *sql.Tx, keys ...string) error
	// NULInText means text columns take NUL bytes.
	NULInText bool
	// IndexHints means the database takes INDEXED BY.
	IndexHints bool
	// BeginExclusive, when set, begins a transaction that runs alone among
	// those begun the same way by any process and sees one consistent
	// state of the database throughout (the knowledge base's refreshes);
	// done must be called once it ended. Without it a plain transaction
	// does both (SQLite's write transactions).
	BeginExclusive func(ctx context.Context, db *sql.DB) (tx *sql.Tx, done func(), err error)
	// LockSchema, when set, runs at the start of the migrations'
	// transaction so that processes opening the same store migrate it one
	// at a time.
	LockSchema func(ctx context.Context, tx *sql.Tx) error
}

// Rebind rewrites the ? placeholders of q for the dialect. Queries never
// hold a ? inside a string literal.
func (d *Dialect) Rebind(q string) string {
	if !d.Dollar || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

// Store is a store.Store over a database/sql database in a dialect.
type Store struct {
	name     string // names the store in errors: a path, or a URL without its password
	analyzer string // recorded with every document written (Options.Analyzer)
	db       *sql.DB
	dialect  *Dialect
	now      func() time.Time
	stmts    StmtCache // prepared statements of Put
	deflater deflater  // compresses packed tokens
	// writeMu lets one Put at a time hold a connection in a write
	// transaction. SQLite runs one writer anyway; without it, Puts waiting
	// for the write lock could hold every pooled connection while the
	// writer needs one more to prepare a statement.
	writeMu sync.Mutex
	closers []func() error
}

var _ store.Store = (*Store)(nil)

// New returns the store over db, whose schema is up to date (Migrate).
// name names it in errors; analyzer is recorded with every document
// written. Close closes db.
func New(db *sql.DB, d *Dialect, name, analyzer string) *Store {
	return &Store{name: name, analyzer: analyzer, db: db, dialect: d, now: time.Now, stmts: StmtCache{DB: db, D: d}}
}

// Name names the store: its path, or its URL without the password.
func (s *Store) Name() string { return s.name }

// DB gives direct access to the database, for the knowledge base, tools
// and tests. Document writes must go through Put and Reanalyse.
func (s *Store) DB() *sql.DB { return s.db }

// Dialect is the store's SQL dialect.
func (s *Store) Dialect() *Dialect { return s.dialect }

// OnClose adds fn to what Close runs before closing the database.
func (s *Store) OnClose(fn func() error) { s.closers = append(s.closers, fn) }

// Close releases the prepared statements and closes the database.
func (s *Store) Close() error {
	s.stmts.Close()
	var first error
	for _, fn := range s.closers {
		if err := fn(); err != nil && first == nil {
			first = err
		}
	}
	if err := s.db.Close(); err != nil && first == nil {
		first = err
	}
	if first != nil {
		return fmt.Errorf("store %s: close: %w", s.name, first)
	}
	return nil
}
