// Package pgtest gives tests a PostgreSQL schema of their own. The server
// is the one $HEARSAY_TEST_PG, else $DATABASE_URL, names; without either,
// tests that need it are skipped with a message saying so.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
)

// ServerURL is the URL of the test server, "" when none is configured.
func ServerURL() string {
	if u := os.Getenv("HEARSAY_TEST_PG"); u != "" {
		return u
	}
	return os.Getenv("DATABASE_URL")
}

// URL creates an empty schema of its own on the test server and returns a
// URL whose connections work in it (search_path); the schema is dropped
// when the test ends. It skips the test when no server is configured.
func URL(t testing.TB) string {
	t.Helper()
	base := ServerURL()
	if base == "" {
		t.Skip("no PostgreSQL server: set DATABASE_URL (or HEARSAY_TEST_PG) to postgres://user:password@host:port/db to run this test")
	}
	ctx := context.Background()
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	defer db.Close()
	if err := ensureUnaccent(ctx, db); err != nil {
		t.Fatalf("pgtest: unaccent extension: %v", err)
	}
	var b [6]byte
	rand.Read(b[:])
	schema := "hs_test_" + hex.EncodeToString(b[:])
	if _, err := db.ExecContext(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("pgtest: create schema: %v", err)
	}
	t.Cleanup(func() { Drop(t, base, schema) })
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// Drop drops a schema made by URL and everything in it.
func Drop(t testing.TB, base, schema string) {
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Errorf("pgtest: %v", err)
		return
	}
	defer db.Close()
	if _, err := db.ExecContext(context.Background(), `DROP SCHEMA `+schema+` CASCADE`); err != nil {
		t.Errorf("pgtest: drop schema %s: %v", schema, err)
	}
}

// ensureUnaccent installs the unaccent extension in the public schema once,
// so that the stores of parallel tests share it and dropping one test's
// schema never drops it (a store's migration creates it in its own schema
// only when the database lacks it).
func ensureUnaccent(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// the lock under which stores create the extension (package postgres)
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1, 0)`, 0x48525359); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public`); err != nil {
		return err
	}
	return tx.Commit()
}
