package main

import (
	"bufio"
	"context"
	"fmt"
	"os"

	"github.com/hearsay-news/hearsay/internal/gen"
)

func runGenerate(_ context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "generate", "OUT.jsonl", `Write fictional dated articles as JSON Lines, for benchmarks: many people
(some sharing names), couples whose stories unfold over months (dating and
separation rumors from anonymous sources, copies by other outlets, denials by
representatives, confirmations, divorce filings) and careers, in varied
phrasings from many outlets. The same --seed gives the same articles. OUT
may be - for standard output.`)
	n := fs.Int("n", 1000, "number of articles")
	seed := fs.Int64("seed", 1, "random seed")
	pos, code, ok := parseFlags(fs, args)
	if !ok {
		return code
	}
	if len(pos) != 1 || *n <= 0 {
		fmt.Fprintln(e.stderr, "hearsay generate: want --n N (> 0) and one output path (see --help)")
		return exitUsage
	}
	out := e.stdout
	if pos[0] != "-" {
		f, err := os.Create(pos[0])
		if err != nil {
			fmt.Fprintf(e.stderr, "hearsay generate: %v\n", err)
			return exitPartial
		}
		defer f.Close()
		out = f
	}
	w := bufio.NewWriter(out)
	if err := gen.Generate(w, gen.Options{N: *n, Seed: *seed}); err != nil {
		fmt.Fprintf(e.stderr, "hearsay generate: %v\n", err)
		return exitPartial
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(e.stderr, "hearsay generate: %v\n", err)
		return exitPartial
	}
	return exitOK
}
