// Package postgres is hearsay's store on a PostgreSQL server, for teams: a
// store.Store in one database (its tables in the schema the connection's
// search_path names first, "public" by default) that several people ingest
// into and query at once, through the pure-Go driver github.com/jackc/pgx/v5
// behind database/sql.
//
// Everything but opening the database, its schema and its full-text search
// is package sqldb, shared with the SQLite store: each Put and Reanalyse is
// one transaction, so a failed or interrupted one leaves nothing half
// stored. Writers in other processes (other people's ingests) on the same
// document or source wait for each other on advisory locks held until the
// transaction ends, so two versions of one source never both become
// current. Migrations are the embedded files migrations/NNNN_name.sql,
// applied in order under an advisory lock and recorded in schema_version,
// like SQLite's.
//
// Full-text search uses PostgreSQL's own means: a tsvector of each
// document's title and body (text search configuration hearsay_search:
// PostgreSQL's parser, words folded to lower case without diacritics by the
// unaccent extension, no stemming) in a GIN index, tsquery for queries,
// ts_rank to order and ts_headline for snippets.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"net/url"
	"os"
	"slices"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver

	"github.com/hearsay-news/hearsay/store"
	"github.com/hearsay-news/hearsay/store/sqldb"
)

// Options tune Open.
type Options struct {
	// MustExist refuses to create a new store: Open fails with an error
	// wrapping os.ErrNotExist when the database holds no hearsay store.
	MustExist bool
	// Analyzer names the build of hearsay (and its models) that analysed
	// the documents this process stores (store.DocInfo.Analyzer).
	Analyzer string
	// MaxConns is the most connections the store opens; 0 means 8.
	MaxConns int
}

// lockClass is the first key of hearsay's advisory locks ("HRSY"), so that
// they do not collide with other applications' locks on the same server.
const lockClass = 0x48525359

// Dialect is PostgreSQL's: $n placeholders, tsvector and tsquery for search,
// advisory locks between writers.
var Dialect = &sqldb.Dialect{
	Name:        "postgres",
	Dollar:      true,
	MultiRow:    64,  // one round trip per 64 rows rather than per row
	NoLimit:     nil, // LIMIT NULL: no limit
	SearchQuery: tsQuery,
	SearchSQL: `SELECT d.id, d.source, d.outlet, d.title, d.date,
		ts_headline('hearsay_search', f.body, q, 'StartSel=[, StopSel=], MaxWords=20, MinWords=8, ShortWord=0, MaxFragments=1'),
		ts_rank(f.words, q)
		FROM to_tsquery('hearsay_search', ?) q, documents_fts f JOIN documents d ON d.id = f.doc_id
		WHERE f.words @@ q AND d.superseded_by IS NULL
		ORDER BY 7 DESC, d.id LIMIT ? OFFSET ?`,
	TextBytes:      "substring(convert_to(%[1]s, 'UTF8') from %[2]s + 1 for %[3]s)",
	LockKeys:       lockKeys,
	LockSchema:     lockSchema,
	BeginExclusive: beginExclusive,
}

//go:embed migrations/*.sql
var migrationFiles embed.FS

// SchemaVersion is the schema version this package writes: the number of
// the last embedded migration.
func SchemaVersion() int {
	ms, err := sqldb.Migrations(migrationFiles, "migrations")
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].Version
}

// Store is a store.Store in a PostgreSQL database.
type Store struct {
	*sqldb.Store
}

var _ store.Store = (*Store)(nil)

