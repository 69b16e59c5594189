package query

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/kb"
)

var update = flag.Bool("update", false, "rewrite the expected outputs in testdata/*.txt")

// TestScenarios runs the scenario files in testdata: documents written in
// a compact form, then commands with their expected output (datadriven
// style: COMMAND, "----", output, blank line). -update rewrites outputs.
func TestScenarios(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scenario files: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) { runScenario(t, f) })
	}
}

func runScenario(t *testing.T, path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	var inputs []*kb.Input
	var out strings.Builder
	i := 0
	for ; i < len(lines); i++ {
		l := lines[i]
		if strings.HasPrefix(l, "doc ") {
			inputs = append(inputs, parseDoc(t, l))
			out.WriteString(l + "\n")
			continue
		}
		if strings.HasPrefix(l, "  ") && len(inputs) > 0 {
			addLine(t, inputs[len(inputs)-1], strings.TrimSpace(l))
			out.WriteString(l + "\n")
			continue
		}
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			out.WriteString(l + "\n")
			continue
		}
		break
	}
	rules, err := kb.LoadRules()
	if err != nil {
		t.Fatal(err)
	}
	var decisions []kb.Decision
	build := func() *Engine {
		k, err := kb.Build(context.Background(), rules, append([]*kb.Input(nil), inputs...), decisions)
		if err != nil {
			t.Fatal(err)
		}
		return New(kb.NewMemory(k))
	}
	q := build()
	for i < len(lines) {
		cmd := lines[i]
		if strings.TrimSpace(cmd) == "" || strings.HasPrefix(cmd, "#") {
			out.WriteString(cmd + "\n")
			i++
			continue
		}
		if i+1 >= len(lines) || lines[i+1] != "----" {
			t.Fatalf("%s:%d: want ---- after the command", path, i+1)
		}
		j := i + 2
		for j < len(lines) && lines[j] != "" {
			j++
		}
		want := strings.Join(lines[i+2:j], "\n")
		var got string
		if strings.HasPrefix(cmd, "merge ") || strings.HasPrefix(cmd, "split ") {
			f := strings.Fields(cmd)
			d := kb.Decision{Seq: int64(len(decisions) + 1), Op: f[0], A: f[1]}
			if f[0] == "merge" {
				d.B = f[2]
			} else {
				d.Docs = f[2:]
			}
			decisions = append(decisions, d)
			q = build()
			got = "ok"
		} else {
			got = strings.TrimRight(runCommand(t, q, cmd), "\n")
		}
		if got != want && !*update {
			t.Errorf("%s:%d: %s\n--- got\n%s\n--- want\n%s", path, i+1, cmd, got, want)
		}
		out.WriteString(cmd + "\n----\n" + got + "\n")
		i = j
		if i < len(lines) {
			out.WriteString("\n")
			i++
		}
	}
	if *update {
		s := strings.TrimRight(out.String(), "\n") + "\n"
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// parseDoc reads "doc ID YYYY-MM-DD OUTLET".
func parseDoc(t *testing.T, l string) *kb.Input {
	f := strings.SplitN(l, " ", 4)
	if len(f) < 3 {
		t.Fatalf("bad doc line %q", l)
	}
	in := &kb.Input{Doc: f[1], Date: f[2]}
	if len(f) == 4 {
		in.Outlet = f[3]
	}
	return in
}

// addLine reads an entity or fact line of a document:
//
//	person NAME [; aliases A, B] [; age N] [; occupation X]
//	org NAME
//	fact TYPE ARG... [; MODALITY] [; neg] [; time V] [; bounds E..L] [; start V] [; end V] [; src TEXT/KIND[@N], ...] [; conf C] [; says SENTENCE]
//
// Entities are numbered from 1 in order; an ARG is an entity number or
// =literal.
func addLine(t *testing.T, in *kb.Input, l string) {
	parts := strings.Split(l, ";")
	head := strings.Fields(parts[0])
	switch head[0] {
	case "person", "org", "work":
		e := hearsay.Entity{ID: fmt.Sprintf("e%d", len(in.Entities)+1), Type: hearsay.EntityType(head[0]), Name: strings.Join(head[1:], " ")}
		e.Aliases = []string{e.Name}
		for _, p := range parts[1:] {
			k, v, _ := strings.Cut(strings.TrimSpace(p), " ")
			switch k {
			case "aliases":
				for _, a := range strings.Split(v, ",") {
					e.Aliases = append(e.Aliases, strings.TrimSpace(a))
				}
			case "age":
				n, err := strconv.Atoi(v)
				if err != nil {
					t.Fatalf("bad age in %q", l)
				}
				e.Age = &hearsay.Age{Years: n, At: in.Date}
				b, err := kb.BirthFromAge(n, in.Date)
				if err != nil {
					t.Fatal(err)
				}
				e.Birth = &hearsay.Interval{Earliest: b.Earliest, Latest: b.Latest}
			case "occupation":
				in.Facts = append(in.Facts, hearsay.Fact{ID: fmt.Sprintf("f%d", len(in.Facts)+1), Type: "occupation",
					Args: []hearsay.Arg{{Entity: len(in.Entities), Literal: e.Name}, {Entity: -1, Literal: v}}, Modality: hearsay.Asserted, Polarity: hearsay.Pos})
			}
		}
		in.Entities = append(in.Entities, e)
	case "fact":
		f := hearsay.Fact{ID: fmt.Sprintf("f%d", len(in.Facts)+1), Type: head[1], Modality: hearsay.Asserted, Polarity: hearsay.Pos, Sentence: -1}
		for _, a := range head[2:] {
			if strings.HasPrefix(a, "=") {
				f.Args = append(f.Args, hearsay.Arg{Entity: -1, Literal: a[1:]})
				continue
			}
			n, err := strconv.Atoi(a)
			if err != nil || n < 1 || n > len(in.Entities) {
				t.Fatalf("bad argument %q in %q", a, l)
			}
			f.Args = append(f.Args, hearsay.Arg{Entity: n - 1, Literal: in.Entities[n-1].Name})
		}
		for _, p := range parts[1:] {
			k, v, _ := strings.Cut(strings.TrimSpace(p), " ")
			switch k {
			case "asserted", "reported", "rumored", "denied", "speculated", "uncertain":
				f.Modality = hearsay.Modality(k)
				if k == "denied" {
					f.Polarity = hearsay.Neg
				}
			case "neg":
				f.Polarity = hearsay.Neg
			case "conf":
				c, err := strconv.ParseFloat(v, 64)
				if err != nil {
					t.Fatalf("bad confidence in %q", l)
				}
				f.Confidence = c
			case "says": // the evidence sentence
				f.Sentence = len(in.Sentences)
				in.Sentences = append(in.Sentences, kb.InputSentence{Text: v})
			case "time":
				f.Time = pointTime(v)
			case "bounds": // inferred bounds with no stated value: E..L
				e, l, _ := strings.Cut(v, "..")
				f.Time = &hearsay.FactTime{Earliest: e, Latest: l, Timex: -1}
			case "start", "end":
				if f.Time == nil {
					f.Time = &hearsay.FactTime{Timex: -1}
				}
				if k == "start" {
					f.Time.Start = v
				} else {
					f.Time.End = v
				}
			case "src":
				for _, s := range strings.Split(v, ",") {
					text, kind, _ := strings.Cut(strings.TrimSpace(s), "/")
					src := hearsay.Source{Text: text, Kind: hearsay.SourceKind(kind), Entity: -1}
					if k2, n, ok := strings.Cut(kind, "@"); ok {
						src.Kind = hearsay.SourceKind(k2)
						src.Entity, _ = strconv.Atoi(n)
						src.Entity--
					}
					f.Sources = append(f.Sources, src)
				}
			}
		}
		in.Facts = append(in.Facts, f)
	default:
		t.Fatalf("unknown line %q", l)
	}
}

// pointTime turns a TIMEX3 date value into a time with its day bounds.
func pointTime(v string) *hearsay.FactTime {
	ft := &hearsay.FactTime{Value: v, Timex: -1}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		d, err := time.Parse(layout, v)
		if err != nil {
			continue
		}
		end := d.AddDate(1, 0, -1)
		switch layout {
		case "2006-01-02":
			end = d
		case "2006-01":
			end = d.AddDate(0, 1, -1)
		}
		ft.Earliest, ft.Latest = d.Format("2006-01-02"), end.Format("2006-01-02")
	}
	return ft
}

