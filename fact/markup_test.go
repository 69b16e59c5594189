package fact

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
)

// markupDoc builds a document from a marked-up text, so that the stage can be
// tested without the stages before it:
//
//	[Natalie Portman]                 a person mention (the entity is named by the text)
//	[org:Us Weekly] [outlet:People]   an organisation (outlet, agency: an organisation of that kind)
//	[place:Paris] [work:Black Swan]   a place, a work
//	[event:Glastonbury]               an event
//	[her=Natalie Portman]             a mention whose text differs from the entity's name
//	                                  (a pronoun when lowercase, else an alias)
//	[The couple=A+B]                  a group mention with members A and B
//	[Aleph@12]                        a person aged 12 on the document date
//	[a model=unnamed: a model]        a person the text does not name
//	[two sons=unnamed: two sons%R]    ... whose mention the entity stage made by rule R
//	<last week|2023-W31>              a time expression (<text|value|mod|anaphoric>)
//	<61|P61Y||age>                    an age told as a number ("Ann Cole, now 61,")
//	<2018-19|2018||to=2019>           a pair of years, from the first year's start to the second's end
//	\n                                a line break ("KELBY MAYOR\nAnn Roe won."), which ends a sentence
//
// Sentences end at ". ", "! ", "? " outside brackets, and at line breaks.
func markupDoc(t testing.TB, markup string) *hearsay.Document {
	t.Helper()
	doc := &hearsay.Document{Date: time.Date(2023, 8, 7, 0, 0, 0, 0, time.UTC)}
	var text strings.Builder
	type ment struct {
		span    hearsay.Span
		surface string
		target  string
		typ     hearsay.EntityType
		kind    string
		rule    string
	}
	var ments []ment
	var breaks []int // offsets of the line breaks written as \n
	ents := map[string]int{}
	entity := func(name string, typ hearsay.EntityType, kind string) int {
		if i, ok := ents[name]; ok {
			return i
		}
		ents[name] = len(doc.Entities)
		doc.Entities = append(doc.Entities, hearsay.Entity{ID: fmt.Sprintf("e%d", len(doc.Entities)+1), Type: typ, Name: name, Kind: kind,
			Unnamed: strings.HasPrefix(name, "unnamed:")})
		return ents[name]
	}
	for i := 0; i < len(markup); {
		c := markup[i]
		switch c {
		case '[':
			j := strings.IndexByte(markup[i:], ']') + i
			body := markup[i+1 : j]
			typ, kind := hearsay.Person, ""
			if k, rest, ok := strings.Cut(body, ":"); ok && !strings.Contains(k, " ") && !strings.Contains(k, "=") {
				switch k {
				case "org":
					typ = hearsay.Org
				case "outlet", "agency":
					typ, kind = hearsay.Org, k
				case "place":
					typ = hearsay.Place
				case "work":
					typ = hearsay.Work
				case "event":
					typ = hearsay.Event
				}
				body = rest
			}
			surface, target, _ := strings.Cut(body, "=")
			if target == "" {
				target = surface
			}
			target, rule, _ := strings.Cut(target, "%")
			age := -1
			if n, a, ok := strings.Cut(target, "@"); ok {
				target = n
				fmt.Sscan(a, &age)
			}
			surface, _, _ = strings.Cut(surface, "@")
			start := text.Len()
			text.WriteString(surface)
			m := ment{span: hearsay.Span{Start: start, End: text.Len()}, surface: surface, target: target, typ: typ, kind: kind, rule: rule}
			ments = append(ments, m)
			if !strings.Contains(target, "+") {
				e := entity(target, typ, kind)
				if age >= 0 {
					doc.Entities[e].Age = &hearsay.Age{Years: age, At: "2023-08-07"}
				}
			}
			i = j + 1
		case '<':
			j := strings.IndexByte(markup[i:], '>') + i
			parts := strings.Split(markup[i+1:j], "|")
			start := text.Len()
			text.WriteString(parts[0])
			tx := hearsay.Timex{Span: hearsay.Span{Start: start, End: text.Len()}, Text: parts[0], Type: hearsay.Date, Value: parts[1]}
			if strings.HasPrefix(parts[1], "P") && parts[1] != "PRESENT_REF" && parts[1] != "PAST_REF" {
				tx.Type = hearsay.Duration
			}
			if len(parts) > 2 {
				tx.Mod = parts[2]
			}
			if len(parts) > 3 {
				tx.Anaphoric = parts[3] == "anaphoric"
				if parts[3] == "age" {
					tx.Rule = "age" // what timex.IsAge reads
				}
				if y, ok := strings.CutPrefix(parts[3], "to="); ok {
					tx.Earliest, tx.Latest = parts[1]+"-01-01", y+"-12-31" // a pair of years ("2018-19")
				}
			}
			doc.Timexes = append(doc.Timexes, tx)
			i = j + 1
		case '\\':
			if i+1 < len(markup) && markup[i+1] == 'n' {
				breaks = append(breaks, text.Len())
				text.WriteByte('\n')
				i += 2
				continue
			}
			text.WriteByte(c)
			i++
		default:
			text.WriteByte(c)
			i++
		}
	}
	doc.Text = text.String()
	doc.Body = hearsay.Span{Start: 0, End: len(doc.Text)}
	tokenize(doc, breaks)
	for _, m := range ments {
		hm := hearsay.Mention{Span: m.span, Text: m.surface, Type: m.typ, Kind: hearsay.NameMention, Entity: -1, Sentence: sentenceOf(doc, m.span.Start), Rule: m.rule}
		if strings.Contains(m.target, "+") {
			hm.Kind = hearsay.GroupMention
			for _, n := range strings.Split(m.target, "+") {
				hm.Members = append(hm.Members, entity(n, hearsay.Person, ""))
			}
		} else {
			hm.Entity = ents[m.target]
			r, _ := utf8.DecodeRuneInString(m.surface)
			if m.surface != m.target && (unicode.IsLower(r) || testPronouns[strings.ToLower(m.surface)]) {
				hm.Kind = hearsay.PronounMention
				if strings.Contains(m.surface, " ") {
					hm.Kind = hearsay.NominalMention
				}
			}
		}
		if hm.Entity >= 0 {
			doc.Entities[hm.Entity].Mentions = append(doc.Entities[hm.Entity].Mentions, len(doc.Mentions))
		}
		doc.Mentions = append(doc.Mentions, hm)
	}
	for i := range doc.Timexes {
		doc.Timexes[i].Sentence = sentenceOf(doc, doc.Timexes[i].Start)
	}
	for _, l := range []hearsay.Layer{hearsay.LayerSentences, hearsay.LayerTokens, hearsay.LayerTimexes, hearsay.LayerMentions, hearsay.LayerEntities} {
		doc.MarkDone(l)
	}
	return doc
}

