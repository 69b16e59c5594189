package entity

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/timex"
)

const day = "2006-01-02"

// birthDays returns the first and last days on which someone aged years
// on day at was born, as timex.BirthInterval gives them in words.
func birthDays(years int, at time.Time) (earliest, latest time.Time) {
	d := time.Date(at.Year(), at.Month(), at.Day(), 0, 0, 0, 0, time.UTC)
	return d.AddDate(-(years + 1), 0, 1), d.AddDate(-years, 0, 0)
}

// appendDay appends t.Format(day) to b: the year in four digits (with
// zeros before), the month and the day in two, or, for a year outside 0
// to 9999, what Format gives.
func appendDay(b []byte, t time.Time) []byte {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.AppendFormat(b, day)
	}
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+int(m)/10), byte('0'+int(m)%10), '-', byte('0'+d/10), byte('0'+d%10))
}

// dayString is t.Format(day), cut from the document's chunks of bytes
// (docInfo.keepString) instead of an allocation of its own.
func (r *resolver) dayString(t time.Time) string {
	var buf [16]byte
	return r.di.keepString(appendDay(buf[:0], t))
}

// dateString is the document's date as doc.DateString gives it, made once.
func (r *resolver) dateString() string {
	if r.date == "" {
		r.date = r.di.doc.DateString()
	}
	return r.date
}

// A yearsBirth is the birth interval of someone aged years on the
// document's date.
type yearsBirth struct {
	years int
	birth hearsay.Interval
}

// birthOnDate is birthInterval(years, doc.Date), each age's made once.
func (r *resolver) birthOnDate(years int) hearsay.Interval {
	for _, b := range r.births {
		if b.years == years {
			return b.birth
		}
	}
	if r.births == nil {
		r.births = make([]yearsBirth, 0, 8) // room for the ages of an article
	}
	e, l := birthDays(years, r.di.doc.Date)
	b := hearsay.Interval{Earliest: r.dayString(e), Latest: r.dayString(l)}
	r.births = append(r.births, yearsBirth{years, b})
	return b
}

// birthdayInterval returns the birth days of someone who turned years on a
// day between earliest and latest.
func (r *resolver) birthdayInterval(years int, earliest, latest time.Time) hearsay.Interval {
	return hearsay.Interval{Earliest: r.dayString(earliest.AddDate(-years, 0, 0)), Latest: r.dayString(latest.AddDate(-years, 0, 0))}
}

// An ageFinding is an age read from the text, before it is given to a person.
type ageFinding struct {
	rule   string
	years  int
	span   hearsay.Span // the words that give the age
	person *ment
	at     string
	birth  hearsay.Interval
}

// compoundBorn reports whether the match at byte i of text is the end of
// a compound ("Korean-born", "Lagos-born"), which tells where someone was
// born, never when.
func compoundBorn(text string, i int) bool { return i > 0 && text[i-1] == '-' }

// bornLike reports whether an age rule's anchor reads a birth date, not an
// age: "born", or "child-born" for a child's arrival.
func bornLike(anchor string) bool { return anchor == "born" || anchor == "child-born" }

// childMention reports whether mention p is of a person the text names as
// a child or calls a newborn ("a daughter named Lumi", "the baby").
func (r *resolver) childMention(p *ment) bool {
	if r.namedAsChild(p) {
		return true
	}
	if p.ent < 0 {
		return false
	}
	if r.infant(r.cl[p.ent]) {
		return true
	}
	for _, m := range r.cl[p.ent].ments {
		if m.kind == hearsay.NameMention && r.namedAsChild(m) {
			return true
		}
	}
	return false
}

// findAges reads ages in every sentence and gives each to the person it
// describes. Ages go to clusters that have none yet.
func (r *resolver) findAges() []ageFinding {
	doc := r.di.doc
	if doc.Date.IsZero() {
		return nil
	}
	var out []ageFinding
	var named [][]*ment      // the people's mentions of each sentence, once an "after" rule needs them
	var undated []ageFinding // ages the rules read at an event with no date: the time expressions give no age of today either
	for si, s := range doc.Sentences {
		text := doc.Text[s.Start:s.End]
		for _, ri := range r.ageRulesFor(si, text) {
			rule := &r.lx.ages[ri]
			if rule.target == "after" {
				if named == nil {
					named = r.peopleBySentence()
				}
				out, undated = r.agesAfterNames(out, undated, ri, rule, si, named[si])
				continue
			}
			for _, loc := range r.ageMatches(ri, si, text) {
				if rule.anchor == "born" && compoundBorn(text, loc[0]) {
					continue // "a Korean-born producer who moved to Lagos in 2019": a birthplace, no birth date
				}
				years, ok := 0, true
				if !bornLike(rule.anchor) {
					years, ok = parseYears(text[loc[2]:loc[3]])
				}
				if !ok || years < 0 || years > 120 || years == 0 && !bornLike(rule.anchor) {
					continue
				}
				span := hearsay.Span{Start: s.Start + loc[0], End: s.Start + loc[1]}
				var p *ment
				if rule.target == "next" && rule.anchor == "child-born" {
					p = r.childAfter(si, span)
				} else if rule.target == "next" {
					if p = r.personAfter(si, span); p == nil {
						p = r.appositionOf(si, span)
					}
					if p == nil && r.resolved {
						p = r.bareAgeOf(span)
					}
				} else {
					p = r.personBefore(si, span)
					if p == nil {
						p = r.personAfter(si, span)
					}
					if p != nil && rule.anchor == "born" && r.childrenBornAfter(p, span) {
						continue // "his wife, Ana, and their twin sons, born in February": the sons' birth
					}
				}
				if p == nil || rule.anchor == "child-born" && !r.childMention(p) {
					continue // "Our daughter, Lumi, arrived on April 28"; not "Bell arrived on Monday"
				}
				f := ageFinding{rule: rule.name, years: years, span: span, person: p}
				r.anchorAge(&f, rule.anchor, si)
				if f.at == "" {
					undated = append(undated, f) // "moved to Leeds at ten": an age then, none of today
					continue
				}
				if bornLike(rule.anchor) && f.at == r.dateString() {
					continue // "born" with no date after it
				}
				out = append(out, f)
			}
		}
	}
	return append(out, r.agesFromTimexes(append(undated, out...))...)
}

