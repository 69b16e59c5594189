package fact

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/lexicon"
)

// nominalPattern is the rule of memberships read from descriptions.
var nominalPattern = &pattern{typ: "member_of", opts: options{{"trigger", "noun"}, {"state", ""}}, line: "membership in a description"}

// nominalMembers reads memberships from the descriptions the mention stage
// keeps as one mention of a person, whose words no pattern sees: a party's
// name or adjective before a noun of politics ("Gareth Lowe, a Labour MP",
// "the Democratic congresswoman"), or an organisation named before a noun
// of a band's or a team's member ("the Static Harbor frontman").
func (st *Stage) nominalMembers(s *sent, frames []*frame) []*raw {
	return st.fromDescriptions(s, frames, nominalPattern, func(m *hearsay.Mention) (hearsay.Arg, bool) {
		return st.describedOrg(s.doc, m)
	})
}

// nominalNationalPattern is the rule of nationalities read from
// descriptions.
var nominalNationalPattern = &pattern{typ: "nationality", opts: options{{"trigger", "noun"}, {"country", ""}}, line: "national side in a description"}

// nominalNationals reads the nationality a description kept whole tells
// by a country named before a place in its national side ("the
// 24-year-old Poland striker"): a player of a national side is one of its
// nationals.
func (st *Stage) nominalNationals(s *sent, frames []*frame) []*raw {
	return st.fromDescriptions(s, frames, nominalNationalPattern, func(m *hearsay.Mention) (hearsay.Arg, bool) {
		last, more := lastDescWord(m.Text)
		if !more || !nationalSideNouns[strings.ToLower(last)] {
			return hearsay.Arg{}, false
		}
		if c := countryInside(s.doc, m, st.r.countries); c >= 0 {
			return entArg(s.doc, c), true
		}
		return hearsay.Arg{}, false
	})
}

// fromDescriptions makes a fact of pat for every description in s that is
// one mention of one person and of which second reads the fact's second
// argument; the description is the fact's trigger.
func (st *Stage) fromDescriptions(s *sent, frames []*frame, pat *pattern, second func(m *hearsay.Mention) (hearsay.Arg, bool)) []*raw {
	var out []*raw
	for i := range s.units {
		x := &s.units[i]
		if !x.onePerson(kindNominal) {
			continue
		}
		m := &s.doc.Mentions[x.ment]
		arg, ok := second(m)
		if !ok {
			continue
		}
		args := append(s.slab().argList(2), entArg(s.doc, x.ents[0]), arg)
		out = append(out, st.nounRaw(s, frames, pat, args, m.Span))
	}
	return out
}

// nounRaw makes the asserted, positive fact of pattern pat with args that
// a noun or a description tells in sentence s, triggered at trigger, with
// its sources from frames.
func (st *Stage) nounRaw(s *sent, frames []*frame, pat *pattern, args []hearsay.Arg, trigger hearsay.Span) *raw {
	rw := s.slab().rawOf(raw{pat: pat, s: s, b: s.slab().newBinding(), noun: true, childAge: -1})
	rw.f = hearsay.Fact{Type: pat.typ, Args: args, Polarity: hearsay.Pos, Modality: hearsay.Asserted,
		Sentence: s.idx, Evidence: s.slab().one(s.idx), Trigger: trigger, Rule: pat.line}
	st.attribute(rw, frames)
	return rw
}

// partyBeforeName reads the membership that a party's name or adjective
// written right before a person's name tells ("Conservative Peter Hallam",
// "Labour Tom Baines", "Democrat Ann Lee"), when the mention stage read no
// organisation in the word. A word opening a longer capitalised run
// ("Liberal Democrat Mia Ford") is left alone: its party is not the
// word's own.
func (st *Stage) partyBeforeName(s *sent, frames []*frame) []*raw {
	var out []*raw
	for i := 1; i < len(s.units); i++ {
		x := &s.units[i]
		if !x.onePerson(kindName) {
			continue
		}
		y := &s.units[i-1]
		if y.ment >= 0 || !y.capital || i >= 2 && s.units[i-2].capital && s.units[i-2].ment < 0 {
			continue
		}
		word := s.doc.Text[y.Start:y.End]
		org, ok := st.partyOfWord(s.doc, word)
		if !ok {
			continue
		}
		if org.Entity < 0 {
			org.Literal = word // the party as the text names it, whose name its readers know
		}
		out = append(out, st.nounRaw(s, frames, nominalPattern, []hearsay.Arg{entArg(s.doc, x.ents[0]), org}, hearsay.Span{Start: y.Start, End: x.End}))
	}
	return out
}

// partyAfterName reads the party of a US lawmaker from the letter written
// after the name with the home state or town ("Sen. Ann Lee, D-Mass.",
// "Rep. Tom Hale (R-Texas)"): D is the Democratic Party, R the Republican.
func (st *Stage) partyAfterName(s *sent, frames []*frame) []*raw {
	var out []*raw
	for i := 0; i+2 < len(s.units); i++ {
		x := &s.units[i]
		if !x.onePerson(kindName) {
			continue
		}
		if w := s.units[i+1].word; w != "," && w != "(" {
			continue
		}
		y := &s.units[i+2]
		word, ok := partyLetter(s.doc.Text[y.Start:y.End])
		if !ok || i+3 < len(s.units) && !closesAside(s.units[i+3].word) {
			continue // "Tom Hale, D-Day veteran": no party
		}
		org, ok := st.partyOfWord(s.doc, word)
		if !ok {
			continue
		}
		out = append(out, st.nounRaw(s, frames, nominalPattern, []hearsay.Arg{entArg(s.doc, x.ents[0]), org}, hearsay.Span{Start: x.Start, End: y.End}))
	}
	return out
}

// partyInBrackets reads the party that council minutes, election results
// and parliamentary reports write in brackets after a member's name ("Cllr
// Ann Lee (Lab) said", "Tom Hale (Con, Kelby North)"): initials or a short
// name of data/partyinitials.tsv, up to three words before the closing
// bracket or a comma.
func (st *Stage) partyInBrackets(s *sent, frames []*frame) []*raw {
	var out []*raw
	for i := 0; i+3 < len(s.units); i++ {
		x := &s.units[i]
		if !x.onePerson(kindName) || s.units[i+1].word != "(" {
			continue
		}
		end := i + 2
		for end < len(s.units) && end < i+5 && s.units[end].word != ")" && s.units[end].word != "," {
			end++
		}
		if end == i+2 || end >= len(s.units) || end == i+5 {
			continue
		}
		first, last := &s.units[i+2], &s.units[end-1]
		org, ok := st.initialsParty(s.doc, s.doc.Text[first.Start:last.End], first, end-i-2)
		if !ok {
			continue
		}
		out = append(out, st.nounRaw(s, frames, nominalPattern, []hearsay.Arg{entArg(s.doc, x.ents[0]), org}, hearsay.Span{Start: x.Start, End: last.End}))
	}
	return out
}

