package main

import "context"

// tagCommands lists the taggers `hearsay tag` can run over annotated corpus
// files. Add a line here when adding a tag_<tagger>.go file.
func tagCommands() []command {
	return []command{
		{"ner", "tag a CoNLL column file with IOB2 entity tags (appended as a last column)", runTagNER},
		{"pos", "tag a CoNLL-U file's words with UPOS and XPOS tags", runTagPOS},
	}
}

// runTag dispatches `hearsay tag TAGGER ...` to the tagger's command.
func runTag(ctx context.Context, e *env, args []string) int {
	return runGroup(ctx, e, group{name: "tag", unit: "subcommand", description: "Tag corpus files with a trained tagger and write them back for outside scoring.", cmds: tagCommands()}, args)
}
