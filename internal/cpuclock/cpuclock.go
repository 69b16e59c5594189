// Package cpuclock measures the CPU time the process has used, for
// benchmarks that report one-core speeds a busy machine does not distort.
package cpuclock

import (
	"testing"
	"time"
)

// ReportPerArticle reports, for a benchmark whose every operation handles
// one article, the CPU time per article (cpu-us/op) and articles per
// CPU-second (articles/cpu-s) spent since start, a value of Used taken
// before the loop. Nothing is reported where CPU time is not measured.
func ReportPerArticle(b *testing.B, start time.Duration) {
	c := Used() - start
	if c <= 0 || b.N == 0 {
		return
	}
	n := float64(b.N)
	b.ReportMetric(float64(c.Microseconds())/n, "cpu-us/op")
	b.ReportMetric(n/c.Seconds(), "articles/cpu-s")
}

// PerArticle runs article, which handles one article, once per benchmark
// operation, counting allocations and starting the clock after the setup
// done before it, then reports as ReportPerArticle does.
func PerArticle(b *testing.B, article func()) {
	b.ReportAllocs()
	b.ResetTimer()
	start := Used()
	for b.Loop() {
		article()
	}
	ReportPerArticle(b, start)
}
