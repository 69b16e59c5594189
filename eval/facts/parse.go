// Package facts scores hearsay's facts, entities' birth intervals and time
// expressions against gold files in the hearsay-gold/1 format of SCHEMA.md,
// exactly as the reference scorer bench/e2e/facts_score.py does: entity
// resolution by name and alias, birth intervals strict and lenient, timexes
// matched by overlapping span, facts at levels A (type and arguments), B
// (plus overlapping time) and C (plus equal time), and, over the level-A
// matches, the accuracy of modality, polarity and source chain.
package facts

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// A Malformed error is a file that does not have the expected shape.
type Malformed struct{ Msg string }

// Error is the problem and where it is.
func (e *Malformed) Error() string { return e.Msg }

func malformed(where, format string, args ...any) error {
	return &Malformed{Msg: where + ": " + fmt.Sprintf(format, args...)}
}

// str is a JSON string that may be null.
type str struct {
	ok bool
	s  string
}

func some(s string) str { return str{true, s} }

// Doc is one parsed document (gold or system), normalised.
type Doc struct {
	Date     *time.Time
	Entities []Entity
	Timexes  []Timex
	Facts    []Fact
}

// An Entity is a gold or system entity.
type Entity struct {
	ID      string
	Name    string
	Aliases []string
	Type    str
	Unnamed bool
	Birth   *TimeSpec
}

// A Timex is a time expression with its span in code points.
type Timex struct {
	ID         string
	Start, End int
	Text       str
	Type       str
	Value      str
	Optional   bool
}

// An Arg is a fact argument: a string, a list of accepted variants, or null.
type Arg struct {
	Null     bool
	S        string
	List     bool
	Variants []string
}

// A Fact is one gold or system fact.
type Fact struct {
	ID          string
	Type        string
	Args        []Arg
	Ordered     bool
	GoldOrdered *bool
	Time        *TimeSpec
	Modality    str
	Polarity    str
	Source      []string
	Optional    bool
}

// A PointSpec is a start or end of a state: a value string or an object of
// value/earliest/latest.
type PointSpec struct {
	IsString bool
	Value    str
	Earliest str
	Latest   str
}

// A TimeSpec is a fact's time as written.
type TimeSpec struct {
	Value, Earliest, Latest, Mod str
	Start, End                   *PointSpec
}

// ParseDoc checks and normalises one document. gold selects the stricter
// checks of gold files.
func ParseDoc(data []byte, gold bool) (*Doc, error) {
	if !utf8.Valid(data) {
		return nil, &Malformed{Msg: "not UTF-8"}
	}
	data = []byte(strings.TrimPrefix(string(data), "\uFEFF"))
	var raw any
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, &Malformed{Msg: "invalid JSON: " + err.Error()}
	}
	top, ok := raw.(map[string]any)
	if !ok {
		return nil, malformed("top level", "expected an object, got %s", typeName(raw))
	}
	return parseDoc(top, gold)
}

func typeName(x any) string {
	switch x.(type) {
	case nil:
		return "null"
	case string:
		return "str"
	case bool:
		return "bool"
	case float64:
		return "number"
	case []any:
		return "list"
	case map[string]any:
		return "dict"
	}
	return fmt.Sprintf("%T", x)
}

func optStr(x any, where string) (str, error) {
	if x == nil {
		return str{}, nil
	}
	s, ok := x.(string)
	if !ok {
		return str{}, malformed(where, "expected a string or null, got %s", typeName(x))
	}
	return some(s), nil
}

func listField(doc map[string]any, key string) ([]map[string]any, error) {
	x := doc[key]
	if x == nil {
		return nil, nil
	}
	l, ok := x.([]any)
	if !ok {
		return nil, malformed(key, "expected a list, got %s", typeName(x))
	}
	out := make([]map[string]any, len(l))
	for i, item := range l {
		m, ok := item.(map[string]any)
		if !ok {
			return nil, malformed(fmt.Sprintf("%s[%d]", key, i), "expected an object, got %s", typeName(item))
		}
		out[i] = m
	}
	return out, nil
}