// initialsParty returns the party that initials written in brackets after
// a name stand for ("Lab"), and whether they stand for one: the
// organisation of the document with the party's key ("Labour", named
// elsewhere), else the organisation the mention stage read in the initials
// when they are one unit, else the party's name.
func (st *Stage) initialsParty(doc *hearsay.Document, text string, u *unit, n int) (hearsay.Arg, bool) {
	name, ok := st.r.initials[text]
	if !ok {
		return hearsay.Arg{}, false
	}
	key := partyKey(name)
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type == hearsay.Org && (partyKey(e.Name) == key || adjectiveKeys[strings.ToLower(e.Name)] == key) {
			return entArg(doc, i), true
		}
	}
	if n == 1 && u.ment >= 0 && len(u.ents) == 1 && u.etype == entOrg {
		return entArg(doc, u.ents[0]), true
	}
	return hearsay.Arg{Entity: -1, Literal: name}, true
}

// loadPartyInitials reads data/partyinitials.tsv: parties by the initials
// written after a member's name.
func loadPartyInitials() (map[string]string, error) {
	out, err := lexicon.Map(dataFS, "data/partyinitials.tsv", false)
	if err != nil {
		return nil, fmt.Errorf("fact: %w", err)
	}
	return out, nil
}

// closesAside reports whether w ends an aside after a name.
func closesAside(w string) bool {
	return w == "," || w == ")" || w == "." || w == ";"
}

// partyLetter returns the party adjective a lawmaker's party letter before
// a state or town stands for ("D-Mass." is Democratic, "R-Boise"
// Republican), and whether the text is one.
func partyLetter(t string) (string, bool) {
	if len(t) < 4 || t[1] != '-' || !unicode.IsUpper(rune(t[2])) {
		return "", false
	}
	switch t[0] {
	case 'D':
		return "Democratic", true
	case 'R':
		return "Republican", true
	}
	return "", false
}

// describedOrg returns the organisation a description of a person names as
// the one the person belongs to ("a Labour MP": Labour), and whether it
// names one. The description's last word is a noun of the
// classes politicsnoun or membernoun of classes.tsv; a party
// comes before a noun of politics, any organisation named inside the
// description before a noun of a band's or team's member. A country named
// inside it before a noun of nationalsidenoun is its national side ("the
// 24-year-old Poland striker").
func (st *Stage) describedOrg(doc *hearsay.Document, m *hearsay.Mention) (hearsay.Arg, bool) {
	last, more := lastDescWord(m.Text)
	if !more {
		return hearsay.Arg{}, false
	}
	var buf [32]byte
	lower := appendLower(buf[:0], last)
	if nationalSideNouns[string(lower)] {
		if c := countryInside(doc, m, st.r.countries); c >= 0 {
			return entArg(doc, c), true
		}
	}
	kind := st.r.members[string(lower)]
	switch kind {
	case "politics":
		words := strings.FieldsFunc(m.Text, descSep)
		for _, w := range words[:len(words)-1] {
			if org, ok := st.partyOfWord(doc, w); ok {
				return org, true
			}
		}
	case "staff":
		for i := range doc.Mentions {
			o := &doc.Mentions[i]
			if o.Type == hearsay.Org && o.Kind == hearsay.NameMention && o.Entity >= 0 && o.Start > m.Start && o.End < m.End && doc.Entities[o.Entity].Type == hearsay.Org {
				return entArg(doc, o.Entity), true // "a former Google engineer": the employer, named before the trade
			}
		}
	case "member":
		for i := range doc.Mentions {
			o := &doc.Mentions[i]
			if (o.Type == hearsay.Org || o.Type == hearsay.Misc) && o.Entity >= 0 && o.Start >= m.Start && o.End <= m.End &&
				!st.r.leagues[strings.ToLower(doc.Entities[o.Entity].Name)] {
				return entArg(doc, o.Entity), true // a band's or a team's name the names stage typed no further ("the Salt Lamps drummer")
			}
		}
	}
	return hearsay.Arg{}, false
}

// nationalSideNouns are the places in a national side (nationalsidenoun
// of classes.tsv).
var nationalSideNouns = wordSet("nationalsidenoun")

// countryInside returns the entity of a listed country (listedCountry)
// named inside the description m, or -1.
func countryInside(doc *hearsay.Document, m *hearsay.Mention, countries map[string]bool) int {
	for i := range doc.Mentions {
		o := &doc.Mentions[i]
		if o.Type == hearsay.Place && o.Kind == hearsay.NameMention && o.Entity >= 0 && o.Start > m.Start && o.End <= m.End && listedCountry(doc.Entities[o.Entity].Name, countries) {
			return o.Entity
		}
	}
	return -1
}

// descSep reports whether r separates the words of a description: a
// space or a comma.
func descSep(r rune) bool { return unicode.IsSpace(r) || r == ',' }

// lastDescWord returns the last of the words of text that descSep
// separates, and whether another word comes before it, with nothing
// allocated.
func lastDescWord(text string) (last string, more bool) {
	end := len(text)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:end])
		if !descSep(r) {
			break
		}
		end -= n
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if descSep(r) {
			break
		}
		start -= n
	}
	return text[start:end], strings.IndexFunc(text[:start], func(r rune) bool { return !descSep(r) }) >= 0
}

// partyOfWord returns the party a capitalised word of a description names
// ("Labour", "Democratic", "Republican"): the organisation of the document
// with that party's name, else the party's usual name for the adjectives of
// the two-party systems (partyAdjectives), and whether it names one.
func (st *Stage) partyOfWord(doc *hearsay.Document, w string) (hearsay.Arg, bool) {
	if w == "" || !unicode.IsUpper([]rune(w)[0]) {
		return hearsay.Arg{}, false
	}
	lw := strings.ToLower(w)
	if !st.r.parties[lw] && partyAdjectives[lw] == "" {
		return hearsay.Arg{}, false
	}
	key := partyKey(lw)
	if k, ok := adjectiveKeys[lw]; ok {
		key = k
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type == hearsay.Org && (partyKey(e.Name) == key || adjectiveKeys[strings.ToLower(e.Name)] == key) {
			return entArg(doc, i), true
		}
	}
	if name := partyAdjectives[lw]; name != "" {
		return hearsay.Arg{Entity: -1, Literal: name}, true
	}
	return hearsay.Arg{}, false
}

// partyAdjectives name the party an adjective stands for when the
// document names it no other way; adjectiveKeys are the party keys
// (partyKey) of the adjectives whose word differs from the party's name
// ("democratic" of "Democrats"). Both are read from data/partywords.tsv
// when the package loads.
var partyAdjectives, adjectiveKeys = mustPartyWords()

// mustPartyWords reads data/partywords.tsv; the data is embedded, so a
// failure is a defect of the build, caught by any test.
func mustPartyWords() (map[string]string, map[string]string) {
	lines, err := lexicon.Table(dataFS, "data/partywords.tsv", 3)
	if err != nil {
		panic(fmt.Errorf("fact: %w", err))
	}
	names, keys := map[string]string{}, map[string]string{}
	for _, l := range lines {
		w := strings.ToLower(l.Fields[0])
		if l.Fields[1] != "-" {
			names[w] = l.Fields[1]
		}
		if l.Fields[2] != "-" {
			keys[w] = l.Fields[2]
		}
	}
	return names, keys
}

// relativePatterns are the rules of facts read from a description of an
// unnamed relative, by the mention rule the entity stage gives it.
var relativePatterns = map[string]*pattern{
	"unnamed-child":   {typ: "parent_of", opts: options{{"trigger", "noun"}}, line: "an unnamed child of a person"},
	"unnamed-spouse":  {typ: "married", opts: options{{"trigger", "noun"}}, line: "an unnamed spouse of a person"},
	"unnamed-partner": {typ: "dating", opts: options{{"trigger", "noun"}}, line: "an unnamed partner of a person"},
	"unnamed-parent":  {typ: "parent_of", opts: options{{"trigger", "noun"}}, line: "an unnamed parent described by a trade"},
}

