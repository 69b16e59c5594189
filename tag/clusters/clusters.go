// Package clusters groups words by their distributional vectors into a
// hierarchy of clusters, for taggers to use as features: words that occur
// in similar contexts ("monday" and "tuesday", "quietly" and "slowly") share
// a cluster, which helps a tagger on words its training corpus never had.
//
// A word's cluster is a path of Levels hexadecimal digits, coarse to fine
// ("3", "3a", "3af"): the taggers use its prefixes, as Brown-cluster
// features are used. Clusters are built once from a file of word vectors
// (Build) and saved as a small tab-separated list (Write, Read); the taggers
// copy what they need into their models at training time.
package clusters

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Levels is the depth of the cluster hierarchy.
const Levels = 3

// Branching is how many clusters each cluster splits into at the next
// level (one hexadecimal digit).
const Branching = 16

// Clusters maps lower-case words to their cluster paths.
type Clusters struct {
	paths map[string]string
}

// Path returns the cluster path of the lower-case word w ("3af"), or "".
func (c *Clusters) Path(w string) string {
	if c == nil {
		return ""
	}
	return c.paths[w]
}

// Len is the number of words with a cluster.
func (c *Clusters) Len() int {
	if c == nil {
		return 0
	}
	return len(c.paths)
}

// Words returns every word with its path, for saving into a model.
func (c *Clusters) Words() map[string]string {
	out := make(map[string]string, c.Len())
	if c != nil {
		for w, p := range c.paths {
			out[w] = p
		}
	}
	return out
}

// FromMap returns the clusters of a word → path map (as Words gives).
func FromMap(m map[string]string) *Clusters {
	return &Clusters{paths: m}
}

// Read parses the clusters list written by Write: one "word<TAB>path" line
// per word. Errors name the line.
func Read(r io.Reader) (*Clusters, error) {
	c := &Clusters{paths: map[string]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		w, p, ok := strings.Cut(line, "\t")
		if !ok || w == "" || !validPath(p) {
			return nil, fmt.Errorf("clusters: line %d: want word<TAB>path of %d hex digits, got %q", n, Levels, line)
		}
		c.paths[w] = p
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	return c, nil
}

// validPath reports whether p is Levels lower-case hexadecimal digits.
func validPath(p string) bool {
	if len(p) != Levels {
		return false
	}
	for i := 0; i < len(p); i++ {
		if !strings.ContainsRune("0123456789abcdef", rune(p[i])) {
			return false
		}
	}
	return true
}

// Write saves c as Read reads it, words in the given order (words without
// a cluster are left out).
func (c *Clusters) Write(w io.Writer, order []string) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# word clusters: word<TAB>path of %d hex digits, coarse to fine\n", Levels)
	for _, word := range order {
		if p := c.paths[word]; p != "" {
			fmt.Fprintf(bw, "%s\t%s\n", word, p)
		}
	}
	return bw.Flush()
}
