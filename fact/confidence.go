package fact

import (
	_ "embed" // the confidence model
	"fmt"
	"math"
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
	fss := st.Features(doc)
	m := st.r.conf
	out := doc.Facts[:0]
	for i := range doc.Facts {
		doc.Facts[i].Confidence = m.Score(fss[i])
		if doc.Facts[i].Confidence >= m.Threshold {
			out = append(out, doc.Facts[i])
		}
	}
	doc.Facts = out
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
	out = append(out, "plen="+bucket(len(p.elems), 3, 5, 8))
	return out
}

// bucket names the bin of n among the upper bounds bs ("<=3", ">8").
func bucket(n int, bs ...int) string {
	for _, b := range bs {
		if n <= b {
			return "<=" + strconv.Itoa(b)
		}
	}
	return ">" + strconv.Itoa(bs[len(bs)-1])
}

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
// numbers and times it carries: its first lowercase words.
func reasonKind(reason string) string {
	if i := strings.IndexAny(reason, "(;:"); i >= 0 {
		reason = reason[:i]
	}
	var ws []string
	for _, w := range strings.Fields(reason) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) {
			continue
		}
		ws = append(ws, w)
		if len(ws) == 5 {
			break
		}
	}
	return strings.Join(ws, "_")
}

// Features lists the features of each fact of the document, in the order of
// doc.Facts: the strings the confidence model weighs. They name the fact's
// type, rule and derivation, and describe its evidence: the arguments'
// mentions in the main sentence, their distance, the sentence's shape, the
// support of other sentences and conflicts with other facts. No feature
// holds a name or a word of the text.
func (st *Stage) Features(doc *hearsay.Document) [][]string {
	out := make([][]string, len(doc.Facts))
	perSent := map[int]int{}
	for _, f := range doc.Facts {
		perSent[f.Sentence]++
	}
	for i := range doc.Facts {
		out[i] = st.factFeatures(doc, i, perSent)
	}
	return out
}

