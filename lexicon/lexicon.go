// Package lexicon loads the plain-text data files that rules, cue lists and
// gazetteers are written in: one entry per line, '#' starts a comment, blank
// lines are ignored, fields are separated by tabs. Errors name the file and
// line, as "timex/lang/en/months.tsv:12: want 2 fields, got 1".
package lexicon

import (
	"fmt"
	"io/fs"
	"strings"
	"unsafe"
)

// A Line is one non-blank, non-comment line of a data file.
type Line struct {
	File   string   // path of the file within its file system
	Num    int      // line number, starting at 1
	Text   string   // the line with its comment and surrounding space removed
	Fields []string // Text split on tabs, each field trimmed
}

// Pos is "file:line", for error messages.
func (l Line) Pos() string { return fmt.Sprintf("%s:%d", l.File, l.Num) }

// Errorf returns an error positioned at the line.
func (l Line) Errorf(format string, args ...any) error {
	return &Error{File: l.File, Line: l.Num, Msg: fmt.Sprintf(format, args...)}
}

// An Error is a problem in a data file, at a line.
type Error struct {
	File string
	Line int
	Msg  string
}

// Error reads "file:line: msg".
func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Parse splits data into lines. A '#' starts a comment unless it is escaped
// as '\#'.
//
// The lines and fields are substrings of data, which is read once: no line
// is copied, and the lines are counted first so that the result is
// allocated once. A line ends at '\n', a '\r' before it dropped, as
// bufio.ScanLines splits.
func Parse(file string, data string) []Line {
	out := make([]Line, 0, strings.Count(data, "\n")+1)
	n := 0
	for len(data) > 0 {
		line, rest, _ := strings.Cut(data, "\n")
		data = rest
		n++
		line = strings.TrimSuffix(line, "\r")
		text := stripComment(line)
		if strings.TrimSpace(text) == "" {
			continue
		}
		fields := strings.Split(text, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		out = append(out, Line{File: file, Num: n, Text: strings.TrimSpace(text), Fields: fields})
	}
	return out
}

func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] != '\\') {
			return strings.ReplaceAll(s[:i], `\#`, "#")
		}
	}
	return strings.ReplaceAll(s, `\#`, "#")
}

// Load reads and parses one file of fsys.
func Load(fsys fs.FS, file string) ([]Line, error) {
	b, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	// b is this function's own copy and is never written again, so the
	// lines may share its bytes rather than a second copy of them.
	return Parse(file, unsafe.String(unsafe.SliceData(b), len(b))), nil
}

// Set loads a list file (first field of each line) as a set of strings,
// lowercased when fold is true.
func Set(fsys fs.FS, file string, fold bool) (map[string]bool, error) {
	lines, err := Load(fsys, file)
	if err != nil {
		return nil, err
	}
	set := make(map[string]bool, len(lines))
	for _, l := range lines {
		k := l.Fields[0]
		if fold {
			k = strings.ToLower(k)
		}
		set[k] = true
	}
	return set, nil
}

// Unique returns an error at the first line whose text repeats an earlier
// line's, naming both lines: a rule written twice is a slip that hides which
// copy an edit should change.
func Unique(lines []Line) error {
	seen := make(map[string]int, len(lines))
	for _, l := range lines {
		if first, ok := seen[l.Text]; ok {
			return l.Errorf("repeats line %d", first)
		}
		seen[l.Text] = l.Num
	}
	return nil
}

// Table loads a file of lines with exactly n tab-separated fields.
func Table(fsys fs.FS, file string, n int) ([]Line, error) {
	lines, err := Load(fsys, file)
	if err != nil {
		return nil, err
	}
	for _, l := range lines {
		if len(l.Fields) != n {
			return nil, l.Errorf("want %d tab-separated fields, got %d", n, len(l.Fields))
		}
	}
	return lines, nil
}

// Map loads a two-column table as a map from the first field to the second,
// keys lowercased when fold is true. A repeated key is an error.
func Map(fsys fs.FS, file string, fold bool) (map[string]string, error) {
	lines, err := Table(fsys, file, 2)
	if err != nil {
		return nil, err
	}
	m := make(map[string]string, len(lines))
	for _, l := range lines {
		k := l.Fields[0]
		if fold {
			k = strings.ToLower(k)
		}
		if _, dup := m[k]; dup {
			return nil, l.Errorf("duplicate key %q", k)
		}
		m[k] = l.Fields[1]
	}
	return m, nil
}

// Singular returns the singular of a regular English plural noun, or of a
// phrase ending in one ("teachers", "secretaries", "coaches", "actresses",
// "boxes", "firemen"), and true; w itself and false when w does not read as
// a plural ("boss", "bus", "teacher").
func Singular(w string) (string, bool) {
	switch {
	case strings.HasSuffix(w, "men"):
		return w[:len(w)-3] + "man", true
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y", true
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2], true
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), !strings.HasSuffix(w, "s"):
		return w, false
	}
	return w[:len(w)-1], true
}
