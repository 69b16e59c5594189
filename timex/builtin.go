package timex

import (
	"fmt"
	"strconv"
	"strings"
)

// A builtin is a class of tokens recognized by code rather than by a
// lexicon: numbers, years, days of the month, clock times.
type builtin struct {
	first []string // index keys of the tokens it can start on
	bits  uint64   // lexMask bits one of which its first token has; 0 when unknown
	width int      // tokens it always covers; 0 when it varies
	// match reports where a match starting at toks[i] ends (exclusive token
	// index) and its normalized value.
	match func(toks []token, i int) (end int, val string, ok bool)
}

// digitBit is the lexMask bit of every digit token (lexicons use the others).
const digitBit = uint64(1) << 63

// digitKey is the index key of every digit token.
const digitKey = "#d"

// wordKey is the index key of rules that can start on any word, capKey of
// rules that can start on any capitalized word.
const (
	wordKey = "#w"
	capKey  = "#W"
)

// newBuiltins returns the built-in classes. Number and ordinal words come
// from the lexicons "number" and "ordinal" (word -> integer).
func newBuiltins(lex map[string]*lexClass) map[string]*builtin {
	words := &numberWords{values: map[string]int{}}
	if lc := lex["number"]; lc != nil {
		words.bit = lc.bit
		for _, es := range lc.byFirst {
			for _, e := range es {
				if n, err := strconv.Atoi(e.value); err == nil && len(e.words) == 1 {
					words.values[e.words[0]] = n
				}
			}
		}
	}
	ords := map[string]int{}
	if lc := lex["ordinal"]; lc != nil {
		for _, es := range lc.byFirst {
			for _, e := range es {
				if n, err := strconv.Atoi(e.value); err == nil && len(e.words) == 1 {
					ords[e.words[0]] = n
				}
			}
		}
	}
	numFirst := []string{digitKey}
	for w := range words.values {
		numFirst = append(numFirst, w)
	}
	ordFirst := []string{digitKey}
	for w := range ords {
		ordFirst = append(ordFirst, w)
	}
	for w := range words.values {
		ordFirst = append(ordFirst, w) // "twenty-first"
	}
	digits := []string{digitKey}
	numBit, ordBit := uint64(0), uint64(0)
	if lc := lex["number"]; lc != nil {
		numBit = lc.bit
	}
	if lc := lex["ordinal"]; lc != nil {
		ordBit = lc.bit
	}
	num := func(toks []token, i int) (int, string, bool) {
		if toks[i].lexMask&(numBit|digitBit) == 0 {
			return 0, "", false
		}
		t := &toks[i]
		if t.numState == 0 {
			t.numState = 2
			if end, n, ok := matchNumber(toks, i, words); ok {
				t.numState, t.numEnd, t.numVal = 1, int32(end), strconv.Itoa(n)
				if end == i+1 && t.kind == tokDigit && (len(t.lower) == 1 || t.lower[0] != '0') {
					t.numVal = t.lower // the token is the number: no new string
				}
			}
		}
		if t.numState != 1 {
			return 0, "", false
		}
		return int(t.numEnd), t.numVal, true
	}
	ord := func(toks []token, i int) (int, int, bool) {
		if toks[i].lexMask&(numBit|ordBit|digitBit) == 0 {
			return 0, 0, false
		}
		return matchOrdinal(toks, i, words, ords)
	}
	numBits := digitBit | numBit
	ordBits := numBits | ordBit
	b := map[string]*builtin{
		"num": {first: numFirst, match: num},
		// A count: a number below 1000, not a year ("in 2010 and two
		// years later" holds no range of years).
		"cnt": {first: numFirst, match: func(toks []token, i int) (int, string, bool) {
			end, v, ok := num(toks, i)
			if !ok {
				return 0, "", false
			}
			if n, err := strconv.Atoi(v); err != nil || n >= 1000 {
				return 0, "", false
			}
			return end, v, true
		}},
		"int": {first: digits, match: func(toks []token, i int) (int, string, bool) {
			if toks[i].kind != tokDigit {
				return 0, "", false
			}
			return i + 1, toks[i].lower, true
		}},
		"year": {first: digits, match: yearIn(1000, 2199)},
		// A year glued to the numbers before it ("03.03.2025").
		"gyear": {first: digits, match: func(toks []token, i int) (int, string, bool) {
			t := toks[i]
			if t.kind != tokDigit || len(t.lower) != 4 || t.lower < "1000" || t.lower > "2199" {
				return 0, "", false
			}
			return i + 1, t.lower, true
		}},
		"decade": {first: digits, match: func(toks []token, i int) (int, string, bool) {
			t := toks[i]
			if t.kind != tokDigit || i+1 >= len(toks) || toks[i+1].lower != "s" || toks[i+1].space {
				return 0, "", false
			}
			switch {
			case len(t.lower) == 4 && t.lower[2:] == "00" && t.lower[:2] < "20":
				// "the 1800s", "the early 1900s": the century, as TIMEX3
				// writes it (18, 19); "the 2000s" stays a decade.
				return i + 2, t.lower[:2], true
			case len(t.lower) == 4 && t.lower[3] == '0':
				return i + 2, t.lower[:3], true
			case len(t.lower) == 2 && t.lower[1] == '0':
				c := "19"
				if t.lower[0] < '3' {
					c = "20"
				}
				return i + 2, c + t.lower[:1], true
			}
			return 0, "", false
		}},
		"day": {first: ordFirst, match: func(toks []token, i int) (int, string, bool) {
			t := toks[i]
			if t.kind == tokDigit {
				if len(t.lower) > 2 {
					return 0, "", false
				}
				d, _ := strconv.Atoi(t.lower)
				if d < 1 || d > 31 {
					return 0, "", false
				}
				end := i + 1
				if end < len(toks) && !toks[end].space && isOrdSuffix(toks[end].lower) {
					end++
				}
				return end, pad2(d), true
			}
			end, d, ok := ord(toks, i)
			if !ok || d < 1 || d > 31 {
				return 0, "", false
			}
			return end, pad2(d), true
		}},
		"ord": {first: ordFirst, match: func(toks []token, i int) (int, string, bool) {
			end, n, ok := ord(toks, i)
			if !ok {
				return 0, "", false
			}
			return end, strconv.Itoa(n), true
		}},
		"ryear": {first: digits, match: yearIn(1900, 2099)},
		"yr2":   {first: digits, match: nextYear},
		"age": {first: numFirst, match: func(toks []token, i int) (int, string, bool) {
			end, n, ok := matchNumber(toks, i, words)
			if !ok || n < 1 || n > 120 || toks[i].lower == "a" || toks[i].lower == "an" {
				return 0, "", false
			}
			return end, strconv.Itoa(n), true
		}},
		"name": {first: []string{capKey}, match: func(toks []token, i int) (int, string, bool) {
			if toks[i].kind != tokWord || !toks[i].cap {
				return 0, "", false
			}
			return i + 1, toks[i].lower, true
		}},
		// A capitalized word no rule or lexicon names: a name, not a
		// preposition that opens a sentence ("Theresa May", not "In May").
		"pname": {first: []string{capKey}, match: func(toks []token, i int) (int, string, bool) {
			if toks[i].kind != tokWord || !toks[i].cap || toks[i].word != 0 {
				return 0, "", false
			}
			return i + 1, toks[i].lower, true
		}},
		"word": {first: []string{wordKey}, match: func(toks []token, i int) (int, string, bool) {
			if toks[i].kind != tokWord {
				return 0, "", false
			}
			return i + 1, toks[i].lower, true
		}},
		"lword": {first: []string{wordKey}, match: func(toks []token, i int) (int, string, bool) {
			if toks[i].kind != tokWord || toks[i].cap {
				return 0, "", false
			}
			return i + 1, toks[i].lower, true
		}},
		"clock":  {first: append([]string{"noon", "midday", "midnight"}, digits...), match: matchClock},
		"month2": {first: digits, match: rangeDigits(1, 12, 2)},
		"hour":   {first: digits, match: rangeDigits(0, 24, 2)},
		"minute": {first: digits, match: func(toks []token, i int) (int, string, bool) {
			if len(toks[i].lower) != 2 {
				return 0, "", false
			}
			return rangeDigits(0, 59, 2)(toks, i)
		}},
		"dec": {first: digits, match: func(toks []token, i int) (int, string, bool) {
			// A decimal number ("1.5", "9.58"), as written.
			if toks[i].kind != tokDigit || i+2 >= len(toks) || toks[i+1].lower != "." || toks[i+1].space ||
				toks[i+2].kind != tokDigit || toks[i+2].space {
				return 0, "", false
			}
			return i + 3, toks[i].lower + "." + toks[i+2].lower, true
		}},
		"hhmm": {first: digits, match: func(toks []token, i int) (int, string, bool) {
			// A four-digit clock time ("1800 GMT", "0830"): "T18:00".
			t := toks[i]
			if t.kind != tokDigit || len(t.lower) != 4 {
				return 0, "", false
			}
			h, _ := strconv.Atoi(t.lower[:2])
			m, _ := strconv.Atoi(t.lower[2:])
			if h > 23 || m > 59 {
				return 0, "", false
			}
			return i + 1, "T" + t.lower[:2] + ":" + t.lower[2:], true
		}},
		"yearw": {first: numFirst, match: func(toks []token, i int) (int, string, bool) {
			return matchSpokenYear(toks, i, words)
		}},
	}
	b["name"].width, b["pname"].width, b["word"].width, b["lword"].width = 1, 1, 1, 1
	for name, x := range b {
		switch name {
		case "num", "cnt", "age", "yearw":
			x.bits = numBits
		case "day", "ord":
			x.bits = ordBits
		case "int", "year", "gyear", "ryear", "decade", "month2", "hour", "minute", "yr2":
			x.bits = digitBit
		}
	}
	return b
}

