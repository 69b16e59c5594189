package timex

import (
	"math"
	"time"
)

// Astronomy for the lunar and lunisolar calendars: mean-to-true new and
// full moons (Meeus, Astronomical Algorithms, ch. 49) and the Sun's
// apparent longitude (ch. 25). Times are UTC to within a few minutes,
// enough to place a feast on its day.

// unixJD is the Julian day of the Unix epoch.
const unixJD = 2440587.5

// timeOfJD is the UTC time of a Julian day.
func timeOfJD(jd float64) time.Time {
	sec := (jd - unixJD) * 86400
	return time.Unix(int64(math.Round(sec)), 0).UTC()
}

// jdOfTime is the Julian day of a time.
func jdOfTime(t time.Time) float64 {
	return float64(t.Unix())/86400 + unixJD
}

// deltaT is an estimate of TT - UT in seconds for a year (Espenak and
// Meeus polynomials, 1986 to 2050; a constant outside).
func deltaT(year float64) float64 {
	switch {
	case year < 1986:
		return 55
	case year < 2005:
		t := year - 2000
		return 63.86 + 0.3345*t - 0.060374*t*t + 0.0017275*t*t*t + 0.000651814*t*t*t*t + 0.00002373599*t*t*t*t*t
	case year < 2050:
		t := year - 2000
		return 62.92 + 0.32217*t + 0.005589*t*t
	}
	return 93
}

// sinDeg is the sine of an angle in degrees.
func sinDeg(x float64) float64 { return math.Sin(x * math.Pi / 180) }

