package ner

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"
)

// The trained models, one NAME.bin per model (see model/README.md).
//
//go:embed model
var modelFS embed.FS

// DefaultModel is the model used when none is named: the CoNLL-2003 model,
// the more accurate one. Its training text is licensed for research only;
// the "open" model is trained on openly licensed corpora (see NOTICE).
const DefaultModel = "conll"

// Models lists the names of the embedded models.
func Models() []string {
	ents, _ := fs.ReadDir(modelFS, "model")
	var out []string
	for _, e := range ents {
		if n, ok := strings.CutSuffix(e.Name(), ".bin"); ok {
			out = append(out, n)
		}
	}
	return out
}

// models decodes each embedded model once, on first use. The map is built
// when the package is initialised and never written afterwards.
var models = func() map[string]func() (*Tagger, error) {
	m := map[string]func() (*Tagger, error){}
	for _, name := range Models() {
		m[name] = sync.OnceValues(func() (*Tagger, error) { return decode(name) })
	}
	return m
}()

// Load returns the embedded model called name ("" for DefaultModel). Each
// model is decoded once and then shared: a Tagger is safe for concurrent use.
func Load(name string) (*Tagger, error) {
	if name == "" {
		name = DefaultModel
	}
	load, ok := models[name]
	if !ok {
		return nil, fmt.Errorf("ner: no model %q (have: %s)", name, strings.Join(Models(), ", "))
	}
	return load()
}

// decode parses the embedded model called name.
func decode(name string) (*Tagger, error) {
	data, err := modelFS.ReadFile(path.Join("model", name+".bin"))
	if err != nil {
		return nil, fmt.Errorf("ner: model %s: %w", name, err)
	}
	t, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("ner: model %s: %w", name, err)
	}
	return t, nil
}