// nextYear matches the second year of a season or financial year written
// as two, the year after the one before a slash or hyphen glued to it:
// two digits ("2024/25", "2024-25") or, after a slash, four ("2024/2025").
// Its value is the year in four digits.
func nextYear(toks []token, i int) (int, string, bool) {
	t := toks[i]
	if i < 2 || t.kind != tokDigit || t.space || toks[i-1].space || toks[i-2].kind != tokDigit {
		return 0, "", false
	}
	sep := toks[i-1].lower
	if sep != "/" && sep != "-" && sep != "–" || len(toks[i-2].lower) != 4 {
		return 0, "", false
	}
	if i+1 < len(toks) && !toks[i+1].space && (toks[i+1].lower == "/" || toks[i+1].lower == "-" || toks[i+1].kind == tokDigit) {
		return 0, "", false // "2024-25-03" is no pair of years
	}
	y, err := strconv.Atoi(toks[i-2].lower)
	if err != nil {
		return 0, "", false
	}
	next := strconv.Itoa(y + 1)
	switch {
	case len(t.lower) == 2 && t.lower == next[2:]:
	case len(t.lower) == 4 && sep == "/" && t.lower == next:
	default:
		return 0, "", false
	}
	return i + 1, next, true
}

// digitsNotGlued reports that a digit token is not part of a larger number
// such as "1,234" or "3.1415".
func digitsNotGlued(toks []token, i int) bool {
	if i+2 < len(toks) && !toks[i+1].space && !toks[i+2].space && toks[i+2].kind == tokDigit &&
		(toks[i+1].lower == "," || toks[i+1].lower == ".") {
		return false
	}
	if i >= 2 && !toks[i].space && !toks[i-1].space && toks[i-2].kind == tokDigit &&
		(toks[i-1].lower == "," || toks[i-1].lower == ".") {
		return false
	}
	return true
}