// namedKinPattern is the rule of a child or a parent that the mention stage
// took a description for ("her two-year-old son" for Theo).
var namedKinPattern = &pattern{typ: "parent_of", opts: options{{"trigger", "noun"}}, line: "a named child or parent described by kin"}

// kinDescription tells whether a description of one person names a child
// or a parent of its possessor: a possessive first ("her", "their",
// "Lund's"), a noun of the kinship data's child or parent class last, and
// no other kin noun or "of" between ("her two-year-old son", "his late
// father"; not "her son's father-in-law", "the son of").
func kinDescription(text string) (child, parent bool) {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) < 2 || len(ws) > 5 {
		return false, false
	}
	if !possessives[ws[0]] && !firstPossessives[ws[0]] && !strings.HasSuffix(ws[0], "'s") && !strings.HasSuffix(ws[0], "’s") && !strings.HasSuffix(ws[0], "'") {
		return false, false
	}
	for _, w := range ws[1 : len(ws)-1] {
		if w == "of" || kinLex.relative[w] || kinLex.rel[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return false, false
		}
	}
	last := strings.TrimRight(ws[len(ws)-1], ",.;:")
	return kinLex.child[last], kinLex.parent[last]
}

// unnamedRelatives reads the ties that a description of an unnamed person
// tells with its possessor ("his wife and their two young daughters": the
// wife is married to him, the daughters are the children of both). The possessor is the person or group
// whose mention opens the description. The description is read from the
// document's mentions, since the possessor's own mention hides it from the
// sentence's units.
func (st *Stage) unnamedRelatives(s *sent, frames []*frame, here []*raw) []*raw {
	var out []*raw
	for _, k := range s.mentionsHere() {
		m := &s.doc.Mentions[k]
		if m.Kind != hearsay.NominalMention || m.Entity < 0 {
			continue
		}
		pat := relativePatterns[m.Rule]
		if !s.doc.Entities[m.Entity].Unnamed {
			out = append(out, st.namedKin(s, frames, here, k)...)
			continue
		}
		if pat == nil {
			continue
		}
		if m.Rule == "unnamed-parent" {
			if c := tradeParentChild(s.doc, k); c >= 0 {
				args := append(s.slab().argList(2), entArg(s.doc, m.Entity), entArg(s.doc, c))
				out = append(out, st.nounRaw(s, frames, pat, args, m.Span))
			}
			continue
		}
		ps, group := possessorsOf(s.doc, k)
		if m.Rule == "unnamed-child" && len(ps) == 0 && !group {
			ps = spouseListedBefore(s.doc, k) // "lives with her husband, two sons and a dog": the sons of the two
		}
		if group && m.Rule == "unnamed-child" {
			if pair := spousePairBefore(s.doc, k); pair != nil {
				ps = pair // "he lives with his wife and their two sons": the sons of the two, whoever "their" was taken for
			} else if pair := coupleOf(append(here[:len(here):len(here)], out...)); pair != nil {
				ps = pair // "she is married to X, and they live in Y with their two daughters"
			}
		}
		for _, p := range ps {
			if m.Rule == "unnamed-child" && !group && parentBefore(s.doc, k, p) {
				continue // "X's father said he wants to see his son": X is the son, no parent of one
			}
			args := append(s.slab().argList(2), entArg(s.doc, p), entArg(s.doc, m.Entity))
			out = append(out, st.nounRaw(s, frames, pat, args, m.Span))
		}
	}
	return out
}

// namedKin reads the tie that a description of a named person tells with
// its possessor, when the mention stage took the description for that
// person ("Eva Lund brought her two-year-old son, Theo": Theo is her
// child; "takes over from her father", taken for the father named
// before): the possessor, or the two of "their" that the sentence pairs, is
// the parent of a child; a parent is the possessor's.
func (st *Stage) namedKin(s *sent, frames []*frame, here []*raw, k int) []*raw {
	m := &s.doc.Mentions[k]
	if pat := spouseDescription(m.Text); pat != nil {
		return st.namedSpouse(s, frames, pat, k)
	}
	child, parent := kinDescription(m.Text)
	if (!child && !parent) || s.doc.Entities[m.Entity].Type != hearsay.Person {
		return nil
	}
	ps, group := possessorsOf(s.doc, k)
	if len(ps) == 0 && !group && firstPossessives[strings.ToLower(strings.Fields(m.Text)[0])] {
		ps = quotedSpeaker(frames, m.Span) // `"Our daughter Rachel lives in Hereford," Martin Ashdown said`: his daughter
	}
	if group && child && len(ps) != 2 {
		ps = coupleOf(here)
	}
	if parent && (group || len(ps) != 1) {
		return nil
	}
	var out []*raw
	for _, p := range ps {
		if p == m.Entity {
			continue
		}
		a, b := p, m.Entity
		if parent {
			a, b = b, a
		}
		args := append(s.slab().argList(2), entArg(s.doc, a), entArg(s.doc, b))
		out = append(out, st.nounRaw(s, frames, namedKinPattern, args, m.Span))
	}
	return out
}

// namedSpousePatterns are the rules of a spouse, a fiancé or a boy- or
// girlfriend whom the mention stage took a description for ("Hal Dorset,
// her husband,"), by the description's noun.
var namedSpousePatterns = map[string]*pattern{
	"husband": {typ: "married", opts: options{{"trigger", "noun"}}, line: "a named spouse described by kin"},
	"fiance":  {typ: "engaged", opts: options{{"trigger", "noun"}}, line: "a named fiance described by kin"},
	"partner": {typ: "dating", opts: options{{"trigger", "noun"}}, line: "a named partner described by kin"},
}

// spouseNouns are the one-word nouns of a spouse, a fiancé and a boy- or
// girlfriend, each with its key in namedSpousePatterns; "partner", which
// also names a partner in business, is not one.
var spouseNouns = map[string]string{
	"husband": "husband", "wife": "husband", "spouse": "husband",
	"fiance": "fiance", "fiancé": "fiance", "fiancee": "fiance", "fiancée": "fiance",
	"boyfriend": "partner", "girlfriend": "partner",
}

// spouseDescription returns the rule of a description of a spouse, a
// fiancé or a boy- or girlfriend by a possessive pronoun, maybe with a
// word of time between ("her husband", "his late wife", "her longtime
// boyfriend"), or nil.
func spouseDescription(text string) *pattern {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) < 2 || len(ws) > 3 || !possessives[ws[0]] || ws[0] == "their" || ws[0] == "its" {
		return nil
	}
	if len(ws) == 3 && !spouseTimeWords[ws[1]] {
		return nil
	}
	return namedSpousePatterns[spouseNouns[strings.TrimRight(ws[len(ws)-1], ",.;:")]]
}

// spouseTimeWords may stand between the possessive and the noun of a
// spouse description that names a tie still told as one.
var spouseTimeWords = map[string]bool{"late": true, "new": true, "current": true, "longtime": true, "long-time": true}

