package main

import "context"

// evalCommands lists the subcommands of `hearsay eval`, one per evaluated
// layer. Each lives in its own file (eval_timex.go, eval_pos.go, ...); add
// one line here when adding one.
func evalCommands() []command {
	return []command{
		{"timex", "score the temporal tagger on TimeML files (TempEval-3 task A)", runEvalTimex},
		{"ner", "score the named-entity tagger on a CoNLL file (conlleval's entity F1)", runEvalNER},
		{"pos", "score the part-of-speech tagger on a CoNLL-U file (UPOS and XPOS accuracy)", runEvalPOS},
		{"coref", "score within-document coreference on GUM entity annotation (MUC, B3, CEAF-e, CoNLL-2012)", runEvalCoref},
		{"entities", "score entities, canonical names, aliases and birth intervals against hearsay-gold/1 files", runEvalEntities},
		{"facts", "score facts, their time, modality and sources against hearsay-gold/1 files (facts_score.py)", runEvalFacts},
	}
}

// runEval dispatches `hearsay eval LAYER ...` to the evaluation of one layer.
func runEval(ctx context.Context, e *env, args []string) int {
	return runGroup(ctx, e, group{name: "eval", unit: "layer", description: "Score one layer of hearsay against a gold-standard corpus.", cmds: evalCommands()}, args)
}
