//! Index build time and query latency over the relevance queries.
//! Run: `cargo bench -p reader-search`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use reader_search::{build_index, Index};

#[path = "../tests/shared/relevance_set.rs"]
mod relevance_set;
use relevance_set::relevance_queries;

fn benches(c: &mut Criterion) {
    let lib = reader_content::library().expect("curated documents parse");
    let bytes = build_index(&lib);
    let index = Index::from_bytes(&bytes).expect("index loads");
    println!("reader-search index: {}", index.stats());

    c.bench_function("build_index", |b| b.iter(|| build_index(black_box(&lib))));
    c.bench_function("from_bytes", |b| {
        b.iter(|| Index::from_bytes(black_box(&bytes)).unwrap())
    });
    let queries = relevance_queries();
    let mut group = c.benchmark_group("query");
    for q in &queries {
        group.bench_function(*q, |b| {
            b.iter(|| index.search(black_box(&lib), black_box(q)))
        });
    }
    group.finish();
    c.bench_function("all_relevance_queries", |b| {
        b.iter(|| {
            queries
                .iter()
                .map(|q| index.search(&lib, q).hits.len())
                .sum::<usize>()
        })
    });
}

criterion_group! {
    name = search;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(std::time::Duration::from_millis(200))
        .measurement_time(std::time::Duration::from_millis(600));
    targets = benches
}
criterion_main!(search);
