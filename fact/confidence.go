package fact

import (
	"bytes"
	_ "embed" // the confidence model
	"fmt"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
)

// The confidence of a fact is the estimate, in [0,1], that the fact is right
// (that a reader checking the article would count it): a logistic model over
// features that describe the kind of evidence behind the fact (derived or
// read, how far apart its arguments stand, whether they are named there or
// only referred to, the sentence's shape, how many sentences support it,
// whether it conflicts with another fact) rather than the words of the
// sentence. The model is trained on the gold facts of the open development
// sets by `hearsay train confidence` and embedded from
// data/confidence.model. Facts under the model's threshold are dropped; a
// threshold of 0 keeps every fact.

//go:embed data/confidence.model
var confidenceModel string

// A ConfModel is a logistic model over the string features of a fact.
type ConfModel struct {
	Bias      float64
	Threshold float64 // facts scoring under it are dropped; 0 keeps all
	Weights   map[string]float64
	ix        *confIndex // Weights as scoring reads them, made by ParseConfModel
}

// Score is the model's confidence for a fact with features fs.
func (m *ConfModel) Score(fs []string) float64 {
	z := m.Bias
	for _, f := range fs {
		z += m.Weights[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// ParseConfModel reads a model written by WriteConfModel: lines
// "bias<TAB>W", "threshold<TAB>T" and "w<TAB>FEATURE<TAB>W"; lines starting
// with # are comments.
func ParseConfModel(text string) (*ConfModel, error) {
	m := &ConfModel{Weights: map[string]float64{}}
	for n, line := range strings.Split(text, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		fs := strings.Split(line, "\t")
		bad := func(err error) error {
			return fmt.Errorf("confidence model line %d: %q: %w", n+1, line, err)
		}
		v, err := strconv.ParseFloat(fs[len(fs)-1], 64)
		if err != nil {
			return nil, bad(err)
		}
		switch {
		case fs[0] == "bias" && len(fs) == 2:
			m.Bias = v
		case fs[0] == "threshold" && len(fs) == 2:
			m.Threshold = v
		case fs[0] == "w" && len(fs) == 3:
			m.Weights[fs[1]] = v
		default:
			return nil, bad(fmt.Errorf("want bias, threshold or w lines"))
		}
	}
	if err := m.index(); err != nil {
		return nil, err
	}
	return m, nil
}

// String writes the model in the form ParseConfModel reads, features sorted,
// so that the same model always gives the same bytes.
func (m *ConfModel) String() string {
	var b strings.Builder
	b.WriteString("# hearsay fact confidence: logistic model over fact features (fact/confidence.go); written by 'hearsay train confidence'\n")
	fmt.Fprintf(&b, "threshold\t%s\nbias\t%s\n", fmtWeight(m.Threshold), fmtWeight(m.Bias))
	keys := make([]string, 0, len(m.Weights))
	for k, w := range m.Weights {
		if fmtWeight(w) != "0" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "w\t%s\t%s\n", k, fmtWeight(m.Weights[k]))
	}
	return b.String()
}

func fmtWeight(w float64) string {
	s := strconv.FormatFloat(w, 'f', 4, 64)
	if s == "-0.0000" || s == "0.0000" {
		return "0"
	}
	return s
}

// SetThreshold changes the threshold under which the stage drops facts; 0
// keeps every fact (with its confidence), as training needs.
func (st *Stage) SetThreshold(t float64) { st.r.conf.Threshold = t }

// scoreFacts gives each fact of the document its confidence and drops those
// under the model's threshold.
func (st *Stage) scoreFacts(doc *hearsay.Document) {
	m := st.r.conf
	c := countDoc(doc)
	k := &featSink{ix: m.ix}
	for i := range doc.Facts {
		k.z = m.Bias
		st.factFeatures(doc, i, c, k)
		doc.Facts[i].Confidence = 1 / (1 + math.Exp(-k.z))
	}
	// dropped only once all are scored: the features of a fact read the
	// other facts, all of them as in training
	out := 0
	for i := range doc.Facts {
		if doc.Facts[i].Confidence < m.Threshold {
			continue
		}
		if out < i {
			doc.Facts[out] = doc.Facts[i]
		}
		out++
	}
	doc.Facts = doc.Facts[:out]
}

// patternShape lists features of a pattern that describe the kind of match
// it makes: whether it passes over words, whether an argument comes from
// outside the match, whether its trigger is a noun, how long it is.
func patternShape(p *pattern) []string {
	var out []string
	gap, long := false, false
	var walk func(es []elem)
	walk = func(es []elem) {
		for _, e := range es {
			switch e.kind {
			case elemGap:
				gap = true
				long = long || e.long
			case elemGroup:
				walk(e.group)
			}
		}
	}
	walk(p.elems)
	if gap {
		out = append(out, "pgap")
	}
	if long {
		out = append(out, "plonggap")
	}
	for _, o := range []string{"elided", "prior", "trigger", "state", "present", "now", "claim", "mod"} {
		if v, ok := p.opts.get(o); ok {
			out = append(out, "popt="+o+"="+v)
		}
	}
	out = append(out, "plen="+binNames[bucket(len(p.elems), 3, 5, 8)])
	return out
}

// The binnings of the features.
var (
	binsAboutArg0 = newBinning(1, 3, 6, 12)
	binsAge       = newBinning(0, 1, 5, 20)
	binsFromTrig  = newBinning(2, 5, 10, 20)
	binsInSent    = newBinning(1, 2, 4, 8)
	binsMentions  = newBinning(1, 3, 8)
	binsOfType    = newBinning(1, 3, 8, 16)
	binsOneTwo    = newBinning(1, 2)
	binsPeople    = newBinning(2, 4, 8, 16)
	binsRelated   = newBinning(0, 1, 3)
	binsSents     = newBinning(10, 20, 40)
	binsSlen      = newBinning(8, 15, 25, 40)
	binsSpos      = newBinning(0, 2, 9, 25)
	binsSpread    = newBinning(0, 3, 8, 15)
	binsTrigLen   = newBinning(1, 3, 6)
	binsUnended   = newBinning(5, 15, 30)
	binsZeroOne   = newBinning(0, 1)
)

// argNames name the arguments in features.
var argNames = [...]string{"a0", "a1", "a2", "a3"}

// ruleFamily is the kind of rule that made a fact: a relation pattern, the
// entity stage's reading of a description, a title before a name, or a
// named mechanism.
func ruleFamily(rule string) string {
	switch {
	case strings.HasPrefix(rule, "data/patterns.tsv"):
		return "pattern"
	case strings.HasPrefix(rule, "entity-"):
		return "entity"
	case strings.HasPrefix(rule, "data/"):
		return "data"
	}
	return "other"
}

// reasonKind is the kind of derivation a reason tells, without the names,
// numbers and times it carries: its first lowercase words, joined by "_".
func reasonKind(reason string) string { return string(appendReasonKind(nil, reason)) }

// appendReasonKind appends reasonKind(reason) to dst.
func appendReasonKind(dst []byte, reason string) []byte {
	n := 0
	for i := 0; i < len(reason) && n < 5; {
		j, end := wordEnd(reason, i)
		if j == i { // a space
			if end {
				break
			}
			_, size := utf8.DecodeRuneInString(reason[i:])
			i += size
			continue
		}
		if r, _ := utf8.DecodeRuneInString(reason[i:j]); unicode.IsLower(r) {
			if n > 0 {
				dst = append(dst, '_')
			}
			dst = append(dst, reason[i:j]...)
			n++
		}
		if end {
			break
		}
		i = j
	}
	return dst
}

// wordEnd is where the word of reason at i ends: at a space (as
// strings.Fields tells them), or at one of "(;:", which ends the text read
// (end).
func wordEnd(reason string, i int) (j int, end bool) {
	for j = i; j < len(reason); {
		c := reason[j]
		switch {
		case c == '(' || c == ';' || c == ':':
			return j, true
		case c < utf8.RuneSelf:
			if asciiSpace(c) {
				return j, false
			}
			j++
		default:
			r, size := utf8.DecodeRuneInString(reason[j:])
			if unicode.IsSpace(r) {
				return j, false
			}
			j += size
		}
	}
	return j, false
}

// Features lists the features of each fact of the document, in the order of
// doc.Facts: the strings the confidence model weighs. They name the fact's
// type, rule and derivation, and describe its evidence: the arguments'
// mentions in the main sentence, their distance, the sentence's shape, the
// support of other sentences and conflicts with other facts, and the
// document (how many people, how many facts of the type, how many lines
// without final punctuation). No feature holds a name or a word of the
// text.
func (st *Stage) Features(doc *hearsay.Document) [][]string {
	out := make([][]string, len(doc.Facts))
	c := countDoc(doc)
	for i := range doc.Facts {
		k := &featSink{ix: noWeights, keep: true}
		st.factFeatures(doc, i, c, k)
		out[i] = k.list
	}
	return out
}

// docCounts are counts over the whole document that features read, made
// once per document so that no feature loops over all the facts.
type docCounts struct {
	perSent  []int      // facts by main sentence
	shapes   []uint8    // sentence shapes, filled as features need them (see shapeOf)
	mentions []int      // by sentence: the index of its first mention, filled as features need them; -1 before
	ents     []entFeats // by entity, filled as features need them
	perType  []int      // by fact: the facts of its type
	perArg0  []int      // by fact: the facts with the entity of its first argument
	other    []int      // by fact: facts of its type sharing its first argument with other arguments (see conflicts)
	same     []int      // by fact: facts of its type with the same arguments
	related  []int      // by fact: facts of other types about the same arguments (see related)
	people   int        // person entities
	sents    int        // sentences
	unended  int        // sentences without final punctuation: headings, list items
	year     int        // the year of the document's date
}

func countDoc(doc *hearsay.Document) docCounts {
	n := len(doc.Facts)
	ints := make([]int, 8*n+2*len(doc.Sentences))
	c := docCounts{
		perSent: ints[8*n : 8*n+len(doc.Sentences)], mentions: ints[8*n+len(doc.Sentences):],
		ents: make([]entFeats, len(doc.Entities)), shapes: make([]uint8, len(doc.Sentences)),
		perType: ints[:n], perArg0: ints[n : 2*n], other: ints[2*n : 3*n], same: ints[3*n : 4*n], related: ints[4*n : 5*n],
		year: doc.Date.Year(),
	}
	for i := range doc.Facts {
		f := &doc.Facts[i]
		if f.Sentence >= 0 && f.Sentence < len(c.perSent) {
			c.perSent[f.Sentence]++
		}
	}
	for i := range c.mentions {
		c.mentions[i] = -1
	}
	// by type: each type numbered in the order it first comes
	order, typeID := ints[5*n:6*n], ints[6*n:7*n]
	var types []string
	for i := range doc.Facts {
		typeID[i] = slices.Index(types, doc.Facts[i].Type)
		if typeID[i] < 0 {
			typeID[i] = len(types)
			types = append(types, doc.Facts[i].Type)
		}
	}
	keys := argKeys{doc: doc}
	groupBy(order, typeID, len(types), func(run []int) {
		for _, i := range run {
			c.perType[i] = len(run)
		}
		conflicts(doc, run, IsSymmetric(doc.Facts[run[0]].Type), &keys, c.other, c.same)
	})
	// by first argument: each entity, then literals (entity < 0) and facts
	// without arguments together, which only sameArg tells apart
	recs := make([]argRec, 2*n) // the facts', then room for a group's
	arg0, groups := ints[7*n:8*n], 1
	for i := range doc.Facts {
		f := &doc.Facts[i]
		r := &recs[i]
		r.fact, r.typ, r.args, r.arg0, r.arg1 = i, typeID[i], len(f.Args), argKey0(f), -1
		if len(f.Args) > 1 {
			r.arg1 = f.Args[1].Entity
		}
		groups = max(groups, r.arg0+2)
	}
	for i := range arg0 {
		arg0[i] = max(recs[i].arg0, -1) + 1
	}
	groupBy(order, arg0, groups, func(idx []int) {
		run := recs[n : n+len(idx)]
		for k, i := range idx {
			run[k] = recs[i]
		}
		related(doc, run, c.related)
		for k := range run {
			same := len(run) // the facts of its first argument's very entity number
			if run[k].arg0 < 0 {
				same = 0
				for l := range run {
					if run[l].arg0 == run[k].arg0 {
						same++
					}
				}
			}
			c.perArg0[run[k].fact] = same
		}
	})
	for _, e := range doc.Entities {
		if e.Type == hearsay.Person {
			c.people++
		}
	}
	c.sents = len(doc.Sentences)
	for _, s := range doc.Sentences {
		if !endsSentence(doc.Text[s.Start:s.End]) {
			c.unended++
		}
	}
	return c
}

// groupBy calls do with each group of the indices of key that have the
// same key, in [0, groups), in order of the keys; order is room for all
// the indices.
func groupBy(order, key []int, groups int, do func(group []int)) {
	ends := make([]int, groups+1)
	for _, k := range key {
		ends[k+1]++
	}
	for g := 1; g <= groups; g++ {
		ends[g] += ends[g-1]
	}
	next := slices.Clone(ends[:groups])
	for i, k := range key {
		order[next[k]] = i
		next[k]++
	}
	for g := range groups {
		if ends[g] < ends[g+1] {
			do(order[ends[g]:ends[g+1]])
		}
	}
}

func (st *Stage) factFeatures(doc *hearsay.Document, i int, c docCounts, k *featSink) {
	f := &doc.Facts[i]
	k.setType(f.Type)
	k.bin(fAboutArg0, binsAboutArg0.of(c.perArg0[i]))
	k.bin(fPeople, binsPeople.of(c.people))
	oftype := binsOfType.of(c.perType[i])
	k.bin(fOfType, oftype)
	k.typed(fTypeOfType, oftype, binNames[oftype])
	k.bin(fSents, binsSents.of(c.sents))
	k.bin(fUnended, binsUnended.of(100*c.unended/max(c.sents, 1)))
	fam := ruleFamily(f.Rule)
	famID := k.id(vFam, fam)
	tf := timeForm(f.Time)
	tfID := k.id(vTime, tf)
	k.typeFlag(fType)
	k.val(fFam, famID, fam)
	k.typed(fTypeFam, famID, fam)
	k.hashed(fRule, f.Rule, nil)
	k.typed(fTypeTime, tfID, tf)
	if sh := st.r.shapes[f.Rule]; sh != nil {
		for j, name := range sh.names {
			k.named(name, sh.ws[j])
		}
	}
	if f.Derived {
		k.flag(fDerived)
		k.typeFlag(fTypeDerived)
		k.why(f.Reason)
	}
	modID := k.id(vMod, string(f.Modality))
	k.val(fMod, modID, string(f.Modality))
	k.val(fPol, k.id(vPol, string(f.Polarity)), string(f.Polarity))
	k.typed(fTypeMod, modID, string(f.Modality))
	k.bin(fSrcs, binsZeroOne.of(len(f.Sources)))
	if len(f.Sources) > 0 {
		k.val(fSrc1, k.id(vSrc, string(f.Sources[0].Kind)), string(f.Sources[0].Kind))
	}
	sup := binsOneTwo.of(len(f.Evidence))
	k.bin(fSupport, sup)
	k.typed(fTypeSupport, sup, binNames[sup])
	k.val(fTime, tfID, tf)
	k.bin(fAge, timeAge(f.Time, c.year))
	k.bin(fRelated, binsRelated.of(c.related[i]))
	n := 0
	if f.Sentence >= 0 && f.Sentence < len(c.perSent) {
		n = c.perSent[f.Sentence]
	}
	k.bin(fInSent, binsInSent.of(n))
	k.bin(fConflict, binsZeroOne.of(c.other[i]))
	if c.same[i] > 0 {
		k.flag(fRepeated)
	}
	if f.Sentence >= 0 && f.Sentence < len(doc.Sentences) {
		sentenceShape(doc, f.Sentence, c, k)
		argFeatures(doc, f, c, k)
	} else {
		k.flag(fNoSentence)
	}
}

// timeForm names the form of a fact's time: none, a point, a state.
func timeForm(t *hearsay.FactTime) string {
	switch {
	case t.IsZero():
		return "none"
	case t.Start != "" || t.End != "":
		return "state"
	case t.Value == "PRESENT_REF":
		return "present"
	case t.Timex < 0:
		return "point-derived"
	}
	return "point"
}

// argKeys holds the argument keys of facts (see argKey), made when first
// needed and written one after another: sameArgs without making them again
// for every pair of facts.
type argKeys struct {
	doc    *hearsay.Document
	plain  []int8 // by fact: 1 when each literal argument's part is the literal in ASCII lower case without a comma, never an entity's; -1 when not; 0 before it is told
	buf    []byte
	starts []int // by fact: where its key starts in buf, -1 before it is made
	ends   []int // by fact: where its key ends
}

// key is the key of fact i.
func (k *argKeys) key(i int) []byte {
	if k.starts == nil {
		k.starts, k.ends = make([]int, len(k.doc.Facts)), make([]int, len(k.doc.Facts))
		for j := range k.starts {
			k.starts[j] = -1
		}
	}
	if k.starts[i] < 0 {
		k.starts[i] = len(k.buf)
		k.buf = appendArgKey(k.buf, k.doc.Facts[i])
		k.ends[i] = len(k.buf)
	}
	return k.buf[k.starts[i]:k.ends[i]]
}

// same is sameArgs for facts i and j of one type with as many arguments
// (symmetric or not): their parts compared where that decides, their keys
// otherwise.
func (k *argKeys) same(i, j int, symmetric bool) bool {
	if !symmetric && k.isPlain(i) && k.isPlain(j) {
		return samePlainParts(k.doc.Facts[i].Args, k.doc.Facts[j].Args)
	}
	if same, known := samePlainArgs(k.doc.Facts[i].Args, k.doc.Facts[j].Args, symmetric); known {
		return same
	}
	ki := k.key(i)
	return bytes.Equal(ki, k.key(j))
}

// isPlain tells whether fact i's literal arguments are all plain (see
// plain).
func (k *argKeys) isPlain(i int) bool {
	if k.plain == nil {
		k.plain = make([]int8, len(k.doc.Facts))
	}
	if k.plain[i] == 0 {
		k.plain[i] = 1
		for _, a := range k.doc.Facts[i].Args {
			if a.Entity < 0 && (!plainLiteral(a.Literal) || strings.HasPrefix(a.Literal, "#")) {
				k.plain[i] = -1
				break
			}
		}
	}
	return k.plain[i] > 0
}

// samePlainParts compares two lists of as many arguments, of a type that
// is not symmetric, whose literals are plain (see argKeys.plain): their
// keys are the same exactly when each part is.
func samePlainParts(a, b []hearsay.Arg) bool {
	for p := range a {
		x, y := &a[p], &b[p]
		switch {
		case x.Entity >= 0 && y.Entity >= 0:
			if x.Entity != y.Entity {
				return false
			}
		case x.Entity < 0 && y.Entity < 0:
			if !equalLowerASCII(x.Literal, y.Literal) {
				return false
			}
		default: // "#N" and a literal that does not start with "#"
			return false
		}
	}
	return true
}

// conflicts counts, for each fact of one type (sameType, symmetric or
// not), the other facts of the type that repeat it (same arguments,
// another attribution) and those that share its first argument with other
// arguments ("married" to two people, a post in two organisations); both
// relations are symmetric, so each pair is told once.
func conflicts(doc *hearsay.Document, sameType []int, symmetric bool, keys *argKeys, other, same []int) {
	for x, i := range sameType {
		f := &doc.Facts[i]
		if len(f.Args) == 0 {
			continue
		}
		for _, j := range sameType[x+1:] {
			g := &doc.Facts[j]
			if len(g.Args) != len(f.Args) {
				continue
			}
			switch {
			case keys.same(i, j, symmetric):
				same[i]++
				same[j]++
			case sharesArg(f, g, symmetric):
				other[i]++
				other[j]++
			}
		}
	}
}

func sameArg(a, b hearsay.Arg) bool {
	if a.Entity >= 0 || b.Entity >= 0 {
		return a.Entity == b.Entity
	}
	return a.Literal == b.Literal
}

// sharesArg reports whether two facts of one type share their first
// argument, or for a symmetric type any argument.
func sharesArg(a, b *hearsay.Fact, symmetric bool) bool {
	if sameArg(a.Args[0], b.Args[0]) {
		return true
	}
	if !symmetric || len(a.Args) < 2 {
		return false
	}
	return sameArg(a.Args[0], b.Args[1]) || sameArg(a.Args[1], b.Args[0]) || sameArg(a.Args[1], b.Args[1])
}

// sentenceShape describes the main sentence: its length, its place in the
// article, quotation marks, a line without final punctuation (a heading or a
// list item), a line in capitals, a question.
func sentenceShape(doc *hearsay.Document, si int, c docCounts, k *featSink) {
	s := doc.Sentences[si]
	k.bin(fSlen, binsSlen.of(s.EndToken-s.FirstToken))
	k.bin(fSpos, binsSpos.of(si))
	sh := c.shapes[si]
	if sh == 0 {
		sh = shapeOf(doc.Text[s.Start:s.End])
		c.shapes[si] = sh
	}
	if sh&shapeQuote != 0 {
		k.flag(fQuote)
	}
	if sh&shapeQuestion != 0 {
		k.flag(fQuestion)
	}
	if sh&shapeNoEnd != 0 {
		k.flag(fNoEnd)
	}
	if sh&shapeCaps != 0 {
		k.flag(fCapsLine)
	}
}

// Bits of a sentence's shape; shapeDone marks it computed.
const (
	shapeDone uint8 = 1 << iota
	shapeQuote
	shapeQuestion
	shapeNoEnd
	shapeCaps
)

// shapeOf reads the shape of a sentence's text: quotation marks found by
// a byte search, letters counted in one pass over the bytes (ASCII ones by
// a table) until the count of capitals can no longer pass that of small
// letters.
func shapeOf(text string) uint8 {
	sh := shapeDone
	switch {
	case lastRune(text) == '?':
		sh |= shapeQuestion
	case !endsSentence(text):
		sh |= shapeNoEnd
	}
	if strings.IndexByte(text, '"') >= 0 || strings.Contains(text, "“") || strings.Contains(text, "”") {
		sh |= shapeQuote
	}
	var n uint64 // capitals in the low 32 bits, small letters in the high ones
	for i := 0; i < len(text); {
		for i+8 <= len(text) { // eight ASCII bytes at a time
			w := uint64(text[i]) | uint64(text[i+1])<<8 | uint64(text[i+2])<<16 | uint64(text[i+3])<<24 |
				uint64(text[i+4])<<32 | uint64(text[i+5])<<40 | uint64(text[i+6])<<48 | uint64(text[i+7])<<56
			if w&highBits != 0 {
				break
			}
			n += uint64(bits.OnesCount64(inRange(w, 'A', 'Z'))) + uint64(bits.OnesCount64(inRange(w, 'a', 'z')))<<32
			if i += 8; int(n>>32)-int(n&(1<<32-1)) > len(text)-i {
				break
			}
		}
		for end := min(i+16, len(text)); i < end; {
			if b := text[i]; b < utf8.RuneSelf {
				n += asciiCase[b]
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			i += size
			switch {
			case unicode.IsUpper(r):
				n++
			case unicode.IsLower(r):
				n += 1 << 32
			}
		}
		if int(n>>32)-int(n&(1<<32-1)) > len(text)-i { // each byte left adds at most one capital
			break
		}
	}
	if upper, lower := int(n&(1<<32-1)), int(n>>32); upper > 3 && upper > lower {
		sh |= shapeCaps
	}
	return sh
}

// highBits are the high bits of the eight bytes of a word.
const highBits = 0x8080808080808080

// inRange has the high bit of each byte of w (eight ASCII bytes) set when
// the byte is in [lo, hi], the others clear.
func inRange(w uint64, lo, hi byte) uint64 {
	const ones = 0x0101010101010101
	ge := w + ones*uint64(0x80-lo)   // high bit set when the byte >= lo
	gt := w + ones*uint64(0x80-hi-1) // when the byte > hi
	return ge &^ gt & highBits
}

// asciiCase counts ASCII capitals (1) and small letters (1<<32).
var asciiCase = func() (out [utf8.RuneSelf]uint64) {
	for c := 'A'; c <= 'Z'; c++ {
		out[c], out[c+'a'-'A'] = 1, 1<<32
	}
	return out
}()

// argFeatures describes each argument: its entity's type, how the main
// sentence refers to it (by name, pronoun, description, not at all), whether
// the name is one word, in capitals, at the sentence's start, how often the
// article mentions it; and the greatest distance in tokens between the
// arguments' mentions and the trigger.
func argFeatures(doc *hearsay.Document, f *hearsay.Fact, c docCounts, k *featSink) {
	s := doc.Sentences[f.Sentence]
	trig := -1
	if f.Trigger.End > f.Trigger.Start {
		trig = tokenIndex(doc, s, f.Trigger.Start)
	}
	far, spread, absent := 0, 0, 0
	lo, hi := -1, -1
	for ai, a := range f.Args {
		if a.Entity < 0 || a.Entity >= len(doc.Entities) {
			k.flag(argFeat(fArgLiteral, ai))
			continue
		}
		e := &doc.Entities[a.Entity]
		ef := c.entity(doc, a.Entity, k)
		k.val(argFeat(fArgT, ai), ef.typ, string(e.Type))
		k.bin(argFeat(fArgN, ai), ef.mentions)
		k.typed(argFeat(fTypeArgT, ai), ef.typ, string(e.Type))
		if ef.unnamed {
			k.flag(argFeat(fArgUnnamed, ai))
		} else {
			if ef.oneWord {
				k.flag(argFeat(fArgOneWord, ai))
			}
			if ef.caps {
				k.flag(argFeat(fArgCaps, ai))
			}
		}
		if ef.lead {
			k.flag(argFeat(fArgLead, ai))
		}
		kind, at := mentionIn(doc, s, c.firstMention(doc, f.Sentence), a.Entity, f.Trigger)
		kindID := k.id(vMention, kind)
		k.val(argFeat(fArgM, ai), kindID, kind)
		k.typed(argFeat(fTypeArgM, ai), kindID, kind)
		if at < 0 {
			absent++
			continue
		}
		if at == s.FirstToken {
			k.flag(argFeat(fArgStart, ai))
		}
		if trig >= 0 {
			far = max(far, abs(at-trig))
		}
		if lo < 0 || at < lo {
			lo = at
		}
		hi = max(hi, at)
	}
	if lo >= 0 {
		spread = hi - lo
	}
	k.bin(fAbsent, binsZeroOne.of(absent))
	k.bin(fFromTrig, binsFromTrig.of(far))
	k.bin(fSpread, binsSpread.of(spread))
	if f.Trigger.End > f.Trigger.Start {
		k.bin(fTrigLen, binsTrigLen.of(tokenIndex(doc, s, f.Trigger.End-1)-trig+1))
	} else {
		k.flag(fNoTrigger)
	}
}

// isUpperName reports whether a name has no lowercase letter (a name in
// capitals).
func isUpperName(name string) bool {
	for _, r := range name {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// tokenIndex is the index of the token of sentence s that holds offset off
// (the sentence's last token when none does).
func tokenIndex(doc *hearsay.Document, s hearsay.Sentence, off int) int {
	n := s.EndToken - s.FirstToken
	lo, hi := 0, n // the first token ending after off is in [lo, hi]
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); doc.Tokens[s.FirstToken+m].End > off {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return s.FirstToken + min(lo, max(n-1, 0))
}

// entFeats are what argument features read of an entity.
type entFeats struct {
	done                         bool
	typ                          int // the index of its type in vEntity (see featSink.id)
	mentions                     int // the bin of its number of mentions
	unnamed, oneWord, caps, lead bool
}

// entity is what argument features read of entity e (see argFeatures),
// told once per document.
func (c docCounts) entity(doc *hearsay.Document, e int, k *featSink) *entFeats {
	ef := &c.ents[e]
	if !ef.done {
		x := &doc.Entities[e]
		*ef = entFeats{
			done: true, typ: k.id(vEntity, string(x.Type)), mentions: binsMentions.of(len(x.Mentions)),
			unnamed: x.Unnamed, oneWord: !strings.Contains(x.Name, " "), caps: isUpperName(x.Name), lead: inLead(doc, x),
		}
	}
	return ef
}

// firstMention is the index of the first mention of sentence si (see
// docCounts.mentions).
func (c docCounts) firstMention(doc *hearsay.Document, si int) int {
	if c.mentions[si] < 0 {
		s := doc.Sentences[si]
		i, hi := 0, len(doc.Mentions) // the first mention of s is in [i, hi]
		for i < hi {
			if m := int(uint(i+hi) >> 1); doc.Mentions[m].Start >= s.Start {
				hi = m
			} else {
				i = m + 1
			}
		}
		c.mentions[si] = i
	}
	return c.mentions[si]
}

// mentionIn finds how sentence s, whose mentions start at index i, refers
// to entity e: the kind of its mention nearest the trigger (a name
// preferred over a pronoun or description) and the token it starts at;
// "none" and -1 when s does not mention e.
func mentionIn(doc *hearsay.Document, s hearsay.Sentence, i, e int, trig hearsay.Span) (string, int) {
	best, bestKind, bestDist := -1, "none", 0
	for ; i < len(doc.Mentions) && doc.Mentions[i].Start < s.End; i++ {
		m := &doc.Mentions[i]
		if m.Entity != e && !memberOf(m.Members, e) {
			continue
		}
		kind := string(m.Kind)
		if m.Entity != e {
			kind = "group"
		}
		d := abs(m.Start - trig.Start)
		better := best < 0 || (kind == "name") != (bestKind == "name") && kind == "name" ||
			(kind == "name") == (bestKind == "name") && d < bestDist
		if better {
			best, bestKind, bestDist = i, kind, d
		}
	}
	if best < 0 {
		return "none", -1
	}
	return bestKind, tokenIndex(doc, s, doc.Mentions[best].Start)
}

func memberOf(ms []int, e int) bool {
	for _, m := range ms {
		if m == e {
			return true
		}
	}
	return false
}

// inLead reports whether the article mentions entity e in its first two
// sentences: one of the people (or bodies) it is about.
func inLead(doc *hearsay.Document, e *hearsay.Entity) bool {
	for _, mi := range e.Mentions {
		if mi >= 0 && mi < len(doc.Mentions) && doc.Mentions[mi].Sentence <= 1 {
			return true
		}
	}
	return false
}

// lastRune is the last character of a sentence before closing quotes and
// brackets.
func lastRune(text string) rune {
	for len(text) > 0 {
		switch c := text[len(text)-1]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '"' || c == ')':
			text = text[:len(text)-1]
		case strings.HasSuffix(text, "”") || strings.HasSuffix(text, "’"):
			text = text[:len(text)-len("”")]
		default:
			r, _ := utf8.DecodeLastRuneInString(text)
			return r
		}
	}
	return utf8.RuneError
}

// endsSentence reports whether a sentence ends with final punctuation.
func endsSentence(text string) bool {
	r := lastRune(text)
	return r == '.' || r == '!' || r == '?'
}

// argKey0 is the entity of a fact's first argument, -1 when none.
func argKey0(f *hearsay.Fact) int {
	if len(f.Args) == 0 {
		return -1
	}
	return f.Args[0].Entity
}

// timeAge is the bin of how many years before the article the fact's time
// lies (binNone without a year, binFuture after the article).
func timeAge(t *hearsay.FactTime, year int) int {
	if t.IsZero() {
		return binNone
	}
	v := t.Value
	if v == "" {
		v = t.Start
	}
	if v == "" {
		v = t.Earliest
	}
	if v == "" {
		v = t.End
	}
	if len(v) < 4 {
		return binNone
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return binNone
	}
	if y > year {
		return binFuture
	}
	return binsAge.of(year - y)
}

// An argRec holds what related reads of a fact.
type argRec struct {
	fact, typ  int // the fact's index and its type's (the index of a fact of the type)
	args       int // its number of arguments
	arg0, arg1 int // the entities of its first two arguments (see argKey0), -1 when none
}

// related counts, for each fact with the same first entity (sameArg0, all
// literals together), the facts of other types about the same arguments
// (a marriage and a divorce of one couple, a post and its appointment)
// into counts, by fact; the relation is symmetric, so each pair is told
// once.
func related(doc *hearsay.Document, sameArg0 []argRec, counts []int) {
	for k := range sameArg0 {
		r := &sameArg0[k]
		if r.args == 0 {
			continue
		}
		f := &doc.Facts[r.fact]
		for l := k + 1; l < len(sameArg0); l++ {
			g := &sameArg0[l]
			if g.typ == r.typ || g.args == 0 {
				continue
			}
			if r.arg0 < 0 && !sameArg(f.Args[0], doc.Facts[g.fact].Args[0]) {
				continue
			}
			if r.args > 1 && g.args > 1 {
				if r.arg1 >= 0 || g.arg1 >= 0 {
					if r.arg1 != g.arg1 {
						continue
					}
				} else if f.Args[1].Literal != doc.Facts[g.fact].Args[1].Literal {
					continue
				}
			}
			counts[r.fact]++
			counts[g.fact]++
		}
	}
}