// namedSpouse reads the tie that a description of a named spouse (pat)
// tells with its one possessor ("Pia Cray thanked Hal Dorset, her
// husband": they are married).
func (st *Stage) namedSpouse(s *sent, frames []*frame, pat *pattern, k int) []*raw {
	m := &s.doc.Mentions[k]
	ps, group := possessorsOf(s.doc, k)
	if group || len(ps) != 1 || ps[0] == m.Entity || s.doc.Entities[m.Entity].Type != hearsay.Person {
		return nil
	}
	args := append(s.slab().argList(2), entArg(s.doc, ps[0]), entArg(s.doc, m.Entity))
	rw := st.nounRaw(s, frames, pat, args, m.Span)
	rw.f.Polarity = hearsay.Pos // "X is not pregnant, her husband says": the clause's negation is not the tie's
	return []*raw{rw}
}

// firstPossessives are the possessives of the first person, which stand
// for the speaker of the quotation they are in.
var firstPossessives = map[string]bool{"my": true, "our": true}

// quotedSpeaker returns the person who speaks the quotation span lies in,
// from the sentence's attributions (frames), or nil.
func quotedSpeaker(frames []*frame, span hearsay.Span) []int {
	for _, f := range frames {
		if !f.quoted || len(f.chain) == 0 || span.Start < f.scope.Start || span.End > f.scope.End {
			continue
		}
		if sp := f.chain[len(f.chain)-1]; sp.Entity >= 0 {
			return []int{sp.Entity}
		}
	}
	return nil
}

// siblingPattern is the rule of a child named by its place among siblings.
var siblingPattern = &pattern{typ: "parent_of", opts: options{{"trigger", "noun"}}, line: "a child named by its place among siblings"}

// siblingWindow is how many sentences before its own a child named by its
// place among siblings looks back for its parents.
const siblingWindow = 4

// orderChild returns the person named right after the place among siblings
// (classes.tsv birthorder) that opens sentence si ("The eldest, Mia Hale,
// is a nurse", "Middle child Leo runs the farm", "Their youngest son, Ned,
// ...", "A second son, Gavin, died in infancy"), and whether a possessive
// opens the phrase; -1 when the sentence opens otherwise.
func (st *Stage) orderChild(doc *hearsay.Document, si int) (int, bool) {
	sen := &doc.Sentences[si]
	k, end := sen.FirstToken, min(sen.EndToken, len(doc.Tokens))
	var buf [32]byte
	word := func(k int) []byte { // the token lowered into buf (looked up without making a string)
		if k >= end {
			return nil
		}
		return appendLower(buf[:0], doc.Tokens[k].Text)
	}
	poss, indef := false, false
	switch w := word(k); {
	case string(w) == "the":
		k++
	case string(w) == "a" || string(w) == "another":
		k, indef = k+1, true // "A second son, Gavin, died in infancy"
	case possessives[string(w)]:
		k, poss = k+1, true
	}
	if !st.r.birthOrder[string(word(k))] {
		return -1, false
	}
	k++
	if st.r.birthChild[string(word(k))] {
		k++
		if string(word(k)) == "and" && (string(word(k+1)) == "heir" || string(word(k+1)) == "heiress") {
			k += 2 // "Their elder son and heir, Viscount Amble, ..."
		}
	} else if indef {
		return -1, false
	}
	if string(word(k)) == "," {
		k++
	}
	if k >= end {
		return -1, false
	}
	return personMentionAt(doc, doc.Tokens[k].Start, true), poss
}

// siblingOrder reads the parents of a child that a sentence names by its
// place among siblings, with no possessive to say whose ("They have two
// daughters. The elder, Karen, is a paediatrician."; "Middle child Luke
// Ravelle, 36, fronts a band"): the parents of the sibling named so in the
// sentences before, else the couple married before, else the parents of
// the children counted before ("raised his three children"), within siblingWindow
// sentences. before are the facts of the sentences before, here those of
// the sentence. The couple comes before the counted children, whose
// possessor ("they") the mention stage may have taken for another couple.
func (st *Stage) siblingOrder(s *sent, frames []*frame, before, here []*raw) []*raw {
	doc := s.doc
	c, poss := st.orderChild(doc, s.idx)
	if c < 0 || poss || doc.Entities[c].Type != hearsay.Person || len(parentsIn(here, c)) > 0 {
		return nil
	}
	ps := st.siblingParents(doc, s.idx, before)
	var out []*raw
	for _, p := range ps {
		if p == c {
			return nil
		}
	}
	for _, p := range ps {
		first := doc.Tokens[doc.Sentences[s.idx].FirstToken]
		args := append(s.slab().argList(2), entArg(doc, p), entArg(doc, c))
		out = append(out, st.nounRaw(s, frames, siblingPattern, args, first.Span))
	}
	return out
}

// parentsIn returns the parents that the positive facts of raws give
// person c.
func parentsIn(raws []*raw, c int) []int {
	var ps []int
	for _, rw := range raws {
		a := rw.f.Args
		if rw.echo || rw.f.Type != "parent_of" || rw.f.Polarity != hearsay.Pos || len(a) != 2 || a[1].Entity != c || a[0].Entity < 0 {
			continue
		}
		if !slices.Contains(ps, a[0].Entity) {
			ps = append(ps, a[0].Entity)
		}
	}
	return ps
}

// siblingParents returns the parents for a child named by its place among
// siblings in sentence si (see siblingOrder), at most two.
func (st *Stage) siblingParents(doc *hearsay.Document, si int, before []*raw) []int {
	from := len(before)
	for from > 0 && before[from-1].f.Sentence >= si-siblingWindow {
		from--
	}
	window := before[from:]
	for i := len(window) - 1; i >= 0; i-- { // a sibling named by its place
		rw := window[i]
		if rw.f.Type != "parent_of" || len(rw.f.Args) != 2 || rw.f.Args[1].Entity < 0 {
			continue
		}
		if c, _ := st.orderChild(doc, rw.f.Sentence); c == rw.f.Args[1].Entity {
			if ps := parentsIn(window, c); len(ps) <= 2 {
				return ps
			}
		}
	}
	for i := len(window) - 1; i >= 0; i-- { // the couple
		rw := window[i]
		if a := rw.f.Args; rw.f.Type == "married" && !rw.echo && rw.f.Polarity == hearsay.Pos && len(a) == 2 && a[0].Entity >= 0 && a[1].Entity >= 0 {
			return []int{a[0].Entity, a[1].Entity}
		}
	}
	for i := len(window) - 1; i >= 0; i-- { // children counted
		rw := window[i]
		if a := rw.f.Args; rw.f.Type == "parent_of" && len(a) == 2 && a[1].Entity >= 0 && doc.Entities[a[1].Entity].Unnamed && groupSize(doc.Entities[a[1].Entity].Name) > 1 {
			if ps := parentsIn(window, a[1].Entity); len(ps) <= 2 {
				return ps
			}
		}
	}
	return nil
}

