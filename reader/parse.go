package reader

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
	"golang.org/x/text/unicode/norm"
)

// An input format.
type format int

const (
	textFormat      format = iota // dated text, or plain text dated by Options.Date
	jsonLinesFormat               // one JSON object per line
	jsonArrayFormat               // one JSON array of objects
)

// Parse reads one input's bytes; name is used in errors and as Source. The
// format comes from the name's extension (.jsonl .ndjson: JSON Lines; .json:
// JSON Lines or a JSON array; anything else: sniffed from the first byte).
// It returns the documents read and an *Error for each problem.
func Parse(name string, data []byte, opts Options) ([]*hearsay.Document, []error) {
	return parse(name, data, opts)
}

func parse(name string, data []byte, opts Options) ([]*hearsay.Document, []error) {
	fail := func(line int, err error) ([]*hearsay.Document, []error) {
		return nil, []error{&Error{Path: name, Line: line, Err: err}}
	}
	if max := opts.maxBytes(); int64(len(data)) > max {
		return fail(0, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(data), max))
	}
	if len(bytes.TrimFunc(data, isBlank)) == 0 {
		return fail(0, ErrEmpty)
	}
	if why := binaryReason(data); why != "" {
		return fail(0, fmt.Errorf("%w (%s)", ErrBinary, why))
	}
	text, warning := repairUTF8(name, data)
	switch detectFormat(name, text) {
	case jsonLinesFormat:
		if obj := strings.TrimFunc(text, isBlank); strings.Contains(obj, "\n") && json.Valid([]byte(obj)) {
			// One object spread over several lines, not JSON Lines.
			line := lineAt(text, strings.Index(text, obj))
			doc, err := parseArticle(name, line, []byte(obj), len(badUTF8Lines(data)) > 0, opts)
			if err != nil {
				return nil, []error{err}
			}
			return []*hearsay.Document{doc}, nil
		}
		return parseJSONLines(name, text, badUTF8Lines(data), opts)
	case jsonArrayFormat:
		return parseJSONArray(name, text, badUTF8Lines(data), opts)
	}
	doc, err := parseText(name, text, opts)
	if err != nil {
		return nil, []error{err}
	}
	if warning != "" {
		doc.Warnings = append(doc.Warnings, warning)
	}
	return []*hearsay.Document{doc}, nil
}

// isBlank reports whether r is white space or an invisible mark (BOM).
func isBlank(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B' }

// binaryReason says why data looks like a binary file, or "" when it looks
// like text: a NUL byte, or many control bytes or invalid UTF-8 sequences
// in its first 8 KiB.
func binaryReason(data []byte) string {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return "UTF-16 text; convert it to UTF-8"
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Sprintf("NUL byte at offset %d", i)
	}
	sample := data[:min(len(data), 8192)]
	bad := notTextBytes(sample)
	if bad*10 > len(sample) {
		return fmt.Sprintf("%d of the first %d bytes are not text", bad, len(sample))
	}
	return ""
}

// notTextBytes counts the bytes of sample that are not text: control bytes
// other than white space, DEL, and bytes of broken UTF-8 (a broken
// sequence cut by the sample's end does not count). Plain ASCII is tested
// eight bytes at a time.
func notTextBytes(sample []byte) int {
	bad := 0
	plainTo := 0 // bytes before it that failed an eight-byte test are read one by one
	for i := 0; i < len(sample); {
		if i >= plainTo {
			j := i
			for j+8 <= len(sample) && plainText8(binary.LittleEndian.Uint64(sample[j:])) {
				j += 8
			}
			plainTo = j + 8
			if j > i {
				i = j
				continue
			}
		}
		if c := sample[i]; c < utf8.RuneSelf {
			bad += int(controlByte[c])
			i++
			continue
		}
		r, size := utf8.DecodeRune(sample[i:])
		if r == utf8.RuneError && size == 1 && len(sample)-i >= utf8.UTFMax {
			bad++
		}
		i += size
	}
	return bad
}

