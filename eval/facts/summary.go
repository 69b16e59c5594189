package facts

import (
	"fmt"
	"io"
	"sort"

	"github.com/hearsay-news/hearsay/eval/prf"
)

// Scores is P/R/F1 with its counts (the reference scorer's "prf").
type Scores struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// scoresOf computes the scores of counts: precision (recall) is 1 when
// nothing was predicted (expected) and nothing wrongly so.
func scoresOf(c PRF) Scores {
	s := Scores{TP: c.TP, FP: c.FP, FN: c.FN}
	switch {
	case c.TP+c.FP > 0:
		s.Precision = float64(c.TP) / float64(c.TP+c.FP)
	case c.FN == 0:
		s.Precision = 1
	}
	switch {
	case c.TP+c.FN > 0:
		s.Recall = float64(c.TP) / float64(c.TP+c.FN)
	case c.FP == 0:
		s.Recall = 1
	}
	s.F1 = prf.F1(s.Precision, s.Recall)
	return s
}

// Accuracy is correct out of total; Accuracy is nil when total is 0.
type Accuracy struct {
	Correct  int      `json:"correct"`
	Total    int      `json:"total"`
	Accuracy *float64 `json:"accuracy"`
}

func acc(ok, total int) Accuracy {
	a := Accuracy{Correct: ok, Total: total}
	if total > 0 {
		v := float64(ok) / float64(total)
		a.Accuracy = &v
	}
	return a
}

// HitF1 is a TempEval-style F1 that counts only matches with the right
// type or value as hits.
type HitF1 struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Attribution holds the accuracies over level-A matches.
type Attribution struct {
	Pairs                       int      `json:"pairs"`
	Modality                    Accuracy `json:"modality"`
	Polarity                    Accuracy `json:"polarity"`
	SourceEmptyAgreement        Accuracy `json:"source_empty_agreement"`
	SourceOutermost             Accuracy `json:"source_outermost"`
	SourceOutermostBothNonEmpty Accuracy `json:"source_outermost_both_nonempty"`
}

// TimexScores are the time-expression scores.
type TimexScores struct {
	Scores
	TypeAccuracy  Accuracy `json:"type_accuracy"`
	ValueAccuracy Accuracy `json:"value_accuracy"`
	TypeF1        HitF1    `json:"type_f1"`
	ValueF1       HitF1    `json:"value_f1"`
}

// ModalityRecall is the recall of the gold facts of one modality.
type ModalityRecall struct {
	Gold               int      `json:"gold"`
	Found              int      `json:"found"`
	FoundSameModality  int      `json:"found_same_modality"`
	Recall             *float64 `json:"recall"`
	RecallSameModality *float64 `json:"recall_same_modality"`
}

// Summary is every number of the reference scorer's "micro" section.
type Summary struct {
	Facts               map[string]Scores         `json:"facts"`
	Attribution         Attribution               `json:"attribution"`
	Timexes             TimexScores               `json:"timexes"`
	Birth               map[string]Accuracy       `json:"birth"`
	FactsByType         map[string]Scores         `json:"facts_by_type"`
	GoldFactsByModality map[string]ModalityRecall `json:"gold_facts_by_modality"`
}

// Summarise turns counts into scores.
func Summarise(c *Counts) Summary {
	s := Summary{Facts: map[string]Scores{}, FactsByType: map[string]Scores{}, GoldFactsByModality: map[string]ModalityRecall{}}
	for _, l := range []string{"A", "B", "C"} {
		s.Facts[l] = scoresOf(*c.Facts[l])
	}
	s.Attribution = Attribution{
		Pairs: c.AttrTotal, Modality: acc(c.ModalityOK, c.AttrTotal), Polarity: acc(c.PolarityOK, c.AttrTotal),
		SourceEmptyAgreement: acc(c.SourceEmptyOK, c.AttrTotal), SourceOutermost: acc(c.SourceOuterOK, c.AttrTotal),
		SourceOutermostBothNonEmpty: acc(c.SourceBothNonEmptyOuter, c.SourceBothNonEmpty),
	}
	nsys, ngold := c.TimexTP+c.TimexFP, c.TimexTP+c.TimexFN
	hit := func(hits int) HitF1 {
		var h HitF1
		switch {
		case nsys > 0:
			h.Precision = float64(hits) / float64(nsys)
		case ngold == 0:
			h.Precision = 1
		}
		switch {
		case ngold > 0:
			h.Recall = float64(hits) / float64(ngold)
		case nsys == 0:
			h.Recall = 1
		}
		h.F1 = prf.F1(h.Precision, h.Recall)
		return h
	}
	s.Timexes = TimexScores{Scores: scoresOf(PRF{c.TimexTP, c.TimexFP, c.TimexFN}),
		TypeAccuracy: acc(c.TimexTypeOK, c.TimexTP), ValueAccuracy: acc(c.TimexValueOK, c.TimexTP),
		TypeF1: hit(c.TimexTypeOK), ValueF1: hit(c.TimexValueOK)}
	s.Birth = map[string]Accuracy{"strict": acc(c.BirthStrict, c.BirthTotal), "lenient": acc(c.BirthLenient, c.BirthTotal)}
	for k, v := range c.ByType {
		s.FactsByType[k] = scoresOf(*v)
	}
	for k, v := range c.ByModality {
		m := ModalityRecall{Gold: v.Gold, Found: v.Found, FoundSameModality: v.FoundSameModality}
		if v.Gold > 0 {
			r, rs := float64(v.Found)/float64(v.Gold), float64(v.FoundSameModality)/float64(v.Gold)
			m.Recall, m.RecallSameModality = &r, &rs
		}
		s.GoldFactsByModality[k] = m
	}
	return s
}

