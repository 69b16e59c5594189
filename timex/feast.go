package timex

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Movable feasts of the Hebrew, Islamic, Chinese and Hindu calendars and
// of the Orthodox churches, named in the lexicon feast.tsv by a code that
// =feast(code,dir) resolves. Each is computed, not looked up: the Hebrew
// calendar and the Julian computus exactly, the others from the Sun and
// the new and full moons of astro.go.

// feastCal is how one movable feast falls in the Gregorian calendar.
type feastCal struct {
	// first gives the first days of the feast in Gregorian year y (an
	// Islamic feast may fall twice in one year).
	first func(y int) []time.Time
	// days is how many days the name covers ("Hanukkah" eight, "Ramadan"
	// its month: 0 for a month of the lunar calendar, up to the eve of the
	// next).
	days int
}

// feastCals are the feasts by their code in feast.tsv.
var feastCals = map[string]feastCal{
	"cny":            {first: one(func(y int) time.Time { return lunisolarNewYear(y, 8*time.Hour) }), days: 1},
	"tet":            {first: one(func(y int) time.Time { return lunisolarNewYear(y, 7*time.Hour) }), days: 1},
	"qingming":       {first: one(func(y int) time.Time { return dayIn(sunReaches(y, 15), 8*time.Hour) }), days: 1},
	"dragonboat":     {first: one(func(y int) time.Time { return lunarMonthDay(y, 90, 5, 8*time.Hour) }), days: 1},
	"midautumn":      {first: one(func(y int) time.Time { return lunarMonthDay(y, 180, 15, 8*time.Hour) }), days: 1},
	"chuseok":        {first: one(func(y int) time.Time { return lunarMonthDay(y, 180, 15, 9*time.Hour) }), days: 1},
	"vesak":          {first: one(vesak), days: 1},
	"orthodoxeaster": {first: one(orthodoxEaster), days: 1},
	"eid":            {first: eitherEid, days: 1},
	"diwali":         {first: one(diwali), days: 1},
	"holi":           {first: one(holi), days: 1},
	"roshhashanah":   {first: one(func(y int) time.Time { return hebrewNewYear(y + 3761) }), days: 2},
	"yomkippur":      {first: one(func(y int) time.Time { return hebrewNewYear(y+3761).AddDate(0, 0, 9) }), days: 1},
	"sukkot":         {first: one(func(y int) time.Time { return hebrewNewYear(y+3761).AddDate(0, 0, 14) }), days: 7},
	"hanukkah":       {first: one(hanukkah), days: 8},
	"purim":          {first: one(func(y int) time.Time { return passover(y).AddDate(0, 0, -30) }), days: 1},
	"passover":       {first: one(passover), days: 8},
	"shavuot":        {first: one(func(y int) time.Time { return passover(y).AddDate(0, 0, 50) }), days: 2},
	"hijri":          {first: islamicMonthDay(1, 1), days: 1},
	"ashura":         {first: islamicMonthDay(1, 10), days: 1},
	"ramadan":        {first: islamicMonthDay(9, 1), days: 0},
	"eidfitr":        {first: islamicMonthDay(10, 1), days: 1},
	"eidadha":        {first: islamicMonthDay(12, 10), days: 1},
}

// feastYear names the days of one feast in one Gregorian year.
type feastYear struct {
	code string
	year int
}

// firstDays is cal.first(y) for the feast of that code, computed once per
// document.
func (r *resolver) firstDays(code string, cal feastCal, y int) []time.Time {
	k := feastYear{code, y}
	if days, ok := r.feastMemo[k]; ok {
		return days
	}
	days := cal.first(y)
	if r.feastMemo == nil {
		r.feastMemo = map[feastYear][]time.Time{}
	}
	r.feastMemo[k] = days
	return days
}

// one makes a feast that falls once a year.
func one(f func(int) time.Time) func(int) []time.Time {
	return func(y int) []time.Time { return []time.Time{f(y)} }
}

// rdDate is the Gregorian date of a fixed day number (R.D. 1 is
// January 1 of year 1), as in Reingold and Dershowitz's Calendrical
// Calculations.
func rdDate(rd int) time.Time {
	return time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rd-719163)
}

