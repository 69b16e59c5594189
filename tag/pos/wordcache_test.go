package pos

import (
	"fmt"
	"math"
	"os"
	"slices"
	"sync"
	"testing"

	"github.com/hearsay-news/hearsay/tag/perceptron"
)

// TestWordCacheTagsAsFullScoring checks that words scored from the word
// cache, met for the first time or again, and words whose rows of scores
// are added up first (predictSum) get the classes scoring in order gives
// them, on the EWT development split (skipped when absent).
func TestWordCacheTagsAsFullScoring(t *testing.T) {
	if _, err := os.Stat(ewtDev); err != nil {
		t.Skip("EWT dev split not found:", err)
	}
	gold := readGold(t, ewtDev)
	cached, err := Embedded(DefaultModel)
	if err != nil {
		t.Fatal(err)
	}
	full, err := Embedded(DefaultModel)
	if err != nil {
		t.Fatal(err)
	}
	full.cache = nil                  // every word outside knownWords' rows scored in full
	full.slack = float32(math.Inf(1)) // every class found adding in order
	for pass := range 2 {
		for _, s := range gold {
			a := cached.Tag(s.Words)
			b := full.Tag(s.Words)
			if !slices.Equal(a, b) {
				t.Fatalf("pass %d, %v: with the word cache %v, scored in full %v", pass+1, s.Words, a, b)
			}
		}
	}
	if cached.cache.Len() == 0 {
		t.Error("no word was cached")
	}
}

// TestMaxLeaves checks that maxLeaves bounds the number of features a
// word's score adds up in either pass, which orderSlack relies on.
func TestMaxLeaves(t *testing.T) {
	toks := []tok{startTok, startTok, {}, endTok, endTok}
	n := len(wordFeatures(nil, &toks[2])) + len(jointFeatures(nil, toks, 2, 1, 2)) +
		len(prevRoleFeatures(nil, &toks[1])) + len(prev2RoleFeatures(nil, &toks[0])) +
		len(nextRoleFeatures(nil, &toks[3])) + len(next2RoleFeatures(nil, &toks[4]))
	if n > maxLeaves {
		t.Errorf("a word's score adds up %d features, more than maxLeaves (%d)", n, maxLeaves)
	}
	if n2 := n + len(rightFeatures(nil, toks, 2, 1, 2)); n2 > maxLeaves {
		t.Errorf("a word's second-pass score adds up %d features, more than maxLeaves (%d)", n2, maxLeaves)
	}
}

// TestOrderSlack checks the slack's size for a few largest weights: zero
// for no weights, growing with them, and small next to them.
func TestOrderSlack(t *testing.T) {
	if s := orderSlack(0); s != 0 {
		t.Errorf("orderSlack(0) = %g, want 0", s)
	}
	for _, w := range []float32{1, 42, 1000} {
		s := orderSlack(w)
		if s <= 0 || s > w/100 {
			t.Errorf("orderSlack(%g) = %g, want above 0 and below %g", w, s, w/100)
		}
	}
}

// TestJointSplit checks that jointRest and fewValuedFeatures together give
// the features of jointFeatures, and that the token flags fit tagRefs.
func TestJointSplit(t *testing.T) {
	if flagFirst >= 1<<flagBits {
		t.Fatalf("token flags need more than %d bits", flagBits)
	}
	lex := lexicon{lower: map[string]uint64{"the": 7}, cased: map[string]uint64{"The": 11}}
	words := []string{"The", "cat", "sat", "on", "Mr.", "Smith-Jones", "'s", "mat", "in", "2024", "."}
	toks := []tok{startTok, startTok}
	var buf []byte
	for _, w := range words {
		var tk tok
		tk, buf = makeTok(w, lex, nil, Clusters{"cat": 3}, buf)
		toks = append(toks, tk)
	}
	toks = append(toks, endTok, endTok)
	for i := 2; i < len(toks)-2; i++ {
		prev, prev2 := hashString(words[(i+3)%len(words)]), hashString(words[(i+5)%len(words)])
		want := jointFeatures(nil, toks, i, prev, prev2)
		pm := mixPrev(prev)
		got := fewValuedFeatures(jointRest(nil, toks, i, &pm), toks[i].flags, toks[i-1].flags, prev, prev2)
		slices.Sort(want)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("word %d: split features %v, want %v", i-2, got, want)
		}
	}
}

