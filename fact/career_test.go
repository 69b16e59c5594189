package fact

import (
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestSamePostNamed checks which posts named in other words count as one.
func TestSamePostNamed(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	post := func(typ, role string, org int) hearsay.Fact {
		return hearsay.Fact{Type: typ, Args: []hearsay.Arg{{Entity: 0}, {Entity: -1, Literal: role}, {Entity: org}}}
	}
	for _, c := range []struct {
		a, b hearsay.Fact
		want bool
	}{
		{post("position_held", "interim chief executive", 1), post("position_held", "interim chief executive officer", 1), true},
		{post("position_held", "board chair", 1), post("position_held", "chair", 1), true},
		{post("position_held", "chief executive", 1), post("position_held", "ceo", 1), true},
		{post("position_held", "vice president", 1), post("position_held", "president", 1), false},
		{post("position_held", "interim chief executive", 1), post("position_held", "chief executive officer", 1), false},
		{post("position_held", "chair", 1), post("position_held", "chair", 2), false},
		{post("position_held", "chair", 1), post("appointed", "chair", 1), false},
	} {
		if got := samePostNamed(&c.a, &c.b, st.r.roles); got != c.want {
			t.Errorf("samePostNamed(%q, %q) = %v, want %v", c.a.Args[1].Literal, c.b.Args[1].Literal, got, c.want)
		}
	}
}

// TestNarrowestOccupations checks that an occupation a longer one of the
// same person ends with is dropped, and nothing else.
func TestNarrowestOccupations(t *testing.T) {
	occ := func(e int, lit string) hearsay.Fact {
		return hearsay.Fact{Type: "occupation", Args: []hearsay.Arg{{Entity: e}, {Entity: -1, Literal: lit}}, Modality: hearsay.Asserted, Polarity: hearsay.Pos}
	}
	facts := []hearsay.Fact{occ(0, "star"), occ(0, "reality star"), occ(1, "captain"), occ(2, "rugby captain"), occ(1, "singer"), occ(3, "costar"), occ(3, "star")}
	var got []string
	for _, f := range narrowestOccupations(facts, nil, nil) {
		got = append(got, f.Args[1].Literal)
	}
	want := "reality star,captain,rugby captain,singer,costar,star"
	if strings.Join(got, ",") != want {
		t.Errorf("narrowestOccupations = %s, want %s", strings.Join(got, ","), want)
	}
}

// TestSameTrades checks that a generic occupation beside a specific one of
// the same trade (data/sametrades.tsv) is dropped, and a founding held as a
// post, and nothing else.
func TestSameTrades(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	occ := func(e int, lit string) hearsay.Fact {
		return hearsay.Fact{Type: "occupation", Args: []hearsay.Arg{{Entity: e}, {Entity: -1, Literal: lit}}, Modality: hearsay.Asserted, Polarity: hearsay.Pos}
	}
	post := hearsay.Fact{Type: "position_held", Args: []hearsay.Arg{{Entity: 4}, {Entity: -1, Literal: "co-founder"}, {Entity: 9}}, Modality: hearsay.Asserted, Polarity: hearsay.Pos}
	facts := []hearsay.Fact{occ(0, "musician"), occ(0, "singer-songwriter"), occ(1, "basketball star"), occ(1, "point guard"),
		occ(2, "singer"), occ(2, "guitarist"), occ(3, "founder"), occ(4, "founder"), post, occ(5, "runway star"),
		occ(6, "singer"), occ(6, "backing singer"), occ(7, "nurse"), occ(7, "ward sister"), occ(8, "comic"), occ(8, "comedian"),
		occ(9, "stand-up"), occ(9, "stand-up comedian"), occ(10, "priest"), occ(10, "curate")}
	var got []string
	for _, f := range narrowestOccupations(facts, st.r.sameTrades, st.r.foundings) {
		got = append(got, f.Args[1].Literal)
	}
	want := "singer-songwriter,point guard,singer,guitarist,founder,co-founder,runway star,singer,backing singer,ward sister,comedian,stand-up comedian,curate"
	if strings.Join(got, ",") != want {
		t.Errorf("narrowestOccupations = %s, want %s", strings.Join(got, ","), want)
	}
}

// TestPartyOpen checks that a party the mention stage read before a title
// of state is not the post's organisation, and that other organisations are.
func TestPartyOpen(t *testing.T) {
	doc := &hearsay.Document{
		Entities: []hearsay.Entity{{Name: "Jane Holt", Type: hearsay.Person}, {Name: "Labour", Type: hearsay.Org}, {Name: "Acme Corp", Type: hearsay.Org}},
		Facts:    []hearsay.Fact{{Type: "member_of", Args: []hearsay.Arg{{Entity: 0}, {Entity: 1}}, Rule: "entity-place-title"}},
	}
	args := func(role string, org int) []hearsay.Arg {
		return []hearsay.Arg{{Entity: 0}, {Entity: -1, Literal: role}, {Entity: org}}
	}
	for _, c := range []struct {
		role      string
		org, want int
	}{
		{"member of parliament", 1, -1},
		{"mayor", 1, -1},
		{"member of parliament", 2, 2},
		{"chief executive officer", 1, 1},
		{"member of parliament", -1, -1},
	} {
		if got := partyOpen(doc, args(c.role, c.org)); got.Entity != c.want {
			t.Errorf("partyOpen(%s, %d) = %d, want %d", c.role, c.org, got.Entity, c.want)
		}
	}
}

// TestDropHopedPosts checks that a post the mention stage read is dropped
// only when its sentence tells the appointment as hoped for or doubted.
func TestDropHopedPosts(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	post := func(typ, role string, sent int, mod hearsay.Modality) hearsay.Fact {
		return hearsay.Fact{Type: typ, Args: []hearsay.Arg{{Entity: 0}, {Entity: -1, Literal: role}, {Entity: 1}}, Sentence: sent, Modality: mod}
	}
	held := post("position_held", "chief executive", 2, hearsay.Asserted)
	for _, c := range []struct {
		name  string
		facts []hearsay.Fact
		keep  bool
	}{
		{"speculated appointment", []hearsay.Fact{post("appointed", "ceo", 2, hearsay.Speculated)}, false},
		{"denied election", []hearsay.Fact{post("elected", "chief executive officer", 2, hearsay.Denied)}, false},
		{"appointment told as fact", []hearsay.Fact{post("appointed", "ceo", 2, hearsay.Asserted)}, true},
		{"both", []hearsay.Fact{post("appointed", "ceo", 2, hearsay.Speculated), post("appointed", "ceo", 2, hearsay.Asserted)}, true},
		{"another sentence", []hearsay.Fact{post("appointed", "ceo", 3, hearsay.Speculated)}, true},
		{"another post", []hearsay.Fact{post("appointed", "chair", 2, hearsay.Speculated)}, true},
		{"nothing", nil, true},
	} {
		got := dropHopedPosts([]hearsay.Fact{held}, c.facts, st.r.roles)
		if (len(got) == 1) != c.keep {
			t.Errorf("%s: kept %d facts, want kept %v", c.name, len(got), c.keep)
		}
	}
}

// TestNarrowestPosts checks that a post named by its last word alone folds
// into the same post named more fully, with both times, and that a rank
// word, another organisation or a clashing time keeps the two apart.
func TestNarrowestPosts(t *testing.T) {
	post := func(role string, org int, start, end string) hearsay.Fact {
		var tm *hearsay.FactTime
		if start != "" || end != "" {
			tm = &hearsay.FactTime{Start: start, End: end, Timex: -1}
		}
		return hearsay.Fact{Type: "position_held", Args: []hearsay.Arg{{Entity: 0}, {Entity: -1, Literal: role}, {Entity: org}}, Time: tm,
			Modality: hearsay.Asserted, Polarity: hearsay.Pos}
	}
	for _, c := range []struct {
		facts []hearsay.Fact
		want  string
	}{
		{[]hearsay.Fact{post("chief", 1, "2019", ""), post("police chief", 1, "", "2025")}, "police chief 2019..2025"},
		{[]hearsay.Fact{post("coach", 1, "", ""), post("head coach", 1, "2020", "")}, "head coach 2020.."},
		{[]hearsay.Fact{post("president", 1, "", ""), post("vice president", 1, "", "")}, "president .., vice president .."},
		{[]hearsay.Fact{post("coach", 1, "", ""), post("assistant coach", 1, "", "")}, "coach .., assistant coach .."},
		{[]hearsay.Fact{post("chief", 1, "", ""), post("police chief", 2, "", "")}, "chief .., police chief .."},
		{[]hearsay.Fact{post("coach", 1, "2010", ""), post("head coach", 1, "2020", "")}, "coach 2010.., head coach 2020.."},
	} {
		var got []string
		for _, f := range narrowestPosts(c.facts) {
			s := f.Args[1].Literal + " "
			if f.Time != nil {
				s += f.Time.Start
			}
			s += ".."
			if f.Time != nil {
				s += f.Time.End
			}
			got = append(got, s)
		}
		if strings.Join(got, ", ") != c.want {
			t.Errorf("narrowestPosts = %s, want %s", strings.Join(got, ", "), c.want)
		}
	}
}

// TestTwinPosts checks that a post written in other words of the role
// lexicon, or with another word for the chair, folds into one, and that
// other posts stay apart.
func TestTwinPosts(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	post := func(role string, org int, start string) hearsay.Fact {
		var tm *hearsay.FactTime
		if start != "" {
			tm = &hearsay.FactTime{Start: start, Timex: -1}
		}
		return hearsay.Fact{Type: "position_held", Args: []hearsay.Arg{{Entity: 0}, {Entity: -1, Literal: role}, {Entity: org}}, Time: tm,
			Modality: hearsay.Asserted, Polarity: hearsay.Pos}
	}
	for _, c := range []struct {
		facts []hearsay.Fact
		want  string
	}{
		{[]hearsay.Fact{post("interim chief executive officer", 1, ""), post("interim chief executive", 1, "2023-07")}, "interim chief executive 2023-07"},
		{[]hearsay.Fact{post("chairman", 1, "2017"), post("chair", 1, "")}, "chairman 2017"},
		{[]hearsay.Fact{post("co-founder", 1, ""), post("founder", 1, "")}, "co-founder "},
		{[]hearsay.Fact{post("interim chief", 1, ""), post("interim chief", 1, "2026-07-31")}, "interim chief 2026-07-31"},
		{[]hearsay.Fact{post("councillor", 1, "2015"), post("councillor", 1, "2026-05")}, "councillor 2015, councillor 2026-05"},
		{[]hearsay.Fact{post("interim chief executive", 1, ""), post("chief executive officer", 1, "")}, "interim chief executive , chief executive officer "},
		{[]hearsay.Fact{post("interim chief executive", 1, ""), post("interim chief executive officer", 2, "")}, "interim chief executive , interim chief executive officer "},
	} {
		var got []string
		for _, f := range twinPosts(c.facts, st.r.roles) {
			s := f.Args[1].Literal + " "
			if f.Time != nil {
				s += f.Time.Start
			}
			got = append(got, s)
		}
		if strings.Join(got, ", ") != c.want {
			t.Errorf("twinPosts = %s, want %s", strings.Join(got, ", "), c.want)
		}
	}
}
