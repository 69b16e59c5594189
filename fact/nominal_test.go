package fact

import (
	"context"
	"slices"
	"sort"
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestNominalMembers reads memberships from descriptions kept whole as one
// mention of a person.
func TestNominalMembers(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		markup, nominal string
		want            []string
	}{
		{"[Gareth Lowe], [a Labour MP=Gareth Lowe], criticised the plan. [org:Labour] won.", "a Labour MP",
			[]string{"member_of(Gareth Lowe,Labour)"}},
		{"[Alma Pierce], [the Democratic congresswoman=Alma Pierce], spoke.", "the Democratic congresswoman",
			[]string{"member_of(Alma Pierce,Democratic Party)"}},
		{"[Jonah Pell], [the Static Harbor frontman=Jonah Pell], spoke. [org:Static Harbor] played.", "the Static Harbor frontman",
			[]string{"member_of(Jonah Pell,Static Harbor)"}},
		{"[Jonah Pell], [the festival's frontman=Jonah Pell], spoke.", "the festival's frontman", nil},
		{"[Gareth Lowe], [a popular MP=Gareth Lowe], spoke.", "a popular MP", nil},
	}
	for _, c := range cases {
		doc := markupDoc(t, c.markup)
		found := false
		for i := range doc.Mentions {
			if doc.Mentions[i].Text == c.nominal {
				doc.Mentions[i].Kind = hearsay.NominalMention
				found = true
			}
		}
		if !found {
			t.Fatalf("%s: no mention %q", c.markup, c.nominal)
		}
		if c.nominal == "the Static Harbor frontman" {
			nestMention(doc, hearsay.Org, "Static Harbor frontman")
		}
		got := processedFacts(t, st, doc, "member_of", "nationality")
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s\n got: %v\nwant: %v", c.markup, got, c.want)
		}
	}
}

// TestModifierNames checks that the name of a thing inside a description of
// a person ("the "Paper Moons" singer") leaves the description one mention
// of the person, so that the patterns read it.
func TestModifierNames(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	doc := markupDoc(t, `[Ines Morrow] married [Paul Tarrant] in <2019|2019>. Later [the "Paper Moons" singer=Ines Morrow] and [Tarrant=Paul Tarrant] were spotted in [place:Sintra] on <Saturday|2023-08-05>.`)
	start := strings.Index(doc.Text, "Paper Moons")
	doc.Entities = append(doc.Entities, hearsay.Entity{ID: "e9", Type: hearsay.Work, Name: "Paper Moons"})
	doc.Mentions = append(doc.Mentions, hearsay.Mention{Span: hearsay.Span{Start: start, End: start + len("Paper Moons")}, Text: "Paper Moons",
		Type: hearsay.Work, Kind: hearsay.NameMention, Entity: len(doc.Entities) - 1, Sentence: 1})
	doc.Entities[len(doc.Entities)-1].Mentions = []int{len(doc.Mentions) - 1}
	if err := st.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range doc.Facts {
		got = append(got, compact(doc, f))
	}
	want := "located_at(Ines Morrow,Sintra) @2023-08-05"
	if !strings.Contains(strings.Join(got, "\n"), want) {
		t.Errorf("got %v, want %s", got, want)
	}
	for _, g := range got {
		if strings.Contains(g, "Paper Moons") {
			t.Errorf("the title inside the description is read as an argument: %s", g)
		}
	}
}

