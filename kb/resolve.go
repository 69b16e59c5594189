package kb

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	hearsay "github.com/hearsay-news/hearsay"
)

// A docEnt is one entity of one document, the unit that resolution groups.
type docEnt struct {
	in       *Input
	idx      int // index into in.Entities
	typ      string
	name     string
	key      string // NameKey(name)
	aliases  []string
	age      *AgeObs
	occs     []string
	families map[string]bool
	context  map[string]bool // normalized names of the other entities and literals around it
	people   map[string]bool // normalized full names (two words or more) of the other people of its document
	single   bool            // the name is one word
}

// before orders document entities as they were published: by date, then
// document, then their order in the document.
func (a *docEnt) before(b *docEnt) bool {
	if a.in.Date != b.in.Date {
		return a.in.Date < b.in.Date
	}
	if a.in.Doc != b.in.Doc {
		return a.in.Doc < b.in.Doc
	}
	return a.idx < b.idx
}

// A cluster is a set of document entities taken to be one entity.
type cluster struct {
	id       string
	typ      string
	members  []*docEnt
	birth    Interval
	families map[string]bool
	context  map[string]int
	people   map[string]int // docEnt.people of the members, counted
	key      string         // normalized full name the cluster was started from
}

// NameKey normalizes a name for lookups: lowercased, punctuation dropped,
// spaces collapsed ("Natalie  Portman." → "natalie portman").
func NameKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case r == '\'' || r == '’' || r == '.':
			// "O'Neil" and "J.K." keep their letters together
		default:
			space = true
		}
	}
	return b.String()
}

// groupKey is the key under which full names are grouped for resolution:
// the name key without initials ("L. Elise Golvensal" and "Elise
// Golvensal" meet) as long as two words remain.
func groupKey(name string) string { return groupKeyOf(NameKey(name)) }

// groupKeyOf is groupKey of a name's NameKey.
func groupKeyOf(k string) string {
	var kept []string
	for _, w := range strings.Fields(k) {
		if len([]rune(w)) > 1 {
			kept = append(kept, w)
		}
	}
	if len(kept) < 2 {
		return k
	}
	return strings.Join(kept, " ")
}

// WordKey is the lookup key under which an entity is found by one word of
// its name ("Elise" for "Elise Navarro"), when no name or alias matches.
func WordKey(word string) string { return "\x00" + NameKey(word) }

// NameKeys lists the lookup keys of an entity: its name and aliases, and
// each word of them (as WordKey).
func NameKeys(e *Entity) []string {
	seen := map[string]bool{}
	var out []string
	add := func(k string) {
		if k != "" && k != "\x00" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		k := NameKey(n)
		add(k)
		if strings.Contains(k, " ") {
			for _, w := range strings.Fields(k) {
				add(WordKey(w))
			}
		}
	}
	return out
}

// slug makes an id from a name: "Elise Navarro" → "elise-navarro".
func slug(s string) string {
	k := strings.ReplaceAll(NameKey(s), " ", "-")
	if k == "" {
		return "x"
	}
	return k
}

// docEnts turns every document's entities into resolution units, with
// their ages, occupations and context.
func docEnts(rules *Rules, inputs []*Input) []*docEnt {
	outlets := outletKeys(inputs)
	// in order of publication, so that each document's entities come out
	// as docEnt.before orders them
	order := append([]*Input(nil), inputs...)
	sort.SliceStable(order, func(i, j int) bool {
		if order[i].Date != order[j].Date {
			return order[i].Date < order[j].Date
		}
		return order[i].Doc < order[j].Doc
	})
	var out []*docEnt
	for _, in := range order {
		occs := map[int][]string{}
		lits := map[int][]string{}
		for _, f := range in.Facts {
			if len(f.Args) == 0 || f.Args[0].Entity < 0 {
				continue
			}
			e := f.Args[0].Entity
			if f.Type == "occupation" && len(f.Args) > 1 && f.Args[1].Entity < 0 && f.Polarity != hearsay.Neg {
				occs[e] = append(occs[e], strings.ToLower(f.Args[1].Literal))
			}
			for _, a := range f.Args[1:] {
				if a.Entity < 0 && a.Literal != "" {
					lits[e] = append(lits[e], NameKey(a.Literal))
				}
			}
		}
		names := contextKeys(in)
		for i := range in.Entities {
			e := &in.Entities[i]
			if e.Unnamed || strings.TrimSpace(e.Name) == "" {
				continue
			}
			de := &docEnt{in: in, idx: i, typ: string(e.Type), name: e.Name, key: names[i][0], aliases: e.Aliases, occs: occs[i],
				families: map[string]bool{}, context: map[string]bool{}, people: map[string]bool{}}
			de.single = !strings.Contains(de.key, " ")
			if de.typ == string(hearsay.Person) && (outlets[de.key] || de.single && outlets["\x00"+de.key]) { // WordKey
				// a publication of the corpus, or one word of its name,
				// read as a person's name
				de.typ = string(hearsay.Org)
			}
			if e.Age != nil && e.Birth != nil {
				de.age = ageObs(in, e)
			}
			for _, o := range de.occs {
				if f := rules.family(o); f != "" {
					de.families[f] = true
				}
			}
			for j := range in.Entities {
				if j != i && !in.Entities[j].Unnamed {
					// the full name and each of its words, so that "Navarro"
					// in one article meets "Elise Navarro" in another
					for _, k := range names[j] {
						de.context[k] = true
					}
					if in.Entities[j].Type == hearsay.Person && strings.Contains(names[j][0], " ") {
						de.people[names[j][0]] = true
					}
				}
			}
			for _, l := range lits[i] {
				de.context[l] = true
			}
			out = append(out, de)
		}
	}
	return out
}

