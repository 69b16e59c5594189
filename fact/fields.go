package fact

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/entity"
)

// A profile is a block of labelled lines about one person, headed by the
// person's name on a line of its own, as voter guides, candidate
// questionnaires and fact boxes lay them out:
//
//	MARTA VOSS
//	Age: 52
//	Occupation: Retired; bus driver for Ridge Transit, 1990-2020
//	Family: Husband, Tomas; two adult daughters
//
// The occupation field gives the person's occupation (after "Retired", the
// job they retired from); the family field gives a marriage ("Husband,
// Tomas"), a partner ("Partner, Ann Cole"), and the children it counts or
// names, of the person and of the spouse or partner named before them,
// timed by a child's age ("one daughter, 11"); the home field
// ("Residence: Ely, since 2016; previously Leeds") gives homes
// (homefields.go).

// occupationFields and familyFields are the labels of the fields read;
// retiredFields open an occupation field that names a past job;
// fieldStops end the job's words ("Nurse at Mercy Hospital").
var (
	occupationFields = wordSet("occupationfields")
	familyFields     = wordSet("familyfields")
	retiredFields    = wordSet("retiredfields")
	fieldStops       = wordSet("fieldstops")
)

// maxFieldLines is how many labelled lines a profile's name may stand
// above the field read.
const maxFieldLines = 12

// profileKin holds the relation nouns a family field opens a part with, by
// what they name, read from the entity package's kinship data.
type profileKin struct {
	spouse, partner map[string]bool
}

// occupationSet holds the occupations of the entity package's data.
var occupationSet = mustEntityWords(entity.Occupations)

// fieldKin holds the spouse and partner nouns of the kinship data.
var fieldKin = mustProfileKin()

// mustProfileKin reads fieldKin from the kinship classes.
func mustProfileKin() profileKin {
	classes, err := entity.KinClasses()
	if err != nil {
		panic(fmt.Errorf("fact: %w", err))
	}
	k := profileKin{spouse: map[string]bool{}, partner: map[string]bool{}}
	for _, w := range oneWord(classes["spouse"]) {
		k.spouse[w] = true
	}
	for _, w := range oneWord(classes["partner"]) {
		k.partner[w] = true
	}
	return k
}

// profileFacts reads the occupation and family fields of the profiles in
// the document. The fields speak in the article's voice.
func profileFacts(doc *hearsay.Document) []hearsay.Fact {
	var out []hearsay.Fact
	for si := range doc.Sentences {
		label, colon := fieldLabel(doc, si)
		if colon < 0 {
			continue
		}
		occ, fam, home := occupationFields[label], familyFields[label], homeFieldWords[label]
		if !occ && !fam && !home {
			continue
		}
		p := profileHead(doc, si)
		if p < 0 {
			continue
		}
		switch {
		case occ:
			out = append(out, occupationField(doc, si, colon, p)...)
		case fam:
			out = append(out, familyField(doc, si, colon, p)...)
		default:
			out = append(out, homeField(doc, si, colon, p)...)
		}
	}
	return out
}

// fieldLabel returns the label of sentence si, lowercased, and the index
// of the colon token after it, when the sentence opens with one to three
// capitalised words and a colon ("Occupation:", "In her words:"); colon is
// -1 otherwise.
func fieldLabel(doc *hearsay.Document, si int) (string, int) {
	s := doc.Sentences[si]
	end := min(s.EndToken, len(doc.Tokens), s.FirstToken+4)
	for k := s.FirstToken; k < end; k++ {
		t := doc.Tokens[k].Text
		if t == ":" {
			if k == s.FirstToken {
				return "", -1
			}
			return strings.ToLower(doc.Tokens[s.FirstToken].Text), k
		}
		if k == s.FirstToken && !startsUpper(t) || !isWordToken(t) {
			return "", -1
		}
	}
	return "", -1
}

