package main

// Shared by the commands that read documents (read, ingest, extract, bench):
// their common flags, opening the store, and the batch loop that reads
// inputs, runs the pipeline in parallel and hands results over in input
// order.

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/pipeline"
	"github.com/hearsay-news/hearsay/reader"
	"github.com/hearsay-news/hearsay/store"
	"github.com/hearsay-news/hearsay/store/postgres"
	"github.com/hearsay-news/hearsay/store/sqldb"
	"github.com/hearsay-news/hearsay/store/sqlite"
	"github.com/hearsay-news/hearsay/tag/ner"
)

// defaultDB is the store used when neither --db nor HEARSAY_DB is set.
const defaultDB = "hearsay.db"

// dbEnv is the environment variable that chooses the store.
const dbEnv = "HEARSAY_DB"

// dbFlag adds --db to fs and returns where its value lands.
func dbFlag(e *env, fs *flag.FlagSet) *string {
	def := defaultDB
	if v := e.getenv(dbEnv); v != "" {
		def = v
	}
	return fs.String("db", def, "hearsay store: a SQLite file, or a PostgreSQL database as postgres://user:password@host/db; the default comes from $"+dbEnv+", else ./"+defaultDB)
}

// dbStore is an open store of either backend: a SQLite file or a
// PostgreSQL database.
type dbStore interface {
	store.Store
	DB() *sql.DB
	Dialect() *sqldb.Dialect
	Name() string
}

// storeOptions tune how a store is opened.
type storeOptions struct {
	MustExist bool   // refuse to create a store
	Analyzer  string // recorded with every document written
}

// openStore opens the store at path; mustExist refuses to create one. On
// failure it prints why and returns nil.
func openStore(ctx context.Context, e *env, path string, mustExist bool) dbStore {
	return openStoreWith(ctx, e, path, storeOptions{MustExist: mustExist})
}

// openStoreWith opens the store at path with opts: a postgres:// or
// postgresql:// URL opens a PostgreSQL database, anything else is a SQLite
// file. On failure it prints why, naming the store without its password,
// and returns nil.
func openStoreWith(ctx context.Context, e *env, path string, opts storeOptions) dbStore {
	name := storeName(path)
	var (
		s   dbStore
		err error
	)
	if postgres.IsURL(path) {
		s, err = postgres.Open(ctx, path, postgres.Options{MustExist: opts.MustExist, Analyzer: opts.Analyzer})
	} else {
		s, err = sqlite.Open(ctx, path, sqlite.Options{MustExist: opts.MustExist, Analyzer: opts.Analyzer})
	}
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			fmt.Fprintf(e.stderr, "hearsay: no store at %s (ingest documents first, or choose one with --db or $%s)\n", name, dbEnv)
		} else {
			fmt.Fprintf(e.stderr, "hearsay: %v\n", err)
		}
		return nil
	}
	return s
}

// storeName names a store in messages, without a password.
func storeName(path string) string {
	if postgres.IsURL(path) {
		return postgres.Redact(path)
	}
	return path
}

// inputFlags are the flags of commands that read documents.
type inputFlags struct {
	date     string
	maxBytes int64
	outlet   string
	workers  int
	nerModel string
}

// register adds the input flags to fs.
func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.date, "date", "", "publication date YYYY-MM-DD for plain-text inputs that have no date line")
	fs.Int64Var(&f.maxBytes, "max-bytes", reader.DefaultMaxBytes, "refuse input files larger than this many bytes")
	fs.StringVar(&f.outlet, "outlet", "", "outlet for inputs that name none")
	fs.IntVar(&f.workers, "workers", 0, "documents analysed in parallel (0: one per CPU)")
	fs.StringVar(&f.nerModel, "model", ner.DefaultModel, "named-entity model: "+modelNames())
}

