//! The highlight colours: a few named ones. The name is what is stored and exported (the W3C
//! `styleClass` of the target); the page shows each with its name too, so colour is never
//! the only cue.

use std::fmt;

/// A highlight colour.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Colour {
    /// The default.
    #[default]
    Yellow,
    /// Green.
    Green,
    /// Blue.
    Blue,
    /// Pink.
    Pink,
}

impl Colour {
    /// Every colour, in the order a menu shows them.
    pub const ALL: [Colour; 4] = [Colour::Yellow, Colour::Green, Colour::Blue, Colour::Pink];

    /// The stored name, also the CSS class and the export's `styleClass`: "yellow".
    pub fn name(self) -> &'static str {
        match self {
            Colour::Yellow => "yellow",
            Colour::Green => "green",
            Colour::Blue => "blue",
            Colour::Pink => "pink",
        }
    }

    /// The name for people: "Yellow".
    pub fn label(self) -> &'static str {
        match self {
            Colour::Yellow => "Yellow",
            Colour::Green => "Green",
            Colour::Blue => "Blue",
            Colour::Pink => "Pink",
        }
    }

    /// The colour of a stored name (exactly as [`Colour::name`] writes it).
    ///
    /// ```
    /// use reader_notes::Colour;
    /// assert_eq!(Colour::parse("pink"), Some(Colour::Pink));
    /// assert_eq!(Colour::parse("Pink"), None);
    /// assert!(Colour::ALL.iter().all(|c| Colour::parse(c.name()) == Some(*c)));
    /// ```
    pub fn parse(name: &str) -> Option<Colour> {
        Colour::ALL.into_iter().find(|c| c.name() == name)
    }
}

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}