// contextKeys lists, for each entity of a document, the keys it puts in
// the context of the others: its name key and each word of it.
func contextKeys(in *Input) [][]string {
	out := make([][]string, len(in.Entities))
	for j := range in.Entities {
		k := NameKey(in.Entities[j].Name)
		out[j] = append([]string{k}, strings.Fields(k)...)
	}
	return out
}

// maxAgeSlip is the widest gap, in days, between birth intervals that
// still lets two mentions be one person.
const maxAgeSlip = 400

// outletKeys is the set of the corpus's outlets, as name keys, and the
// words of their names, as WordKey.
func outletKeys(inputs []*Input) map[string]bool {
	out := map[string]bool{}
	for _, in := range inputs {
		if in.Outlet == "" || out[NameKey(in.Outlet)] {
			continue
		}
		k := NameKey(in.Outlet)
		out[k] = true
		if strings.Contains(k, " ") {
			for _, w := range strings.Fields(k) {
				out[WordKey(w)] = true
			}
		}
	}
	return out
}

// compatible reports whether de can be the same entity as c: birth
// intervals that overlap and occupations that do not exclude each other.
func (c *cluster) compatible(de *docEnt) bool {
	if de.age != nil {
		// Ages a year or two apart are more likely an outlet's mistake
		// (reported as a contradiction) than a namesake; further apart,
		// they are different people.
		if iv := intersect(c.birth, de.age.Birth); iv.Earliest != "" && iv.Latest != "" && daysBetween(iv.Latest, iv.Earliest) > maxAgeSlip {
			return false
		}
	}
	if len(c.families) > 0 && len(de.families) > 0 {
		for f := range de.families {
			if c.families[f] {
				return true
			}
		}
		return false
	}
	return true
}

// score measures how much de's context and occupations agree with c.
func (c *cluster) score(de *docEnt) int {
	return sharedKeys(de.context, c.context) + c.familyScore(de)
}

// sharedKeys counts the keys of set that counts holds above zero.
func sharedKeys(set map[string]bool, counts map[string]int) int {
	n := 0
	for k := range set {
		if counts[k] > 0 {
			n++
		}
	}
	return n
}

// familyScore is 2 for each occupation family de and c share.
func (c *cluster) familyScore(de *docEnt) int {
	s := 0
	for f := range de.families {
		if c.families[f] {
			s += 2
		}
	}
	return s
}

// kinScore measures how much more than shared words agrees between de and
// c: the other people both documents name in full, and occupations of one
// family. A given name alone ("Rosa") shortens a full name of another
// document ("Rosa Parks") only when it is above zero: places and words of
// names that any two stories share ("United States") are too common.
func (c *cluster) kinScore(de *docEnt) int {
	return sharedKeys(de.people, c.people) + c.familyScore(de)
}

// givenNameOf reports whether de, a one-word name, would shorten c's full
// name by its given name rather than by its surname (lastWord).
func givenNameOf(c *cluster, de *docEnt) bool {
	return lastWord(c.key) != de.key
}

