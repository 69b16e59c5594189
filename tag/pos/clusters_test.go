package pos

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"strings"
	"testing"
)

// TestBuildClustersGroupsWordsByCompany clusters a small text where the
// animals and the verbs keep the same company, and checks that each group
// ends in one cluster apart from the other, deterministically.
func TestBuildClustersGroupsWordsByCompany(t *testing.T) {
	animals := []string{"cat", "dog", "horse", "goat"}
	verbs := []string{"sleeps", "runs", "eats", "sings"}
	var sents [][]string
	for i := range 40 {
		for j, a := range animals {
			v := verbs[(i+j)%len(verbs)]
			sents = append(sents, strings.Fields(fmt.Sprintf("the %s %s .", a, v)))
		}
	}
	opts := ClusterOptions{Classes: 4, MinCount: 2}
	cl, err := BuildClusters(context.Background(), sents, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, group := range [][]string{animals, verbs} {
		for _, w := range group[1:] {
			if cl[w] != cl[group[0]] {
				t.Errorf("%q in cluster %d, %q in %d", w, cl[w], group[0], cl[group[0]])
			}
		}
	}
	if cl["cat"] == cl["runs"] || cl["cat"] == 0 {
		t.Errorf("animals and verbs share cluster %d", cl["cat"])
	}
	again, err := BuildClusters(context.Background(), sents, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(cl, again) {
		t.Error("clustering the same text twice differs")
	}
}

// TestClustersRoundTrip writes clusters and reads them back, and checks
// that malformed lines are refused.
func TestClustersRoundTrip(t *testing.T) {
	cl := Clusters{"monday": 3, "said": 7, "0:00": 3}
	var b bytes.Buffer
	if _, err := cl.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != "0:00\t3\nmonday\t3\nsaid\t7\n" {
		t.Errorf("written as %q", got)
	}
	back, err := ReadClusters(&b)
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(cl, back) {
		t.Errorf("read back %v, want %v", back, cl)
	}
	for _, bad := range []string{"word\n", "word\t0\n", "word\tx\n", "word\t70000\n"} {
		if _, err := ReadClusters(strings.NewReader(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// TestDefaultClusters checks that the embedded clusters read and group a
// few words that keep the same company.
func TestDefaultClusters(t *testing.T) {
	cl, err := DefaultClusters()
	if err != nil {
		t.Fatal(err)
	}
	if len(cl) < 1000 {
		t.Fatalf("only %d clustered words", len(cl))
	}
	if cl["tuesday"] == 0 || cl["tuesday"] != cl["friday"] {
		t.Errorf("tuesday in cluster %d, friday in %d", cl["tuesday"], cl["friday"])
	}
}
