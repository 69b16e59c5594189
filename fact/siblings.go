package fact

import (
	"slices"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/text"
)

// childOrderWords name a child's place among the children of its parents
// ("the eldest of the three children"; classes.tsv childorder).
var childOrderWords = wordSet("childorder")

// countedChildNouns name the children a text has counted ("their three
// children"), of which a place is told ("the eldest of the three
// children", "the youngest of the siblings"; classes.tsv countedchildren).
var countedChildNouns = wordSet("countedchildren")

// siblingNouns name a brother or a sister and the words that may stand
// between a possessive and them ("His sister", "Their younger brother";
// classes.tsv siblingnouns, siblingmods).
var (
	siblingNouns = wordSet("siblingnouns")
	siblingMods  = wordSet("siblingmods")
)

// orderPattern is the rule of a named child told by its place among
// children the text counted before.
var orderPattern = &pattern{typ: "parent_of", opts: options{{"trigger", "noun"}}, line: "a child named by its place among children counted before"}

// siblingKinPattern is the rule of a brother or sister of a person whose
// parents the text has named.
var siblingKinPattern = &pattern{typ: "parent_of", opts: options{{"trigger", "noun"}}, line: "a brother or sister of a person whose parents are named"}

// orderAmongCounted reads the parents of a named person described by a
// place among children the text has counted before, with no parent after
// it ("Harilal and Kamala Mistry arrived with their three children. ...
// Rajesh Mistry, 64, the eldest of the three children, ran the shop"): the
// parents of the latest unnamed group of children of the facts before, of
// as many children as the description counts when it counts them.
func (st *Stage) orderAmongCounted(s *sent, frames []*frame, before, here []*raw) []*raw {
	doc := s.doc
	sen := doc.Sentences[s.idx]
	end := min(sen.EndToken, len(doc.Tokens))
	lower := func(k int) string {
		if k >= end {
			return ""
		}
		return strings.ToLower(doc.Tokens[k].Text)
	}
	var out []*raw
	for k := sen.FirstToken; k+3 < end; k++ {
		if !strings.EqualFold(doc.Tokens[k].Text, "the") || !childOrderWords[lower(k+1)] || lower(k+2) != "of" {
			continue
		}
		j := k + 3
		if lower(j) == "the" || possessives[lower(j)] {
			j++
		}
		n := numberWords[lower(j)]
		if n > 1 {
			j++
		}
		if !countedChildNouns[lower(j)] {
			continue
		}
		if w := lower(j + 1); w == "of" || w == "born" || w == "to" {
			continue // "the eldest of three children of X": the parents are named (patterns.tsv)
		}
		c := orderedPerson(doc, k)
		if c < 0 || len(parentsIn(before, c)) > 0 || len(parentsIn(here, c)) > 0 {
			continue
		}
		for _, p := range countedParents(doc, before, n) {
			if p == c {
				continue
			}
			args := append(s.slab().argList(2), entArg(doc, p), entArg(doc, c))
			out = append(out, st.nounRaw(s, frames, orderPattern, args, doc.Tokens[k+1].Span))
		}
	}
	return out
}

// orderedPerson returns the person a place among children at token k
// ("the" of "the eldest of ...") describes: the person of the appositive
// before it (describedPerson), or the subject of "is" or "was" right
// before it ("Rajesh is the eldest of the three"); -1 when none.
func orderedPerson(doc *hearsay.Document, k int) int {
	if c := describedPerson(doc, k+1); c >= 0 {
		return c
	}
	if k < 2 || doc.Tokens[k-1].Sentence != doc.Tokens[k].Sentence {
		return -1
	}
	switch strings.ToLower(doc.Tokens[k-1].Text) {
	case "is", "was":
		return personMentionAt(doc, doc.Tokens[k-2].End, false)
	}
	return -1
}