// startsUpper reports whether w begins with an upper-case letter.
func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// isWordToken reports whether w is made of letters (and hyphens or
// apostrophes inside).
func isWordToken(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// profileHead returns the person whose name heads the profile that
// sentence si, a labelled line, belongs to: going back over labelled
// lines, the line of the name alone (with a parenthesis after it: "JOHN
// REED (incumbent)"); -1 when there is none.
func profileHead(doc *hearsay.Document, si int) int {
	for j := si - 1; j >= 0 && j >= si-maxFieldLines; j-- {
		if _, c := fieldLabel(doc, j); c >= 0 {
			continue
		}
		return nameLine(doc, j)
	}
	return -1
}

// nameLine returns the person named by sentence j when the sentence is
// that name alone, or the name and a parenthesis; -1 otherwise.
func nameLine(doc *hearsay.Document, j int) int {
	s := doc.Sentences[j]
	for ix := firstMentionAt(doc, s.Start); ix < len(doc.Mentions) && doc.Mentions[ix].Start == s.Start; ix++ {
		m := &doc.Mentions[ix]
		if m.Sentence != j {
			continue
		}
		if m.Entity < 0 || m.Entity >= len(doc.Entities) || m.Kind != hearsay.NameMention || doc.Entities[m.Entity].Type != hearsay.Person || m.End > s.End {
			return -1
		}
		rest := strings.TrimSpace(doc.Text[m.End:s.End])
		if rest == "" || strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")") {
			return m.Entity
		}
		return -1
	}
	return -1
}

// fieldParts splits the tokens of sentence si after the colon into the
// parts its semicolons divide, as [start, end) token ranges.
func fieldParts(doc *hearsay.Document, si, colon int) [][2]int {
	var out [][2]int
	end := min(doc.Sentences[si].EndToken, len(doc.Tokens))
	start := colon + 1
	for k := start; k <= end; k++ {
		if k == end || doc.Tokens[k].Text == ";" {
			if k > start {
				out = append(out, [2]int{start, k})
			}
			start = k + 1
		}
	}
	return out
}

// occupationField reads the job of an occupation field of person p: the
// words of its first part before a preposition or a comma, when the
// occupation list knows them or their last word ("Pediatric nurse at Mercy
// Hospital": pediatric nurse), after a part that only says the person has
// retired.
func occupationField(doc *hearsay.Document, si, colon, p int) []hearsay.Fact {
	for _, pt := range fieldParts(doc, si, colon) {
		if pt[1]-pt[0] == 1 && retiredFields[strings.ToLower(doc.Tokens[pt[0]].Text)] {
			continue // "Retired; plant manager at ...": the job retired from follows
		}
		words := make([]string, 0, 4)
		k := pt[0]
		for ; k < pt[1] && len(words) < 4; k++ {
			w := strings.ToLower(doc.Tokens[k].Text)
			if fieldStops[w] || !isWordToken(w) {
				break
			}
			words = append(words, w)
		}
		if len(words) == 0 || len(words) == 4 || !occupationSet[strings.Join(words, " ")] && !occupationSet[words[len(words)-1]] {
			return nil
		}
		sp := hearsay.Span{Start: doc.Tokens[pt[0]].Start, End: doc.Tokens[k-1].End}
		return []hearsay.Fact{fieldFact(doc, "occupation", []hearsay.Arg{entArg(doc, p), {Entity: -1, Literal: strings.Join(words, " ")}}, nil, si, sp)}
	}
	return nil
}

// fieldFact returns a fact read from a field of sentence si, in the
// article's voice.
func fieldFact(doc *hearsay.Document, typ string, args []hearsay.Arg, t *hearsay.FactTime, si int, trigger hearsay.Span) hearsay.Fact {
	return hearsay.Fact{Type: typ, Args: args, Time: t, Modality: hearsay.Asserted, Polarity: hearsay.Pos,
		Sentence: si, Evidence: []int{si}, Trigger: trigger, Rule: "profilefield"}
}

// familyField reads a family field of person p: "Husband, Luis" (married),
// "Partner, Ann Cole" (dating), and the children a part counts or names
// ("three children", "one daughter, 11", "Son, Tom"), children of p and of
// the spouse or partner named before them.
func familyField(doc *hearsay.Document, si, colon, p int) []hearsay.Fact {
	var out []hearsay.Fact
	other := -1 // the spouse or partner named
	for _, pt := range fieldParts(doc, si, colon) {
		first := strings.ToLower(doc.Tokens[pt[0]].Text)
		sp := hearsay.Span{Start: doc.Tokens[pt[0]].Start, End: doc.Tokens[pt[1]-1].End}
		named := personMentionIn(doc, doc.Tokens[pt[0]].Start, doc.Tokens[pt[1]-1].End, si)
		switch {
		case fieldKin.spouse[first] || fieldKin.partner[first]:
			if named < 0 || named == p || doc.Entities[named].Unnamed {
				continue
			}
			typ := "married"
			if fieldKin.partner[first] {
				typ = "dating"
			}
			other = named
			out = append(out, fieldFact(doc, typ, []hearsay.Arg{entArg(doc, p), entArg(doc, named)}, nil, si, sp))
		default:
			out = append(out, fieldChildren(doc, si, pt, p, other, named, sp)...)
		}
	}
	return out
}

