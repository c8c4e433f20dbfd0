//! One small sort for every list the query side orders.
//!
//! `slice::sort_by` and `sort_unstable` are fast, but each call site with its
//! own element type and comparator gets its own copy of driftsort or ipnsort
//! in the WASM (see BENCHMARKS.md). The lists sorted per query are short (at most a few
//! hundred items), so a heapsort does the job in microseconds, and its body
//! exists once in the binary: per call site only two tiny closures remain.
//! It is not stable, so callers give a total order (break ties themselves).

/// Sorts `v` so that `less(a, b)` holds for no later `a` and earlier `b`.
/// `less` must be a strict total order for the result to be deterministic.
///
/// ```
/// let mut v = vec![(2, 'b'), (1, 'z'), (2, 'a'), (0, 'q')];
/// reader_search::sort::sort_by(&mut v, |a, b| a < b);
/// assert_eq!(v, [(0, 'q'), (1, 'z'), (2, 'a'), (2, 'b')]);
/// ```
pub fn sort_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    let mut slice = Slice { v, less: &mut less };
    heapsort(&mut slice);
}

/// Sorts `v` in ascending order (see [`sort_by`]).
///
/// ```
/// let mut v = vec![3u64, 1, 2];
/// reader_search::sort::sort(&mut v);
/// assert_eq!(v, [1, 2, 3]);
/// ```
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, |a, b| a < b);
}

trait Heap {
    fn len(&self) -> usize;
    fn less(&mut self, i: usize, j: usize) -> bool;
    fn swap(&mut self, i: usize, j: usize);
}

struct Slice<'a, T, F> {
    v: &'a mut [T],
    less: &'a mut F,
}

impl<T, F: FnMut(&T, &T) -> bool> Heap for Slice<'_, T, F> {
    fn len(&self) -> usize {
        self.v.len()
    }
    fn less(&mut self, i: usize, j: usize) -> bool {
        (self.less)(&self.v[i], &self.v[j])
    }
    fn swap(&mut self, i: usize, j: usize) {
        self.v.swap(i, j);
    }
}

#[inline(never)]
fn heapsort(h: &mut dyn Heap) {
    let len = h.len();
    for i in (0..len / 2).rev() {
        sift_down(h, i, len);
    }
    for end in (1..len).rev() {
        h.swap(0, end);
        sift_down(h, 0, end);
    }
}

fn sift_down(h: &mut dyn Heap, mut node: usize, end: usize) {
    loop {
        let mut child = 2 * node + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && h.less(child, child + 1) {
            child += 1;
        }
        if !h.less(node, child) {
            return;
        }
        h.swap(node, child);
        node = child;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_std() {
        let mut seed = 0x2545_f491_u32;
        for len in 0..200 {
            let mut v: Vec<u32> = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    seed % 50
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_unstable();
            sort(&mut v);
            assert_eq!(v, expected);
            sort_by(&mut v, |a, b| a > b);
            expected.reverse();
            assert_eq!(v, expected);
        }
    }
}
