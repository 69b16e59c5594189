package pos

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"

	"github.com/hearsay-news/hearsay/corpus/conllu"
	"github.com/hearsay-news/hearsay/tag/perceptron"
)

// A Sentence is one gold-tagged training sentence.
type Sentence struct {
	Words []string
	Tags  []Tag
}

// FromCoNLLU converts CoNLL-U sentences (their syntactic words) to
// training sentences.
func FromCoNLLU(sents []conllu.Sentence) []Sentence {
	out := make([]Sentence, 0, len(sents))
	for _, s := range sents {
		ts := Sentence{Words: make([]string, len(s.Words)), Tags: make([]Tag, len(s.Words))}
		for i, w := range s.Words {
			ts.Words[i] = w.Form
			ts.Tags[i] = Tag{UPOS: w.UPOS, XPOS: w.XPOS}
		}
		out = append(out, ts)
	}
	return out
}

// SkipDocuments returns the sentences of sents that are not in a document
// whose id ("# newdoc id = ...", carried over to the sentences after it)
// skip reports true for; sentences before any document id are kept. It is
// how training leaves out the parts of a corpus whose licence does not
// allow shipping a model trained on them.
func SkipDocuments(sents []conllu.Sentence, skip func(docID string) bool) []conllu.Sentence {
	out := make([]conllu.Sentence, 0, len(sents))
	skipping := false
	for _, s := range sents {
		if s.NewDoc != "" {
			skipping = skip(s.NewDoc)
		}
		if !skipping {
			out = append(out, s)
		}
	}
	return out
}

// TrainOptions control training.
type TrainOptions struct {
	Epochs int    // passes over the data; 0 means 10
	Seed   uint64 // seed of the shuffling of sentences between epochs

	// The tag dictionary holds words seen at least DictMinCount times
	// (0 means 10) with one class in at least DictMinRatio of them (0 means
	// 0.99). DictMinCount < 0 disables the dictionary.
	DictMinCount int
	DictMinRatio float64

	// WordNet, when set, is a Princeton WordNet dictionary directory
	// (index.noun, noun.exc, ...; e.g. /usr/share/wordnet) whose lemma lists
	// give every word the classes it can have. They are kept in the model.
	WordNet string

	// Clusters are the word clusters whose numbers are features of each
	// word and its neighbours; nil means the embedded DefaultClusters. They
	// are kept in the model.
	Clusters Clusters

	// MinFeatureCount is the number of times a first-pass feature must
	// occur in the training data (with the gold tags as the previous tags)
	// to be learnt; 0 or 1 keeps every feature. Features seen once are
	// mostly pairs of words that new text will hardly ever repeat; leaving
	// them out (2) makes the model about a fifth smaller, for some accuracy
	// (0.07 points of UPOS on EWT dev).
	MinFeatureCount int

	// TwoPass adds a second pass that retags each word knowing the first
	// pass's tags of the words to its right.
	TwoPass bool

	// Progress, when set, is called after each epoch with the fraction of
	// training words the (not yet averaged) model tagged right, and with
	// epoch 0 when training moves on to the next model.
	Progress func(epoch int, accuracy float64)
}

// Train trains a tagger on gold sentences. The result depends only on the
// sentences, in order, and the options.
func Train(ctx context.Context, sents []Sentence, opts TrainOptions) (*Tagger, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 10
	}
	if opts.DictMinCount == 0 {
		opts.DictMinCount = 10
	}
	if opts.DictMinRatio == 0 {
		opts.DictMinRatio = 0.99
	}
	classes, classOf := collectClasses(sents)
	if len(classes) == 0 {
		return nil, errors.New("pos: no tagged words to train on")
	}
	dict := buildDict(sents, classOf, opts.DictMinCount, opts.DictMinRatio)
	vocab := map[string]uint32{}
	for _, s := range sents {
		for _, w := range s.Words {
			vocab[w]++
		}
	}
	var wn *wordNet
	if opts.WordNet != "" {
		var err error
		if wn, err = loadWordNet(opts.WordNet); err != nil {
			return nil, err
		}
	}
	cl := opts.Clusters
	if cl == nil {
		var err error
		if cl, err = DefaultClusters(); err != nil {
			return nil, err
		}
	}
	t, err := newTagger(perceptron.New(classes), nil, dict, vocab, buildLexicon(sents, classOf, 0, 0), wn, cl)
	if err != nil {
		return nil, err
	}
	tr := &trainer{t: t, classOf: classOf, opts: opts}
	if opts.TwoPass {
		right, err := tr.heldOutTags(ctx, sents)
		if err != nil {
			return nil, err
		}
		if opts.Progress != nil {
			opts.Progress(0, -1)
		}
		t.model2 = perceptron.New(classes)
		if err := tr.train(ctx, t.model2, sents, right); err != nil {
			return nil, err
		}
	}
	if err := tr.train(ctx, t.model, sents, nil); err != nil {
		return nil, err
	}
	t.ready()
	return t, nil
}

