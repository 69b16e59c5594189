package fact

import (
	"sort"
	"strings"

	"github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/text"
)

// The rules of the family a death notice lists without naming whose it is.
var (
	noticeChildPattern = &pattern{typ: "parent_of", opts: options{{"trigger", "noun"}}, line: "a child or parent in a death notice"}
)

// Word lists of death notices (data/classes.tsv).
var (
	noticeKinAdjs   = wordSet("noticekinadjs")   // "beloved", "loving", "dear", "devoted"
	noticeKinCues   = wordSet("noticekincues")   // "predeceased", "survived", "missed", "regretted"
	noticeKinSpouse = wordSet("noticekinspouse") // "husband", "wife", "widow"
	noticeKinParent = wordSet("noticekinparent") // "father", "mother", "mum"
	noticeKinChild  = wordSet("noticekinchild")  // "son", "daughters", "children"
	noticeDeathCues = wordSet("noticedeathcues") // "peacefully", "predeceased", "reposing"
)

// noticeKinBack is how many sentences before a notice's family sentence
// the person whose death the notice tells may be named.
const noticeKinBack = 4

// noticeKin reads the family of a death notice told in sentences with no
// subject, which belong to the person whose death the notice reports:
// "The death has occurred of Patrick Doyle, Ballymun. Beloved husband of
// Kathleen and dear father of Sinead, Declan and Ciaran.", "Predeceased by
// her husband Denis. Sadly missed by her loving sons Michael and John,
// daughter Mary ...". The sentence must open with the family (an
// adjective of affection and a kin noun, or a cue such as "predeceased
// by", "sadly missed by") and name no one outside it; the dead person is
// the first person named, not as someone's relative, in the nearest
// sentence before it, in its paragraph, that is not such a list, and a word of death
// (data/classes.tsv noticedeathcues, deathwords) must come between.
// "father of Sinead" makes Sinead a child, "daughter of Tom" Tom a parent,
// "sons Michael and John" the dead person's own; a spouse ("husband of
// Kathleen") gives no fact here, where a wrong reading of the notice's
// subject would wed strangers, and "her son Kevin", with its pronoun, is
// left to the patterns.
func (st *Stage) noticeKin(s *sent, frames []*frame) []*raw {
	first, ok := noticeKinOpening(s)
	if !ok {
		return nil
	}
	d := noticeDeceased(s.doc, s.idx)
	if d < 0 {
		return nil
	}
	lo, hi := paragraphOf(s.doc, s.idx)
	var out []*raw
	rel := "" // the kin noun the names now read belong to: "parent", "child", "other" (no fact of ours)
	of := false
	for k := first; k < len(s.units); k++ {
		x := &s.units[k]
		if x.ment >= 0 {
			if x.mkind == kindPronoun {
				continue // "her loving sons": the dead person's
			}
			if x.mkind != kindName || len(x.ents) != 1 {
				return out
			}
			if rel == "" && x.etype == entPerson {
				return nil // someone named outside the family: the sentence has a subject of its own
			}
			if rel == "" || rel == "other" {
				continue // "brother of Tom": no fact of ours
			}
			e := x.ents[0]
			if e == d || !mentionedOnlyIn(s.doc, e, lo, hi) {
				continue // a relative's given name taken for someone named in another notice of the page
			}
			out = append(out, st.noticeKinRaw(s, frames, d, e, rel, of, x.Span))
			continue
		}
		w := x.word
		if finiteVerbAt(s.doc, x.Start) {
			return nil // "Daughter of the late Tom Egan, Ann Egan grew up in Dingle": a clause with a subject of its own
		}
		switch {
		case w == "," || w == "and" || w == "the" || w == "late" || w == "(" || w == ")":
		case w == ";" || w == ":":
			rel = ""
		case w == "of":
			of = rel != ""
		case k > 0 && s.units[k-1].mkind == kindPronoun && (noticeKinParent[w] || noticeKinChild[w]):
			rel = "other" // "her son Kevin": the patterns read it, of the person the pronoun stands for
		case noticeKinParent[w]:
			rel, of = "parent", false
		case noticeKinChild[w]:
			rel, of = "child", false
		case kinLex.relative[w] || kinLex.rel[w] || strings.Contains(w, "-in-law"):
			rel = "other" // "grandchildren", "brother", "sons-in-law", "partner"
		default:
			rel = ""
		}
	}
	return out
}

