//! Dates on the timeline: a year, a month of a year or a day, and what the precision allows
//! (order, adding years or months, whether two dates can be the same moment).

use std::cmp::Ordering;
use std::fmt;

/// English month names, January first.
pub const MONTHS: [&str; 12] = [
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

/// How much of a date the text gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// A year ("in 2008").
    Year,
    /// A month of a year ("March 2006").
    Month,
    /// A day ("September 17").
    Day,
}

/// A point on the axis at its precision: `month` and `day` are 1-based; a day implies a month.
///
/// ```
/// use reader_timeline::{Date, Precision};
/// let d = Date::month(2006, 3);
/// assert_eq!(d.to_string(), "2006-03");
/// assert_eq!(d.label(), "March 2006");
/// assert_eq!(d.precision(), Precision::Month);
/// assert!(d.within(&Date::year(2006)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Date {
    /// The year.
    pub year: u16,
    /// The month, 1-12, if given.
    pub month: Option<u8>,
    /// The day of the month, if given (only with a month).
    pub day: Option<u8>,
}

impl Date {
    /// A year.
    pub fn year(year: u16) -> Date {
        Date {
            year,
            month: None,
            day: None,
        }
    }

    /// A month of a year.
    pub fn month(year: u16, month: u8) -> Date {
        Date {
            year,
            month: Some(month),
            day: None,
        }
    }

    /// A day.
    pub fn day(year: u16, month: u8, day: u8) -> Date {
        Date {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// Year, month or day.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// True when every moment of `self` lies in `other` (March 2006 within 2006).
    pub fn within(&self, other: &Date) -> bool {
        self.year == other.year
            && other.month.is_none_or(|m| self.month == Some(m))
            && other.day.is_none_or(|d| self.day == Some(d))
    }

    /// `n` years later (negative: earlier), at year precision.
    pub fn plus_years(&self, n: i32) -> Date {
        Date::year(shift(self.year, n))
    }

    /// `n` months later, at month precision (a year-precision date stays a year).
    pub fn plus_months(&self, n: i32) -> Date {
        match self.month {
            None => *self,
            Some(m) => {
                let total = i32::from(self.year) * 12 + i32::from(m) - 1 + n;
                Date::month(
                    total.div_euclid(12) as u16,
                    (total.rem_euclid(12) + 1) as u8,
                )
            }
        }
    }

    /// How a reader says it: "2008", "March 2006", "September 17, 2019".
    ///
    /// ```
    /// assert_eq!(reader_timeline::Date::day(2019, 9, 17).label(), "September 17, 2019");
    /// ```
    pub fn label(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{} {d}, {}", month_name(m), self.year),
            (Some(m), None) => format!("{} {}", month_name(m), self.year),
            _ => self.year.to_string(),
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the form [`Display`](fmt::Display) writes).
    ///
    /// ```
    /// use reader_timeline::Date;
    /// assert_eq!(Date::parse("2019-12-08"), Some(Date::day(2019, 12, 8)));
    /// assert_eq!(Date::parse("2019-13"), None);
    /// ```
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let year = parse_num(parts.next()?, 4)?;
        let month = match parts.next() {
            Some(p) => Some(parse_num(p, 2)?),
            None => None,
        };
        let day = match parts.next() {
            Some(p) => Some(parse_num(p, 2)?),
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        let date = Date {
            year,
            month: month.map(|m| m as u8),
            day: day.map(|d| d as u8),
        };
        date.is_valid().then_some(date)
    }

    /// Parses a document's date as its metadata writes it: "2019" or "September 2019".
    ///
    /// ```
    /// use reader_timeline::Date;
    /// assert_eq!(Date::parse_label("September 2019"), Some(Date::month(2019, 9)));
    /// assert_eq!(Date::parse_label("2019"), Some(Date::year(2019)));
    /// ```
    pub fn parse_label(s: &str) -> Option<Date> {
        match s.split_once(' ') {
            None => Some(Date::year(parse_num(s, 4)?)),
            Some((m, y)) => Some(Date::month(parse_num(y, 4)?, month_number(m)?)),
        }
    }

    /// True when month and day are in range (days up to 31; the texts give no impossible day).
    pub fn is_valid(&self) -> bool {
        self.month.is_none_or(|m| (1..=12).contains(&m))
            && self.day.is_none_or(|d| (1..=31).contains(&d))
            && (self.day.is_none() || self.month.is_some())
    }

    fn key(&self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(0), self.day.unwrap_or(0))
    }
}

/// Earlier first; a year sorts before its months, a month before its days.
impl Ord for Date {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// The name of month `m` (1-12).
pub fn month_name(m: u8) -> &'static str {
    MONTHS
        .get(usize::from(m).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

/// The number (1-12) of a month name as written, capitalized ("September").
pub fn month_number(name: &str) -> Option<u8> {
    MONTHS.iter().position(|m| *m == name).map(|i| i as u8 + 1)
}

fn parse_num(s: &str, digits: usize) -> Option<u16> {
    (s.len() == digits && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn shift(year: u16, n: i32) -> u16 {
    (i32::from(year) + n).clamp(0, i32::from(u16::MAX)) as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_roll_over_the_year() {
        assert_eq!(Date::month(2018, 12).plus_months(1), Date::month(2019, 1));
        assert_eq!(Date::month(2019, 1).plus_months(-1), Date::month(2018, 12));
        assert_eq!(Date::year(2019).plus_months(1), Date::year(2019));
        assert_eq!(Date::month(2015, 8).plus_years(1), Date::year(2016));
    }

    #[test]
    fn order_and_containment() {
        assert!(Date::year(2019) < Date::month(2019, 1));
        assert!(Date::month(2019, 9) < Date::day(2019, 9, 17));
        assert!(Date::day(2019, 9, 17).within(&Date::month(2019, 9)));
        assert!(!Date::year(2019).within(&Date::month(2019, 9)));
        assert_eq!(
            Date::parse("2019-09-17").map(|d| d.to_string()).as_deref(),
            Some("2019-09-17")
        );
        assert_eq!(Date::parse("19"), None);
        assert_eq!(Date::parse_label("Septembre 2019"), None);
    }
}