// agesFromTimexes reads the ages the time-expression stage found that no
// rule of data/ages.tsv read ("a six-year-old boy", "a 9-month-old"):
// "P6Y" or "P9M" given to the person the expression describes.
func (r *resolver) agesFromTimexes(have []ageFinding) []ageFinding {
	doc := r.di.doc
	var out []ageFinding
	for _, tx := range doc.Timexes {
		if !timex.IsAge(tx) || len(tx.Value) < 3 || tx.Value[0] != 'P' {
			continue
		}
		covered := false
		for _, f := range have {
			covered = covered || f.span.Overlaps(tx.Span)
		}
		if covered || tx.Sentence < 0 || tx.Sentence >= len(doc.Sentences) {
			continue
		}
		n, err := strconv.Atoi(tx.Value[1 : len(tx.Value)-1])
		unit := tx.Value[len(tx.Value)-1]
		if err != nil || n < 0 || unit != 'Y' && unit != 'M' {
			continue
		}
		var p *ment
		if strings.HasSuffix(strings.ToLower(tx.Text), "old") && strings.Contains(tx.Text, "-") {
			p = r.personAfter(tx.Sentence, tx.Span)
		} else if p = r.personBefore(tx.Sentence, tx.Span); p == nil {
			p = r.personAfter(tx.Sentence, tx.Span)
		}
		if p == nil {
			continue
		}
		f := ageFinding{rule: "timex-" + tx.Rule, span: tx.Span, person: p, at: r.dateString()}
		if before := doc.Text[doc.Sentences[tx.Sentence].Start:tx.Start]; unit == 'Y' && (ageAtEvent(before) || ageThenClause(before)) {
			f.years = n
			if r.anchorAge(&f, "event-only", tx.Sentence); f.at != "" {
				out = append(out, f) // "left school at fifteen in 1962"
			}
			continue // "moved to Cardiff at ten": an age then, none of today
		}
		if unit == 'Y' {
			f.years = n
			f.birth = r.birthOnDate(n)
		} else {
			f.birth = hearsay.Interval{Earliest: r.dayString(doc.Date.AddDate(0, -(n + 1), 1)), Latest: r.dayString(doc.Date.AddDate(0, -n, 0))}
		}
		out = append(out, f)
	}
	return out
}

// ageAtEvent reports whether the text before an age ends with "at" or "at
// age": the age someone had when the clause's event happened ("moved to
// Cardiff at ten"), not the one of the article's date.
func ageAtEvent(before string) bool {
	b := strings.ToLower(strings.TrimRight(before, " "))
	b = strings.TrimSuffix(b, " age")
	return b == "at" || strings.HasSuffix(b, " at")
}

// ageThenClause reports whether the text before an age ends with a copula
// in a clause that ageThenWords open, its subject between them ("when Omar
// was", "since she was"): the age someone had then, not on the article's
// date.
func ageThenClause(before string) bool {
	words := strings.Fields(strings.ToLower(before))
	n := len(words)
	if n < 3 || words[n-1] != "was" && words[n-1] != "were" {
		return false
	}
	for k := n - 2; k >= 0 && k >= n-5; k-- {
		w := words[k]
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") {
			return false
		}
		if ageThenWords[w] {
			return k < n-2
		}
	}
	return false
}

// ageRulesFor returns the age rules that may match in sentence si (text):
// each needs a number (or "born") and its literal. They are listed once per
// document.
func (r *resolver) ageRulesFor(si int, text string) []int {
	if r.ageRules == nil {
		r.ageRules = make([][]int, len(r.di.doc.Sentences))
		r.ageRuleIDs = make([]int, 0, 4*len(r.di.doc.Sentences)) // room for a few rules a sentence
	}
	if r.ageRules[si] != nil {
		return r.ageRules[si]
	}
	digits := hasDigit(text)
	born := containsAround(text, "born", 0)
	start := len(r.ageRuleIDs) // the lists of all sentences share one array
	for ri := range r.lx.ages {
		rule := &r.lx.ages[ri]
		if rule.anchor == "born" && !born || !bornLike(rule.anchor) && !digits && !rule.words || !containsAround(text, rule.need, rule.rare) {
			continue
		}
		r.ageRuleIDs = append(r.ageRuleIDs, ri)
	}
	if start == len(r.ageRuleIDs) {
		r.ageRules[si] = []int{} // not nil: listed
	} else {
		r.ageRules[si] = r.ageRuleIDs[start:len(r.ageRuleIDs):len(r.ageRuleIDs)]
	}
	return r.ageRules[si]
}

