package sqldb

import (
	"context"
	"database/sql"
	"sync"
)

// A stmtCache prepares each statement once per store (database/sql then
// keeps it prepared on every connection that runs it), so that the hot
// paths do not parse SQL for every row.
type stmtCache struct {
	db *sql.DB
	d  *Dialect
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

// get returns the prepared statement for query.
func (c *stmtCache) get(ctx context.Context, query string) (*sql.Stmt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok := c.m[query]; ok {
		return st, nil
	}
	st, err := c.db.PrepareContext(ctx, c.d.Rebind(query))
	if err != nil {
		return nil, err
	}
	if c.m == nil {
		c.m = map[string]*sql.Stmt{}
	}
	c.m[query] = st
	return st, nil
}

// close closes every prepared statement.
func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.m {
		st.Close()
	}
	c.m = nil
}

// A wtx is a transaction that runs cached prepared statements.
type wtx struct {
	tx    *sql.Tx
	cache *stmtCache
}

// stmt returns query prepared and bound to the transaction.
func (w wtx) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	st, err := w.cache.get(ctx, query)
	if err != nil {
		return nil, err
	}
	return w.tx.StmtContext(ctx, st), nil
}

// exec runs a statement once.
func (w wtx) exec(ctx context.Context, query string, args ...any) error {
	st, err := w.stmt(ctx, query)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(ctx, args...)
	return err
}

// queryRow runs a query expected to return at most one row.
func (w wtx) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := w.stmt(ctx, query)
	if err != nil {
		// Let the error surface through Scan.
		return w.tx.QueryRowContext(ctx, w.cache.d.Rebind(query), args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// query runs a query.
func (w wtx) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := w.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}
