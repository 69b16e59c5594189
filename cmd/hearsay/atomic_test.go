package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteAtomic checks that a complete write replaces the file and that
// a failed one leaves the previous file as it was, with no temporary file
// left behind.
func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "model.bin")
	if err := os.WriteFile(path, []byte("old model"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		write func(io.Writer) error
		want  string
		fails bool
	}{
		{"fails halfway", func(w io.Writer) error {
			io.WriteString(w, "half a mod")
			return errors.New("out of memory")
		}, "old model", true},
		{"completes", func(w io.Writer) error {
			_, err := io.WriteString(w, "new model")
			return err
		}, "new model", false},
	} {
		err := writeAtomic(path, c.write)
		if (err != nil) != c.fails {
			t.Errorf("%s: error %v", c.name, err)
		}
		if got, _ := os.ReadFile(path); string(got) != c.want {
			t.Errorf("%s: file holds %q, want %q", c.name, got, c.want)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Errorf("%s: %d files in the directory, want only the model", c.name, len(entries))
		}
	}
	if err := writeAtomic(filepath.Join(dir, "no", "such", "dir", "m.bin"), func(io.Writer) error { return nil }); err == nil {
		t.Error("a write into a missing directory succeeded")
	}
}
