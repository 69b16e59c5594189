package ner

import (
	"bytes"
	"encoding/binary"
	"errors"
	"slices"
	"testing"
)

// A word with a class has one feature per depth of ownClassDepths, and a
// feature per depth of ctxClassDepths as a neighbour; a word the classes
// lack has only the feature of having none, told apart by its case; an
// extractor without classes gives no class features.
func TestWordClassFeatures(t *testing.T) {
	cs, err := defaultClasses()
	if err != nil {
		t.Fatal(err)
	}
	x := &extractor{classes: cs}
	path := x.classPath("london")
	if path == "" || path == noClass {
		t.Fatalf("classPath(london) = %q, want a class", path)
	}
	if got := wordClasses(path, true, nil); len(got) != len(ownClassDepths) {
		t.Errorf("own class features of london: %d, want %d", len(got), len(ownClassDepths))
	}
	for k := -window; k <= window; k++ {
		if k == 0 {
			continue
		}
		if got, want := len(ctxClasses(k, path, nil)), len(ctxClassDepths[ctxIndex(k)]); got != want {
			t.Errorf("class features of london at offset %d: %d, want %d", k, got, want)
		}
	}
	none := x.classPath("qzxvqzxvq")
	if none != noClass {
		t.Fatalf("classPath(qzxvqzxvq) = %q, want %q", none, noClass)
	}
	upper, lower := wordClasses(none, true, nil), wordClasses(none, false, nil)
	if len(upper) != 1 || len(lower) != 1 || slices.Equal(upper, lower) {
		t.Errorf("features of a word without a class: %v (capitalized), %v (lowercase)", upper, lower)
	}
	if got := ctxClasses(1, none, nil); len(got) != 0 {
		t.Errorf("a neighbour without a class has features %v", got)
	}
	plain := &extractor{}
	if p := plain.classPath("london"); len(wordClasses(p, true, nil))+len(ctxClasses(1, p, nil)) != 0 {
		t.Errorf("an extractor without classes gives class features")
	}
}

// Two surnames share their class's prefix at depth 8 with each other
// rather than with a month.
func TestWordClassesGroup(t *testing.T) {
	cs, err := defaultClasses()
	if err != nil {
		t.Fatal(err)
	}
	x := &extractor{classes: cs}
	a, b, m := pathPrefix(x.classPath("johnson"), 8), pathPrefix(x.classPath("thompson"), 8), pathPrefix(x.classPath("march"), 8)
	if a != b || a == m {
		t.Errorf("depth-8 classes: johnson %s, thompson %s, march %s", a, b, m)
	}
}

// A model file records whether it uses word classes: the older version
// has none, the newer one a flags byte after the name whose bit 0 loads
// them; the file writes back as read, and an unknown flag is refused.
func TestModelWordClassesFlag(t *testing.T) {
	plain, err := modelFS.ReadFile("model/conll.bin")
	if err != nil {
		t.Fatal(err)
	}
	if string(plain[:len(modelMagic)]) != modelMagic {
		t.Skip("the conll model uses word classes")
	}
	tg, err := Parse(plain)
	if err != nil {
		t.Fatal(err)
	}
	if tg.ext.classes != nil {
		t.Fatalf("a model of version %s loaded word classes", modelMagic)
	}
	nameEnd := len(modelMagic) + 4 + int(binary.LittleEndian.Uint32(plain[len(modelMagic):]))
	withFlags := func(flags byte) []byte {
		b := append([]byte(classesMagic), plain[len(modelMagic):nameEnd]...)
		return append(append(b, flags), plain[nameEnd:]...)
	}
	classed := withFlags(flagWordClasses)
	tg, err = Parse(classed)
	if err != nil {
		t.Fatal(err)
	}
	if tg.ext.classes == nil {
		t.Fatal("a model flagged for word classes did not load them")
	}
	var out bytes.Buffer
	if _, err := tg.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), classed) {
		t.Error("a model with word classes does not write back as read")
	}
	if _, err := Parse(withFlags(2)); !errors.Is(err, ErrFormat) {
		t.Errorf("unknown feature flag: error %v, want ErrFormat", err)
	}
}
