package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// Describe writes a fact in plain words, for people to read:
//
//	Benjamin Millepied — affair — Camille Étienne · 2023-06 · rumored · source: reports
//
// Negated facts say "not"; derived facts end with their reason.
func Describe(doc *hearsay.Document, f hearsay.Fact) string {
	var b strings.Builder
	names := make([]string, len(f.Args))
	for i, a := range f.Args {
		names[i] = argName(doc, a)
	}
	rel := strings.ReplaceAll(f.Type, "_", " ")
	if f.Polarity == hearsay.Neg {
		rel = "not " + rel
	}
	if len(names) > 0 {
		b.WriteString(names[0])
	}
	b.WriteString(" — " + rel)
	if len(names) > 1 {
		b.WriteString(" — " + strings.Join(names[1:], ", "))
	}
	if t := DescribeTime(f.Time); t != "" {
		b.WriteString(" · " + t)
	}
	b.WriteString(" · " + string(f.Modality))
	if len(f.Sources) > 0 {
		srcs := make([]string, len(f.Sources))
		for i, s := range f.Sources {
			srcs[i] = s.Text
		}
		b.WriteString(" · source: " + strings.Join(srcs, " → "))
	}
	for _, k := range []string{"work", "context", "place"} {
		if v := f.Qualifiers[k]; v != "" {
			b.WriteString(" · " + k + ": " + v)
		}
	}
	if f.Derived && f.Reason != "" {
		b.WriteString(" · derived: " + f.Reason)
	}
	return b.String()
}

func argName(doc *hearsay.Document, a hearsay.Arg) string {
	if a.Entity >= 0 && doc != nil && a.Entity < len(doc.Entities) {
		return doc.Entities[a.Entity].Name
	}
	if a.Literal == "" {
		return "?"
	}
	return a.Literal
}

// DescribeTime writes a fact's time briefly: "2012 (2012-07-31..2012-08-06)",
// "from 2009", "until 2013 or later", "" when there is none.
func DescribeTime(t *hearsay.FactTime) string {
	if t.IsZero() {
		return ""
	}
	if t.Start != "" || t.End != "" {
		var parts []string
		if t.Start != "" {
			parts = append(parts, "from "+t.Start)
		}
		if t.End != "" {
			e := "until " + t.End
			if t.EndMod == "ON_OR_AFTER" {
				e += " or later"
			}
			parts = append(parts, e)
		}
		return strings.Join(parts, " ")
	}
	v := t.Value
	if t.Mod != "" && v != "" {
		v += " (" + strings.ToLower(t.Mod) + ")"
	}
	if t.Earliest != "" || t.Latest != "" {
		iv := t.Earliest + ".." + t.Latest
		if v == "" {
			return iv
		}
		lo, hi, ok := valueBounds(t.Value)
		if ok && lo.Format(day) == t.Earliest && hi.Format(day) == t.Latest {
			return v
		}
		return v + " (" + iv + ")"
	}
	return v
}
