package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/kb/sqlkb"
	"github.com/hearsay-news/hearsay/store"
	"github.com/hearsay-news/hearsay/store/postgres"
)

func runCopy(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "copy", "--from SRC [--to DST]", `Copy a store into another one, for example a SQLite file into a PostgreSQL
database: every document with all its versions (the oldest version of each
source first, so that the copy has the same current versions and the same
supersession) and your entity decisions, in the order they were made; the
knowledge base of the copy is then rebuilt once.

SRC and DST are what --db takes: a SQLite file or a postgres:// URL. DST
defaults to $`+dbEnv+`. Documents already in DST are left alone and decisions
already there are not added twice, so an interrupted copy is simply run
again. Each document is written in one transaction. A progress line is drawn
on standard error when it is a terminal; the last line counts the documents:
"N documents: X copied, Y already there, Z failed; K decisions copied".

Not carried over: ingestion times (the copy records when it stored each
document) and version numbers of sources whose versions were revived (the
order of the versions is kept).`)
	from := fs.String("from", "", "store to copy from: a SQLite file or a postgres:// URL (required)")
	to := fs.String("to", "", "store to copy into: a SQLite file or a postgres:// URL (default $"+dbEnv+")")
	asJSON := fs.Bool("json", false, "print the counts as one JSON object")
	if _, code, ok := parseArgs(e, fs, args, 0, "no arguments"); !ok {
		return code
	}
	if *to == "" {
		*to = e.getenv(dbEnv) // read here, not as the flag's default, which --help would print with its password
	}
	if *from == "" || *to == "" {
		fmt.Fprintf(e.stderr, "hearsay copy: want --from SRC and --to DST (or $%s)\n", dbEnv)
		return exitUsage
	}
	if sameStore(*from, *to) {
		fmt.Fprintf(e.stderr, "hearsay copy: %s and %s are the same store\n", storeName(*from), storeName(*to))
		return exitUsage
	}
	src := openStore(ctx, e, *from, true)
	if src == nil {
		return exitPartial
	}
	defer src.Close()
	c := &copier{e: e, src: src, to: *to, dsts: map[string]dbStore{}, b: &batch{e: e}}
	defer c.close()
	dst := c.dest(ctx, "")
	if dst == nil {
		return exitPartial
	}
	err := c.documents(ctx)
	if err == nil {
		err = c.decisions(ctx)
	}
	if ctx.Err() == nil {
		refreshKB(ctx, e, dst)
	}
	if *asJSON {
		if err := jsonLines(e.stdout).Encode(c.counts); err != nil {
			fmt.Fprintf(e.stderr, "hearsay: %v\n", err)
		}
	} else {
		fmt.Fprintln(e.stdout, c.counts)
	}
	return c.b.exitCode(err)
}

// copyCounts tallies a copy.
type copyCounts struct {
	Documents int `json:"documents"` // documents of the source, superseded versions included
	Copied    int `json:"copied"`
	There     int `json:"already_there"`
	Failed    int `json:"failed"`
	Decisions int `json:"decisions_copied"`
}

// String is the last line of copy.
func (c copyCounts) String() string {
	return fmt.Sprintf("%s: %d copied, %d already there, %d failed; %s copied",
		count(int64(c.Documents), "document", "documents"), c.Copied, c.There, c.Failed, count(int64(c.Decisions), "decision", "decisions"))
}

// A copier copies one store into another. Documents are written through a
// destination handle per analyzer, so that each copied document keeps the
// build that analysed it (store.DocInfo.Analyzer).
type copier struct {
	e      *env
	src    dbStore
	to     string
	dsts   map[string]dbStore // destination handles by analyzer; "" is the main one
	b      *batch             // failures and the progress line
	counts copyCounts
}

// dest returns the destination handle that records analyzer, opening it
// on first use; nil (after printing why) when it cannot be opened.
func (c *copier) dest(ctx context.Context, analyzer string) dbStore {
	if st, ok := c.dsts[analyzer]; ok {
		return st
	}
	st := openStoreWith(ctx, c.e, c.to, storeOptions{Analyzer: analyzer})
	if st != nil {
		c.dsts[analyzer] = st
	}
	return st
}

// close closes every destination handle.
func (c *copier) close() {
	for _, st := range c.dsts {
		st.Close()
	}
}

