package sqlite

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
)

// TestExplainOpen checks that a store that cannot be opened because its
// file or directory is read-only gets an error that says so and what to
// do, and that other errors are left as they are. (Tests often run as
// root, whom permission bits do not stop, so the file system is
// simulated.)
func TestExplainOpen(t *testing.T) {
	sqliteErr := errors.New("store /data/news.db: migrate: attempt to write a readonly database (1544)")
	denied := func(paths ...string) access {
		return func(p string, dir bool) error {
			for _, d := range paths {
				if p == d {
					return &fs.PathError{Op: "open", Path: p, Err: fs.ErrPermission}
				}
			}
			return nil
		}
	}
	for _, c := range []struct {
		name    string
		fresh   bool
		check   access
		want    []string // parts of the message
		notOurs bool     // the error is returned as it was
	}{
		{"read-only file", false, denied("/data/news.db"), []string{"store /data/news.db", "cannot write there", "the file is read-only", "--db"}, false},
		{"read-only directory", false, denied("/data"), []string{"store /data/news.db", "the directory /data is read-only", "log files"}, false},
		{"new store in a read-only directory", true, denied("/data"), []string{"the directory /data is read-only", "would be created there"}, false},
		{"writable: another cause", false, denied(), nil, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := explainOpen("/data/news.db", sqliteErr, c.fresh, c.check)
			if c.notOurs {
				if err != sqliteErr {
					t.Fatalf("error %v, want the original", err)
				}
				return
			}
			if !errors.Is(err, ErrNotWritable) {
				t.Errorf("error %v does not wrap ErrNotWritable", err)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
	if explainOpen("/data/news.db", nil, false, denied("/data/news.db")) != nil {
		t.Error("no error became one")
	}
}
