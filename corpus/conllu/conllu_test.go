package conllu

import (
	"strings"
	"testing"
)

const sample = `# newdoc id = d1
# sent_id = s1
# text = Don't go.
1-2	Don't	_	_	_	_	_	_	_	_
1	Do	do	AUX	VBP	_	3	aux	_	_
2	n't	not	PART	RB	_	3	advmod	_	_
3	go	go	VERB	VB	_	0	root	_	Entity=(1-person)|SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = s2
1	Hi	hi	INTJ	UH	_	0	root	_	_
`

func TestRead(t *testing.T) {
	ss, err := Read(strings.NewReader(sample), "x.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(ss), 2; got != want {
		t.Fatalf("sentences = %d, want %d", got, want)
	}
	s := ss[0]
	if s.ID != "s1" || s.Text != "Don't go." || s.NewDoc != "d1" || len(s.Words) != 4 {
		t.Errorf("sentence 1 = %+v", s)
	}
	if v, ok := s.Words[2].MiscValue("Entity"); !ok || v != "(1-person)" {
		t.Errorf("Entity = %q, %v", v, ok)
	}
	if got := s.Words[2].Line; got != 7 {
		t.Errorf("line = %d, want 7", got)
	}
	if _, err := Read(strings.NewReader("1\tx\n"), "bad.conllu"); err == nil || !strings.HasPrefix(err.Error(), "bad.conllu:1:") {
		t.Errorf("error = %v", err)
	}
}

// TestScanLongLine checks that a line too long to read is refused with
// the file and its line number.
func TestScanLongLine(t *testing.T) {
	in := "# text = x\n1\tx\tx\tX\tX\t_\t0\troot\t_\t_\n\n" + strings.Repeat("y", 16<<20+1) + "\n"
	_, err := Read(strings.NewReader(in), "big.conllu")
	if err == nil || err.Error() != "big.conllu:4: line longer than 16 MiB" {
		t.Fatalf("Read: %v, want big.conllu:4: line longer than 16 MiB", err)
	}
}
