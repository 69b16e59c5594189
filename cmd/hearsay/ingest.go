package main

import (
	"context"
	"fmt"

	hearsay "github.com/hearsay-news/hearsay"
)

// ingestJSON is the result of `hearsay ingest --json`.
type ingestJSON struct {
	putCounts
	Seconds    float64 `json:"seconds"`
	DocsPerSec float64 `json:"docs_per_second"` // documents stored per second; 0 when none was

	Store string `json:"store"`
}

func runIngest(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "ingest", "PATHS...", `Read, analyse and store articles quietly, for large batches. Documents
already stored (same id) are not analysed again, so an interrupted ingest can
simply be run again. A progress line with documents/s is drawn on standard
error when it is a terminal. The summary gives the time taken and, when
documents were stored, how many a second; its last line counts them:
"N documents: X stored, Y unchanged, Z failed".

PATHS are files, directories (recursive) or - for standard input, in the
formats 'hearsay read --help' describes. A document that fails is reported
with its file (and line) and the others are still stored; the exit code is
then 1.`)
	var in storeFlags
	in.register(e, fs)
	asJSON := fs.Bool("json", false, "print the counts as one JSON object")
	b, st, code := in.open(ctx, e, fs, "ingest", args)
	if st == nil {
		return code
	}
	defer st.Close()
	b.progress = true
	b.warn = true
	b.skip = func(ctx context.Context, d *hearsay.Document) bool {
		ok, err := st.Has(ctx, d.ID)
		return err == nil && ok
	}
	counts, err := putBatch(ctx, e, st, b, nil)
	if *asJSON {
		secs := b.finished.Seconds()
		out := ingestJSON{putCounts: counts, Seconds: secs, DocsPerSec: storeRate(counts, secs), Store: st.Name()}
		if err := jsonLines(e.stdout).Encode(out); err != nil {
			fmt.Fprintf(e.stderr, "hearsay: %v\n", err)
		}
	} else {
		fmt.Fprintln(e.stdout, timing(st.Name(), counts, b.finished.Seconds()))
		fmt.Fprintln(e.stdout, counts)
	}
	return b.exitCode(err)
}

// storeRate is the documents stored per second: those left unchanged were
// not analysed, and a rate of nothing stored would say nothing.
func storeRate(c putCounts, secs float64) float64 {
	return float64(c.Stored) / max(secs, 1e-9)
}

// timing is ingest's first summary line: the store, the time taken and,
// when documents were stored, how many a second.
func timing(name string, c putCounts, secs float64) string {
	s := fmt.Sprintf("%s in %.1fs", name, secs)
	if c.Stored > 0 {
		s += fmt.Sprintf(" (%.1f stored docs/s)", storeRate(c, secs))
	}
	return s
}
