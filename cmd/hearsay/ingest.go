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
	DocsPerSec float64 `json:"docs_per_second"`
	Store      string  `json:"store"`
}

func runIngest(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "ingest", "PATHS...", `Read, analyse and store articles quietly, for large batches. Documents
already stored (same id) are not analysed again, so an interrupted ingest can
simply be run again. A progress line with documents/s is drawn on standard
error when it is a terminal. The last line counts the documents:
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
		out := ingestJSON{putCounts: counts, Seconds: secs, DocsPerSec: float64(counts.Documents) / max(secs, 1e-9), Store: st.Name()}
		if err := jsonLines(e.stdout).Encode(out); err != nil {
			fmt.Fprintf(e.stderr, "hearsay: %v\n", err)
		}
	} else {
		fmt.Fprintf(e.stdout, "%s in %.1fs (%.1f docs/s)\n", st.Name(), b.finished.Seconds(), float64(counts.Documents)/max(b.finished.Seconds(), 1e-9))
		fmt.Fprintln(e.stdout, counts)
	}
	return b.exitCode(err)
}