// runCommand runs one scenario command and renders its answer as text.
func runCommand(t *testing.T, q *Engine, cmd string) string {
	ctx := context.Background()
	name, rest, _ := strings.Cut(cmd, " ")
	args := strings.Split(rest, "|")
	for i := range args {
		args[i] = strings.TrimSpace(args[i])
	}
	arg := func(i int) string {
		if i < len(args) {
			return args[i]
		}
		return ""
	}
	var b strings.Builder
	switch name {
	case "status":
		res, err := q.Status(ctx, arg(0), arg(1), arg(2))
		if err != nil {
			return "error: " + err.Error()
		}
		fmt.Fprintf(&b, "%s (%s, %s)\n", res.Summary, res.AID, res.BID)
		for _, c := range res.Claims {
			fmt.Fprintf(&b, "%s %s: %s, %s; time %s; first %s %s; independent %s; %d docs%s\n", c.Type, strings.Join(c.Args, ", "), c.Status, c.Modality,
				timeText(c.Time), c.FirstReported.Date, c.FirstReported.Outlet, strings.Join(c.IndependentSources, ", "), len(c.Documents), confText(c.Confidence))
			if c.Type == "separated" || c.Type == "engaged" {
				var steps []string
				for _, h := range c.History {
					steps = append(steps, h.Date+" "+h.Step)
				}
				fmt.Fprintf(&b, "  history: %s\n", strings.Join(steps, "; "))
			}
		}
	case "person":
		ps, err := q.Person(ctx, arg(0), arg(1))
		if err != nil {
			return "error: " + err.Error()
		}
		for _, p := range ps {
			born := p.Birth.Earliest + ".." + p.Birth.Latest
			if p.BirthConflict {
				born = "(ages conflict)"
			}
			fmt.Fprintf(&b, "%s %s born %s docs %d\n", p.ID, p.Name, born, p.Documents)
			for _, f := range p.Facts {
				fmt.Fprintf(&b, "  %s %s: %s%s\n", f.Type, strings.Join(f.Args, ", "), f.Status, confText(f.Confidence))
			}
		}
	case "timeline":
		res, err := q.Timeline(ctx, arg(0), arg(1), Page{})
		if err != nil {
			return "error: " + err.Error()
		}
		for _, e := range res.Events {
			fmt.Fprintf(&b, "%s %s [%s]%s\n", e.Date, e.Text, e.Status, confText(e.Confidence))
		}
		for _, e := range res.Undated {
			fmt.Fprintf(&b, "undated %s [%s]\n", e.Text, e.Status)
		}
	case "contradictions":
		ks, _, err := q.Contradictions(ctx, Page{})
		if err != nil {
			return "error: " + err.Error()
		}
		for _, k := range ks {
			fmt.Fprintf(&b, "%s %s:", k.Kind, k.Subject)
			for _, s := range k.Sides {
				var docs []string
				for _, r := range s.Reports {
					docs = append(docs, r.Doc)
				}
				fmt.Fprintf(&b, " %s [%s]", s.Value, strings.Join(docs, " "))
			}
			b.WriteString("\n")
		}
		if len(ks) == 0 {
			b.WriteString("none\n")
		}
	case "outlets":
		rs, _, err := q.Outlets(ctx, arg(0), Page{})
		if err != nil {
			return "error: " + err.Error()
		}
		for _, r := range rs {
			fmt.Fprintf(&b, "%s: claims %d confirmed %d denied %d open %d relayed %d lead %v\n", r.Outlet, r.Claims, r.Confirmed, r.Denied, r.Open, r.Relayed, r.LeadDays)
		}
	case "claims":
		f := ClaimFilter{AsOf: arg(1)}
		for _, opt := range strings.Fields(arg(0)) {
			k, v, _ := strings.Cut(opt, "=")
			switch k {
			case "open":
				f.Open = true
			case "entity":
				f.Entity = strings.ReplaceAll(v, "_", " ")
			case "modality":
				f.Modality = v
			case "status":
				f.Status = v
			case "min":
				f.MinConfidence, _ = strconv.ParseFloat(v, 64)
			case "sort":
				f.Sort = v
			}
		}
		cs, total, err := q.Claims(ctx, f)
		if err != nil {
			return "error: " + err.Error()
		}
		for _, c := range cs {
			fmt.Fprintf(&b, "%s %s: %s%s\n", c.Type, strings.Join(c.Args, ", "), c.Status, confText(c.Confidence))
		}
		fmt.Fprintf(&b, "%d claims\n", total)
	default:
		t.Fatalf("unknown command %q", cmd)
	}
	return b.String()
}

// confText writes a confidence as "; conf 0.8" when it was scored.
func confText(c float64) string {
	if c == 0 {
		return ""
	}
	return fmt.Sprintf("; conf %g", c)
}
