package lexicon

import (
	"reflect"
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

// Lines end at "\n" or "\r\n", the last one with or without an end, and
// keep their numbers in the file.
func TestParseLineEnds(t *testing.T) {
	lines := Parse("e.tsv", "a\t1\r\n\r\n# c\nb\t2\nc\t3")
	want := []Line{
		{File: "e.tsv", Num: 1, Text: "a\t1", Fields: []string{"a", "1"}},
		{File: "e.tsv", Num: 4, Text: "b\t2", Fields: []string{"b", "2"}},
		{File: "e.tsv", Num: 5, Text: "c\t3", Fields: []string{"c", "3"}},
	}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("Parse = %+v, want %+v", lines, want)
	}
	if lines := Parse("e.tsv", ""); len(lines) != 0 {
		t.Errorf("Parse of nothing = %+v", lines)
	}
}

func TestSingular(t *testing.T) {
	for _, c := range []struct {
		in, want string
		plural   bool
	}{
		{"teachers", "teacher", true},
		{"secretaries", "secretary", true},
		{"coaches", "coach", true},
		{"actresses", "actress", true},
		{"boxes", "box", true},
		{"firemen", "fireman", true},
		{"dinner ladies", "dinner lady", true},
		{"boss", "boss", false},
		{"bus", "bus", false},
		{"teacher", "teacher", false},
	} {
		got, plural := Singular(c.in)
		if got != c.want || plural != c.plural {
			t.Errorf("Singular(%q) = %q, %v; want %q, %v", c.in, got, plural, c.want, c.plural)
		}
	}
}