func readTime(t any, where string) (*TimeSpec, error) {
	if t == nil {
		return nil, nil
	}
	m, ok := t.(map[string]any)
	if !ok {
		return nil, malformed(where, "expected an object or null, got %s", typeName(t))
	}
	out := &TimeSpec{}
	for _, k := range []string{"value", "earliest", "latest", "mod"} {
		if x, present := m[k]; present {
			v, err := optStr(x, where+"."+k)
			if err != nil {
				return nil, err
			}
			switch k {
			case "value":
				out.Value = v
			case "earliest":
				out.Earliest = v
			case "latest":
				out.Latest = v
			case "mod":
				out.Mod = v
			}
		}
	}
	for _, k := range []string{"start", "end"} {
		x, present := m[k]
		if !present || x == nil {
			continue
		}
		p := &PointSpec{}
		switch v := x.(type) {
		case string:
			p.IsString, p.Value = true, some(v)
		case map[string]any:
			var err error
			if p.Value, err = optStr(v["value"], where+"."+k+".value"); err != nil {
				return nil, err
			}
			if p.Earliest, err = optStr(v["earliest"], where+"."+k+".earliest"); err != nil {
				return nil, err
			}
			if p.Latest, err = optStr(v["latest"], where+"."+k+".latest"); err != nil {
				return nil, err
			}
		default:
			return nil, malformed(where+"."+k, "expected a TIMEX3 value, an object or null, got %s", typeName(x))
		}
		if k == "start" {
			out.Start = p
		} else {
			out.End = p
		}
	}
	return out, nil
}

func readArg(a any, where string) (Arg, error) {
	switch v := a.(type) {
	case nil:
		return Arg{Null: true}, nil
	case string:
		return Arg{S: v}, nil
	case bool:
		return Arg{}, malformed(where, "expected a string, got bool")
	case float64:
		return Arg{S: pyNumber(v)}, nil
	case []any:
		out := Arg{List: true}
		for j, x := range v {
			s, ok := x.(string)
			if !ok {
				return Arg{}, malformed(fmt.Sprintf("%s[%d]", where, j), "expected a string, got %s", typeName(x))
			}
			out.Variants = append(out.Variants, s)
		}
		return out, nil
	case map[string]any:
		for _, k := range []string{"name", "text", "value"} {
			if s, ok := v[k].(string); ok {
				return Arg{S: s}, nil
			}
		}
	}
	return Arg{}, malformed(where, "expected a string (or a list of variants), got %s", typeName(a))
}

