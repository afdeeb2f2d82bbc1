//! A table as the text extraction gives it: a row to a line, its cells
//! apart by spaces (`原訂目標值 2 2 1 1`). The report sets a number apart
//! from its unit (`100 年度`), so a number and the Chinese word after it
//! are one cell; a row's first cell is its label, in Chinese. A table is
//! two rows or more of as many cells (`import`).

use crate::core::mixed::is_han;

/// The longest label of a row, and the longest other cell, in characters:
/// a table's cells are short (`原訂目標值`, `100 年度`, `3.55`, `★`), a
/// sentence's words are not.
const LABEL: usize = 12;
const CELL: usize = 8;

/// Signs of running text, which no cell holds.
const RUNNING: [char; 9] = ['，', '。', '、', '；', '：', '「', '」', '！', '？'];

/// The cells of `text` if it reads as a row of a table: at least three
/// cells, a label that starts in Chinese, each cell short and none holding a sign of
/// running text.
pub fn row(text: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = text.split(' ').collect();
    let number = |w: &str| w.chars().any(|c| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '%'));
    let mut cells: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match words.get(i + 1) {
            Some(unit) if number(words[i]) && unit.chars().all(is_han) => {
                cells.push(format!("{} {unit}", words[i]));
                i += 2;
            }
            _ => {
                cells.push(words[i].to_string());
                i += 1;
            }
        }
    }
    let count = |c: &String| c.chars().count();
    let fits = cells.len() >= 3
        && cells[0].starts_with(is_han)
        && count(&cells[0]) <= LABEL
        && cells[1..].iter().all(|c| count(c) <= CELL)
        && !cells.iter().any(|c| c.contains(RUNNING));
    fits.then_some(cells)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_cells_and_a_number_with_its_unit() {
        assert_eq!(row("項目 100 年度 101 年度 102 年度 103 年度").unwrap(), ["項目", "100 年度", "101 年度", "102 年度", "103 年度"]);
        assert_eq!(row("實際值 -- 3.55 1 1").unwrap(), ["實際值", "--", "3.55", "1", "1"]);
        assert_eq!(row("達成度(%) 100 100 100 100").unwrap(), ["達成度(%)", "100", "100", "100", "100"]);
        assert_eq!(row("初核結果 ★ ★ ★ ★").unwrap(), ["初核結果", "★", "★", "★", "★"]);
    }

    #[test]
    fn running_text_is_not_a_row() {
        for text in [
            "關鍵績效指標：加強防制人口販運",
            "原訂目標值 2",
            "Protection Aspects of Trafficking in",
            "on the 〝 Humanitarian Dimension and",
            "尼維斯及日本等 5 個國家完成簽署 移民事務及防制人",
            "家 58 國（約占 35.1％）及第三級國家 13 國（約占 7.9",
            "於 6 家電視臺，播放防制人口販運宣導短片，計 615 次",
            "103 年 8月 30 日於臺北",
        ] {
            assert_eq!(row(text), None, "{text}");
        }
    }
}
