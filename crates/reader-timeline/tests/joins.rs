//! The same event in both sources: the computed joins are exactly the reviewed ones, and the
//! figures each source gives are paired with their agreement (written from reading the
//! texts: "nine" against "several", 16 and 16, "30 … out of 35" against "the majority" and
//! "only five", "all six" against "all").

mod support;
use reader_timeline::{reviewed_joins, Agreement, Join, Timeline};
use support::{text_of, timeline};

fn join_of<'a>(
    lib: &reader_model::Library,
    tl: &'a Timeline,
    rferl: &str,
    heritage: &str,
) -> &'a Join {
    tl.joins
        .iter()
        .find(|j| {
            let (a, b) = (&tl.events[j.a as usize], &tl.events[j.b as usize]);
            text_of(lib, &a.block, &a.span).contains(rferl)
                && text_of(lib, &b.block, &b.span).contains(heritage)
        })
        .unwrap_or_else(|| panic!("no join of {rferl:?} and {heritage:?}"))
}

/// (RFE/RL figure, Heritage figure, agreement, reason contains) as written.
fn figures(
    lib: &reader_model::Library,
    tl: &Timeline,
    j: &Join,
) -> Vec<(String, String, Agreement, String)> {
    let (a, b) = (&tl.events[j.a as usize], &tl.events[j.b as usize]);
    j.figures
        .iter()
        .map(|f| {
            (
                text_of(lib, &a.block, &f.a),
                text_of(lib, &b.block, &f.b),
                f.agreement,
                f.reason.clone(),
            )
        })
        .collect()
}

#[test]
fn computed_joins_are_the_reviewed_joins() {
    let (lib, tl) = timeline();
    let mut computed: Vec<(u32, u32)> = tl.joins.iter().map(|j| (j.a, j.b)).collect();
    let mut reviewed = reviewed_joins(&lib, &tl).unwrap();
    computed.sort();
    reviewed.sort();
    assert_eq!(computed, reviewed);
    assert_eq!(reviewed.len(), 6);
    for j in &tl.joins {
        let (a, b) = (&tl.events[j.a as usize], &tl.events[j.b as usize]);
        assert_eq!((a.doc.as_str(), b.doc.as_str()), ("rferl", "heritage"));
        assert!(a.date.within(&b.date) || b.date.within(&a.date));
    }
}

#[test]
fn the_2006_sanctions_nine_against_several_and_16_and_16() {
    let (lib, tl) = timeline();
    let j = join_of(
        &lib,
        &tl,
        "Police arrested hundreds",
        "In 2006, the U.S. imposed",
    );
    assert_eq!(j.dates.0, Agreement::Compatible, "March 2006 within 2006");
    let f = figures(&lib, &tl, j);
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(
        (f[0].0.as_str(), f[0].1.as_str(), f[0].2),
        ("nine", "several", Agreement::Compatible)
    );
    assert_eq!(
        (f[1].0.as_str(), f[1].1.as_str(), f[1].2),
        ("16", "16", Agreement::Same)
    );
}

#[test]
fn the_2008_expulsions_30_of_35_against_the_majority_and_only_five() {
    let (lib, tl) = timeline();
    let j = join_of(
        &lib,
        &tl,
        "Bush widened the sanctions in 2008",
        "In 2008, the U.S. tightened",
    );
    assert_eq!(j.dates.0, Agreement::Same);
    let f = figures(&lib, &tl, j);
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(
        (f[0].0.as_str(), f[0].1.as_str(), f[0].2),
        (
            "30 other U.S. diplomats, out of 35",
            "majority",
            Agreement::Compatible
        )
    );
    assert_eq!(
        (f[1].0.as_str(), f[1].1.as_str(), f[1].2),
        (
            "30 other U.S. diplomats, out of 35",
            "five",
            Agreement::Compatible
        )
    );
    assert!(f[1].3.contains("35 − 30 = 5"), "{}", f[1].3);
}

#[test]
fn the_2015_release_all_six_against_all() {
    let (lib, tl) = timeline();
    let j = join_of(
        &lib,
        &tl,
        "In August 2015, Lukashenka released",
        "In 2015, the U.S. allowed",
    );
    let f = figures(&lib, &tl, j);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(
        (f[0].0.as_str(), f[0].1.as_str(), f[0].2),
        ("all six", "all", Agreement::Compatible)
    );
}

#[test]
fn dates_of_joined_events_agree_or_differ_in_precision() {
    let (lib, tl) = timeline();
    let j = join_of(&lib, &tl, "term limits in 2024", "ends in 2024");
    assert_eq!(j.dates, (Agreement::Same, "Both date it 2024.".to_string()));
    let j = join_of(&lib, &tl, "In August 2015", "In 2015, the U.S. allowed");
    assert_eq!(j.dates.0, Agreement::Compatible);
    assert!(j.dates.1.contains("August 2015 lies within 2015"));
}

#[test]
fn figures_of_other_statements() {
    use reader_timeline::{figures, figures::compare, Value};
    let values = |t: &str| figures(t).into_iter().map(|f| f.value).collect::<Vec<_>>();
    assert_eq!(
        values("Lukashenka was declared the winner with 84 percent of the vote and tens of thousands of Belarusians took to the streets to protest."),
        [Value::Percent(84), Value::Many]
    );
    assert_eq!(
        values("a $630 million loan; $12 billion in budget revenue"),
        [Value::Millions(630), Value::Millions(12000)]
    );
    assert_eq!(values("the five-day war with Georgia in 2008"), []);
    assert_eq!(
        compare(Value::Count(2), Value::Several).unwrap().0,
        Agreement::Conflict
    );
    assert_eq!(
        compare(Value::Ratio(10, 35), Value::Majority).unwrap().0,
        Agreement::Conflict
    );
    assert_eq!(
        compare(Value::Ratio(30, 35), Value::Count(4)).unwrap().0,
        Agreement::Conflict
    );
    assert_eq!(
        compare(Value::All(Some(6)), Value::All(Some(5))).unwrap().0,
        Agreement::Conflict
    );
}
