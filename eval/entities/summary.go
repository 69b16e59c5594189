package entities

import (
	"fmt"
	"io"
	"sort"

	"github.com/hearsay-news/hearsay/eval/prf"
)

// Scores are precision, recall and F1 with their counts.
type Scores struct {
	TP        int     `json:"tp"`    // predicted entities that map to a gold entity of their type
	FP        int     `json:"fp"`    // predicted entities that do not
	Found     int     `json:"found"` // gold entities found
	FN        int     `json:"fn"`    // gold entities missed
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// scoresOf computes precision, recall and F1 from counts.
func scoresOf(p PRF) Scores {
	s := Scores{TP: p.TP, FP: p.FP, Found: p.Found, FN: p.FN}
	s.Precision = prf.Ratio(p.TP, p.TP+p.FP)
	s.Recall = prf.Ratio(p.Found, p.Found+p.FN)
	s.F1 = prf.F1(s.Precision, s.Recall)
	return s
}

// Ratio is a count of successes out of a total.
type Ratio struct {
	OK    int     `json:"ok"`
	Total int     `json:"total"`
	Rate  float64 `json:"rate"`
}

func ratio(ok, total int) Ratio {
	r := Ratio{OK: ok, Total: total}
	if total > 0 {
		r.Rate = float64(ok) / float64(total)
	}
	return r
}

// Summary is the scores computed from counts.
type Summary struct {
	All          Scores            `json:"all"`
	ByType       map[string]Scores `json:"by_type"`
	FalseAlarms  int               `json:"false_alarms"`
	Mistyped     int               `json:"mistyped"`
	Canonical    Ratio             `json:"canonical_name"`
	Aliases      Ratio             `json:"alias_recall"`
	BirthStrict  Ratio             `json:"birth_strict"`
	BirthLenient Ratio             `json:"birth_lenient"`
}

// Summarise turns counts into scores.
func Summarise(c *Counts) Summary {
	s := Summary{ByType: map[string]Scores{}, FalseAlarms: c.FalseAlarms, Mistyped: c.Mistyped,
		Canonical: ratio(c.CanonOK, c.CanonTotal), Aliases: ratio(c.AliasFound, c.AliasTotal),
		BirthStrict: ratio(c.BirthStrict, c.BirthTotal), BirthLenient: ratio(c.BirthLenient, c.BirthTotal)}
	var all PRF
	for t, p := range c.ByType {
		s.ByType[t] = scoresOf(*p)
		all.TP += p.TP
		all.FP += p.FP
		all.Found += p.Found
		all.FN += p.FN
	}
	s.All = scoresOf(all)
	return s
}

// WriteTable prints a summary as a table.
func WriteTable(w io.Writer, s Summary) {
	fmt.Fprintf(w, "%-10s %6s %6s %6s %6s %7s %7s %7s\n", "type", "tp", "fp", "found", "fn", "P", "R", "F1")
	types := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	row := func(name string, x Scores) {
		fmt.Fprintf(w, "%-10s %6d %6d %6d %6d %7.3f %7.3f %7.3f\n", name, x.TP, x.FP, x.Found, x.FN, x.Precision, x.Recall, x.F1)
	}
	for _, t := range types {
		row(t, s.ByType[t])
	}
	row("all", s.All)
	fmt.Fprintf(w, "\nfalse alarms %d, mistyped %d\n", s.FalseAlarms, s.Mistyped)
	r := func(name string, x Ratio) { fmt.Fprintf(w, "%-16s %7.3f  (%d/%d)\n", name, x.Rate, x.OK, x.Total) }
	r("canonical name", s.Canonical)
	r("alias recall", s.Aliases)
	r("birth strict", s.BirthStrict)
	r("birth lenient", s.BirthLenient)
}