// tradeParentChild returns the child of the unnamed parent Mentions[k],
// described by a trade ("the daughter of a weaver"): its possessor ("her
// father, a fisherman"), else the person last
// named or referred to before it in its sentence ("Ashby grew up in
// Dublin, the son of a bus driver"), else the first after it ("Born in
// Dundee, the daughter of a weaver, she left school at 15"); -1 when the
// sentence has none.
func tradeParentChild(doc *hearsay.Document, k int) int {
	if ps, group := possessorsOf(doc, k); len(ps) == 1 && !group {
		return ps[0] // "her father, a fisherman"
	}
	m := &doc.Mentions[k]
	before, after := -1, -1
	for j := range doc.Mentions {
		o := &doc.Mentions[j]
		if o.Sentence != m.Sentence || o.Entity < 0 || o.Entity == m.Entity || o.Kind == hearsay.GroupMention {
			continue
		}
		if e := &doc.Entities[o.Entity]; e.Type != hearsay.Person || e.Unnamed {
			continue
		}
		switch {
		case o.End <= m.Start:
			before = o.Entity
		case o.Start >= m.End && after < 0:
			after = o.Entity
		}
	}
	if before >= 0 {
		return before
	}
	return after
}

// nominalPostPattern is the rule of posts read from descriptions.
var nominalPostPattern = &pattern{typ: "position_held", opts: options{{"trigger", "noun"}, {"state", ""}}, line: "post in a description"}

// nominalPosts reads posts from the descriptions the mention stage keeps as
// one mention of a person, whose words no pattern sees: a role of
// roles.txt that ends the description, or that an organisation named
// inside it follows after "of", "at" or "for" ("Ada Brill, the Orbis Bank
// treasurer,", "Orbis Bank's longtime chief engineer", "the finance
// director of Orbis Bank"). The organisation is the one the description
// names, never a news outlet; a description naming none or several gives
// nothing.
func (st *Stage) nominalPosts(s *sent, frames []*frame) []*raw {
	var out []*raw
	for i := range s.units {
		x := &s.units[i]
		if !x.onePerson(kindNominal) {
			continue
		}
		m := &s.doc.Mentions[x.ment]
		if s.otherAppositive(i) {
			continue // "The U.S. ambassador to Poland, Dan Fried, said": his post, whoever the description was taken for
		}
		if at := s.memberSeat(i, m.Text); at >= 0 {
			// "Rita Moss, the Labour member for Eastholm,": a seat in parliament
			out = append(out, st.nounRaw(s, frames, nominalPostPattern, []hearsay.Arg{entArg(s.doc, x.ents[0]), {Entity: -1, Literal: "member of parliament"}, entArg(s.doc, at)}, m.Span))
			continue
		}
		org, ok := describedEmployer(s.doc, m)
		if !ok {
			// "The incoming chair of Calloway Group, Tove Sand,": the organisation follows
			if at := s.seatAfter(i); at >= 0 {
				for _, role := range st.rolesEnding(descWords(strings.ToLower(m.Text))) {
					out = append(out, st.nounRaw(s, frames, nominalPostPattern, []hearsay.Arg{entArg(s.doc, x.ents[0]), {Entity: -1, Literal: role}, entArg(s.doc, at)}, m.Span))
				}
			} else if c, role := st.demonymPost(s.doc, m.Text); c >= 0 {
				out = append(out, st.nounRaw(s, frames, nominalPostPattern, []hearsay.Arg{entArg(s.doc, x.ents[0]), {Entity: -1, Literal: role}, entArg(s.doc, c)}, m.Span))
			} else if c := kindOrg(s.doc, m.Text); c >= 0 {
				if role, end := st.tailRole(s, i); role != "" {
					// "X, the company's chairman and chief executive,": the second post, of the organisation of the first
					out = append(out, st.nounRaw(s, frames, nominalPostPattern, []hearsay.Arg{entArg(s.doc, x.ents[0]), {Entity: -1, Literal: role}, entArg(s.doc, c)}, hearsay.Span{Start: m.Start, End: end}))
				}
			} else if c, role := st.kindPremodPost(s.doc, m.Text); c >= 0 {
				// "X, the company chairman,": the post in the organisation the kind stands for
				out = append(out, st.nounRaw(s, frames, nominalPostPattern, []hearsay.Arg{entArg(s.doc, x.ents[0]), {Entity: -1, Literal: role}, entArg(s.doc, c)}, m.Span))
			}
			continue
		}
		for _, role := range st.describedRoles(s.doc, m, org) {
			at := org.Entity
			if stateOffice(role) && isParty(s.doc, entArg(s.doc, at), st.r.parties) {
				// "the Labour MP for Eastholm": the seat is the constituency's, the party a membership
				if at = s.seatAfter(i); at < 0 {
					continue
				}
			}
			out = append(out, st.nounRaw(s, frames, nominalPostPattern, []hearsay.Arg{entArg(s.doc, x.ents[0]), {Entity: -1, Literal: role}, entArg(s.doc, at)}, m.Span))
		}
		if role, end := st.tailRole(s, i); role != "" && !stateOffice(role) && !newsOrg(s.doc.Entities[org.Entity]) {
			// "X, Orbis Software's chairman and chief executive,": the second post, of the same organisation
			out = append(out, st.nounRaw(s, frames, nominalPostPattern, []hearsay.Arg{entArg(s.doc, x.ents[0]), {Entity: -1, Literal: role}, entArg(s.doc, org.Entity)}, hearsay.Span{Start: m.Start, End: end}))
		}
	}
	return out
}

// kindOrg returns the organisation of a description that names it by its
// kind and a possessive ("the company's chairman", "the party's deputy
// leader"): the one organisation whose name holds the noun, else, for a
// club's or a company's, the one the article is about; -1 when there is
// none.
func kindOrg(doc *hearsay.Document, text string) int {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) < 3 || ws[0] != "the" {
		return -1
	}
	noun, ok := strings.CutSuffix(ws[1], "'s")
	if !ok {
		noun, ok = strings.CutSuffix(ws[1], "’s")
	}
	if !ok || !orgKindNouns[noun] {
		return -1
	}
	e := orgWithNoun(doc, noun)
	if e < 0 && houseNouns[noun] {
		e = houseOrg(doc)
	}
	if e < 0 || newsOrg(doc.Entities[e]) {
		return -1
	}
	return e
}

// kindPremodPost returns the organisation and the canonical role of a
// description that names the organisation by its kind before the post,
// with no possessive ("the company chairman", "the club secretary"): the
// organisation kindOrg finds for the kind, and the post of roles.txt that
// the words after it make whole; -1 when there is none.
func (st *Stage) kindPremodPost(doc *hearsay.Document, text string) (int, string) {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) < 3 || ws[0] != "the" || !orgKindNouns[ws[1]] {
		return -1, ""
	}
	role, ok := st.r.roles[strings.Join(ws[2:], " ")]
	if !ok || role == "" {
		return -1, ""
	}
	return kindOrg(doc, "the "+ws[1]+"'s "+strings.Join(ws[2:], " ")), role
}

// tailRole returns the post joined by "and" to the description at unit i
// and closed by a comma or a full stop ("the company's chairman and chief
// executive,"), with the end of its words; "" when none follows.
func (st *Stage) tailRole(s *sent, i int) (string, int) {
	if i+3 >= len(s.units) || s.units[i+1].word != "and" {
		return "", 0
	}
	for n := min(st.r.roleMax, len(s.units)-i-3); n >= 1; n-- {
		end := i + 2 + n
		if w := s.units[end].word; w != "," && w != "." {
			continue
		}
		ws := make([]string, 0, n)
		for k := i + 2; k < end; k++ {
			if s.units[k].ment != -1 {
				return "", 0
			}
			ws = append(ws, s.units[k].word)
		}
		if role, ok := st.r.roles[strings.Join(ws, " ")]; ok && role != "" {
			return role, s.units[end-1].End
		}
	}
	return "", 0
}

