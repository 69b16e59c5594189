package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/hearsay-news/hearsay/query"
)

// pageFlags registers --limit and --offset on fs, setting p; what names the
// listed items in their help ("" for plain "this many").
func pageFlags(fs *flag.FlagSet, p *query.Page, what string) {
	if what != "" {
		what = " " + what
	}
	fs.IntVar(&p.Limit, "limit", 0, "at most this many"+what+" (0: all)")
	fs.IntVar(&p.Offset, "offset", 0, "skip this many"+what)
}

// withQuery opens the store at db, brings its knowledge base up to date and
// returns what answer returns for a query engine over it; 1 when the store
// cannot be opened.
func withQuery(ctx context.Context, e *env, db string, answer func(*query.Engine) int) int {
	q, st := openQuery(ctx, e, db)
	if q == nil {
		return exitPartial
	}
	defer st.Close()
	return answer(q)
}

// printAnswer prints a query's answer: v as JSON, or with text; a query
// error is reported with its exit code instead.
func printAnswer(e *env, asJSON bool, v any, err error, text func()) int {
	if err != nil {
		return queryFailed(e, err)
	}
	if asJSON {
		writeKBJSON(e.stdout, v)
		return exitOK
	}
	text()
	return exitOK
}

// printPage prints one page of a listing: {"total": total, key: items} as
// JSON, or with text; a query error is reported with its exit code instead.
func printPage[T any](e *env, asJSON bool, key string, items []T, total int, err error, text func()) int {
	return printAnswer(e, asJSON, map[string]any{"total": total, key: items}, err, text)
}

// jsonLines returns an encoder that writes one JSON value per line to w,
// leaving <, > and & as they are.
func jsonLines(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

// openInput opens the file at path for reading, or standard input for "-".
func openInput(e *env, path string) (io.ReadCloser, error) {
	if path == "-" {
		return io.NopCloser(e.stdin), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// checkAsOf reports a bad --as-of of command cmd as a usage error naming
// the flag, before any store is opened; ok is true when v is empty or a
// calendar day.
func checkAsOf(e *env, cmd, v string) (ok bool) {
	if v == "" {
		return true
	}
	if _, err := time.Parse(time.DateOnly, v); err != nil {
		fmt.Fprintf(e.stderr, "hearsay %s: --as-of %q: want a calendar day, YYYY-MM-DD\n", cmd, v)
		return false
	}
	return true
}
