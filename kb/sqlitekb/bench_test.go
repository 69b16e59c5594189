package sqlitekb

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

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
	b.Cleanup(func() { st.Close() })
	rules, err := kb.LoadRules()
	if err != nil {
		b.Fatal(err)
	}
	c := newCorpus(1, n/4)
	for i := 0; i < n; i++ {
		if _, err := st.Put(ctx, c.doc()); err != nil {
			b.Fatal(err)
		}
	}
	bk := New(st)
	if _, err := kb.Refresh(ctx, bk, rules, true); err != nil {
		b.Fatal(err)
	}
	return st, bk, rules, c
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
	b.Cleanup(func() { st.Close() })
	rules, err := kb.LoadRules()
	if err != nil {
		b.Fatal(err)
	}
	bk := New(st)
	if _, err := kb.Refresh(ctx, bk, rules, false); err != nil {
		b.Fatal(err)
	}
	return st, bk, rules, newCorpus(1, 100)
}

// BenchmarkRefreshAddOne measures bringing the knowledge base of a store
// of N documents up to date after one new document was stored (the time of
// storing it is not counted). With HEARSAY_KB_REFRESH_DB=PATH it adds the
// documents to a copy of that store (e.g. one filled by 'hearsay generate'
// and 'hearsay ingest') instead.
func BenchmarkRefreshAddOne(b *testing.B) {
	sizes := benchSizes
	path := os.Getenv("HEARSAY_KB_REFRESH_DB")
	if path != "" {
		sizes = []int{0}
	}
	for _, n := range sizes {
		name := fmt.Sprintf("docs=%d", n)
		if path != "" {
			name = "db=" + filepath.Base(path)
		}
		b.Run(name, func(b *testing.B) {
			ctx := context.Background()
			var (
				st    *sqlite.Store
				bk    *Backend
				rules *kb.Rules
				c     *corpus
			)
			if path != "" {
				st, bk, rules, c = copyStore(b, path)
			} else {
				st, bk, rules, c = benchStore(b, n)
			}
			var cpu time.Duration
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				if _, err := st.Put(ctx, c.doc()); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				c0 := processCPU()
				if did, err := kb.Refresh(ctx, bk, rules, false); err != nil || !did {
					b.Fatalf("refresh: %v %v", did, err)
				}
				cpu += processCPU() - c0
			}
			b.ReportMetric(cpu.Seconds()*1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// BenchmarkRefreshFull measures a forced full rebuild of the knowledge base
// of a store of N documents (HEARSAY_KB_REFRESH_DB: of a copy of that
// store).
func BenchmarkRefreshFull(b *testing.B) {
	sizes := benchSizes
	path := os.Getenv("HEARSAY_KB_REFRESH_DB")
	if path != "" {
		sizes = []int{0}
	}
	for _, n := range sizes {
		name := fmt.Sprintf("docs=%d", n)
		if path != "" {
			name = "db=" + filepath.Base(path)
		}
		b.Run(name, func(b *testing.B) {
			ctx := context.Background()
			var (
				bk    *Backend
				rules *kb.Rules
			)
			if path != "" {
				_, bk, rules, _ = copyStore(b, path)
				// the first forced rebuild fills what an older store lacks
				if _, err := kb.Refresh(ctx, bk, rules, true); err != nil {
					b.Fatal(err)
				}
			} else {
				_, bk, rules, _ = benchStore(b, n)
			}
			c0 := processCPU()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := kb.Refresh(ctx, bk, rules, true); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric((processCPU()-c0).Seconds()*1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// processCPU is the CPU time (user and system) the process has used: on a
// shared machine it varies less than wall time.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
