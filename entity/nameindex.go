package entity

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
)

// foldKey returns a key of s that two words share exactly when
// strings.EqualFold holds between them: every rune is replaced by the
// smallest rune of its simple case-folding orbit ("k", "K" and the Kelvin
// sign all give "K"), and an invalid byte by utf8.RuneError, as EqualFold
// reads it.
func foldKey(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToUpper(s) // an ASCII letter's orbit starts with its capital
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
	}
	return b.String()
}

// fullNameIndex lists the full names linkNames may expand a short name to,
// with the positions of those whose first or whose last word is a given
// word (by foldKey), so that fullNameFor reads only the full names that can
// contain a short name instead of every full name of the document.
type fullNameIndex struct {
	full    []*ment
	ends    []wordEnds       // the first bytes of each full name's first and last words
	byFirst map[string][]int // foldKey of the first word -> positions in full, ascending
	byLast  map[string][]int // foldKey of the last word -> positions in full, ascending
}

// newFullNameIndex indexes full, a list of names of two words or more.
func newFullNameIndex(full []*ment) *fullNameIndex {
	x := &fullNameIndex{
		full:    full,
		ends:    make([]wordEnds, len(full)),
		byFirst: make(map[string][]int, len(full)),
		byLast:  make(map[string][]int, len(full)),
	}
	for i, f := range full {
		x.ends[i] = endsOf(f.words)
		if len(f.words) == 0 {
			continue
		}
		first, last := foldKey(f.words[0]), foldKey(f.words[len(f.words)-1])
		x.byFirst[first] = append(x.byFirst[first], i)
		x.byLast[last] = append(x.byLast[last], i)
	}
	return x
}

// candidates returns, in the order of full, the positions of the full names
// that may stand for words: those ending in its last word and, for one
// word, those starting with it; every position when words is empty.
func (x *fullNameIndex) candidates(words []string) []int {
	if len(words) == 0 {
		all := make([]int, len(x.full))
		for i := range all {
			all[i] = i
		}
		return all
	}
	byLast := x.byLast[foldKey(words[len(words)-1])]
	if len(words) > 1 {
		return byLast
	}
	byFirst := x.byFirst[foldKey(words[0])]
	if len(byFirst) == 0 {
		return byLast
	}
	if len(byLast) == 0 {
		return byFirst
	}
	merged := make([]int, 0, len(byLast)+len(byFirst))
	merged = append(append(merged, byLast...), byFirst...)
	slices.Sort(merged)
	return slices.Compact(merged)
}

// firstWordIndex lists the positions among a document's names of those of
// two words or more by the foldKey of their first word, for orgForShortName.
type firstWordIndex struct {
	names  []*ment
	sorted bool             // names run in text order, as linkNames lists them
	first  map[string][]int // foldKey of the first word -> positions in names, ascending
}

// newFirstWordIndex indexes names.
func newFirstWordIndex(names []*ment) *firstWordIndex {
	x := &firstWordIndex{
		names:  names,
		sorted: slices.IsSortedFunc(names, func(a, b *ment) int { return a.tok0 - b.tok0 }),
		first:  map[string][]int{},
	}
	for i, m := range names {
		if len(m.words) >= 2 {
			k := foldKey(m.words[0])
			x.first[k] = append(x.first[k], i)
		}
	}
	return x
}

// before returns the names of two words or more whose first word is w,
// among the names before the first one that starts at or after token tok:
// all of them when the names are in text order, every name of the list
// otherwise, for the caller to test.
func (x *firstWordIndex) before(w string, tok int) []*ment {
	if !x.sorted {
		return x.names
	}
	var out []*ment
	for _, i := range x.first[foldKey(w)] {
		if x.names[i].tok0 >= tok {
			break
		}
		out = append(out, x.names[i])
	}
	return out
}

// endIndex lists the positions of mentions by the token they end before
// (tok1): what the backward scans of linkAppositions and titleAppositions
// look for.
type endIndex struct {
	ends []int // tok1 of the mentions at pos, ascending
	pos  []int // positions in the mention list, ascending within an end
}

