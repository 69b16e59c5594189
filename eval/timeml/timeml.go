// Package timeml reads TimeML (.tml) documents and scores time expressions
// against their gold TIMEX3 annotations with the TempEval-3 task A measures:
// strict and relaxed span precision, recall and F1, and value and type F1.
//
// The text of a document is the character data of its <TEXT> element as an
// XML parser delivers it (entities decoded, line ends normalized, tags
// removed, nothing else changed). Offsets are Unicode code points into that
// text, end exclusive.
package timeml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// A Timex is a time expression with code-point offsets into a document's text.
type Timex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
	Rule  string `json:"rule,omitempty"` // for system output: the rule that made it
	// Optional gold timexes are not counted as missed when nothing matches
	// them (hearsay gold; TimeML has none).
	Optional bool `json:"optional,omitempty"`
}

// A Doc is one TimeML document: its name, creation date, text and gold
// time expressions (sorted by start, then end).
type Doc struct {
	Name    string  // file name without ".tml"
	DCT     string  // "YYYY-MM-DD"
	Text    string  // the text of the <TEXT> element
	Timexes []Timex // gold TIMEX3s inside <TEXT>, empty ones skipped
	Body    int     // code point where the text to tag starts (after a date header); 0 for TimeML
}

// ErrNoDCT is returned for a document without a usable creation date.
var ErrNoDCT = errors.New("timeml: no DCT")

var dateInName = regexp.MustCompile(`(19|20)(\d{2})(\d{2})(\d{2})`)
var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// ReadFile reads one .tml file.
func ReadFile(path string) (*Doc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("timeml: %w", err)
	}
	name := strings.TrimSuffix(filepath.Base(path), ".tml")
	d, err := Parse(name, b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

// ReadPaths reads the .tml files named, and every .tml file (sorted by path)
// of the directories named and the directories below them.
func ReadPaths(paths []string) ([]*Doc, error) {
	var docs []*Doc
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("timeml: %w", err)
		}
		if !st.IsDir() {
			d, err := ReadFile(p)
			if err != nil {
				return nil, err
			}
			docs = append(docs, d)
			continue
		}
		ds, err := readGlob(p, "*.tml", ReadFile)
		if err != nil {
			return nil, err
		}
		docs = append(docs, ds...)
	}
	return docs, nil
}

// readGlob reads with read the files whose names match pattern in dir and
// the directories below it, in path order. A directory holding no such file
// is an error: a scorer that reads nothing would print empty scores.
func readGlob(dir, pattern string, read func(string) (*Doc, error)) ([]*Doc, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if ok, _ := filepath.Match(pattern, e.Name()); ok && !e.IsDir() {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("timeml: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("timeml: no %s files in %s or below it", pattern, dir)
	}
	sort.Strings(files)
	var docs []*Doc
	for _, f := range files {
		d, err := read(f)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// Parse reads a TimeML document from its bytes.
func Parse(name string, data []byte) (*Doc, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	d := &Doc{Name: name}
	var text strings.Builder
	runes := 0
	inText, inDCT, textSeen := 0, false, 0
	type open struct {
		start int
		attrs []xml.Attr
		timex bool
	}
	var stack []open
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("timeml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case t.Name.Local == "TEXT":
				inText++
				textSeen++
			case t.Name.Local == "DCT":
				inDCT = true
			case t.Name.Local == "TIMEX3" && inDCT && d.DCT == "":
				if v := attr(t.Attr, "value"); v != "" {
					d.DCT = v
					if len(d.DCT) > 10 {
						d.DCT = d.DCT[:10]
					}
				}
			}
			if inText > 0 && t.Name.Local != "TEXT" {
				stack = append(stack, open{start: runes, attrs: t.Copy().Attr, timex: t.Name.Local == "TIMEX3"})
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText--
				continue
			case "DCT":
				inDCT = false
			}
			if inText > 0 && len(stack) > 0 {
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if o.timex {
					d.Timexes = append(d.Timexes, Timex{Start: o.start, End: runes,
						Type: attr(o.attrs, "type"), Value: attr(o.attrs, "value")})
				}
			}
		case xml.CharData:
			if inText > 0 {
				text.Write(t)
				runes += utf8.RuneCount(t)
			}
		}
	}
	if textSeen != 1 {
		return nil, fmt.Errorf("timeml: expected one TEXT element, got %d", textSeen)
	}
	d.Text = text.String()
	if !isoDate.MatchString(d.DCT) {
		m := dateInName.FindStringSubmatch(name)
		if m == nil {
			return nil, ErrNoDCT
		}
		d.DCT = m[1] + m[2] + "-" + m[3] + "-" + m[4]
	}
	rs := []rune(d.Text)
	kept := d.Timexes[:0]
	for _, x := range d.Timexes {
		x.Text = string(rs[x.Start:x.End])
		if strings.TrimSpace(x.Text) == "" {
			continue
		}
		kept = append(kept, x)
	}
	d.Timexes = kept
	sort.SliceStable(d.Timexes, func(i, j int) bool {
		if d.Timexes[i].Start != d.Timexes[j].Start {
			return d.Timexes[i].Start < d.Timexes[j].Start
		}
		return d.Timexes[i].End < d.Timexes[j].End
	})
	return d, nil
}

func attr(as []xml.Attr, name string) string {
	for _, a := range as {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