func num(x *float64) string {
	if x == nil {
		return "   -  "
	}
	return fmt.Sprintf("%6.3f", *x)
}

func f3(x float64) string { return fmt.Sprintf("%6.3f", x) }

// WriteTable prints a summary as the reference scorer's table does.
func WriteTable(w io.Writer, s Summary) {
	fmt.Fprintln(w, "Facts                     TP    FP    FN      P      R     F1")
	names := map[string]string{"A": "A type+args", "B": "B + lenient time", "C": "C + strict time"}
	for _, l := range []string{"A", "B", "C"} {
		f := s.Facts[l]
		fmt.Fprintf(w, "  %-20s %5d %5d %5d %s %s %s\n", names[l], f.TP, f.FP, f.FN, f3(f.Precision), f3(f.Recall), f3(f.F1))
	}
	a := s.Attribution
	fmt.Fprintf(w, "\nAttribution on %d level-A matches       correct  total    acc\n", a.Pairs)
	for _, x := range []struct {
		label string
		v     Accuracy
	}{{"modality", a.Modality}, {"polarity", a.Polarity}, {"source chain empty/non-empty", a.SourceEmptyAgreement},
		{"source outermost element", a.SourceOutermost}, {"  of which both non-empty", a.SourceOutermostBothNonEmpty}} {
		fmt.Fprintf(w, "  %-36s %7d %6d %s\n", x.label, x.v.Correct, x.v.Total, num(x.v.Accuracy))
	}
	t := s.Timexes
	fmt.Fprintln(w, "\nTimexes (overlapping span)  TP    FP    FN      P      R     F1")
	fmt.Fprintf(w, "  %-22s %5d %5d %5d %s %s %s\n", "span (relaxed)", t.TP, t.FP, t.FN, f3(t.Precision), f3(t.Recall), f3(t.F1))
	fmt.Fprintf(w, "  %-40s %s %s %s\n", "type (F1 counting right types)", f3(t.TypeF1.Precision), f3(t.TypeF1.Recall), f3(t.TypeF1.F1))
	fmt.Fprintf(w, "  %-40s %s %s %s\n", "value (F1 counting right values)", f3(t.ValueF1.Precision), f3(t.ValueF1.Recall), f3(t.ValueF1.F1))
	fmt.Fprintf(w, "  %-36s %7d %6d %s\n", "type accuracy on matches", t.TypeAccuracy.Correct, t.TypeAccuracy.Total, num(t.TypeAccuracy.Accuracy))
	fmt.Fprintf(w, "  %-36s %7d %6d %s\n", "value accuracy on matches", t.ValueAccuracy.Correct, t.ValueAccuracy.Total, num(t.ValueAccuracy.Accuracy))
	fmt.Fprintln(w, "\nBirth intervals (gold persons)           correct  total    acc")
	for _, k := range []string{"strict", "lenient"} {
		b := s.Birth[k]
		fmt.Fprintf(w, "  %-36s %7d %6d %s\n", k, b.Correct, b.Total, num(b.Accuracy))
	}
	fmt.Fprintln(w, "\nFacts by type (level A)   TP    FP    FN      P      R     F1")
	for _, k := range sortedKeys(s.FactsByType) {
		f := s.FactsByType[k]
		fmt.Fprintf(w, "  %-20s %5d %5d %5d %s %s %s\n", k, f.TP, f.FP, f.FN, f3(f.Precision), f3(f.Recall), f3(f.F1))
	}
	fmt.Fprintln(w, "\nGold facts by modality   gold  found  +same modality   recall  recall+mod")
	for _, k := range sortedKeys(s.GoldFactsByModality) {
		m := s.GoldFactsByModality[k]
		fmt.Fprintf(w, "  %-20s %6d %6d %15d   %s      %s\n", k, m.Gold, m.Found, m.FoundSameModality, num(m.Recall), num(m.RecallSameModality))
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
