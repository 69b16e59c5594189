// Package conll reads CoNLL column files (CoNLL-2003 and the many corpora
// written in its layout): one token per line, columns separated by spaces
// or tabs, the token first; blank lines end sentences and "-DOCSTART-"
// lines start documents.
//
// The reader keeps every line of the file, so that a tagger can write the
// file back unchanged with a new column appended (the layout conlleval
// reads).
package conll

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// DocStart is the first column of a document-start line.
const DocStart = "-DOCSTART-"

// A Token is one token line.
type Token struct {
	Fields []string // the line's columns; Fields[0] is the token
	Line   int      // index into File.Lines
}

// Word is the token text (the first column).
func (t Token) Word() string { return t.Fields[0] }

// Last is the token's last column (the gold tag in most NER files), or ""
// when the line has only the token.
func (t Token) Last() string {
	if len(t.Fields) < 2 {
		return ""
	}
	return t.Fields[len(t.Fields)-1]
}

// A Sentence is a run of token lines between blank lines.
type Sentence struct {
	Tokens []Token
}

// Words returns the sentence's tokens.
func (s Sentence) Words() []string {
	w := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		w[i] = t.Word()
	}
	return w
}

// Column returns the sentence's column col counted from the end (0 = last),
// "" where a line has too few columns.
func (s Sentence) Column(fromEnd int) []string {
	c := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		if j := len(t.Fields) - 1 - fromEnd; j >= 1 {
			c[i] = t.Fields[j]
		}
	}
	return c
}

// A Document is the sentences between two -DOCSTART- lines (or the whole
// file when it has none).
type Document struct {
	Sentences []Sentence
}

// A File is a whole column file.
type File struct {
	Lines []string   // every line as read, without its line ending
	Docs  []Document // documents, in order
}

// maxLine is the longest line Read takes, in bytes.
const maxLine = 1 << 20

// Read reads a column file. Lines are split on runs of spaces and tabs.
// name is used in error messages, with the line number: a line that is
// not UTF-8 text (a NUL byte, invalid UTF-8: a binary file) or longer than
// 1 MiB is an error.
func Read(r io.Reader, name string) (*File, error) {
	f := &File{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	var doc Document
	var sent Sentence
	endSent := func() {
		if len(sent.Tokens) > 0 {
			doc.Sentences = append(doc.Sentences, sent)
			sent = Sentence{}
		}
	}
	endDoc := func() {
		endSent()
		if len(doc.Sentences) > 0 {
			f.Docs = append(f.Docs, doc)
			doc = Document{}
		}
	}
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if err := checkText(line); err != nil {
			return nil, fmt.Errorf("conll: %s:%d: %w", name, len(f.Lines)+1, err)
		}
		f.Lines = append(f.Lines, line)
		fields := strings.Fields(line)
		switch {
		case len(fields) == 0:
			endSent()
		case fields[0] == DocStart:
			endDoc()
		default:
			sent.Tokens = append(sent.Tokens, Token{Fields: fields, Line: len(f.Lines) - 1})
		}
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		return nil, fmt.Errorf("conll: %s:%d: line longer than %d bytes", name, len(f.Lines)+1, maxLine)
	} else if err != nil {
		return nil, fmt.Errorf("conll: read %s: %w", name, err)
	}
	endDoc()
	return f, nil
}

// HasDocStarts reports whether the file marks its documents.
func (f *File) HasDocStarts() bool {
	for _, l := range f.Lines {
		if strings.HasPrefix(l, DocStart) {
			return true
		}
	}
	return false
}

// SplitSentences returns the file's sentences each as its own document, for
// corpora of unrelated short texts (tweets) that have no document marks.
func (f *File) SplitSentences() []Document {
	var out []Document
	for _, d := range f.Docs {
		for _, s := range d.Sentences {
			out = append(out, Document{Sentences: []Sentence{s}})
		}
	}
	return out
}

// ToIOB2 rewrites a sentence's tags from IOB1 (or any mix of IOB1 and IOB2)
// to IOB2: an I-X that does not continue an X chunk becomes B-X. Tags
// without a B-/I- prefix other than "O" are taken as I- (IOB1-style).
func ToIOB2(tags []string) []string {
	out := make([]string, len(tags))
	prev := "O"
	for i, t := range tags {
		switch {
		case t == "O" || t == "":
			out[i] = "O"
		case strings.HasPrefix(t, "B-"):
			out[i] = t
		case strings.HasPrefix(t, "I-"):
			if prev == "O" || prev[2:] != t[2:] {
				out[i] = "B-" + t[2:]
			} else {
				out[i] = t
			}
		default:
			if prev != "O" && prev[2:] == t {
				out[i] = "I-" + t
			} else {
				out[i] = "B-" + t
			}
		}
		prev = out[i]
	}
	return out
}

// checkText says why a line is not text: a NUL byte or invalid UTF-8, as
// in a binary file; nil when it is text.
func checkText(line string) error {
	if i := strings.IndexByte(line, 0); i >= 0 {
		return fmt.Errorf("not text: NUL byte at column %d (a binary file?)", i+1)
	}
	if !utf8.ValidString(line) {
		return errors.New("not text: invalid UTF-8 (convert the file to UTF-8)")
	}
	return nil
}