// containsAround is strings.Contains(text, lit) for the byte at index k of
// lit: it looks for that byte and compares lit around each one found.
// With a byte rare in the text (rarestByte) it finds it in few steps,
// where strings.Contains, which looks for the first byte, stops at every
// space of " old" and at every "a" of "aged".
func containsAround(text, lit string, k int) bool {
	if len(lit) == 0 {
		return true
	}
	c, last := lit[k], len(text)-len(lit)+k // the byte is at k to last for lit to fit
	for from := k; from <= last; {
		p := strings.IndexByte(text[from:last+1], c)
		if p < 0 {
			return false
		}
		p += from
		if text[p-k:p-k+len(lit)] == lit {
			return true
		}
		from = p + 1
	}
	return false
}

// byteRarity ranks lowercase letters and the space from the most to the
// least frequent in English text; other bytes rank after them all.
const byteRarity = " etaoinsrhldcumfpgwybvkxjqz"

// rarestByte returns the index of the byte of lit rarest in English text
// by byteRarity (the first of equals), 0 for an empty lit.
func rarestByte(lit string) int {
	best, bestRank := 0, -1
	for i := 0; i < len(lit); i++ {
		rank := strings.IndexByte(byteRarity, lit[i])
		if rank < 0 {
			rank = len(byteRarity)
		}
		if rank > bestRank {
			best, bestRank = i, rank
		}
	}
	return best
}

// hasDigit reports whether text has an ASCII digit (strings.ContainsAny
// with the ten digits), reading eight bytes at a time.
func hasDigit(text string) bool {
	const ones, highs, zeros = 0x0101010101010101, 0x8080808080808080, 0x3030303030303030
	i := 0
	for ; i+8 <= len(text); i += 8 {
		b := text[i : i+8] // one bounds check for the eight bytes, read as one word
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		// a byte of x is a digit when it is '0' to '9': y's byte then is
		// below 10, which the test of a byte below n finds (n <= 128).
		y := x ^ zeros
		if (y-10*ones)&^y&highs != 0 {
			return true
		}
	}
	for ; i < len(text); i++ {
		if '0' <= text[i] && text[i] <= '9' {
			return true
		}
	}
	return false
}

// ageMatches returns the matches of age rule ri in the text of sentence si,
// found once per document (they depend on the text alone), none included:
// the quick tests that turn a text away are not asked again either.
func (r *resolver) ageMatches(ri, si int, text string) [][]int {
	k := [2]int{ri, si}
	if locs, ok := r.ageLocs[k]; ok {
		return locs
	}
	var locs [][]int // nil, as FindAll gives, when no stretch around a literal matches
	if r.lx.ages[ri].mayMatch(text) && r.lx.ages[ri].mayMatchIn(text) && r.lx.ages[ri].mayMatchNear(text) {
		locs = r.lx.ages[ri].re.FindAllStringSubmatchIndex(text, -1)
	}
	if r.ageLocs == nil {
		r.ageLocs = make(map[[2]int][][]int, 16)
	}
	r.ageLocs[k] = locs
	return locs
}

// ageMatchAfter returns the match of age rule ri at the start of rest, the
// text from offset end to the end of sentence si, found once per document.
func (r *resolver) ageMatchAfter(ri, si, end int, rest string) []int {
	if !r.lx.ages[ri].mayMatch(rest) {
		return nil // asked first: rest is the same text for the same key, and the cache holds no such match
	}
	k := [3]int{ri, si, end}
	if loc, ok := r.afterLocs[k]; ok {
		return loc
	}
	loc := r.lx.ages[ri].re.FindStringSubmatchIndex(r.lx.ages[ri].head(rest))
	if r.afterLocs == nil {
		r.afterLocs = map[[3]int][]int{}
	}
	r.afterLocs[k] = loc
	return loc
}

// peopleBySentence lists, for each sentence, its mentions (in the order of
// r.ms) that are not groups and belong to a person's cluster.
// All the lists share one backing array.
func (r *resolver) peopleBySentence() [][]*ment {
	out := make([][]*ment, len(r.di.doc.Sentences))
	counts := make([]int, len(out))
	total := 0
	for _, m := range r.ms {
		if r.personOfSentence(m, len(out)) {
			counts[m.sent]++
			total++
		}
	}
	flat, off := make([]*ment, total), 0
	for s, n := range counts {
		if n > 0 {
			out[s] = flat[off : off : off+n]
			off += n
		}
	}
	for _, m := range r.ms {
		if r.personOfSentence(m, len(out)) {
			out[m.sent] = append(out[m.sent], m)
		}
	}
	return out
}

// personOfSentence reports whether m is a mention peopleBySentence lists:
// not a group, in one of the n sentences, of a person's cluster.
func (r *resolver) personOfSentence(m *ment, n int) bool {
	return m.sent >= 0 && m.sent < n && m.kind != hearsay.GroupMention && m.ent >= 0 && r.cl[m.ent].typ == hearsay.Person
}