// mentionsEndingAt returns the endIndex of ms.
func mentionsEndingAt(ms []*ment) endIndex {
	pos := make([]int, len(ms))
	for i := range pos {
		pos[i] = i
	}
	slices.SortStableFunc(pos, func(a, b int) int { return cmp.Compare(ms[a].tok1, ms[b].tok1) })
	ends := make([]int, len(ms))
	for k, i := range pos {
		ends[k] = ms[i].tok1
	}
	return endIndex{ends: ends, pos: pos}
}

// at returns the positions of the mentions that end right before token
// tok, ascending.
func (x endIndex) at(tok int) []int {
	lo, _ := slices.BinarySearch(x.ends, tok)
	hi := lo
	for hi < len(x.ends) && x.ends[hi] == tok {
		hi++
	}
	return x.pos[lo:hi]
}

// endWordIndex lists the person clusters' names of two words or more by
// the foldKey of their first and of their last word, for relinkShortNames.
type endWordIndex struct {
	entries []clusterName    // in cluster order, then in the order of each cluster's mentions
	byWord  map[string][]int // foldKey of a first or last word -> positions in entries, ascending
}

// A clusterName is a name mention and the cluster it belongs to.
type clusterName struct {
	cl int
	m  *ment
}

// newEndWordIndex indexes the names of two words or more of the person
// clusters of cl.
func newEndWordIndex(cl []*cluster) *endWordIndex {
	x := &endWordIndex{byWord: map[string][]int{}}
	for di, d := range cl {
		if d.typ != hearsay.Person {
			continue
		}
		for _, m := range d.ments {
			if m.kind != hearsay.NameMention || len(m.words) < 2 {
				continue
			}
			i := len(x.entries)
			x.entries = append(x.entries, clusterName{di, m})
			first, last := foldKey(m.words[0]), foldKey(m.words[len(m.words)-1])
			x.byWord[first] = append(x.byWord[first], i)
			if last != first {
				x.byWord[last] = append(x.byWord[last], i)
			}
			for _, w := range [...]string{m.words[0], m.words[len(m.words)-1]} {
				if j := joinedSyllables(w); j != "" && foldKey(j) != first && foldKey(j) != last {
					x.byWord[foldKey(j)] = append(x.byWord[foldKey(j)], i) // "Hyunwoo" for "Kang Hyun-woo"
				}
			}
		}
	}
	return x
}

// joinedSyllables returns a given name romanised in syllables joined by a
// hyphen, a capitalised one and a lowercase one ("Hyun-woo", "Xiao-ming"),
// written as one word ("Hyunwoo"), as the press also writes it; "" for any
// other word ("Smith", "Ashby-Krol", "al-Sham").
func joinedSyllables(w string) string {
	a, b, ok := strings.Cut(w, "-")
	if !ok || len(a) < 2 || len(b) < 2 || !isCap(a) || strings.ContainsRune(b, '-') {
		return ""
	}
	for _, r := range a[1:] + b {
		if !unicode.IsLower(r) {
			return ""
		}
	}
	return a + b
}

// nameWordIs reports whether word w of a full name is the one-word name
// word, in any case, also when one of them is written without the hyphen
// of its syllables ("Hyunwoo" for "Hyun-woo", "Xiao-ming" for "Xiaoming").
func nameWordIs(w, word string) bool {
	if strings.EqualFold(w, word) {
		return true
	}
	if j := joinedSyllables(w); j != "" && strings.EqualFold(j, word) {
		return true
	}
	j := joinedSyllables(word)
	return j != "" && strings.EqualFold(w, j)
}

// with returns the indexed names whose first or last word is w, in the
// order they were indexed.
func (x *endWordIndex) with(w string) []clusterName {
	pos := x.byWord[foldKey(w)]
	out := make([]clusterName, len(pos))
	for k, i := range pos {
		out[k] = x.entries[i]
	}
	return out
}
