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