// TestUnnamedRelatives reads the ties of unnamed relatives whose possessor
// opens their description (the entity stage gives "her" of "her husband" a
// mention of its own), and puts a named spouse, or named children, where
// the text names them.
func TestUnnamedRelatives(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		markup string
		owners map[string]string // description → its possessor's entity names, "+" between a group's
		want   []string
	}{
		// a spouse no name fills, and children of the two
		{"[Ann Bell] lives in [place:Leeds] with [her husband=unnamed: her husband%unnamed-spouse] and [their two sons=unnamed: their two sons%unnamed-child].",
			map[string]string{"her husband": "Ann Bell", "their two sons": "Ann Bell+unnamed: her husband"},
			[]string{"married(Ann Bell,unnamed: her husband)", "parent_of(Ann Bell,unnamed: their two sons)", "parent_of(unnamed: her husband,unnamed: their two sons)"}},
		// a partner no name fills is dated, and the children are the two's
		{"[Tom Hale] lives in [place:Leeds] with [his girlfriend=unnamed: his girlfriend%unnamed-partner] and [their son=unnamed: their son%unnamed-child].",
			map[string]string{"his girlfriend": "Tom Hale", "their son": "Tom Hale+unnamed: his girlfriend"},
			[]string{"dating(Tom Hale,unnamed: his girlfriend)", "parent_of(Tom Hale,unnamed: their son)", "parent_of(unnamed: his girlfriend,unnamed: their son)"}},
		// the husband is the man she married: her sons are his
		{"[Ann Bell] lives in [place:Leeds] with [her husband=unnamed: her husband%unnamed-spouse] and [their two sons=unnamed: their two sons%unnamed-child]. [Bell=Ann Bell] married [Tom Hale] in <2010|2010>.",
			map[string]string{"her husband": "Ann Bell", "their two sons": "Ann Bell+unnamed: her husband"},
			[]string{"married(Ann Bell,Tom Hale) @2010", "parent_of(Ann Bell,unnamed: their two sons)", "parent_of(Tom Hale,unnamed: their two sons)"}},
		// the two sons are the two the text names, and so the husband's
		{"[Ann Bell] has two sons, [Jack] and [Leo]. [She=Ann Bell] lives in [place:Leeds] with [her husband=unnamed: her husband%unnamed-spouse] and [their two sons=unnamed: their two sons%unnamed-child].",
			map[string]string{"her husband": "Ann Bell", "their two sons": "Ann Bell+unnamed: her husband"},
			[]string{"married(Ann Bell,unnamed: her husband)", "parent_of(Ann Bell,Jack)", "parent_of(Ann Bell,Leo)",
				"parent_of(unnamed: her husband,Jack)", "parent_of(unnamed: her husband,Leo)"}},
		// "their" taken for another pair: the children are those of him and his wife
		{"[Leo Bell] and [Ann Ray] spoke. [Tom Hale] lives in [place:Leeds] with [his wife=unnamed: his wife%unnamed-spouse] and [their two sons=unnamed: their two sons%unnamed-child].",
			map[string]string{"his wife": "Tom Hale", "their two sons": "Leo Bell+Ann Ray"},
			[]string{"married(Tom Hale,unnamed: his wife)", "parent_of(Tom Hale,unnamed: their two sons)", "parent_of(unnamed: his wife,unnamed: their two sons)"}},
		// "their" left unresolved after a spouse the text names: the children of the two
		{"[Tom Hale] lives in [place:Leeds] with [his wife=Ann Hale] and [their two sons=unnamed: their two sons%unnamed-child]. [Ann Hale] is a nurse.",
			map[string]string{"his wife": "Tom Hale", "their two sons": ""},
			[]string{"married(Ann Hale,Tom Hale)", "parent_of(Ann Hale,unnamed: their two sons)", "parent_of(Tom Hale,unnamed: their two sons)"}},
		// ... or for the named sons themselves: siblings have no children together
		{"[Ann Bell] has two sons, [Jack] and [Leo]. The family lives in [place:Leeds] with [their two sons=unnamed: their two sons%unnamed-child].",
			map[string]string{"their two sons": "Jack+Leo"},
			[]string{"parent_of(Ann Bell,Jack)", "parent_of(Ann Bell,Leo)"}},
	}
	for _, c := range cases {
		doc := markupDoc(t, c.markup)
		for desc, owner := range c.owners {
			var owners []string
			if owner != "" {
				owners = strings.Split(owner, "+")
			}
			addPossessor(t, doc, desc, owners)
		}
		got := processedFacts(t, st, doc, "married", "dating", "parent_of")
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s\n got: %v\nwant: %v", c.markup, got, c.want)
		}
	}
}

