// Command namegen derives given names with a gender tendency from
// NER-annotated text: for each person name of two or more words, the first
// word is a given name, and the first he/him/his or she/her pronoun that
// follows it (in the same sentence or the next, before another person name)
// votes for its gender. Names with enough votes that mostly agree are
// printed as the lines of entity/data/names_derived.tsv:
//
//	go run ./entity/internal/namegen ../shared/data/ner-open > entity/data/names_derived.tsv
//
// A first word that is a title of entity/data/honorifics.tsv ("Lord
// Ashdown", "King Henrik") is no given name and gets no vote.
//
// Input files are CoNLL column files (the token first, the IOB tag last;
// blank lines between sentences; lines starting with '#' skipped). Every
// file under the given directories whose name ends in .conll, .txt or .iob2
// is read; READMEs and licences are skipped.
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

type token struct{ text, tag string }

type votes struct{ m, f int }

func main() {
	minVotes := flag.Int("min", 2, "least number of pronoun votes")
	share := flag.Float64("share", 0.85, "least share of votes for one gender")
	titles := flag.String("titles", "entity/data/honorifics.tsv", "titles (first field, lowercase) that are no given names")
	flag.Parse()
	skip, err := readTitles(*titles)
	if err != nil {
		fmt.Fprintln(os.Stderr, "namegen:", err)
		os.Exit(1)
	}
	counts := map[string]*votes{}
	var files []string
	for _, root := range flag.Args() {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			base := strings.ToLower(d.Name())
			if !d.IsDir() && (strings.HasSuffix(base, ".conll") || strings.HasSuffix(base, ".iob2") || strings.HasSuffix(base, ".txt")) &&
				!strings.Contains(base, "readme") && !strings.Contains(base, "license") {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, "namegen:", err)
			os.Exit(1)
		}
	}
	sort.Strings(files)
	for _, f := range files {
		sents, err := readSentences(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "namegen:", err)
			os.Exit(1)
		}
		vote(sents, counts, skip)
	}
	print(counts, *minVotes, *share, files)
}

func readSentences(path string) ([][]token, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	var out [][]token
	var cur []token
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) < 2 || strings.HasPrefix(fields[0], "-DOCSTART-") {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, token{fields[0], fields[len(fields)-1]})
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}

func isPerson(tag string) bool {
	t := strings.ToLower(tag)
	if len(t) < 3 || t[1] != '-' {
		return false
	}
	t = t[2:]
	switch t {
	case "per", "person", "pers", "writer", "politician", "musicalartist", "scientist", "researcher":
		return true
	}
	return false
}

// personStarts returns the start and end of each person name in a sentence.
func personStarts(s []token) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		if !isPerson(s[i].tag) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isPerson(s[j].tag) && !strings.HasPrefix(s[j].tag, "B-") {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

func gender(w string) byte {
	switch strings.ToLower(w) {
	case "he", "him", "his", "himself":
		return 'm'
	case "she", "her", "hers", "herself":
		return 'f'
	}
	return 0
}

func givenName(w string) bool {
	rs := []rune(w)
	if len(rs) < 2 || !unicode.IsUpper(rs[0]) {
		return false
	}
	for _, r := range rs[1:] {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return true
}

// readTitles reads the first field of each line of a tab-separated file
// of titles, skipping comments and blank lines.
func readTitles(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading titles: %w", err)
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f, _, _ := strings.Cut(line, "\t")
		out[strings.ToLower(strings.TrimSpace(f))] = true
	}
	return out, nil
}

func vote(sents [][]token, counts map[string]*votes, titles map[string]bool) {
	for si, s := range sents {
		for _, p := range personStarts(s) {
			if p[1]-p[0] < 2 || !givenName(s[p[0]].text) || titles[strings.ToLower(s[p[0]].text)] {
				continue
			}
			g := followingPronoun(sents, si, p[1])
			if g == 0 {
				continue
			}
			k := s[p[0]].text
			if counts[k] == nil {
				counts[k] = &votes{}
			}
			if g == 'm' {
				counts[k].m++
			} else {
				counts[k].f++
			}
		}
	}
}

// followingPronoun finds the first gendered pronoun after token i of
// sentence si, in that sentence or the next, before another person name.
func followingPronoun(sents [][]token, si, i int) byte {
	for k := si; k < len(sents) && k <= si+1; k++ {
		start := 0
		if k == si {
			start = i
		}
		for _, t := range sents[k][start:] {
			if isPerson(t.tag) {
				return 0
			}
			if g := gender(t.text); g != 0 {
				return g
			}
		}
	}
	return 0
}

func print(counts map[string]*votes, min int, share float64, files []string) {
	fmt.Println("# Given names with a gender tendency, derived by entity/internal/namegen from the")
	fmt.Println("# person names of openly licensed NER corpora and the first he/she pronoun after each.")
	fmt.Printf("# Settings: at least %d votes, at least %.2f of them for one gender. Fields: name, gender, votes m, votes f.\n", min, share)
	fmt.Println("# Regenerate: go run ./entity/internal/namegen ../shared/data/ner-open > entity/data/names_derived.tsv")
	fmt.Printf("# Input: %d files.\n", len(files))
	var names []string
	for k := range counts {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		v := counts[k]
		n := v.m + v.f
		if n < min {
			continue
		}
		switch {
		case float64(v.m) >= share*float64(n):
			fmt.Printf("%s\tm\t%d\t%d\n", k, v.m, v.f)
		case float64(v.f) >= share*float64(n):
			fmt.Printf("%s\tf\t%d\t%d\n", k, v.m, v.f)
		}
	}
}
