package fact

import "testing"

// TestKinWordsFromData checks that the relation nouns read from the
// kinship data keep the words the stage has always known and gain the
// data's others.
func TestKinWordsFromData(t *testing.T) {
	k, err := loadKinWords()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		set  map[string]bool
		name string
		want []string
	}{
		{k.rel, "rel", []string{"husband", "wife", "partner", "boyfriend", "girlfriend", "fiancé", "fiance", "fiancée", "fiancee",
			"spouse", "ex", "ex-husband", "ex-wife", "ex-boyfriend", "ex-girlfriend", "ex-partner", "beau", "then-wife", "then-husband",
			"then-spouse", "then-partner", "then-girlfriend", "then-boyfriend", "then-fiancé", "then-fiance", "then-fiancée",
			"then-fiancee", "widow", "widower", "hubby", "missus", "sweetheart", "ex-fiancé"}},
		{k.kin, "kin", []string{"son", "daughter", "child", "children", "mother", "father", "sister", "brother", "widow",
			"parents", "sons", "daughters", "stepdaughter", "mum"}},
		{k.relative, "relative", []string{"dad", "mum", "mom", "baby", "grandfather", "grandmother", "grandson", "granddaughter",
			"uncle", "aunt", "cousin", "nephew", "niece", "stepfather", "stepmother", "stepson", "stepdaughter", "kids", "brothers",
			"sisters", "grandparents", "in-laws", "siblings"}},
		{k.spouse, "spouse", []string{"husband", "wife", "spouse", "boyfriend", "girlfriend", "fiancé", "fiancée", "fiance",
			"fiancee", "partner", "hubby", "beau"}},
	}
	for _, c := range cases {
		for _, w := range c.want {
			if !c.set[w] {
				t.Errorf("%s nouns lack %q", c.name, w)
			}
		}
	}
	for w, want := range map[string]string{"son": "sons", "grandchild": "grandchildren", "baby": "babies", "daddy": "daddies", "boy": "boys"} {
		if got := pluralOf(w); got != want {
			t.Errorf("pluralOf(%q) = %q, want %q", w, got, want)
		}
	}
	if k.rel["significant"] || k.rel["other"] || k.kin["twin"] {
		t.Error("a word of a many-word noun was taken alone")
	}
}