// plainText8 reports whether the eight bytes of x (a little-endian word)
// are all printable ASCII, no control byte, white space or DEL among them:
// bytes binaryReason counts none of. false says only that some byte needs
// a closer look.
func plainText8(x uint64) bool {
	const (
		high = 0x8080808080808080
		each = 0x0101010101010101
	)
	if x&high != 0 {
		return false // a byte of a multi-byte character
	}
	// With no top bit set, a byte b has the top bit of b-c &^ b set (or a
	// borrow from a byte below that has) exactly when b < c.
	below := (x - each*0x20) &^ x & high // some byte is under 0x20
	y := x ^ each*0x7f                   // DEL bytes become 0
	del := (y - each) &^ y & high        // some byte of y is 0
	return below|del == 0
}

// controlByte is 1 for the ASCII control bytes that are no white space
// (and DEL), 0 for the other ASCII bytes.
var controlByte = func() (k [utf8.RuneSelf]uint8) {
	for c := range k {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7f {
			k[c] = 1
		}
	}
	return k
}()

// repairUTF8 replaces invalid UTF-8 with U+FFFD and returns the warning
// that says so, or "" when the data was valid.
func repairUTF8(name string, data []byte) (string, string) {
	if utf8.Valid(data) {
		return string(data), ""
	}
	n, first := 0, -1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			if first < 0 {
				first = i
			}
			n++
			for i < len(data) { // a run counts once, as ToValidUTF8 replaces it once
				if r, size = utf8.DecodeRune(data[i:]); r != utf8.RuneError || size != 1 {
					break
				}
				i++
			}
			continue
		}
		i += size
	}
	line := 1 + bytes.Count(data[:first], []byte{'\n'})
	return strings.ToValidUTF8(string(data), "\uFFFD"),
		fmt.Sprintf("%s:%d: invalid UTF-8 replaced with U+FFFD (%d place(s))", name, line, n)
}

// badLines is the sorted list of lines that held invalid UTF-8.
type badLines []int

// has reports whether a line in [from, to] held invalid UTF-8.
func (b badLines) has(from, to int) bool {
	for _, l := range b {
		if l >= from && l <= to {
			return true
		}
	}
	return false
}

// badUTF8Lines lists the lines of data that hold invalid UTF-8.
func badUTF8Lines(data []byte) badLines {
	if utf8.Valid(data) {
		return nil
	}
	var bad badLines
	for n := 1; len(data) > 0; n++ {
		line := data
		if k := bytes.IndexByte(data, '\n'); k >= 0 {
			line, data = data[:k], data[k+1:]
		} else {
			data = nil
		}
		if !utf8.Valid(line) {
			bad = append(bad, n)
		}
	}
	return bad
}

// detectFormat chooses the format from the extension, or from the first
// non-blank character when the extension says nothing.
func detectFormat(name, text string) format {
	first := strings.TrimLeftFunc(text, isBlank)
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson":
		return jsonLinesFormat
	case ".txt", ".text":
		return textFormat
	case ".json":
		if strings.HasPrefix(first, "[") {
			return jsonArrayFormat
		}
		return jsonLinesFormat
	}
	switch {
	case strings.HasPrefix(first, "{"):
		return jsonLinesFormat
	case strings.HasPrefix(first, "["):
		return jsonArrayFormat
	}
	return textFormat
}

// lineAt is the 1-based line of byte offset off.
func lineAt(text string, off int) int { return 1 + strings.Count(text[:off], "\n") }

// trimmedSpan is the span of s[start:end] without surrounding blanks.
func trimmedSpan(s string, start, end int) hearsay.Span {
	t := strings.TrimLeftFunc(s[start:end], isBlank)
	start = end - len(t)
	t = strings.TrimRightFunc(t, isBlank)
	return hearsay.Span{Start: start, End: start + len(t)}
}

// parseText reads the dated format, or plain text dated by opts.Date.
func parseText(name, text string, opts Options) (*hearsay.Document, error) {
	start := len(text) - len(strings.TrimLeftFunc(text, isBlank))
	line := lineAt(text, start)
	fail := func(err error) (*hearsay.Document, error) { return nil, &Error{Path: name, Line: line, Err: err} }
	var date time.Time
	var body hearsay.Span
	if datedHeader(text[start:]) {
		d, bodyStart, err := parseDateLine(text, start+4)
		if err != nil {
			return fail(err)
		}
		date = d
		body = trimmedSpan(text, bodyStart, len(text))
		if body.Len() == 0 {
			return fail(fmt.Errorf("%w: nothing follows %q", ErrNoBody, strings.TrimSpace(text[start:bodyStart])))
		}
	} else {
		if opts.Date.IsZero() {
			return fail(fmt.Errorf(`%w: the first line is not "date YYYY-MM-DD ..."%s`, ErrNoDate, opts.noDateGiven()))
		}
		date = midnight(opts.Date)
		body = trimmedSpan(text, 0, len(text))
	}
	doc := &hearsay.Document{Source: name, Outlet: opts.Outlet, Date: date, Text: text, Body: body}
	finish(doc)
	return doc, nil
}

