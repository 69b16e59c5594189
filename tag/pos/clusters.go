package pos

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Word clusters group words that occur in similar company (the words
// right before and after them), learnt from raw text: "Tuesday" and
// "Friday" fall together, as do "said" and "added". A word unseen in the
// tagger's training data but clustered from other text gets the features
// of its cluster, and so much of what the tagger learnt about the words
// it clusters with.
//
// Clusters are computed by the exchange algorithm (Kneser and Ney, 1993;
// Martin, Liermann and Ney, 1998): every word starts in a class, and each
// word in turn moves to the class that most raises the likelihood of the
// text under a class bigram model, until few words move.

// ClusterOptions tunes BuildClusters.
type ClusterOptions struct {
	Classes  int // number of clusters (default 64)
	MinCount int // words seen fewer times are not clustered (default 3)
	MaxIter  int // passes over the vocabulary at most (default 15)

	// Progress, when set, is called after each pass with the pass number
	// and the share of words that moved.
	Progress func(pass int, moved float64)
}

// Clusters maps lower-case, digit-folded words (foldDigits) to cluster
// numbers from 1; 0 stands for an unclustered word.
type Clusters map[string]uint16

// Word reserved for the sentence boundaries and the rare words in
// clustering; neither is in the result.
const (
	clusterBoundary = "\x00<s>"
	clusterRare     = "\x00<rare>"
)

// BuildClusters clusters the words of sents (each a sentence's words, as
// written; they are folded with foldDigits). The result depends only on
// sents, in order, and opts.
func BuildClusters(ctx context.Context, sents [][]string, opts ClusterOptions) (Clusters, error) {
	if opts.Classes <= 0 {
		opts.Classes = 64
	}
	if opts.MinCount <= 0 {
		opts.MinCount = 3
	}
	if opts.MaxIter <= 0 {
		opts.MaxIter = 15
	}
	if opts.Classes >= 1<<16 {
		return nil, fmt.Errorf("pos: %d clusters are too many", opts.Classes)
	}
	ex := newExchange(sents, opts.MinCount, opts.Classes)
	for pass := 1; pass <= opts.MaxIter; pass++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		moved := ex.pass()
		share := float64(moved) / float64(len(ex.words))
		if opts.Progress != nil {
			opts.Progress(pass, share)
		}
		if share < 0.001 {
			break
		}
	}
	out := make(Clusters, len(ex.words))
	for w, word := range ex.words {
		if word != clusterBoundary && word != clusterRare {
			out[word] = uint16(ex.class[w]) + 1
		}
	}
	return out, nil
}

// exchange is the state of the exchange algorithm.
type exchange struct {
	words []string // by id, most frequent first
	count []float64
	right [][]link // per word: the words after it, with counts
	left  [][]link // per word: the words before it
	self  []float64
	class []int
	k     int
	pair  []float64 // k×k class bigram counts, [left*k+right]
	total []float64 // per class: occurrences

	// scratch per move
	r, l    []float64
	touched []int
}

// A link is a neighbouring word and how often it is one.
type link struct {
	w int32
	n float64
}

// newExchange counts the bigrams of sents and puts the words in k classes,
// round robin by frequency.
func newExchange(sents [][]string, minCount, k int) *exchange {
	counts := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			counts[foldDigits(w)]++
		}
	}
	words := []string{clusterBoundary, clusterRare}
	for w, n := range counts {
		if n >= minCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		ci, cj := counts[words[i]], counts[words[j]]
		if ci != cj {
			return ci > cj
		}
		return words[i] < words[j]
	})
	id := make(map[string]int32, len(words))
	for i, w := range words {
		id[w] = int32(i)
	}
	ex := &exchange{words: words, k: k, count: make([]float64, len(words)), self: make([]float64, len(words)),
		right: make([][]link, len(words)), left: make([][]link, len(words)), class: make([]int, len(words)),
		pair: make([]float64, k*k), total: make([]float64, k), r: make([]float64, k), l: make([]float64, k)}
	bigrams := map[[2]int32]float64{}
	idOf := func(w string) int32 {
		if i, ok := id[foldDigits(w)]; ok {
			return i
		}
		return id[clusterRare]
	}
	for _, s := range sents {
		prev := id[clusterBoundary]
		ex.count[prev]++
		for _, w := range s {
			cur := idOf(w)
			ex.count[cur]++
			bigrams[[2]int32{prev, cur}]++
			prev = cur
		}
		bigrams[[2]int32{prev, id[clusterBoundary]}]++
	}
	keys := make([][2]int32, 0, len(bigrams))
	for b := range bigrams {
		keys = append(keys, b)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, b := range keys {
		n := bigrams[b]
		if b[0] == b[1] {
			ex.self[b[0]] += n
			continue
		}
		ex.right[b[0]] = append(ex.right[b[0]], link{b[1], n})
		ex.left[b[1]] = append(ex.left[b[1]], link{b[0], n})
	}
	for w := range words {
		ex.class[w] = w % k
		ex.total[w%k] += ex.count[w]
	}
	for _, b := range keys {
		ex.pair[ex.class[b[0]]*k+ex.class[b[1]]] += bigrams[b]
	}
	return ex
}