// rangeDigits matches a digit token in [lo, hi], normalized to width digits.
func rangeDigits(lo, hi, width int) func(toks []token, i int) (int, string, bool) {
	return func(toks []token, i int) (int, string, bool) {
		t := toks[i]
		if t.kind != tokDigit || len(t.lower) > width {
			return 0, "", false
		}
		n, _ := strconv.Atoi(t.lower)
		if n < lo || n > hi {
			return 0, "", false
		}
		s := strconv.Itoa(n)
		for len(s) < width {
			s = "0" + s
		}
		return i + 1, s, true
	}
}

func isOrdSuffix(s string) bool { return s == "st" || s == "nd" || s == "rd" || s == "th" }

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// numberWords are the number words of the "number" lexicon and their
// values.
type numberWords struct {
	values map[string]int
	bit    uint64 // the lexicon's bit: a token without it in its lexMask is none of them
}

// value returns the value of the number word tk, and whether it is one.
func (w *numberWords) value(tk *token) (int, bool) {
	if tk.lexMask&w.bit == 0 {
		return 0, false
	}
	v, ok := w.values[tk.lower]
	return v, ok
}

// matchNumber reads a cardinal at toks[i]: digits ("42", "1,500") or words
// ("forty-two", "two hundred", "a", "a dozen").
func matchNumber(toks []token, i int, words *numberWords) (end, n int, ok bool) {
	t := toks[i]
	if t.kind == tokDigit {
		if !digitsNotGlued(toks, i) && !(i+2 < len(toks) && toks[i+1].lower == ",") {
			return 0, 0, false
		}
		s := t.lower
		end = i + 1
		for end+1 < len(toks) && toks[end].lower == "," && !toks[end].space && !toks[end+1].space &&
			toks[end+1].kind == tokDigit && len(toks[end+1].lower) == 3 {
			s += toks[end+1].lower
			end += 2
		}
		if end < len(toks) && toks[end].lower == "." && !toks[end].space && end+1 < len(toks) &&
			toks[end+1].kind == tokDigit && !toks[end+1].space {
			return 0, 0, false // decimals are not handled
		}
		if len(s) > 9 {
			return 0, 0, false
		}
		n, _ = strconv.Atoi(s)
		return end, n, true
	}
	v, found := words.value(&t)
	if !found || v >= 1000 {
		return 0, 0, false // "thousand", "million" do not start a number
	}
	end = i + 1
	total, cur := 0, v
	for end < len(toks) {
		nt := toks[end]
		if nt.lower == "-" && !nt.space && end+1 < len(toks) && !toks[end+1].space {
			if u, ok := words.value(&toks[end+1]); ok && u < 10 && cur >= 20 && cur%10 == 0 {
				cur += u
				end += 2
				continue
			}
			break
		}
		u, ok := words.value(&nt)
		if !ok || nt.kind != tokWord || nt.lower == "a" || nt.lower == "an" {
			break
		}
		switch {
		case u == 100 || u == 1000 || u == 1000000:
			if cur == 0 {
				cur = 1
			}
			if u == 100 {
				cur *= 100
			} else {
				total += cur * u
				cur = 0
			}
		case u == 12 && nt.lower == "dozen":
			cur *= 12
		case u < 100 && cur%100 == 0 && cur >= 100:
			cur += u
		case u < 10 && cur >= 20 && cur < 100 && cur%10 == 0:
			cur += u
		default:
			return end, total + cur, true
		}
		end++
	}
	return end, total + cur, true
}