// hebrewElapsedDays is the number of days from the Hebrew epoch to the
// new year of Hebrew year y: the molad of Tishri with the postponements
// that keep Rosh Hashanah off a Sunday, Wednesday or Friday.
func hebrewElapsedDays(y int) int {
	months := (235*y - 234) / 19
	parts := 12084 + 13753*months
	day := 29*months + parts/25920
	if (3*(day+1))%7 < 3 {
		day++
	}
	return day
}

// hebrewNewYear is 1 Tishri (Rosh Hashanah) of Hebrew year y, with the
// postponements that keep years 353 to 385 days long.
func hebrewNewYear(y int) time.Time {
	ny0, ny1, ny2 := hebrewElapsedDays(y-1), hebrewElapsedDays(y), hebrewElapsedDays(y+1)
	corr := 0
	switch {
	case ny2-ny1 == 356:
		corr = 2
	case ny1-ny0 == 382:
		corr = 1
	}
	const hebrewEpoch = -1373427 // R.D. of 1 Tishri AM 1
	return rdDate(hebrewEpoch + ny1 + corr)
}

// hanukkah is the first day of Hanukkah (25 Kislev) in Gregorian year y:
// Tishri has 30 days, Heshvan 30 in a complete year (355 or 385 days)
// and 29 otherwise. The first candle is lit the evening before.
func hanukkah(y int) time.Time {
	ny := hebrewNewYear(y + 3761)
	length := int(hebrewNewYear(y+3762).Sub(ny).Hours()/24 + 0.5)
	heshvan := 29
	if length%10 == 5 {
		heshvan = 30
	}
	return ny.AddDate(0, 0, 30+heshvan+24)
}

// passover is the first day of Passover (15 Nisan) in Gregorian year y:
// always 163 days before the next Rosh Hashanah. The seder is the evening
// before. Purim (14 Adar, or Adar II in a leap year, a month of 29 days)
// is 30 days before it, Shavuot (6 Sivan) 50 days after.
func passover(y int) time.Time {
	return hebrewNewYear(y+3761).AddDate(0, 0, -163)
}

// islamicTabular is day d of month m of Islamic year iy in the tabular
// (arithmetical) Islamic calendar.
func islamicTabular(iy, m, d int) time.Time {
	const islamicEpoch = 227015 // R.D. of 1 Muharram AH 1 (July 16, 622, Julian)
	return rdDate(islamicEpoch - 1 + (iy-1)*354 + (3+11*iy)/30 + 29*(m-1) + m/2 + d)
}

// Mecca's latitude and longitude.
const meccaLat, meccaLon = 21.4225, 39.8262

// islamicMonthStart is the first day of the Islamic month whose tabular
// first day is tab, by the rule of Saudi Arabia's Umm al-Qura calendar:
// the month begins the day after the 29th when, that evening at Mecca,
// the conjunction has come before sunset and the Moon sets after the Sun;
// otherwise a day later. Countries that wait to see the new crescent
// often begin a day later.
func islamicMonthStart(tab time.Time) time.Time {
	c := newMoonOnOrAfter(tab.AddDate(0, 0, -5))
	day := dayIn(c, 3*time.Hour)
	set := sunset(day, meccaLat, meccaLon)
	if c.Before(set) && moonUpAt(set) {
		return day.AddDate(0, 0, 1)
	}
	return day.AddDate(0, 0, 2)
}

// moonUpAt tells whether the Moon has not yet set at Mecca at time t: its
// apparent altitude (lowered by the parallax, raised by the refraction,
// taken for the upper limb) is above the horizon.
func moonUpAt(t time.Time) bool {
	h := altitude(t, meccaLat, meccaLon, moonLongitude(t), moonLatitude(t))
	return h-0.95+0.57+0.26 > 0 // parallax, refraction, semidiameter
}

// islamicMonthDay gives the days d of Islamic month m that fall in a
// Gregorian year.
func islamicMonthDay(m, d int) func(int) []time.Time {
	return func(y int) []time.Time {
		var out []time.Time
		iy := int(float64(y-622)*33/32) - 1
		for i := iy; i <= iy+3; i++ {
			t := islamicMonthStart(islamicTabular(i, m, 1)).AddDate(0, 0, d-1)
			if t.Year() == y {
				out = append(out, t)
			}
		}
		return out
	}
}

