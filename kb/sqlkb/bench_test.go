package sqlkb

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/hearsay-news/hearsay/internal/cpuclock"
	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/store/sqlite"
)

// benchSizes are the store sizes, in documents, the refresh benchmarks
// run at.
var benchSizes = []int{2000, 20000}

// benchStore fills a new store with n generated documents and builds its
// knowledge base.
func benchStore(b *testing.B, n int) (*sqlite.Store, *Backend, *kb.Rules, *corpus) {
	b.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "kb.db"), sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	c := newCorpus(1, n/4)
	for i := 0; i < n; i++ {
		if _, err := st.Put(ctx, c.doc()); err != nil {
			st.Close()
			b.Fatal(err)
		}
	}
	bk, rules := refreshedBackend(b, st, true)
	return st, bk, rules, c
}

// refreshedBackend closes st when the benchmark ends and returns its
// knowledge-base backend, brought up to date (rebuilt in full when full is
// set), with the rules it was built with.
func refreshedBackend(b *testing.B, st *sqlite.Store, full bool) (*Backend, *kb.Rules) {
	b.Helper()
	b.Cleanup(func() { st.Close() })
	rules, err := kb.LoadRules()
	if err != nil {
		b.Fatal(err)
	}
	bk := New(st)
	if _, err := kb.Refresh(context.Background(), bk, rules, full); err != nil {
		b.Fatal(err)
	}
	return bk, rules
}

// copyStore copies the store at path into a new file, without changing
// it, and opens the copy (bringing its schema and knowledge base up to
// date).
func copyStore(b *testing.B, path string) (*sqlite.Store, *Backend, *kb.Rules, *corpus) {
	b.Helper()
	ctx := context.Background()
	dst := filepath.Join(b.TempDir(), "kb.db")
	abs, err := filepath.Abs(path)
	if err != nil {
		b.Fatal(err)
	}
	src, err := sql.Open("sqlite", "file:"+abs+"?mode=ro")
	if err != nil {
		b.Fatal(err)
	}
	_, err = src.ExecContext(ctx, `VACUUM INTO ?`, dst)
	src.Close()
	if err != nil {
		b.Fatal(err)
	}
	st, err := sqlite.Open(ctx, dst, sqlite.Options{MustExist: true})
	if err != nil {
		b.Fatal(err)
	}
	bk, rules := refreshedBackend(b, st, false)
	return st, bk, rules, newCorpus(1, 100)
}

// BenchmarkRefreshAddOne measures bringing the knowledge base of a store
// of N documents up to date after one new document was stored (the time of
// storing it is not counted). With HEARSAY_KB_REFRESH_DB=PATH it adds the
// documents to a copy of that store (e.g. one filled by 'hearsay generate'
// and 'hearsay ingest') instead.
func BenchmarkRefreshAddOne(b *testing.B) {
	eachBenchStore(b, func(b *testing.B, st *sqlite.Store, bk *Backend, rules *kb.Rules, c *corpus) {
		ctx := context.Background()
		var cpu time.Duration
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			if _, err := st.Put(ctx, c.doc()); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			c0 := cpuclock.Used()
			if did, err := kb.Refresh(ctx, bk, rules, false); err != nil || !did {
				b.Fatalf("refresh: %v %v", did, err)
			}
			cpu += cpuclock.Used() - c0
		}
		b.ReportMetric(cpu.Seconds()*1000/float64(b.N), "cpu-ms/op")
	})
}

// BenchmarkRefreshFull measures a forced full rebuild of the knowledge base
// of a store of N documents (HEARSAY_KB_REFRESH_DB: of a copy of that
// store).
func BenchmarkRefreshFull(b *testing.B) {
	eachBenchStore(b, func(b *testing.B, _ *sqlite.Store, bk *Backend, rules *kb.Rules, _ *corpus) {
		ctx := context.Background()
		c0 := cpuclock.Used()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := kb.Refresh(ctx, bk, rules, true); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric((cpuclock.Used()-c0).Seconds()*1000/float64(b.N), "cpu-ms/op")
	})
}

// eachBenchStore runs fn as a sub-benchmark on a store of each of
// benchSizes generated documents, or, with HEARSAY_KB_REFRESH_DB=PATH, on a
// copy of that store whose knowledge base a first forced rebuild has
// completed (filling what an older store lacks).
func eachBenchStore(b *testing.B, fn func(b *testing.B, st *sqlite.Store, bk *Backend, rules *kb.Rules, c *corpus)) {
	if path := os.Getenv("HEARSAY_KB_REFRESH_DB"); path != "" {
		b.Run("db="+filepath.Base(path), func(b *testing.B) {
			st, bk, rules, c := copyStore(b, path)
			if _, err := kb.Refresh(context.Background(), bk, rules, true); err != nil {
				b.Fatal(err)
			}
			fn(b, st, bk, rules, c)
		})
		return
	}
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			st, bk, rules, c := benchStore(b, n)
			fn(b, st, bk, rules, c)
		})
	}
}