// A trainer trains the models of one tagger.
type trainer struct {
	t       *Tagger
	classOf map[Tag]int
	opts    TrainOptions

	// frequent holds the first-pass features seen at least
	// opts.MinFeatureCount times; nil keeps every feature.
	frequent map[perceptron.Feature]struct{}
}

// lexiconFolds is the number of folds of the jackknifed lexicon.
const lexiconFolds = 10

// passFolds is the number of folds in which first-pass tags are predicted
// for training the second pass.
const passFolds = 5

// train trains m on sents and averages it. With right == nil, m is a
// first-pass model; otherwise right[i] holds first-pass classes of
// sentence i, and m is a second-pass model.
func (tr *trainer) train(ctx context.Context, m *perceptron.Model, sents []Sentence, right [][]int) error {
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	// Each training sentence sees the profiles of a lexicon built without
	// its fold, so that profiles are as informative in training as on new
	// text (jackknifing).
	lexFolds := make([]lexicon, lexiconFolds)
	for k := range lexFolds {
		lexFolds[k] = buildLexicon(sents, tr.classOf, k, lexiconFolds)
	}
	s := &scratch{scores: make([]float32, len(m.Classes))}
	tr.frequent = nil
	if right == nil && tr.opts.MinFeatureCount > 1 {
		tr.frequent = tr.frequentFeatures(ctx, sents, lexFolds, s)
	}
	rng := rand.New(rand.NewPCG(tr.opts.Seed, 0x5eed))
	for epoch := 1; epoch <= tr.opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		ok, total := 0, 0
		for k, si := range order {
			if k%256 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			var r []int
			if right != nil {
				r = right[si]
			}
			a, n := tr.trainSentence(m, sents[si], lexFolds[si%lexiconFolds], r, s)
			ok += a
			total += n
		}
		if tr.opts.Progress != nil && total > 0 {
			tr.opts.Progress(epoch, float64(ok)/float64(total))
		}
	}
	m.Average()
	return nil
}

// frequentFeatures counts the first-pass features of every training word,
// with the gold tags as the previous tags and each sentence's fold
// lexicon, and returns those seen at least opts.MinFeatureCount times.
func (tr *trainer) frequentFeatures(ctx context.Context, sents []Sentence, lexFolds []lexicon, s *scratch) map[perceptron.Feature]struct{} {
	t := tr.t
	counts := map[perceptron.Feature]int32{}
	for si, sent := range sents {
		if si%256 == 0 && ctx.Err() != nil {
			return nil
		}
		t.prepare(sent.Words, lexFolds[si%lexiconFolds], s)
		prev, prev2 := startTag, startTag
		for i, w := range sent.Words {
			truth := tr.classOf[sent.Tags[i]]
			if _, inDict := t.dict[w]; !inDict {
				for _, f := range features(s.feats[:0], s.toks, i+2, prev, prev2) {
					counts[f]++
				}
			}
			prev, prev2 = t.tagHash[truth], prev
		}
	}
	keep := make(map[perceptron.Feature]struct{}, len(counts)/2)
	for f, n := range counts {
		if int(n) >= tr.opts.MinFeatureCount {
			keep[f] = struct{}{}
		}
	}
	return keep
}

// keepFrequent removes from feats the features left out of training.
func (tr *trainer) keepFrequent(feats []perceptron.Feature) []perceptron.Feature {
	if tr.frequent == nil {
		return feats
	}
	out := feats[:0]
	for _, f := range feats {
		if _, ok := tr.frequent[f]; ok {
			out = append(out, f)
		}
	}
	return out
}

// heldOutTags predicts first-pass tags for every training sentence with a
// first-pass model trained without the sentence's fold, so that the second
// pass learns from tags as wrong as they will be on new text.
func (tr *trainer) heldOutTags(ctx context.Context, sents []Sentence) ([][]int, error) {
	out := make([][]int, len(sents))
	for k := range passFolds {
		var sub []Sentence
		for i, s := range sents {
			if i%passFolds != k {
				sub = append(sub, s)
			}
		}
		ft, err := newTagger(perceptron.New(tr.t.model.Classes), nil, tr.t.dict, nil, buildLexicon(sub, tr.classOf, 0, 0), tr.t.wn, tr.t.cl)
		if err != nil {
			return nil, err
		}
		subTrainer := &trainer{t: ft, classOf: tr.classOf, opts: tr.opts}
		subTrainer.opts.Progress = nil
		if err := subTrainer.train(ctx, ft.model, sub, nil); err != nil {
			return nil, err
		}
		s := ft.pool.Get().(*scratch)
		for i := k; i < len(sents); i += passFolds {
			out[i] = append([]int(nil), ft.firstPass(sents[i].Words, s)...)
		}
		ft.pool.Put(s)
	}
	return out, nil
}

