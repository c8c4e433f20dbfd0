//! What the index of names holds.

/// What an entry names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A person.
    Person,
    /// An organisation, institution or alliance.
    Organisation,
    /// A country, city, region or site.
    Place,
    /// An event (a war, games, exercises).
    Event,
    /// A published work (an index, a report).
    Work,
}

impl Kind {
    /// Every kind, in the order the index groups them.
    pub const ALL: [Kind; 5] = [
        Kind::Person,
        Kind::Organisation,
        Kind::Place,
        Kind::Event,
        Kind::Work,
    ];

    /// The word of the curated file (`person`, `organisation`, …).
    ///
    /// ```
    /// use reader_names::Kind;
    /// assert!(Kind::ALL.iter().all(|k| Kind::from_word(k.word()) == Some(*k)));
    /// ```
    pub fn word(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organisation => "organisation",
            Kind::Place => "place",
            Kind::Event => "event",
            Kind::Work => "work",
        }
    }

    /// The kind a word of the curated file names, if any.
    pub fn from_word(word: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.word() == word)
    }
}

/// A passage mentioning an entry: where, and the bytes of the mention in the
/// block's `plain_text()`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Index of the document in the library.
    pub doc: u32,
    /// Index of the block in its document.
    pub block: u32,
    /// Byte range of the mention in the block's plain text.
    pub start: u32,
    /// End of that range.
    pub end: u32,
}

/// How a passage describes an entry, quoted verbatim: the place of the words in the passage
/// (the words themselves are the passage's, so the index does not carry them twice).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Description {
    /// Index of the document in the library.
    pub doc: u32,
    /// Index of the block in its document.
    pub block: u32,
    /// Byte range of the quote in the block's plain text.
    pub start: u32,
    /// End of that range.
    pub end: u32,
}

impl Description {
    /// The quoted words in `text`, the plain text of the description's passage (`None` if
    /// the range does not fit it).
    ///
    /// ```
    /// let d = reader_names::Description { doc: 0, block: 0, start: 4, end: 9 };
    /// assert_eq!(d.quote("the quote"), Some("quote"));
    /// assert_eq!(d.quote("short"), None);
    /// ```
    pub fn quote<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start as usize..self.end as usize)
    }
}

/// One entry of the index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Stable id (the `#/?entity=ID` of a link).
    pub id: String,
    /// What it names.
    pub kind: Kind,
    /// The heading of the entry.
    pub name: String,
    /// How the texts write it (merged spellings), longest first.
    pub spellings: Vec<String>,
    /// What the texts say about it.
    pub descriptions: Vec<Description>,
    /// Every mention, in document order.
    pub mentions: Vec<Mention>,
}

/// The index of names, in the order of the curated file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NameIndex {
    /// The entries.
    pub entities: Vec<Entity>,
}

impl NameIndex {
    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }
}
