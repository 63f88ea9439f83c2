//! [`SharedCompendium`]: a compendium with its search index, handed to every
//! component of an instance (and, for the bundled one, shared by every
//! instance and the JS API); [`ById`]: what else is made once and handed
//! around (a search's results, a theme's hits), compared by identity.
//!
//! Not where a compendium comes from: the embed layer decodes the bundled one
//! or fetches a `data-src`.

use compendium_core::{Compendium, SearchIndex};
use std::cell::OnceCell;
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
}

impl SharedCompendium {
    pub fn new(compendium: Compendium) -> Self {
        SharedCompendium(Rc::new(Shared {
            compendium,
            index: OnceCell::new(),
        }))
    }

    /// The search index (built on the first call).
    pub fn index(&self) -> &SearchIndex {
        (self.0.index).get_or_init(|| SearchIndex::new(&self.0.compendium))
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