// options turns the flags into reader options, or reports a usage error.
func (f *inputFlags) options(e *env) (reader.Options, bool) {
	opts := reader.Options{MaxBytes: f.maxBytes, Outlet: f.outlet, Stdin: e.stdin, DateFlag: "--date"}
	if f.date != "" {
		d, err := time.Parse(time.DateOnly, f.date)
		if err != nil {
			fmt.Fprintf(e.stderr, "hearsay: --date %q: want YYYY-MM-DD, a real calendar day\n", f.date)
			return opts, false
		}
		opts.Date = d
	}
	if f.maxBytes <= 0 {
		fmt.Fprintf(e.stderr, "hearsay: --max-bytes must be positive\n")
		return opts, false
	}
	if f.workers < 0 {
		fmt.Fprintf(e.stderr, "hearsay: --workers must not be negative\n")
		return opts, false
	}
	return opts, true
}

// batch parses the arguments of the command name (flags and input PATHS)
// and returns a batch over the inputs; on a usage error it returns nil and
// the exit code.
func (f *inputFlags) batch(e *env, fs *flag.FlagSet, name string, args []string) (*batch, int) {
	paths, code, ok := parseFlags(fs, args)
	if !ok {
		return nil, code
	}
	opts, ok := f.options(e)
	if !ok || !needPaths(e, name, paths) {
		return nil, exitUsage
	}
	if !slices.Contains(ner.Models(), f.nerModel) {
		fmt.Fprintf(e.stderr, "hearsay %s: --model %q: want one of %s\n", name, f.nerModel, modelNames())
		return nil, exitUsage
	}
	return &batch{e: e, paths: paths, opts: opts, workers: f.workers, pipe: pipeline.Options{NERModel: f.nerModel}}, exitOK
}

// storeFlags are the flags of commands that store what they read: the
// input flags and --db.
type storeFlags struct {
	inputFlags
	db *string
}

// register adds the input flags and --db to fs.
func (f *storeFlags) register(e *env, fs *flag.FlagSet) {
	f.inputFlags.register(fs)
	f.db = dbFlag(e, fs)
}

// open parses the arguments of the command name and opens the store for
// writing; on failure it returns a nil store and the exit code.
func (f *storeFlags) open(ctx context.Context, e *env, fs *flag.FlagSet, name string, args []string) (*batch, dbStore, int) {
	b, code := f.batch(e, fs, name, args)
	if b == nil {
		return nil, nil, code
	}
	st := openStoreWith(ctx, e, *f.db, storeOptions{Analyzer: analyzerName(b.pipe)})
	if st == nil {
		return nil, nil, exitPartial
	}
	return b, st, exitOK
}

// needPaths reports a usage error when no input path was given.
func needPaths(e *env, cmd string, paths []string) bool {
	if len(paths) == 0 {
		fmt.Fprintf(e.stderr, "hearsay %s: no input paths (give files, directories or - for standard input; see --help)\n", cmd)
		return false
	}
	return true
}

// readStore opens the existing store at path, reads from it with read and
// closes it; on failure it prints why and returns ok false.
func readStore[T any](ctx context.Context, e *env, path string, read func(dbStore) (T, error)) (v T, ok bool) {
	st := openStore(ctx, e, path, true)
	if st == nil {
		return v, false
	}
	defer st.Close()
	v, err := read(st)
	if err != nil {
		fmt.Fprintf(e.stderr, "hearsay: %v\n", err)
		return v, false
	}
	return v, true
}

// A batch reads inputs, analyses them and passes each analysed document to
// a handler in input order. It counts and reports failures; messages name
// the file and, for multi-document files, the line.
type batch struct {
	e       *env
	paths   []string
	opts    reader.Options
	workers int
	pipe    pipeline.Options // which models the pipeline uses
	// skip, when set, leaves a read document out of analysis (already stored).
	skip func(ctx context.Context, d *hearsay.Document) bool
	// source, when set, yields the documents to analyse instead of reading
	// paths.
	source func(ctx context.Context) iter.Seq2[*hearsay.Document, error]
	// progress draws a progress line on stderr while the batch runs.
	progress bool
	// warn prints each input's warnings (invalid UTF-8 repaired...) on
	// stderr, for commands that print no summary of the document.
	warn bool

	mu         sync.Mutex     // guards stderr, drawn, same and suppressed
	drawn      bool           // a progress line is on screen
	same       map[string]int // failures by message
	suppressed int            // failures not printed
	done       atomic.Int64
	failed     atomic.Int64
	skipped    atomic.Int64
	bytes      atomic.Int64
	started    time.Time
	finished   time.Duration
}

