package pos

import (
	"embed"
	"fmt"
	"strings"
	"sync"
	"unsafe"
)

// models holds the trained models shipped in the binary.
//
//go:embed model/*.bin
var models embed.FS

// defaultModelData is the default model's file (DefaultModel), which
// Embedded parses where it lies rather than from a copy of its 17 MB.
//
//go:embed model/en-ewt.bin
var defaultModelData string

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
	data, err := embeddedModel(name)
	if err != nil {
		return nil, fmt.Errorf("pos: no embedded model %q: %w", name, err)
	}
	t, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("pos: embedded model %q: %w", name, err)
	}
	return t, nil
}

// embeddedModel returns the file of the embedded model called name. The
// default model's bytes are the executable's own, read-only: Parse only
// reads them.
func embeddedModel(name string) ([]byte, error) {
	if name == DefaultModel && defaultModelData != "" {
		return unsafe.Slice(unsafe.StringData(defaultModelData), len(defaultModelData)), nil
	}
	return models.ReadFile("model/" + name + ".bin")
}