// IsURL reports whether s names a PostgreSQL database (postgres:// or
// postgresql://) rather than a SQLite file.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Redact returns the URL without its password, to name the store in
// messages; a password given as a query parameter is dropped too.
func Redact(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "postgres database (unparsable URL)"
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	q := u.Query()
	if q.Has("password") {
		q.Del("password")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// Open opens the hearsay store in the PostgreSQL database at rawURL
// (postgres://user:password@host:port/database?sslmode=...; a search_path
// parameter chooses the schema), creating its tables when the schema has
// none. It refuses a schema that holds other tables but no hearsay store
// (store.ErrNotHearsay) and one written by a newer hearsay
// (store.ErrSchemaTooNew). Errors name the store without its password.
func Open(ctx context.Context, rawURL string, opts Options) (*Store, error) {
	name := Redact(rawURL)
	db, err := sql.Open("pgx", rawURL)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", name, scrub(err, rawURL))
	}
	if opts.MaxConns <= 0 {
		opts.MaxConns = 8
	}
	db.SetMaxOpenConns(opts.MaxConns)
	db.SetMaxIdleConns(opts.MaxConns)
	if err := prepare(ctx, db, name, opts); err != nil {
		db.Close()
		return nil, scrub(err, rawURL)
	}
	return &Store{Store: sqldb.New(db, Dialect, name, opts.Analyzer)}, nil
}

// prepare checks what the schema holds and migrates it.
func prepare(ctx context.Context, db *sql.DB, name string, opts Options) error {
	var schema sql.NullString
	var tables int
	var hearsay bool
	err := db.QueryRowContext(ctx, `SELECT current_schema(),
		(SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()),
		to_regclass('schema_version') IS NOT NULL AND to_regclass('documents') IS NOT NULL`).Scan(&schema, &tables, &hearsay)
	if err != nil {
		return fmt.Errorf("store %s: %w", name, err)
	}
	if !schema.Valid {
		return fmt.Errorf("store %s: no schema of the search_path exists: %w", name, store.ErrNotHearsay)
	}
	switch {
	case !hearsay && tables > 0:
		return fmt.Errorf("store %s: %w (schema %s holds %d tables of another application; choose another database or schema)",
			name, store.ErrNotHearsay, schema.String, tables)
	case !hearsay && opts.MustExist:
		return fmt.Errorf("store %s: no hearsay store in schema %s: %w", name, schema.String, os.ErrNotExist)
	}
	ms, err := sqldb.Migrations(migrationFiles, "migrations")
	if err != nil {
		return fmt.Errorf("store %s: %w", name, err)
	}
	return sqldb.Migrate(ctx, db, Dialect, name, ms)
}

// scrub removes the password of rawURL from an error's message, should the
// driver quote it, keeping the error's chain for errors.Is.
func scrub(err error, rawURL string) error {
	u, perr := url.Parse(rawURL)
	if err == nil || perr != nil || u.User == nil {
		return err
	}
	pw, ok := u.User.Password()
	if !ok || pw == "" {
		return err
	}
	msg := err.Error()
	for _, s := range []string{":" + pw + "@", "password=" + pw} {
		msg = strings.ReplaceAll(msg, s, strings.Replace(s, pw, "xxxxx", 1))
	}
	if msg == err.Error() {
		return err
	}
	return scrubbed{msg: msg, err: err}
}

// scrubbed is an error whose message had a password taken out.
type scrubbed struct {
	msg string
	err error
}

func (e scrubbed) Error() string { return e.msg }
func (e scrubbed) Unwrap() error { return e.err }

// lockKeys takes a transaction-level advisory lock on each key, in one
// order for every process, so that writers of the same document or source
// run one after the other.
func lockKeys(ctx context.Context, tx *sql.Tx, keys ...string) error {
	keys = slices.Clone(keys)
	slices.Sort(keys)
	for _, k := range slices.Compact(keys) {
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1, hashtext(current_schema() || ':' || $2))`, lockClass, k); err != nil {
			return err
		}
	}
	return nil
}

// lockSchema takes the advisory lock under which the store of the current
// schema is migrated. (Creating the unaccent extension, shared by the
// schemas of a database, takes the lock of key 0 in the migration.)
func lockSchema(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1, hashtext('schema:' || current_schema()))`, lockClass)
	return err
}

// beginExclusive takes a session advisory lock on a connection of its own,
// then begins a repeatable-read transaction there: one consistent snapshot
// taken after any other holder of the lock committed.
func beginExclusive(ctx context.Context, db *sql.DB) (*sql.Tx, func(), error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, nil, err
	}
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1, 1)`, lockClass); err != nil {
		conn.Close()
		return nil, nil, err
	}
	done := func() {
		// a fresh context: the lock must go even when ctx was cancelled
		conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1, 1)`, lockClass)
		conn.Close()
	}
	tx, err := conn.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead})
	if err != nil {
		done()
		return nil, nil, err
	}
	return tx, done, nil
}