// testPronouns are written capitalised at the start of a sentence.
var testPronouns = map[string]bool{"he": true, "she": true, "they": true, "her": true, "his": true, "their": true, "them": true, "him": true}

func sentenceOf(doc *hearsay.Document, off int) int {
	for i, s := range doc.Sentences {
		if s.Start <= off && off < s.End {
			return i
		}
	}
	return len(doc.Sentences) - 1
}

var tokRE = regexp.MustCompile(`\d+-year-old|[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*|'\d\d\b|'s|'ve|'re|'m|'ll|'d|’s|\S`)

// tokenize splits the text into PTB-like tokens and sentences; a line
// break at one of the offsets breaks ends a sentence.
func tokenize(doc *hearsay.Document, breaks []int) {
	text := doc.Text
	sentStart, sentTok := 0, 0
	for _, loc := range tokRE.FindAllStringIndex(text, -1) {
		w := text[loc[0]:loc[1]]
		if n := len(doc.Tokens); n > sentTok && breakBetween(breaks, doc.Tokens[n-1].End, loc[0]) {
			// a line break ends a sentence: a heading's line
			e := doc.Tokens[n-1].End
			doc.Sentences = append(doc.Sentences, hearsay.Sentence{Span: hearsay.Span{Start: sentStart, End: e}, FirstToken: sentTok, EndToken: n})
			sentStart, sentTok = loc[0], n
		}
		if strings.HasSuffix(w, "n") && strings.HasPrefix(text[loc[1]:], "'t") {
			doc.Tokens = append(doc.Tokens, hearsay.Token{Span: hearsay.Span{Start: loc[0], End: loc[1] - 1}, Text: w[:len(w)-1], Sentence: len(doc.Sentences)})
			doc.Tokens = append(doc.Tokens, hearsay.Token{Span: hearsay.Span{Start: loc[1] - 1, End: loc[1] + 2}, Text: "n't", Sentence: len(doc.Sentences)})
			continue
		}
		if w == "'" && strings.HasPrefix(text[loc[1]:], "t") && len(doc.Tokens) > 0 && doc.Tokens[len(doc.Tokens)-1].Text == "n't" {
			continue
		}
		if w == "t" && len(doc.Tokens) > 0 && doc.Tokens[len(doc.Tokens)-1].Text == "n't" {
			continue
		}
		doc.Tokens = append(doc.Tokens, hearsay.Token{Span: hearsay.Span{Start: loc[0], End: loc[1]}, Text: w, Sentence: len(doc.Sentences)})
		end := w == "." || w == "!" || w == "?"
		if end && (loc[1] == len(text) || text[loc[1]] == ' ' || text[loc[1]] == '"' || text[loc[1]] == '\n') {
			e := loc[1]
			if e < len(text) && text[e] == '"' {
				e++
			}
			doc.Sentences = append(doc.Sentences, hearsay.Sentence{Span: hearsay.Span{Start: sentStart, End: e}, FirstToken: sentTok, EndToken: len(doc.Tokens)})
			sentStart, sentTok = e, len(doc.Tokens)
			for sentStart < len(text) && (text[sentStart] == ' ' || text[sentStart] == '\n') {
				sentStart++
			}
		}
	}
	if sentTok < len(doc.Tokens) {
		doc.Sentences = append(doc.Sentences, hearsay.Sentence{Span: hearsay.Span{Start: sentStart, End: len(text)}, FirstToken: sentTok, EndToken: len(doc.Tokens)})
	}
	for i := range doc.Tokens {
		doc.Tokens[i].Sentence = sentenceOf(doc, doc.Tokens[i].Start)
	}
}

