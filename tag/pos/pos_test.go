package pos

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/corpus/conllu"
	"github.com/hearsay-news/hearsay/internal/modeltest"
	"github.com/hearsay-news/hearsay/tag/perceptron"

	"github.com/hearsay-news/hearsay/internal/cpuclock"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// ewtDev is the development split of UD English EWT, used when present.
const ewtDev = "../../../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu"

// readGold reads a gold CoNLL-U file, skipping the test when it is absent.
func readGold(tb testing.TB, path string) []Sentence {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	s, err := conllu.Read(f, path)
	if err != nil {
		tb.Fatal(err)
	}
	return FromCoNLLU(s)
}

// toyCorpus is a tiny training set with ambiguous words ("can", "fish")
// whose tag depends on context.
func toyCorpus() []Sentence {
	raw := []string{
		"I/PRON/PRP can/AUX/MD fish/VERB/VB ./PUNCT/.",
		"We/PRON/PRP eat/VERB/VBP fish/NOUN/NN ./PUNCT/.",
		"The/DET/DT can/NOUN/NN is/AUX/VBZ red/ADJ/JJ ./PUNCT/.",
		"They/PRON/PRP can/AUX/MD swim/VERB/VB ./PUNCT/.",
		"The/DET/DT fish/NOUN/NN is/AUX/VBZ red/ADJ/JJ ./PUNCT/.",
		"You/PRON/PRP eat/VERB/VBP the/DET/DT red/ADJ/JJ fish/NOUN/NN ./PUNCT/.",
		"Open/VERB/VB the/DET/DT can/NOUN/NN ./PUNCT/.",
		"We/PRON/PRP can/AUX/MD fish/VERB/VB today/NOUN/NN ./PUNCT/.",
		"I/PRON/PRP like/VERB/VBP fish/NOUN/NN ./PUNCT/.",
	}
	var out []Sentence
	for _, r := range raw {
		var s Sentence
		for _, wt := range strings.Fields(r) {
			p := strings.Split(wt, "/")
			s.Words = append(s.Words, p[0])
			s.Tags = append(s.Tags, Tag{UPOS: p[1], XPOS: p[2]})
		}
		out = append(out, s)
	}
	return out
}

// TestTrainLearnsAndRoundTrips trains on the toy corpus and checks the
// tagger tags it back, that training is deterministic, and that a written
// model reads back to the same bytes and the same tags.
func TestTrainLearnsAndRoundTrips(t *testing.T) {
	ctx := context.Background()
	data := toyCorpus()
	opts := TrainOptions{Epochs: 30, Seed: 7, DictMinCount: -1}
	tg, err := Train(ctx, data, opts)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := Evaluate(ctx, tg, data)
	if err != nil {
		t.Fatal(err)
	}
	if sc.UPOS < sc.Words*9/10 || sc.XPOS < sc.Words*9/10 {
		t.Errorf("training data tagged %s, want at least 90%% right", sc)
	}
	if got := tg.Tag(strings.Fields("I can fish .")); got[2].UPOS != "VERB" {
		t.Errorf(`"fish" after "can": got %v, want VERB`, got[2])
	}
	if got := tg.Tag(strings.Fields("We eat fish .")); got[2].UPOS != "NOUN" {
		t.Errorf(`"fish" after "eat": got %v, want NOUN`, got[2])
	}
	var a, b bytes.Buffer
	if _, err := tg.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	tg2, err := Train(ctx, data, opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tg2.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with the same seed wrote different models")
	}
	back, err := Parse(a.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var c bytes.Buffer
	if _, err := back.WriteTo(&c); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("a model read back writes different bytes")
	}
	words := strings.Fields("They can fish .")
	if got, want := back.Tag(words), tg.Tag(words); !equalTags(got, want) {
		t.Errorf("read-back model tags %v, original %v", got, want)
	}
	if !back.Known("fish") || back.Known("whale") {
		t.Error("Known does not reflect the training vocabulary")
	}
}