// pyNumber writes a JSON number as Python's str() would.
func pyNumber(f float64) string {
	if f == float64(int64(f)) {
		return strconv.FormatInt(int64(f), 10)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

func readSource(src any, where string) ([]string, error) {
	switch v := src.(type) {
	case nil:
		return nil, nil
	case string:
		if strings.TrimSpace(v) == "" {
			return nil, nil
		}
		return []string{v}, nil
	case []any:
		var out []string
		for i, x := range v {
			w := fmt.Sprintf("%s[%d]", where, i)
			if m, ok := x.(map[string]any); ok {
				x = m["text"]
				if _, has := m["text"]; !has {
					x = m["name"]
				}
				if _, ok := x.(string); !ok {
					return nil, malformed(w, "object without a string \"text\" field")
				}
			}
			s, ok := x.(string)
			if !ok {
				return nil, malformed(w, "expected a string or an object with \"text\", got %s", typeName(x))
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, malformed(where, "expected a list, got %s", typeName(src))
}

func normLabel(x any, where string) (str, error) {
	if x == nil {
		return str{}, nil
	}
	s, ok := x.(string)
	if !ok {
		return str{}, malformed(where, "expected a string, got %s", typeName(x))
	}
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "positive":
		s = "pos"
	case "negative":
		s = "neg"
	}
	return some(s), nil
}

var entityTypes = map[string]string{
	"person": "person", "per": "person", "people": "person",
	"org": "org", "organization": "org", "organisation": "org",
	"place": "place", "loc": "place", "location": "place", "gpe": "place", "fac": "place",
	"work": "work", "event": "event", "misc": "misc",
}

func truthy(x any) bool {
	switch v := x.(type) {
	case nil:
		return false
	case bool:
		return v
	case string:
		return v != ""
	case float64:
		return v != 0
	case []any:
		return len(v) > 0
	case map[string]any:
		return len(v) > 0
	}
	return true
}

func parseDoc(doc map[string]any, gold bool) (*Doc, error) {
	out := &Doc{}
	d, isMap := doc["document"].(map[string]any)
	if gold && !isMap {
		return nil, malformed("document", "missing or not an object")
	}
	if isMap {
		if s, ok := d["date"].(string); ok {
			s = strings.TrimSpace(s)
			if len(s) > 10 {
				s = s[:10]
			}
			t, err := time.Parse("2006-01-02", s)
			if err != nil {
				return nil, malformed("document.date", "not an ISO date: %q", d["date"])
			}
			out.Date = &t
		}
	}
	if err := parseEntities(doc, gold, out); err != nil {
		return nil, err
	}
	if err := parseTimexes(doc, out); err != nil {
		return nil, err
	}
	if err := parseFacts(doc, out); err != nil {
		return nil, err
	}
	return out, nil
}

func parseEntities(doc map[string]any, gold bool, out *Doc) error {
	ents, err := listField(doc, "entities")
	if err != nil {
		return err
	}
	for i, e := range ents {
		w := fmt.Sprintf("entities[%d]", i)
		name, ok := e["name"].(string)
		if !ok {
			return malformed(w+".name", "expected a string, got %s", typeName(e["name"]))
		}
		var aliases []string
		if truthy(e["aliases"]) {
			l, ok := e["aliases"].([]any)
			if !ok {
				return malformed(w+".aliases", "expected a list of strings")
			}
			for _, a := range l {
				s, ok := a.(string)
				if !ok {
					return malformed(w+".aliases", "expected a list of strings")
				}
				aliases = append(aliases, s)
			}
		}
		id, _ := e["id"].(string)
		if gold && id == "" {
			return malformed(w+".id", "missing")
		}
		if id == "" {
			id = fmt.Sprintf("sys%d", i)
		}
		var etype str
		if s, ok := e["type"].(string); ok {
			k := strings.ToLower(strings.TrimSpace(s))
			if v, ok := entityTypes[k]; ok {
				k = v
			}
			etype = some(k)
		}
		ent := Entity{ID: id, Name: name, Aliases: aliases, Type: etype, Unnamed: truthy(e["unnamed"]) || isUnnamedName(name)}
		if b := e["birth"]; b != nil {
			if s, ok := b.(string); ok {
				b = map[string]any{"value": s}
			}
			if _, ok := b.(map[string]any); !ok {
				return malformed(w+".birth", "expected an object or null, got %s", typeName(b))
			}
			if ent.Birth, err = readTime(b, w+".birth"); err != nil {
				return err
			}
		}
		out.Entities = append(out.Entities, ent)
	}
	if gold {
		seen := map[string]int{}
		for _, e := range out.Entities {
			seen[e.ID]++
		}
		var dup []string
		for id, n := range seen {
			if n > 1 {
				dup = append(dup, id)
			}
		}
		if len(dup) > 0 {
			return malformed("entities", "duplicate ids %s", strings.Join(dup, ", "))
		}
	}
	return nil
}

func intField(x any) (int, bool) {
	f, ok := x.(float64)
	if !ok || f != float64(int(f)) || f < 0 {
		return 0, false
	}
	return int(f), true
}

func parseTimexes(doc map[string]any, out *Doc) error {
	txs, err := listField(doc, "timexes")
	if err != nil {
		return err
	}
	for i, t := range txs {
		w := fmt.Sprintf("timexes[%d]", i)
		s, ok1 := intField(t["start"])
		if !ok1 {
			return malformed(w+".start", "expected a non-negative integer, got %v", t["start"])
		}
		e, ok2 := intField(t["end"])
		if !ok2 {
			return malformed(w+".end", "expected a non-negative integer, got %v", t["end"])
		}
		if e <= s {
			return malformed(w, "end (%d) must be greater than start (%d)", e, s)
		}
		typ, err := optStr(t["type"], w+".type")
		if err != nil {
			return err
		}
		val, err := optStr(t["value"], w+".value")
		if err != nil {
			return err
		}
		tx := Timex{Start: s, End: e, Optional: truthy(t["optional"]) || t["function"] == "CREATION_TIME"}
		tx.ID, _ = t["id"].(string)
		if txt, ok := t["text"].(string); ok {
			tx.Text = some(txt)
		}
		if typ.ok && typ.s != "" {
			tx.Type = some(strings.ToUpper(strings.TrimSpace(typ.s)))
		}
		if val.ok && val.s != "" {
			tx.Value = some(strings.TrimSpace(val.s))
		}
		out.Timexes = append(out.Timexes, tx)
	}
	return nil
}

func parseFacts(doc map[string]any, out *Doc) error {
	fs, err := listField(doc, "facts")
	if err != nil {
		return err
	}
	for i, f := range fs {
		w := fmt.Sprintf("facts[%d]", i)
		typ, ok := f["type"].(string)
		if !ok || strings.TrimSpace(typ) == "" {
			return malformed(w+".type", "expected a fact type, got %v", f["type"])
		}
		argsRaw, ok := f["args"].([]any)
		if !ok {
			return malformed(w+".args", "expected a list, got %s", typeName(f["args"]))
		}
		fact := Fact{Type: strings.ToLower(strings.TrimSpace(typ))}
		for j, a := range argsRaw {
			arg, err := readArg(a, fmt.Sprintf("%s.args[%d]", w, j))
			if err != nil {
				return err
			}
			fact.Args = append(fact.Args, arg)
		}
		if info, ok := factTypes[fact.Type]; ok {
			fact.Ordered = info.ordered
		} else if b, ok := f["ordered"].(bool); ok {
			fact.Ordered = b
		} else {
			fact.Ordered = true
		}
		if b, ok := f["ordered"].(bool); ok {
			fact.GoldOrdered = &b
		}
		fact.ID, ok = f["id"].(string)
		if !ok {
			fact.ID = fmt.Sprintf("#%d", i)
		}
		if fact.Time, err = readTime(f["time"], w+".time"); err != nil {
			return err
		}
		if fact.Modality, err = normLabel(f["modality"], w+".modality"); err != nil {
			return err
		}
		if fact.Polarity, err = normLabel(f["polarity"], w+".polarity"); err != nil {
			return err
		}
		if fact.Source, err = readSource(f["source"], w+".source"); err != nil {
			return err
		}
		fact.Optional = truthy(f["optional"])
		out.Facts = append(out.Facts, fact)
	}
	return nil
}

type factInfo struct {
	ordered bool
	kinds   string
}

// factTypes is the vocabulary of SCHEMA.md: whether the arguments are
// ordered, and their kinds (p person, e entity, l literal).
var factTypes = map[string]factInfo{
	"married": {false, "pp"}, "engaged": {false, "pp"}, "dating": {false, "pp"}, "separated": {false, "pp"},
	"divorced": {false, "pp"}, "affair": {false, "pp"}, "met": {false, "pp"}, "collaborated": {false, "pp"},
	"sibling_of": {false, "pp"}, "friend_of": {false, "pp"}, "expecting_child": {false, "pp"},
	"parent_of": {true, "pp"}, "died": {true, "p"}, "born": {true, "p"},
	"position_held": {true, "ple"}, "appointed": {true, "ple"}, "elected": {true, "ple"}, "resigned": {true, "ple"},
	"dismissed": {true, "ple"}, "occupation": {true, "pl"}, "nationality": {true, "pe"}, "religion": {true, "pl"},
	"residence": {true, "pe"}, "located_at": {true, "pe"}, "member_of": {true, "pe"}, "representative_of": {true, "pe"},
}
