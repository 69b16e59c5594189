package sqlkb

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/kb"
)

// inputFormat is the first byte of an encoded input; a row of another
// format is not read (the cache is filled again from the documents).
// Format 2 added each fact's confidence, format 3 the span of each stated
// age and the sentences that hold them.
const inputFormat = 3

// errBadInput means a kb_inputs row could not be decoded.
var errBadInput = errors.New("bad cached input")

// encodeInput appends the binary form of in to buf: every field Inputs
// reads from the documents, lengths and integers as varints, strings as a
// length and bytes, optional values behind a presence byte.
func encodeInput(buf []byte, in *kb.Input) []byte {
	e := encoder{buf: append(buf, inputFormat)}
	e.str(in.Doc)
	e.str(in.Date)
	e.str(in.Outlet)
	e.uint(len(in.Entities))
	for i := range in.Entities {
		e.entity(&in.Entities[i])
	}
	e.uint(len(in.Facts))
	for i := range in.Facts {
		e.fact(&in.Facts[i])
	}
	e.uint(len(in.Sentences))
	for _, s := range in.Sentences {
		e.str(s.Text)
		e.int(s.Span.Start)
		e.int(s.Span.End)
	}
	return e.buf
}

type encoder struct{ buf []byte }

func (e *encoder) uint(n int) { e.buf = binary.AppendUvarint(e.buf, uint64(n)) }
func (e *encoder) int(n int)  { e.buf = binary.AppendVarint(e.buf, int64(n)) }

// float writes a float64's eight bytes, little-endian.
func (e *encoder) float(x float64) {
	e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(x))
}

func (e *encoder) str(s string) {
	e.uint(len(s))
	e.buf = append(e.buf, s...)
}

func (e *encoder) bool(b bool) {
	if b {
		e.buf = append(e.buf, 1)
	} else {
		e.buf = append(e.buf, 0)
	}
}

func (e *encoder) entity(x *hearsay.Entity) {
	e.str(x.ID)
	e.str(string(x.Type))
	e.str(x.Name)
	e.bool(x.Unnamed)
	e.str(x.Kind)
	e.bool(x.Age != nil)
	if x.Age != nil {
		e.int(x.Age.Years)
		e.str(x.Age.At)
		e.int(x.Age.Span.Start)
		e.int(x.Age.Span.End)
	}
	e.bool(x.Birth != nil)
	if x.Birth != nil {
		e.str(x.Birth.Earliest)
		e.str(x.Birth.Latest)
	}
	e.uint(len(x.Aliases))
	for _, a := range x.Aliases {
		e.str(a)
	}
}

func (e *encoder) fact(f *hearsay.Fact) {
	e.str(f.ID)
	e.str(f.Type)
	e.str(string(f.Modality))
	e.str(string(f.Polarity))
	e.bool(f.Derived)
	e.int(f.Sentence)
	e.float(f.Confidence)
	e.bool(f.Time != nil)
	if t := f.Time; t != nil {
		for _, s := range []string{t.Value, t.Mod, t.Earliest, t.Latest, t.Start, t.End, t.StartMod, t.EndMod} {
			e.str(s)
		}
	}
	e.uint(len(f.Args))
	for _, a := range f.Args {
		e.int(a.Entity)
		e.str(a.Literal)
	}
	e.uint(len(f.Sources))
	for _, s := range f.Sources {
		e.str(s.Text)
		e.str(string(s.Kind))
		e.int(s.Entity)
	}
}

