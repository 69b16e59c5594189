package main

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsay-news/hearsay/store/sqlite"
)

// TestServeCacheFollowsTheStore checks that the answers hearsay serve keeps
// are dropped as soon as the store changes: after an article posted to the
// server, and after one ingested by another process.
func TestServeCacheFollowsTheStore(t *testing.T) {
	db := ingestedStore(t, "cache.db", "../../examples/navarro-pryce-anniversary.txt")
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db, sqlite.Options{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h, closeKB, err := serveHandler(st, "s3cret-token-0123456789", 1<<20, 1<<20, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer closeKB()
	get := func(path string) string {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s: %d %s", path, rec.Code, rec.Body)
		}
		return rec.Body.String()
	}
	for range 2 {
		if b := get("/api/people?q=ada"); strings.Contains(b, "Ada Lark") {
			t.Fatalf("before any article about her, Ada is known: %s", b)
		}
	}
	const article = `{"url":"https://example.test/a","outlet":"Test Gazette","title":"Ada Lark and Ben Moor wed","date":"2024-05-01","text":"Singer Ada Lark, 31, married actor Ben Moor, 35, on Saturday in Lisbon, the couple's representative said."}`
	req := httptest.NewRequest("POST", "/api/documents", strings.NewReader(article))
	req.Header.Set("Authorization", "Bearer s3cret-token-0123456789")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("POST: %d %s", rec.Code, rec.Body)
	}
	if b := get("/api/people?q=ada"); !strings.Contains(b, "Ada Lark") {
		t.Fatalf("after the post, the kept answer was served: %s", b)
	}
	if b := get("/api/people?q=cora"); strings.Contains(b, "Cora Vance") {
		t.Fatalf("Cora known too early: %s", b)
	}
	// another process ingests an article into the same store
	in := filepath.Join(t.TempDir(), "cora.jsonl")
	if err := os.WriteFile(in, []byte(`{"url":"https://example.test/c","outlet":"Test Gazette","title":"Cora Vance","date":"2024-06-01","text":"Chef Cora Vance, 44, married painter Dov Reyes on Friday, her spokesman said."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	runCLI(t, nil, "ingest", "--db", db, in).want(t, exitOK)
	if b := get("/api/people?q=cora"); !strings.Contains(b, "Cora Vance") {
		t.Fatalf("after another process's ingest, the kept answer was served: %s", b)
	}
}