// fieldChildren reads the children of part pt of a family field: a child
// named in it, else the children it counts, with the age after a comma
// giving the birth ("one daughter, 11"); parents p and, when known, other.
func fieldChildren(doc *hearsay.Document, si int, pt [2]int, p, other, named int, sp hearsay.Span) []hearsay.Fact {
	noun, count, age := -1, "", -1
	for k := pt[0]; k < pt[1]; k++ {
		w := strings.ToLower(doc.Tokens[k].Text)
		switch {
		case noun < 0 && (kinLex.child[w] || kinLex.child[singularKin(w)]):
			noun = k
			if k > pt[0] {
				if c := strings.ToLower(doc.Tokens[k-1].Text); childCounts[c] {
					count = c
				} else if k-2 >= pt[0] && childCounts[strings.ToLower(doc.Tokens[k-2].Text)] {
					count = strings.ToLower(doc.Tokens[k-2].Text) // "two adult sons"
				}
			}
		case noun >= 0 && doc.Tokens[k-1].Text == "," && age < 0:
			if n, err := strconv.Atoi(w); err == nil && n < 100 {
				age = n
			}
		}
	}
	if noun < 0 {
		return nil
	}
	child := named
	if child < 0 || child == p || child == other {
		child = unnamedIn(doc, si, sp)
	}
	if child < 0 {
		child = unnamedChildren(doc, p, count)
	}
	var t *hearsay.FactTime
	if age >= 0 && (count == "" || count == "one" || count == "1") {
		if b := BirthFromAge(age, doc.DateString()); b != nil {
			t = &hearsay.FactTime{Earliest: b.Earliest, Latest: b.Latest, Timex: -1}
			if e := &doc.Entities[child]; e.Birth == nil {
				e.Age, e.Birth = &hearsay.Age{Years: age, At: doc.DateString()}, b
			}
		}
	}
	out := []hearsay.Fact{fieldFact(doc, "parent_of", []hearsay.Arg{entArg(doc, p), entArg(doc, child)}, t, si, sp)}
	if other >= 0 {
		out = append(out, fieldFact(doc, "parent_of", []hearsay.Arg{entArg(doc, other), entArg(doc, child)}, t, si, sp))
	}
	return out
}