// matchOrdinal reads an ordinal: "3rd", "third", "twenty-first".
func matchOrdinal(toks []token, i int, words *numberWords, ords map[string]int) (end, n int, ok bool) {
	t := toks[i]
	if t.kind == tokDigit {
		if i+1 < len(toks) && !toks[i+1].space && isOrdSuffix(toks[i+1].lower) && len(t.lower) <= 3 {
			n, _ = strconv.Atoi(t.lower)
			return i + 2, n, true
		}
		return 0, 0, false
	}
	if v, ok := ords[t.lower]; ok {
		return i + 1, v, true
	}
	if tens, ok := words.value(&t); ok && tens >= 20 && tens < 100 && tens%10 == 0 && i+2 < len(toks) &&
		toks[i+1].lower == "-" && !strings.ContainsAny(toks[i+2].lower, "0123456789") {
		if u, ok := ords[toks[i+2].lower]; ok && u < 10 {
			return i + 3, tens + u, true
		}
	}
	return 0, 0, false
}

// matchClock reads a clock time: "10 a.m.", "10:30 p.m.", "3pm", "15:45",
// "noon", "midnight". The value is "Thh:mm". A bare number is not a time.
func matchClock(toks []token, i int) (int, string, bool) {
	t := toks[i]
	switch {
	case t.cap:
		// "Midnight Harbor" is a title
	case t.lower == "noon" || t.lower == "midday":
		return i + 1, "T12:00", true
	case t.lower == "midnight":
		return i + 1, "T24:00", true
	}
	if t.kind != tokDigit || len(t.lower) > 2 {
		return 0, "", false
	}
	if i >= 2 && !t.space && !toks[i-1].space && toks[i-2].kind == tokDigit &&
		(toks[i-1].lower == ":" || toks[i-1].lower == ".") {
		return 0, "", false // the minutes of "2:03:45" or "1.30pm" start no clock time
	}
	h, _ := strconv.Atoi(t.lower)
	if h > 24 {
		return 0, "", false
	}
	end, m, hasMin := i+1, 0, false
	if end+1 < len(toks) && toks[end].lower == ":" && !toks[end].space && toks[end+1].kind == tokDigit &&
		len(toks[end+1].lower) == 2 && !toks[end+1].space {
		m, _ = strconv.Atoi(toks[end+1].lower)
		if m > 59 {
			return 0, "", false
		}
		end, hasMin = end+2, true
		if end+1 < len(toks) && (toks[end].lower == ":" || toks[end].lower == ".") && !toks[end].space &&
			toks[end+1].kind == tokDigit && !toks[end+1].space {
			if a, _ := readAmPm(toks, end+2); a == "" {
				return 0, "", false // "won in 2:03:45": a race time, not the time of day
			}
			end += 2 // the seconds of "10:32:15 p.m."
		}
	}
	if !hasMin && end+1 < len(toks) && toks[end].lower == "h" && !toks[end].cap && !toks[end].space && toks[end+1].kind == tokDigit &&
		len(toks[end+1].lower) == 2 && !toks[end+1].space && (end+2 >= len(toks) || toks[end+2].space || toks[end+2].kind == tokPunct) {
		// "14h00", "09h30": the 24-hour clock as the South African and
		// French-speaking African press writes it ("1H25" is a half year).
		m, _ = strconv.Atoi(toks[end+1].lower)
		if m > 59 || h > 23 && m > 0 {
			return 0, "", false
		}
		return end + 2, fmt.Sprintf("T%02d:%02d", h, m), true
	}
	dotted := false // "10.30am", as British news writes it: a clock time only with "am" or "pm"
	if !hasMin && end+1 < len(toks) && toks[end].lower == "." && !toks[end].space && toks[end+1].kind == tokDigit &&
		len(toks[end+1].lower) == 2 && !toks[end+1].space {
		m, _ = strconv.Atoi(toks[end+1].lower)
		if m > 59 {
			return 0, "", false
		}
		end, hasMin, dotted = end+2, true, true
	}
	if !hasMin && end < len(toks) && (h == 12 && (toks[end].lower == "noon" || toks[end].lower == "midday") ||
		h == 12 && toks[end].lower == "midnight") {
		// "12 noon", "12 midnight"
		if toks[end].lower == "midnight" {
			return end + 1, "T24:00", true
		}
		return end + 1, "T12:00", true
	}
	ampm := ""
	if end < len(toks) {
		switch w := toks[end].lower; {
		case w == "o" && end+2 < len(toks) && toks[end+1].lower == "'" && toks[end+2].lower == "clock":
			end += 3
			if h > 12 {
				return 0, "", false
			}
			return end, fmt.Sprintf("T%02d:%02d", h, m), true
		default:
			ampm, end = readAmPm(toks, end)
		}
	}
	if ampm == "" && h >= 1 && h <= 12 {
		if rend, h1, ok := clockRangeStart(toks, end, h); ok {
			return rend, fmt.Sprintf("T%02d:%02d", h1, m), true
		}
	}
	switch {
	case ampm == "" && (!hasMin || dotted):
		return 0, "", false
	case ampm != "" && (h < 1 || h > 12):
		return 0, "", false
	case ampm == "pm" && h < 12:
		h += 12
	case ampm == "am" && h == 12:
		h = 0
	}
	return end, fmt.Sprintf("T%02d:%02d", h, m), true
}