// moonPhase is the UTC time of lunation k's new moon (k an integer, k 0
// the new moon of 2000-01-06) or full moon (k + 0.5), Meeus ch. 49.
func moonPhase(k float64) time.Time {
	full := k-math.Floor(k) > 0.25
	t := k / 1236.85
	jde := 2451550.09766 + 29.530588861*k + 0.00015437*t*t - 0.000000150*t*t*t + 0.00000000073*t*t*t*t
	e := 1 - 0.002516*t - 0.0000074*t*t
	m := 2.5534 + 29.10535670*k - 0.0000014*t*t - 0.00000011*t*t*t
	mp := 201.5643 + 385.81693528*k + 0.0107582*t*t + 0.00001238*t*t*t - 0.000000058*t*t*t*t
	f := 160.7108 + 390.67050284*k - 0.0016118*t*t - 0.00000227*t*t*t + 0.000000011*t*t*t*t
	om := 124.7746 - 1.56375588*k + 0.0020672*t*t + 0.00000215*t*t*t
	c := []float64{-0.40720, 0.17241, 0.01608, 0.01039, 0.00739, -0.00514, 0.00208}
	if full {
		c = []float64{-0.40614, 0.17302, 0.01614, 0.01043, 0.00734, -0.00515, 0.00209}
	}
	corr := c[0]*sinDeg(mp) + c[1]*e*sinDeg(m) + c[2]*sinDeg(2*mp) + c[3]*sinDeg(2*f) +
		c[4]*e*sinDeg(mp-m) + c[5]*e*sinDeg(mp+m) + c[6]*e*e*sinDeg(2*m) -
		0.00111*sinDeg(mp-2*f) - 0.00057*sinDeg(mp+2*f) + 0.00056*e*sinDeg(2*mp+m) -
		0.00042*sinDeg(3*mp) + 0.00042*e*sinDeg(m+2*f) + 0.00038*e*sinDeg(m-2*f) -
		0.00024*e*sinDeg(2*mp-m) - 0.00017*sinDeg(om) - 0.00007*sinDeg(mp+2*m) +
		0.00004*sinDeg(2*mp-2*f) + 0.00004*sinDeg(3*m) + 0.00003*sinDeg(mp+m-2*f) +
		0.00003*sinDeg(2*mp+2*f) - 0.00003*sinDeg(mp+m+2*f) + 0.00003*sinDeg(mp-m+2*f) -
		0.00002*sinDeg(mp-m-2*f) - 0.00002*sinDeg(3*mp+m) + 0.00002*sinDeg(4*mp)
	a := [...][3]float64{
		{299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
		{349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
		{207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
		{207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
		{239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023},
	}
	for i, x := range a {
		arg := x[0] + x[1]*k
		if i == 0 {
			arg -= 0.009173 * t * t
		}
		corr += x[2] * sinDeg(arg)
	}
	jde += corr
	year := 2000 + k/12.3685
	return timeOfJD(jde - deltaT(year)/86400)
}

// newMoonOnOrAfter is the first new moon at or after t.
func newMoonOnOrAfter(t time.Time) time.Time {
	return phaseOnOrAfter(t, 0)
}

// fullMoonOnOrAfter is the first full moon at or after t.
func fullMoonOnOrAfter(t time.Time) time.Time {
	return phaseOnOrAfter(t, 0.5)
}

// phaseOnOrAfter is the first new (frac 0) or full (frac 0.5) moon at or
// after t.
func phaseOnOrAfter(t time.Time, frac float64) time.Time {
	year := float64(t.Year()) + float64(t.YearDay()-1)/365.25
	k := math.Floor((year-2000)*12.3685) - 1 + frac
	for {
		p := moonPhase(k)
		if !p.Before(t) {
			return p
		}
		k++
	}
}

// sunLongitude is the Sun's apparent ecliptic longitude in degrees
// [0, 360) at time t (Meeus ch. 25, to about 0.01°).
func sunLongitude(t time.Time) float64 {
	jde := jdOfTime(t) + deltaT(float64(t.Year()))/86400
	c := (jde - 2451545) / 36525
	l0 := 280.46646 + 36000.76983*c + 0.0003032*c*c
	m := 357.52911 + 35999.05029*c - 0.0001537*c*c
	eq := (1.914602-0.004817*c-0.000014*c*c)*sinDeg(m) + (0.019993-0.000101*c)*sinDeg(2*m) + 0.000289*sinDeg(3*m)
	om := 125.04 - 1934.136*c
	l := l0 + eq - 0.00569 - 0.00478*sinDeg(om)
	return math.Mod(math.Mod(l, 360)+360, 360)
}

// sunReaches is the time in Gregorian year y at which the Sun's
// apparent longitude reaches lon degrees (found by bisection).
func sunReaches(y int, lon float64) time.Time {
	// days after the March equinox, roughly
	guess := time.Date(y, 3, 20, 0, 0, 0, 0, time.UTC).Add(time.Duration(lon / 360 * 365.2422 * 24 * float64(time.Hour)))
	lo, hi := guess.AddDate(0, 0, -5), guess.AddDate(0, 0, 5)
	past := func(t time.Time) bool { // the Sun is past lon at t
		d := math.Mod(sunLongitude(t)-lon+540, 360) - 180
		return d >= 0
	}
	return firstPast(lo, hi, past)
}

// firstPast returns, to the minute, the first time in [lo, hi] at which
// past holds, past being false at lo and true at hi and changing once
// (found by bisection).
func firstPast(lo, hi time.Time, past func(time.Time) bool) time.Time {
	for hi.Sub(lo) > time.Minute {
		mid := lo.Add(hi.Sub(lo) / 2)
		if past(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}

// lahiriAyanamsa is the Lahiri ayanamsa (the sidereal zodiac's offset from
// the tropical one) in degrees at time t, linear about J2000.
func lahiriAyanamsa(t time.Time) float64 {
	year := float64(t.Year()) + float64(t.YearDay()-1)/365.25
	return 23.853 + (year-2000)*0.013969
}

// siderealSunLongitude is the Sun's sidereal (Lahiri) longitude in degrees
// [0, 360) at time t, which names the months of the Hindu calendar.
func siderealSunLongitude(t time.Time) float64 {
	return math.Mod(sunLongitude(t)-lahiriAyanamsa(t)+360, 360)
}

// dayIn is the calendar day at t in a time zone offset hours east of UTC.
func dayIn(t time.Time, offset time.Duration) time.Time {
	l := t.Add(offset)
	return time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, time.UTC)
}

// moonTerms are the largest periodic terms of the Moon's longitude (Meeus
// table 47.A): multiples of D, M, M', F and the coefficient in 1e-6
// degrees (those with M scaled by E).
var moonTerms = [...][5]float64{
	{0, 0, 1, 0, 6288774}, {2, 0, -1, 0, 1274027}, {2, 0, 0, 0, 658314}, {0, 0, 2, 0, 213618},
	{0, 1, 0, 0, -185116}, {0, 0, 0, 2, -114332}, {2, 0, -2, 0, 58793}, {2, -1, -1, 0, 57066},
	{2, 0, 1, 0, 53322}, {2, -1, 0, 0, 45758}, {0, 1, -1, 0, -40923}, {1, 0, 0, 0, -34720},
	{0, 1, 1, 0, -30383}, {2, 0, 0, -2, 15327}, {0, 0, 1, 2, -12528}, {0, 0, 1, -2, 10980},
	{4, 0, -1, 0, 10675}, {0, 0, 3, 0, 10034}, {4, 0, -2, 0, 8548}, {2, 1, -1, 0, -7888},
	{2, 1, 0, 0, -6766}, {1, 0, -1, 0, -5163}, {1, 1, 0, 0, 4987}, {2, -1, 1, 0, 4036},
	{2, 0, 2, 0, 3994}, {4, 0, 0, 0, 3861}, {2, 0, -3, 0, 3665}, {0, 1, -2, 0, -2689},
	{2, 0, -1, 2, -2602}, {2, -1, -2, 0, 2390}, {1, 0, 1, 0, -2348}, {2, -2, 0, 0, 2236},
}

// moonLongitude is the Moon's geocentric ecliptic longitude in degrees
// [0, 360) at time t (Meeus ch. 47, its largest terms: to a few
// hundredths of a degree), without nutation.
func moonLongitude(t time.Time) float64 {
	jde := jdOfTime(t) + deltaT(float64(t.Year()))/86400
	c := (jde - 2451545) / 36525
	lp := 218.3164477 + 481267.88123421*c - 0.0015786*c*c
	d := 297.8501921 + 445267.1114034*c - 0.0018819*c*c
	m := 357.5291092 + 35999.0502909*c - 0.0001536*c*c
	mp := 134.9633964 + 477198.8675055*c + 0.0087414*c*c
	f := 93.2720950 + 483202.0175233*c - 0.0036539*c*c
	e := 1 - 0.002516*c - 0.0000074*c*c
	sum := 0.0
	for _, x := range moonTerms {
		v := x[4] * sinDeg(x[0]*d+x[1]*m+x[2]*mp+x[3]*f)
		switch math.Abs(x[1]) {
		case 1:
			v *= e
		case 2:
			v *= e * e
		}
		sum += v
	}
	a1 := 119.75 + 131.849*c
	a2 := 53.09 + 479264.290*c
	sum += 3958*sinDeg(a1) + 1962*sinDeg(lp-f) + 318*sinDeg(a2)
	l := lp + sum/1e6
	return math.Mod(math.Mod(l, 360)+360, 360)
}

// elongationReaches is the last time before t at which the Moon's
// elongation from the Sun (its longitude less the Sun's, the measure of
// the Hindu lunar day, 12° each) was deg degrees (found by bisection
// within the three days before).
func elongationReaches(t time.Time, deg float64) time.Time {
	lo, hi := t.Add(-72*time.Hour), t
	past := func(x time.Time) bool {
		el := math.Mod(moonLongitude(x)-sunLongitude(x)+720, 360)
		return math.Mod(el-deg+540, 360)-180 >= 0
	}
	return firstPast(lo, hi, past)
}

// moonLatTerms are the largest periodic terms of the Moon's ecliptic
// latitude (Meeus table 47.B): multiples of D, M, M', F and the
// coefficient in 1e-6 degrees.
var moonLatTerms = [...][5]float64{
	{0, 0, 0, 1, 5128122}, {0, 0, 1, 1, 280602}, {0, 0, 1, -1, 277693}, {2, 0, 0, -1, 173237},
	{2, 0, -1, 1, 55413}, {2, 0, -1, -1, 46271}, {2, 0, 0, 1, 32573}, {0, 0, 2, 1, 17198},
	{2, 0, 1, -1, 9266}, {0, 0, 2, -1, 8822}, {2, -1, 0, -1, 8216}, {2, 0, -2, -1, 4324},
}

// moonLatitude is the Moon's geocentric ecliptic latitude in degrees at
// time t (Meeus ch. 47, its largest terms).
func moonLatitude(t time.Time) float64 {
	jde := jdOfTime(t) + deltaT(float64(t.Year()))/86400
	c := (jde - 2451545) / 36525
	d := 297.8501921 + 445267.1114034*c
	m := 357.5291092 + 35999.0502909*c
	mp := 134.9633964 + 477198.8675055*c
	f := 93.2720950 + 483202.0175233*c
	e := 1 - 0.002516*c
	sum := 0.0
	for _, x := range moonLatTerms {
		v := x[4] * sinDeg(x[0]*d+x[1]*m+x[2]*mp+x[3]*f)
		if x[1] != 0 {
			v *= e
		}
		sum += v
	}
	return sum / 1e6
}

// altitude is the altitude in degrees above the horizon, at time t and
// latitude lat, longitude lon (degrees, east positive), of a body at
// ecliptic longitude el and latitude eb (geocentric, without parallax).
func altitude(t time.Time, lat, lon, el, eb float64) float64 {
	const eps = 23.4393 * math.Pi / 180
	l, b := el*math.Pi/180, eb*math.Pi/180
	ra := math.Atan2(math.Sin(l)*math.Cos(eps)-math.Tan(b)*math.Sin(eps), math.Cos(l))
	dec := math.Asin(math.Sin(b)*math.Cos(eps) + math.Cos(b)*math.Sin(eps)*math.Sin(l))
	gmst := 280.46061837 + 360.98564736629*(jdOfTime(t)-2451545)
	h := (gmst+lon)*math.Pi/180 - ra
	phi := lat * math.Pi / 180
	return math.Asin(math.Sin(phi)*math.Sin(dec)+math.Cos(phi)*math.Cos(dec)*math.Cos(h)) * 180 / math.Pi
}

// sunset is the time of sunset (the Sun's upper limb on the horizon,
// with refraction: altitude -0.833°) on the UTC day of t at latitude lat,
// longitude lon.
func sunset(t time.Time, lat, lon float64) time.Time {
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	noon := day.Add(time.Duration((12 - lon/15) * float64(time.Hour)))
	lo, hi := noon, noon.Add(12*time.Hour)
	for hi.Sub(lo) > 20*time.Second {
		mid := lo.Add(hi.Sub(lo) / 2)
		if altitude(mid, lat, lon, sunLongitude(mid), 0) > -0.833 {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hi
}