// singularKin returns a plural kin noun in the singular ("sons",
// "children", "daughters"); other words unchanged.
func singularKin(w string) string {
	switch {
	case strings.HasSuffix(w, "children"):
		return strings.TrimSuffix(w, "ren")
	case strings.HasSuffix(w, "s"):
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// unnamedIn returns the unnamed person the mention stage read within span
// sp of sentence si ("three children"), -1 when there is none.
func unnamedIn(doc *hearsay.Document, si int, sp hearsay.Span) int {
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Sentence == si && m.Entity >= 0 && m.Entity < len(doc.Entities) && m.Start >= sp.Start && m.End <= sp.End && doc.Entities[m.Entity].Unnamed && doc.Entities[m.Entity].Type == hearsay.Person {
			return m.Entity
		}
	}
	return -1
}

// unknownJob reports whether a match of a pattern with option job names an
// occupation the occupation list knows neither whole nor by its last word
// ("I'm a marine engineer", not "I'm a big fan"), or gives it to a group,
// or one with option self has someone other than "I" as its person (the
// mention stage reads the descriptions of names and of the other
// pronouns).
func unknownJob(s *sent, p *pattern, b *binding) bool {
	if !p.has("job") {
		return false
	}
	a := b.slots[slotA]
	u := s.unitAt(a.span.Start)
	if !a.set || u < 0 || len(s.units[u].ents) > 1 || p.has("self") && s.units[u].word != "i" {
		return true // a job is one person's, never a group's ("X, a nurse, and his wife Y (née Z), a teacher")
	}
	o := b.slots[slotOcc]
	if !o.set || o.lit == "" {
		return true
	}
	if occupationSet[o.lit] {
		return false
	}
	i := strings.LastIndexByte(o.lit, ' ')
	return i < 0 || !occupationSet[o.lit[i+1:]]
}

// nonTrade reports whether a match of an occupation pattern reads as the
// trade a description that ends with an honour won or an office held (data
// classes.tsv nontrades): "the former Olympic bronze medallist X", "the
// former Europe minister X" tell no trade. A noun of class barenontrades
// tells none when it is the whole description ("X, a former Ireland
// international": a cap won for a national side, of no sport named) but
// keeps the trade the sport before it names ("a former volleyball
// international").
func nonTrade(p *pattern, b *binding) bool {
	if p.typ != "occupation" {
		return false
	}
	o := b.slots[slotOcc]
	if !o.set || o.lit == "" {
		return false
	}
	return nonTrades[o.lit[strings.LastIndexByte(o.lit, ' ')+1:]] || bareNonTrades[o.lit]
}

// nonTrades and bareNonTrades are the nouns of nonTrade (data/classes.tsv).
var (
	nonTrades     = wordSet("nontrades")
	bareNonTrades = wordSet("barenontrades")
)

// withoutCountryPartners drops the relations between two people (married,
// dating, ...) one of whom bears the name of a country: a club "linked
// with" a player's country in a transfer story is no couple, whatever the
// mention stage took the names for.
func withoutCountryPartners(doc *hearsay.Document, facts []hearsay.Fact, countries map[string]bool) []hearsay.Fact {
	out := facts[:0]
	for _, f := range facts {
		if isRelation(f.Type) && countryNamed(doc, f.Args, countries) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// givenCountries are the names of countries that are given names too
// ("Georgia", "Jordan").
var givenCountries = wordSet("givencountries")

// countryNamed reports whether an argument is an entity named exactly as a
// country is, other than one that is a given name too.
func countryNamed(doc *hearsay.Document, args []hearsay.Arg, countries map[string]bool) bool {
	for _, a := range args {
		if a.Entity < 0 || a.Entity >= len(doc.Entities) {
			continue
		}
		if n := doc.Entities[a.Entity].Name; inLower(countries, n) && !inLower(givenCountries, n) {
			return true
		}
	}
	return false
}

// withoutCountedNamed drops the parent_of facts of an unnamed group of
// children ("They have two daughters.") that the sentences right after
// name one by one by their place among siblings ("The elder, Karen, is a
// paediatrician"): the children are the named ones, and their parents
// those the siblings' reading found.
func withoutCountedNamed(doc *hearsay.Document, facts []hearsay.Fact) []hearsay.Fact {
	var named []int // sentences that name a child by its place among siblings
	for i := range facts {
		if facts[i].Type == "parent_of" && facts[i].Rule == siblingPattern.line {
			named = append(named, facts[i].Sentence)
		}
	}
	if len(named) == 0 {
		return facts
	}
	out := facts[:0]
	for _, f := range facts {
		if f.Type == "parent_of" && len(f.Args) == 2 && f.Args[1].Entity >= 0 && f.Args[1].Entity < len(doc.Entities) &&
			doc.Entities[f.Args[1].Entity].Unnamed && childrenNamedNext(named, f.Sentence) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// childrenNamedNext reports whether one of the sentences named comes one or two
// sentences after sentence si.
func childrenNamedNext(named []int, si int) bool {
	for _, n := range named {
		if n > si && n <= si+2 {
			return true
		}
	}
	return false
}

// coupleThey reads "They" opening sentence s as the couple whose marriage,
// engagement or romance the sentence before told ("She is married to X, a
// teacher. They have three children"), when the mention stage grouped two
// other people under it.
func coupleThey(s *sent, raws []*raw) {
	if len(s.units) == 0 || s.units[0].word != "they" || s.units[0].mkind != kindPronoun && s.units[0].mkind != kindGroup || len(s.units[0].ents) != 2 {
		return
	}
	for i := len(raws) - 1; i >= 0 && raws[i].s != nil && raws[i].s.idx >= s.idx-1; i-- {
		f := raws[i].f
		if raws[i].s.idx != s.idx-1 || raws[i].echo || f.Polarity != hearsay.Pos || len(f.Args) != 2 || f.Args[0].Entity < 0 || f.Args[1].Entity < 0 {
			continue
		}
		switch f.Type {
		case "married", "engaged", "dating":
		default:
			continue
		}
		x := &s.units[0]
		a, b := min(f.Args[0].Entity, f.Args[1].Entity), max(f.Args[0].Entity, f.Args[1].Entity)
		if min(x.ents[0], x.ents[1]) != a || max(x.ents[0], x.ents[1]) != b {
			x.ents = append(s.slab().intList(2), a, b)
		}
		return
	}
}