// maxAppositiveReach is the most units otherAppositive passes over between
// a description and the comma before the name that follows it.
const maxAppositiveReach = 8

// otherAppositive reports whether the description at unit u, with the
// words that complete it ("to Poland", "of the police inquiry in Leeds"),
// is set off before the name of another person than the one it was taken
// for, between commas or before the end: the description is that
// person's.
func (s *sent) otherAppositive(u int) bool {
	for v := u + 1; v < len(s.units) && v <= u+maxAppositiveReach; v++ {
		y := &s.units[v]
		if y.word != "," {
			if y.boundary || y.ment != -1 && y.etype == entPerson {
				return false
			}
			continue
		}
		if v+1 >= len(s.units) {
			return false
		}
		z := &s.units[v+1]
		if !z.onePerson(kindName) || z.ents[0] == s.units[u].ents[0] {
			return false
		}
		return v+2 >= len(s.units) || s.units[v+2].word == "," || s.units[v+2].boundary
	}
	return false
}

// demonymPost returns the country and the office of a description that
// names a state's office right after a nationality word ("Tom Hale, the
// Norwegian finance minister,", "the British ambassador"), or -1: only a
// minister's, a secretary of state's or an envoy's office is a country's
// ("the Irish manager" names no post of Ireland).
func (st *Stage) demonymPost(doc *hearsay.Document, text string) (int, string) {
	ws := descWords(strings.ToLower(text))
	role := st.roleEnding(ws)
	if role == "" || !nationalOffice(role) && !envoyRole(role, st.r.envoys) {
		return -1, ""
	}
	for k := len(ws) - 2; k >= 0; k-- {
		if c := st.r.nations[ws[k]]; c != "" {
			return countryEntity(doc, c), role
		}
	}
	return -1, ""
}

// seatAfter returns the place or organisation named right after the unit u
// of a description of an office, after "for" or "of" ("the Labour MP for
// Eastholm"), or -1.
func (s *sent) seatAfter(u int) int {
	v := u + 1
	if v >= len(s.units) || s.units[v].ment != -1 || s.units[v].word != "for" && s.units[v].word != "of" {
		return -1
	}
	v++
	if v < len(s.units) && s.units[v].word == "the" {
		v++
	}
	if v >= len(s.units) || s.units[v].ment < 0 || len(s.units[v].ents) != 1 || s.units[v].etype != entPlace && s.units[v].etype != entOrg {
		return -1
	}
	return s.units[v].ents[0]
}

// memberSeat returns the constituency of a description that ends in
// "member" followed by "for" and a place ("the Labour member for Eastholm",
// "the member for Eastholm"), the seat of a member of parliament, or -1.
func (s *sent) memberSeat(u int, text string) int {
	ws := descWords(strings.ToLower(text))
	if len(ws) == 0 || ws[len(ws)-1] != "member" || u+1 >= len(s.units) || s.units[u+1].word != "for" {
		return -1
	}
	at := s.seatAfter(u)
	if at < 0 || s.doc.Entities[at].Type != hearsay.Place {
		return -1
	}
	return at
}

// possessorsOf returns the people whose mention opens the description
// Mentions[k] ("her" of "her rep", "Hollenbeck" of "Hollenbeck's wife",
// the members of "their"), none when that mention is of no person, and
// whether the possessor is a group ("their", resolved or not).
func possessorsOf(doc *hearsay.Document, k int) (ents []int, group bool) {
	m := &doc.Mentions[k]
	for j := range doc.Mentions {
		p := &doc.Mentions[j]
		if j == k || p.Start != m.Start || p.End >= m.End || p.Sentence != m.Sentence {
			continue
		}
		if len(p.Members) > 0 {
			return personsOnly(doc, p.Members, m), true
		}
		if p.Entity >= 0 {
			return personsOnly(doc, []int{p.Entity}, m), false
		}
	}
	if p := whoseOwner(doc, k); p >= 0 {
		return personsOnly(doc, []int{p}, m), false
	}
	return nil, strings.HasPrefix(strings.ToLower(m.Text), "their ")
}

// whoseOwner returns the entity of the name set off by a comma right before
// a description opened by "whose" ("Kelly Marsh, whose husband died"), or
// -1.
func whoseOwner(doc *hearsay.Document, k int) int {
	m := &doc.Mentions[k]
	if !strings.HasPrefix(strings.ToLower(m.Text), "whose ") {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		p := &doc.Mentions[j]
		if p.Sentence == m.Sentence && p.Kind == hearsay.NameMention && p.End < m.Start && m.Start-p.End <= 2 && p.Entity >= 0 {
			return p.Entity
		}
	}
	return -1
}

// spousePairBefore returns the person and the spouse of a description of
// a spouse ("his wife", unnamed or taken for a named person) that comes
// before Mentions[k] in its sentence, or none.
func spousePairBefore(doc *hearsay.Document, k int) []int {
	m := &doc.Mentions[k]
	var pair []int
	for j := range doc.Mentions {
		o := &doc.Mentions[j]
		if j == k || o.Sentence != m.Sentence || o.End > m.Start || o.Entity < 0 || o.Kind != hearsay.NominalMention {
			continue
		}
		if w := strings.Fields(strings.ToLower(o.Text)); o.Rule != "unnamed-spouse" && o.Rule != "unnamed-partner" && (len(w) != 2 || !kinLex.spouse[w[1]] || !possessives[w[0]]) {
			continue // "his wife", "her husband"
		}
		if ps, group := possessorsOf(doc, j); len(ps) == 1 && !group {
			pair = []int{ps[0], o.Entity}
		}
	}
	return pair
}

// spouseListedBefore returns the person and the spouse of a description
// of a spouse ("her husband", unnamed or taken for a named person) that
// Mentions[k], a group of children with no possessor, follows in a list,
// with only a comma or "and" between ("with her husband, two sons and a
// dog", "survived by his wife and four children"), or none.
func spouseListedBefore(doc *hearsay.Document, k int) []int {
	m := &doc.Mentions[k]
	pair := spousePairBefore(doc, k)
	if pair == nil {
		return nil
	}
	for j := range doc.Mentions {
		o := &doc.Mentions[j]
		if o.Sentence != m.Sentence || o.Entity != pair[1] || o.Kind != hearsay.NominalMention || o.End > m.Start {
			continue
		}
		switch strings.TrimSpace(doc.Text[o.End:m.Start]) {
		case ",", "and", ", and":
			return pair
		}
	}
	return nil
}

// coupleOf returns the two people of the one marriage or partnership
// the sentence's facts tell ("his wife and their two daughters": he and
// his unnamed wife), none when they tell no such tie or several.
func coupleOf(here []*raw) []int {
	var out []int
	for _, rw := range here {
		if !spouseTypes.has(rw.f.Type) || rw.f.Polarity != hearsay.Pos || len(rw.f.Args) != 2 || rw.f.Args[0].Entity < 0 || rw.f.Args[1].Entity < 0 {
			continue
		}
		pair := []int{rw.f.Args[0].Entity, rw.f.Args[1].Entity}
		if out != nil && !(slices.Contains(out, pair[0]) && slices.Contains(out, pair[1])) {
			return nil
		}
		out = pair
	}
	return out
}

