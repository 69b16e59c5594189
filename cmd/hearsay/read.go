package main

import (
	"context"
	"fmt"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/schema"
	"github.com/hearsay-news/hearsay/store"
)

// readJSON is one line of `hearsay read --json`: the document in SCHEMA.md's
// shape plus what the store did with it.
type readJSON struct {
	*schema.Document
	Store store.PutResult `json:"store"`
}

func runRead(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "read", "PATHS...", `Read articles, analyse them, store them, and print a readable summary of each:
its id, date, outlet and title, its sentences, and every annotation layer the
pipeline fills (time expressions with their values, entities with their
mentions, facts in plain words with time, certainty and source).

PATHS are files, directories (read recursively: .txt .text .jsonl .json
.ndjson) or - for standard input. Formats: the dated text format (first line
"date YYYY-MM-DD " and the lede), plain text dated with --date, and JSON Lines
(url, outlet, title, date, text per line).

With --json, prints one JSON object per document per line (the shape of
'hearsay extract --json', plus "store": {"id", "status": "stored" |
"unchanged" | "new-version", "version", "superseded": [ids]}) and the final
count on standard error.`)
	var in storeFlags
	in.register(e, fs)
	asJSON := fs.Bool("json", false, "print one JSON object per document per line")
	b, st, code := in.open(ctx, e, fs, "read", args)
	if st == nil {
		return code
	}
	defer st.Close()
	b.warn = *asJSON // the summary shows them otherwise
	enc := jsonLines(e.stdout)
	counts, err := putBatch(ctx, e, st, b, func(d *hearsay.Document, res store.PutResult) error {
		if *asJSON {
			return enc.Encode(readJSON{Document: schema.FromDocument(d), Store: res})
		}
		status := string(res.Status)
		if res.Status == store.NewVersion {
			status = fmt.Sprintf("new version %d", res.Version)
		}
		printSummary(e.stdout, d, summaryOptions{status: status})
		return nil
	})
	if *asJSON {
		fmt.Fprintln(e.stderr, counts)
	} else {
		fmt.Fprintln(e.stdout, counts)
	}
	return b.exitCode(err)
}
