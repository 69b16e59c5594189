package query

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"syscall"
	"testing"
	"time"
	"unsafe"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/kb/sqlkb"
	"github.com/hearsay-news/hearsay/store/sqlite"
)

// genInputs makes n fictional articles' analysed content (people with
// ages and occupations, relationships with rumors, denials and
// confirmations from many outlets), deterministic for a seed.
func genInputs(n int, seed int64) ([]*kb.Input, [][3]string) {
	rng := rand.New(rand.NewSource(seed))
	given := []string{"Ada", "Bram", "Cleo", "Dario", "Edda", "Felix", "Greta", "Hugo", "Iris", "Jonas", "Kira", "Luca", "Mina", "Nils", "Olga", "Pavel", "Quinn", "Rhea", "Sami", "Tess"}
	family := make([]string, 0, 2000)
	for i := 0; len(family) < cap(family); i++ {
		family = append(family, fmt.Sprintf("Vale%s%d", string(rune('a'+i%26)), i))
	}
	type person struct {
		name  string
		birth time.Time
		occ   string
	}
	occs := []string{"actor", "singer", "director", "footballer", "senator", "chef", "author"}
	people := make([]person, n/10+10)
	for i := range people {
		people[i] = person{name: given[rng.Intn(len(given))] + " " + family[rng.Intn(len(family))],
			birth: time.Date(1950+rng.Intn(50), 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.Intn(365)), occ: occs[rng.Intn(len(occs))]}
	}
	outlets := make([]string, 40)
	for i := range outlets {
		outlets[i] = fmt.Sprintf("Outlet %d", i)
	}
	types := []string{"dating", "married", "separated", "engaged", "divorced", "collaborated"}
	mods := []string{"asserted", "reported", "rumored", "denied", "reported"}
	var pairs [][3]string
	start := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	ins := make([]*kb.Input, n)
	for i := range ins {
		day := start.AddDate(0, 0, rng.Intn(3650))
		a, b := &people[rng.Intn(len(people))], &people[rng.Intn(len(people))]
		if a == b {
			b = &people[(rng.Intn(len(people)-1)+1+i)%len(people)]
		}
		in := &kb.Input{Doc: fmt.Sprintf("doc%07d", i), Date: day.Format("2006-01-02"), Outlet: outlets[rng.Intn(len(outlets))]}
		for _, p := range []*person{a, b} {
			age := day.Year() - p.birth.Year()
			if day.YearDay() < p.birth.YearDay() {
				age--
			}
			iv, _ := kb.BirthFromAge(age, in.Date)
			in.Entities = append(in.Entities, hearsay.Entity{ID: "e" + strconv.Itoa(len(in.Entities)+1), Type: hearsay.Person, Name: p.name,
				Aliases: []string{p.name}, Age: &hearsay.Age{Years: age, At: in.Date}, Birth: &hearsay.Interval{Earliest: iv.Earliest, Latest: iv.Latest}})
		}
		mod := mods[rng.Intn(len(mods))]
		f := hearsay.Fact{ID: "f1", Type: types[rng.Intn(len(types))], Args: []hearsay.Arg{{Entity: 0}, {Entity: 1}},
			Modality: hearsay.Modality(mod), Polarity: hearsay.Pos, Sentence: 0}
		if mod == "denied" {
			f.Polarity = hearsay.Neg
			f.Sources = []hearsay.Source{{Text: "a representative", Kind: hearsay.RepresentativeSource, Entity: -1}}
		} else if mod != "asserted" {
			f.Sources = []hearsay.Source{{Text: outlets[rng.Intn(len(outlets))], Kind: hearsay.OutletSource, Entity: -1}, {Text: "insiders", Kind: hearsay.AnonymousSource, Entity: -1}}
		}
		if rng.Intn(2) == 0 {
			y := strconv.Itoa(2000 + rng.Intn(24))
			f.Time = pointTime(y)
		}
		occ := hearsay.Fact{ID: "f2", Type: "occupation", Args: []hearsay.Arg{{Entity: 0}, {Entity: -1, Literal: a.occ}}, Modality: hearsay.Asserted, Polarity: hearsay.Pos, Sentence: 0}
		in.Facts = []hearsay.Fact{f, occ}
		in.Sentences = []kb.InputSentence{{Text: a.name + " and " + b.name + " are said to be " + f.Type + ".", Span: hearsay.Span{Start: 0, End: 40}}}
		ins[i] = in
		pairs = append(pairs, [3]string{a.name, b.name, in.Date})
	}
	return ins, pairs
}

