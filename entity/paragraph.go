package entity

import (
	"github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/text"
)

// paragraphBreak reports whether a paragraph ends before token i: the white
// space before it holds a blank line or, in text without blank lines (one
// paragraph per line), a line break after the end of a sentence.
func (r *resolver) paragraphBreak(i int) bool {
	toks := r.di.doc.Tokens
	if i <= 0 || i >= len(toks) || toks[i-1].Sentence == toks[i].Sentence {
		return false
	}
	return text.ParagraphBreak(r.di.doc, toks[i-1].End, toks[i].Start)
}

// paragraphBefore returns the tokens [start, end) of the paragraph before
// the one token i opens; start == end when there is none.
func (r *resolver) paragraphBefore(i int) (int, int) {
	s := i - 1
	for s > 0 && !r.paragraphBreak(s) {
		s--
	}
	return max(s, 0), i
}

// paragraphSubject returns the person a subject pronoun that opens a
// paragraph, or a quotation that opens one ("She said ...", "\"She never
// stopped ...\" her student said"), stands for when that is the article's main
// person of its gender (the one named most often before it, the first of
// them on a tie) and the topic of the paragraph before, where no one else
// of that gender is mentioned as often; -1 otherwise, and then the nearest
// person of the gender is taken as usual.
func (r *resolver) paragraphSubject(m *ment, known []candidate) int {
	open := m.tok0
	if open > 0 && isQuote(r.di.doc.Tokens[open-1].Text) {
		open-- // "\"She never stopped asking questions,\" her student said"
	}
	if m.kind != hearsay.PronounMention || m.number == 'p' || !r.di.is(r.lx, cueSubjectPronoun, m.tok0) || !r.paragraphBreak(open) {
		return -1
	}
	main := r.mainPerson(m.gender, 0, open)
	s, e := r.paragraphBefore(open)
	if main < 0 || !containsCand(known, main) && !r.mentionedIn(main, s, e) {
		return -1
	}
	if r.mainPerson(m.gender, s, e) != main {
		return -1
	}
	return main
}

// mainPerson returns the person cluster of gender g mentioned most often
// in tokens [s, e), the first mentioned on a tie, counting a group's members;
// -1 when there is none.
func (r *resolver) mainPerson(g byte, s, e int) int {
	count := map[int]int{}
	first := map[int]int{}
	see := func(c, tok int) {
		if c < 0 || c >= len(r.cl) || r.cl[c].typ != hearsay.Person || r.cl[c].genderOf() != g {
			return
		}
		if _, ok := first[c]; !ok {
			first[c] = tok
		}
		count[c]++
	}
	for _, o := range r.ms {
		if o.tok0 < s || o.tok1 > e {
			continue
		}
		see(o.ent, o.tok0)
		for _, c := range o.members {
			see(c, o.tok0)
		}
	}
	best := -1
	for c, n := range count {
		if best < 0 || n > count[best] || n == count[best] && first[c] < first[best] {
			best = c
		}
	}
	return best
}

// mentionedIn reports whether cluster c is mentioned in tokens [s, e).
func (r *resolver) mentionedIn(c, s, e int) bool {
	for _, o := range r.ms {
		if o.tok0 >= s && o.tok1 <= e && (o.ent == c || containsInt(o.members, c)) {
			return true
		}
	}
	return false
}

// containsCand reports whether cluster c is among the candidates.
func containsCand(cs []candidate, c int) bool {
	for _, x := range cs {
		if x.c == c {
			return true
		}
	}
	return false
}
