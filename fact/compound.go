package fact

import (
	"sort"
	"strings"
	"unicode"

	hearsay "github.com/hearsay-news/hearsay"
)

// compoundFacts reads residences and nationalities told by a hyphenated
// description (data/compounds.tsv): "the Nashville-based singer",
// "Texas-raised director Dev Arlen", "Oslo-bred". The
// description is the article's own words.
func (st *Stage) compoundFacts(doc *hearsay.Document) []hearsay.Fact {
	var out []hearsay.Fact
	hyphened := true // every suffix has a hyphen: a word without one ends with none
	for _, c := range st.r.compounds {
		hyphened = hyphened && strings.Contains(c.suffix, "-")
	}
	if !hyphened {
		for ti := range doc.Tokens {
			if f, ok := st.compoundAt(doc, ti); ok {
				out = append(out, f)
			}
		}
		return out
	}
	// only the tokens over a hyphen of the text (a token's text is the
	// text of its span) are read, each once, in order
	last := -1
	for off := strings.IndexByte(doc.Text, '-'); off >= 0; {
		ti := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].End > off })
		if ti < len(doc.Tokens) && ti != last && doc.Tokens[ti].Start <= off && hasByte(doc.Tokens[ti].Text, '-') {
			last = ti
			if f, ok := st.compoundAt(doc, ti); ok {
				out = append(out, f)
			}
		}
		next := strings.IndexByte(doc.Text[off+1:], '-')
		if next < 0 {
			break
		}
		off += 1 + next
	}
	return out
}

// compoundTown returns the capitalised name before the suffix of the
// hyphenated word at token ti (suffix bytes long), with the capitalised
// words right before it ("a New York-based designer" names New York), when
// no place mention covers it because the description itself was read as a
// mention of the person ("Berg, a Leeds-based architect,"). It returns ""
// when the word starts with no capital. It also returns the index of the
// name's first token.
func compoundTown(doc *hearsay.Document, ti, suffix int) (string, int) {
	tok := &doc.Tokens[ti]
	if len(tok.Text) <= suffix {
		return "", ti
	}
	name, first := tok.Text[:len(tok.Text)-suffix], ti
	if r := []rune(name); !unicode.IsUpper(r[0]) {
		return "", ti
	}
	for j := ti - 1; j >= 0 && j >= ti-2; j-- {
		prev := &doc.Tokens[j]
		r := []rune(prev.Text)
		if prev.Sentence != tok.Sentence || len(r) == 0 || !unicode.IsUpper(r[0]) || determiners[strings.ToLower(prev.Text)] || sentenceStart(doc, j) {
			break
		}
		name, first = prev.Text+" "+name, j
	}
	return name, first
}

// sentenceStart reports whether token j opens its sentence.
func sentenceStart(doc *hearsay.Document, j int) bool {
	return j == 0 || doc.Tokens[j-1].Sentence != doc.Tokens[j].Sentence
}

// compoundAt reads the fact a hyphenated description at token ti tells
// (see compoundFacts), if it tells one.
func (st *Stage) compoundAt(doc *hearsay.Document, ti int) (hearsay.Fact, bool) {
	tok := &doc.Tokens[ti]
	w := strings.ToLower(tok.Text)
	for _, c := range st.r.compounds {
		stem, ok := strings.CutSuffix(w, c.suffix)
		if !ok || stem == "" {
			continue
		}
		typ, place, country, town, first := "", -1, "", "", ti
		n, nation := st.r.nations[stem]
		if e := placeAt(doc, tok.Span); e >= 0 && c.placeType != "" {
			typ, place = c.placeType, e
		} else if nation && c.nationType != "" {
			typ, country = c.nationType, n
		} else if town, first = compoundTown(doc, ti, len(c.suffix)); town != "" && !nation && c.placeType != "" {
			typ = c.placeType
		}
		if typ == "" {
			continue
		}
		p := describedPerson(doc, first)
		if p < 0 {
			continue
		}
		switch {
		case place >= 0:
		case town != "":
			place = countryEntity(doc, town)
		default:
			place = countryEntity(doc, country)
		}
		return hearsay.Fact{Type: typ, Args: []hearsay.Arg{entArg(doc, p), entArg(doc, place)},
			Modality: hearsay.Asserted, Polarity: hearsay.Pos, Sentence: tok.Sentence, Evidence: []int{tok.Sentence},
			Trigger: tok.Span, Rule: "compound" + c.suffix}, true
	}
	return hearsay.Fact{}, false
}

