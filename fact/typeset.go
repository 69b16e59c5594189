package fact

// A typeSet is a set of fact types, one bit for each type typeBit knows:
// asking it whether it holds a type compares the type with a few
// constants instead of hashing it.
type typeSet uint32

// typesOf returns the set of the fact types given (each one typeBit
// knows: see TestTypeSets).
func typesOf(types ...string) typeSet {
	var ts typeSet
	for _, t := range types {
		ts |= typeBit(t)
	}
	return ts
}

// has reports whether the set holds fact type t.
func (ts typeSet) has(t string) bool { return ts&typeBit(t) != 0 }

// typeBit returns the bit of fact type t, or 0 for a type no set holds:
// each type of schemaTypes has one (see schemaInfo).
func typeBit(t string) typeSet {
	switch t {
	case "met":
		return 1 << 0
	case "dating":
		return 1 << 1
	case "engaged":
		return 1 << 2
	case "married":
		return 1 << 3
	case "separated":
		return 1 << 4
	case "divorced":
		return 1 << 5
	case "affair":
		return 1 << 6
	case "expecting_child":
		return 1 << 7
	case "parent_of":
		return 1 << 8
	case "died":
		return 1 << 9
	case "position_held":
		return 1 << 10
	case "appointed":
		return 1 << 11
	case "elected":
		return 1 << 12
	case "resigned":
		return 1 << 13
	case "dismissed":
		return 1 << 14
	case "member_of":
		return 1 << 15
	case "collaborated":
		return 1 << 16
	case "representative_of":
		return 1 << 17
	case "occupation":
		return 1 << 18
	case "nationality":
		return 1 << 19
	case "religion":
		return 1 << 20
	case "residence":
		return 1 << 21
	case "located_at":
		return 1 << 22
	case "born":
		return 1 << 23
	case "sibling_of":
		return 1 << 24
	case "friend_of":
		return 1 << 25
	}
	return 0
}
