package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hearsay-news/hearsay/corpus/conllu"
	"github.com/hearsay-news/hearsay/tag/pos"
)

// runTagPOS implements `hearsay tag pos`.
func runTagPOS(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "tag pos", "--conllu FILE.conllu",
		"Tag the words of a CoNLL-U file with the part-of-speech tagger and write the file\n"+
			"back with its UPOS and XPOS columns (4 and 5) replaced by the predictions. The\n"+
			"file's own word segmentation is kept and its gold tags are never read; every\n"+
			"other line is written as it was. '-' reads standard input.")
	in := fs.String("conllu", "", "CoNLL-U `file` to tag (required)")
	out := fs.String("out", "", "write to `file` instead of standard output")
	model := fs.String("model", "", "tagger model `file` (default: the embedded model)")
	if _, code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *in == "" {
		fmt.Fprintln(e.stderr, "hearsay tag pos: --conllu is required (see --help)")
		return exitUsage
	}
	t, err := loadPOSTagger(*model)
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay tag pos:", err)
		return exitUsage
	}
	r, err := openInput(e, *in)
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay tag pos:", err)
		return exitUsage
	}
	defer r.Close()
	w := e.stdout
	var file *os.File
	if *out != "" {
		if file, err = os.Create(*out); err != nil {
			fmt.Fprintln(e.stderr, "hearsay tag pos:", err)
			return exitUsage
		}
		w = file
	}
	err = tagCoNLLU(ctx, t, r, *in, w)
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay tag pos:", err)
		return exitPartial
	}
	return exitOK
}

// loadPOSTagger reads a model file, or returns the embedded default.
func loadPOSTagger(path string) (*pos.Tagger, error) {
	if path == "" {
		return pos.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	t, err := pos.Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// tagCoNLLU copies a CoNLL-U stream, replacing the UPOS and XPOS of every
// syntactic word with the tagger's.
func tagCoNLLU(ctx context.Context, t *pos.Tagger, r io.Reader, name string, w io.Writer) error {
	bw := bufio.NewWriter(w)
	var words []string
	var tags []pos.Tag
	err := conllu.Scan(r, name, func(s conllu.Sentence) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		words = words[:0]
		for _, wd := range s.Words {
			words = append(words, wd.Form)
		}
		if cap(tags) < len(words) {
			tags = make([]pos.Tag, len(words))
		}
		tags = tags[:len(words)]
		t.TagInto(words, tags)
		k := 0
		for _, line := range s.Raw {
			if k < len(tags) && isCoNLLUWordLine(line) {
				line = replaceTags(line, tags[k])
				k++
			}
			bw.WriteString(line)
			bw.WriteByte('\n')
		}
		return bw.WriteByte('\n')
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// isCoNLLUWordLine reports whether a CoNLL-U line is a syntactic word (its ID
// is an integer, not a range "1-2" or an empty node "1.1").
func isCoNLLUWordLine(line string) bool {
	id, _, ok := strings.Cut(line, "\t")
	if !ok || id == "" {
		return false
	}
	for _, c := range id {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// replaceTags sets columns 4 and 5 of a word line.
func replaceTags(line string, tg pos.Tag) string {
	cols := strings.Split(line, "\t")
	if len(cols) < 5 {
		return line
	}
	cols[3], cols[4] = tg.UPOS, tg.XPOS
	return strings.Join(cols, "\t")
}