// TestTagRefs checks that the Refs tagRefs holds are those of the
// few-valued features of every previous two tags and flags.
func TestTagRefs(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	r, n := tg.refs, len(tg.tags)
	hash := func(c int) uint64 {
		if c == n {
			return startTag
		}
		return tg.tagHash[c]
	}
	for c := range n + 1 {
		for _, c2 := range []int{0, c / 2, n} {
			f := fewValuedFeatures(nil, 0, 0, hash(c), hash(c2))
			if r.prevTag[c] != tg.model.Ref(f[1]) || r.prev2[c*(n+1)+c2] != tg.model.Ref(f[2]) {
				t.Fatalf("classes %d, %d: Refs %d, %d; want %d, %d", c, c2, r.prevTag[c], r.prev2[c*(n+1)+c2], tg.model.Ref(f[1]), tg.model.Ref(f[2]))
			}
		}
	}
	found := 0
	for fl := range 1 << flagBits {
		for pf := range 1 << flagBits {
			f := fewValuedFeatures(nil, uint8(fl), uint8(pf), 0, 0)
			if r.flags[fl] != tg.model.Ref(f[0]) || r.flagPair[fl<<flagBits|pf] != tg.model.Ref(f[3]) {
				t.Fatalf("flags %d, %d: wrong Refs", fl, pf)
			}
			if r.flagPair[fl<<flagBits|pf] != 0 {
				found++
			}
		}
	}
	if found == 0 {
		t.Error("the model has no flag-pair feature")
	}
	summed := 0
	for k, p := range r.prevPair {
		summed += checkPair(t, tg.model, r, p, r.prevTag[k/(n+1)], r.prev2[k])
	}
	for k, p := range r.flagSum {
		summed += checkPair(t, tg.model, r, p, r.flags[k>>flagBits], r.flagPair[k])
	}
	if summed == 0 {
		t.Error("no pair of rows summed")
	}
}

// checkPair checks that the summed row p of tagRefs r (sumPairs) is the
// sum of the rows of steps of Refs a and b of m, and that a pair not
// summed has a feature without a dense row; it returns 1 for a summed
// pair.
func checkPair(t *testing.T, m *perceptron.Model, r *tagRefs, p int32, a, b perceptron.Ref) int {
	t.Helper()
	qa, qb := m.StepRow(a), m.StepRow(b)
	if p == 0 {
		if qa != nil && qb != nil {
			t.Errorf("Refs %d and %d: dense rows not summed", a, b)
		}
		return 0
	}
	row := r.pairs[p-1 : int(p-1)+r.qn]
	for c := range row {
		if int(row[c]) != int(qa[c])+int(qb[c]) {
			t.Fatalf("Refs %d and %d: summed step %d is %d, want %d + %d", a, b, c, row[c], qa[c], qb[c])
		}
	}
	return 1
}

// A tagger shared by goroutines tags each sentence as it does alone, its
// word cache filling up concurrently (run with -race).
func TestWordCacheConcurrent(t *testing.T) {
	if _, err := os.Stat(ewtDev); err != nil {
		t.Skip("EWT dev split not found:", err)
	}
	gold := readGold(t, ewtDev)
	gold = gold[:min(len(gold), 400)]
	alone, err := Embedded(DefaultModel)
	if err != nil {
		t.Fatal(err)
	}
	want := make([][]Tag, len(gold))
	for k, s := range gold {
		want[k] = alone.Tag(s.Words)
	}
	shared, err := Embedded(DefaultModel)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range gold {
				k := (k*7 + g*101) % len(gold)
				if got := shared.Tag(gold[k].Words); !slices.Equal(got, want[k]) {
					errs <- fmt.Sprintf("goroutine %d, sentence %d: %v, want %v", g, k, got, want[k])
					return
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
