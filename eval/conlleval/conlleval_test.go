package conlleval

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestChunks(t *testing.T) {
	tests := []struct {
		tags string
		want []Chunk
	}{
		{"B-PER I-PER O B-LOC", []Chunk{{0, 1, "PER"}, {3, 3, "LOC"}}},
		{"I-PER I-PER I-LOC", []Chunk{{0, 1, "PER"}, {2, 2, "LOC"}}}, // IOB1
		{"B-PER I-LOC", []Chunk{{0, 0, "PER"}, {1, 1, "LOC"}}},       // type change splits
		{"O I-ORG", []Chunk{{1, 1, "ORG"}}},                          // invalid IOB2 read as conlleval does
		{"B-MISC B-MISC", []Chunk{{0, 0, "MISC"}, {1, 1, "MISC"}}},   // adjacent
		{"S-PER B-ORG E-ORG", []Chunk{{0, 0, "PER"}, {1, 2, "ORG"}}}, // BIOES
		{"O O", nil},
	}
	for _, tt := range tests {
		got := Chunks(strings.Fields(tt.tags))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Chunks(%q) = %v, want %v", tt.tags, got, tt.want)
		}
	}
}

const sample = `-DOCSTART- -X- O O

EU NNP B-ORG B-ORG
rejects VBZ O O
German JJ B-MISC B-LOC
call NN O O

Peter NNP B-PER B-PER
Blackburn NNP I-PER O
`

// The expected numbers were produced by conlleval on the same input.
func TestReadColumns(t *testing.T) {
	s, err := ReadColumns(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if s.Tokens != 6 || s.Gold != 3 || s.Found != 3 || s.Correct != 1 {
		t.Fatalf("got %+v", s)
	}
	var b bytes.Buffer
	if err := s.Report(&b); err != nil {
		t.Fatal(err)
	}
	want := `processed 6 tokens with 3 phrases; found: 3 phrases; correct: 1.
accuracy:  66.67%; precision:  33.33%; recall:  33.33%; FB1:  33.33
              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  1
             MISC: precision:   0.00%; recall:   0.00%; FB1:   0.00  0
              ORG: precision: 100.00%; recall: 100.00%; FB1: 100.00  1
              PER: precision:   0.00%; recall:   0.00%; FB1:   0.00  1
`
	if b.String() != want {
		t.Errorf("report:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestReadColumnsError(t *testing.T) {
	if _, err := ReadColumns(strings.NewReader("lonely\n")); err == nil {
		t.Error("want an error for a line with one column")
	}
}
