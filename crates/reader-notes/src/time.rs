//! Times: milliseconds since the Unix epoch (what JavaScript's `Date.now()` gives), written and
//! read as ISO 8601 / `xsd:dateTime` in UTC ("2026-12-07T16:45:00.123Z", what `toISOString()`
//! gives), the form the Web Annotation model uses for `created` and `modified`.

use std::fmt;

use reader_cite::Day;

/// A moment, in milliseconds since 1970-01-01T00:00:00Z; years 1970 to 9999.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(u64);

const MS_PER_DAY: u64 = 86_400_000;

impl Timestamp {
    /// The last moment a timestamp can hold (9999-12-31T23:59:59.999Z).
    pub const MAX: Timestamp = Timestamp(253_402_300_799_999);

    /// The moment `ms` milliseconds after the epoch, if it is before the year 10000. A
    /// JavaScript time (an `f64`) is truncated to whole milliseconds by the caller.
    ///
    /// ```
    /// use reader_notes::Timestamp;
    /// assert_eq!(Timestamp::from_millis(0).unwrap().to_iso(), "1970-01-01T00:00:00.000Z");
    /// assert!(Timestamp::from_millis(u64::MAX).is_none());
    /// ```
    pub fn from_millis(ms: u64) -> Option<Timestamp> {
        (ms <= Timestamp::MAX.0).then_some(Timestamp(ms))
    }

    /// Milliseconds since the epoch.
    pub fn millis(self) -> u64 {
        self.0
    }

    /// The next millisecond (or this one at the end of time): what an edit stamps when the
    /// clock has not moved on, so an edit is always newer than what it changes.
    pub fn next(self) -> Timestamp {
        Timestamp((self.0 + 1).min(Timestamp::MAX.0))
    }

    /// "2026-12-07T16:45:00.123Z".
    pub fn to_iso(self) -> String {
        let (y, m, d) = civil_from_days((self.0 / MS_PER_DAY) as i64);
        let ms = self.0 % MS_PER_DAY;
        let mut s = String::with_capacity(24);
        push_digits(&mut s, y as u64, 4);
        s.push('-');
        push_digits(&mut s, m.into(), 2);
        s.push('-');
        push_digits(&mut s, d.into(), 2);
        s.push('T');
        push_digits(&mut s, ms / 3_600_000, 2);
        s.push(':');
        push_digits(&mut s, ms / 60_000 % 60, 2);
        s.push(':');
        push_digits(&mut s, ms / 1000 % 60, 2);
        s.push('.');
        push_digits(&mut s, ms % 1000, 3);
        s.push('Z');
        s
    }

    /// The calendar day in UTC, for a citation's access date.
    pub fn day(self) -> Day {
        let (year, month, day) = civil_from_days((self.0 / MS_PER_DAY) as i64);
        Day {
            year: year as u16,
            month,
            day,
        }
    }

    /// Reads an `xsd:dateTime` with a time zone: `2026-12-07T16:45:00Z`, with a fraction of a
    /// second (kept to the millisecond) and `Z` or an offset such as `+01:00`.
    ///
    /// ```
    /// use reader_notes::Timestamp;
    /// let t = Timestamp::parse_iso("2026-12-07T17:45:00.1234+01:00").unwrap();
    /// assert_eq!(t.to_iso(), "2026-12-07T16:45:00.123Z");
    /// assert!(Timestamp::parse_iso("2026-02-30T00:00:00Z").is_none());
    /// assert!(Timestamp::parse_iso("2026-12-07T16:45:00").is_none()); // no time zone
    /// ```
    pub fn parse_iso(s: &str) -> Option<Timestamp> {
        let b = s.as_bytes();
        let num = |from: usize, len: usize| -> Option<u64> {
            let digits = b.get(from..from + len)?;
            digits.iter().try_fold(0u64, |n, &c| {
                c.is_ascii_digit().then(|| n * 10 + u64::from(c - b'0'))
            })
        };
        let sep = |at: usize, c: u8| b.get(at) == Some(&c);
        if !(sep(4, b'-') && sep(7, b'-') && sep(10, b'T') && sep(13, b':') && sep(16, b':')) {
            return None;
        }
        let (year, month, day) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
        let (hour, minute, second) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
        if !(1..=12).contains(&month)
            || day == 0
            || day > days_in_month(year, month)
            || hour > 23
            || minute > 59
            || second > 59
        {
            return None;
        }
        let mut at = 19;
        let mut ms = 0;
        if sep(at, b'.') {
            let digits = b[at + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if digits == 0 || digits > 9 {
                return None;
            }
            for i in 0..3 {
                ms = ms * 10 + if i < digits { num(at + 1 + i, 1)? } else { 0 };
            }
            at += 1 + digits;
        }
        let offset_minutes: i64 = match b.get(at..) {
            Some(b"Z") => 0,
            Some([sign @ (b'+' | b'-'), _, _, b':', _, _]) => {
                let (h, m) = (num(at + 1, 2)?, num(at + 4, 2)?);
                if h > 23 || m > 59 {
                    return None;
                }
                let minutes = (h * 60 + m) as i64;
                if *sign == b'+' {
                    minutes
                } else {
                    -minutes
                }
            }
            _ => return None,
        };
        let days = days_from_civil(year as i64, month as u32, day as u32);
        let local =
            days * MS_PER_DAY as i64 + ((hour * 3600 + minute * 60 + second) * 1000 + ms) as i64;
        let utc = local - offset_minutes * 60_000;
        u64::try_from(utc).ok().and_then(Timestamp::from_millis)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}

fn push_digits(s: &mut String, n: u64, width: usize) {
    let digits = n.to_string();
    for _ in digits.len()..width {
        s.push('0');
    }
    s.push_str(&digits);
}

fn days_in_month(year: u64, month: u64) -> u64 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = i64::from((m + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number from [`days_from_civil`].
fn civil_from_days(z: i64) -> (i64, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_round_trips_at_the_edges_of_the_calendar() {
        for iso in [
            "1970-01-01T00:00:00.000Z",
            "2000-02-29T23:59:59.999Z",
            "2026-12-07T16:45:00.123Z",
            "9999-12-31T23:59:59.999Z",
        ] {
            let t = Timestamp::parse_iso(iso).unwrap();
            assert_eq!(t.to_iso(), iso);
        }
        assert_eq!(
            Timestamp::parse_iso("9999-12-31T23:59:59.999Z"),
            Some(Timestamp::MAX)
        );
        let t = Timestamp::parse_iso("2026-12-07T16:45:00Z").unwrap();
        assert_eq!(t.millis(), 1_796_661_900_000);
        assert_eq!(t.day(), Day::parse_iso("2026-12-07").unwrap());
    }

    #[test]
    fn malformed_times_are_refused() {
        for bad in [
            "",
            "2026-12-07",
            "2026-12-07T16:45:00.Z",
            "2026-12-07T16:45:00.1234567890Z",
            "2026-12-07T24:00:00Z",
            "2026-13-07T16:45:00Z",
            "2100-02-29T00:00:00Z",
            "1969-12-31T23:59:59Z",
            "1970-01-01T00:30:00+01:00",
            "2026-12-07T16:45:00+1:00",
            "2026-12-07T16:45:00Zjunk",
            "２０２６-12-07T16:45:00Z",
        ] {
            assert_eq!(Timestamp::parse_iso(bad), None, "{bad:?}");
        }
        assert_eq!(Timestamp::MAX.next(), Timestamp::MAX);
    }
}
