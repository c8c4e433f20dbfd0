//! The reader's preferences (colour theme and text size): read from `localStorage` at start-up
//! and written back, with the attributes on `<html>` the stylesheet follows, here and nowhere
//! else.

use std::ops::RangeInclusive;

use crate::dom;

/// Colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the system setting.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl Theme {
    /// The next theme in the toggle cycle.
    pub fn next(self) -> Theme {
        match self {
            Theme::System => Theme::Dark,
            Theme::Dark => Theme::Light,
            Theme::Light => Theme::System,
        }
    }

    /// Value stored in `localStorage` and in `data-theme`.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Reads a stored value; anything unknown is `System`.
    pub fn parse(s: &str) -> Theme {
        match s {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }
}

/// Smallest and largest text size steps.
pub const TEXT_SIZES: RangeInclusive<i8> = -2..=4;

/// Storage keys.
const THEME_KEY: &str = "theme";
const TEXT_SIZE_KEY: &str = "text-size";

/// Theme and text size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Preferences {
    /// Colour theme.
    pub theme: Theme,
    /// Text size step (0 = default), within [`TEXT_SIZES`].
    pub text_size: i8,
}

impl Preferences {
    /// The stored preferences (defaults where storage is unavailable or holds nonsense).
    pub fn load() -> Preferences {
        Preferences {
            theme: dom::load(THEME_KEY)
                .map(|t| Theme::parse(&t))
                .unwrap_or_default(),
            text_size: clamp_size(
                dom::load(TEXT_SIZE_KEY)
                    .and_then(|t| t.parse().ok())
                    .unwrap_or(0),
            ),
        }
    }

    /// Puts them on `<html>` (`data-theme`, `data-text-size`: the stylesheet does the rest) and
    /// remembers them.
    pub fn apply(&self) {
        let size = self.text_size.to_string();
        dom::set_root_attribute("data-theme", self.theme.as_str());
        dom::set_root_attribute("data-text-size", &size);
        dom::store(THEME_KEY, self.theme.as_str());
        dom::store(TEXT_SIZE_KEY, &size);
    }

    /// Changes the text size by `step`, within [`TEXT_SIZES`].
    pub fn resize(&mut self, step: i8) {
        self.text_size = clamp_size(self.text_size.saturating_add(step));
    }

    /// Whether the text can get smaller.
    pub fn can_shrink(&self) -> bool {
        self.text_size > *TEXT_SIZES.start()
    }

    /// Whether the text can get larger.
    pub fn can_grow(&self) -> bool {
        self.text_size < *TEXT_SIZES.end()
    }
}

fn clamp_size(size: i8) -> i8 {
    size.clamp(*TEXT_SIZES.start(), *TEXT_SIZES.end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_size_stays_in_range() {
        let mut p = Preferences::default();
        for _ in 0..10 {
            p.resize(1);
        }
        assert_eq!(p.text_size, *TEXT_SIZES.end());
        assert!(!p.can_grow() && p.can_shrink());
        for _ in 0..10 {
            p.resize(-1);
        }
        assert_eq!(p.text_size, *TEXT_SIZES.start());
        assert!(!p.can_shrink());
    }
}
