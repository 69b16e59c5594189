package sqldb

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/hearsay-news/hearsay/store"
)

// A Migration is one schema step: the SQL of a file NNNN_name.sql.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// Migrations reads the files dir/NNNN_name.sql of fsys in version order.
// Versions must run 1, 2, 3, ... without gaps.
func Migrations(fsys fs.FS, dir string) ([]Migration, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.sql"))
	if err != nil {
		return nil, fmt.Errorf("migrations: %w", err)
	}
	var ms []Migration
	for _, n := range names {
		base := path.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migrations: %s: name must be NNNN_name.sql", n)
		}
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("migrations: %w", err)
		}
		ms = append(ms, Migration{Version: v, Name: base, SQL: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Version < ms[j].Version })
	for i, m := range ms {
		if m.Version != i+1 {
			return nil, fmt.Errorf("migrations: %s: expected version %d", m.Name, i+1)
		}
	}
	return ms, nil
}

// Migrate brings the schema of db up to date with ms in one transaction
// (under the dialect's LockSchema), recording each step in the
// schema_version table. It refuses a database whose schema is newer than
// the newest migration (store.ErrSchemaTooNew). name names the store in
// errors.
func Migrate(ctx context.Context, db *sql.DB, d *Dialect, name string, ms []Migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store %s: migrate: %w", name, err)
	}
	defer tx.Rollback()
	if d.LockSchema != nil {
		if err := d.LockSchema(ctx, tx); err != nil {
			return fmt.Errorf("store %s: migrate: lock: %w", name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("store %s: schema_version: %w", name, err)
	}
	var have int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&have); err != nil {
		return fmt.Errorf("store %s: schema_version: %w", name, err)
	}
	if have > len(ms) {
		return fmt.Errorf("store %s: %w (schema version %d, this hearsay knows up to %d; upgrade hearsay)", name, store.ErrSchemaTooNew, have, len(ms))
	}
	for _, m := range ms[have:] {
		if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
			return fmt.Errorf("store %s: migration %s: %w", name, m.Name, err)
		}
		if _, err := tx.ExecContext(ctx, d.Rebind(`INSERT INTO schema_version(version, name, applied_at) VALUES (?, ?, ?)`),
			m.Version, m.Name, time.Now().UTC().Format(timeLayout)); err != nil {
			return fmt.Errorf("store %s: migration %s: %w", name, m.Name, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store %s: migrate: %w", name, err)
	}
	return nil
}

// nowString is the current time for bookkeeping columns, RFC 3339 in UTC.
func nowString(s *Store) string {
	return s.now().UTC().Format(timeLayout)
}