// agesAfterNames matches an "after" rule on the text that follows each
// person name of sentence si ("Portman, 42, ...") and appends the ages it
// finds to out; people are the sentence's mentions of people
// (peopleBySentence).
func (r *resolver) agesAfterNames(out, undated []ageFinding, ri int, rule *ageRule, si int, people []*ment) ([]ageFinding, []ageFinding) {
	doc := r.di.doc
	s := doc.Sentences[si]
	for _, m := range people {
		if m.kind == hearsay.PronounMention && rule.name != "age-copula" {
			continue
		}
		end := doc.Tokens[m.tok1-1].End
		rest := doc.Text[end:s.End]
		loc := r.ageMatchAfter(ri, si, end, rest)
		if loc == nil {
			continue
		}
		years, ok := parseYears(rest[loc[2]:loc[3]])
		if !ok || years < 1 || years > 120 {
			continue
		}
		f := ageFinding{rule: rule.name, years: years, span: hearsay.Span{Start: end + loc[2], End: end + loc[3]}, person: m}
		anchor := rule.anchor
		if rule.name == "age-copula" && m.tok0 > 0 && ageThenWords[r.di.lower[m.tok0-1]] {
			anchor = "event-only" // "when Omar was two": his age then, none of today
		}
		r.anchorAge(&f, anchor, si)
		if f.at == "" {
			undated = append(undated, f) // the time expressions give no age of today either
		} else {
			out = append(out, f)
			if o := r.sharedAgeWith(m, people); o != nil && rule.name == "age-apposition" {
				g := f
				g.person = o
				out = append(out, g)
			}
		}
	}
	return out, undated
}

// ageThenWords open a clause whose age is the one its subject had at another
// time than the article's: "when Omar was two", "since she was 12".
var ageThenWords = map[string]bool{"when": true, "since": true, "until": true, "till": true, "once": true, "before": true, "after": true}

// sharedAgeWith returns the person named by one word right before "and"
// and name m, itself one word, that an age after m is shared with, when a
// plural kinship noun comes before them, maybe with a comma ("twins Rosa
// and Ivy, 15", "the twins, Beau and Eli, 8"), or
// nil. Elsewhere the age is the last name's ("Lang and Quinlan, 30"), and
// a name with its own age is followed by it ("Ava, 12, and Leo, 9").
func (r *resolver) sharedAgeWith(m *ment, people []*ment) *ment {
	if m.kind != hearsay.NameMention || len(m.words) != 1 || m.tok0 < 3 || r.di.lower[m.tok0-1] != "and" {
		return nil
	}
	for _, o := range people {
		if o.kind != hearsay.NameMention || len(o.words) != 1 || o.tok1 != m.tok0-1 || o.ent == m.ent || o.tok0 == 0 {
			continue
		}
		k := o.tok0 - 1
		if r.di.lower[k] == "," && k > 0 {
			k-- // "the twins, Beau and Eli, 8"
		}
		if r.kinPlural(r.di.lower[k]) {
			return o
		}
	}
	return nil
}

// anchorAge sets the day the age holds on and the birth interval: the
// article date, or for "turned 61 in May" the time expression that follows.
func (r *resolver) anchorAge(f *ageFinding, anchor string, si int) {
	doc := r.di.doc
	switch anchor {
	case "turned", "born", "child-born":
		e, l, tx, ok := r.dateAfter(si, f.span.End, 40, false)
		if ok && anchor == "turned" && !r.turnedAt(f.span.End, tx.Start) {
			ok = false // "the year she turned nine, and she spent that summer ..."
		}
		if !ok && anchor == "turned" {
			e, l, tx, ok = r.dateBefore(si, f.span.Start)
		}
		if !ok && bornLike(anchor) {
			e, l, tx, ok = r.headingDate(si)
		}
		if ok {
			if past := bornLike(anchor) || strings.HasPrefix(doc.Text[f.span.Start:f.span.End], "turned"); past && e.After(doc.Date) {
				// "turned 45 in March" written in November: last March, not next.
				e, l = e.AddDate(-1, 0, 0), l.AddDate(-1, 0, 0)
				tx.Earliest, tx.Latest = r.dayString(e), r.dayString(l)
			}
			if bornLike(anchor) {
				f.at, f.birth = tx.Latest, hearsay.Interval{Earliest: tx.Earliest, Latest: tx.Latest}
			} else {
				f.at, f.birth = tx.Latest, r.birthdayInterval(f.years, e, l)
			}
			return
		}
	case "event", "event-only":
		// "died last Tuesday at 71": the age holds on the day of the event.
		if e, l, tx, ok := r.dateIn(si, f.span, anchor == "event-only"); ok {
			if !e.Equal(l) && r.tellsDeath(si) {
				// "who died last month at 81" ... "He died March 9": the day of the death.
				if de, dl, dtx, found := r.deathDayWithin(f.person, e, l); found {
					e, l, tx = de, dl, dtx
				}
			}
			f.at = tx.Latest
			f.birth = hearsay.Interval{Earliest: r.dayString(e.AddDate(-(f.years + 1), 0, 1)), Latest: r.dayString(l.AddDate(-f.years, 0, 0))}
			return
		}
		if anchor == "event-only" {
			f.at = "" // no event date: the age says nothing of today
			return
		}
	}
	if e, l, tx, ok := r.deathDate(si, f.person, f.rule == "age-copula"); ok && f.years > 0 {
		// "Walter Pemberton died Wednesday ... He was 78.": the age at death.
		f.at = tx.Latest
		f.birth = hearsay.Interval{Earliest: r.dayString(e.AddDate(-(f.years + 1), 0, 1)), Latest: r.dayString(l.AddDate(-f.years, 0, 0))}
		return
	}
	f.at, f.birth = r.dateString(), r.birthOnDate(f.years)
}

