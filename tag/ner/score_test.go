package ner

import (
	"context"
	"fmt"
	"math"
	"os"
	"slices"
	"sync"
	"testing"

	"github.com/hearsay-news/hearsay/internal/modeltest"
	"github.com/hearsay-news/hearsay/tag/perceptron"
)

// The scorer's emission scores are those of the model over every feature
// extractor.base and pass2 give, up to the rounding of the additions' order: on a
// document with headlines, repeated words, names in the gazetteer and
// sentences of one and two words.
func TestScorerMatchesFeatures(t *testing.T) {
	for _, name := range Models() {
		t.Run(name, func(t *testing.T) { testScorer(t, name) })
	}
}

func testScorer(t *testing.T, name string) {
	tg, err := Load(name)
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	words, err := sentenceWords(tokenize(string(text)))
	if err != nil {
		t.Fatal(err)
	}
	words = append(words,
		[]string{"PORTMAN", "AND", "MILLEPIED", "SPLIT", "IN", "PARIS"},
		[]string{"Yes"},
		[]string{"Mr.", "Smith", "of", "Acme", "Inc.", "met", "Smith", "."},
		[]string{"Smith", "said"},
	)
	// half the words come from a cache filled by another document
	fx := newFixedScores(tg.m1, tg.m2)
	cache := newWordCache()
	newDocument(words[:len(words)/2], newScorer(&tg.ext, tg.m1, tg.m2, fx, cache, words[:len(words)/2]))
	sc := newScorer(&tg.ext, tg.m1, tg.m2, fx, cache, words)
	d := newDocument(words, sc)
	for si := range d.sents {
		plain := newSentence(words[si], nil)
		s := &d.sents[si]
		if !slices.Equal(s.lower, plain.lower) || !slices.Equal(s.shape, plain.shape) || s.capsLine != plain.capsLine {
			t.Errorf("sentence %d: indexed lower %q shape %q caps %v, want %q %q %v", si, s.lower, s.shape, s.capsLine, plain.lower, plain.shape, plain.capsLine)
		}
	}
	plainDoc := newDocument(words, nil)
	for si := range d.sents {
		s, ps := &d.sents[si], &plainDoc.sents[si]
		for i, w := range s.words {
			if got, want := d.lowerAt(s, i), plainDoc.lowerAt(ps, i); got != want {
				t.Errorf("sentence %d token %d %q: indexed lowerAt %v, want %v", si, i, w, got, want)
			}
			if got, want := d.capMidAt(s, i), plainDoc.capMidAt(ps, i); got != want {
				t.Errorf("sentence %d token %d %q: indexed capMidAt %v, want %v", si, i, w, got, want)
			}
		}
	}
	for si := range d.sents {
		for i := range d.sents[si].words {
			if got, want := sc.pairs(&d.sents[si], i, nil), tg.ext.pairs(&d.sents[si], i, nil); !slices.Equal(got, want) {
				t.Errorf("sentence %d token %d: scorer's pair features %v, want %v", si, i, got, want)
			}
		}
	}
	labs := make([][]int, len(d.sents))
	for si := range labs {
		labs[si] = make([]int, len(d.sents[si].words))
		for i := range labs[si] {
			labs[si][i] = (si + 3*i) % nLabels
		}
	}
	byLower, byWord := labelStats(d, labs), labelStats(plainDoc, labs)
	if byLower.byLower == nil || byWord.byWord == nil {
		t.Fatal("label counts not kept by lowercase number for the indexed document, or by word for the plain one")
	}
	for si := range d.sents {
		for i := range d.sents[si].words {
			a, b := byLower.of(&d.sents[si], i), byWord.of(&plainDoc.sents[si], i)
			if (a == nil) != (b == nil) || a != nil && *a != *b {
				t.Errorf("sentence %d token %d: label counts by lowercase number %v, by word %v", si, i, a, b)
			}
		}
	}
	var buf decodeBuf
	slow := make([][][nLabels]float32, len(d.sents))
	fast := make([][][nLabels]float32, len(d.sents))
	p1 := make([][]int, len(d.sents))
	for si := range d.sents {
		slow[si] = emissions(tg.m1, tg.ext.base(d, si, nil), nil)
		fast[si] = sc.emissions(d, si, nil)
		compareScores(t, d, si, "first pass", fast[si], slow[si])
		p1[si] = viterbi(slow[si], &tg.tr1, nil, &buf)
	}
	if tg.m2 == nil {
		return
	}
	stats := labelStats(d, p1)
	var votes []int
	var f2 []perceptron.Feature
	var s2 [nLabels]float32
	for si := range d.sents {
		votes = spanVotes(&d.sents[si], stats, p1[si], votes)
		for i := range slow[si] {
			f2 = pass2(d, stats, p1[si], votes, si, i, f2[:0])
			tg.m2.Scores(f2, s2[:])
			addVecsGo(&slow[si][i], []*vec{&s2})
		}
		sc.addPass2(d, stats, p1[si], votes, si, fast[si])
		compareScores(t, d, si, "second pass", fast[si], slow[si])
	}
}