// islamicMonthEnd is the last day of the Islamic month that begins on
// start.
func islamicMonthEnd(start time.Time) time.Time {
	next := islamicMonthStart(start.AddDate(0, 0, 30))
	return next.AddDate(0, 0, -1)
}

// lunisolarNewYear is the first day of the Chinese calendar's year that
// begins in Gregorian year y, with days counted in a zone offset east of
// UTC (UTC+8 for China; UTC+7 for Vietnam's Tết). Month 11 holds the
// winter solstice; the year begins two months after its start, three when
// a leap month (the first month without a major solar term, in a year of
// 13 months from one month 11 to the next) falls between.
func lunisolarNewYear(y int, zone time.Duration) time.Time {
	m11 := monthStartOnOrBefore(sunReaches(y-1, 270), zone)
	next11 := dayIn(monthStartOnOrBefore(sunReaches(y, 270), zone), zone)
	starts := []time.Time{m11}
	for dayIn(starts[len(starts)-1], zone).Before(next11) {
		starts = append(starts, newMoonOnOrAfter(starts[len(starts)-1].AddDate(0, 0, 20)))
	}
	if len(starts)-1 == 13 {
		for i := 1; i < 13; i++ {
			if !hasMajorTerm(starts[i], starts[i+1], zone) {
				if i <= 2 {
					return dayIn(starts[3], zone)
				}
				break
			}
		}
	}
	return dayIn(starts[2], zone)
}

// lunarMonthDay is day d of the Chinese calendar's month that holds the
// major solar term at the Sun's longitude lon in Gregorian year y, days
// counted in the zone: a leap month holds none, so the month holding the
// summer solstice (90°) is the fifth, the one holding the autumn equinox
// (180°) the eighth.
func lunarMonthDay(y int, lon float64, d int, zone time.Duration) time.Time {
	start := monthStartOnOrBefore(sunReaches(y, lon), zone)
	return dayIn(start, zone).AddDate(0, 0, d-1)
}

// monthStartOnOrBefore is the new moon that begins the lunar month
// holding t's day, in the zone offset east of UTC.
func monthStartOnOrBefore(t time.Time, zone time.Duration) time.Time {
	day := dayIn(t, zone)
	n := newMoonOnOrAfter(t.AddDate(0, 0, -31))
	for {
		next := newMoonOnOrAfter(n.AddDate(0, 0, 20))
		if dayIn(next, zone).After(day) {
			return n
		}
		n = next
	}
}

// hasMajorTerm tells whether the Sun's longitude reaches a multiple of
// 30° (a major solar term) in the lunar month from the day of new moon a
// to the day before that of new moon b, days counted in the zone.
func hasMajorTerm(a, b time.Time, zone time.Duration) bool {
	from := dayIn(a, zone).Add(-zone)
	to := dayIn(b, zone).Add(-zone)
	return math.Floor(sunLongitude(from)/30) != math.Floor(sunLongitude(to)/30)
}

// ist is India Standard Time's offset from UTC.
const ist = 5*time.Hour + 30*time.Minute

// hinduMonthStart is the new moon that begins the amanta lunar month whose
// Sun, sidereally, enters sign sign+1 (signs of 30°, 0 Aries): the new
// moon with the Sun in sign at it and past it at the next, in Gregorian
// year y (Kartika, whose eve is Diwali, has sign 6, Libra; Phalguna, whose
// full moon is Holi's eve, has sign 10).
func hinduMonthStart(y, sign int) time.Time {
	n := newMoonOnOrAfter(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -29))
	for i := 0; i < 15; i++ {
		next := newMoonOnOrAfter(n.AddDate(0, 0, 20))
		if int(siderealSunLongitude(n)/30) == sign && int(siderealSunLongitude(next)/30) == (sign+1)%12 {
			return n
		}
		n = next
	}
	return n
}