// turnedAt reports whether the text from byte from to byte to (between
// "turned 61" and a time expression) ties the time to the birthday: at
// most two words ("in", "earlier this"), no comma.
func (r *resolver) turnedAt(from, to int) bool {
	return fewWords(r.di.doc.Text[from:to], 2)
}

// fewWords reports whether text holds at most n words and no comma,
// semicolon or dash.
func fewWords(text string, n int) bool {
	words, in := 0, false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == ',' || c == ';' || c == '-' || c == '(' || c == ')':
			return false
		case c == ' ':
			in = false
		case !in:
			in = true
			words++
		}
	}
	return words <= n
}

// dateBefore finds a dated time expression of sentence si that ends at
// most four words before byte off and ties the birthday that follows to
// its time: "In May he turned 40", "in 1984, the year she turned nine".
// A time expression after "born" ("Born in 1950, she turned 40 in 1990")
// is not one.
func (r *resolver) dateBefore(si, off int) (e, l time.Time, tx hearsay.Timex, ok bool) {
	doc := r.di.doc
	for i := len(doc.Timexes) - 1; i >= 0; i-- {
		t := &doc.Timexes[i]
		if t.Sentence != si || t.End > off || t.Type != hearsay.Date {
			continue
		}
		between := doc.Text[t.End:off]
		if rest, cut := strings.CutPrefix(between, ", "); cut && (strings.HasPrefix(rest, "the year ") || strings.HasPrefix(rest, "when ")) {
			between = rest
		}
		if !fewWords(between, 4) || strings.HasSuffix(strings.ToLower(strings.TrimSpace(doc.Text[doc.Sentences[si].Start:t.Start])), "born") {
			return e, l, tx, false
		}
		if e, l, ok := bounds(*t, false); ok {
			return e, l, *t, true
		}
		return e, l, tx, false
	}
	return e, l, tx, false
}

// deathDayWithin finds the day of the death of p's person told in a
// sentence of its own ("He died March 9 at his home"), when it falls
// between earliest and latest, the vaguer time of the death told where
// the age is ("who died last month at 81").
func (r *resolver) deathDayWithin(p *ment, earliest, latest time.Time) (e, l time.Time, tx hearsay.Timex, ok bool) {
	doc := r.di.doc
	for k := range doc.Sentences {
		if !r.tellsDeath(k) || !r.aboutPerson(k, p) {
			continue
		}
		if e, l, tx, ok := r.dateIn(k, doc.Sentences[k].Span, false); ok && !e.Before(earliest) && !l.After(latest) {
			return e, l, tx, true
		}
	}
	return e, l, tx, false
}

// headingDate finds the date that heads sentence si, or the paragraph
// that opens with it, as an entry of a timeline ("March 2023: Baby makes
// three" over "Their daughter, Lumi, was born ..."): a dated time
// expression at the start of the sentence or of the heading line right
// before it, followed by a colon.
func (r *resolver) headingDate(si int) (e, l time.Time, tx hearsay.Timex, ok bool) {
	doc := r.di.doc
	start := doc.Sentences[si].Start
	if si > 0 && r.headingLine(si-1) {
		si, start = si-1, doc.Sentences[si-1].Start
	}
	for i := range doc.Timexes {
		t := &doc.Timexes[i]
		if t.Sentence != si || t.Start != start || t.Type != hearsay.Date || !strings.HasPrefix(doc.Text[t.End:], ":") {
			continue
		}
		if e, l, ok := bounds(*t, false); ok {
			return e, l, *t, true
		}
	}
	return e, l, tx, false
}

// headingLine reports whether sentence k is a line of its own with no
// closing stop, a heading ("March 2023: Baby makes three").
func (r *resolver) headingLine(k int) bool {
	doc := r.di.doc
	s := doc.Sentences[k]
	text := strings.TrimRight(doc.Text[s.Start:s.End], " ")
	if text == "" || strings.ContainsAny(text[len(text)-1:], ".!?\"'”") {
		return false
	}
	return strings.HasPrefix(doc.Text[s.Start+len(text):], "\n") && (s.Start == 0 || doc.Text[s.Start-1] == '\n')
}

// deathDate finds the time of a death reported in sentence si, or, when
// near is true ("He was 78."), in the sentence before or after it: a
// sentence with a death cue and a date no later than the article's: in
// sentence si a day, elsewhere the nearest day else the nearest date of
// any precision when it tells of the same person ("died in February. She
// was 91."). An age in a sentence that tells a death with no
// date ("has died aged 88") takes the date of the death told of the same
// person in the sentence after or before it ("She died on Saturday").
func (r *resolver) deathDate(si int, p *ment, near bool) (e, l time.Time, tx hearsay.Timex, ok bool) {
	doc := r.di.doc
	ks := [3]int{si, -1, -1}
	if near || r.tellsDeath(si) && r.undated(si) {
		ks[1], ks[2] = si+1, si-1
	}
	for _, any := range [2]bool{false, true} {
		for i, k := range ks {
			if k < 0 || k >= len(doc.Sentences) || any && i == 0 || !r.tellsDeath(k) || i > 0 && (any || !near) && !r.aboutPerson(k, p) {
				continue
			}
			if e, l, tx, ok := r.dateIn(k, doc.Sentences[k].Span, any); ok && !l.After(doc.Date) {
				return e, l, tx, true
			}
		}
	}
	return e, l, tx, false
}

