package clusters

import (
	"bytes"
	"context"
	"math/rand/v2"
	"strings"
	"testing"
)

// groupedVectors makes words in three tight groups around three directions.
func groupedVectors() *Vectors {
	rng := rand.New(rand.NewPCG(1, 2))
	dirs := [][]float32{{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}}
	v := &Vectors{}
	for g, name := range []string{"day", "verb", "city"} {
		for i := range 40 {
			vec := make([]float32, 4)
			for d := range vec {
				vec[d] = dirs[g][d] + float32(rng.NormFloat64()*0.05)
			}
			v.Words = append(v.Words, name+string(rune('a'+i%26))+string(rune('a'+i/26)))
			v.Vecs = append(v.Vecs, vec)
		}
	}
	return v
}

func TestBuildGroupsSimilarWords(t *testing.T) {
	v := groupedVectors()
	c, err := Build(context.Background(), v, BuildOptions{Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != len(v.Words) {
		t.Fatalf("%d words clustered, want %d", c.Len(), len(v.Words))
	}
	// With more clusters than groups a group may be split, but no cluster
	// may mix words of two groups.
	owner := map[byte]string{}
	for _, w := range v.Words {
		p := c.Path(w)
		if !validPath(p) {
			t.Fatalf("path of %s = %q", w, p)
		}
		group := w[:len(w)-2]
		if g, ok := owner[p[0]]; ok && g != group {
			t.Errorf("top cluster %c holds words of %s and %s", p[0], g, group)
		}
		owner[p[0]] = group
	}
	again, _ := Build(context.Background(), v, BuildOptions{Seed: 7})
	for _, w := range v.Words {
		if again.Path(w) != c.Path(w) {
			t.Fatalf("not deterministic: %s %s vs %s", w, c.Path(w), again.Path(w))
		}
	}
}

func TestWriteRead(t *testing.T) {
	v := groupedVectors()
	c, err := Build(context.Background(), v, BuildOptions{Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := c.Write(&buf, v.Words); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range v.Words {
		if back.Path(w) != c.Path(w) {
			t.Fatalf("%s: %q after reading, %q before", w, back.Path(w), c.Path(w))
		}
	}
	if (*Clusters)(nil).Path("x") != "" || FromMap(c.Words()).Path(v.Words[0]) != c.Path(v.Words[0]) {
		t.Error("nil clusters or FromMap")
	}
}

func TestReadErrorsNameTheLine(t *testing.T) {
	for _, in := range []string{"day\t12\n", "a\t123\nb 123\n", "a\t12g\n"} {
		_, err := Read(strings.NewReader(in))
		if err == nil || !strings.Contains(err.Error(), "line") {
			t.Errorf("Read(%q) error = %v, want one naming the line", in, err)
		}
	}
}

func TestReadWink(t *testing.T) {
	in := `{"dimensions":2,"words":["the","cat","dog"],"vectors":{"the":[1,0,1,0],"cat":[0,1,1,1],"dog":[0,0.9,1,2]}}`
	v, err := ReadWink(strings.NewReader(in), 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Words) != 2 || v.Words[1] != "cat" || len(v.Vecs[1]) != 2 || v.Vecs[1][1] != 1 {
		t.Errorf("ReadWink = %+v", v)
	}
	if _, err := ReadWink(strings.NewReader(`{"dimensions":3,"words":["a"],"vectors":{"a":[1]}}`), 0); err == nil {
		t.Error("short vector accepted")
	}
}