// personsOnly keeps the named people of ents other than the one m refers
// to.
func personsOnly(doc *hearsay.Document, ents []int, m *hearsay.Mention) []int {
	var out []int
	for _, e := range ents {
		if e != m.Entity && doc.Entities[e].Type == hearsay.Person {
			out = append(out, e)
		}
	}
	return out
}

// spouseTypes are the fact types that tie a person to a partner.
var spouseTypes = typesOf("married", "divorced", "separated", "engaged", "dating")

// dropUnnamedRelatives removes the ties to an unnamed relative of a person
// whom another fact ties to a named one of the same kind: a marriage to
// "her husband" when a fact names her partner, a parent_of with "their two
// children" when facts name as many children of a parent of theirs (see
// namedChildren), with "his father" when a fact names his parent. The description most likely stands for the
// people the text names elsewhere.
func dropUnnamedRelatives(raws []*raw) []*raw {
	var withSpouse, withParent intSet // the people a fact ties to a named partner, to a named parent
	for _, rw := range raws {
		if len(rw.f.Args) != 2 || rw.unnamedArg(0) || rw.unnamedArg(1) || rw.f.Args[0].Entity < 0 || rw.f.Args[1].Entity < 0 {
			continue
		}
		switch {
		case spouseTypes.has(rw.f.Type):
			withSpouse = withSpouse.add(rw.f.Args[0].Entity).add(rw.f.Args[1].Entity)
		case rw.f.Type == "parent_of":
			withParent = withParent.add(rw.f.Args[1].Entity)
		}
	}
	named2 := namedChildren(raws)
	nameSpouses(raws)
	out := raws[:0]
	for _, rw := range raws {
		a := rw.f.Args
		drop := false
		switch {
		case len(a) != 2:
		case rw.f.Type == "married" && rw.unnamedArg(1):
			drop = withSpouse.has(a[0].Entity)
		case rw.f.Type == "parent_of" && rw.unnamedArg(0) && !rw.unnamedArg(1):
			drop = withParent.has(a[1].Entity)
		case rw.f.Type == "parent_of" && rw.unnamedArg(1):
			drop = named2[a[1].Entity]
		}
		if len(a) == 2 && a[0].Entity >= 0 && a[0].Entity == a[1].Entity {
			drop = true // a tie to the named spouse the description stood for
		}
		if !drop {
			out = append(out, rw)
		}
	}
	return out
}

// nameSpouses puts in every fact, for the unnamed spouse of a person
// ("her husband"), the one person a fact tells that person is married to
// ("Ann Bell and her husband were seen in Paris with their two sons. Bell
// married Tom Hale in 2010": the sons are Tom Hale's). The marriage to the
// description itself is then a tie of the person to their named spouse,
// which dropUnnamedRelatives removes.
func nameSpouses(raws []*raw) {
	spouses := map[int][]int{} // person → named spouses
	for _, rw := range raws {
		a := rw.f.Args
		if rw.f.Type != "married" || rw.echo || rw.f.Polarity != hearsay.Pos || rw.f.Modality == hearsay.Denied || len(a) != 2 ||
			a[0].Entity < 0 || a[1].Entity < 0 || rw.unnamedArg(0) || rw.unnamedArg(1) {
			continue
		}
		for i := range 2 {
			if p, o := a[i].Entity, a[1-i].Entity; !slices.Contains(spouses[p], o) {
				spouses[p] = append(spouses[p], o)
			}
		}
	}
	named := map[int]hearsay.Arg{} // unnamed spouse → the named one
	for _, rw := range raws {
		a := rw.f.Args
		if rw.f.Type != "married" || rw.f.Polarity != hearsay.Pos || len(a) != 2 || a[0].Entity < 0 || a[1].Entity < 0 {
			continue
		}
		for i := range 2 {
			if rw.unnamedArg(1-i) && !rw.unnamedArg(i) && len(spouses[a[i].Entity]) == 1 && !widowedBefore(raws, a[1-i].Entity, a[i].Entity) {
				named[a[1-i].Entity] = entArg(rw.s.doc, spouses[a[i].Entity][0])
			}
		}
	}
	if len(named) == 0 {
		return
	}
	for _, rw := range raws {
		if rw.f.Type == "married" {
			continue
		}
		own := false
		for i, a := range rw.f.Args {
			if n, ok := named[a.Entity]; ok && a.Entity >= 0 {
				if !own {
					rw.f.Args, own = slices.Clone(rw.f.Args), true // the fact's own arguments, shared with no other
				}
				rw.f.Args[i] = n
			}
		}
	}
}

// widowedBefore reports whether the unnamed spouse u of person p died in a
// year before one in which p married someone the text names: the named
// spouse is a later one ("Kelly Marsh, whose husband died in 2012,
// married Ryan Doyle in 2015").
func widowedBefore(raws []*raw, u, p int) bool {
	died := ""
	for _, rw := range raws {
		if rw.f.Type == "died" && !rw.echo && len(rw.f.Args) == 1 && rw.f.Args[0].Entity == u && rw.f.Time != nil && len(rw.f.Time.Value) >= 4 {
			died = rw.f.Time.Value[:4]
		}
	}
	if died == "" {
		return false
	}
	for _, rw := range raws {
		a := rw.f.Args
		if rw.f.Type != "married" || len(a) != 2 || rw.f.Time == nil || len(rw.f.Time.Value) < 4 || a[0].Entity != p && a[1].Entity != p || a[0].Entity == u || a[1].Entity == u {
			continue
		}
		if rw.f.Time.Value[:4] > died {
			return true
		}
	}
	return false
}

// namedChildren returns the unnamed groups of children that the named
// children of one of their parents fill: "their two children" of a person
// whose two children Mia and Leo the text names are Mia and Leo. A group
// counts as many as its description says ("three grown children"), two
// for twins or a plural with no number, one for a single child; a group
// larger than the named children stays ("five children" of a woman whose
// one son the text names: the others have no name). A group whose parents
// are siblings is theirs too.
func namedChildren(raws []*raw) map[int]bool {
	kids := map[int]map[int]bool{} // parent → named children
	groups := map[int][]int{}      // unnamed group → its parents
	for _, rw := range raws {
		a := rw.f.Args
		if rw.f.Type != "parent_of" || len(a) != 2 || a[0].Entity < 0 || a[1].Entity < 0 || rw.f.Polarity != hearsay.Pos {
			continue
		}
		switch {
		case rw.unnamedArg(1):
			groups[a[1].Entity] = append(groups[a[1].Entity], a[0].Entity)
		case !rw.unnamedArg(0):
			if kids[a[0].Entity] == nil {
				kids[a[0].Entity] = map[int]bool{}
			}
			kids[a[0].Entity][a[1].Entity] = true
		}
	}
	out := map[int]bool{}
	doc := rawDoc(raws)
	for g, parents := range groups {
		n := groupSize(doc.Entities[g].Name)
		sex := entityGender(doc, g)
		for _, p := range parents {
			if sameSexKids(doc, kids[p], sex) >= n {
				out[g] = true
			}
		}
		if siblings(kids, parents) {
			out[g] = true // "their" taken for the named children themselves: "they have two sons, Jack and Leo ... with their two sons"
		}
	}
	return out
}

