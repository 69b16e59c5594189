package main

import (
	"context"
	"fmt"
	"io"
	"sort"
)

// trainCommands lists the models `hearsay train` can train. Add a line here
// when adding a train_<model>.go file.
func trainCommands() []command {
	return []command{
		{"ner", "train the named-entity tagger (PER, ORG, LOC, MISC) on CoNLL column files", runTrainNER},
		{"pos", "train the part-of-speech tagger (UPOS and XPOS) on CoNLL-U files", runTrainPOS},
	}
}

// runTrain dispatches `hearsay train MODEL ...` to the model's trainer.
func runTrain(ctx context.Context, e *env, args []string) int {
	return runGroup(ctx, e, "train", "Train a tagger model from annotated corpora.", trainCommands(), args)
}

// runGroup dispatches `hearsay GROUP SUB ...` to the subcommand SUB of cmds,
// printing the group's usage on --help or when SUB is missing or unknown.
func runGroup(ctx context.Context, e *env, group, description string, cmds []command, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		groupUsage(e.stdout, group, description, cmds)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range cmds {
		if c.name == args[0] {
			return c.run(ctx, e, args[1:])
		}
	}
	fmt.Fprintf(e.stderr, "hearsay %s: unknown subcommand %q (see 'hearsay %s --help')\n", group, args[0], group)
	return exitUsage
}

// groupUsage prints the subcommands of a command group.
func groupUsage(w io.Writer, group, description string, cmds []command) {
	fmt.Fprintf(w, "Usage: hearsay %s SUBCOMMAND [flags] [arguments]\n\n%s\n\nSubcommands:\n", group, description)
	cs := append([]command(nil), cmds...)
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nRun 'hearsay %s SUBCOMMAND --help' for its flags.\n", group)
}