// undated reports whether sentence si holds no dated time expression.
func (r *resolver) undated(si int) bool {
	for i := range r.di.doc.Timexes {
		if t := &r.di.doc.Timexes[i]; t.Sentence == si && t.Type == hearsay.Date {
			return false
		}
	}
	return true
}

// aboutPerson reports whether the first person mentioned in sentence k is
// p's person, or a pronoun not yet resolved that opens the sentence ("She
// died on Saturday" after "Eleanor Moss has died aged 88").
func (r *resolver) aboutPerson(k int, p *ment) bool {
	if p == nil || p.ent < 0 {
		return false
	}
	for _, m := range r.ms {
		if m.sent != k {
			continue
		}
		if m.ent < 0 && m.kind == hearsay.PronounMention {
			return r.di.doc.Tokens[m.tok0].Start == r.di.doc.Sentences[k].Start
		}
		if m.ent >= 0 && r.cl[m.ent].typ == hearsay.Person {
			return m.ent == p.ent
		}
	}
	return false
}

// tellsDeath reports whether sentence k holds a death cue (data/cues.tsv
// death-cue), read once per sentence.
func (r *resolver) tellsDeath(k int) bool {
	if r.death == nil {
		r.death = make([]int8, len(r.di.doc.Sentences))
	}
	if r.death[k] == 0 {
		r.death[k] = -1
		text := r.di.doc.SentenceText(k)
		if (!r.lx.deathLitsSet || literalNear(text, r.lx.deathLits, false, 0)) && r.lx.deathRe.MatchString(text) {
			r.death[k] = 1
		}
	}
	return r.death[k] > 0
}

// dateAfter finds a dated time expression of sentence si starting within
// max bytes after byte off, and its bounds.
func (r *resolver) dateAfter(si, off, max int, dayOnly bool) (e, l time.Time, tx hearsay.Timex, ok bool) {
	for i := range r.di.doc.Timexes {
		t := &r.di.doc.Timexes[i]
		if t.Sentence != si || t.Start < off || t.Start > off+max || t.Type != hearsay.Date {
			continue
		}
		if e, l, ok := bounds(*t, dayOnly); ok {
			return e, l, *t, true
		}
	}
	return e, l, tx, false
}

// dateIn finds the dated time expression of sentence si nearest to span
// (day-precise unless any is true).
func (r *resolver) dateIn(si int, span hearsay.Span, any bool) (e, l time.Time, tx hearsay.Timex, ok bool) {
	best := -1
	for _, t := range r.di.doc.Timexes {
		if t.Sentence != si || t.Type != hearsay.Date {
			continue
		}
		d := t.Start - span.End
		if d < 0 {
			d = span.Start - t.End
		}
		if te, tl, good := bounds(t, !any); good && (best < 0 || d < best) {
			e, l, tx, ok, best = te, tl, t, true, d
		}
	}
	return e, l, tx, ok
}

func bounds(tx hearsay.Timex, dayOnly bool) (e, l time.Time, ok bool) {
	e, err1 := time.Parse(day, tx.Earliest)
	l, err2 := time.Parse(day, tx.Latest)
	if err1 != nil || err2 != nil || dayOnly && !e.Equal(l) {
		return e, l, false
	}
	return e, l, true
}

// personAfter finds the person an age adjective describes: the description
// that contains it ("the 46-year-old"), or the name that follows it across
// at most a few lowercase words ("25-year-old climate activist Camille Étienne").
func (r *resolver) personAfter(si int, span hearsay.Span) *ment {
	toks := r.di.doc.Tokens
	for _, m := range r.ms {
		if m.sent == si && m.kind == hearsay.NominalMention && toks[m.tok0].Start <= span.Start && toks[m.tok1-1].End >= span.End {
			if m.ent >= 0 {
				return m
			}
			return nil
		}
	}
	for _, m := range r.ms {
		if m.sent != si || toks[m.tok0].Start < span.End || m.ent < 0 || r.cl[m.ent].typ != hearsay.Person {
			continue
		}
		if m.kind == hearsay.PronounMention && r.di.lower[m.tok0] != "his" && r.di.lower[m.tok0] != "her" && r.di.lower[m.tok0] != "their" {
			return m // "At 52, he insists ..."
		}
		if m.kind != hearsay.NameMention {
			return nil
		}
		gap := 0
		for j := m.tok0 - 1; j >= 0 && toks[j].Start >= span.End; j-- {
			w := toks[j].Text
			if !isAlphaWord(w) || isCap(w) && !r.isDemonym(j) {
				return nil
			}
			gap++
		}
		if gap > 4 {
			return nil
		}
		return m
	}
	return nil
}

func (r *resolver) isDemonym(j int) bool {
	_, ok := r.di.demonym(r.lx, j)
	return ok
}

