package fact

import "testing"

// TestTypeSets checks that every fact type of the schema has a bit of its
// own (and only they), and that a set holds the types it is made of and no
// other.
func TestTypeSets(t *testing.T) {
	types := []string{"met", "dating", "engaged", "married", "separated", "divorced", "affair", "expecting_child",
		"parent_of", "died", "position_held", "appointed", "elected", "resigned", "dismissed", "member_of",
		"collaborated", "representative_of", "occupation", "nationality", "religion", "residence", "located_at"}
	seen := typeSet(0)
	for _, ty := range types {
		b := typeBit(ty)
		if b == 0 || seen&b != 0 {
			t.Errorf("type %q: bit %b, shared or missing", ty, b)
		}
		seen |= b
	}
	for ty := range schemaTypes {
		if typeBit(ty) == 0 {
			t.Errorf("schema type %q has no bit", ty)
		}
	}
	for _, ty := range []string{"sibling_of", "friend_of", "born"} {
		if b := typeBit(ty); b == 0 || seen&b != 0 {
			t.Errorf("type %q: bit %b, shared or missing", ty, b)
		}
		seen |= typeBit(ty)
	}
	for _, ty := range []string{"", "claim", "Married", "status", "succeeded"} {
		if typeBit(ty) != 0 {
			t.Errorf("type %q has a bit", ty)
		}
	}
	set := typesOf("married", "died")
	for _, ty := range types {
		if want := ty == "married" || ty == "died"; set.has(ty) != want {
			t.Errorf("typesOf(married, died).has(%q) = %v, want %v", ty, set.has(ty), want)
		}
	}
}