// addPossessor gives the description desc a mention of its possessive
// word of its own, of the entity named owners[0] or of the group of all
// owners (none: the word is left unresolved), and marks desc a nominal
// mention, as the entity stage does.
func addPossessor(t *testing.T, doc *hearsay.Document, desc string, owners []string) {
	t.Helper()
	k := slices.IndexFunc(doc.Mentions, func(m hearsay.Mention) bool { return m.Text == desc })
	if k < 0 {
		t.Fatalf("no mention %q", desc)
	}
	doc.Mentions[k].Kind = hearsay.NominalMention
	if len(owners) == 0 {
		return // a possessive left unresolved
	}
	m := doc.Mentions[k]
	word, _, _ := strings.Cut(desc, " ")
	p := hearsay.Mention{Span: hearsay.Span{Start: m.Start, End: m.Start + len(word)}, Text: word, Type: hearsay.Person, Kind: hearsay.PronounMention, Entity: -1, Sentence: m.Sentence}
	for _, o := range owners {
		e := slices.IndexFunc(doc.Entities, func(e hearsay.Entity) bool { return e.Name == o })
		if e < 0 {
			t.Fatalf("no entity %q", o)
		}
		p.Members = append(p.Members, e)
	}
	if len(owners) == 1 {
		p.Entity, p.Members = p.Members[0], nil
	} else {
		p.Kind = hearsay.GroupMention
	}
	doc.Mentions = slices.Insert(doc.Mentions, k, p)
	for i := range doc.Entities {
		doc.Entities[i].Mentions = doc.Entities[i].Mentions[:0]
	}
	for i, m := range doc.Mentions {
		if m.Entity >= 0 {
			doc.Entities[m.Entity].Mentions = append(doc.Entities[m.Entity].Mentions, i)
		}
	}
}

// TestNominalPosts reads posts from descriptions kept whole as one mention
// of a person, with the organisation named inside them.
func TestNominalPosts(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		markup, nominal, org string
		want                 []string
	}{
		{"[Ada Brill], [the Orbis Bank treasurer=Ada Brill], spoke. [org:Orbis Bank] grew.", "the Orbis Bank treasurer", "Orbis Bank treasurer",
			[]string{"position_held(Ada Brill,treasurer,Orbis Bank)"}},
		{"[Ada Brill], [Orbis Bank's longtime chief executive=Ada Brill], spoke. [org:Orbis Bank] grew.", "Orbis Bank's longtime chief executive", "Orbis Bank's",
			[]string{"position_held(Ada Brill,chief executive officer,Orbis Bank)"}},
		{"[Ada Brill], [the finance director of Orbis Bank=Ada Brill], spoke. [org:Orbis Bank] grew.", "the finance director of Orbis Bank", "Orbis Bank, spoke",
			[]string{"position_held(Ada Brill,finance director,Orbis Bank)"}},
		{"[Ada Brill], [the Orbis Bank heiress=Ada Brill], spoke. [org:Orbis Bank] grew.", "the Orbis Bank heiress", "Orbis Bank heiress", nil},
		{"[Ada Brill], [a Daily Ledger columnist=Ada Brill], spoke. [outlet:Daily Ledger] grew.", "a Daily Ledger columnist", "Daily Ledger columnist", nil},
	}
	for _, c := range cases {
		doc := markupDoc(t, c.markup)
		markNominal(t, doc, c.markup, c.nominal)
		nestMention(doc, hearsay.Org, c.org)
		got := processedFacts(t, st, doc, "position_held")
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s\n got: %v\nwant: %v", c.markup, got, c.want)
		}
	}
}

// nestMention gives the document's first entity of type typ a second
// mention where within starts, in the sentence there, as the mention stage
// gives the name of an organisation or a place inside a description of a
// person.
func nestMention(doc *hearsay.Document, typ hearsay.EntityType, within string) {
	start := strings.Index(doc.Text, within)
	for i := range doc.Mentions {
		if doc.Mentions[i].Type == typ {
			m := doc.Mentions[i]
			m.Start, m.End = start, start+len(m.Text)
			for k, st := range doc.Sentences {
				if st.Start <= start && start < st.End {
					m.Sentence = k
				}
			}
			doc.Mentions = append(doc.Mentions, m)
			doc.Entities[m.Entity].Mentions = append(doc.Entities[m.Entity].Mentions, len(doc.Mentions)-1)
			return
		}
	}
}

// processedFacts runs the stage on doc and returns its facts of the given
// types in compact form, sorted.
func processedFacts(t *testing.T, st *Stage, doc *hearsay.Document, types ...string) []string {
	t.Helper()
	if err := st.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range doc.Facts {
		if slices.Contains(types, f.Type) {
			got = append(got, compact(doc, f))
		}
	}
	sort.Strings(got)
	return got
}

// TestLastDescWord checks lastDescWord against strings.FieldsFunc.
func TestLastDescWord(t *testing.T) {
	for _, s := range []string{"", " ", ",", "member", " member ", "a Labour member", "the party's members,", "a, b", "Tory\u00a0member", "x\u2003 y ,", "\xffa b\xc2", "one  two\tthree\n"} {
		words := strings.FieldsFunc(s, descSep)
		last, more := lastDescWord(s)
		wantLast := ""
		if len(words) > 0 {
			wantLast = words[len(words)-1]
		}
		if last != wantLast || more != (len(words) >= 2) {
			t.Errorf("lastDescWord(%q) = %q, %v; want %q, %v", s, last, more, wantLast, len(words) >= 2)
		}
	}
}