// childAfter finds the person a verb of a child's arrival is followed by
// within a few words ("welcomed a daughter, Asha, on Jan. 30", "welcomed
// their son Leo"): the first name or description of a person after span
// in sentence si, past possessive pronouns, or nil.
func (r *resolver) childAfter(si int, span hearsay.Span) *ment {
	toks := r.di.doc.Tokens
	for _, m := range r.ms {
		if m.sent != si || toks[m.tok0].Start < span.End || m.kind == hearsay.PronounMention {
			continue
		}
		k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= span.End })
		if m.tok0-k > 4 || m.ent < 0 || r.cl[m.ent].typ != hearsay.Person {
			return nil
		}
		return m
	}
	return nil
}

// bareAgeOf finds the person "the 47-year-old" stands for when a verb or
// a stop follows it ("claimed that the 47-year-old had entered rehab"),
// not a noun or a title of its own, and coreference left it unresolved:
// the person mentioned most often before
// it, the one the article is about, or nil when two are mentioned as often.
func (r *resolver) bareAgeOf(span hearsay.Span) *ment {
	toks := r.di.doc.Tokens
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= span.Start })
	if k < 1 || k >= len(toks) || toks[k].Start != span.Start || r.di.lower[k-1] != "the" {
		return nil
	}
	j := k
	for j < len(toks) && toks[j].End <= span.End {
		j++
	}
	if j >= len(toks) || toks[j].UPOS != "VERB" && toks[j].UPOS != "AUX" && toks[j].Text != "," && toks[j].Text != "." {
		return nil // "the 47-year-old actor": a description of its own
	}
	counts := make([]int, len(r.cl))
	var last []*ment // by cluster: its last mention before the age
	for _, m := range r.ms {
		if toks[m.tok1-1].End > span.Start || m.ent < 0 || r.cl[m.ent].typ != hearsay.Person {
			continue
		}
		if last == nil {
			last = make([]*ment, len(r.cl))
		}
		counts[m.ent]++
		last[m.ent] = m
	}
	best := soleMost(slices.All(counts))
	if best < 0 {
		return nil
	}
	return last[best]
}

// appositionOf finds the person named right before an age adjective that
// opens an apposition: "Hollenbeck, a 29-year-old paramedic, ..." (a
// comma and an article between the name and the age), or nil.
func (r *resolver) appositionOf(si int, span hearsay.Span) *ment {
	toks := r.di.doc.Tokens
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= span.Start })
	if k < 3 || k >= len(toks) || toks[k].Start != span.Start {
		return nil
	}
	if w := r.di.lower[k-1]; w != "a" && w != "an" && w != "the" || r.di.lower[k-2] != "," {
		return nil
	}
	for _, m := range r.ms {
		if m.sent == si && m.tok1 == k-2 && m.kind == hearsay.NameMention && m.ent >= 0 && r.cl[m.ent].typ == hearsay.Person {
			return m
		}
	}
	return nil
}

// childrenBornAfter reports whether the "born" that opens span follows,
// right after or after a comma, a noun of children that mention p does not
// end with ("and their twin sons, born in February", "two daughters born
// in 2019"): the birth is the children's, not that of the person named
// before them.
func (r *resolver) childrenBornAfter(p *ment, span hearsay.Span) bool {
	toks := r.di.doc.Tokens
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= span.Start })
	if k >= len(toks) || toks[k].Start != span.Start {
		return false
	}
	k--
	if k >= 0 && r.di.lower[k] == "," {
		k--
	}
	if k < p.tok1 || toks[k].Sentence != p.sent {
		return false
	}
	if r.childPlural(k) {
		return true
	}
	info, ok := r.di.nounAt(r.lx, k)
	return ok && info.isKin && info.class == "child"
}

// unnamedChildBirths gives each group or child with no name that
// unnamedKin made the birth date a "born" right after it tells ("with his
// wife, Ana, and their twin sons, born in February"), or else the birth its
// stated age gives ("shares a five-year-old son with Tom Hale"), when it has none:
// findAges passed that birth over (childrenBornAfter), the children having
// no mention yet.
func (r *resolver) unnamedChildBirths() {
	toks := r.di.doc.Tokens
	var found []ageFinding
	for _, m := range r.ms {
		if m.rule != "unnamed-child" || m.ent < 0 || r.cl[m.ent].birth != nil {
			continue
		}
		k := m.tok1
		if k < len(toks) && r.di.lower[k] == "," {
			k++
		}
		if k >= len(toks) || toks[k].Sentence != m.sent || r.di.lower[k] != "born" {
			if years, at := r.unnamedChildAge(m); years > 0 {
				f := ageFinding{rule: "age-unnamed-child", years: years, span: hearsay.Span{Start: toks[at].Start, End: toks[at].End}, person: m}
				r.anchorAge(&f, "", m.sent)
				found = append(found, f)
			}
			continue
		}
		f := ageFinding{rule: "born-children", span: hearsay.Span{Start: toks[k].Start, End: toks[k].End}, person: m}
		r.anchorAge(&f, "born", m.sent)
		if f.at != "" && f.at != r.dateString() {
			found = append(found, f)
		}
	}
	r.applyAges(found)
}

