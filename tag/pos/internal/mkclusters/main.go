// Command mkclusters computes the word clusters the part-of-speech tagger
// is trained with (tag/pos/data/clusters.tsv) from the raw words of openly
// licensed corpora (see NOTICE): the training split of UD English EWT,
// WikiGold, the Broad Twitter Corpus, the open sources of re3d, the
// training splits of CrossNER and of WNUT 2017. Development and test
// splits, CoNLL-2003 (research only) and GUM (partly non-commercial) are
// left out. From the repository root:
//
//	go run ./tag/pos/internal/mkclusters -data ../shared/data -out tag/pos/data/clusters.tsv
//
// The output depends only on the corpora.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hearsay-news/hearsay/tag/pos"
)

// sources are the corpora read, as glob patterns under the data directory,
// with their format.
var sources = []struct {
	glob   string
	conllu bool // CoNLL-U (the word is the second column); else the first column
}{
	{"ud-english-ewt/en_ewt-ud-train.conllu", true},
	{"ner-open/wikigold/wikigold.conll.txt", false},
	{"ner-open/btc/*.conll", false},
	{"ner-open/re3d-open/*.conll", false},
	{"ner-open/crossner/*/train.txt", false},
	{"wnut17/wnut17train.conll", false},
}

func main() {
	data := flag.String("data", "../shared/data", "directory of the shared corpora")
	out := flag.String("out", "tag/pos/data/clusters.tsv", "output `file`")
	classes := flag.Int("classes", 64, "number of clusters")
	minCount := flag.Int("min-count", 3, "cluster the words seen at least this many times")
	flag.Parse()
	if err := run(*data, *out, pos.ClusterOptions{Classes: *classes, MinCount: *minCount}); err != nil {
		fmt.Fprintln(os.Stderr, "mkclusters:", err)
		os.Exit(1)
	}
}

func run(data, out string, opts pos.ClusterOptions) error {
	var sents [][]string
	for _, src := range sources {
		files, err := filepath.Glob(filepath.Join(data, src.glob))
		if err != nil {
			return err
		}
		if len(files) == 0 {
			return fmt.Errorf("no file matches %s", filepath.Join(data, src.glob))
		}
		sort.Strings(files)
		for _, f := range files {
			s, err := readWords(f, src.conllu)
			if err != nil {
				return err
			}
			sents = append(sents, s...)
		}
	}
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	fmt.Fprintf(os.Stderr, "%d sentences, %d words\n", len(sents), n)
	opts.Progress = func(pass int, moved float64) {
		fmt.Fprintf(os.Stderr, "pass %d: %.2f%% of words moved\n", pass, 100*moved)
	}
	cl, err := pos.BuildClusters(context.Background(), sents, opts)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if _, err := cl.WriteTo(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", out, err)
	}
	return f.Close()
}

// readWords reads the sentences of a column file: blank lines end
// sentences, -DOCSTART- lines and (in CoNLL-U) comments, multiword-token
// and empty-node lines are skipped.
func readWords(path string, conllu bool) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var sents [][]string
	var cur []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if len(cur) > 0 {
				sents = append(sents, cur)
				cur = nil
			}
			continue
		}
		var w string
		if conllu {
			if strings.HasPrefix(line, "#") {
				continue
			}
			cols := strings.Split(line, "\t")
			if len(cols) < 2 || strings.ContainsAny(cols[0], "-.") {
				continue
			}
			w = cols[1]
		} else {
			fields := strings.Fields(line)
			w = fields[0]
			if w == "-DOCSTART-" {
				continue
			}
		}
		cur = append(cur, w)
	}
	if len(cur) > 0 {
		sents = append(sents, cur)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return sents, nil
}
