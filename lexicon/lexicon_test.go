package lexicon

import (
	"testing"
	"testing/fstest"
)

func TestParseAndTables(t *testing.T) {
	fsys := fstest.MapFS{
		"a.tsv":   {Data: []byte("# header\nJan.\t01\n\n  Feb \t 02 # comment\nC\\#\tsharp\n")},
		"bad.tsv": {Data: []byte("x\t1\ny\n")},
		"dup.tsv": {Data: []byte("x\t1\nX\t2\n")},
	}
	m, err := Map(fsys, "a.tsv", true)
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]string{"jan.": "01", "feb": "02", "c#": "sharp"} {
		if got := m[k]; got != want {
			t.Errorf("m[%q] = %q, want %q", k, got, want)
		}
	}
	if _, err := Table(fsys, "bad.tsv", 2); err == nil || err.Error() != "bad.tsv:2: want 2 tab-separated fields, got 1" {
		t.Errorf("Table(bad) error = %v", err)
	}
	if _, err := Map(fsys, "dup.tsv", true); err == nil {
		t.Error("Map accepted a duplicate key")
	}
	if _, err := Load(fsys, "missing.tsv"); err == nil {
		t.Error("Load of a missing file succeeded")
	}
}

func TestUnique(t *testing.T) {
	lines := Parse("p.tsv", "a\t1\nb\t2 # note\n\na\t1\n")
	if err := Unique(lines[:2]); err != nil {
		t.Errorf("Unique(distinct lines) = %v", err)
	}
	if err := Unique(lines); err == nil || err.Error() != "p.tsv:4: repeats line 1" {
		t.Errorf("Unique(repeated line) error = %v", err)
	}
}
