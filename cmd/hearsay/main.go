// Command hearsay reads dated news articles and builds a temporal,
// source-attributed knowledge base of the people in them.
//
// Each subcommand lives in its own file of this package and is listed once,
// in commands below.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
)

// Exit codes.
const (
	exitOK      = 0 // success
	exitPartial = 1 // some documents failed; the rest were processed
	exitUsage   = 2 // usage error: bad flags or arguments
)

// env is what a command runs with: its streams, so that tests can capture them.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

// A command is one subcommand of hearsay.
type command struct {
	name    string
	summary string                                               // one line for `hearsay --help`
	run     func(ctx context.Context, e *env, args []string) int // returns the exit code
}

// commands lists every subcommand. Add a line here when adding a command file.
func commands() []command {
	return []command{
		{"version", "print hearsay's version", runVersion},
		{"read", "read, analyse and store articles, printing a summary of each", runRead},
		{"ingest", "read, analyse and store articles quietly (large batches)", runIngest},
		{"reanalyse", "analyse stored documents again with this build's rules and models", runReanalyse},
		{"copy", "copy a store's documents and entity decisions into another store", runCopy},
		{"docs", "list stored documents", runDocs},
		{"show", "print a stored document with its annotations", runShow},
		{"search", "full-text search over stored documents", runSearch},
		{"extract", "analyse articles without storing them (--json: SCHEMA.md shape)", runExtract},
		{"bench", "time the whole pipeline: documents/s, MB/s, peak memory", runBench},
		{"train", "train a model from annotated data (pos and ner taggers, fact confidence)", runTrain},
		{"tag", "tag corpus files (pos, ner) and write them back for scoring", runTag},
		{"timex", "find and normalize time expressions (TIMEX3) in JSON Lines documents", runTimex},
		{"status", "where two people stand as of a date, with the claims behind it", runStatus},
		{"timeline", "a person's dated events, oldest first", runTimeline},
		{"person", "the people a name can mean: birth interval, facts", runPerson},
		{"claims", "claims across articles, with status and sources", runClaims},
		{"outlets", "outlets' track records on anonymous-source claims", runOutlets},
		{"contradictions", "birth dates and event dates that sources disagree on", runContradictions},
		{"entity", "merge or split resolved people (decisions kept across re-ingests)", runEntity},
		{"serve", "serve the knowledge base: web pages and a JSON API over HTTP", runServe},
		{"generate", "write fictional articles (JSON Lines) for benchmarks", runGenerate},
		{"eval", "score a layer against a gold corpus (timex, pos, ner, coref, entities, facts)", runEval},
	}
}

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func runVersion(_ context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "version", "", "Print hearsay's version.")
	if _, code, ok := parseFlags(fs, args); !ok {
		return code
	}
	fmt.Fprintln(e.stdout, "hearsay", version)
	return exitOK
}

func main() {
	ctx, release := interruptible(context.Background(), os.Stderr)
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	code := run(ctx, e, os.Args[1:])
	release()
	os.Exit(code)
}

// run dispatches args to a subcommand and returns the exit code.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) > 1 && args[0] == "help" {
			return run(ctx, e, []string{args[1], "--help"})
		}
		usage(e.stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, e, args[1:])
		}
	}
	fmt.Fprintf(e.stderr, "hearsay: unknown command %q (see 'hearsay --help')\n", args[0])
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprint(w, `hearsay reads dated news articles and builds a temporal, source-attributed
knowledge base: who the people are, what happened between them, when, who
says so and how sure.

Usage:
  hearsay COMMAND [flags] [arguments]

Commands:
`)
	cs := commands()
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-14s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Run 'hearsay COMMAND --help' for a command's flags.
Exit codes: 0 success, 1 some documents failed (the rest were stored), 2 usage error.
`)
}

// newFlagSet returns a flag set whose --help prints the command's synopsis,
// description and flags to stdout.
func newFlagSet(e *env, name, synopsis, description string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stdout, "Usage: hearsay %s [flags] %s\n\n%s\n", name, synopsis, description)
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintln(e.stdout, "\nFlags:")
			fs.SetOutput(e.stdout)
			fs.PrintDefaults()
			fs.SetOutput(e.stderr)
		}
	}
	return fs
}

// parseArgs is parseFlags for a command that takes exactly n positional
// arguments; otherwise it prints "hearsay NAME: want" and returns a usage
// error.
func parseArgs(e *env, fs *flag.FlagSet, args []string, n int, want string) (pos []string, code int, ok bool) {
	pos, code, ok = parseFlags(fs, args)
	if !ok {
		return nil, code, false
	}
	if len(pos) != n {
		fmt.Fprintf(e.stderr, "hearsay %s: %s\n", fs.Name(), want)
		return nil, exitUsage, false
	}
	return pos, exitOK, true
}

// parseFlags parses args, allowing flags after positional arguments
// ("hearsay read a.txt --json"); "--" ends the flags. The positional
// arguments are then in positional(fs). ok is false when the command must
// return code (help was asked for, or the flags were wrong).
func parseFlags(fs *flag.FlagSet, args []string) (pos []string, code int, ok bool) {
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, exitOK, false
			}
			return nil, exitUsage, false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	return pos, exitOK, true
}