// maxSameFailures is how many failures with the same message (apart from
// the file and line) are printed; further ones are only counted, so that a
// stage failing on every document does not flood the terminal.
const maxSameFailures = 5

// fail reports one failed input.
func (b *batch) fail(loc string, err error) {
	b.failed.Add(1)
	what := err.Error()
	var re *reader.Error
	if loc == "" && errors.As(err, &re) {
		what = re.Err.Error()
	}
	msg := err.Error()
	if loc != "" {
		what = strings.TrimPrefix(what, loc+": ")
		msg = loc + ": " + what
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.same == nil {
		b.same = map[string]int{}
	}
	b.same[what]++
	if b.same[what] > maxSameFailures {
		b.suppressed++
		return
	}
	b.clearLine()
	fmt.Fprintf(b.e.stderr, "hearsay: %s\n", msg)
}

// warnings prints the warnings of an input document on stderr.
func (b *batch) warnings(d *hearsay.Document) {
	if len(d.Warnings) == 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.clearLine()
	for _, w := range d.Warnings {
		fmt.Fprintf(b.e.stderr, "hearsay: warning: %s\n", w)
	}
}

// failDoc reports a document that failed after it was read.
func (b *batch) failDoc(d *hearsay.Document, err error) {
	msg := strings.TrimPrefix(err.Error(), d.Source+": ")
	b.fail(location(d.Source, d.URL, d.Line), errors.New(msg))
}

// documents yields the batch's input documents: its source, else what the
// reader finds at its paths.
func (b *batch) documents(ctx context.Context) iter.Seq2[*hearsay.Document, error] {
	if b.source != nil {
		return b.source(ctx)
	}
	return reader.Documents(ctx, b.paths, b.opts)
}

// run reads, analyses and hands every document to handle, in input order.
// An error from handle fails that document only, unless the context is
// done. run returns an error only when the pipeline cannot be built or the
// context was cancelled.
func (b *batch) run(ctx context.Context, handle func(*hearsay.Document) error) error {
	p, err := loadPipeline(b.pipe)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	b.started = time.Now()
	stopProgress := b.startProgress()
	defer stopProgress()

	docs := make(chan *hearsay.Document)
	fed := make(chan struct{})
	go func() {
		defer close(fed)
		defer close(docs)
		for d, err := range b.documents(ctx) {
			if err != nil {
				b.fail("", err)
				continue
			}
			b.bytes.Add(int64(len(d.Text)))
			if b.warn {
				b.warnings(d)
			}
			if b.skip != nil && b.skip(ctx, d) {
				b.skipped.Add(1)
				b.done.Add(1)
				continue
			}
			select {
			case docs <- d:
			case <-ctx.Done():
				return
			}
		}
	}()
	err = p.RunAll(ctx, docs, b.workers, func(r hearsay.Result) error {
		defer b.done.Add(1)
		if r.Err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			b.failDoc(r.Doc, r.Err)
			return nil
		}
		if err := handle(r.Doc); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			b.failDoc(r.Doc, err)
		}
		return nil
	})
	cancel()
	<-fed
	b.finished = time.Since(b.started)
	b.mu.Lock()
	if b.suppressed > 0 {
		b.clearLine()
		fmt.Fprintf(b.e.stderr, "hearsay: %s not shown (the same messages as above)\n", count(int64(b.suppressed), "more failure", "more failures"))
	}
	b.mu.Unlock()
	return err
}

// startProgress draws "N documents, D docs/s" on stderr every 200 ms when
// progress is on and stderr is a terminal. It returns a function that stops
// and erases it.
func (b *batch) startProgress() func() {
	if !b.progress || !isTerminal(b.e.stderr) {
		return func() {}
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				b.draw()
			}
		}
	}()
	return func() {
		close(stop)
		wg.Wait()
		b.mu.Lock()
		b.clearLine()
		b.mu.Unlock()
	}
}

