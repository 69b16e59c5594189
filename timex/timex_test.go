package timex_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/internal/cpuclock"
	"github.com/hearsay-news/hearsay/timex"
)

func TestInterval(t *testing.T) {
	tests := []struct{ value, earliest, latest string }{
		{"2023", "2023-01-01", "2023-12-31"},
		{"2023-06", "2023-06-01", "2023-06-30"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2023-08-07", "2023-08-07", "2023-08-07"},
		{"2023-W31", "2023-07-31", "2023-08-06"},
		{"2021-W01", "2021-01-04", "2021-01-10"},
		{"2023-Q1", "2023-01-01", "2023-03-31"},
		{"2023-Q4", "2023-10-01", "2023-12-31"},
		{"2023-H2", "2023-07-01", "2023-12-31"},
		{"2019-SU", "2019-06-01", "2019-08-31"},
		{"2019-SP", "2019-03-01", "2019-05-31"},
		{"2019-FA", "2019-09-01", "2019-11-30"},
		{"2019-WI", "2019-12-01", "2020-02-29"},
		{"199", "1990-01-01", "1999-12-31"},
		{"19", "1900-01-01", "1999-12-31"},
		{"2023-08-07TNI", "2023-08-07", "2023-08-07"},
		{"2023-08-07T15:00", "2023-08-07", "2023-08-07"},
		{"2023-W31-WE", "2023-08-05", "2023-08-06"},
		{"1998-10-XX", "1998-10-01", "1998-10-31"},
		{"1998-XX-XX", "1998-01-01", "1998-12-31"},
		{"1998-WXX", "1998-01-01", "1998-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			e, l, ok := timex.Interval(tt.value)
			if !ok || e != tt.earliest || l != tt.latest {
				t.Errorf("Interval(%q) = %s, %s, %v; want %s, %s", tt.value, e, l, ok, tt.earliest, tt.latest)
			}
		})
	}
	for _, v := range []string{"P2Y", "PRESENT_REF", "XXXX-06", "2023-13", "2023-02-30", "", "abcd", "2023-Q5"} {
		if e, l, ok := timex.Interval(v); ok {
			t.Errorf("Interval(%q) = %s, %s, true; want not ok", v, e, l)
		}
	}
}

func TestBirthInterval(t *testing.T) {
	tests := []struct {
		years            int
		at               string
		earliest, latest string
	}{
		{42, "2023-08-07", "1980-08-08", "1981-08-07"},
		{12, "2023-08-07", "2010-08-08", "2011-08-07"},
		{0, "2023-08-07", "2022-08-08", "2023-08-07"},
	}
	for _, tt := range tests {
		at, _ := time.Parse("2006-01-02", tt.at)
		e, l := timex.BirthInterval(tt.years, at)
		if e != tt.earliest || l != tt.latest {
			t.Errorf("BirthInterval(%d, %s) = %s..%s; want %s..%s", tt.years, tt.at, e, l, tt.earliest, tt.latest)
		}
	}
}

func TestNewUnknownLanguage(t *testing.T) {
	if _, err := timex.New("xx"); err == nil {
		t.Error("New(xx): want an error")
	}
}

// TestStage runs the stage on a hand-built document: only the body is
// tagged, boilerplate is skipped, and Sentence indexes doc.Sentences.
func TestStage(t *testing.T) {
	tg, err := timex.New("en")
	if err != nil {
		t.Fatal(err)
	}
	text := "date 2023-08-07 They met in 2009. (Photo: 2010 archive) They married last week."
	s1 := hearsay.Span{Start: 16, End: 33}
	skip := hearsay.Span{Start: 34, End: 55}
	s2 := hearsay.Span{Start: 34, End: len(text)}
	doc := &hearsay.Document{
		Text:      text,
		Body:      hearsay.Span{Start: 16, End: len(text)},
		Date:      time.Date(2023, 8, 7, 0, 0, 0, 0, time.UTC),
		Skips:     []hearsay.Skip{{Span: skip, Kind: "photo-credit"}},
		Sentences: []hearsay.Sentence{{Span: s1}, {Span: s2}},
	}
	st := timex.NewStage(tg)
	if st.Name() == "" || len(st.Requires()) != 2 || st.Provides()[0] != hearsay.LayerTimexes {
		t.Fatalf("stage contract: %s %v %v", st.Name(), st.Requires(), st.Provides())
	}
	if err := st.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range doc.Timexes {
		got = append(got, x.Text+"="+x.Value)
		if text[x.Start:x.End] != x.Text {
			t.Errorf("span %d-%d is %q, not %q", x.Start, x.End, text[x.Start:x.End], x.Text)
		}
	}
	want := []string{"2009=2009", "last week=2023-W31"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("got %v, want %v", got, want)
	}
	if doc.Timexes[0].Sentence != 0 || doc.Timexes[1].Sentence != 1 {
		t.Errorf("sentences %d, %d; want 0, 1", doc.Timexes[0].Sentence, doc.Timexes[1].Sentence)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := st.Process(ctx, doc); err == nil {
		t.Error("Process with a cancelled context: want an error")
	}
}

// FuzzTag checks that tagging never panics and yields spans inside the
// text that match their Text.
func FuzzTag(f *testing.F) {
	tg, err := timex.New("en")
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"back in June", "Aug. 4, 2012 at 10 p.m.", "the 1990s", "42-year-old", "nineteen ninety-six",
		"", "May", "1,500", "twenty-", "a ", "10:", "3 p.", "\xff\xfe", "the year two thousand and", "1990s"} {
		f.Add(s)
	}
	dct := time.Date(2023, 8, 7, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, x := range tg.Tag(s, 0, dct, nil) {
			if x.Start < 0 || x.End > len(s) || x.Start >= x.End || s[x.Start:x.End] != x.Text {
				t.Fatalf("bad span %d-%d %q in %q", x.Start, x.End, x.Text, s)
			}
			if x.Value == "" || x.Rule == "" {
				t.Fatalf("empty value or rule: %+v", x)
			}
		}
	})
}

