package timeml

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"
)

// headerDate matches the first line of a dated article: "date YYYY-MM-DD".
var headerDate = regexp.MustCompile(`^\s*date (\d{4}-\d{2}-\d{2})\s`)

// ReadGoldDir reads the articles of a hearsay gold directory: each
// NAME.gold.json (SCHEMA.md, "hearsay-gold/1") with its article NAME.txt,
// whose first line is "date YYYY-MM-DD". Offsets are code points into the
// whole file; Body is where the text after the date header starts. The
// creation time (t0) is left out; optional timexes keep Optional set.
func ReadGoldDir(dir string) ([]*Doc, error) {
	return readGlob(dir, "*.gold.json", readGold)
}

func readGold(path string) (*Doc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("timeml: %w", err)
	}
	var g struct {
		Timexes []struct {
			Text, Type, Value, Mod, Function string
			Start, End                       int
			Optional                         bool
		} `json:"timexes"`
	}
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("timeml: %s: %w", path, err)
	}
	base := strings.TrimSuffix(path, ".gold.json")
	txt, err := os.ReadFile(base + ".txt")
	if err != nil {
		return nil, fmt.Errorf("timeml: %w", err)
	}
	text := string(txt)
	m := headerDate.FindStringSubmatchIndex(text)
	if m == nil {
		return nil, fmt.Errorf("timeml: %s.txt: %w (want a first line \"date YYYY-MM-DD\")", base, ErrNoDCT)
	}
	d := &Doc{Name: filepath.Base(base), DCT: text[m[2]:m[3]], Text: text, Body: utf8.RuneCountInString(text[:m[1]])}
	for _, x := range g.Timexes {
		if x.Function == "CREATION_TIME" {
			continue
		}
		d.Timexes = append(d.Timexes, Timex{Start: x.Start, End: x.End, Text: x.Text, Type: x.Type, Value: x.Value,
			Mod: x.Mod, Optional: x.Optional})
	}
	return d, nil
}
