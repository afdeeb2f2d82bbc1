//! ISO 8601 dates of day, month or year precision, as the data file stores
//! them. The ROC (Minguo) year is derived here and nowhere else.

use std::fmt;

/// Offset between the Gregorian and the ROC calendar year.
pub const ROC_OFFSET: i32 = 1911;

/// A parsed date; `month`/`day` are absent for coarser precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
            self.0
        )
    }
}

impl Date {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking the calendar.
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let err = || DateError(s.to_string());
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, DateError> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| err())
            } else {
                Err(err())
            }
        };
        let year = num(parts.first().ok_or_else(err)?, 4)? as i32;
        let month = match parts.get(1) {
            Some(p) => Some(num(p, 2)? as u8),
            None => None,
        };
        let day = match parts.get(2) {
            Some(p) => Some(num(p, 2)? as u8),
            None => None,
        };
        if parts.len() > 3 {
            return Err(err());
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(err());
            }
            if let Some(d) = day {
                if d < 1 || d > days_in_month(year, m) {
                    return Err(err());
                }
            }
        }
        Ok(Date { year, month, day })
    }

    /// A date of year precision.
    pub fn year(year: i32) -> Date {
        Date { year, month: None, day: None }
    }

    /// The ROC calendar year (民國), derived.
    pub fn roc_year(self) -> i32 {
        roc_year(self.year)
    }

    /// ISO form, at the date's own precision.
    pub fn iso(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }
}

/// Stored as its ISO string, so the data file stays readable; read through
/// `Date::parse`, so a date past loading is always a real calendar date.
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).map_err(serde::de::Error::custom)
    }
}

// In the JSON Schema of the data files (`data::schema`): the ISO string
// `Date::parse` reads (the calendar itself is checked at load).
#[cfg(not(target_arch = "wasm32"))]
super::string_schema!(
    Date,
    "Date",
    "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
    "An ISO 8601 date of year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD (Gregorian)."
);

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

/// The ROC year of a Gregorian year.
pub fn roc_year(gregorian: i32) -> i32 {
    gregorian - ROC_OFFSET
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(
            Date::parse("2014-05-29").unwrap(),
            Date { year: 2014, month: Some(5), day: Some(29) }
        );
        assert_eq!(Date::parse("2015-12").unwrap().iso(), "2015-12");
        assert_eq!(Date::parse("2011").unwrap().iso(), "2011");
    }

    #[test]
    fn rejects_invalid_dates() {
        for bad in ["", "14", "2014-13", "2014-02-30", "2014-5-1", "2014/05/01", "2014-05-01-01", "103-05-01"] {
            assert!(Date::parse(bad).is_err(), "{bad} should be rejected");
        }
        assert!(Date::parse("2012-02-29").is_ok());
        assert!(Date::parse("2014-02-29").is_err());
    }

    #[test]
    fn roc_year_is_gregorian_minus_1911() {
        assert_eq!(roc_year(2014), 103);
        assert_eq!(Date::parse("2011-01-01").unwrap().roc_year(), 100);
    }

    #[test]
    fn dates_order_by_time() {
        let a = Date::parse("2014-05-12").unwrap();
        let b = Date::parse("2014-06-01").unwrap();
        assert!(a < b);
        assert!(Date::parse("2014").unwrap() < a);
    }
}
