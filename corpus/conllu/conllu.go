// Package conllu reads CoNLL-U files (Universal Dependencies): sentences of
// word lines with ten tab-separated columns, plus the comment lines that
// carry sentence and document metadata. Multi-word token lines ("1-2") and
// empty nodes ("1.1") are kept apart from the syntactic words.
package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// A Word is one syntactic word line of a CoNLL-U sentence.
type Word struct {
	ID     int    // 1-based index in the sentence
	Form   string // column 2
	Lemma  string // column 3
	UPOS   string // column 4
	XPOS   string // column 5
	Feats  string // column 6
	Head   int    // column 7; 0 is the root, -1 when "_"
	Deprel string // column 8
	Deps   string // column 9
	Misc   string // column 10
	Line   int    // line number in the file, starting at 1
}

// MiscValue returns the value of key in the MISC column ("SpaceAfter",
// "Entity"), and whether it is present.
func (w Word) MiscValue(key string) (string, bool) {
	if w.Misc == "_" {
		return "", false
	}
	for _, kv := range strings.Split(w.Misc, "|") {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key {
			return v, true
		}
	}
	return "", false
}

// A Sentence is one block of a CoNLL-U file.
type Sentence struct {
	ID       string   // "# sent_id = ..."
	Text     string   // "# text = ..."
	NewDoc   string   // "# newdoc id = ..." when the sentence starts a document
	Comments []string // every comment line, without the leading "# "
	Words    []Word   // syntactic words (no multi-word ranges, no empty nodes)
	Raw      []string // every line of the block as read (comments, ranges, words), for writing back
	Line     int      // line number of the block's first line
}

// An Error is a malformed line.
type Error struct {
	File string
	Line int
	Msg  string
}

// Error is "file:line: message".
func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Read parses every sentence of r; file names the input in errors.
func Read(r io.Reader, file string) ([]Sentence, error) {
	var out []Sentence
	err := Scan(r, file, func(s Sentence) error { out = append(out, s); return nil })
	return out, err
}

// Scan parses r one sentence at a time, calling fn for each; it stops at the
// first error fn returns.
func Scan(r io.Reader, file string, fn func(Sentence) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var cur Sentence
	n := 0
	flush := func() error {
		if len(cur.Raw) == 0 {
			return nil
		}
		s := cur
		cur = Sentence{}
		if len(s.Words) == 0 {
			return nil
		}
		return fn(s)
	}
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if err := flush(); err != nil {
				return err
			}
			continue
		}
		if len(cur.Raw) == 0 {
			cur.Line = n
		}
		cur.Raw = append(cur.Raw, line)
		if strings.HasPrefix(line, "#") {
			c := strings.TrimSpace(strings.TrimPrefix(line, "#"))
			cur.Comments = append(cur.Comments, c)
			if k, v, ok := strings.Cut(c, "="); ok {
				switch strings.TrimSpace(k) {
				case "sent_id":
					cur.ID = strings.TrimSpace(v)
				case "text":
					cur.Text = strings.TrimSpace(v)
				case "newdoc id":
					cur.NewDoc = strings.TrimSpace(v)
				}
			}
			continue
		}
		w, skip, err := parseWord(line)
		if err != nil {
			return &Error{File: file, Line: n, Msg: err.Error()}
		}
		if skip {
			continue
		}
		w.Line = n
		cur.Words = append(cur.Words, w)
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		return &Error{File: file, Line: n + 1, Msg: "line longer than 16 MiB"}
	} else if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	return flush()
}

// parseWord parses one word line; skip is true for multi-word ranges and
// empty nodes.
func parseWord(line string) (w Word, skip bool, err error) {
	cols := strings.Split(line, "\t")
	if len(cols) != 10 {
		return w, false, fmt.Errorf("want 10 tab-separated columns, got %d", len(cols))
	}
	if strings.ContainsAny(cols[0], "-.") {
		return w, true, nil
	}
	id, err := strconv.Atoi(cols[0])
	if err != nil {
		return w, false, fmt.Errorf("bad word id %q", cols[0])
	}
	head := -1
	if cols[6] != "_" {
		if head, err = strconv.Atoi(cols[6]); err != nil {
			return w, false, fmt.Errorf("bad head %q", cols[6])
		}
	}
	return Word{ID: id, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Feats: cols[5],
		Head: head, Deprel: cols[7], Deps: cols[8], Misc: cols[9]}, false, nil
}
