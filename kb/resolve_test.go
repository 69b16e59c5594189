package kb

import (
	"context"
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// refResolve is resolve as it was before candIndex, scoring every
// candidate: the reference the faster resolve must agree with. It groups document entities into clusters. Full names are grouped
// first (namesakes with conflicting attributes stay apart), then one-word
// names join the full-name cluster they fit, or form clusters of their own.
func refResolve(des []*docEnt) []*cluster {
	groups := map[string][]*cluster{} // type + full name → clusters
	var all []*cluster
	byWord := map[string][]*cluster{} // type + one name word → full-name clusters
	var singles []*docEnt
	for _, de := range des {
		if de.single && de.typ == string(hearsay.Person) {
			singles = append(singles, de)
			continue
		}
		key := de.typ + "|" + groupKey(de.name)
		if c := best(groups[key], de); c != nil {
			c.add(de)
			continue
		}
		c := newCluster(de, key)
		groups[key] = append(groups[key], c)
		all = append(all, c)
		if de.typ == string(hearsay.Person) {
			for _, w := range strings.Fields(groupKey(de.name)) {
				byWord[de.typ+"|"+w] = append(byWord[de.typ+"|"+w], c)
			}
		}
	}
	for _, de := range singles {
		key := de.typ + "|" + NameKey(de.name)
		cands := byWord[key]
		if c := refPickSingle(cands, de); c != nil {
			c.add(de)
			continue
		}
		// one-word names of different articles ("Rosa") are one person
		// only when something around them agrees
		if c := best(groups[key], de); c != nil && c.score(de) > 0 {
			c.add(de)
			continue
		}
		c := newCluster(de, key)
		groups[key] = append(groups[key], c)
		all = append(all, c)
	}
	return all
}

// pickSingle chooses the full-name cluster a one-word name belongs to: the
// only compatible candidate (see below), or the one whose context agrees
// best.
func refPickSingle(cands []*cluster, de *docEnt) *cluster {
	var ok []*cluster
	for _, c := range cands {
		if c.compatible(de) {
			ok = append(ok, c)
		}
	}
	switch {
	case len(ok) == 0:
		return nil
	case len(ok) == 1 && (ok[0].score(de) > 0 && (!givenNameOf(ok[0], de) || ok[0].kinScore(de) > 0) || lastWord(ok[0].key) == NameKey(de.name)):
		// the only full name it can shorten, when its context agrees or it
		// is that name's surname ("Navarro"; a bare given name is too
		// common to follow without context)
		return ok[0]
	case len(ok) == 1:
		return nil
	}
	var b *cluster
	bs, tie := 0, false
	for _, c := range ok {
		s := c.score(de)
		switch {
		case s > bs:
			b, bs, tie = c, s, false
		case s == bs && s > 0:
			tie = true
		}
	}
	if tie || b != nil && givenNameOf(b, de) && b.kinScore(de) == 0 {
		return nil
	}
	return b
}

// TestResolveMatchesReference checks that resolve groups document
// entities exactly as scoring every candidate did, over random corpora
// full of one-word names, shared given names and surnames, namesakes,
// ages and occupations.
func TestResolveMatchesReference(t *testing.T) {
	rules, err := LoadRules()
	if err != nil {
		t.Fatal(err)
	}
	for seed := int64(1); seed <= 30; seed++ {
		ins := randomInputs(seed, 300)
		des := docEnts(rules, ins)
		if !sort.SliceIsSorted(des, func(i, j int) bool { return des[i].before(des[j]) }) {
			t.Fatalf("seed %d: document entities out of order", seed)
		}
		got, want := resolve(des), refResolve(docEnts(rules, ins))
		if g, w := clusterDump(got), clusterDump(want); g != w {
			t.Fatalf("seed %d: resolve differs from the reference:\n got %.400s\nwant %.400s", seed, g, w)
		}
	}
	k, err := Build(context.Background(), rules, randomInputs(99, 400), nil)
	if err != nil || len(k.Entities) < 50 {
		t.Fatalf("random corpus too small to test: %d entities, %v", len(k.Entities), err)
	}
}

// clusterDump lists each cluster's members, in order.
func clusterDump(cs []*cluster) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString(c.key + ":")
		for _, m := range c.members {
			fmt.Fprintf(&b, " %s#%d", m.in.Doc, m.idx)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// randomInputs makes n articles' analyses about a small cast, so that
// names meet often: full names, given names and surnames alone, names
// with a repeated word, ages, occupations of several families.
func randomInputs(seed int64, n int) []*Input {
	rng := rand.New(rand.NewSource(seed))
	given := []string{"Ada", "Bram", "Cleo", "Dario", "Edda", "Mina"}
	family := []string{"Lark", "Moor", "Osei", "Pryce", "Vale", "Ada"}
	occs := []string{"actor", "singer", "senator", "chef", "footballer", "author"}
	var ins []*Input
	for i := 0; i < n; i++ {
		day := fmt.Sprintf("20%02d-%02d-%02d", 10+rng.Intn(10), 1+rng.Intn(12), 1+rng.Intn(28))
		in := &Input{Doc: fmt.Sprintf("d%04d", i), Date: day, Outlet: []string{"Star", "Wire Report"}[rng.Intn(2)]}
		for j := 0; j < 2+rng.Intn(3); j++ {
			g, f := given[rng.Intn(len(given))], family[rng.Intn(len(family))]
			name := g + " " + f
			switch rng.Intn(6) {
			case 0:
				name = g
			case 1:
				name = f
			case 2:
				name = g + " " + g
			}
			e := hearsay.Entity{ID: fmt.Sprintf("e%d", j+1), Type: hearsay.Person, Name: name}
			if rng.Intn(3) == 0 {
				age := 20 + rng.Intn(40)
				if iv, err := BirthFromAge(age, day); err == nil {
					e.Age = &hearsay.Age{Years: age, At: day}
					e.Birth = &hearsay.Interval{Earliest: iv.Earliest, Latest: iv.Latest}
				}
			}
			in.Entities = append(in.Entities, e)
			if rng.Intn(2) == 0 {
				in.Facts = append(in.Facts, hearsay.Fact{ID: fmt.Sprintf("f%d", len(in.Facts)+1), Type: "occupation",
					Args: []hearsay.Arg{{Entity: j}, {Entity: -1, Literal: occs[rng.Intn(len(occs))]}}, Polarity: hearsay.Pos})
			}
		}
		ins = append(ins, in)
	}
	return ins
}
