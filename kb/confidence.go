package kb

import (
	"math"
	"sort"
	"strings"
)

// LowConfidence is the confidence under which a report or a claim is more
// likely misread than read right; pages mark such claims and reports.
const LowConfidence = 0.5

// ClaimConfidence is the confidence that the claim was read right from at
// least one of its reports: 1 − Π(1 − cᵢ) over independent readings, where
// a reading's cᵢ is the highest confidence among its reports.
//
// Each report's confidence is the fact stage's estimate that it read that
// fact right. Readings of different articles fail apart (one misread
// sentence does not make another article's sentence misread), so a claim
// that several articles state is likelier to have been read right than any
// one of them: the noisy-OR of their confidences. Reports that cannot fail
// apart count once, with their best confidence: the reports of one
// article (they share its names and its analysis) and reports whose
// evidence sentences are the same words (a wire story reprinted by several
// outlets is misread the same way in each copy). Two reports are one
// reading when they share an article or a sentence, directly or through
// other reports.
//
// Denials count like any report: the confidence says whether the claim
// was read from the articles, not whether it is true (that is its status).
// Reports of confidence 0 (facts stored before facts were scored) add
// nothing; a claim with only such reports has confidence 0.
//
// The result does not depend on the order of rs, lies in [0,1], is never
// lower than its best report (rounded to three decimals, as reports are)
// and never falls when a report of another article, in other words, is
// added. A report that shows two readings to be one (an article repeating
// another's sentence) can lower it: they then count once.
func ClaimConfidence(rs []Report) float64 {
	if oneDoc(rs) {
		// one reading: its best report (most claims have one article)
		best := 0.0
		for i := range rs {
			best = max(best, clampConfidence(rs[i].Confidence))
		}
		return roundConfidence(best)
	}
	group := readings(rs)
	best := make(map[int]float64, len(rs))
	for i := range rs {
		g := group[i]
		best[g] = max(best[g], clampConfidence(rs[i].Confidence))
	}
	cs := make([]float64, 0, len(best))
	for _, c := range best {
		cs = append(cs, c)
	}
	sort.Float64s(cs) // a fixed order makes the float product exact to repeat
	miss := 1.0
	for _, c := range cs {
		miss *= 1 - c
	}
	return roundConfidence(1 - miss)
}

// oneDoc reports whether every report is of one document (or there are
// none).
func oneDoc(rs []Report) bool {
	for i := 1; i < len(rs); i++ {
		if rs[i].Doc != rs[0].Doc {
			return false
		}
	}
	return true
}

// readings groups reports that cannot be misread apart: those of one
// document and those whose evidence sentences are the same words. It
// returns each report's group, the least index of a report in it.
func readings(rs []Report) []int {
	parent := make([]int, len(rs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	docs := make(map[string]int, len(rs))
	sents := make(map[string]int, len(rs))
	link := func(first map[string]int, key string, i int) {
		j, ok := first[key]
		if !ok {
			first[key] = i
			return
		}
		a, b := find(i), find(j)
		if a > b {
			a, b = b, a
		}
		parent[b] = a
	}
	for i := range rs {
		link(docs, rs[i].Doc, i)
		if s := sentenceKey(rs[i].Sentence); s != "" {
			link(sents, s, i)
		}
	}
	out := make([]int, len(rs))
	for i := range rs {
		out[i] = find(i)
	}
	return out
}

// sentenceKey is a sentence's words, lower-cased, one space apart.
func sentenceKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// clampConfidence brings a confidence into [0,1]; NaN is 0.
func clampConfidence(c float64) float64 {
	if !(c > 0) {
		return 0
	}
	return min(c, 1)
}

// roundConfidence rounds a confidence to three decimals, within [0,1].
func roundConfidence(c float64) float64 {
	return math.Round(clampConfidence(c)*1000) / 1000
}
