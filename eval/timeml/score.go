package timeml

import (
	"sort"

	"github.com/hearsay-news/hearsay/eval/prf"
)

// Scores are the TempEval-3 task A measures, micro-averaged over all time
// expressions of all documents. Value and type F1 follow the official
// scorer: attribute accuracy over relaxed matches times relaxed P, R, F1.
type Scores struct {
	Gold, System          int // numbers of timexes
	StrictMatch           int // aligned pairs with identical spans
	RelaxedMatch          int // aligned (overlapping) pairs
	TypeMatch, ValueMatch int // aligned pairs with equal type, with equal value

	StrictP, StrictR, StrictF1    float64 // over identical spans
	RelaxedP, RelaxedR, RelaxedF1 float64 // over overlapping spans
	TypeAcc, ValueAcc             float64 // accuracy on relaxed matches
	TypeP, TypeR, TypeF1          float64 // TypeAcc times the relaxed measures
	ValueP, ValueR, ValueF1       float64 // ValueAcc times the relaxed measures
}

// An Error is one difference between gold and system output.
type Error struct {
	Kind       string // "MISS", "SPURIOUS" or "VALUE"
	Doc        string
	Gold, Sys  string // texts
	GoldValue  string
	SysValue   string
	GoldType   string
	SysType    string
	Start, End int    // code-point span of the gold (or, for SPURIOUS, system) timex
	Rule       string // the system rule, when known
}

// Counts accumulates matches over documents.
type Counts struct {
	Gold, System, Strict, Relaxed, Type, Value int
}

// Add scores one document's system timexes against its gold ones, adds the
// counts and returns the errors. System timexes with an empty span are
// ignored, as the reference scorer ignores them; optional gold timexes count
// only when matched.
func (c *Counts) Add(doc string, gold, system []Timex) []Error {
	var sys []Timex
	for _, s := range system {
		if s.End > s.Start {
			sys = append(sys, s)
		}
	}
	c.System += len(sys)
	var errs []Error
	matchedG := make([]bool, len(gold))
	matchedS := make([]bool, len(sys))
	pairs := Align(gold, sys)
	for _, p := range pairs {
		matchedG[p[0]] = true
	}
	for i, g := range gold {
		if matchedG[i] || !g.Optional {
			c.Gold++
		}
	}
	for _, p := range pairs {
		a, b := gold[p[0]], sys[p[1]]
		matchedG[p[0]], matchedS[p[1]] = true, true
		c.Relaxed++
		if a.Start == b.Start && a.End == b.End {
			c.Strict++
		}
		if a.Type == b.Type {
			c.Type++
		}
		if a.Value == b.Value {
			c.Value++
		} else {
			errs = append(errs, Error{Kind: "VALUE", Doc: doc, Gold: a.Text, Sys: b.Text, GoldValue: a.Value,
				SysValue: b.Value, GoldType: a.Type, SysType: b.Type, Start: a.Start, End: a.End, Rule: b.Rule})
		}
	}
	for i, a := range gold {
		if !matchedG[i] && !a.Optional {
			errs = append(errs, Error{Kind: "MISS", Doc: doc, Gold: a.Text, GoldValue: a.Value, GoldType: a.Type,
				Start: a.Start, End: a.End})
		}
	}
	for i, b := range sys {
		if !matchedS[i] {
			errs = append(errs, Error{Kind: "SPURIOUS", Doc: doc, Sys: b.Text, SysValue: b.Value, SysType: b.Type,
				Start: b.Start, End: b.End, Rule: b.Rule})
		}
	}
	return errs
}

// Align pairs gold and system timexes that overlap, one to one: exact spans
// first, then by larger overlap, then by smaller start distance, then by
// gold and system order. It returns [gold index, system index] pairs.
func Align(gold, sys []Timex) [][2]int {
	type cand struct{ inexact, negOv, dist, gi, si int }
	var cands []cand
	for gi, g := range gold {
		for si, s := range sys {
			ov := min(g.End, s.End) - max(g.Start, s.Start)
			if ov <= 0 {
				continue
			}
			c := cand{inexact: 1, negOv: -ov, dist: abs(g.Start - s.Start), gi: gi, si: si}
			if g.Start == s.Start && g.End == s.End {
				c.inexact = 0
			}
			cands = append(cands, c)
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		switch {
		case a.inexact != b.inexact:
			return a.inexact < b.inexact
		case a.negOv != b.negOv:
			return a.negOv < b.negOv
		case a.dist != b.dist:
			return a.dist < b.dist
		case a.gi != b.gi:
			return a.gi < b.gi
		}
		return a.si < b.si
	})
	usedG, usedS := map[int]bool{}, map[int]bool{}
	var pairs [][2]int
	for _, c := range cands {
		if usedG[c.gi] || usedS[c.si] {
			continue
		}
		usedG[c.gi], usedS[c.si] = true, true
		pairs = append(pairs, [2]int{c.gi, c.si})
	}
	return pairs
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// scores is the precision, recall and F1 of match matches among nSys
// system and nGold gold items.
func scores(match, nSys, nGold int) (p, r, f float64) {
	p, r = prf.Ratio(match, nSys), prf.Ratio(match, nGold)
	return p, r, prf.F1(p, r)
}

// Scores computes the measures from the counts.
func (c Counts) Scores() Scores {
	s := Scores{Gold: c.Gold, System: c.System, StrictMatch: c.Strict, RelaxedMatch: c.Relaxed,
		TypeMatch: c.Type, ValueMatch: c.Value}
	s.StrictP, s.StrictR, s.StrictF1 = scores(c.Strict, c.System, c.Gold)
	s.RelaxedP, s.RelaxedR, s.RelaxedF1 = scores(c.Relaxed, c.System, c.Gold)
	if c.Relaxed > 0 {
		s.TypeAcc = float64(c.Type) / float64(c.Relaxed)
		s.ValueAcc = float64(c.Value) / float64(c.Relaxed)
	}
	s.TypeP, s.TypeR, s.TypeF1 = s.TypeAcc*s.RelaxedP, s.TypeAcc*s.RelaxedR, s.TypeAcc*s.RelaxedF1
	s.ValueP, s.ValueR, s.ValueF1 = s.ValueAcc*s.RelaxedP, s.ValueAcc*s.RelaxedR, s.ValueAcc*s.RelaxedF1
	return s
}
