package sqldb

import (
	"context"
	"database/sql"
	"sync"
)

// A StmtCache prepares each statement once (database/sql then keeps it
// prepared on every connection that runs it), so that the hot paths do not
// parse SQL for every row. Queries are rebound for the dialect.
type StmtCache struct {
	DB *sql.DB
	D  *Dialect
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

// Get returns the prepared statement for query.
func (c *StmtCache) Get(ctx context.Context, query string) (*sql.Stmt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok := c.m[query]; ok {
		return st, nil
	}
	st, err := c.DB.PrepareContext(ctx, c.D.Rebind(query))
	if err != nil {
		return nil, err
	}
	if c.m == nil {
		c.m = map[string]*sql.Stmt{}
	}
	c.m[query] = st
	return st, nil
}

// Close closes every prepared statement.
func (c *StmtCache) Close() {
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
	cache *StmtCache
}

// stmt returns query prepared and bound to the transaction.
func (w wtx) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	st, err := w.cache.Get(ctx, query)
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
		return w.tx.QueryRowContext(ctx, w.cache.D.Rebind(query), args...)
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

// A Tx is a transaction whose statements are rebound for the dialect.
type Tx struct {
	*sql.Tx
	D *Dialect
}

// QueryContext runs a query.
func (t Tx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return t.Tx.QueryContext(ctx, t.D.Rebind(q), args...)
}

// QueryRowContext runs a query expected to return at most one row.
func (t Tx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return t.Tx.QueryRowContext(ctx, t.D.Rebind(q), args...)
}

// ExecContext runs a statement.
func (t Tx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return t.Tx.ExecContext(ctx, t.D.Rebind(q), args...)
}

// PrepareContext prepares a statement.
func (t Tx) PrepareContext(ctx context.Context, q string) (*sql.Stmt, error) {
	return t.Tx.PrepareContext(ctx, t.D.Rebind(q))
}