// hasByte reports whether w holds byte c: for the short words of a text,
// a plain loop costs less than the search strings.Contains sets up.
func hasByte(w string, c byte) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == c {
			return true
		}
	}
	return false
}

// placeAt returns the place entity of a mention that covers sp, or -1.
func placeAt(doc *hearsay.Document, sp hearsay.Span) int {
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Entity >= 0 && m.Overlaps(sp) && doc.Entities[m.Entity].Type == hearsay.Place {
			return m.Entity
		}
	}
	return -1
}

// personMentionAt returns the person a mention starting (start) or ending
// (!start) at offset off stands for, or -1.
func personMentionAt(doc *hearsay.Document, off int, start bool) int {
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Entity < 0 || doc.Entities[m.Entity].Type != hearsay.Person || m.Kind == hearsay.PronounMention {
			continue
		}
		if start && m.Start == off || !start && m.End == off {
			return m.Entity
		}
	}
	return -1
}

// firstMentionAt returns the index of the first mention of the document
// that starts at or after offset off (the mention stage orders them by
// start), len(doc.Mentions) when none does.
func firstMentionAt(doc *hearsay.Document, off int) int {
	return sort.Search(len(doc.Mentions), func(i int) bool { return doc.Mentions[i].Start >= off })
}

// describedPerson returns the person the description at token ti is about:
// the person mention that contains it ("the Nashville-based singer"), the
// name right after it and its job words ("Texas-raised director Dev Arlen"),
// or the name before it in an appositive ("Quell, the Nashville-based
// singer", also past an age: "Quell, 34, a mother-of-two"). It returns -1 when there is none, or when a mention of anything
// but a person holds it ("the Pittsburgh-based company").
func describedPerson(doc *hearsay.Document, ti int) int {
	tok := doc.Tokens[ti]
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Entity < 0 || m.Kind == hearsay.PronounMention || !m.Contains(tok.Span) {
			continue
		}
		switch doc.Entities[m.Entity].Type {
		case hearsay.Person:
		case hearsay.Place:
			continue // the compound's own place ("Nashville-based")
		default:
			return -1 // "the Pittsburgh-based company": it describes the company
		}
		return m.Entity
	}
	for j := ti + 1; j < len(doc.Tokens) && j <= ti+4 && doc.Tokens[j].Sentence == tok.Sentence; j++ {
		if p := personMentionAt(doc, doc.Tokens[j].Start, true); p >= 0 {
			return p
		}
		if listedCompound(doc, j) {
			continue // "the Berlin-based, Leeds-born artist Jodie Marsh"
		}
		if !lowerWord(doc.Tokens[j].Text) || clauseVerb(doc.Tokens[j]) {
			break // "the Dublin-based firm hired Ravi Chandran": the firm is what it describes
		}
	}
	k := compoundsBefore(doc, ti-1)
	if k >= 0 && determiners[strings.ToLower(doc.Tokens[k].Text)] {
		k--
	}
	if k >= 1 && doc.Tokens[k].Text == "," && doc.Tokens[k].Sentence == tok.Sentence {
		if p := personMentionAt(doc, doc.Tokens[k-1].End, false); p >= 0 || k < 3 {
			return p
		}
		return agedPersonBefore(doc, k-1)
	}
	return -1
}

