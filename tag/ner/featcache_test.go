package ner

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/hearsay-news/hearsay/tag/perceptron"
)

// Adding a featCache's vector of a feature gives every score the same
// sum, bit for bit, as adding the feature's weights from the model, for
// features cached, found again, and scored when the cache is full.
func TestFeatCacheAddsAsModel(t *testing.T) {
	tg, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	shapes := []string{"<s>", "</s>", "Xx", "x", "d", "X", ",", ".", "Xx-Xx", "x.x", "'x"}
	var feats []perceptron.Feature
	for _, a := range shapes {
		for _, b := range shapes {
			for _, c := range shapes {
				feats = append(feats, prefix.fBs.Add(a).Add(b).Add(c).Feature())
			}
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	full := newFeatCache(tg.m1)
	full.limit = 0
	for _, c := range []*featCache{newFeatCache(tg.m1), full} {
		for round := range 2 {
			var buf featScores
			for _, f := range feats {
				var got vec
				for y := range got {
					got[y] = float32(r.NormFloat64())
				}
				want := got
				addVec(&got, c.scores(f, &buf))
				tg.m1.AddScores([]perceptron.Feature{f}, want[:])
				for y := range want {
					if math.Float32bits(got[y]) != math.Float32bits(want[y]) {
						t.Fatalf("round %d, cache limit %d: feature %x, label %d: %v, want %v", round, c.limit, f, y, got[y], want[y])
					}
				}
			}
		}
	}
	if full.n.Load() != 0 {
		t.Errorf("a full cache took %d features", full.n.Load())
	}
}