// readAmPm reads "am", "pm", "a.m." or "p.m." at i: the marker ("am",
// "pm") and the token after it, or "" and i.
func readAmPm(toks []token, i int) (string, int) {
	if i >= len(toks) {
		return "", i
	}
	switch w := toks[i].lower; {
	case w == "am" || w == "pm":
		return w, i + 1
	case (w == "a" || w == "p") && i+2 < len(toks) && toks[i+1].lower == "." && toks[i+2].lower == "m" &&
		!toks[i+1].space && !toks[i+2].space:
		end := i + 3
		if end < len(toks) && toks[end].lower == "." && !toks[end].space {
			end++
		}
		return w + "m", end
	}
	return "", i
}

// clockRangeStart reads the rest of a range of hours whose first hour,
// h, has no "am" or "pm" of its own ("4 to 7 p.m.", "10.30-11.30am"): the
// range is the timex and its start the time, taking the marker of the
// second hour ("11 to 2 p.m." starts in the morning). i is the token after
// the first hour.
func clockRangeStart(toks []token, i, h int) (end, h1 int, ok bool) {
	if i+1 >= len(toks) {
		return 0, 0, false
	}
	switch toks[i].lower {
	case "to", "-", "–", "until", "till":
	default:
		return 0, 0, false
	}
	j := i + 1
	t := toks[j]
	if t.kind != tokDigit || len(t.lower) > 2 {
		return 0, 0, false
	}
	h2, _ := strconv.Atoi(t.lower)
	if h2 < 1 || h2 > 12 {
		return 0, 0, false
	}
	j++
	if j+1 < len(toks) && (toks[j].lower == ":" || toks[j].lower == ".") && !toks[j].space &&
		toks[j+1].kind == tokDigit && len(toks[j+1].lower) == 2 && !toks[j+1].space {
		j += 2
	}
	ampm, end := readAmPm(toks, j)
	if ampm == "" {
		return 0, 0, false
	}
	if h > h2 && h != 12 && h2 != 12 {
		// the range crosses noon or midnight: the first hour has the other marker
		if ampm == "pm" {
			ampm = "am"
		} else {
			ampm = "pm"
		}
	}
	switch {
	case ampm == "pm" && h < 12:
		h += 12
	case ampm == "am" && h == 12:
		h = 0
	}
	return end, h, true
}