// noticeKinRaw is the fact that names e as the kin rel of the dead person
// d: told "of" e, the relation is turned ("father of Sinead": Sinead is
// d's child).
func (st *Stage) noticeKinRaw(s *sent, frames []*frame, d, e int, rel string, of bool, span hearsay.Span) *raw {
	parent, child := d, e
	if rel == "parent" && !of || rel == "child" && of {
		parent, child = e, d // "her father John", "daughter of Tom"
	}
	args := append(s.slab().argList(2), entArg(s.doc, parent), entArg(s.doc, child))
	return st.nounRaw(s, frames, noticeChildPattern, args, span)
}

// noticeKinOpening reports whether the sentence opens a death notice's
// list of family with no subject before it ("Beloved husband of ...",
// "Wife of the late Jack; mother of ...", "Predeceased by her husband
// Denis.", "Sadly missed by her loving sons ..."), and the unit its list
// starts at.
func noticeKinOpening(s *sent) (int, bool) {
	k := 0
	for k < len(s.units) && s.units[k].ment < 0 && (noticeKinAdjs[s.units[k].word] || s.units[k].word == "and") {
		k++ // "Beloved", "Much loved", "Dearly loved", "Sadly", "will be"
	}
	if k >= len(s.units) || s.units[k].ment >= 0 {
		return 0, false
	}
	w := s.units[k].word
	if noticeKinSpouse[w] || noticeKinParent[w] || noticeKinChild[w] {
		return k, k+1 < len(s.units) && s.units[k+1].word == "of"
	}
	if noticeKinCues[w] && k+1 < len(s.units) && s.units[k+1].word == "by" {
		return k + 2, true
	}
	return 0, false
}

// noticeDeceased returns the person whose death the notice that sentence
// si belongs to reports: the first person named, not right after a kin
// noun, in the nearest sentence of the noticeKinBack before it that does
// not itself list family, provided a word of death stands in it or
// between it and si; -1 when there is none.
func noticeDeceased(doc *hearsay.Document, si int) int {
	death := false
	for k := si; k >= 0 && k >= si-noticeKinBack; k-- {
		sen := &doc.Sentences[k]
		if k < si && strings.Contains(doc.Text[sen.End:doc.Sentences[k+1].Start], "\n") {
			return -1 // a notice is one paragraph: the one before is another's
		}
		death = death || noticeTellsDeath(doc, sen)
		if k == si || noticeListsKin(doc, sen) {
			continue
		}
		p := firstUnrelatedPerson(doc, k)
		if p < 0 {
			continue
		}
		if !death {
			return -1
		}
		return p
	}
	return -1
}

// noticeTellsDeath reports whether a word of the sentence tells a death
// or belongs to a death notice ("peacefully", "predeceased").
func noticeTellsDeath(doc *hearsay.Document, sen *hearsay.Sentence) bool {
	var buf [24]byte
	for t := sen.FirstToken; t < sen.EndToken && t < len(doc.Tokens); t++ {
		if inAnySet(appendLower(buf[:0], doc.Tokens[t].Text), deathWords, noticeDeathCues) {
			return true
		}
	}
	return false
}

// noticeListsKin reports whether the sentence opens with a list of family
// as noticeKinOpening reads one, from its tokens.
func noticeListsKin(doc *hearsay.Document, sen *hearsay.Sentence) bool {
	var buf [24]byte
	t := sen.FirstToken
	for t < sen.EndToken && t < len(doc.Tokens) {
		w := appendLower(buf[:0], doc.Tokens[t].Text)
		if !noticeKinAdjs[string(w)] && string(w) != "and" {
			break
		}
		t++
	}
	if t+1 >= sen.EndToken || t+1 >= len(doc.Tokens) {
		return false
	}
	w := appendLower(buf[:0], doc.Tokens[t].Text)
	next := strings.ToLower(doc.Tokens[t+1].Text)
	if inAnySet(w, noticeKinSpouse, noticeKinParent, noticeKinChild) {
		return next == "of"
	}
	return noticeKinCues[string(w)] && next == "by"
}

// firstUnrelatedPerson returns the entity of the first person named in
// sentence si whose name no kin noun stands right before ("her husband
// Denis", "sons Michael and John"), or -1.
func firstUnrelatedPerson(doc *hearsay.Document, si int) int {
	sen := &doc.Sentences[si]
	var buf [24]byte
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Sentence != si || m.Kind != hearsay.NameMention || m.Type != hearsay.Person || m.Entity < 0 {
			continue
		}
		t := tokenAt(doc, m.Start)
		related := false
		for b := t - 1; b >= sen.FirstToken && b >= t-2; b-- {
			if inAnySet(appendLower(buf[:0], doc.Tokens[b].Text), noticeKinSpouse, noticeKinParent, noticeKinChild, kinLex.relative, kinLex.rel) {
				related = true
			}
		}
		if !related {
			return m.Entity
		}
	}
	return -1
}

