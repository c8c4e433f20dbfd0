//! Search for Belarus Reader (work in progress).
