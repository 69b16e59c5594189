package main

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"sync"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
)

// benchResult is what `hearsay bench` measures.
type benchResult struct {
	Documents  int     `json:"documents"`
	Failed     int     `json:"failed"`
	Bytes      int64   `json:"bytes"`
	Seconds    float64 `json:"seconds"`
	DocsPerSec float64 `json:"docs_per_second"`
	MBPerSec   float64 `json:"mb_per_second"`
	PeakHeapMB float64 `json:"peak_heap_mb"` // largest heap in use seen (sampled every 50 ms)
	SysMB      float64 `json:"sys_mb"`       // memory obtained from the OS by the end
	Workers    int     `json:"workers"`
	Stored     bool    `json:"stored"`
}

func runBench(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "bench", "PATHS...", `Time the whole pipeline (reading and every analysis stage) over files or
directories and print documents/s, MB/s of input text and peak memory. By
default nothing is stored; with --db PATH the documents are stored there too.
Accuracy is measured by 'hearsay eval', not here. PATHS are read as by
'hearsay read' (files, directories, - for standard input).

Examples, from the repository root:
  hearsay bench examples/
  hearsay generate --n 2000 --seed 7 /tmp/gen.jsonl && hearsay bench --workers 2 --json /tmp/gen.jsonl
  hearsay bench --db /tmp/bench.db testdata/dev`)
	var in inputFlags
	in.register(fs)
	db := fs.String("db", "", "also store the documents in this store (default: no store)")
	asJSON := fs.Bool("json", false, "print the measurements as one JSON object")
	b, code := in.batch(e, fs, "bench", args)
	if b == nil {
		return code
	}
	handle := func(*hearsay.Document) error { return nil }
	if *db != "" {
		st := openStoreWith(ctx, e, *db, storeOptions{Analyzer: analyzerName(b.pipe)})
		if st == nil {
			return exitPartial
		}
		defer st.Close()
		handle = func(d *hearsay.Document) error { _, err := st.Put(ctx, d); return err }
	}
	peak, stopSampling := sampleHeap()
	runtime.GC()
	n := 0
	err := b.run(ctx, func(d *hearsay.Document) error {
		n++
		return handle(d)
	})
	stopSampling()
	if b.started.IsZero() { // the pipeline failed to load: no figures to give
		return b.exitCode(err)
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	secs := b.finished.Seconds()
	r := benchResult{
		Documents: n, Failed: int(b.failed.Load()), Bytes: b.bytes.Load(), Seconds: secs,
		DocsPerSec: float64(n) / max(secs, 1e-9), MBPerSec: float64(b.bytes.Load()) / 1e6 / max(secs, 1e-9),
		PeakHeapMB: float64(*peak) / 1e6, SysMB: float64(ms.Sys) / 1e6, Workers: in.workers, Stored: *db != "",
	}
	if r.Workers == 0 {
		r.Workers = runtime.NumCPU()
	}
	if *asJSON {
		if err := json.NewEncoder(e.stdout).Encode(r); err != nil {
			return exitPartial
		}
	} else {
		fmt.Fprintf(e.stdout, "documents  %d analysed, %d failed (%d workers)\n", r.Documents, r.Failed, r.Workers)
		fmt.Fprintf(e.stdout, "input      %.2f MB\n", float64(r.Bytes)/1e6)
		fmt.Fprintf(e.stdout, "time       %.2f s\n", r.Seconds)
		fmt.Fprintf(e.stdout, "speed      %.1f documents/s, %.2f MB/s\n", r.DocsPerSec, r.MBPerSec)
		fmt.Fprintf(e.stdout, "memory     peak heap %.1f MB, %.1f MB from the OS\n", r.PeakHeapMB, r.SysMB)
	}
	return b.exitCode(err)
}

// sampleHeap records the largest HeapInuse seen every 50 ms until stop is
// called; *peak is final once stop returns.
func sampleHeap() (peak *uint64, stop func()) {
	peak = new(uint64)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	sample := func() {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		*peak = max(*peak, ms.HeapInuse)
	}
	go func() {
		defer wg.Done()
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				sample()
				return
			case <-t.C:
				sample()
			}
		}
	}()
	return peak, func() { close(done); wg.Wait() }
}
