package sqlite

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrNotWritable means the store's file, or the directory that holds it,
// cannot be written. Every command writes to the store (queries bring the
// knowledge base up to date, and SQLite keeps its write-ahead log and
// shared-memory index beside the file).
var ErrNotWritable = errors.New("cannot write there")

// An access checks whether this process may write to a path: the file
// itself when dir is false, a new file in it when dir is true. It returns
// nil when it may.
type access func(path string, dir bool) error

// canWrite is the real file system's access: it opens the file for
// writing, or creates and removes a probe file in the directory. It is only
// called once opening the store has failed.
func canWrite(path string, dir bool) error {
	if !dir {
		f, err := os.OpenFile(path, os.O_RDWR, 0)
		if err != nil {
			return err
		}
		return f.Close()
	}
	f, err := os.CreateTemp(path, ".hearsay-probe-*")
	if err != nil {
		return err
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}

// explainOpen turns an error from opening or creating the store at path
// into one that says what to do when the cause is that the file or its
// directory cannot be written (SQLite says only "attempt to write a
// readonly database" or "unable to open database file"); other errors, and
// errors whose cause is not that, are returned as they are.
func explainOpen(path string, err error, fresh bool, check access) error {
	if err == nil {
		return nil
	}
	dir := filepath.Dir(path)
	if !fresh {
		if werr := check(path, false); errors.Is(werr, fs.ErrPermission) {
			return fmt.Errorf("store %s: %w: the file is read-only for this user (hearsay writes to its store on every command; make it writable, or copy it and use --db COPY)", path, ErrNotWritable)
		}
	}
	if werr := check(dir, true); errors.Is(werr, fs.ErrPermission) {
		what := "SQLite keeps its log files beside the store"
		if fresh {
			what = "the store would be created there"
		}
		return fmt.Errorf("store %s: %w: the directory %s is read-only for this user (%s; choose another place with --db or $HEARSAY_DB)", path, ErrNotWritable, dir, what)
	}
	return err
}