// unnamedChildAge returns the age in years that a description of a child
// with no name gives (m: "a five-year-old son", "a 12-year-old daughter")
// or that stands set off by commas right after it ("shares a son, 5, with
// Tom Hale"), and the token that gives it; 0 when none does.
func (r *resolver) unnamedChildAge(m *ment) (years, at int) {
	for j := m.tok0; j < m.tok1; j++ {
		if n := yearsOld(r.di.lower[j]); n > 0 {
			return n, j
		}
	}
	toks := r.di.doc.Tokens
	k := m.tok1
	if k+2 >= len(toks) || r.di.lower[k] != "," || toks[k+2].Sentence != m.sent {
		return 0, 0
	}
	switch r.di.lower[k+2] {
	case ",", ".", ")", ";":
	default:
		return 0, 0 // "two sons, 5 and 8": the ages of several
	}
	if n := numberWords[r.di.lower[k+1]]; n > 0 {
		return n, k + 1
	}
	if isNumber(toks[k+1].Text) && len(toks[k+1].Text) <= 2 {
		n := 0
		for _, c := range toks[k+1].Text {
			n = n*10 + int(c-'0')
		}
		return n, k + 1
	}
	return 0, 0
}

// yearsOld returns the age a "5-year-old" or "five-year-old" token gives,
// or 0.
func yearsOld(w string) int {
	if n := ageOf(w); n > 0 {
		return n
	}
	for _, suf := range []string{"-year-old", "-years-old"} {
		if head, ok := strings.CutSuffix(w, suf); ok {
			return numberWords[head]
		}
	}
	return 0
}

// personBefore finds the nearest resolved person mention before span in
// sentence si, passing over a maiden name ("Ann Lowe (née Pike; born
// 1961)" is Ann Lowe's birth).
func (r *resolver) personBefore(si int, span hearsay.Span) *ment {
	toks := r.di.doc.Tokens
	var best *ment
	for _, m := range r.ms {
		if m.sent != si || toks[m.tok1-1].End > span.Start || m.ent < 0 || r.cl[m.ent].typ != hearsay.Person {
			continue
		}
		if m.tok0 > 0 && r.di.is(r.lx, cueMaidenMark, m.tok0-1) {
			continue
		}
		if best == nil || m.tok0 > best.tok0 {
			best = m
		}
	}
	if best != nil && r.kinOfObject(best) {
		return nil // "The father of India cricketer Rahul Desai has died aged 68": the father's age
	}
	return best
}

// kinOfObject reports whether name m completes a kinship noun with "of",
// past up to three words that describe the person ("the father of India
// cricketer Rahul Desai", "the widow of actor Tom Ray").
func (r *resolver) kinOfObject(m *ment) bool {
	if m.kind != hearsay.NameMention {
		return false
	}
	toks := r.di.doc.Tokens
	for k := m.tok0 - 1; k >= 1 && k >= m.tok0-4 && toks[k].Sentence == m.sent; k-- {
		if r.di.lower[k] == "of" {
			info, ok := r.di.nounWords(r.lx, k-1, k)
			return ok && info.isKin
		}
		if t := toks[k].UPOS; toks[k].Text == "," || t == "VERB" || t == "AUX" || t == "PRON" || t == "ADP" {
			return false
		}
	}
	return false
}

// narrowBirth narrows birth to its overlap with other when the two
// intervals overlap: "born on July 9, 1937" and "87" at a death in March
// 2025 give July 9, 1937; "51" today and "turned nine" in 1984 give the
// first months of 1975. Intervals that do not overlap leave birth as it
// is (the first one found stands).
func narrowBirth(birth *hearsay.Interval, other hearsay.Interval) {
	if other.Earliest == "" || other.Latest == "" || birth.Earliest == "" || birth.Latest == "" ||
		other.Earliest > birth.Latest || other.Latest < birth.Earliest {
		return
	}
	if other.Earliest > birth.Earliest {
		birth.Earliest = other.Earliest
	}
	if other.Latest < birth.Latest {
		birth.Latest = other.Latest
	}
}

// applyAges gives each cluster the first age found for it, its birth
// interval narrowed by the others that agree with it. The ages and
// birth intervals given are kept in an array of each, made with room for
// all found, which they point into.
func (r *resolver) applyAges(found []ageFinding) {
	var births []hearsay.Interval
	var ages []hearsay.Age
	for _, f := range found {
		c := r.cl[f.person.ent]
		if c.birth != nil {
			narrowBirth(c.birth, f.birth)
			continue
		}
		if births == nil {
			births = make([]hearsay.Interval, 0, len(found))
		}
		births = append(births, f.birth) // within the room made: earlier pointers stay
		c.birth = &births[len(births)-1]
		if f.years > 0 {
			if ages == nil {
				ages = make([]hearsay.Age, 0, len(found))
			}
			ages = append(ages, hearsay.Age{Years: f.years, At: f.at, Span: f.span})
			c.age = &ages[len(ages)-1]
		}
	}
}

// ageTimexSpan widens an age's evidence to the time expression that covers it, when there is one.
func ageTimexSpan(doc *hearsay.Document, s hearsay.Span) hearsay.Span {
	for i := range doc.Timexes {
		if tx := &doc.Timexes[i]; tx.Type == hearsay.Duration && strings.HasPrefix(tx.Rule, "age") && tx.Span.Overlaps(s) {
			return tx.Span
		}
	}
	return s
}