// xlogx is x ln x (0 for 0).
func xlogx(x float64) float64 {
	if x <= 0 {
		return 0
	}
	return x * math.Log(x)
}

// pass moves every word to its best class once and returns how many moved.
func (ex *exchange) pass() int {
	moved := 0
	for w := range ex.words {
		if ex.move(w) {
			moved++
		}
	}
	return moved
}

// move takes word w out of its class, puts it in the class where the
// likelihood gains most, and reports whether that is another class.
func (ex *exchange) move(w int) bool {
	k := ex.k
	// the counts of w's neighbours by class
	for _, c := range ex.touched {
		ex.r[c], ex.l[c] = 0, 0
	}
	ex.touched = ex.touched[:0]
	touch := func(c int) {
		if ex.r[c] == 0 && ex.l[c] == 0 {
			ex.touched = append(ex.touched, c)
		}
	}
	for _, ln := range ex.right[w] {
		c := ex.class[ln.w]
		touch(c)
		ex.r[c] += ln.n
	}
	for _, ln := range ex.left[w] {
		c := ex.class[ln.w]
		touch(c)
		ex.l[c] += ln.n
	}
	old := ex.class[w]
	ex.shift(w, old, -1)
	best, bestGain := old, math.Inf(-1)
	for c := range k {
		g := ex.gain(w, c)
		if g > bestGain+1e-9 || (c == old && g >= bestGain-1e-9) {
			best, bestGain = c, g
		}
	}
	ex.shift(w, best, 1)
	ex.class[w] = best
	return best != old
}

// shift adds (sign 1) or removes (sign -1) word w's counts to or from
// class c, given its neighbours' counts by class in ex.r and ex.l.
func (ex *exchange) shift(w, c int, sign float64) {
	k := ex.k
	for _, d := range ex.touched {
		ex.pair[c*k+d] += sign * ex.r[d]
		ex.pair[d*k+c] += sign * ex.l[d]
	}
	ex.pair[c*k+c] += sign * ex.self[w]
	ex.total[c] += sign * ex.count[w]
}

// gain is how much the log-likelihood objective rises when word w (out of
// every class) joins class c.
func (ex *exchange) gain(w, c int) float64 {
	k := ex.k
	g := 0.0
	diag := ex.self[w]
	for _, d := range ex.touched {
		if d == c {
			diag += ex.r[d] + ex.l[d]
			continue
		}
		if n := ex.r[d]; n > 0 {
			p := ex.pair[c*k+d]
			g += xlogx(p+n) - xlogx(p)
		}
		if n := ex.l[d]; n > 0 {
			p := ex.pair[d*k+c]
			g += xlogx(p+n) - xlogx(p)
		}
	}
	p := ex.pair[c*k+c]
	g += xlogx(p+diag) - xlogx(p)
	t := ex.total[c]
	return g - 2*(xlogx(t+ex.count[w])-xlogx(t))
}

// WriteTo writes the clusters as lines "word<TAB>cluster", sorted by word.
func (cl Clusters) WriteTo(w io.Writer) (int64, error) {
	keys := make([]string, 0, len(cl))
	for k := range cl {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	bw := bufio.NewWriter(w)
	var n int64
	for _, k := range keys {
		m, err := fmt.Fprintf(bw, "%s\t%d\n", k, cl[k])
		n += int64(m)
		if err != nil {
			return n, err
		}
	}
	return n, bw.Flush()
}

// ReadClusters reads clusters written by Clusters.WriteTo.
func ReadClusters(r io.Reader) (Clusters, error) {
	out := Clusters{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		w, num, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			return nil, fmt.Errorf("pos: clusters line %d: no tab", line)
		}
		c, err := strconv.ParseUint(num, 10, 16)
		if err != nil || c == 0 {
			return nil, fmt.Errorf("pos: clusters line %d: bad cluster %q", line, num)
		}
		out[w] = uint16(c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("pos: read clusters: %w", err)
	}
	return out, nil
}