// decodeInput reads what encodeInput wrote. It never panics on bad data:
// it returns an error wrapping errBadInput.
func decodeInput(data []byte) (*kb.Input, error) {
	if len(data) == 0 || data[0] != inputFormat {
		return nil, fmt.Errorf("%w: format %v", errBadInput, data[:min(1, len(data))])
	}
	d := decoder{buf: data[1:]}
	in := &kb.Input{Doc: d.str(), Date: d.str(), Outlet: d.str()}
	if n := d.count(); n > 0 {
		in.Entities = make([]hearsay.Entity, n)
		for i := range in.Entities {
			d.entity(&in.Entities[i])
		}
	}
	if n := d.count(); n > 0 {
		in.Facts = make([]hearsay.Fact, n)
		for i := range in.Facts {
			d.fact(&in.Facts[i])
		}
	}
	if n := d.count(); n > 0 {
		in.Sentences = make([]kb.InputSentence, n)
		for i := range in.Sentences {
			s := &in.Sentences[i]
			s.Text = d.str()
			s.Span.Start = d.int()
			s.Span.End = d.int()
		}
	}
	if d.err == nil && len(d.buf) > 0 {
		d.err = fmt.Errorf("%w: %d bytes left over", errBadInput, len(d.buf))
	}
	if d.err != nil {
		return nil, d.err
	}
	return in, nil
}

// decoder reads an encoded input; after the first error every read
// returns a zero value.
type decoder struct {
	buf []byte
	err error
}

func (d *decoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: bad %s", errBadInput, what)
	}
	d.buf = nil
}

func (d *decoder) uint() uint64 {
	v, n := binary.Uvarint(d.buf)
	if n <= 0 {
		d.fail("length")
		return 0
	}
	d.buf = d.buf[n:]
	return v
}

// count reads a number of items, each at least one byte long.
func (d *decoder) count() int {
	v := d.uint()
	if v > uint64(len(d.buf)) {
		d.fail("count")
		return 0
	}
	return int(v)
}

func (d *decoder) int() int {
	v, n := binary.Varint(d.buf)
	if n <= 0 {
		d.fail("integer")
		return 0
	}
	d.buf = d.buf[n:]
	return int(v)
}

func (d *decoder) float() float64 {
	if len(d.buf) < 8 {
		d.fail("number")
		return 0
	}
	x := math.Float64frombits(binary.LittleEndian.Uint64(d.buf))
	d.buf = d.buf[8:]
	return x
}

func (d *decoder) str() string {
	n := d.uint()
	if n > uint64(len(d.buf)) {
		d.fail("string")
		return ""
	}
	s := string(d.buf[:n])
	d.buf = d.buf[n:]
	return s
}

func (d *decoder) bool() bool {
	if len(d.buf) == 0 || d.buf[0] > 1 {
		d.fail("flag")
		return false
	}
	b := d.buf[0] == 1
	d.buf = d.buf[1:]
	return b
}

func (d *decoder) entity(x *hearsay.Entity) {
	x.ID = d.str()
	x.Type = hearsay.EntityType(d.str())
	x.Name = d.str()
	x.Unnamed = d.bool()
	x.Kind = d.str()
	if d.bool() {
		x.Age = &hearsay.Age{Years: d.int(), At: d.str(), Span: hearsay.Span{Start: d.int(), End: d.int()}}
	}
	if d.bool() {
		x.Birth = &hearsay.Interval{Earliest: d.str(), Latest: d.str()}
	}
	if n := d.count(); n > 0 {
		x.Aliases = make([]string, n)
		for i := range x.Aliases {
			x.Aliases[i] = d.str()
		}
	}
}

func (d *decoder) fact(f *hearsay.Fact) {
	f.ID = d.str()
	f.Type = d.str()
	f.Modality = hearsay.Modality(d.str())
	f.Polarity = hearsay.Polarity(d.str())
	f.Derived = d.bool()
	f.Sentence = d.int()
	f.Confidence = d.float()
	if d.bool() {
		t := &hearsay.FactTime{Timex: -1}
		for _, p := range []*string{&t.Value, &t.Mod, &t.Earliest, &t.Latest, &t.Start, &t.End, &t.StartMod, &t.EndMod} {
			*p = d.str()
		}
		f.Time = t
	}
	if n := d.count(); n > 0 {
		f.Args = make([]hearsay.Arg, n)
		for i := range f.Args {
			f.Args[i] = hearsay.Arg{Entity: d.int(), Literal: d.str()}
		}
	}
	if n := d.count(); n > 0 {
		f.Sources = make([]hearsay.Source, n)
		for i := range f.Sources {
			f.Sources[i] = hearsay.Source{Text: d.str(), Kind: hearsay.SourceKind(d.str()), Entity: d.int()}
		}
	}
}
