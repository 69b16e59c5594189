package ner

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/hearsay-news/hearsay/tag/perceptron"
)

// A TrainDoc is one training document: sentences of words and their gold
// IOB2 tags.
type TrainDoc struct {
	Sents [][]string
	Gold  [][]string
	// NoMISC marks a document from a corpus that does not annotate MISC:
	// there, a MISC guess where the gold tag is O is not counted as an error.
	NoMISC bool
}

// TrainOptions control training.
type TrainOptions struct {
	Name   string    // model name stored in the file ("conll", "open")
	Epochs int       // passes over the data (default 10)
	Seed   uint64    // seed for the order of documents
	Log    io.Writer // progress messages; nil for none
	// OnePass skips the second, document-level pass. Corpora of short
	// unrelated texts (tweets, single sentences) give it nothing to learn
	// from, and it then does more harm than good.
	OnePass bool
	// WordClasses adds the GloVe word classes of package wordclass to the
	// features; the model file records it, and tagging then loads them.
	WordClasses bool
}

// A tdoc is a training document prepared for the learner.
type tdoc struct {
	d       *document
	gold    [][]int
	allowed [][][nLabels]bool // nil for fully annotated sentences
	feats   [][][]perceptron.Feature
	p1      [][]int                  // first-pass labels from a model that did not see the document
	em1     [][][nLabels]float32     // and that model's emission scores
	f2      [][][]perceptron.Feature // second-pass features
}

// Train trains a tagger. Training is deterministic for a given seed.
func Train(ctx context.Context, docs []TrainDoc, opt TrainOptions) (*Tagger, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	lists, err := DefaultLists()
	if err != nil {
		return nil, err
	}
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format+"\n", args...)
		}
	}
	t := &Tagger{name: opt.Name, lists: lists}
	t.ext = extractor{gaz: newGazetteer(), lists: lists}
	if opt.WordClasses {
		if t.ext.classes, err = defaultClasses(); err != nil {
			return nil, err
		}
	}
	tds, err := prepare(docs, t.ext.gaz)
	if err != nil {
		return nil, err
	}
	began := time.Now()
	for _, td := range tds {
		td.feats = make([][][]perceptron.Feature, len(td.d.sents))
		for si := range td.d.sents {
			td.feats[si] = t.ext.base(td.d, si, nil)
		}
	}
	logf("ner: %d documents, %d names in the gazetteer, features in %v", len(tds), len(t.ext.gaz.names), time.Since(began).Round(time.Millisecond))
	base := func(td *tdoc, si int) [][]perceptron.Feature { return td.feats[si] }
	if opt.OnePass {
		if t.m1, t.tr1, err = learn(ctx, tds, base, nil, opt.Epochs, opt.Seed); err != nil {
			return nil, err
		}
		logf("ner: trained, %d features (%v)", t.m1.Len(), time.Since(began).Round(time.Second))
		return t.ready(), nil
	}

	// First-pass labels and scores for the training data come from models
	// trained on the other half, so that the second pass learns how far to
	// trust them on unseen text.
	r := rand.New(rand.NewPCG(opt.Seed, 0x6e6572))
	order := r.Perm(len(tds))
	var halves [2][]*tdoc
	for k, i := range order {
		halves[k%2] = append(halves[k%2], tds[i])
	}
	for h := 0; h < 2; h++ {
		m, tr, err := learn(ctx, halves[h], base, nil, opt.Epochs, opt.Seed+uint64(h)+1)
		if err != nil {
			return nil, err
		}
		for _, td := range halves[1-h] {
			td.em1, td.p1 = predict(m, &tr, td)
		}
		logf("ner: fold %d done (%v)", h+1, time.Since(began).Round(time.Second))
	}
	if t.m1, t.tr1, err = learn(ctx, tds, base, nil, opt.Epochs, opt.Seed); err != nil {
		return nil, err
	}
	logf("ner: first pass trained, %d features (%v)", t.m1.Len(), time.Since(began).Round(time.Second))
	for _, td := range tds {
		stats := labelStats(td.d, td.p1)
		td.f2 = make([][][]perceptron.Feature, len(td.feats))
		for si := range td.feats {
			td.f2[si] = make([][]perceptron.Feature, len(td.feats[si]))
			votes := spanVotes(&td.d.sents[si], stats, td.p1[si], nil)
			for i := range td.feats[si] {
				td.f2[si][i] = pass2(td.d, stats, td.p1[si], votes, si, i, nil)
			}
		}
		td.feats = nil
	}
	second := func(td *tdoc, si int) [][]perceptron.Feature { return td.f2[si] }
	firstScores := func(td *tdoc, si int) [][nLabels]float32 { return td.em1[si] }
	if t.m2, t.tr2, err = learn(ctx, tds, second, firstScores, opt.Epochs, opt.Seed+3); err != nil {
		return nil, err
	}
	logf("ner: second pass trained, %d features (%v)", t.m2.Len(), time.Since(began).Round(time.Second))
	return t.ready(), nil
}

