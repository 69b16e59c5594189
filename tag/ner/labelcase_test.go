package ner

import (
	"strings"
	"testing"
)

// labelCase is a table row for a refinement of labels: a document of
// space-separated tokens with sentences split by "|", the tagger's labels in
// the same layout, and the labels the refinement should leave.
type labelCase struct{ doc, tags, want string }

// parse splits the case into sentences of tokens and their label ids.
func (tc labelCase) parse(t *testing.T) ([][]string, [][]int) {
	t.Helper()
	docs, tags := strings.Split(tc.doc, "|"), strings.Split(tc.tags, "|")
	if len(docs) != len(tags) {
		t.Fatalf("%q: %d sentences, %d label rows", tc.doc, len(docs), len(tags))
	}
	var sents [][]string
	var labs [][]int
	for k, s := range docs {
		ws := strings.Fields(s)
		var ys []int
		for _, tag := range strings.Fields(tags[k]) {
			ys = append(ys, labelID(tag))
		}
		if len(ys) != len(ws) {
			t.Fatalf("%q: %d labels for %d words in sentence %d", tc.doc, len(ys), len(ws), k+1)
		}
		sents, labs = append(sents, ws), append(labs, ys)
	}
	return sents, labs
}

// checkLabelCases runs refine on each case and compares the labels it
// leaves with the case's want.
func checkLabelCases(t *testing.T, tests []labelCase, refine func(sents [][]string, labs [][]int)) {
	t.Helper()
	for _, tc := range tests {
		sents, labs := tc.parse(t)
		refine(sents, labs)
		var got []string
		for _, ys := range idsToTags(labs) {
			got = append(got, strings.Join(ys, " "))
		}
		if g := strings.Join(got, " | "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.doc, g, tc.want)
		}
	}
}

// checkListRefine is checkLabelCases for a refinement of one sentence at a
// time that reads the default lists.
func checkListRefine(t *testing.T, tests []labelCase, refine func(l *Lists, ws []string, labs []int)) {
	t.Helper()
	l, err := DefaultLists()
	if err != nil {
		t.Fatal(err)
	}
	checkLabelCases(t, tests, func(sents [][]string, labs [][]int) {
		for si := range sents {
			refine(l, sents[si], labs[si])
		}
	})
}