// add puts de into c.
func (c *cluster) add(de *docEnt) {
	c.members = append(c.members, de)
	if de.age != nil {
		c.birth = intersect(c.birth, de.age.Birth)
	}
	for f := range de.families {
		c.families[f] = true
	}
	for k := range de.context {
		c.context[k]++
	}
	for k := range de.people {
		c.people[k]++
	}
}

func newCluster(de *docEnt, key string) *cluster {
	c := &cluster{typ: de.typ, families: map[string]bool{}, context: map[string]int{}, people: map[string]int{}, key: key}
	c.add(de)
	return c
}

// best returns the compatible cluster that fits de best, nil when none:
// the highest score, then the most members, then the earliest.
func best(cs []*cluster, de *docEnt) *cluster {
	var b *cluster
	bs := -1
	for _, c := range cs {
		if !c.compatible(de) {
			continue
		}
		s := c.score(de)
		if s > bs || (s == bs && len(c.members) > len(b.members)) {
			b, bs = c, s
		}
	}
	return b
}

// resolve groups document entities into clusters. Full names are grouped
// first (namesakes with conflicting attributes stay apart), then one-word
// names join the full-name cluster they fit, or form clusters of their own.
func resolve(des []*docEnt) []*cluster {
	groups := map[string][]*cluster{} // type + full name → clusters
	var all []*cluster
	byWord := map[string][]*cluster{} // type + one name word → full-name clusters
	var singles []*docEnt
	for _, de := range des {
		if de.single && de.typ == string(hearsay.Person) {
			singles = append(singles, de)
			continue
		}
		gk := groupKeyOf(de.key)
		key := de.typ + "|" + gk
		if c := best(groups[key], de); c != nil {
			c.add(de)
			continue
		}
		c := newCluster(de, key)
		groups[key] = append(groups[key], c)
		all = append(all, c)
		if de.typ == string(hearsay.Person) {
			for _, w := range strings.Fields(gk) {
				byWord[de.typ+"|"+w] = append(byWord[de.typ+"|"+w], c)
			}
		}
	}
	x := newCandIndex()
	for _, de := range singles {
		key := de.typ + "|" + de.key
		if x.ctx[wordList+key] == nil {
			// the first one-word name of its kind: index the full names
			// it can shorten as they are now
			x.addList(wordList+key, byWord[key])
		}
		if c := x.pickSingle(wordList+key, byWord[key], de); c != nil {
			x.add(c, de)
			continue
		}
		// one-word names of different articles ("Rosa") are one person
		// only when something around them agrees
		if c := x.best(nameList+key, de); c != nil {
			x.add(c, de)
			continue
		}
		c := newCluster(de, key)
		groups[key] = append(groups[key], c)
		all = append(all, c)
		x.addList(nameList+key, []*cluster{c})
	}
	return all
}

// Kinds of candidate lists of a candIndex.
const (
	wordList = "w:" // the full-name clusters with a name word (byWord)
	nameList = "n:" // the one-word-name clusters of a name
)

// A candIndex finds, in lists of candidate clusters, those that share a
// context key or an occupation family with a document entity, so that a
// one-word name is scored against them only rather than against every
// cluster with that name word (a common given name has thousands). It
// gives the same answers as scoring every candidate.
type candIndex struct {
	ctx   map[string]map[string][]*cluster // list → context key → clusters with it
	fam   map[string]map[string][]*cluster // list → family → clusters with it
	lists map[*cluster][]string            // the lists each cluster is in
	pos   map[*cluster]int                 // order in which clusters were added to the index
	dup   map[string]map[*cluster]bool     // clusters that are in a list twice ("Ann Ann")
	score map[*cluster]int                 // scores' result
}

func newCandIndex() *candIndex {
	return &candIndex{ctx: map[string]map[string][]*cluster{}, fam: map[string]map[string][]*cluster{},
		lists: map[*cluster][]string{}, pos: map[*cluster]int{}, dup: map[string]map[*cluster]bool{}, score: map[*cluster]int{}}
}

// addList indexes the clusters of a list by their context and families.
func (x *candIndex) addList(list string, cs []*cluster) {
	ctx, fam := x.ctx[list], x.fam[list]
	if ctx == nil {
		ctx, fam = map[string][]*cluster{}, map[string][]*cluster{}
		x.ctx[list], x.fam[list] = ctx, fam
	}
	for _, c := range cs {
		if slices.Contains(x.lists[c], list) {
			if x.dup[list] == nil {
				x.dup[list] = map[*cluster]bool{}
			}
			x.dup[list][c] = true
			continue
		}
		x.lists[c] = append(x.lists[c], list)
		if _, ok := x.pos[c]; !ok {
			x.pos[c] = len(x.pos)
		}
		for k := range c.context {
			ctx[k] = append(ctx[k], c)
		}
		for f := range c.families {
			fam[f] = append(fam[f], c)
		}
	}
}