// diwali is Diwali (Lakshmi Puja) in Gregorian year y: the first evening
// within the amavasya (the lunar day, elongation 348° to 360°, that ends
// at the new moon beginning Kartika), evening taken as 18:00 India time;
// when the amavasya holds no evening, the evening before its end. When it
// spans two evenings almanacs differ; this takes the first, as most did in
// 2024.
func diwali(y int) time.Time {
	nm := hinduMonthStart(y, 6)
	start := elongationReaches(nm, 348)
	day := dayIn(start, ist)
	if evening := day.Add(18*time.Hour - ist); evening.Before(start) {
		day = day.AddDate(0, 0, 1)
	}
	if day.Add(18*time.Hour - ist).After(nm) {
		day = day.AddDate(0, 0, -1)
	}
	return day
}

// holi is Holi, the day of colours, in Gregorian year y: the day after
// Holika Dahan, the last evening before the full moon of Phalguna (taken
// as the Indian day of the moment 18 hours before it).
func holi(y int) time.Time {
	full := fullMoonOnOrAfter(hinduMonthStart(y, 10))
	return dayIn(full.Add(-18*time.Hour), ist).AddDate(0, 0, 1)
}

// vesak is Vesak (Buddha Day) in Gregorian year y as Sri Lanka and the
// United Nations keep it: the first full moon of May, India time (several
// countries of East Asia keep it on a full moon a month later in some
// years).
func vesak(y int) time.Time {
	f := fullMoonOnOrAfter(time.Date(y, 4, 30, 0, 0, 0, 0, time.UTC))
	for dayIn(f, ist).Month() < time.May {
		f = fullMoonOnOrAfter(f.AddDate(0, 0, 20))
	}
	return dayIn(f, ist)
}

// orthodoxEaster is Easter Sunday of the Orthodox churches in Gregorian
// year y: the Julian computus (Meeus), its Julian date moved to the
// Gregorian calendar (13 days from 1900 to 2099; the gap grows a day in
// each century year not a multiple of 400).
func orthodoxEaster(y int) time.Time {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	gap := y/100 - y/400 - 2
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, gap)
}

// eitherEid gives the days of both Eids in Gregorian year y, in order:
// "Eid" alone is the one nearest in the direction the text points.
func eitherEid(y int) []time.Time {
	days := append(islamicMonthDay(10, 1)(y), islamicMonthDay(12, 10)(y)...)
	sort.Slice(days, func(i, j int) bool { return days[i].Before(days[j]) })
	return days
}

// feastDays is the first and last day of the feast that begins on first.
func feastDays(cal feastCal, first time.Time) (time.Time, time.Time) {
	if cal.days == 0 {
		return first, islamicMonthEnd(first)
	}
	return first, first.AddDate(0, 0, cal.days-1)
}

// feast resolves "=feast(code,dir[,off])" (the first day of a movable
// feast of feast.tsv, moved by off days: "the eve of Passover" is -1)
// and, with last, "=feastend(code,dir)" (its last day): in the
// year given as dir (four digits, or "y-1", a year counted from the
// DCT's), otherwise the occurrence dir points to
// from the DCT, as for =easter, or from the last mentioned time (dir 4, 6,
// -6, as for =season).
func (r *resolver) feast(args []string, suffix string, dir func(int) int, last bool) (string, bool, error) {
	bad := fmt.Errorf("bad call feast(%s)", strings.Join(args, ","))
	off := 0
	if len(args) == 3 {
		n, err := strconv.Atoi(args[2])
		if err != nil || n < -7 || n > 7 {
			return "", false, bad
		}
		args, off = args[:2], n
	}
	if len(args) != 2 {
		return "", false, bad
	}
	cal, ok := feastCals[args[0]]
	rel := strings.HasPrefix(args[1], "y") // "y-1": a year counted from the DCT's
	d, err := strconv.Atoi(strings.TrimPrefix(strings.TrimPrefix(args[1], "y"), "+"))
	if !ok || err != nil {
		return "", false, bad
	}
	if rel {
		d += r.dct.Year()
	}
	var t time.Time
	ana := false
	if rel || len(args[1]) == 4 {
		days := r.firstDays(args[0], cal, d)
		if len(days) == 0 {
			return "", false, bad
		}
		t = days[0]
	} else if at, ok := r.feastFromAnchor(args[0], cal, d); ok {
		t, ana = at, true
	} else if at, ok := r.feastNearDay(args[0], cal, d); ok {
		t = at
	} else {
		y := r.dct.Year()
		var cands []time.Time
		for _, yy := range []int{y - 1, y, y + 1} {
			cands = append(cands, r.firstDays(args[0], cal, yy)...)
		}
		t = r.occurrence(cal, cands, dir(d))
	}
	if last {
		_, t = feastDays(cal, t)
	}
	return r.value(t.AddDate(0, 0, off), granDay, suffix), ana, nil
}