func equalTags(a, b []Tag) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestParseRejectsBadModels checks that garbage and truncated models are
// refused with an error, never a panic.
func TestParseRejectsBadModels(t *testing.T) {
	tg, err := Train(context.Background(), toyCorpus(), TrainOptions{Epochs: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := tg.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	if _, err := Parse([]byte("not a model at all")); err == nil {
		t.Error("Parse accepted garbage")
	}
	for cut := 0; cut < len(data); cut += 1 + len(data)/200 {
		if _, err := Parse(data[:cut]); err == nil {
			t.Errorf("Parse accepted a model cut to %d of %d bytes", cut, len(data))
		}
	}
}

// TestTrainNeedsData checks that training on nothing is an error.
func TestTrainNeedsData(t *testing.T) {
	if _, err := Train(context.Background(), nil, TrainOptions{}); err == nil {
		t.Error("Train on no data succeeded")
	}
}

// TestDefaultTagsClearCases checks the embedded model on words whose tags
// leave no doubt, including the tokenizer's split forms.
func TestDefaultTagsClearCases(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ words, upos, xpos string }{
		{"She did n't say .", "PRON AUX PART VERB PUNCT", "PRP VBD RB VB ."},
		{"The children were playing in the garden .", "DET NOUN AUX VERB ADP DET NOUN PUNCT", "DT NNS VBD VBG IN DT NN ."},
		{"Paris is beautiful", "PROPN AUX ADJ", "NNP VBZ JJ"},
		{"", "", ""},
	}
	for _, c := range cases {
		got := tg.Tag(strings.Fields(c.words))
		var u, x []string
		for _, g := range got {
			u = append(u, g.UPOS)
			x = append(x, g.XPOS)
		}
		if strings.Join(u, " ") != c.upos || strings.Join(x, " ") != c.xpos {
			t.Errorf("%q: got %v %v, want %s / %s", c.words, u, x, c.upos, c.xpos)
		}
	}
}

// TestGoldenSentences tags testdata/sentences.txt (one tokenized sentence
// per line) and compares with testdata/sentences.golden; -update rewrites
// the golden file after a deliberate model change.
func TestGoldenSentences(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	in, err := os.ReadFile(filepath.Join("testdata", "sentences.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(string(in)), "\n") {
		words := strings.Fields(line)
		for i, tg := range tg.Tag(words) {
			if i > 0 {
				out.WriteByte(' ')
			}
			out.WriteString(words[i] + "/" + tg.UPOS + "/" + tg.XPOS)
		}
		out.WriteByte('\n')
	}
	golden := filepath.Join("testdata", "sentences.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != string(want) {
		t.Errorf("tags differ from %s (run with -update after a deliberate change):\ngot:\n%s\nwant:\n%s", golden, out.String(), want)
	}
}

// TestStageFillsTokens runs the stage on a two-sentence document.
func TestStageFillsTokens(t *testing.T) {
	text := "Natalie Portman wed Benjamin Millepied in 2012. They have two children."
	doc := &hearsay.Document{Text: text}
	var sent hearsay.Sentence
	for i, f := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' }) {
		_ = i
		start := strings.Index(text[sent.End:], f) + sent.End
		words := []string{f}
		if strings.HasSuffix(f, ".") {
			words = []string{f[:len(f)-1], "."}
		}
		for _, w := range words {
			doc.Tokens = append(doc.Tokens, hearsay.Token{Span: hearsay.Span{Start: start, End: start + len(w)}, Text: w, Sentence: len(doc.Sentences)})
			start += len(w)
		}
		sent.End = start
		if strings.HasSuffix(f, ".") {
			sent.EndToken = len(doc.Tokens)
			doc.Sentences = append(doc.Sentences, sent)
			sent = hearsay.Sentence{Span: hearsay.Span{Start: start, End: start}, FirstToken: len(doc.Tokens)}
		}
	}
	st := NewDefaultStage()
	p, err := hearsay.NewPipeline(fakeTokens{}, st)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Run(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tk := range doc.Tokens {
		got = append(got, tk.UPOS)
	}
	want := "PROPN PROPN VERB PROPN PROPN ADP NUM PUNCT PRON VERB NUM NOUN PUNCT"
	if strings.Join(got, " ") != want {
		t.Errorf("UPOS = %v, want %s", got, want)
	}
	if !doc.Has(hearsay.LayerPOS) {
		t.Error("POS layer not marked done")
	}
}

// fakeTokens stands for the tokenizer stage in TestStageFillsTokens.
type fakeTokens struct{}

func (fakeTokens) Name() string              { return "tokens" }
func (fakeTokens) Requires() []hearsay.Layer { return nil }
func (fakeTokens) Provides() []hearsay.Layer {
	return []hearsay.Layer{hearsay.LayerSentences, hearsay.LayerTokens}
}
func (fakeTokens) Process(context.Context, *hearsay.Document) error { return nil }

// TestAccuracyEWTDev checks the embedded model's accuracy on the EWT
// development split, when the corpus is present.
func TestAccuracyEWTDev(t *testing.T) {
	gold := readGold(t, ewtDev)
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sc, err := Evaluate(context.Background(), tg, gold)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("EWT dev: %s", sc)
	if u := Pct(sc.UPOS, sc.Words); u < 94.5 {
		t.Errorf("UPOS accuracy %.2f%% on EWT dev, want at least 94.5%%", u)
	}
}

// BenchmarkTagEWTDev tags the EWT development split; tokens/s is reported.
func BenchmarkTagEWTDev(b *testing.B) {
	gold := readGold(b, ewtDev)
	t, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	out := make([]Tag, 512)
	n := 0
	for _, s := range gold {
		n += len(s.Words)
	}
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for range b.N {
		for _, s := range gold {
			t.TagInto(s.Words, out)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/cpu, "tokens/cpu-s")
	}
}

// cpuSeconds is the CPU time (user and system) the process has used, so
// that throughput can be reported per CPU second on a busy machine.
func cpuSeconds() float64 { return cpuclock.Used().Seconds() }

// BenchmarkLoad parses the embedded default model.
func BenchmarkLoad(b *testing.B) {
	for range b.N {
		if _, err := Embedded(DefaultModel); err != nil {
			b.Fatal(err)
		}
	}
}

// TestConcurrentTagging tags the same sentences from several goroutines
// and checks every result equals the sequential one.
func TestConcurrentTagging(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sents := [][]string{
		strings.Fields("The actress , 42 , met the choreographer in 2009 ."),
		strings.Fields("Sources say she has not forgiven him ."),
		strings.Fields("Zorblax quindled the flurbish snargs ."),
	}
	want := make([][]Tag, len(sents))
	for i, s := range sents {
		want[i] = tg.Tag(s)
	}
	errs := make(chan string, 8)
	done := make(chan struct{})
	for g := 0; g < 8; g++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for k := 0; k < 200; k++ {
				i := (g + k) % len(sents)
				if got := tg.Tag(sents[i]); !equalTags(got, want[i]) {
					errs <- fmt.Sprintf("goroutine %d: %v, want %v", g, got, want[i])
					return
				}
			}
		}()
	}
	for g := 0; g < 8; g++ {
		<-done
	}
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestEmbeddedModelRoundTrips checks that the embedded model, read and
// written again, gives back the same bytes.
func TestEmbeddedModelRoundTrips(t *testing.T) {
	data, err := models.ReadFile("model/" + DefaultModel + ".bin")
	if err != nil {
		t.Fatal(err)
	}
	modeltest.RoundTrip(t, DefaultModel, data, Parse)
}

// TestCachedScoresMatchFullScoring checks that the word-feature scores
// cached for frequent words and for words met before (wordCache), in both
// passes, and their cached scores as neighbours tag as scoring every
// feature does.
func TestCachedScoresMatchFullScoring(t *testing.T) {
	ctx := context.Background()
	tg, err := Train(ctx, toyCorpus(), TrainOptions{Epochs: 5, Seed: 3, DictMinCount: -1, TwoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := tg.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	cached, err := Parse(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	full, err := Parse(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(cached.known.rows2) == 0 {
		t.Fatal("two-pass model has no cached second-pass scores")
	}
	for k := range full.known.info {
		full.known.fill(int32(k)) // worked out now, so that what follows sticks
		full.known.info[k].row = -1
		full.known.info[k].tok.role = 0
	}
	full.known.start.role, full.known.end.role = 0, 0
	full.cache = nil
	var sents [][]string
	for _, s := range toyCorpus() {
		sents = append(sents, s.Words)
	}
	// words unseen in training, whose scores the word cache keeps
	sents = append(sents, strings.Fields("The glorp is blue ."), strings.Fields("Blick can zand the glorp today ."))
	for round := range 2 { // the second time, unseen words' scores come from the word cache
		for _, words := range sents {
			a := append([]int(nil), cached.tagClasses(words, &scratch{scores: make([]float32, len(cached.tags))})...)
			b := full.tagClasses(words, &scratch{scores: make([]float32, len(full.tags))})
			if !slices.Equal(a, b) {
				t.Errorf("round %d, %v: cached scores give %v, full scoring %v", round, words, a, b)
			}
		}
	}
	if cached.cache.Len() == 0 {
		t.Error("no unseen word was cached")
	}
	if len(cached.known.roles2) == 0 {
		t.Error("two-pass model has no cached second-pass neighbour scores")
	}
}

// TestSplitFeaturesMatchContext checks that the features scored apart at
// tagging time (jointFeatures and the four neighbour roles) are those of
// contextFeatures, which training uses.
func TestSplitFeaturesMatchContext(t *testing.T) {
	lex := lexicon{lower: map[string]uint64{"the": 7, "cat": 9}, cased: map[string]uint64{"The": 11}}
	words := []string{"The", "cat", "sat", "on", "Mr.", "Smith-Jones", "'s", "mat", "in", "2024", "."}
	var toks []tok
	toks = append(toks, startTok, startTok)
	var buf []byte
	for _, w := range words {
		var tk tok
		tk, buf = makeTok(w, lex, nil, Clusters{"cat": 3, "mat": 3, "the": 1}, buf)
		toks = append(toks, tk)
	}
	toks = append(toks, endTok, endTok)
	for i := 2; i < len(toks)-2; i++ {
		prev, prev2 := hashString(words[(i+3)%len(words)]), hashString(words[(i+5)%len(words)])
		want := contextFeatures(nil, toks, i, prev, prev2)
		got := jointFeatures(nil, toks, i, prev, prev2)
		got = prevRoleFeatures(got, &toks[i-1])
		got = prev2RoleFeatures(got, &toks[i-2])
		got = nextRoleFeatures(got, &toks[i+1])
		got = next2RoleFeatures(got, &toks[i+2])
		slices.Sort(want)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("word %d (%q): split features differ from contextFeatures:\n%v\n%v", i-2, words[i-2], got, want)
		}
	}
}

func TestBestLead(t *testing.T) {
	inf := float32(math.Inf(1))
	tests := []struct {
		scores []float32
		best   int
		lead   float32
	}{
		{[]float32{1, 5, 3}, 1, 2},
		{[]float32{5, 1, 3}, 0, 2},
		{[]float32{1, 3, 5}, 2, 2},
		{[]float32{4, 4, 1}, 0, 0}, // a tie goes to the lowest class, with no lead
		{[]float32{-2, -7}, 0, 5},
		{[]float32{7}, 0, inf},
		{[]float32{1, 3, 3, 2}, 1, 0}, // a tie after the first class
		{[]float32{2, 9, 1, 8, 9.5, 0}, 4, 0.5},
	}
	for _, tc := range tests {
		best, lead := bestLead(tc.scores)
		if best != tc.best || lead != tc.lead {
			t.Errorf("bestLead(%v) = %d, %g; want %d, %g", tc.scores, best, lead, tc.best, tc.lead)
		}
		if pb := perceptron.Best(tc.scores); pb != best {
			t.Errorf("bestLead(%v) picks %d, perceptron.Best %d", tc.scores, best, pb)
		}
	}
}

// TestBestLeadRandom checks bestLead against the plain one-pass search
// for the top two scores, on random scores with many ties.
func TestBestLeadRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		scores := make([]float32, 1+r.IntN(120))
		for i := range scores {
			scores[i] = float32(r.IntN(40) - 20)
		}
		best, lead := bestLead(scores)
		wb, wl := topTwo(scores)
		if best != wb || lead != wl {
			t.Fatalf("bestLead(%v) = %d, %g; want %d, %g", scores, best, lead, wb, wl)
		}
	}
}

// topTwo is the plain search bestLead must agree with.
func topTwo(scores []float32) (int, float32) {
	best, top, second := 0, scores[0], float32(math.Inf(-1))
	for i := 1; i < len(scores); i++ {
		switch v := scores[i]; {
		case v > top:
			best, top, second = i, v, top
		case v > second:
			second = v
		}
	}
	return best, top - second
}

// TestSkipDocuments checks that a skipped document's id carries over to
// the sentences after it until the next document starts.
func TestSkipDocuments(t *testing.T) {
	in := "# newdoc id = open_1\n# sent_id = a\n1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n\n" +
		"# sent_id = b\n1\tB\tb\tDET\tDT\t_\t0\troot\t_\t_\n\n" +
		"# newdoc id = closed_1\n# sent_id = c\n1\tC\tc\tDET\tDT\t_\t0\troot\t_\t_\n\n" +
		"# sent_id = d\n1\tD\td\tDET\tDT\t_\t0\troot\t_\t_\n\n" +
		"# newdoc id = open_2\n# sent_id = e\n1\tE\te\tDET\tDT\t_\t0\troot\t_\t_\n\n"
	sents, err := conllu.Read(strings.NewReader(in), "in.conllu")
	if err != nil {
		t.Fatal(err)
	}
	kept := SkipDocuments(sents, func(id string) bool { return strings.HasPrefix(id, "closed_") })
	var ids []string
	for _, s := range kept {
		ids = append(ids, s.ID)
	}
	if got := strings.Join(ids, ","); got != "a,b,e" {
		t.Errorf("kept sentences %s, want a,b,e", got)
	}
	if got := SkipDocuments(sents, func(string) bool { return false }); len(got) != len(sents) {
		t.Errorf("skipping nothing kept %d of %d sentences", len(got), len(sents))
	}
}

// TestMinFeatureCount checks that leaving out the features seen once makes
// a smaller model that still tags its training data.
func TestMinFeatureCount(t *testing.T) {
	ctx := context.Background()
	all, err := Train(ctx, toyCorpus(), TrainOptions{Epochs: 5, Seed: 1, DictMinCount: -1})
	if err != nil {
		t.Fatal(err)
	}
	pruned, err := Train(ctx, toyCorpus(), TrainOptions{Epochs: 5, Seed: 1, DictMinCount: -1, MinFeatureCount: 2})
	if err != nil {
		t.Fatal(err)
	}
	if a, p := all.model.Len(), pruned.model.Len(); p == 0 || p >= a {
		t.Errorf("model with features seen twice or more has %d features, with all %d", p, a)
	}
	sc, err := Evaluate(ctx, pruned, toyCorpus())
	if err != nil {
		t.Fatal(err)
	}
	if sc.UPOS < sc.Words*8/10 {
		t.Errorf("pruned model tags %d of %d training words right", sc.UPOS, sc.Words)
	}
}

// TestHashMore checks that continuing a hash equals hashing the joined
// bytes, which makeTok relies on for its prefix and word hashes.
func TestHashMore(t *testing.T) {
	for _, c := range [][2]string{{"", ""}, {"", "wal"}, {"wal", "king"}, {"é", "té"}} {
		got := hashMore(hashString(c[0]), []byte(c[1]))
		if want := hashString(c[0] + c[1]); got != want {
			t.Errorf("hashMore(%q, %q) = %x, want %x", c[0], c[1], got, want)
		}
	}
}

// TestSecondPassScoresMatchFullScoring checks that the second-pass scores
// of every word, added up from cached rows (its word features', its
// neighbours') where it has them, are those of scoring each feature of
// the second-pass model, for seen and unseen words, before and after the
// word cache holds them; and that adding up rows of steps gives every word
// the class that adding up floats gives it.
func TestSecondPassScoresMatchFullScoring(t *testing.T) {
	tg, err := Train(context.Background(), toyCorpus(), TrainOptions{Epochs: 5, Seed: 3, DictMinCount: -1, TwoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := tg.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	stepped, err := Parse(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if stepped.known.qrows2 == nil {
		t.Fatal("the second pass has no rows of steps")
	}
	tg.dropSteps() // the scores below are those of floats
	sents := [][]string{strings.Fields("We can fish the red can today ."), strings.Fields("The glorp can zand the blick .")}
	n := len(tg.tags)
	want := make([]float32, n)
	for round := range 2 {
		for _, words := range sents {
			s := &scratch{scores: make([]float32, n)}
			s.cls2 = append(s.cls2[:0], tg.firstPass(words, s)...)
			ss := &scratch{scores: make([]float32, n)}
			ss.cls2 = append(ss.cls2[:0], stepped.firstPass(words, ss)...)
			prev, prev2 := startTag, startTag
			for i := range words {
				got := tg.predictSecond(s, i, prev, prev2)
				if c := stepped.predictSecond(ss, i, prev, prev2); c != got {
					t.Errorf("round %d, %q: class %d with rows of steps, %d with floats", round, words[i], c, got)
				}
				ss.cls[i] = got
				next, next2 := tg.rightTag(s.cls2, i+1), tg.rightTag(s.cls2, i+2)
				feats := features(nil, s.toks, i+2, prev, prev2)
				feats = rightFeatures(feats, s.toks, i+2, next, next2)
				tg.model2.Scores(feats, want)
				for c := range want {
					if d := s.scores[c] - want[c]; d > 1e-3 || d < -1e-3 {
						t.Errorf("round %d, %q: class %d scores %g, full scoring %g", round, words[i], c, s.scores[c], want[c])
					}
				}
				s.cls[i] = got // as tagClasses does
				prev, prev2 = tg.tagHash[got], prev
			}
		}
	}
}

// dropSteps has t add up rows of floats only, as before Tagger.setSteps.
func (t *Tagger) dropSteps() {
	kw := t.known
	kw.qrows, kw.qroles, kw.qrows2, kw.qroles2, kw.step, kw.step2 = nil, nil, nil, nil, 0, 0
	t.cache = newWordCache() // its rows may be in steps
	for _, m := range []*perceptron.Model{t.model, t.model2} {
		if m != nil {
			if err := m.SetStep(0); err != nil {
				panic(err)
			}
		}
	}
}
