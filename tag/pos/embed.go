package pos

import (
	"embed"
	"fmt"
	"strings"
	"sync"
)

// models holds the trained models shipped in the binary.
//
//go:embed model/*.bin
var models embed.FS

// clusterData holds the word clusters models are trained with, computed
// by tag/pos/internal/mkclusters.
//
//go:embed data/clusters.tsv
var clusterData string

// DefaultClusters reads the embedded word clusters (data/clusters.tsv),
// which Train uses unless told otherwise.
func DefaultClusters() (Clusters, error) {
	cl, err := ReadClusters(strings.NewReader(clusterData))
	if err != nil {
		return nil, fmt.Errorf("pos: embedded clusters: %w", err)
	}
	return cl, nil
}

// DefaultModel is the name of the embedded model Default loads.
const DefaultModel = "en-ewt"

// loadDefault parses the default model once per process; the tagger is
// read-only afterwards.
var loadDefault = sync.OnceValues(func() (*Tagger, error) { return Embedded(DefaultModel) })

// Default returns the default embedded tagger, parsed on first use and
// shared afterwards (a Tagger is safe for concurrent use).
func Default() (*Tagger, error) { return loadDefault() }

// Embedded parses the embedded model called name (a file model/NAME.bin).
func Embedded(name string) (*Tagger, error) {
	data, err := models.ReadFile("model/" + name + ".bin")
	if err != nil {
		return nil, fmt.Errorf("pos: no embedded model %q: %w", name, err)
	}
	t, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("pos: embedded model %q: %w", name, err)
	}
	return t, nil
}