// add puts de into c and indexes the context keys and families it brings.
func (x *candIndex) add(c *cluster, de *docEnt) {
	var keys, fams []string
	for k := range de.context {
		if c.context[k] == 0 {
			keys = append(keys, k)
		}
	}
	for f := range de.families {
		if !c.families[f] {
			fams = append(fams, f)
		}
	}
	c.add(de)
	for _, list := range x.lists[c] {
		for _, k := range keys {
			x.ctx[list][k] = append(x.ctx[list][k], c)
		}
		for _, f := range fams {
			x.fam[list][f] = append(x.fam[list][f], c)
		}
	}
}

// scores returns c.score(de) of every cluster of the list whose score is
// positive. The map is reused by the next call.
func (x *candIndex) scores(list string, de *docEnt) map[*cluster]int {
	out := x.score
	clear(out)
	ctx, fam := x.ctx[list], x.fam[list]
	for k := range de.context {
		for _, c := range ctx[k] {
			out[c]++
		}
	}
	for f := range de.families {
		for _, c := range fam[f] {
			out[c] += 2
		}
	}
	return out
}

// pickSingle chooses the full-name cluster a one-word name belongs to,
// among cands (the list's clusters): the only compatible candidate (see
// below), or the compatible one whose context agrees best, when no other
// agrees as well.
func (x *candIndex) pickSingle(list string, cands []*cluster, de *docEnt) *cluster {
	// count the compatible candidates, up to two
	var only *cluster
	n := 0
	if de.age == nil && len(de.families) == 0 {
		n = len(cands) // nothing to conflict with
		if n > 0 {
			only = cands[0]
		}
	} else {
		for _, c := range cands {
			if c.compatible(de) {
				if n++; n == 2 {
					break
				}
				only = c
			}
		}
	}
	switch {
	case n == 0:
		return nil
	case n == 1 && (only.score(de) > 0 && (!givenNameOf(only, de) || only.kinScore(de) > 0) || lastWord(only.key) == de.key):
		// the only full name it can shorten, when it is that name's
		// surname ("Navarro") or its context agrees; a bare given name is
		// too common to follow without context that names the same
		// people or trade (kinScore)
		return only
	case n == 1:
		return nil
	}
	var b *cluster
	bs, tie := 0, false
	for c, s := range x.scores(list, de) {
		if s < bs || !c.compatible(de) {
			continue
		}
		switch {
		case s > bs:
			b, bs, tie = c, s, x.dup[list][c]
		case s == bs:
			tie = true
		}
	}
	if tie || b != nil && givenNameOf(b, de) && b.kinScore(de) == 0 {
		return nil
	}
	return b
}

// best returns the compatible cluster of the list that fits de best when
// something around them agrees, nil when none: the highest score, then the
// most members, then the earliest.
func (x *candIndex) best(list string, de *docEnt) *cluster {
	var b *cluster
	bs := 0
	for c, s := range x.scores(list, de) {
		if s < bs || !c.compatible(de) {
			continue
		}
		if s > bs || s == bs && (len(c.members) > len(b.members) || len(c.members) == len(b.members) && x.pos[c] < x.pos[b]) {
			b, bs = c, s
		}
	}
	return b
}

