package sqlitekb

import (
	"context"
	"fmt"
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

// BenchmarkRefreshAddOne measures bringing the knowledge base of a store
// of N documents up to date after one new document was stored (the time of
// storing it is not counted).
func BenchmarkRefreshAddOne(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			ctx := context.Background()
			st, bk, rules, c := benchStore(b, n)
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
// of a store of N documents.
func BenchmarkRefreshFull(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			ctx := context.Background()
			_, bk, rules, _ := benchStore(b, n)
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