// BenchmarkQueries measures status, timeline and person latency (p50, p99,
// wall and CPU) over 1000 random pairs of related people. With
// HEARSAY_KB_BENCH_DB=PATH it queries that store (e.g. one filled with
// 'hearsay generate --n 100000' and 'hearsay ingest'); with
// HEARSAY_KB_BENCH=N it builds a knowledge base of N generated articles'
// analyses and stores it first. Skipped unless one is set.
func BenchmarkQueries(b *testing.B) {
	ctx := context.Background()
	if path := os.Getenv("HEARSAY_KB_BENCH_DB"); path != "" {
		st, err := sqlite.Open(ctx, path, sqlite.Options{MustExist: true})
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		var pairs [][3]string
		err = sqlkb.New(st).EachClaim(ctx, func(c *kb.Claim) error {
			if len(c.Args) == 2 && c.Args[0].Entity != "" && c.Args[1].Entity != "" && c.Args[0].Entity != c.Args[1].Entity {
				pairs = append(pairs, [3]string{c.Args[0].Name, c.Args[1].Name, c.Reports[len(c.Reports)-1].Date})
			}
			return nil
		})
		if err != nil || len(pairs) == 0 {
			b.Fatalf("%s: %d pairs of people, %v", path, len(pairs), err)
		}
		b.Logf("%s: %d claims between two people", path, len(pairs))
		benchQueries(b, New(sqlkb.New(st)), pairs)
		return
	}
	n, _ := strconv.Atoi(os.Getenv("HEARSAY_KB_BENCH"))
	if n <= 0 {
		b.Skip("set HEARSAY_KB_BENCH=N (articles) or HEARSAY_KB_BENCH_DB=PATH to run")
	}
	ins, pairs := genInputs(n, 1)
	rules, err := kb.LoadRules()
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	k, err := kb.Build(ctx, rules, ins, nil)
	if err != nil {
		b.Fatal(err)
	}
	build := time.Since(t0)
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "kb.db"), sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	t1 := time.Now()
	if err := sqlkb.New(st).Replace(ctx, k); err != nil {
		b.Fatal(err)
	}
	write := time.Since(t1)
	b.Logf("%d articles: %d entities, %d claims; build %v, write %v", n, len(k.Entities), len(k.Claims), build, write)
	benchQueries(b, New(sqlkb.New(st)), pairs)
}

// benchQueries times the three queries over random pairs of related
// people; status is asked as of the day of the pair's last report.
func benchQueries(b *testing.B, q *Engine, pairs [][3]string) {
	ctx := context.Background()
	rng := rand.New(rand.NewSource(2))
	// Wall time is what a caller waits; on a shared machine it includes
	// time the thread was descheduled, so the CPU time the query's thread
	// used is reported too.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	run := func(name string, f func(p [3]string) error) {
		var lat, cpu []time.Duration
		for i := 0; i < 1000; i++ {
			p := pairs[rng.Intn(len(pairs))]
			c0 := threadCPU()
			s := time.Now()
			if err := f(p); err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Since(s))
			cpu = append(cpu, threadCPU()-c0)
		}
		for _, xs := range [][]time.Duration{lat, cpu} {
			sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
		}
		p := func(xs []time.Duration, q int) time.Duration { return xs[len(xs)*q/100] }
		b.Logf("%-8s wall p50 %v p99 %v; thread CPU p50 %v p99 %v", name, p(lat, 50), p(lat, 99), p(cpu, 50), p(cpu, 99))
		b.ReportMetric(float64(p(lat, 99).Microseconds())/1000, name+"_p99_ms")
		b.ReportMetric(float64(p(cpu, 99).Microseconds())/1000, name+"_cpu_p99_ms")
	}
	for i := 0; i < b.N; i++ {
		run("status", func(p [3]string) error { _, err := q.Status(ctx, p[0], p[1], p[2]); return err })
		run("timeline", func(p [3]string) error { _, err := q.Timeline(ctx, p[0], "", Page{}); return err })
		run("person", func(p [3]string) error { _, err := q.Person(ctx, p[1], ""); return err })
	}
}

// threadCPU is the CPU time the calling OS thread has used
// (CLOCK_THREAD_CPUTIME_ID), 0 where it cannot be read.
func threadCPU() time.Duration {
	var ts syscall.Timespec
	const clockThreadCPUTime = 3
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return 0
	}
	return time.Duration(ts.Nano())
}