// tokenAt returns the index of the token that starts at offset off, or of
// the first token after it.
func tokenAt(doc *hearsay.Document, off int) int {
	return sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= off })
}

// paragraphOf returns the first sentence of the paragraph of sentence si
// and one past its last: sentences with no paragraph break between them
// (text.ParagraphBreak).
func paragraphOf(doc *hearsay.Document, si int) (int, int) {
	lo, hi := si, si+1
	for lo > 0 && !text.ParagraphBreak(doc, doc.Sentences[lo-1].End, doc.Sentences[lo].Start) {
		lo--
	}
	for hi < len(doc.Sentences) && !text.ParagraphBreak(doc, doc.Sentences[hi-1].End, doc.Sentences[hi].Start) {
		hi++
	}
	return lo, hi
}

// mentionedOnlyIn reports whether every mention of entity e lies in the
// sentences lo to hi-1.
func mentionedOnlyIn(doc *hearsay.Document, e, lo, hi int) bool {
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Entity == e && (m.Sentence < lo || m.Sentence >= hi) {
			return false
		}
	}
	return true
}

// finiteVerbAt reports whether the token at offset off is a finite verb or
// a modal, which a notice's list of family has none of.
func finiteVerbAt(doc *hearsay.Document, off int) bool {
	t := tokenAt(doc, off)
	if t >= len(doc.Tokens) {
		return false
	}
	switch doc.Tokens[t].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// countyHomes reads the address that follows a name in Irish notices and
// reports: a town and its county written "Co." or "County" ("Denis
// Fitzgerald, Knocknagoshel, Co. Kerry, peacefully at home", "Mary Keane,
// Main Street, Macroom, Co Cork"): the town, the last place before the
// county, past a street, is the person's home.
func countyHomes(doc *hearsay.Document) []hearsay.Fact {
	var out []hearsay.Fact
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Kind != hearsay.NameMention || m.Type != hearsay.Person || m.Entity < 0 {
			continue
		}
		town, end := addressTown(doc, i)
		if town < 0 {
			continue
		}
		out = append(out, hearsay.Fact{Type: "residence", Args: []hearsay.Arg{entArg(doc, m.Entity), entArg(doc, town)},
			Modality: hearsay.Asserted, Polarity: hearsay.Pos, Sentence: m.Sentence, Evidence: []int{m.Sentence},
			Trigger: hearsay.Span{Start: m.End, End: end}, Rule: "a town and its county after a name"})
	}
	return out
}

// addressTown returns the town of the address right after person mention
// pi ("X, Town, Co. County", "X (née Y), 12 Main Street, Town, County
// Kerry") and the end of the county's name, or -1: place names joined by
// commas, the last a county, in the same sentence.
func addressTown(doc *hearsay.Document, pi int) (int, int) {
	m := &doc.Mentions[pi]
	at := m.End
	if rest := doc.Text[at:]; strings.HasPrefix(rest, " (") {
		if j := strings.IndexByte(rest, ')'); j > 0 && j < 40 {
			at += j + 1 // "(née O'Sullivan)", "(Nance)"
		}
		for strings.HasPrefix(doc.Text[at:], " ") && at+1 < len(doc.Text) && isUpperASCII(doc.Text[at+1]) {
			j := strings.IndexAny(doc.Text[at+1:], " ,")
			if j < 0 {
				return -1, 0
			}
			at += 1 + j // "Hannah (Nance) Moriarty": the surname after the familiar name
		}
	}
	town := -1
	for k := 0; k < 4; k++ {
		rest := doc.Text[at:]
		if !strings.HasPrefix(rest, ", ") {
			return -1, 0
		}
		n := mentionAt(doc, tokenAt(doc, at+2), m.Sentence)
		if n < 0 {
			return -1, 0
		}
		o := &doc.Mentions[n]
		if o.Type != hearsay.Place && o.Type != hearsay.Org || o.Entity < 0 {
			return -1, 0
		}
		name := doc.Text[o.Start:o.End]
		if strings.HasPrefix(name, "Co ") || strings.HasPrefix(name, "Co. ") || strings.HasPrefix(name, "County ") {
			return town, o.End
		}
		if o.Type == hearsay.Place && !streetName(name) {
			town = o.Entity
		}
		at = o.End
	}
	return -1, 0
}

// isUpperASCII reports whether b is an ASCII capital letter.
func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }

// inAnySet reports whether the word w is in one of the sets.
func inAnySet(w []byte, sets ...map[string]bool) bool {
	for _, set := range sets {
		if set[string(w)] {
			return true
		}
	}
	return false
}
