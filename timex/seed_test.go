package timex_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/timex"
)

// seedDir holds the project's example article and its gold annotation; the
// test is skipped where it is not available.
const seedDir = "../../shared/examples/"

// TestSeedArticle checks every non-optional gold time expression of the
// example article: found (overlapping span) with the gold value and mod.
func TestSeedArticle(t *testing.T) {
	textPath, goldPath := seedDir+"seed.txt", seedDir+"seed.gold.json"
	if _, err := os.Stat(goldPath); err != nil {
		t.Skip("example article not available:", err)
	}
	text, body, dct := readArticle(t, textPath)
	b, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Timexes []struct {
			Text, Type, Value, Mod, Function string
			Start, End                       int
			Optional                         bool
		}
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	tg, err := timex.New("en")
	if err != nil {
		t.Fatal(err)
	}
	got := tg.Tag(text[body:], body, dct, nil)
	idx := hearsay.NewRuneIndex(text)
	for _, g := range gold.Timexes {
		if g.Optional || g.Function == "CREATION_TIME" {
			continue
		}
		found := false
		for _, x := range got {
			s, e := idx.Rune(x.Start), idx.Rune(x.End)
			if s < g.End && g.Start < e {
				found = true
				if x.Value != g.Value || string(x.Type) != g.Type || x.Mod != g.Mod {
					t.Errorf("%q: got %s %s %s (%s), want %s %s %s", g.Text, x.Value, x.Type, x.Mod, x.Rule, g.Value, g.Type, g.Mod)
				}
				break
			}
		}
		if !found {
			t.Errorf("%q (%s) not found", g.Text, g.Value)
		}
	}
}