// documents copies every document of the source that the destination does
// not hold yet, current or superseded.
func (c *copier) documents(ctx context.Context) error {
	infos, err := c.src.Documents(ctx, store.DocFilter{Superseded: true})
	if err != nil {
		return err
	}
	there, err := storedIDs(ctx, c.dsts[""])
	if err != nil {
		return err
	}
	sortOldestFirst(infos)
	c.counts.Documents = len(infos)
	c.b = &batch{e: c.e, progress: true, started: time.Now()}
	stop := c.b.startProgress()
	defer stop()
	for _, info := range infos {
		if err := ctx.Err(); err != nil {
			return err
		}
		if current, ok := there[info.ID]; ok && (current || info.SupersededBy != "") {
			c.counts.There++
		} else if err := c.document(ctx, info); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			c.b.fail(location(info.Source, info.URL, info.Line), err)
		} else {
			c.counts.Copied++
		}
		c.b.bytes.Add(int64(info.Bytes))
		c.b.done.Add(1)
	}
	c.counts.Failed = int(c.b.failed.Load())
	return nil
}

// document copies one document.
func (c *copier) document(ctx context.Context, info store.DocInfo) error {
	d, err := c.src.Document(ctx, info.ID)
	if err != nil {
		return err
	}
	dst := c.dest(ctx, info.Analyzer)
	if dst == nil {
		return fmt.Errorf("cannot open %s", storeName(c.to))
	}
	_, err = dst.Put(ctx, d)
	return err
}

// storedIDs returns the ids of every document in st, superseded ones
// included, each with whether it is current. Has alone would not do: it
// reports only current documents, and putting a superseded version again
// would make it current. A document current in the source and superseded
// in the destination is put again, which makes it current there too.
func storedIDs(ctx context.Context, st dbStore) (map[string]bool, error) {
	infos, err := st.Documents(ctx, store.DocFilter{Superseded: true})
	if err != nil {
		return nil, err
	}
	ids := make(map[string]bool, len(infos))
	for _, d := range infos {
		ids[d.ID] = d.SupersededBy == ""
	}
	return ids, nil
}

// sortOldestFirst orders documents by version, so that every version of a
// source comes before the versions that superseded it (a version revived
// after being superseded carries the newest number), then by date and id.
func sortOldestFirst(infos []store.DocInfo) {
	slices.SortStableFunc(infos, func(a, b store.DocInfo) int {
		return cmp.Or(cmp.Compare(a.Version, b.Version), a.Date.Compare(b.Date), strings.Compare(a.ID, b.ID))
	})
}

// decisions appends the source's decisions, in order, that the destination
// does not have yet (the same operation, entities, documents and note).
func (c *copier) decisions(ctx context.Context) error {
	dst := sqlkb.New(c.dsts[""])
	have, err := dst.Decisions(ctx)
	if err != nil {
		return err
	}
	want, err := sqlkb.New(c.src).Decisions(ctx)
	if err != nil {
		return err
	}
	left := map[string]int{}
	for _, d := range have {
		left[decisionKey(d)]++
	}
	for _, d := range want {
		k := decisionKey(d)
		if left[k] > 0 {
			left[k]--
			continue
		}
		d.Seq = 0
		if err := dst.AddDecision(ctx, d); err != nil {
			return fmt.Errorf("%s: %w", storeName(c.to), err)
		}
		c.counts.Decisions++
	}
	return nil
}

// decisionKey says what a decision does, without its sequence number.
func decisionKey(d kb.Decision) string {
	d.Seq = 0
	k, _ := json.Marshal(d)
	return string(k)
}

// sameStore reports whether two --db values name the same store: the same
// SQLite file (however named), or the same PostgreSQL server, database and
// search path.
func sameStore(a, b string) bool {
	if postgres.IsURL(a) != postgres.IsURL(b) {
		return false
	}
	if postgres.IsURL(a) {
		return pgIdentity(a) == pgIdentity(b)
	}
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(fa, fb)
	}
	absA, errA := filepath.Abs(a)
	absB, errB := filepath.Abs(b)
	return errA == nil && errB == nil && absA == absB
}

// pgIdentity reduces a PostgreSQL URL to what chooses the store: host,
// port, database and search path (the URL itself when it does not parse).
func pgIdentity(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	host, port := u.Hostname(), u.Port()
	if host == "" {
		host = "localhost"
	}
	if port == "" {
		port = "5432"
	}
	db := strings.TrimPrefix(u.Path, "/")
	if db == "" {
		db = u.User.Username()
	}
	path := strings.ReplaceAll(u.Query().Get("search_path"), " ", "")
	if path == "" {
		path = "public"
	}
	return strings.ToLower(host) + ":" + port + "/" + db + "?" + path
}
