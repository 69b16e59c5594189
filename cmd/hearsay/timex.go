package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"
	"unicode/utf8"

	"github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/eval/timeml"
	"github.com/hearsay-news/hearsay/reader"
	"github.com/hearsay-news/hearsay/timex"
)

// runTimex tags time expressions in documents given as JSON lines.
func runTimex(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "timex", "--jsonl FILE|-",
		`Find and normalize the time expressions (TIMEX3) of documents.

Input: one JSON object per line, {"doc": ID, "dct": "YYYY-MM-DD", "text": TEXT}
(other fields are ignored); "-" reads standard input.
Output: one line per document, {"doc": ID, "timexes": [{"start", "end",
"text", "type", "value", "mod", "rule"}]}, offsets in Unicode code points into
"text", end exclusive (the input of the TempEval-3 scorer). The expressions
are as TimeML annotates them: "three days later" is the DURATION "three
days" (-timeml=false: the date it reaches, as the pipeline reads it).`)
	jsonl := fs.String("jsonl", "", "JSON Lines input file, or - for standard input (required)")
	lang := fs.String("lang", "en", "language of the rules")
	ages := fs.Bool("ages", false, "also output ages (\"42-year-old\", DURATION P42Y), which TimeML does not annotate")
	asTimeML := fs.Bool("timeml", true, "write expressions as TimeML annotates them (\"three days\" DURATION before \"later\")")
	fs.Bool("json", true, "output is always JSON lines (accepted for uniformity)")
	pos, code, ok := parseFlags(fs, args)
	if !ok {
		return code
	}
	if *jsonl == "" && len(pos) == 1 {
		*jsonl = pos[0]
	} else if len(pos) > 0 {
		fmt.Fprintln(e.stderr, "hearsay timex: unexpected arguments; give one --jsonl FILE")
		return exitUsage
	}
	if *jsonl == "" {
		fmt.Fprintln(e.stderr, "hearsay timex: --jsonl FILE or - is required")
		return exitUsage
	}
	tg, err := timex.New(*lang)
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay timex:", err)
		return exitUsage
	}
	in, err := openInput(e, *jsonl)
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay timex:", err)
		return exitUsage
	}
	defer in.Close()
	return tagJSONLines(ctx, e, tg, in, reader.DisplayName(*jsonl), *ages, *asTimeML)
}

// tagJSONLines tags each input line and writes one output line per document.
func tagJSONLines(ctx context.Context, e *env, tg *timex.Tagger, in io.Reader, name string, ages, asTimeML bool) int {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	enc := jsonLines(w)
	status, line := exitOK, 0
	for sc.Scan() {
		line++
		if err := ctx.Err(); err != nil {
			fmt.Fprintln(e.stderr, "hearsay timex:", err)
			return exitPartial
		}
		if len(sc.Bytes()) == 0 {
			continue
		}
		var rec struct {
			Doc  string `json:"doc"`
			DCT  string `json:"dct"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			fmt.Fprintf(e.stderr, "hearsay timex: %s:%d: not a JSON object: %v\n", name, line, err)
			status = exitPartial
			continue
		}
		dct, err := parseDCT(rec.DCT)
		if err != nil {
			fmt.Fprintf(e.stderr, "hearsay timex: %s:%d: %v\n", name, line, err)
			status = exitPartial
			continue
		}
		out := struct {
			Doc     string         `json:"doc"`
			Timexes []timeml.Timex `json:"timexes"`
		}{rec.Doc, tagText(tg, rec.Text, dct, ages, asTimeML)}
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(e.stderr, "hearsay timex:", err)
			return exitPartial
		}
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		fmt.Fprintf(e.stderr, "hearsay timex: %s:%d: line longer than 64 MiB\n", name, line+1)
		return exitPartial
	} else if err != nil {
		fmt.Fprintf(e.stderr, "hearsay timex: %s: %v\n", name, err)
		return exitPartial
	}
	return status
}

// parseDCT reads the "dct" field of an input line: the document creation
// time, a day YYYY-MM-DD (anything after its first ten characters, such as
// a time, is ignored).
func parseDCT(v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, errors.New(`no "dct" field: give the document's creation day, "dct": "YYYY-MM-DD"`)
	}
	dct, err := time.Parse("2006-01-02", firstN(v, 10))
	if err != nil {
		return time.Time{}, fmt.Errorf(`bad "dct" field %q: want a day YYYY-MM-DD`, v)
	}
	return dct, nil
}

// tagText tags a whole text and returns its timexes with code-point offsets.
// Ages are left out unless ages is set.
// With asTimeML, the timexes are as TimeML annotates them (Tagger.TimeML).
func tagText(tg *timex.Tagger, text string, dct time.Time, ages, asTimeML bool) []timeml.Timex {
	return tagTextFrom(tg, text, 0, dct, ages, asTimeML)
}

// tagTextFrom is tagText for the part of text from code point body on.
func tagTextFrom(tg *timex.Tagger, text string, body int, dct time.Time, ages, asTimeML bool) []timeml.Timex {
	b := 0
	for i := 0; i < body && b < len(text); i++ {
		_, size := utf8.DecodeRuneInString(text[b:])
		b += size
	}
	xs := tg.Tag(text[b:], b, dct, nil)
	if asTimeML {
		xs = tg.TimeML(text, xs, dct)
	}
	idx := hearsay.NewRuneIndex(text)
	out := make([]timeml.Timex, 0, len(xs))
	for _, x := range xs {
		if !ages && timex.IsAge(x) {
			continue
		}
		out = append(out, timeml.Timex{Start: idx.Rune(x.Start), End: idx.Rune(x.End), Text: x.Text,
			Type: string(x.Type), Value: x.Value, Mod: x.Mod, Rule: x.Rule})
	}
	return out
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
