// Package reader turns input files into hearsay Documents.
//
// Formats:
//   - dated text: a first line "date YYYY-MM-DD " followed by the article's
//     first sentence (leading white space allowed), a blank line, the body;
//   - plain text, dated by Options.Date (the --date flag);
//   - JSON Lines, one article per line: url, outlet, title, date
//     (YYYY-MM-DD or RFC 3339) and text; a .json file may also hold one
//     JSON array of such objects, or one object over several lines;
//   - directories (walked recursively in lexical order; files kept by
//     extension: .txt .text .jsonl .json .ndjson; hidden entries skipped)
//     and standard input ("-", format sniffed).
//
// Document.Text is the text exactly as read (invalid UTF-8 is repaired with
// U+FFFD and a warning); Document.Body is the article part of it. Lines of
// boilerplate (photo credits, "Read more", share and sign-up lines, bylines,
// advertisements) are recorded in Document.Skips, never removed. The cues
// are data, in data/boilerplate.tsv, with examples that run as tests.
//
// A problem with one input is an *Error naming the file (and the line, for
// JSON Lines); the other inputs are still read.
package reader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
)

// DefaultMaxBytes is the size limit used when Options.MaxBytes is 0.
const DefaultMaxBytes = 10 << 20

// Options control reading.
type Options struct {
	Date     time.Time // publication date for plain-text files that have no "date" line (--date); zero = none
	MaxBytes int64     // files larger than this are rejected; 0 means DefaultMaxBytes (10 MiB)
	Outlet   string    // default outlet when the input names none
	Stdin    io.Reader // what "-" reads; nil = os.Stdin
	// DateFlag names, in the error about an undated input, how the caller
	// gives a date to such inputs ("--date" on the command line); empty
	// when it cannot.
	DateFlag string
}

// noDateGiven ends the message of an undated input: how a date could have
// been given, when the caller has a way.
func (o Options) noDateGiven() string {
	if o.DateFlag == "" {
		return ""
	}
	return " and no " + o.DateFlag + " was given"
}

// maxBytes is the effective size limit.
func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// An Error is a problem with one input (file, and line for JSON Lines);
// other inputs are still read.
type Error struct {
	Path string // file name, or "-" for standard input
	Line int    // 1-based line, 0 when the problem is with the whole file
	Item int    // 1-based place of the article in a JSON array, 0 otherwise
	Err  error
}

// Error returns "path:line: msg" ("path:line: item N: msg" in a JSON
// array, whose articles may share a line), or "path: msg" when there is no
// line; standard input is named "<stdin>".
func (e *Error) Error() string {
	name := DisplayName(e.Path)
	switch {
	case e.Line > 0 && e.Item > 0:
		return fmt.Sprintf("%s:%d: item %d: %v", name, e.Line, e.Item, e.Err)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", name, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", name, e.Err)
}

