package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/hearsay-news/hearsay/store"
)

func runSearch(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "search", "QUERY...", `Full-text search over the titles and text of stored documents (current
versions), best match first. Every word must occur; case and accents are
ignored ("etienne" finds "Étienne"); a word ending in * matches as a prefix;
"a quoted phrase" must occur as written.

Prints the short id, date, outlet and title of each match and a snippet
with the matched words in [brackets]. With --json, prints one JSON object
per match per line: id, source, outlet, title, date, snippet, score.`)
	db := dbFlag(e, fs)
	limit := fs.Int("limit", 20, "show at most this many matches (0: all)")
	offset := fs.Int("offset", 0, "skip this many matches first")
	asJSON := fs.Bool("json", false, "print one JSON object per match per line")
	pos, code, ok := parseFlags(fs, args)
	if !ok {
		return code
	}
	query := strings.TrimSpace(strings.Join(pos, " "))
	if query == "" {
		fmt.Fprintln(e.stderr, "hearsay search: no query (see --help)")
		return exitUsage
	}
	hits, ok := readStore(ctx, e, *db, func(st dbStore) ([]store.Hit, error) { return st.Search(ctx, query, *limit, *offset) })
	if !ok {
		return exitPartial
	}
	enc := jsonLines(e.stdout)
	for _, h := range hits {
		if *asJSON {
			if err := enc.Encode(h); err != nil {
				return exitPartial
			}
			continue
		}
		fmt.Fprintf(e.stdout, "%s  %s  %s  %s\n    %s\n", shortID(h.ID), h.Date.Format(time.DateOnly), orElse(h.Outlet, "-"), orElse(h.Title, h.Source), oneLine(h.Snippet))
	}
	if !*asJSON && len(hits) == 0 {
		fmt.Fprintf(e.stderr, "no documents match %q\n", query)
	}
	return exitOK
}
