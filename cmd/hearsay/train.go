package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
)

// trainCommands lists the models `hearsay train` can train. Add a line here
// when adding a train_<model>.go file.
func trainCommands() []command {
	return []command{
		{"confidence", "train the confidence model of extracted facts on gold fact files", runTrainConfidence},
		{"ner", "train the named-entity tagger (PER, ORG, LOC, MISC) on CoNLL column files", runTrainNER},
		{"pos", "train the part-of-speech tagger (UPOS and XPOS) on CoNLL-U files", runTrainPOS},
	}
}

// runTrain dispatches `hearsay train MODEL ...` to the model's trainer.
func runTrain(ctx context.Context, e *env, args []string) int {
	return runGroup(ctx, e, group{name: "train", unit: "subcommand", description: "Train a model from annotated data: the part-of-speech and named-entity taggers\nfrom corpora, the fact confidence model from gold fact files.", cmds: trainCommands()}, args)
}

// A group is a command whose first argument names one of its subcommands.
type group struct {
	name        string // the command: eval, tag, train
	unit        string // what a subcommand is called: layer, subcommand
	description string
	cmds        []command
}

// runGroup dispatches `hearsay GROUP SUB ...` to the subcommand SUB of g,
// printing the group's usage on --help or when SUB is missing or unknown.
func runGroup(ctx context.Context, e *env, g group, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		g.usage(e.stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range g.cmds {
		if c.name == args[0] {
			return c.run(ctx, e, args[1:])
		}
	}
	fmt.Fprintf(e.stderr, "hearsay %s: unknown %s %q (see 'hearsay %s --help')\n", g.name, g.unit, args[0], g.name)
	return exitUsage
}

// usage prints the subcommands of the group, sorted by name.
func (g group) usage(w io.Writer) {
	arg := strings.ToUpper(g.unit)
	fmt.Fprintf(w, "Usage: hearsay %s %s [flags] [arguments]\n\n%s\n\n%s%ss:\n", g.name, arg, g.description,
		strings.ToUpper(g.unit[:1]), g.unit[1:])
	cs := append([]command(nil), g.cmds...)
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nRun 'hearsay %s %s --help' for its flags.\n", g.name, arg)
}
