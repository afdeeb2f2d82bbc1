//! Sorting for this report's short lists (tens of items: years, notes,
//! activities, sources, numbers in a passage).
//!
//! The standard library's sort is fast on long slices and large in code:
//! each sort of another element type or order links its own copy (about
//! 3.5 KB of wasm each before wasm-opt, some 40 KB for the page's dozen).
//! An insertion sort is a few hundred bytes a copy and, on lists this
//! short, as quick. Like `slice::sort`, it is stable.

use std::cmp::Ordering;

/// Sorts `v` by `compare`, keeping equal items in their order.
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && compare(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `v` in ascending order, keeping equal items in their order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Sorts `v` by `key`, keeping items with equal keys in their order.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_library_does_and_stably() {
        let lists: [Vec<i32>; 6] = [vec![], vec![1], vec![2, 1], vec![3, 1, 2, 1, 3], (0..50).rev().collect(), vec![5, -2, 7, 7, 0, -2, 9, 1]];
        for list in lists {
            let mut ours = list.clone();
            let mut std = list.clone();
            sort(&mut ours);
            std.sort();
            assert_eq!(ours, std);
        }
        // Stable: equal keys keep their order.
        let mut pairs = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut pairs, |p| p.0);
        assert_eq!(pairs, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
        let mut desc = vec![1, 3, 2];
        sort_by(&mut desc, |a, b| b.cmp(a));
        assert_eq!(desc, [3, 2, 1]);
    }
}