// draw writes the progress line.
func (b *batch) draw() {
	el := time.Since(b.started).Seconds()
	done := b.done.Load()
	rate := float64(done) / max(el, 1e-9)
	line := fmt.Sprintf("%s %s  %.1f docs/s  %.1f MB read  %d failed  %s",
		spinner[int(el*5)%len(spinner)], count(done, "document", "documents"), rate, float64(b.bytes.Load())/1e6, b.failed.Load(),
		time.Duration(el*float64(time.Second)).Round(time.Second))
	b.mu.Lock()
	defer b.mu.Unlock()
	fmt.Fprintf(b.e.stderr, "\r\033[K%s", line)
	b.drawn = true
}

var spinner = []string{"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"}

// clearLine erases a drawn progress line; b.mu must be held.
func (b *batch) clearLine() {
	if b.drawn {
		fmt.Fprint(b.e.stderr, "\r\033[K")
		b.drawn = false
	}
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// putCounts tallies what the store did with a batch.
type putCounts struct {
	Documents   int `json:"documents"`
	Stored      int `json:"stored"` // new documents and new versions
	NewVersions int `json:"new_versions"`
	Unchanged   int `json:"unchanged"`
	Failed      int `json:"failed"`
}

// add counts one put.
func (c *putCounts) add(r store.PutResult) {
	switch r.Status {
	case store.Unchanged:
		c.Unchanged++
	case store.NewVersion:
		c.NewVersions++
		c.Stored++
	default:
		c.Stored++
	}
}

// String is the final line of read and ingest.
func (c putCounts) String() string {
	s := fmt.Sprintf("%s: %d stored, %d unchanged, %d failed", count(int64(c.Documents), "document", "documents"), c.Stored, c.Unchanged, c.Failed)
	if c.NewVersions > 0 {
		s += fmt.Sprintf(" (%d of the stored are new versions)", c.NewVersions)
	}
	return s
}

// finish completes the counts from the batch.
func (c *putCounts) finish(b *batch) {
	c.Unchanged += int(b.skipped.Load())
	c.Failed = int(b.failed.Load())
	c.Documents = c.Stored + c.Unchanged + c.Failed
}

// putBatch runs b, storing each document in st and counting what the store
// did; stored, when not nil, is then called with the document and the
// result. Afterwards it brings the knowledge base up to date.
func putBatch(ctx context.Context, e *env, st dbStore, b *batch, stored func(*hearsay.Document, store.PutResult) error) (putCounts, error) {
	var counts putCounts
	err := b.run(ctx, func(d *hearsay.Document) error {
		res, err := st.Put(ctx, d)
		if err != nil {
			return err
		}
		counts.add(res)
		if stored == nil {
			return nil
		}
		return stored(d, res)
	})
	counts.finish(b)
	if ctx.Err() == nil {
		// an interrupted run leaves the refresh to the next command
		refreshKB(ctx, e, st)
	}
	return counts, err
}

// exitCode is 1 when anything failed or the run was interrupted, else 0.
func (b *batch) exitCode(err error) int {
	if err != nil {
		if errors.Is(err, context.Canceled) {
			fmt.Fprintln(b.e.stderr, "hearsay: interrupted: what was stored is kept; run the command again to finish")
		} else {
			fmt.Fprintf(b.e.stderr, "hearsay: %v\n", err)
		}
		return exitPartial
	}
	if b.failed.Load() > 0 {
		return exitPartial
	}
	return exitOK
}

// loadGCPercent is the garbage collector's target while the pipeline
// loads its models and rules (see loadPipeline).
const loadGCPercent = 400

// loadPipeline builds the pipeline of opts with the garbage collector held
// back while it loads: loading allocates some 90 MB, of which 70 stay,
// and at the default target the collector marks the growing heap three
// times over, a fifth of the instructions of reading one article. The
// target set by GOGC (or SetGCPercent) is back when it returns; one
// turned off stays off.
func loadPipeline(opts pipeline.Options) (*hearsay.Pipeline, error) {
	old := debug.SetGCPercent(loadGCPercent)
	if old < 0 {
		debug.SetGCPercent(old)
	}
	defer debug.SetGCPercent(old)
	return pipeline.New(opts)
}
