package fact

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestClassesUsed checks that every class of data/classes.tsv is read: by
// name from the package's Go code or as @name in a pattern. A class no one
// reads is a list whose words change nothing.
func TestClassesUsed(t *testing.T) {
	var code strings.Builder
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		code.Write(b)
	}
	pats, err := dataFS.ReadFile("data/patterns.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for class := range classWords {
		if !strings.Contains(code.String(), `"`+class+`"`) && !strings.Contains(string(pats), "@"+class) {
			t.Errorf("data/classes.tsv: class %q is read by no code and no pattern", class)
		}
	}
}

// TestOtherCountryName checks that the other names of countries are found
// whole, in any case and with or without "the", phrases included.
func TestOtherCountryName(t *testing.T) {
	for name, want := range map[string]bool{
		"Britain":            true,
		"the Czech Republic": true,
		"Great Britain":      true,
		"U.S.":               true,
		"Brittany":           false,
	} {
		if got := otherCountryName(name); got != want {
			t.Errorf("otherCountryName(%q) = %v, want %v", name, got, want)
		}
	}
}