// prepare converts gold tags to label ids, fills the gazetteer from all
// documents and gives each document its own names to exclude.
func prepare(docs []TrainDoc, gaz *gazetteer) ([]*tdoc, error) {
	misc := typeID("MISC")
	tds := make([]*tdoc, 0, len(docs))
	for di, doc := range docs {
		if len(doc.Sents) != len(doc.Gold) {
			return nil, fmt.Errorf("ner: train document %d: %d sentences but %d tag rows", di, len(doc.Sents), len(doc.Gold))
		}
		td := &tdoc{d: newDocument(doc.Sents, nil), gold: make([][]int, len(doc.Sents))}
		td.d.exclude = map[string]*[len(types)]int32{}
		for si, tags := range doc.Gold {
			if len(tags) != len(doc.Sents[si]) {
				return nil, fmt.Errorf("ner: train document %d sentence %d: %d words but %d tags", di, si, len(doc.Sents[si]), len(tags))
			}
			ys := make([]int, len(tags))
			for i, tag := range tags {
				if ys[i] = labelID(tag); ys[i] < 0 {
					return nil, fmt.Errorf("ner: train document %d sentence %d: unknown tag %q", di, si, tag)
				}
			}
			td.gold[si] = ys
			keys, ts := entityNames(doc.Sents[si], ys)
			for k, key := range keys {
				gaz.add(key, ts[k])
				c := td.d.exclude[key]
				if c == nil {
					c = new([len(types)]int32)
					td.d.exclude[key] = c
				}
				c[ts[k]]++
			}
		}
		if doc.NoMISC {
			td.allowed = make([][][nLabels]bool, len(td.gold))
			for si, ys := range td.gold {
				td.allowed[si] = maskMISC(ys, misc)
			}
		}
		tds = append(tds, td)
	}
	return tds, nil
}

// maskMISC returns, for a sentence whose corpus does not annotate MISC, the
// labels allowed at each token: the gold label, and where gold is O, MISC
// as well.
func maskMISC(gold []int, misc int) [][nLabels]bool {
	a := make([][nLabels]bool, len(gold))
	for i, y := range gold {
		a[i][y] = true
		if y == 0 {
			a[i][beginOf(misc)] = true
			a[i][insideOf(misc)] = true
		}
	}
	return a
}

// predict decodes a training document with a first-pass model and returns
// its emission scores and labels.
func predict(m *perceptron.Model, tr *transitions, td *tdoc) ([][][nLabels]float32, [][]int) {
	var buf decodeBuf
	em := make([][][nLabels]float32, len(td.feats))
	out := make([][]int, len(td.feats))
	for si := range td.feats {
		em[si] = emissions(m, td.feats[si], nil)
		out[si] = viterbi(em[si], tr, nil, &buf)
	}
	return em, out
}

// learn trains one structured averaged perceptron over docs. When prior is
// not nil, its scores are added to the model's (the second pass learns on
// top of the first pass's scores).
func learn(ctx context.Context, docs []*tdoc, feats func(*tdoc, int) [][]perceptron.Feature, prior func(*tdoc, int) [][nLabels]float32, epochs int, seed uint64) (*perceptron.Model, transitions, error) {
	m := perceptron.New(labels[:])
	var at avgTransitions
	r := rand.New(rand.NewPCG(seed, 0x7472)) // deterministic document order
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	var buf decodeBuf
	var em [][nLabels]float32
	for ep := 0; ep < epochs; ep++ {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, di := range order {
			if err := ctx.Err(); err != nil {
				return nil, transitions{}, err
			}
			td := docs[di]
			for si := range td.gold {
				f := feats(td, si)
				em = emissions(m, f, em)
				if prior != nil {
					for i, p := range prior(td, si) {
						for y := range p {
							em[i][y] += p[y]
						}
					}
				}
				guess := viterbi(em, &at.w, nil, &buf)
				gold := td.gold[si]
				if td.allowed != nil {
					gold = viterbi(em, &at.w, td.allowed[si], &buf)
				}
				update(m, &at, f, gold, guess)
			}
		}
	}
	m.Average()
	return m, at.average(), nil
}

// update applies the structured perceptron update for one sentence.
func update(m *perceptron.Model, at *avgTransitions, f [][]perceptron.Feature, gold, guess []int) {
	pg, pp := start, start
	for i := range gold {
		m.Tick()
		at.tick()
		if gold[i] != guess[i] {
			m.Update(gold[i], guess[i], f[i])
		}
		if gold[i] != guess[i] || pg != pp {
			at.add(pg, gold[i], 1)
			at.add(pp, guess[i], -1)
		}
		pg, pp = gold[i], guess[i]
	}
}

// avgTransitions is an averaged transition matrix under training.
type avgTransitions struct {
	w       transitions
	total   [nLabels + 1][nLabels]float64
	stamp   [nLabels + 1][nLabels]int
	instant int
}

func (a *avgTransitions) tick() { a.instant++ }

func (a *avgTransitions) add(p, y int, v float32) {
	a.total[p][y] += float64(a.instant-a.stamp[p][y]) * float64(a.w[p][y])
	a.stamp[p][y] = a.instant
	a.w[p][y] += v
}

func (a *avgTransitions) average() transitions {
	var out transitions
	n := float64(max(a.instant, 1))
	for p := range out {
		for y := range out[p] {
			tot := a.total[p][y] + float64(a.instant-a.stamp[p][y])*float64(a.w[p][y])
			out[p][y] = float32(tot / n)
		}
	}
	return out
}
