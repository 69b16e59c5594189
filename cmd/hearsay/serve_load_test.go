package main

import (
	"context"
	"io"
	"math/rand"
	"net/http"
	"net/url"
	"os"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/hearsay-news/hearsay/api"
	"github.com/hearsay-news/hearsay/internal/cpuclock"
	"github.com/hearsay-news/hearsay/query"
)

// loadClients is the number of concurrent clients of BenchmarkServeLoad
// unless $HEARSAY_LOAD_CLIENTS says otherwise.
const loadClients = 50

// serveCacheBytes is the size of the server's answer cache in the load
// benchmark and the browser test: $HEARSAY_LOAD_CACHE_MB MiB when set (0
// turns it off, to measure answers computed afresh), else the default of
// hearsay serve.
func serveCacheBytes() int64 {
	if n, err := strconv.ParseInt(os.Getenv("HEARSAY_LOAD_CACHE_MB"), 10, 64); err == nil && n >= 0 {
		return n << 20
	}
	return api.DefaultCacheBytes
}

// clients is the number of concurrent clients to run.
func clients() int {
	if n, err := strconv.Atoi(os.Getenv("HEARSAY_LOAD_CLIENTS")); err == nil && n > 0 {
		return n
	}
	return loadClients
}

// BenchmarkServeLoad measures the person page and the status API under
// 50 concurrent clients on loopback, against the store named by
// $HEARSAY_LOAD_DB (for example 100,000 articles from `hearsay generate`,
// ingested). It reports the p50, p99 and largest latencies, requests per
// second and the process's CPU time per request. Skipped
// unless the variable is set:
//
//	HEARSAY_LOAD_DB=big.db go test ./cmd/hearsay -run '^$' -bench ServeLoad -benchtime 5000x
//
// Each question is asked in two rounds: the first picks random targets and
// finds the server's answer cache empty (every target's first request
// computes its answer), the second ("-again") asks for the same targets,
// whose answers are then kept.
// $HEARSAY_LOAD_CLIENTS changes the number of clients, and
// $HEARSAY_LOAD_CACHE_MB the size of the answer cache (0: none, every
// answer computed afresh).
func BenchmarkServeLoad(b *testing.B) {
	db := os.Getenv("HEARSAY_LOAD_DB")
	if db == "" {
		b.Skip("set HEARSAY_LOAD_DB to a store to load-test")
	}
	base, q := startServer(b, db)
	people, pairs := loadTargets(b, q)
	n := clients()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: n, MaxConnsPerHost: n}, Timeout: 30 * time.Second}
	for _, round := range []string{"", "-again"} {
		b.Run("person-page"+round, func(b *testing.B) {
			runLoad(b, client, n, func(rng *rand.Rand) string {
				return base + "/people/" + url.PathEscape(people[rng.Intn(len(people))])
			})
		})
	}
	for _, round := range []string{"", "-again"} {
		b.Run("status-api"+round, func(b *testing.B) {
			runLoad(b, client, n, func(rng *rand.Rand) string {
				p := pairs[rng.Intn(len(pairs))]
				return base + "/api/status?a=" + url.QueryEscape(p[0]) + "&b=" + url.QueryEscape(p[1])
			})
		})
	}
}

// loadTargets picks the people to ask for (up to 2000 persons, the most
// documented first) and, for the status API, pairs of related people.
func loadTargets(b *testing.B, q *query.Engine) (ids []string, pairs [][2]string) {
	ctx := context.Background()
	refs, _, err := q.People(ctx, "", query.Page{Limit: 2000})
	if err != nil || len(refs) == 0 {
		b.Fatalf("people: %v (%d)", err, len(refs))
	}
	for _, r := range refs {
		ids = append(ids, r.ID)
		if len(pairs) >= 500 {
			continue
		}
		p, err := q.PersonByID(ctx, r.ID, "")
		if err != nil {
			b.Fatal(err)
		}
		if len(p.Related) > 0 {
			pairs = append(pairs, [2]string{p.Name, p.Related[0].Name})
		}
	}
	if len(pairs) == 0 {
		b.Fatal("no related people for the status API")
	}
	return ids, pairs
}

// runLoad sends b.N requests from n goroutines and reports the latency
// percentiles.
func runLoad(b *testing.B, client *http.Client, n int, next func(*rand.Rand) string) {
	lat := make([]time.Duration, b.N)
	var mu sync.Mutex
	i, failed := 0, 0
	var wg sync.WaitGroup
	b.ResetTimer()
	start, cpu0 := time.Now(), cpuclock.Used()
	for c := range n {
		wg.Add(1)
		go func(seed int64) {
			defer wg.Done()
			rng := rand.New(rand.NewSource(seed))
			for {
				mu.Lock()
				k := i
				i++
				mu.Unlock()
				if k >= b.N {
					return
				}
				t0 := time.Now()
				resp, err := client.Get(next(rng))
				if err == nil {
					_, _ = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				lat[k] = time.Since(t0)
				if err != nil || resp.StatusCode != http.StatusOK {
					mu.Lock()
					failed++
					mu.Unlock()
				}
			}
		}(int64(c))
	}
	wg.Wait()
	elapsed, cpu := time.Since(start), cpuclock.Used()-cpu0
	b.StopTimer()
	if failed > 0 {
		b.Errorf("%d of %d requests failed", failed, b.N)
	}
	sort.Slice(lat, func(x, y int) bool { return lat[x] < lat[y] })
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
	b.ReportMetric(ms(lat[min(len(lat)-1, len(lat)*99/100)]), "p99-ms")
	b.ReportMetric(ms(lat[len(lat)-1]), "max-ms")
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(ms(cpu)/float64(b.N), "cpu-ms/req")
}