// compoundsBefore returns the index of the token before the hyphenated
// descriptions listed before a description, k being the token right before
// it: the words "a Manchester-born," stand between "Jodie Marsh," and
// "Berlin-based artist", and k is returned unchanged when no such list
// ends at it.
func compoundsBefore(doc *hearsay.Document, k int) int {
	for k >= 1 && (doc.Tokens[k].Text == "," || doc.Tokens[k].Text == "and") && doc.Tokens[k-1].Sentence == doc.Tokens[k].Sentence {
		w := doc.Tokens[k-1].Text
		if !hasByte(w, '-') || !unicode.IsUpper([]rune(w)[0]) {
			break
		}
		k -= 2
	}
	return k
}

// listedCompound reports whether token j is a hyphenated description
// that starts with a capital, or a comma or "and" before one, in a list of
// them before a name ("the Berlin-based, Leeds-born artist Jodie Marsh").
func listedCompound(doc *hearsay.Document, j int) bool {
	w := doc.Tokens[j].Text
	if (w == "," || w == "and") && j+1 < len(doc.Tokens) {
		w = doc.Tokens[j+1].Text
	}
	return hasByte(w, '-') && unicode.IsUpper([]rune(w)[0])
}

// clauseVerb reports whether the token is a verb or an auxiliary, which ends
// the job words between a description and the name it describes.
func clauseVerb(tok hearsay.Token) bool {
	return tok.UPOS == "VERB" || tok.UPOS == "AUX"
}

// agedPersonBefore returns the person named before the age at token ti in
// an appositive ("Ruddle, 34, a mother-of-three from Hull"), -1 when token
// ti is no age with a comma and a name before it.
func agedPersonBefore(doc *hearsay.Document, ti int) int {
	if ti < 2 || !allDigits(doc.Tokens[ti].Text) || doc.Tokens[ti-1].Text != "," ||
		doc.Tokens[ti-1].Sentence != doc.Tokens[ti].Sentence {
		return -1
	}
	return personMentionAt(doc, doc.Tokens[ti-2].End, false)
}

// lowerWord reports whether s is a lowercase word ("singer", "award-winning").
func lowerWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return s != ""
}

// addNew appends the facts of more whose type and arguments are not in facts.
func addNew(facts, more []hearsay.Fact) []hearsay.Fact {
	if len(more) == 0 {
		return facts
	}
	seen := map[string]bool{}
	for _, f := range facts {
		seen[argKey(f)] = true
	}
	for _, f := range more {
		if k := argKey(f); !seen[k] {
			seen[k] = true
			facts = append(facts, f)
		}
	}
	return facts
}

// dualCitizenFacts reads the two nationalities of a dual citizen told by a
// hyphenated pair of nationality words before "citizen" or "national" ("X,
// a dual British-American citizen,", "British-Irish national X"): the
// person described holds both. A pair before another noun ("a
// British-American actor") may tell descent and gives none.
func (st *Stage) dualCitizenFacts(doc *hearsay.Document) []hearsay.Fact {
	var out []hearsay.Fact
	for ti := 0; ti+1 < len(doc.Tokens); ti++ {
		tok := &doc.Tokens[ti]
		if !hasByte(tok.Text, '-') || !citizenNoun(doc, ti+1) {
			continue
		}
		first, second, ok := strings.Cut(strings.ToLower(tok.Text), "-")
		a, okA := st.r.nations[first]
		b, okB := st.r.nations[second]
		if !ok || !okA || !okB || a == b {
			continue
		}
		at := ti
		if ti > 0 && strings.EqualFold(doc.Tokens[ti-1].Text, "dual") {
			at = ti - 1
		}
		p := describedPerson(doc, at)
		if p < 0 {
			continue
		}
		for _, country := range []string{a, b} {
			out = append(out, hearsay.Fact{Type: "nationality", Args: []hearsay.Arg{entArg(doc, p), entArg(doc, countryEntity(doc, country))},
				Modality: hearsay.Asserted, Polarity: hearsay.Pos, Sentence: tok.Sentence, Evidence: []int{tok.Sentence},
				Trigger: tok.Span, Rule: "dual-citizen"})
		}
	}
	return out
}

