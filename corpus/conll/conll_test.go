package conll

import (
	"reflect"
	"strings"
	"testing"
)

const sample = `-DOCSTART- -X- -X- O

EU NNP B-NP B-ORG
rejects VBZ B-VP O

Peter	NNP	B-NP	B-PER
Blackburn NNP I-NP I-PER
-DOCSTART- -X- -X- O

Paris NNP I-NP I-LOC
`

func TestRead(t *testing.T) {
	f, err := Read(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Lines) != 10 {
		t.Errorf("lines = %d, want 10", len(f.Lines))
	}
	if len(f.Docs) != 2 || len(f.Docs[0].Sentences) != 2 || len(f.Docs[1].Sentences) != 1 {
		t.Fatalf("docs = %+v", f.Docs)
	}
	s := f.Docs[0].Sentences[1]
	if got := s.Words(); !reflect.DeepEqual(got, []string{"Peter", "Blackburn"}) {
		t.Errorf("words = %v", got)
	}
	if got := s.Column(0); !reflect.DeepEqual(got, []string{"B-PER", "I-PER"}) {
		t.Errorf("tags = %v", got)
	}
	if s.Tokens[1].Line != 6 || f.Lines[6] != "Blackburn NNP I-NP I-PER" {
		t.Errorf("line index %d", s.Tokens[1].Line)
	}
	if !f.HasDocStarts() {
		t.Error("HasDocStarts = false")
	}
	if n := len(f.SplitSentences()); n != 3 {
		t.Errorf("SplitSentences = %d docs, want 3", n)
	}
}

func TestToIOB2(t *testing.T) {
	tests := []struct{ in, want string }{
		{"I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC"},
		{"I-PER B-PER I-PER", "B-PER B-PER I-PER"},
		{"B-ORG I-LOC", "B-ORG B-LOC"},
		{"PER PER O LOC", "B-PER I-PER O B-LOC"},
		{"O O", "O O"},
	}
	for _, tt := range tests {
		got := strings.Join(ToIOB2(strings.Fields(tt.in)), " ")
		if got != tt.want {
			t.Errorf("ToIOB2(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestReadNotText checks that a file that is not text, or has a line too
// long to be a token's, is refused with its name and line.
func TestReadNotText(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
	}{
		{"nul", "EU B-ORG\nre\x00jects O\n", "conll: f.txt:2: not text: NUL byte at column 3"},
		{"latin1", "EU B-ORG\n\nM\xfcnchen B-LOC\n", "conll: f.txt:3: not text: invalid UTF-8"},
		{"long", "EU B-ORG\n" + strings.Repeat("x", maxLine+1) + "\n", "conll: f.txt:2: line longer than"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(c.in), "f.txt")
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Fatalf("Read: %v, want an error starting %q", err, c.want)
			}
		})
	}
	if _, err := Read(strings.NewReader("München B-LOC\n"), "f.txt"); err != nil {
		t.Errorf("UTF-8 text refused: %v", err)
	}
}
