package ner

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// wordIDs numbers strings in the order they are first added, as a map
// from string to number does, across growth and reuse.
func TestWordIDs(t *testing.T) {
	var ids wordIDs
	for round, n := range []int{0, 3, 500} {
		ids.reset(n)
		want := map[string]int32{}
		for k := range 1000 {
			w := fmt.Sprint("w", k*7%301, "-", round) // repeats, and strings of earlier rounds never met
			id, ok, at := ids.find(w)
			wid, wok := want[w]
			if ok != wok || ok && id != wid {
				t.Fatalf("round %d: find(%q) = %d, %v; want %d, %v", round, w, id, ok, wid, wok)
			}
			if !ok {
				want[w] = int32(len(want))
				if got := ids.add(w, at); got != want[w] {
					t.Fatalf("round %d: add(%q) = %d, want %d", round, w, got, want[w])
				}
			}
		}
		if ids.len() != len(want) {
			t.Fatalf("round %d: %d strings, want %d", round, ids.len(), len(want))
		}
		if round == 1 {
			ids.release()
			if _, ok, _ := ids.find("w0-1"); ok {
				t.Fatal("a released table finds a string")
			}
		}
	}
}

// wordHash reads every byte of a word: changing any one byte of words of
// every length up to 24 changes the hash.
func TestWordHashReadsEveryByte(t *testing.T) {
	const seed = 12345
	for n := 1; n <= 24; n++ {
		w := []byte("abcdefghijklmnopqrstuvwxyz"[:n])
		h := wordHash(seed, string(w))
		for i := range w {
			v := append([]byte(nil), w...)
			v[i] ^= 0x20
			if wordHash(seed, string(v)) == h {
				t.Errorf("%q and %q hash alike", w, v)
			}
		}
		if wordHash(seed, string(w[:n-1])) == h {
			t.Errorf("%q and its prefix hash alike", w)
		}
	}
}

// docWords numbers each document's words from 0 in the order they come,
// keeping the entries of earlier documents, and empties itself after a
// document with scores of its own.
func TestDocWords(t *testing.T) {
	var dw docWords
	number := func(w string, cached bool, next *int32) int32 {
		e, at := dw.find(w)
		if e == nil {
			e = dw.add(w, &wordScores{word: w}, cached, at)
		}
		id, isNew := dw.number(e, *next)
		if isNew {
			*next++
		}
		return id
	}
	for k, doc := range []struct {
		words   string
		cached  bool
		want    []int32
		entries int
	}{
		{"a b a c", true, []int32{0, 1, 0, 2}, 3},
		{"c d a c", false, []int32{0, 1, 2, 0}, 4}, // d's scores are not the cache's
		{"b a", true, []int32{0, 1}, 2},            // emptied first
	} {
		dw.reset(4)
		var next int32
		var got []int32
		for _, w := range strings.Fields(doc.words) {
			got = append(got, number(w, doc.cached || w != "d", &next))
		}
		if !slices.Equal(got, doc.want) || len(dw.entries) != doc.entries {
			t.Errorf("document %d: numbers %v and %d entries, want %v and %d", k, got, len(dw.entries), doc.want, doc.entries)
		}
		if _, ok := dw.numbered("zz"); ok {
			t.Errorf("document %d: a word never met is numbered", k)
		}
	}
	if _, ok := dw.numbered("c"); ok {
		t.Error("a word of an earlier document is numbered in this one")
	}
	if id, ok := dw.numbered("a"); !ok || id != 1 {
		t.Errorf("numbered(a) = %d, %v; want 1, true", id, ok)
	}
}