// datedHeader reports whether s starts with the dated format's header:
// "date", blanks, then a digit (so that "date night was..." is plain text).
func datedHeader(s string) bool {
	if len(s) < 6 || s[:4] != "date" || (s[4] != ' ' && s[4] != '\t') {
		return false
	}
	rest := strings.TrimLeft(s[4:], " \t")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// parseDateLine reads the date after "date" at text[i:] (i is just past the
// word), and returns it with the offset where the article text starts.
func parseDateLine(text string, i int) (time.Time, int, error) {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isBlank(r) {
			break
		}
		j += size
	}
	d, err := parseDay(text[i:j])
	if err != nil {
		return time.Time{}, 0, err
	}
	return d, j, nil
}

// parseDay parses "YYYY-MM-DD" strictly, telling a malformed date from an
// impossible one (2023-02-30).
func parseDay(s string) (time.Time, error) {
	if !dayShape(s) {
		if len(s) > 40 {
			s = s[:40] + "..."
		}
		return time.Time{}, fmt.Errorf("%w: %q is not YYYY-MM-DD", ErrBadDate, s)
	}
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: impossible date %q", ErrBadDate, s)
	}
	return checkYear(d, s)
}

// minYear is the earliest publication year accepted; year 1 would also be
// Go's zero time, which means "no date".
const minYear = 1000

// checkYear rejects dates before minYear.
func checkYear(d time.Time, s string) (time.Time, error) {
	if d.Year() < minYear {
		return time.Time{}, fmt.Errorf("%w: implausible date %q (before year %d)", ErrBadDate, s, minYear)
	}
	return d, nil
}