// BenchmarkTag tags a 4 KB news article; b.SetBytes makes -bench report
// MB/s, and cpu-us/op is the CPU time per article (unaffected by other
// processes on a busy machine).
func BenchmarkTag(b *testing.B) {
	tg, err := timex.New("en")
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("lang", "en", "testdata", "news.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	dct := time.Date(2021, 10, 5, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuclock.Used()
	for i := 0; i < b.N; i++ {
		tg.Tag(text, 0, dct, nil)
	}
	if c := cpuclock.Used() - c0; c > 0 {
		b.ReportMetric(float64(c.Microseconds())/float64(b.N), "cpu-us/op")
	}
}

// TestConcurrentTag tags from several goroutines with one Tagger, as the
// pipeline does (run with -race).
func TestConcurrentTag(t *testing.T) {
	tg, err := timex.New("en")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("lang", "en", "testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	dct := time.Date(2021, 10, 5, 0, 0, 0, 0, time.UTC)
	want := len(tg.Tag(string(data), 0, dct, nil))
	done := make(chan int)
	for g := 0; g < 4; g++ {
		go func() { done <- len(tg.Tag(string(data), 0, dct, nil)) }()
	}
	for g := 0; g < 4; g++ {
		if n := <-done; n != want {
			t.Errorf("got %d timexes, want %d", n, want)
		}
	}
}

// TestNoDate: without a document date, absolute expressions are resolved,
// months and weekdays stay underspecified, and date-relative ones are left out.
func TestNoDate(t *testing.T) {
	tg, err := timex.New("en")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range tg.Tag("In June 2009 they met; on Friday, last week, in June, two years later.", 0, time.Time{}, nil) {
		got = append(got, x.Text+"="+x.Value)
	}
	want := "June 2009=2009-06 Friday=XXXX-WXX-5 June=XXXX-06 two years later=2011"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
}

// TestEasterWeekBegun: a week named after Easter that has begun by the
// DCT is this year's, though Easter Sunday is still to come.
func TestEasterWeekBegun(t *testing.T) {
	tg, err := timex.New("en")
	if err != nil {
		t.Fatal(err)
	}
	dct := time.Date(2000, 4, 17, 0, 0, 0, 0, time.UTC)
	var got []string
	for _, x := range tg.Tag("Protesters prayed as Easter week began.", 0, dct, nil) {
		got = append(got, x.Text+"="+x.Value)
	}
	if want := "Easter week=2000-W16"; strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
}

// TestHolidayYearWithoutDCT: a yearly holiday in a year the text names
// needs no document date; without a year it stays unresolved.
func TestHolidayYearWithoutDCT(t *testing.T) {
	tg, err := timex.New("en")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	text := "They married on Diwali in 2019, met at Easter 2012 and split at Thanksgiving 2015, after Hanukkah."
	for _, x := range tg.Tag(text, 0, time.Time{}, nil) {
		got = append(got, x.Text+"="+x.Value)
	}
	if want := "Diwali=2019-10-27 2019=2019 Easter 2012=2012-04-08 Thanksgiving 2015=2015-11-26"; strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
}

// TestFeastUnderWay: a feast of several days under way at the DCT is the
// one a present or future clause means, not next year's.
func TestFeastUnderWay(t *testing.T) {
	tg, err := timex.New("en")
	if err != nil {
		t.Fatal(err)
	}
	dct := time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)
	var got []string
	for _, x := range tg.Tag("Muslims are fasting during Ramadan. Ramadan ends soon.", 0, dct, nil) {
		got = append(got, x.Text+"="+x.Value+"/"+x.Latest)
	}
	if want := "Ramadan=2024-03-11/2024-04-09 Ramadan=2024-03-11/2024-04-09"; strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
}
