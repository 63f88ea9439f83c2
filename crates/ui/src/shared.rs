//! [`SharedCompendium`]: a compendium with its search index, handed to every
//! component of an instance (and, for the bundled one, shared by every
//! instance and the JS API); [`ById`]: what else is made once and handed
//! around (a search's results, a theme's hits), compared by identity.
//!
//! Not where a compendium comes from: the embed layer decodes the bundled one
//! or fetches a `data-src`.

use compendium_core::{Compendium, IndexBuilder, RankingWeights, SearchIndex};
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

/// A compendium and its search index, cheap to clone.
///
/// Compared by identity: `Rc<T>`'s own `PartialEq` compares the contents, so
/// as a prop the whole compendium's text was compared for every component at
/// every render. The index is built on first use, not before the first paint.
#[derive(Clone)]
pub struct SharedCompendium(Rc<Shared>);

struct Shared {
    compendium: Compendium,
    index: OnceCell<SearchIndex>,
    /// The index while it is built a slice at a time ([`SharedCompendium::index_some`]).
    building: RefCell<Option<IndexBuilder>>,
}

impl SharedCompendium {
    pub fn new(compendium: Compendium) -> Self {
        SharedCompendium(Rc::new(Shared {
            compendium,
            index: OnceCell::new(),
            building: RefCell::new(None),
        }))
    }

    /// The search index: built now if it is not yet (what slices of it
    /// were built are kept).
    pub fn index(&self) -> &SearchIndex {
        (self.0.index).get_or_init(|| {
            let builder = self.0.building.take().unwrap_or_else(|| self.builder());
            builder.finish(&self.0.compendium)
        })
    }

    /// Whether the search index is built.
    pub fn index_ready(&self) -> bool {
        self.0.index.get().is_some()
    }

    /// Builds a slice of the search index: one paper, then more while
    /// `more` says so; once every paper is in, what needs them all, alone;
    /// true at the next call. A large compendium's index built at once is a
    /// long task (5000 papers: 0.8 s in Chromium), and what the caller does
    /// once it is ready (a search) is too much to share a slice with.
    pub fn index_some(&self, more: &dyn Fn() -> bool) -> bool {
        if self.index_ready() {
            return true;
        }
        let papers = self.papers();
        let mut building = self.0.building.borrow_mut();
        let builder = building.get_or_insert_with(|| self.builder());
        if builder.indexed() < papers {
            builder.step(&self.0.compendium, more);
            return false;
        }
        let builder = building.take().expect("being built");
        drop(building);
        let index = builder.finish(&self.0.compendium);
        // The cell is empty: it is filled only here and in `index`, which
        // takes the builder first.
        let _ = self.0.index.set(index);
        false
    }

    fn papers(&self) -> usize {
        self.themes.iter().map(|t| t.documents.len()).sum()
    }

    /// Whether a search can run now: the index is built, or the compendium
    /// is small (at most `at_once` papers) and its index is built now. Not
    /// the papers left of a large one: its last slices, what needs every
    /// paper, then a search of thousands of papers would be one long task.
    pub fn index_within(&self, at_once: usize) -> bool {
        if self.index_ready() {
            return true;
        }
        if self.papers() > at_once {
            return false;
        }
        self.index();
        true
    }

    fn builder(&self) -> IndexBuilder {
        IndexBuilder::new(&self.0.compendium, RankingWeights::default())
    }
}

impl PartialEq for SharedCompendium {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedCompendium {
    type Target = Compendium;

    fn deref(&self) -> &Compendium {
        &self.0.compendium
    }
}

impl std::fmt::Debug for SharedCompendium {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SharedCompendium({} themes)", self.themes.len())
    }
}

/// An `Rc` compared by identity (the same allocation), not by contents: a
/// search's results and a theme's hits are made once per search, and
/// comparing thousands of hits one by one at every render (a large
/// compendium's short prefix) cost more than the render.
#[derive(Debug)]
pub struct ById<T: ?Sized>(pub Rc<T>);

impl<T: ?Sized> Clone for ById<T> {
    fn clone(&self) -> Self {
        ById(self.0.clone())
    }
}

impl<T: ?Sized> PartialEq for ById<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: ?Sized> std::ops::Deref for ById<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}