// matchSpokenYear reads a year in words: "nineteen ninety-six" (two numbers
// of 10 to 99), "two thousand", "two thousand and one".
func matchSpokenYear(toks []token, i int, words *numberWords) (int, string, bool) {
	if toks[i].kind != tokWord {
		return 0, "", false
	}
	end, n, ok := matchNumber(toks, i, words)
	if !ok {
		return 0, "", false
	}
	if n >= 10 && n <= 99 && end < len(toks) && toks[end].kind == tokWord {
		if end2, m, ok := matchNumber(toks, end, words); ok && m >= 10 && m <= 99 {
			return end2, strconv.Itoa(n*100 + m), true
		}
		if toks[end].lower == "hundred" {
			return end + 1, strconv.Itoa(n * 100), true
		}
	}
	if n >= 1000 && n <= 2099 && n%1000 == 0 || n >= 2000 && n <= 2099 {
		if end+1 < len(toks) && toks[end].lower == "and" {
			if end2, m, ok := matchNumber(toks, end+1, words); ok && m < 100 && n%100 == 0 {
				return end2, strconv.Itoa(n + m), true
			}
		}
		return end, strconv.Itoa(n), true
	}
	return 0, "", false
}

// yearIn matches a four-digit year from lo to hi, written apart from other
// digits.
func yearIn(lo, hi int) func(toks []token, i int) (int, string, bool) {
	return func(toks []token, i int) (int, string, bool) {
		t := toks[i]
		if t.kind != tokDigit || len(t.lower) != 4 || !digitsNotGlued(toks, i) {
			return 0, "", false
		}
		if y, _ := strconv.Atoi(t.lower); y < lo || y > hi {
			return 0, "", false
		}
		return i + 1, t.lower, true
	}
}
