package fact

// asciiFields yields the fields of ASCII text s as strings.Fields splits
// them, with nothing allocated.
func asciiFields(s string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		for i := 0; i < len(s); {
			for i < len(s) && asciiSpace(s[i]) {
				i++
			}
			start := i
			for i < len(s) && !asciiSpace(s[i]) {
				i++
			}
			if start == i || !yield(s[start:i]) {
				return
			}
		}
	}
}

// hasLowerSuffix reports whether strings.ToLower(s) ends with suffix, an
// ASCII lower-case text holding neither 'i' nor 'k' (which the dotted
// capital I and the Kelvin sign lower to): only ASCII runes lower into
// the others, so the last bytes of s tell, and nothing is allocated.
func hasLowerSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && asciiFoldEq(s[len(s)-len(suffix):], suffix)
}