func (st *Stage) factFeatures(doc *hearsay.Document, i int, perSent map[int]int) []string {
	f := &doc.Facts[i]
	fs := make([]string, 0, 48)
	add := func(s ...string) { fs = append(fs, s...) }
	fam := ruleFamily(f.Rule)
	add("type="+f.Type, "fam="+fam, "type×fam="+f.Type+"/"+fam, "rule="+f.Rule, "type×time="+f.Type+"/"+timeForm(f.Time))
	if p := st.r.byLine[f.Rule]; p != nil {
		add(st.r.shapes[p]...)
	}
	if f.Derived {
		rk := reasonKind(f.Reason)
		add("derived", "type×derived="+f.Type, "why="+rk, "type×why="+f.Type+"/"+rk)
	}
	add("mod="+string(f.Modality), "pol="+string(f.Polarity), "type×mod="+f.Type+"/"+string(f.Modality))
	add("srcs=" + bucket(len(f.Sources), 0, 1))
	if len(f.Sources) > 0 {
		add("src1=" + string(f.Sources[0].Kind))
	}
	add("support="+bucket(len(f.Evidence), 1, 2), "type×support="+f.Type+"/"+bucket(len(f.Evidence), 1, 2))
	add("time=" + timeForm(f.Time))
	add("insent=" + bucket(perSent[f.Sentence], 1, 2, 4, 8))
	add(conflicts(doc, i)...)
	if f.Sentence >= 0 && f.Sentence < len(doc.Sentences) {
		add(sentenceShape(doc, f.Sentence)...)
		add(argFeatures(doc, f)...)
	} else {
		add("nosentence")
	}
	return fs
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

// conflicts tells whether another fact repeats this one (same type and
// arguments, another attribution) and how many facts of the same type share
// its first argument with other arguments ("married" to two people, a post
// in two organisations).
func conflicts(doc *hearsay.Document, i int) []string {
	f := &doc.Facts[i]
	same, other := 0, 0
	for j := range doc.Facts {
		g := &doc.Facts[j]
		if j == i || g.Type != f.Type || len(g.Args) != len(f.Args) || len(f.Args) == 0 {
			continue
		}
		switch {
		case sameArgs(*f, *g):
			same++
		case sharesArg(f, g):
			other++
		}
	}
	out := []string{"conflict=" + bucket(other, 0, 1)}
	if same > 0 {
		out = append(out, "repeated")
	}
	return out
}

func sameArg(a, b hearsay.Arg) bool {
	if a.Entity >= 0 || b.Entity >= 0 {
		return a.Entity == b.Entity
	}
	return a.Literal == b.Literal
}

// sharesArg reports whether two facts of one type share their first
// argument, or for a symmetric type any argument.
func sharesArg(a, b *hearsay.Fact) bool {
	if sameArg(a.Args[0], b.Args[0]) {
		return true
	}
	if !IsSymmetric(a.Type) || len(a.Args) < 2 {
		return false
	}
	return sameArg(a.Args[0], b.Args[1]) || sameArg(a.Args[1], b.Args[0]) || sameArg(a.Args[1], b.Args[1])
}

// sentenceShape describes the main sentence: its length, its place in the
// article, quotation marks, a line without final punctuation (a heading or a
// list item), a line in capitals, a question.
func sentenceShape(doc *hearsay.Document, si int) []string {
	s := doc.Sentences[si]
	text := doc.Text[s.Start:s.End]
	out := []string{"slen=" + bucket(s.EndToken-s.FirstToken, 8, 15, 25, 40), "spos=" + bucket(si, 0, 2, 9, 25)}
	if strings.ContainsAny(text, "\"“”") {
		out = append(out, "quote")
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, " \t\n\"”’)"))
	switch {
	case last == '?':
		out = append(out, "question")
	case last != '.' && last != '!':
		out = append(out, "noend")
	}
	upper, lower := 0, 0
	for _, r := range text {
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	if upper > 3 && upper > lower {
		out = append(out, "capsline")
	}
	return out
}

// argFeatures describes each argument: its entity's type, how the main
// sentence refers to it (by name, pronoun, description, not at all), whether
// the name is one word, in capitals, at the sentence's start, how often the
// article mentions it; and the greatest distance in tokens between the
// arguments' mentions and the trigger.
func argFeatures(doc *hearsay.Document, f *hearsay.Fact) []string {
	s := doc.Sentences[f.Sentence]
	var out []string
	trig := -1
	if f.Trigger.End > f.Trigger.Start {
		trig = tokenIndex(doc, s, f.Trigger.Start)
	}
	far, spread, absent := 0, 0, 0
	lo, hi := -1, -1
	for k, a := range f.Args {
		p := "a" + strconv.Itoa(k)
		if a.Entity < 0 || a.Entity >= len(doc.Entities) {
			out = append(out, p+"=literal")
			continue
		}
		e := &doc.Entities[a.Entity]
		out = append(out, p+"t="+string(e.Type), p+"n="+bucket(len(e.Mentions), 1, 3, 8), "type×"+p+"t="+f.Type+"/"+string(e.Type))
		if e.Unnamed {
			out = append(out, p+"unnamed")
		} else {
			if !strings.Contains(e.Name, " ") {
				out = append(out, p+"oneword")
			}
			if strings.ToUpper(e.Name) == e.Name {
				out = append(out, p+"caps")
			}
		}
		kind, at := mentionIn(doc, s, a.Entity, f.Trigger)
		out = append(out, p+"m="+kind, "type×"+p+"m="+f.Type+"/"+kind)
		if at < 0 {
			absent++
			continue
		}
		if at == s.FirstToken {
			out = append(out, p+"start")
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
	out = append(out, "absent="+bucket(absent, 0, 1))
	out = append(out, "fromtrig="+bucket(far, 2, 5, 10, 20), "spread="+bucket(spread, 0, 3, 8, 15))
	if f.Trigger.End > f.Trigger.Start {
		out = append(out, "triglen="+bucket(tokenIndex(doc, s, f.Trigger.End-1)-trig+1, 1, 3, 6))
	} else {
		out = append(out, "notrigger")
	}
	return out
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
	i := sort.Search(n, func(i int) bool { return doc.Tokens[s.FirstToken+i].End > off })
	return s.FirstToken + min(i, max(n-1, 0))
}

// mentionIn finds how sentence s refers to entity e: the kind of its mention
// nearest the trigger (a name preferred over a pronoun or description) and
// the token it starts at; "none" and -1 when s does not mention e.
func mentionIn(doc *hearsay.Document, s hearsay.Sentence, e int, trig hearsay.Span) (string, int) {
	i := sort.Search(len(doc.Mentions), func(i int) bool { return doc.Mentions[i].Start >= s.Start })
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
