package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/eval/facts"
	"github.com/hearsay-news/hearsay/pipeline"
	"github.com/hearsay-news/hearsay/schema"
)

// goldSetup expands the positional arguments of an eval command that scores
// gold folders (eval facts, eval entities) and builds the pipeline that
// analyses their articles. On failure it prints the problem prefixed with
// "hearsay CMD:" and returns false (the caller exits with exitUsage).
func goldSetup(e *env, cmd string, pos []string) ([]string, *hearsay.Pipeline, bool) {
	golds, err := goldFiles(pos)
	if err == nil && len(golds) == 0 {
		err = fmt.Errorf("give gold files (NAME.gold.json) or directories holding them")
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "hearsay %s: %v\n", cmd, err)
		return nil, nil, false
	}
	p, err := loadPipeline(pipeline.Options{})
	if err != nil {
		fmt.Fprintf(e.stderr, "hearsay %s: %v\n", cmd, err)
		return nil, nil, false
	}
	return golds, p, true
}

// goldFiles expands directories to their *.gold.json files.
func goldFiles(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		m, err := filepath.Glob(filepath.Join(a, "*.gold.json"))
		if err != nil {
			return nil, err
		}
		sort.Strings(m)
		out = append(out, m...)
	}
	return out, nil
}

// goldName is the name of a gold file without its folder and ".gold.json".
func goldName(goldPath string) string {
	return strings.TrimSuffix(filepath.Base(goldPath), ".gold.json")
}

// goldArticle is the article next to a gold file: NAME.txt for NAME.gold.json.
func goldArticle(goldPath string) string {
	return strings.TrimSuffix(goldPath, ".gold.json") + ".txt"
}

// readGold reads and parses one gold file. The error reads as a document's
// status ("gold: ..." when the file does not parse).
func readGold(goldPath string) (*facts.Doc, error) {
	gb, err := os.ReadFile(goldPath)
	if err != nil {
		return nil, err
	}
	gold, err := facts.ParseDoc(gb, true)
	if err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	return gold, nil
}

// parseSystem parses hearsay's JSON for one article. The error reads as a
// document's status ("system output: ...").
func parseSystem(sysJSON []byte) (*facts.Doc, error) {
	sys, err := facts.ParseDoc(sysJSON, false)
	if err != nil {
		return nil, fmt.Errorf("system output: %w", err)
	}
	return sys, nil
}

// analyse reads one article, runs the pipeline and returns its SCHEMA.md
// JSON.
func analyse(ctx context.Context, p *hearsay.Pipeline, path string) ([]byte, error) {
	doc, err := analyseDoc(ctx, p, path)
	if err != nil {
		return nil, err
	}
	return json.Marshal(schema.FromDocument(doc))
}

// writeGoldJSON prints the scores of a gold-folder evaluation as JSON:
// the number of documents, the micro-averaged scores and the documents. It
// returns status, or exitPartial when the output cannot be written.
func writeGoldJSON(e *env, cmd string, n int, micro, docs any, status int) int {
	out := map[string]any{"documents_scored": n, "micro": micro, "documents": docs}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintf(e.stderr, "hearsay %s: %v\n", cmd, err)
		return exitPartial
	}
	return status
}

// printErrorList prints a labelled list of one document's errors, nothing
// when the list is empty.
func printErrorList(w io.Writer, label string, xs []string) {
	if len(xs) == 0 {
		return
	}
	fmt.Fprintf(w, "  %s:\n", label)
	for _, x := range xs {
		fmt.Fprintf(w, "    %s\n", x)
	}
}

// A goldCase is one gold file with hearsay's analysis of its article, both
// in the gold shape.
type goldCase struct {
	gold        *facts.Doc
	sys         *facts.Doc // nil when the analysis failed
	sysJSON     []byte     // the analysis as 'hearsay extract --json' prints it
	analysisErr error      // why the pipeline failed on the article, if it did
}

// loadGoldCase reads the gold file at goldPath and analyses its article.
// The error (reading as a document's status) says that the gold file or
// the analysis output did not parse; a pipeline failure is not an error
// but the case's analysisErr, which callers score as they see fit.
func loadGoldCase(ctx context.Context, p *hearsay.Pipeline, goldPath string) (goldCase, error) {
	var c goldCase
	var err error
	if c.gold, err = readGold(goldPath); err != nil {
		return c, err
	}
	if c.sysJSON, c.analysisErr = analyse(ctx, p, goldArticle(goldPath)); c.analysisErr != nil {
		return c, nil
	}
	c.sys, err = parseSystem(c.sysJSON)
	return c, err
}