// dayShape reports whether s looks like YYYY-MM-DD.
func dayShape(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// midnight is UTC midnight of t's calendar day, in t's own time zone.
func midnight(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// finish fills the fields every reader computes the same way: the id and
// the boilerplate spans.
func finish(doc *hearsay.Document) {
	doc.ID = documentID(doc.Date, doc.Text[doc.Body.Start:doc.Body.End])
	doc.Skips = defaultBoilerplate().find(doc.Text, doc.Body)
}

// documentID is the hex of the first 16 bytes of the SHA-256 of the date
// and the NFC-normalized body with white space runs collapsed, so that the
// same article read twice, or in two formats, gets the same id.
func documentID(date time.Time, body string) string {
	h := sha256.New()
	w := hashWriter{h: h}
	w.b = date.AppendFormat(w.buf[:0], time.DateOnly)
	w.b = append(w.b, '\n')
	text := body
	if !isASCII(body) { // ASCII text is NFC already
		text = norm.NFC.String(body)
	}
	writeCollapsed(&w, text)
	h.Write(w.b)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// writeCollapsed writes text to w with its leading and trailing blanks
// dropped and every other run of blanks written as one space. Text between
// two words parted by one ASCII space is written as it stands, in one
// copy: only a run of other blanks breaks the stretch copied. Such text is
// passed over eight bytes at a time (plainWord).
func writeCollapsed(w *hashWriter, text string) {
	from := 0    // start of the stretch of text not yet written
	plainTo := 0 // bytes before it that failed an eight-byte test are read one by one
	for i := 0; i < len(text); {
		if i >= plainTo {
			j := i
			for j+9 <= len(text) && plainWord(load64(text, j), text[j+8], j > from) {
				j += 8
			}
			plainTo = j + 8
			if j > i {
				i = j
				continue
			}
		}
		switch byteKinds[text[i]] {
		case wordByte:
			i++
			continue
		case blankByte:
			if text[i] == ' ' && i > from && i+1 < len(text) && byteKinds[text[i+1]] == wordByte {
				i += 2 // one space between two words: kept as it is
				continue
			}
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if !isBlank(r) {
				i += n
				continue
			}
		}
		// a run of blanks from i
		w.put(text[from:i])
		i = skipBlanks(text, i)
		from = i
		if w.started && i < len(text) {
			w.put(" ")
		}
	}
	w.put(text[from:])
}

// load64 is the little-endian word of the eight bytes of s from i (the
// byte loads combine into one).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// plainWord reports whether writeCollapsed may pass over the eight bytes of
// x (a little-endian word) as they stand: ASCII bytes above the space, and
// spaces each followed by such a byte (next is the byte after x). A space
// first in x needs one before it (afterText: the byte before x was
// written). false says only that some byte needs a closer look.
func plainWord(x uint64, next byte, afterText bool) bool {
	const (
		high = 0x8080808080808080
		low7 = 0x7f7f7f7f7f7f7f7f
		each = 0x0101010101010101
	)
	// The top bit of each byte is set where the byte is below 0x21 or not
	// ASCII (no carry crosses bytes: b&0x7f + 0x5f < 0x100).
	odd := (^((x & low7) + each*0x5f) | x) & high
	y := x ^ each*' '
	space := ^((y & low7) + low7 | y) & high // exactly the space bytes
	if odd&^space != 0 || space<<8&odd != 0 {
		return false // another blank, control or multi-byte byte, or a space before one
	}
	if space>>56 != 0 && (next <= ' ' || next >= utf8.RuneSelf) {
		return false // a last space needs plain text after it
	}
	return space&0x80 == 0 || afterText
}

// Kinds of bytes for writeCollapsed.
const (
	wordByte  = iota // ASCII, no blank
	blankByte        // an ASCII blank
	multiByte        // part of a multi-byte sequence (or invalid)
)

// byteKinds is the kind of each byte value.
var byteKinds = func() (k [256]uint8) {
	for c := range k {
		switch {
		case c >= utf8.RuneSelf:
			k[c] = multiByte
		case asciiBlank[c]:
			k[c] = blankByte
		}
	}
	return k
}()

// skipBlanks returns the index of the first byte of text from i on that
// starts no blank, len(text) when there is none.
func skipBlanks(text string, i int) int {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if !asciiBlank[c] {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isBlank(r) {
			return i
		}
		i += n
	}
	return i
}

// isASCII reports whether s holds ASCII bytes only. It tests sixteen
// bytes at a time.
func isASCII(s string) bool {
	i := 0
	for ; i+16 <= len(s); i += 16 {
		if (load64(s, i)|load64(s, i+8))&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiBlank are the ASCII bytes isBlank holds.
var asciiBlank = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// A hashWriter writes text to a hash through a buffer.
type hashWriter struct {
	h       hash.Hash
	buf     [1024]byte
	b       []byte // the buffered bytes, in buf
	started bool   // some text of the body was written
}

// put appends s to the buffer, writing the buffer out when it is full.
func (w *hashWriter) put(s string) {
	if len(s) > 0 {
		w.started = true
	}
	for len(s) > 0 {
		if len(w.b) == len(w.buf) {
			w.h.Write(w.b)
			w.b = w.buf[:0]
		}
		n := copy(w.buf[len(w.b):], s)
		w.b = w.b[:len(w.b)+n]
		s = s[n:]
	}
}

// article is one JSON object of the JSON Lines format.
type article struct {
	URL    string  `json:"url"`
	Outlet string  `json:"outlet"`
	Title  string  `json:"title"`
	Date   string  `json:"date"`
	Text   *string `json:"text"`
}

// parseJSONLines reads one article per non-blank line.
func parseJSONLines(name, text string, bad badLines, opts Options) ([]*hearsay.Document, []error) {
	var docs []*hearsay.Document
	var errs []error
	lineNo := 0
	for rest := text; len(rest) > 0; {
		lineNo++
		line := rest
		if k := strings.IndexByte(rest, '\n'); k >= 0 {
			line, rest = rest[:k], rest[k+1:]
		} else {
			rest = ""
		}
		if strings.TrimFunc(line, isBlank) == "" {
			continue
		}
		doc, err := parseArticle(name, lineNo, []byte(line), bad.has(lineNo, lineNo), opts)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, doc)
	}
	return docs, errs
}

// parseJSONArray reads a JSON array of articles.
func parseJSONArray(name, text string, bad badLines, opts Options) ([]*hearsay.Document, []error) {
	dec := json.NewDecoder(strings.NewReader(text))
	if _, err := dec.Token(); err != nil {
		return nil, []error{&Error{Path: name, Line: 1, Err: fmt.Errorf("%w: %v", ErrNotJSON, err)}}
	}
	var docs []*hearsay.Document
	var errs []error
	for item := 1; dec.More(); item++ {
		off := int(dec.InputOffset())
		off += len(text[off:]) - len(strings.TrimLeftFunc(text[off:], func(r rune) bool { return isBlank(r) || r == ',' }))
		line := lineAt(text, off)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			errs = append(errs, &Error{Path: name, Line: line, Item: item, Err: fmt.Errorf("%w: %v", ErrNotJSON, err)})
			return docs, errs
		}
		doc, err := parseArticle(name, line, raw, bad.has(line, line+bytes.Count(raw, []byte{'\n'})), opts)
		if err != nil {
			var re *Error
			if errors.As(err, &re) {
				re.Item = item
			}
			errs = append(errs, err)
			continue
		}
		docs = append(docs, doc)
	}
	return docs, errs
}

// parseArticle reads one JSON article found at the given line of name;
// repaired says that invalid UTF-8 was replaced in it.
func parseArticle(name string, line int, raw []byte, repaired bool, opts Options) (*hearsay.Document, error) {
	fail := func(err error) (*hearsay.Document, error) { return nil, &Error{Path: name, Line: line, Err: err} }
	raw = bytes.TrimFunc(raw, isBlank)
	if !json.Valid(raw) {
		var v any
		err := json.Unmarshal(raw, &v)
		return fail(fmt.Errorf("%w: %v", ErrNotJSON, err))
	}
	if raw[0] != '{' {
		return fail(fmt.Errorf("%w: want an object with a \"text\" field", ErrNotJSON))
	}
	var a article
	if err := json.Unmarshal(raw, &a); err != nil {
		return fail(fmt.Errorf("%w: %v", ErrNotJSON, err))
	}
	if a.Text == nil || strings.TrimFunc(*a.Text, isBlank) == "" {
		return fail(ErrNoText)
	}
	date, err := articleDate(a.Date, opts)
	if err != nil {
		return fail(err)
	}
	text := *a.Text
	doc := &hearsay.Document{
		Source: name,
		Line:   line,
		URL:    a.URL,
		Outlet: a.Outlet,
		Title:  strings.TrimSpace(a.Title),
		Date:   date,
		Text:   text,
		Body:   trimmedSpan(text, 0, len(text)),
	}
	if a.URL != "" {
		doc.Source = a.URL
	}
	if doc.Outlet == "" {
		doc.Outlet = opts.Outlet
	}
	if repaired {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("%s:%d: invalid UTF-8 replaced with U+FFFD", name, line))
	}
	finish(doc)
	return doc, nil
}

// articleDate parses the date of a JSON article: YYYY-MM-DD or RFC 3339
// (a zone may be missing), kept as the calendar day it names in its own
// zone; opts.Date when there is none.
func articleDate(s string, opts Options) (time.Time, error) {
	s = strings.TrimSpace(s)
	switch {
	case s == "" && opts.Date.IsZero():
		return time.Time{}, fmt.Errorf(`%w: no "date" field%s`, ErrNoDate, opts.noDateGiven())
	case s == "":
		return midnight(opts.Date), nil
	case len(s) == 10:
		return parseDay(s)
	}
	for _, layout := range dateTimeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return checkYear(midnight(t), s)
		}
	}
	if len(s) > 40 {
		s = s[:40] + "..."
	}
	return time.Time{}, fmt.Errorf("%w: %q is neither YYYY-MM-DD nor RFC 3339", ErrBadDate, s)
}

// dateTimeLayouts are the timestamps accepted in JSON "date" fields: RFC
// 3339, and the same without a zone (read as the local day it names).
var dateTimeLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04"}

// Fresh returns a document with stored's identity, metadata, text and
// reading warnings, and the boilerplate spans the reader finds in its text
// now, but no analysis layer: what analysing a stored document again starts
// from.
func Fresh(stored *hearsay.Document) *hearsay.Document {
	doc := &hearsay.Document{
		ID: stored.ID, Source: stored.Source, Line: stored.Line, URL: stored.URL,
		Outlet: stored.Outlet, Title: stored.Title, Date: stored.Date,
		Text: stored.Text, Body: stored.Body,
		Warnings: slices.Clone(stored.Warnings),
	}
	doc.Skips = defaultBoilerplate().find(doc.Text, doc.Body)
	return doc
}