// breakBetween reports whether one of the offsets breaks lies in [from, to).
func breakBetween(breaks []int, from, to int) bool {
	for _, b := range breaks {
		if from <= b && b < to {
			return true
		}
	}
	return false
}

// compact writes a fact for comparison in tests:
// type(arg,arg) @time ~modality -neg <source|source>.
func compact(doc *hearsay.Document, f hearsay.Fact) string {
	names := make([]string, len(f.Args))
	for i, a := range f.Args {
		names[i] = argName(doc, a)
	}
	if IsSymmetric(f.Type) {
		sort.Strings(names)
	}
	s := f.Type + "(" + strings.Join(names, ",") + ")"
	if t := compactTime(f.Time); t != "" {
		s += " @" + t
	}
	if f.Modality != hearsay.Asserted {
		s += " ~" + string(f.Modality)
	}
	if f.Polarity == hearsay.Neg {
		s += " -neg"
	}
	if len(f.Sources) > 0 {
		var src []string
		for _, x := range f.Sources {
			src = append(src, x.Text+":"+string(x.Kind))
		}
		s += " <" + strings.Join(src, "|") + ">"
	}
	return s
}

func compactTime(t *hearsay.FactTime) string {
	if t.IsZero() {
		return ""
	}
	if t.Start != "" || t.End != "" {
		e := t.End
		if t.EndMod == "ON_OR_AFTER" {
			e += "+"
		}
		return t.Start + ".." + e
	}
	if t.Earliest != "" || t.Latest != "" {
		lo, hi, ok := valueBounds(t.Value)
		if !ok || lo.Format(day) != t.Earliest || hi.Format(day) != t.Latest {
			return t.Value + "[" + t.Earliest + ".." + t.Latest + "]"
		}
	}
	return t.Value
}