// feastNearDay finds, for a feast named with no direction (d 0), the
// occurrence within a week of the day last mentioned, when that day is in
// a year other than the DCT's: the narrative is at that time ("On Dec.
// 20, 2019, they met; on Hanukkah they married", as for holidayNearDay).
func (r *resolver) feastNearDay(code string, cal feastCal, d int) (time.Time, bool) {
	if d != 0 || !r.hasAnchor || r.anchorGran != granDay || r.anchor.Year() == r.dct.Year() {
		return time.Time{}, false
	}
	const week = 7 * 24 * time.Hour
	y := r.anchor.Year()
	for _, yy := range []int{y - 1, y, y + 1} {
		for _, c := range r.firstDays(code, cal, yy) {
			if absDuration(c.Sub(r.anchor)) <= week {
				return c, true
			}
		}
	}
	return time.Time{}, false
}

// feastFromAnchor finds a feast by the last mentioned time (a year or
// finer), as dir says: 4 in its year ("that Ramadan"), 6 the first after
// it ("the following Passover"), -6 the last before it; ok is false for
// other directions or with no such time.
func (r *resolver) feastFromAnchor(code string, cal feastCal, d int) (time.Time, bool) {
	if d != 4 && d != 6 && d != -6 || !r.hasAnchor || r.anchorGran < granYear {
		return time.Time{}, false
	}
	y := r.anchor.Year()
	if d == 4 {
		days := r.firstDays(code, cal, y)
		if len(days) == 0 {
			return time.Time{}, false
		}
		return days[0], true
	}
	end := shift(r.anchor, r.anchorGran, 1)
	var cands []time.Time
	for _, yy := range []int{y - 1, y, y + 1, y + 2} {
		cands = append(cands, r.firstDays(code, cal, yy)...)
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].Before(cands[j]) })
	if d == 6 {
		for _, c := range cands {
			if !c.Before(end) {
				return c, true
			}
		}
		return time.Time{}, false
	}
	for i := len(cands) - 1; i >= 0; i-- {
		if cands[i].Before(r.anchor) {
			return cands[i], true
		}
	}
	return time.Time{}, false
}

// occurrence picks of the first days of a yearly feast the one direction
// d points to, as yearOfDay does: the next not over by the DCT (1, 2: a
// feast under way, "Muslims are fasting for Ramadan", is the next), the
// nearest with the past favoured (3), else the last begun by the DCT.
func (r *resolver) occurrence(cal feastCal, cands []time.Time, d int) time.Time {
	sort.Slice(cands, func(i, j int) bool { return cands[i].Before(cands[j]) })
	dct := time.Date(r.dct.Year(), r.dct.Month(), r.dct.Day(), 0, 0, 0, 0, time.UTC)
	switch d {
	case 2, 1:
		for _, c := range cands {
			if _, end := feastDays(cal, c); !end.Before(dct) {
				return c
			}
		}
		return cands[len(cands)-1]
	case 3:
		best, bestDist := cands[0], time.Duration(1<<62)
		for _, c := range cands {
			_, end := feastDays(cal, c)
			var dist time.Duration
			switch {
			case end.Before(dct):
				dist = dct.Sub(end)
			case c.After(dct):
				dist = c.Sub(dct)
				dist += dist / 2 // news speaks more of the past
			}
			if dist < bestDist {
				best, bestDist = c, dist
			}
		}
		return best
	}
	best := cands[0]
	for _, c := range cands {
		if !c.After(dct) {
			best = c
		}
	}
	return best
}
