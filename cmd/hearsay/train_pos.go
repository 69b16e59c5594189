package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/hearsay-news/hearsay/corpus/conllu"
	"github.com/hearsay-news/hearsay/tag/pos"
)

// runTrainPOS implements `hearsay train pos`.
func runTrainPOS(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "train pos", "--train FILE.conllu[,FILE2...] --out MODEL.bin",
		"Train the part-of-speech tagger (UPOS and XPOS) on gold CoNLL-U files and write\n"+
			"the model. With --dev, report accuracy on a development file after training.\n"+
			"Training is deterministic: the same files, epochs and seed give the same bytes.\n\n"+
			"The embedded model is built with:\n"+
			"  hearsay train pos --train ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu,../shared/data/ud-english-gum/en_gum-ud-train.conllu \\\n"+
			"      --skip-docs '^GUM_(academic|court|essay|fiction|letter|podcast|whow)_' \\\n"+
			"      --dev ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu \\\n"+
			"      --wordnet /usr/share/wordnet \\\n"+
			"      --two-pass --out tag/pos/model/en-ewt.bin --epochs 10 --seed 1")
	train := fs.String("train", "", "comma-separated gold CoNLL-U `files` to train on (required)")
	dev := fs.String("dev", "", "gold CoNLL-U `file` to report accuracy on after training")
	out := fs.String("out", "", "`path` of the model file to write (required)")
	epochs := fs.Int("epochs", 10, "passes over the training data")
	seed := fs.Uint64("seed", 1, "seed for the order of sentences in each pass")
	dictMin := fs.Int("dict-min", 10, "minimum count of a word in the tag dictionary (-1: no dictionary)")
	dictRatio := fs.Float64("dict-ratio", 0.99, "minimum share of a word's most frequent tag for the tag dictionary")
	wordnet := fs.String("wordnet", "", "Princeton WordNet dictionary `dir` whose lemma lists give word-class features (Debian package wordnet-base: /usr/share/wordnet)")
	minFeat := fs.Int("min-feature-count", 1, "minimum count in the training data of a feature to be learnt (1: every feature; 2 gives a smaller model)")
	twoPass := fs.Bool("two-pass", false, "add a second pass that sees the first pass's tags to the right")
	clusters := fs.String("clusters", "", "word clusters `file` (as written by tag/pos/internal/mkclusters; default: the embedded tag/pos/data/clusters.tsv)")
	skipDocs := fs.String("skip-docs", "", "leave out the documents whose `regexp` matches their CoNLL-U newdoc id (e.g. parts of a corpus under a licence the model cannot carry)")
	quiet := fs.Bool("quiet", false, "do not report progress on stderr")
	if _, code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *train == "" || *out == "" {
		fmt.Fprintln(e.stderr, "hearsay train pos: --train and --out are required (see --help)")
		return exitUsage
	}
	var skip *regexp.Regexp
	if *skipDocs != "" {
		var err error
		if skip, err = regexp.Compile(*skipDocs); err != nil {
			fmt.Fprintln(e.stderr, "hearsay train pos: --skip-docs:", err)
			return exitUsage
		}
	}
	var sents []pos.Sentence
	for _, f := range strings.Split(*train, ",") {
		s, err := readPOSCoNLLU(f)
		if err != nil {
			fmt.Fprintln(e.stderr, "hearsay train pos:", err)
			return exitUsage
		}
		if skip != nil {
			s = pos.SkipDocuments(s, skip.MatchString)
		}
		sents = append(sents, pos.FromCoNLLU(s)...)
	}
	start := time.Now()
	opts := pos.TrainOptions{Epochs: *epochs, Seed: *seed, DictMinCount: *dictMin, DictMinRatio: *dictRatio, MinFeatureCount: *minFeat, TwoPass: *twoPass, WordNet: *wordnet}
	if *clusters != "" {
		cl, err := readClusters(*clusters)
		if err != nil {
			fmt.Fprintln(e.stderr, "hearsay train pos:", err)
			return exitUsage
		}
		opts.Clusters = cl
	}
	if !*quiet {
		opts.Progress = func(epoch int, acc float64) {
			if epoch == 0 {
				fmt.Fprintf(e.stderr, "first-pass tags of held-out folds ready (%s); training the second pass\n", time.Since(start).Round(time.Second))
				return
			}
			fmt.Fprintf(e.stderr, "epoch %d: training accuracy %.2f%% (%s)\n", epoch, 100*acc, time.Since(start).Round(time.Second))
		}
	}
	t, err := pos.Train(ctx, sents, opts)
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay train pos:", err)
		return exitPartial
	}
	if err := writePOSModel(*out, t); err != nil {
		fmt.Fprintln(e.stderr, "hearsay train pos:", err)
		return exitPartial
	}
	if *dev != "" {
		d, err := readPOSCoNLLU(*dev)
		if err != nil {
			fmt.Fprintln(e.stderr, "hearsay train pos:", err)
			return exitUsage
		}
		sc, err := pos.Evaluate(ctx, t, pos.FromCoNLLU(d))
		if err != nil {
			fmt.Fprintln(e.stderr, "hearsay train pos:", err)
			return exitPartial
		}
		fmt.Fprintf(e.stdout, "dev %s: %s\n", *dev, sc)
	}
	return exitOK
}

// writePOSModel writes t to path through a temporary file, so that a failed
// write never leaves half a model.
func writePOSModel(path string, t *pos.Tagger) error {
	return writeAtomic(path, func(w io.Writer) error {
		_, err := t.WriteTo(w)
		return err
	})
}

// readPOSCoNLLU reads every sentence of a CoNLL-U file.
func readPOSCoNLLU(path string) ([]conllu.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return conllu.Read(f, path)
}

// readClusters reads a word clusters file.
func readClusters(path string) (pos.Clusters, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cl, err := pos.ReadClusters(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return cl, nil
}
