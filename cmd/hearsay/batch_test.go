package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/pipeline"
)

// TestBatchLoadFailure checks that a pipeline that cannot load fails the
// batch before any document is read, leaves it unstarted (so the commands
// print no counts of a run that never happened) and reports the cause.
func TestBatchLoadFailure(t *testing.T) {
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	b := &batch{e: e, paths: []string{"testdata-does-not-exist"}, pipe: pipeline.Options{NERModel: "no-such-model"}}
	handled := 0
	err := b.run(context.Background(), func(*hearsay.Document) error { handled++; return nil })
	if err == nil {
		t.Fatal("run succeeded with an unknown NER model")
	}
	if !b.started.IsZero() || handled != 0 {
		t.Fatalf("batch started (%v) or handled %d documents after a load failure", b.started, handled)
	}
	if code := b.exitCode(err); code != exitPartial || !strings.Contains(errb.String(), "no-such-model") {
		t.Fatalf("exit %d, stderr %q: want exit %d naming the model", code, errb.String(), exitPartial)
	}
}
