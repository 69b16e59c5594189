package facts

import (
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

var foldMap = strings.NewReplacer("ø", "o", "Ø", "o", "ł", "l", "Ł", "l", "đ", "d", "Đ", "d",
	"æ", "ae", "Æ", "ae", "œ", "oe", "Œ", "oe", "ı", "i", "ß", "ss", "þ", "th", "ð", "d")

// fold lowercases and strips diacritics.
func fold(s string) string {
	s = norm.NFKD.String(foldMap.Replace(s))
	var b strings.Builder
	for _, r := range s {
		// Python's unicodedata.combining: a non-zero canonical combining class
		if norm.NFD.PropertiesString(string(r)).CCC() == 0 {
			b.WriteRune(r)
		}
	}
	return cases.Fold().String(b.String())
}

// nameKey compares names without case, diacritics, punctuation or spaces.
func nameKey(s string) string {
	var b strings.Builder
	for _, r := range fold(s) {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// literalKey compares literals lowercased with white space collapsed.
func literalKey(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

var stop = map[string]bool{"a": true, "an": true, "the": true, "of": true, "to": true, "for": true, "and": true,
	"his": true, "her": true, "their": true, "its": true, "s": true, "by": true, "in": true, "on": true}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}\p{M}_]+`)

func tokenSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range wordRE.FindAllString(fold(s), -1) {
		if len([]rune(t)) > 3 && strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "ss") {
			t = t[:len(t)-1]
		}
		out[t] = true
	}
	content := map[string]bool{}
	for t := range out {
		if !stop[t] {
			content[t] = true
		}
	}
	if len(content) > 0 {
		return content
	}
	return out
}

func tokenOverlap(a, b string) float64 {
	ta, tb := tokenSet(a), tokenSet(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	inter := 0
	union := len(tb)
	for t := range ta {
		if tb[t] {
			inter++
		} else {
			union++
		}
	}
	return float64(inter) / float64(union)
}

func isUnnamedName(s string) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimSpace(s)), "<unnamed")
}

type idSet map[string]bool

func (a idSet) meets(b idSet) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// resolver maps predicted names to gold entity ids.
type resolver struct {
	byName, byAlias map[string]idSet
	unnamed         idSet
	types           map[string]str
}

func newResolver(ents []Entity) *resolver {
	r := &resolver{byName: map[string]idSet{}, byAlias: map[string]idSet{}, unnamed: idSet{}, types: map[string]str{}}
	add := func(m map[string]idSet, k, id string) {
		if m[k] == nil {
			m[k] = idSet{}
		}
		m[k][id] = true
	}
	for _, e := range ents {
		r.types[e.ID] = e.Type
		if e.Unnamed {
			r.unnamed[e.ID] = true
		}
		if k := nameKey(e.Name); k != "" {
			add(r.byName, k, e.ID)
		}
		for _, a := range e.Aliases {
			if k := nameKey(a); k != "" {
				add(r.byAlias, k, e.ID)
			}
		}
	}
	return r
}

func (r *resolver) resolve(s string) idSet {
	k := nameKey(s)
	if k == "" {
		return idSet{}
	}
	if ids, ok := r.byName[k]; ok {
		return ids
	}
	if ids, ok := r.byAlias[k]; ok {
		return ids
	}
	return idSet{}
}

// Counts are the raw counts of one or more documents; they add up.
type Counts struct {
	BirthTotal, BirthStrict, BirthLenient                      int
	TimexTP, TimexFP, TimexFN, TimexTypeOK, TimexValueOK       int
	Facts                                                      map[string]*PRF // "A", "B", "C"
	AttrTotal, ModalityOK, PolarityOK, SourceEmptyOK           int
	SourceOuterOK, SourceBothNonEmpty, SourceBothNonEmptyOuter int
	ByType                                                     map[string]*PRF
	ByModality                                                 map[string]*ModalityCount
}

// A PRF holds true positives, false positives and false negatives.
type PRF struct{ TP, FP, FN int }

// ModalityCount counts gold facts of one modality and how many were found.
type ModalityCount struct{ Gold, Found, FoundSameModality int }

// NewCounts returns zero counts.
func NewCounts() *Counts {
	return &Counts{Facts: map[string]*PRF{"A": {}, "B": {}, "C": {}}, ByType: map[string]*PRF{}, ByModality: map[string]*ModalityCount{}}
}

// Add adds o to c.
func (c *Counts) Add(o *Counts) {
	c.BirthTotal += o.BirthTotal
	c.BirthStrict += o.BirthStrict
	c.BirthLenient += o.BirthLenient
	c.TimexTP += o.TimexTP
	c.TimexFP += o.TimexFP
	c.TimexFN += o.TimexFN
	c.TimexTypeOK += o.TimexTypeOK
	c.TimexValueOK += o.TimexValueOK
	for k, v := range o.Facts {
		c.Facts[k].TP += v.TP
		c.Facts[k].FP += v.FP
		c.Facts[k].FN += v.FN
	}
	c.AttrTotal += o.AttrTotal
	c.ModalityOK += o.ModalityOK
	c.PolarityOK += o.PolarityOK
	c.SourceEmptyOK += o.SourceEmptyOK
	c.SourceOuterOK += o.SourceOuterOK
	c.SourceBothNonEmpty += o.SourceBothNonEmpty
	c.SourceBothNonEmptyOuter += o.SourceBothNonEmptyOuter
	for k, v := range o.ByType {
		if c.ByType[k] == nil {
			c.ByType[k] = &PRF{}
		}
		c.ByType[k].TP += v.TP
		c.ByType[k].FP += v.FP
		c.ByType[k].FN += v.FN
	}
	for k, v := range o.ByModality {
		if c.ByModality[k] == nil {
			c.ByModality[k] = &ModalityCount{}
		}
		c.ByModality[k].Gold += v.Gold
		c.ByModality[k].Found += v.Found
		c.ByModality[k].FoundSameModality += v.FoundSameModality
	}
}

// Details list what went wrong in one document, in the reference scorer's
// wording.
type Details struct {
	FactsFN    []string `json:"facts_fn"`
	FactsFP    []string `json:"facts_fp"`
	FactsTimeB []Pair   `json:"facts_time_B"`
	FactsTimeC []Pair   `json:"facts_time_C"`
	AttrWrong  []Pair   `json:"attr_wrong"`
	TimexFN    []string `json:"timex_fn"`
	TimexFP    []string `json:"timex_fp"`
	TimexWrong []Pair   `json:"timex_wrong"`
	BirthWrong []string `json:"birth_wrong"`
}

// A Pair is a gold item and the system item matched to it.
type Pair struct {
	Gold   string `json:"gold"`
	System string `json:"system"`
}

type goldFact struct {
	Fact
	matchers []matcher
	t        *factTime
}

type matcher struct {
	ids      idSet
	variants map[string]bool
}

// scorer scores system documents against one gold document.
type scorer struct {
	g     *Doc
	dct   *time.Time
	res   *resolver
	gold  []goldFact
	c     *Counts
	det   *Details
	gmatA map[int]int
}

// Score scores a system document against a gold document.
func Score(gold, sys *Doc) (*Counts, *Details) {
	s := newScorer(gold)
	s.births(sys)
	s.timexes(sys)
	s.facts(sys)
	return s.c, s.det
}

// newScorer readies the gold document for scoring.
func newScorer(gold *Doc) *scorer {
	s := &scorer{g: gold, dct: gold.Date, res: newResolver(gold.Entities), c: NewCounts(), det: &Details{}}
	for _, f := range gold.Facts {
		gf := goldFact{Fact: f, t: normFactTime(f.Time, s.dct)}
		for _, a := range f.Args {
			gf.matchers = append(gf.matchers, s.goldArg(a))
		}
		s.gold = append(s.gold, gf)
	}
	return s
}

func (s *scorer) goldArg(a Arg) matcher {
	switch {
	case a.List:
		m := matcher{ids: idSet{}, variants: map[string]bool{}}
		for _, v := range a.Variants {
			m.variants[literalKey(v)] = true
		}
		return m
	case a.Null:
		return matcher{ids: idSet{}, variants: map[string]bool{}}
	}
	return matcher{ids: s.res.resolve(a.S), variants: map[string]bool{literalKey(a.S): true}}
}

func (s *scorer) sysArgOK(a Arg, m matcher, sysUnnamed map[string]bool) bool {
	var vals []string
	switch {
	case a.List:
		vals = a.Variants
	case a.Null:
		return false
	default:
		vals = []string{a.S}
	}
	for _, v := range vals {
		if m.variants[literalKey(v)] {
			return true
		}
		if len(m.ids) > 0 {
			if m.ids.meets(s.res.resolve(v)) {
				return true
			}
			if (isUnnamedName(v) || sysUnnamed[v]) && m.ids.meets(s.res.unnamed) {
				return true
			}
		}
	}
	return false
}

func (s *scorer) argsMatch(sf Fact, gf goldFact, sysUnnamed map[string]bool) bool {
	if len(sf.Args) != len(gf.matchers) {
		return false
	}
	if gf.Ordered {
		for i, a := range sf.Args {
			if !s.sysArgOK(a, gf.matchers[i], sysUnnamed) {
				return false
			}
		}
		return true
	}
	return s.permMatch(sf.Args, gf.matchers, sysUnnamed)
}

func (s *scorer) permMatch(sa []Arg, ga []matcher, sysUnnamed map[string]bool) bool {
	if len(sa) == 0 {
		return true
	}
	for j, m := range ga {
		if s.sysArgOK(sa[0], m, sysUnnamed) {
			rest := append(append([]matcher(nil), ga[:j]...), ga[j+1:]...)
			if s.permMatch(sa[1:], rest, sysUnnamed) {
				return true
			}
		}
	}
	return false
}

func (s *scorer) sourceElemMatch(sys, gold string) bool {
	if k := nameKey(sys); k != "" && k == nameKey(gold) {
		return true
	}
	gi, si := s.res.resolve(gold), s.res.resolve(sys)
	if len(gi) > 0 && len(si) > 0 && gi.meets(si) {
		return true
	}
	return tokenOverlap(sys, gold) >= 0.5
}

func (s *scorer) sameSource(sys, gold []string) bool {
	if len(sys) != len(gold) {
		return false
	}
	for i := range sys {
		if !s.sourceElemMatch(sys[i], gold[i]) {
			return false
		}
	}
	return true
}

func (s *scorer) births(sys *Doc) {
	used := map[int]bool{}
	for _, ge := range s.g.Entities {
		if !ge.Type.ok || ge.Type.s != "person" || ge.Birth.empty() {
			continue
		}
		gb := pointTime(ge.Birth.Value, ge.Birth.Earliest, ge.Birth.Latest, s.dct)
		s.c.BirthTotal++
		best := -1
		var bestKey [6]int
		for i, se := range sys.Entities {
			if ge.Unnamed {
				if !se.Unnamed || used[i] {
					continue
				}
			} else {
				ids := idSet{}
				for k := range s.res.resolve(se.Name) {
					ids[k] = true
				}
				if len(ids) == 0 {
					for _, n := range se.Aliases {
						for k := range s.res.resolve(n) {
							ids[k] = true
						}
					}
				}
				if !ids[ge.ID] {
					continue
				}
			}
			var sb *point
			if se.Birth != nil {
				sb = pointTime(se.Birth.Value, se.Birth.Earliest, se.Birth.Latest, s.dct)
			}
			key := [6]int{b2i(sb != nil), b2i(ge.Unnamed && sb != nil && pointCmp(gb, sb, true)),
				b2i(ge.Unnamed && sb != nil && pointCmp(gb, sb, false)), b2i(!se.Type.ok || se.Type.s == "person"),
				b2i(nameKey(se.Name) == nameKey(ge.Name)), -i}
			if best < 0 || greater(key[:], bestKey[:]) {
				best, bestKey = i, key
			}
		}
		var sb *point
		if best >= 0 {
			se := sys.Entities[best]
			if se.Birth != nil {
				sb = pointTime(se.Birth.Value, se.Birth.Earliest, se.Birth.Latest, s.dct)
			}
			if ge.Unnamed {
				used[best] = true
			}
		}
		strict := sb != nil && pointCmp(gb, sb, true)
		lenient := sb != nil && pointCmp(gb, sb, false)
		s.c.BirthStrict += b2i(strict)
		s.c.BirthLenient += b2i(lenient)
		if !strict {
			sys := "(no such entity)"
			if best >= 0 {
				sys = fmtPoint(sb)
			}
			s.det.BirthWrong = append(s.det.BirthWrong, fmt.Sprintf("%s: gold %s system %s", ge.Name, fmtPoint(gb), sys))
		}
	}
}

// empty reports whether a birth object has no field (Python's falsy {}).
func (t *TimeSpec) empty() bool {
	return t == nil || !t.Value.ok && !t.Earliest.ok && !t.Latest.ok && !t.Mod.ok && t.Start == nil && t.End == nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// greater compares keys lexicographically.
func greater(a, b []int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] > b[i]
		}
	}
	return false
}

type cand struct {
	key             []int
	si, gi          int
	lenient, strict bool
}

func sortCands(cs []cand) {
	sort.SliceStable(cs, func(i, j int) bool { return greater(cs[i].key, cs[j].key) })
}

func (s *scorer) timexes(sys *Doc) {
	gt, st := s.g.Timexes, sys.Timexes
	var cs []cand
	for si, x := range st {
		for gi, g := range gt {
			ov := min(x.End, g.End) - max(x.Start, g.Start)
			if ov > 0 {
				exact := x.Start == g.Start && x.End == g.End
				cs = append(cs, cand{key: []int{b2i(exact), ov, b2i(x.Value == g.Value), b2i(x.Type == g.Type), b2i(!g.Optional), -gi, -si}, si: si, gi: gi})
			}
		}
	}
	sortCands(cs)
	smatch, gmatch := map[int]int{}, map[int]int{}
	for _, c := range cs {
		_, sOK := smatch[c.si]
		_, gOK := gmatch[c.gi]
		if !sOK && !gOK {
			smatch[c.si], gmatch[c.gi] = c.gi, c.si
		}
	}
	for si, x := range st {
		gi, ok := smatch[si]
		if !ok {
			s.c.TimexFP++
			s.det.TimexFP = append(s.det.TimexFP, fmtTimex(x))
			continue
		}
		g := gt[gi]
		if g.Optional {
			continue
		}
		s.c.TimexTP++
		tok, vok := x.Type == g.Type, x.Value == g.Value
		s.c.TimexTypeOK += b2i(tok)
		s.c.TimexValueOK += b2i(vok)
		if !(tok && vok) {
			s.det.TimexWrong = append(s.det.TimexWrong, Pair{fmtTimex(g), fmtTimex(x)})
		}
	}
	for gi, g := range gt {
		if _, ok := gmatch[gi]; !ok && !g.Optional {
			s.c.TimexFN++
			s.det.TimexFN = append(s.det.TimexFN, fmtTimex(g))
		}
	}
}

// candidates lists the pairs of a system fact and a gold fact with the same
// type and arguments, best first, in the order greedy matching takes them.
func (s *scorer) candidates(sys *Doc) []cand {
	sysUnnamed := map[string]bool{}
	for _, e := range sys.Entities {
		if e.Unnamed {
			sysUnnamed[e.Name] = true
		}
	}
	sts := make([]*factTime, len(sys.Facts))
	for i, f := range sys.Facts {
		sts[i] = normFactTime(f.Time, s.dct)
	}
	var cs []cand
	for si, sf := range sys.Facts {
		for gi, gf := range s.gold {
			if sf.Type != gf.Type || !s.argsMatch(sf, gf, sysUnnamed) {
				continue
			}
			lenient := timeMatch(gf.t, sts[si], false)
			strict := lenient && timeMatch(gf.t, sts[si], true)
			key := []int{b2i(sf.Modality == gf.Modality), b2i(s.sameSource(sf.Source, gf.Source)), b2i(strict), b2i(lenient),
				b2i(sf.Polarity == gf.Polarity), b2i(!gf.Optional), -gi, -si}
			cs = append(cs, cand{key: key, si: si, gi: gi, lenient: lenient, strict: strict})
		}
	}
	sortCands(cs)
	return cs
}

// greedy matches system and gold facts at level lvl ("A", "B" or "C"):
// smatch maps system facts to gold facts, gmatch the other way.
func greedy(cs []cand, lvl string) (smatch, gmatch map[int]int) {
	smatch, gmatch = map[int]int{}, map[int]int{}
	for _, c := range cs {
		if lvl == "B" && !c.lenient || lvl == "C" && !c.strict {
			continue
		}
		_, sOK := smatch[c.si]
		_, gOK := gmatch[c.gi]
		if !sOK && !gOK {
			smatch[c.si], gmatch[c.gi] = c.gi, c.si
		}
	}
	return smatch, gmatch
}

// An Outcome is what the scorer makes of one system fact.
type Outcome int

// Outcomes of a system fact at one level.
const (
	FalseAlarm Outcome = iota // matched no gold fact: a false positive
	Right                     // matched a gold fact that counts: a true positive
	Optional                  // matched an optional gold fact: neither
)

// Outcomes tells, for each fact of sys in order, whether Score counts it
// right at level lvl ("A", "B" or "C") against gold, with the very matching
// Score does.
func Outcomes(gold, sys *Doc, lvl string) []Outcome {
	s := newScorer(gold)
	smatch, _ := greedy(s.candidates(sys), lvl)
	out := make([]Outcome, len(sys.Facts))
	for si := range sys.Facts {
		if gi, ok := smatch[si]; ok {
			out[si] = Right
			if s.gold[gi].Optional {
				out[si] = Optional
			}
		}
	}
	return out
}

func (s *scorer) facts(sys *Doc) {
	cs := s.candidates(sys)
	for _, lvl := range []string{"A", "B", "C"} {
		smatch, gmatch := greedy(cs, lvl)
		p := s.c.Facts[lvl]
		for si := range sys.Facts {
			gi, ok := smatch[si]
			if !ok {
				p.FP++
			} else if !s.gold[gi].Optional {
				p.TP++
			}
		}
		for gi, g := range s.gold {
			if _, ok := gmatch[gi]; !ok && !g.Optional {
				p.FN++
			}
		}
		switch lvl {
		case "A":
			s.attribution(sys, smatch, gmatch)
		default:
			for gi, g := range s.gold {
				si, inA := s.gmatA[gi]
				if _, inL := gmatch[gi]; inA && !inL && !g.Optional {
					pr := Pair{fmtFact(g.Fact), fmtFact(sys.Facts[si])}
					if lvl == "B" {
						s.det.FactsTimeB = append(s.det.FactsTimeB, pr)
					} else {
						s.det.FactsTimeC = append(s.det.FactsTimeC, pr)
					}
				}
			}
		}
	}
}

func (s *scorer) attribution(sys *Doc, smatch, gmatch map[int]int) {
	s.gmatA = gmatch
	bt := s.c.ByType
	for si, sf := range sys.Facts {
		if _, ok := smatch[si]; !ok {
			if bt[sf.Type] == nil {
				bt[sf.Type] = &PRF{}
			}
			bt[sf.Type].FP++
			s.det.FactsFP = append(s.det.FactsFP, fmtFact(sf))
		}
	}
	for gi, g := range s.gold {
		if g.Optional {
			continue
		}
		if bt[g.Type] == nil {
			bt[g.Type] = &PRF{}
		}
		mk := "(none)"
		if g.Modality.ok && g.Modality.s != "" {
			mk = g.Modality.s
		}
		if s.c.ByModality[mk] == nil {
			s.c.ByModality[mk] = &ModalityCount{}
		}
		bm := s.c.ByModality[mk]
		bm.Gold++
		si, ok := gmatch[gi]
		if !ok {
			bt[g.Type].FN++
			s.det.FactsFN = append(s.det.FactsFN, fmtFact(g.Fact))
			continue
		}
		bt[g.Type].TP++
		sf := sys.Facts[si]
		bm.Found++
		modOK := sf.Modality == g.Modality
		polOK := sf.Polarity == g.Polarity
		bm.FoundSameModality += b2i(modOK)
		s.c.AttrTotal++
		s.c.ModalityOK += b2i(modOK)
		s.c.PolarityOK += b2i(polOK)
		ge, se := len(g.Source) == 0, len(sf.Source) == 0
		emptyOK := ge == se
		s.c.SourceEmptyOK += b2i(emptyOK)
		var outerOK bool
		switch {
		case ge && se:
			outerOK = true
		case ge || se:
			outerOK = false
		default:
			outerOK = s.sourceElemMatch(sf.Source[0], g.Source[0])
			s.c.SourceBothNonEmpty++
			s.c.SourceBothNonEmptyOuter += b2i(outerOK)
		}
		s.c.SourceOuterOK += b2i(outerOK)
		if !(modOK && polOK && emptyOK && outerOK) {
			s.det.AttrWrong = append(s.det.AttrWrong, Pair{fmtFact(g.Fact), fmtFact(sf)})
		}
	}
}

func fmtPoint(p *point) string {
	if p == nil {
		return "null"
	}
	if p.raw {
		return p.value
	}
	return fmtDay(p.iv.lo) + ".." + fmtDay(p.iv.hi)
}

func fmtDay(d day) string {
	if !d.ok {
		return ""
	}
	return epoch.AddDate(0, 0, d.d).Format("2006-01-02")
}

func fmtTimex(t Timex) string {
	return fmt.Sprintf("[%d,%d) %q %s %s", t.Start, t.End, t.Text.s, t.Type.s, t.Value.s)
}

func fmtFact(f Fact) string {
	args := make([]any, len(f.Args))
	for i, a := range f.Args {
		switch {
		case a.Null:
			args[i] = nil
		case a.List:
			args[i] = a.Variants
		default:
			args[i] = a.S
		}
	}
	ab, _ := json.Marshal(args)
	src, _ := json.Marshal(f.Source)
	tm := "null"
	if f.Time != nil {
		tm = fmtTimeSpec(f.Time)
	}
	sym := "~"
	if f.Ordered {
		sym = ""
	}
	return fmt.Sprintf("%s %s %s(%s) time=%s %s/%s source=%s", f.ID, f.Type, sym, ab, tm, f.Modality.s, f.Polarity.s, src)
}

func fmtTimeSpec(t *TimeSpec) string {
	var parts []string
	add := func(k string, v str) {
		if v.ok {
			parts = append(parts, k+"="+v.s)
		}
	}
	add("value", t.Value)
	add("earliest", t.Earliest)
	add("latest", t.Latest)
	add("mod", t.Mod)
	for _, x := range []struct {
		k string
		p *PointSpec
	}{{"start", t.Start}, {"end", t.End}} {
		if x.p != nil {
			parts = append(parts, x.k+"="+x.p.Value.s+x.p.Earliest.s+x.p.Latest.s)
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}