// trainSentence tags one sentence greedily, updating the model at each
// word, and returns how many words it got right, out of how many. right,
// when not nil, holds first-pass classes for the second-pass features.
func (tr *trainer) trainSentence(m *perceptron.Model, sent Sentence, lex lexicon, right []int, s *scratch) (ok, total int) {
	t := tr.t
	t.prepare(sent.Words, lex, s)
	prev, prev2 := startTag, startTag
	for i, w := range sent.Words {
		truth := tr.classOf[sent.Tags[i]]
		guess, inDict := t.dict[w]
		if !inDict {
			s.feats = features(s.feats[:0], s.toks, i+2, prev, prev2)
			if right != nil {
				s.feats = rightFeatures(s.feats, s.toks, i+2, t.rightTag(right, i+1), t.rightTag(right, i+2))
			} else {
				s.feats = tr.keepFrequent(s.feats)
			}
			m.Tick()
			guess = m.Predict(s.feats, s.scores)
			m.Update(truth, guess, s.feats)
		}
		if guess == truth {
			ok++
		}
		total++
		prev, prev2 = t.tagHash[guess], prev
	}
	return ok, total
}

// collectClasses lists the joint classes of the data, sorted, and indexes
// them.
func collectClasses(sents []Sentence) ([]string, map[Tag]int) {
	seen := map[Tag]bool{}
	for _, s := range sents {
		for _, tg := range s.Tags {
			seen[tg] = true
		}
	}
	tags := make([]Tag, 0, len(seen))
	for tg := range seen {
		tags = append(tags, tg)
	}
	sort.Slice(tags, func(i, j int) bool {
		if tags[i].UPOS != tags[j].UPOS {
			return tags[i].UPOS < tags[j].UPOS
		}
		return tags[i].XPOS < tags[j].XPOS
	})
	classes := make([]string, len(tags))
	classOf := make(map[Tag]int, len(tags))
	for i, tg := range tags {
		classes[i] = tg.UPOS + jointSep + tg.XPOS
		classOf[tg] = i
	}
	return classes, classOf
}

// buildDict finds the frequent words whose class hardly varies.
func buildDict(sents []Sentence, classOf map[Tag]int, minCount int, minRatio float64) map[string]int {
	dict := map[string]int{}
	if minCount < 0 {
		return dict
	}
	counts := map[string]map[int]int{}
	for _, s := range sents {
		for i, w := range s.Words {
			c := counts[w]
			if c == nil {
				c = map[int]int{}
				counts[w] = c
			}
			c[classOf[s.Tags[i]]]++
		}
	}
	for w, c := range counts {
		n, best, bestN := 0, -1, 0
		for cl, k := range c {
			n += k
			if k > bestN || (k == bestN && cl < best) {
				best, bestN = cl, k
			}
		}
		if n >= minCount && float64(bestN)/float64(n) >= minRatio {
			dict[w] = best
		}
	}
	return dict
}

// A Score is the accuracy of a tagger on gold sentences.
type Score struct {
	Words       int `json:"words"`
	UPOS        int `json:"upos_correct"`
	XPOS        int `json:"xpos_correct"`
	Known       int `json:"known_words"`
	KnownUPOS   int `json:"known_upos_correct"`
	KnownXPOS   int `json:"known_xpos_correct"`
	Unknown     int `json:"unknown_words"`
	UnknownUPOS int `json:"unknown_upos_correct"`
	UnknownXPOS int `json:"unknown_xpos_correct"`
}

// Add counts one word: whether it is known to the tagger, and its gold and
// predicted tags.
func (s *Score) Add(known bool, gold, pred Tag) {
	u, x := b2i(gold.UPOS == pred.UPOS), b2i(gold.XPOS == pred.XPOS)
	s.Words++
	s.UPOS += u
	s.XPOS += x
	if known {
		s.Known++
		s.KnownUPOS += u
		s.KnownXPOS += x
	} else {
		s.Unknown++
		s.UnknownUPOS += u
		s.UnknownXPOS += x
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Pct is 100*a/b, or 0 when b is 0.
func Pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// Evaluate tags the gold sentences' words and scores the result.
func Evaluate(ctx context.Context, t *Tagger, gold []Sentence) (Score, error) {
	var sc Score
	for k, s := range gold {
		if k%256 == 0 {
			if err := ctx.Err(); err != nil {
				return sc, err
			}
		}
		pred := t.Tag(s.Words)
		for i, w := range s.Words {
			sc.Add(t.Known(w), s.Tags[i], pred[i])
		}
	}
	return sc, nil
}

// String summarizes the score on one line.
func (s Score) String() string {
	return fmt.Sprintf("words %d: UPOS %.2f%% XPOS %.2f%%; known %d: UPOS %.2f%% XPOS %.2f%%; unknown %d: UPOS %.2f%% XPOS %.2f%%",
		s.Words, Pct(s.UPOS, s.Words), Pct(s.XPOS, s.Words),
		s.Known, Pct(s.KnownUPOS, s.Known), Pct(s.KnownXPOS, s.Known),
		s.Unknown, Pct(s.UnknownUPOS, s.Unknown), Pct(s.UnknownXPOS, s.Unknown))
}
