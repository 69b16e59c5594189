package timex

import (
	"strings"
	"time"

	"github.com/hearsay-news/hearsay"
)

// TimeML returns the time expressions xs of text (a document; xs as Tag
// returned them for it, with dct its creation time) as TimeML annotates
// them, for TIMEX3 output. A time counted from the last mentioned one with
// a signal word after it ("three days later", "a day earlier", the words of
// the "signal" list) is, in TimeML, the duration before the signal, a
// DURATION ("three days", P3D), while hearsay reads it as the date it
// reaches. Offsets of whole years or quarters stay dates: TimeML corpora
// annotate the "a year earlier" of financial reports as the year-ago
// period. A duration of no stated unit ("for a while", hearsay's "PX") is
// TimeML's "PXX". xs is changed in place and returned.
func (t *Tagger) TimeML(text string, xs []hearsay.Timex, dct time.Time) []hearsay.Timex {
	for i, x := range xs {
		if d, ok := t.signalledDuration(text, x, dct); ok {
			xs[i] = d
		}
		if d, ok := t.dayOfPartOfDay(text, x, dct); ok {
			xs[i] = d
		}
		if xs[i].Type == hearsay.Duration && xs[i].Value == unitlessDuration {
			xs[i].Value = timemlUnitless
		}
	}
	return xs
}

// A duration of no stated unit, as hearsay writes it and as TimeML does.
const (
	unitlessDuration = "PX"
	timemlUnitless   = "PXX"
)

// signalledDuration returns the duration that x, an anaphoric time ending
// in a signal word, counts, when the words before the signal are one
// duration of days, weeks, months, hours or smaller units.
func (t *Tagger) signalledDuration(text string, x hearsay.Timex, dct time.Time) (hearsay.Timex, bool) {
	if !x.Anaphoric || x.Start < 0 || x.End > len(text) {
		return x, false
	}
	span := text[x.Start:x.End]
	sp := strings.LastIndexAny(span, " \t\n")
	if sp <= 0 || !t.signals[strings.ToLower(span[sp+1:])] {
		return x, false
	}
	frag := strings.TrimRight(span[:sp], " \t\n,")
	ys := t.Tag(frag, x.Start, dct, []hearsay.Span{{Start: x.Start, End: x.Start + len(frag)}})
	if len(ys) != 1 {
		return x, false
	}
	d := ys[0]
	if d.Type != hearsay.Duration || d.Start != x.Start || d.End != x.Start+len(frag) || yearsOrQuarters(d.Value) {
		return x, false
	}
	d.Sentence = x.Sentence
	return d, true
}

// yearsOrQuarters reports whether a duration value counts years, decades
// or quarters ("P1Y", "P2Q", "PXY").
func yearsOrQuarters(v string) bool {
	return strings.HasSuffix(v, "Y") || strings.HasSuffix(v, "Q") || strings.HasSuffix(v, "DE")
}

// dayOfPartOfDay returns the date that x, a part of a named day ("the
// night of Oct. 23", rules partofday_of_*), names after its "of": TimeML
// tags the date alone.
func (t *Tagger) dayOfPartOfDay(text string, x hearsay.Timex, dct time.Time) (hearsay.Timex, bool) {
	if !strings.HasPrefix(x.Rule, "partofday_of_") || x.Start < 0 || x.End > len(text) {
		return x, false
	}
	k := strings.Index(text[x.Start:x.End], " of ")
	if k < 0 {
		return x, false
	}
	from := x.Start + k + len(" of ")
	ys := t.Tag(text[from:x.End], from, dct, []hearsay.Span{{Start: from, End: x.End}})
	if len(ys) != 1 || ys[0].Start != from || ys[0].End != x.End {
		return x, false
	}
	d := ys[0]
	if k := strings.LastIndexByte(x.Value, 'T'); k > 0 {
		d.Value = x.Value[:k] // the day as the whole phrase resolved it, in its sentence
	}
	d.Sentence = x.Sentence
	return d, true
}