// lastWord is the last word of a cluster key ("person|elise navarro" →
// "navarro").
func lastWord(key string) string {
	_, name, _ := strings.Cut(key, "|")
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// canonical picks a cluster's name: the most frequent full name, the
// earliest on a tie.
func canonical(c *cluster) string {
	count := map[string]int{}
	var order []string
	for _, m := range c.members {
		if _, ok := count[m.name]; !ok {
			order = append(order, m.name)
		}
		w := 1
		if !m.single {
			w = 1000 // full names win over one-word names
		}
		count[m.name] += w
	}
	b := order[0]
	for _, n := range order[1:] {
		if count[n] > count[b] {
			b = n
		}
	}
	return b
}

// assignIDs gives every cluster a stable id from its canonical name, in
// order of first appearance: "tom-hadley", then "tom-hadley-2".
func assignIDs(cs []*cluster) {
	sort.SliceStable(cs, func(i, j int) bool {
		return cs[i].members[0].before(cs[j].members[0])
	})
	used := map[string]int{}
	for _, c := range cs {
		base := slug(canonical(c))
		if c.typ != string(hearsay.Person) {
			base = c.typ + ":" + base
		}
		used[base]++
		c.id = base
		if n := used[base]; n > 1 {
			c.id = fmt.Sprintf("%s-%d", base, n)
		}
	}
}

// applyDecisions replays the user's merges and splits, in order. A
// decision names entities by anchor ("DOC#e2": the entity that document
// entity belongs to, which stays right when ids shift as the corpus grows)
// or, failing that, by id.
func applyDecisions(cs []*cluster, ds []Decision) []*cluster {
	for _, d := range ds {
		byID := map[string]*cluster{}
		byRef := map[string]*cluster{}
		for _, c := range cs {
			byID[c.id] = c
			for _, m := range c.members {
				byRef[m.in.Doc+"#"+m.in.Entities[m.idx].ID] = c
			}
		}
		find := func(x string) *cluster {
			if strings.Contains(x, "#") {
				return byRef[x]
			}
			return byID[x]
		}
		switch d.Op {
		case "merge":
			a, b := find(d.A), find(d.B)
			if a == nil || b == nil || a == b {
				continue
			}
			for _, m := range b.members {
				a.add(m)
			}
			sortMembers(a)
			cs = remove(cs, b)
		case "split":
			a := find(d.A)
			if a == nil {
				continue
			}
			docs := map[string]bool{}
			for _, doc := range d.Docs {
				docs[doc] = true
			}
			var keep, out []*docEnt
			for _, m := range a.members {
				if docs[m.in.Doc] {
					out = append(out, m)
				} else {
					keep = append(keep, m)
				}
			}
			if len(out) == 0 || len(keep) == 0 {
				continue
			}
			na := newCluster(keep[0], a.key)
			na.id = a.id
			for _, m := range keep[1:] {
				na.add(m)
			}
			nb := newCluster(out[0], a.key)
			nb.id = fmt.Sprintf("%s-s%d", slug(canonical(nb)), d.Seq)
			for _, m := range out[1:] {
				nb.add(m)
			}
			cs = append(remove(cs, a), na, nb)
		}
	}
	return cs
}

func sortMembers(c *cluster) {
	sort.SliceStable(c.members, func(i, j int) bool {
		return c.members[i].before(c.members[j])
	})
}

func remove(cs []*cluster, x *cluster) []*cluster {
	out := cs[:0]
	for _, c := range cs {
		if c != x {
			out = append(out, c)
		}
	}
	return out
}

// entityOf turns a cluster into an Entity.
func entityOf(c *cluster) *Entity {
	e := &Entity{ID: c.id, Type: c.typ, Name: canonical(c)}
	aliases := map[string]bool{}
	occs := map[string]bool{}
	for _, m := range c.members {
		e.Refs = append(e.Refs, Ref{Doc: m.in.Doc, Local: m.in.Entities[m.idx].ID, Date: m.in.Date})
		for _, a := range append([]string{m.name}, m.aliases...) {
			if a != "" && !aliases[a] {
				aliases[a] = true
				e.Aliases = append(e.Aliases, a)
			}
		}
		for _, o := range m.occs {
			if !occs[o] {
				occs[o] = true
				e.Occupations = append(e.Occupations, o)
			}
		}
		if m.age != nil {
			e.Ages = append(e.Ages, *m.age)
		}
	}
	sort.Strings(e.Aliases)
	sort.Strings(e.Occupations)
	return e
}

// ageObs is the stated age of entity e of document in, with the sentence
// that holds the age's words when the input has it.
func ageObs(in *Input, e *hearsay.Entity) *AgeObs {
	a := &AgeObs{Years: e.Age.Years, At: e.Age.At, Doc: in.Doc, Date: in.Date, Outlet: in.Outlet,
		Birth: Interval{Earliest: e.Birth.Earliest, Latest: e.Birth.Latest}, AgeSpan: e.Age.Span}
	if e.Age.Span.End <= e.Age.Span.Start {
		return a
	}
	for _, s := range in.Sentences {
		if s.Span.Start <= e.Age.Span.Start && e.Age.Span.Start < s.Span.End && s.Text != "" {
			a.Sentence, a.Span = s.Text, s.Span
			break
		}
	}
	return a
}