// citizenNoun reports whether token ti, in the sentence of the token before
// it, is a noun of citizenship ("citizen", "national").
func citizenNoun(doc *hearsay.Document, ti int) bool {
	if ti >= len(doc.Tokens) || doc.Tokens[ti].Sentence != doc.Tokens[ti-1].Sentence {
		return false
	}
	w := doc.Tokens[ti].Text
	return strings.EqualFold(w, "citizen") || strings.EqualFold(w, "national") || strings.EqualFold(w, "passport-holder")
}

// parentNationalFacts reads the nationality of a parent the text leaves
// unnamed but describes by it ("born in Bergen to a Norwegian mother and a
// Nigerian father"): the parent of a parent_of fact whose description holds
// a nationality word before a noun of a parent.
func (st *Stage) parentNationalFacts(doc *hearsay.Document, facts []hearsay.Fact) []hearsay.Fact {
	var out []hearsay.Fact
	for i := range facts {
		f := &facts[i]
		if f.Type != "parent_of" || len(f.Args) < 1 || f.Args[0].Entity < 0 || f.Polarity != hearsay.Pos {
			continue
		}
		e := &doc.Entities[f.Args[0].Entity]
		if !e.Unnamed {
			continue
		}
		for _, mi := range e.Mentions {
			m := &doc.Mentions[mi]
			country := st.parentNation(strings.Fields(strings.ToLower(m.Text)))
			if country == "" {
				continue
			}
			out = append(out, hearsay.Fact{Type: "nationality", Args: []hearsay.Arg{entArg(doc, f.Args[0].Entity), entArg(doc, countryEntity(doc, country))},
				Modality: f.Modality, Polarity: hearsay.Pos, Sentence: f.Sentence, Evidence: f.Evidence, Trigger: m.Span, Rule: "parent-nationality"})
			break
		}
	}
	return out
}

// parentNation returns the country of a nationality word right before a
// noun of a parent in words ("an italian father"), "" when there is none.
func (st *Stage) parentNation(words []string) string {
	for i := 0; i+1 < len(words); i++ {
		if !describedParents[words[i+1]] {
			continue
		}
		if c, ok := st.r.nations[words[i]]; ok {
			return c
		}
	}
	return ""
}

// describedParents are the nouns of a parent a description of one ends with.
var describedParents = map[string]bool{"father": true, "mother": true, "dad": true, "mum": true, "mom": true}

// turnedFacts reads the two trades of a hyphenated "X-turned-Y" description
// ("the banker-turned-novelist Owen Darke", "Darke, an actor-turned-director,",
// "Darke is a footballer-turned-pundit"): the person had the first trade and
// has the second, when the occupation list knows both.
func (st *Stage) turnedFacts(doc *hearsay.Document) []hearsay.Fact {
	var out []hearsay.Fact
	for ti := range doc.Tokens {
		tok := &doc.Tokens[ti]
		if !hasByte(tok.Text, '-') || !strings.Contains(tok.Text, "-turned-") {
			continue // only a hyphenated word is lowered
		}
		before, after, ok := strings.Cut(strings.ToLower(tok.Text), "-turned-")
		if !ok || !knownTrade(before) || !knownTrade(after) {
			continue
		}
		p := describedPerson(doc, ti)
		if p < 0 {
			p = copulaPerson(doc, ti) // "Darke is an actor-turned-director"
		}
		if p < 0 {
			continue
		}
		for _, trade := range []string{before, after} {
			out = append(out, hearsay.Fact{Type: "occupation", Args: []hearsay.Arg{entArg(doc, p), {Entity: -1, Literal: trade}},
				Modality: hearsay.Asserted, Polarity: hearsay.Pos, Sentence: tok.Sentence, Evidence: []int{tok.Sentence},
				Trigger: tok.Span, Rule: "turned-trade"})
		}
	}
	return out
}

// knownTrade reports whether w, one word, is an occupation the list knows.
func knownTrade(w string) bool {
	return w != "" && !strings.Contains(w, " ") && occupationSet[w]
}