// DisplayName is how messages name an input path: "<stdin>" for standard
// input ("-"), the path itself otherwise.
func DisplayName(path string) string {
	if path == "-" {
		return "<stdin>"
	}
	return path
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Errors that an *Error may wrap; test for them with errors.Is.
var (
	ErrEmpty    = errors.New("empty file")
	ErrBinary   = errors.New("binary file, not text")
	ErrTooLarge = errors.New("file too large")
	ErrNoDate   = errors.New("no publication date")
	ErrBadDate  = errors.New("bad date")
	ErrNoBody   = errors.New("date line with no article text")
	ErrNotJSON  = errors.New("not JSON")
	ErrNoText   = errors.New(`no "text" field, or only white space in it`)
	// ErrNoArticles means a directory named on the command line holds
	// no file of a known extension, in it or below it.
	ErrNoArticles  = errors.New("no articles here: no .txt, .text, .jsonl, .json or .ndjson file in it or below it (gold files, *.gold.json, and hidden entries are skipped)")
	ErrUnreadable  = errors.New("cannot read")
	ErrUnsupported = errors.New("unsupported input")
)

// goldSuffix ends the names of gold annotation files (NAME.gold.json beside
// NAME.txt, SCHEMA.md); a directory walk leaves them out: they are answers,
// not articles.
const goldSuffix = ".gold.json"

// extensions are the file name extensions kept when walking a directory.
var extensions = map[string]bool{".txt": true, ".text": true, ".jsonl": true, ".json": true, ".ndjson": true}

// Documents reads every document under paths, in a deterministic order:
// paths in the order given, each directory walked recursively in lexical
// order keeping files by extension (.txt .text .jsonl .json .ndjson, but
// not gold files, *.gold.json); "-"
// is standard input, its format sniffed. Each yield gets either a document
// or an *Error. It stops when yield returns false or ctx is done.
func Documents(ctx context.Context, paths []string, opts Options) iter.Seq2[*hearsay.Document, error] {
	return func(yield func(*hearsay.Document, error) bool) {
		stdin := opts.Stdin
		if stdin == nil {
			stdin = os.Stdin
		}
		r := &walker{ctx: ctx, opts: opts, yield: yield, stdin: stdin, fs: osFileSystem()}
		for _, p := range paths {
			if !r.path(p) {
				return
			}
		}
	}
}

// A walker reads paths and yields their documents.
type walker struct {
	ctx        context.Context
	opts       Options
	yield      func(*hearsay.Document, error) bool
	stdin      io.Reader
	fs         fileSystem
	files      int // files of a known extension met so far
	unreadable int // directories that could not be listed so far
}

// fileSystem is the part of the operating system the walker uses; tests
// replace it to simulate unreadable files.
type fileSystem struct {
	stat    func(string) (fs.FileInfo, error)
	open    func(string) (io.ReadCloser, error)
	readDir func(string) ([]fs.DirEntry, error)
}

// osFileSystem is the real file system.
func osFileSystem() fileSystem {
	return fileSystem{
		stat:    os.Stat,
		open:    func(p string) (io.ReadCloser, error) { return os.Open(p) },
		readDir: os.ReadDir,
	}
}

// path reads one command-line path; it returns false to stop.
func (w *walker) path(p string) bool {
	if err := w.ctx.Err(); err != nil {
		return false
	}
	if p == "-" {
		data, err := readLimited(w.stdin, w.opts.maxBytes(), 0)
		if err != nil {
			return w.yield(nil, &Error{Path: "-", Err: err})
		}
		return w.parse("-", data)
	}
	info, err := w.fs.stat(p)
	if err != nil {
		return w.yield(nil, &Error{Path: p, Err: fileError(err)})
	}
	if info.IsDir() {
		return w.topDir(p)
	}
	return w.file(p, info)
}

// topDir walks a directory named on the command line; one that holds no
// file of a known extension (and could be listed) is an error, so that a
// wrong directory is not taken for an empty feed.
func (w *walker) topDir(p string) bool {
	files, unreadable := w.files, w.unreadable
	if !w.dir(p) {
		return false
	}
	if w.files == files && w.unreadable == unreadable {
		return w.yield(nil, &Error{Path: p, Err: ErrNoArticles})
	}
	return true
}

// dir walks a directory recursively in lexical order, reading the files
// whose extension is known and skipping hidden entries (.git); an
// unreadable entry is an error for that entry only.
func (w *walker) dir(p string) bool {
	entries, err := w.fs.readDir(p)
	if err != nil {
		w.unreadable++
		return w.yield(nil, &Error{Path: p, Err: fileError(err)})
	}
	for _, e := range entries {
		if err := w.ctx.Err(); err != nil {
			return false
		}
		name := e.Name()
		child := filepath.Join(p, name)
		if strings.HasPrefix(name, ".") {
			continue
		}
		if e.IsDir() {
			if !w.dir(child) {
				return false
			}
			continue
		}
		if !extensions[strings.ToLower(filepath.Ext(name))] || strings.HasSuffix(strings.ToLower(name), goldSuffix) {
			continue
		}
		w.files++
		info, err := w.fs.stat(child)
		if err != nil {
			if !w.yield(nil, &Error{Path: child, Err: fileError(err)}) {
				return false
			}
			continue
		}
		if info.IsDir() { // a link to a directory: not followed, to avoid cycles
			continue
		}
		if !w.file(child, info) {
			return false
		}
	}
	return true
}

// file reads one regular file.
func (w *walker) file(p string, info fs.FileInfo) bool {
	if !info.Mode().IsRegular() {
		return w.yield(nil, &Error{Path: p, Err: fmt.Errorf("%w: not a regular file", ErrUnsupported)})
	}
	max := w.opts.maxBytes()
	if info.Size() > max {
		return w.yield(nil, &Error{Path: p, Err: fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, info.Size(), max)})
	}
	f, err := w.fs.open(p)
	if err != nil {
		return w.yield(nil, &Error{Path: p, Err: fileError(err)})
	}
	data, err := readLimited(f, max, info.Size())
	f.Close()
	if err != nil {
		return w.yield(nil, &Error{Path: p, Err: err})
	}
	return w.parse(p, data)
}

// parse parses one input and yields its documents and errors in order.
func (w *walker) parse(name string, data []byte) bool {
	docs, errs := parse(name, data, w.opts)
	return emitInOrder(docs, errs, w.yield)
}

// emitInOrder yields documents and errors ordered by line.
func emitInOrder(docs []*hearsay.Document, errs []error, yield func(*hearsay.Document, error) bool) bool {
	di, ei := 0, 0
	for di < len(docs) || ei < len(errs) {
		if ei < len(errs) && (di == len(docs) || errLine(errs[ei]) < docs[di].Line) {
			if !yield(nil, errs[ei]) {
				return false
			}
			ei++
			continue
		}
		if !yield(docs[di], nil) {
			return false
		}
		di++
	}
	return true
}

func errLine(err error) int {
	var e *Error
	if errors.As(err, &e) {
		return e.Line
	}
	return 0
}

// readLimited reads all of r, failing when it holds more than limit
// bytes. size is what r should hold (a file's size; 0 when unknown): the
// buffer starts that large, so that a file is read in one go, not in
// pieces of a growing buffer.
func readLimited(r io.Reader, limit, size int64) ([]byte, error) {
	data, err := readAll(io.LimitReader(r, limit+1), int(min(max(size, 511), limit)+1))
	if err != nil {
		return nil, fileError(err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return data, nil
}

// readAll is io.ReadAll with a first buffer of n bytes.
func readAll(r io.Reader, n int) ([]byte, error) {
	b := make([]byte, 0, n)
	for {
		k, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+k]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // let append grow the buffer
		}
	}
}

// fileError describes a file-system error without repeating the path,
// which the *Error carries.
func fileError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%w: %w", ErrUnreadable, err)
}