func compareScores(t *testing.T, d *document, si int, pass string, got, want [][nLabels]float32) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s, sentence %d: %d rows, want %d", pass, si, len(got), len(want))
	}
	for i := range want {
		for y := range want[i] {
			if diff := math.Abs(float64(got[i][y] - want[i][y])); diff > 1e-3*(1+math.Abs(float64(want[i][y]))) {
				t.Errorf("%s, sentence %d token %d (%q) label %s: %v, want %v", pass, si, i, d.sents[si].words[i], labels[y], got[i][y], want[i][y])
			}
		}
	}
}

// A tagger shared by goroutines tags each document as it does alone, the
// word cache filling up concurrently (run with -race).
func TestConcurrentTagging(t *testing.T) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	words, err := sentenceWords(tokenize(string(text)))
	if err != nil {
		t.Fatal(err)
	}
	data, err := modelFS.ReadFile("model/" + DefaultModel + ".bin")
	if err != nil {
		t.Fatal(err)
	}
	alone, err := Parse(data) // a fresh tagger: an empty cache
	if err != nil {
		t.Fatal(err)
	}
	docs := [][][]string{words, words[:len(words)/3], words[len(words)/3:], words[len(words)/2:]}
	var want [][][]string
	for _, d := range docs {
		tags, err := alone.Tag(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, tags)
	}
	shared, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(docs))
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range docs {
				k := (k + g) % len(docs)
				got, err := shared.Tag(context.Background(), docs[k])
				if err != nil {
					errs <- err.Error()
					return
				}
				for si := range got {
					if !slices.Equal(got[si], want[k][si]) {
						errs <- fmt.Sprintf("goroutine %d, document %d, sentence %d: %v, want %v", g, k, si, got[si], want[k][si])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// Every embedded model writes back byte for byte as it was read, dense
// weight rows included.
func TestModelRoundTrip(t *testing.T) {
	for _, name := range Models() {
		data, err := modelFS.ReadFile("model/" + name + ".bin")
		if err != nil {
			t.Fatal(err)
		}
		modeltest.RoundTrip(t, name, data, Parse)
	}
}

// A scorer reset for document after document numbers each one's words,
// notes them and numbers their lowercase forms as a new scorer does.
func TestScorerReused(t *testing.T) {
	tg, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	words, err := sentenceWords(tokenize(string(text)))
	if err != nil {
		t.Fatal(err)
	}
	fx, cache := newFixedScores(tg.m1, tg.m2), newWordCache()
	reused := newScorer(&tg.ext, tg.m1, tg.m2, fx, cache, nil)
	for k, doc := range [][][]string{words[:len(words)/2], words, words[len(words)/3:], {{"Smith", "met", "smith"}}, words} {
		reused.reset(&tg.ext, tg.m1, tg.m2, fx, cache, doc)
		got := newDocument(doc, reused)
		want := newDocument(doc, newScorer(&tg.ext, tg.m1, tg.m2, fx, cache, doc))
		for si := range want.sents {
			if !slices.Equal(got.sents[si].ids, want.sents[si].ids) {
				t.Fatalf("document %d, sentence %d: numbers %v, want %v", k, si, got.sents[si].ids, want.sents[si].ids)
			}
		}
		if !slices.Equal(got.notes, want.notes) || !slices.Equal(got.lowerOf, want.lowerOf) || got.nLower != want.nLower {
			t.Fatalf("document %d: notes %v, lowercase numbers %v of %d; want %v, %v of %d", k, got.notes, got.lowerOf, got.nLower, want.notes, want.lowerOf, want.nLower)
		}
	}
}