// TestNameAfterDescription checks that a description set off before a
// person's name, with an "of" phrase before the comma or a title after it,
// stays words for the patterns (the name says who), and that one with
// other words between stays a mention.
func TestNameAfterDescription(t *testing.T) {
	cases := []struct {
		markup, nominal string
		words           bool
	}{
		{"[The new chief executive=Ada Lind] of the council, [Tom Hale], spoke.", "The new chief executive", true},
		{"[The new chief executive=Ada Lind], [Tom Hale], spoke.", "The new chief executive", true},
		{"It is run by [its associate priest=Ada Lind], the [Rev. Tom Hale], now.", "its associate priest", true},
		{"[The group leader=Ada Lind], Cllr [Tom Hale], spoke.", "The group leader", true},
		{"[The new chief executive=Ada Lind] of the council said, in a statement to staff, [Tom Hale] left.", "The new chief executive", false},
		{"[The new chief executive=Ada Lind], who spoke to [Tom Hale], left.", "The new chief executive", false},
		{"[The chief=Ada Lind] of the old and famous city council of the north, [Tom Hale], left.", "The chief", false},
	}
	for _, c := range cases {
		doc := markupDoc(t, c.markup)
		nom := markNominal(t, doc, c.markup, c.nominal)
		kept := slices.Contains(sentMentions(doc, mentionsBySentence(doc))[doc.Mentions[nom].Sentence], nom)
		if kept == c.words {
			t.Errorf("%s: description kept as a mention %v, want %v", c.markup, kept, !c.words)
		}
	}
}

// TestNationalSideDescriptions reads a member of a national side, and one
// of its nationals, from a description kept whole that names a country
// before a place in a side.
func TestNationalSideDescriptions(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		markup, nominal, place string
		want                   []string
	}{
		{"[Tom Hale] scored. [The 24-year-old Poland striker=Tom Hale] left. [place:Poland] won.", "The 24-year-old Poland striker", "Poland striker",
			[]string{"member_of(Tom Hale,Poland)", "nationality(Tom Hale,Poland)"}},
		{"[Tom Hale] sang. [The Seattle singer=Tom Hale] left. [place:Seattle] won.", "The Seattle singer", "Seattle singer", nil},
		{"[Tom Hale] scored. [The Leeds striker=Tom Hale] left. [place:Leeds] won.", "The Leeds striker", "Leeds striker", nil},
	}
	for _, c := range cases {
		doc := markupDoc(t, c.markup)
		markNominal(t, doc, c.markup, c.nominal)
		nestMention(doc, hearsay.Place, c.place)
		got := processedFacts(t, st, doc, "member_of", "nationality")
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s\n got: %v\nwant: %v", c.markup, got, c.want)
		}
	}
}

// markNominal makes the mention of doc whose text is nominal a nominal
// mention (markup gives names only) and returns its index; markup names
// the case in the failure.
func markNominal(t *testing.T, doc *hearsay.Document, markup, nominal string) int {
	t.Helper()
	nom := -1
	for i := range doc.Mentions {
		if doc.Mentions[i].Text == nominal {
			doc.Mentions[i].Kind = hearsay.NominalMention
			nom = i
		}
	}
	if nom < 0 {
		t.Fatalf("%s: no mention %q", markup, nominal)
	}
	return nom
}

// TestUnnamedSpouseDied reads the death of an unnamed spouse whose
// description a possessive pronoun of its own opens ("her husband died",
// "Her husband, a retired paramedic, died"):
// the description, not the pronoun, stands for the one who died.
func TestUnnamedSpouseDied(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	for _, markup := range []string{
		"[Ann Bell] lives in [place:Leeds]. [Her husband=unnamed: her husband%unnamed-spouse] died in <2011|2011>.",
		"[Ann Bell] lives in [place:Leeds]. [Her husband=unnamed: her husband%unnamed-spouse], a retired paramedic, died in <2011|2011>.",
	} {
		doc := markupDoc(t, markup)
		addPossessor(t, doc, "Her husband", []string{"Ann Bell"})
		got := processedFacts(t, st, doc, "died", "married")
		want := []string{"died(unnamed: her husband) @2011", "married(Ann Bell,unnamed: her husband)"}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s\n got: %v\nwant: %v", markup, got, want)
		}
	}
}
