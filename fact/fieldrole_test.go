package fact

import (
	"strings"
	"testing"

	"github.com/hearsay-news/hearsay"
)

func TestWithoutCutPosts(t *testing.T) {
	text := "Dr. Ama Kell, head of research at the Veldt Bank, joins Orrin College as its head."
	post := func(role string, org, start, end int) hearsay.Fact {
		return hearsay.Fact{Type: "position_held", Args: []hearsay.Arg{{Entity: 0}, {Entity: -1, Literal: role}, {Entity: org}},
			Trigger: hearsay.Span{Start: start, End: end}}
	}
	mention := func(f hearsay.Fact) hearsay.Fact {
		f.Rule = "entity-appositive"
		return f
	}
	cases := []struct {
		name  string
		facts []hearsay.Fact
		want  []string
	}{
		{"cut before the field in the text", []hearsay.Fact{post("head", 2, 14, 18), post("head of research", 1, 12, 40)}, []string{"head of research"}},
		{"inside the fuller post's trigger", []hearsay.Fact{post("head", 2, 20, 24), post("head of research", 1, 12, 40)}, []string{"head of research"}},
		{"another post of the same word", []hearsay.Fact{post("head", 2, 78, 82), post("head of research", 1, 12, 40)}, []string{"head", "head of research"}},
		{"no fuller post", []hearsay.Fact{post("head", 2, 14, 18)}, []string{"head"}},
		{"mention stage's organisation beside a pattern's", []hearsay.Fact{mention(post("head of research", 2, 14, 30)), post("head of research", 1, 12, 40)}, []string{"head of research"}},
		{"mention stage's post of its own words", []hearsay.Fact{mention(post("head", 2, 78, 82)), post("head of research", 1, 12, 40)}, []string{"head", "head of research"}},
	}
	for _, c := range cases {
		var got []string
		for _, f := range withoutCutPosts(text, c.facts) {
			got = append(got, f.Args[1].Literal)
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: got %q, want %q", c.name, got, c.want)
				break
			}
		}
	}
}

func TestWidenPosts(t *testing.T) {
	roles := map[string]string{"director": "director", "sales director": "sales director", "deputy sales director": "deputy sales director", "chief executive": "chief executive officer"}
	text := "Mira Lusk, its sales director, and Ian Roe, a deputy sales director, met Jo Pike, the bank's director."
	post := func(role string, start, end int) hearsay.Fact {
		return hearsay.Fact{Type: "position_held", Args: []hearsay.Arg{{Entity: 0}, {Entity: -1, Literal: role}, {Entity: 1}}, Trigger: hearsay.Span{Start: start, End: end}}
	}
	facts := []hearsay.Fact{post("director", 21, 29), post("director", 59, 67), post("director", 93, 101), post("chief executive", 0, 4)}
	widenPosts(text, facts, nil, roles, nil, nil)
	want := []string{"sales director", "deputy sales director", "director", "chief executive"}
	for i, f := range facts {
		if f.Args[1].Literal != want[i] {
			t.Errorf("fact %d: got %q, want %q", i, f.Args[1].Literal, want[i])
		}
	}
}

// TestWidenPostsName checks that the last word of the organisation's
// name before a post stays the name's ("Dunmore Town manager").
func TestWidenPostsName(t *testing.T) {
	roles := map[string]string{"manager": "manager", "town manager": "town manager"}
	text := "Dunmore Town manager Ian Roe spoke."
	ents := []hearsay.Entity{{Name: "Ian Roe"}, {Name: "Dunmore Town"}}
	facts := []hearsay.Fact{{Type: "position_held", Args: []hearsay.Arg{{Entity: 0}, {Entity: -1, Literal: "manager"}, {Entity: 1}}, Trigger: hearsay.Span{Start: 13, End: 20}}}
	widenPosts(text, facts, ents, roles, nil, nil)
	if got := facts[0].Args[1].Literal; got != "manager" {
		t.Errorf("got %q, want %q", got, "manager")
	}
}

func TestFieldInText(t *testing.T) {
	fieldRoles := map[string]fieldPreps{"head": fieldOf, "director": fieldOf | fieldFor}
	nouns := map[string]bool{"communications": true, "sales": true, "research": true}
	cases := []struct {
		text, role, want string
		ok               bool
	}{
		{"Priya Shaw, Head of Communications\n", "head", "of communications", true},
		{"Priya Shaw, director for Global Sales at Halvex, said", "director", "for global sales", true},
		{"Priya Shaw, head of clinical research and more", "head", "", false},
		{"Priya Shaw, head of Halvex, said", "head", "", false},
		{"Priya Shaw, head of communications", "editor", "", false},
	}
	for _, c := range cases {
		i := strings.Index(strings.ToLower(c.text), c.role) + len(c.role)
		got, _, ok := fieldInText(c.text, i, c.role, fieldRoles, nouns)
		if ok != c.ok || got != c.want {
			t.Errorf("%q: got %q %v, want %q %v", c.text, got, ok, c.want, c.ok)
		}
	}
}
