//! Sorting a chart's table by one of its columns: which way a header's
//! button turns next (`Sort::next`) and the order of the rows for it
//! (`order`), over the keys the page writes in each cell's `data-sort`
//! (`ui::panel_html::table`). Numbers compare as numbers, other keys as text
//! (ISO dates sort so; letters regardless of case); a cell without a key (a
//! number the report does not give) goes last either way. Pure: the
//! browser glue reads the keys (a number read by the browser's `Number`,
//! which keeps float parsing out of the wasm) and moves the rows.

use std::cmp::Ordering;

/// How a column is sorted: as the report has it, or by its keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Report,
    Ascending,
    Descending,
}

impl Sort {
    /// The column's `aria-sort` (`None`: the attribute is removed).
    pub fn from_aria(aria: Option<&str>) -> Sort {
        match aria {
            Some("ascending") => Sort::Ascending,
            Some("descending") => Sort::Descending,
            _ => Sort::Report,
        }
    }

    pub fn aria(self) -> Option<&'static str> {
        match self {
            Sort::Report => None,
            Sort::Ascending => Some("ascending"),
            Sort::Descending => Some("descending"),
        }
    }

    /// A press of the header's button: ascending, then descending, then
    /// the report's order again.
    pub fn next(self) -> Sort {
        match self {
            Sort::Report => Sort::Ascending,
            Sort::Ascending => Sort::Descending,
            Sort::Descending => Sort::Report,
        }
    }
}

/// One cell's key: a number when it reads as one.
#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    Number(f64),
    Text(String),
}

fn compare(a: &Key, b: &Key) -> Ordering {
    match (a, b) {
        (Key::Number(a), Key::Number(b)) => a.total_cmp(b),
        // Numbers before text in a column that mixes them.
        (Key::Number(_), Key::Text(_)) => Ordering::Less,
        (Key::Text(_), Key::Number(_)) => Ordering::Greater,
        (Key::Text(a), Key::Text(b)) => a.bytes().map(|c| c.to_ascii_lowercase()).cmp(b.bytes().map(|c| c.to_ascii_lowercase())),
    }
}

/// The rows' order for `sort`, as indices into `keys` (one per row, in the
/// report's order). Stable: rows with equal keys keep the report's order.
pub fn order(keys: &[Option<Key>], sort: Sort) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..keys.len()).collect();
    if sort == Sort::Report {
        return rows;
    }
    rows.sort_by(|&a, &b| match (&keys[a], &keys[b]) {
        (Some(x), Some(y)) => {
            let o = compare(x, y);
            if sort == Sort::Descending { o.reverse() } else { o }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keys as the glue reads them: a number when it is one.
    fn keys(k: &[Option<&str>]) -> Vec<Option<Key>> {
        k.iter().map(|k| k.map(|s| s.parse().map(Key::Number).unwrap_or_else(|_| Key::Text(s.to_string())))).collect()
    }

    #[test]
    fn a_press_turns_ascending_then_descending_then_back_to_the_report() {
        let mut s = Sort::from_aria(None);
        let mut seen = Vec::new();
        for _ in 0..4 {
            s = Sort::from_aria(s.next().aria());
            seen.push(s);
        }
        assert_eq!(seen, [Sort::Ascending, Sort::Descending, Sort::Report, Sort::Ascending]);
    }

    #[test]
    fn numbers_sort_as_numbers_and_missing_ones_go_last() {
        let k = keys(&[Some("9"), None, Some("10045"), Some("43"), Some("9")]);
        assert_eq!(order(&k, Sort::Ascending), [0, 4, 3, 2, 1]);
        assert_eq!(order(&k, Sort::Descending), [2, 3, 0, 4, 1]);
        assert_eq!(order(&k, Sort::Report), [0, 1, 2, 3, 4]);
    }

    #[test]
    fn text_sorts_as_text_and_dates_by_their_iso_keys() {
        let k = keys(&[Some("2014-03-01"), Some("2013-12-24"), Some("2014-01-09")]);
        assert_eq!(order(&k, Sort::Ascending), [1, 2, 0]);
        let k = keys(&[Some("b"), Some("A"), Some("c")]);
        assert_eq!(order(&k, Sort::Descending), [2, 0, 1]);
    }
}