// countedParents returns the parents, one or two, of the latest unnamed
// group of children among the facts before (raws, in the order of the
// text) that counts n children, or more than one when n is 0.
func countedParents(doc *hearsay.Document, raws []*raw, n int) []int {
	for i := len(raws) - 1; i >= 0; i-- {
		a := raws[i].f.Args
		if raws[i].f.Type != "parent_of" || raws[i].echo || len(a) != 2 || a[1].Entity < 0 || a[1].Entity >= len(doc.Entities) || !doc.Entities[a[1].Entity].Unnamed {
			continue
		}
		size := groupSize(doc.Entities[a[1].Entity].Name)
		if size < 2 || n > 1 && size != n {
			continue
		}
		if ps := parentsIn(raws, a[1].Entity); len(ps) > 0 && len(ps) <= 2 {
			return ps
		}
	}
	return nil
}

// siblingKin reads the parents of a named brother or sister told as
// someone's ("His sister, Nalini Mistry-Rao, is a GP", "Their younger
// brother, Suresh, ..."): the parents, one or two, that the facts before
// and of the sentence give the possessor or one of the possessors, when
// the text gives the sibling none.
func (st *Stage) siblingKin(s *sent, frames []*frame, before, here []*raw) []*raw {
	doc := s.doc
	var out []*raw
	for _, k := range s.mentionsHere() {
		m := &doc.Mentions[k]
		if m.Entity < 0 || m.Entity >= len(doc.Entities) || doc.Entities[m.Entity].Type != hearsay.Person || doc.Entities[m.Entity].Unnamed || !siblingDescription(m.Text) {
			continue
		}
		c := m.Entity
		if len(parentsIn(before, c)) > 0 || len(parentsIn(here, c)) > 0 {
			continue
		}
		owners, _ := possessorsOf(doc, k)
		var ps []int
		for _, o := range owners {
			if o == c || o < 0 || o >= len(doc.Entities) || babyChild(doc, before, o) || babyChild(doc, here, o) {
				continue
			}
			for _, p := range append(parentsIn(before, o), parentsIn(here, o)...) {
				if p != c && p < len(doc.Entities) && !doc.Entities[p].Unnamed && !slices.Contains(ps, p) {
					ps = append(ps, p)
				}
			}
		}
		if len(ps) == 0 || len(ps) > 2 {
			continue
		}
		for _, p := range ps {
			args := append(s.slab().argList(2), entArg(doc, p), entArg(doc, c))
			out = append(out, st.nounRaw(s, frames, siblingKinPattern, args, m.Span))
		}
	}
	return out
}

// babyChild reports whether person c is a child born in the last two
// years before the article, by an age under two or by the time of a
// parent_of fact of raws: the brother or sister of a grown person's new
// baby ("welcomed a daughter, Asha. ... runs a bakery with her sister")
// is the parent's, whom a possessive stands for more often than the baby.
func babyChild(doc *hearsay.Document, raws []*raw, c int) bool {
	if a := doc.Entities[c].Age; a != nil && a.Years < 2 {
		return true
	}
	for _, rw := range raws {
		a := rw.f.Args
		if rw.f.Type != "parent_of" || len(a) != 2 || a[1].Entity != c || rw.f.Time == nil {
			continue
		}
		t := rw.f.Time.Value
		if t == "" {
			t = rw.f.Time.Latest
		}
		if len(t) >= 4 && t[:4] >= doc.Date.AddDate(-2, 0, 0).Format("2006") {
			return true
		}
	}
	return false
}

// siblingDescription reports whether a description names someone's
// brother or sister: a possessive, up to two words of siblingmods, then a
// word of siblingnouns ("his sister", "Their younger brother", "Ana's
// big sister"); a half- or step-sibling is not the child of both parents.
func siblingDescription(desc string) bool {
	t := strings.TrimSpace(desc)
	last := t[strings.LastIndexAny(t, " \t\n")+1:]
	var room [24]byte
	if low, _ := text.AppendLowerASCII(room[:0], strings.TrimRight(last, ",.;:")); !siblingNouns[string(low)] {
		return false // no brother or sister at the end: spares splitting the text
	}
	ws := strings.Fields(strings.ToLower(desc))
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	if !possessives[ws[0]] && !strings.HasSuffix(ws[0], "'s") && !strings.HasSuffix(ws[0], "’s") {
		return false
	}
	for _, w := range ws[1 : len(ws)-1] {
		if !siblingMods[w] {
			return false
		}
	}
	return siblingNouns[strings.TrimRight(ws[len(ws)-1], ",.;:")]
}
