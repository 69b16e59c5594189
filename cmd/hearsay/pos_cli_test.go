package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// posSample is a small gold CoNLL-U file: a comment-led sentence with a
// multi-word token, and a second sentence.
const posSample = "# sent_id = a\n# text = She doesn't sing.\n" +
	"1\tShe\tshe\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n" +
	"2-3\tdoesn't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
	"2\tdoes\tdo\tAUX\tVBZ\t_\t4\taux\t_\t_\n" +
	"3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
	"4\tsing\tsing\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n" +
	"5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n" +
	"\n# sent_id = b\n" +
	"1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n" +
	"2\tchildren\tchild\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n" +
	"3\tplayed\tplay\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n" +
	"4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n"

// TestTagPOSKeepsLayout checks that `tag pos` replaces only the UPOS and
// XPOS columns of word lines, never reading the gold tags.
func TestTagPOSKeepsLayout(t *testing.T) {
	dir := t.TempDir()
	// Gold tags are scrambled: the output must not depend on them.
	scrambled := strings.NewReplacer("\tPRON\tPRP\t", "\tX\tXX\t", "\tVERB\tVB\t", "\tX\tXX\t").Replace(posSample)
	in := write(t, dir, "in.conllu", scrambled)
	r := runCLI(t, nil, "tag", "pos", "--conllu", in).want(t, exitOK)
	gotLines := strings.Split(r.stdout, "\n")
	wantLines := strings.Split(posSample, "\n")
	if len(gotLines) != len(wantLines) {
		t.Fatalf("got %d lines, want %d:\n%s", len(gotLines), len(wantLines), r.stdout)
	}
	for i, g := range gotLines {
		w := wantLines[i]
		gc, wc := strings.Split(g, "\t"), strings.Split(w, "\t")
		if len(wc) != 10 || strings.Contains(wc[0], "-") {
			if g != w {
				t.Errorf("line %d changed: %q, want %q", i+1, g, w)
			}
			continue
		}
		for c := range wc {
			if c != 3 && c != 4 && gc[c] != wc[c] {
				t.Errorf("line %d column %d = %q, want %q", i+1, c+1, gc[c], wc[c])
			}
		}
		if gc[3] != wc[3] || gc[4] != wc[4] {
			t.Errorf("line %d (%s) tagged %s/%s, want %s/%s", i+1, wc[1], gc[3], gc[4], wc[3], wc[4])
		}
	}
}

// TestEvalPOS checks the JSON report of `eval pos`, tagging and scoring a
// file tagged beforehand.
func TestEvalPOS(t *testing.T) {
	dir := t.TempDir()
	gold := write(t, dir, "gold.conllu", posSample)
	r := runCLI(t, nil, "eval", "pos", gold, "--json").want(t, exitOK)
	var rep posReport
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("bad JSON %q: %v", r.stdout, err)
	}
	if rep.Words != 9 || rep.Known+rep.Unknown != 9 || rep.UPOS != 100 {
		t.Errorf("report %+v, want 9 words all tagged right", rep)
	}
	wrong := write(t, dir, "sys.conllu", strings.Replace(posSample, "\tDET\tDT\t", "\tPRON\tDT\t", 1))
	r = runCLI(t, nil, "eval", "pos", gold, "--system", wrong, "--json").want(t, exitOK)
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.UPOS != 88.889 || rep.XPOS != 100 {
		t.Errorf("system with one UPOS error: UPOS %v XPOS %v, want 88.889 and 100", rep.UPOS, rep.XPOS)
	}
	other := write(t, dir, "other.conllu", strings.Replace(posSample, "\tchildren\t", "\tkids\t", 1))
	runCLI(t, nil, "eval", "pos", gold, "--system", other).want(t, exitPartial)
	runCLI(t, nil, "eval", "pos").want(t, exitUsage)
}
