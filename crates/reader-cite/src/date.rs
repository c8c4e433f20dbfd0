//! Dates: the work's publication date as the edition states it ("2019", "September 2019",
//! "September 17, 2019"), the access date the caller gives, and how each style writes them.

use crate::CiteError;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// MLA 9 abbreviates months longer than four letters (May, June and July stay whole).
const MLA_MONTHS: [&str; 12] = [
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
];

/// A date of publication: as precise as the edition states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PubDate {
    /// The year.
    pub year: u16,
    /// The month, 1 to 12, if stated.
    pub month: Option<u8>,
    /// The day of the month, if stated (only with a month).
    pub day: Option<u8>,
}

impl PubDate {
    /// Reads "2019", "September 2019" or "September 17, 2019".
    ///
    /// ```
    /// use reader_cite::PubDate;
    /// let d = PubDate::parse("September 2019").unwrap();
    /// assert_eq!((d.year, d.month, d.day), (2019, Some(9), None));
    /// assert!(PubDate::parse("autumn 2019").is_err());
    /// ```
    pub fn parse(s: &str) -> Result<PubDate, CiteError> {
        let bad = || CiteError::BadDate(s.to_string());
        let words: Vec<&str> = s.split_whitespace().collect();
        let (month, day, year) = match words[..] {
            [y] => (None, None, y),
            [m, y] => (Some(m), None, y),
            [m, d, y] => (Some(m), Some(d.strip_suffix(',').ok_or_else(bad)?), y),
            _ => return Err(bad()),
        };
        let month = match month {
            Some(m) => Some(MONTHS.iter().position(|n| *n == m).ok_or_else(bad)? as u8 + 1),
            None => None,
        };
        let day = match day {
            Some(d) => Some(
                d.parse::<u8>()
                    .ok()
                    .filter(|d| (1..=31).contains(d))
                    .ok_or_else(bad)?,
            ),
            None => None,
        };
        let year = year.parse::<u16>().map_err(|_| bad())?;
        Ok(PubDate { year, month, day })
    }

    /// Chicago: "2019", "September 2019", "September 17, 2019".
    pub(crate) fn chicago(&self) -> String {
        let mut s = String::new();
        if let Some(m) = self.month {
            s.push_str(MONTHS[m as usize - 1]);
            s.push(' ');
            if let Some(d) = self.day {
                s.push_str(&d.to_string());
                s.push_str(", ");
            }
        }
        s.push_str(&self.year.to_string());
        s
    }

    /// APA 7: "2019", "2019, September", "2019, September 17".
    pub(crate) fn apa(&self) -> String {
        let mut s = self.year.to_string();
        if let Some(m) = self.month {
            s.push_str(", ");
            s.push_str(MONTHS[m as usize - 1]);
            if let Some(d) = self.day {
                s.push(' ');
                s.push_str(&d.to_string());
            }
        }
        s
    }

    /// MLA 9: "2019", "Sept. 2019", "17 Sept. 2019".
    pub(crate) fn mla(&self) -> String {
        mla(self.year, self.month, self.day)
    }
}

/// A calendar day: the date the reader accessed the work (today, given by the caller).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Day {
    /// The year.
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31.
    pub day: u8,
}

impl Day {
    /// Reads an ISO date, "2026-12-07" (what JavaScript's `toISOString().slice(0, 10)` gives).
    ///
    /// ```
    /// let d = reader_cite::Day::parse_iso("2026-12-07").unwrap();
    /// assert_eq!((d.year, d.month, d.day), (2026, 12, 7));
    /// assert!(reader_cite::Day::parse_iso("2026-13-01").is_err());
    /// ```
    pub fn parse_iso(s: &str) -> Result<Day, CiteError> {
        let bad = || CiteError::BadAccessDate(s.to_string());
        let mut parts = s.split('-');
        let mut next = |len: usize| {
            parts
                .next()
                .filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|p| p.parse::<u16>().ok())
                .ok_or_else(bad)
        };
        let (year, month, day) = (next(4)?, next(2)?, next(2)?);
        if parts.next().is_some() || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return Err(bad());
        }
        Ok(Day {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Chicago: "December 7, 2026".
    pub(crate) fn chicago(&self) -> String {
        PubDate {
            year: self.year,
            month: Some(self.month),
            day: Some(self.day),
        }
        .chicago()
    }

    /// MLA 9: "7 Dec. 2026".
    pub(crate) fn mla(&self) -> String {
        mla(self.year, Some(self.month), Some(self.day))
    }

    /// ISO 8601 with `sep` between the parts: "2026-12-07" (BibTeX), "2026/12/07" (RIS).
    pub(crate) fn iso(&self, sep: char) -> String {
        let mut s = self.year.to_string();
        for n in [self.month, self.day] {
            s.push(sep);
            two_digits(n, &mut s);
        }
        s
    }
}

/// Appends `n` (below 100) with two digits.
pub(crate) fn two_digits(n: u8, out: &mut String) {
    out.push((b'0' + n / 10 % 10) as char);
    out.push((b'0' + n % 10) as char);
}

fn mla(year: u16, month: Option<u8>, day: Option<u8>) -> String {
    let mut s = String::new();
    if let Some(m) = month {
        if let Some(d) = day {
            s.push_str(&d.to_string());
            s.push(' ');
        }
        s.push_str(MLA_MONTHS[m as usize - 1]);
        s.push(' ');
    }
    s.push_str(&year.to_string());
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_style_writes_dates_its_way() {
        let d = PubDate::parse("September 17, 2019").unwrap();
        assert_eq!(d.chicago(), "September 17, 2019");
        assert_eq!(d.apa(), "2019, September 17");
        assert_eq!(d.mla(), "17 Sept. 2019");
        let day = Day::parse_iso("2026-06-07").unwrap();
        assert_eq!(day.chicago(), "June 7, 2026");
        assert_eq!(day.mla(), "7 June 2026");
        assert_eq!(day.iso('/'), "2026/06/07");
        assert!(PubDate::parse("September 17 2019").is_err());
        assert!(Day::parse_iso("2026-6-07").is_err());
    }
}
