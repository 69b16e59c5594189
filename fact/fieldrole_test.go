package fact

import (
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
	widenPosts(text, facts, roles)
	want := []string{"sales director", "deputy sales director", "director", "chief executive"}
	for i, f := range facts {
		if f.Args[1].Literal != want[i] {
			t.Errorf("fact %d: got %q, want %q", i, f.Args[1].Literal, want[i])
		}
	}
}
