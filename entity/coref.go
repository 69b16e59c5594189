package entity

import (
	"cmp"
	"iter"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/text"
)

// A cluster is an entity while the stage builds it.
type cluster struct {
	unnamed string // for a person with no name: "<unnamed: a fitness instructor>"
	ments   []*ment
	typ     hearsay.EntityType
	male    float64 // gender evidence
	female  float64
	age     *hearsay.Age
	birth   *hearsay.Interval
	occs    occSet          // occupations read from descriptions
	nats    map[string]bool // nationalities (country names)
	kind    string
}

// genderOf returns 'm', 'f' or 'u' from the evidence gathered so far.
func (c *cluster) genderOf() byte {
	switch {
	case c.male > c.female:
		return 'm'
	case c.female > c.male:
		return 'f'
	}
	return 'u'
}

// hasSurname reports whether a name of two words or more in the cluster
// ends with w.
func (c *cluster) hasSurname(w string) bool {
	for _, m := range c.ments {
		if m.kind == hearsay.NameMention && len(m.words) >= 2 && strings.EqualFold(m.words[len(m.words)-1], w) {
			return true
		}
	}
	return false
}

// addEvidence records the gender a mention shows, with weight w.
func (c *cluster) addEvidence(g byte, w float64) {
	switch g {
	case 'm':
		c.male += w
	case 'f':
		c.female += w
	}
}

// A resolver groups the mentions of one document into clusters.
type resolver struct {
	spareClusters []cluster // allocated for newCluster, not used yet
	spareMents    []*ment   // room for the mentions of new clusters, not used yet
	lx            *Lexicons
	di            *docInfo
	ms            []*ment
	cl            []*cluster
	vocSents      map[int]bool // sentences holding a name said to the person addressed; nil until addressedIn needs them
	attrs         []attr
	main          int // mainOrg's answer plus one; 0 until computed
	// ageLocs and afterLocs keep what the age rules match in the text (by
	// rule and sentence; by rule, sentence and offset after a name), which
	// does not change while the document is resolved.
	ageLocs map[[2]int][][]int
	// resolved is set once the mentions are resolved (resolveRest): ages
	// are read again then, and only then given by salience (bareAgeOf).
	resolved   bool
	afterLocs  map[[3]int][]int
	death      []int8       // by sentence: 1 when it holds a death cue, -1 when not, 0 not yet read
	past       []int8       // by sentence, as death: whether it tells of a couple's past (sentenceHasPast)
	ageRules   [][]int      // by sentence: the age rules that may match there (ageRulesFor)
	ageRuleIDs []int        // the backing array of ageRules
	date       string       // the document's date, once made (dateString)
	births     []yearsBirth // birth intervals by age on the document's date, once made (birthOnDate)
	// opening holds the names of the couple the article opens with and
	// their sentence (openingNames), read once; openingRead is true then.
	opening     [2]*ment
	openingSent int
	openingRead bool
	// endsAt lists, while readAttributes runs (r.ms does not change
	// then), the mentions that end at each token, in the order of r.ms;
	// nil otherwise (see mentsEndingAt).
	endsAt  *mentEnds
	endsBuf *mentEnds // the arrays of the last endsAt, for the next
	// groupScratch is groupFor's room for the members of a coordination,
	// kept from one call to the next (they are copied out of it)
	groupScratch []int
	// spareAliases is room for the aliases of entities still to be
	// emitted (aliasRoom).
	spareAliases []string
	// attrBuf is the array of the attributes readAttributes read first,
	// which the second reading writes over (keepAttrRoom).
	attrBuf []attr
	// sentPairs is isCouple's room: for each sentence, whether it names
	// each of a pair.
	sentPairs [][2]bool
	// descBuf holds the items of the descriptions read so far
	// (readDescription): each list returned is a stretch of it that later
	// reads do not write over, and that has no room to grow into.
	descBuf []descItem
}

func newResolver(lx *Lexicons, di *docInfo, ms []*ment) *resolver {
	// most mentions join a cluster made before: room for a cluster each
	return &resolver{lx: lx, di: di, ms: ms, cl: make([]*cluster, 0, len(ms))}
}

// joinTyped puts name m, typed by its context (ment.ctxTyped), into the
// cluster of its name key k and type, or into that of k alone while every
// typed mention of it is of m's type, or into a new cluster: "Florence, a
// retired teacher," is not "died in Florence".
func (r *resolver) joinTyped(m *ment, k string, byKey map[string]int) int {
	tk := k + "\x00" + string(m.typ)
	if c, ok := byKey[tk]; ok {
		return r.join(m, c)
	}
	c, ok := byKey[k]
	if ok && !r.clusterTyped(c, m.typ) {
		ok = false
	}
	if !ok {
		c = r.join(m, -1)
		if _, had := byKey[k]; !had {
			byKey[k] = c
		}
	} else {
		r.join(m, c)
	}
	byKey[tk] = c
	return c
}

// clusterTyped reports whether every typed mention of cluster c so far is
// of type t.
func (r *resolver) clusterTyped(c int, t hearsay.EntityType) bool {
	for _, o := range r.cl[c].ments {
		if o.typ != "" && o.typ != t {
			return false
		}
	}
	return true
}

// join puts m into cluster c (creating one when c < 0) and returns the cluster.
func (r *resolver) join(m *ment, c int) int {
	if c < 0 {
		r.cl = append(r.cl, r.newCluster()) // occs and nats are made on first write
		c = len(r.cl) - 1
	}
	m.ent = c
	cl := r.cl[c]
	cl.ments = append(cl.ments, m)
	w := 1.0
	switch {
	case m.kind == hearsay.NameMention && m.title != "":
		w = 5
	case m.kind == hearsay.NameMention && len(m.words) == 1 && cl.hasSurname(m.words[0]):
		w = 0 // "Greer" after "Paul Greer" is a surname: no given name's gender
	case m.kind == hearsay.NameMention:
		w = 0.5 // given-name tendency
	case m.kind == hearsay.NominalMention:
		w = 3
	}
	cl.addEvidence(m.gender, w)
	m.done = true
	return c
}

// clusterChunk is how many clusters newCluster allocates at once.
const clusterChunk = 16

// newCluster returns an empty cluster, taken from a chunk allocated for
// several.
func (r *resolver) newCluster() *cluster {
	if len(r.spareClusters) == 0 {
		r.spareClusters = r.newClusterChunk()
	}
	c := &r.spareClusters[0]
	*c = cluster{} // a chunk a document before used holds its clusters
	r.spareClusters = r.spareClusters[1:]
	if len(r.spareMents) < clusterRoom {
		r.spareMents = r.newRoomChunk()
	}
	c.ments = r.spareMents[:0:clusterRoom]
	r.spareMents = r.spareMents[clusterRoom:]
	return c
}

// clusterRoom is how many mentions a new cluster has room for before its
// list is allocated on its own.
const clusterRoom = 4

// newClusterChunk returns a chunk of clusterChunk clusters for newCluster,
// one a document analysed before left when there is one.
func (r *resolver) newClusterChunk() []cluster {
	if r.di.reuse == nil {
		return make([]cluster, clusterChunk)
	}
	return takeChunk(&r.di.reuse.clusters, &r.di.used.clusters, clusterChunk)
}

// newRoomChunk returns a chunk of room for the mentions of clusterChunk
// clusters for newCluster, one a document analysed before left when there
// is one.
func (r *resolver) newRoomChunk() []*ment {
	if r.di.reuse == nil {
		return make([]*ment, clusterChunk*clusterRoom)
	}
	return takeChunk(&r.di.reuse.rooms, &r.di.used.rooms, clusterChunk*clusterRoom)
}

// nameKey is the lowercase name without title.
func nameKey(m *ment) string { return lowerJoin(m.words) }

// lowerJoin is strings.ToLower(strings.Join(words, " ")), built in one
// piece when the words are ASCII with a capital (no allocation when they
// are one ASCII word without one).
func lowerJoin(words []string) string {
	n, upper := len(words)-1, false
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= utf8.RuneSelf {
				return strings.ToLower(strings.Join(words, " "))
			}
			upper = upper || 'A' <= c && c <= 'Z'
		}
		n += len(w)
	}
	if !upper {
		return strings.Join(words, " ")
	}
	b := make([]byte, 0, n)
	for k, w := range words {
		if k > 0 {
			b = append(b, ' ')
		}
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
	}
	// b is not written again: the string shares its bytes, as
	// strings.Builder's does.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// joinSyllableWords returns words with each given name written in
// syllables joined by a hyphen written as one word ("Kang Hyun-woo" as
// "Kang Hyunwoo", joinedSyllables); words itself when it has none.
func joinSyllableWords(words []string) []string {
	var out []string
	for i, w := range words {
		if strings.IndexByte(w, '-') < 0 {
			continue
		}
		if j := joinedSyllables(w); j != "" {
			if out == nil {
				out = slices.Clone(words)
			}
			out[i] = j
		}
	}
	if out == nil {
		return words
	}
	return out
}

// dropFinalPeriod returns key, the lowercase name of n words, without the
// period that ends it when it has two words or more: "Hale & Co." and
// "Hale & Co" are written for one firm, "Tom Hale Jr." and "Tom Hale Jr"
// for one person.
func dropFinalPeriod(key string, n int) string {
	if n >= 2 && len(key) >= 2 && key[len(key)-1] == '.' && key[len(key)-2] != '.' {
		return key[:len(key)-1]
	}
	return key
}

// sameNameKey reports whether nameKey(a) == nameKey(b), comparing ASCII
// names folded into buffers on the stack instead of building the keys.
func sameNameKey(a, b *ment) bool {
	if a == b {
		return true
	}
	var bufA, bufB [128]byte
	x, okA := appendLowerJoin(bufA[:0], a.words)
	y, okB := appendLowerJoin(bufB[:0], b.words)
	if !okA || !okB {
		return nameKey(a) == nameKey(b)
	}
	return string(x) == string(y)
}

// appendLowerJoin appends lowerJoin(words) to buf and reports whether it
// could: every byte of the words is ASCII and the words fit in buf's spare
// capacity (text.AppendLowerASCII lowers each word).
func appendLowerJoin(buf []byte, words []string) ([]byte, bool) {
	for k, w := range words {
		if k > 0 {
			if len(buf) == cap(buf) {
				return buf, false
			}
			buf = append(buf, ' ')
		}
		var ok bool
		if buf, ok = text.AppendLowerASCII(buf, w); !ok {
			return buf, false
		}
	}
	return buf, true
}

// nameKeyIs reports whether nameKey(m) is key, comparing ASCII words
// byte by byte instead of building the key.
func nameKeyIs(m *ment, key string) bool {
	i := 0
	for wi, w := range m.words {
		if wi > 0 {
			if i >= len(key) || key[i] != ' ' {
				return false
			}
			i++
		}
		for j := 0; j < len(w); j++ {
			c := w[j]
			if c >= utf8.RuneSelf {
				return nameKey(m) == key // ToLower maps each ASCII byte alone: the part compared so far agrees
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if i >= len(key) || key[i] != c {
				return false
			}
			i++
		}
	}
	return i == len(key)
}

// linkNames clusters name mentions: exact matches, then surnames and given
// names against full names, then acronyms.
func (r *resolver) linkNames() {
	r.generationalSuffixes()
	r.splitJurisdictions()
	r.dropTerritories()
	r.dropCharacters()
	r.joinCommaTitles()
	r.shortOrgForms()
	r.definiteOrgHeads()
	n := 0
	for _, m := range r.ms {
		if m.kind == hearsay.NameMention {
			n++
		}
	}
	names := make([]*ment, 0, n)
	for _, m := range r.ms {
		if m.kind == hearsay.NameMention {
			names = append(names, m)
		}
	}
	byKey := make(map[string]int, len(names)) // a key a name at most: room made once
	var full []*ment                          // multiword person-like names
	for _, m := range names {
		if len(m.words) >= 2 && len(m.words) <= 4 && (r.personLike(m) || m.typ == "") {
			full = append(full, m)
		} else if len(m.words) >= 2 && len(m.words) <= 4 && (m.typ == hearsay.Org || m.typ == hearsay.Place) && m.workKind == "" && m.outlet == "" && !m.event && r.lx.looksPersonal(m.words) {
			full = append(full, m) // "DJ Theo Brandvold" tagged as an organisation: only mistyped part names find it
		}
	}
	fullIdx := newFullNameIndex(full)
	firstIdx := newFirstWordIndex(names)
	keys := make(map[*ment]string, len(names)) // nameKey of each name, made once
	keyOf := func(m *ment) string {
		k, ok := keys[m]
		if !ok {
			k = dropFinalPeriod(r.di.lowerJoin(joinSyllableWords(m.words)), len(m.words)) // nameKey(m), "hale & co" for "Hale & Co.", "kang hyunwoo" for "Kang Hyun-woo"
			keys[m] = k
		}
		return k
	}
	var otherSex map[string]int // a name's second cluster, of the other sex's title ("Mrs Orde" beside "Mr Orde")
	keyed := func(m *ment) int {
		k := keyOf(m)
		if m.ctxTyped {
			return r.joinTyped(m, k, byKey)
		}
		c, ok := byKey[k]
		if ok && r.titleSexClash(m, c) {
			if o, ok := otherSex[k]; ok && !r.titleSexClash(m, o) {
				return r.join(m, o)
			}
			if otherSex == nil {
				otherSex = map[string]int{}
			}
			o := r.join(m, -1)
			otherSex[k] = o
			return o
		}
		if ok {
			return r.join(m, c)
		}
		c = r.join(m, -1)
		byKey[k] = c
		return c
	}
	var nickKeys []string // the nicknames, lowercase: a one-word name that is one is that person
	for _, m := range names {
		if m.nick != "" && m.ent < 0 {
			if f := r.maidenFullName(m, names); f != nil {
				if f.ent < 0 {
					keyed(f)
				}
				r.join(m, f.ent) // "Ada (née Vane-Holt)" after "Lady Ada Vane-Holt"
			} else {
				keyed(m)
			}
			k := strings.ToLower(m.nick)
			byKey[k] = m.ent // "J-Roc" alone is the same person
			nickKeys = append(nickKeys, k)
		}
	}
	for _, m := range names {
		if m.ent >= 0 {
			continue
		}
		if len(m.words) == 1 && len(nickKeys) > 0 && slices.Contains(nickKeys, keyOf(m)) {
			r.join(m, byKey[keyOf(m)]) // "Dale" after "Ann Kerr (née Dale)": not Tom Dale, her father
			continue
		}
		if f := r.initialsFullName(m, names); f != nil {
			if f.ent < 0 {
				keyed(f)
			}
			r.join(m, f.ent) // "Captain R.H. Osgood" and "Captain Rupert Osgood"
			continue
		}
		if p := r.handleOwner(m, names); p != nil {
			if p.ent < 0 {
				keyed(p)
			}
			r.join(m, p.ent)
			byKey[keyOf(m)] = p.ent
			continue
		}
		if o := r.orgForShortName(m, firstIdx); o != nil && !r.surnameOfPersonBefore(m, fullIdx) {
			if o.ent < 0 {
				keyed(o)
			}
			m.typ = hearsay.Org // "Corvane's chief financial officer" after "Corvane Power"
			r.join(m, o.ent)
			continue
		}
		if f := r.fullNameFor(m, fullIdx); f != nil && !(m.ctxTyped && m.typ == hearsay.Place && f.typ == hearsay.Person) {
			if f.ent < 0 {
				keyed(f)
			}
			if m.typ != "" && m.typ != f.typ {
				m.typ = f.typ // "Jordan" of "Jordan Okonkwo-Hale" is no country
			}
			r.join(m, f.ent)
			continue
		}
		if _, ok := byKey[keyOf(m)]; !ok {
			if c := r.acronymFor(m); c >= 0 {
				byKey[keyOf(m)] = r.join(m, c) // later mentions of a short form the text defined in parentheses find it by name
				continue
			}
		}
		keyed(m)
	}
	for _, c := range r.cl {
		if c.typ == "" {
			c.typ = r.voteType(c)
		}
		if c.typ == hearsay.Person && r.firmNamed(c) {
			c.typ = hearsay.Org // "Shearson, Merrill Dunmore and Goldman Sachs say" before "Merrill Dunmore analyst Ann Holt"
		}
	}
	r.personCues()
	r.givenNameGenders()
}

// maidenFullName returns the name mention among names that is given name m
// (one word, with a birth surname in parentheses after it: maidenNames)
// followed by that surname ("Ada Vane-Holt" for "Ada (née Vane-Holt)"),
// or nil.
func (r *resolver) maidenFullName(m *ment, names []*ment) *ment {
	if len(m.words) != 1 || m.title != "" {
		return nil
	}
	for _, f := range names {
		if f != m && len(f.words) == 2 && strings.EqualFold(f.words[0], m.words[0]) && strings.EqualFold(f.words[1], m.nick) && r.personLike(f) {
			return f
		}
	}
	return nil
}

// initialsFullName returns, for a name m whose first word is initials
// ("R.H. Osgood"), the name among names with a given name of that first
// initial and the same other words ("Rupert Osgood"), when just one name
// fits, or nil.
func (r *resolver) initialsFullName(m *ment, names []*ment) *ment {
	if len(m.words) < 2 || !initialsWord(m.words[0]) {
		return nil
	}
	var found *ment
	for _, f := range names {
		if f == m || len(f.words) != len(m.words) || initialsWord(f.words[0]) || f.words[0][0] != m.words[0][0] || !r.knownGiven(f.words[0]) {
			continue
		}
		if !slices.EqualFunc(f.words[1:], m.words[1:], strings.EqualFold) {
			continue
		}
		if found != nil && !strings.EqualFold(found.words[0], f.words[0]) {
			return nil // two people could be meant
		}
		if found == nil {
			found = f
		}
	}
	return found
}

// initialsWord reports whether w is initials with periods ("R.H.", "T.J.A.").
func initialsWord(w string) bool {
	if len(w) < 2 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// titledOtherSex reports whether m has a title of one sex ("Mrs") and
// cluster c the evidence of the other.
func (r *resolver) titledOtherSex(m *ment, c *cluster) bool {
	if m.title == "" || m.gender == 'u' {
		return false
	}
	g := c.genderOf()
	return g != 'u' && g != m.gender
}

// titleSexClash reports whether titled name m and a titled name of
// cluster c are of opposite sexes by their titles ("Lord Orde", "Lady
// Orde"; "Mr Orde", "Mrs Orde"): a couple, two people.
func (r *resolver) titleSexClash(m *ment, c int) bool {
	if m.title == "" || r.lx.honorifics[m.title] == 'u' || r.lx.honorifics[m.title] == 0 {
		return false
	}
	for _, n := range r.cl[c].ments {
		if n.kind == hearsay.NameMention && n.title != "" {
			if g := r.lx.honorifics[n.title]; g != 'u' && g != 0 && g != r.lx.honorifics[m.title] {
				return true
			}
		}
	}
	return false
}

// givenNameGenders gives the gender tendency of its given name to a full
// name typed as a person only by its cluster ("Ava Stone split from her
// boyfriend": the tagger did not take "Ava Stone" for a person, the cues
// did), as the mention reader does for names it types itself.
func (r *resolver) givenNameGenders() {
	for _, c := range r.cl {
		if c.typ != hearsay.Person {
			continue
		}
		for _, m := range c.ments {
			if m.kind != hearsay.NameMention || m.gender != 'u' || m.title != "" || len(m.words) < 2 {
				continue
			}
			if g, ok := r.lx.nameGender(m.words[0]); ok && (g == 'm' || g == 'f') {
				m.gender = g
				c.addEvidence(g, 0.5)
			}
		}
	}
}

// ctxPlace reports whether a mention of cluster c is a name its context
// makes a place (ment.ctxTyped) and none a name it makes a person.
func (r *resolver) ctxPlace(c *cluster) bool {
	place := false
	for _, m := range c.ments {
		if m.ctxTyped {
			if m.typ != hearsay.Place {
				return false
			}
			place = true
		}
	}
	return place
}

// personCues makes people of names that the text describes as people,
// whatever the name tagger said: "Pop singer Lena Varga", "her husband
// Tomas Reed", "Reed, 39,", "12-year-old Aleph", "Reed is a British record
// producer".
func (r *resolver) personCues() {
	toks := r.di.doc.Tokens
	for _, c := range r.cl {
		if c.typ == hearsay.Person || c.typ == hearsay.Work || c.typ == hearsay.Event || c.kind != "" {
			continue
		}
		if r.ctxPlace(c) {
			continue // "of Dartford, Kent, a director of ...": the county, read from its context
		}
		if employerCluster(c) {
			continue // "Ridley Cask chief executive Ines Okoro": the employer, not someone described as a chief executive
		}
		for _, m := range c.ments {
			if m.kind != hearsay.NameMention {
				continue
			}
			cue := false
			for n := 1; n <= 3 && n <= m.tok0 && !cue && toks[m.tok0-n].Sentence == m.sent && r.di.mayEndNoun(r.lx, m.tok0); n++ {
				if info, ok := r.di.nounWords(r.lx, m.tok0-n, m.tok0); ok && (info.isOcc || info.isRole || info.isKin && info.class != "other") {
					cue = true
				}
			}
			if !cue && c.typ != hearsay.Place && r.givenNamed(m) && !r.firmCued(c) {
				cue = true // "Sienna Vale" tagged as an organisation
			}
			if !cue && c.typ == hearsay.Place && r.givenNamed(m) && r.coordinatedWithPerson(m) {
				cue = true // "Tom Holt and Ben Carr arrived": not a place
			}
			if !cue && c.typ == hearsay.Place && r.givenNamed(m) && r.surnameOfPlaceName(m) {
				cue = true // "opposite Paris Hilton", "drove in Daniel Nava": a given name that is also a town's, and a surname
			}
			if !cue && c.typ == hearsay.Place && r.givenNamed(m) && r.metListed(m) {
				cue = true // "dined with Leo Park in Paris": someone met, not a park
			}
			if !cue && c.typ == hearsay.Place && r.givenNamed(m) && r.surnameLike(m) {
				cue = true // "starred in Wade Tillman's video", "proposed to Mara Quell": not places
			}
			if !cue && len(m.words) == 1 && r.pluralTitleConjunct(m) {
				cue = true // "Messrs. Perlman and Drabinsky": the title is both men's
			}
			if !cue && len(m.words) == 1 && r.metNamed(m) {
				cue = true // "She met Leo in 2015", "met Hugo at university": someone met, not a firm
			}
			if !cue && len(m.words) == 1 && r.partnerNamed(m) {
				cue = true // "He is married to Agnieszka": a partner, not a place
			}
			if !cue && r.romanceObject(m) {
				cue = true // "Jo Raine married Kit Moss", "a relationship with Rook Vale": a partner, whatever the tagger said
			}
			if !cue && r.givenNamed(m) && r.speaks(m) {
				cue = true // "\"We are heartbroken,\" Nina Park wrote": not a place
			}
			if !cue && !r.regionOfPlace(m) && r.afterKinList(m) {
				cue = true // "two sons from his first marriage, Dale and Wesley"
			}
			if !cue && m.tok0 > 1 && r.di.is(r.lx, cueNamingVerb, m.tok0-1) {
				if info, ok := r.di.nounAt(r.lx, m.tok0-2); ok && info.isKin && info.class != "other" {
					cue = true // "a daughter named Elodie"
				}
			}
			if !cue && m.tok0 > 1 && toks[m.tok0-1].Text == "," {
				if info, ok := r.di.nounAt(r.lx, m.tok0-2); ok && info.isKin && info.class != "other" {
					cue = true // "a daughter, Elodie"
				}
				for _, n := range r.ms {
					if n.tok0 >= m.tok0-1 {
						break // r.ms is in order of tok0: no later mention ends before the comma
					}
					if n.kind == hearsay.NominalMention && n.tok1 == m.tok0-1 && (n.info.isKin || n.info.isOcc) {
						cue = true // "His wife, Mina Park,"
					}
				}
			}
			if !cue && m.poss {
				for _, n := range r.ms {
					if n.kind == hearsay.NominalMention && n.possessor == m && n.info.isKin && n.info.class != "other" && n.info.class != "person" {
						cue = true // "Elon Musk's former partner": kin belongs to people
					}
				}
			}
			if !cue && m.tok0 > 0 && ageOf(r.di.lower[m.tok0-1]) > 0 && !(len(m.words) == 1 && r.lx.isLower(cuePartyMember, m.words[0])) {
				cue = true // "41-year-old Aleph"; not "the 44-year-old Democrat", a description
			}
			if !cue && (m.tok1+2 < len(toks) && toks[m.tok1].Text == "," && isNumber(toks[m.tok1+1].Text) && (toks[m.tok1+2].Text == "," || toks[m.tok1+2].Text == ".") || r.ageAfter(m) > 0) {
				cue = true // "Reed, 39,", "Leo, 9 —"
			}
			if !cue && !addressAfterComma(r.di, m.tok0, m.sent) && !r.dashDateline(c, m) { // "Ann Dee, of Leeds, a nurse,": the nurse is Ann Dee; "Lagos — The chief executive of ...": a dateline
				for _, it := range append(r.appositive(m), r.copula(m)...) {
					if it.typ != "nationality" {
						cue = true
					}
				}
			}
			if cue {
				c.typ = hearsay.Person
				break
			}
		}
	}
	for _, c := range r.cl {
		if c.typ == "" && r.orgNamed(c) {
			c.typ = hearsay.Org // an untagged "Harbourne City"
		}
		if w, ok := c.oneWordName(); ok && c.typ == "" && isAcronymWord(w) {
			c.typ = hearsay.Org // an untagged "KQED": an acronym names an organisation
		}
		if c.typ == "" {
			c.typ = hearsay.Misc
		}
		if (c.typ == hearsay.Person || c.typ == hearsay.Place || c.typ == hearsay.Misc) && (r.orgCue(c) || r.allNamedAfter(c, cueBrandBefore) || r.orgLed(c) || r.ampersandNamed(c)) {
			c.typ = hearsay.Org // "the Scottish side Glenrock", "the fashion website Stitch", "an ambassador for Louis Vuitton"
		}
		if c.typ != hearsay.Place && c.typ != "" && c.kind == "" && r.countryNamed(c) {
			c.typ = hearsay.Place // "capped 12 times by Ghana", "a Poland international": a country the tagger took for a team or a person
		}
		if c.typ == hearsay.Person && r.orgNamed(c) && !r.aged(c) && !r.tradeNamed(c) {
			c.typ = hearsay.Org // "Calloway Brands", "Pruitt Home" tagged as people
		}
		if c.typ == hearsay.Person && r.namedAsWork(c) {
			c.typ = hearsay.Work // a name the tagger took for a person, in quotation marks
		}
		if w, ok := c.oneWordName(); ok && c.typ != hearsay.Org && r.lx.isLower(cueLegislature, w) {
			c.typ = hearsay.Org // "her seat in the Riksdag"
		}
		if c.typ == hearsay.Misc && r.partyNamed(c) {
			c.typ = hearsay.Org // "the opposition Social Democrats", "Christian Democrat leader"
		}
		if c.typ == hearsay.Misc && r.describedAsOrg(c) {
			c.typ = hearsay.Org // "The Tin Larks are getting back together. The Manchester indie band ..."
		}
		if c.typ == hearsay.Person && r.possessedLikeOrg(c) {
			c.typ = hearsay.Org // "Kordell Rail's chief executive"
		}
		if c.typ == hearsay.Person && r.workplaceOfTrade(c) {
			c.typ = hearsay.Org // "worked as a welder at Kelby Steel": a firm named like a person
		}
		if (c.typ == hearsay.Person || c.typ == hearsay.Place) && r.modifiesPostHolder(c) && (c.typ == hearsay.Person || !r.knownPlaceCluster(c)) {
			c.typ = hearsay.Org // "Chelsea manager Enzo Pell", "Tesla chief executive Elon Musk", "Madison chief executive Jane Roe": the body the post is held in
		}
		if (c.typ == hearsay.Person || c.typ == hearsay.Place) && r.itsSpeaker(c) && (c.typ == hearsay.Person || !r.knownPlaceCluster(c)) {
			c.typ = hearsay.Org // "Merrill Lynch said its profits rose", "... said it had hired": a firm named like a person
		}
		if (c.typ == hearsay.Place || c.typ == hearsay.Person || c.typ == hearsay.Misc) && r.employerSubject(c) && (c.typ != hearsay.Place || !r.knownPlaceCluster(c)) {
			c.typ = hearsay.Org // "Cascadia said CFO Owen Haldane would leave", "Brantis said its president would retire"
		}
		if w, ok := c.oneWordName(); ok && (c.typ == hearsay.Misc || c.typ == hearsay.Place) && r.lx.isLower(cuePartyMember, w) {
			c.typ = hearsay.Org // "a three-term Democrat", "the Conservative candidate" (tagged a place): the party
		}
		if (c.typ == hearsay.Place || c.typ == hearsay.Person) && r.joinedEmployer(c) {
			c.typ = hearsay.Org // "joins Kessock Brae as finance director", "comes from Penwarden Crane, where"
		}
		if (c.typ == hearsay.Place || c.typ == hearsay.Person) && r.allAfterTeamCue(c) && !r.aged(c) {
			c.typ = hearsay.Org // "played for Chelsea", "loaned to Portsmouth": the club, though a given name or a town
		}
		if c.typ == hearsay.Place && r.allAfterClubCue(c) && !r.stageVenue(c) {
			c.typ = hearsay.Org // "studied at Cornell", "was hired from Northern Arizona" after "coach at Northern Arizona"
		}
		if (c.typ == hearsay.Place || c.typ == hearsay.Person || c.typ == hearsay.Misc) && r.orgSuffixed(c) {
			c.typ = hearsay.Org // "Tidewater Bank", "Austin Symphony Orchestra", "the Marlowe Hotel"
		}
		if c.typ == hearsay.Misc && r.pluralPlace(c) {
			c.typ = hearsay.Place // "a party in the Hamptons"
		}
		if c.typ == hearsay.Person && r.placeOfProperty(c) {
			c.typ = hearsay.Place // "his Notting Hill restaurant", "their Malibu home"
		}
		if c.typ == hearsay.Org && !r.orgSuffixed(c) && r.placeOfDwelling(c) {
			c.typ = hearsay.Place // "the Chelsea flat she shared", "her Kelby home": where the home is, not the club
		}
		if (c.typ == hearsay.Place || c.typ == hearsay.Org && r.streetNamed(c)) && r.showBeforeStar(c) && !r.knownPlaceCluster(c) {
			c.typ = hearsay.Work // "Love Island star Kayleigh Brannigan", "Coronation Street actress X": a show; not "Los Angeles star X"
		}
		if (c.typ == hearsay.Place || c.typ == hearsay.Person || c.typ == hearsay.Misc) && r.teamNicknamed(c) && !r.aged(c) {
			c.typ = hearsay.Org // "the Dunleavy Hawks", "Carolina Ospreys"
		}
	}
	r.clubsByCue()
	r.placesByCue()
	r.teamsByScore()
	r.eateriesByCue()
	r.relinkShortNames()
	r.relinkShortOrgs()
	r.relinkShortFirms()
	r.relinkWorkplaces()
	r.relinkPossessiveNames()
	r.retypeShortPlaces()
	r.placesOfPapers()
	r.splitTownHomes()
	r.addressTowns()
	r.countriesAsPlaces()
}

// countriesAsPlaces makes a place of an organisation whose every mention
// is one word naming a country of data/demonyms.tsv, unless every one is
// a post's modifier (nationalTeam: "former Wales manager"): a country
// named as its team in other ways too ("won 14 caps for Ghana",
// "captained Ghana", "coached Norway's under-21 side") is the place.
func (r *resolver) countriesAsPlaces() {
	for _, c := range r.cl {
		if c.typ != hearsay.Org || c.unnamed != "" {
			continue
		}
		if w, ok := c.oneWordName(); ok && r.lx.isCountry(w) && !r.aged(c) && !r.allBeforeTeamRole(c) {
			c.typ = hearsay.Place
		}
	}
}

// placesOfPapers makes a place of a one-word name that a local paper of
// the text is named after ("Estmere's centre-right party" beside "the
// Estmere Tribune", "Riverton's police chief" beside "The Riverton
// Register": cue class paper-head), when no mention of it has a title, an
// age or a known given name.
func (r *resolver) placesOfPapers() {
	towns := map[string]bool{}
	for _, c := range r.cl {
		if c.kind != "outlet" {
			continue
		}
		for _, m := range c.ments {
			ws := m.words
			if len(ws) == 3 && ws[0] == "The" {
				ws = ws[1:]
			}
			if m.kind == hearsay.NameMention && len(ws) == 2 && r.lx.isLower(cuePaperHead, ws[1]) {
				towns[strings.ToLower(ws[0])] = true
			}
		}
	}
	if len(towns) == 0 {
		return
	}
	for _, c := range r.cl {
		if len(c.ments) == 0 || c.typ != hearsay.Person && c.typ != hearsay.Org && c.typ != hearsay.Misc || c.kind != "" || r.aged(c) {
			continue
		}
		named := true
		for _, m := range c.ments {
			if m.kind != hearsay.NameMention || m.title != "" || len(m.words) != 1 || !towns[strings.ToLower(m.words[0])] || r.personalName(m.words) {
				named = false
				break
			}
		}
		if named && !r.orgSuffixed(c) && !r.orgCue(c) {
			c.typ = hearsay.Place
		}
	}
}

// aged reports whether a name of cluster c is given an age ("DJ Cassius
// Lane, 41,", "41-year-old Cassius Lane"): only people have one.
func (r *resolver) aged(c *cluster) bool {
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention {
			continue
		}
		if r.ageAfter(m) > 0 || m.tok0 > 0 && ageOf(r.di.lower[m.tok0-1]) > 0 {
			return true
		}
	}
	return false
}

// afterKinList reports whether name m is in a list of capitalised names
// ("Dale and Wesley", "Ann, Bo and Cy", "Paul, of Edinburgh, and Fiona") that follows, after a comma, a
// short phrase headed by a kinship noun of people ("two sons from his first
// marriage, Dale and Wesley"; "survived by three children, ...") or, with
// no comma, a plural kinship noun ("their twins Mia and Leo").
func (r *resolver) afterKinList(m *ment) bool {
	toks := r.di.doc.Tokens
	i := m.tok0 - 1
	for i > 0 && toks[i].Sentence == m.sent && (toks[i].Text == "and" || toks[i].Text == "," && (isCap(toks[i+1].Text) || toks[i+1].Text == "and" || r.homeInList(i+1, m)) || isCap(toks[i].Text) && !r.di.initial[i] || r.homeInList(i, m)) {
		if toks[i].Text == "," {
			if r.kinPhraseBefore(i) {
				return true
			}
		}
		i--
	}
	return i >= 0 && toks[i].Sentence == m.sent && isCap(toks[i+1].Text) && r.kinPlural(r.di.lower[i])
}

// homeInList reports whether token i of a list of names before name m is
// the "of" of a relative's home written after the relative's name and a
// comma ("their children, Paul, of Edinburgh, and Fiona"), m coming
// right after "and" and not right after the "of" (which makes m the home;
// so does "of Chipworth Dene, Westshire": a town's county).
func (r *resolver) homeInList(i int, m *ment) bool {
	toks := r.di.doc.Tokens
	return i < m.tok0-1 && r.di.lower[m.tok0-1] == "and" && r.di.lower[i] == "of" && toks[i-1].Text == "," && isCap(toks[i+1].Text)
}

// regionOfPlace reports whether name m is a region written after a place
// and a comma ("His son lives in Ames, Iowa"): the place's region, not a
// relative named after a list.
func (r *resolver) regionOfPlace(m *ment) bool {
	k := m.tok0 - 1
	if k < 1 || r.di.doc.Tokens[k].Text != "," || r.lx.region(strings.Join(m.words, " ")) == "" {
		return false
	}
	for _, n := range r.ms {
		if n.kind == hearsay.NameMention && n.tok1 == k && n.typ == hearsay.Place {
			return true
		}
	}
	return false
}

// kinPlural reports whether w names several relatives right before their
// names ("her daughters Rosa and Ivy", "their twins Mia and Leo"): the
// plural of a kinship noun of people, or a word of cue class kin-plural.
func (r *resolver) kinPlural(w string) bool {
	if r.lx.is(cueKinPlural, w) {
		return true
	}
	if w == "children" {
		w = "child"
	} else if s := singular(w); s != w {
		w = s
	} else {
		return false
	}
	info, ok := r.lx.noun(w)
	return ok && info.isKin && info.class != "other" && info.class != "person"
}

// kinPhraseBefore reports whether the few words before the comma at token
// comma, in the same clause, hold a kinship noun of people ("two sons from
// his first marriage", "three children", "a son and a daughter").
func (r *resolver) kinPhraseBefore(comma int) bool {
	toks := r.di.doc.Tokens
	for k := comma - 1; k >= 0 && k >= comma-6 && toks[k].Sentence == toks[comma].Sentence; k-- {
		w := r.di.lower[k]
		if isClauseEnd(w) || w == "," {
			return false
		}
		if w == "children" {
			w = "child"
		}
		for _, f := range []string{w, singular(w)} {
			if info, ok := r.lx.noun(f); ok && info.isKin && info.class != "other" && info.class != "person" {
				return true
			}
		}
	}
	return false
}

// clubsByCue types as organisations the clusters the text names as teams
// ("plays for Eastbridge Town", "coached the Fairhaven Falcons"; club-before
// in data/cues.tsv; "the defeat by Ashford Town": match-before and a
// club-suffix word last; "Harrowfield Town sacked ...": a club-suffix word
// last and a verb of cue class club-verb after) when nothing names them as
// people, and national teams (nationalTeam).
func (r *resolver) clubsByCue() {
	for _, c := range r.cl {
		if c.typ == hearsay.Org || c.typ == hearsay.Work || c.typ == hearsay.Event || c.unnamed != "" || len(c.ments) == 0 {
			continue
		}
		cue := false
		for _, m := range c.ments {
			if m.kind != hearsay.NameMention || m.title != "" || len(m.words) == 0 || r.personalName(m.words) {
				cue = false
				break
			}
			if r.homeOfTeam(m) {
				continue // "from Lisbon side Estrela Norte": the town the club is from
			}
			suffixed := r.lx.isLower(cueClubSuffix, m.words[len(m.words)-1])
			cue = cue || r.cueBefore(m, cueClubBefore) || r.lx.fieldDegreeBefore(r.di, m.tok0) || r.joinedFrom(m) || suffixed && (r.cueBefore(m, cueMatchBefore) || r.clubVerbAfter(m))
		}
		if (cue || r.nationalTeam(c) || r.orgBeforeNoun(c)) && !r.stageVenue(c) {
			c.typ = hearsay.Org // "played at Wembley Stadium": the ground
		}
	}
}

// homeOfTeam reports whether name m is followed by "side", "club" or
// "outfit" (cue class team-noun or those words) and another name in its
// sentence: "signed from Lisbon side Estrela Norte", "joined from Bergen
// club Vestby": the first name is the place the club is from.
func (r *resolver) homeOfTeam(m *ment) bool {
	k := m.tok1
	toks, low := r.di.doc.Tokens, r.di.lower
	if m.poss || k+1 >= len(low) || toks[k+1].Sentence != m.sent {
		return false
	}
	if low[k] != "club" && low[k] != "outfit" && !r.di.is(r.lx, cueTeamNoun, k) {
		return false
	}
	for _, o := range r.ms {
		if o.tok0 == k+1 && o.kind == hearsay.NameMention {
			return true
		}
	}
	return false
}

// clubVerbAfter reports whether name m is followed by a verb of cue class
// club-verb, which clubs do and towns do not ("Harrowfield Town sacked
// their manager", "Ashford Town signed").
func (r *resolver) clubVerbAfter(m *ment) bool {
	k := m.tok1
	return !m.poss && k < len(r.di.lower) && r.di.doc.Tokens[k].Sentence == m.sent && r.di.is(r.lx, cueClubVerb, k)
}

// orgBeforeNoun reports whether a place or a name of no type is named
// right before a word of cue class org-after ("a Quillfeather spokeswoman",
// "Pellucid shares rose"), or in the possessive before one of class
// org-poss-after ("Acme's board"): only organisations have those.
func (r *resolver) orgBeforeNoun(c *cluster) bool {
	if c.typ != hearsay.Place && c.typ != hearsay.Misc {
		return false
	}
	for _, m := range c.ments {
		if m.kind == hearsay.NameMention && !m.poss && m.tok1 < len(r.di.lower) && r.di.doc.Tokens[m.tok1].Sentence == m.sent && r.di.is(r.lx, cueOrgAfter, m.tok1) {
			return true
		}
		if m.kind == hearsay.NameMention && m.poss && r.orgPossNoun(m) {
			return true
		}
	}
	return false
}

// partyNamed reports whether the longest name of a cluster, of two words
// or three with no title, ends with a word of cue class party-member
// ("Social Democrats", "Christian Democrat"): a party.
func (r *resolver) partyNamed(c *cluster) bool {
	best := untitledLongest(c)
	if best == nil || len(best.words) < 2 || len(best.words) > 3 {
		return false
	}
	return r.lx.isLower(cuePartyMember, best.words[len(best.words)-1])
}

// describedAsOrg reports whether the sentence after the first name of
// cluster c opens with a definite description headed by a noun of cue
// class org-nominal ("The Tin Larks are getting back together. The
// Manchester indie band, who split in 2014, ..."): the second reference
// of news writing, which makes the name an organisation's.
func (r *resolver) describedAsOrg(c *cluster) bool {
	var first *ment
	for _, m := range c.ments {
		if m.kind == hearsay.NameMention && (first == nil || m.tok0 < first.tok0) {
			first = m
		}
	}
	if first == nil || first.sent+1 >= len(r.di.doc.Sentences) {
		return false
	}
	toks := r.di.doc.Tokens
	if r.openingNominal(first) {
		return true
	}
	i := r.di.doc.Sentences[first.sent+1].FirstToken
	if i >= len(toks) || r.di.lower[i] != "the" {
		return false
	}
	return r.orgNominalAfter(i)
}

// orgNominalAfter reports whether one of the (up to four) words after the
// "the" at token i, in its sentence, is a lowercase noun of cue class
// org-nominal ("the Manchester indie band").
func (r *resolver) orgNominalAfter(i int) bool {
	toks := r.di.doc.Tokens
	for k := i + 1; k <= i+4 && k < len(toks) && toks[k].Sentence == toks[i].Sentence && isAlphaWord(toks[k].Text); k++ {
		if toks[k].Text == r.di.lower[k] && r.di.is(r.lx, cueOrgNominal, k) {
			return true
		}
	}
	return false
}

// openingNominal reports whether the name m opens its sentence as its
// subject and the rest of the sentence speaks of it again as "the band",
// "the club" (cue class org-nominal): "The Hollow Reeds have parted ways
// with their drummer, ending speculation about the band's future".
func (r *resolver) openingNominal(m *ment) bool {
	toks := r.di.doc.Tokens
	st := r.di.doc.Sentences[m.sent]
	if m.tok0 > st.FirstToken+1 || m.tok0 == st.FirstToken+1 && r.di.lower[st.FirstToken] != "the" || m.poss {
		return false
	}
	for k := m.tok1; k < st.EndToken && k < len(toks); k++ {
		if r.di.lower[k] == "the" && r.orgNominalAfter(k) {
			return true
		}
	}
	return false
}

// possessedLikeOrg reports whether a "person" of no title, age or known
// given name is named in the possessive before a noun only organisations
// have ("Kordell Rail's chief executive", cue class org-poss-after).
func (r *resolver) possessedLikeOrg(c *cluster) bool {
	found := false
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention || m.title != "" || r.personalName(m.words) {
			return false
		}
		found = found || m.poss && r.orgPossNoun(m)
	}
	return found && !r.aged(c)
}

// employerSubject reports whether a cluster of one-word names, no known
// given name, region or country and with no title or age, has a mention
// right before a verb of cue class speech-verb, org-speech-verb or
// employ-verb that an employer's role or body follows: a noun of cue class
// org-poss-after right after the verb or after "that" ("Cascadia said CFO
// Owen Haldane would leave", "Pellworth hired chief executive ..."), or
// "its" and, within two words, a role ("Brantis said on Tuesday that its
// president would retire"). People and places have no chief financial
// officer of their own.
func (r *resolver) employerSubject(c *cluster) bool {
	w, ok := c.oneWordName()
	if !ok || r.personalName([]string{w}) || r.lx.region(w) != "" || r.lx.isCountry(w) || r.aged(c) {
		return false
	}
	found := false
	for _, m := range c.ments {
		if m.title != "" {
			return false
		}
		found = found || !m.poss && r.employerClause(m)
	}
	return found
}

// workplaceOfTrade reports whether a cluster that no known given name,
// title or age makes a person's has a name mention right after "at" and a
// trade ("a welder at Kelby Steel", "worked as a nurse at Dunmore Wexley"):
// people work at firms, not at other people.
func (r *resolver) workplaceOfTrade(c *cluster) bool {
	if r.aged(c) {
		return false
	}
	found := false
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention {
			continue
		}
		if m.title != "" || r.personalName(m.words) || len(m.words) < 2 && len(c.ments) < 2 {
			return false
		}
		found = found || !m.poss && r.tradeBeforeAt(m)
	}
	return found
}

// tradeBeforeAt reports whether "at" stands right before mention m, after
// an occupation of one to three words in its sentence ("a welder at").
func (r *resolver) tradeBeforeAt(m *ment) bool {
	toks := r.di.doc.Tokens
	k := m.tok0 - 1
	if k < 1 || r.di.lower[k] != "at" || toks[k].Sentence != m.sent {
		return false
	}
	for n := 1; n <= 3 && k-n >= 0 && toks[k-n].Sentence == m.sent; n++ {
		if info, ok := r.di.nounWords(r.lx, k-n, k); ok && info.isOcc && !info.isRole {
			return true
		}
	}
	return false
}

// itsSpeaker reports whether a cluster that no known given name, title,
// age or gendered pronoun makes a person's has a name mention right before
// a speech verb that "its" and what only an employer has follow, directly
// or after "that" ("Merrill Lynch said its profits rose", "Dunmore Wexley
// says that its chief executive will retire"): a person speaks of "his" or
// "her" things, a firm named after its founders of "its".
func (r *resolver) itsSpeaker(c *cluster) bool {
	if c.genderOf() != 'u' || r.aged(c) {
		return false
	}
	found := false
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention {
			continue
		}
		if m.title != "" || r.personalName(m.words) {
			return false
		}
		found = found || !m.poss && (r.itsAfterSpeech(m) || r.itHiresAfterSpeech(m))
	}
	return found
}

// itHiresAfterSpeech reports whether mention m is followed by a verb of cue
// class speech-verb or org-speech-verb, "it" or "that it", at most one
// auxiliary, and a verb of cue class employ-verb ("Merrill Lynch said it had
// hired ...", "Dunmore says that it will appoint ..."): a person who hires
// says "I", "he" or "she", a firm says "it".
func (r *resolver) itHiresAfterSpeech(m *ment) bool {
	toks, low := r.di.doc.Tokens, r.di.lower
	k, ok := r.afterSpeechThat(m)
	if !ok || k+1 >= len(low) || low[k] != "it" || toks[k].Sentence != m.sent {
		return false
	}
	k++
	switch low[k] {
	case "had", "has", "have", "would", "will", "was", "is", "could", "may", "might", "should":
		k++
	}
	return k < len(low) && toks[k].Sentence == m.sent && r.di.is(r.lx, cueEmployVerb, k)
}

// afterSpeechThat returns the token after a verb of cue class speech-verb
// or org-speech-verb that follows mention m in its sentence, and after a
// "that" following the verb; ok is false when no such verb follows or no
// token is left.
func (r *resolver) afterSpeechThat(m *ment) (k int, ok bool) {
	toks, low := r.di.doc.Tokens, r.di.lower
	v := m.tok1
	if v+1 >= len(low) || toks[v].Sentence != m.sent || !r.di.is(r.lx, cueSpeechVerb, v) && !r.di.is(r.lx, cueOrgSpeechVerb, v) {
		return 0, false
	}
	k = v + 1
	for k+1 < len(low) && toks[k].Sentence == m.sent && r.inTimexAt(k) {
		k++ // "said on Tuesday that it had hired"
	}
	if low[k] == "that" && k+1 < len(low) {
		k++
	}
	return k, true
}

// inTimexAt reports whether token k lies in a time expression, or is a
// preposition that opens one ("on" of "on Tuesday").
func (r *resolver) inTimexAt(k int) bool {
	toks := r.di.doc.Tokens
	if inTimex(r.di.doc, toks[k].Span) {
		return true
	}
	switch r.di.lower[k] {
	case "on", "in", "at", "late", "early":
		return k+1 < len(toks) && toks[k+1].Sentence == toks[k].Sentence && inTimex(r.di.doc, toks[k+1].Span)
	}
	return false
}

// knownPlaceCluster reports whether a name of the cluster is a known
// place, country or region (knownPlaceName, data/demonyms.tsv, cue class
// country-name).
func (r *resolver) knownPlaceCluster(c *cluster) bool {
	for _, m := range c.ments {
		if m.kind == hearsay.NameMention && (r.lx.knownPlaceName(r.di, m) || len(m.words) == 1 && (r.lx.isCountry(m.words[0]) || r.lx.isLower(cueCountryName, m.words[0]))) {
			return true
		}
	}
	return false
}

// itsAfterSpeech reports whether mention m is followed by a verb of cue
// class speech-verb or org-speech-verb, "its", or "that its", and a noun of
// cue class org-poss-after or a role ("said its profits", "said that its
// chief executive").
func (r *resolver) itsAfterSpeech(m *ment) bool {
	toks, low := r.di.doc.Tokens, r.di.lower
	k, ok := r.afterSpeechThat(m)
	if !ok || low[k] != "its" || toks[k].Sentence != m.sent {
		return false
	}
	for n := 1; n <= 2 && k+1+n <= len(low); n++ {
		if r.di.isPhrase(r.lx, cueOrgPossAfter, k+1, k+1+n) {
			return true
		}
	}
	return r.roleWithin(k+1, m.sent)
}

// employerClause reports whether the verb right after mention m (cue class
// speech-verb, org-speech-verb or employ-verb) goes on with an employer's
// role or body (employerSubject), or, for a verb of employ-verb, with "as"
// and a role ("Kessel hired Mona Pratt, a former Ulmar executive, as head
// of sales"); ", which" may come between ("Pellucia, which named Ada Frost
// its chief financial officer").
func (r *resolver) employerClause(m *ment) bool {
	toks, low := r.di.doc.Tokens, r.di.lower
	v := m.tok1
	if v+2 < len(low) && low[v] == "," && low[v+1] == "which" {
		v += 2 // "at Pellucia, which named Ada Frost its chief financial officer"
	}
	if v+1 < len(low) && (low[v] == "has" || low[v] == "have") && r.di.is(r.lx, cueEmployVerb, v+1) {
		v++ // "Brantis has appointed Tom Hale as finance director"
	}
	if v >= len(low) || toks[v].Sentence != m.sent || !r.di.is(r.lx, cueSpeechVerb, v) && !r.di.is(r.lx, cueOrgSpeechVerb, v) && !r.di.is(r.lx, cueEmployVerb, v) {
		return false
	}
	employs, window := r.di.is(r.lx, cueEmployVerb, v), 6
	if employs {
		window = 10
	}
	for k := v + 1; k < len(low) && k <= v+window && toks[k].Sentence == m.sent; k++ {
		if low[k] == "its" || employs && low[k] == "as" {
			return r.roleWithin(k+1, m.sent)
		}
		if k == v+1 || low[k-1] == "that" {
			for n := 1; n <= 2 && k+n <= len(low); n++ {
				if r.di.isPhrase(r.lx, cueOrgPossAfter, k, k+n) {
					return true
				}
			}
		}
	}
	return false
}

// roleWithin reports whether a role (data/roles.tsv) of up to four words
// starts at one of the four lowercase words from token k on, in sentence
// sent, with no possessive pronoun of a person before it ("its president",
// "as chief executive", "as its new finance director"; not "as his
// manager").
func (r *resolver) roleWithin(k, sent int) bool {
	for j := k; j <= k+3 && j < len(r.di.lower) && r.di.doc.Tokens[j].Sentence == sent; j++ {
		switch r.di.lower[j] {
		case "his", "her", "their", "my", "our", "your":
			return false
		}
		if j > k && !isLowerWord(r.di.doc.Tokens[j-1].Text) {
			return false
		}
		for e := j + 1; e <= j+4 && e <= len(r.di.lower) && r.di.doc.Tokens[e-1].Sentence == sent; e++ {
			if info, ok := r.di.nounWords(r.lx, j, e); ok && info.isRole {
				return true // "its president", "its chief financial officer"
			}
		}
	}
	return false
}

// orgPossNoun reports whether a possessive name is followed by a noun of
// cue class org-poss-after, of one or two words ("Acme's board", "Tallis's
// chief executive").
func (r *resolver) orgPossNoun(m *ment) bool {
	toks := r.di.doc.Tokens
	k := m.tok1
	if k < len(toks) && isPossMarker(toks[k].Text) {
		k++
	}
	for n := 1; n <= 2 && k+n <= len(toks); n++ {
		if toks[k+n-1].Sentence != m.sent {
			break
		}
		if r.di.isPhrase(r.lx, cueOrgPossAfter, k, k+n) {
			return true
		}
	}
	return false
}

// nationalTeam reports whether every mention of a place is a one-word name
// right before a word of cue class team-role, a word of class sport
// allowed between ("former Wales manager", "the England rugby captain"):
// the country's team.
func (r *resolver) nationalTeam(c *cluster) bool {
	return c.typ == hearsay.Place && r.allBeforeTeamRole(c)
}

// allBeforeTeamRole reports whether every mention of cluster c is a
// one-word name right before a word of cue class team-role, a word of
// class sport allowed between ("Wales manager", "England rugby captain").
func (r *resolver) allBeforeTeamRole(c *cluster) bool {
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention || len(m.words) != 1 || m.poss {
			return false
		}
		k := m.tok1
		if k < len(r.di.lower) && r.di.is(r.lx, cueSport, k) {
			k++
		}
		if k >= len(r.di.lower) || r.di.doc.Tokens[k].Sentence != m.sent || !r.di.is(r.lx, cueTeamRole, k) {
			return false
		}
	}
	return len(c.ments) > 0
}

// modifiesPostHolder reports whether every name mention of a cluster is
// one word, with no title and no possessive, right before a post of a
// team's staff or of a firm (cue classes team-role, org-poss-after; a word
// of class sport may stand between) and the name of a person who holds it:
// "Chelsea manager Enzo Pell", "Tesla chief executive Elon Musk". A person
// is not written so before another person's name; the club or the firm is,
// even when it is spelt like a given name.
func (r *resolver) modifiesPostHolder(c *cluster) bool {
	n := 0
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention {
			continue
		}
		if len(m.words) != 1 || m.poss || m.title != "" || !r.postThenHolder(m) {
			return false
		}
		n++
	}
	return n > 0
}

// postThenHolder reports whether name m is followed in its sentence by a
// lowercase post of cue class team-role or org-poss-after (of one to three
// words, a word of class sport before it or not) and a person's name.
func (r *resolver) postThenHolder(m *ment) bool {
	toks, lower := r.di.doc.Tokens, r.di.lower
	k := m.tok1
	if k < len(lower) && toks[k].Sentence == m.sent && r.di.is(r.lx, cueSport, k) {
		k++
	}
	for n := 1; n <= 3 && k+n < len(toks) && toks[k+n-1].Sentence == m.sent; n++ {
		if toks[k+n-1].Text != lower[k+n-1] {
			return false
		}
		if !r.di.isPhrase(r.lx, cueTeamRole, k, k+n) && !r.di.isPhrase(r.lx, cueOrgPossAfter, k, k+n) {
			continue
		}
		if toks[k+n].Sentence == m.sent && r.personNameAt(k+n) {
			return true
		}
	}
	return false
}

// joinedFrom reports whether name m is what someone left to join an
// organisation: "joined Quillfeather from Amazon", "signed with Harbourne
// City from rivals Glenrock" (club-before in data/cues.tsv before the
// organisation).
func (r *resolver) joinedFrom(m *ment) bool {
	toks := r.di.doc.Tokens
	k := m.tok0 - 1
	if k > 0 && (r.di.lower[k] == "rival" || r.di.lower[k] == "rivals") {
		k--
	}
	if k < 1 || r.di.lower[k] != "from" {
		return false
	}
	if r.orgNominalJoined(k) {
		return true // "joined the team from Harbourne City"
	}
	// a short adjunct may stand between: "joined Halden in 2015 from Aviva"
	for e := k; e >= 1 && e >= k-3 && toks[e-1].Sentence == m.sent; e-- {
		for _, o := range r.ms {
			if o.tok1 == e && o.kind == hearsay.NameMention && o.ent >= 0 && r.cl[o.ent].typ == hearsay.Org && r.cueBefore(o, cueClubBefore) {
				return true
			}
		}
		if w := toks[e-1].Text; !isNumber(w) && (!isAlphaWord(w) || isCap(w)) {
			return false
		}
	}
	return false
}

// orgNominalJoined reports whether the words before "from" at token k are
// a word of cue class club-before and a definite description of cue class
// org-nominal ("joined the team from", "signed for the club from"): what
// follows "from" is another organisation.
func (r *resolver) orgNominalJoined(k int) bool {
	toks := r.di.doc.Tokens
	if k < 3 || toks[k-1].Sentence != toks[k].Sentence || !r.di.is(r.lx, cueOrgNominal, k-1) || r.di.lower[k-2] != "the" {
		return false
	}
	for n := 1; n <= 3 && k-2-n >= 0; n++ {
		if r.di.isPhrase(r.lx, cueClubBefore, k-2-n, k-2) {
			return true
		}
	}
	return false
}

// placesByCue makes a place of a "person" whose every mention is a name
// with no title, after words of cue class place-before or shaped like a
// place's (placeShaped), and starts with no known given name ("an academy
// in Denver", "a trip to Lake Tahoe", "represents Lower Pellingham": the
// name tagger's slips), and of an "organisation" with no sign of one whose
// every mention follows words of cue class travel-before ("a ski trip to
// Verbier").
func (r *resolver) placesByCue() {
	for _, c := range r.cl {
		if len(c.ments) == 0 || c.typ != hearsay.Person && c.typ != hearsay.Org && c.typ != hearsay.Misc || c.kind != "" {
			continue
		}
		cue := cuePlaceBefore
		if c.typ != hearsay.Person {
			if r.orgSuffixed(c) || r.orgCue(c) {
				continue
			}
			cue = cueTravelBefore // "a stake in Tesla", "moved to Google": organisations
		}
		place := true
		for _, m := range c.ments {
			if m.kind != hearsay.NameMention || m.title != "" || m.poss || r.personalName(m.words) || !r.cueBefore(m, cue) && !(c.typ == hearsay.Person && r.placeShaped(m.words)) && !r.landformNamed(m.words) && !(c.typ == hearsay.Person && r.placeListed(m, cue)) {
				place = false
				break
			}
		}
		if (place || c.typ == hearsay.Person && r.listedPlace(c) || r.infixPlace(c)) && !r.romanceNamed(c) {
			c.typ = hearsay.Place
		}
	}
}

// placeListed reports whether mention m follows "and" or "or" right after
// the name of a place that words of class cue stand before ("homes in
// Headingley and Roundhay"): the second of two places listed after one cue.
func (r *resolver) placeListed(m *ment, cue cue) bool {
	k := m.tok0 - 1
	if k < 1 || r.di.doc.Tokens[k].Sentence != m.sent || r.di.lower[k] != "and" && r.di.lower[k] != "or" {
		return false
	}
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break // mentions come in text order
		}
		if o.tok1 == k && o.sent == m.sent && o.kind == hearsay.NameMention && o.ent >= 0 && r.cl[o.ent].typ == hearsay.Place && r.cueBefore(o, cue) {
			return true
		}
	}
	return false
}

// landformNamed reports whether a name of two to four capitalised words
// starts or ends with a word of cue class landform ("Lake Merrow", "Isle
// of Tarn", "Kestle Falls"; "of" may follow the first word): the name of
// a lake, an island, a waterfall or a mountain, unless a word of cue class
// club-suffix ends it. A name that only starts so and ends with an
// institution's or an organisation's word is that body's, named after the
// landform or the town ("Lake City High School", "Mount Alder Hospital",
// "Cape Morrow Bank").
func (r *resolver) landformNamed(words []string) bool {
	n := len(words)
	if n < 2 || n > 4 {
		return false
	}
	for k, w := range words {
		if k == 1 && n > 2 && w == "of" {
			continue
		}
		if !isCap(w) {
			return false
		}
	}
	if r.lx.isLower(cueClubSuffix, words[n-1]) {
		return false // "Cape Harbour City": a team named after its town
	}
	if r.lx.isLower(cueLandform, words[n-1]) {
		return true
	}
	return r.lx.isLower(cueLandform, words[0]) && !r.lx.institutionName(words) && !r.lx.isLower(cueOrgSuffix, words[n-1])
}

// infixPlace reports whether every mention of cluster c is one word made
// of capitalised parts joined by a lowercase word of cue class place-infix
// ("Barrow-in-Furness", "Stratford-upon-Avon", "Weston-super-Mare"): the
// shape of a town's name.
func (r *resolver) infixPlace(c *cluster) bool {
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention || len(m.words) != 1 || !r.infixShaped(m.words[0]) {
			return false
		}
	}
	return true
}

// infixShaped reports whether w is capitalised parts joined by hyphens
// with a lowercase part of cue class place-infix between them.
func (r *resolver) infixShaped(w string) bool {
	first := strings.IndexByte(w, '-')
	last := strings.LastIndexByte(w, '-')
	if first <= 0 || last <= first+1 || last == len(w)-1 || !isCap(w[:first]) || !isCap(w[last+1:]) {
		return false
	}
	for rest := w[first+1 : last+1]; rest != ""; {
		k := strings.IndexByte(rest, '-')
		p := rest[:k] // rest ends with '-'
		if p != "" && !isCap(p) && r.lx.isLower(cuePlaceInfix, p) {
			return true
		}
		rest = rest[k+1:]
	}
	return false
}

// listedPlace reports whether a "person" is a place the lists know (the
// name tagger's places, data/regions.tsv, data/demonyms.tsv) or one shaped
// like a place's (placeShaped: "County Cork") that is a country, shaped
// so or named once at least right after words of cue class place-before,
// and never with a title, an age, a possessive or a known given name:
// "died in Dundee ... the Lord Provost of Dundee", "born in Lagos,
// Nigeria", "Kinsale, County Cork ... of Cork" (the name tagger's slips
// on a place's name).
func (r *resolver) listedPlace(c *cluster) bool {
	cued := false
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention || m.title != "" || m.poss || len(m.words) > 3 || m.vocative || m.ctxTyped && m.typ == hearsay.Person {
			return false
		}
		if len(m.words) == 1 && r.shapedPlaceEnding(m.words[0]) {
			cued = true // "Tralee, County Kerry ... played for Kerry": the county, though "Kerry" is a given name too
			continue
		}
		if r.personalName(m.words) || r.lx.looksPersonal(m.words) {
			return false
		}
		name := strings.Join(m.words, " ")
		country, shaped := r.lx.isCountry(name), r.placeShaped(m.words)
		if !shaped && !country && !r.lx.outlets.KnownPlace(name) && r.lx.region(name) == "" {
			return false
		}
		cued = cued || country || shaped || r.cueBefore(m, cuePlaceBefore) || len(m.words) == 1 && r.shapedPlaceEnding(m.words[0]) || r.nativeNounAfter(m)
	}
	return cued && !r.aged(c)
}

// nativeNounAfter reports whether mention m stands between "a", "an" or
// "the" and a noun of cue class native-noun ("Rao, a Mumbai native,",
// "the Leeds resident"): the place the person is from.
func (r *resolver) nativeNounAfter(m *ment) bool {
	toks := r.di.doc.Tokens
	if m.tok0 == 0 || m.tok1 >= len(toks) || toks[m.tok1].Sentence != m.sent || !r.di.is(r.lx, cueNativeNoun, m.tok1) {
		return false
	}
	switch r.di.lower[m.tok0-1] {
	case "a", "an", "the":
		return true
	}
	return false
}

// shapedPlaceEnding reports whether the document names a place headed like
// a place's (placeHeaded) whose last word is w: "of Cork" after "County
// Cork".
func (r *resolver) shapedPlaceEnding(w string) bool {
	for _, m := range r.ms {
		if m.kind == hearsay.NameMention && len(m.words) >= 2 && strings.EqualFold(m.words[len(m.words)-1], w) && r.placeHeaded(m.words) {
			return true
		}
	}
	return false
}

// placeHeaded reports whether a name shaped like a place's (placeShaped)
// starts with a word of cue class place-head ("County Cork", "Lower
// Pellingham"): its last word is the place's own name, no surname.
func (r *resolver) placeHeaded(words []string) bool {
	return len(words) >= 2 && r.lx.isLower(cuePlaceHead, words[0]) && r.placeShaped(words)
}

// placeShaped reports whether a name of two or three capitalised words is
// shaped like a place's: its first word is of cue class place-head ("Lower
// Pellingham", "County Clare", "Isle of Skye") or, with no known given name
// in it, its last of place-tail ("Grinstead Moor", "Mossley Fold").
func (r *resolver) placeShaped(words []string) bool {
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	headed := r.lx.isLower(cuePlaceHead, words[0])
	for k, w := range words {
		if headed && k == 1 && len(words) == 3 && w == "of" {
			continue // "Isle of Skye"
		}
		if !isCap(w) || !isAlphaWord(w) {
			return false
		}
		if g, ok := r.lx.nameGender(w); ok && g != 'n' && !headed {
			return false // a given name is a person's, but after a place's head ("County Clare", "Port Elizabeth")
		}
	}
	return headed || r.lx.isLower(cuePlaceTail, words[len(words)-1])
}

// eateriesByCue makes an organisation of a place or a name of no type
// that every mention names right after words of cue class eatery-before
// ("had dinner at Carbone", "dined at Osteria Lucca"): a restaurant, a
// business. A name ending in a word of cue class venue-head or place-tail,
// a region or a name with a known given name first stays as it is.
func (r *resolver) eateriesByCue() {
	for _, c := range r.cl {
		if len(c.ments) == 0 || c.typ != hearsay.Place && c.typ != hearsay.Misc || c.kind != "" {
			continue
		}
		eatery := true
		for _, m := range c.ments {
			last := ""
			if len(m.words) > 0 {
				last = m.words[len(m.words)-1]
			}
			if m.kind != hearsay.NameMention || m.title != "" || r.personalName(m.words) || !r.cueBefore(m, cueEateryBefore) ||
				r.lx.isLower(cueVenueHead, last) || r.lx.isLower(cuePlaceTail, last) || r.lx.region(strings.Join(m.words, " ")) != "" {
				eatery = false
				break
			}
		}
		if eatery {
			c.typ = hearsay.Org
		}
	}
}

// retypeShortPlaces makes a place of a one-word "person" that starts the
// name of a place of the text and is no known given name ("Millbrook" beside
// "Millbrook County").
func (r *resolver) retypeShortPlaces() {
	for _, c := range r.cl {
		if len(c.ments) == 0 || c.typ != hearsay.Person {
			continue
		}
		word := ""
		for _, m := range c.ments {
			if m.kind != hearsay.NameMention || len(m.words) != 1 || m.title != "" || word != "" && !strings.EqualFold(word, m.words[0]) {
				word = "-"
				break
			}
			word = m.words[0]
		}
		if word == "" || word == "-" || r.personalName([]string{word}) {
			continue
		}
		for _, d := range r.cl {
			if d.typ != hearsay.Place {
				continue
			}
			for _, m := range d.ments {
				if m.kind == hearsay.NameMention && len(m.words) >= 2 && strings.EqualFold(m.words[0], word) {
					c.typ = hearsay.Place
				}
			}
		}
	}
}

// outletsByCue types as outlets the clusters the text names like a source
// ("a source told Star Signal", "Le Miroir, citing a courtier", "Rhythm
// magazine") when nothing names them as people: no title, no known given
// name, no other form of the name, not the speaker of a quotation. A name
// of one word needs a cue after it ("Rhythm magazine").
func (r *resolver) outletsByCue() {
	for ci, c := range r.cl {
		if c.kind != "" || c.typ == hearsay.Work || c.unnamed != "" {
			continue
		}
		cue := false
		var first *ment // the mention whose name key the others must have
		for _, m := range c.ments {
			if m.kind != hearsay.NameMention || m.title != "" || len(m.words) == 0 {
				cue = false
				break
			}
			if first == nil || len(first.words) == 1 && first.words[0] == "" {
				first = m // an empty key is taken again from the next name
			}
			if !sameNameKey(m, first) || r.personalName(m.words) || r.speaks(m) {
				cue = false
				break
			}
			after := r.outletAfter(m)
			cue = cue || after || len(m.words) >= 2 && r.outletBefore(m)
		}
		if cue {
			r.cl[ci].typ, r.cl[ci].kind = hearsay.Org, "outlet"
		}
	}
}

// familyNames turns "the Harlans" and "the Ashcombe family('s)" into a
// group mention of the people the text names with that surname ("Wade
// Harlan", "Cassidy Harlan").
func (r *resolver) familyNames() {
	for _, m := range r.ms {
		if m.kind != hearsay.NameMention || len(m.words) != 1 || m.title != "" || m.tok0 == 0 || r.di.lower[m.tok0-1] != "the" || m.ent < 0 {
			continue
		}
		w := m.words[0]
		stems := []string{strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es")}
		family := m.tok1 < len(r.di.lower) && r.di.lower[m.tok1] == "family" && !m.poss
		if family {
			stems = []string{w} // "the Ashcombe family's estate": the family, not Vivienne Ashcombe
		}
		var members []int
		for _, stem := range stems {
			if stem == w && !family || len(members) > 0 {
				continue
			}
			for _, o := range r.ms {
				if o.kind == hearsay.NameMention && len(o.words) >= 2 && o.words[len(o.words)-1] == stem && o.ent >= 0 && (o.ent != m.ent || family) &&
					r.cl[o.ent].typ == hearsay.Person && !containsInt(members, o.ent) {
					members = append(members, o.ent)
				}
			}
		}
		if len(members) == 0 {
			continue
		}
		r.cl[m.ent].drop(m)
		m.kind, m.typ, m.number, m.ent, m.members, m.rule = hearsay.GroupMention, hearsay.Person, 'p', -1, members, "family"
		m.done = true
	}
}

// personalName reports whether a name starts with a known given name or is
// made of known given names only.
func (r *resolver) personalName(words []string) bool {
	if g, ok := r.lx.nameGender(words[0]); ok && g != 'n' {
		return true
	}
	return false
}

// speaks reports whether a name mention is followed by a speech verb other
// than a report ("Hart said").
func (r *resolver) speaks(m *ment) bool {
	e := m.tok1
	return e < len(r.di.lower) && r.di.is(r.lx, cueSpeechVerb, e) && !r.di.is(r.lx, cueOutletAfter, e)
}

// outletBefore reports whether words of class outlet-before (up to three)
// come right before a mention.
func (r *resolver) outletBefore(m *ment) bool { return r.cueBefore(m, cueOutletBefore) }

// cueBefore reports whether words of the class (up to three) come right
// before a mention.
func (r *resolver) cueBefore(m *ment, class cue) bool {
	for n := 1; n <= 3 && m.tok0-n >= 0; n++ {
		if r.di.doc.Tokens[m.tok0-n].Sentence != m.sent {
			break
		}
		if n == 1 && r.di.is(r.lx, class, m.tok0-1) || n > 1 && r.di.isPhrase(r.lx, class, m.tok0-n, m.tok0) {
			return true // one word from the per-token look-ups
		}
	}
	return false
}

// outletAfter reports whether a word of class outlet-after follows a
// mention, after a comma or not, and no word of class results-word after
// it tells a firm's own results ("Tessel Bank reported higher profits").
func (r *resolver) outletAfter(m *ment) bool {
	e := m.tok1
	if m.poss {
		return false
	}
	if e < len(r.di.lower) && r.di.lower[e] == "," {
		e++
	}
	if e >= len(r.di.lower) || r.di.doc.Tokens[e].Sentence != m.sent || !r.di.is(r.lx, cueOutletAfter, e) {
		return false
	}
	// "Tessel Bank reported higher profits on Monday": a firm tells its own results, no outlet reports
	return e+1 >= len(r.di.lower) || r.di.doc.Tokens[e+1].Sentence != m.sent || !r.di.is(r.lx, cueResultsWord, e+1)
}

// oneWordName returns the word that every mention of the cluster is, when
// all its mentions are the same one-word name ("Calloway", "Mina").
func (c *cluster) oneWordName() (string, bool) {
	word := ""
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention || len(m.words) != 1 || word != "" && !strings.EqualFold(word, m.words[0]) {
			return "", false
		}
		word = m.words[0]
	}
	return word, word != ""
}

// relinkShortOrgs merges a one-word organisation, or a one-word name read
// as a person's that has no title nor age (bareName) into a firm's name
// that ends in an organisation's word ("Kyle" after "Kyle Technology
// Corp."), into the one organisation
// whose name starts with it ("Calloway" and "Calloway Brands", "Harbourne"
// and "Harbourne City", "WKXR" and "WKXR-TV") or, for the last words of
// team names (cue class club-suffix), for the last words of papers' names
// (cue class paper-head) and for capitalised plurals that are no words of
// cue class plural-not-team, ends with it ("United" and "Eastfield
// United", "Ledger" and "The Harwick Ledger", "Ravens" and "Chicago
// Ravens"), named before it: a short
// name named first is another body ("the Senate" ... "the Senate Health
// Committee", "Estmere's" ... "the Estmere Tribune"), and so is a word that
// alone names an institution (a head word of organisations in the name
// tagger's data/name_heads.tsv: "Senate" after "the Senate Judiciary
// Committee").
func (r *resolver) relinkShortOrgs() {
	for ci, c := range r.cl {
		if len(c.ments) == 0 || c.typ != hearsay.Org && c.typ != hearsay.Misc && !(c.typ == hearsay.Person && r.bareName(c)) {
			continue
		}
		word, ok := c.oneWordName()
		if !ok || r.lx.outlets.OrgHead(word) {
			continue // "the Senate Judiciary Committee" ... "Senate President Chuck Winder": the Senate is its own body
		}
		first := c.ments[0].tok0
		for _, m := range c.ments {
			first = min(first, m.tok0)
		}
		target := -1
		for di, d := range r.cl {
			if di == ci || d.typ != hearsay.Org || len(d.ments) == 0 {
				continue
			}
			for _, m := range d.ments {
				if m.kind == hearsay.NameMention && m.tok0 < first && startsWithName(m.words, word) && (c.typ != hearsay.Person || r.firmWordLast(m.words)) {
					if target >= 0 && target != di {
						target = -2
					} else if target == -1 {
						target = di
					}
				}
			}
		}
		if target == -1 && c.typ != hearsay.Person && (r.lx.isLower(cueClubSuffix, word) || r.lx.isLower(cuePaperHead, word) || teamPlural(word) && !r.lx.isLower(cuePluralNotTeam, word)) {
			target = r.orgEndingWith(ci, word, first)
		}
		if target >= 0 && r.placeOfBody(c.ments, r.cl[target].ments) {
			continue // "grew up in Pellingham" after "Pellingham District Council": the place the council governs
		}
		if target >= 0 {
			r.merge(target, ci)
		}
	}
}

// relinkShortFirms merges a name of two or three words, an untyped one or
// one read as a person's that has no title nor age nor pronoun (bareName),
// into the one firm named before it whose name starts with those words and
// ends in an organisation's word: "Marlowe Haines said it would appeal"
// after "Marlowe Haines Construction was fined" is the firm's short name,
// as relinkShortOrgs finds for one word.
func (r *resolver) relinkShortFirms() {
	for ci, c := range r.cl {
		if len(c.ments) == 0 || c.typ != hearsay.Misc && !(c.typ == hearsay.Person && r.bareName(c)) {
			continue
		}
		words, ok := c.sameNameWords()
		if !ok || len(words) < 2 || len(words) > 3 {
			continue
		}
		first := c.ments[0].tok0
		for _, m := range c.ments {
			first = min(first, m.tok0)
		}
		if target := r.firmStartingWith(ci, words, first); target >= 0 {
			r.merge(target, ci)
		}
	}
}

// firmStartingWith returns the one organisation cluster other than ci with
// a name mention before token first that is longer than words, starts
// with them and ends in an organisation's word (firmWordLast); -1 when
// there is none or more than one.
func (r *resolver) firmStartingWith(ci int, words []string, first int) int {
	target := -1
	for di, d := range r.cl {
		if di == ci || d.typ != hearsay.Org {
			continue
		}
		for _, m := range d.ments {
			if m.kind != hearsay.NameMention || m.tok0 >= first || len(m.words) <= len(words) || !equalFoldWords(m.words[:len(words)], words) || !r.firmWordLast(m.words) {
				continue
			}
			if target >= 0 && target != di {
				return -1
			}
			target = di
		}
	}
	return target
}

// sameNameWords returns the words that every mention of the cluster is,
// when all its mentions are the same name ("Marlowe Haines").
func (c *cluster) sameNameWords() ([]string, bool) {
	var words []string
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention || words != nil && !equalFoldWords(words, m.words) {
			return nil, false
		}
		words = m.words
	}
	return words, words != nil
}

// relinkWorkplaces merges a place of one word, every mention of which
// stands right after "at" and after no word of cue class place-before,
// into the one organisation named before it whose name starts with that
// word or ends in "of" and it ("spent five seasons at Dunmarsh" after
// "Dunmarsh United", "every student at Carrow" after "Carrow University",
// "At Kelvinhaugh, Dace takes over" after "the Port of Kelvinhaugh"): a
// short name of the body, not the town. Countries and regions stay places.
func (r *resolver) relinkWorkplaces() {
	for ci, c := range r.cl {
		word, ok := c.oneWordName()
		if !ok || c.typ != hearsay.Place || r.lx.isCountry(word) || r.lx.region(word) != "" || !r.allRightAfterAt(c) {
			continue
		}
		first := c.ments[0].tok0
		for _, m := range c.ments {
			first = min(first, m.tok0)
		}
		target := -1
		for di, d := range r.cl {
			if di == ci || d.typ != hearsay.Org || !r.namesBodyOf(d, word, first) {
				continue
			}
			if target >= 0 {
				target = -2
				break
			}
			target = di
		}
		if target >= 0 {
			r.merge(target, ci)
		}
	}
}

// allRightAfterAt reports whether every mention of cluster c is an
// untitled name right after "at" in its sentence, with no word of cue
// class place-before before it ("at Dunmarsh", not "in Dunmarsh" nor
// "back to Dunmarsh").
func (r *resolver) allRightAfterAt(c *cluster) bool {
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention || m.title != "" || m.tok0 == 0 || r.di.doc.Tokens[m.tok0-1].Sentence != m.sent ||
			r.di.lower[m.tok0-1] != "at" || r.cueBefore(m, cuePlaceBefore) {
			return false
		}
	}
	return len(c.ments) > 0
}

// namesBodyOf reports whether a name of organisation d, mentioned before
// token first, starts with word and has more words, or ends in "of" and
// word ("Dunmarsh United", "the Port of Kelvinhaugh").
func (r *resolver) namesBodyOf(d *cluster, word string, first int) bool {
	for _, m := range d.ments {
		if m.kind != hearsay.NameMention || m.tok0 >= first {
			continue
		}
		n := len(m.words)
		if startsWithName(m.words, word) || n >= 3 && strings.EqualFold(m.words[n-2], "of") && strings.EqualFold(m.words[n-1], word) {
			return true
		}
	}
	return false
}

// firmWordLast reports whether the last of words, without a full stop,
// is a word that ends organisations' names (data/orgwords.tsv, cue class
// org-suffix: "Corp.", "Ltd", "Holdings").
func (r *resolver) firmWordLast(words []string) bool {
	last := strings.TrimSuffix(words[len(words)-1], ".")
	return len(words) >= 2 && (lowerIn(r.lx.orgWords, last) || r.lx.isLower(cueOrgSuffix, last))
}

// bareName reports whether every mention of cluster c is a name with no
// title and no age: nothing but its first word makes a person of a short
// name ("Kyle" after "Kyle Technology Corp.", "a spokesman for Kyle").
func (r *resolver) bareName(c *cluster) bool {
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention || m.title != "" {
			return false
		}
	}
	return !r.aged(c)
}

// placeOfBody reports whether the one-word name of mentions ms, every one
// of which follows words of cue class place-before, names the place that
// the organisation named in ds governs or serves: a name of ds has a word
// of cue class place-body after its first ("grew up in Pellingham" after
// "Pellingham District Council", "Harlow Police").
func (r *resolver) placeOfBody(ms, ds []*ment) bool {
	for _, m := range ms {
		if !r.cueBefore(m, cuePlaceBefore) {
			return false
		}
	}
	for _, m := range ds {
		if m.kind != hearsay.NameMention {
			continue
		}
		for _, w := range m.words[1:] {
			if r.lx.isLower(cuePlaceBody, w) {
				return true
			}
		}
	}
	return false
}

// relinkPossessiveNames merges a name that ends in a possessive ("St
// Aidan's", "Christ's") into the one organisation or place whose name is
// that name and a last word of organisations or venues (data/orgwords.tsv,
// cue class venue-head: "St Aidan's Church"): the short form of the
// institution's name.
func (r *resolver) relinkPossessiveNames() {
	for ci, c := range r.cl {
		if len(c.ments) == 0 || c.typ == hearsay.Person || c.typ == hearsay.Work || c.typ == hearsay.Event {
			continue
		}
		short := possessiveName(c)
		if short == nil {
			continue
		}
		target := -1
		for di, d := range r.cl {
			if di == ci || d.typ != hearsay.Org && d.typ != hearsay.Place || len(d.ments) == 0 {
				continue
			}
			for _, m := range d.ments {
				if m.kind == hearsay.NameMention && len(m.words) == len(short)+1 && equalFoldWords(m.words[:len(short)], short) &&
					(lowerIn(r.lx.orgWords, m.words[len(short)]) || r.lx.isLower(cueVenueHead, m.words[len(short)])) {
					if target >= 0 && target != di {
						target = -2
					} else if target == -1 {
						target = di
					}
				}
			}
		}
		if target >= 0 {
			r.merge(target, ci)
		}
	}
}

// possessiveName returns the words of a cluster whose every mention is one
// name of two or more words ending in a possessive ("St Aidan's"), or nil.
func possessiveName(c *cluster) []string {
	var words []string
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention {
			continue
		}
		if words != nil && !equalFoldWords(words, m.words) {
			return nil
		}
		words = m.words
	}
	if len(words) < 2 {
		return nil
	}
	last := words[len(words)-1]
	if !strings.HasSuffix(last, "'s") && !strings.HasSuffix(last, "’s") {
		return nil
	}
	return words
}

// equalFoldWords reports whether a and b are the same words, ignoring case.
func equalFoldWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !strings.EqualFold(a[i], b[i]) {
			return false
		}
	}
	return true
}

// teamPlural reports whether a one-word name is a capitalised plural, as
// the nicknames of sports teams are ("Ravens" for "Chicago Ravens",
// "Lakers"); words of cue class plural-not-team ("Holdings", "Awards") are
// checked by the caller.
func teamPlural(w string) bool {
	return len(w) > 3 && isCap(w) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s")
}

// orgEndingWith returns the one organisation other than cluster ci, named
// before token first by a name of two words or more, whose name ends with
// word ("United" after "Eastfield United"); -1 when there is none or more
// than one.
func (r *resolver) orgEndingWith(ci int, word string, first int) int {
	target := -1
	for di, d := range r.cl {
		if di == ci || d.typ != hearsay.Org {
			continue
		}
		for _, m := range d.ments {
			if m.kind == hearsay.NameMention && m.tok0 < first && len(m.words) >= 2 && strings.EqualFold(m.words[len(m.words)-1], word) {
				if target >= 0 && target != di {
					return -1
				}
				target = di
			}
		}
	}
	return target
}

// startsWithName reports whether a longer name starts with the one word w:
// its first word ("Calloway Brands") or the part of a one-word name before a
// hyphen ("WKXR-TV").
func startsWithName(words []string, w string) bool {
	if len(words) >= 2 {
		return strings.EqualFold(words[0], w)
	}
	return len(words) == 1 && len(words[0]) > len(w)+1 && words[0][len(w)] == '-' && strings.EqualFold(words[0][:len(w)], w)
}

// namedAsWork reports whether every name of a cluster is a quoted title.
func (r *resolver) namedAsWork(c *cluster) bool {
	n := 0
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention {
			continue
		}
		if !m.quotedTitle {
			return false
		}
		n++
	}
	return n > 0
}

// untitledLongest returns the name mention of a cluster with the most
// words, or nil when the cluster has none or any of its mentions has a
// title.
func untitledLongest(c *cluster) *ment {
	var best *ment
	for _, m := range c.ments {
		if m.title != "" {
			return nil
		}
		if m.kind == hearsay.NameMention && (best == nil || len(m.words) > len(best.words)) {
			best = m
		}
	}
	return best
}

// orgNamed reports whether the fullest name of an untitled cluster ends
// with a word of organisations ("Brands", "Records").
func (r *resolver) orgNamed(c *cluster) bool {
	best := untitledLongest(c)
	if best == nil || len(best.words) < 2 || !lowerIn(r.lx.orgWords, best.words[len(best.words)-1]) {
		return false
	}
	g, given := r.lx.nameGender(best.words[0])
	return !given || g == 'u' // "Joel Park", "Skye Lane" are people
}

// tradeNamed reports whether a name mention of cluster c that starts with
// a given name comes right after a person's trade of one to three words in
// its sentence ("actress Kit Lane", "Coronation Street actress Kit Lane"):
// a person, though the name ends in an organisation's word; not "activist
// investor Greyling Capital".
func (r *resolver) tradeNamed(c *cluster) bool {
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention || m.title != "" || len(m.words) < 2 {
			continue
		}
		if _, given := r.lx.nameGender(m.words[0]); !given {
			continue
		}
		for n := 1; n <= 3 && m.tok0-n >= 0 && r.di.doc.Tokens[m.tok0-n].Sentence == m.sent; n++ {
			if info, ok := r.di.nounWords(r.lx, m.tok0-n, m.tok0); ok && info.isOcc && !info.isRole && !info.isKin {
				return true
			}
		}
	}
	return false
}

// ampersandNamed reports whether the longest name of a cluster, with no
// title, joins capitalised words with "&" ("Hallstrom Pump & Valve",
// "Barlow & Finch"): a firm's name.
func (r *resolver) ampersandNamed(c *cluster) bool {
	best := untitledLongest(c)
	if best == nil || len(best.words) < 3 {
		return false
	}
	for k := 1; k+1 < len(best.words); k++ {
		if best.words[k] == "&" && isCap(best.words[k-1]) && isCap(best.words[k+1]) {
			return true
		}
	}
	return false
}

// countryNamed reports whether every mention of a cluster is a country's
// name of one word, with no title and no possessive.
func (r *resolver) countryNamed(c *cluster) bool {
	w, ok := c.oneWordName()
	if !ok || !r.lx.isCountry(w) {
		return false
	}
	for _, m := range c.ments {
		if m.title != "" || m.ctxTyped && m.typ == hearsay.Person {
			return false // "Jordan said": a given name, by its context
		}
	}
	return true
}

// orgLed reports whether the longest name of a cluster, of two words or
// more with no title, starts with a word of cue class org-lead: "Maison
// Delacroix", "Casa Ferrante" name a house, a firm, not someone.
func (r *resolver) orgLed(c *cluster) bool {
	best := untitledLongest(c)
	return best != nil && len(best.words) >= 2 && r.lx.isLower(cueOrgLead, best.words[0]) && !r.lx.fullNameAfterLead(best.words)
}

// fullNameAfterLead reports whether, after the first word of words, a
// known given name is followed by another word: a person's full name the
// tagger ran together with a post before it ("Team Leader Sarah Hale"),
// no house or team named by its lead word.
func (lx *Lexicons) fullNameAfterLead(words []string) bool {
	for k := 1; k+1 < len(words); k++ {
		if g, ok := lx.nameGender(words[k]); ok && g != 'n' && lx.names[strings.ToLower(words[k])] != 0 {
			return true
		}
	}
	return false
}

// orgSuffixed reports whether the longest name of a cluster, of two words
// or more with no title, ends with a word of cue class org-suffix, or of
// three words or more with such a word before a country's name ("Stanbic
// Bank Kenya"), and does not start with a compass word; a given name first
// changes nothing ("Austin Symphony Orchestra").
func (r *resolver) orgSuffixed(c *cluster) bool {
	best := untitledLongest(c)
	if best == nil || len(best.words) < 2 {
		return false
	}
	n := len(best.words)
	if !r.lx.isLower(cueOrgSuffix, best.words[n-1]) && !(n >= 3 && r.lx.isLower(cueOrgSuffix, best.words[n-2]) && r.lx.isCountry(best.words[n-1])) {
		return false // a suffix before a country is a firm's arm there ("Stanbic Bank Kenya")
	}
	return !r.lx.isLower(cueCompass, best.words[0])
}

// pluralPlace reports whether every mention of a cluster of no type is a
// capitalised plural of one word after "the" and a word of cue class
// place-before ("a party in the Hamptons", "a cottage in the Cotswolds"):
// such names are regions.
func (r *resolver) pluralPlace(c *cluster) bool {
	for _, m := range c.ments {
		k := m.tok0 - 1
		if m.kind != hearsay.NameMention || len(m.words) != 1 || m.poss || !teamPlural(m.words[0]) || k < 1 ||
			r.di.lower[k] != "the" || r.di.doc.Tokens[k-1].Sentence != m.sent || !r.di.is(r.lx, cuePlaceBefore, k-1) {
			return false
		}
	}
	return len(c.ments) > 0
}

// placeOfProperty reports whether every mention of a "person" is an
// untitled name that starts with no known given name, between a possessive
// determiner and a word of cue class property-noun ("his Notting Hill
// restaurant", "their Malibu home"): where the property is, not someone.
func (r *resolver) placeOfProperty(c *cluster) bool {
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention || m.title != "" || m.poss || m.tok0 == 0 || m.tok1 >= len(r.di.lower) || r.personalName(m.words) {
			return false
		}
		p, ok := r.di.pronounAt(r.lx, m.tok0-1)
		if !ok || !p.poss || r.di.doc.Tokens[m.tok1].Sentence != m.sent || !r.lx.is(cuePropertyNoun, r.di.doc.Tokens[m.tok1].Text) {
			return false
		}
	}
	return len(c.ments) > 0
}

// placeOfDwelling reports whether every mention of an "organisation" is
// an untitled name of one or two words, not in the possessive, between
// "the", a possessive determiner or a
// possessive name and a noun of a home (cue class dwelling-noun): "the
// Chelsea flat she shared", "Rowell's Kelby cottage".
func (r *resolver) placeOfDwelling(c *cluster) bool {
	toks := r.di.doc.Tokens
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention || m.title != "" || m.poss || m.outlet != "" || len(m.words) > 2 || m.tok0 == 0 || m.tok1 >= len(toks) {
			return false
		}
		if toks[m.tok1].Sentence != m.sent || toks[m.tok1].Text != r.di.lower[m.tok1] || !r.di.is(r.lx, cueDwellingNoun, m.tok1) {
			return false
		}
		k := m.tok0 - 1
		p, ok := r.di.pronounAt(r.lx, k)
		if r.di.lower[k] != "the" && !(ok && p.poss) && !isPossMarker(toks[k].Text) {
			return false
		}
	}
	return len(c.ments) > 0
}

// streetNamed reports whether the longest name of a cluster, of two words
// or more, ends in a word of cue class street-head ("Coronation Street",
// "Brookside Close"): an organisation named so before a show's word is a
// soap opera's street.
func (r *resolver) streetNamed(c *cluster) bool {
	best := untitledLongest(c)
	return best != nil && len(best.words) >= 2 && r.lx.isLower(cueStreetHead, best.words[len(best.words)-1])
}

// showBeforeStar reports whether every mention of a cluster is a name of
// two words or more right before a word of cue class show-after and a
// person's name ("Love Island star Kayleigh Brannigan"): places have no
// stars, shows do. Beside one such mention, the name in the possessive
// before a person's ("Love Island's Tasha Bright") is the show's too.
// One-word names are left alone ("Hollywood star", "Brazil star": a
// place, a team).
func (r *resolver) showBeforeStar(c *cluster) bool {
	cued := false
	for _, m := range c.ments {
		k := m.tok1
		if m.kind != hearsay.NameMention || len(m.words) < 2 || m.title != "" || k+1 >= len(r.di.lower) || r.di.doc.Tokens[k].Sentence != m.sent {
			return false
		}
		switch {
		case m.poss:
			if isPossMarker(r.di.doc.Tokens[k].Text) {
				k++
			}
			if !r.personNameAt(k) {
				return false // "Love Island's Tasha Bright" beside "Love Island star Kayla Moss": one of the show's cast
			}
		case r.di.is(r.lx, cueShowAfter, k) && r.personNameAt(k+1):
			cued = true
		default:
			return false
		}
	}
	return cued
}

// personNameAt reports whether a person's name mention starts at token k.
func (r *resolver) personNameAt(k int) bool {
	for _, o := range r.ms {
		if o.tok0 == k && o.kind == hearsay.NameMention && o.ent >= 0 && r.cl[o.ent].typ == hearsay.Person {
			return true
		}
	}
	return false
}

// teamNicknamed reports whether the longest name of a cluster, of two to
// four words with no title, ends with a word of cue class team-nickname, as
// the names of sports teams do ("the Dunleavy Hawks", "Carolina Ospreys"),
// or is such a word alone after "the" in a story about sport ("the
// Mustangs lost").
func (r *resolver) teamNicknamed(c *cluster) bool {
	best := untitledLongest(c)
	if best != nil && len(best.words) == 1 && best.tok0 > 0 && r.di.lower[best.tok0-1] == "the" {
		// "the Mustangs lost 78-61" in a story about sport; a plural no
		// list knows only when nothing typed it ("The Poppies are three
		// points above ...")
		w := best.words[0]
		known := r.lx.isLower(cueTeamNickname, w) || c.typ == hearsay.Misc && teamPlural(w) && !r.lx.isLower(cuePluralNotTeam, w)
		return known && r.lx.sportsDoc(r.di)
	}
	if best == nil || len(best.words) < 2 || len(best.words) > 4 {
		return false
	}
	last := best.words[len(best.words)-1]
	return isCap(last) && r.lx.isLower(cueTeamNickname, last)
}

// orgCue reports whether a name of a cluster without a title follows a noun
// such as "club" or "newspaper" ("English club Harbourne City").
func (r *resolver) orgCue(c *cluster) bool {
	for _, m := range c.ments {
		if m.title != "" {
			return false
		}
	}
	for _, m := range c.ments {
		if m.kind == hearsay.NameMention && m.tok0 > 0 && r.di.doc.Tokens[m.tok0-1].Sentence == m.sent && r.di.orgCueAt(r.lx, m.tok0-1) && !r.occupationBeforePerson(c, m) && !r.holderOfThe(m) && !r.cueEndsName(m.tok0) {
			return true
		}
		if m.kind == hearsay.NameMention && (r.orgAppositive(m) || r.orgNounAppositive(m)) {
			return true
		}
	}
	return false
}

// metListed reports whether words of cue class person-object come right
// before name mention m or before the one to three capitalised words and
// "and" that come before it ("dined with Leo Park", "seen with Jimin Park
// and Linda Park").
func (r *resolver) metListed(m *ment) bool {
	if r.cueBefore(m, cuePersonObject) {
		return true
	}
	toks := r.di.doc.Tokens
	k := m.tok0 - 1
	if k < 1 || r.di.lower[k] != "and" || toks[k].Sentence != m.sent {
		return false
	}
	for n := 1; n <= 3 && k-n >= 0 && toks[k-n].Sentence == m.sent && isCap(toks[k-n].Text); n++ {
		first := *m
		first.tok0 = k - n
		if r.cueBefore(&first, cuePersonObject) {
			return true
		}
	}
	return false
}

// metNamed reports whether name mention m, one word, is a given name of
// data/names.tsv that says its bearer's sex, right after words of cue
// class person-object in its sentence ("She met Leo in 2015", "fell for
// Hugo"), in no possessive and before no capitalised word.
func (r *resolver) metNamed(m *ment) bool {
	if g, ok := r.lx.nameGender(m.words[0]); !ok || g != 'm' && g != 'f' || m.poss || m.title != "" {
		return false
	}
	toks := r.di.doc.Tokens
	if e := m.tok1; e < len(toks) && toks[e].Sentence == m.sent && isCap(toks[e].Text) {
		return false
	}
	return r.cueBefore(m, cuePersonObject)
}

// dashDateline reports whether name mention m of cluster c, which the
// tagger called a place and the lists know as one, opens its sentence
// before a dash and an article: a dateline written in title case
// ("Lagos — The chief executive of Zenith Agro, ..."), whose place the
// description after it does not describe.
func (r *resolver) dashDateline(c *cluster, m *ment) bool {
	toks := r.di.doc.Tokens
	j := m.tok1
	if c.typ != hearsay.Place || m.tok0 != r.di.doc.Sentences[m.sent].FirstToken || j+1 >= len(toks) || toks[j+1].Sentence != m.sent {
		return false
	}
	switch toks[j].Text {
	case "-", "–", "—":
	default:
		return false
	}
	switch toks[j+1].Text {
	case "The", "A", "An":
	default:
		return false
	}
	return r.lx.outlets != nil && r.lx.outlets.KnownPlace(strings.Join(m.words, " "))
}

// partnerNamed reports whether name mention m is a given name of
// data/names.tsv that says its bearer's sex, right after a word of cue
// class partner-link and maybe "to", "with" or "from" in its sentence
// ("is married to Agnieszka", "has been dating Noor", "engaged to Femi").
func (r *resolver) partnerNamed(m *ment) bool {
	if g, ok := r.lx.nameGender(m.words[0]); !ok || g != 'm' && g != 'f' {
		return false
	}
	toks := r.di.doc.Tokens
	k := m.tok0 - 1
	if k >= 0 && (r.di.lower[k] == "to" || r.di.lower[k] == "with" || r.di.lower[k] == "from") {
		k--
	}
	return k >= 0 && toks[k].Sentence == m.sent && r.di.is(r.lx, cuePartnerLink, k)
}

// romanceNamed reports whether a name mention of c is a romance's object
// (romanceObject): "a relationship with Rook Vale" names no place.
func (r *resolver) romanceNamed(c *cluster) bool {
	for _, m := range c.ments {
		if m.kind == hearsay.NameMention && r.romanceObject(m) {
			return true
		}
	}
	return false
}

// romanceObject reports whether name mention m, of two or three
// capitalised words that end in no organisation's or venue's word
// (data/orgwords.tsv, cue class venue-head) and name no known place, comes
// right after "married", "wed", "marrying" or "dating" or after words of
// cue class romance-with ("an affair with", "a relationship with"): only
// people are married, dated or loved so.
func (r *resolver) romanceObject(m *ment) bool {
	n, a := len(m.words), m.tok0
	if n < 2 || n > 3 || m.title != "" || m.poss || m.tok1-a != n || a == 0 || r.di.doc.Tokens[a-1].Sentence != m.sent {
		return false
	}
	for _, w := range m.words {
		if !isCap(w) || !isAlphaWord(w) {
			return false
		}
	}
	last := m.words[n-1]
	name := strings.Join(m.words, " ")
	if lowerIn(r.lx.orgWords, last) || r.lx.isLower(cueVenueHead, last) || r.lx.outlets.KnownPlace(name) || r.lx.region(name) != "" || r.lx.isCountry(name) {
		return false
	}
	switch r.di.lower[a-1] {
	case "married", "wed", "marrying", "dating":
		return true
	}
	return r.cueBefore(m, cueRomanceWith)
}

// cueEndsName reports whether the word before token t, a noun of
// data/orgcues.tsv, is capitalised and ends a name mention: the last word
// of an organisation's name ("Governor of the Central Bank Ade Ojo"), no
// noun that makes the name after it an organisation's.
func (r *resolver) cueEndsName(t int) bool {
	if !isCap(r.di.doc.Tokens[t-1].Text) {
		return false
	}
	for _, o := range r.ms {
		if o.tok1 == t && o.kind == hearsay.NameMention {
			return true
		}
	}
	return false
}

// joinedEmployer reports whether a cluster whose mentions have no title
// has a name mention, starting with no known given name and naming no
// region, right after words of cue class employer-before and followed by
// a post: "as" and a role or occupation within four words, ", where", or
// a possessive and a role. "Ruth Carver joins Kessock Brae as finance
// director", "comes from Penwarden Crane, where she was" and "left Halden
// Vale's board" name firms; "left Paris as a teenager" names no post.
func (r *resolver) joinedEmployer(c *cluster) bool {
	for _, m := range c.ments {
		if m.title != "" {
			return false
		}
	}
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention || !r.cueBefore(m, cueEmployerBefore) { // the cheap test first
			continue
		}
		if !r.personalName(m.words) && r.lx.region(strings.Join(m.words, " ")) == "" && r.postAfter(m) {
			return true
		}
	}
	return false
}

// postAfter reports whether name m is followed in its sentence by "as"
// (after a comma and up to two lowercase words or not: ", most recently
// as") and a role or occupation noun within four words,
// by a comma and "where", or is a possessive followed by such a noun.
func (r *resolver) postAfter(m *ment) bool {
	toks, lower := r.di.doc.Tokens, r.di.lower
	e := m.tok1
	if e >= len(toks) || toks[e].Sentence != m.sent {
		return false
	}
	if !m.poss && lower[e] == "," && e+1 < len(toks) && toks[e+1].Sentence == m.sent {
		if lower[e+1] == "where" {
			return true
		}
		e++
		for n := 0; n < 2 && e+1 < len(toks) && toks[e+1].Sentence == m.sent && lower[e] != "as" && toks[e].Text == lower[e] && isAlphaWord(lower[e]); n++ {
			e++ // ", most recently as", ", latterly as"
		}
	}
	if !m.poss {
		if lower[e] != "as" {
			return false
		}
		e++
	}
	for j := e; j < len(toks) && j < e+4 && toks[j].Sentence == m.sent; j++ {
		if n, ok := r.di.nounAt(r.lx, j); ok && (n.isRole || n.isOcc) {
			return true
		}
	}
	return false
}

// holderOfThe reports whether name mention m follows "of the" and a noun
// of data/orgcues.tsv (ofTheBefore) and may name the post's holder there:
// one word, or a known given name first ("the leader of the council Ann
// Holt"); "the singer of the band Pale Harbour" names the band.
func (r *resolver) holderOfThe(m *ment) bool {
	return r.ofTheBefore(m.tok0-1) && (len(m.words) == 1 || r.personalName(m.words))
}

// ofTheBefore reports whether "of the" comes right before token i, a noun
// of data/orgcues.tsv in the same sentence: the name after "the chief
// executive of the council, X," or "the former leader of the council X" is
// the post's holder, not the body.
func (r *resolver) ofTheBefore(i int) bool {
	toks, lower := r.di.doc.Tokens, r.di.lower
	return i >= 2 && lower[i-1] == "the" && lower[i-2] == "of" && toks[i-2].Sentence == toks[i].Sentence
}

// occupationBeforePerson reports whether the cue noun before name m is
// also an occupation (data/occupations.tsv: "broadcaster", "streamer")
// or a role (data/roles.tsv: "publisher") with no determiner before it, and
// the tagger took the name for a person of two words or more: "veteran
// broadcaster Tomasz Wrzeszcz" is a person, "the broadcaster Channel 4"
// an organisation. After a determiner, an occupation or role that also names
// a sector's firms ("the shipowner", "the grocer", "the publisher") keeps
// only a name that starts with a known given name a person: "the grocer
// Ashby Moult" is a firm, "the shipowner Elena Marsh" a person. A name that ends with a last
// word of an organisation's name (data/orgwords.tsv) and starts with no known
// given name is a firm after any of them: "publisher Harbour Books".
func (r *resolver) occupationBeforePerson(c *cluster, m *ment) bool {
	if c.typ != hearsay.Person || len(m.words) < 2 {
		return false
	}
	if lowerIn(r.lx.orgWords, m.words[len(m.words)-1]) && !r.personalName(m.words) {
		return false
	}
	n, ok := r.di.nounAt(r.lx, m.tok0-1)
	d := m.tok0 - 2
	if d > 0 {
		if _, dem := r.di.demonym(r.lx, d); dem {
			d-- // "the Dutch shipbuilder Van Reeswijk": a nationality between
		}
	}
	bare := d < 0 || !r.di.is(r.lx, cueDeterminer, d) && r.di.lower[d] != "a"
	return ok && (n.isOcc || n.isRole) && (bare || r.personalName(m.words) || r.wordGivenName(m)) // "publisher Tim Gress" and "the publisher Tom Vance" are persons, "the publisher Harbour Books" a company
}

// wordGivenName reports whether name mention m, of two or three words
// that the name tagger took for a person's, starts with a given name that
// is also an everyday word (the name tagger's word names: "Guy", "Frank",
// "Rose"), which data/names.tsv leaves out: "the publisher Guy Ashby".
func (r *resolver) wordGivenName(m *ment) bool {
	toks := r.di.doc.Tokens
	return len(m.words) >= 2 && len(m.words) <= 3 && m.tok1-m.tok0 == len(m.words) && strings.HasSuffix(toks[m.tok0].NER, "PER") && r.lx.outlets.WordName(r.di.lower[m.tok0])
}

// allNamedAfter reports whether every mention of a cluster is a name with
// no title right after words of the cue class ("an ambassador for Louis
// Vuitton", "the new face of Calvin Klein": brand-before).
func (r *resolver) allNamedAfter(c *cluster, class cue) bool {
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention || m.title != "" || !r.cueBefore(m, class) {
			return false
		}
	}
	return len(c.ments) > 0
}

// allAfterClubCue reports whether every name mention of a cluster comes
// right after words of cue class club-before ("studied at Cornell",
// "played at Ridgeway"): a place so named is a school or a club.
func (r *resolver) allAfterClubCue(c *cluster) bool {
	n := 0
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention {
			continue
		}
		if m.title != "" || !r.lx.afterClubCue(r.di, m.tok0) && !r.conjunctAfterClubCue(m) {
			return false
		}
		n++
	}
	return n > 0
}

// pluralTitleConjunct reports whether one-word name m follows "and" or a
// comma right after a name whose title is of cue class plural-title
// ("Messrs. Perlman and Drabinsky"): the title names both.
func (r *resolver) pluralTitleConjunct(m *ment) bool {
	j := m.tok0 - 1
	if j < 1 || r.di.lower[j] != "and" && r.di.lower[j] != "," || r.di.doc.Tokens[j].Sentence != m.sent {
		return false
	}
	for _, n := range r.ms {
		if n.kind == hearsay.NameMention && n.tok1 == j && r.lx.is(cuePluralTitle, n.title) {
			return true
		}
	}
	return false
}

// allAfterTeamCue reports whether every name of cluster c is one
// untitled word, in no possessive and no country (a national side is
// its country, countryNamed), right after words of cue class team-before
// or joined by "and" to such a name ("played for Chelsea and Kelby"): a
// club.
func (r *resolver) allAfterTeamCue(c *cluster) bool {
	n := 0
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention {
			continue
		}
		if m.title != "" || len(m.words) != 1 || m.poss || r.lx.isCountry(m.words[0]) || !r.afterTeamCue(m.tok0, m.sent) && !r.teamConjunct(m) {
			return false
		}
		n++
	}
	return n > 0
}

// afterTeamCue reports whether words of cue class team-before end right
// before token a in sentence sent.
func (r *resolver) afterTeamCue(a, sent int) bool {
	toks := r.di.doc.Tokens
	for n := 1; n <= 3 && a-n >= 0 && toks[a-n].Sentence == sent; n++ {
		if r.di.isPhrase(r.lx, cueTeamBefore, a-n, a) || n == 1 && r.lx.is(cueTeamBefore, r.di.lower[a-1]) {
			return true
		}
	}
	return false
}

// teamConjunct reports whether name m follows "and" right after a name
// that follows words of cue class team-before.
func (r *resolver) teamConjunct(m *ment) bool {
	return r.conjunctAfter(m, func(n *ment) bool { return r.afterTeamCue(n.tok0, m.sent) })
}

// conjunctAfterClubCue reports whether name m follows "and" right after
// another name that follows words of cue class club-before ("educated at
// Eton and Oxford", "studied at Kelby College and Brenley"): the second
// is of the same kind as the first.
func (r *resolver) conjunctAfterClubCue(m *ment) bool {
	return r.conjunctAfter(m, func(n *ment) bool { return r.lx.afterClubCue(r.di, n.tok0) })
}

// conjunctAfter reports whether name m follows "and" right after a name
// without a title for which cued holds.
func (r *resolver) conjunctAfter(m *ment, cued func(n *ment) bool) bool {
	j := m.tok0 - 1
	if j < 1 || r.di.lower[j] != "and" || r.di.doc.Tokens[j].Sentence != m.sent {
		return false
	}
	for _, n := range r.ms {
		if n.kind == hearsay.NameMention && n.tok1 == j && n.title == "" && cued(n) {
			return true
		}
	}
	return false
}

// stageVenue reports whether a name of the cluster ends in a word of cue
// class stage-venue: "played at Wembley Stadium" names the ground, not a
// club.
func (r *resolver) stageVenue(c *cluster) bool {
	for _, m := range c.ments {
		if m.kind == hearsay.NameMention && len(m.words) >= 2 && r.lx.isLower(cueStageVenue, m.words[len(m.words)-1]) {
			return true
		}
	}
	return false
}

// orgNounAppositive reports whether name m stands in apposition to a noun
// of data/orgcues.tsv before it, after a possessive or a determiner and up
// to two lowercase modifiers: "Her band, the Night Ferries, formed ...",
// "his label, Crescent Sound Records, said", "Blankenship's new band, the
// Hollow Pines,". The name is closed by a comma or ends its sentence, and
// starts with no known given name ("After leaving the band, Tom Holt
// said").
func (r *resolver) orgNounAppositive(m *ment) bool {
	toks, lower := r.di.doc.Tokens, r.di.lower
	k := m.tok0 - 1
	if k >= 0 && lower[k] == "the" {
		k--
	}
	if k < 2 || toks[k].Text != "," || toks[k-2].Sentence != m.sent || !r.di.orgCueAt(r.lx, k-1) || r.personalName(m.words) || r.ofTheBefore(k-1) {
		return false
	}
	d := k - 2
	for n := 0; n < 2 && d > 0 && toks[d].Text == lower[d] && isAlphaWord(toks[d].Text) && !r.di.is(r.lx, cueDeterminer, d) && toks[d-1].Sentence == m.sent; n++ {
		if p, ok := r.di.pronounAt(r.lx, d); ok && p.poss {
			break
		}
		d-- // "her former band", "Blankenship's new band"
	}
	if p, ok := r.di.pronounAt(r.lx, d); !(ok && p.poss) && !r.di.is(r.lx, cueDeterminer, d) && !isPossMarker(toks[d].Text) {
		return false
	}
	e := m.tok1
	return e >= len(toks) || toks[e].Sentence != m.sent || toks[e].Text == "," || toks[e].Text == "."
}

// orgAppositive reports whether name m is followed by a comma and a
// description whose head is a noun of data/orgcues.tsv: "Unison, the
// public sector union,", "Harcourt Lowe, a consultancy in Leeds". The
// description is "a", "an" or "the" and at most four lowercase words, none
// of cue class description-stop or determiner, the last the noun, which
// ends it (a comma, a period, "in", "based", "that",
// "which", "with", "founded", "owned", "run" or "led" follows): in
// "Smith, a company spokesman" the noun is no head.
// A head that is also a trade of data/occupations.tsv ("haulier") or a
// role of data/roles.tsv ("publisher") describes a person when the name starts with a known given
// name: "Kate Moran, a Dublin-based haulier," is no company.
func (r *resolver) orgAppositive(m *ment) bool {
	if m.poss {
		return false
	}
	h := r.lx.orgAppositiveHead(r.di, m.tok1, m.sent)
	if h < 0 {
		return false
	}
	n, ok := r.di.nounAt(r.lx, h)
	return !(ok && (n.isOcc || n.isRole) && r.personalName(m.words))
}

// orgAppositiveAt reports whether token i of sentence sent is a comma that
// opens a description headed by a noun of data/orgcues.tsv, as
// orgAppositive reads it; a nationality or a place may be in it ("a
// Swedish furniture maker", "the Manhattan restaurant").
func (lx *Lexicons) orgAppositiveAt(di *docInfo, i, sent int) bool {
	return lx.orgAppositiveHead(di, i, sent) >= 0
}

// orgAppositiveHead returns the token of the head noun of the description
// orgAppositiveAt reads at token i of sentence sent, or -1 when there is none.
func (lx *Lexicons) orgAppositiveHead(di *docInfo, i, sent int) int {
	toks, lower := di.doc.Tokens, di.lower
	if i+2 >= len(toks) || toks[i].Text != "," || toks[i].Sentence != sent || toks[i+1].Sentence != sent {
		return -1
	}
	if d := lower[i+1]; d != "a" && d != "an" && d != "the" {
		return -1
	}
	for j := i + 2; j < len(toks) && j <= i+5 && toks[j].Sentence == sent; j++ {
		_, dem := di.demonym(lx, j)
		dem = dem || strings.HasSuffix(toks[j].NER, "-LOC") || isCap(toks[j].Text)                      // "Le Bernardin, the Manhattan restaurant", "Shamrock Harps, the League of Ireland club"
		inName := lower[j] == "of" && isCap(toks[j-1].Text) && j+1 < len(toks) && isCap(toks[j+1].Text) // "the League of Ireland club"
		if toks[j].Text != lower[j] && !dem || !isAlphaWord(toks[j].Text) && !strings.Contains(toks[j].Text, "-") ||
			di.is(lx, cueDescriptionStop, j) && !inName || di.is(lx, cueDeterminer, j) {
			return -1 // "Jane Holt, a member of the band": the band is not her
		}
		if di.orgCueAt(lx, j) && (toks[j].Text == lower[j] || j+1 == len(toks) || toks[j+1].Sentence != sent || di.is(lx, cueOrgAppositiveEnd, j+1)) {
			if j+1 == len(toks) || toks[j+1].Sentence != sent || di.is(lx, cueOrgAppositiveEnd, j+1) {
				return j
			}
			return -1 // a capitalised "League" may begin a name
		}
	}
	return -1
}

// coordinatedWithPerson reports whether name m is joined by "and" to the
// full name of a person right before it ("Tom Holt and Ben Carr").
func (r *resolver) coordinatedWithPerson(m *ment) bool {
	if m.tok0 < 2 || r.di.lower[m.tok0-1] != "and" {
		return false
	}
	for _, o := range r.ms {
		if o.tok0 >= m.tok0-1 {
			break // r.ms is in order of tok0
		}
		if o.tok1 == m.tok0-1 && o.kind == hearsay.NameMention && len(o.words) >= 2 && o.ent >= 0 && r.cl[o.ent].typ == hearsay.Person {
			return true
		}
	}
	return false
}

// surnameLike reports whether the words after the given name of m end no
// place's or organisation's name (data/orgwords.tsv, cue classes
// place-tail and venue-head), the name is no region and is followed by no
// comma and region, and no mention of it reads like a place's: right
// after "the" or "at", or after words of cue class place-before or
// travel-before, unless in the possessive. A given name and a surname
// then name a person the name tagger called a place ("starred in Wade
// Tillman's video", "proposed to Mara Quell"), not "Victoria Park",
// "Beverly Hills" or "Austin, Texas".
func (r *resolver) surnameLike(m *ment) bool {
	for _, w := range m.words[1:] {
		if lowerIn(r.lx.orgWords, w) || r.lx.isLower(cuePlaceTail, w) || r.lx.isLower(cueVenueHead, w) {
			return false
		}
	}
	if r.lx.region(strings.Join(m.words, " ")) != "" || r.lx.regionAfter(r.di, m) {
		return false
	}
	if m.poss {
		return true
	}
	if k := m.tok0 - 1; k >= 0 && r.di.doc.Tokens[k].Sentence == m.sent && (r.di.lower[k] == "the" || r.di.lower[k] == "at") {
		return false
	}
	return !r.cueBefore(m, cuePlaceBefore) && !r.cueBefore(m, cueTravelBefore)
}

// surnameOfPlaceName reports whether name m of two words, the first a
// given name (givenNamed), ends in a word that names no place, no body and
// no part of a place (no known place, country or region, no word of cue
// classes place-tail, venue-head, street-head, compass, landform or
// org-suffix, none of data/orgwords.tsv), the whole being no known place
// and not followed by a region ("Paris Hilton", "Daniel Nava", "Jordan
// Henderson"; not "Victoria Park", "Austin, Texas", "Georgia Tech").
func (r *resolver) surnameOfPlaceName(m *ment) bool {
	if len(m.words) != 2 || m.poss || m.title != "" {
		return false
	}
	w := m.words[1]
	if !isCap(w) || !isAlphaWord(w) || isUpperString(w) || !r.lx.surnameWord(w) {
		return false
	}
	if e := m.tok1; e < len(r.di.lower) && r.di.doc.Tokens[e].Sentence == m.sent && r.di.doc.Tokens[e].Text == r.di.lower[e] &&
		(r.di.is(r.lx, cueVenueHead, e) || r.di.is(r.lx, cuePlaceTail, e) || r.di.is(r.lx, cueStreetHead, e) || r.di.is(r.lx, cuePlaceNounAfter, e)) {
		return false // "the Jomo Kenyatta airport": a place named after someone
	}
	if r.cueBefore(m, cueTravelBefore) || m.tok0 > 0 && r.di.is(r.lx, cueSpatialBefore, m.tok0-1) {
		return false // "found safe near Ben Nevis", "a trip to Santa Rosa"
	}
	name := m.words[0] + " " + w
	return !r.lx.outlets.KnownPlace(name) && r.lx.region(name) == "" && !r.lx.regionAfter(r.di, m)
}

// givenNamed reports whether a name of two or three words starts with a
// given name of known gender and does not end like an organisation's nor
// name a party's members ("Christian Democrat"); a
// last word of cue class surname-word ends people's names too ("Nina
// Park", "Hugo Brand").
func (r *resolver) givenNamed(m *ment) bool {
	if len(m.words) < 2 || len(m.words) > 3 {
		return false
	}
	if last := strings.TrimSuffix(m.words[len(m.words)-1], "."); lowerIn(r.lx.orgWords, last) && (len(m.words) != 2 || !r.lx.isLower(cueSurnameWord, last)) { // "John Labatt Ltd."
		return false
	}
	if r.lx.partyMemberWords(m.words) {
		return false // "Christian Democrat": a party's members
	}
	if len(m.words) == 3 && r.lx.institutionName(m.words) {
		return false // "Don Valley Infirmary", "Ruth Gorse Academy": a hospital or a school named after a valley or a person
	}
	g, ok := r.lx.nameGender(m.words[0])
	if !ok || g == 'u' {
		return false
	}
	for _, w := range m.words {
		if !isCap(w) {
			return false
		}
	}
	return true
}

// firmCued reports whether a name mention of cluster c, in no possessive,
// comes right before a noun of cue class firm-after ("Philip Merriam
// shares", "the Dalton Reeve headquarters") or right after a trade of cue
// class firm-trade and "at" or "with" ("an analyst with Dalton Reeve"): a
// firm named after its founders, whose given name first makes it no
// person.
func (r *resolver) firmCued(c *cluster) bool {
	for _, m := range c.ments {
		if m.kind == hearsay.NameMention && m.title == "" && r.lx.firmContext(r.di, m) {
			return true
		}
	}
	return false
}

// firmNamed reports whether a person's cluster is rather a firm named
// after its founders: no name of it has a title, and one of two to four
// words stands where only a firm's does (firmContext: "an analyst with
// Kelby Dunmore", "Kelby Dunmore's chairman").
func (r *resolver) firmNamed(c *cluster) bool {
	cued := false
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention {
			continue
		}
		if m.title != "" {
			return false
		}
		if !cued && len(m.words) >= 2 && len(m.words) <= 4 && r.lx.firmContext(r.di, m) {
			cued = true
		}
	}
	return cued
}

// relinkShortNames merges a cluster of one-word names into the person whose
// full name starts or ends with that word, now that more names are known
// to be people ("Mina" and "His wife, Mina Park").
func (r *resolver) relinkShortNames() {
	idx := newEndWordIndex(r.cl) // merges below move only one-word names: the index stays true
	for ci, c := range r.cl {
		if len(c.ments) == 0 || c.typ == hearsay.Place || c.typ == hearsay.Work {
			continue
		}
		word, ok := c.oneWordName()
		if !ok {
			continue
		}
		first := c.ments[0]
		givenOnly := slices.ContainsFunc(c.ments, r.givenTitled) // "King Hussein": only a full name starting with the word
		var best *ment
		cands := idx.with(word)
		if j := joinedSyllables(word); j != "" {
			cands = append(cands, idx.with(j)...) // "Xiao-ming" for "Zhang Xiaoming"
		}
		for _, e := range cands { // the full names of people starting or ending with word, in cluster order
			d, m := r.cl[e.cl], e.m
			if e.cl == ci || d.typ != hearsay.Person {
				continue
			}
			if m.kind == hearsay.NameMention && len(m.words) >= 2 && (nameWordIs(m.words[0], word) || nameWordIs(m.words[len(m.words)-1], word)) &&
				r.gendersAgree(first, m) && !r.titledOtherSex(first, d) && (!givenOnly || nameWordIs(m.words[0], word)) {
				if best == nil || closer(first, m, best) {
					best = m
				}
			}
		}
		if best == nil && c.typ == hearsay.Person {
			best = r.stormNamed(word)
		}
		if best != nil {
			r.merge(best.ent, ci)
		}
	}
}

// stormNamed returns the name of a storm in the document (its first word
// of cue class storm-title) whose last word is word ("Hugo" after
// "Hurricane Hugo"), nil when there is none.
func (r *resolver) stormNamed(word string) *ment {
	for _, c := range r.cl {
		if c.typ != hearsay.Event {
			continue
		}
		for _, m := range c.ments {
			if m.kind == hearsay.NameMention && m.event && len(m.words) >= 2 && r.lx.isLower(cueStormTitle, m.words[0]) && strings.EqualFold(m.words[len(m.words)-1], word) {
				return m
			}
		}
	}
	return nil
}

// merge moves every mention of cluster b into cluster a.
func (r *resolver) merge(a, b int) {
	for _, m := range r.cl[b].ments {
		m.ent = a
	}
	r.cl[a].ments = append(r.cl[a].ments, r.cl[b].ments...)
	r.cl[a].male += r.cl[b].male
	r.cl[a].female += r.cl[b].female
	r.cl[b].ments = nil
}

// handleOwner returns the name a handle belongs to: "Natalie Portman
// (@nportman)".
func (r *resolver) handleOwner(h *ment, names []*ment) *ment {
	toks := r.di.doc.Tokens
	if h.rule != "name-handle" || h.tok0 < 2 || toks[h.tok0-1].Text != "(" {
		return nil
	}
	for _, p := range names {
		if p.tok1 == h.tok0-1 && p.rule != "name-handle" && (p.typ == hearsay.Person || p.typ == "") {
			return p
		}
	}
	return nil
}

// personLike reports whether a name can be a person's.
func (r *resolver) personLike(m *ment) bool {
	switch m.typ {
	case hearsay.Person:
		return true
	case "":
		return r.lx.looksPersonal(m.words)
	}
	return false
}

// fullNameFor finds the full name a short name stands for: "Portman" and
// "Natalie" for "Natalie Portman", "Jessica Parker" for "Sarah Jessica
// Parker". Surnames are preferred over given names, then the first full
// name before the mention, then the nearest after.
func (r *resolver) fullNameFor(m *ment, idx *fullNameIndex) *ment {
	mistyped := r.mistypedPartName(m)
	if m.typ != "" && m.typ != hearsay.Person && !mistyped {
		return nil
	}
	var best *ment
	bestScore := 0
	hint := r.speechPronounGender(m)
	var tied []*ment // same-score full names before m, for sameSurnameRecent
	given := byte(0) // the gender of m's word as a given name, when mistyped
	if mistyped {
		given = r.givenGender(m)
	}
	n := len(m.words)
	me := endsOf(m.words)
	ends := idx.ends
	for _, i := range idx.candidates(m.words) { // only full names sharing m's last word, or its one word as their first
		f := idx.full[i]
		if n > 0 && (len(f.words) <= n || !me.last.mayFold(ends[i].last) && !(n == 1 && me.first.mayFold(ends[i].first))) {
			continue // no full name of m: shorter, or neither m's last word ends it nor m's one word starts it
		}
		if (f.typ == hearsay.Org || f.typ == hearsay.Place) && !mistyped {
			continue // a tagged organisation or place takes only mistyped part names
		}
		if r.placeHeaded(f.words) {
			continue // "of Cork" after "County Cork": a place's name is no one's full name
		}
		// a surname alone that is also a given name ("Yusuf" after "Professor Amina Yusuf") says nothing of the sex
		surname := n == 1 && m.title == "" && strings.EqualFold(m.words[0], f.words[len(f.words)-1])
		if len(f.words) <= len(m.words) || !mistyped && !surname && !r.gendersAgree(m, f) || mistyped && !givenNameFits(given, f) {
			continue
		}
		if r.givenTitled(m) && !strings.EqualFold(m.words[0], f.words[0]) && !strings.EqualFold(m.title, f.title) {
			continue // "King Hussein" is not Saddam Hussein: a royal's title comes before a given name, no surname
		}
		if f.ent >= 0 && r.titledOtherSex(m, r.cl[f.ent]) {
			continue // "Mrs Osgood" is none of the men named Osgood before
		}
		if hint != 0 && f.title == "" {
			if g, _ := r.lx.nameGender(f.words[0]); (g == 'm' || g == 'f') && g != hint {
				continue // "Ruiz said she": not Carlos Ruiz
			}
		}
		if f.typ == "" && !(len(m.words) == 1 && strings.EqualFold(m.words[0], f.words[len(f.words)-1])) {
			continue // an untyped name: surnames only
		}
		score := 0
		suffix := suffixOf(m.words, f.words) // asked once for the two cases
		switch {
		case suffix && len(m.words) == 1 && f.tok0 > m.tok0 && m.title == "" && r.knownGiven(m.words[0]):
			score = 1 // "to Ada and Niall, a son, Frederick Aubrey Niall": a given name before a later name ending in it is rather the person named before by it
		case suffix:
			score = 4
		case len(m.words) == 1 && strings.EqualFold(m.words[0], f.words[0]) && m.title == "":
			score = 2
		default:
			continue
		}
		if f.tok0 < m.tok0 {
			score++
		}
		// Several full names before: "Bell" after "Marcus Bell" and "Alina
		// Bell" is the one named first, the article's subject.
		if score > bestScore {
			tied = tied[:0]
		}
		if score >= bestScore && f.tok0 < m.tok0 {
			tied = append(tied, f)
		}
		if best == nil || score > bestScore || score == bestScore && (f.tok0 < m.tok0 && f.tok0 < best.tok0 || f.tok0 > m.tok0 && closer(m, f, best)) {
			best, bestScore = f, score
		}
	}
	if alt := r.sameSurnameRecent(m, best, tied); alt != nil {
		return alt
	}
	if alt := r.spouseOfPronoun(m, best, tied); alt != nil {
		return alt
	}
	return best
}

// spouseOfPronoun returns, among the same-scored full names before the
// short name m, the one of the other sex than a he or she that is the
// subject of the spouse verb right before m, when best is of that
// pronoun's sex ("Janet Whitfield ... Senator Tom Whitfield ... She
// married Whitfield three years later": Tom Whitfield, since no one
// marries herself); nil otherwise.
func (r *resolver) spouseOfPronoun(m, best *ment, tied []*ment) *ment {
	if best == nil || len(m.words) != 1 || len(tied) < 2 {
		return nil
	}
	g := r.spouseVerbSubjectGender(m)
	if g == 0 || r.fullNameGender(best) != g {
		return nil
	}
	return soleOther(tied, func(f *ment) bool {
		fg := r.fullNameGender(f)
		return fg != 0 && fg != g && f.ent != best.ent
	})
}

// soleOther returns the one mention of tied that fits (several mentions of
// one entity count as one, the first kept), or nil when none or mentions of
// two entities fit: two others give no guess.
func soleOther(tied []*ment, fits func(*ment) bool) *ment {
	var alt *ment
	for _, f := range tied {
		if !fits(f) {
			continue
		}
		if alt != nil && alt.ent != f.ent {
			return nil
		}
		alt = f
	}
	return alt
}

// spouseVerbSubjectGender returns the gender of the he or she that opens
// the clause of a spouse verb right before m ("She married Whitfield",
// "he later divorced Whitfield"): 'm', 'f' or 0.
func (r *resolver) spouseVerbSubjectGender(m *ment) byte {
	toks := r.di.doc.Tokens
	i := m.tok0 - 1
	if i < 1 || toks[i].Sentence != m.sent {
		return 0
	}
	w := strings.ToLower(toks[i].Text)
	if w == "to" && i >= 2 {
		i--
		w = strings.ToLower(toks[i].Text)
	}
	if !r.lx.is(cueSpouseVerb, w) {
		return 0
	}
	for j := i - 1; j >= 0 && j >= i-3 && toks[j].Sentence == m.sent; j-- {
		if p, ok := r.di.pronounAt(r.lx, j); ok {
			if p.person == 3 && p.number == 's' && (p.gender == 'm' || p.gender == 'f') {
				return p.gender
			}
			return 0
		}
		if !r.lx.is(cueSpouseVerbFiller, strings.ToLower(toks[j].Text)) {
			return 0
		}
	}
	return 0
}

// fullNameGender returns the gender of a full name by its given name or,
// when that is unknown, by its cluster's evidence: 'm', 'f' or 0.
func (r *resolver) fullNameGender(f *ment) byte {
	if g, _ := r.lx.nameGender(f.words[0]); g == 'm' || g == 'f' {
		return g
	}
	if f.ent >= 0 {
		if g := r.cl[f.ent].genderOf(); g == 'm' || g == 'f' {
			return g
		}
	}
	return 0
}

// knownGiven reports whether w is a given name of known gender (data/names.tsv).
func (r *resolver) knownGiven(w string) bool {
	g, ok := r.lx.nameGender(w)
	return ok && (g == 'm' || g == 'f')
}

// endsInWord reports whether words, a name of two words or more, end in w,
// or in w and words often dropped (cue class dropped-suffix: "Harlow
// Pellington Group plc" ends in "Group").
func (r *resolver) endsInWord(words []string, w string) bool {
	for k := len(words) - 1; k >= 1; k-- {
		if strings.EqualFold(words[k], w) {
			return true
		}
		if !r.lx.isLower(cueDroppedSuffix, words[k]) {
			return false
		}
	}
	return false
}

// orgForShortName returns the organisation named before m whose name's
// first word m is, when the tagger took that one word for a person and it
// is no given name ("Corvane's chief financial officer" after "Corvane
// Power"), or nil.
func (r *resolver) orgForShortName(m *ment, idx *firstWordIndex) *ment {
	if len(m.words) != 1 || m.title != "" || m.typ != hearsay.Person || r.personalName(m.words) {
		return nil
	}
	for _, o := range idx.before(m.words[0], m.tok0) {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.typ == hearsay.Org && len(o.words) >= 2 && o.outlet == "" && strings.EqualFold(o.words[0], m.words[0]) {
			if r.placeOfBody([]*ment{m}, []*ment{o}) {
				return nil // "grew up in Pellingham": the place, not its council
			}
			return o
		}
	}
	return nil
}

// surnameOfPersonBefore reports whether one-word name m is the last word
// of a person's full name written before it, and stands where no firm's
// name does (firmContext): "Mehta was in London" after "Rakesh Mehta, the
// founder of the Mehta Group" is the founder, not the group.
func (r *resolver) surnameOfPersonBefore(m *ment, idx *fullNameIndex) bool {
	f := r.fullNameFor(m, idx)
	return f != nil && f.typ == hearsay.Person && f.tok0 < m.tok0 && strings.EqualFold(f.words[len(f.words)-1], m.words[0]) && !r.lx.firmContext(r.di, m)
}

// mistypedPartName reports whether m is a one-word name the tagger took for
// a place or an organisation that may still be part of a person's full
// name ("Jordan" after "Jordan Okonkwo-Hale": "met Jordan, 30,"): it has no
// title and no sign of a work, outlet or event, and follows no word that
// makes a name a place ("a trip to Jordan").
func (r *resolver) mistypedPartName(m *ment) bool {
	if len(m.words) != 1 || m.title != "" || m.typ != hearsay.Place && m.typ != hearsay.Org {
		return false
	}
	if m.workKind != "" || m.outlet != "" || m.event {
		return false
	}
	return !r.cueBefore(m, cuePlaceBefore) && !r.cueBefore(m, cueTravelBefore)
}

// givenGender returns the gender tendency of m's first word as a given
// name, 'm' or 'f', or 0 when it has none.
func (r *resolver) givenGender(m *ment) byte {
	g, ok := r.lx.nameGender(m.words[0])
	if !ok || g != 'm' && g != 'f' {
		return 0
	}
	return g
}

// givenNameFits reports whether g, the gender tendency of a one-word name
// as a given name (givenGender), agrees with the gender evidence of the
// full name f ("Theo" fits "DJ Theo Brandvold", a man's name).
func givenNameFits(g byte, f *ment) bool {
	if g == 0 {
		return true
	}
	return f.gender != 'm' && f.gender != 'f' || f.gender == g
}

// splitJurisdictions splits a titled person's name with "of" and a
// capitalised place after the given and family names ("Governor Elena
// Marsh of West Arden") into the person ("Governor Elena Marsh") and the
// place ("West Arden"), so that "Marsh" alone finds her.
func (r *resolver) splitJurisdictions() {
	var add []*ment
	for _, m := range r.ms {
		if m.kind != hearsay.NameMention || m.title == "" || m.typ != hearsay.Person && m.typ != "" {
			continue
		}
		of := -1
		for k, w := range m.words {
			if w == "of" && k >= 2 {
				of = k
				break
			}
		}
		if of < 0 || of+1 >= len(m.words) {
			continue
		}
		i := m.tok1 - (len(m.words) - of) // the token "of"
		if i <= m.tok0 || r.di.lower[i] != "of" {
			continue
		}
		place := &ment{tok0: i + 1, tok1: m.tok1, head: m.tok1 - 1, sent: m.sent, kind: hearsay.NameMention, typ: hearsay.Place,
			words: append([]string(nil), m.words[of+1:]...), gender: 'n', number: 's', person: 3, poss: m.poss,
			quoted: m.quoted, ent: -1, rule: "name"}
		for _, w := range place.words {
			if !isCap(w) {
				place = nil
				break
			}
		}
		if place == nil {
			continue
		}
		m.tok1, m.words, m.head, m.poss = i, m.words[:of:of], i-1, false
		add = append(add, place)
	}
	if len(add) > 0 {
		r.ms = append(r.ms, add...)
		sortMents(r.ms)
	}
}

// dropTerritories removes the one-word names that follow a title of rank
// and "of" where the title itself was not read as a name ("the 9th Earl of
// Ashdown"): part of a title, not a surname to link to a person.
func (r *resolver) dropTerritories() {
	kept := make([]*ment, 0, len(r.ms)) // a new array: r.ms is not written over
	for _, m := range r.ms {
		i := m.tok0
		if m.kind == hearsay.NameMention && len(m.words) == 1 && m.title == "" && i >= 2 && r.di.lower[i-1] == "of" &&
			r.di.is(r.lx, cueRankTitle, i-2) && !r.coveredBefore(m) {
			continue
		}
		kept = append(kept, m)
	}
	r.ms = kept
}

// definiteOrgHeads gives a name of one word after "the", a last word of
// organisations' names (orgwords.tsv or cue class org-suffix), the name of
// the one organisation named before it whose name ends in that word ("the
// Trust" after "Wealdmoor Hospitals NHS Foundation Trust", "the University"
// after "Carrow University"), so that it links there and is no
// organisation of its own. With two such organisations before it, or
// none, it is left as it is.
func (r *resolver) definiteOrgHeads() {
	toks := r.di.doc.Tokens
	var longs []*ment // organisations of two words or more, in text order
	for _, m := range r.ms {
		if m.kind != hearsay.NameMention {
			continue
		}
		if m.typ == hearsay.Org && len(m.words) >= 2 {
			longs = append(longs, m)
			continue
		}
		if len(m.words) != 1 || m.typ == hearsay.Person || m.tok0 < 1 || r.di.lower[m.tok0-1] != "the" || m.tok1-m.tok0 != 1 ||
			!r.di.orgWordAt(r.lx, m.tok0) && !r.di.is(r.lx, cueOrgSuffix, m.tok0) {
			continue
		}
		if o := r.soleEndingIn(longs, r.di.lower[m.tok0]); o != nil && toks[m.tok0].Text != strings.ToUpper(toks[m.tok0].Text) {
			m.words, m.typ = append([]string(nil), o.words...), hearsay.Org
		}
	}
}

// soleEndingIn returns the one name of ms that ends in w (lowercase), past
// words often dropped (endsInWord), when all such names are the same name,
// and nil otherwise.
func (r *resolver) soleEndingIn(ms []*ment, w string) *ment {
	var found *ment
	for _, o := range ms {
		if !r.endsInWord(o.words, w) {
			continue
		}
		if found != nil && !slices.EqualFunc(found.words, o.words, strings.EqualFold) {
			return nil
		}
		if found == nil {
			found = o
		}
	}
	return found
}

// shortOrgForms gives a name of two words or more, with the capitalised
// words after it, the name of an organisation named in the document (before
// it, or after it as a headline's short form comes before the full name)
// that is the same but for a last word often dropped (cue class
// dropped-suffix: "teaches at Fairhaven High" and "Fairhaven High School",
// "fired by Wexford State" and "Wexford State University"), so that it
// links there and not to the place "Fairhaven"; "New York" is not "New
// York Times".
func (r *resolver) shortOrgForms() {
	toks := r.di.doc.Tokens
	next := make([]bool, len(toks)) // tokens that start a mention
	for _, m := range r.ms {
		if m.tok0 >= 0 && m.tok0 < len(next) {
			next[m.tok0] = true
		}
	}
	names := make([]int, 0, len(r.ms)) // indices of the names in r.ms: no other mention is a short or a long form
	for i, m := range r.ms {
		if m.kind == hearsay.NameMention {
			names = append(names, i)
		}
	}
	// longs are the names that may be a long form, in the order of r.ms:
	// organisations of three words or more. A name given a long form's
	// words becomes one.
	var longs []int
	for _, j := range names {
		if o := r.ms[j]; o.typ == hearsay.Org && len(o.words) >= 3 {
			longs = append(longs, j)
		}
	}
	var words []string // the name and the capitalised words after it; reused
	for _, i := range names {
		m := r.ms[i]
		if m.poss || m.typ == hearsay.Person {
			continue
		}
		e := m.tok1
		for e < len(toks) && toks[e].Sentence == m.sent && !next[e] && isCap(toks[e].Text) && isAlphaWord(toks[e].Text) {
			e++
		}
		words = append(words[:0], m.words...)
		for k := m.tok1; k < e; k++ {
			words = append(words, toks[k].Text)
		}
		if len(words) < 2 {
			continue
		}
		for _, j := range longs {
			if o := r.ms[j]; j != i && len(o.words) == len(words)+1 && prefixOf(words, o.words) &&
				r.lx.isLower(cueDroppedSuffix, o.words[len(words)]) {
				m.tok1, m.words, m.typ = e, append([]string(nil), o.words...), hearsay.Org
				if k, found := slices.BinarySearch(longs, i); !found {
					longs = slices.Insert(longs, k, i)
				}
				break
			}
		}
	}
}

// prefixOf reports whether short is the start of long, ignoring case.
func prefixOf(short, long []string) bool {
	if len(short) > len(long) {
		return false
	}
	for i, w := range short {
		if !strings.EqualFold(w, long[i]) {
			return false
		}
	}
	return true
}

// dropCharacters removes the names of characters a performer plays
// ("Ashworth has played the nurse Kelly Dunne on ...", "starred as Jo
// March"): after a verb of cue class role-verb, with at most a determiner,
// adjectives and nouns between ("the role of").
func (r *resolver) dropCharacters() {
	kept := make([]*ment, 0, len(r.ms)) // a new array: r.ms is not written over
	for _, m := range r.ms {
		if m.kind == hearsay.NameMention && r.afterRoleVerb(m) {
			continue
		}
		kept = append(kept, m)
	}
	r.ms = kept
}

// afterRoleVerb reports whether a role verb comes before m with only a
// description between ("played the villainous Sheriff Boone"), or "as"
// after a casting verb ("cast him as Boone").
func (r *resolver) afterRoleVerb(m *ment) bool {
	toks := r.di.doc.Tokens
	k := m.tok0 - 1
	for n := 0; k >= 0 && n < 5 && toks[k].Sentence == m.sent; n, k = n+1, k-1 {
		w := r.di.lower[k]
		if r.di.is(r.lx, cueRoleVerb, k) || k > 0 && r.di.isPhrase(r.lx, cueRoleVerb, k-1, k+1) {
			return true
		}
		if w == "as" && r.castBefore(k) {
			return true // "cast him as Boone"
		}
		if !isAlphaWord(toks[k].Text) || isCap(toks[k].Text) {
			return false
		}
		if w == "of" && k > 0 && (r.di.lower[k-1] == "role" || r.di.lower[k-1] == "part") {
			continue
		}
		if r.di.hasPOS && toks[k].UPOS != "DET" && toks[k].UPOS != "ADJ" && toks[k].UPOS != "NOUN" {
			return false
		}
		if !r.di.hasPOS && w != "the" && w != "a" && w != "an" {
			return false
		}
	}
	return false
}

// castBefore reports whether a word of cue class cast-verb stands in the
// three words before token k of the same sentence ("cast him as").
func (r *resolver) castBefore(k int) bool {
	toks := r.di.doc.Tokens
	for j := k - 1; j >= 0 && j >= k-3 && toks[j].Sentence == toks[k].Sentence; j-- {
		if r.di.is(r.lx, cueCastVerb, j) {
			return true
		}
	}
	return false
}

// joinCommaTitles makes one work of two names that fill a quotation with
// a comma between them ("the \"Wake Up, America\" co-host", "Love, Simon"):
// a title, not a name and a place.
func (r *resolver) joinCommaTitles() {
	toks := r.di.doc.Tokens
	kept := make([]*ment, 0, len(r.ms)) // a new array: r.ms is not written over
	var prev *ment
	for _, m := range r.ms {
		if prev != nil && m.kind == hearsay.NameMention && len(m.words) > 0 && len(prev.words) > 0 && m.tok0 == prev.tok1+1 && toks[prev.tok1].Text == "," && m.sent == prev.sent &&
			r.closesQuote(m.tok1) {
			prev.words = append(append(prev.words[:len(prev.words)-1:len(prev.words)-1], prev.words[len(prev.words)-1]+","), m.words...)
			prev.tok1, prev.typ, prev.quotedTitle, prev.poss = m.tok1, hearsay.Work, true, m.poss
			prev = nil
			continue
		}
		prev = nil
		if m.kind == hearsay.NameMention && m.tok0 > 0 && isQuote(toks[m.tok0-1].Text) && r.di.quoted[m.tok0] && m.tok1 < len(toks) && toks[m.tok1].Text == "," {
			prev = m
		}
		kept = append(kept, m)
	}
	r.ms = kept
}

// closesQuote reports whether a quotation mark follows token i, after
// commas or stops.
func (r *resolver) closesQuote(i int) bool {
	toks := r.di.doc.Tokens
	for i < len(toks) && (toks[i].Text == "," || toks[i].Text == "." || toks[i].Text == "!" || toks[i].Text == "?") {
		i++
	}
	return i < len(toks) && isQuote(toks[i].Text)
}

// coveredBefore reports whether another mention ends at m's start or covers
// the token before it ("King Albrecht" before "of Valmora").
func (r *resolver) coveredBefore(m *ment) bool {
	for _, o := range r.ms {
		if o != m && o.tok0 < m.tok0 && o.tok1 >= m.tok0-1 {
			return true
		}
	}
	return false
}

// sameSurnameRecent returns, among full names sharing the short name m
// ("Jane Carver", "her husband, Tom Carver" ... "Carver, 44,"), another
// than the first-named person when the age written after m ("Carver,
// 44,") is not the age written after the first-named person's name and
// fits the other's; nil otherwise. The first-named person, whom the
// article is about, is the default: a bare surname names them, relatives
// get full or given names ("Vance, 66, said ... her husband Howard Vance
// ... Vance was first elected": the senator).
func (r *resolver) sameSurnameRecent(m, best *ment, tied []*ment) *ment {
	if best == nil || best.ent < 0 || best.tok0 > m.tok0 {
		return nil
	}
	age := r.ageAfter(m)
	if age == 0 {
		return nil
	}
	if a := r.clusterAgeBefore(best.ent, m.tok0); a == 0 || a == age {
		return nil
	}
	return soleOther(tied, func(f *ment) bool {
		if f == best || f.ent == best.ent || strings.EqualFold(f.words[0], best.words[0]) {
			return false
		}
		a := r.clusterAgeBefore(f.ent, m.tok0)
		return a == 0 || a == age
	})
}

// ageAfter returns the age written between commas right after a name
// ("Carver, 44,"), or 0.
func (r *resolver) ageAfter(m *ment) int {
	toks := r.di.doc.Tokens
	i := m.tok1
	if m.poss || i+2 >= len(toks) || toks[i].Text != "," || toks[i+2].Sentence != m.sent || !isNumber(toks[i+1].Text) || len(toks[i+1].Text) > 3 {
		return 0
	}
	switch toks[i+2].Text {
	case ",", ")", ".", ";", "—", "–":
	default:
		return 0
	}
	n := 0
	for _, c := range toks[i+1].Text {
		n = n*10 + int(c-'0')
	}
	if n <= 0 || n > 120 {
		return 0
	}
	return n
}

// clusterAgeBefore returns the age written after a name of cluster c
// before token end, or 0.
func (r *resolver) clusterAgeBefore(c, end int) int {
	if c < 0 {
		return 0
	}
	for _, o := range r.cl[c].ments {
		if o.tok0 < end && o.kind == hearsay.NameMention {
			if a := r.ageAfter(o); a > 0 {
				return a
			}
		}
	}
	return 0
}

// speechPronounGender reads the gender of a name mention from the pronoun
// right after its speech verb ("Ruiz said she ...", "Ruiz told reporters
// he ..."): 'm', 'f' or 0.
func (r *resolver) speechPronounGender(m *ment) byte {
	toks := r.di.doc.Tokens
	e := m.tok1
	if e >= len(toks) || !r.di.is(r.lx, cueSpeechVerb, e) {
		return 0
	}
	for i := e + 1; i < len(toks) && i <= e+3 && toks[i].Sentence == m.sent; i++ {
		if p, ok := r.di.pronounAt(r.lx, i); ok {
			if p.person == 3 && p.number == 's' && (p.gender == 'm' || p.gender == 'f') {
				return p.gender
			}
			return 0
		}
	}
	return 0
}

// closer reports whether a is nearer to m than b is, preferring mentions before m.
func closer(m, a, b *ment) bool {
	da, db := m.tok0-a.tok0, m.tok0-b.tok0
	if (da > 0) != (db > 0) {
		return da > 0
	}
	if da < 0 {
		da = -da
	}
	if db < 0 {
		db = -db
	}
	return da < db
}

func suffixOf(short, long []string) bool {
	if len(short) > len(long) {
		return false
	}
	off := len(long) - len(short)
	for i, w := range short {
		if !strings.EqualFold(w, long[off+i]) {
			return false
		}
	}
	return true
}

// A firstByte is what mayFold reads of a word: its first byte lowercased
// when it is ASCII, noFirstByte for an empty word, or wideFirstByte for a
// word that starts outside ASCII.
type firstByte int16

// The firstByte of an empty word and of a word starting outside ASCII.
const (
	noFirstByte   firstByte = -1
	wideFirstByte firstByte = -2
)

// firstByteOf returns the firstByte of w.
func firstByteOf(w string) firstByte {
	switch {
	case w == "":
		return noFirstByte
	case w[0] >= utf8.RuneSelf:
		return wideFirstByte
	case 'A' <= w[0] && w[0] <= 'Z':
		return firstByte(w[0] + 'a' - 'A')
	}
	return firstByte(w[0])
}

// mayFold is false when strings.EqualFold of two words whose firstBytes
// are x and y is sure to be: both start with ASCII bytes that differ other
// than in case.
func (x firstByte) mayFold(y firstByte) bool {
	if x == noFirstByte || y == noFirstByte {
		return x == y
	}
	return x == wideFirstByte || y == wideFirstByte || x == y
}

// wordEnds holds the firstBytes of a name's first and last words.
type wordEnds struct{ first, last firstByte }

// endsOf returns the wordEnds of words, none when there are no words.
func endsOf(words []string) wordEnds {
	if len(words) == 0 {
		return wordEnds{noFirstByte, noFirstByte}
	}
	return wordEnds{firstByteOf(words[0]), firstByteOf(words[len(words)-1])}
}

// givenTitled reports whether m is one word after a title of cue class
// given-title ("King Hussein", "Prince Hassan"): a given or regnal name,
// which no full name ending in it stands for.
func (r *resolver) givenTitled(m *ment) bool {
	return len(m.words) == 1 && r.lx.is(cueGivenTitle, strings.ToLower(m.title))
}

// gendersAgree reports whether two names' titles and given names allow one person.
func (r *resolver) gendersAgree(a, b *ment) bool {
	if r.lx.is(cueRankTitle, a.title) && r.lx.is(cueRankTitle, b.title) && a.title != b.title {
		return false // "Viscount Ashdown" is not the "Earl of Ashdown"
	}
	if a.title != b.title && r.lx.is(cueStatusTitle, a.title) && r.lx.is(cueStatusTitle, b.title) {
		return false // "Mrs Holt" is not "Miss Holt": a mother and her daughter
	}
	return a.gender == 'u' || b.gender == 'u' || a.gender == b.gender || a.title == "" && b.title == ""
}

// acronymFor returns the cluster of an organisation whose initials m
// spells, or whose name m follows in parentheses, as the short form the
// text defines for it ("the Kelby Tenants Federation (KETFED)").
func (r *resolver) acronymFor(m *ment) int {
	if len(m.words) != 1 || len(m.words[0]) < 2 || !isUpperString(m.words[0]) {
		return -1
	}
	if c := r.shortFormOf(m); c >= 0 {
		return c
	}
	for c, cl := range r.cl {
		for _, o := range cl.ments {
			if len(o.words) >= 2 && o.typ != hearsay.Person && initialsAre(o.words, m.words[0]) {
				return c
			}
		}
	}
	return -1
}

// shortFormOf returns the cluster of the organisation's name of two words
// or more right before "(" when one-word mention m stands between it and
// ")", -1 when there is none.
func (r *resolver) shortFormOf(m *ment) int {
	toks := r.di.doc.Tokens
	if m.tok0 < 2 || m.tok1 >= len(toks) || toks[m.tok0-1].Text != "(" || toks[m.tok1].Text != ")" {
		return -1
	}
	for c, cl := range r.cl {
		for _, o := range cl.ments {
			if o.kind == hearsay.NameMention && o.tok1 == m.tok0-1 && o.sent == m.sent && len(o.words) >= 2 && o.typ == hearsay.Org {
				return c
			}
		}
	}
	return -1
}

// initialsAre reports whether s is the first letters of the capitalised
// words of ws upper-cased byte by byte (a first byte outside ASCII, alone
// no letter, upper-cases to U+FFFD), without building them.
func initialsAre(ws []string, s string) bool {
	const bad = "\uFFFD" // strings.ToUpper of a lone byte outside ASCII
	i := 0
	for _, w := range ws {
		if !isCap(w) {
			continue
		}
		if c := w[0]; c < utf8.RuneSelf { // a capital A to Z: upper-casing keeps it
			if i >= len(s) || s[i] != c {
				return false
			}
			i++
			continue
		}
		if !strings.HasPrefix(s[i:], bad) {
			return false
		}
		i += len(bad)
	}
	return i == len(s)
}

// voteType decides a cluster's type from its mentions' types.
func (r *resolver) voteType(c *cluster) hearsay.EntityType {
	types := [...]hearsay.EntityType{hearsay.Person, hearsay.Org, hearsay.Place, hearsay.Work, hearsay.Event, hearsay.Misc}
	var votes [len(types)]int // by the index of the type in types; other types get none
	for _, m := range c.ments {
		if m.typ == "" {
			continue
		}
		w := 1
		if m.title != "" || m.workKind != "" || m.outlet != "" || m.event {
			w = 10
		} else if m.ctxTyped {
			w = 3 // "died in Florence", "Jordan said": typed by its context
		}
		if m.typ == hearsay.Person && len(m.words) >= 2 {
			w += 1
		}
		for i, t := range types {
			if m.typ == t {
				votes[i] += w
				break
			}
		}
	}
	best, bestN := hearsay.EntityType(""), 0
	for i, t := range types {
		if votes[i] > bestN {
			best, bestN = t, votes[i]
		}
	}
	if best == "" {
		for _, m := range c.ments {
			if len(m.words) > 0 {
				if g, ok := r.lx.nameGender(m.words[0]); ok && g != 'n' {
					best = hearsay.Person
				}
			}
		}
	}
	for _, m := range c.ments {
		if best == hearsay.Work && m.workKind != "" {
			c.kind = m.workKind
		}
		if best == hearsay.Org && m.outlet != "" {
			c.kind = m.outlet
		}
	}
	return best
}

// linkAppositions joins a description and the name right after it ("her
// husband Benjamin Millepied", "the actress Natalie Portman") or right
// before it between commas ("Millepied, the director of ..., ").
func (r *resolver) linkAppositions() {
	toks := r.di.doc.Tokens
	byEnd := mentionsEndingAt(r.ms)
	r.titleAppositions(byEnd)
	r.realNames(byEnd)
	for i, m := range r.ms {
		if m.kind != hearsay.NominalMention || m.ent >= 0 {
			continue
		}
		end := r.durationAfter(m)           // "his wife of 40 years, Beth,"
		end = r.officePlaceAfter(m, i, end) // "the Labour MP for Eastholm, Rita Moss,"
		end = r.tradeModifierEnd(m, i, end) // "the promoter of that bout, the late Bernie Glassman,"
		for _, n := range r.ms[i+1:] {
			if n.tok0 > end+4 {
				break
			}
			if n.kind != hearsay.NameMention || n.ent < 0 || r.cl[n.ent].typ != hearsay.Person {
				continue
			}
			gap := n.tok0 - end - 1 // "her ex-husband, actor Grant Sheffield,": occupation words may come between
			comma := gap >= 0 && gap <= 4 && end < len(toks) && toks[end].Text == "," && r.occupationWords(end+1, n.tok0) &&
				(r.nameEnd(n) >= len(toks) || toks[r.nameEnd(n)].Sentence != n.sent || isClauseEnd(toks[r.nameEnd(n)].Text))
			if g := r.cl[n.ent].genderOf(); m.gender != 'u' && g != 'u' && g != m.gender {
				continue // "the mystery man Vale thanked": no apposition
			}
			if n.tok0 == m.tok1 || comma {
				r.join(m, n.ent)
				m.rule = "nominal-apposition"
				break
			}
		}
		if m.ent < 0 {
			if s := r.copulaSubject(m); s != nil {
				r.join(m, s.ent)
				m.rule = "nominal-predicate"
			}
		}
		if m.ent >= 0 || m.tok0 < 2 || toks[m.tok0-1].Text != "," || m.possessor != nil && m.possessor.kind == hearsay.NameMention {
			continue
		}
		at := m.tok0 - 1
		if m.info.isKin {
			at = ageAppositionStart(toks, m.tok0) // "Lord Henry Fitzalan, 32, the duke's eldest son,"
		}
		for _, j := range byEnd.at(at) {
			if j >= i {
				break // only the mentions listed before m
			}
			n := r.ms[j]
			if n.kind == hearsay.NameMention && n.tok1 == at && n.ent >= 0 && r.cl[n.ent].typ == hearsay.Person && !n.poss &&
				(m.tok1 >= len(toks) || toks[m.tok1].Sentence != m.sent || isClauseEnd(toks[m.tok1].Text) || r.descriptionContinues(m)) {
				r.join(m, n.ent)
				m.rule = "nominal-apposition"
				break
			}
		}
	}
}

// ageAppositionStart returns the comma before an age set off in commas
// right before token t ("Fitzalan, 32, the duke's eldest son": the comma
// after the name), or t-1, the comma right before t, when no age comes
// between.
func ageAppositionStart(toks []hearsay.Token, t int) int {
	if t < 4 || toks[t-3].Text != "," || toks[t-3].Sentence != toks[t].Sentence {
		return t - 1
	}
	if a := toks[t-2].Text; len(a) > 0 && len(a) <= 3 && strings.Trim(a, "0123456789") == "" {
		return t - 3
	}
	return t - 1
}

// titleAppositions joins a name with a title of rank set after a person's
// name between a comma and "the" ("Rupert Fairfax, the Viscount Ashdown,",
// "Prince Henrik, the Duke of Ardenne") to that person: one person named
// by name and by title. byEnd lists the mentions by their end
// (mentionsEndingAt).
func (r *resolver) titleAppositions(byEnd endIndex) {
	toks := r.di.doc.Tokens
	for i, n := range r.ms {
		if n.kind != hearsay.NameMention || n.ent < 0 || !r.lx.is(cueRankTitle, n.title) || n.tok0 < 3 ||
			r.di.lower[n.tok0-1] != "the" || toks[n.tok0-2].Text != "," || !r.titleOnly(n.ent) {
			continue
		}
		for _, j := range byEnd.at(n.tok0 - 2) {
			if j >= i {
				break // only the mentions listed before n
			}
			p := r.ms[j]
			if p.kind == hearsay.NameMention && p.tok1 == n.tok0-2 && p.ent >= 0 && p.ent != n.ent && !p.poss &&
				r.cl[p.ent].typ == hearsay.Person && r.cl[n.ent].typ == hearsay.Person {
				r.merge(p.ent, n.ent)
				break
			}
		}
	}
}

// realNames joins a stage or familiar name and the real name after it
// that a phrase of cue class real-name-lead introduces ("Hyunwoo, whose
// real name is Kang Hyun-woo", "Taemin (real name Oh Tae-min)"): one
// person. byEnd lists the mentions by their end (mentionsEndingAt).
func (r *resolver) realNames(byEnd endIndex) {
	for _, n := range r.ms {
		if n.kind != hearsay.NameMention || n.ent < 0 || len(n.words) < 2 || r.cl[n.ent].typ != hearsay.Person {
			continue // a real name is a full name: "born Kelby" tells a place
		}
		end, ok := r.lx.realNameAt(r.di, n.tok0)
		if !ok {
			continue
		}
		for _, j := range byEnd.at(end) {
			p := r.ms[j]
			if p.kind == hearsay.NameMention && p.tok1 == end && p.ent >= 0 && p.ent != n.ent && !p.poss && r.cl[p.ent].typ == hearsay.Person {
				r.merge(n.ent, p.ent)
				break
			}
		}
	}
}

// titleOnly reports whether every name of a cluster comes with a title of
// rank or is one word: no other full name that would make two people one.
func (r *resolver) titleOnly(c int) bool {
	for _, m := range r.cl[c].ments {
		if m.kind == hearsay.NameMention && len(m.words) > 1 && !r.lx.is(cueRankTitle, m.title) {
			return false
		}
	}
	return true
}

// nameEnd is the token after a name mention and its territorial
// designation ("King Albrecht of Valmora"): the end of the written name.
func (r *resolver) nameEnd(n *ment) int {
	toks := r.di.doc.Tokens
	e := n.tok1
	if e+1 < len(toks) && r.di.lower[e] == "of" && toks[e+1].Sentence == n.sent && isCap(toks[e+1].Text) && r.lx.is(cueRankTitle, n.title) {
		e++
		for e < len(toks) && toks[e].Sentence == n.sent && isCap(toks[e].Text) {
			e++
		}
	}
	return e
}

// occupationWords reports whether tokens [a, b) are empty or an occupation
// phrase, with an article and lowercase modifiers before it ("actor", "the
// tech entrepreneur").
func (r *resolver) occupationWords(a, b int) bool {
	if a >= b {
		return true
	}
	if w := r.di.lower[a]; b-a >= 2 && (w == "the" || w == "a" || w == "an") {
		a++ // "her long-time partner, the tech entrepreneur Felix Amberley"
	}
	if a+1 == b && r.di.lower[a] == "late" {
		return true // "the promoter of that bout, the late Bernie Glassman"
	}
	for k := a; k < b; k++ {
		if info, ok := r.di.nounWords(r.lx, k, b); ok && (info.isOcc || info.isRole) {
			return true
		}
		t := r.di.doc.Tokens[k].Text
		if _, dem := r.di.demonym(r.lx, k); !isAlphaWord(t) || isCap(t) && !dem && !r.di.is(r.lx, cueNotAName, k) {
			return false // only lowercase modifiers, nationalities and words that are no names ("Olympic") before the noun
		}
	}
	return false
}

// copulaSubject returns the resolved person mention of which m is the
// predicate ("Kim is currently the chief technology officer", "Hale, 66,
// is the singer"), or nil.
func (r *resolver) copulaSubject(m *ment) *ment {
	if m.tok1 < len(r.di.doc.Tokens) && isPossMarker(r.di.doc.Tokens[m.tok1].Text) {
		return nil // "Gaunt is a coal miner's son": the miner is someone else
	}
	j := m.tok0 - 1
	for j >= 0 && r.di.is(r.lx, cueCopulaFiller, j) {
		j--
	}
	if j < 0 || !r.di.is(r.lx, cueCopula, j) {
		return nil
	}
	for j > 0 && (r.di.is(r.lx, cueCopula, j-1) || r.di.is(r.lx, cueCopulaFiller, j-1)) {
		j--
	}
	toks := r.di.doc.Tokens
	if j >= 3 && toks[j-1].Text == "," && isNumber(toks[j-2].Text) && toks[j-3].Text == "," {
		j -= 3 // "Her son, Wade Hale, 66, is the Grammy-winning singer"
	}
	if k := r.relativeClauseBefore(j); k >= 0 {
		j = k // "The singer, who grew up in Tulsa, is the only child of ..."
	}
	for _, s := range r.ms {
		if s.tok1 == j && s.ent >= 0 && r.cl[s.ent].typ == hearsay.Person && s.kind != hearsay.GroupMention {
			return s
		}
	}
	return nil
}

// relativeClauseBefore returns the comma that opens a relative clause
// "who ..." closed by the comma right before token j (", who grew up in
// Tulsa, Oklahoma," before a copula), at most 20 tokens back in j's
// sentence; -1 when there is none.
func (r *resolver) relativeClauseBefore(j int) int {
	toks := r.di.doc.Tokens
	if j < 4 || j >= len(toks) || toks[j-1].Text != "," {
		return -1
	}
	for k := j - 2; k >= 1 && k >= j-20 && toks[k].Sentence == toks[j].Sentence; k-- {
		if r.di.lower[k] == "who" {
			if toks[k-1].Text == "," {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// descriptionContinues reports whether an appositive description goes on
// past its head ("the director of the Paris Opera Ballet,", "a former
// British ambassador to Spain,").
func (r *resolver) descriptionContinues(m *ment) bool {
	toks := r.di.doc.Tokens
	if m.tok1 >= len(toks) || r.di.lower[m.tok1] != "of" && r.di.lower[m.tok1] != "to" {
		return false
	}
	for j := m.tok1; j < len(toks) && toks[j].Sentence == m.sent && j < m.tok1+8; j++ {
		if isClauseEnd(toks[j].Text) {
			return true
		}
	}
	return false
}

func isClauseEnd(s string) bool {
	switch s {
	case ",", ".", ";", ":", ")", "!", "?", "–", "—":
		return true
	}
	return false
}

// resolveRest resolves pronouns, nominals and groups in document order
// (ordered by head, so that "her" is resolved before "her husband").
func (r *resolver) resolveRest() {
	order := append([]*ment(nil), r.ms...)
	slices.SortStableFunc(order, func(a, b *ment) int {
		if a.head != b.head {
			return cmp.Compare(a.head, b.head)
		}
		return cmp.Compare(a.tok1-a.tok0, b.tok1-b.tok0)
	})
	for _, m := range order {
		if m.done || m.ent >= 0 {
			continue
		}
		switch m.kind {
		case hearsay.PronounMention:
			if m.number == 'p' {
				m.members = r.groupFor(m, 2)
			} else {
				r.resolvePronoun(m)
			}
		case hearsay.NominalMention:
			r.resolveNominal(m)
		case hearsay.GroupMention:
			m.members = r.coupleFixes(m, r.groupFor(m, -1))
		}
		m.done = true
	}
	for _, m := range order {
		if m.kind == hearsay.NominalMention && m.ent < 0 && !m.indefinite && m.possessor == nil && !m.quoted {
			if c := r.pairPartner(m); c >= 0 {
				r.join(m, c) // "The Canadian musician and the Danish-born drummer": the drummer's partner
			}
		}
	}
	r.familyParents()
}

// familyParents drops from a family named by its plural surname the members
// the text calls a child of another member ("his son, Dr. Chidi Okonkwo ...
// The Okonkwos also have a daughter": the parents), when two remain.
func (r *resolver) familyParents() {
	for _, m := range r.ms {
		if m.rule != "family" || len(m.members) < 3 {
			continue
		}
		links := r.kinLinks(m.tok0)
		var parents []int
		for _, x := range m.members {
			if !r.childOfMember(x, m.members, links) {
				parents = append(parents, x)
			}
		}
		if len(parents) == 2 {
			m.members = parents
		}
	}
}

// childOfMember reports whether the kinship read so far makes x a child of
// another of the members.
func (r *resolver) childOfMember(x int, members []int, links []kinLink) bool {
	for _, k := range links {
		switch {
		case k.a == x && k.class == "child" && k.b != x && containsInt(members, k.b):
			return true
		case k.b == x && k.class == "parent" && k.a != x && containsInt(members, k.a):
			return true
		}
	}
	return false
}

// A candidate is a cluster seen near an anaphor.
type candidate struct {
	c     int
	sent  int  // latest sentence it is mentioned in
	first int  // first token of its first mention in that sentence
	subj  bool // a mention of it in that sentence stands where a subject stands
}

// candidates lists person clusters mentioned in the window of sentences
// before m. The speaker of a quotation that closes right before m (`"Our
// daughter, Lumi, arrived," she wrote`) is none of the people named inside it.
func (r *resolver) candidates(m *ment, window int) []candidate {
	return r.appendCandidates(nil, m, window)
}

// appendCandidates appends candidates(m, window) to out.
func (r *resolver) appendCandidates(out []candidate, m *ment, window int) []candidate {
	qs, qe := r.quotedBySpeaker(m)
	for _, o := range r.ms[r.windowStart(m.sent-window):] { // those before lie before the window
		if o.tok0 >= m.tok0 {
			break // r.ms is in order of tok0: no later mention comes before m
		}
		if o.ent < 0 || o.sent < m.sent-window || o.tok1 > m.tok0 && o.tok0 <= m.tok0 || o.tok0 >= qs && o.tok0 < qe {
			continue
		}
		if r.cl[o.ent].typ != hearsay.Person || o.vocative || r.addressedIn(o.ent, m) || r.inBirthOpener(o, m) {
			continue
		}
		if k := candidateOf(out, o.ent); k >= 0 {
			if o.sent > out[k].sent {
				out[k].sent, out[k].first, out[k].subj = o.sent, o.tok0, r.subjectLike(o)
			} else if o.sent == out[k].sent {
				out[k].subj = out[k].subj || r.subjectLike(o)
			}
			continue
		}
		out = append(out, candidate{c: o.ent, sent: o.sent, first: o.tok0, subj: r.subjectLike(o)})
	}
	return out
}

// inBirthOpener reports whether mention o lies in the phrase that opens
// pronoun m's sentence and tells the birth or the parents of the person the
// pronoun, right after the phrase's comma, stands for: "Born in Wick to
// Alexander and Morag Gunn, she was the youngest of six", "The son of a
// miner, Jim Moss, and his wife, Edna, he left school at 14". The parents
// are never the subject they describe.
func (r *resolver) inBirthOpener(o, m *ment) bool {
	if m.kind != hearsay.PronounMention || o.sent > m.sent || m.sent-o.sent > 2 {
		return false
	}
	toks := r.di.doc.Tokens
	first := r.di.doc.Sentences[o.sent].FirstToken
	opener := false
	switch r.di.lower[first] {
	case "born", "raised", "brought":
		opener = true
	case "the", "a", "an", "only", "eldest", "youngest":
		for k := first + 1; k <= first+3 && k+1 < len(toks); k++ {
			switch r.di.lower[k] {
			case "son", "daughter", "child", "grandson", "granddaughter":
				opener = r.di.lower[k+1] == "of"
			}
		}
	}
	if !opener {
		return false
	}
	// the comma that closes the opening phrase, a subject pronoun after it
	for k := o.tok1; k+1 < len(toks) && toks[k+1].Sentence == o.sent; k++ {
		if r.di.lower[k] == "," && toks[k+1].UPOS == "PRON" && (r.di.lower[k+1] == "he" || r.di.lower[k+1] == "she") {
			return m.tok0 > k
		}
	}
	return false
}

// addressedIn reports whether a name of cluster c is said, inside a
// quotation, to the person addressed in m's sentence ("Well, Noah, he
// works ..."): a third-person m there is someone else.
func (r *resolver) addressedIn(c int, m *ment) bool {
	if m.kind != hearsay.PronounMention || m.person != 3 || !r.vocativeSentences()[m.sent] {
		return false
	}
	for _, o := range r.ms[r.windowStart(m.sent):] {
		if o.sent > m.sent {
			break
		}
		if o.vocative && o.ent == c && o.sent == m.sent {
			return true
		}
	}
	return false
}

// vocativeSentences returns the sentences that hold a vocative name,
// found once per document: only detection marks a name vocative, so the
// mentions added while resolving never are, and a long sentence needs no
// scan of its mentions for every pronoun and candidate.
func (r *resolver) vocativeSentences() map[int]bool {
	if r.vocSents == nil {
		r.vocSents = map[int]bool{}
		for _, o := range r.ms {
			if o.vocative {
				r.vocSents[o.sent] = true
			}
		}
	}
	return r.vocSents
}

// candidateOf returns the index of cluster c's candidate in cands, or -1.
func candidateOf(cands []candidate, c int) int {
	for k := range cands {
		if cands[k].c == c {
			return k
		}
	}
	return -1
}

// resolvePronoun links a singular third-person pronoun to the most salient
// compatible person: the nearest sentence first, then the first mentioned
// in that sentence. A cluster with no gender evidence is taken only when it
// is the one person in reach. It leaves the pronoun unresolved rather than guess.
func (r *resolver) resolvePronoun(m *ment) {
	if m.person == 1 || m.person == 2 {
		return // "I", "me", "you": the speaker of a quotation (quoteSpeakers), not someone named before
	}
	if c := r.openingCataphor(m); c >= 0 {
		r.join(m, c) // "After the death of her husband, Ken, Dot Wilkes took over": Wilkes
		return
	}
	window := 2
	if strings.HasSuffix(r.di.lower[m.tok0], "self") {
		window = 0
		if c := r.emphaticOf(m); c >= 0 {
			r.join(m, c) // "Achterberg herself told Billboard"
			return
		}
	}
	var room [8]candidate
	cands := r.appendCandidates(room[:0], m, window)
	if len(cands) == 0 && window > 0 {
		if q := r.quotedSentencesBefore(m.sent); q > 0 {
			cands = r.appendCandidates(cands, m, window+q) // `X said. "... ..." Her husband, Y, ...`: X
		}
	}
	subj := r.clauseSubject(m)
	if subj >= 0 {
		cands = slices.DeleteFunc(cands, func(c candidate) bool { return c.c == subj })
	}
	cands = slices.DeleteFunc(cands, func(c candidate) bool { return r.bornParentBefore(c.c, m) })
	var knownRoom, unknownRoom [8]candidate
	known, unknown := knownRoom[:0], unknownRoom[:0]
	for _, c := range cands {
		switch g := r.cl[c.c].genderOf(); {
		case g == m.gender:
			known = append(known, c)
		case g == 'u' && r.cl[c.c].unnamed == "":
			unknown = append(unknown, c)
		}
	}
	pick := -1
	para := r.paragraphSubject(m, known)
	switch {
	case para >= 0:
		pick = para // "... \n\nShe said": the article's woman the paragraph before was about, not the last one named
	case r.childParent(m) >= 0:
		pick = r.childParent(m) // "Vale's daughter, Lise, 11, from her first marriage": Vale's marriage
	case r.relativeOwner(m) >= 0:
		pick = r.relativeOwner(m) // "to succeed Alan Brook, who held the seat until his death"
	case r.coordinatedOwner(m) >= 0 && r.parallelKinOwner(m, known) < 0:
		pick = r.coordinatedOwner(m) // "the son of Frank Hale and his wife, Edna": Hale's wife; not "His son, Adrian, and his daughter"
	case r.clientContinued(m) >= 0:
		pick = r.clientContinued(m) // "Ms Khan said her client was ashamed and that her daughter, Kayla, ...": the client's daughter
	case r.speakerContinued(m, known) >= 0:
		pick = r.speakerContinued(m, known) // "The defendant said he left when Mr Ashcroft was alive. He said his wife ...": the defendant
	case len(known) > 0 && r.reportedSubject(m) >= 0:
		pick = r.reportedSubject(m) // "Dunn said the 41-year-old is focused on his children"
	case (len(known) > 0 || len(unknown) > 1) && !sameSentence(known, m.sent) && r.clauseOwner(m) >= 0:
		pick = r.clauseOwner(m) // "Kerys Vane split from her boyfriend": not a woman of the sentence before
	case len(known) > 1 && r.parallelKinOwner(m, known) >= 0:
		pick = r.parallelKinOwner(m, known) // "His father, Anthony, was a geologist and his mother, Jennifer, a nurse": not Anthony's mother
	case len(known) > 1 && !sameSentence(known, m.sent) && r.kinOwner(m, known) >= 0:
		pick = r.kinOwner(m, known) // "Her mother, Alice, taught music. ... her father told the Ledger": the one with a father
	case len(known) > 0 && r.newerSubject(m, known, unknown) >= 0:
		pick = r.newerSubject(m, known, unknown) // "Dr. Roderick Ensor-Mbatha takes the chair. He grew up in Leicester": not a man named before
	case len(known) > 0:
		if !r.di.hasPOS || !r.ambiguousSubject(known, m.sent) {
			pick = mostSalient(known)
		}
	case len(known) == 0 && r.earlierKinOwner(m) >= 0:
		pick = r.earlierKinOwner(m) // "Her father, Ali Hadi, ... under General Qasim. Her mother Wajiha": not Qasim's
	case len(unknown) == 1:
		pick = unknown[0].c
	case len(cands) == 0:
		pick = r.cataphor(m)
	}
	if pick >= 0 && pick == subj {
		pick = -1 // the rules above read the clause's own subject: "he was thrilled for him"
		if len(known) > 0 && (!r.di.hasPOS || !ambiguous(known, m.sent)) {
			pick = mostSalient(known)
		}
	}
	if pick >= 0 {
		r.join(m, pick)
	}
}

// coordinatedOwner returns the person a possessive pronoun right after
// "and" or "with" belongs to when a person's name, of the pronoun's gender,
// ends just before that word, maybe with a comma ("the son of Frank Hale and
// his wife, Edna", "to a miner, Frank Hale, and his wife", "Tom Vane, Ben
// Roe and Simon Hurst with his fiancée"): the pair is that person and their
// relative. It returns -1 otherwise.
func (r *resolver) coordinatedOwner(m *ment) int {
	if !m.poss && !r.possessiveHer(m) || m.tok0 < 2 || r.di.lower[m.tok0-1] != "and" && r.di.lower[m.tok0-1] != "with" {
		return -1
	}
	end := m.tok0 - 1
	if r.di.doc.Tokens[end-1].Text == "," {
		end--
	}
	for _, o := range r.ms {
		if o.tok0 >= end {
			break
		}
		if o.tok1 == end && o.sent == m.sent && o.kind == hearsay.NameMention && o.ent >= 0 && r.cl[o.ent].typ == hearsay.Person && r.cl[o.ent].genderOf() == m.gender {
			return o.ent
		}
	}
	return -1
}

// newerSubject returns the one person of unknown gender (unknown) named as
// a subject, or as the one person, in the sentence right before subject
// pronoun m's, in the same
// paragraph, when every person whose gender agrees (known) was last named
// in an earlier sentence: a person just introduced, whose given name the
// lists do not know, is the one the next sentence speaks of. It returns
// -1 otherwise. The person must be named in full (fullNamed).
func (r *resolver) newerSubject(m *ment, known, unknown []candidate) int {
	if len(unknown) != 1 || !r.di.pronounIn(r.lx, m.tok0).nom {
		return -1
	}
	u := unknown[0]
	if u.sent != m.sent-1 || r.paragraphBreak(r.di.doc.Sentences[m.sent].FirstToken) || !r.fullNamed(u.c) {
		return -1
	}
	for _, k := range known {
		if k.sent >= u.sent {
			return -1
		}
	}
	if !u.subj && !r.onlyPersonOf(u) {
		return -1
	}
	return u.c
}

// onlyPersonOf reports whether candidate u is the one person its sentence
// mentions ("The chair passes to Dr. Zorvan Ensor-Mbatha").
func (r *resolver) onlyPersonOf(u candidate) bool {
	for _, o := range r.ms[r.windowStart(u.sent):] {
		if o.sent > u.sent {
			break
		}
		if o.sent == u.sent && o.ent >= 0 && o.ent != u.c && r.cl[o.ent].typ == hearsay.Person {
			return false
		}
	}
	return true
}

// fullNamed reports whether cluster c is named by a given name and a
// surname somewhere, no relative listed by a given name alone ("two
// children, Ivo, 9, and Mabli, 6").
func (r *resolver) fullNamed(c int) bool {
	for _, o := range r.cl[c].ments {
		if o.kind == hearsay.NameMention && len(o.words) >= 2 {
			return true
		}
	}
	return false
}

// relativeOwner returns the person a pronoun inside a relative clause
// stands for: the person named right before the comma that opens the
// clause with a word of cue class relative-person ("to succeed Alan Brook,
// who held the seat from 2004 until his death": Brook; never an object
// pronoun: "Hobhouse, who initiated him"), when the gender
// agrees and no comma, quotation mark or clause break stands between the
// relative word and the pronoun; -1 otherwise.
func (r *resolver) relativeOwner(m *ment) int {
	toks := r.di.doc.Tokens
	if r.di.pronounIn(r.lx, m.tok0).acc && (r.di.lower[m.tok0] != "her" || r.objectHer(m)) {
		return -1 // "John Hobhouse, who initiated him into the club": someone else
	}
	for k := m.tok0 - 1; k >= 1 && toks[k].Sentence == m.sent; k-- {
		t := toks[k].Text
		if t == "," || isQuote(t) || isClauseEnd(t) {
			return -1
		}
		if !r.di.is(r.lx, cueRelativePerson, k) {
			continue
		}
		if toks[k-1].Text != "," {
			return -1
		}
		end := nameEndBeforeRelative(toks, k)
		for _, o := range r.ms {
			if o.tok1 == end && o.kind == hearsay.NameMention && o.ent >= 0 && r.cl[o.ent].typ == hearsay.Person && r.cl[o.ent].genderOf() == m.gender {
				return o.ent
			}
		}
		if end = descriptionStart(toks, end); end < 0 {
			return -1
		}
		for _, o := range r.ms {
			if o.tok1 == end && o.kind == hearsay.NameMention && o.ent >= 0 && r.cl[o.ent].typ == hearsay.Person && r.cl[o.ent].genderOf() == m.gender {
				return o.ent // "Rajesh Mistry, 64, the eldest of the three children, who ran the shop with his wife"
			}
		}
		return -1
	}
	return -1
}

// maxDescription is the most tokens descriptionStart passes over.
const maxDescription = 10

// descriptionStart returns the end of the name that a description in
// commas describes, the description ending at the comma at token end
// ("Rajesh Mistry, 64, the eldest of the three children,": the comma after
// "Mistry"), past an age before the description too; -1 when the words
// before end are no such description (a capitalised word, a quotation
// mark, another clause).
func descriptionStart(toks []hearsay.Token, end int) int {
	if end < 1 || end >= len(toks) || toks[end].Text != "," {
		return -1
	}
	for p := end - 1; p >= 1 && p >= end-maxDescription && toks[p].Sentence == toks[end].Sentence; p-- {
		t := toks[p].Text
		if t == "," {
			if p == end-1 {
				return -1
			}
			if p >= 3 && isNumber(toks[p-1].Text) && toks[p-2].Text == "," {
				return p - 2 // "X, 64, the eldest ..."
			}
			return p
		}
		if isQuote(t) || isClauseEnd(t) || t != strings.ToLower(t) || toks[p].UPOS == "VERB" || toks[p].UPOS == "AUX" {
			return -1
		}
	}
	return -1
}

// nameEndBeforeRelative returns the end (exclusive token index) of the
// name a relative word at token k follows: the comma right before it, or,
// when an age stands between the name and that comma, the comma before the
// age ("Stephen Ashcroft, 49, who was found dead at his home": Ashcroft's
// home). The caller has checked that token k-1 is a comma.
func nameEndBeforeRelative(toks []hearsay.Token, k int) int {
	if k >= 3 && isNumber(toks[k-2].Text) && toks[k-3].Text == "," && toks[k-2].Sentence == toks[k].Sentence {
		return k - 3
	}
	return k - 1
}

// clauseSubject returns the person an object pronoun cannot stand for:
// the subject of its own clause, the nearest mention before it in its
// sentence when that is a subject pronoun, or a name or description
// standing as a subject,
// with no comma, clause break, quotation mark, "that", speech verb or
// other noun or pronoun between ("he was thrilled for him", "Ben praised
// him"; not "he was humored by those around him"); -1 otherwise.
func (r *resolver) clauseSubject(m *ment) int {
	if !r.di.pronounIn(r.lx, m.tok0).acc || !r.di.hasPOS || r.di.lower[m.tok0] == "her" && !r.objectHer(m) {
		return -1 // "Celia Vane and her "Bay" co-star": a possessive
	}
	if c := r.relativeAntecedent(m); c >= 0 {
		return c // "John Hobhouse, who introduced him to the club"
	}
	var near *ment
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.sent == m.sent && o.tok1 <= m.tok0 && !(o.kind == hearsay.NominalMention && o.ent < 0 && r.afterComma(o.tok0)) {
			near = o // (not a description in commas the resolver has not yet joined to its name: "Tom Reed, the finance director,")
		}
	}
	if near == nil || near.ent < 0 {
		return -1
	}
	if r.infinitiveSubject(near, m) {
		return near.ent // "the board named Tom Reed to succeed him": Reed succeeds someone else
	}
	subj := near.kind == hearsay.PronounMention && r.di.pronounIn(r.lx, near.tok0).nom ||
		(near.kind == hearsay.NameMention || near.kind == hearsay.NominalMention) && r.subjectLike(near)
	if !subj {
		return -1
	}
	from := near.tok1
	for k := 0; k < 2; k++ {
		from = r.pastApposition(from, m.tok0) // "Tom Reed, 49, the finance director, will succeed him"
	}
	if toks := r.di.doc.Tokens; from > near.tok1 || near.kind == hearsay.NominalMention && r.afterComma(near.tok0) && from < m.tok0 && toks[from].Text == "," {
		from++ // the comma that closes the last apposition, or the description in commas that is the subject's
	}
	for i := from; i < m.tok0; i++ {
		w, t := r.di.lower[i], r.di.doc.Tokens[i]
		if isClauseEnd(t.Text) || isQuote(t.Text) || w == "that" || r.di.is(r.lx, cueSpeechVerb, i) {
			return -1
		}
		switch t.UPOS {
		case "NOUN", "PROPN", "PRON", "NUM":
			return -1 // "he was humored by those around him": inside another phrase
		}
	}
	return near.ent
}

// maxApposition is the most tokens pastApposition passes over.
const maxApposition = 8

// pastApposition returns the comma that closes an apposition set off by
// commas that opens at the comma at token from, before token end: an age or a lowercase
// description with no verb but a participle ("Tom Reed, 49, will ...", "Tom
// Reed, currently chief operating officer, will ..."), which stands between
// a subject and its verb; from itself when none opens there.
func (r *resolver) pastApposition(from, end int) int {
	toks := r.di.doc.Tokens
	if from >= end || toks[from].Text != "," {
		return from
	}
	for i := from + 1; i < end && i <= from+maxApposition; i++ {
		t := toks[i]
		if t.Text == "," {
			if i == from+1 {
				return from
			}
			return i
		}
		if isClauseEnd(t.Text) || isQuote(t.Text) || t.Text != strings.ToLower(t.Text) || t.UPOS == "VERB" && t.XPOS != "VBG" || t.UPOS == "AUX" || t.UPOS == "PRON" {
			return from // (a participle may name a post: "chief operating officer")
		}
	}
	return from
}

// afterComma reports whether token k follows a comma, maybe past an
// adverb (", the finance director", ", currently finance director").
func (r *resolver) afterComma(k int) bool {
	toks := r.di.doc.Tokens
	if k >= 2 && toks[k-1].UPOS == "ADV" {
		k--
	}
	return k >= 1 && toks[k-1].Text == ","
}

// infinitiveSubject reports whether person mention near, a name, is the
// object of a verb that an infinitive right after it follows, with object
// pronoun m as the infinitive's own object ("named Tom Reed to succeed
// him", "asked Ann Cole to replace her"): the name is the infinitive's
// understood subject, so the pronoun is someone else.
func (r *resolver) infinitiveSubject(near, m *ment) bool {
	toks := r.di.doc.Tokens
	if near.kind != hearsay.NameMention || near.tok1+2 != m.tok0 || near.tok0 < 1 {
		return false
	}
	return r.di.lower[near.tok1] == "to" && toks[near.tok1+1].UPOS == "VERB" && toks[near.tok0-1].UPOS == "VERB"
}

// relativeAntecedent returns the person named right before ", who" when
// the relative clause so opened holds pronoun m with no clause break,
// quotation mark, noun or pronoun between ("John Hobhouse, who introduced
// him to the club"); -1 otherwise.
func (r *resolver) relativeAntecedent(m *ment) int {
	toks := r.di.doc.Tokens
	for k := m.tok0 - 1; k >= 2 && toks[k].Sentence == m.sent; k-- {
		if isClauseEnd(toks[k].Text) || isQuote(toks[k].Text) {
			return -1
		}
		if !r.di.is(r.lx, cueRelativePerson, k) {
			switch toks[k].UPOS {
			case "NOUN", "PROPN", "PRON", "NUM":
				return -1
			}
			continue
		}
		if toks[k-1].Text != "," {
			return -1
		}
		end := nameEndBeforeRelative(toks, k)
		for _, o := range r.ms {
			if o.tok1 == end && o.kind == hearsay.NameMention && o.ent >= 0 && r.cl[o.ent].typ == hearsay.Person {
				return o.ent
			}
		}
		return -1
	}
	return -1
}

// objectHer reports whether a "her" is plainly an object: the sentence
// ends after it, or a preposition, adverb, determiner, conjunction or
// punctuation other than a quotation mark follows ("work with her.",
// "told her that").
func (r *resolver) objectHer(m *ment) bool {
	toks := r.di.doc.Tokens
	if m.tok1 >= len(toks) || toks[m.tok1].Sentence != m.sent {
		return true
	}
	switch toks[m.tok1].UPOS {
	case "ADP", "ADV", "DET", "CCONJ", "SCONJ", "PART":
		return true
	case "PUNCT":
		return !isQuote(toks[m.tok1].Text)
	}
	return false
}

// childParent resolves a possessive pronoun between a word of cue class
// child-from and a noun of cue class union-noun ("from her previous
// marriage") after a child named earlier in its sentence as someone's
// ("Vale's daughter, Lise, 11,") to that someone, when the gender agrees;
// -1 otherwise.
func (r *resolver) childParent(m *ment) int {
	toks := r.di.doc.Tokens
	if !m.poss && !r.possessiveHer(m) || m.tok0 == 0 || !r.di.is(r.lx, cueChildFrom, m.tok0-1) {
		return -1
	}
	union := false
	for j := m.tok1; j < len(toks) && j < m.tok1+3 && toks[j].Sentence == m.sent && !union; j++ {
		union = r.di.is(r.lx, cueUnionNoun, j)
	}
	if !union {
		return -1
	}
	pick := -1
	for _, n := range r.ms {
		if n.tok0 >= m.tok0 {
			break
		}
		if n.sent != m.sent || n.kind != hearsay.NominalMention || !n.info.isKin || n.info.class != "child" || n.possessor == nil || n.possessor.ent < 0 {
			continue
		}
		if p := r.cl[n.possessor.ent]; p.typ == hearsay.Person && (p.genderOf() == m.gender || p.genderOf() == 'u') {
			pick = n.possessor.ent
		}
	}
	return pick
}

// familyClasses are the kinship classes of a person's own family: in a
// run of them told with the same possessive ("his father ..., his mother
// ...") each belongs to the same person.
var familyClasses = map[string]bool{"parent": true, "child": true, "sibling": true}

// parallelKinOwner returns the owner of the possessive pronoun m before a
// family noun (familyClasses) when the same possessive word stood before
// another family noun in the same sentence or the one before, whose named
// relative is a candidate for m, and m's own relative is named: the two
// possessives are one person's, not the relative's ("His father, Anthony,
// was a geologist and his mother, Jennifer, is a nurse": the subject's
// mother, not Anthony's). It returns -1 otherwise, also when that owner or
// that relative is no candidate.
func (r *resolver) parallelKinOwner(m *ment, known []candidate) int {
	if !m.poss && !r.possessiveHer(m) {
		return -1
	}
	var kin *ment
	for _, n := range r.ms {
		if n.possessor == m && n.kind == hearsay.NominalMention && n.info.isKin && familyClasses[n.info.class] {
			kin = n
		}
	}
	if kin == nil || kin.ent < 0 || !slices.ContainsFunc(r.cl[kin.ent].ments, func(o *ment) bool { return o.kind == hearsay.NameMention }) {
		return -1 // only a relative named in a run of them: "when his son was born" may be anyone's
	}
	isKnown := func(e int) bool {
		return slices.ContainsFunc(known, func(c candidate) bool { return c.c == e })
	}
	owner := -1 // the owner of the nearest family noun before m with the same possessive, whose relative is a candidate
	for _, n := range r.ms {
		if n.tok0 >= m.tok0 {
			break
		}
		if n.sent < m.sent-1 || n.kind != hearsay.NominalMention || !n.info.isKin || !familyClasses[n.info.class] || n.ent < 0 {
			continue
		}
		o := n.possessor
		if o != nil && o.kind == hearsay.PronounMention && o.ent >= 0 && o.ent != n.ent && r.di.lower[o.tok0] == r.di.lower[m.tok0] && isKnown(n.ent) && isKnown(o.ent) {
			owner = o.ent
		}
	}
	return owner
}

// kinReach is the most sentences back earlierKinOwner looks for the same
// possessive before a family noun.
const kinReach = 5

// earlierKinOwner returns, for a possessive pronoun m before a family noun
// (familyClasses) when no candidate of its gender stands near, the owner of
// the same possessive word before another family noun within kinReach
// sentences, when that owner is of m's gender: the text goes on about the
// same person's family ("Her father, Ali Hadi, was an industrialist. ... He
// served under General Qasim. Her mother was an artist": not Qasim's). It
// returns -1 otherwise.
func (r *resolver) earlierKinOwner(m *ment) int {
	if !m.poss && !r.possessiveHer(m) {
		return -1
	}
	own := false
	for _, n := range r.ms {
		if n.possessor == m && n.kind == hearsay.NominalMention && n.info.isKin && familyClasses[n.info.class] {
			own = true
		}
	}
	if !own {
		return -1
	}
	owner := -1
	for _, n := range r.ms {
		if n.tok0 >= m.tok0 {
			break
		}
		if n.sent < m.sent-kinReach || n.kind != hearsay.NominalMention || !n.info.isKin || !familyClasses[n.info.class] {
			continue
		}
		if o := n.possessor; o != nil && o.kind == hearsay.PronounMention && o.ent >= 0 && r.di.lower[o.tok0] == r.di.lower[m.tok0] && r.cl[o.ent].genderOf() == m.gender {
			owner = o.ent
		}
	}
	return owner
}

// kinOwner returns the one candidate a possessive pronoun before a
// kinship noun can belong to when the text has already given exactly one
// of them a relative of that kind ("... where her father, Tom Lund, ran a
// shop. Her aunt, Mia Berg, taught her piano. Her father said ...": Ana,
// not Mia); -1 otherwise. It is asked only when no candidate stands in the
// pronoun's own sentence.
func (r *resolver) kinOwner(m *ment, known []candidate) int {
	if !m.poss && !r.possessiveHer(m) {
		return -1
	}
	var kin *ment
	for _, n := range r.ms {
		if n.possessor == m && n.kind == hearsay.NominalMention && n.info.isKin && n.info.class != "person" && n.info.class != "other" {
			kin = n
		}
	}
	if kin == nil {
		return -1
	}
	pick := -1
	for _, c := range known {
		if r.relative(c.c, kin) < 0 {
			continue
		}
		if pick >= 0 {
			return -1
		}
		pick = c.c
	}
	return pick
}

// maxQuotedReach is the most sentences of a quotation quotedSentencesBefore counts.
const maxQuotedReach = 4

// quotedSentencesBefore counts the sentences right before sentence sent
// that lie wholly inside a quotation, at most maxQuotedReach: a speaker's
// own words name no third person, so a pronoun after them may still speak
// of the speaker named before the quotation (`"I was the first in my
// family," Vane said. "My father drove a taxi. I want more." Her husband,
// Tom, ...` is Vane's husband).
func (r *resolver) quotedSentencesBefore(sent int) int {
	sents := r.di.doc.Sentences
	n := 0
	for k := sent - 1; k >= 0 && n < maxQuotedReach; k-- {
		if !r.whollyQuoted(sents[k]) {
			break
		}
		n++
	}
	return n
}

// whollyQuoted reports whether every word of sentence st lies inside a
// quotation (quote marks and punctuation aside).
func (r *resolver) whollyQuoted(st hearsay.Sentence) bool {
	toks := r.di.doc.Tokens
	words := 0
	for i := st.FirstToken; i < st.EndToken && i < len(toks); i++ {
		if isQuote(toks[i].Text) || punctOnly(toks[i].Text) {
			continue
		}
		if !r.di.quoted[i] {
			return false
		}
		words++
	}
	return words > 0
}

// punctOnly reports whether token text w holds no letter and no digit.
func punctOnly(w string) bool {
	for _, c := range w {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

// cataphor finds the person a pronoun with nothing before it announces:
// "In her new film, Portman plays ...": the name right after the comma
// that closes the opening phrase, when its gender agrees.
func (r *resolver) cataphor(m *ment) int {
	toks := r.di.doc.Tokens
	for i := m.tok1; i < len(toks) && toks[i].Sentence == m.sent && i < m.tok1+12; i++ {
		if toks[i].Text != "," {
			continue
		}
		for _, n := range r.ms {
			if n.tok0 == i+1 && n.kind == hearsay.NameMention && n.ent >= 0 && r.cl[n.ent].typ == hearsay.Person &&
				r.cl[n.ent].genderOf() == m.gender {
				return n.ent
			}
		}
		return -1
	}
	return -1
}

// openingCataphor returns the person a possessive pronoun in a sentence's
// opening phrase points forward to: the phrase starts the sentence with a
// word of cue class opening-lead and holds no comma before the pronoun; the
// person is named right after a comma that follows the pronoun, of its
// gender or of none known, and no comma follows that name (the subject of
// the main clause, not a relative named in apposition): "Since the death
// of his wife, Carol, Brian Tate has volunteered" is Tate, whoever was
// named before. It returns -1 otherwise.
func (r *resolver) openingCataphor(m *ment) int {
	if m.kind != hearsay.PronounMention || m.number == 'p' || m.gender == 'u' || m.sent >= len(r.di.doc.Sentences) {
		return -1
	}
	toks := r.di.doc.Tokens
	if !m.poss && (r.di.lower[m.tok0] != "her" || m.tok1 >= len(toks) || !r.nounAt(m.tok1)) {
		return -1 // "her" before a noun is a possessive too ("the death of her husband")
	}
	first := r.di.doc.Sentences[m.sent].FirstToken
	if first >= m.tok0 || !r.di.is(r.lx, cueOpeningLead, first) {
		return -1
	}
	for i := first; i < m.tok0; i++ {
		if toks[i].Text == "," || isQuote(toks[i].Text) {
			return -1
		}
	}
	for i := m.tok1; i+1 < len(toks) && toks[i].Sentence == m.sent && i < m.tok1+16; i++ {
		if toks[i].Text != "," {
			continue
		}
		for _, n := range r.ms {
			if n.tok0 != i+1 || n.kind != hearsay.NameMention || n.ent < 0 || r.cl[n.ent].typ != hearsay.Person || n.poss {
				continue
			}
			if g := r.cl[n.ent].genderOf(); g != m.gender && g != 'u' {
				continue
			}
			if n.tok1 < len(toks) && toks[n.tok1].Sentence == m.sent && toks[n.tok1].Text != "," && toks[n.tok1].Text != "." {
				return n.ent
			}
		}
	}
	return -1
}

// nounAt reports whether token k is a noun or an adjective by its tag, or,
// with no tags, a word in lower case that no cue class of function words
// holds (data/cues.tsv, determiner).
func (r *resolver) nounAt(k int) bool {
	if x := r.di.doc.Tokens[k].XPOS; x != "" {
		return strings.HasPrefix(x, "NN") || strings.HasPrefix(x, "JJ")
	}
	w := r.di.doc.Tokens[k].Text
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && !r.di.is(r.lx, cueDeterminer, k)
}

// titledCoupleBefore returns, for a plural pronoun m, the person whose
// name a couple's titles open ("Mr and Mrs Paul Greaves", "Dr. and Mrs.
// Hale") when that name is the last person named in m's sentence before
// m: the couple stand in one cluster, the husband's. It returns -1
// otherwise.
func (r *resolver) titledCoupleBefore(m *ment) int {
	if m.kind != hearsay.PronounMention || m.number != 'p' {
		return -1
	}
	last := -1
	for _, o := range r.ms[r.windowStart(m.sent):] {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.sent != m.sent || o.ent < 0 || r.cl[o.ent].typ != hearsay.Person {
			continue
		}
		last = -1
		if o.kind == hearsay.NameMention && r.coupleTitled(o) {
			last = o.ent
		}
	}
	return last
}

// coupleTitled reports whether name mention o opens with two honorifics
// joined by "and" or "&" ("Mr and Mrs Paul Greaves").
func (r *resolver) coupleTitled(o *ment) bool {
	k := o.tok0
	if k+3 >= len(r.di.lower) || k+3 > o.tok1 {
		return false
	}
	h := func(w string) bool {
		return r.lx.honorifics[strings.TrimSuffix(w, ".")] != 0 || r.lx.honorifics[w] != 0
	}
	return h(r.di.lower[k]) && (r.di.lower[k+1] == "and" || r.di.lower[k+1] == "&") && h(r.di.lower[k+2])
}

// emphaticOf returns the person cluster of the name right before an
// emphatic reflexive of the same gender ("Achterberg herself"), or -1.
func (r *resolver) emphaticOf(m *ment) int {
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break // r.ms is in order of tok0
		}
		if o.tok1 == m.tok0 && o.kind == hearsay.NameMention && o.ent >= 0 && r.cl[o.ent].typ == hearsay.Person && !o.poss {
			if g := r.cl[o.ent].genderOf(); g == m.gender || g == 'u' {
				return o.ent
			}
		}
	}
	return -1
}

// quotedBySpeaker returns the tokens [start, end) of the quotation that
// closes right before pronoun m when m speaks it (`"...," she wrote`), or
// an empty range.
func (r *resolver) quotedBySpeaker(m *ment) (int, int) {
	toks := r.di.doc.Tokens
	e := m.tok0 - 1
	if e < 1 || !isQuote(toks[e].Text) || !r.di.quoted[e-1] || m.tok1 >= len(toks) || !r.di.is(r.lx, cueSpeechVerb, m.tok1) {
		return 0, 0
	}
	s := e - 1
	for s > 0 && r.di.quoted[s-1] {
		s--
	}
	return s, e
}

// mostSalient picks the candidate of the latest sentence; in it, one that
// stands as a subject over one after a preposition or a verb ("After
// meeting Quill, Whitlock left. She ..." is Whitlock), then the first.
func mostSalient(cs []candidate) int {
	best := cs[0]
	for _, c := range cs[1:] {
		if c.sent > best.sent || c.sent == best.sent && (c.subj && !best.subj || c.subj == best.subj && c.first < best.first) {
			best = c
		}
	}
	return best.c
}

// sameSentence reports whether a candidate is mentioned in sentence sent.
func sameSentence(cs []candidate, sent int) bool {
	for _, c := range cs {
		if c.sent == sent {
			return true
		}
	}
	return false
}

// speakerContinued returns the speaker a subject pronoun opening its
// sentence before a verb of cue class speech-verb continues ("He said"):
// the person of known (those whose gender agrees) who is the subject of a
// speech verb in the sentence right before, in the same paragraph ("the
// defendant said he had driven to Mr Ashcroft's house"), past the others
// named in what that speaker said; -1 otherwise.
func (r *resolver) speakerContinued(m *ment, known []candidate) int {
	toks := r.di.doc.Tokens
	if m.sent == 0 || m.tok0 != r.di.doc.Sentences[m.sent].FirstToken || m.tok1 >= len(toks) || !r.di.is(r.lx, cueSpeechVerb, m.tok1) ||
		!r.di.pronounIn(r.lx, m.tok0).nom || r.paragraphBreak(m.tok0) {
		return -1
	}
	for _, o := range r.ms {
		if o.sent > m.sent-1 {
			break
		}
		if o.sent != m.sent-1 || o.ent < 0 || o.tok1 >= len(toks) || !r.di.is(r.lx, cueSpeechVerb, o.tok1) {
			continue
		}
		if candidateOf(known, o.ent) < 0 {
			return -1
		}
		return o.ent
	}
	return -1
}

// clientContinued returns the person a lawyer's "her client" or "his
// client" stood for earlier in the sentence of possessive pronoun m, of
// m's gender, when a kinship noun follows m ("Defending, Ms Khan said her
// client was ashamed and that her daughter, Kayla, was in care": the
// client's daughter, not the lawyer's); -1 otherwise. What a lawyer says
// of the family after naming the client is the client's.
func (r *resolver) clientContinued(m *ment) int {
	if !m.poss && !r.possessiveHer(m) || m.tok1 >= len(r.di.lower) {
		return -1
	}
	if info, ok := r.di.nounWords(r.lx, m.tok1, m.tok1+1); !ok || !info.isKin {
		return -1
	}
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.sent == m.sent && o.rule == "nominal-client" && o.ent >= 0 && r.cl[o.ent].genderOf() == m.gender {
			return o.ent
		}
	}
	return -1
}

// reportedSubject returns the subject of the reported clause a pronoun
// stands in ("Rick Dunn said the 41-year-old is focused on his children":
// the 41-year-old): the nearest person before it in its sentence, of its
// gender, right after a speech verb or "that" and right before a verb,
// with no other person between; -1 otherwise.
func (r *resolver) reportedSubject(m *ment) int {
	if !r.di.hasPOS {
		return -1
	}
	toks := r.di.doc.Tokens
	var near *ment
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.sent == m.sent && o.ent >= 0 && r.cl[o.ent].typ == hearsay.Person && o.kind != hearsay.GroupMention && o.tok1 <= m.tok0 {
			near = o
		}
	}
	if near == nil || near.tok0 == 0 || near.tok1 >= len(toks) || r.cl[near.ent].genderOf() != m.gender {
		return -1
	}
	if before := r.di.lower[near.tok0-1]; before != "that" && !r.lx.is(cueSpeechVerb, before) {
		return -1
	}
	if u := toks[near.tok1].UPOS; u != "VERB" && u != "AUX" {
		return -1
	}
	for i := near.tok1; i < m.tok0; i++ {
		if isClauseEnd(toks[i].Text) || isQuote(toks[i].Text) {
			return -1
		}
	}
	return near.ent
}

// clauseOwner returns the person a possessive pronoun belongs to in its
// own clause when the person's gender is unknown: the nearest person
// mentioned before it in its sentence, standing as a subject, with no
// other person and no clause break (";", ":", a dash) between ("Kerys
// Vane and her ex-husband", "Kerys Vane split from her boyfriend"); -1
// otherwise. A subject pronoun belongs to that person when a speech verb
// stands between ("Ruairi Dolan said in a statement that he wished the
// band well").
func (r *resolver) clauseOwner(m *ment) int {
	if !r.di.hasPOS {
		return -1
	}
	poss := m.poss || r.possessiveHer(m)
	var near *ment
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.sent == m.sent && o.ent >= 0 && r.cl[o.ent].typ == hearsay.Person && o.kind != hearsay.GroupMention && o.tok1 <= m.tok0 {
			near = o
		}
	}
	if near == nil || near.kind != hearsay.NameMention || !r.subjectLike(near) {
		return -1
	}
	if cl := r.cl[near.ent]; cl.genderOf() != 'u' || cl.unnamed != "" {
		return -1
	}
	said := false
	for i := near.tok1; i < m.tok0; i++ {
		switch r.di.doc.Tokens[i].Text {
		case ";", ":", "–", "—", "\"", "“", "”":
			return -1
		}
		said = said || r.di.is(r.lx, cueSpeechVerb, i)
	}
	if !poss && (!said || !r.di.pronounIn(r.lx, m.tok0).nom) {
		return -1 // "Farrell said he was thrilled for him": "him" is someone else
	}
	return near.ent
}

// possessiveHer reports whether m is a "her" that determines a noun
// ("her boyfriend", "her new film") rather than an object ("met her").
func (r *resolver) possessiveHer(m *ment) bool {
	toks := r.di.doc.Tokens
	if r.di.lower[m.tok0] != "her" || m.tok1 >= len(toks) || toks[m.tok1].Sentence != m.sent {
		return false
	}
	x := toks[m.tok1].XPOS
	return strings.HasPrefix(x, "NN") && x != "NNP" && x != "NNPS" || strings.HasPrefix(x, "JJ") || x == "VBG"
}

// ambiguousSubject is ambiguous, except that a candidate that opens its
// sentence as its subject is not matched by one the sentence names inside
// a phrase after a preposition ("The singer, who grew up in Tulsa, is the
// only child of retired nurse Greta Holm and Hans Holm. Her father ...":
// the singer) or as a relative after a kinship noun ("Ravenel and Holloway
// share two children: son Milo and daughter Wren. ... her wedding ring").
func (r *resolver) ambiguousSubject(cs []candidate, sent int) bool {
	if !ambiguous(cs, sent) {
		return false
	}
	best := mostSalient(cs)
	for _, c := range cs {
		if c.c == best {
			if !c.subj || !r.opensSentence(c.first) {
				return true
			}
		}
	}
	b := cs[candidateOf(cs, best)]
	for _, c := range cs {
		if c.c != b.c && c.sent == b.sent && c.subj == b.subj && !r.afterPreposition(c.first) && !r.kinListedAt(c.first) {
			return true
		}
	}
	return false
}

// kinListedAt reports whether the name starting at token k is listed
// after a kinship noun ("share two children: son Milo, 8, and daughter
// Wren, 5"): a relative named in passing, not the sentence's subject.
func (r *resolver) kinListedAt(k int) bool {
	for _, m := range r.ms {
		if m.tok0 > k {
			break
		}
		if m.tok0 == k && m.kind == hearsay.NameMention {
			return r.afterKinList(m) || k > 0 && r.kinPlural(r.di.lower[k-1]) || k > 0 && r.kinNoun(r.di.lower[k-1])
		}
	}
	return false
}

// kinNoun reports whether w is a kinship noun of people ("daughter", "son").
func (r *resolver) kinNoun(w string) bool {
	info, ok := r.lx.noun(w)
	return ok && info.isKin && info.class != "other" && info.class != "person"
}

// opensSentence reports whether token k is its sentence's first word, or
// follows only a determiner there ("The singer").
func (r *resolver) opensSentence(k int) bool {
	toks := r.di.doc.Tokens
	first := k
	for first > 0 && toks[first-1].Sentence == toks[k].Sentence {
		first--
	}
	return k == first || k == first+1 && toks[first].UPOS == "DET"
}

// afterPreposition reports whether the noun phrase holding token k follows
// a preposition: going back from k over nouns, names, adjectives,
// numbers, determiners and "and", a preposition comes first.
func (r *resolver) afterPreposition(k int) bool {
	toks := r.di.doc.Tokens
	for j := k - 1; j >= 0 && toks[j].Sentence == toks[k].Sentence; j-- {
		switch toks[j].UPOS {
		case "ADP":
			return true
		case "NOUN", "PROPN", "ADJ", "NUM", "DET", "CCONJ":
			continue
		}
		return false
	}
	return false
}

// ambiguous reports whether the most salient candidate, from a sentence
// before the pronoun's (sentence sent), has an equal in its sentence:
// another one standing as it stands, both subjects ("Holt and Carr
// arrived. He ...") or neither ("Stone met Holt and Carr. He ..."). Then
// no link beats a wrong one. In the pronoun's own sentence its clause
// decides ("Holt told Carr that he ...").
func ambiguous(cs []candidate, sent int) bool {
	best := mostSalient(cs)
	var b candidate
	for _, c := range cs {
		if c.c == best {
			b = c
		}
	}
	for _, c := range cs {
		if c.c != b.c && c.sent == b.sent && b.sent < sent && c.subj == b.subj {
			return true
		}
	}
	return false
}

// subjectLike reports whether a mention stands where a subject stands: not
// possessive, not right after a preposition or a verb, and followed by a
// verb (or a comma opening an apposition). Without part-of-speech tags
// every mention is taken as a subject, so that order alone decides.
func (r *resolver) subjectLike(o *ment) bool {
	if !r.di.hasPOS {
		return true
	}
	toks := r.di.doc.Tokens
	if o.poss {
		return false
	}
	if p := o.tok0 - 1; p >= 0 && toks[p].Sentence == o.sent {
		switch toks[p].UPOS {
		case "ADP", "VERB", "AUX":
			return false
		}
	}
	e := o.tok1
	if e >= len(toks) || toks[e].Sentence != o.sent {
		return false
	}
	switch toks[e].UPOS {
	case "VERB", "AUX", "ADV":
		return true
	}
	return toks[e].Text == "," || toks[e].Text == "and" || r.headingName(o)
}

// headingName reports whether name mention o is a line of its own that
// heads the paragraph after it, with at most a short parenthesis after the
// name ("Lucjan Nowak (goalkeeper)" over "The Polish-born keeper went
// back to Gdansk"): the person the paragraph is about, as a subject is.
func (r *resolver) headingName(o *ment) bool {
	toks := r.di.doc.Tokens
	if o.kind != hearsay.NameMention || o.tok0 > 0 && toks[o.tok0-1].Sentence == o.sent || o.tok1 >= len(toks) || toks[o.tok1].Text != "(" {
		return false
	}
	for k := o.tok1 + 1; k < len(toks) && k <= o.tok1+6 && toks[k].Sentence == o.sent; k++ {
		if toks[k].Text == ")" {
			end := k + 1
			return (end >= len(toks) || toks[end].Sentence != o.sent) && r.lineEndsAt(toks[k].End)
		}
	}
	return false
}

// lineEndsAt reports whether the text has a line break after offset off,
// with only spaces between.
func (r *resolver) lineEndsAt(off int) bool {
	text := r.di.doc.Text
	for i := off; i < len(text); i++ {
		switch text[i] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

// windowStart returns the index in r.ms (in order of tok0) of the first
// mention that may lie in sentence first or later: those before it start
// ahead of that sentence's first token but one (a name may take in the word
// before its sentence, as "name-nickname" does) and so lie in an earlier
// sentence.
func (r *resolver) windowStart(first int) int {
	sents := r.di.doc.Sentences
	if first <= 0 || first >= len(sents) {
		return 0
	}
	tok := sents[first].FirstToken - 1
	i, _ := slices.BinarySearchFunc(r.ms, tok, func(a *ment, t int) int { return a.tok0 - t })
	return i
}

// groupFor finds the people a plural pronoun or a group phrase stands for:
// the latest coordination of people ("Portman and Millepied") or the latest
// group already resolved. window < 0 searches the whole text before m.
func (r *resolver) groupFor(m *ment, window int) []int {
	toks := r.di.doc.Tokens
	if c := r.titledCoupleBefore(m); c >= 0 {
		return []int{c} // "Mr and Mrs Paul Greaves announce the birth of their daughter": the couple their title names
	}
	couple := m.kind == hearsay.GroupMention && r.di.is(r.lx, cueCoupleHead, m.tok1-1)
	if m.kind == hearsay.GroupMention && m.groupSize == 2 && !couple {
		if pair := r.twoNamedBefore(m); pair != nil {
			return pair // "X was spotted with Y, sparking speculation that the two were more than friends"
		}
	}
	listed := false // a list of people named together was passed over: only a known couple will do
	var best []int
	bestEnd := -1
	scratch := r.groupScratch // members of the coordination at hand, copied when it is the best
	var bestCopy []int        // the last copy made, written over by the next (best no longer holds it then)
	from := r.windowStart(m.sent - window)
	if window < 0 {
		from = 0
	}
	for i := from; i < len(r.ms); i++ {
		a := r.ms[i]
		if a.tok0 >= m.tok0 {
			break // r.ms is in order of tok0: no later mention ends before m
		}
		if a.tok1 > m.tok0 || window >= 0 && a.sent < m.sent-window {
			continue
		}
		if len(a.members) > 0 && a.tok0 > bestEnd && (m.groupSize == 0 || len(a.members) == m.groupSize) {
			best, bestEnd = a.members, a.tok0
		}
		if !opensCoordGap(toks, a.tok1) || a.ent < 0 || r.cl[a.ent].typ != hearsay.Person {
			continue // no coordination starts at a: every gap after it begins with toks[a.tok1]
		}
		// a and ... and b: collect a coordination starting at a.
		members := append(scratch[:0], a.ent)
		last := a
		for _, b := range r.ms[i+1:] {
			if b.tok0 < last.tok1 {
				continue
			}
			if b.tok1 > m.tok0 || b.sent != a.sent {
				break
			}
			if b.kind == hearsay.NameMention && (b.ent < 0 || r.cl[b.ent].typ != hearsay.Person) && isAcronym(b.words) {
				continue // "and former NFL linebacker Derek Sloane"
			}
			gap := toks[last.tok1:b.tok0]
			if !isCoordGap(gap) {
				break
			}
			if b.ent >= 0 && r.cl[b.ent].typ == hearsay.Person && !containsInt(members, b.ent) {
				members = append(members, b.ent)
				last = b
			} else {
				break
			}
		}
		if len(members) >= 2 && couple && r.listed(a) {
			listed = true
			continue
		}
		if len(members) >= 2 && last.tok0 > bestEnd && (m.groupSize == 0 || len(members) == m.groupSize) {
			bestCopy = append(bestCopy[:0], members...)
			best, bestEnd = bestCopy, last.tok0
		}
		scratch = members
		r.groupScratch = members
	}
	if (m.kind == hearsay.GroupMention && m.groupSize == 2 || m.kind == hearsay.PronounMention) && (bestEnd < 0 || r.di.doc.Tokens[bestEnd].Sentence < m.sent) {
		if pair := r.couplingBefore(m); pair != nil {
			// "Lang and Quinlan ... Quinlan has been in a relationship with Noemi
			// Park since 2021, and the couple got engaged": Quinlan and Park
			return pair
		}
	}
	seen := false // best is two people seen together after the last group (seenPair)
	if m.kind == hearsay.GroupMention && m.groupSize == 2 && bestEnd >= 0 {
		if pair := r.coupledPairAfter(m, r.di.doc.Tokens[bestEnd].Sentence); pair != nil && (!r.spouses(best, m.tok0) || r.formerGroup(m) || r.newCoupleBefore(pair, best, m) || r.pastCoupleEnded(pair, m)) {
			// a pair a word of coupling joins after the last coordination:
			// "the only child of A and B. C was engaged to D. The couple ..."
			// is C and D
			best = pair
		} else if a, b, ok := r.seenPair(m, bestEnd); ok && couple && !containsInt(best, a) && !containsInt(best, b) {
			// two others seen together after the last group: "the couple
			// married in 1994 ... he was photographed with the designer X.
			// A friend of the couple said ..." is he and X
			best, seen = []int{a, b}, true
		} else if pair := r.laterPair(m, r.di.doc.Tokens[bestEnd].Sentence); pair != nil && containsInt(best, pair[0]) != containsInt(best, pair[1]) {
			// one of the pair with someone new: "Lane and Reed attended. Lane
			// was engaged to Max Wild. The two ..." is Lane and Wild
			best = pair
		}
	}
	if best == nil && listed {
		return r.latestSpouses(m) // "guests included A and B. The couple ...": the bride and groom
	}
	if best == nil && m.kind == hearsay.GroupMention && m.groupSize == 2 {
		// "Anna Berg met Tom Holt. The couple ...": the two people in reach,
		// those of m's own sentence first ("Mendes's girlfriend, Luana
		// Prado, posted a photo of the couple").
		cs := r.candidates(m, 0)
		if len(cs) != 2 {
			cs = r.candidates(m, 1)
		}
		if len(cs) == 0 {
			cs = r.candidates(m, 2) // "... the actress and the British actor were spotted. "..." the onlooker said. An insider said the two ..."
		}
		if len(cs) > 2 {
			cs = r.notAfterPreposition(cs) // "Rupert, heir to Charles, married Talia. The couple ..."
		}
		if len(cs) == 2 && couple && r.listedAfter(cs[0]) && r.listedAfter(cs[1]) {
			return r.latestSpouses(m) // "guests attended, including A and B. The couple ...": the bride and groom
		}
		if len(cs) == 2 {
			best = r.coupleOverBystander([]int{cs[0].c, cs[1].c}, m)
		}
	}
	if best == nil && m.kind == hearsay.GroupMention && m.groupSize == 2 && !r.personNamedBefore(m) {
		best = r.pairAhead(m)
	}
	if best == nil && m.kind == hearsay.GroupMention && m.groupSize == 2 {
		best = r.latestSpouses(m)
	}
	if best == nil && m.kind == hearsay.GroupMention && m.groupSize == 2 {
		// no pair in reach: "Lorne is dating Tate. ... Lorne was previously
		// married to Moss. They share a daughter, Ivy.\n\nThe couple ...":
		// the couple the article opens with
		best = r.openingCouple(m)
	}
	if best == nil && m.kind == hearsay.PronounMention && window >= 0 {
		best = r.nearSpouses(m, window)
	}
	if m.kind == hearsay.GroupMention && m.groupSize == 2 && bestEnd >= 0 && r.di.doc.Tokens[bestEnd].Sentence < m.sent && !seen && !r.isCouple(best, m) && !r.formerGroup(m) {
		if est := r.establishedCouple(m); est != nil && !r.namedOutsideCouple(m, best, est) {
			// "A and her husband B have split ... the actors C and D hosted a
			// dinner ... The couple married in 2018": A and B
			best = est
		}
	}
	if alive := r.livingCouple(best, m); alive != nil {
		best = alive
	}
	if story := r.storyCouple(best, m); story != nil {
		best = story
	}
	if story := r.coupleOverParents(best, m); story != nil {
		best = story
	}
	if subj := r.subjectOverKinList(m, best, bestEnd); subj != nil {
		best = subj
	}
	return best
}

// subjectOverKinList returns, for a plural pronoun m that opens its clause
// as a subject, the group that was the subject of the sentence before, in
// place of best when best is a list of relatives that sentence named after
// a kinship noun (ending at token bestEnd): "The couple, who wed in 2002,
// share three children: Al, and twins Bo and Cy. They live in Bath" is the
// couple, not the twins. It returns nil otherwise.
func (r *resolver) subjectOverKinList(m *ment, best []int, bestEnd int) []int {
	if m.kind != hearsay.PronounMention || m.number != 'p' || m.poss || bestEnd < 0 || m.sent < 1 || len(best) < 2 {
		return nil
	}
	toks := r.di.doc.Tokens
	if toks[bestEnd].Sentence != m.sent-1 || !r.subjectLike(m) {
		return nil
	}
	var subj, last *ment
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.sent == m.sent {
			return nil // m is not the first mention of its sentence
		}
		if o.sent != m.sent-1 {
			continue
		}
		if subj == nil {
			subj = o
		}
		if o.tok0 == bestEnd {
			last = o
		}
	}
	if subj == nil || last == nil || len(subj.members) < 2 || subj.tok0 >= last.tok0 || !r.subjectLike(subj) || !r.afterKinList(last) {
		return nil
	}
	for _, c := range best {
		if containsInt(subj.members, c) {
			return nil
		}
	}
	return subj.members
}

// formerGroup reports whether group m has a modifier of cue class
// former-mod ("the former couple"): a couple of the past, not the
// article's current one.
func (r *resolver) formerGroup(m *ment) bool {
	for i := m.tok0; i < m.tok1; i++ {
		if r.di.is(r.lx, cueFormerMod, i) {
			return true
		}
	}
	return false
}

// coupleOverBystander returns, in place of the two people in reach of
// group m, the couple the text has made of one of them and someone else,
// when the two are no couple themselves: "Ada Lowe has filed for divorce
// from her husband, Rob Lowe. His attorney, Sam Park, declined to comment.
// The pair married in 2016" is Ada and Rob Lowe, not Rob Lowe and his
// attorney. It returns pair otherwise.
func (r *resolver) coupleOverBystander(pair []int, m *ment) []int {
	if r.isCouple(pair, m) {
		return pair
	}
	est := r.establishedCouple(m)
	if len(est) != 2 || containsInt(est, pair[0]) == containsInt(est, pair[1]) {
		return pair
	}
	if r.pastCouple(est, m) && r.seenTogether(pair, m) {
		return pair // "He split from his wife Mia in May. He was photographed with Zoe Carr. A friend of the couple ...": the new pair
	}
	return est
}

// seenTogether reports whether pair are the two seenPair finds before
// group m.
func (r *resolver) seenTogether(pair []int, m *ment) bool {
	a, b, ok := r.seenPair(m, -1)
	return ok && (a == pair[0] && b == pair[1] || a == pair[1] && b == pair[0])
}

// seenPair returns the two people the sentence before group m, or m's own
// before m, says were seen in each other's company, when that sentence
// comes after token after: a word of cue class seen-with and then "with"
// stand between the first person mentioned there (a name, or a pronoun
// that opens the sentence's people) and a later name of someone else ("On
// Friday he was photographed with model Zoe Carr", "Vane was spotted
// dining with Brannock").
func (r *resolver) seenPair(m *ment, after int) (int, int, bool) {
	var first *ment
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.sent < m.sent-1 || o.tok0 <= after || o.ent < 0 || r.cl[o.ent].typ != hearsay.Person || o.poss {
			continue
		}
		if o.kind != hearsay.NameMention && (o.kind != hearsay.PronounMention || o.number == 'p') {
			continue
		}
		if first == nil || first.sent != o.sent {
			first = o
			continue
		}
		if first.ent != o.ent && o.kind == hearsay.NameMention && r.seenWithBetween(first.tok1, o.tok0) {
			return first.ent, o.ent, true
		}
	}
	return 0, 0, false
}

// seenWithBetween reports whether tokens [a, b) hold a word of cue class
// seen-with followed, at most three words later, by "with".
func (r *resolver) seenWithBetween(a, b int) bool {
	for i := a; i < b; i++ {
		if !r.di.is(r.lx, cueSeenWith, i) {
			continue
		}
		for j := i + 1; j < b && j <= i+3; j++ {
			if r.di.lower[j] == "with" {
				return true
			}
		}
	}
	return false
}

// storyCouple returns the couple the article opens with in place of pair
// when pair is a couple of the past and group m stands in a later
// paragraph than the last mention of the one member the two couples do
// not share ("Lorne has been dating Tate ... Lorne was previously married
// to Moss. They share a daughter.\n\nThe couple were spotted in Paris":
// Lorne and Tate). The couple of the past is one a word of cue class
// couple-past ("previously", "ex", "divorced") marks in a sentence that
// names both; the article's couple is the pair a word of cue class
// partner-link joins in its first sentence that names people, with no such
// word. It returns nil otherwise.
func (r *resolver) storyCouple(pair []int, m *ment) []int {
	if len(pair) != 2 || m.kind == hearsay.GroupMention && m.groupSize != 2 || m.kind == hearsay.PronounMention && m.number != 'p' {
		return nil
	}
	story, ok := r.openingPair(m)
	if !ok {
		return nil
	}
	in := func(c int) bool { return story[0] == c || story[1] == c }
	ex := -1
	switch {
	case in(pair[0]) && !in(pair[1]):
		ex = pair[1]
	case in(pair[1]) && !in(pair[0]):
		ex = pair[0]
	default:
		return nil
	}
	if !r.pastCouple(pair, m) {
		return nil
	}
	if r.formerGroup(m) {
		return nil // "The former couple called off their engagement": the couple of the past
	}
	last := -1
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.ent == ex || containsInt(o.members, ex) {
			last = o.tok0
		}
	}
	for i := last + 1; last >= 0 && i <= m.tok0; i++ {
		if r.paragraphBreak(i) {
			return []int{story[0], story[1]}
		}
	}
	return nil
}

// coupleOverParents returns, for a group m headed by a word of cue class
// couple-head, the couple the article opens with (openingPair) in place of
// pair when pair shares no one with it and was named as someone's parents
// ("the daughter of A and B"): "C and D were married on Saturday. She is
// the daughter of A and B. The couple met in 2019" is C and D. It returns
// nil otherwise.
func (r *resolver) coupleOverParents(pair []int, m *ment) []int {
	if len(pair) != 2 || m.kind != hearsay.GroupMention || m.groupSize != 2 || !r.di.is(r.lx, cueCoupleHead, m.tok1-1) {
		return nil
	}
	story, ok := r.openingPair(m)
	if !ok {
		est := r.establishedCouple(m) // an obituary opens with no couple: the spouses named last
		if len(est) != 2 {
			est = r.latestSpouses(m)
		}
		if len(est) != 2 {
			est = r.marriedBefore(m)
		}
		if len(est) != 2 {
			return nil
		}
		story = [2]int{est[0], est[1]}
	}
	if containsInt(pair, story[0]) || containsInt(pair, story[1]) {
		return nil
	}
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.ent == pair[0] && o.kind == hearsay.NameMention && o.tok0 >= 2 && r.di.lower[o.tok0-1] == "of" && (r.kinNoun(r.di.lower[o.tok0-2]) || r.kinNoun(singular(r.di.lower[o.tok0-2]))) {
			return []int{story[0], story[1]}
		}
		if containsInt(pair, o.ent) && o.kind == hearsay.NameMention && r.bornTo(o) {
			return []int{story[0], story[1]}
		}
	}
	return nil
}

// coupleFixes corrects the pair groupFor found for "the couple" (a group m
// of two headed by a word of cue class couple-head): the pair coordinated
// in the first sentence of m's paragraph (paragraphLeadPair) comes first;
// two people named as someone's children or parents give way to the couple
// the text established, and so do a parent and child or two siblings
// (kinPair): to the spouses named last, else to none.
func (r *resolver) coupleFixes(m *ment, best []int) []int {
	if m.groupSize != 2 || !r.di.is(r.lx, cueCoupleHead, m.tok1-1) {
		return best
	}
	if lead := r.paragraphLeadPair(m); lead != nil {
		if couple := r.coupleOverPossessiveParents(lead, m); couple != nil {
			return couple
		}
		return lead
	}
	if parents := r.coupleOverChildren(best, m); parents != nil {
		return parents
	}
	if couple := r.coupleOverParents(best, m); couple != nil {
		return couple
	}
	if couple := r.coupleOverPossessiveParents(best, m); couple != nil {
		return couple
	}
	if r.kinPair(best, m.tok0) {
		if spouses := r.latestSpouses(m); len(spouses) == 2 && spouses[0] != spouses[1] {
			return spouses
		}
		return nil // no couple: the fact stage reads the pair of the last relationship it read
	}
	return best
}

// kinPair reports whether the text has stated, before token end, that one
// of the two people of pair is the other's parent, child or sibling ("Ann
// Lee's son Tom Lee has split from Kate Moss. The couple married in 2012":
// not Tom and his mother).
func (r *resolver) kinPair(pair []int, end int) bool {
	if len(pair) != 2 || pair[0] == pair[1] {
		return false
	}
	for _, k := range r.kinLinks(end) {
		if (k.class == "child" || k.class == "parent" || k.class == "sibling") && (k.a == pair[0] && k.b == pair[1] || k.a == pair[1] && k.b == pair[0]) {
			return true
		}
	}
	return false
}

// coupleOverPossessiveParents returns, for a group m headed by a word of cue
// class couple-head, the spouses the text named last (latestSpouses) in place
// of pair when pair was coordinated before a possessive kin noun, which makes
// them someone's relatives told in passing ("The new owners are A and B's son,
// C, and his wife, D. The couple met in 2016" is C and D). It returns nil
// otherwise.
func (r *resolver) coupleOverPossessiveParents(pair []int, m *ment) []int {
	if len(pair) != 2 || m.kind != hearsay.GroupMention || m.groupSize != 2 {
		return nil
	}
	spouses := r.latestSpouses(m)
	if len(spouses) != 2 || spouses[0] == spouses[1] || containsInt(pair, spouses[0]) || containsInt(pair, spouses[1]) {
		return nil
	}
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if r.possessiveParentsOf(o, pair) {
			return spouses
		}
	}
	return nil
}

// possessiveParentsOf reports whether mention o is the second of pair
// coordinated with "and" and followed by a possessive and a kin noun ("A and
// B's son").
func (r *resolver) possessiveParentsOf(o *ment, pair []int) bool {
	if o.kind != hearsay.NameMention || !containsInt(pair, o.ent) || o.tok0 < 1 || o.tok1+1 >= len(r.di.lower) {
		return false
	}
	if r.di.lower[o.tok0-1] != "and" || r.di.lower[o.tok1] != "'s" && r.di.lower[o.tok1] != "’s" {
		return false
	}
	return r.kinNoun(r.di.lower[o.tok1+1])
}

// paragraphLeadPair returns the two people coordinated in the first
// sentence of group m's paragraph, before m's sentence ("A '03 and B were
// married Oct. 11 ... The couple live in Lebanon"), when that paragraph is
// not the article's first and neither is named as someone's parent ("born
// to A and B", "the son of A and B"); nil otherwise.
func (r *resolver) paragraphLeadPair(m *ment) []int {
	toks := r.di.doc.Tokens
	start := m.tok0
	for start > 0 && (toks[start-1].Sentence == toks[start].Sentence || !r.paragraphBreak(start)) {
		start-- // paragraphBreak is false within a sentence: not called there
	}
	if start == 0 {
		return nil // the article's first paragraph: the opening couple's rules hold
	}
	first := r.di.doc.Tokens[start].Sentence
	if first >= m.sent {
		return nil
	}
	var a *ment // the last person named in the sentence
	for _, o := range r.ms {
		if o.tok0 < start || o.kind != hearsay.NameMention || o.ent < 0 || r.cl[o.ent].typ != hearsay.Person {
			continue
		}
		if o.sent != first {
			break
		}
		if a != nil && a.ent != o.ent && o.tok0-a.tok1 <= 4 && slices.Contains(r.di.lower[a.tok1:o.tok0], "and") {
			if r.bornTo(a) || r.childOf(a) {
				return nil
			}
			return []int{a.ent, o.ent}
		}
		a = o
	}
	return nil
}

// marriedBefore returns the two people of the last sentence, in the two
// before group m's, where a person named or referred to before "married"
// marries a person named after it ("In 1960 he married Marlene Tweet. The
// couple made their home in Red Wing"); nil when there is none.
func (r *resolver) marriedBefore(m *ment) []int {
	toks := r.di.doc.Tokens
	for s := m.sent; s >= 0 && s >= m.sent-2; s-- {
		sent := r.di.doc.Sentences[s]
		for k := max(sent.FirstToken, 0); k < sent.EndToken && k < m.tok0; k++ {
			if r.di.lower[k] != "married" && r.di.lower[k] != "wed" {
				continue
			}
			a, b := -1, -1
			for _, o := range r.ms {
				if o.sent != s || o.ent < 0 || r.cl[o.ent].typ != hearsay.Person || o.kind == hearsay.GroupMention {
					continue
				}
				if o.tok1 <= k && o.sent == toks[k].Sentence {
					a = o.ent
				} else if o.tok0 > k && b < 0 && o.kind == hearsay.NameMention {
					b = o.ent
				}
			}
			if a >= 0 && b >= 0 && a != b {
				return []int{a, b}
			}
		}
	}
	return nil
}

// childOf reports whether name o follows "of" after a kinship noun ("the
// son of A and B"): a parent.
func (r *resolver) childOf(o *ment) bool {
	return o.tok0 >= 2 && r.di.lower[o.tok0-1] == "of" && (r.kinNoun(r.di.lower[o.tok0-2]) || r.kinNoun(singular(r.di.lower[o.tok0-2])))
}

// bornTo reports whether name o follows "to" after "born" in its clause
// ("he was born on July 9, 1937, in Lake City, to Arvid and Ruth"): the
// parents of the one born.
func (r *resolver) bornTo(o *ment) bool {
	toks := r.di.doc.Tokens
	if o.tok0 < 2 || r.di.lower[o.tok0-1] != "to" {
		return false
	}
	for k := o.tok0 - 2; k >= 0 && toks[k].Sentence == o.sent && k >= o.tok0-16; k-- {
		if r.di.lower[k] == "born" {
			return true
		}
		if r.di.lower[k] == ";" {
			return false
		}
	}
	return false
}

// coupleOverChildren returns, for a group m headed by a word of cue class
// couple-head, the couple the text has established (establishedCouple),
// else the one the article opens with, in place of pair when both of pair
// were named in a list of someone's children ("A and her husband B have
// three children, Ivy, Finn and Oskar. ... The couple live in Leeds": A
// and B, not Finn and Oskar). It returns nil otherwise.
func (r *resolver) coupleOverChildren(pair []int, m *ment) []int {
	if len(pair) != 2 || m.kind != hearsay.GroupMention || m.groupSize != 2 || !r.di.is(r.lx, cueCoupleHead, m.tok1-1) {
		return nil
	}
	var kid [2]bool
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 || kid[0] && kid[1] {
			break
		}
		for i, c := range pair {
			if o.ent == c && o.kind == hearsay.NameMention && !kid[i] && r.afterKinList(o) {
				kid[i] = true
			}
		}
	}
	if !kid[0] || !kid[1] {
		return nil
	}
	parents := r.establishedCouple(m)
	if len(parents) != 2 {
		parents = r.openingCouple(m)
	}
	if len(parents) != 2 || containsInt(pair, parents[0]) || containsInt(pair, parents[1]) {
		return nil
	}
	return parents
}

// openingCouple returns the couple the article opens with, before group
// m's sentence: the first two people the first sentence that names people
// names, when a word of cue class partner-link stands between them ("Ava
// Lorne is dating Ben Tate") or they are coordinated in a sentence with a
// word of cue class couple-news ("Ben Tate and model Jade Ross have called
// off their engagement"), and no word of cue class couple-past makes them
// a couple of the past; nil otherwise.
func (r *resolver) openingCouple(m *ment) []int {
	p, ok := r.openingPair(m)
	if !ok {
		return nil
	}
	return []int{p[0], p[1]}
}

// openingPair is openingCouple without making a slice: the couple's
// clusters and whether there is one.
func (r *resolver) openingPair(m *ment) ([2]int, bool) {
	if !r.openingRead {
		r.opening, r.openingSent = r.openingNames()
		r.openingRead = true
	}
	a, b := r.opening[0], r.opening[1]
	if a == nil || r.openingSent >= m.sent || a.ent < 0 || b.ent < 0 || a.ent == b.ent {
		return [2]int{}, false
	}
	return [2]int{a.ent, b.ent}, true
}

// openingNames returns the names of the couple openingCouple describes and
// their sentence; nil names when there is none.
func (r *resolver) openingNames() ([2]*ment, int) {
	first := -1
	for _, o := range r.ms {
		if o.ent >= 0 && o.kind == hearsay.NameMention && r.cl[o.ent].typ == hearsay.Person {
			first = o.sent
			break
		}
	}
	if first < 0 {
		return [2]*ment{}, -1
	}
	names := r.personNamesBefore(len(r.di.doc.Tokens), first+1)[first]
	if len(names) < 2 || names[0].ent == names[1].ent {
		return [2]*ment{}, -1
	}
	a, b := names[0], names[1]
	if b.tok0 < a.tok1 {
		return [2]*ment{}, -1 // one name inside the other
	}
	linked := false
	for i := a.tok1; i < b.tok0; i++ {
		if r.di.is(r.lx, cueCouplePast, i) || r.yearSpan(i) {
			return [2]*ment{}, -1
		}
		linked = linked || r.di.is(r.lx, cuePartnerLink, i)
	}
	if !linked && !(isCoordGap(r.di.doc.Tokens[a.tok1:b.tok0]) && r.sentenceHas(first, cueCoupleNews) && !r.sentenceHas(first, cueCouplePast)) {
		return [2]*ment{}, -1
	}
	return [2]*ment{a, b}, first
}

// sentenceHas reports whether sentence sent holds a word of cue class class.
func (r *resolver) sentenceHas(sent int, class cue) bool {
	if sent < 0 || sent >= len(r.di.doc.Sentences) {
		return false
	}
	st := r.di.doc.Sentences[sent]
	for i := st.FirstToken; i < st.EndToken && i < len(r.di.doc.Tokens); i++ {
		if r.di.is(r.lx, class, i) {
			return true
		}
	}
	return false
}

// yearSpan reports whether token i joins two years as a span that ended
// ("from 2010 to 2016", "2010-2016").
func (r *resolver) yearSpan(i int) bool {
	toks := r.di.doc.Tokens
	if i == 0 || i+1 >= len(toks) {
		return false
	}
	switch r.di.lower[i] {
	case "to", "until", "till", "through", "-", "–":
		return isYear(toks[i-1].Text) && isYear(toks[i+1].Text)
	}
	return false
}

// isYear reports whether a token is a four-digit year.
func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// pastCouple reports whether a sentence before group m that mentions both
// people of a pair holds a word of cue class couple-past or a span of
// years that ended ("Lorne was previously married to Moss", "her
// ex-husband, Moss", "married from 2010 to 2016").
func (r *resolver) pastCouple(pair []int, m *ment) bool {
	return r.someSentenceOfPair(pair, m, func(o *ment) bool { return r.sentenceHasPast(o.tok0, o.sent) })
}

// livingCouple returns, for a group of two m, a living couple in place of
// pair when a sentence before m that names both of pair tells the death of
// one (cue class couple-loss): the last two people a word of partner-link
// joins in a sentence before m (coupling), one of them of pair, whom no
// such sentence parts ("Gordon Pellow has married Brenda Moyle. He lost his
// wife, Janet, to cancer in 2019. The couple met in 2022" is Pellow and
// Moyle). A word of loss in the living pair's own sentence parts them only
// when it tells of neither of them: "Colin Marsh, whose late wife Edna ran
// the post office, has married Joan Tully. The couple met ..." is Marsh and
// Tully (lossOfOther). It returns nil otherwise.
func (r *resolver) livingCouple(pair []int, m *ment) []int {
	if len(pair) != 2 || m.kind != hearsay.GroupMention || m.groupSize != 2 || !r.pairSentenceHas(pair, m, cueCoupleLoss) {
		return nil
	}
	for sent := m.sent - 1; sent >= 0; sent-- {
		c := r.coupling(sent, m.tok0)
		if len(c) != 2 || containsInt(pair, c[0]) == containsInt(pair, c[1]) || r.pastCouple(c, m) {
			continue
		}
		lost := pair[0]
		if containsInt(c, lost) {
			lost = pair[1]
		}
		if !r.someSentenceOfPair(c, m, func(o *ment) bool { return r.lossOfOther(o.sent, lost) }) {
			return c
		}
	}
	return nil
}

// lossOfOther reports whether sentence sent holds a word of cue class
// couple-loss that does not stand right before a mention of person lost
// (within four tokens: "whose late wife Edna", "lost his wife, Janet") or
// right after one ("whose husband Roy died"), so that it may tell the loss
// of someone else.
func (r *resolver) lossOfOther(sent, lost int) bool {
	if sent < 0 || sent >= len(r.di.doc.Sentences) {
		return false
	}
	st := r.di.doc.Sentences[sent]
	for i := st.FirstToken; i < st.EndToken && i < len(r.di.doc.Tokens); i++ {
		if !r.di.is(r.lx, cueCoupleLoss, i) {
			continue
		}
		told := false
		for _, o := range r.ms {
			if o.tok0 > i+4 {
				break
			}
			if o.ent == lost && (o.tok0 > i || o.tok1 <= i && o.tok1+2 >= i) {
				told = true
				break
			}
		}
		if !told {
			return true
		}
	}
	return false
}

// pairSentenceHas reports whether a sentence before group m that mentions
// both people of a pair holds a word of cue class class.
func (r *resolver) pairSentenceHas(pair []int, m *ment, class cue) bool {
	return r.someSentenceOfPair(pair, m, func(o *ment) bool { return r.sentenceHas(o.sent, class) })
}

// someSentenceOfPair reports whether test holds for a sentence before group
// m that mentions both people of a pair; test is given the mention that
// completes the pair in that sentence, once a sentence.
func (r *resolver) someSentenceOfPair(pair []int, m *ment, test func(o *ment) bool) bool {
	var seen [2]int // the last sentence each of the pair was mentioned in, plus one
	checked := -1
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		for k, c := range pair[:2] {
			if o.ent == c {
				seen[k] = o.sent + 1
			}
		}
		if seen[0] == seen[1] && seen[0] == o.sent+1 && checked != o.sent {
			checked = o.sent
			if test(o) {
				return true
			}
		}
	}
	return false
}

// sentenceHasPast reports whether sentence sent, which holds token k,
// has a word of cue class couple-past or a span of years that ended; read
// once per sentence (r.past).
func (r *resolver) sentenceHasPast(k, sent int) bool {
	toks := r.di.doc.Tokens
	if k >= len(toks) || toks[k].Sentence != sent || sent < 0 || sent >= len(r.di.doc.Sentences) {
		return r.scanPast(k, sent)
	}
	if r.past == nil {
		r.past = make([]int8, len(r.di.doc.Sentences))
	}
	if r.past[sent] == 0 {
		r.past[sent] = -1
		if r.scanPast(k, sent) {
			r.past[sent] = 1
		}
	}
	return r.past[sent] > 0
}

// scanPast is sentenceHasPast, reading the tokens of sentence sent around
// token k.
func (r *resolver) scanPast(k, sent int) bool {
	toks := r.di.doc.Tokens
	for k > 0 && toks[k-1].Sentence == sent {
		k--
	}
	for ; k < len(toks) && toks[k].Sentence == sent; k++ {
		if r.di.is(r.lx, cueCouplePast, k) || r.yearSpan(k) {
			return true
		}
	}
	return false
}

// twoNamedBefore returns the two people named in group m's sentence before
// it, when there are exactly two: "the two", "the duo", "both" (no word of
// cue class couple-head) stand for them rather than for the couple of the
// article. It returns nil otherwise.
func (r *resolver) twoNamedBefore(m *ment) []int {
	var pair []int
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.sent != m.sent || o.kind != hearsay.NameMention || o.ent < 0 || r.cl[o.ent].typ != hearsay.Person || containsInt(pair, o.ent) {
			continue
		}
		if pair = append(pair, o.ent); len(pair) > 2 {
			return nil
		}
	}
	if len(pair) == 0 && m.sent > 0 {
		return r.twoInSentence(m.sent - 1)
	}
	if len(pair) != 2 {
		return nil
	}
	return pair
}

// twoInSentence returns the two people sentence sent names, when there are
// exactly two and it refers to no one else: "Malhotra has co-starred with Arjun Mehta.
// The two were rumoured to be dating" is Malhotra and Mehta, whatever
// couple the article is about. It returns nil otherwise.
func (r *resolver) twoInSentence(sent int) []int {
	var pair []int
	for _, o := range r.ms[r.windowStart(sent):] {
		if o.sent > sent {
			break
		}
		if o.sent != sent || o.ent < 0 || r.cl[o.ent].typ != hearsay.Person || o.kind == hearsay.GroupMention {
			continue
		}
		if containsInt(pair, o.ent) {
			continue
		}
		if o.kind != hearsay.NameMention {
			return nil // someone only described or referred to
		}
		if pair = append(pair, o.ent); len(pair) > 2 {
			return nil
		}
	}
	if len(pair) != 2 {
		return nil
	}
	return pair
}

// isCouple reports whether the text made the two people of a pair a couple
// before group m: spouses or partners, joined by a word of cue class
// partner-link in a sentence, or named in a sentence that has such a word
// ("A and B are dating").
func (r *resolver) isCouple(pair []int, m *ment) bool {
	if len(pair) != 2 || r.spouses(pair, m.tok0) {
		return len(pair) == 2
	}
	// A sentence naming just the two with a partner-link word between
	// them (linkedTwo) is one of the sentences read below.
	n := len(r.di.doc.Sentences)
	if cap(r.sentPairs) < n {
		r.sentPairs = make([][2]bool, n)
	}
	both := r.sentPairs[:n]
	clear(both)
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if (o.ent == pair[0] || o.ent == pair[1]) && o.sent >= 0 && o.sent < len(both) {
			both[o.sent][btoi(o.ent == pair[1])] = true
		}
	}
	sents := r.di.doc.Sentences
	for s := range both {
		if !both[s][0] || !both[s][1] {
			continue
		}
		for i := max(sents[s].FirstToken, 0); i < min(sents[s].EndToken, m.tok0); i++ { // the sentence's tokens before m
			if r.di.is(r.lx, cuePartnerLink, i) {
				return true
			}
		}
	}
	return false
}

// personNamesBefore lists, for each sentence before sentence nsent, the
// names of people it holds before token end, in order, a name of the same
// person as the one before it left out (as coupling reads them).
func (r *resolver) personNamesBefore(end, nsent int) [][]*ment {
	out := make([][]*ment, nsent)
	for _, o := range r.ms {
		if o.tok0 >= end {
			break
		}
		if o.sent >= 0 && o.sent < nsent && o.ent >= 0 && o.kind == hearsay.NameMention && r.cl[o.ent].typ == hearsay.Person {
			if names := out[o.sent]; len(names) == 0 || names[len(names)-1].ent != o.ent {
				out[o.sent] = append(names, o)
			}
		}
	}
	return out
}

// establishedCouple returns the couple the article is about, as of group m:
// the two the text last called spouses or partners, or else the pair a
// word of cue class partner-link joins in the first sentence that names
// people; nil when there is none.
func (r *resolver) establishedCouple(m *ment) []int {
	if pair := r.latestSpouses(m); pair != nil {
		return pair
	}
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.ent >= 0 && o.kind == hearsay.NameMention && r.cl[o.ent].typ == hearsay.Person {
			return r.coupling(o.sent, m.tok0)
		}
	}
	return nil
}

// btoi is 1 for true and 0 for false.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// listed reports whether mention a opens an enumeration of examples
// ("guests attended, including the actress Sophie Wendt and ...": cue
// class list-lead in data/cues.tsv, lowercase words between) or names them
// as companions or relatives of someone ("with friends A and B", "her
// parents, A and B": cue class companion-lead): people listed together, not
// the couple the article is about. The people after such a word and "of"
// are those whose companions they are ("Friends of A and B said").
func (r *resolver) listed(a *ment) bool {
	toks := r.di.doc.Tokens
	for k := a.tok0 - 1; k >= 0 && k >= a.tok0-5 && toks[k].Sentence == a.sent; k-- {
		if r.di.is(r.lx, cueListLead, k) || k > 0 && r.lx.isWords(cueListLead, r.di.lower[k-1:k+1]) {
			return true
		}
		if k == a.tok0-1 && k > 0 && r.di.lower[k] == "of" && r.di.is(r.lx, cueCompanionLead, k-1) {
			return false // "Friends of Hart and Vance said the pair met": the friends' pair
		}
		if r.di.is(r.lx, cueCompanionLead, k) {
			return true
		}
		if toks[k].Text == "," && k == a.tok0-1 {
			continue // "her parents, Greta and Hans Stone"
		}
		if !isAlphaWord(toks[k].Text) || isCap(toks[k].Text) {
			return false
		}
	}
	return false
}

// listedAfter reports whether candidate c is first mentioned in its latest
// sentence after a word of cue class list-lead ("including", "such as").
func (r *resolver) listedAfter(c candidate) bool {
	toks := r.di.doc.Tokens
	for k := c.first - 1; k >= 0 && toks[k].Sentence == c.sent; k-- {
		if r.di.is(r.lx, cueListLead, k) || k > 0 && r.lx.isWords(cueListLead, r.di.lower[k-1:k+1]) {
			return true
		}
	}
	return false
}

// latestSpouses returns the two people the text last said are spouses or
// partners before m ("his wife ... The couple"), or nil.
func (r *resolver) latestSpouses(m *ment) []int {
	var pair []int
	for _, k := range r.kinLinks(m.tok0) {
		if coupleClass(k.class) {
			pair = []int{k.b, k.a}
		}
	}
	return pair
}

// namedOutsideCouple reports whether group m's own sentence names, before
// m, one of the people of best who is not one of the couple est: "Kay was
// spotted with Tia Moss, sparking talk that the two were more than
// friends. A rep for Moss said the pair were just old friends" is Kay and
// Moss, not Kay and his wife.
func (r *resolver) namedOutsideCouple(m *ment, best, est []int) bool {
	for _, o := range r.ms[r.windowStart(m.sent):] {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.sent == m.sent && o.kind == hearsay.NameMention && o.ent >= 0 && containsInt(best, o.ent) && !containsInt(est, o.ent) {
			return true
		}
	}
	return false
}

// nearSpouses returns, for a plural pronoun m that no coordination of
// people explains, the two people the text last called spouses or partners
// when both are mentioned within window sentences before m and no plural
// noun stands before m in its sentence ("Wade Tillman has filed for
// divorce from his wife, Jenna Marsh ... He listed their date of
// separation"); nil otherwise ("Officials said their inquiry ...").
func (r *resolver) nearSpouses(m *ment, window int) []int {
	pair := r.latestSpouses(m)
	if len(pair) != 2 || pair[0] == pair[1] {
		return nil
	}
	if alt := r.laterCoupling(m, pair, window); alt != nil {
		pair = alt
	}
	toks := r.di.doc.Tokens
	for k := m.tok0 - 1; k >= 0 && toks[k].Sentence == m.sent; k-- {
		if x := toks[k].XPOS; x == "NNS" || x == "NNPS" {
			return nil
		}
	}
	var seen [2]bool
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.sent < m.sent-window {
			continue
		}
		for i, c := range pair {
			if o.ent == c || containsInt(o.members, c) {
				seen[i] = true
			}
		}
	}
	if !seen[0] || !seen[1] {
		return nil
	}
	return pair
}

// laterCoupling returns the couple a sentence within window sentences
// before m joins by a word of coupling when it is one of pair with someone
// new and comes after the last mention of pair's other: "her first
// husband, Mark Dyer, died in 1991. She married Tom Whitfield three years
// later. Their daughter ..." is she and Whitfield; nil otherwise.
func (r *resolver) laterCoupling(m *ment, pair []int, window int) []int {
	lastOther := [2]int{-1, -1}
	for _, o := range r.ms[r.windowStart(m.sent-window):] {
		if o.tok0 >= m.tok0 {
			break
		}
		for i, c := range pair {
			if o.ent == c {
				lastOther[i] = o.sent
			}
		}
	}
	for s := m.sent - 1; s >= 0 && s >= m.sent-window; s-- {
		c := r.coupling(s, len(r.di.doc.Tokens))
		if len(c) != 2 || containsInt(pair, c[0]) == containsInt(pair, c[1]) {
			continue
		}
		left := 1 // the index in pair of the partner c leaves out
		if containsInt(c, pair[1]) {
			left = 0
		}
		if lastOther[left] < s {
			return c
		}
		return nil
	}
	return nil
}

// personNamedBefore reports whether any person is named or described before m.
func (r *resolver) personNamedBefore(m *ment) bool {
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			return false
		}
		if o.ent >= 0 && r.cl[o.ent].typ == hearsay.Person {
			return true
		}
	}
	return false
}

// pairAhead returns the two people a group that opens an article announces:
// the first two person names after it, in its sentence or the next, joined
// by "and" with only commas and ages between ("The Duke and Duchess of
// Ardenne are expecting ... Prince Henrik, 36, and Princess Sofia, 33,
// are delighted"); nil when there are none.
func (r *resolver) pairAhead(m *ment) []int {
	toks := r.di.doc.Tokens
	var a *ment
	for _, o := range r.ms {
		if o.tok0 < m.tok1 || o.kind != hearsay.NameMention || o.ent < 0 || r.cl[o.ent].typ != hearsay.Person {
			continue
		}
		if o.sent > m.sent+1 {
			return nil
		}
		if a == nil {
			a = o
			continue
		}
		if o.tok0 < a.tok1 {
			continue // inside the first name
		}
		if o.sent != a.sent || o.ent == a.ent || !ageCoordGap(toks[a.tok1:o.tok0]) {
			return nil
		}
		return []int{a.ent, o.ent}
	}
	return nil
}

// ageCoordGap reports whether tokens between two names are "and" with
// commas and numbers only (", 36, and").
func ageCoordGap(gap []hearsay.Token) bool {
	and := false
	if len(gap) > 5 {
		return false
	}
	for _, t := range gap {
		switch {
		case strings.EqualFold(t.Text, "and"):
			and = true
		case t.Text == "," || isNumber(t.Text):
		default:
			return false
		}
	}
	return and
}

// couplingBefore returns the two people named, in this order, before
// group m in its own sentence when a word of cue class partner-link stands
// between them and they are the only people named there; nil otherwise.
func (r *resolver) couplingBefore(m *ment) []int {
	return r.coupling(m.sent, m.tok0)
}

// coupledPairAfter returns the pair a word of cue class partner-link joins
// in the last sentence after sentence after and before group m's own that
// names people ("X was engaged to Y"); nil when that sentence has none.
func (r *resolver) coupledPairAfter(m *ment, after int) []int {
	last := -1
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 || o.sent >= m.sent {
			break
		}
		if o.sent > after && o.ent >= 0 && o.kind == hearsay.NameMention && r.cl[o.ent].typ == hearsay.Person {
			last = o.sent
		}
	}
	if last < 0 {
		return nil
	}
	return r.coupling(last, len(r.di.doc.Tokens))
}

// newCoupleBefore reports whether pair, a couple a word of coupling joins,
// is two people other than those of best, both named in the sentence right
// before group m: "He and his wife, Dana, have three children. ... She is
// married to Aaron Voss. The couple have a son" is she and Voss.
func (r *resolver) newCoupleBefore(pair, best []int, m *ment) bool {
	if len(pair) != 2 || containsInt(best, pair[0]) || containsInt(best, pair[1]) || m.sent < 1 {
		return false
	}
	return r.pairNamedBefore(pair, m)
}

// pastCoupleEnded reports whether pair, a couple a word of coupling joins
// in the sentence right before group m, is told there as a couple of the
// past and m's own sentence tells how a couple ended after m: "She
// previously dated the singer Marcus Hale. The pair split after five years
// together" is she and Hale, not her husband.
func (r *resolver) pastCoupleEnded(pair []int, m *ment) bool {
	if len(pair) != 2 || m.sent < 1 || !r.endedAfter(m) || !r.sentenceHas(m.sent-1, cueCouplePast) {
		return false
	}
	return r.pairNamedBefore(pair, m)
}

// pairNamedBefore reports whether both people of pair (two entities) are
// named in the sentence right before group m's.
func (r *resolver) pairNamedBefore(pair []int, m *ment) bool {
	var in [2]bool
	for _, o := range r.ms[r.windowStart(m.sent-1):] {
		if o.sent >= m.sent {
			break
		}
		for k, c := range pair {
			in[k] = in[k] || o.ent == c
		}
	}
	return in[0] && in[1]
}

// endedAfter reports whether a word of cue class couple-past stands in the
// three tokens after group m ("The pair split", "the two later divorced").
func (r *resolver) endedAfter(m *ment) bool {
	toks := r.di.doc.Tokens
	for i := m.tok1; i < len(toks) && i < m.tok1+4 && toks[i].Sentence == m.sent; i++ {
		if r.di.is(r.lx, cueCouplePast, i) {
			return true
		}
	}
	return false
}

// spouses reports whether the text has called the two people of a pair
// spouses or partners before token end.
func (r *resolver) spouses(pair []int, end int) bool {
	if len(pair) != 2 {
		return false
	}
	for _, k := range r.kinLinks(end) {
		if (k.a == pair[0] && k.b == pair[1] || k.a == pair[1] && k.b == pair[0]) && (coupleClass(k.class)) {
			return true
		}
	}
	return false
}

// coupling returns the two people named, in this order, in sentence sent
// before token end when a word of cue class partner-link stands between
// them and they are the only people named there; nil otherwise.
func (r *resolver) coupling(sent, end int) []int {
	var names []*ment
	for _, o := range r.ms[r.windowStart(sent):] { // the mentions before lie in earlier sentences
		if o.tok0 >= end {
			break
		}
		described := o.kind == hearsay.NominalMention && (!o.info.isKin || r.selfKin(o)) && !o.indefinite // "The "Glasshouse" hitmaker was previously engaged to Callum Wexford"
		opener := o.kind == hearsay.PronounMention && len(names) == 0 && !o.poss && o.number != 'p'       // "He got engaged in August to the architect Signe Holm"
		if o.sent == sent && o.kind == hearsay.NameMention && len(names) >= 2 && r.afterKinList(o) {
			continue // "X was married to Y, with whom he has a daughter, Amara": the child is none of the couple
		}
		if o.sent == sent && o.ent >= 0 && (o.kind == hearsay.NameMention || described || opener) && r.cl[o.ent].typ == hearsay.Person {
			if len(names) == 0 || names[len(names)-1].ent != o.ent {
				names = append(names, o)
			}
		}
	}
	if len(names) == 3 {
		if close := r.relativeAside(names); close > 0 {
			// "Colin Marsh, whose late wife Edna ran the post office, has
			// married Joan Tully": the link read after the aside
			if a, b := names[0].ent, names[2].ent; a != b {
				for i := close; i < names[2].tok0; i++ {
					if r.di.is(r.lx, cuePartnerLink, i) {
						return []int{a, b}
					}
				}
			}
			return nil
		}
	}
	return r.linkedPair(names)
}

// relativeAside returns the comma that closes a relative clause opened by
// ", whose" or ", who" right after the first of three people a sentence
// names, when the second is named inside it and the third after it
// ("Colin Marsh, whose late wife Edna ran the post office, has married Joan
// Tully"); 0 when there is none.
func (r *resolver) relativeAside(names []*ment) int {
	toks := r.di.doc.Tokens
	e := names[0].tok1
	if e+1 >= len(toks) || toks[e].Text != "," || (r.di.lower[e+1] != "whose" && r.di.lower[e+1] != "who") {
		return 0
	}
	for i := e + 2; i < names[2].tok0; i++ {
		if toks[i].Text == "," {
			if i < names[1].tok1 {
				return 0 // the clause closes before the second: "X, who plays for Y, has a daughter, Ava, with Z"
			}
			return i + 1
		}
	}
	return 0
}

// selfKin reports whether kinship nominal o describes its person with no
// one else of the kin named, neither a possessor nor an "of" after it:
// "The mother-of-four previously dated Marcus Hale".
func (r *resolver) selfKin(o *ment) bool {
	return o.possessor == nil && (o.tok1 >= len(r.di.lower) || r.di.lower[o.tok1] != "of")
}

// linkedPair returns the people of names, the people named in a sentence
// as coupling lists them, when they are two and a word of cue class
// partner-link stands between them; nil otherwise.
func (r *resolver) linkedPair(names []*ment) []int {
	if a, b, ok := r.linkedTwo(names); ok {
		return []int{a, b}
	}
	return nil
}

// linkedTwo is linkedPair as the two people and whether there are such,
// with no list made.
func (r *resolver) linkedTwo(names []*ment) (a, b int, ok bool) {
	if len(names) != 2 || names[0].ent == names[1].ent {
		return 0, 0, false
	}
	for i := names[0].tok1; i < names[1].tok0; i++ {
		if r.di.is(r.lx, cuePartnerLink, i) {
			return names[0].ent, names[1].ent, true
		}
	}
	return 0, 0, false
}

// durationAfter returns the token after a kinship nominal and the length
// of the bond that follows it ("his wife of 40 years", "her partner of
// two decades"): the token after "years"; m.tok1 when there is none.
func (r *resolver) durationAfter(m *ment) int {
	toks := r.di.doc.Tokens
	e := m.tok1
	if !m.info.isKin || e+2 >= len(toks) || r.di.lower[e] != "of" || toks[e+2].Sentence != m.sent {
		return e
	}
	if !isNumber(toks[e+1].Text) && toks[e+1].UPOS != "NUM" {
		return e
	}
	switch r.di.lower[e+2] {
	case "year", "years", "decade", "decades", "month", "months":
		return e + 3
	}
	return e
}

// tradeModifierEnd returns the comma that closes a short phrase after a
// definite description of a trade ending at end, a prepositional phrase
// or a relative clause with no person in it ("the promoter of that bout,",
// "the solicitor who drew it up,", "the architect behind the scheme,"),
// so that a name after the comma is in apposition to it; else end. i is
// m's index.
func (r *resolver) tradeModifierEnd(m *ment, i, end int) int {
	toks := r.di.doc.Tokens
	if !m.info.isOcc || m.info.isKin || m.indefinite || m.possessor != nil || r.di.lower[m.tok0] != "the" || end >= len(toks) {
		return end
	}
	switch r.di.lower[end] {
	case "of", "behind", "for", "at", "on", "in", "from", "who", "that", "with":
	default:
		return end
	}
	for k := end + 1; k < len(toks) && k <= end+6 && toks[k].Sentence == m.sent; k++ {
		if toks[k].Text == "," {
			if k == end+1 {
				return end
			}
			return k
		}
		if isClauseEnd(toks[k].Text) || isQuote(toks[k].Text) {
			return end
		}
	}
	return end
}

// officePlaceAfter returns the token after "for" or "of" and the name of a
// place or an organisation that follow a role's description ending at end
// ("the Labour MP for Eastholm", "the mayor of Tallow"), or "the" and the
// last word of an organisation's name written alone ("the new chief
// executive of the council": cue class of-org-head), so that a name after
// the comma there is in apposition to it; else end. i is m's index.
func (r *resolver) officePlaceAfter(m *ment, i, end int) int {
	toks := r.di.doc.Tokens
	if !m.info.isRole || end+1 >= len(toks) || r.di.lower[end] != "for" && r.di.lower[end] != "of" {
		return end
	}
	if end+3 < len(toks) && r.di.lower[end+1] == "the" && toks[end+2].Sentence == m.sent && toks[end+3].Text == "," &&
		r.lx.isLower(cueOfOrgHead, toks[end+2].Text) && !isCap(toks[end+2].Text) {
		return end + 3
	}
	for _, n := range r.ms[i+1:] {
		if n.tok0 > end+1 {
			break
		}
		if n.tok0 == end+1 && n.kind == hearsay.NameMention && n.sent == m.sent && (n.typ == hearsay.Place || n.typ == hearsay.Org) {
			return n.tok1
		}
	}
	return end
}

// splitKinAppositions undoes the link of a given name alone, set beside a
// kinship description ("his wife, Beth,"), to an earlier full name ("Beth
// Hill") when the kinship the text states says the earlier one is someone
// else: the spouse of a third person, or a parent, child or sibling of the
// possessor. The name and its description become a person of their own.
func (r *resolver) splitKinAppositions() {
	for _, n := range r.ms {
		if n.kind != hearsay.NominalMention || n.rule != "nominal-apposition" || !n.info.isKin || n.ent < 0 ||
			n.possessor == nil || n.possessor.ent < 0 || n.possessor.ent == n.ent {
			continue
		}
		m := r.appositiveName(n)
		if m == nil || len(m.words) != 1 || r.clusterHasName(n.ent, m) {
			continue
		}
		if !r.kinContradicts(n.ent, n.possessor.ent, n.info.class, n.tok0) {
			continue
		}
		typ := r.cl[m.ent].typ
		r.unlink(m)
		r.unlink(n)
		c := r.join(m, -1)
		r.cl[c].typ = typ
		r.join(n, c)
	}
}

// appositiveName returns the name mention of n's cluster set right after
// nominal n, with a comma and perhaps occupation words between; nil if none.
func (r *resolver) appositiveName(n *ment) *ment {
	end := r.durationAfter(n)
	for _, m := range r.ms {
		if m.kind == hearsay.NameMention && m.ent == n.ent && m.tok0 >= n.tok1 && m.tok0 <= end+4 {
			return m
		}
	}
	return nil
}

// clusterHasName reports whether cluster c has a name mention other than m
// made only of m's words: then the short name is no jump to a longer one.
func (r *resolver) clusterHasName(c int, m *ment) bool {
	for _, o := range r.cl[c].ments {
		if o != m && o.kind == hearsay.NameMention && o.tok0 < m.tok0 && sameNameKey(o, m) {
			return true
		}
	}
	return false
}

// kinContradicts reports whether the kinship stated before token end says
// that person c is not the <class> of person p: c is the spouse or partner
// of a third person while class is spouse or partner, or c and p are
// parent and child or siblings.
func (r *resolver) kinContradicts(c, p int, class string, end int) bool {
	couple := coupleClass(class)
	for _, k := range r.kinLinks(end) {
		if k.a != c && k.b != c {
			continue
		}
		other := k.a
		if other == c {
			other = k.b
		}
		if other == c {
			continue
		}
		switch {
		case coupleClass(k.class):
			if couple && other != p {
				return true
			}
		case k.class == "parent" || k.class == "child" || k.class == "sibling" || k.class == "grandparent" || k.class == "grandchild":
			if other == p && k.class != class && inverseKin[k.class] != class {
				return true
			}
		}
	}
	return false
}

// drop takes mention m out of the cluster's mentions (the others keep
// their order; the slice shared with earlier readers is not changed).
func (c *cluster) drop(m *ment) {
	for i, o := range c.ments {
		if o == m {
			c.ments = append(c.ments[:i:i], c.ments[i+1:]...)
			return
		}
	}
}

// unlink takes m out of its cluster, with the gender evidence it gave.
func (r *resolver) unlink(m *ment) {
	if m.ent < 0 {
		return
	}
	cl := r.cl[m.ent]
	cl.drop(m)
	w := 1.0
	switch {
	case m.kind == hearsay.NameMention && m.title != "":
		w = 5
	case m.kind == hearsay.NameMention:
		w = 0.5
	case m.kind == hearsay.NominalMention:
		w = 3
	}
	cl.addEvidence(m.gender, -w)
	m.ent = -1
}

// laterPair returns the two people of the last sentence before group m
// that names people (by name: pronouns do not count), when that sentence
// comes after sentence after and names exactly two who are not parent and
// child or siblings; nil otherwise.
func (r *resolver) laterPair(m *ment, after int) []int {
	s := -1
	var buf [4]int // the people of the latest sentence, on the stack while few
	pair := buf[:0]
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.sent <= after || o.sent >= m.sent || o.ent < 0 || o.kind != hearsay.NameMention || r.cl[o.ent].typ != hearsay.Person {
			continue
		}
		if r.ownsThing(o) {
			continue // "Farrant noticed Lane's habit of ...": Lane is not in the scene with Farrant
		}
		if o.sent > s {
			s, pair = o.sent, buf[:0]
		}
		if !containsInt(pair, o.ent) {
			pair = append(pair, o.ent)
		}
	}
	if len(pair) != 2 {
		return nil
	}
	for _, k := range r.kinLinks(m.tok0) {
		if (k.a == pair[0] && k.b == pair[1] || k.a == pair[1] && k.b == pair[0]) && k.class != "spouse" && k.class != "partner" && k.class != "ex" {
			return nil
		}
	}
	if r.worksFor(pair, s) {
		return nil
	}
	return []int{pair[0], pair[1]}
}

// ownsThing reports whether name mention o stands only as the owner of a
// thing ("Lane's habit", "Reed's new film"): followed by a possessive
// marker with no person noun it possesses ("Lane's new boyfriend") and no
// word of a couple's news ("Lane's divorce from", "Lane's romance with"). Such a
// name tells what is spoken of, not who is together in the sentence.
func (r *resolver) ownsThing(o *ment) bool {
	if !o.poss {
		return false
	}
	for j := o.tok1; j < o.tok1+4 && j < len(r.di.doc.Tokens) && r.di.doc.Tokens[j].Sentence == o.sent; j++ {
		if r.di.is(r.lx, cueCoupleNews, j) || r.di.is(r.lx, cueCouplePast, j) {
			return false // "Colburn's divorce from Sayers": a couple's news names both
		}
	}
	for _, n := range r.ms {
		if n.tok0 > o.tok1+4 {
			break
		}
		if n.possessor == o {
			return false
		}
	}
	return true
}

// worksFor reports whether sentence s describes one of the pair as the
// other's non-kin ("Castell's longtime manager, Rick Dunn"): someone who
// works for the other, not a new partner.
func (r *resolver) worksFor(pair []int, s int) bool {
	for _, n := range r.ms {
		if n.sent != s || n.kind != hearsay.NominalMention || n.possessor == nil || n.ent < 0 || n.possessor.ent < 0 || n.info.isKin {
			continue
		}
		if containsInt(pair, n.ent) && containsInt(pair, n.possessor.ent) && n.ent != n.possessor.ent {
			return true
		}
	}
	return false
}

// notAfterPreposition keeps the candidates whose first mention in their
// latest sentence does not follow a preposition (determiners and
// adjectives between).
func (r *resolver) notAfterPreposition(cs []candidate) []candidate {
	if !r.di.hasPOS {
		return cs
	}
	var out []candidate
	toks := r.di.doc.Tokens
	for _, c := range cs {
		p := c.first - 1
		for p >= 0 && (toks[p].UPOS == "DET" || toks[p].UPOS == "ADJ" || toks[p].UPOS == "NUM") {
			p-- // "heir to the Earl"
		}
		if p < 0 || toks[p].UPOS != "ADP" {
			out = append(out, c)
		}
	}
	return out
}

// isCoordGap reports whether tokens join two conjuncts: "and", ", ", ", and", "&".
// Lowercase words after the conjunction may describe the second person ("and actor Victor Hale").
func isCoordGap(gap []hearsay.Token) bool {
	if len(gap) == 0 || len(gap) > 4 {
		return false
	}
	conj := false
	for _, t := range gap {
		switch {
		case t.Text == "," || t.Text == "&" || isAnd(t.Text):
			if conj && t.Text != "and" {
				return false
			}
			conj = conj || t.Text != ","
		default:
			// lowercase words or an acronym: "and former NFL linebacker Derek Sloane";
			// not a preposition: "and heir to the Earl of Ashdown" is one person
			if !conj || !isAlphaWord(t.Text) || isCap(t.Text) && !isUpperString(t.Text) || t.UPOS == "ADP" {
				return false
			}
		}
	}
	return conj || len(gap) == 1
}

// opensCoordGap reports whether a gap starting at token i may be a
// coordination gap (isCoordGap), whose first token is always "," or "&" or
// "and".
func opensCoordGap(toks []hearsay.Token, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	w := toks[i].Text
	return w == "," || w == "&" || isAnd(w)
}

// isAnd reports whether w is "and" in any case ("And", "AND"): whether
// strings.ToLower(w) is "and", which only ASCII letters lower to.
func isAnd(w string) bool {
	return len(w) == 3 && w[0]|0x20 == 'a' && w[1]|0x20 == 'n' && w[2]|0x20 == 'd'
}

// isAcronym reports whether a name is one all-capitals word ("NFL").
func isAcronym(words []string) bool {
	return len(words) == 1 && len(words[0]) > 1 && isUpperString(words[0])
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// resolveNominal links a definite description to a person: "her husband"
// to an earlier "her husband" of the same person, "the 46-year-old" to the
// person of that age, "the choreographer" to the person described as one,
// or, failing those, to the one compatible person in reach.
func (r *resolver) resolveNominal(m *ment) {
	if r.relativeApposition(m) != nil {
		return // "Ida Vann and her husband, the chairman of Orlo Steel, attended": the husband chairs it (kinAppositions)
	}
	if c := r.namedAsAfter(m); c >= 0 {
		r.join(m, c) // "The victim, a taxi driver, was named as Tom Reed"
		m.rule = "nominal-named-as"
		return
	}
	if c := r.ledeDescription(m); c >= 0 {
		r.join(m, c) // "A retired teacher won the seat on Thursday. Dora Quill, 67, took 1,412 votes"
		m.rule = "nominal-lede"
		return
	}
	if m.indefinite {
		return // a new person, if anyone: see unnamedPeople
	}
	if m.possessor != nil {
		r.resolvePossessed(m)
		return
	}
	if o := r.predicateObject(m); o != nil {
		r.join(m, o.ent) // "Raman's appointment makes her the first woman to lead ..."
		return
	}
	if r.kinOf(m) {
		if s := r.kinPredicateSubject(m); s != nil {
			r.join(m, s.ent) // "She is the daughter of Maeve and Colin Ellery": she, whose parents they are
			m.rule = "nominal-predicate"
		}
		return // "Rell is the son of a fisherman": not the son named before
	}
	if m.age > 0 {
		if c := r.uniqueCluster(func(c *cluster) bool { return c.age != nil && c.age.Years == m.age }); c >= 0 {
			r.join(m, c)
			return
		}
	}
	if c := r.sameDescription(m); c >= 0 {
		r.join(m, c) // "the bride" ... "the bride's mother"
		return
	}
	if r.lx.is(cueInfantNoun, m.noun) {
		if c := r.childNamedBefore(m); c >= 0 {
			r.join(m, c) // "a daughter named Elodie. The baby was born on March 21"
			return
		}
	}
	if c := r.sameUnnamed(m); c >= 0 {
		r.join(m, c) // "an affair with a former employee ... The employee, who left in March"
		return
	}
	if m.info.isKin && m.info.class != "person" || m.quoted || m.noun == "person" {
		return // "the husband" without a possessor: whose? "the insider": someone else.
	}
	if c := r.accusedOf(m); c >= 0 {
		r.join(m, c) // "Karl Hale, 52, denies murder. ... the defendant said"
		return
	}
	if c := r.coupleMember(m); c >= 0 {
		r.join(m, c) // "The couple exchanged vows ... the groom, 31"
		return
	}
	if c := r.pairPartner(m); c >= 0 {
		r.join(m, c) // "the 31-year-old actress and the Spanish tennis player"
		return
	}
	if r.successorPost(m) {
		return // "as the next superintendent ... will succeed Superintendent X": the one to take the post, not X
	}
	if c, d, next := r.pairInOrder(m); c >= 0 {
		r.join(m, c) // "OFF: A and B. ... the country singer and the model have split": A and B
		r.join(next, d)
		return
	}
	if m.noun != "" {
		if c := r.nearestWith(m, func(c *cluster) bool {
			return (r.tradeFits(c, m.noun) || r.hasTitle(c, m.noun)) && r.nationalityFits(m, c)
		}); c >= 0 {
			r.join(m, c)
			return
		}
	}
	if r.possessesKin(m) {
		return // "The teacher's son Leo Marsh won": a parent the text has not described before, no one in reach
	}
	var ok []candidate
	for _, c := range r.candidates(m, 3) {
		cl := r.cl[c.c]
		if g := cl.genderOf(); m.gender != 'u' && g != 'u' && g != m.gender {
			continue
		}
		if !r.nationalityFits(m, cl) || m.age > 0 && cl.age != nil && cl.age.Years != m.age || m.age >= 2 && r.infant(cl) {
			continue // "the 31-year-old" is not the baby
		}
		ok = append(ok, c)
	}
	if len(ok) == 1 && !r.sourceBesideSubject(m, ok[0].c) && !r.otherTrade(r.cl[ok[0].c], m) {
		r.join(m, ok[0].c)
		return
	}
	if c := r.continuedSubject(m, ok); c >= 0 {
		r.join(m, c) // "Hale, 64, has led the airline since 2015. The former pilot joined ..."
		return
	}
	// "the Canadian singer" among several: the one said to be Canadian.
	if c := r.byNationality(m, ok); c >= 0 {
		r.join(m, c)
		return
	}
	// "the actress" among a woman, a man and a name of unknown gender: the woman.
	if m.gender == 'm' || m.gender == 'f' {
		var same []candidate
		for _, c := range ok {
			if r.cl[c.c].genderOf() == m.gender {
				same = append(same, c)
			}
		}
		if len(same) == 1 {
			r.join(m, same[0].c)
			return
		}
	}
	// "The pop star, 30, was photographed kissing Sotomayor": of the singer
	// and her boyfriend, a chef named again in the sentence, the singer.
	if c := r.onlyUndescribed(m, ok); c >= 0 {
		r.join(m, c)
		return
	}
	if c := r.bareAgeSubject(m, ok); c >= 0 {
		r.join(m, c) // "RadarOnline claimed that the 47-year-old had entered rehab": the star of the story
	}
}

// bareAgeSubject returns the candidate of ok a bare age ("the 47-year-old",
// no noun after it) stands for when none of the sieves before told: the
// one the text mentions most often before m, not named in m's sentence
// (as bareAgeOf gives the age), or -1 when two are mentioned as often.
func (r *resolver) bareAgeSubject(m *ment, ok []candidate) int {
	if m.noun != "" || m.age == 0 || m.quoted {
		return -1
	}
	count, _ := r.mentionsBefore(m, ok)
	return soleMost(maps.All(count))
}

// soleMost returns the key with the highest count above zero, or -1 when
// no key has one or two keys share the highest.
func soleMost(counts iter.Seq2[int, int]) int {
	best, most, tie := -1, 0, false
	for k, n := range counts {
		switch {
		case n <= 0:
		case n > most:
			best, most, tie = k, n, false
		case n == most:
			tie = true
		}
	}
	if tie {
		return -1
	}
	return best
}

// kinOf reports whether m is a kinship noun of a relation the text states
// to someone named after it: "the daughter of ...", "the widow of ...".
func (r *resolver) kinOf(m *ment) bool {
	toks := r.di.doc.Tokens
	return m.info.isKin && inverseKin[m.info.class] != "" && m.tok1+1 < len(toks) && r.di.lower[m.tok1] == "of" && toks[m.tok1+1].Sentence == m.sent
}

// kinPredicateSubject returns the person a kinship noun with no possessor
// is said to be the relative of someone of, as the predicate of a copula
// whose subject is resolved by now ("She is the daughter of Maeve and Colin
// Ellery", "He was the son of a miner"), or nil: a kinship noun followed
// by "of" and standing after a copula.
func (r *resolver) kinPredicateSubject(m *ment) *ment {
	s := r.copulaSubject(m)
	if s == nil || s.possessor != nil {
		return nil
	}
	if g := r.cl[s.ent].genderOf(); m.gender != 'u' && g != 'u' && g != m.gender {
		return nil
	}
	return s
}

// possessesKin reports whether the description m is the possessor of a
// kinship noun of any class but "other" ("the teacher" of "the teacher's
// son", "the miner's daughter", "the fisherman's widow", "the vicar's
// wife"): someone only a person described with that trade can be.
func (r *resolver) possessesKin(m *ment) bool {
	for _, n := range r.ms {
		if n.tok0 > m.tok1 {
			break // r.ms is in order of tok0
		}
		if n.possessor == m && n.kind == hearsay.NominalMention && n.info.isKin && n.info.class != "other" {
			return true
		}
	}
	return false
}

// successorPost reports whether the nominal m names a post with a modifier
// of cue class successor-mod ("the next superintendent"): the person who
// is to take it, whom no title or trade of the people named so far tells.
func (r *resolver) successorPost(m *ment) bool {
	if !m.info.isRole {
		return false
	}
	for _, t := range m.mods {
		if r.di.is(r.lx, cueSuccessorMod, t) {
			return true
		}
	}
	return false
}

// onlyUndescribed returns the one candidate of ok that a description of a
// trade opening its sentence ("The pop star was photographed ...") can
// be: not named in the description's own sentence, and described by no
// other trade or title. A description whose last word is of cue class
// fame-noun ("the runway star", "the hitmaker") is the candidate the text
// mentions most, whatever their trade. It returns -1 when none or several
// remain.
func (r *resolver) onlyUndescribed(m *ment, ok []candidate) int {
	toks := r.di.doc.Tokens
	if m.noun == "" || !m.info.isOcc && !m.info.isRole || m.quoted || r.di.lower[m.tok0] != "the" || m.tok0 > 0 && toks[m.tok0-1].Sentence == m.sent {
		return -1
	}
	for _, t := range m.mods {
		if _, dem := r.di.demonym(r.lx, t); dem {
			return -1 // "the British actor": byNationality, not elimination
		}
	}
	pick, n := -1, 0
	if r.lx.is(cueFameNoun, m.noun[strings.LastIndexByte(m.noun, ' ')+1:]) {
		pick = r.mostMentioned(m, ok)
		n = btoi(pick >= 0)
	} else {
		pick, n = r.onlyFitting(m, ok)
	}
	if n != 1 || r.sourceBesideSubject(m, pick) {
		return -1
	}
	return pick
}

// mostMentioned returns the candidate of ok not named in m's sentence that
// the text mentions most often before m, the first mentioned on a tie:
// the star of the story ("Country singer Ada Vale is expecting her first
// child with husband Tom Reyes. The \"Dust\" hitmaker confirmed ..."), or -1.
func (r *resolver) mostMentioned(m *ment, ok []candidate) int {
	count, first := r.mentionsBefore(m, ok)
	best := -1
	for c, n := range count {
		if n > 0 && (best < 0 || n > count[best] || n == count[best] && first[c] < first[best]) {
			best = c
		}
	}
	return best
}

// mentionsBefore counts, for each candidate of ok not named in m's
// sentence, its mentions before m, and gives the token of the first one.
func (r *resolver) mentionsBefore(m *ment, ok []candidate) (count, first map[int]int) {
	count, first = map[int]int{}, map[int]int{}
	for _, c := range ok {
		if !r.namedInSentence(c.c, m) {
			count[c.c] = 0
		}
	}
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if n, in := count[o.ent]; in {
			if n == 0 {
				first[o.ent] = o.tok0
			}
			count[o.ent] = n + 1
		}
	}
	return count, first
}

// onlyFitting returns the last of the candidates of ok not named in m's
// sentence and described by no other trade or title than m's, and how
// many there are.
func (r *resolver) onlyFitting(m *ment, ok []candidate) (int, int) {
	pick, n := -1, 0
	for _, c := range ok {
		if r.namedInSentence(c.c, m) || r.describedOtherwise(r.cl[c.c], m) {
			continue
		}
		pick = c.c
		n++
	}
	return pick, n
}

// namedInSentence reports whether person c is named in m's sentence
// outside m: "kissing Sotomayor" is not the pop star.
func (r *resolver) namedInSentence(c int, m *ment) bool {
	for _, o := range r.cl[c].ments {
		if o.sent == m.sent && o.kind == hearsay.NameMention && (o.tok1 <= m.tok0 || o.tok0 >= m.tok1) {
			return true
		}
	}
	return false
}

// childNamedBefore returns the one person named as a child in the three
// sentences before m ("a daughter named Elodie", "their son, Teo"): a name
// right after a kinship noun of class child, a naming verb or a comma
// between; -1 when there is none or more than one.
func (r *resolver) childNamedBefore(m *ment) int {
	found := -1
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.sent < m.sent-3 || o.kind != hearsay.NameMention || o.ent < 0 || o.ent == found || r.cl[o.ent].typ != hearsay.Person || !r.namedAsChild(o) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = o.ent
	}
	return found
}

// namedAsChild reports whether name mention o follows a kinship noun of
// class child, directly or after a naming verb or a comma ("a daughter
// named Elodie", "son Milo", "their first child, Teo").
func (r *resolver) namedAsChild(o *ment) bool {
	k := o.tok0 - 1
	if k >= 0 && (r.di.is(r.lx, cueNamingVerb, k) || r.di.lower[k] == ",") {
		k--
	}
	if k < 0 || r.di.doc.Tokens[k].Sentence != o.sent {
		return false
	}
	info, ok := r.di.nounAt(r.lx, k)
	return ok && info.isKin && info.class == "child"
}

// infant reports whether a description of a newborn ("the baby", cue class
// infant-noun) is a mention of cluster c.
func (r *resolver) infant(c *cluster) bool {
	for _, m := range c.ments {
		if m.kind == hearsay.NominalMention && r.lx.is(cueInfantNoun, m.noun) {
			return true
		}
	}
	return false
}

// continuedSubject returns the candidate a description that opens its
// sentence continues: the one person of the sentence before, standing
// there as a subject ("Hale, 64, has led the airline since 2015. The
// former pilot joined Northwind in 1998."); -1 otherwise. A trade the
// person is known by must fit the description, unless a modifier of cue
// class past-mod puts it in the past ("Boateng has arrived at the count.
// The former headteacher ..."); a post set against another holder by a
// modifier of cue class contrast-mod ("the new coach", "the former CEO's
// lawyer") is someone else's, unless it is a past post of one known by
// another.
func (r *resolver) continuedSubject(m *ment, ok []candidate) int {
	toks := r.di.doc.Tokens
	if m.tok0 > 0 && toks[m.tok0-1].Sentence == m.sent || r.di.lower[m.tok0] != "the" {
		return -1
	}
	contrast, former := false, false // "the new coach"; "the former headteacher": a trade of the past
	for i := m.tok0 + 1; i < m.head; i++ {
		contrast = contrast || r.di.is(r.lx, cueContrastMod, i)
		former = former || r.di.is(r.lx, cuePastMod, i)
	}
	pick := -1
	for _, c := range ok {
		if c.sent != m.sent-1 {
			continue
		}
		if pick >= 0 || !c.subj {
			return -1
		}
		pick = c.c
	}
	if pick < 0 {
		return -1
	}
	cl := r.cl[pick]
	fits := m.noun == "" || r.tradeFits(cl, m.noun) || r.hasTitle(cl, m.noun)
	poss := m.tok1 < len(toks) && isPossMarker(toks[m.tok1].Text)
	if contrast && m.info.isRole && (fits || poss || !former) {
		return -1 // "Patel joined Brightline in 2019. The former CEO's lawyer ...": a role someone else holds now
	}
	if (!former || poss) && len(cl.occs) > 0 && !fits {
		return -1 // "Dice has two sons. The model's mother ...": the rapper is no model
	}
	for _, o := range r.ms {
		if o.sent == m.sent-1 && o.ent >= 0 && o.ent != pick && r.cl[o.ent].typ == hearsay.Person {
			return -1 // another person there, whatever its gender
		}
	}
	return pick
}

// predicateObject returns the resolved person right before a definite
// description that is its predicate after a verb of cue class
// object-predicate ("makes her the first woman", "named Ito the new
// chair"), or nil.
func (r *resolver) predicateObject(m *ment) *ment {
	if r.di.lower[m.tok0] != "the" {
		return nil
	}
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break // r.ms is in order of tok0
		}
		if o.tok1 != m.tok0 || o.ent < 0 || o.sent != m.sent || r.cl[o.ent].typ != hearsay.Person || o.kind == hearsay.GroupMention || o.poss {
			continue
		}
		if o.tok0 > 0 && r.di.is(r.lx, cueObjectPredicate, o.tok0-1) {
			return o
		}
	}
	return nil
}

// sourceBesideSubject reports whether m is a description that speaks
// ("the publisher announced") in a sentence that already named person c
// outside a quotation ("Verve has named Celeste Amadi as its editor, the
// publisher announced"): the one who reports the news is someone else than
// the one it is about, so elimination must not join them, unless the
// description gives an age or an occupation the person is known to have.
func (r *resolver) sourceBesideSubject(m *ment, c int) bool {
	if !r.speaks(m) || m.age > 0 || m.noun != "" && r.tradeFits(r.cl[c], m.noun) {
		return false // "..., the 58-year-old said", "..., the actress said" of an actress: the person herself
	}
	for _, o := range r.cl[c].ments {
		if o.sent == m.sent && o.tok0 < m.tok0 && !o.quoted && o.kind == hearsay.NameMention {
			return true
		}
	}
	return false
}

// pairPartner resolves a description coordinated with a resolved one
// ("the 31-year-old actress and the Spanish tennis player") to the other
// member of the latest pair the text spoke of in the last three sentences,
// when its gender does not disagree; -1 otherwise.
func (r *resolver) pairPartner(m *ment) int {
	prev := r.coordinatedDescription(m)
	if prev == nil {
		return -1
	}
	pair := r.recentPair(m)
	if len(pair) != 2 {
		pair = r.twoInReach(m) // "A and her co-star B are dating. The 38-year-old actress and the British actor ..."
	}
	if len(pair) != 2 || !containsInt(pair, prev.ent) {
		return -1
	}
	other := pair[0]
	if other == prev.ent {
		other = pair[1]
	}
	if g := r.cl[other].genderOf(); m.gender != 'u' && g != 'u' && g != m.gender {
		return -1
	}
	return other
}

// pairInOrder resolves two definite descriptions of trades coordinated
// in m's sentence, m first and neither resolved ("the country singer and
// the model"), to the two people the sentence before names, in their
// order ("OFF: A and B"), when genders do not disagree: it returns the
// person of m, that of the second description and the second description;
// -1 otherwise.
func (r *resolver) pairInOrder(m *ment) (int, int, *ment) {
	toks := r.di.doc.Tokens
	if m.noun == "" || !m.info.isOcc || r.di.lower[m.tok0] != "the" {
		return -1, -1, nil
	}
	var next *ment
	for _, o := range r.ms {
		if o.sent == m.sent && o.kind == hearsay.NominalMention && o.tok0 > m.tok1 && ageCoordGap(toks[m.tok1:o.tok0]) {
			next = o
			break
		}
	}
	partner := next != nil && r.partnerOfFirst(m, next)
	if next == nil || next.ent >= 0 || next.noun == "" || !partner && (!next.info.isOcc || r.di.lower[next.tok0] != "the") {
		return -1, -1, nil
	}
	pair := r.pairSentenceBefore(m)
	if len(pair) != 2 {
		return -1, -1, nil
	}
	if g := r.cl[pair[0]].genderOf(); partner && next.possessor.gender != 'u' && g != 'u' && g != next.possessor.gender {
		return -1, -1, nil // "the co-host and her husband": she is the co-host
	}
	if g := r.cl[pair[0]].genderOf(); m.gender != 'u' && g != 'u' && g != m.gender {
		return -1, -1, nil
	}
	if g := r.cl[pair[1]].genderOf(); next.gender != 'u' && g != 'u' && g != next.gender {
		return -1, -1, nil
	}
	return pair[0], pair[1], next
}

// partnerOfFirst reports whether description next, coordinated after m,
// is a partner of m's person told by a possessive pronoun of the third
// person singular ("the co-host and her estranged husband"): a kinship
// noun of a couple's class or an ex.
func (r *resolver) partnerOfFirst(m, next *ment) bool {
	p := next.possessor
	if p == nil || p.kind != hearsay.PronounMention || p.number == 'p' || p.person != 3 || p.tok0 != next.tok0 {
		return false
	}
	return next.info.isKin && (coupleClass(next.info.class) || next.info.class == "ex")
}

// pairSentenceBefore returns, in the order of the text, the two people the
// sentence before m's names when it names exactly two and nothing else
// of a person (a heading "A and B"), else nil.
func (r *resolver) pairSentenceBefore(m *ment) []int {
	var pair []int
	for _, o := range r.ms {
		if o.sent > m.sent-1 {
			break
		}
		if o.sent < m.sent-1 || o.ent < 0 || r.cl[o.ent].typ != hearsay.Person {
			continue
		}
		if o.kind != hearsay.NameMention || len(pair) == 2 || containsInt(pair, o.ent) {
			return nil
		}
		pair = append(pair, o.ent)
	}
	return pair
}

// coordinatedDescription returns the resolved description coordinated
// with m in its sentence, before it ("the actress, 41, and the French
// entrepreneur") or after it ("the Canadian musician and the Danish-born
// drummer"), with "and" and ages only between; nil when there is none.
func (r *resolver) coordinatedDescription(m *ment) *ment {
	toks := r.di.doc.Tokens
	var found *ment
	for _, o := range r.ms {
		if o.ent < 0 || o.kind != hearsay.NominalMention || o.sent != m.sent || o == m {
			continue
		}
		if o.tok1 < m.tok0 && ageCoordGap(toks[o.tok1:m.tok0]) || m.tok1 < o.tok0 && ageCoordGap(toks[m.tok1:o.tok0]) {
			found = o
		}
	}
	return found
}

// recentPair returns the members of the latest two-person group mentioned
// before m in its sentence or the two before it, or nil.
func (r *resolver) recentPair(m *ment) []int {
	var pair []int
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if len(o.members) == 2 && o.sent >= m.sent-2 {
			pair = o.members
		}
	}
	return pair
}

// twoInReach returns the two people mentioned in m's sentence and the one
// before it, when there are exactly two; nil otherwise.
func (r *resolver) twoInReach(m *ment) []int {
	cs := r.candidates(m, 1)
	if len(cs) != 2 {
		return nil
	}
	return []int{cs[0].c, cs[1].c}
}

// coupleMember resolves a gendered person noun ("the groom", "the
// duchess") to the one member of that gender of the latest pair the text
// spoke of ("the couple", "they") in the last three sentences, else of the
// couple the article opens with, or -1.
func (r *resolver) coupleMember(m *ment) int {
	if !m.info.isKin || m.info.class != "person" || m.gender != 'm' && m.gender != 'f' {
		return -1
	}
	pair := r.recentPair(m)
	if pair == nil {
		// "Nora Ellery and Adam Quist were married on Saturday. ... The
		// groom, 33, is a teacher": the couple the article opens with
		if p, ok := r.openingPair(m); ok {
			pair = p[:]
		}
	}
	pick := -1
	for _, c := range pair {
		if r.cl[c].genderOf() == m.gender {
			if pick >= 0 {
				return -1
			}
			pick = c
		}
	}
	return pick
}

// unnamedPeople makes an entity of each person introduced by an indefinite
// description with an occupation as its head, as the companion or partner
// of someone (cue class unnamed-before: "dating a fitness instructor",
// "with a young sommelier"): not a predicate ("is a dancer", "as a nurse", "like a model") nor an
// appositive ("Étienne, a climate activist"). A person noun that is no
// trade ("a former employee", "a longtime friend", "a mystery woman")
// makes one only as someone's partner (cue class partner-before: "an
// affair with", "dating"), or after a word of cue class unnamed-before
// with a modifier of cue class partner-mod ("seen with a mystery man"):
// "dinner with a friend" makes none. Later
// definite descriptions ("the sommelier") can then refer to it. A parent
// described by a trade ("the son of a bus driver and a nurse") is one too,
// with the mention rule unnamed-parent (tradeParent).
func (r *resolver) unnamedPeople() {
	toks := r.di.doc.Tokens
	lastParent := -1 // the end of the last parent described by a trade ("the son of a bus driver and a nurse")
	for _, m := range r.ms {
		trade := m.info.isOcc && !m.info.isKin
		if !m.indefinite || m.ent >= 0 || m.quoted || !trade && !genericPerson(m.info) && !parentNoun(m.info) || r.lx.reps[m.noun] && len(m.mods) == 0 || m.tok0 == 0 {
			continue
		}
		p := m.tok0 - 1
		if toks[p].Sentence != m.sent || r.di.is(r.lx, cuePredicateLead, p) || r.di.is(r.lx, cueCopula, p) || r.di.is(r.lx, cueCopulaFiller, p) || isClauseEnd(toks[m.tok0-1].Text) || isQuote(toks[m.tok0-1].Text) {
			continue
		}
		if m.tok1 < len(toks) && (r.di.lower[m.tok1] == "of" || isPossMarker(toks[m.tok1].Text)) {
			continue // "a member of ...", "a model's": part of something larger
		}
		parent := trade && r.tradeParent(m, lastParent) || r.bornToParent(m, lastParent)
		if !parent && !trade && !genericPerson(m.info) {
			continue // "a mother of three": a parent only a birth tells is someone
		}
		if !parent && (trade && !r.cueBefore(m, cueUnnamedBefore) || !trade && !r.cueBefore(m, cuePartnerBefore) && !(r.cueBefore(m, cueUnnamedBefore) && r.modOf(m, cuePartnerMod))) {
			continue // "told a podcast host", "lunch with a friend": no one the story follows
		}
		c := r.join(m, -1)
		cl := r.cl[c]
		cl.typ = hearsay.Person
		cl.unnamed = "<unnamed: " + strings.ToLower(r.di.doc.Text[toks[m.tok0].Start:toks[m.tok1-1].End]) + ">"
		if trade {
			r.addOcc(cl, m.noun)
		}
		m.rule = "nominal-unnamed"
		if parent {
			m.rule, lastParent = "unnamed-parent", m.tok1
		}
	}
	r.parentsInApposition()
}

// parentsInApposition makes an unnamed person of each possessed parent
// with no name whose trade follows in apposition ("her father, a
// fisherman,", "Her mother, a market trader, still lives there"): the
// parent (mention rule unnamed-parent) and the trade are one person.
func (r *resolver) parentsInApposition() {
	toks := r.di.doc.Tokens
	for _, m := range r.ms {
		if m.kind != hearsay.NominalMention || m.ent >= 0 || m.quoted || m.possessor == nil || !m.info.isKin || m.info.class != "parent" || m.tok1 >= len(toks) || toks[m.tok1].Text != "," {
			continue
		}
		t := r.mentionAt(m.tok1 + 1)
		if t == nil || !t.indefinite || t.ent >= 0 || !t.info.isOcc || t.info.isKin || t.sent != m.sent {
			continue
		}
		c := r.join(m, -1)
		cl := r.cl[c]
		cl.typ = hearsay.Person
		cl.unnamed = "<unnamed: " + strings.ToLower(r.di.doc.Text[toks[m.tok0].Start:toks[t.tok1-1].End]) + ">"
		m.rule = "unnamed-parent"
		r.join(t, c)
		r.addOcc(cl, t.noun)
		t.rule = "nominal-unnamed"
	}
}

// mentionAt returns the description (nominal mention) that starts at
// token j, or nil.
func (r *resolver) mentionAt(j int) *ment {
	for _, o := range r.ms {
		if o.tok0 == j && o.kind == hearsay.NominalMention {
			return o
		}
	}
	return nil
}

// tradeParent reports whether the indefinite description m of a trade
// describes a parent: it follows a child noun and "of" ("the son of a bus
// driver", "the daughter of a weaver") or "and" right after such a parent
// ending at token lastParent ("... and a nurse").
func (r *resolver) tradeParent(m *ment, lastParent int) bool {
	p := m.tok0 - 1
	if r.di.lower[p] == "and" {
		return lastParent >= 0 && lastParent == p
	}
	if r.di.lower[p] != "of" || p == 0 || r.di.doc.Tokens[p-1].Sentence != m.sent {
		return false
	}
	if r.childPlural(p - 1) {
		return true // "the youngest of six children of a docker and a cleaner"
	}
	info, ok := r.di.nounAt(r.lx, p-1)
	return ok && info.isKin && info.class == "child"
}

// bornParentBefore reports whether cluster c is an unnamed parent that a
// birth told in the sentences before pronoun m introduced (bornToParent):
// "Born in Bergen to a Norwegian mother, she grew up in Newcastle. She
// ..." speaks of the child, whom the story follows.
func (r *resolver) bornParentBefore(c int, m *ment) bool {
	if r.cl[c].unnamed == "" {
		return false
	}
	for _, o := range r.ms[r.windowStart(m.sent-bornParentReach):] {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.ent == c && o.rule == "unnamed-parent" && parentNoun(o.info) {
			return true
		}
	}
	return false
}

// bornParentReach is how many sentences before a pronoun bornParentBefore
// looks, as many as any pronoun's candidates come from.
const bornParentReach = 2 + maxQuotedReach

// parentNoun reports whether info is the noun of a parent ("mother", "father").
func parentNoun(info nounInfo) bool {
	return info.isKin && info.class == "parent"
}

// bornToParentReach is how many tokens before "to" bornToParent looks for "born".
const bornToParentReach = 8

// bornToParent reports whether indefinite description m is a parent told
// by the birth of the person the sentence is about, "to" a parent after
// "born" a few words before, or "and" a second parent right after the
// first (lastParent): "born in Bergen to a Norwegian mother and a
// Nigerian father".
func (r *resolver) bornToParent(m *ment, lastParent int) bool {
	if !parentNoun(m.info) {
		return false
	}
	p := m.tok0 - 1
	if r.di.lower[p] == "and" {
		return lastParent >= 0 && lastParent == p
	}
	if r.di.lower[p] != "to" {
		return false
	}
	toks := r.di.doc.Tokens
	for k := p - 1; k >= 0 && k >= p-bornToParentReach && toks[k].Sentence == m.sent; k-- {
		if r.di.lower[k] == "born" {
			return true
		}
	}
	return false
}

// modOf reports whether a modifier of description m is a word of cue
// class class ("a mystery woman").
func (r *resolver) modOf(m *ment, class cue) bool {
	for _, j := range m.mods {
		if r.di.is(r.lx, class, j) {
			return true
		}
	}
	return false
}

// sameUnnamed returns the unnamed person last introduced before definite
// description m with the same person noun that is no trade ("a former
// staffer" ... "the staffer"), or -1.
func (r *resolver) sameUnnamed(m *ment) int {
	if !genericPerson(m.info) || m.noun == "" {
		return -1
	}
	best := -1
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.indefinite && o.noun == m.noun && o.ent >= 0 && r.cl[o.ent].unnamed != "" {
			best = o.ent
		}
	}
	return best
}

// genericPerson reports whether a person noun is neither a trade nor a tie
// to someone (kinship class person or other: "woman", "friend",
// "colleague").
func genericPerson(info nounInfo) bool {
	return info.isKin && !info.isOcc && (info.class == "person" || info.class == "other")
}

// nameUnnamed joins an unnamed person ("an affair with a producer on his
// show") to the one named person the text gives that occupation ("segment
// producer Jade Kimura"), before or after; the named person's own
// description stands, the unnamed one's occupation is dropped.
func (r *resolver) nameUnnamed() {
	for u, cl := range r.cl {
		if cl.unnamed == "" || len(cl.ments) != 1 || cl.ments[0].noun == "" {
			continue
		}
		noun := cl.ments[0].noun
		pick := r.onlyNamedPerson(u, func(o *cluster) bool { return r.tradeFits(o, noun) })
		if pick < 0 { // none, or two people of that trade: whose?
			continue
		}
		r.merge(pick, u)
		cl.unnamed = ""
		kept := r.attrs[:0]
		for _, a := range r.attrs {
			if a.person == u && a.typ == "occupation" {
				continue
			}
			if a.person == u {
				a.person = pick
			}
			kept = append(kept, a)
		}
		r.attrs = kept
	}
}

// onlyNamedPerson returns the one cluster other than u of a person with
// mentions and a name for which ok holds; -1 when there is none, -2 when
// there are several.
func (r *resolver) onlyNamedPerson(u int, ok func(o *cluster) bool) int {
	pick := -1
	for c, o := range r.cl {
		if c == u || o.unnamed != "" || o.typ != hearsay.Person || len(o.ments) == 0 || !ok(o) {
			continue
		}
		if pick >= 0 {
			return -2
		}
		pick = c
	}
	return pick
}

// revealPartners joins an unnamed person met as someone's secret partner
// ("accused of an affair with a producer") to the one person the text
// names later in the same way ("began a relationship with Chloe Barnett"):
// both follow words of cue class romance-with, the named person is first
// named after the unnamed one, and no other person is named so. The
// unnamed one's occupation becomes the named person's.
func (r *resolver) revealPartners() {
	for u, cl := range r.cl {
		if cl.unnamed == "" || len(cl.ments) != 1 || !r.cueBefore(cl.ments[0], cueRomanceWith) {
			continue
		}
		m := cl.ments[0]
		pick := r.onlyNamedPerson(u, func(o *cluster) bool {
			first := o.ments[0]
			for _, n := range o.ments {
				if n.tok0 < first.tok0 {
					first = n
				}
			}
			if first.tok0 < m.tok0 {
				return false // named before: not the one the story reveals
			}
			for _, n := range o.ments {
				if n.kind == hearsay.NameMention && r.cueBefore(n, cueRomanceWith) {
					return true
				}
			}
			return false
		})
		if pick < 0 { // none, or two people named so: which?
			continue
		}
		r.joinUnnamed(pick, u)
	}
}

// joinUnnamed joins the unnamed person u to the named person pick, who
// takes its mentions and attributes.
func (r *resolver) joinUnnamed(pick, u int) {
	cl := r.cl[u]
	r.merge(pick, u)
	cl.unnamed = ""
	for i := range r.attrs {
		if r.attrs[i].person == u {
			r.attrs[i].person = pick
		}
	}
}

// identifyUnnamed joins an unnamed person to the person the text names
// right after a mention of it and a phrase of cue class identified-as ("a
// mystery woman ... The woman was later identified as yoga teacher Kara
// Voss"): the name follows within a short description in the same
// sentence. The unnamed one's occupation becomes the named person's.
func (r *resolver) identifyUnnamed() {
	for u, cl := range r.cl {
		if cl.unnamed == "" {
			continue
		}
		pick := -1
		for _, n := range cl.ments {
			if c := r.nameIdentified(n); c >= 0 && c != u {
				pick = c
				break
			}
			if c := r.statedRelative(n); c >= 0 && c != u {
				pick = c // "She is the daughter of Maeve and Colin Ellery. Her father, a retired firefighter, ..."
				break
			}
		}
		if pick < 0 {
			continue
		}
		r.joinUnnamed(pick, u)
	}
}

// statedRelative returns the named person the text has already said is
// the relative that possessed kinship noun n names ("Her father" after
// "She is the daughter of Maeve and Colin Ellery"), or -1.
func (r *resolver) statedRelative(n *ment) int {
	if n.kind != hearsay.NominalMention || !n.info.isKin || n.possessor == nil || n.possessor.ent < 0 {
		return -1
	}
	c := r.relative(n.possessor.ent, n)
	if c < 0 || r.cl[c].unnamed != "" || r.cl[c].typ != hearsay.Person {
		return -1
	}
	return c
}

// nameIdentified returns the person named after mention n and a phrase of
// cue class identified-as, at most four words after n and four after the
// phrase, in n's sentence; -1 when there is none.
func (r *resolver) nameIdentified(n *ment) int {
	toks := r.di.doc.Tokens
	for k := n.tok1; k < len(toks) && k <= n.tok1+4 && toks[k].Sentence == n.sent; k++ {
		for w := 3; w >= 2; w-- {
			if k+w > len(toks) || !r.di.isPhrase(r.lx, cueIdentifiedAs, k, k+w) {
				continue
			}
			for _, o := range r.ms {
				if o.tok0 >= k+w && o.tok0 <= k+w+4 && o.sent == n.sent && o.kind == hearsay.NameMention && o.ent >= 0 &&
					r.cl[o.ent].typ == hearsay.Person && r.cl[o.ent].unnamed == "" {
					return o.ent
				}
			}
			return -1
		}
	}
	return -1
}

// namedAsAfter returns the person a definite description that the text has
// not possessed is named as later in its sentence, past a relative clause
// and an apposition between commas and a phrase of cue class identified-as
// ("The victim, a taxi driver, was named as Tom Reed", "The cyclist who
// died, a keen fell runner, was named locally as Ruth Gill"), when that
// name is the person's first mention; -1 otherwise.
func (r *resolver) namedAsAfter(m *ment) int {
	toks := r.di.doc.Tokens
	if m.indefinite || m.possessor != nil || m.quoted || m.tok0 >= len(toks) || r.di.lower[m.tok0] != "the" {
		return -1
	}
	if r.sameUnnamed(m) >= 0 {
		return -1 // "a mystery woman ... The woman was later identified as Kara Voss": the unnamed one, who takes the name
	}
	k := m.tok1
	for n := 0; n < 2 && k < len(toks) && toks[k].Sentence == m.sent && (toks[k].Text == "," || r.di.lower[k] == "who"); n++ {
		// past a relative clause ("The cyclist who died,") and an apposition (", a keen fell runner,")
		next := -1
		for j := k + 1; j < len(toks) && j <= k+8 && toks[j].Sentence == m.sent; j++ {
			if toks[j].Text == "," {
				next = j
				break
			}
		}
		if next < 0 {
			return -1
		}
		if r.di.lower[k] == "who" {
			k = next
		} else {
			k = next + 1
		}
	}
	from := k
	for ; k < len(toks) && k <= from+4 && toks[k].Sentence == m.sent; k++ {
		for w := 3; w >= 2; w-- {
			if k+w > len(toks) || !r.di.isPhrase(r.lx, cueIdentifiedAs, k, k+w) {
				continue
			}
			for _, o := range r.ms {
				if o.tok0 >= k+w && o.tok0 <= k+w+4 && o.sent == m.sent && o.kind == hearsay.NameMention && o.ent >= 0 &&
					r.cl[o.ent].typ == hearsay.Person && r.cl[o.ent].unnamed == "" {
					for _, p := range r.cl[o.ent].ments {
						if p.tok0 < o.tok0 {
							return -1 // named before: the description resolves as any other
						}
					}
					return o.ent
				}
			}
			return -1
		}
		if toks[k].Text == "," || toks[k].Text == "." {
			return -1
		}
	}
	return -1
}

// occFits reports whether a cluster's occupations allow the description
// noun: the same occupation, or its head alone when no other occupation
// with that head says otherwise ("NBA player Marcus Hill" is "the
// basketball player"; a "football player" is not).
func occFits(c *cluster, noun string) bool {
	if c.occs.has(noun) {
		return true
	}
	for _, o := range c.occs {
		if len(o) > len(noun) && strings.HasSuffix(o, noun) && o[len(o)-len(noun)-1] != ' ' {
			return true // "supermodel" is "the model", "singer-songwriter" "the songwriter"
		}
		if !strings.Contains(noun, " ") && strings.Contains(o, "-") && hyphenPart(o, noun) {
			return true // "singer-songwriter" is "the singer", "actor-director" "the actor"
		}
	}
	i := strings.LastIndexByte(noun, ' ')
	if i < 0 || !c.occs.has(noun[i+1:]) {
		return false
	}
	head := noun[i:]
	for _, o := range c.occs {
		if strings.HasSuffix(o, head) {
			return false
		}
	}
	return true
}

// tradeFits reports whether a cluster's occupations allow the description
// noun (occFits), or allow a trade the noun also names
// (data/tradesynonyms.tsv): "the stand-up" is the person described as "a
// comedian".
func (r *resolver) tradeFits(c *cluster, noun string) bool {
	if occFits(c, noun) {
		return true
	}
	for _, o := range r.lx.tradeSyns[noun] {
		if occFits(c, o) {
			return true
		}
	}
	return false
}

// hyphenPart reports whether part is one of the parts of s between
// hyphens (an element of strings.Split(s, "-")).
func hyphenPart(s, part string) bool {
	for {
		before, after, found := strings.Cut(s, "-")
		if before == part {
			return true
		}
		if !found {
			return false
		}
		s = after
	}
}

// addOcc records an occupation of a cluster, and its head word: "the
// activist" refers to the person described as a "climate activist". A
// cluster's first occupations are kept in room for four taken from the
// document's chunks of words (docInfo.newWords).
func (r *resolver) addOcc(cl *cluster, occ string) {
	if cl.occs == nil {
		cl.occs = r.di.newWords(4)
	}
	cl.occs.add(occ)
	if i := strings.LastIndexByte(occ, ' '); i >= 0 {
		cl.occs.add(occ[i+1:])
	}
}

// An occSet is a cluster's occupations, each once: a few words, cheaper to
// keep in a slice than in a map.
type occSet []string

// has reports whether the set holds occupation o.
func (s occSet) has(o string) bool {
	for _, x := range s {
		if x == o {
			return true
		}
	}
	return false
}

// add puts occupation o in the set unless it is there.
func (s *occSet) add(o string) {
	if !s.has(o) {
		*s = append(*s, o)
	}
}

// sameDescription returns the cluster of the latest earlier definite
// description with the same head noun, or -1.
func (r *resolver) sameDescription(m *ment) int {
	best := -1
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.kind == hearsay.NominalMention && o.ent >= 0 && o.noun == m.noun && m.noun != "" && o.possessor == nil && !o.indefinite &&
			r.cl[o.ent].typ == hearsay.Person {
			best = o.ent
		}
	}
	return best
}

// hasTitle reports whether a person was named with the title noun ("Senator Calder" for "the senator").
func (r *resolver) hasTitle(c *cluster, noun string) bool {
	for _, m := range c.ments {
		if m.title != "" && (m.title == noun || r.lx.titleNouns[m.title] == noun) {
			return true
		}
	}
	return false
}

// byNationality returns the one candidate known to have every nationality
// the description's demonyms give, or -1.
func (r *resolver) byNationality(m *ment, cands []candidate) int {
	var want []string
	for _, t := range m.mods {
		if country, ok := r.di.demonym(r.lx, t); ok {
			want = append(want, country)
		}
	}
	if len(want) == 0 {
		return -1
	}
	found := -1
	for _, c := range cands {
		all := true
		for _, w := range want {
			all = all && r.cl[c.c].nats[w]
		}
		if all {
			if found >= 0 {
				return -1
			}
			found = c.c
		}
	}
	return found
}

// nationalityFits reports whether a description's demonyms agree with what
// is known of the person.
func (r *resolver) nationalityFits(m *ment, cl *cluster) bool {
	for _, t := range m.mods {
		if country, ok := r.di.demonym(r.lx, t); ok && len(cl.nats) > 0 && !cl.nats[country] {
			return false
		}
	}
	return true
}

// resolvePossessed links "her husband" to an earlier description with the
// same head and the same possessor.
// clientOf returns the person a lawyer's or an agent's "his client" (m,
// possessed by cluster lawyer) stands for: of the named people other than
// the lawyer mentioned before m, the one mentioned most often, as the
// defendant of a court report is (the last of them on a tie); -1 when there
// is none.
func (r *resolver) clientOf(lawyer int, m *ment) int {
	count := map[int]int{}
	best := -1
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.ent < 0 || o.ent == lawyer {
			continue
		}
		if c := r.cl[o.ent]; c.typ != hearsay.Person || c.unnamed != "" || c.count(func(n *ment) bool { return n.kind == hearsay.NameMention }) == 0 {
			continue
		}
		count[o.ent]++
		if best < 0 || count[o.ent] >= count[best] {
			best = o.ent
		}
	}
	return best
}

func (r *resolver) resolvePossessed(m *ment) {
	p := m.possessor
	if p.ent < 0 {
		if c := r.groupRelative(p, m); c >= 0 {
			r.join(m, c) // "His son Adrian and daughters Julie and Karen argued that their father ..."
			m.rule = "nominal-kin"
		}
		return
	}
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.kind == hearsay.NominalMention && o.ent >= 0 && o.noun == m.noun && o.possessor != nil && o.possessor.ent == p.ent && o.ent != p.ent {
			r.join(m, o.ent)
			return
		}
	}
	if c := r.relative(p.ent, m); c >= 0 {
		r.join(m, c)
		m.rule = "nominal-kin"
		return
	}
	if r.lx.is(cueClientNoun, m.noun) {
		if c := r.clientOf(p.ent, m); c >= 0 {
			r.join(m, c) // "Darren Pike ... Mr Hale, defending, said his client was in debt"
			m.rule = "nominal-client"
		}
		return
	}
	if m.info.class == "spouse" || m.info.class == "partner" {
		if c := r.partnerOf(p.ent, m); c >= 0 {
			r.join(m, c)
			m.rule = "nominal-partner"
			return
		}
	}
	if m.info.class == "ex" {
		if c := r.exPartner(p.ent, m); c >= 0 {
			r.join(m, c) // "Moirhouse was previously married to Sasha Lind. ... his ex-wife"
			m.rule = "nominal-partner"
			return
		}
	}
	if c := r.ledeCataphor(m); c >= 0 && c != p.ent {
		r.join(m, c)
		m.rule = "nominal-lede"
	}
}

// maxChargeReach is the most tokens from a name to the verb of the charge
// it answers ("Karl Hale, 52, of Mill Road, Bradford, denies").
const maxChargeReach = 14

// accusedOf returns the person a description of cue class accused-noun
// ("the defendant", "the accused") stands for: the one person named before
// it as the subject of a verb of cue class charge-verb ("Karl Hale, 52,
// denies murder", "Ann Roe is charged with fraud"), with no other person
// named between; -1 when none or several are.
func (r *resolver) accusedOf(m *ment) int {
	if !r.lx.is(cueAccusedNoun, m.noun) {
		return -1
	}
	toks := r.di.doc.Tokens
	found := -1
	for i, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.kind != hearsay.NameMention || o.ent < 0 || r.cl[o.ent].typ != hearsay.Person || o.ent == found {
			continue
		}
		stop := min(len(toks), o.tok1+maxChargeReach, m.tok0)
		for _, n := range r.ms[i+1:] {
			if n.tok0 >= stop {
				break
			}
			if n.ent >= 0 && n.ent != o.ent && r.cl[n.ent].typ == hearsay.Person {
				stop = n.tok0 // the clause goes on to someone else
				break
			}
		}
		for k := o.tok1; k < stop && toks[k].Sentence == o.sent; k++ {
			if r.di.is(r.lx, cueChargeVerb, k) {
				if found >= 0 {
					return -1
				}
				found = o.ent
				break
			}
		}
	}
	return found
}

// ledeCataphor resolves a gendered description in an article's first
// sentence that the text has not yet named ("Kayla Monroe is not pregnant,
// her husband says.") to the person the next sentence names first, as its
// subject, when that is the person's first mention and the gender agrees
// ("Rapper Jalen Pierce, 30, took to Twitter ..."); -1 otherwise. With
// part-of-speech tags a description told in passing, not as its
// sentence's subject, takes the name only when it has the possessor's
// surname ("Ron Pike handed the reins to his son. Carl Pike, 38, takes
// over"): "Ivo Sand lives in Leeds with his wife. Ellie Voss, 41, met
// Kiera Dolan." is of someone else.
func (r *resolver) ledeCataphor(m *ment) int {
	if len(r.ms) == 0 || m.sent != r.ms[0].sent || m.gender != 'm' && m.gender != 'f' {
		return -1
	}
	passing := r.di.hasPOS && !r.verbAfterDescription(m)
	for _, n := range r.ms {
		if n.sent <= m.sent || n.ent < 0 || r.cl[n.ent].typ != hearsay.Person {
			continue
		}
		if n.sent > m.sent+1 || n.kind != hearsay.NameMention || !r.subjectLike(n) || r.cl[n.ent].genderOf() != m.gender {
			return -1
		}
		if passing && !r.possessorSurname(m, n) {
			return -1
		}
		for _, o := range r.cl[n.ent].ments {
			if o.tok0 < n.tok0 {
				return -1
			}
		}
		return n.ent
	}
	return -1
}

// possessorSurname reports whether name mention n, of two words or more,
// ends with a surname the possessor of description m is named with.
func (r *resolver) possessorSurname(m, n *ment) bool {
	p := m.possessor
	if p == nil || p.ent < 0 || len(n.words) < 2 {
		return false
	}
	return r.cl[p.ent].hasSurname(n.words[len(n.words)-1])
}

// ledeDescription resolves the description of a trade or post that opens
// a news article before anyone is named ("A retired headteacher won the
// ward on Thursday.", "The head of the city's police resigned on
// Wednesday.", "Britain's housing secretary was sacked.") to the person
// the next sentence names first, as its subject, when that is the
// person's first mention ("Dora Quill, 67, took 1,412 votes"). The
// description stands as the subject of its sentence (a verb follows it
// or the "of" phrase after it) or as the object of a verb ("Harlow Bank
// hired a veteran banker as its finance chief"), no person is mentioned
// before it in the text and no other description of a trade or post
// stands in its sentence. A gender or nationality the two disagree on
// rules it out. It returns -1 otherwise.
func (r *resolver) ledeDescription(m *ment) int {
	if !r.di.hasPOS || m.quoted || m.info.isKin || !m.info.isOcc && !m.info.isRole || m.possessor != nil && r.personPossessor(m.possessor) {
		return -1
	}
	relative := r.relativeSubject(m) // "A 34-year-old nurse who pulled her neighbour from a fire has been given an award"
	if r.personNamedBefore(m) || !relative && !r.verbAfterDescription(m) && !r.verbBeforeDescription(m) || r.otherDescription(m) && !relative {
		return -1 // "The governor named a retired judge ...": which one is named next?
	}
	for _, n := range r.ms {
		if n.sent <= m.sent || n.ent < 0 || r.cl[n.ent].typ != hearsay.Person {
			continue
		}
		cl := r.cl[n.ent]
		if n.sent > m.sent+1 || n.kind != hearsay.NameMention || !r.subjectLike(n) || cl.unnamed != "" {
			return -1
		}
		if g := cl.genderOf(); m.gender != 'u' && g != 'u' && g != m.gender || !r.nationalityFits(m, cl) || r.describedOtherwise(cl, m) {
			return -1 // "A judge ruled against the city. Mayor Tim Rowe said ...": someone else
		}
		for _, o := range cl.ments {
			if o.tok0 < n.tok0 {
				return -1
			}
		}
		return n.ent
	}
	return -1
}

// relativeSubject reports whether description m opens its sentence and
// "who" follows it ("A 27-year-old scaffolder who attacked a taxi driver
// has been jailed"): the sentence's subject, whatever its relative clause
// tells of others, unless a comma or "and" before another description
// makes it one of a list.
func (r *resolver) relativeSubject(m *ment) bool {
	toks := r.di.doc.Tokens
	if m.tok1 >= len(toks) || toks[m.tok1].Sentence != m.sent || r.di.lower[m.tok1] != "who" || m.tok0 > 0 && toks[m.tok0-1].Sentence == m.sent {
		return false
	}
	for _, o := range r.ms {
		if o != m && o.sent == m.sent && o.kind == hearsay.NominalMention && o.tok0 > 0 && (toks[o.tok0-1].Text == "," || r.di.lower[o.tok0-1] == "and") {
			return false // "A lollipop lady who ..., a hospital chief executive and a rugby league captain are among ...": a list of people
		}
	}
	return true
}

// otherTrade reports whether description m names a trade and person cl
// has occupations, none of which the trade fits: "Martin Hewitt, a plumber,
// died. The taxi driver was not hurt" tells of two people.
func (r *resolver) otherTrade(cl *cluster, m *ment) bool {
	if !m.info.isOcc || len(cl.occs) == 0 || strings.IndexByte(m.noun, ' ') < 0 || r.lx.is(cueHeadRole, m.noun) || r.tradeFits(cl, m.noun) {
		return false
	}
	if i := strings.LastIndexByte(m.noun, ' '); i >= 0 && r.tradeFits(cl, m.noun[i+1:]) {
		return false
	}
	return true
}

// describedOtherwise reports whether the text gives person cl a title or
// an occupation, none of which is description m's noun ("Mayor Tim Rowe"
// is not "a judge"). A noun of cue class head-role ("the head", "the
// chief") fits any title; a noun of several words fits by its last ("a
// parish priest" fits a priest).
func (r *resolver) describedOtherwise(cl *cluster, m *ment) bool {
	if r.lx.is(cueHeadRole, m.noun) || r.tradeFits(cl, m.noun) || r.hasTitle(cl, m.noun) {
		return false
	}
	if i := strings.LastIndexByte(m.noun, ' '); i >= 0 && (r.tradeFits(cl, m.noun[i+1:]) || r.hasTitle(cl, m.noun[i+1:])) {
		return false // "a parish priest" is "Father Tom Reyes", a priest
	}
	if len(cl.occs) > 0 {
		return true
	}
	for _, o := range cl.ments {
		if o.title != "" {
			return true
		}
	}
	return false
}

// personPossessor reports whether the possessor of a description is a
// person ("her", "Hart's") rather than a place or an organisation
// ("Britain's", "the company's").
func (r *resolver) personPossessor(p *ment) bool {
	return p.kind == hearsay.PronounMention || p.ent >= 0 && r.cl[p.ent].typ == hearsay.Person
}

// otherDescription reports whether m's sentence holds another description
// of a person by trade or post.
func (r *resolver) otherDescription(m *ment) bool {
	for _, o := range r.ms {
		if o != m && o.sent == m.sent && o.kind == hearsay.NominalMention && (o.info.isOcc || o.info.isRole) && !o.quoted && !r.postTakenAfter(m, o) {
			return true
		}
	}
	return false
}

// postTakenAfter reports whether description o is the post description m
// is given, after m, "as" and up to two words ("hired a veteran banker as
// its finance chief"): no other person.
func (r *resolver) postTakenAfter(m, o *ment) bool {
	if o.tok0 <= m.tok1 {
		return false
	}
	for k := o.tok0 - 1; k >= m.tok1 && k >= o.tok0-3; k-- {
		if r.di.lower[k] == "as" {
			return true
		}
	}
	return false
}

// verbBeforeDescription reports whether description m is the object of
// a verb: a verb stands right before it ("Acme named a rival's operations
// chief as its next chief executive").
func (r *resolver) verbBeforeDescription(m *ment) bool {
	k := m.tok0 - 1
	return k >= 0 && r.di.doc.Tokens[k].Sentence == m.sent && r.di.doc.Tokens[k].UPOS == "VERB"
}

// verbAfterDescription reports whether a verb follows description m, right
// after it or after an "of" or a "from" phrase of capitalised words, "the"
// and "'s" ("The head of the Dunmoor Police Department resigned", "A
// climber from Kendal died").
func (r *resolver) verbAfterDescription(m *ment) bool {
	toks := r.di.doc.Tokens
	k := m.tok1
	if k < len(toks) && (r.di.lower[k] == "of" || r.di.lower[k] == "from") {
		for k++; k < len(toks) && toks[k].Sentence == m.sent && (isCap(toks[k].Text) || r.di.lower[k] == "the" || isPossMarker(toks[k].Text)); k++ {
		}
	}
	if k >= len(toks) || toks[k].Sentence != m.sent {
		return false
	}
	if r.di.lower[k] == "who" && k+1 < len(toks) && toks[k+1].Sentence == m.sent && (toks[k+1].UPOS == "VERB" || toks[k+1].UPOS == "AUX") {
		return true // "A Filipino nurse who has worked in the NHS for 20 years received an MBE": the subject of its clause too
	}
	u := toks[k].UPOS
	return u == "VERB" || u == "AUX"
}

// inverseKin maps a kinship class to the class of the other side.
var inverseKin = map[string]string{"parent": "child", "child": "parent", "spouse": "spouse", "partner": "partner", "fiance": "fiance", "lover": "lover",
	"sibling": "sibling", "grandparent": "grandchild", "grandchild": "grandparent", "ex": "ex"}

// coupleClass reports whether a kinship class names a couple: spouses,
// partners, the engaged or lovers.
func coupleClass(class string) bool {
	return class == "spouse" || class == "partner" || class == "fiance" || class == "lover"
}

// A kinLink says that person a is the <class> of person b.
type kinLink struct {
	a, b  int
	class string
}

// kinLinks reads the kinship the text has stated so far (before token
// end): "Her son, Peter Blake" (Peter Blake is the child of her), "the
// only daughter of ... Roland Ashcombe".
func (r *resolver) kinLinks(end int) []kinLink {
	toks := r.di.doc.Tokens
	var out []kinLink
	for _, m := range r.ms {
		if m.tok0 >= end {
			break
		}
		if class, of := r.copularKin(m); class != "" {
			out = r.appendKinOf(out, m.ent, class, of) // "He is a son of Judith Crane and the late Samuel Crane"
			continue
		}
		if m.kind != hearsay.NominalMention || m.ent < 0 || !m.info.isKin || inverseKin[m.info.class] == "" {
			continue
		}
		if m.possessor != nil && m.possessor.ent >= 0 && m.possessor.ent != m.ent {
			out = append(out, kinLink{a: m.ent, b: m.possessor.ent, class: m.info.class})
			continue
		}
		if m.possessor != nil && m.possessor.ent < 0 && len(m.possessor.members) > 0 {
			for _, b := range m.possessor.members {
				if b != m.ent {
					out = append(out, kinLink{a: m.ent, b: b, class: m.info.class}) // "Their only son, Raymond": the son of each
				}
			}
			continue
		}
		if m.tok1 < len(toks) && r.di.lower[m.tok1] == "of" {
			out = r.appendKinOf(out, m.ent, m.info.class, m.tok1)
		}
	}
	return out
}

// appendKinOf appends to out the kinship of person a, told by a kinship
// noun of class whose "of" stands at token of, with the person named
// right after the "of" and the one coordinated with them ("the daughter of
// Maeve and Colin Ellery").
func (r *resolver) appendKinOf(out []kinLink, a int, class string, of int) []kinLink {
	sent := r.di.doc.Tokens[of].Sentence
	for _, o := range r.ms {
		if o.tok0 > of && o.tok0 <= of+5 && o.sent == sent && o.kind == hearsay.NameMention && o.ent >= 0 &&
			o.ent != a && r.cl[o.ent].typ == hearsay.Person {
			out = append(out, kinLink{a: a, b: o.ent, class: class})
			if b := r.coordinatedPerson(o); b >= 0 && b != a {
				out = append(out, kinLink{a: a, b: b, class: class})
			}
			break
		}
	}
	return out
}

// copularKin returns the kinship class and the token of "of" when name or
// pronoun m is the subject of "is" or "was", an article and a kinship
// noun of a child or a parent, then "of" ("He is a son of ...", "Ana was
// the daughter of ..."); "" when it is not.
func (r *resolver) copularKin(m *ment) (string, int) {
	k := m.tok1
	lower := r.di.lower
	if m.ent < 0 || m.kind != hearsay.NameMention && m.kind != hearsay.PronounMention || k+3 >= len(lower) ||
		r.di.doc.Tokens[k+3].Sentence != m.sent || r.cl[m.ent].typ != hearsay.Person {
		return "", 0
	}
	if lower[k] != "is" && lower[k] != "was" || lower[k+1] != "a" && lower[k+1] != "an" && lower[k+1] != "the" || lower[k+3] != "of" {
		return "", 0
	}
	info, ok := r.di.nounWords(r.lx, k+2, k+3)
	if !ok || !info.isKin || info.class != "child" && info.class != "parent" {
		return "", 0
	}
	return info.class, k + 3
}

// coordinatedPerson returns the person named right after name o and "and"
// ("Maeve and Colin Ellery", "Helena Crane and the late Peter Crane": a
// word of cue class contrast-mod after "the"; "Judith Crane of Portland,
// Me., and Samuel Crane": the home after the first name is passed over,
// homeAfter), or -1.
func (r *resolver) coordinatedPerson(o *ment) int {
	lower := r.di.lower
	and := o.tok1 + r.homeAfter(o)
	if and+1 >= len(lower) || lower[and] != "and" {
		return -1
	}
	at := and + 1
	if at+2 < len(lower) && lower[at] == "the" && r.di.is(r.lx, cueContrastMod, at+1) {
		at += 2
	}
	at += r.tradeBefore(at, o.sent) // "Greta Achterberg and jazz pianist Hans Achterberg"
	for _, n := range r.ms {
		if n.tok0 > at {
			break
		}
		if n.tok0 == at && n.sent == o.sent && n.kind == hearsay.NameMention && n.ent >= 0 && n.ent != o.ent && r.cl[n.ent].typ == hearsay.Person {
			return n.ent
		}
	}
	return -1
}

// homeAfter returns how many tokens after name o tell where the person
// lives, as a notice writes it before naming the other parent ("Judith
// Crane of Portland, Me., and ..."): "of", then places and the commas and
// stops between them, up to a comma; 0 when none.
func (r *resolver) homeAfter(o *ment) int {
	toks := r.di.doc.Tokens
	k := o.tok1
	if k >= len(toks) || r.di.lower[k] != "of" {
		return 0
	}
	k++
	places := 0
	for k < len(toks) && toks[k].Sentence == o.sent && k < o.tok1+10 {
		switch t := toks[k].Text; {
		case t == "," || t == ".":
			k++
			continue
		}
		p := r.placeMentionAt(k)
		if p == nil {
			break
		}
		places++
		k = p.tok1
	}
	if places == 0 || k >= len(toks) || toks[k-1].Text != "," && toks[k-1].Text != "." {
		return 0
	}
	return k - o.tok1
}

// placeMentionAt returns the mention of a place that starts at token k, or
// nil.
func (r *resolver) placeMentionAt(k int) *ment {
	for _, n := range r.ms {
		if n.tok0 > k {
			break
		}
		if n.tok0 == k && n.ent >= 0 && r.cl[n.ent].typ == hearsay.Place {
			return n
		}
	}
	return nil
}

// tradeBefore returns how many words from token at, in sentence sent,
// name a trade that stands before a name as its title ("jazz pianist",
// "retired nurse" reads "nurse" only): one to three lowercase words
// that end an occupation, not a kinship noun; 0 when none.
func (r *resolver) tradeBefore(at, sent int) int {
	toks := r.di.doc.Tokens
	for n := 3; n >= 1; n-- {
		e := at + n
		if e >= len(toks) || toks[e-1].Sentence != sent || !isCap(toks[e].Text) {
			continue
		}
		lowerRun := true
		for j := at; j < e; j++ {
			lowerRun = lowerRun && toks[j].Text == r.di.lower[j] && isAlphaWord(toks[j].Text)
		}
		if !lowerRun {
			continue
		}
		for k := at; k < e; k++ {
			if info, ok := r.di.nounWords(r.lx, k, e); ok && info.isOcc && !info.isKin {
				return n
			}
		}
	}
	return 0
}

// relative returns the person who is m's kinship noun to cluster p ("her
// father" when the text said she is someone's daughter), or -1.
func (r *resolver) relative(p int, m *ment) int {
	found := -1
	for _, k := range r.kinLinks(m.tok0) {
		x := -1
		switch {
		case k.b == p && k.class == m.info.class:
			x = k.a
		case k.a == p && inverseKin[k.class] == m.info.class:
			x = k.b
		}
		if x < 0 || x == p {
			continue
		}
		if g := r.cl[x].genderOf(); m.gender != 'u' && g != 'u' && g != m.gender {
			continue
		}
		if found >= 0 && found != x {
			return -1 // two candidates: no guess
		}
		found = x
	}
	return found
}

// groupRelative returns the person who is m's kinship noun to the
// members of the group p ("their father"): the one relative the text has
// stated of any member, none of the members giving another; -1 otherwise.
func (r *resolver) groupRelative(p, m *ment) int {
	if !m.info.isKin || len(p.members) < 2 {
		return -1
	}
	found := -1
	for _, b := range p.members {
		x := r.relative(b, m)
		if x < 0 {
			continue
		}
		if containsInt(p.members, x) || found >= 0 && found != x {
			return -1
		}
		found = x
	}
	return found
}

// partnerOf returns the other member of the latest two-person group that
// includes cluster c and is called a couple ("the couple", "The pair"), when the kinship noun's
// gender allows it, or -1.
func (r *resolver) partnerOf(c int, m *ment) int {
	other, at := -1, -1
	for _, g := range r.ms {
		if g.tok0 >= m.tok0 {
			break
		}
		if g.kind != hearsay.GroupMention || len(g.members) != 2 || !containsInt(g.members, c) || !r.di.is(r.lx, cueCoupleHead, g.tok1-1) {
			continue // "the two", "both": not said to be a couple
		}
		o := g.members[0]
		if o == c {
			o = g.members[1]
		}
		if gg := r.cl[o].genderOf(); m.gender != 'u' && gg != 'u' && gg != m.gender {
			continue
		}
		other, at = o, g.tok0
	}
	if other < 0 {
		if o := r.coupledWith(c, m); o >= 0 {
			if gg := r.cl[o].genderOf(); m.gender == 'u' || gg == 'u' || gg == m.gender {
				return o // "Shaw, who is married to Dean Shaw ... Dean Shaw has stood by his wife"
			}
		}
		return -1
	}
	if later := r.coupledAfter(c, at, m); later >= 0 {
		if gg := r.cl[later].genderOf(); m.gender == 'u' || gg == 'u' || gg == m.gender {
			return later // "the couple divorced in 1971. In 1975 he married Dorothy Green ... his wife": Green
		}
		return -1
	}
	return other
}

// exPartner returns the person an "ex" kinship noun of cluster c stands
// for ("his ex-wife"): of the people the text has joined to c before m as
// partners, by a word of cue class partner-link between two names in a
// sentence ("was married to Sasha Lind") or in a group called a couple,
// the only one a sentence naming both tells of as a couple of the past
// (pastCouple: "was previously married to", "married from 2010 to
// 2016"); -1 when there is none or no single one, or the one's gender is
// not m's.
func (r *resolver) exPartner(c int, m *ment) int {
	var partners []int
	add := func(o int) {
		if o != c && !containsInt(partners, o) {
			partners = append(partners, o)
		}
	}
	r.personPairs(m, func(prev, o *ment) {
		if prev.sent == o.sent && prev.ent != o.ent && (prev.ent == c || o.ent == c) && prev.kind == hearsay.NameMention && o.kind == hearsay.NameMention && r.partnerLinked(prev, o) {
			add(prev.ent)
			add(o.ent)
		}
	})
	for _, g := range r.ms {
		if g.tok0 >= m.tok0 {
			break
		}
		if g.kind == hearsay.GroupMention && len(g.members) == 2 && containsInt(g.members, c) && r.di.is(r.lx, cueCoupleHead, g.tok1-1) {
			add(g.members[0])
			add(g.members[1])
		}
	}
	found := -1
	for _, o := range partners {
		if r.pastCouple([]int{c, o}, m) {
			if found >= 0 {
				return -1
			}
			found = o
		}
	}
	if found < 0 {
		return -1
	}
	if g := r.cl[found].genderOf(); m.gender != 'u' && g != 'u' && g != m.gender {
		return -1
	}
	return found
}

// coupledAfter returns the last person the text joins to cluster c with a
// word of cue class partner-link ("he married Dorothy Green") after token
// from and before m, with no other person between; -1 when there is none.
func (r *resolver) coupledAfter(c, from int, m *ment) int {
	last := -1
	r.personPairs(m, func(prev, o *ment) {
		if prev.sent == o.sent && prev.ent == c && o.ent != c && o.kind == hearsay.NameMention && prev.tok0 > from && r.partnerLinked(prev, o) {
			last = o.ent
		}
	})
	return last
}

// coupledWith returns the last person the text joins to cluster c, before
// or after it in one sentence, with a word of cue class partner-link and no
// other person between ("Shaw, who is married to Dean Shaw"), before m; -1
// when there is none.
func (r *resolver) coupledWith(c int, m *ment) int {
	last := -1
	r.personPairs(m, func(prev, o *ment) {
		if prev.sent == o.sent && prev.ent != o.ent && (prev.ent == c || o.ent == c) && prev.kind == hearsay.NameMention && o.kind == hearsay.NameMention && r.partnerLinked(prev, o) {
			last = prev.ent
			if prev.ent == c {
				last = o.ent
			}
		}
	})
	return last
}

// personPairs calls f with each two successive mentions of people (groups
// left out) before m.
func (r *resolver) personPairs(m *ment, f func(prev, o *ment)) {
	var prev *ment
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.ent < 0 || r.cl[o.ent].typ != hearsay.Person || o.kind == hearsay.GroupMention {
			continue
		}
		if prev != nil {
			f(prev, o)
		}
		prev = o
	}
}

// partnerLinked reports whether a word of cue class partner-link stands
// between two mentions.
func (r *resolver) partnerLinked(prev, o *ment) bool {
	for i := prev.tok1; i < o.tok0; i++ {
		if r.di.is(r.lx, cuePartnerLink, i) {
			return true
		}
	}
	return false
}

// uniqueCluster returns the one person cluster satisfying f, or -1.
func (r *resolver) uniqueCluster(f func(*cluster) bool) int {
	found := -1
	for i, c := range r.cl {
		if c.typ == hearsay.Person && f(c) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// nearestWith returns the person cluster satisfying f mentioned nearest before m
// (or, when none is before, the first after within cataphoraReach
// sentences), or -1.
func (r *resolver) nearestWith(m *ment, f func(*cluster) bool) int {
	best, bestTok := -1, -1
	for i, c := range r.cl {
		if c.typ != hearsay.Person || !f(c) {
			continue
		}
		for _, o := range c.ments {
			if o.tok0 < m.tok0 && o.tok0 > bestTok {
				best, bestTok = i, o.tok0
			}
		}
		if best < 0 && r.namedSoonAfter(c, m) {
			best = i
		}
	}
	return best
}

// cataphoraReach is the most sentences after a description that the
// person it describes may be first named in when no one fitting it was
// named before.
const cataphoraReach = 2

// namedSoonAfter reports whether cluster c has a mention within
// cataphoraReach sentences after m's: "The 51-year-old trainer" is not a
// trainer the story names only paragraphs later.
func (r *resolver) namedSoonAfter(c *cluster, m *ment) bool {
	for _, o := range c.ments {
		if o.sent <= m.sent+cataphoraReach {
			return true
		}
	}
	return false
}

// kinRules name the rule of an unnamed relative by the kinship class of its
// noun; the fact stage reads the relation from it.
var kinRules = map[string]string{"child": "unnamed-child", "spouse": "unnamed-spouse", "partner": "unnamed-partner"}

// unnamedKin makes an unnamed person of each description of a person's
// child, spouse or partner that no sieve resolved, whose possessor is a
// person or a group of people and after which the text names no one in
// apposition ("his wife and their two young daughters", "Hollenbeck's
// wife", "X and his girlfriend are expecting"; not "his wife, Ruth Abara",
// nor a spouse the text has named before, nor a partner of someone the
// text couples with a person it names), and of each group of children
// counted or possessed ("the couple have three grown children"). The
// mention's rule tells the relation: unnamed-child, unnamed-spouse or
// unnamed-partner. Parents and representatives so described are left
// alone: stories name them in passing ("told her mother", "her rep said").
func (r *resolver) unnamedKin() {
	names := make([]bool, len(r.di.doc.Tokens)) // first tokens of the names of people
	for _, m := range r.ms {
		if m.kind == hearsay.NameMention && m.ent >= 0 && r.cl[m.ent].typ == hearsay.Person {
			names[m.tok0] = true
		}
	}
	spoused := map[int]bool{}   // possessors whose spouse a description resolved or a name in apposition told
	partnered := map[int]bool{} // ... whose spouse or partner so
	for _, m := range r.ms {
		if m.kind == hearsay.NominalMention && coupleKin(m.info.class) && m.possessor != nil && m.possessor.ent >= 0 && (m.ent >= 0 || r.nameAfter(m.tok1, names)) {
			spoused[m.possessor.ent] = spoused[m.possessor.ent] || m.info.class == "spouse"
			partnered[m.possessor.ent] = true
		}
		if m.kind != hearsay.NominalMention || m.ent >= 0 || m.quoted || m.indefinite || m.possessor == nil {
			continue
		}
		rule := ""
		if m.info.isKin && !r.lx.reps[m.noun] {
			rule = kinRules[m.info.class]
		}
		if rule == "" || !r.personPossessor(m.possessor) && m.possessor.kind != hearsay.GroupMention {
			continue
		}
		if r.kinStopped(m.tok0, m.tok1) || r.nameAfter(m.tok1, names) || rule == "unnamed-spouse" && (spoused[m.possessor.ent] || r.hasNamedSpouse(m.possessor.ent, false)) {
			continue
		}
		if rule == "unnamed-partner" && (partnered[m.possessor.ent] || r.hasNamedSpouse(m.possessor.ent, true) || r.coupledAnywhere(m.possessor.ent, m)) {
			continue // "saying his girlfriend "finds it very funny." Quinlan has been in a relationship with Noemi Park"
		}
		if c := r.sameUnnamedSpouse(m, rule); c >= 0 {
			r.join(m, c) // "lives with her husband. ... Her husband, a paramedic,": one husband
			m.rule = rule
			continue
		}
		r.makeUnnamed(m, rule)
	}
	r.unnamedChildGroups(names)
	r.unnamedBirths(names)
	r.describedParents()
	r.definiteTradeParents()
}

// definiteTradeParents makes an unnamed person of each parent described by
// a definite trade right after a child noun and "of" ("the daughter of the
// harbour master", "the son of the village blacksmith") that no one was
// taken for once every description is resolved: the trade is the parent's
// (mention rule unnamed-parent, as tradeParent's "the son of a docker").
// A trade that goes on with "of" or a possessive ("the son of the owner of
// the mill") is part of something larger and stays no one.
func (r *resolver) definiteTradeParents() {
	toks := r.di.doc.Tokens
	for _, m := range r.ms {
		if m.kind != hearsay.NominalMention || m.ent >= 0 || m.quoted || m.indefinite || m.possessor != nil || !m.info.isOcc || m.info.isKin {
			continue
		}
		if m.tok0 < 2 || r.di.lower[m.tok0] != "the" || toks[m.tok0-1].Sentence != m.sent || r.di.lower[m.tok0-1] != "of" {
			continue
		}
		if m.tok1 < len(toks) && (r.di.lower[m.tok1] == "of" || isPossMarker(toks[m.tok1].Text)) {
			continue
		}
		if !r.tradeParent(m, -1) {
			continue
		}
		r.makeUnnamed(m, "unnamed-parent")
		r.addOcc(r.cl[m.ent], m.noun)
		r.attrs = r.describe(r.attrs, m, r.nominalItems(m), r.nominalRule(m))
	}
}

// describedParents makes an unnamed person of each parent with no name,
// possessed by a person, that the text describes by what they did for a
// living right after naming them (cue class parent-work: "where his
// father ran a hardware store", "her mother taught maths", "his father
// was a miner"; "was" and "is" only before "a" or "an") or whose death it
// tells right after (cue class kin-death: "when his father died in 2014"). The mention rule
// is unnamed-parent: the possessor is the child. Parents mentioned in
// passing ("told her mother") stay no one.
func (r *resolver) describedParents() {
	lower := r.di.lower
	for _, m := range r.ms {
		if m.kind != hearsay.NominalMention || m.ent >= 0 || m.quoted || m.possessor == nil || !m.info.isKin || m.info.class != "parent" || m.number == 'p' {
			continue
		}
		if !r.personPossessor(m.possessor) || m.tok1+1 >= len(lower) || r.di.doc.Tokens[m.tok1].Sentence != m.sent {
			continue
		}
		w := lower[m.tok1]
		born := r.lx.is(cueKinDeath, w) || r.lx.is(cueParentWork, w) && !((w == "was" || w == "is") && lower[m.tok1+1] != "a" && lower[m.tok1+1] != "an")
		if c := r.bornParentOf(m); born && c >= 0 {
			r.join(m, c) // "Born to a Norwegian mother, she ... My mother taught piano": the one mother
			m.rule = "unnamed-parent"
			continue
		}
		if r.lx.is(cueKinDeath, w) {
			r.makeUnnamed(m, "unnamed-parent") // "when his father died in 2014"
			continue
		}
		if !r.lx.is(cueParentWork, w) || (w == "was" || w == "is") && lower[m.tok1+1] != "a" && lower[m.tok1+1] != "an" {
			continue
		}
		r.makeUnnamed(m, "unnamed-parent")
		if w == "was" || w == "is" {
			r.parentTrade(m, r.mentionAt(m.tok1+1)) // "his father was a coal miner"
		}
	}
}

// bornParentOf returns the unnamed parent a birth told before possessed
// parent m made (bornToParent) with m's noun, in a sentence that also
// mentions m's possessor, the child; -1 when there is none or more than one.
func (r *resolver) bornParentOf(m *ment) int {
	found := -1
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.ent < 0 || o.rule != "unnamed-parent" || !parentNoun(o.info) || o.noun != m.noun || m.possessor.ent < 0 || !r.mentionedInSentence(m.possessor.ent, o.sent) {
			continue
		}
		if found >= 0 && found != o.ent {
			return -1
		}
		found = o.ent
	}
	return found
}

// generationalSuffixes are the words after a name that tell one of a
// family's generations who share it ("John Smith Jr.", "Robert Kane III").
var generationalSuffixes = map[string]bool{"jr.": true, "jr": true, "sr.": true, "sr": true, "ii": true, "iii": true, "iv": true}

// generationalSuffixes takes into a person's name the generational suffix
// right after it that the name tagger left out ("his son, John Smith Jr.,
// of Dallas"): a son who shares his father's name is another person, whom
// the suffix tells apart.
func (r *resolver) generationalSuffixes() {
	toks := r.di.doc.Tokens
	for _, m := range r.ms {
		if m.kind != hearsay.NameMention || len(m.words) < 2 || m.tok1 >= len(toks) || toks[m.tok1].Sentence != m.sent || m.typ != hearsay.Person && m.typ != "" {
			continue
		}
		w := toks[m.tok1].Text
		if !generationalSuffixes[strings.ToLower(w)] || !isCap(w) {
			continue
		}
		if generationalSuffixes[strings.ToLower(m.words[len(m.words)-1])] {
			continue
		}
		m.tok1++
		m.words = append(m.words[:len(m.words):len(m.words)], w)
	}
}

// mentionedInSentence reports whether cluster c is mentioned in sentence sent.
func (r *resolver) mentionedInSentence(c, sent int) bool {
	st := r.di.doc.Sentences[sent]
	return r.mentionedIn(c, st.FirstToken, st.EndToken)
}

// parentTrade joins the description t of a trade to the unnamed parent m
// it is told of ("his father was a coal miner") and gives the parent the
// trade as an attribute, when t is a trade no one else was taken for.
func (r *resolver) parentTrade(m, t *ment) {
	if t == nil || m.ent < 0 || !t.indefinite || t.ent >= 0 || !t.info.isOcc || t.info.isKin || t.sent != m.sent || t.quoted {
		return
	}
	r.join(t, m.ent)
	t.rule = "nominal-unnamed"
	r.attrs = r.describe(r.attrs, t, r.nominalItems(t), r.nominalRule(t))
}

// unnamedBirths makes an unnamed person of each child with no name that a
// verb of cue class birth-verb brings into a family ("X and Y welcomed a
// baby boy", "she gave birth to a daughter", "welcomed their second
// child", "adopted a son"), of each son or daughter with no name that
// someone has, had or shares ("she has a son from a previous relationship",
// "shares a daughter with Tom Hale", cue class kin-share-verb), and of
// each possessed child with a place among its siblings (cue class
// birth-had-order) that someone had ("had their first child"), when
// no name follows to say who the child is ("welcomed a daughter, Rose").
// The mention rule is unnamed-child: a possessed child is its possessor's,
// an indefinite one the subject's (the fact patterns read it).
func (r *resolver) unnamedBirths(names []bool) {
	for _, m := range r.ms {
		if m.kind != hearsay.NominalMention || m.ent >= 0 || m.quoted || m.tok0 < 1 || m.tok1 > len(r.di.lower) {
			continue
		}
		head := r.di.lower[m.tok1-1]
		child := m.info.isKin && m.info.class == "child" && head != "baby" || head == "baby" && m.tok1-m.tok0 > 1 && r.di.lower[m.tok1-2] != "the"
		if !child && head != "boy" && head != "girl" && head != "baby" {
			continue
		}
		p := m.tok0 - 1
		switch {
		case m.indefinite, m.possessor != nil && m.possessor.kind == hearsay.PronounMention:
		default:
			continue
		}
		if m.possessor != nil {
			p = m.possessor.tok0 - 1
		}
		if p < 0 || r.di.doc.Tokens[p].Sentence != m.sent {
			continue
		}
		born := r.bornBefore(p) || r.di.lower[p] == "with" && p > 0 && r.di.is(r.lx, cueBirthWith, p-1) // "were blessed with a baby boy"
		had := m.indefinite && child && (r.di.lower[p] == "has" || r.di.lower[p] == "had" || r.di.lower[p] == "have" || r.di.is(r.lx, cueKinShareVerb, p)) ||
			m.possessor != nil && child && r.di.lower[p] == "had" && r.birthOrdered(m) // "the couple had their first child in April"
		if !born && !had {
			continue
		}
		if r.nameAfter(m.tok1, names) || r.namedSoon(m.tok1, m.sent+2, names) {
			continue
		}
		r.makeUnnamed(m, "unnamed-child")
	}
}

// birthOrdered reports whether a word of description m is of cue class
// birth-had-order ("their first child", "her second son").
func (r *resolver) birthOrdered(m *ment) bool {
	for j := m.tok0; j < m.tok1; j++ {
		if r.di.is(r.lx, cueBirthHadOrder, j) {
			return true
		}
	}
	return false
}

// namedSoon reports whether a verb of cue class naming-verb from token
// from on, up to the end of sentence last, has a person's name within three
// words after it ("a son, named Leo", "The couple named the baby Arthur"):
// the child is named, no unnamed person.
func (r *resolver) namedSoon(from, last int, names []bool) bool {
	toks := r.di.doc.Tokens
	for j := from; j < len(toks) && toks[j].Sentence <= last; j++ {
		if !r.di.is(r.lx, cueNamingVerb, j) {
			continue
		}
		for k := j + 1; k <= j+3 && k < len(toks); k++ {
			if names[k] {
				return true
			}
		}
	}
	return false
}

// sameUnnamedSpouse returns the unnamed spouse or partner made before of
// the same possessor by the same noun as description m ("her husband"
// twice of one woman), or -1: a person has one at a time. Children are
// never so joined ("her son" may be another son).
func (r *resolver) sameUnnamedSpouse(m *ment, rule string) int {
	if rule != "unnamed-spouse" && rule != "unnamed-partner" {
		return -1
	}
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.ent >= 0 && o.rule == rule && o.noun == m.noun && o.possessor != nil && m.possessor.ent >= 0 && o.possessor.ent == m.possessor.ent && r.cl[o.ent].unnamed != "" {
			return o.ent
		}
	}
	return -1
}

// makeUnnamed makes mention m an unnamed person of its own, described by
// its words, with the mention rule rule.
func (r *resolver) makeUnnamed(m *ment, rule string) {
	toks := r.di.doc.Tokens
	cl := r.cl[r.join(m, -1)]
	cl.typ = hearsay.Person
	cl.unnamed = "<unnamed: " + strings.ToLower(r.di.doc.Text[toks[m.tok0].Start:toks[m.tok1-1].End]) + ">"
	m.rule = rule
}

// kinStopped reports whether a word of tokens [a, b) is of cue class
// kin-unnamed-stop ("their first child", "her partner").
func (r *resolver) kinStopped(a, b int) bool {
	for j := a; j < b; j++ {
		if r.lx.is(cueKinUnnamedStop, r.di.lower[j]) {
			return true
		}
	}
	return false
}

// nameAfter reports whether the name of a person starts within a few words
// after token end in its clause ("his wife of 55 years, Helen", "her
// husband, former linebacker Dorian Haverford"): the description is the
// name's apposition, no unnamed person.
func (r *resolver) nameAfter(end int, names []bool) bool {
	toks := r.di.doc.Tokens
	if end >= len(toks) {
		return false
	}
	sent := toks[end-1].Sentence
	for j := end; j < end+10 && j < len(toks) && toks[j].Sentence == sent; j++ {
		if names[j] {
			return true
		}
		w := r.di.lower[j]
		if clauseWords[w] || w == ";" || w == "." || w == "?" || w == "!" || r.di.hasPOS && finiteVerb(toks[j].XPOS) {
			return false
		}
	}
	return false
}

// clauseWords end the words that can stand between a description and a
// name in apposition to it.
var clauseWords = map[string]bool{"and": true, "or": true, "but": true, "who": true, "which": true, "that": true, "whom": true,
	"with": true, "in": true, "at": true, "to": true, "from": true}

// finiteVerb reports whether a part-of-speech tag is that of a finite verb
// or a modal.
func finiteVerb(tag string) bool {
	switch tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// childPlural reports whether token i names several children
// ("daughters", "children", "kids", "twins"): a word of cue class
// kin-plural, "children", or a plural of a kinship noun of class child
// (Lexicons.markChildPlurals), from the per-token look-ups.
func (r *resolver) childPlural(i int) bool {
	ti := r.di.token(r.lx, i)
	return ti != nil && ti.has(bitChildPlural)
}

// unnamedChildGroups makes an unnamed person of each group of children
// that a possessive opens before a count or a modifier ("their two young
// daughters", "Fairclough's twin daughters", and with a noun of cue class
// kin-group-noun "their twin boys"; not the generic "raise their
// children"; a modifier with no count needs a word of cue class
// kin-group-lead before it, a count none) or a count opens ("the couple have three grown
// children", "survived by his wife and four children"), when no name
// follows to say who they are ("their two sons, Leo and Max") and no
// mention holds the words already.
func (r *resolver) unnamedChildGroups(names []bool) {
	toks := r.di.doc.Tokens
	lower := r.di.lower
	before := r.ms[:len(r.ms):len(r.ms)] // the mentions read before any group is made
	var taken []bool                     // tokens inside a resolved mention, marked at the first plural
	for i := 1; i < len(toks); i++ {
		noun := r.lx.is(cueKinGroupNoun, lower[i])
		if !r.childPlural(i) && !noun {
			continue
		}
		if taken == nil {
			taken = resolvedTokens(before, len(toks))
		}
		if taken[i] || r.di.quoted[i] || r.namedAfterGroup(i+1, names) || r.namedInOrder(i+1, names) {
			continue
		}
		sent := toks[i].Sentence
		j := i - 1
		counted := false
		for j >= 0 && toks[j].Sentence == sent && (r.lx.is(cueKinGroupMod, lower[j]) || numberWords[lower[j]] > 1 || isNumber(toks[j].Text)) {
			counted = counted || numberWords[lower[j]] > 1 || isNumber(toks[j].Text)
			j--
		}
		if j < 0 || toks[j].Sentence != sent || j+1 == i || r.kinStopped(j+1, i+1) {
			continue
		}
		tok0 := j + 1
		var poss *ment
		switch {
		case (lower[j] == "his" || lower[j] == "her" || lower[j] == "their") && (counted || r.groupLead(j)):
			poss = findMent(r.ms, j, j+1)
			tok0 = j
		case isPossMarker(toks[j].Text) && lastEndingAt(before, j) != nil && lastEndingAt(before, j).kind == hearsay.NameMention && (counted || r.groupLead(lastEndingAt(before, j).tok0)):
			poss = lastEndingAt(before, j)
			tok0 = poss.tok0
		case noun:
			continue // "two boys" is a group of children only when someone has them
		case counted && !r.lx.is(cueDeterminer, lower[j]) && lower[j] != "of" && lower[j] != "all" && lower[j] != "these" && lower[j] != "those":
		default:
			continue
		}
		if poss != nil && poss.ent < 0 && len(poss.members) == 0 && lower[j] != "their" {
			continue // an unresolved "their" may still be the couple the sentence tells of
		}
		m := r.di.newMent(ment{tok0: tok0, tok1: i + 1, head: i, sent: sent, kind: hearsay.NominalMention, typ: hearsay.Person,
			gender: 'u', number: 'p', person: 3, noun: lower[i], possessor: poss, ent: -1})
		r.ms = append(r.ms, m)
		r.makeUnnamed(m, "unnamed-child")
	}
}

// bornBefore reports whether token j is a verb of cue class birth-verb,
// or "to" after one ("welcomed", "gave birth to"), that no word of cue
// class birth-not-yet puts ahead ("will welcome", "set to welcome", "due to
// give birth to"): the children right after it are new to their family.
func (r *resolver) bornBefore(j int) bool {
	v := j
	if r.di.lower[j] == "to" && j > 0 {
		v = j - 1
	}
	if !r.di.is(r.lx, cueBirthVerb, v) {
		return false
	}
	return v == 0 || r.di.doc.Tokens[v-1].Sentence != r.di.doc.Tokens[v].Sentence || !r.di.is(r.lx, cueBirthNotYet, v-1)
}

// resolvedTokens marks the tokens of a text of n tokens that lie inside a
// mention of ms resolved to a cluster or holding group members.
func resolvedTokens(ms []*ment, n int) []bool {
	taken := make([]bool, n)
	for _, m := range ms {
		if m.ent >= 0 || len(m.members) > 0 {
			for j := m.tok0; j < m.tok1; j++ {
				taken[j] = true
			}
		}
	}
	return taken
}

// lastEndingAt is the last mention of ms that ends before token tok1, or
// nil when none does.
func lastEndingAt(ms []*ment, tok1 int) *ment {
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].tok1 == tok1 {
			return ms[k]
		}
	}
	return nil
}

// namedAfterGroup reports whether the children of a group ending before
// token k are named right after it ("their sons Leo and Max", "three
// children, Mia, Leo and Ada", "two sons from his first marriage, Dale
// and Wesley", "two daughters named Rosa and Ivy"), or the
// group is part of something larger ("the children of ...").
func (r *resolver) namedAfterGroup(k int, names []bool) bool {
	toks := r.di.doc.Tokens
	if k >= len(toks) || toks[k].Sentence != toks[k-1].Sentence {
		return false
	}
	w := r.di.lower[k]
	switch {
	case names[k], w == "of", isPossMarker(toks[k].Text), r.lx.is(cueNamingVerb, w):
		return true
	case w == "," || w == "(" || w == "—" || w == "–" || w == "-" || w == ":" || w == "from" || w == "by" || w == "with":
		other := w == "from" || w == "by" || w == "with" // a name right after these is the other parent's, not the group's
		if other && r.partnerNounAt(k+1) {
			return false // "twins with her husband, Danny Royce": the name is the husband's
		}
		for j := k + 1; j < k+8 && j < len(toks) && toks[j].Sentence == toks[k].Sentence; j++ {
			if other && names[j] && !listOpener(r.di.lower[j-1]) {
				for j+1 < len(toks) && names[j+1] {
					j++ // "two children with Tom Hale": the children's other parent
				}
				continue
			}
			if names[j] || j == k+1 && isCap(toks[j].Text) && !other {
				return true // "two children – 12-year-old Aleph and ..."; "two daughters with Tom Hale, Ivy and Mia"
			}
			if clauseWords[r.di.lower[j]] || r.di.hasPOS && finiteVerb(toks[j].XPOS) {
				break
			}
		}
	}
	return false
}

// partnerNounAt reports whether tokens k and k+1 are "her", "his" or
// "their" and a kinship noun of a spouse, a partner, a fiancé or a former
// partner ("her husband", "his ex-wife").
func (r *resolver) partnerNounAt(k int) bool {
	if k+1 >= len(r.di.lower) || r.di.doc.Tokens[k+1].Sentence != r.di.doc.Tokens[k].Sentence {
		return false
	}
	if w := r.di.lower[k]; w != "her" && w != "his" && w != "their" {
		return false
	}
	info, ok := r.di.nounWords(r.lx, k+1, k+2)
	return ok && info.isKin && (info.class == "spouse" || info.class == "partner" || info.class == "ex" || info.class == "fiance")
}

// listOpener reports whether w, a token right before a name, opens a list of
// the group's members (", Ivy and Mia", ": Ivo and Ada").
func listOpener(w string) bool {
	return w == "," || w == ":" || w == "—" || w == "–" || w == "-" || w == "("
}

// birthOrderReach is how many sentences after a group of children a word
// of its members' order among them may name one ("The couple have three
// children. ... Their eldest, Mia, ...").
const birthOrderReach = 3

// namedInOrder reports whether, within birthOrderReach sentences from token
// k, a word of cue class kin-birth-order is followed within a few words by
// the name of a person ("their eldest, Cassidy", "the youngest, Hattie
// Ravelle", "middle child Luke"): the text goes on to name the group's
// members one by one, and the group is they.
func (r *resolver) namedInOrder(k int, names []bool) bool {
	toks := r.di.doc.Tokens
	if k >= len(toks) {
		return false
	}
	last := toks[k-1].Sentence + birthOrderReach
	for j := k; j < len(toks) && toks[j].Sentence <= last; j++ {
		if !r.lx.is(cueKinBirthOrder, r.di.lower[j]) {
			continue
		}
		for n := j + 1; n <= j+3 && n < len(toks) && toks[n].Sentence == toks[j].Sentence; n++ {
			if names[n] {
				return true
			}
		}
	}
	return false
}

// groupLeadReach is how many tokens before a possessed group of children
// a word of cue class kin-group-lead may stand: far enough to pass over a
// spouse named in apposition ("with his wife, Mara, and their twin sons").
const groupLeadReach = 8

// groupLead reports whether a word of cue class kin-group-lead comes
// within groupLeadReach words before token k in its sentence ("lives in
// Leeds with his wife and their two sons", "raised her five children"):
// words that tell a family the person lives or lives on with.
func (r *resolver) groupLead(k int) bool {
	toks := r.di.doc.Tokens
	for j := k - 1; j >= 0 && j >= k-groupLeadReach && toks[j].Sentence == toks[k].Sentence; j-- {
		if r.lx.is(cueKinGroupLead, r.di.lower[j]) {
			return true
		}
	}
	return false
}

// coupledAnywhere reports whether some sentence of the text couples person
// p with another person it names (coupling: "has been in a relationship
// with the chef Noemi Park"; pairedAfter: "Odessa Lang and Jasper Quinlan
// were dating"): a partner the text leaves unnamed in one place (mention
// m) is that person, whether named before or after.
func (r *resolver) coupledAnywhere(p int, m *ment) bool {
	if p < 0 {
		return false
	}
	for si, st := range r.di.doc.Sentences {
		if pair := r.coupling(si, st.EndToken); pair != nil && containsInt(pair, p) {
			return true
		}
		if r.pairedAfter(si, p, m) {
			return true
		}
	}
	return false
}

// pairedAfter reports whether sentence si names person p and one other
// person only, by name, and a word of cue class partner-link follows both
// names outside mention m ("Odessa Lang and Jasper Quinlan were dating").
func (r *resolver) pairedAfter(si, p int, m *ment) bool {
	var names []*ment
	for _, o := range r.ms[r.windowStart(si):] {
		if o.sent > si {
			break
		}
		if o.sent == si && o.kind == hearsay.NameMention && o.ent >= 0 && r.cl[o.ent].typ == hearsay.Person {
			if len(names) == 0 || names[len(names)-1].ent != o.ent {
				names = append(names, o)
			}
		}
	}
	if len(names) != 2 || names[0].ent == names[1].ent || !containsInt([]int{names[0].ent, names[1].ent}, p) {
		return false
	}
	end := r.di.doc.Sentences[si].EndToken
	for i := names[1].tok1; i < end && i < len(r.di.doc.Tokens); i++ {
		if (i < m.tok0 || i >= m.tok1) && r.di.is(r.lx, cuePartnerLink, i) {
			return true
		}
	}
	return false
}

// coupleKin reports whether a kinship class names a spouse or a partner
// (kinship.tsv classes spouse and partner).
func coupleKin(class string) bool {
	return class == "spouse" || class == "partner"
}

// hasNamedSpouse reports whether the text has given cluster p a spouse
// with a name ("his wife of ten years, Sofia Moreno"), or with partner a
// spouse or a partner ("her boyfriend, Leo Ward"): a later "his wife" or
// "her boyfriend" is that person, no one new.
func (r *resolver) hasNamedSpouse(p int, partner bool) bool {
	if p < 0 {
		return false
	}
	for _, k := range r.kinLinks(len(r.di.doc.Tokens)) {
		if !(k.class == "spouse" || partner && coupleKin(k.class)) || k.a != p && k.b != p {
			continue
		}
		if o := k.a + k.b - p; o != p && r.cl[o].unnamed == "" {
			return true
		}
	}
	return false
}

// relativeApposition returns the kin nominal with a possessor that m
// follows after a comma when m is set off as its description ("her
// husband, the chairman of Orlo Steel,", "his brother, the party's
// treasurer."), or nil: the description belongs to that relative, not to
// a name further back.
func (r *resolver) relativeApposition(m *ment) *ment {
	toks := r.di.doc.Tokens
	if m.indefinite || m.tok0 < 2 || toks[m.tok0-1].Text != "," || m.info.isKin {
		return nil
	}
	if !(m.tok1 >= len(toks) || toks[m.tok1].Sentence != m.sent || isClauseEnd(toks[m.tok1].Text) || r.descriptionContinues(m)) {
		return nil
	}
	for _, n := range r.ms {
		if n.tok1 == m.tok0-1 && n.kind == hearsay.NominalMention && n != m && n.info.isKin && n.possessor != nil {
			return n
		}
	}
	return nil
}

// kinAppositions joins each description left open after a relative's
// kin nominal (relativeApposition) to that relative's cluster once it has
// one.
func (r *resolver) kinAppositions() {
	for _, m := range r.ms {
		if m.kind != hearsay.NominalMention || m.ent >= 0 {
			continue
		}
		n := r.relativeApposition(m)
		if n == nil || n.ent < 0 || r.cl[n.ent].typ != hearsay.Person {
			continue
		}
		if g := r.cl[n.ent].genderOf(); m.gender != 'u' && g != 'u' && g != m.gender {
			continue
		}
		r.join(m, n.ent)
		m.rule = "nominal-apposition"
	}
}