// sameSexKids counts the named children in kids that may be of sex ('m',
// 'f' or 0 for either): a son named from an earlier marriage does not
// fill "a daughter" the mother has just welcomed ("Ricci, 27, is also
// mother to a son, Matteo").
func sameSexKids(doc *hearsay.Document, kids map[int]bool, sex byte) int {
	if sex == 0 {
		return len(kids)
	}
	n := 0
	for k := range kids {
		if s := childSex(doc, k); s == 0 || s == sex {
			n++
		}
	}
	return n
}

// childSex returns 'm' or 'f' when the pronouns of entity e or a kin noun
// that describes it ("a son, Matteo", "their daughter Ava") tell its sex,
// and 0 when they do not or disagree.
func childSex(doc *hearsay.Document, e int) byte {
	if g := entityGender(doc, e); g != 0 {
		return g
	}
	var g byte
	for _, m := range doc.Entities[e].Mentions {
		if m < 0 || m >= len(doc.Mentions) || doc.Mentions[m].Kind != hearsay.NominalMention {
			continue
		}
		var x byte
		switch lastWord(doc.Mentions[m].Text) {
		case "son", "boy", "stepson":
			x = 'm'
		case "daughter", "girl", "stepdaughter":
			x = 'f'
		default:
			continue
		}
		if g != 0 && g != x {
			return 0
		}
		g = x
	}
	return g
}

// siblings reports whether two of people are named children of one
// parent in kids (parent → named children): no two siblings have
// children together.
func siblings(kids map[int]map[int]bool, people []int) bool {
	for _, ch := range kids {
		n := 0
		for _, p := range people {
			if ch[p] {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// rawDoc returns the document the facts were read from.
func rawDoc(raws []*raw) *hearsay.Document {
	for _, rw := range raws {
		if rw.s != nil {
			return rw.s.doc
		}
	}
	return nil
}

// groupSize returns how many children the description of an unnamed group
// tells ("<unnamed: their two young daughters>": 2; "twins": 2; "their
// children": 2; "their son": 1).
func groupSize(desc string) int {
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(desc), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
		switch {
		case numberWords[w] > 1:
			n = numberWords[w]
		case isNumber(w):
			if v, err := strconv.Atoi(w); err == nil && v > 1 {
				n = v
			}
		case w == "twin" || w == "twins":
			n = max(n, 2)
		case w == "triplets":
			n = max(n, 3)
		case n == 0 && len(w) > 3 && strings.HasSuffix(w, "s") && w != "couples" || w == "children":
			n = max(n, 2)
		}
	}
	return max(n, 1)
}

// describedEmployer returns the one organisation or place mention inside a
// description of a person (no news outlet), and whether there is one: a
// club named after its town is often taken for the town ("the Kelby Town
// chairman"), and a town's office is the town's ("the Brenley mayor").
func describedEmployer(doc *hearsay.Document, m *hearsay.Mention) (*hearsay.Mention, bool) {
	var found *hearsay.Mention
	for i := range doc.Mentions {
		o := &doc.Mentions[i]
		if o.Start < m.Start || o.End > m.End || o == m || o.Type == hearsay.Person {
			continue
		}
		if o.Type != hearsay.Org && o.Type != hearsay.Place || o.Entity < 0 || newsOrg(doc.Entities[o.Entity]) || found != nil {
			return nil, false
		}
		found = o
	}
	return found, found != nil
}

// describedRoles returns the canonical roles of roles.txt that a
// description gives its person at the organisation it names (rolesEnding):
// the roles that end the description after the organisation, or that "of",
// "at" or "for" and the organisation follow; none when there is none.
func (st *Stage) describedRoles(doc *hearsay.Document, m, org *hearsay.Mention) []string {
	after := strings.ToLower(doc.Text[org.End:m.End])
	before := strings.ToLower(doc.Text[m.Start:org.Start])
	if ws := descWords(after); len(ws) > 0 {
		return st.rolesEnding(ws)
	}
	ws := descWords(before)
	if len(ws) < 2 {
		return nil
	}
	switch ws[len(ws)-1] {
	case "of", "at", "for":
		return st.rolesEnding(ws[:len(ws)-1])
	}
	return nil
}

// roleEnding returns the canonical form of the longest role of roles.txt
// that the words end with, or "": of two roles joined by "and", the last.
func (st *Stage) roleEnding(ws []string) string {
	_, role := st.roleEndingAt(ws)
	return role
}

// rolesEnding returns the canonical form of the longest role of roles.txt
// that the words end with and, when "and" joins another role right before
// it, that role first ("president and chief executive officer" gives
// president and chief executive officer); none when no role ends them. A
// stop-gap word before the role is part of it ("acting head teacher").
func (st *Stage) rolesEnding(ws []string) []string {
	k, role := st.roleEndingAt(ws)
	if role == "" {
		return nil
	}
	if k >= 1 && !stopGap(role) && stopGap(ws[k-1]+" "+role) {
		return []string{ws[k-1] + " " + role} // "the acting head teacher of X": the stop-gap post, not the post it fills
	}
	if k >= 2 && ws[k-1] == "and" {
		if _, first := st.roleEndingAt(ws[:k-1]); first != "" && first != role {
			return []string{first, role}
		}
	}
	return []string{role}
}

// roleEndingAt returns where the longest role of roles.txt that the words
// end with starts, and its canonical form ("" when none does). A phrase of
// the lexicon that joins two roles with "and" ("chairman and chief
// executive") is two roles, not one.
func (st *Stage) roleEndingAt(ws []string) (int, string) {
	for k := max(0, len(ws)-st.r.roleMax); k < len(ws); k++ {
		key := strings.Join(ws[k:], " ")
		if v, ok := st.r.roles[key]; ok && !st.r.joinedRole(key) {
			return k, v
		}
	}
	return len(ws), ""
}

// descWords splits a stretch of a description into lowercase words without
// the possessive mark, determiners and punctuation around them.
func descWords(t string) []string {
	var out []string
	for _, w := range strings.Fields(t) {
		w = strings.Trim(w, ",;:()\"“”")
		if w == "'s" || w == "’s" || w == "'" || w == "’" || w == "" {
			continue
		}
		out = append(out, w)
	}
	return out
}

// coupleNationalPattern is the rule of nationalities read from a couple
// told by its nationality.
var coupleNationalPattern = &pattern{typ: "nationality", opts: options{{"trigger", "noun"}}, line: "nationality of a couple"}

// coupleNationals reads the nationality of each of a couple told with a
// word of nationality before "couple", "pair" or "duo" ("X and Y have
// split. The British couple met in 2022"): the sentence's units read the
// words as the couple named last, and the word is its members'.
func (st *Stage) coupleNationals(s *sent, frames []*frame) []*raw {
	var out []*raw
	for i := range s.units {
		x := &s.units[i]
		if x.mkind != kindGroup || x.ment != -2 || len(x.ents) < 2 || x.End-x.Start <= len(x.word) {
			continue // "the couple" with no word between
		}
		words := strings.Fields(s.doc.Text[x.Start:x.End])
		if len(words) != 3 || !groupNouns[strings.ToLower(words[2])] {
			continue
		}
		country, ok := st.r.nations[strings.ToLower(words[1])]
		if !ok {
			continue
		}
		for _, e := range x.ents {
			args := append(s.slab().argList(2), entArg(s.doc, e), entArg(s.doc, countryEntity(s.doc, country)))
			out = append(out, st.nounRaw(s, frames, coupleNationalPattern, args, x.Span))
		}
	}
	return out
}
